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
cli-cannot-write-json = kan de JSON niet schrijven: { $reason }
cli-warnings-heading = Waarschuwingen:
cli-file-error = { $file }: { $message }
cli-backup-done = Reservekopie van de database gemaakt in { $file }.
cli-export-json-done = Database geëxporteerd naar { $file }.
cli-import-json-done = { $summary } uit { $file }.
cli-import-warning = regel { $line }: { $message } ("{ $text }")
cli-ics-nothing-imported = { $file }: geen van de gebeurtenissen kon worden geïmporteerd ({ $count } overgeslagen, hierboven vermeld); corrigeer ze, of importeer het bestand in het agendaprogramma dat het heeft gemaakt en exporteer het opnieuw
cli-ics-column-id = id
cli-ics-column-when = wanneer
cli-ics-column-status = status
cli-ics-column-title = titel
cli-ics-created = Aangemaakt:
cli-ics-updated = Gewijzigd:
cli-ics-and-more = … en nog { $count }; `convene meetings { $slug }` toont alle bijeenkomsten.
cli-ics-skipped = Overgeslagen ({ $count }):
cli-warning = waarschuwing: { $warning }
cli-sync-ics-file = .ics-bestand: { $path }
cli-plan-pushed = "{ $plan }" geplaatst op { $href }.
cli-plan-pulled = "{ $plan }" gelezen van { $href }.
cli-plan-pulled-conflicts = { $count ->
    [one] { $count } conflict, naast elkaar in `convene plan conflicts { $plan }`; los het op met `convene plan resolve`.
   *[other] { $count } conflicten, naast elkaar in `convene plan conflicts { $plan }`; los elk op met `convene plan resolve`.
}
cli-conflicts-none = Geen conflicten.
cli-conflict-deleted = (verwijderd)
cli-conflict-heading = { $id }: "{ $title }" ({ $network }), gevonden op { $found }
cli-conflict-here = hier:
cli-conflict-on-server = op de server:
cli-conflicts-settle = Los elk op met: convene conflict resolve ID --keep local|remote
cli-plans-none = { $network } heeft nog geen actieplannen. `convene plan create { $slug } --partner STAD --title T` begint er een.
cli-column-id = ID
cli-column-partner = PARTNER
cli-column-title = TITEL
cli-column-status = STATUS
cli-column-revision = REV
cli-column-last-change-utc = LAATSTE WIJZIGING (UTC)
cli-column-by = DOOR
cli-plan-section-added = sectie { $key } toegevoegd
cli-plan-section-removed = sectie { $key } verwijderd
cli-plan-section-saved = { $key } opgeslagen
cli-plan-revision-restored = revisie { $revision } hersteld
cli-plan-conflict-settled = conflict in { $key } opgelost
cli-plan-saved = { $what }: revisie { $revision } door { $author }
cli-plan-unchanged = niets gewijzigd: het plan luidt al zo (revisie { $revision })
cli-plan-status-word = { $status ->
    [draft] een concept
    [in_review] in beoordeling
    [final] definitief
   *[adopted] vastgesteld
}
cli-plan-status-set = "{ $title }" is nu { $status }
cli-plan-status-set-on = "{ $title }" is sinds { $date } { $status }
cli-plan-comment-added = opmerking { $id } toegevoegd aan { $key } door { $author }
cli-plan-sent = { $count ->
    [one] "{ $title }" met { $count } revisie geschreven naar { $file }
   *[other] "{ $title }" met { $count } revisies geschreven naar { $file }
}
cli-plan-received-settle = Los elk op met `convene plan resolve { $id } SLEUTEL --ours | --theirs | --text T`.
cli-plan-conflicts-none = Geen conflicten om op te lossen.
cli-plan-author-default = { $name } (de gebruikersnaam van het systeem; stel er een in met `convene plan author NAAM`)
cli-plan-conflict = conflict in { $label } ({ $key }):
cli-plan-conflict-ours = onze:
cli-plan-conflict-theirs = hun:
cli-plan-conflict-removed = (verwijderd)
cli-plan-created = plan { $id } "{ $title }" aangemaakt voor { $partner }
cli-plan-section-keys = Plan { $id }. Secties om te schrijven met `convene plan section set { $id } SLEUTEL`: { $keys }
cli-plan-open-comments = Open opmerkingen
cli-plan-open-conflicts = { $count ->
    [one] { $count } conflict met de kopie van een partner op te lossen: `convene plan conflicts { $id }`
   *[other] { $count } conflicten met de kopie van een partner op te lossen: `convene plan conflicts { $id }`
}
cli-poll-created = { $count ->
    [one] Peiling { $id } "{ $title }" aangemaakt met { $count } datum.
   *[other] Peiling { $id } "{ $title }" aangemaakt met { $count } datums.
}
cli-poll-invitations-written = { $count ->
    [one] { $count } uitnodiging geschreven naar { $folder }: verstuur die vanuit uw e-mailprogramma.
   *[other] { $count } uitnodigingen geschreven naar { $folder }: verstuur elk vanuit uw e-mailprogramma.
}
cli-poll-column-file = Bestand
cli-poll-column-partner = Partner
cli-poll-column-date = Datum
cli-poll-column-answer = Antwoord
cli-poll-column-recorded = Vastgelegd
cli-poll-column-yes = Ja
cli-poll-column-if-need-be = Zo nodig
cli-poll-column-no = Nee
cli-poll-column-zone = Tijdzone
cli-poll-column-id = Id
cli-poll-column-title = Titel
cli-poll-column-dates = Datums
cli-poll-column-answered = Geantwoord
cli-poll-no-answer-recorded = er is geen antwoord vastgelegd
cli-poll-not-an-answer = "{ $text }" is niet N=ANTWOORD; schrijf het nummer van de datum en yes, maybe of no, zoals 2=yes
cli-poll-answers-recorded = { $count ->
    [one] { $count } antwoord van { $partner } vastgelegd.
   *[other] { $count } antwoorden van { $partner } vastgelegd.
}
cli-label-poll = Peiling
cli-label-host = Gastheer
cli-label-deadline = Uiterste datum
cli-label-state = Stand
cli-poll-state-closed-on = gesloten op datum { $number } (bijeenkomst { $meeting })
cli-poll-state-open = open
cli-poll-state-closed = gesloten
cli-poll-all-answered = Alle partners hebben geantwoord.
cli-poll-not-answered = Niet geantwoord: { $partners }
cli-poll-organizer-needed = de uitnodigingen van de peiling zijn nooit geschreven; geef de afzender van de uitnodiging voor de bijeenkomst op met --organizer
cli-poll-closed = Peiling { $id } gesloten op datum { $number }: bijeenkomst { $meeting } "{ $title }" aangemaakt, { $when }.
cli-poll-no-messages-written = Geen berichten geschreven: geef --out MAP op om de uitnodiging voor de bijeenkomst en het vrijgeven van de andere datums te schrijven.
cli-polls-none = { $network } heeft nog geen peilingen.
cli-reminder-not-a-duration = "{ $text }" is geen tijdsduur; schrijf die als 1d, 2h of 30m
cli-ics-export-written = { $count ->
    [one] { $count } bijeenkomst geschreven.
   *[other] { $count } bijeenkomsten geschreven.
}
cli-ics-export-written-to = { $count ->
    [one] { $count } bijeenkomst geschreven naar { $file }.
   *[other] { $count } bijeenkomsten geschreven naar { $file }.
}
cli-ics-export-written-left-out = { $count ->
    [one] { $count } bijeenkomst geschreven
   *[other] { $count } bijeenkomsten geschreven
}; { $undated ->
    [one] { $undated } nog zonder datum is weggelaten.
   *[other] { $undated } nog zonder datum zijn weggelaten.
}
cli-ics-export-written-to-left-out = { $count ->
    [one] { $count } bijeenkomst geschreven
   *[other] { $count } bijeenkomsten geschreven
} naar { $file }; { $undated ->
    [one] { $undated } nog zonder datum is weggelaten.
   *[other] { $undated } nog zonder datum zijn weggelaten.
}
cli-invite-written = { $method ->
    [cancel] Afzegging geschreven: { $subject }.
   *[request] Uitnodiging geschreven: { $subject }.
}
cli-invite-written-to = { $method ->
    [cancel] Afzegging geschreven naar { $file }: { $subject }.
   *[request] Uitnodiging geschreven naar { $file }: { $subject }.
}
cli-not-a-date-time = "{ $text }" is geen datum en tijd; schrijf die als "JJJJ-MM-DD UU:MM"
cli-not-a-month = "{ $text }" is geen maand; schrijf die als JJJJ-MM (of een jaar, JJJJ)
cli-meeting-no-start-yet = de bijeenkomst heeft nog geen begintijd; geef --start en --end op
cli-meeting-end-needed = geef --end op met --start ("JJJJ-MM-DD UU:MM" of "UU:MM")
cli-meeting-no-day-yet = de bijeenkomst heeft nog geen dag; geef --date (en --until) op
cli-not-a-time-of-day = "{ $text }" is geen tijdstip; schrijf het als UU:MM (14:30)
cli-agenda-speaker = (spreker: { $speaker })
cli-agenda-empty = De agenda is leeg. Voeg een punt toe met `convene agenda { $slug } { $meeting } add --title TEKST`.
cli-agenda-heading = Agenda van { $title } (bijeenkomst { $meeting })
cli-agenda-item-added = Punt { $number } toegevoegd aan de agenda van { $title }:
cli-agenda-item-changed = Punt { $number } van de agenda van { $title } gewijzigd:
cli-agenda-item-moved = Punt { $number } verplaatst naar plaats { $place } in de agenda van { $title }:
cli-agenda-item-removed = Punt { $number } verwijderd uit de agenda van { $title }:
cli-agenda-item-removed-named = Punt { $number } ({ $item }) verwijderd uit de agenda van { $title }:
cli-holidays-which-days = zeg welke dagen: --year JAAR, of --from DATUM --to DATUM
cli-holidays-region-needs-country = --region hoort bij een landcode (convene holidays ES --region ES-CN ...); de partners van een netwerk hebben elk hun eigen regio (convene partner update NETWERK STAD --region CODE)
cli-holidays-heading = Feestdagen in { $country } ({ $code }), { $span }:
cli-holidays-heading-region = Feestdagen in { $country } ({ $code }) met { $region }, { $span }:
cli-holidays-none = geen.
cli-holiday-estimated = { $name } (geschatte datum)
cli-holiday-national = landelijk
cli-column-date = DATUM
cli-column-day = DAG
cli-column-holiday = FEESTDAG
cli-column-where = WAAR
cli-holidays-no-dates-before = (python-holidays heeft geen datums vóór { $first_year } voor { $code }.)
cli-holidays-network-none = Geen partner van { $network } heeft een feestdag of vrije dag, { $span }.
cli-holidays-network-heading = Vrije dagen van de partners van { $network }, { $span }:
cli-holidays-uncovered = Convene heeft geen feestdagen voor: { $partners } (alleen hun vastgelegde vrije dagen tellen).
cli-day-off-line = "{ $name }" op { $date } ({ $weekday })
cli-days-off-none-partner = Er is geen vrije dag vastgelegd voor { $partner }. Voeg er een toe met `convene dayoff add { $slug } --partner STAD --date JJJJ-MM-DD --name TEKST`.
cli-days-off-none-network = Er is geen vrije dag vastgelegd voor de partners van { $network }. Voeg er een toe met `convene dayoff add { $slug } --partner STAD --date JJJJ-MM-DD --name TEKST`.
cli-day-off-added = Vrije dag { $day } toegevoegd voor { $partner } (id { $id }).
cli-day-off-added-also-holiday = Vrije dag { $day } toegevoegd voor { $partner } (id { $id }). Het is daar ook een feestdag: { $holidays }.
cli-day-off-which = { $partner } heeft { $count } vrije dagen op { $date }: { $names }; zeg welke met --name
cli-day-off-removed = Vrije dag { $day } van { $partner } verwijderd.
cli-meeting-id-and-date = id { $id } ({ $date })
cli-meetings-same-title = { $count } bijeenkomsten van { $network } heten "{ $key }": { $meetings }; gebruik het id
cli-to-before-from = { $to } ligt vóór --from { $from }
cli-meetings-none = { $network } heeft geen bijeenkomsten.
cli-meetings-none-in-period = { $network } heeft geen bijeenkomsten in die periode.
cli-column-when = WANNEER
cli-column-mode = VORM
cli-column-country = LAND
cli-column-zone = TIJDZONE
cli-column-offset = VERSCHIL
cli-column-local-time = LOKALE TIJD
cli-column-note = OPMERKING
cli-label-network = Netwerk
cli-label-when = Wanneer
cli-label-venue = Locatie
cli-label-mode = Vorm
cli-label-status = Status
cli-label-uid = UID
cli-label-sequence = Volgnummer
cli-meeting-warnings = Waarschuwingen
cli-meeting-local-times = Lokale tijden
cli-local-time-outside-working-hours = buiten werktijd
cli-local-time-weekend = weekend
cli-meeting-agenda = Agenda
cli-meeting-attendance = Aanwezigheid
cli-meeting-attendance-contact = { $name } (contactpersoon): { $answer }
cli-meeting-needs-start-and-end = een bijeenkomst met tijden heeft --start en --end nodig
cli-meeting-tz-needs-times = --tz geldt voor --start en --end; geef die ook op
cli-meeting-until-needs-date = --until heeft --date nodig (de eerste dag)
cli-meeting-added = Bijeenkomst { $id } toegevoegd aan { $network }: { $title }, { $when }.
cli-meeting-updated = Bijeenkomst { $id } gewijzigd: { $title } ({ $when }).
cli-meeting-updated-sequence = Bijeenkomst { $id } gewijzigd: { $title } ({ $when }); agenda's zien de wijziging (volgnummer { $sequence }).
cli-meeting-deleted = Bijeenkomst { $id } verwijderd: { $title }.
cli-not-a-population = "{ $text }" is geen geheel aantal inwoners
cli-partner-name-and-id = { $name } (id { $id })
cli-partners-same-name = { $count } partners van { $network } heten "{ $key }": { $partners }; gebruik het id
cli-partners-none = { $network } heeft nog geen partners. Voeg er een toe met `convene partner add { $slug } --name STAD --country CC`.
cli-column-role = ROL
cli-column-time-zone = TIJDZONE
cli-column-population = INWONERS
cli-column-contacts = CONTACTPERSONEN
cli-label-country = Land
cli-label-region = Regio
cli-label-role = Rol
cli-label-time-zone = Tijdzone
cli-label-population = Inwoners
cli-label-notes = Notities
cli-partner-contacts = Contactpersonen
cli-partner-local-group = Lokale groep
cli-partner-added = { $name } ({ $country }, { $zone }) toegevoegd aan { $network } als { $role ->
    [lead_partner] leidende partner
    [good_practice_city] goedepraktijkstad
    [transfer_city] overdrachtsstad
    [associated] geassocieerde partner
   *[partner] partner
} (id { $id }).
cli-partner-updated = { $name } ({ $country }, { $zone }) gewijzigd in { $network }.
cli-partner-deleted = { $name } verwijderd uit { $network }.
cli-partner-deleted-with = { $name } verwijderd uit { $network } ({ $also }).
cli-milestone-not-a-month = "{ $text }" is geen maand; schrijf die als JJJJ-MM
cli-milestones-same-title = { $count } mijlpalen heten "{ $key }": { $milestones }; gebruik het id
cli-milestone-line = { $title } ({ $when }, { $kind }, id { $id })
cli-milestone-line-done = { $title } ({ $when }, { $kind }, gedaan, id { $id })
cli-milestone-needs-date = een mijlpaal heeft zijn dag (--date JJJJ-MM-DD) of zijn maand (--month JJJJ-MM) nodig
cli-milestone-added = Mijlpaal { $milestone } toegevoegd aan { $network }.
cli-milestone-updated = Mijlpaal { $milestone } gewijzigd.
cli-milestone-removed = Mijlpaal { $milestone } verwijderd uit { $network }.
cli-milestones-none = { $network } heeft nog geen mijlpalen. Voeg er een toe met `convene milestone add { $slug } --title TEKST --date JJJJ-MM-DD`.
cli-milestone-done-word = gedaan
cli-column-done = GEDAAN
cli-practices-none = Nog geen goede praktijken. Voeg er een toe met `convene practice add --title TITEL`, of importeer ze uit URBACT-pagina's met `convene import urbact BESTAND`.
cli-yes = ja
cli-column-city = STAD
cli-column-transfer = OVERDRACHT
cli-column-network = NETWERK
cli-column-match = OVEREENKOMST
cli-practices-same-title = { $count } goede praktijken heten "{ $key }"; gebruik het id
cli-label-city = Stad
cli-label-author = Auteur
cli-label-figure = Kerncijfer
cli-label-transfer = Overdracht
cli-label-networks = Netwerken
cli-practice-transferred = ja, overgedragen door netwerken
cli-limit-at-least-one = moet minstens 1 zijn
cli-search-nothing = Niets komt overeen met "{ $text }".
cli-cannot-read-stdin = kan de secties niet lezen van de standaardinvoer: { $reason }
cli-practice-line = { $title } (id { $id }, { $count ->
    [one] { $count } sectie
   *[other] { $count } secties
})
cli-practice-line-from = { $title } (id { $id }, { $from }, { $count ->
    [one] { $count } sectie
   *[other] { $count } secties
})
cli-practice-added = Goede praktijk { $practice } toegevoegd.
cli-practice-updated = Goede praktijk { $practice } gewijzigd.
cli-practice-removed = Goede praktijk { $title } (id { $id }) verwijderd.
cli-person-of-partner = { $name } van { $partner } (id { $id })
cli-people-same-name = { $count } personen van { $place } heten "{ $key }": { $people }; gebruik het id
cli-contacts-none = { $place } heeft nog geen contactpersonen. Voeg er een toe met `convene contact add { $slug } --partner STAD --name NAAM`.
cli-local-group-none = { $place } heeft nog geen leden van de lokale groep. Voeg er een toe met `convene local-group add { $slug } --partner STAD --name NAAM`.
cli-column-email = E-MAIL
cli-column-phone = TELEFOON
cli-column-organisation = ORGANISATIE
cli-contact-added = { $name } toegevoegd aan de contactpersonen van { $partner } (id { $id }).
cli-contact-updated = { $name }, contactpersoon van { $partner }, gewijzigd (id { $id }).
cli-contact-removed = { $name } verwijderd uit de contactpersonen van { $partner }.
cli-member-added = { $name } toegevoegd aan de lokale groep van { $partner } (id { $id }).
cli-member-updated = { $name }, lokale groep van { $partner }, gewijzigd (id { $id }).
cli-member-removed = { $name } verwijderd uit de lokale groep van { $partner }.
cli-plan-export-format-unknown = kan het formaat niet afleiden uit "{ $file }"; voeg --format docx, pdf, md of html toe
cli-plan-exported = "{ $title }" geschreven naar { $file } ({ $format }, { $size })
cli-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
cli-size-kilobytes = { $count } kB
cli-not-a-funding-line = "{ $text }" is niet BRON=EUR (zoals erdf=12000)
cli-plan-action-added = actie "{ $title }" toegevoegd
cli-plan-indicator-added = indicator "{ $name }" toegevoegd
cli-plan-risk-added = risico toegevoegd
cli-meeting-already = Bijeenkomst { $id } ({ $title }) was al { $status ->
    [confirmed] bevestigd
    [held] gehouden
    [postponed] uitgesteld
    [tentative] voorlopig
   *[cancelled] afgezegd
}.
cli-meeting-confirmed = Bijeenkomst { $id } bevestigd: { $title } ({ $when }){ $changed ->
    [yes] ; agenda's zien de wijziging (volgnummer { $sequence })
   *[no] {""}
}.
cli-meeting-marked-held = Bijeenkomst { $id } gemarkeerd als gehouden: { $title } ({ $when }){ $changed ->
    [yes] ; agenda's zien de wijziging (volgnummer { $sequence })
   *[no] {""}
}.
cli-meeting-cancelled = Bijeenkomst { $id } afgezegd: { $title } ({ $when }){ $changed ->
    [yes] ; agenda's zien de wijziging (volgnummer { $sequence })
   *[no] {""}
}.
cli-meeting-postponed-undated = Bijeenkomst { $id } uitgesteld: { $title }; nog geen nieuwe datum, dus agenda's horen dat ze niet doorgaat op { $when } (volgnummer { $sequence }).
cli-meeting-postponed-to = Bijeenkomst { $id } uitgesteld: { $title }; nu { $when }, voorlopig tot ze bevestigd is (volgnummer { $sequence }).
cli-not-an-attendance-status = "{ $text }" is niet een van: invited, confirmed (of accepted), declined, tentative, attended, none
cli-attendance-status = { $status ->
    [accepted] aangenomen
    [declined] afgeslagen
    [tentative] onder voorbehoud
    [attended] aanwezig geweest
   *[invited] uitgenodigd
}
cli-attendance-none = Er staat nog niemand op de lijst.
cli-attendee-partner = partner
cli-attendee-contact = contactpersoon
cli-column-who = WIE
cli-attendance-heading = Aanwezigheid bij { $title } (bijeenkomst { $meeting })
cli-attendance-set = { $name }: { $answer } voor { $title }.
cli-attendance-removed = { $name } staat niet meer op de lijst van { $title }.
cli-slots-how-long = zeg hoe lang de bijeenkomst duurt: --duration 2h, of --days N voor hele dagen
cli-length-minutes = { $minutes } minuten
cli-length-hours = { $hours } uur
cli-length-hours-minutes = { $hours }u{ $minutes }
cli-slots-heading = { $network }: { $count ->
    [one] { $count } begintijd
   *[other] { $count } begintijden
} voor een bijeenkomst van { $length } van { $from } tot { $to } ({ $zone }; werktijden { $hours } op de klok van elke partner).
cli-slots-none-suit-all = Geen enkele past alle partners; de minst lastige komen eerst.
cli-slots-suit-all = { $count ->
    [one] { $count } past alle partners.
   *[other] { $count } passen alle partners.
}
cli-slots-nothing-fits = Geen tijd past in die periode; verruim die of maak de bijeenkomst korter.
cli-slot-suits-everyone = past iedereen
cli-slot-awkward = lastig voor { $troubled } van { $count } (last: hoogste { $worst }, totaal { $total })
cli-column-problems = PROBLEMEN
cli-days-heading = { $network }: { $count ->
    [one] { $count } keuze
   *[other] { $count } keuzes
} van { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
} van { $from } tot { $to } waarop geen partner een feestdag heeft{ $weekends ->
    [left-out] {" "}(weekenden niet meegeteld)
   *[counted] {""}
}.
cli-date-span = { $first } tot { $last }
cli-days-also = (ook: { $meetings })
cli-days-left-out = Weggelaten dagen:
cli-rotation-heading = { $network }: { $count ->
    [one] { $count } fysieke bijeenkomst
   *[other] { $count } fysieke bijeenkomsten
}, gehouden of gepland.
cli-rotation-no-partners = Het heeft nog geen partners.
cli-column-hosted = ONTVANGEN
cli-column-held = GEHOUDEN
cli-column-planned = GEPLAND
cli-column-last-hosted = LAATST ONTVANGEN
cli-rotation-without-host = { $count ->
    [one] { $count } bijeenkomst heeft nog geen gaststad.
   *[other] { $count } bijeenkomsten hebben nog geen gaststad.
}
cli-rotation-not-hosted = Nog geen gastheer geweest: { $partners }.
cli-rotation-next = Volgende gastheren, de eerlijkste eerst: { $partners }.
cli-column-time-utc = TIJD (UTC)
cli-column-author = AUTEUR
cli-column-message = BERICHT
cli-plan-diff-heading = revisie { $from } ({ $from_author }, { $from_time }) -> revisie { $to } ({ $to_author }, { $to_time })
cli-plan-diff-none = Geen verschillen.
cli-plan-diff-section-added = (toegevoegd)
cli-plan-diff-section-removed = (verwijderd)
cli-plan-diff-section-renamed = (was { $title })
cli-plan-diff-reordered = De secties zijn in een andere volgorde gezet.
cli-plan-diff-row = { $row ->
    [indicator] indicator
    [risk] risico
   *[action] actie
} "{ $label }" { $change ->
    [added] toegevoegd
    [removed] verwijderd
   *[changed] gewijzigd: { $fields }
}
cli-account-password-stored = het wachtwoord staat in de sleutelhanger
cli-account-no-keyring = geen sleutelhanger antwoordde ({ $reason }), dus het wachtwoord is niet opgeslagen: geef het bij elke opdracht op met --password-stdin of { $variable }
cli-account-no-password = geen wachtwoord opgegeven: geef het bij elke opdracht op met --password-stdin of { $variable }
cli-account-added = Account { $name } toegevoegd ({ $url } als { $user }); { $password }.
cli-accounts-none = Nog geen accounts: convene account add NAAM --url URL --user GEBRUIKER --password-stdin
cli-account-column-name = naam
cli-account-column-url = url
cli-account-column-user = gebruiker
cli-account-column-ca-file = CA-bestand
cli-account-works = { $name } werkt.
    principal: { $principal }
    agendamap: { $home }
    agenda's: { $count }
cli-account-calendar-no-name = (zonder naam)
cli-account-removed = Account { $name } en het wachtwoord ervan in de sleutelhanger verwijderd.
cli-not-an-export-format = "{ $text }" is geen exportformaat; gebruik docx, pdf, md of html

publish-kept-local-create = "{ $title }" houdt de versie van Convene; de volgende publicatie maakt hem opnieuw aan op de server.
publish-kept-local-overwrite = "{ $title }" houdt de versie van Convene; de volgende publicatie overschrijft die van de server.
publish-kept-local-deleted = "{ $title }" blijft verwijderd; de volgende publicatie verwijdert hem op de server.
publish-kept-remote-deleted = "{ $title }" is hier verwijderd, net als op de server.
publish-kept-remote = "{ $title }" heeft hier nu de versie van de server.
publish-change-time = tijd: { $before } -> { $after }
publish-change-title = titel: "{ $before }" -> "{ $after }"
publish-change-place = plaats: "{ $before }" -> "{ $after }"
publish-change-status = status: { $before } -> { $after }
publish-change-description = beschrijving
publish-change-online-link = onlinelink: { $before } -> { $after }
publish-said-last-modified = laatst gewijzigd { $when }
publish-said-changed-by = gewijzigd door { $who }
publish-said-organiser = organisator: { $who }
publish-said-who-unknown = de afspraak zegt niet wie hem heeft gewijzigd

cli-value-meeting-kind-kick-off = Aftrap
cli-value-meeting-kind-transnational = Transnationale bijeenkomst
cli-value-meeting-kind-city-visit = Stadsbezoek
cli-value-meeting-kind-final-event = Slotevenement
cli-value-meeting-kind-local-group = URBACT Lokale Groep
cli-value-meeting-kind-online-touch-base = Online afstemming
cli-value-meeting-kind-phase-review = Fase-evaluatie
cli-value-meeting-kind-other = Overig
cli-value-poll-answer-yes = Ja
cli-value-poll-answer-maybe = Zo nodig
cli-value-poll-answer-no = Nee
cli-value-meeting-mode-in-person = Fysiek
cli-value-meeting-mode-online = Online
cli-value-meeting-mode-hybrid = Hybride
cli-value-meeting-status-tentative = Voorlopig
cli-value-meeting-status-confirmed = Bevestigd
cli-value-meeting-status-held = Gehouden
cli-value-meeting-status-postponed = Uitgesteld
cli-value-meeting-status-cancelled = Geannuleerd
cli-value-attendance-invited = Uitgenodigd
cli-value-attendance-accepted = Geaccepteerd
cli-value-attendance-declined = Afgewezen
cli-value-attendance-tentative = Misschien
cli-value-attendance-attended = Aanwezig geweest
cli-value-network-kind-action-planning = Actieplanning
cli-value-network-kind-transfer = Overdracht
cli-value-network-kind-innovation-transfer = Innovatieoverdracht
cli-value-network-kind-implementation = Uitvoering
cli-value-network-kind-other = Overig
cli-value-partner-role-lead-partner = Leadpartner
cli-value-partner-role-partner = Partner
cli-value-partner-role-good-practice-city = Goedepraktijkstad
cli-value-partner-role-transfer-city = Overdrachtsstad
cli-value-partner-role-associated = Geassocieerd
cli-value-plan-status-draft = Concept
cli-value-plan-status-in-review = In beoordeling
cli-value-plan-status-final = Definitief
cli-value-plan-status-adopted = Vastgesteld
cli-value-funding-source-city = Gemeentebegroting
cli-value-funding-source-erdf = EFRO
cli-value-funding-source-esf-plus = ESF+
cli-value-funding-source-national = Nationaal
cli-value-funding-source-regional = Regionaal
cli-value-funding-source-private = Privaat
cli-value-funding-source-other = Overig
cli-value-action-status-idea = Idee
cli-value-action-status-planned = Gepland
cli-value-action-status-ongoing = Lopend
cli-value-action-status-done = Afgerond
cli-value-action-status-dropped = Geschrapt
cli-value-indicator-kind-output = Output
cli-value-indicator-kind-result = Resultaat
cli-value-revision-kind-created = Aangemaakt
cli-value-revision-kind-edit = Bewerkt
cli-value-revision-kind-restore = Hersteld
cli-value-revision-kind-received = Ontvangen
cli-value-revision-kind-merge = Samengevoegd
cli-value-revision-kind-resolve = Conflict geregeld
cli-value-milestone-kind-phase = Begin of einde van een fase
cli-value-milestone-kind-deadline = Deadline
cli-value-milestone-kind-deliverable = Oplevering
cli-value-milestone-kind-decision = Besluit
cli-value-milestone-kind-event = Evenement
cli-value-milestone-kind-other = Overig
cli-value-hit-kind-network = Netwerk
cli-value-hit-kind-partner = Partner
cli-value-hit-kind-meeting = Bijeenkomst
cli-value-hit-kind-plan = Actieplan
cli-value-hit-kind-practice = Goede praktijk
cli-value-day-off-source-national = Feestdag
cli-value-day-off-source-regional = Regionale feestdag
cli-value-day-off-source-local = Lokale vrije dag

cli-help-usage = Gebruik:
cli-help-options = Opties:
cli-help-group-networks = Netwerken:
cli-help-group-partners = Partners en hun mensen:
cli-help-group-meetings = Bijeenkomsten:
cli-help-group-holidays = Feestdagen en vrije dagen:
cli-help-group-plans = Actieplannen:
cli-help-group-practices = Goede praktijken:
cli-help-group-data = Alle gegevens:
cli-help-group-servers = Agendaservers (CalDAV, WebDAV):
cli-help-group-meeting = De bijeenkomst:
cli-help-group-meeting-life = Het verloop:
cli-help-group-plan = Het plan:
cli-help-group-plan-content = De inhoud:
cli-help-group-plan-review = Beoordeling en geschiedenis:
cli-help-group-plan-exchange = Uitwisseling met de partnersteden:
cli-help-about = Netwerken, partnersteden, bijeenkomsten, actieplannen en goede praktijken van transnationale stedennetwerken
cli-help-after =
    NETWORK is de korte naam (slug) of de naam van een netwerk, in hoofd- of kleine letters, met of zonder accenten.
    De database is --db PATH, anders $CONVENE_DB, anders de convene.db van de desktop-app
    (op Linux ~/.local/share/eu.convene.app/convene.db).
cli-help-option-db = Het databasebestand [standaard: $CONVENE_DB, anders de convene.db van de desktop-app]
cli-help-option-json = Machineleesbare JSON schrijven in plaats van tekst
cli-help-option-lang = De taal van de meldingen: en, fr, de, es, it, pt, pl, nl, el, ro [standaard: uit $LC_ALL, $LC_MESSAGES, $LANG]
cli-help-option-help = Hulp tonen
cli-help-option-version = Versie tonen
cli-help-command-networks = Alle netwerken tonen
cli-help-command-network = Een netwerk tonen, toevoegen, wijzigen of verwijderen
cli-help-command-milestone = De mijlpalen van een netwerk tonen, toevoegen, wijzigen of verwijderen
cli-help-command-partners = De partners van een netwerk tonen
cli-help-command-partner = Een partner van een netwerk tonen, toevoegen, wijzigen of verwijderen
cli-help-command-contacts = De contactpersonen van de partners van een netwerk tonen
cli-help-command-contact = De contactpersoon van een partner toevoegen, wijzigen of verwijderen
cli-help-command-local-group = De leden van de URBACT Lokale Groep van een netwerk tonen, of er een toevoegen, wijzigen of verwijderen
cli-help-command-meetings = De bijeenkomsten van een netwerk op datum tonen (die zonder datum als laatste)
cli-help-command-meeting = Een bijeenkomst tonen, toevoegen, wijzigen, bevestigen, uitstellen, als gehouden markeren, afzeggen of verwijderen
cli-help-command-agenda = De agenda van een bijeenkomst tonen, of een punt toevoegen, wijzigen, verplaatsen of verwijderen
cli-help-command-attendance = Tonen wie voor een bijeenkomst is uitgenodigd, of het antwoord van een partner of contactpersoon vastleggen
cli-help-command-invite = Een uitnodiging per e-mail voor een bijeenkomst schrijven (een afzegging als die is afgezegd of uitgesteld)
cli-help-command-slots = Tijden vinden die de partners van een netwerk schikken: werktijden, weekenden, feestdagen, andere bijeenkomsten
cli-help-command-rotation = Wie de fysieke bijeenkomsten van het netwerk heeft ontvangen, en wie de volgende zou moeten ontvangen
cli-help-command-poll = De partners vragen welke data hen schikken, hun antwoorden lezen en van de gekozen datum een bijeenkomst maken
cli-help-command-holidays = De feestdagen van een land, of de dagen waarop de partners van een netwerk niet werken
cli-help-command-dayoff = De eigen vrije dagen van een partner tonen, toevoegen of verwijderen (een patroonheiligendag, lokale verkiezingen)
cli-help-command-plans = De actieplannen van een netwerk tonen met hun status en laatste wijziging
cli-help-command-plan = Een Geïntegreerd Actieplan opstellen, beoordelen, vergelijken, herstellen, verzenden en ontvangen
cli-help-command-practices = De goede praktijken tonen
cli-help-command-practice = Een goede praktijk tonen, toevoegen, wijzigen of verwijderen
cli-help-command-search = Zoeken in netwerken, partners, bijeenkomsten, actieplannen en goede praktijken
cli-help-command-import = URBACT-netwerkpagina's, een JSON-export van Convene of een iCalendar-bestand importeren
cli-help-command-export = De hele database exporteren, of bijeenkomsten als iCalendar-bestand
cli-help-command-backup = De hele database naar FILE kopiëren (online back-up van SQLite; veilig terwijl de app draait)
cli-help-command-help = Deze melding of de hulp bij de opgegeven subopdrachten tonen
cli-help-command-account = Een CalDAV/WebDAV-serveraccount toevoegen, tonen, testen of verwijderen (wachtwoorden blijven in de sleutelhanger)
cli-help-command-publish = De bijeenkomsten van een netwerk publiceren in een agenda op een CalDAV-server (na eerst de wijzigingen daar te lezen)
cli-help-command-pull = Wijzigingen op de CalDAV-server overnemen in een gepubliceerd netwerk
cli-help-command-conflicts = Bijeenkomsten tonen die zowel hier als op de server zijn gewijzigd, met beide versies
cli-help-command-conflict = Een conflict oplossen: de lokale of de externe versie houden
cli-help-password = Waar het wachtwoord vandaan komt: --password-stdin (de eerste regel van de standaardinvoer), anders $CONVENE_DAV_PASSWORD, anders de sleutelhanger van het besturingssysteem (waar `account add` het heeft opgeslagen). Een machine zonder bureaublad heeft geen sleutelhanger: gebruik daar --password-stdin of CONVENE_DAV_PASSWORD.
cli-help-meeting-note = De agenda van een bijeenkomst en wie er komt: `convene agenda NETWORK MEETING`, `convene attendance NETWORK MEETING`.
cli-help-command-meeting-show = Een bijeenkomst met haar agenda, de aanwezigheid en de tijd op de klok van elke partner
cli-help-command-meeting-add = Een bijeenkomst aan een netwerk toevoegen
cli-help-command-meeting-update = Een bijeenkomst wijzigen; alleen de opgegeven opties veranderen
cli-help-command-meeting-delete = Een bijeenkomst met haar agenda en de aanwezigheid verwijderen
cli-help-command-meeting-confirm = Een bijeenkomst als bevestigd markeren: ze vindt plaats op haar datum
cli-help-command-meeting-postpone = Een bijeenkomst naar een latere datum verplaatsen, of van de agenda halen tot er een bekend is (de oude datum blijft in de beschrijving)
cli-help-command-meeting-held = Een bijeenkomst als gehouden markeren (ze moet begonnen zijn)
cli-help-command-meeting-cancel = Een bijeenkomst als afgezegd markeren (ze blijft, zodat agenda's van de afzegging horen)
cli-help-command-plan-show = Een plan als document (de Markdown-export), daarna de sectiesleutels, waarschuwingen, open opmerkingen en conflicten
cli-help-command-plan-create = Een plan voor een partnerstad beginnen (negen standaardsecties, revisie 1)
cli-help-command-plan-status = Het plan verder brengen: draft, in-review, final, adopted (met --date), of een stap terug
cli-help-command-plan-language = De taal instellen waarin de documenten van het plan worden geëxporteerd (koppen, labels, data, bedragen)
cli-help-command-plan-export = Het plan schrijven als Word-, PDF-, Markdown- of HTML-document voor de gemeenteraad
cli-help-command-plan-author = De naam tonen waarmee wijzigingen worden ondertekend, of die instellen
cli-help-command-plan-section = De tekst van een sectie schrijven
cli-help-command-plan-action = Aan de actietabel toevoegen
cli-help-command-plan-indicator = Aan het resultatenkader toevoegen
cli-help-command-plan-risk = Aan de risico's toevoegen
cli-help-command-plan-comment = Een opmerking bij een sectie maken, als beoordelaar
cli-help-command-plan-revisions = Alle revisies, de nieuwste eerst
cli-help-command-plan-diff = Wat er tussen twee revisies is veranderd, woord voor woord
cli-help-command-plan-restore = De inhoud van een oude revisie weer actueel maken (als nieuwe revisie; er gaat niets verloren)
cli-help-command-plan-send = Het plan met zijn hele geschiedenis naar een .convene-plan-bestand voor een partner schrijven
cli-help-command-plan-receive = Een .convene-plan-bestand lezen: een nieuw plan, nieuwere revisies of een samenvoeging (conflicten worden gemeld)
cli-help-command-plan-push = Het .convene-plan-bestand van het plan in een WebDAV-map zetten (nooit over een kopie die niet eerst is opgehaald)
cli-help-command-plan-pull = Het .convene-plan-bestand van het plan uit de WebDAV-map lezen en samenvoegen, zoals `plan receive` doet
cli-help-command-plan-conflicts = De verschillen met de kopie van een partner die op een keuze wachten
cli-help-command-plan-resolve = Een conflict oplossen: onze versie houden, de hunne nemen of een samengevoegde tekst plaatsen

cli-clap-unknown-argument = onverwacht argument '{ $arg }'
cli-clap-tip-similar-argument = tip: er bestaat een vergelijkbaar argument: '{ $arg }'
cli-clap-tip-similar-subcommand = tip: er bestaat een vergelijkbare opdracht: '{ $command }'
cli-clap-tip-escape = tip: om '{ $arg }' als waarde door te geven, schrijf '-- { $arg }'
cli-clap-missing-value = '{ $arg }' vraagt een waarde, maar er is er geen gegeven
cli-clap-invalid-value = ongeldige waarde '{ $value }' voor '{ $arg }'
cli-clap-invalid-value-reason = ongeldige waarde '{ $value }' voor '{ $arg }': { $reason }
cli-clap-possible-values = mogelijke waarden: { $values }
cli-clap-unknown-subcommand = onbekende opdracht '{ $command }'
cli-clap-missing-arguments = deze verplichte argumenten ontbreken:{ $args }
cli-clap-missing-subcommand = '{ $command }' vraagt daarna een opdracht, en er is er geen gegeven
cli-clap-subcommands = opdrachten: { $values }
cli-clap-used-twice = het argument '{ $arg }' mag maar één keer gegeven worden
cli-clap-conflict = het argument '{ $arg }' kan niet samen met { $other } gebruikt worden
cli-clap-too-many-values = overbodige waarde '{ $value }' voor '{ $arg }'
cli-clap-wrong-number-of-values = '{ $arg }' neemt { $expected } waarden, gegeven: { $actual }
cli-clap-no-equals = '{ $arg }' krijgt zijn waarde na een isgelijkteken ({ $arg }=WAARDE)
cli-clap-invalid-utf8 = de opdrachtregel bevat tekst die geen geldige UTF-8 is
cli-clap-not-valid = de opdrachtregel is ongeldig
cli-clap-more-information = Meer informatie met '--help'.

cli-clap-not-a-whole-number = geen geheel getal

cli-help-command-import-urbact = Netwerken, partners, bijeenkomsten, plannen en praktijken importeren uit URBACT-pagina's
cli-help-arg-import-urbact-file = Een tekstbestand met URBACT-pagina's (elk record eindigt met een regel `Ref nid`)
cli-help-arg-import-urbact-start-year = Schema's met alleen een maand ("June (Basingstoke)") op volgorde dateren vanaf dit jaar
cli-help-arg-import-urbact-dry-run = Tonen wat geïmporteerd zou worden, zonder iets op te slaan
cli-help-command-import-json = Een bestand geschreven door `convene export json` importeren in een lege database
cli-help-arg-import-json-file = De JSON-export om te lezen
cli-help-command-import-ics = De afspraken van een iCalendar-bestand (.ics) importeren als bijeenkomsten van een netwerk
cli-help-arg-import-ics-file = Een iCalendar-bestand (.ics) geëxporteerd door een agendaprogramma
cli-help-arg-import-ics-network = Het netwerk waarvan de afspraken bijeenkomsten worden (korte naam of naam)
cli-help-arg-import-ics-strict = Het hele bestand weigeren bij de eerste afspraak die niet geïmporteerd kan worden, in plaats van de andere te importeren en de overgeslagen te tonen
cli-help-command-network-show = Alles over één netwerk: gegevens, fasen, partners, mijlpalen, plannen, importnotities
cli-help-arg-network = De korte naam of naam van het netwerk
cli-help-command-network-add = Een netwerk toevoegen
cli-help-arg-network-add-name = De naam van het netwerk
cli-help-arg-kind = action-planning, transfer, innovation-transfer, implementation of other [bij toevoegen: other]
cli-help-arg-slug = Korte naam voor de opdrachtregel [bij toevoegen: gemaakt van de naam]
cli-help-arg-tagline = Eén regel over waar het netwerk over gaat
cli-help-arg-description = Wat het netwerk doet, in een alinea of meer
cli-help-arg-programme = bijv. "URBACT IV"
cli-help-arg-start = Eerste dag, JJJJ-MM-DD
cli-help-arg-end = Laatste dag, JJJJ-MM-DD
cli-help-arg-email = E-mailadres voor contact
cli-help-arg-website = Webadres (https://...)
cli-help-arg-language = Werktaal van zijn uitnodigingen, herinneringen en agendateksten: en, fr, de, es, it, pt, pl, nl, el, ro [bij toevoegen: en]
cli-help-command-network-update = Een netwerk wijzigen; alleen de gegeven opties veranderen
cli-help-arg-name = Een nieuwe naam
cli-help-arg-network-update-lead = De leadpartner: id of naam van een partner
cli-help-command-network-delete = Een netwerk verwijderen; met --cascade ook alles wat erbij hoort
cli-help-arg-network-delete-cascade = Ook zijn partners, bijeenkomsten, mijlpalen, plannen en importnotities verwijderen
cli-help-command-milestone-list = De mijlpalen van een netwerk op datum
cli-help-command-milestone-add = Een mijlpaal toevoegen, op de dag (--date) of de maand (--month) gedateerd
cli-help-arg-milestone-add-title = Wat er gebeurt ("IAP ingediend")
cli-help-arg-date = Zijn dag, JJJJ-MM-DD
cli-help-arg-month = Zijn maand als de dag niet bekend is, JJJJ-MM
cli-help-arg-milestone-add-kind = phase, deadline, deliverable, decision, event of other [bij toevoegen: other]
cli-help-arg-milestone-add-description = Vrije tekst erover
cli-help-arg-done = Of hij klaar is: --done, of --done no
cli-help-command-milestone-update = Een mijlpaal wijzigen; alleen de gegeven opties veranderen
cli-help-arg-milestone = Id of titel van de mijlpaal
cli-help-arg-title = Een nieuwe titel
cli-help-arg-milestone-update-kind = phase, deadline, deliverable, decision, event of other [bij toevoegen: other]
cli-help-arg-milestone-update-description = Vrije tekst erover
cli-help-command-milestone-remove = Een mijlpaal verwijderen
cli-help-command-partner-show = Een partner met zijn contactpersonen en lokale groep
cli-help-arg-partner = Id of naam van de partner
cli-help-command-partner-add = Een partnerstad of -organisatie aan een netwerk toevoegen
cli-help-arg-partner-add-name = De naam van de stad of organisatie
cli-help-arg-partner-add-country = ISO 3166-1-code (LV), landnaam (Letland) of regio (Saksen-Anhalt)
cli-help-arg-role = lead-partner, partner, good-practice-city, transfer-city of associated [bij toevoegen: partner]
cli-help-arg-tz = IANA-tijdzone zoals Europe/Riga [bij toevoegen: die van het land]
cli-help-arg-region = ISO 3166-2-regio (ES-CN, DE-BY) waarvan de feestdagen voor de partner meetellen naast de nationale (leeg om te wissen); `convene holidays CC --region CODE` controleert er een
cli-help-arg-population = Aantal inwoners (leeg om te wissen)
cli-help-arg-notes = Vrije tekst
cli-help-command-partner-update = Een partner wijzigen; alleen de gegeven opties veranderen
cli-help-arg-partner-update-country = Een nieuw land; de tijdzone volgt, tenzij die met de hand is gewijzigd of --tz is gegeven
cli-help-command-partner-delete = Een partner verwijderen; met --cascade ook zijn contactpersonen, lokale groep en aanwezigheden
cli-help-arg-partner-delete-cascade = Ook zijn contactpersonen, leden van de lokale groep en aanwezigheden verwijderen; bijeenkomsten en plannen die hij organiseert of bezit blijven, zonder hem
cli-help-arg-contacts-partner = Alleen de contactpersonen van deze partner (id of naam)
cli-help-command-contact-add = Een contactpersoon aan een partner toevoegen
cli-help-arg-contact-add-partner = De partner (id of naam) waarvoor de persoon werkt
cli-help-arg-contact-add-name = De naam van de persoon
cli-help-arg-contact-add-role = Wat ze doet ("Projectcoördinator")
cli-help-arg-contact-add-email = E-mailadres
cli-help-arg-phone = Telefoonnummer, zoals ze het schrijft
cli-help-command-contact-update = Een contactpersoon wijzigen; alleen de gegeven opties veranderen (een lege waarde wist die)
cli-help-arg-person = Id (zoals getoond) of naam van de persoon
cli-help-arg-contact-update-partner = De partner (id of naam) waar de persoon bij hoort, als de naam niet genoeg is
cli-help-arg-contact-update-role = Wat ze doet ("Projectcoördinator")
cli-help-arg-contact-update-email = E-mailadres
cli-help-command-contact-remove = Een contactpersoon verwijderen (en zijn antwoorden op uitnodigingen)
cli-help-arg-contact-remove-partner = De partner (id of naam) waar de persoon bij hoort, als de naam niet genoeg is
cli-help-arg-local-group-partner = Alleen de lokale groep van deze partner (id of naam)
cli-help-command-local-group-add = Een lid aan de lokale groep van een partner toevoegen
cli-help-arg-local-group-add-partner = De partner (id of naam) van wie de lokale groep is
cli-help-arg-local-group-add-name = De naam van het lid
cli-help-arg-organisation = De organisatie waar het lid vandaan komt ("Kamer van Koophandel")
cli-help-arg-local-group-add-role = Zijn rol in de groep
cli-help-command-local-group-update = Een lid van de lokale groep wijzigen; alleen de gegeven opties veranderen (een lege waarde wist die)
cli-help-arg-local-group-update-partner = De partner (id of naam) waar de persoon bij hoort, als de naam niet genoeg is
cli-help-arg-local-group-update-role = Zijn rol in de groep
cli-help-command-local-group-remove = Een lid uit een lokale groep verwijderen
cli-help-arg-local-group-remove-partner = De partner (id of naam) waar de persoon bij hoort, als de naam niet genoeg is
cli-help-arg-meetings-from = Alleen bijeenkomsten op of na deze dag (JJJJ-MM-DD); die zonder datum blijven weg
cli-help-arg-meetings-to = Alleen bijeenkomsten op of voor deze dag (JJJJ-MM-DD); die zonder datum blijven weg
cli-help-arg-meeting-show-network = De korte naam of naam van het netwerk (of, alleen gegeven, id of UID van de bijeenkomst)
cli-help-arg-meeting = Id, UID of titel van de bijeenkomst in dat netwerk
cli-help-arg-meeting-add-title = Hoe de bijeenkomst heet ("Transnationale bijeenkomst nr. 3")
cli-help-arg-meeting-add-kind = kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review of other
cli-help-arg-host = Id of naam van de gastpartner (leeg om de gastheer te verwijderen)
cli-help-arg-meeting-add-start = Begin, "JJJJ-MM-DD UU:MM" op de klok van --tz
cli-help-arg-meeting-add-end = Einde, "JJJJ-MM-DD UU:MM" of "UU:MM" op de dag van het begin
cli-help-arg-meeting-add-tz = IANA-tijdzone van --start en --end [standaard: die van de gastheer]
cli-help-arg-meeting-add-date = Bijeenkomst van hele dagen: de (eerste) dag, JJJJ-MM-DD
cli-help-arg-until = Bijeenkomst van hele dagen: de laatste dag, JJJJ-MM-DD [standaard: --date]
cli-help-arg-meeting-add-month = Nog niet gedateerd, maar gepland voor deze maand: JJJJ-MM (of alleen het jaar, JJJJ)
cli-help-arg-wording = Nog niet gedateerd: wanneer ze gepland is, in woorden ("na de zomer")
cli-help-arg-mode = in-person, online of hybrid [bij toevoegen: in-person]
cli-help-arg-online = Link om online deel te nemen (https://...)
cli-help-arg-venue = Waar ze plaatsvindt, als dat niet gewoon de gaststad is ("Stadhuis, Jelgava")
cli-help-arg-meeting-add-description = Vrije tekst over de bijeenkomst
cli-help-arg-status = tentative, confirmed, held, postponed of cancelled [bij toevoegen: tentative]
cli-help-arg-meeting-update-network = De korte naam of naam van het netwerk (of, alleen gegeven, id of UID van de bijeenkomst)
cli-help-arg-meeting-update-kind = kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review of other
cli-help-arg-meeting-update-undated = De bijeenkomst weer ongedateerd maken (houdt --month en --wording als die gegeven zijn)
cli-help-arg-meeting-update-start = Begin, "JJJJ-MM-DD UU:MM" op de klok van --tz
cli-help-arg-meeting-update-end = Einde, "JJJJ-MM-DD UU:MM" of "UU:MM" op de dag van het begin
cli-help-arg-meeting-update-tz = IANA-tijdzone van --start en --end [standaard: die van de gastheer]
cli-help-arg-meeting-update-date = Bijeenkomst van hele dagen: de (eerste) dag, JJJJ-MM-DD
cli-help-arg-meeting-update-month = Nog niet gedateerd, maar gepland voor deze maand: JJJJ-MM (of alleen het jaar, JJJJ)
cli-help-arg-meeting-update-description = Vrije tekst over de bijeenkomst
cli-help-arg-meeting-confirm-network = De korte naam of naam van het netwerk (of, alleen gegeven, id of UID van de bijeenkomst)
cli-help-arg-meeting-postpone-network = De korte naam of naam van het netwerk (of, alleen gegeven, id of UID van de bijeenkomst)
cli-help-arg-meeting-postpone-to = De nieuwe datum: "JJJJ-MM-DD UU:MM" (houdt de duur, tenzij --end is gegeven) of JJJJ-MM-DD voor hele dagen (houdt het aantal dagen, tenzij --until is gegeven)
cli-help-arg-meeting-postpone-end = Einde van de nieuwe datum: "JJJJ-MM-DD UU:MM", of "UU:MM" op de dag van --to
cli-help-arg-meeting-postpone-until = Laatste dag van de nieuwe data, JJJJ-MM-DD
cli-help-arg-meeting-postpone-tz = IANA-tijdzone van --to en --end [standaard: die van de bijeenkomst]
cli-help-arg-meeting-postpone-undated = Nog geen nieuwe datum: de bijeenkomst wordt als uitgesteld gemarkeerd en agenda's annuleren de oude datum
cli-help-arg-meeting-held-network = De korte naam of naam van het netwerk (of, alleen gegeven, id of UID van de bijeenkomst)
cli-help-arg-meeting-cancel-network = De korte naam of naam van het netwerk (of, alleen gegeven, id of UID van de bijeenkomst)
cli-help-arg-meeting-delete-network = De korte naam of naam van het netwerk (of, alleen gegeven, id of UID van de bijeenkomst)
cli-help-arg-agenda-meeting = Id, UID of titel van de bijeenkomst
cli-help-command-agenda-add = Een punt toevoegen, aan het einde of als nummer --at
cli-help-arg-agenda-add-title = Wat het punt is ("Welkom en kennismaking")
cli-help-arg-agenda-add-at = Zijn plaats: 1 voor het eerste [standaard: na het laatste]
cli-help-arg-agenda-add-start = Wanneer het begint, UU:MM op de klok van de bijeenkomst
cli-help-arg-agenda-add-end = Wanneer het eindigt, UU:MM
cli-help-arg-speaker = De partner die het leidt (id of naam)
cli-help-arg-agenda-add-notes = Vrije tekst over het punt
cli-help-command-agenda-update = Punt N wijzigen; alleen de gegeven opties veranderen (een lege waarde wist die)
cli-help-arg-item = Het nummer van het punt
cli-help-arg-agenda-update-start = Wanneer het begint, UU:MM op de klok van de bijeenkomst
cli-help-arg-agenda-update-end = Wanneer het eindigt, UU:MM
cli-help-arg-agenda-update-notes = Vrije tekst over het punt
cli-help-command-agenda-move = Punt N verplaatsen zodat het nummer --to wordt
cli-help-arg-agenda-move-to = Zijn nieuwe nummer
cli-help-command-agenda-remove = Punt N verwijderen; de punten erna schuiven op
cli-help-arg-attendance-meeting = Id, UID of titel van de bijeenkomst
cli-help-arg-attendance-partner = De partner (id of naam) van wie dit het antwoord is
cli-help-arg-attendance-contact = Een contactpersoon (id of naam) van wie dit het antwoord is
cli-help-arg-attendance-status = invited, confirmed (geaccepteerd), declined, tentative, attended, of none om ze van de lijst te halen
cli-help-arg-plan = Id van het plan of NETWERK/STAD
cli-help-arg-plan-create-partner = De partnerstad van wie het plan is (naam of id)
cli-help-arg-plan-create-summary = Een paar regels over het plan; ze worden de eerste tekst van zijn contextsectie
cli-help-arg-plan-create-language = De taal van zijn geëxporteerde documenten: en, fr, de, es, it, pt, pl, nl, el, ro [standaard: en]
cli-help-arg-plan-language-code = en, fr, de, es, it, pt, pl, nl, el of ro
cli-help-command-plan-section-set = De tekst van een sectie (Markdown) vervangen door --text of de inhoud van --file
cli-help-arg-plan-section-set-key = De sleutel van de sectie: context, vision, approach, actions, implementation, funding, risks, monitoring, local-group, of een eigen sleutel
cli-help-arg-plan-section-set-text = De nieuwe tekst
cli-help-arg-plan-section-set-file = Een bestand met de nieuwe tekst (UTF-8-Markdown)
cli-help-arg-plan-section-set-message = Waarom hij veranderde, voor de geschiedenis
cli-help-command-plan-section-add = Een eigen sectie toevoegen (de sleutel wordt van de titel gemaakt)
cli-help-arg-plan-section-add-after = Na deze sectie plaatsen [standaard: aan het einde]
cli-help-command-plan-section-remove = Een eigen sectie verwijderen (de tekst blijft in de geschiedenis)
cli-help-arg-key = De sleutel van de sectie
cli-help-command-plan-action-add = Een actie aan het einde van de tabel toevoegen
cli-help-arg-plan-action-add-objective = Het doel dat ze dient (acties worden per doel opgeteld)
cli-help-arg-plan-action-add-lead = De trekkende organisatie
cli-help-arg-plan-action-add-partners = Partnerorganisaties
cli-help-arg-plan-action-add-start = Eerste maand (JJJJ-MM)
cli-help-arg-plan-action-add-end = Laatste maand (JJJJ-MM)
cli-help-arg-plan-action-add-cost = Geschatte kosten in euro, zoals 12500.50
cli-help-arg-plan-action-add-funding = Zekere financiering: city, erdf, esf-plus, national, regional, private of other, dan = en euro's; herhaalbaar
cli-help-arg-plan-action-add-status = idea, planned, ongoing, done of dropped [standaard: planned]
cli-help-arg-plan-action-add-pilot = Een kleinschalige pilot (testactie)
cli-help-command-plan-indicator-add = Een indicator toevoegen
cli-help-arg-plan-indicator-add-kind = output of result
cli-help-arg-plan-indicator-add-by = Wanneer het doel bereikt moet zijn (JJJJ-MM)
cli-help-arg-plan-indicator-add-verification = Verificatiemiddelen
cli-help-command-plan-risk-add = Een risico toevoegen
cli-help-arg-plan-risk-add-likelihood = 1 (zeldzaam) tot 5 (bijna zeker)
cli-help-arg-plan-risk-add-impact = 1 (gering) tot 5 (ernstig)
cli-help-arg-plan-diff-rev-a = Het nummer van de oudere revisie
cli-help-arg-plan-diff-rev-b = Het nummer van de nieuwere revisie
cli-help-arg-plan-restore-rev = Het nummer van de revisie
cli-help-arg-plan-status-status = draft, in-review, final of adopted
cli-help-arg-plan-status-date = De dag waarop de gemeenteraad het plan aannam (JJJJ-MM-DD), voor adopted
cli-help-arg-plan-comment-author = De naam van de beoordelaar
cli-help-arg-plan-send-out = Het bestand om te schrijven
cli-help-arg-plan-receive-file = Het .convene-plan-bestand
cli-help-arg-plan-resolve-key = De sleutel van het conflict: een sectiesleutel, of action:ID, indicator:ID, risk:ID (`convene plan conflicts` toont ze)
cli-help-arg-plan-resolve-ours = Onze tekst houden
cli-help-arg-plan-resolve-theirs = Hun tekst nemen
cli-help-arg-plan-resolve-text = Deze samengevoegde tekst plaatsen
cli-help-arg-plan-resolve-file = De samengevoegde tekst uit dit bestand plaatsen
cli-help-arg-plan-export-format = docx, pdf, md (of markdown) of html [standaard: volgens de extensie van --out]
cli-help-arg-plan-export-out = Het bestand om te schrijven (vervangen als het bestaat)
cli-help-arg-plan-author-name = De nieuwe naam ("" gaat terug naar de gebruikersnaam van het systeem)
cli-help-arg-account = Het account waarvan de WebDAV-map het bestand bevat (convene account list)
cli-help-arg-folder = De map op de server (absoluut, of relatief aan het adres van het account) [standaard: de map van de laatste push of pull, anders het adres van het account]
cli-help-arg-password-stdin = Het wachtwoord lezen van de eerste regel van standaardinvoer
cli-help-command-practice-show = Een goede praktijk met al haar secties en de netwerken die haar gebruiken
cli-help-arg-practice-show-id = Id of titel van de praktijk
cli-help-command-practice-add = Een goede praktijk toevoegen
cli-help-arg-practice-add-title = Hoe de praktijk heet
cli-help-arg-practice-add-tagline = Eén regel over wat ze is
cli-help-arg-city = De stad waar ze vandaan komt
cli-help-arg-country = ISO 3166-1-code (ES), landnaam (Spanje) of regio
cli-help-arg-author = Wie haar beschreef
cli-help-arg-author-role = De rol van de auteur ("Projectcoördinator")
cli-help-arg-figure = Een getal dat de praktijk naar voren brengt ("521 946 inwoners")
cli-help-arg-transfer = Of netwerken haar overdragen: yes of no [bij toevoegen: no]
cli-help-arg-networks = De netwerken die haar gebruiken, op korte naam of naam, gescheiden door komma's ("" voor geen)
cli-help-arg-sections = Een tekstbestand met haar secties (regels "## Kop", tekst eronder); - leest standaardinvoer
cli-help-command-practice-update = Een goede praktijk wijzigen; alleen de gegeven opties veranderen (een lege waarde wist die)
cli-help-arg-practice = Id of titel van de praktijk
cli-help-arg-practice-update-tagline = Eén regel over wat ze is
cli-help-command-practice-remove = Een goede praktijk verwijderen
cli-help-arg-search-text = Woorden om te zoeken (alle moeten overeenkomen; accenten en hoofdletters tellen niet)
cli-help-arg-search-limit = Hoogstens zoveel resultaten
cli-help-arg-backup-file = Waar de kopie naartoe moet
cli-help-command-export-json = Alles, als één JSON-document (zie docs/json.md); naar standaarduitvoer tenzij --out is gegeven
cli-help-arg-out = Naar dit bestand schrijven in plaats van standaarduitvoer
cli-help-command-export-ics = Bijeenkomsten van een netwerk als iCalendar-bestand (.ics); naar standaarduitvoer tenzij --out is gegeven
cli-help-arg-export-ics-partner = Alleen het beeld van deze partner: wat hij organiseert of bijwoont, en de bijeenkomsten van het hele netwerk
cli-help-arg-export-ics-meeting = Alleen deze bijeenkomst (id of UID)
cli-help-arg-export-ics-from = Alleen bijeenkomsten met een dag op of na deze (JJJJ-MM-DD)
cli-help-arg-export-ics-to = Alleen bijeenkomsten met een dag op of voor deze (JJJJ-MM-DD)
cli-help-arg-export-ics-reminder = Een herinnering zo lang voor elke bijeenkomst: 1d, 2h, 30m, 1w, of gecombineerd (1d12h)
cli-help-note-holidays = Twee letters noemen een land, als ISO 3166-1-code (FR, es, XK): zijn feestdagen.
    Al het andere noemt een netwerk (korte naam of naam): elke dag waarop een van zijn partners niet
    werkt (nationale en regionale feestdagen, en de vrije dagen vastgelegd met `convene dayoff add`).
    De periode is --year JAAR, of --from DATUM --to DATUM (beide dagen inbegrepen).
    De data komen van python-holidays; een land dat het niet dekt wordt geweigerd met de lijst van landen die het wel dekt.
cli-help-arg-holidays-target = De tweeletterige code van een land (FR), of de korte naam of naam van een netwerk
cli-help-arg-holidays-region = Met een land: ook de feestdagen van zijn regio, een ISO 3166-2-code zoals ES-CN of DE-BY
cli-help-arg-holidays-year = Het hele jaar
cli-help-arg-holidays-from = De eerste dag, JJJJ-MM-DD
cli-help-arg-holidays-to = De laatste dag, JJJJ-MM-DD
cli-help-command-dayoff-list = De vrije dagen vastgelegd voor de partners van een netwerk, op datum
cli-help-arg-dayoff-list-partner = Alleen die van deze partner (id of naam)
cli-help-command-dayoff-add = Een dag vastleggen waarop een partner niet werkt (een patroonheiligendag, lokale verkiezingen)
cli-help-arg-dayoff-add-date = De dag, JJJJ-MM-DD
cli-help-arg-dayoff-add-name = Wat de dag is ("Sint-Jansdag")
cli-help-command-dayoff-remove = Een vrije dag van een partner verwijderen; --name kiest als hij er die dag meer heeft
cli-help-arg-dayoff-remove-date = De dag, JJJJ-MM-DD
cli-help-arg-dayoff-remove-name = De naam van de vrije dag
cli-help-arg-invite-network = De korte naam of naam van het netwerk (of, alleen gegeven, id of UID van de bijeenkomst)
cli-help-arg-organizer = Het e-mailadres van de organisator (de afzender; antwoorden komen daar terug)
cli-help-arg-invite-to = Het e-mailadres van een deelnemer; herhaal de optie, of scheid adressen met komma's
cli-help-arg-invite-out = Het bericht naar dit bestand (.eml) schrijven in plaats van standaarduitvoer
cli-help-arg-slots-from = Eerste dag om te zoeken, JJJJ-MM-DD
cli-help-arg-slots-to = Laatste dag om te zoeken, JJJJ-MM-DD (een bijeenkomst moet voor middernacht van die dag eindigen)
cli-help-arg-slots-duration = Hoe lang de bijeenkomst duurt: 2h, 90m, 1h30
cli-help-arg-slots-days = In plaats daarvan hele dagen: N opeenvolgende dagen waarop geen partner een feestdag heeft
cli-help-arg-slots-hours = Werkuren op de klok van elke partner [standaard: 09:00-17:00]
cli-help-arg-slots-partners = Alleen de klok van deze partner telt (herhaal voor meerdere) [standaard: alle partners]
cli-help-arg-slots-exclude-weekends = Tijden weglaten die voor een partner op zaterdag of zondag vallen
cli-help-arg-slots-limit = Hoeveel tijdsloten te tonen, de beste eerst
cli-help-arg-slots-tz = De klok van --from, --to en de kop van elk tijdslot [standaard: UTC]
cli-help-command-poll-create = Een peiling starten: de data waarop een bijeenkomst zou kunnen plaatsvinden
cli-help-arg-poll-create-title = De titel van de bijeenkomst
cli-help-arg-poll-create-kind = Het soort bijeenkomst: kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review, other
cli-help-arg-poll-create-host = De gastpartnerstad
cli-help-arg-poll-create-options = Een aangeboden datum: "JJJJ-MM-DD UU:MM/UU:MM" of JJJJ-MM-DD (hele dag); herhaal voor elke datum
cli-help-arg-poll-create-tz = De tijdzone van de tijden van de opties [standaard: die van de gastheer]
cli-help-arg-poll-create-deadline = Antwoorden voor deze dag (JJJJ-MM-DD)
cli-help-command-poll-invite = De uitnodigingen om te antwoorden schrijven (een .eml per ontvanger, een voorlopige reservering per datum)
cli-help-arg-poll = Het id van de peiling
cli-help-arg-poll-invite-to = Een ontvanger, een contactpersoon van een partner [standaard: de contactpersonen van alle partners]; herhaal of scheid met komma's
cli-help-arg-poll-invite-out = De map om de berichten in te schrijven
cli-help-command-poll-replies = De antwoorden van de partners lezen: antwoorden (.eml, .ics) of antwoordroosters (.txt)
cli-help-arg-poll-replies-files = Antwoordbestanden
cli-help-command-poll-answer = De antwoorden van een partner met de hand vastleggen
cli-help-arg-poll-answer-partner = Naam of id van de partnerstad
cli-help-arg-poll-answer-options = N=yes, N=maybe of N=no voor datum N; herhaal de optie voor meerdere data
cli-help-command-poll-show = Wie wanneer kan komen: elke datum per partner, en wie niet heeft geantwoord
cli-help-command-poll-close = Een datum kiezen: maakt de bijeenkomst aan en schrijft haar uitnodiging en het vrijgeven van de andere data
cli-help-arg-poll-close-option = De gekozen datum (het nummer)
cli-help-arg-poll-close-out = De uitnodiging voor de bijeenkomst en het vrijgeven van de andere data in deze map schrijven
cli-help-arg-poll-close-organizer = De afzender van die berichten [standaard: de organisator van de uitnodigingen van de peiling]
cli-help-command-poll-list = De peilingen van een netwerk, nieuwste eerst
cli-help-command-account-add = Een CalDAV/WebDAV-serveraccount toevoegen (het wachtwoord gaat naar de sleutelhanger)
cli-help-arg-account-add-name = Een korte naam om ernaar te verwijzen (bijvoorbeeld nextcloud)
cli-help-arg-account-add-url = Het adres van de server (voor Nextcloud https://HOST/remote.php/dav; een kale https://HOST wordt gevonden)
cli-help-arg-account-add-user = De gebruikersnaam op de server
cli-help-arg-account-add-ca-file = Een PEM-bestand van de certificeringsinstantie van een server met een eigen certificaat
cli-help-command-account-list = De accounts tonen (nooit hun wachtwoorden)
cli-help-command-account-test = Verbinden, de agenda's vinden en zeggen wat er gevonden is of wat precies mislukte
cli-help-command-account-remove = Een account verwijderen, zijn wachtwoord in de sleutelhanger en wat erdoor onthouden is
cli-help-arg-publish-account = Het account (convene account list)
cli-help-arg-publish-calendar = De naam van de agenda op de server [standaard: de naam van het netwerk]
cli-help-arg-publish-ics-file = Ook de hele .ics van het netwerk op dit pad op de server bijhouden (voor abonnees)
cli-help-command-conflict-resolve = Een conflict oplossen door één kant te houden
cli-help-arg-conflict-resolve-id = Het id van het conflict (convene conflicts)

cli-help-arguments = Argumenten:
cli-help-commands = Opdrachten:
