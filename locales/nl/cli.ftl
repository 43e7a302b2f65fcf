# The convene command line's own output. Source: locales/en/cli.ftl (comments there).
cli-error = fout: { $message }
cli-error-field-with-flag = { $field } ({ $flag }): { $reason }
cli-error-field = { $field }: { $reason }
cli-error-run-with-cascade = { $message } (voer opnieuw uit met --cascade)
cli-no-partner = { $network } heeft geen partner met de naam "{ $key }"; `convene partners { $slug }` toont ze
cli-no-partner-did-you-mean = { $network } heeft geen partner met de naam "{ $key }"; bedoelde u { $suggestion }?
cli-no-meeting = { $network } heeft geen bijeenkomst met id, UID of titel "{ $key }"; `convene meetings { $slug }` toont ze
cli-meeting-title-needs-network = { $message }; om een bijeenkomst bij haar titel te noemen, geef eerst haar netwerk (NETWERK BIJEENKOMST)
cli-no-milestone = { $network } heeft geen mijlpaal met id of titel "{ $key }"; `convene milestone list { $slug }` toont ze
cli-no-contact = { $place } heeft geen contactpersoon met id of naam "{ $key }"
cli-no-local-group-member = { $place } heeft geen lid van de lokale groep met id of naam "{ $key }"
cli-no-practice = er is geen goede praktijk met id of titel "{ $key }"; `convene practices` toont ze
cli-no-day-off = { $partner } heeft geen vrije dag op { $date }; `convene dayoff list { $slug } --partner { $partner_id }` toont ze
cli-no-day-off-named = { $partner } heeft geen vrije dag "{ $name }" op { $date }; `convene dayoff list { $slug } --partner { $partner_id }` toont ze
cli-holidays-not-covered = python-holidays dekt { $country } ({ $code }) vanaf { $first_year }; het heeft geen data voor { $span }
cli-date-from = vanaf { $date }
cli-date-until = tot { $date }
cli-networks-none = Nog geen netwerken. Voeg er een toe met `convene network add --name NAAM` of importeer pagina's met `convene import urbact BESTAND`.
cli-column-slug = KORTE NAAM
cli-column-name = NAAM
cli-column-kind = SOORT
cli-column-dates = DATA
cli-column-partner-count = #PARTNERS
cli-column-meeting-count = #BIJEENKOMSTEN
cli-column-lead-partner = LEIDENDE PARTNER
cli-label-id = Id
cli-label-short-name = Korte naam
cli-label-kind = Soort
cli-label-tagline = Slogan
cli-label-programme = Programma
cli-label-dates = Data
cli-label-lead-partner = Leidende partner
cli-label-language = Taal
cli-label-email = E-mail
cli-label-website = Website
cli-network-phases = Fasen
cli-network-partner-count = { $count ->
    [0] Geen partners
    [one] { $count } partner
   *[other] { $count } partners
}
cli-network-milestones = Mijlpalen
cli-milestone-done = (gedaan)
cli-network-plans = Actieplannen
cli-plan-no-city = (geen stad)
cli-network-import-notes = Importnotities (regels die de importfunctie niet kon plaatsen)
cli-network-meetings-hint = Bijeenkomsten: `convene meetings { $slug }`
cli-network-added = Netwerk { $name } toegevoegd (id { $id }, korte naam { $slug }).
cli-network-updated = Netwerk { $name } gewijzigd (korte naam { $slug }).
cli-network-deleted = Netwerk { $name } verwijderd.
cli-network-deleted-with = Netwerk { $name } verwijderd, samen met { $also }.
cli-plan-language-set = "{ $title }" wordt nu geëxporteerd in het { $language }.
