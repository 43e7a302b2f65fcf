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
publish-said-last-modified = ultima modificare { $when }
publish-said-changed-by = modificat de { $who }
publish-said-organiser = organizator: { $who }
publish-said-who-unknown = evenimentul nu spune cine l-a modificat

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

cli-help-command-import-urbact = Importă rețele, parteneri, reuniuni, planuri și practici din pagini URBACT
cli-help-arg-import-urbact-file = Un fișier text cu pagini URBACT (fiecare înregistrare se termină cu o linie `Ref nid`)
cli-help-arg-import-urbact-start-year = Datează pe rând, de anul acesta, calendarele care dau doar luna („June (Basingstoke)”)
cli-help-arg-import-urbact-dry-run = Arată ce s-ar importa, fără să salveze nimic
cli-help-command-import-json = Importă un fișier scris de `convene export json` într-o bază de date goală
cli-help-arg-import-json-file = Exportul JSON de citit
cli-help-command-import-ics = Importă evenimentele unui fișier iCalendar (.ics) ca reuniuni ale unei rețele
cli-help-arg-import-ics-file = Un fișier iCalendar (.ics) exportat de un program de calendar
cli-help-arg-import-ics-network = Rețeaua ale cărei reuniuni devin evenimentele (nume scurt sau nume)
cli-help-arg-import-ics-strict = Refuză tot fișierul la primul eveniment care nu poate fi importat, în loc să le importe pe celelalte și să le listeze pe cele omise
cli-help-command-network-show = Totul despre o rețea: date, faze, parteneri, repere, planuri, note de import
cli-help-arg-network = Numele scurt sau numele rețelei
cli-help-command-network-add = Adaugă o rețea
cli-help-arg-network-add-name = Numele rețelei
cli-help-arg-kind = action-planning, transfer, innovation-transfer, implementation sau other [la adăugare: other]
cli-help-arg-slug = Nume scurt folosit în linia de comandă [la adăugare: format din nume]
cli-help-arg-tagline = O linie despre ce face rețeaua
cli-help-arg-description = Ce face rețeaua, într-un paragraf sau mai mult
cli-help-arg-programme = de ex. „URBACT IV”
cli-help-arg-start = Prima zi, AAAA-LL-ZZ
cli-help-arg-end = Ultima zi, AAAA-LL-ZZ
cli-help-arg-email = Adresă de e-mail de contact
cli-help-arg-website = Adresă web (https://...)
cli-help-arg-language = Limba de lucru a invitațiilor, mementourilor și textelor de calendar: en, fr, de, es, it, pt, pl, nl, el, ro [la adăugare: en]
cli-help-command-network-update = Modifică o rețea; se schimbă doar opțiunile date
cli-help-arg-name = Un nume nou
cli-help-arg-network-update-lead = Partenerul principal: id-ul sau numele unui partener
cli-help-command-network-delete = Șterge o rețea; cu --cascade, și tot ce îi aparține
cli-help-arg-network-delete-cascade = Șterge și partenerii, reuniunile, reperele, planurile și notele de import ale ei
cli-help-command-milestone-list = Reperele unei rețele după dată
cli-help-command-milestone-add = Adaugă un reper, datat la zi (--date) sau la lună (--month)
cli-help-arg-milestone-add-title = Ce se întâmplă („PAI depus”)
cli-help-arg-date = Ziua lui, AAAA-LL-ZZ
cli-help-arg-month = Luna lui când ziua nu se știe, AAAA-LL
cli-help-arg-milestone-add-kind = phase, deadline, deliverable, decision, event sau other [la adăugare: other]
cli-help-arg-milestone-add-description = Text liber despre el
cli-help-arg-done = Dacă e făcut: --done sau --done no
cli-help-command-milestone-update = Modifică un reper; se schimbă doar opțiunile date
cli-help-arg-milestone = Id-ul sau titlul reperului
cli-help-arg-title = Un titlu nou
cli-help-arg-milestone-update-kind = phase, deadline, deliverable, decision, event sau other [la adăugare: other]
cli-help-arg-milestone-update-description = Text liber despre el
cli-help-command-milestone-remove = Elimină un reper
cli-help-command-partner-show = Un partener cu contactele și grupul său local
cli-help-arg-partner = Id-ul sau numele partenerului
cli-help-command-partner-add = Adaugă un oraș sau o organizație parteneră la o rețea
cli-help-arg-partner-add-name = Numele orașului sau al organizației
cli-help-arg-partner-add-country = Cod ISO 3166-1 (LV), numele țării (Letonia) sau regiune (Saxonia-Anhalt)
cli-help-arg-role = lead-partner, partner, good-practice-city, transfer-city sau associated [la adăugare: partner]
cli-help-arg-tz = Fus orar IANA precum Europe/Riga [la adăugare: al țării]
cli-help-arg-region = Regiune ISO 3166-2 (ES-CN, DE-BY) ale cărei sărbători contează pentru partener pe lângă cele naționale (gol pentru a o șterge); `convene holidays CC --region CODE` verifică una
cli-help-arg-population = Numărul de locuitori (gol pentru a-l șterge)
cli-help-arg-notes = Text liber
cli-help-command-partner-update = Modifică un partener; se schimbă doar opțiunile date
cli-help-arg-partner-update-country = O țară nouă; fusul orar o urmează, dacă nu a fost schimbat de mână sau dacă nu e dat --tz
cli-help-command-partner-delete = Șterge un partener; cu --cascade, și contactele, grupul local și prezențele lui
cli-help-arg-partner-delete-cascade = Șterge și contactele, membrii grupului local și prezențele lui; reuniunile și planurile pe care le găzduiește sau le deține rămân, fără el
cli-help-arg-contacts-partner = Doar contactele acestui partener (id sau nume)
cli-help-command-contact-add = Adaugă o persoană de contact la un partener
cli-help-arg-contact-add-partner = Partenerul (id sau nume) pentru care lucrează persoana
cli-help-arg-contact-add-name = Numele persoanei
cli-help-arg-contact-add-role = Ce face („Coordonatoare de proiect”)
cli-help-arg-contact-add-email = Adresă de e-mail
cli-help-arg-phone = Număr de telefon, așa cum îl scrie
cli-help-command-contact-update = Modifică un contact; se schimbă doar opțiunile date (o valoare goală o șterge)
cli-help-arg-person = Id-ul (ca în listă) sau numele persoanei
cli-help-arg-contact-update-partner = Partenerul (id sau nume) căruia îi aparține persoana, când numele nu ajunge
cli-help-arg-contact-update-role = Ce face („Coordonatoare de proiect”)
cli-help-arg-contact-update-email = Adresă de e-mail
cli-help-command-contact-remove = Elimină un contact (și răspunsurile lui la invitații)
cli-help-arg-contact-remove-partner = Partenerul (id sau nume) căruia îi aparține persoana, când numele nu ajunge
cli-help-arg-local-group-partner = Doar grupul local al acestui partener (id sau nume)
cli-help-command-local-group-add = Adaugă un membru în grupul local al unui partener
cli-help-arg-local-group-add-partner = Partenerul (id sau nume) al cărui grup local este
cli-help-arg-local-group-add-name = Numele membrului
cli-help-arg-organisation = Organizația din care vine („Camera de Comerț”)
cli-help-arg-local-group-add-role = Rolul său în grup
cli-help-command-local-group-update = Modifică un membru al grupului local; se schimbă doar opțiunile date (o valoare goală o șterge)
cli-help-arg-local-group-update-partner = Partenerul (id sau nume) căruia îi aparține persoana, când numele nu ajunge
cli-help-arg-local-group-update-role = Rolul său în grup
cli-help-command-local-group-remove = Elimină un membru dintr-un grup local
cli-help-arg-local-group-remove-partner = Partenerul (id sau nume) căruia îi aparține persoana, când numele nu ajunge
cli-help-arg-meetings-from = Doar reuniunile din această zi sau de după (AAAA-LL-ZZ); cele fără dată sunt lăsate deoparte
cli-help-arg-meetings-to = Doar reuniunile din această zi sau de dinainte (AAAA-LL-ZZ); cele fără dată sunt lăsate deoparte
cli-help-arg-meeting-show-network = Numele scurt sau numele rețelei (sau, dat singur, id-ul ori UID-ul reuniunii)
cli-help-arg-meeting = Id-ul, UID-ul sau titlul reuniunii în acea rețea
cli-help-arg-meeting-add-title = Cum se numește reuniunea („Reuniunea transnațională nr. 3”)
cli-help-arg-meeting-add-kind = kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review sau other
cli-help-arg-host = Id-ul sau numele partenerului gazdă (gol pentru a elimina gazda)
cli-help-arg-meeting-add-start = Început, „AAAA-LL-ZZ HH:MM” după ora lui --tz
cli-help-arg-meeting-add-end = Sfârșit, „AAAA-LL-ZZ HH:MM” sau „HH:MM” în ziua începutului
cli-help-arg-meeting-add-tz = Fus orar IANA pentru --start și --end [implicit: al gazdei]
cli-help-arg-meeting-add-date = Reuniune pe zile întregi: (prima) ei zi, AAAA-LL-ZZ
cli-help-arg-until = Reuniune pe zile întregi: ultima ei zi, AAAA-LL-ZZ [implicit: --date]
cli-help-arg-meeting-add-month = Încă nedatată, dar planificată pentru această lună: AAAA-LL (sau doar anul, AAAA)
cli-help-arg-wording = Încă nedatată: când e planificată, în cuvinte („după vară”)
cli-help-arg-mode = in-person, online sau hybrid [la adăugare: in-person]
cli-help-arg-online = Link pentru participare online (https://...)
cli-help-arg-venue = Unde are loc, când nu este pur și simplu orașul gazdă („Primăria, Jelgava”)
cli-help-arg-meeting-add-description = Text liber despre reuniune
cli-help-arg-status = tentative, confirmed, held, postponed sau cancelled [la adăugare: tentative]
cli-help-arg-meeting-update-network = Numele scurt sau numele rețelei (sau, dat singur, id-ul ori UID-ul reuniunii)
cli-help-arg-meeting-update-kind = kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review sau other
cli-help-arg-meeting-update-undated = Face reuniunea din nou nedatată (păstrează --month și --wording dacă sunt date)
cli-help-arg-meeting-update-start = Început, „AAAA-LL-ZZ HH:MM” după ora lui --tz
cli-help-arg-meeting-update-end = Sfârșit, „AAAA-LL-ZZ HH:MM” sau „HH:MM” în ziua începutului
cli-help-arg-meeting-update-tz = Fus orar IANA pentru --start și --end [implicit: al gazdei]
cli-help-arg-meeting-update-date = Reuniune pe zile întregi: (prima) ei zi, AAAA-LL-ZZ
cli-help-arg-meeting-update-month = Încă nedatată, dar planificată pentru această lună: AAAA-LL (sau doar anul, AAAA)
cli-help-arg-meeting-update-description = Text liber despre reuniune
cli-help-arg-meeting-confirm-network = Numele scurt sau numele rețelei (sau, dat singur, id-ul ori UID-ul reuniunii)
cli-help-arg-meeting-postpone-network = Numele scurt sau numele rețelei (sau, dat singur, id-ul ori UID-ul reuniunii)
cli-help-arg-meeting-postpone-to = Noua dată: „AAAA-LL-ZZ HH:MM” (păstrează durata, dacă nu e dat --end) sau AAAA-LL-ZZ pentru zile întregi (păstrează numărul de zile, dacă nu e dat --until)
cli-help-arg-meeting-postpone-end = Sfârșitul noii date: „AAAA-LL-ZZ HH:MM” sau „HH:MM” în ziua lui --to
cli-help-arg-meeting-postpone-until = Ultima zi a noilor date, AAAA-LL-ZZ
cli-help-arg-meeting-postpone-tz = Fus orar IANA pentru --to și --end [implicit: al reuniunii]
cli-help-arg-meeting-postpone-undated = Încă nicio dată nouă: reuniunea e marcată ca amânată, iar calendarele anulează data veche
cli-help-arg-meeting-held-network = Numele scurt sau numele rețelei (sau, dat singur, id-ul ori UID-ul reuniunii)
cli-help-arg-meeting-cancel-network = Numele scurt sau numele rețelei (sau, dat singur, id-ul ori UID-ul reuniunii)
cli-help-arg-meeting-delete-network = Numele scurt sau numele rețelei (sau, dat singur, id-ul ori UID-ul reuniunii)
cli-help-arg-agenda-meeting = Id-ul, UID-ul sau titlul reuniunii
cli-help-command-agenda-add = Adaugă un punct, la sfârșit sau ca număr --at
cli-help-arg-agenda-add-title = Ce este punctul („Bun venit și prezentări”)
cli-help-arg-agenda-add-at = Locul lui: 1 pentru primul [implicit: după ultimul]
cli-help-arg-agenda-add-start = Când începe, HH:MM după ora reuniunii
cli-help-arg-agenda-add-end = Când se termină, HH:MM
cli-help-arg-speaker = Partenerul care îl conduce (id sau nume)
cli-help-arg-agenda-add-notes = Text liber despre punct
cli-help-command-agenda-update = Modifică punctul N; se schimbă doar opțiunile date (o valoare goală o șterge)
cli-help-arg-item = Numărul punctului
cli-help-arg-agenda-update-start = Când începe, HH:MM după ora reuniunii
cli-help-arg-agenda-update-end = Când se termină, HH:MM
cli-help-arg-agenda-update-notes = Text liber despre punct
cli-help-command-agenda-move = Mută punctul N astfel încât să devină numărul --to
cli-help-arg-agenda-move-to = Noul lui număr
cli-help-command-agenda-remove = Elimină punctul N; cele de după urcă
cli-help-arg-attendance-meeting = Id-ul, UID-ul sau titlul reuniunii
cli-help-arg-attendance-partner = Partenerul (id sau nume) al cărui răspuns este acesta
cli-help-arg-attendance-contact = O persoană de contact (id sau nume) al cărei răspuns este acesta
cli-help-arg-attendance-status = invited, confirmed (acceptat), declined, tentative, attended sau none pentru a-i scoate de pe listă
cli-help-arg-plan = Id-ul planului sau REȚEA/ORAȘ
cli-help-arg-plan-create-partner = Orașul partener al cărui plan este (numele sau id-ul lui)
cli-help-arg-plan-create-summary = Câteva rânduri despre plan; devin primul text al secțiunii sale de context
cli-help-arg-plan-create-language = Limba documentelor lui exportate: en, fr, de, es, it, pt, pl, nl, el, ro [implicit: en]
cli-help-arg-plan-language-code = en, fr, de, es, it, pt, pl, nl, el sau ro
cli-help-command-plan-section-set = Înlocuiește textul unei secțiuni (Markdown) cu --text sau cu conținutul lui --file
cli-help-arg-plan-section-set-key = Cheia secțiunii: context, vision, approach, actions, implementation, funding, risks, monitoring, local-group sau una proprie
cli-help-arg-plan-section-set-text = Textul nou
cli-help-arg-plan-section-set-file = Un fișier cu textul nou (Markdown UTF-8)
cli-help-arg-plan-section-set-message = De ce s-a schimbat, pentru istoric
cli-help-command-plan-section-add = Adaugă o secțiune proprie (cheia ei e formată din titlu)
cli-help-arg-plan-section-add-after = Pune-o după această secțiune [implicit: la sfârșit]
cli-help-command-plan-section-remove = Elimină o secțiune proprie (textul ei rămâne în istoric)
cli-help-arg-key = Cheia secțiunii
cli-help-command-plan-action-add = Adaugă o acțiune la sfârșitul tabelului
cli-help-arg-plan-action-add-objective = Obiectivul pe care îl servește (acțiunile sunt însumate pe obiectiv)
cli-help-arg-plan-action-add-lead = Organizația responsabilă
cli-help-arg-plan-action-add-partners = Organizații partenere
cli-help-arg-plan-action-add-start = Prima lună (AAAA-LL)
cli-help-arg-plan-action-add-end = Ultima lună (AAAA-LL)
cli-help-arg-plan-action-add-cost = Cost estimat în euro, precum 12500.50
cli-help-arg-plan-action-add-funding = Finanțare asigurată: city, erdf, esf-plus, national, regional, private sau other, apoi = și suma în euro; se poate repeta
cli-help-arg-plan-action-add-status = idea, planned, ongoing, done sau dropped [implicit: planned]
cli-help-arg-plan-action-add-pilot = Un pilot la scară mică (acțiune de test)
cli-help-command-plan-indicator-add = Adaugă un indicator
cli-help-arg-plan-indicator-add-kind = output sau result
cli-help-arg-plan-indicator-add-by = Când trebuie atinsă ținta (AAAA-LL)
cli-help-arg-plan-indicator-add-verification = Mijloace de verificare
cli-help-command-plan-risk-add = Adaugă un risc
cli-help-arg-plan-risk-add-likelihood = 1 (rar) până la 5 (aproape sigur)
cli-help-arg-plan-risk-add-impact = 1 (minor) până la 5 (grav)
cli-help-arg-plan-diff-rev-a = Numărul reviziei mai vechi
cli-help-arg-plan-diff-rev-b = Numărul reviziei mai noi
cli-help-arg-plan-restore-rev = Numărul reviziei
cli-help-arg-plan-status-status = draft, in-review, final sau adopted
cli-help-arg-plan-status-date = Ziua în care consiliul a adoptat planul (AAAA-LL-ZZ), pentru adopted
cli-help-arg-plan-comment-author = Numele evaluatorului
cli-help-arg-plan-send-out = Fișierul de scris
cli-help-arg-plan-receive-file = Fișierul .convene-plan
cli-help-arg-plan-resolve-key = Cheia conflictului: o cheie de secțiune sau action:ID, indicator:ID, risk:ID (`convene plan conflicts` le listează)
cli-help-arg-plan-resolve-ours = Păstrează textul nostru
cli-help-arg-plan-resolve-theirs = Ia textul lor
cli-help-arg-plan-resolve-text = Pune acest text combinat
cli-help-arg-plan-resolve-file = Pune textul combinat din acest fișier
cli-help-arg-plan-export-format = docx, pdf, md (sau markdown) ori html [implicit: după extensia lui --out]
cli-help-arg-plan-export-out = Fișierul de scris (înlocuit dacă există)
cli-help-arg-plan-author-name = Noul nume ("" revine la numele de utilizator al sistemului)
cli-help-arg-account = Contul al cărui dosar WebDAV conține fișierul (convene account list)
cli-help-arg-folder = Dosarul de pe server (absolut sau relativ la adresa contului) [implicit: dosarul ultimului push sau pull, altfel adresa contului]
cli-help-arg-password-stdin = Citește parola din prima linie a intrării standard
cli-help-command-practice-show = O bună practică cu toate secțiunile ei și rețelele care o folosesc
cli-help-arg-practice-show-id = Id-ul sau titlul practicii
cli-help-command-practice-add = Adaugă o bună practică
cli-help-arg-practice-add-title = Cum se numește practica
cli-help-arg-practice-add-tagline = O linie despre ce este
cli-help-arg-city = Orașul din care provine
cli-help-arg-country = Cod ISO 3166-1 (ES), numele țării (Spania) sau regiune
cli-help-arg-author = Cine a redactat-o
cli-help-arg-author-role = Rolul autorului („Coordonatoare de proiect”)
cli-help-arg-figure = O cifră pe care practica o pune în evidență („521 946 de locuitori”)
cli-help-arg-transfer = Dacă rețelele o transferă: yes sau no [la adăugare: no]
cli-help-arg-networks = Rețelele care o folosesc, după nume scurt sau nume, separate prin virgule ("" pentru niciuna)
cli-help-arg-sections = Un fișier text cu secțiunile ei (linii „## Titlu”, text dedesubt); - citește intrarea standard
cli-help-command-practice-update = Modifică o bună practică; se schimbă doar opțiunile date (o valoare goală o șterge)
cli-help-arg-practice = Id-ul sau titlul practicii
cli-help-arg-practice-update-tagline = O linie despre ce este
cli-help-command-practice-remove = Elimină o bună practică
cli-help-arg-search-text = Cuvinte de căutat (toate trebuie să se potrivească; diacriticele și majusculele nu contează)
cli-help-arg-search-limit = Cel mult atâtea rezultate
cli-help-arg-backup-file = Unde se scrie copia
cli-help-command-export-json = Totul, ca un singur document JSON (vezi docs/json.md); la ieșirea standard, dacă nu e dat --out
cli-help-arg-out = Scrie în acest fișier în loc de ieșirea standard
cli-help-command-export-ics = Reuniunile unei rețele ca fișier iCalendar (.ics); la ieșirea standard, dacă nu e dat --out
cli-help-arg-export-ics-partner = Doar perspectiva acestui partener: ce găzduiește sau la ce participă și reuniunile întregii rețele
cli-help-arg-export-ics-meeting = Doar această reuniune (id-ul sau UID-ul ei)
cli-help-arg-export-ics-from = Doar reuniunile cu o zi în aceasta sau după (AAAA-LL-ZZ)
cli-help-arg-export-ics-to = Doar reuniunile cu o zi în aceasta sau înainte (AAAA-LL-ZZ)
cli-help-arg-export-ics-reminder = Un memento cu atât înainte de fiecare reuniune: 1d, 2h, 30m, 1w sau combinate (1d12h)
cli-help-note-holidays = Două litere numesc o țară, prin codul ISO 3166-1 (FR, es, XK): sărbătorile ei legale.
    Orice altceva numește o rețea (nume scurt sau nume): fiecare zi în care unul dintre partenerii ei nu
    lucrează (sărbători naționale și regionale și zilele libere înregistrate cu `convene dayoff add`).
    Perioada este --year AN sau --from DATĂ --to DATĂ (ambele zile incluse).
    Datele vin de la python-holidays; o țară pe care nu o acoperă este refuzată cu lista celor pe care le acoperă.
cli-help-arg-holidays-target = Codul de două litere al unei țări (FR) sau numele scurt ori numele unei rețele
cli-help-arg-holidays-region = Cu o țară: și sărbătorile regiunii ei, un cod ISO 3166-2 precum ES-CN sau DE-BY
cli-help-arg-holidays-year = Tot anul
cli-help-arg-holidays-from = Prima zi, AAAA-LL-ZZ
cli-help-arg-holidays-to = Ultima zi, AAAA-LL-ZZ
cli-help-command-dayoff-list = Zilele libere înregistrate pentru partenerii unei rețele, după dată
cli-help-arg-dayoff-list-partner = Doar ale acestui partener (id-ul sau numele lui)
cli-help-command-dayoff-add = Înregistrează o zi în care un partener nu lucrează (hramul orașului, alegeri locale)
cli-help-arg-dayoff-add-date = Ziua, AAAA-LL-ZZ
cli-help-arg-dayoff-add-name = Ce zi este („Sânzienele”)
cli-help-command-dayoff-remove = Elimină o zi liberă a unui partener; --name alege când are mai multe în acea zi
cli-help-arg-dayoff-remove-date = Ziua, AAAA-LL-ZZ
cli-help-arg-dayoff-remove-name = Numele zilei libere
cli-help-arg-invite-network = Numele scurt sau numele rețelei (sau, dat singur, id-ul ori UID-ul reuniunii)
cli-help-arg-organizer = Adresa de e-mail a organizatorului (expeditorul; răspunsurile se întorc la el)
cli-help-arg-invite-to = Adresa de e-mail a unui participant; repetați opțiunea sau separați adresele prin virgule
cli-help-arg-invite-out = Scrie mesajul în acest fișier (.eml) în loc de ieșirea standard
cli-help-arg-slots-from = Prima zi a căutării, AAAA-LL-ZZ
cli-help-arg-slots-to = Ultima zi a căutării, AAAA-LL-ZZ (o reuniune trebuie să se termine până la miezul ei de noapte)
cli-help-arg-slots-duration = Cât durează reuniunea: 2h, 90m, 1h30
cli-help-arg-slots-days = Zile întregi în schimb: N zile la rând în care niciun partener nu are sărbătoare
cli-help-arg-slots-hours = Ore de lucru după ora fiecărui partener [implicit: 09:00-17:00]
cli-help-arg-slots-partners = Contează doar ora acestui partener (repetați pentru mai mulți) [implicit: toți partenerii]
cli-help-arg-slots-exclude-weekends = Lasă deoparte orele care cad sâmbăta sau duminica pentru vreun partener
cli-help-arg-slots-limit = Câte intervale să listeze, cele mai bune întâi
cli-help-arg-slots-tz = Ora pentru --from, --to și titlul fiecărui interval [implicit: UTC]
cli-help-command-poll-create = Pornește un sondaj: datele la care ar putea avea loc o reuniune
cli-help-arg-poll-create-title = Titlul reuniunii
cli-help-arg-poll-create-kind = Tipul reuniunii: kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review, other
cli-help-arg-poll-create-host = Orașul partener gazdă
cli-help-arg-poll-create-options = O dată propusă: „AAAA-LL-ZZ HH:MM/HH:MM” sau AAAA-LL-ZZ (zi întreagă); repetați pentru fiecare
cli-help-arg-poll-create-tz = Fusul orar al orelor opțiunilor [implicit: al gazdei]
cli-help-arg-poll-create-deadline = Răspuns până în această zi (AAAA-LL-ZZ)
cli-help-command-poll-invite = Scrie invitațiile la răspuns (un .eml pentru fiecare destinatar, o rezervare provizorie pentru fiecare dată)
cli-help-arg-poll = Id-ul sondajului
cli-help-arg-poll-invite-to = Un destinatar, contact al unui partener [implicit: contactele tuturor partenerilor]; repetați sau separați prin virgule
cli-help-arg-poll-invite-out = Dosarul în care se scriu mesajele
cli-help-command-poll-replies = Citește răspunsurile trimise de parteneri: răspunsuri (.eml, .ics) sau grile de răspuns (.txt)
cli-help-arg-poll-replies-files = Fișiere de răspuns
cli-help-command-poll-answer = Înregistrează de mână răspunsurile unui partener
cli-help-arg-poll-answer-partner = Numele sau id-ul orașului partener
cli-help-arg-poll-answer-options = N=yes, N=maybe sau N=no pentru data N; repetați opțiunea pentru mai multe date
cli-help-command-poll-show = Cine poate veni și când: fiecare dată pentru fiecare partener și cine nu a răspuns
cli-help-command-poll-close = Alege o dată: creează reuniunea și scrie invitația ei și eliberarea celorlalte date
cli-help-arg-poll-close-option = Data aleasă (numărul ei)
cli-help-arg-poll-close-out = Scrie invitația la reuniune și eliberarea celorlalte date în acest dosar
cli-help-arg-poll-close-organizer = Expeditorul acestor mesaje [implicit: organizatorul invitațiilor sondajului]
cli-help-command-poll-list = Sondajele unei rețele, cele mai noi întâi
cli-help-command-account-add = Adaugă un cont de server CalDAV/WebDAV (parola merge în portchei)
cli-help-arg-account-add-name = Un nume scurt prin care să fie numit (de exemplu nextcloud)
cli-help-arg-account-add-url = Adresa serverului (pentru Nextcloud https://HOST/remote.php/dav; un simplu https://HOST este descoperit)
cli-help-arg-account-add-user = Numele de utilizator pe server
cli-help-arg-account-add-ca-file = Un fișier PEM al autorității de certificare a unui server cu certificat propriu
cli-help-command-account-list = Listează conturile (niciodată parolele lor)
cli-help-command-account-test = Se conectează, descoperă calendarele și spune ce a găsit sau ce anume a eșuat
cli-help-command-account-remove = Elimină un cont, parola lui din portchei și ce s-a reținut prin el
cli-help-arg-publish-account = Contul (convene account list)
cli-help-arg-publish-calendar = Numele calendarului pe server [implicit: numele rețelei]
cli-help-arg-publish-ics-file = Păstrează și întregul .ics al rețelei la această cale pe server (pentru abonați)
cli-help-command-conflict-resolve = Rezolvă un conflict păstrând o parte
cli-help-arg-conflict-resolve-id = Id-ul conflictului (convene conflicts)

cli-help-arguments = Argumente:
cli-help-commands = Comenzi:
