# The convene command line's own output. Source: locales/en/cli.ftl (comments there).
cli-error = eroare: { $message }
cli-error-field-with-flag = { $field } ({ $flag }): { $reason }
cli-error-field = { $field }: { $reason }
cli-error-run-with-cascade = { $message } (rulați din nou cu --cascade)
cli-no-partner = { $network } nu are niciun partener numit „{ $key }”; `convene partners { $slug }` îi listează
cli-no-partner-did-you-mean = { $network } nu are niciun partener numit „{ $key }”; vă referiți la { $suggestion }?
cli-no-meeting = { $network } nu are nicio întâlnire cu id-ul, UID-ul sau titlul „{ $key }”; `convene meetings { $slug }` le listează
cli-meeting-title-needs-network = { $message }; pentru a numi o întâlnire după titlu, dați mai întâi rețeaua ei (REȚEA ÎNTÂLNIRE)
cli-no-milestone = { $network } nu are nicio etapă cu id-ul sau titlul „{ $key }”; `convene milestone list { $slug }` le listează
cli-no-contact = { $place } nu are niciun contact cu id-ul sau numele „{ $key }”
cli-no-local-group-member = { $place } nu are niciun membru al grupului local cu id-ul sau numele „{ $key }”
cli-no-practice = nu există nicio bună practică cu id-ul sau titlul „{ $key }”; `convene practices` le listează
cli-no-day-off = { $partner } nu are nicio zi liberă pe { $date }; `convene dayoff list { $slug } --partner { $partner_id }` le listează
cli-no-day-off-named = { $partner } nu are nicio zi liberă „{ $name }” pe { $date }; `convene dayoff list { $slug } --partner { $partner_id }` le listează
cli-holidays-not-covered = python-holidays acoperă { $country } ({ $code }) din { $first_year }; nu are date pentru { $span }
cli-date-from = din { $date }
cli-date-until = până la { $date }
cli-networks-none = Încă nu există rețele. Adăugați una cu `convene network add --name NUME` sau importați pagini cu `convene import urbact FIȘIER`.
cli-column-slug = NUME SCURT
cli-column-name = NUME
cli-column-kind = TIP
cli-column-dates = DATE
cli-column-partner-count = NR. PARTENERI
cli-column-meeting-count = NR. ÎNTÂLNIRI
cli-column-lead-partner = PARTENER PRINCIPAL
cli-label-id = Id
cli-label-short-name = Nume scurt
cli-label-kind = Tip
cli-label-tagline = Slogan
cli-label-programme = Program
cli-label-dates = Date
cli-label-lead-partner = Partener principal
cli-label-language = Limbă
cli-label-email = E-mail
cli-label-website = Site web
cli-network-phases = Faze
cli-network-partner-count = { $count ->
    [0] Niciun partener
    [one] { $count } partener
    [few] { $count } parteneri
   *[other] { $count } de parteneri
}
cli-network-milestones = Etape
cli-milestone-done = (gata)
cli-network-plans = Planuri de acțiune
cli-plan-no-city = (fără oraș)
cli-network-import-notes = Note de import (rânduri pe care importul nu le-a putut plasa)
cli-network-meetings-hint = Întâlniri: `convene meetings { $slug }`
cli-network-added = Rețeaua { $name } a fost adăugată (id { $id }, nume scurt { $slug }).
cli-network-updated = Rețeaua { $name } a fost modificată (nume scurt { $slug }).
cli-network-deleted = Rețeaua { $name } a fost ștearsă.
cli-network-deleted-with = Rețeaua { $name } a fost ștearsă, împreună cu { $also }.
cli-plan-language-set = „{ $title }” se exportă acum în { $language }.
cli-cannot-write-json = nu se poate scrie JSON-ul: { $reason }
cli-warnings-heading = Avertismente:
cli-file-error = { $file }: { $message }
cli-backup-done = Copie de siguranță a bazei de date salvată în { $file }.
cli-export-json-done = Baza de date a fost exportată în { $file }.
cli-import-json-done = { $summary } din { $file }.
cli-import-warning = linia { $line }: { $message } („{ $text }”)
cli-ics-nothing-imported = { $file }: niciunul dintre evenimentele sale nu a putut fi importat ({ $count ->
    [one] { $count } omis
    [few] { $count } omise
   *[other] { $count } de omise
}, enumerate mai sus); corectați-le sau importați fișierul în programul de calendar care l-a creat și exportați-l din nou
cli-ics-column-id = id
cli-ics-column-when = când
cli-ics-column-status = stare
cli-ics-column-title = titlu
cli-ics-created = Create:
cli-ics-updated = Modificate:
cli-ics-and-more = … și încă { $count }; `convene meetings { $slug }` listează toate întâlnirile.
cli-ics-skipped = Omise ({ $count }):
cli-warning = avertisment: { $warning }
cli-sync-ics-file = fișier .ics: { $path }
cli-plan-pushed = „{ $plan }” a fost pus la { $href }.
cli-plan-pulled = „{ $plan }” a fost citit de la { $href }.
cli-plan-pulled-conflicts = { $count ->
    [one] { $count } conflict, alăturat în `convene plan conflicts { $plan }`; rezolvați-l cu `convene plan resolve`.
    [few] { $count } conflicte, alăturate în `convene plan conflicts { $plan }`; rezolvați-le pe fiecare cu `convene plan resolve`.
   *[other] { $count } de conflicte, alăturate în `convene plan conflicts { $plan }`; rezolvați-le pe fiecare cu `convene plan resolve`.
}
cli-conflicts-none = Niciun conflict.
cli-conflict-deleted = (ștearsă)
cli-conflict-heading = { $id }: „{ $title }” ({ $network }), găsit la { $found }
cli-conflict-here = aici:
cli-conflict-on-server = pe server:
cli-conflicts-settle = Rezolvați-le pe fiecare cu: convene conflict resolve ID --keep local|remote
cli-plans-none = { $network } nu are încă planuri de acțiune. `convene plan create { $slug } --partner ORAȘ --title T` începe unul.
cli-column-id = ID
cli-column-partner = PARTENER
cli-column-title = TITLU
cli-column-status = STARE
cli-column-revision = REV
cli-column-last-change-utc = ULTIMA MODIFICARE (UTC)
cli-column-by = DE
cli-plan-section-added = secțiunea { $key } a fost adăugată
cli-plan-section-removed = secțiunea { $key } a fost eliminată
cli-plan-section-saved = { $key } a fost salvată
cli-plan-revision-restored = revizia { $revision } a fost restaurată
cli-plan-conflict-settled = conflictul din { $key } a fost rezolvat
cli-plan-saved = { $what }: revizia { $revision } de { $author }
cli-plan-unchanged = nu s-a schimbat nimic: planul spune deja asta (revizia { $revision })
cli-plan-status-word = { $status ->
    [draft] o ciornă
    [in_review] în revizuire
    [final] final
   *[adopted] adoptat
}
cli-plan-status-set = „{ $title }” este acum { $status }
cli-plan-status-set-on = „{ $title }” este { $status } din { $date }
cli-plan-comment-added = comentariul { $id } a fost adăugat la { $key } de { $author }
cli-plan-sent = { $count ->
    [one] „{ $title }” a fost scris cu { $count } revizie în { $file }
    [few] „{ $title }” a fost scris cu { $count } revizii în { $file }
   *[other] „{ $title }” a fost scris cu { $count } de revizii în { $file }
}
cli-plan-received-settle = Rezolvați-le pe fiecare cu `convene plan resolve { $id } CHEIE --ours | --theirs | --text T`.
cli-plan-conflicts-none = Niciun conflict de rezolvat.
cli-plan-author-default = { $name } (numele de utilizator al sistemului; alegeți unul cu `convene plan author NUME`)
cli-plan-conflict = conflict în { $label } ({ $key }):
cli-plan-conflict-ours = a noastră:
cli-plan-conflict-theirs = a lor:
cli-plan-conflict-removed = (eliminată)
cli-plan-created = planul { $id } „{ $title }” a fost creat pentru { $partner }
cli-plan-section-keys = Planul { $id }. Secțiuni de scris cu `convene plan section set { $id } CHEIE`: { $keys }
cli-plan-open-comments = Comentarii deschise
cli-plan-open-conflicts = { $count ->
    [one] { $count } conflict cu copia unui partener de rezolvat: `convene plan conflicts { $id }`
    [few] { $count } conflicte cu copia unui partener de rezolvat: `convene plan conflicts { $id }`
   *[other] { $count } de conflicte cu copia unui partener de rezolvat: `convene plan conflicts { $id }`
}
cli-poll-created = { $count ->
    [one] Sondajul { $id } „{ $title }” a fost creat cu { $count } dată.
    [few] Sondajul { $id } „{ $title }” a fost creat cu { $count } date.
   *[other] Sondajul { $id } „{ $title }” a fost creat cu { $count } de date.
}
cli-poll-invitations-written = { $count ->
    [one] { $count } invitație scrisă în { $folder }: trimiteți-o din programul de e-mail.
    [few] { $count } invitații scrise în { $folder }: trimiteți-le pe fiecare din programul de e-mail.
   *[other] { $count } de invitații scrise în { $folder }: trimiteți-le pe fiecare din programul de e-mail.
}
cli-poll-column-file = Fișier
cli-poll-column-partner = Partener
cli-poll-column-date = Dată
cli-poll-column-answer = Răspuns
cli-poll-column-recorded = Înregistrat
cli-poll-column-yes = Da
cli-poll-column-if-need-be = La nevoie
cli-poll-column-no = Nu
cli-poll-column-zone = Fus
cli-poll-column-id = Id
cli-poll-column-title = Titlu
cli-poll-column-dates = Date
cli-poll-column-answered = Au răspuns
cli-poll-no-answer-recorded = nu a fost înregistrat niciun răspuns
cli-poll-not-an-answer = „{ $text }” nu este N=RĂSPUNS; scrieți numărul datei și yes, maybe sau no, de exemplu 2=yes
cli-poll-answers-recorded = { $count ->
    [one] { $count } răspuns de la { $partner } înregistrat.
    [few] { $count } răspunsuri de la { $partner } înregistrate.
   *[other] { $count } de răspunsuri de la { $partner } înregistrate.
}
cli-label-poll = Sondaj
cli-label-host = Gazdă
cli-label-deadline = Termen
cli-label-state = Stare
cli-poll-state-closed-on = închis pe data { $number } (întâlnirea { $meeting })
cli-poll-state-open = deschis
cli-poll-state-closed = închis
cli-poll-all-answered = Toți partenerii au răspuns.
cli-poll-not-answered = Fără răspuns: { $partners }
cli-poll-organizer-needed = invitațiile sondajului nu au fost scrise niciodată; indicați expeditorul invitației la întâlnire cu --organizer
cli-poll-closed = Sondajul { $id } a fost închis pe data { $number }: a fost creată întâlnirea { $meeting } „{ $title }”, { $when }.
cli-poll-no-messages-written = Niciun mesaj scris: indicați --out DOSAR pentru a scrie invitația la întâlnire și eliberarea celorlalte date.
cli-polls-none = { $network } nu are încă sondaje.
cli-reminder-not-a-duration = „{ $text }” nu este o durată; scrieți-o ca 1d, 2h sau 30m
cli-ics-export-written = { $count ->
    [one] A fost scrisă { $count } întâlnire.
    [few] Au fost scrise { $count } întâlniri.
   *[other] Au fost scrise { $count } de întâlniri.
}
cli-ics-export-written-to = { $count ->
    [one] A fost scrisă { $count } întâlnire în { $file }.
    [few] Au fost scrise { $count } întâlniri în { $file }.
   *[other] Au fost scrise { $count } de întâlniri în { $file }.
}
cli-ics-export-written-left-out = Întâlniri scrise: { $count }; omise pentru că nu au încă dată: { $undated }.
cli-ics-export-written-to-left-out = Întâlniri scrise în { $file }: { $count }; omise pentru că nu au încă dată: { $undated }.
cli-invite-written = { $method ->
    [cancel] Anularea a fost scrisă: { $subject }.
   *[request] Invitația a fost scrisă: { $subject }.
}
cli-invite-written-to = { $method ->
    [cancel] Anularea a fost scrisă în { $file }: { $subject }.
   *[request] Invitația a fost scrisă în { $file }: { $subject }.
}
cli-not-a-date-time = „{ $text }” nu este o dată și o oră; scrieți-o ca "AAAA-LL-ZZ HH:MM"
cli-not-a-month = „{ $text }” nu este o lună; scrieți-o ca AAAA-LL (sau un an, AAAA)
cli-meeting-no-start-yet = întâlnirea nu are încă o oră de început; indicați --start și --end
cli-meeting-end-needed = indicați --end împreună cu --start ("AAAA-LL-ZZ HH:MM" sau "HH:MM")
cli-meeting-no-day-yet = întâlnirea nu are încă o zi; indicați --date (și --until)
cli-not-a-time-of-day = „{ $text }” nu este o oră din zi; scrieți-o ca HH:MM (14:30)
cli-agenda-speaker = (vorbitor: { $speaker })
cli-agenda-empty = Ordinea de zi este goală. Adăugați un punct cu `convene agenda { $slug } { $meeting } add --title TEXT`.
cli-agenda-heading = Ordinea de zi a întâlnirii { $title } (întâlnirea { $meeting })
cli-agenda-item-added = Punctul { $number } a fost adăugat pe ordinea de zi a întâlnirii { $title }:
cli-agenda-item-changed = Punctul { $number } de pe ordinea de zi a întâlnirii { $title } a fost modificat:
cli-agenda-item-moved = Punctul { $number } a fost mutat pe locul { $place } pe ordinea de zi a întâlnirii { $title }:
cli-agenda-item-removed = Punctul { $number } a fost eliminat de pe ordinea de zi a întâlnirii { $title }:
cli-agenda-item-removed-named = Punctul { $number } ({ $item }) a fost eliminat de pe ordinea de zi a întâlnirii { $title }:
cli-holidays-which-days = spuneți care zile: --year AN, sau --from DATĂ --to DATĂ
cli-holidays-region-needs-country = --region merge cu un cod de țară (convene holidays ES --region ES-CN ...); partenerii unei rețele au fiecare propria regiune (convene partner update REȚEA ORAȘ --region COD)
cli-holidays-heading = Sărbători legale în { $country } ({ $code }), { $span }:
cli-holidays-heading-region = Sărbători legale în { $country } ({ $code }) cu { $region }, { $span }:
cli-holidays-none = niciuna.
cli-holiday-estimated = { $name } (dată estimată)
cli-holiday-national = națională
cli-column-date = DATA
cli-column-day = ZIUA
cli-column-holiday = SĂRBĂTOARE
cli-column-where = UNDE
cli-holidays-no-dates-before = (python-holidays nu are date înainte de { $first_year } pentru { $code }.)
cli-holidays-network-none = Niciun partener din { $network } nu are o sărbătoare sau o zi liberă, { $span }.
cli-holidays-network-heading = Zilele libere ale partenerilor din { $network }, { $span }:
cli-holidays-uncovered = Convene nu are sărbători legale pentru: { $partners } (contează doar zilele libere înregistrate ale acestora).
cli-day-off-line = „{ $name }” pe { $date } ({ $weekday })
cli-days-off-none-partner = Nu este înregistrată nicio zi liberă pentru { $partner }. Adăugați una cu `convene dayoff add { $slug } --partner ORAȘ --date AAAA-LL-ZZ --name TEXT`.
cli-days-off-none-network = Nu este înregistrată nicio zi liberă pentru partenerii din { $network }. Adăugați una cu `convene dayoff add { $slug } --partner ORAȘ --date AAAA-LL-ZZ --name TEXT`.
cli-day-off-added = Ziua liberă { $day } a fost adăugată pentru { $partner } (id { $id }).
cli-day-off-added-also-holiday = Ziua liberă { $day } a fost adăugată pentru { $partner } (id { $id }). Este și sărbătoare legală acolo: { $holidays }.
cli-day-off-which = { $partner } are { $count } zile libere pe { $date }: { $names }; spuneți care cu --name
cli-day-off-removed = Ziua liberă { $day } a { $partner } a fost eliminată.
cli-meeting-id-and-date = id { $id } ({ $date })
cli-meetings-same-title = { $count } întâlniri din { $network } au titlul „{ $key }”: { $meetings }; folosiți id-ul
cli-to-before-from = { $to } este înainte de --from { $from }
cli-meetings-none = { $network } nu are întâlniri.
cli-meetings-none-in-period = { $network } nu are întâlniri în acea perioadă.
cli-column-when = CÂND
cli-column-mode = FORMĂ
cli-column-country = ȚARĂ
cli-column-zone = FUS
cli-column-offset = DECALAJ
cli-column-local-time = ORA LOCALĂ
cli-column-note = NOTĂ
cli-label-network = Rețea
cli-label-when = Când
cli-label-venue = Loc
cli-label-mode = Formă
cli-label-status = Stare
cli-label-uid = UID
cli-label-sequence = Secvență
cli-meeting-warnings = Avertismente
cli-meeting-local-times = Ore locale
cli-local-time-outside-working-hours = în afara orelor de lucru
cli-local-time-weekend = weekend
cli-meeting-agenda = Ordinea de zi
cli-meeting-attendance = Participare
cli-meeting-attendance-contact = { $name } (contact): { $answer }
cli-meeting-needs-start-and-end = o întâlnire cu oră are nevoie de --start și --end
cli-meeting-tz-needs-times = --tz se aplică la --start și --end; indicați-le și pe acestea
cli-meeting-until-needs-date = --until are nevoie de --date (prima zi)
cli-meeting-added = Întâlnirea { $id } a fost adăugată la { $network }: { $title }, { $when }.
cli-meeting-updated = Întâlnirea { $id } a fost modificată: { $title } ({ $when }).
cli-meeting-updated-sequence = Întâlnirea { $id } a fost modificată: { $title } ({ $when }); calendarele vor vedea schimbarea (secvența { $sequence }).
cli-meeting-deleted = Întâlnirea { $id } a fost ștearsă: { $title }.
cli-not-a-population = „{ $text }” nu este un număr întreg de locuitori
cli-partner-name-and-id = { $name } (id { $id })
cli-partners-same-name = { $count } parteneri din { $network } se numesc „{ $key }”: { $partners }; folosiți id-ul
cli-partners-none = { $network } nu are încă parteneri. Adăugați unul cu `convene partner add { $slug } --name ORAȘ --country CC`.
cli-column-role = ROL
cli-column-time-zone = FUS ORAR
cli-column-population = POPULAȚIE
cli-column-contacts = CONTACTE
cli-label-country = Țară
cli-label-region = Regiune
cli-label-role = Rol
cli-label-time-zone = Fus orar
cli-label-population = Populație
cli-label-notes = Note
cli-partner-contacts = Contacte
cli-partner-local-group = Grup local
cli-partner-added = { $name } ({ $country }, { $zone }) a fost adăugat la { $network } ca { $role ->
    [lead_partner] partener principal
    [good_practice_city] oraș de bună practică
    [transfer_city] oraș de transfer
    [associated] partener asociat
   *[partner] partener
} (id { $id }).
cli-partner-updated = { $name } ({ $country }, { $zone }) a fost modificat în { $network }.
cli-partner-deleted = { $name } a fost șters din { $network }.
cli-partner-deleted-with = { $name } a fost șters din { $network } ({ $also }).
cli-milestone-not-a-month = „{ $text }” nu este o lună; scrieți-o ca AAAA-LL
cli-milestones-same-title = { $count } etape au titlul „{ $key }”: { $milestones }; folosiți id-ul
cli-milestone-line = { $title } ({ $when }, { $kind }, id { $id })
cli-milestone-line-done = { $title } ({ $when }, { $kind }, realizat, id { $id })
cli-milestone-needs-date = o etapă are nevoie de ziua ei (--date AAAA-LL-ZZ) sau de luna ei (--month AAAA-LL)
cli-milestone-added = Etapa { $milestone } a fost adăugată la { $network }.
cli-milestone-updated = Etapa { $milestone } a fost modificată.
cli-milestone-removed = Etapa { $milestone } a fost eliminată din { $network }.
cli-milestones-none = { $network } nu are încă etape. Adăugați una cu `convene milestone add { $slug } --title TEXT --date AAAA-LL-ZZ`.
cli-milestone-done-word = realizat
cli-column-done = REALIZAT
cli-practices-none = Încă nu există bune practici. Adăugați una cu `convene practice add --title TITLU` sau importați-le din pagini URBACT cu `convene import urbact FIȘIER`.
cli-yes = da
cli-column-city = ORAȘ
cli-column-transfer = TRANSFER
cli-column-network = REȚEA
cli-column-match = POTRIVIRE
cli-practices-same-title = { $count } bune practici au titlul „{ $key }”; folosiți id-ul
cli-label-city = Oraș
cli-label-author = Autor
cli-label-figure = Cifră-cheie
cli-label-transfer = Transfer
cli-label-networks = Rețele
cli-practice-transferred = da, transferată de rețele
cli-limit-at-least-one = trebuie să fie cel puțin 1
cli-search-nothing = Nimic nu se potrivește cu „{ $text }”.
cli-cannot-read-stdin = nu se pot citi secțiunile de la intrarea standard: { $reason }
cli-practice-line = { $title } (id { $id }, { $count ->
    [one] { $count } secțiune
    [few] { $count } secțiuni
   *[other] { $count } de secțiuni
})
cli-practice-line-from = { $title } (id { $id }, { $from }, { $count ->
    [one] { $count } secțiune
    [few] { $count } secțiuni
   *[other] { $count } de secțiuni
})
cli-practice-added = Buna practică { $practice } a fost adăugată.
cli-practice-updated = Buna practică { $practice } a fost modificată.
cli-practice-removed = Buna practică { $title } (id { $id }) a fost eliminată.
cli-person-of-partner = { $name } din { $partner } (id { $id })
cli-people-same-name = { $count } persoane din { $place } se numesc „{ $key }”: { $people }; folosiți id-ul
cli-contacts-none = { $place } nu are încă persoane de contact. Adăugați una cu `convene contact add { $slug } --partner ORAȘ --name NUME`.
cli-local-group-none = { $place } nu are încă membri ai grupului local. Adăugați unul cu `convene local-group add { $slug } --partner ORAȘ --name NUME`.
cli-column-email = E-MAIL
cli-column-phone = TELEFON
cli-column-organisation = ORGANIZAȚIE
cli-contact-added = { $name } a fost adăugat la persoanele de contact din { $partner } (id { $id }).
cli-contact-updated = { $name }, persoană de contact din { $partner }, a fost modificat (id { $id }).
cli-contact-removed = { $name } a fost eliminat din persoanele de contact din { $partner }.
cli-member-added = { $name } a fost adăugat în grupul local din { $partner } (id { $id }).
cli-member-updated = { $name }, din grupul local din { $partner }, a fost modificat (id { $id }).
cli-member-removed = { $name } a fost eliminat din grupul local din { $partner }.
cli-plan-export-format-unknown = nu se poate deduce formatul din „{ $file }”; adăugați --format docx, pdf, md sau html
cli-plan-exported = „{ $title }” a fost scris în { $file } ({ $format }, { $size })
cli-size-bytes = { $count ->
    [one] { $count } octet
    [few] { $count } octeți
   *[other] { $count } de octeți
}
cli-size-kilobytes = { $count } KB
cli-not-a-funding-line = „{ $text }” nu este SURSĂ=EUR (de exemplu erdf=12000)
cli-plan-action-added = a fost adăugată acțiunea „{ $title }”
cli-plan-indicator-added = a fost adăugat indicatorul „{ $name }”
cli-plan-risk-added = a fost adăugat riscul
cli-meeting-already = Întâlnirea { $id } ({ $title }) era deja { $status ->
    [confirmed] confirmată
    [held] ținută
    [postponed] amânată
    [tentative] provizorie
   *[cancelled] anulată
}.
cli-meeting-confirmed = Întâlnirea { $id } a fost confirmată: { $title } ({ $when }){ $changed ->
    [yes] ; calendarele vor vedea schimbarea (secvența { $sequence })
   *[no] {""}
}.
cli-meeting-marked-held = Întâlnirea { $id } a fost marcată ca ținută: { $title } ({ $when }){ $changed ->
    [yes] ; calendarele vor vedea schimbarea (secvența { $sequence })
   *[no] {""}
}.
cli-meeting-cancelled = Întâlnirea { $id } a fost anulată: { $title } ({ $when }){ $changed ->
    [yes] ; calendarele vor vedea schimbarea (secvența { $sequence })
   *[no] {""}
}.
cli-meeting-postponed-undated = Întâlnirea { $id } a fost amânată: { $title }; încă nu există o dată nouă, așa că calendarele sunt anunțate că nu va avea loc pe { $when } (secvența { $sequence }).
cli-meeting-postponed-to = Întâlnirea { $id } a fost amânată: { $title }; acum { $when }, provizorie până la confirmare (secvența { $sequence }).
cli-not-an-attendance-status = „{ $text }” nu este unul dintre: invited, confirmed (sau accepted), declined, tentative, attended, none
cli-attendance-status = { $status ->
    [accepted] acceptat
    [declined] refuzat
    [tentative] provizoriu
    [attended] a participat
   *[invited] invitat
}
cli-attendance-none = Încă nu este nimeni pe listă.
cli-attendee-partner = partener
cli-attendee-contact = contact
cli-column-who = CINE
cli-attendance-heading = Participarea la { $title } (întâlnirea { $meeting })
cli-attendance-set = { $name }: { $answer } pentru { $title }.
cli-attendance-removed = { $name } nu mai este pe lista pentru { $title }.
cli-slots-how-long = spuneți cât durează întâlnirea: --duration 2h sau --days N pentru zile întregi
cli-length-minutes = { $minutes } minute
cli-length-hours = { $hours } ore
cli-length-hours-minutes = { $hours } h { $minutes }
cli-slots-heading = { $network }: începuturi cântărite: { $count }, pentru o întâlnire de { $length } între { $from } și { $to } ({ $zone }; program de lucru { $hours } după ceasul fiecărui partener).
cli-slots-none-suit-all = Niciunul nu convine tuturor partenerilor; cele mai puțin incomode sunt primele.
cli-slots-suit-all = Convin tuturor partenerilor: { $count }.
cli-slots-nothing-fits = Nicio oră nu încape în acest interval; lărgiți-l sau scurtați întâlnirea.
cli-slot-suits-everyone = convine tuturor
cli-slot-awkward = incomod pentru { $troubled } din { $count } (povară: maximă { $worst }, totală { $total })
cli-column-problems = PROBLEME
cli-days-heading = { $network }: variante: { $count }, zile: { $days }, între { $from } și { $to }, în care niciun partener nu are sărbătoare{ $weekends ->
    [left-out] {" "}(fără weekenduri)
   *[counted] {""}
}.
cli-date-span = { $first } – { $last }
cli-days-also = (și: { $meetings })
cli-days-left-out = Zile omise:
cli-rotation-heading = { $network }: întâlniri față în față, ținute sau planificate: { $count }.
cli-rotation-no-partners = Nu are încă parteneri.
cli-column-hosted = GĂZDUITE
cli-column-held = ȚINUTE
cli-column-planned = PLANIFICATE
cli-column-last-hosted = ULTIMA GĂZDUIRE
cli-rotation-without-host = Întâlniri fără oraș gazdă încă: { $count }.
cli-rotation-not-hosted = Nu au găzduit încă: { $partners }.
cli-rotation-next = Următoarele gazde, cele mai echitabile întâi: { $partners }.
cli-column-time-utc = ORA (UTC)
cli-column-author = AUTOR
cli-column-message = MESAJ
cli-plan-diff-heading = revizia { $from } ({ $from_author }, { $from_time }) -> revizia { $to } ({ $to_author }, { $to_time })
cli-plan-diff-none = Nicio diferență.
cli-plan-diff-section-added = (adăugată)
cli-plan-diff-section-removed = (eliminată)
cli-plan-diff-section-renamed = (înainte { $title })
cli-plan-diff-reordered = Secțiunile au fost puse în altă ordine.
cli-plan-diff-row = { $row ->
    [indicator] indicatorul „{ $label }” { $change ->
        [added] a fost adăugat
        [removed] a fost eliminat
       *[changed] a fost modificat: { $fields }
    }
    [risk] riscul „{ $label }” { $change ->
        [added] a fost adăugat
        [removed] a fost eliminat
       *[changed] a fost modificat: { $fields }
    }
   *[action] acțiunea „{ $label }” { $change ->
        [added] a fost adăugată
        [removed] a fost eliminată
       *[changed] a fost modificată: { $fields }
    }
}
cli-account-password-stored = parola este în portchei
cli-account-no-keyring = niciun portchei nu a răspuns ({ $reason }), așa că parola nu a fost salvată: dați-o cu --password-stdin sau { $variable } la fiecare comandă
cli-account-no-password = nu s-a dat nicio parolă: dați-o cu --password-stdin sau { $variable } la fiecare comandă
cli-account-added = Contul { $name } a fost adăugat ({ $url } ca { $user }); { $password }.
cli-accounts-none = Încă nu există conturi: convene account add NUME --url URL --user UTILIZATOR --password-stdin
cli-account-column-name = nume
cli-account-column-url = url
cli-account-column-user = utilizator
cli-account-column-ca-file = fișier CA
cli-account-works = { $name } funcționează.
    principal: { $principal }
    dosarul calendarelor: { $home }
    calendare: { $count }
cli-account-calendar-no-name = (fără nume)
cli-account-removed = Contul { $name } și parola lui din portchei au fost eliminate.
cli-not-an-export-format = „{ $text }” nu este un format de export; folosiți docx, pdf, md sau html

publish-kept-local-create = „{ $title }” păstrează versiunea din Convene; următoarea publicare o creează din nou pe server.
publish-kept-local-overwrite = „{ $title }” păstrează versiunea din Convene; următoarea publicare o scrie peste cea de pe server.
publish-kept-local-deleted = „{ $title }” rămâne șters; următoarea publicare îl șterge de pe server.
publish-kept-remote-deleted = „{ $title }” a fost șters aici, ca pe server.
publish-kept-remote = „{ $title }” are acum aici versiunea de pe server.
publish-change-time = ora: { $before } -> { $after }
publish-change-title = titlu: „{ $before }” -> „{ $after }”
publish-change-place = loc: „{ $before }” -> „{ $after }”
publish-change-status = stare: { $before } -> { $after }
publish-change-description = descriere
publish-change-online-link = link online: { $before } -> { $after }

cli-value-meeting-kind-kick-off = Lansare
cli-value-meeting-kind-transnational = Reuniune transnațională
cli-value-meeting-kind-city-visit = Vizită în oraș
cli-value-meeting-kind-final-event = Eveniment final
cli-value-meeting-kind-local-group = Grup local URBACT
cli-value-meeting-kind-online-touch-base = Scurtă reuniune online
cli-value-meeting-kind-phase-review = Bilanț de fază
cli-value-meeting-kind-other = Altele
cli-value-poll-answer-yes = Da
cli-value-poll-answer-maybe = La nevoie
cli-value-poll-answer-no = Nu
cli-value-meeting-mode-in-person = Cu prezență fizică
cli-value-meeting-mode-online = Online
cli-value-meeting-mode-hybrid = Hibrid
cli-value-meeting-status-tentative = Provizorie
cli-value-meeting-status-confirmed = Confirmată
cli-value-meeting-status-held = Ținută
cli-value-meeting-status-postponed = Amânată
cli-value-meeting-status-cancelled = Anulată
cli-value-attendance-invited = Invitat
cli-value-attendance-accepted = A acceptat
cli-value-attendance-declined = A refuzat
cli-value-attendance-tentative = Poate
cli-value-attendance-attended = A participat
cli-value-network-kind-action-planning = Planificarea acțiunilor
cli-value-network-kind-transfer = Transfer
cli-value-network-kind-innovation-transfer = Transfer de inovare
cli-value-network-kind-implementation = Implementare
cli-value-network-kind-other = Altele
cli-value-partner-role-lead-partner = Partener principal
cli-value-partner-role-partner = Partener
cli-value-partner-role-good-practice-city = Oraș de bună practică
cli-value-partner-role-transfer-city = Oraș de transfer
cli-value-partner-role-associated = Asociat
cli-value-plan-status-draft = Ciornă
cli-value-plan-status-in-review = În revizuire
cli-value-plan-status-final = Final
cli-value-plan-status-adopted = Adoptat
cli-value-funding-source-city = Bugetul local
cli-value-funding-source-erdf = FEDR
cli-value-funding-source-esf-plus = FSE+
cli-value-funding-source-national = Național
cli-value-funding-source-regional = Regional
cli-value-funding-source-private = Privat
cli-value-funding-source-other = Altele
cli-value-action-status-idea = Idee
cli-value-action-status-planned = Planificată
cli-value-action-status-ongoing = În desfășurare
cli-value-action-status-done = Încheiată
cli-value-action-status-dropped = Abandonată
cli-value-indicator-kind-output = Realizare
cli-value-indicator-kind-result = Rezultat
cli-value-revision-kind-created = Creat
cli-value-revision-kind-edit = Editat
cli-value-revision-kind-restore = Restaurat
cli-value-revision-kind-received = Primit
cli-value-revision-kind-merge = Combinat
cli-value-revision-kind-resolve = Conflict rezolvat
cli-value-milestone-kind-phase = Început sau sfârșit de fază
cli-value-milestone-kind-deadline = Termen
cli-value-milestone-kind-deliverable = Livrabil
cli-value-milestone-kind-decision = Decizie
cli-value-milestone-kind-event = Eveniment
cli-value-milestone-kind-other = Altele
cli-value-hit-kind-network = Rețea
cli-value-hit-kind-partner = Partener
cli-value-hit-kind-meeting = Reuniune
cli-value-hit-kind-plan = Plan de acțiune
cli-value-hit-kind-practice = Bună practică
cli-value-day-off-source-national = Sărbătoare legală
cli-value-day-off-source-regional = Sărbătoare regională
cli-value-day-off-source-local = Zi liberă locală

cli-help-usage = Utilizare:
cli-help-options = Opțiuni:
cli-help-group-networks = Rețele:
cli-help-group-partners = Parteneri și oamenii lor:
cli-help-group-meetings = Reuniuni:
cli-help-group-holidays = Sărbători și zile libere:
cli-help-group-plans = Planuri de acțiune:
cli-help-group-practices = Bune practici:
cli-help-group-data = Toate datele:
cli-help-group-servers = Servere de calendar (CalDAV, WebDAV):
cli-help-group-meeting = Reuniunea:
cli-help-group-meeting-life = Parcursul ei:
cli-help-group-plan = Planul:
cli-help-group-plan-content = Conținutul lui:
cli-help-group-plan-review = Revizuire și istoric:
cli-help-group-plan-exchange = Schimb cu orașele partenere:
cli-help-about = Rețele, orașe partenere, reuniuni, planuri de acțiune și bune practici ale rețelelor transnaționale de orașe
cli-help-after =
    NETWORK este numele scurt (slug) sau numele unei rețele, cu majuscule sau minuscule, cu sau fără diacritice.
    Baza de date este --db PATH, altfel $CONVENE_DB, altfel convene.db al aplicației desktop
    (pe Linux ~/.local/share/eu.convene.app/convene.db).
cli-help-option-db = Fișierul bazei de date [implicit: $CONVENE_DB, altfel convene.db al aplicației desktop]
cli-help-option-json = Scrie JSON pentru programe în loc de text
cli-help-option-lang = Limba mesajelor: en, fr, de, es, it, pt, pl, nl, el, ro [implicit: din $LC_ALL, $LC_MESSAGES, $LANG]
cli-help-option-help = Afișează ajutorul
cli-help-option-version = Afișează versiunea
cli-help-command-networks = Listează toate rețelele
cli-help-command-network = Afișează, adaugă, modifică sau șterge o rețea
cli-help-command-milestone = Listează, adaugă, modifică sau elimină reperele unei rețele
cli-help-command-partners = Listează partenerii unei rețele
cli-help-command-partner = Afișează, adaugă, modifică sau șterge un partener al unei rețele
cli-help-command-contacts = Listează persoanele de contact ale partenerilor unei rețele
cli-help-command-contact = Adaugă, modifică sau elimină persoana de contact a unui partener
cli-help-command-local-group = Listează membrii Grupului local URBACT al unei rețele sau adaugă, modifică ori elimină unul
cli-help-command-meetings = Listează reuniunile unei rețele după dată (cele fără dată la sfârșit)
cli-help-command-meeting = Afișează, adaugă, modifică, confirmă, amână, marchează ca ținută, anulează sau șterge o reuniune
cli-help-command-agenda = Afișează ordinea de zi a unei reuniuni sau adaugă, modifică, mută ori elimină un punct
cli-help-command-attendance = Afișează cine este invitat la o reuniune sau înregistrează răspunsul unui partener ori al unei persoane de contact
cli-help-command-invite = Scrie o invitație prin e-mail la o reuniune (o anulare dacă este anulată sau amânată)
cli-help-command-slots = Găsește ore potrivite pentru partenerii unei rețele: program de lucru, weekenduri, sărbători, alte reuniuni
cli-help-command-rotation = Cine a găzduit reuniunile față în față ale rețelei și cine ar trebui să o găzduiască pe următoarea
cli-help-command-poll = Întreabă partenerii ce date le convin, citește răspunsurile și transformă data aleasă într-o reuniune
cli-help-command-holidays = Sărbătorile legale ale unei țări sau zilele în care partenerii unei rețele nu lucrează
cli-help-command-dayoff = Listează, adaugă sau elimină zilele libere proprii ale unui partener (hramul orașului, alegeri locale)
cli-help-command-plans = Listează planurile de acțiune ale unei rețele cu starea și ultima modificare
cli-help-command-plan = Redactează, revizuiește, compară, restaurează, trimite și primește un Plan de Acțiune Integrat
cli-help-command-practices = Listează bunele practici
cli-help-command-practice = Afișează, adaugă, modifică sau elimină o bună practică
cli-help-command-search = Caută în rețele, parteneri, reuniuni, planuri de acțiune și bune practici
cli-help-command-import = Importă pagini de rețele URBACT, un export JSON Convene sau un fișier iCalendar
cli-help-command-export = Exportă întreaga bază de date sau reuniunile ca fișier iCalendar
cli-help-command-backup = Copiază întreaga bază de date în FILE (copie de siguranță online SQLite; sigură cât timp aplicația rulează)
cli-help-command-help = Afișează acest mesaj sau ajutorul subcomenzilor date
cli-help-command-account = Adaugă, listează, testează sau elimină un cont de server CalDAV/WebDAV (parolele rămân în portchei)
cli-help-command-publish = Publică reuniunile unei rețele într-un calendar pe un server CalDAV (citind mai întâi modificările lui)
cli-help-command-pull = Preia într-o rețea publicată modificările făcute pe serverul CalDAV
cli-help-command-conflicts = Listează reuniunile modificate și aici, și pe server, cu ambele versiuni
cli-help-command-conflict = Rezolvă un conflict: păstrează versiunea locală sau pe cea de la distanță
cli-help-password = De unde vine parola: --password-stdin (prima linie de la intrarea standard), altfel $CONVENE_DAV_PASSWORD, altfel portcheiul sistemului de operare (unde a salvat-o `account add`). O mașină fără desktop nu are portchei: folosiți acolo --password-stdin sau CONVENE_DAV_PASSWORD.
cli-help-meeting-note = Ordinea de zi a unei reuniuni și cine vine: `convene agenda NETWORK MEETING`, `convene attendance NETWORK MEETING`.
cli-help-command-meeting-show = O reuniune cu ordinea de zi, prezența și ora pe ceasul fiecărui partener
cli-help-command-meeting-add = Adaugă o reuniune la o rețea
cli-help-command-meeting-update = Modifică o reuniune; se schimbă doar opțiunile date
cli-help-command-meeting-delete = Șterge o reuniune cu ordinea de zi și prezența ei
cli-help-command-meeting-confirm = Marchează o reuniune ca confirmată: are loc la data ei
cli-help-command-meeting-postpone = Amână o reuniune la o dată ulterioară sau scoate-o din calendar până când se știe una (data veche rămâne în descriere)
cli-help-command-meeting-held = Marchează o reuniune ca ținută (trebuie să fi început)
cli-help-command-meeting-cancel = Marchează o reuniune ca anulată (rămâne, ca să afle calendarele de anulare)
cli-help-command-plan-show = Un plan ca document (exportul Markdown), apoi cheile secțiunilor, avertismentele, comentariile deschise și conflictele
cli-help-command-plan-create = Începe un plan pentru un oraș partener (nouă secțiuni standard, revizia 1)
cli-help-command-plan-status = Avansează planul: draft, in-review, final, adopted (cu --date) sau înapoi cu un pas
cli-help-command-plan-language = Stabilește limba în care se exportă documentele planului (titluri, etichete, date, sume)
cli-help-command-plan-export = Scrie planul ca document Word, PDF, Markdown sau HTML pentru consiliul local
cli-help-command-plan-author = Afișează numele cu care sunt semnate modificările sau stabilește-l
cli-help-command-plan-section = Scrie textul unei secțiuni
cli-help-command-plan-action = Adaugă în tabelul de acțiuni
cli-help-command-plan-indicator = Adaugă în cadrul de rezultate
cli-help-command-plan-risk = Adaugă la riscuri
cli-help-command-plan-comment = Comentează o secțiune, ca evaluator
cli-help-command-plan-revisions = Toate reviziile, cea mai nouă întâi
cli-help-command-plan-diff = Ce s-a schimbat între două revizii, cuvânt cu cuvânt
cli-help-command-plan-restore = Fă din nou actual conținutul unei revizii vechi (ca revizie nouă; nu se pierde nimic)
cli-help-command-plan-send = Scrie planul cu tot istoricul lui într-un fișier .convene-plan pentru un partener
cli-help-command-plan-receive = Citește un fișier .convene-plan: un plan nou, revizii mai noi sau o îmbinare (conflictele sunt raportate)
cli-help-command-plan-push = Pune fișierul .convene-plan al planului într-un dosar WebDAV (niciodată peste o copie care nu a fost citită întâi)
cli-help-command-plan-pull = Citește fișierul .convene-plan al planului din dosarul WebDAV și îmbină-l, cum face `plan receive`
cli-help-command-plan-conflicts = Diferențele față de copia unui partener care așteaptă o alegere
cli-help-command-plan-resolve = Rezolvă un conflict: păstrează versiunea noastră, ia-o pe a lor sau pune un text îmbinat

cli-clap-unknown-argument = argument neașteptat „{ $arg }”
cli-clap-tip-similar-argument = sfat: există un argument asemănător: „{ $arg }”
cli-clap-tip-similar-subcommand = sfat: există o comandă asemănătoare: „{ $command }”
cli-clap-tip-escape = sfat: pentru a da „{ $arg }” ca valoare, scrieți „-- { $arg }”
cli-clap-missing-value = „{ $arg }” necesită o valoare, dar nu s-a dat niciuna
cli-clap-invalid-value = valoare nevalidă „{ $value }” pentru „{ $arg }”
cli-clap-invalid-value-reason = valoare nevalidă „{ $value }” pentru „{ $arg }”: { $reason }
cli-clap-possible-values = valori posibile: { $values }
cli-clap-unknown-subcommand = comandă necunoscută „{ $command }”
cli-clap-missing-arguments = lipsesc aceste argumente obligatorii:{ $args }
cli-clap-missing-subcommand = „{ $command }” necesită o comandă după el și nu s-a dat niciuna
cli-clap-subcommands = comenzi: { $values }
cli-clap-used-twice = argumentul „{ $arg }” poate fi dat o singură dată
cli-clap-conflict = argumentul „{ $arg }” nu poate fi folosit împreună cu { $other }
cli-clap-too-many-values = valoare în plus „{ $value }” pentru „{ $arg }”
cli-clap-wrong-number-of-values = „{ $arg }” primește { $expected } valori, s-au dat { $actual }
cli-clap-no-equals = „{ $arg }” primește valoarea după semnul egal ({ $arg }=VALOARE)
cli-clap-invalid-utf8 = linia de comandă conține text care nu este UTF-8 valid
cli-clap-not-valid = linia de comandă nu este validă
cli-clap-more-information = Pentru mai multe informații, încercați „--help”.

cli-clap-not-a-whole-number = nu este un număr întreg
