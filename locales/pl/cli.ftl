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
cli-cannot-write-json = nie można zapisać JSON: { $reason }
cli-warnings-heading = Ostrzeżenia:
cli-file-error = { $file }: { $message }
cli-backup-done = Zapisano kopię zapasową bazy danych w { $file }.
cli-export-json-done = Wyeksportowano bazę danych do { $file }.
cli-import-json-done = { $summary } z { $file }.
cli-import-warning = wiersz { $line }: { $message } („{ $text }”)
cli-ics-nothing-imported = { $file }: nie udało się zaimportować żadnego z wydarzeń (pominięte: { $count }, wymienione powyżej); popraw je albo zaimportuj plik w programie kalendarza, który go utworzył, i wyeksportuj go ponownie
cli-ics-column-id = id
cli-ics-column-when = kiedy
cli-ics-column-status = status
cli-ics-column-title = tytuł
cli-ics-created = Utworzone:
cli-ics-updated = Zmienione:
cli-ics-and-more = … i jeszcze { $count }; `convene meetings { $slug }` wymienia wszystkie spotkania.
cli-ics-skipped = Pominięte ({ $count }):
cli-warning = ostrzeżenie: { $warning }
cli-sync-ics-file = plik .ics: { $path }
cli-plan-pushed = Umieszczono „{ $plan }” pod adresem { $href }.
cli-plan-pulled = Odczytano „{ $plan }” z { $href }.
cli-plan-pulled-conflicts = { $count ->
    [one] { $count } konflikt, obok siebie w `convene plan conflicts { $plan }`; rozstrzygnij go za pomocą `convene plan resolve`.
    [few] { $count } konflikty, obok siebie w `convene plan conflicts { $plan }`; rozstrzygnij każdy za pomocą `convene plan resolve`.
    [many] { $count } konfliktów, obok siebie w `convene plan conflicts { $plan }`; rozstrzygnij każdy za pomocą `convene plan resolve`.
   *[other] { $count } konfliktu, obok siebie w `convene plan conflicts { $plan }`; rozstrzygnij każdy za pomocą `convene plan resolve`.
}
cli-conflicts-none = Brak konfliktów.
cli-conflict-deleted = (usunięte)
cli-conflict-heading = { $id }: „{ $title }” ({ $network }), wykryty { $found }
cli-conflict-here = tutaj:
cli-conflict-on-server = na serwerze:
cli-conflicts-settle = Rozstrzygnij każdy za pomocą: convene conflict resolve ID --keep local|remote
cli-plans-none = { $network } nie ma jeszcze planów działań. `convene plan create { $slug } --partner MIASTO --title T` rozpoczyna plan.
cli-column-id = ID
cli-column-partner = PARTNER
cli-column-title = TYTUŁ
cli-column-status = STATUS
cli-column-revision = WER
cli-column-last-change-utc = OSTATNIA ZMIANA (UTC)
cli-column-by = AUTOR
cli-plan-section-added = dodano sekcję { $key }
cli-plan-section-removed = usunięto sekcję { $key }
cli-plan-section-saved = zapisano { $key }
cli-plan-revision-restored = przywrócono wersję { $revision }
cli-plan-conflict-settled = rozstrzygnięto konflikt w { $key }
cli-plan-saved = { $what }: wersja { $revision }, autor: { $author }
cli-plan-unchanged = nic się nie zmieniło: plan już tak brzmi (wersja { $revision })
cli-plan-status-word = { $status ->
    [draft] wersją roboczą
    [in_review] w przeglądzie
    [final] ostateczny
   *[adopted] przyjęty
}
cli-plan-status-set = „{ $title }” jest teraz { $status }
cli-plan-status-set-on = „{ $title }” jest { $status } od { $date }
cli-plan-comment-added = dodano komentarz { $id } do { $key }, autor: { $author }
cli-plan-sent = { $count ->
    [one] zapisano „{ $title }” z { $count } wersją do { $file }
   *[other] zapisano „{ $title }” z { $count } wersjami do { $file }
}
cli-plan-received-settle = Rozstrzygnij każdy za pomocą `convene plan resolve { $id } KLUCZ --ours | --theirs | --text T`.
cli-plan-conflicts-none = Brak konfliktów do rozstrzygnięcia.
cli-plan-author-default = { $name } (nazwa użytkownika systemu; ustaw własną za pomocą `convene plan author NAZWA`)
cli-plan-conflict = konflikt w { $label } ({ $key }):
cli-plan-conflict-ours = nasza:
cli-plan-conflict-theirs = ich:
cli-plan-conflict-removed = (usunięta)
cli-plan-created = utworzono plan { $id } „{ $title }” dla { $partner }
cli-plan-section-keys = Plan { $id }. Sekcje do napisania za pomocą `convene plan section set { $id } KLUCZ`: { $keys }
cli-plan-open-comments = Otwarte komentarze
cli-plan-open-conflicts = { $count ->
    [one] { $count } konflikt z kopią partnera do rozstrzygnięcia: `convene plan conflicts { $id }`
    [few] { $count } konflikty z kopią partnera do rozstrzygnięcia: `convene plan conflicts { $id }`
    [many] { $count } konfliktów z kopią partnera do rozstrzygnięcia: `convene plan conflicts { $id }`
   *[other] { $count } konfliktu z kopią partnera do rozstrzygnięcia: `convene plan conflicts { $id }`
}
cli-poll-created = { $count ->
    [one] Utworzono ankietę { $id } „{ $title }” z { $count } terminem.
   *[other] Utworzono ankietę { $id } „{ $title }” z { $count } terminami.
}
cli-poll-invitations-written = { $count ->
    [one] Zapisano { $count } zaproszenie w { $folder }: wyślij je ze swojego programu pocztowego.
    [few] Zapisano { $count } zaproszenia w { $folder }: wyślij każde ze swojego programu pocztowego.
    [many] Zapisano { $count } zaproszeń w { $folder }: wyślij każde ze swojego programu pocztowego.
   *[other] Zapisano { $count } zaproszenia w { $folder }: wyślij każde ze swojego programu pocztowego.
}
cli-poll-column-file = Plik
cli-poll-column-partner = Partner
cli-poll-column-date = Termin
cli-poll-column-answer = Odpowiedź
cli-poll-column-recorded = Zapisano
cli-poll-column-yes = Tak
cli-poll-column-if-need-be = W razie potrzeby
cli-poll-column-no = Nie
cli-poll-column-zone = Strefa
cli-poll-column-id = Id
cli-poll-column-title = Tytuł
cli-poll-column-dates = Terminy
cli-poll-column-answered = Odpowiedzi
cli-poll-no-answer-recorded = nie zapisano żadnej odpowiedzi
cli-poll-not-an-answer = „{ $text }” nie ma postaci N=ODPOWIEDŹ; wpisz numer terminu oraz yes, maybe lub no, np. 2=yes
cli-poll-answers-recorded = { $count ->
    [one] Zapisano { $count } odpowiedź od { $partner }.
    [few] Zapisano { $count } odpowiedzi od { $partner }.
    [many] Zapisano { $count } odpowiedzi od { $partner }.
   *[other] Zapisano { $count } odpowiedzi od { $partner }.
}
cli-label-poll = Ankieta
cli-label-host = Gospodarz
cli-label-deadline = Termin odpowiedzi
cli-label-state = Stan
cli-poll-state-closed-on = zamknięta z terminem { $number } (spotkanie { $meeting })
cli-poll-state-open = otwarta
cli-poll-state-closed = zamknięta
cli-poll-all-answered = Wszyscy partnerzy odpowiedzieli.
cli-poll-not-answered = Bez odpowiedzi: { $partners }
cli-poll-organizer-needed = zaproszenia ankiety nigdy nie zostały zapisane; podaj nadawcę zaproszenia na spotkanie za pomocą --organizer
cli-poll-closed = Zamknięto ankietę { $id } z terminem { $number }: utworzono spotkanie { $meeting } „{ $title }”, { $when }.
cli-poll-no-messages-written = Nie zapisano wiadomości: podaj --out FOLDER, aby zapisać zaproszenie na spotkanie i zwolnienie pozostałych terminów.
cli-polls-none = { $network } nie ma jeszcze ankiet.
cli-reminder-not-a-duration = „{ $text }” nie jest czasem trwania; zapisz go jako 1d, 2h lub 30m
cli-ics-export-written = { $count ->
    [one] Zapisano { $count } spotkanie.
    [few] Zapisano { $count } spotkania.
    [many] Zapisano { $count } spotkań.
   *[other] Zapisano { $count } spotkania.
}
cli-ics-export-written-to = { $count ->
    [one] Zapisano { $count } spotkanie do { $file }.
    [few] Zapisano { $count } spotkania do { $file }.
    [many] Zapisano { $count } spotkań do { $file }.
   *[other] Zapisano { $count } spotkania do { $file }.
}
cli-ics-export-written-left-out = Zapisano spotkania: { $count }; pominięto jeszcze niedatowane: { $undated }.
cli-ics-export-written-to-left-out = Zapisano spotkania do { $file }: { $count }; pominięto jeszcze niedatowane: { $undated }.
cli-invite-written = { $method ->
    [cancel] Zapisano odwołanie: { $subject }.
   *[request] Zapisano zaproszenie: { $subject }.
}
cli-invite-written-to = { $method ->
    [cancel] Zapisano odwołanie do { $file }: { $subject }.
   *[request] Zapisano zaproszenie do { $file }: { $subject }.
}
cli-not-a-date-time = „{ $text }” nie jest datą i godziną; zapisz je jako "RRRR-MM-DD GG:MM"
cli-not-a-month = „{ $text }” nie jest miesiącem; zapisz go jako RRRR-MM (lub rok, RRRR)
cli-meeting-no-start-yet = spotkanie nie ma jeszcze godziny rozpoczęcia; podaj --start i --end
cli-meeting-end-needed = podaj --end razem z --start ("RRRR-MM-DD GG:MM" lub "GG:MM")
cli-meeting-no-day-yet = spotkanie nie ma jeszcze dnia; podaj --date (i --until)
cli-not-a-time-of-day = „{ $text }” nie jest godziną; zapisz ją jako GG:MM (14:30)
cli-agenda-speaker = (prowadzący: { $speaker })
cli-agenda-empty = Porządek obrad jest pusty. Dodaj punkt za pomocą `convene agenda { $slug } { $meeting } add --title TEKST`.
cli-agenda-heading = Porządek obrad: { $title } (spotkanie { $meeting })
cli-agenda-item-added = Dodano punkt { $number } do porządku obrad: { $title }:
cli-agenda-item-changed = Zmieniono punkt { $number } porządku obrad: { $title }:
cli-agenda-item-moved = Przeniesiono punkt { $number } na miejsce { $place } w porządku obrad: { $title }:
cli-agenda-item-removed = Usunięto punkt { $number } z porządku obrad: { $title }:
cli-agenda-item-removed-named = Usunięto punkt { $number } ({ $item }) z porządku obrad: { $title }:
cli-holidays-which-days = podaj, które dni: --year ROK albo --from DATA --to DATA
cli-holidays-region-needs-country = --region podaje się z kodem kraju (convene holidays ES --region ES-CN ...); każdy partner sieci ma własny region (convene partner update SIEĆ MIASTO --region KOD)
cli-holidays-heading = Święta państwowe: { $country } ({ $code }), { $span }:
cli-holidays-heading-region = Święta państwowe: { $country } ({ $code }) z regionem { $region }, { $span }:
cli-holidays-none = brak.
cli-holiday-estimated = { $name } (data szacunkowa)
cli-holiday-national = ogólnokrajowe
cli-column-date = DATA
cli-column-day = DZIEŃ
cli-column-holiday = ŚWIĘTO
cli-column-where = GDZIE
cli-holidays-no-dates-before = (python-holidays nie ma dat sprzed { $first_year } dla { $code }.)
cli-holidays-network-none = Żaden partner sieci { $network } nie ma święta ani dnia wolnego, { $span }.
cli-holidays-network-heading = Dni wolne partnerów sieci { $network }, { $span }:
cli-holidays-uncovered = Convene nie ma świąt państwowych dla: { $partners } (liczą się tylko ich zapisane dni wolne).
cli-day-off-line = „{ $name }” w dniu { $date } ({ $weekday })
cli-days-off-none-partner = Nie zapisano dnia wolnego dla { $partner }. Dodaj go za pomocą `convene dayoff add { $slug } --partner MIASTO --date RRRR-MM-DD --name TEKST`.
cli-days-off-none-network = Nie zapisano dnia wolnego dla partnerów sieci { $network }. Dodaj go za pomocą `convene dayoff add { $slug } --partner MIASTO --date RRRR-MM-DD --name TEKST`.
cli-day-off-added = Dodano dzień wolny { $day } dla { $partner } (identyfikator { $id }).
cli-day-off-added-also-holiday = Dodano dzień wolny { $day } dla { $partner } (identyfikator { $id }). Jest to tam także święto państwowe: { $holidays }.
cli-day-off-which = { $partner } ma w dniu { $date } kilka dni wolnych ({ $count }): { $names }; wskaż, który, za pomocą --name
cli-day-off-removed = Usunięto dzień wolny { $day } dla { $partner }.
cli-meeting-id-and-date = id { $id } ({ $date })
cli-meetings-same-title = Spotkania sieci { $network } o tytule „{ $key }” ({ $count }): { $meetings }; użyj identyfikatora
cli-to-before-from = { $to } jest wcześniej niż --from { $from }
cli-meetings-none = { $network } nie ma spotkań.
cli-meetings-none-in-period = { $network } nie ma spotkań w tym okresie.
cli-column-when = KIEDY
cli-column-mode = FORMA
cli-column-country = KRAJ
cli-column-zone = STREFA
cli-column-offset = PRZESUNIĘCIE
cli-column-local-time = CZAS LOKALNY
cli-column-note = UWAGA
cli-label-network = Sieć
cli-label-when = Kiedy
cli-label-venue = Miejsce
cli-label-mode = Forma
cli-label-status = Status
cli-label-uid = UID
cli-label-sequence = Sekwencja
cli-meeting-warnings = Ostrzeżenia
cli-meeting-local-times = Czas lokalny
cli-local-time-outside-working-hours = poza godzinami pracy
cli-local-time-weekend = weekend
cli-meeting-agenda = Porządek obrad
cli-meeting-attendance = Obecność
cli-meeting-attendance-contact = { $name } (kontakt): { $answer }
cli-meeting-needs-start-and-end = spotkanie z godziną wymaga --start i --end
cli-meeting-tz-needs-times = --tz dotyczy --start i --end; podaj je także
cli-meeting-until-needs-date = --until wymaga --date (pierwszego dnia)
cli-meeting-added = Dodano spotkanie { $id } do { $network }: { $title }, { $when }.
cli-meeting-updated = Zmieniono spotkanie { $id }: { $title } ({ $when }).
cli-meeting-updated-sequence = Zmieniono spotkanie { $id }: { $title } ({ $when }); kalendarze zobaczą zmianę (sekwencja { $sequence }).
cli-meeting-deleted = Usunięto spotkanie { $id }: { $title }.
cli-not-a-population = „{ $text }” nie jest całkowitą liczbą mieszkańców
cli-partner-name-and-id = { $name } (id { $id })
cli-partners-same-name = Partnerzy sieci { $network } o nazwie „{ $key }” ({ $count }): { $partners }; użyj identyfikatora
cli-partners-none = { $network } nie ma jeszcze partnerów. Dodaj partnera za pomocą `convene partner add { $slug } --name MIASTO --country CC`.
cli-column-role = ROLA
cli-column-time-zone = STREFA CZASOWA
cli-column-population = LUDNOŚĆ
cli-column-contacts = KONTAKTY
cli-label-country = Kraj
cli-label-region = Region
cli-label-role = Rola
cli-label-time-zone = Strefa czasowa
cli-label-population = Ludność
cli-label-notes = Uwagi
cli-partner-contacts = Kontakty
cli-partner-local-group = Grupa lokalna
cli-partner-added = Dodano { $name } ({ $country }, { $zone }) do { $network } jako { $role ->
    [lead_partner] partnera wiodącego
    [good_practice_city] miasto dobrej praktyki
    [transfer_city] miasto transferu
    [associated] partnera stowarzyszonego
   *[partner] partnera
} (id { $id }).
cli-partner-updated = Zmieniono { $name } ({ $country }, { $zone }) w { $network }.
cli-partner-deleted = Usunięto { $name } z { $network }.
cli-partner-deleted-with = Usunięto { $name } z { $network } ({ $also }).
cli-milestone-not-a-month = „{ $text }” nie jest miesiącem; zapisz go jako RRRR-MM
cli-milestones-same-title = Kamienie milowe o tytule „{ $key }” ({ $count }): { $milestones }; użyj identyfikatora
cli-milestone-line = { $title } ({ $when }, { $kind }, id { $id })
cli-milestone-line-done = { $title } ({ $when }, { $kind }, zrobione, id { $id })
cli-milestone-needs-date = kamień milowy wymaga dnia (--date RRRR-MM-DD) lub miesiąca (--month RRRR-MM)
cli-milestone-added = Dodano kamień milowy { $milestone } do { $network }.
cli-milestone-updated = Zmieniono kamień milowy { $milestone }.
cli-milestone-removed = Usunięto kamień milowy { $milestone } z { $network }.
cli-milestones-none = { $network } nie ma jeszcze kamieni milowych. Dodaj jeden za pomocą `convene milestone add { $slug } --title TEKST --date RRRR-MM-DD`.
cli-milestone-done-word = zrobione
cli-column-done = ZROBIONE
cli-practices-none = Nie ma jeszcze dobrych praktyk. Dodaj jedną za pomocą `convene practice add --title TYTUŁ` albo zaimportuj je ze stron URBACT za pomocą `convene import urbact PLIK`.
cli-yes = tak
cli-column-city = MIASTO
cli-column-transfer = TRANSFER
cli-column-network = SIEĆ
cli-column-match = DOPASOWANIE
cli-practices-same-title = Dobre praktyki o tytule „{ $key }” ({ $count }); użyj identyfikatora
cli-label-city = Miasto
cli-label-author = Autor
cli-label-figure = Kluczowa liczba
cli-label-transfer = Transfer
cli-label-networks = Sieci
cli-practice-transferred = tak, przeniesiona przez sieci
cli-limit-at-least-one = musi wynosić co najmniej 1
cli-search-nothing = Nic nie pasuje do „{ $text }”.
cli-cannot-read-stdin = nie można odczytać sekcji ze standardowego wejścia: { $reason }
cli-practice-line = { $title } (id { $id }, { $count ->
    [one] { $count } sekcja
    [few] { $count } sekcje
    [many] { $count } sekcji
   *[other] { $count } sekcji
})
cli-practice-line-from = { $title } (id { $id }, { $from }, { $count ->
    [one] { $count } sekcja
    [few] { $count } sekcje
    [many] { $count } sekcji
   *[other] { $count } sekcji
})
cli-practice-added = Dodano dobrą praktykę { $practice }.
cli-practice-updated = Zmieniono dobrą praktykę { $practice }.
cli-practice-removed = Usunięto dobrą praktykę { $title } (id { $id }).
cli-person-of-partner = { $name } z { $partner } (id { $id })
cli-people-same-name = Osoby z { $place } o nazwisku „{ $key }” ({ $count }): { $people }; użyj identyfikatora
cli-contacts-none = { $place } nie ma jeszcze kontaktów. Dodaj kontakt za pomocą `convene contact add { $slug } --partner MIASTO --name NAZWISKO`.
cli-local-group-none = { $place } nie ma jeszcze członków grupy lokalnej. Dodaj członka za pomocą `convene local-group add { $slug } --partner MIASTO --name NAZWISKO`.
cli-column-email = E-MAIL
cli-column-phone = TELEFON
cli-column-organisation = ORGANIZACJA
cli-contact-added = Dodano { $name } do kontaktów { $partner } (id { $id }).
cli-contact-updated = Zmieniono { $name }, kontakt { $partner } (id { $id }).
cli-contact-removed = Usunięto { $name } z kontaktów { $partner }.
cli-member-added = Dodano { $name } do grupy lokalnej { $partner } (id { $id }).
cli-member-updated = Zmieniono { $name }, grupa lokalna { $partner } (id { $id }).
cli-member-removed = Usunięto { $name } z grupy lokalnej { $partner }.
cli-plan-export-format-unknown = nie można rozpoznać formatu z „{ $file }”; dodaj --format docx, pdf, md lub html
cli-plan-exported = zapisano „{ $title }” do { $file } ({ $format }, { $size })
cli-size-bytes = { $count ->
    [one] { $count } bajt
    [few] { $count } bajty
    [many] { $count } bajtów
   *[other] { $count } bajta
}
cli-size-kilobytes = { $count } KB
cli-not-a-funding-line = „{ $text }” nie ma postaci ŹRÓDŁO=EUR (np. erdf=12000)
cli-plan-action-added = dodano działanie „{ $title }”
cli-plan-indicator-added = dodano wskaźnik „{ $name }”
cli-plan-risk-added = dodano ryzyko
cli-meeting-already = Spotkanie { $id } ({ $title }) było już { $status ->
    [confirmed] potwierdzone
    [held] odbyte
    [postponed] przełożone
    [tentative] wstępne
   *[cancelled] odwołane
}.
cli-meeting-confirmed = Potwierdzono spotkanie { $id }: { $title } ({ $when }){ $changed ->
    [yes] ; kalendarze zobaczą zmianę (sekwencja { $sequence })
   *[no] {""}
}.
cli-meeting-marked-held = Oznaczono spotkanie { $id } jako odbyte: { $title } ({ $when }){ $changed ->
    [yes] ; kalendarze zobaczą zmianę (sekwencja { $sequence })
   *[no] {""}
}.
cli-meeting-cancelled = Odwołano spotkanie { $id }: { $title } ({ $when }){ $changed ->
    [yes] ; kalendarze zobaczą zmianę (sekwencja { $sequence })
   *[no] {""}
}.
cli-meeting-postponed-undated = Przełożono spotkanie { $id }: { $title }; nie ma jeszcze nowego terminu, więc kalendarze dowiedzą się, że nie odbędzie się { $when } (sekwencja { $sequence }).
cli-meeting-postponed-to = Przełożono spotkanie { $id }: { $title }; teraz { $when }, wstępnie do czasu potwierdzenia (sekwencja { $sequence }).
cli-not-an-attendance-status = „{ $text }” nie jest jednym z: invited, confirmed (lub accepted), declined, tentative, attended, none
cli-attendance-status = { $status ->
    [accepted] przyjęte
    [declined] odrzucone
    [tentative] wstępnie
    [attended] obecny
   *[invited] zaproszony
}
cli-attendance-none = Na liście nie ma jeszcze nikogo.
cli-attendee-partner = partner
cli-attendee-contact = kontakt
cli-column-who = KTO
cli-attendance-heading = Obecność: { $title } (spotkanie { $meeting })
cli-attendance-set = { $name }: { $answer } – { $title }.
cli-attendance-removed = { $name } nie jest już na liście: { $title }.
cli-slots-how-long = podaj, jak długo trwa spotkanie: --duration 2h albo --days N dla całych dni
cli-length-minutes = { $minutes } min
cli-length-hours = { $hours } h
cli-length-hours-minutes = { $hours } h { $minutes } min
cli-slots-heading = { $network }: rozważone początki: { $count }, spotkanie trwające { $length }, od { $from } do { $to } ({ $zone }; godziny pracy { $hours } według zegara każdego partnera).
cli-slots-none-suit-all = Żaden nie pasuje wszystkim partnerom; najmniej uciążliwe są pierwsze.
cli-slots-suit-all = Pasujące wszystkim partnerom: { $count }.
cli-slots-nothing-fits = Żaden termin nie mieści się w tym zakresie; poszerz go lub skróć spotkanie.
cli-slot-suits-everyone = pasuje wszystkim
cli-slot-awkward = uciążliwe dla { $troubled } z { $count } (obciążenie: najwyższe { $worst }, łącznie { $total })
cli-column-problems = PROBLEMY
cli-days-heading = { $network }: możliwości: { $count }, dni: { $days }, od { $from } do { $to }, gdy żaden partner nie ma święta{ $weekends ->
    [left-out] {" "}(bez weekendów)
   *[counted] {""}
}.
cli-date-span = { $first } – { $last }
cli-days-also = (także: { $meetings })
cli-days-left-out = Pominięte dni:
cli-rotation-heading = { $network }: spotkania stacjonarne, odbyte lub planowane: { $count }.
cli-rotation-no-partners = Sieć nie ma jeszcze partnerów.
cli-column-hosted = GOSZCZONE
cli-column-held = ODBYTE
cli-column-planned = PLANOWANE
cli-column-last-hosted = OSTATNIO GOSZCZONE
cli-rotation-without-host = Spotkania bez miasta gospodarza: { $count }.
cli-rotation-not-hosted = Jeszcze nie gościli: { $partners }.
cli-rotation-next = Następni gospodarze, najsprawiedliwsi najpierw: { $partners }.
cli-column-time-utc = CZAS (UTC)
cli-column-author = AUTOR
cli-column-message = OPIS
cli-plan-diff-heading = wersja { $from } ({ $from_author }, { $from_time }) -> wersja { $to } ({ $to_author }, { $to_time })
cli-plan-diff-none = Brak różnic.
cli-plan-diff-section-added = (dodana)
cli-plan-diff-section-removed = (usunięta)
cli-plan-diff-section-renamed = (wcześniej { $title })
cli-plan-diff-reordered = Zmieniono kolejność sekcji.
cli-plan-diff-row = { $row ->
    [indicator] wskaźnik „{ $label }” { $change ->
        [added] dodany
        [removed] usunięty
       *[changed] zmieniony: { $fields }
    }
    [risk] ryzyko „{ $label }” { $change ->
        [added] dodane
        [removed] usunięte
       *[changed] zmienione: { $fields }
    }
   *[action] działanie „{ $label }” { $change ->
        [added] dodane
        [removed] usunięte
       *[changed] zmienione: { $fields }
    }
}
cli-account-password-stored = hasło jest w pęku kluczy
cli-account-no-keyring = żaden pęk kluczy nie odpowiedział ({ $reason }), więc hasło nie zostało zapisane: podawaj je przy każdym poleceniu przez --password-stdin lub { $variable }
cli-account-no-password = nie podano hasła: podawaj je przy każdym poleceniu przez --password-stdin lub { $variable }
cli-account-added = Dodano konto { $name } ({ $url } jako { $user }); { $password }.
cli-accounts-none = Nie ma jeszcze kont: convene account add NAZWA --url URL --user UŻYTKOWNIK --password-stdin
cli-account-column-name = nazwa
cli-account-column-url = url
cli-account-column-user = użytkownik
cli-account-column-ca-file = plik CA
cli-account-works = { $name } działa.
    principal: { $principal }
    folder kalendarzy: { $home }
    kalendarze: { $count }
cli-account-calendar-no-name = (bez nazwy)
cli-account-removed = Usunięto konto { $name } i jego hasło z pęku kluczy.
cli-not-an-export-format = „{ $text }” nie jest formatem eksportu; użyj docx, pdf, md lub html

publish-kept-local-create = „{ $title }” zachowuje wersję z Convene; następna publikacja utworzy ją ponownie na serwerze.
publish-kept-local-overwrite = „{ $title }” zachowuje wersję z Convene; następna publikacja zastąpi wersję z serwera.
publish-kept-local-deleted = „{ $title }” pozostaje usunięte; następna publikacja usunie je na serwerze.
publish-kept-remote-deleted = „{ $title }” zostało usunięte tutaj, tak jak na serwerze.
publish-kept-remote = „{ $title }” ma teraz tutaj wersję z serwera.
publish-change-time = termin: { $before } -> { $after }
publish-change-title = tytuł: „{ $before }” -> „{ $after }”
publish-change-place = miejsce: „{ $before }” -> „{ $after }”
publish-change-status = status: { $before } -> { $after }
publish-change-description = opis
publish-change-online-link = link online: { $before } -> { $after }
publish-said-last-modified = ostatnia zmiana { $when }
publish-said-changed-by = zmienione przez { $who }
publish-said-organiser = organizator: { $who }
publish-said-who-unknown = wydarzenie nie mówi, kto je zmienił

cli-value-meeting-kind-kick-off = Spotkanie inauguracyjne
cli-value-meeting-kind-transnational = Spotkanie ponadnarodowe
cli-value-meeting-kind-city-visit = Wizyta w mieście
cli-value-meeting-kind-final-event = Wydarzenie końcowe
cli-value-meeting-kind-local-group = Lokalna Grupa URBACT
cli-value-meeting-kind-online-touch-base = Krótkie spotkanie online
cli-value-meeting-kind-phase-review = Przegląd fazy
cli-value-meeting-kind-other = Inne
cli-value-poll-answer-yes = Tak
cli-value-poll-answer-maybe = W razie potrzeby
cli-value-poll-answer-no = Nie
cli-value-meeting-mode-in-person = Stacjonarnie
cli-value-meeting-mode-online = Online
cli-value-meeting-mode-hybrid = Hybrydowo
cli-value-meeting-status-tentative = Wstępne
cli-value-meeting-status-confirmed = Potwierdzone
cli-value-meeting-status-held = Odbyte
cli-value-meeting-status-postponed = Przełożone
cli-value-meeting-status-cancelled = Odwołane
cli-value-attendance-invited = Zaproszony
cli-value-attendance-accepted = Przyjął
cli-value-attendance-declined = Odmówił
cli-value-attendance-tentative = Może
cli-value-attendance-attended = Obecny
cli-value-network-kind-action-planning = Planowanie działań
cli-value-network-kind-transfer = Transfer
cli-value-network-kind-innovation-transfer = Transfer innowacji
cli-value-network-kind-implementation = Wdrażanie
cli-value-network-kind-other = Inna
cli-value-partner-role-lead-partner = Partner wiodący
cli-value-partner-role-partner = Partner
cli-value-partner-role-good-practice-city = Miasto dobrej praktyki
cli-value-partner-role-transfer-city = Miasto transferu
cli-value-partner-role-associated = Stowarzyszony
cli-value-plan-status-draft = Szkic
cli-value-plan-status-in-review = W przeglądzie
cli-value-plan-status-final = Ostateczny
cli-value-plan-status-adopted = Przyjęty
cli-value-funding-source-city = Budżet miasta
cli-value-funding-source-erdf = EFRR
cli-value-funding-source-esf-plus = EFS+
cli-value-funding-source-national = Krajowe
cli-value-funding-source-regional = Regionalne
cli-value-funding-source-private = Prywatne
cli-value-funding-source-other = Inne
cli-value-action-status-idea = Pomysł
cli-value-action-status-planned = Zaplanowane
cli-value-action-status-ongoing = W toku
cli-value-action-status-done = Zakończone
cli-value-action-status-dropped = Porzucone
cli-value-indicator-kind-output = Produkt
cli-value-indicator-kind-result = Rezultat
cli-value-revision-kind-created = Utworzono
cli-value-revision-kind-edit = Edytowano
cli-value-revision-kind-restore = Przywrócono
cli-value-revision-kind-received = Odebrano
cli-value-revision-kind-merge = Scalono
cli-value-revision-kind-resolve = Rozstrzygnięto konflikt
cli-value-milestone-kind-phase = Początek lub koniec fazy
cli-value-milestone-kind-deadline = Termin
cli-value-milestone-kind-deliverable = Produkt
cli-value-milestone-kind-decision = Decyzja
cli-value-milestone-kind-event = Wydarzenie
cli-value-milestone-kind-other = Inne
cli-value-hit-kind-network = Sieć
cli-value-hit-kind-partner = Partner
cli-value-hit-kind-meeting = Spotkanie
cli-value-hit-kind-plan = Plan działań
cli-value-hit-kind-practice = Dobra praktyka
cli-value-day-off-source-national = Święto państwowe
cli-value-day-off-source-regional = Święto regionalne
cli-value-day-off-source-local = Lokalny dzień wolny

cli-help-usage = Użycie:
cli-help-options = Opcje:
cli-help-group-networks = Sieci:
cli-help-group-partners = Partnerzy i ich ludzie:
cli-help-group-meetings = Spotkania:
cli-help-group-holidays = Święta i dni wolne:
cli-help-group-plans = Plany działań:
cli-help-group-practices = Dobre praktyki:
cli-help-group-data = Wszystkie dane:
cli-help-group-servers = Serwery kalendarzy (CalDAV, WebDAV):
cli-help-group-meeting = Spotkanie:
cli-help-group-meeting-life = Jego przebieg:
cli-help-group-plan = Plan:
cli-help-group-plan-content = Jego treść:
cli-help-group-plan-review = Przegląd i historia:
cli-help-group-plan-exchange = Wymiana z miastami partnerskimi:
cli-help-about = Sieci, miasta partnerskie, spotkania, plany działań i dobre praktyki ponadnarodowych sieci miast
cli-help-after =
    NETWORK to krótka nazwa (slug) lub nazwa sieci, wielkimi lub małymi literami, ze znakami diakrytycznymi lub bez.
    Baza danych to --db PATH, w przeciwnym razie $CONVENE_DB, w przeciwnym razie convene.db aplikacji okienkowej
    (w Linuksie ~/.local/share/eu.convene.app/convene.db).
cli-help-option-db = Plik bazy danych [domyślnie: $CONVENE_DB, w przeciwnym razie convene.db aplikacji okienkowej]
cli-help-option-json = Wypisz JSON do odczytu maszynowego zamiast tekstu
cli-help-option-lang = Język komunikatów: en, fr, de, es, it, pt, pl, nl, el, ro [domyślnie: z $LC_ALL, $LC_MESSAGES, $LANG]
cli-help-option-help = Pokaż pomoc
cli-help-option-version = Pokaż wersję
cli-help-command-networks = Wyświetl wszystkie sieci
cli-help-command-network = Pokaż, dodaj, zmień lub usuń sieć
cli-help-command-milestone = Wyświetl, dodaj, zmień lub usuń kamienie milowe sieci
cli-help-command-partners = Wyświetl partnerów sieci
cli-help-command-partner = Pokaż, dodaj, zmień lub usuń partnera sieci
cli-help-command-contacts = Wyświetl osoby kontaktowe partnerów sieci
cli-help-command-contact = Dodaj, zmień lub usuń osobę kontaktową partnera
cli-help-command-local-group = Wyświetl członków Lokalnej Grupy URBACT sieci albo dodaj, zmień lub usuń jednego z nich
cli-help-command-meetings = Wyświetl spotkania sieci według daty (spotkania bez daty na końcu)
cli-help-command-meeting = Pokaż, dodaj, zmień, potwierdź, przełóż, oznacz jako odbyte, odwołaj lub usuń spotkanie
cli-help-command-agenda = Pokaż program spotkania albo dodaj, zmień, przesuń lub usuń punkt
cli-help-command-attendance = Pokaż, kto jest zaproszony na spotkanie, albo zapisz odpowiedź partnera lub osoby kontaktowej
cli-help-command-invite = Napisz zaproszenie e-mail na spotkanie (odwołanie, jeśli zostało odwołane lub przełożone)
cli-help-command-slots = Znajdź terminy dogodne dla partnerów sieci: godziny pracy, weekendy, święta, inne spotkania
cli-help-command-rotation = Kto gościł stacjonarne spotkania sieci i kto powinien gościć następne
cli-help-command-poll = Zapytaj partnerów, które terminy im pasują, odczytaj ich odpowiedzi i zamień wybrany termin w spotkanie
cli-help-command-holidays = Święta państwowe kraju albo dni, w które partnerzy sieci nie pracują
cli-help-command-dayoff = Wyświetl, dodaj lub usuń własne dni wolne partnera (święto patrona, wybory lokalne)
cli-help-command-plans = Wyświetl plany działań sieci z ich statusem i ostatnią zmianą
cli-help-command-plan = Redaguj, przeglądaj, porównuj, przywracaj, wysyłaj i odbieraj Zintegrowany Plan Działań
cli-help-command-practices = Wyświetl dobre praktyki
cli-help-command-practice = Pokaż, dodaj, zmień lub usuń dobrą praktykę
cli-help-command-search = Przeszukaj sieci, partnerów, spotkania, plany działań i dobre praktyki
cli-help-command-import = Zaimportuj strony sieci URBACT, eksport JSON z Convene lub plik iCalendar
cli-help-command-export = Wyeksportuj całą bazę danych albo spotkania jako plik iCalendar
cli-help-command-backup = Skopiuj całą bazę danych do FILE (kopia zapasowa online SQLite; bezpieczna, gdy aplikacja działa)
cli-help-command-help = Pokaż ten komunikat lub pomoc podanych podpoleceń
cli-help-command-account = Dodaj, wyświetl, przetestuj lub usuń konto serwera CalDAV/WebDAV (hasła zostają w pęku kluczy)
cli-help-command-publish = Opublikuj spotkania sieci w kalendarzu na serwerze CalDAV (najpierw odczytując jego zmiany)
cli-help-command-pull = Przejmij do opublikowanej sieci zmiany wprowadzone na serwerze CalDAV
cli-help-command-conflicts = Wyświetl spotkania zmienione i tutaj, i na serwerze, z obiema wersjami
cli-help-command-conflict = Rozstrzygnij konflikt: zachowaj wersję lokalną albo zdalną
cli-help-password = Skąd bierze się hasło: --password-stdin (pierwszy wiersz standardowego wejścia), w przeciwnym razie $CONVENE_DAV_PASSWORD, w przeciwnym razie pęk kluczy systemu operacyjnego (gdzie zapisało je `account add`). Maszyna bez pulpitu nie ma pęku kluczy: użyj tam --password-stdin lub CONVENE_DAV_PASSWORD.
cli-help-meeting-note = Program spotkania i kto przyjdzie: `convene agenda NETWORK MEETING`, `convene attendance NETWORK MEETING`.
cli-help-command-meeting-show = Spotkanie z programem, obecnością i godziną na zegarze każdego partnera
cli-help-command-meeting-add = Dodaj spotkanie do sieci
cli-help-command-meeting-update = Zmień spotkanie; zmieniają się tylko podane opcje
cli-help-command-meeting-delete = Usuń spotkanie wraz z programem i obecnością
cli-help-command-meeting-confirm = Oznacz spotkanie jako potwierdzone: odbywa się w swoim terminie
cli-help-command-meeting-postpone = Przełóż spotkanie na późniejszy termin albo zdejmij je z kalendarza, dopóki termin nie będzie znany (stary termin zostaje w opisie)
cli-help-command-meeting-held = Oznacz spotkanie jako odbyte (musiało się już zacząć)
cli-help-command-meeting-cancel = Oznacz spotkanie jako odwołane (zostaje, aby kalendarze dowiedziały się o odwołaniu)
cli-help-command-plan-show = Plan jako dokument (eksport Markdown), a potem klucze sekcji, ostrzeżenia, otwarte komentarze i konflikty
cli-help-command-plan-create = Rozpocznij plan dla miasta partnerskiego (dziewięć standardowych sekcji, wersja 1)
cli-help-command-plan-status = Przesuń plan dalej: draft, in-review, final, adopted (z --date) albo cofnij o jeden krok
cli-help-command-plan-language = Ustaw język, w którym eksportowane są dokumenty planu (nagłówki, etykiety, daty, kwoty)
cli-help-command-plan-export = Zapisz plan jako dokument Word, PDF, Markdown lub HTML dla rady miasta
cli-help-command-plan-author = Pokaż nazwisko, którym podpisywane są zmiany, albo je ustaw
cli-help-command-plan-section = Napisz tekst sekcji
cli-help-command-plan-action = Dodaj do tabeli działań
cli-help-command-plan-indicator = Dodaj do ram rezultatów
cli-help-command-plan-risk = Dodaj do ryzyk
cli-help-command-plan-comment = Skomentuj sekcję jako recenzent
cli-help-command-plan-revisions = Wszystkie wersje, od najnowszej
cli-help-command-plan-diff = Co zmieniło się między dwiema wersjami, słowo po słowie
cli-help-command-plan-restore = Przywróć treść starej wersji jako bieżącą (jako nową wersję; nic nie ginie)
cli-help-command-plan-send = Zapisz plan z całą historią do pliku .convene-plan dla partnera
cli-help-command-plan-receive = Odczytaj plik .convene-plan: nowy plan, nowsze wersje albo scalenie (konflikty są zgłaszane)
cli-help-command-plan-push = Umieść plik .convene-plan planu w folderze WebDAV (nigdy na kopii, której wcześniej nie pobrano)
cli-help-command-plan-pull = Odczytaj plik .convene-plan planu z folderu WebDAV i scal go, tak jak robi to `plan receive`
cli-help-command-plan-conflicts = Różnice z kopią partnera czekające na wybór
cli-help-command-plan-resolve = Rozstrzygnij konflikt: zachowaj naszą wersję, weź ich albo wstaw scalony tekst

cli-clap-unknown-argument = nieoczekiwany argument „{ $arg }”
cli-clap-tip-similar-argument = wskazówka: istnieje podobny argument: „{ $arg }”
cli-clap-tip-similar-subcommand = wskazówka: istnieje podobne polecenie: „{ $command }”
cli-clap-tip-escape = wskazówka: aby podać „{ $arg }” jako wartość, napisz „-- { $arg }”
cli-clap-missing-value = „{ $arg }” wymaga wartości, ale nie podano żadnej
cli-clap-invalid-value = nieprawidłowa wartość „{ $value }” dla „{ $arg }”
cli-clap-invalid-value-reason = nieprawidłowa wartość „{ $value }” dla „{ $arg }”: { $reason }
cli-clap-possible-values = możliwe wartości: { $values }
cli-clap-unknown-subcommand = nieznane polecenie „{ $command }”
cli-clap-missing-arguments = brakuje tych wymaganych argumentów:{ $args }
cli-clap-missing-subcommand = po „{ $command }” potrzebne jest polecenie, a nie podano żadnego
cli-clap-subcommands = polecenia: { $values }
cli-clap-used-twice = argument „{ $arg }” można podać tylko raz
cli-clap-conflict = argumentu „{ $arg }” nie można użyć razem z { $other }
cli-clap-too-many-values = nadmiarowa wartość „{ $value }” dla „{ $arg }”
cli-clap-wrong-number-of-values = „{ $arg }” przyjmuje wartości: { $expected }, podano: { $actual }
cli-clap-no-equals = „{ $arg }” przyjmuje wartość po znaku równości ({ $arg }=WARTOŚĆ)
cli-clap-invalid-utf8 = wiersz poleceń zawiera tekst, który nie jest poprawnym UTF-8
cli-clap-not-valid = wiersz poleceń jest nieprawidłowy
cli-clap-more-information = Więcej informacji: „--help”.

cli-clap-not-a-whole-number = to nie jest liczba całkowita

cli-help-command-import-urbact = Zaimportuj sieci, partnerów, spotkania, plany i praktyki ze stron URBACT
cli-help-arg-import-urbact-file = Plik tekstowy ze stronami URBACT (każdy rekord kończy się wierszem `Ref nid`)
cli-help-arg-import-urbact-start-year = Nadaj po kolei daty, od tego roku, harmonogramom podającym tylko miesiąc („June (Basingstoke)”)
cli-help-arg-import-urbact-dry-run = Pokaż, co zostałoby zaimportowane, niczego nie zapisując
cli-help-command-import-json = Zaimportuj plik zapisany przez `convene export json` do pustej bazy danych
cli-help-arg-import-json-file = Eksport JSON do odczytania
cli-help-command-import-ics = Zaimportuj wydarzenia z pliku iCalendar (.ics) jako spotkania sieci
cli-help-arg-import-ics-file = Plik iCalendar (.ics) wyeksportowany z programu kalendarza
cli-help-arg-import-ics-network = Sieć, której spotkaniami staną się wydarzenia (krótka nazwa lub nazwa)
cli-help-arg-import-ics-strict = Odrzuć cały plik przy pierwszym wydarzeniu, którego nie da się zaimportować, zamiast importować pozostałe i wypisać pominięte
cli-help-command-network-show = Wszystko o jednej sieci: dane, etapy, partnerzy, kamienie milowe, plany, uwagi z importu
cli-help-arg-network = Krótka nazwa lub nazwa sieci
cli-help-command-network-add = Dodaj sieć
cli-help-arg-network-add-name = Nazwa sieci
cli-help-arg-kind = action-planning, transfer, innovation-transfer, implementation lub other [przy dodawaniu: other]
cli-help-arg-slug = Krótka nazwa używana w wierszu poleceń [przy dodawaniu: utworzona z nazwy]
cli-help-arg-tagline = Jedno zdanie o tym, czym zajmuje się sieć
cli-help-arg-description = Co robi sieć, w akapicie lub dłużej
cli-help-arg-programme = np. „URBACT IV”
cli-help-arg-start = Pierwszy dzień, RRRR-MM-DD
cli-help-arg-end = Ostatni dzień, RRRR-MM-DD
cli-help-arg-email = Kontaktowy adres e-mail
cli-help-arg-website = Adres strony (https://...)
cli-help-arg-language = Język roboczy jej zaproszeń, przypomnień i tekstów kalendarza: en, fr, de, es, it, pt, pl, nl, el, ro [przy dodawaniu: en]
cli-help-command-network-update = Zmień sieć; zmieniają się tylko podane opcje
cli-help-arg-name = Nowa nazwa
cli-help-arg-network-update-lead = Partner wiodący: identyfikator lub nazwa partnera
cli-help-command-network-delete = Usuń sieć; z --cascade także wszystko, co do niej należy
cli-help-arg-network-delete-cascade = Usuń także jej partnerów, spotkania, kamienie milowe, plany i uwagi z importu
cli-help-command-milestone-list = Kamienie milowe sieci według daty
cli-help-command-milestone-add = Dodaj kamień milowy z datą dzienną (--date) lub miesięczną (--month)
cli-help-arg-milestone-add-title = Co się dzieje („Złożenie ZPD”)
cli-help-arg-date = Jego dzień, RRRR-MM-DD
cli-help-arg-month = Jego miesiąc, gdy dzień nie jest znany, RRRR-MM
cli-help-arg-milestone-add-kind = phase, deadline, deliverable, decision, event lub other [przy dodawaniu: other]
cli-help-arg-milestone-add-description = Dowolny tekst na jego temat
cli-help-arg-done = Czy jest zrobiony: --done albo --done no
cli-help-command-milestone-update = Zmień kamień milowy; zmieniają się tylko podane opcje
cli-help-arg-milestone = Identyfikator lub tytuł kamienia milowego
cli-help-arg-title = Nowy tytuł
cli-help-arg-milestone-update-kind = phase, deadline, deliverable, decision, event lub other [przy dodawaniu: other]
cli-help-arg-milestone-update-description = Dowolny tekst na jego temat
cli-help-command-milestone-remove = Usuń kamień milowy
cli-help-command-partner-show = Partner z kontaktami i lokalną grupą
cli-help-arg-partner = Identyfikator lub nazwa partnera
cli-help-command-partner-add = Dodaj miasto lub organizację partnerską do sieci
cli-help-arg-partner-add-name = Nazwa miasta lub organizacji
cli-help-arg-partner-add-country = Kod ISO 3166-1 (LV), nazwa kraju (Łotwa) lub region (Saksonia-Anhalt)
cli-help-arg-role = lead-partner, partner, good-practice-city, transfer-city lub associated [przy dodawaniu: partner]
cli-help-arg-tz = Strefa czasowa IANA, np. Europe/Riga [przy dodawaniu: strefa kraju]
cli-help-arg-region = Region ISO 3166-2 (ES-CN, DE-BY), którego święta liczą się dla partnera obok państwowych (puste, aby wyczyścić); `convene holidays CC --region CODE` sprawdza region
cli-help-arg-population = Liczba mieszkańców (puste, aby wyczyścić)
cli-help-arg-notes = Dowolny tekst
cli-help-command-partner-update = Zmień partnera; zmieniają się tylko podane opcje
cli-help-arg-partner-update-country = Nowy kraj; strefa czasowa zmienia się za nim, chyba że zmieniono ją ręcznie lub podano --tz
cli-help-command-partner-delete = Usuń partnera; z --cascade także jego kontakty, lokalną grupę i obecności
cli-help-arg-partner-delete-cascade = Usuń także jego kontakty, członków lokalnej grupy i obecności; spotkania i plany, które gości lub posiada, zostają, bez niego
cli-help-arg-contacts-partner = Tylko kontakty tego partnera (identyfikator lub nazwa)
cli-help-command-contact-add = Dodaj osobę kontaktową do partnera
cli-help-arg-contact-add-partner = Partner (identyfikator lub nazwa), dla którego pracuje ta osoba
cli-help-arg-contact-add-name = Imię i nazwisko osoby
cli-help-arg-contact-add-role = Czym się zajmuje („Koordynatorka projektu”)
cli-help-arg-contact-add-email = Adres e-mail
cli-help-arg-phone = Numer telefonu, tak jak go zapisuje
cli-help-command-contact-update = Zmień kontakt; zmieniają się tylko podane opcje (pusta wartość czyści pole)
cli-help-arg-person = Identyfikator (jak na liście) lub imię i nazwisko osoby
cli-help-arg-contact-update-partner = Partner (identyfikator lub nazwa), do którego należy osoba, gdy samo imię nie wystarcza
cli-help-arg-contact-update-role = Czym się zajmuje („Koordynatorka projektu”)
cli-help-arg-contact-update-email = Adres e-mail
cli-help-command-contact-remove = Usuń kontakt (i jego odpowiedzi na zaproszenia)
cli-help-arg-contact-remove-partner = Partner (identyfikator lub nazwa), do którego należy osoba, gdy samo imię nie wystarcza
cli-help-arg-local-group-partner = Tylko lokalna grupa tego partnera (identyfikator lub nazwa)
cli-help-command-local-group-add = Dodaj członka do lokalnej grupy partnera
cli-help-arg-local-group-add-partner = Partner (identyfikator lub nazwa), do którego należy lokalna grupa
cli-help-arg-local-group-add-name = Imię i nazwisko członka
cli-help-arg-organisation = Organizacja, z której pochodzi („Izba Handlowa”)
cli-help-arg-local-group-add-role = Rola w grupie
cli-help-command-local-group-update = Zmień członka lokalnej grupy; zmieniają się tylko podane opcje (pusta wartość czyści pole)
cli-help-arg-local-group-update-partner = Partner (identyfikator lub nazwa), do którego należy osoba, gdy samo imię nie wystarcza
cli-help-arg-local-group-update-role = Rola w grupie
cli-help-command-local-group-remove = Usuń członka z lokalnej grupy
cli-help-arg-local-group-remove-partner = Partner (identyfikator lub nazwa), do którego należy osoba, gdy samo imię nie wystarcza
cli-help-arg-meetings-from = Tylko spotkania w tym dniu lub później (RRRR-MM-DD); spotkania bez daty są pomijane
cli-help-arg-meetings-to = Tylko spotkania w tym dniu lub wcześniej (RRRR-MM-DD); spotkania bez daty są pomijane
cli-help-arg-meeting-show-network = Krótka nazwa lub nazwa sieci (albo, podane samodzielnie, identyfikator lub UID spotkania)
cli-help-arg-meeting = Identyfikator, UID lub tytuł spotkania w tej sieci
cli-help-arg-meeting-add-title = Nazwa spotkania („Spotkanie międzynarodowe nr 3”)
cli-help-arg-meeting-add-kind = kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review lub other
cli-help-arg-host = Identyfikator lub nazwa partnera gospodarza (puste, aby usunąć gospodarza)
cli-help-arg-meeting-add-start = Początek, „RRRR-MM-DD GG:MM” według zegara --tz
cli-help-arg-meeting-add-end = Koniec, „RRRR-MM-DD GG:MM” lub „GG:MM” w dniu początku
cli-help-arg-meeting-add-tz = Strefa czasowa IANA dla --start i --end [domyślnie: strefa gospodarza]
cli-help-arg-meeting-add-date = Spotkanie całodniowe: jego (pierwszy) dzień, RRRR-MM-DD
cli-help-arg-until = Spotkanie całodniowe: jego ostatni dzień, RRRR-MM-DD [domyślnie: --date]
cli-help-arg-meeting-add-month = Jeszcze bez daty, ale zaplanowane na ten miesiąc: RRRR-MM (albo tylko rok, RRRR)
cli-help-arg-wording = Jeszcze bez daty: kiedy jest planowane, słowami („po lecie”)
cli-help-arg-mode = in-person, online lub hybrid [przy dodawaniu: in-person]
cli-help-arg-online = Link do udziału online (https://...)
cli-help-arg-venue = Gdzie się odbywa, gdy nie jest to po prostu miasto gospodarza („Ratusz, Jelgava”)
cli-help-arg-meeting-add-description = Dowolny tekst o spotkaniu
cli-help-arg-status = tentative, confirmed, held, postponed lub cancelled [przy dodawaniu: tentative]
cli-help-arg-meeting-update-network = Krótka nazwa lub nazwa sieci (albo, podane samodzielnie, identyfikator lub UID spotkania)
cli-help-arg-meeting-update-kind = kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review lub other
cli-help-arg-meeting-update-undated = Przywróć spotkaniu stan bez daty (zachowuje --month i --wording, jeśli podano)
cli-help-arg-meeting-update-start = Początek, „RRRR-MM-DD GG:MM” według zegara --tz
cli-help-arg-meeting-update-end = Koniec, „RRRR-MM-DD GG:MM” lub „GG:MM” w dniu początku
cli-help-arg-meeting-update-tz = Strefa czasowa IANA dla --start i --end [domyślnie: strefa gospodarza]
cli-help-arg-meeting-update-date = Spotkanie całodniowe: jego (pierwszy) dzień, RRRR-MM-DD
cli-help-arg-meeting-update-month = Jeszcze bez daty, ale zaplanowane na ten miesiąc: RRRR-MM (albo tylko rok, RRRR)
cli-help-arg-meeting-update-description = Dowolny tekst o spotkaniu
cli-help-arg-meeting-confirm-network = Krótka nazwa lub nazwa sieci (albo, podane samodzielnie, identyfikator lub UID spotkania)
cli-help-arg-meeting-postpone-network = Krótka nazwa lub nazwa sieci (albo, podane samodzielnie, identyfikator lub UID spotkania)
cli-help-arg-meeting-postpone-to = Nowy termin: „RRRR-MM-DD GG:MM” (zachowuje czas trwania, chyba że podano --end) albo RRRR-MM-DD dla całych dni (zachowuje liczbę dni, chyba że podano --until)
cli-help-arg-meeting-postpone-end = Koniec nowego terminu: „RRRR-MM-DD GG:MM” albo „GG:MM” w dniu --to
cli-help-arg-meeting-postpone-until = Ostatni dzień nowych terminów, RRRR-MM-DD
cli-help-arg-meeting-postpone-tz = Strefa czasowa IANA dla --to i --end [domyślnie: strefa spotkania]
cli-help-arg-meeting-postpone-undated = Jeszcze bez nowego terminu: spotkanie zostaje oznaczone jako przełożone, a kalendarze odwołują stary termin
cli-help-arg-meeting-held-network = Krótka nazwa lub nazwa sieci (albo, podane samodzielnie, identyfikator lub UID spotkania)
cli-help-arg-meeting-cancel-network = Krótka nazwa lub nazwa sieci (albo, podane samodzielnie, identyfikator lub UID spotkania)
cli-help-arg-meeting-delete-network = Krótka nazwa lub nazwa sieci (albo, podane samodzielnie, identyfikator lub UID spotkania)
cli-help-arg-agenda-meeting = Identyfikator, UID lub tytuł spotkania
cli-help-command-agenda-add = Dodaj punkt na końcu albo jako numer --at
cli-help-arg-agenda-add-title = Czym jest punkt („Powitanie i przedstawienie się”)
cli-help-arg-agenda-add-at = Jego miejsce: 1 dla pierwszego [domyślnie: po ostatnim]
cli-help-arg-agenda-add-start = Kiedy się zaczyna, GG:MM według zegara spotkania
cli-help-arg-agenda-add-end = Kiedy się kończy, GG:MM
cli-help-arg-speaker = Partner, który go prowadzi (identyfikator lub nazwa)
cli-help-arg-agenda-add-notes = Dowolny tekst o punkcie
cli-help-command-agenda-update = Zmień punkt N; zmieniają się tylko podane opcje (pusta wartość czyści pole)
cli-help-arg-item = Numer punktu
cli-help-arg-agenda-update-start = Kiedy się zaczyna, GG:MM według zegara spotkania
cli-help-arg-agenda-update-end = Kiedy się kończy, GG:MM
cli-help-arg-agenda-update-notes = Dowolny tekst o punkcie
cli-help-command-agenda-move = Przesuń punkt N tak, aby stał się numerem --to
cli-help-arg-agenda-move-to = Jego nowy numer
cli-help-command-agenda-remove = Usuń punkt N; kolejne przesuwają się w górę
cli-help-arg-attendance-meeting = Identyfikator, UID lub tytuł spotkania
cli-help-arg-attendance-partner = Partner (identyfikator lub nazwa), którego to odpowiedź
cli-help-arg-attendance-contact = Osoba kontaktowa (identyfikator lub nazwa), której to odpowiedź
cli-help-arg-attendance-status = invited, confirmed (przyjęte), declined, tentative, attended albo none, aby zdjąć z listy
cli-help-arg-plan = Identyfikator planu lub SIEĆ/MIASTO
cli-help-arg-plan-create-partner = Miasto partnerskie, do którego należy plan (nazwa lub identyfikator)
cli-help-arg-plan-create-summary = Kilka zdań o planie; stają się pierwszym tekstem jego sekcji kontekstu
cli-help-arg-plan-create-language = Język jego eksportowanych dokumentów: en, fr, de, es, it, pt, pl, nl, el, ro [domyślnie: en]
cli-help-arg-plan-language-code = en, fr, de, es, it, pt, pl, nl, el lub ro
cli-help-command-plan-section-set = Zastąp tekst sekcji (Markdown) treścią --text lub zawartością --file
cli-help-arg-plan-section-set-key = Klucz sekcji: context, vision, approach, actions, implementation, funding, risks, monitoring, local-group albo własny
cli-help-arg-plan-section-set-text = Nowy tekst
cli-help-arg-plan-section-set-file = Plik z nowym tekstem (Markdown w UTF-8)
cli-help-arg-plan-section-set-message = Dlaczego się zmienił, do historii
cli-help-command-plan-section-add = Dodaj własną sekcję (jej klucz powstaje z tytułu)
cli-help-arg-plan-section-add-after = Umieść ją po tej sekcji [domyślnie: na końcu]
cli-help-command-plan-section-remove = Usuń własną sekcję (jej tekst zostaje w historii)
cli-help-arg-key = Klucz sekcji
cli-help-command-plan-action-add = Dodaj działanie na końcu tabeli
cli-help-arg-plan-action-add-objective = Cel, któremu służy (działania są sumowane według celu)
cli-help-arg-plan-action-add-lead = Organizacja wiodąca
cli-help-arg-plan-action-add-partners = Organizacje partnerskie
cli-help-arg-plan-action-add-start = Pierwszy miesiąc (RRRR-MM)
cli-help-arg-plan-action-add-end = Ostatni miesiąc (RRRR-MM)
cli-help-arg-plan-action-add-cost = Szacowany koszt w euro, np. 12500.50
cli-help-arg-plan-action-add-funding = Zapewnione finansowanie: city, erdf, esf-plus, national, regional, private lub other, potem = i kwota w euro; można powtarzać
cli-help-arg-plan-action-add-status = idea, planned, ongoing, done lub dropped [domyślnie: planned]
cli-help-arg-plan-action-add-pilot = Pilotaż na małą skalę (działanie testowe)
cli-help-command-plan-indicator-add = Dodaj wskaźnik
cli-help-arg-plan-indicator-add-kind = output lub result
cli-help-arg-plan-indicator-add-by = Kiedy cel ma zostać osiągnięty (RRRR-MM)
cli-help-arg-plan-indicator-add-verification = Sposób weryfikacji
cli-help-command-plan-risk-add = Dodaj ryzyko
cli-help-arg-plan-risk-add-likelihood = od 1 (rzadkie) do 5 (prawie pewne)
cli-help-arg-plan-risk-add-impact = od 1 (niewielki) do 5 (poważny)
cli-help-arg-plan-diff-rev-a = Numer starszej wersji
cli-help-arg-plan-diff-rev-b = Numer nowszej wersji
cli-help-arg-plan-restore-rev = Numer wersji
cli-help-arg-plan-status-status = draft, in-review, final lub adopted
cli-help-arg-plan-status-date = Dzień, w którym rada przyjęła plan (RRRR-MM-DD), dla adopted
cli-help-arg-plan-comment-author = Imię i nazwisko recenzenta
cli-help-arg-plan-send-out = Plik do zapisania
cli-help-arg-plan-receive-file = Plik .convene-plan
cli-help-arg-plan-resolve-key = Klucz konfliktu: klucz sekcji albo action:ID, indicator:ID, risk:ID (`convene plan conflicts` je wypisuje)
cli-help-arg-plan-resolve-ours = Zachowaj nasz tekst
cli-help-arg-plan-resolve-theirs = Przyjmij ich tekst
cli-help-arg-plan-resolve-text = Wstaw ten scalony tekst
cli-help-arg-plan-resolve-file = Wstaw scalony tekst z tego pliku
cli-help-arg-plan-export-format = docx, pdf, md (lub markdown) albo html [domyślnie: według rozszerzenia --out]
cli-help-arg-plan-export-out = Plik do zapisania (zastępowany, jeśli istnieje)
cli-help-arg-plan-author-name = Nowe imię i nazwisko ("" wraca do nazwy użytkownika systemu)
cli-help-arg-account = Konto, którego folder WebDAV zawiera plik (convene account list)
cli-help-arg-folder = Folder na serwerze (bezwzględny lub względem adresu konta) [domyślnie: folder ostatniego push lub pull, w przeciwnym razie adres konta]
cli-help-arg-password-stdin = Odczytaj hasło z pierwszego wiersza standardowego wejścia
cli-help-command-practice-show = Dobra praktyka ze wszystkimi sekcjami i sieciami, które z niej korzystają
cli-help-arg-practice-show-id = Identyfikator lub tytuł praktyki
cli-help-command-practice-add = Dodaj dobrą praktykę
cli-help-arg-practice-add-title = Nazwa praktyki
cli-help-arg-practice-add-tagline = Jedno zdanie o tym, czym jest
cli-help-arg-city = Miasto, z którego pochodzi
cli-help-arg-country = Kod ISO 3166-1 (ES), nazwa kraju (Hiszpania) lub region
cli-help-arg-author = Kto ją opisał
cli-help-arg-author-role = Rola autora („Koordynatorka projektu”)
cli-help-arg-figure = Liczba, którą praktyka eksponuje („521 946 mieszkańców”)
cli-help-arg-transfer = Czy sieci ją przenoszą: yes lub no [przy dodawaniu: no]
cli-help-arg-networks = Sieci, które z niej korzystają, według krótkiej nazwy lub nazwy, rozdzielone przecinkami ("" dla żadnej)
cli-help-arg-sections = Plik tekstowy z jej sekcjami (wiersze „## Nagłówek”, tekst pod spodem); - czyta standardowe wejście
cli-help-command-practice-update = Zmień dobrą praktykę; zmieniają się tylko podane opcje (pusta wartość czyści pole)
cli-help-arg-practice = Identyfikator lub tytuł praktyki
cli-help-arg-practice-update-tagline = Jedno zdanie o tym, czym jest
cli-help-command-practice-remove = Usuń dobrą praktykę
cli-help-arg-search-text = Szukane słowa (wszystkie muszą pasować; akcenty i wielkość liter nie mają znaczenia)
cli-help-arg-search-limit = Najwyżej tyle wyników
cli-help-arg-backup-file = Gdzie zapisać kopię
cli-help-command-export-json = Wszystko jako jeden dokument JSON (zob. docs/json.md); na standardowe wyjście, chyba że podano --out
cli-help-arg-out = Zapisz do tego pliku zamiast na standardowe wyjście
cli-help-command-export-ics = Spotkania sieci jako plik iCalendar (.ics); na standardowe wyjście, chyba że podano --out
cli-help-arg-export-ics-partner = Tylko widok tego partnera: co gości lub w czym uczestniczy, oraz spotkania całej sieci
cli-help-arg-export-ics-meeting = Tylko to spotkanie (jego identyfikator lub UID)
cli-help-arg-export-ics-from = Tylko spotkania z dniem w tym dniu lub później (RRRR-MM-DD)
cli-help-arg-export-ics-to = Tylko spotkania z dniem w tym dniu lub wcześniej (RRRR-MM-DD)
cli-help-arg-export-ics-reminder = Przypomnienie tyle przed każdym spotkaniem: 1d, 2h, 30m, 1w lub połączone (1d12h)
cli-help-note-holidays = Dwie litery oznaczają kraj, jako kod ISO 3166-1 (FR, es, XK): jego święta państwowe.
    Wszystko inne oznacza sieć (krótka nazwa lub nazwa): każdy dzień, w którym któryś z jej partnerów nie
    pracuje (święta państwowe i regionalne oraz dni wolne zapisane przez `convene dayoff add`).
    Okres to --year ROK albo --from DATA --to DATA (oba dni włącznie).
    Daty pochodzą z python-holidays; kraj, którego nie obejmuje, jest odrzucany z listą tych, które obejmuje.
cli-help-arg-holidays-target = Dwuliterowy kod kraju (FR) albo krótka nazwa lub nazwa sieci
cli-help-arg-holidays-region = Z krajem: także święta jego regionu, kod ISO 3166-2, np. ES-CN lub DE-BY
cli-help-arg-holidays-year = Cały rok
cli-help-arg-holidays-from = Pierwszy dzień, RRRR-MM-DD
cli-help-arg-holidays-to = Ostatni dzień, RRRR-MM-DD
cli-help-command-dayoff-list = Dni wolne zapisane dla partnerów sieci, według daty
cli-help-arg-dayoff-list-partner = Tylko tego partnera (jego identyfikator lub nazwa)
cli-help-command-dayoff-add = Zapisz dzień, w którym partner nie pracuje (święto patrona, wybory lokalne)
cli-help-arg-dayoff-add-date = Dzień, RRRR-MM-DD
cli-help-arg-dayoff-add-name = Czym jest ten dzień („Dzień św. Jana”)
cli-help-command-dayoff-remove = Usuń dzień wolny partnera; --name wybiera, gdy ma ich kilka tego dnia
cli-help-arg-dayoff-remove-date = Dzień, RRRR-MM-DD
cli-help-arg-dayoff-remove-name = Nazwa dnia wolnego
cli-help-arg-invite-network = Krótka nazwa lub nazwa sieci (albo, podane samodzielnie, identyfikator lub UID spotkania)
cli-help-arg-organizer = Adres e-mail organizatora (nadawcy; odpowiedzi wracają do niego)
cli-help-arg-invite-to = Adres e-mail uczestnika; powtórz opcję albo rozdziel adresy przecinkami
cli-help-arg-invite-out = Zapisz wiadomość do tego pliku (.eml) zamiast na standardowe wyjście
cli-help-arg-slots-from = Pierwszy dzień wyszukiwania, RRRR-MM-DD
cli-help-arg-slots-to = Ostatni dzień wyszukiwania, RRRR-MM-DD (spotkanie musi się skończyć przed jego północą)
cli-help-arg-slots-duration = Jak długo trwa spotkanie: 2h, 90m, 1h30
cli-help-arg-slots-days = Zamiast tego całe dni: N kolejnych dni, w które żaden partner nie ma święta
cli-help-arg-slots-hours = Godziny pracy według zegara każdego partnera [domyślnie: 09:00-17:00]
cli-help-arg-slots-partners = Liczy się tylko zegar tego partnera (powtórz dla kilku) [domyślnie: wszyscy partnerzy]
cli-help-arg-slots-exclude-weekends = Pomiń godziny, które dla któregoś partnera wypadają w sobotę lub niedzielę
cli-help-arg-slots-limit = Ile terminów wypisać, najlepsze najpierw
cli-help-arg-slots-tz = Zegar dla --from, --to i nagłówka każdego terminu [domyślnie: UTC]
cli-help-command-poll-create = Rozpocznij ankietę: terminy, w których mogłoby się odbyć spotkanie
cli-help-arg-poll-create-title = Tytuł spotkania
cli-help-arg-poll-create-kind = Rodzaj spotkania: kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review, other
cli-help-arg-poll-create-host = Miasto partnerskie gospodarz
cli-help-arg-poll-create-options = Proponowany termin: „RRRR-MM-DD GG:MM/GG:MM” albo RRRR-MM-DD (cały dzień); powtórz dla każdego
cli-help-arg-poll-create-tz = Strefa czasowa godzin w opcjach [domyślnie: strefa gospodarza]
cli-help-arg-poll-create-deadline = Odpowiedź do tego dnia (RRRR-MM-DD)
cli-help-command-poll-invite = Zapisz zaproszenia do odpowiedzi (jeden .eml na odbiorcę, wstępna rezerwacja na każdy termin)
cli-help-arg-poll = Identyfikator ankiety
cli-help-arg-poll-invite-to = Odbiorca, kontakt partnera [domyślnie: kontakty wszystkich partnerów]; powtórz albo rozdziel przecinkami
cli-help-arg-poll-invite-out = Folder, do którego zapisać wiadomości
cli-help-command-poll-replies = Odczytaj odpowiedzi odesłane przez partnerów: odpowiedzi (.eml, .ics) lub siatki odpowiedzi (.txt)
cli-help-arg-poll-replies-files = Pliki z odpowiedziami
cli-help-command-poll-answer = Zapisz ręcznie odpowiedzi partnera
cli-help-arg-poll-answer-partner = Nazwa lub identyfikator miasta partnerskiego
cli-help-arg-poll-answer-options = N=yes, N=maybe lub N=no dla terminu N; powtórz opcję dla kilku terminów
cli-help-command-poll-show = Kto może przyjść i kiedy: każdy termin dla każdego partnera oraz kto nie odpowiedział
cli-help-command-poll-close = Wybierz termin: tworzy spotkanie i zapisuje zaproszenie oraz zwolnienie pozostałych terminów
cli-help-arg-poll-close-option = Wybrany termin (jego numer)
cli-help-arg-poll-close-out = Zapisz zaproszenie na spotkanie i zwolnienie pozostałych terminów do tego folderu
cli-help-arg-poll-close-organizer = Nadawca tych wiadomości [domyślnie: organizator zaproszeń ankiety]
cli-help-command-poll-list = Ankiety sieci, najnowsze najpierw
cli-help-command-account-add = Dodaj konto serwera CalDAV/WebDAV (hasło trafia do pęku kluczy)
cli-help-arg-account-add-name = Krótka nazwa, by się do niego odwoływać (na przykład nextcloud)
cli-help-arg-account-add-url = Adres serwera (dla Nextcloud https://HOST/remote.php/dav; sam https://HOST zostanie wykryty)
cli-help-arg-account-add-user = Nazwa użytkownika na serwerze
cli-help-arg-account-add-ca-file = Plik PEM urzędu certyfikacji serwera z własnym certyfikatem
cli-help-command-account-list = Wypisz konta (nigdy ich haseł)
cli-help-command-account-test = Połącz się, wykryj kalendarze i powiedz, co znaleziono lub co dokładnie się nie udało
cli-help-command-account-remove = Usuń konto, jego hasło z pęku kluczy i to, co przez nie zapamiętano
cli-help-arg-publish-account = Konto (convene account list)
cli-help-arg-publish-calendar = Nazwa kalendarza na serwerze [domyślnie: nazwa sieci]
cli-help-arg-publish-ics-file = Trzymaj także cały plik .ics sieci pod tą ścieżką na serwerze (dla subskrybentów)
cli-help-command-conflict-resolve = Rozwiąż konflikt, zachowując jedną stronę
cli-help-arg-conflict-resolve-id = Identyfikator konfliktu (convene conflicts)

cli-help-arguments = Argumenty:
cli-help-commands = Polecenia:
