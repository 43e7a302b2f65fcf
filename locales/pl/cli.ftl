# The convene command line's own output. Source: locales/en/cli.ftl (comments there).
cli-error = błąd: { $message }
cli-error-field-with-flag = { $field } ({ $flag }): { $reason }
cli-error-field = { $field }: { $reason }
cli-error-run-with-cascade = { $message } (uruchom ponownie z --cascade)
cli-no-partner = { $network } nie ma partnera o nazwie „{ $key }”; `convene partners { $slug }` ich wymienia
cli-no-partner-did-you-mean = { $network } nie ma partnera o nazwie „{ $key }”; czy chodziło o { $suggestion }?
cli-no-meeting = { $network } nie ma spotkania o identyfikatorze, UID lub tytule „{ $key }”; `convene meetings { $slug }` je wymienia
cli-meeting-title-needs-network = { $message }; aby wskazać spotkanie po tytule, podaj najpierw jego sieć (SIEĆ SPOTKANIE)
cli-no-milestone = { $network } nie ma kamienia milowego o identyfikatorze lub tytule „{ $key }”; `convene milestone list { $slug }` je wymienia
cli-no-contact = { $place } nie ma kontaktu o identyfikatorze lub nazwisku „{ $key }”
cli-no-local-group-member = { $place } nie ma członka grupy lokalnej o identyfikatorze lub nazwisku „{ $key }”
cli-no-practice = nie ma dobrej praktyki o identyfikatorze lub tytule „{ $key }”; `convene practices` je wymienia
cli-no-day-off = { $partner } nie ma dnia wolnego { $date }; `convene dayoff list { $slug } --partner { $partner_id }` je wymienia
cli-no-day-off-named = { $partner } nie ma dnia wolnego „{ $name }” { $date }; `convene dayoff list { $slug } --partner { $partner_id }` je wymienia
cli-holidays-not-covered = python-holidays obejmuje { $country } ({ $code }) od { $first_year }; nie ma dat dla { $span }
cli-date-from = od { $date }
cli-date-until = do { $date }
cli-networks-none = Nie ma jeszcze sieci. Dodaj sieć poleceniem `convene network add --name NAZWA` lub zaimportuj strony poleceniem `convene import urbact PLIK`.
cli-column-slug = NAZWA SKRÓCONA
cli-column-name = NAZWA
cli-column-kind = RODZAJ
cli-column-dates = DATY
cli-column-partner-count = L. PARTNERÓW
cli-column-meeting-count = L. SPOTKAŃ
cli-column-lead-partner = PARTNER WIODĄCY
cli-label-id = Identyfikator
cli-label-short-name = Nazwa skrócona
cli-label-kind = Rodzaj
cli-label-tagline = Hasło
cli-label-programme = Program
cli-label-dates = Daty
cli-label-lead-partner = Partner wiodący
cli-label-language = Język
cli-label-email = E-mail
cli-label-website = Strona internetowa
cli-network-phases = Etapy
cli-network-partner-count = { $count ->
    [0] Brak miast partnerskich
    [one] { $count } miasto partnerskie
    [few] { $count } miasta partnerskie
    [many] { $count } miast partnerskich
   *[other] { $count } miasta partnerskiego
}
cli-network-milestones = Kamienie milowe
cli-milestone-done = (zrobione)
cli-network-plans = Plany działań
cli-plan-no-city = (bez miasta)
cli-network-import-notes = Uwagi z importu (wiersze, których importer nie umiał przypisać)
cli-network-meetings-hint = Spotkania: `convene meetings { $slug }`
cli-network-added = Dodano sieć { $name } (identyfikator { $id }, nazwa skrócona { $slug }).
cli-network-updated = Zmieniono sieć { $name } (nazwa skrócona { $slug }).
cli-network-deleted = Usunięto sieć { $name }.
cli-network-deleted-with = Usunięto sieć { $name } oraz { $also }.
cli-plan-language-set = „{ $title }” jest teraz eksportowany w języku: { $language }.
