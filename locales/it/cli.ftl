# The convene command line's own output. Source: locales/en/cli.ftl (comments there).
cli-error = errore: { $message }
cli-error-field-with-flag = { $field } ({ $flag }): { $reason }
cli-error-field = { $field }: { $reason }
cli-error-run-with-cascade = { $message } (esegui di nuovo con --cascade)
cli-no-partner = { $network } non ha nessun partner chiamato «{ $key }»; `convene partners { $slug }` li elenca
cli-no-partner-did-you-mean = { $network } non ha nessun partner chiamato «{ $key }»; intendevi { $suggestion }?
cli-no-meeting = { $network } non ha nessuna riunione con id, UID o titolo «{ $key }»; `convene meetings { $slug }` le elenca
cli-meeting-title-needs-network = { $message }; per indicare una riunione con il suo titolo, indica prima la sua rete (RETE RIUNIONE)
cli-no-milestone = { $network } non ha nessuna tappa con id o titolo «{ $key }»; `convene milestone list { $slug }` le elenca
cli-no-contact = { $place } non ha nessun contatto con id o nome «{ $key }»
cli-no-local-group-member = { $place } non ha nessun membro del gruppo locale con id o nome «{ $key }»
cli-no-practice = non c’è nessuna buona pratica con id o titolo «{ $key }»; `convene practices` le elenca
cli-no-day-off = { $partner } non ha nessun giorno libero il { $date }; `convene dayoff list { $slug } --partner { $partner_id }` li elenca
cli-no-day-off-named = { $partner } non ha nessun giorno libero chiamato «{ $name }» il { $date }; `convene dayoff list { $slug } --partner { $partner_id }` li elenca
cli-holidays-not-covered = python-holidays copre { $country } ({ $code }) dal { $first_year }; non ha date per { $span }
cli-date-from = dal { $date }
cli-date-until = fino al { $date }
cli-networks-none = Ancora nessuna rete. Aggiungine una con `convene network add --name NOME` o importa pagine con `convene import urbact FILE`.
cli-column-slug = NOME BREVE
cli-column-name = NOME
cli-column-kind = TIPO
cli-column-dates = DATE
cli-column-partner-count = N. PARTNER
cli-column-meeting-count = N. RIUNIONI
cli-column-lead-partner = CAPOFILA
cli-label-id = Id
cli-label-short-name = Nome breve
cli-label-kind = Tipo
cli-label-tagline = Slogan
cli-label-programme = Programma
cli-label-dates = Date
cli-label-lead-partner = Capofila
cli-label-language = Lingua
cli-label-email = E-mail
cli-label-website = Sito web
cli-network-phases = Fasi
cli-network-partner-count = { $count ->
    [0] Nessun partner
    [one] { $count } partner
   *[other] { $count } partner
}
cli-network-milestones = Tappe
cli-milestone-done = (fatto)
cli-network-plans = Piani d’azione
cli-plan-no-city = (nessuna città)
cli-network-import-notes = Note di importazione (righe che l’importatore non ha potuto collocare)
cli-network-meetings-hint = Riunioni: `convene meetings { $slug }`
cli-network-added = Rete { $name } aggiunta (id { $id }, nome breve { $slug }).
cli-network-updated = Rete { $name } modificata (nome breve { $slug }).
cli-network-deleted = Rete { $name } eliminata.
cli-network-deleted-with = Rete { $name } eliminata, insieme a { $also }.
cli-plan-language-set = «{ $title }» ora viene esportato in { $language }.
cli-cannot-write-json = impossibile scrivere il JSON: { $reason }
cli-warnings-heading = Avvisi:
cli-file-error = { $file }: { $message }
cli-backup-done = Backup del database salvato in { $file }.
cli-export-json-done = Database esportato in { $file }.
cli-import-json-done = { $summary } da { $file }.
cli-import-warning = riga { $line }: { $message } («{ $text }»)
cli-ics-nothing-imported = { $file }: nessuno dei suoi eventi è stato importato ({ $count ->
    [one] { $count } saltato
   *[other] { $count } saltati
}, elencati sopra); correggeteli, oppure importate il file nel programma di calendario che l’ha creato ed esportatelo di nuovo
cli-ics-column-id = id
cli-ics-column-when = quando
cli-ics-column-status = stato
cli-ics-column-title = titolo
cli-ics-created = Create:
cli-ics-updated = Modificate:
cli-ics-and-more = … e altre { $count }; `convene meetings { $slug }` elenca tutte le riunioni.
cli-ics-skipped = Saltati ({ $count }):
cli-warning = avviso: { $warning }
cli-sync-ics-file = file .ics: { $path }
cli-plan-pushed = «{ $plan }» salvato in { $href }.
cli-plan-pulled = «{ $plan }» letto da { $href }.
cli-plan-pulled-conflicts = { $count ->
    [one] { $count } conflitto, affiancato in `convene plan conflicts { $plan }`; risolvetelo con `convene plan resolve`.
   *[other] { $count } conflitti, affiancati in `convene plan conflicts { $plan }`; risolvete ciascuno con `convene plan resolve`.
}
cli-conflicts-none = Nessun conflitto.
cli-conflict-deleted = (eliminata)
cli-conflict-heading = { $id }: «{ $title }» ({ $network }), trovato il { $found }
cli-conflict-here = qui:
cli-conflict-on-server = sul server:
cli-conflicts-settle = Risolvete ciascuno con: convene conflict resolve ID --keep local|remote
cli-plans-none = { $network } non ha ancora piani d’azione. `convene plan create { $slug } --partner CITTÀ --title T` ne avvia uno.
cli-column-id = ID
cli-column-partner = PARTNER
cli-column-title = TITOLO
cli-column-status = STATO
cli-column-revision = REV
cli-column-last-change-utc = ULTIMA MODIFICA (UTC)
cli-column-by = DA
cli-plan-section-added = sezione { $key } aggiunta
cli-plan-section-removed = sezione { $key } rimossa
cli-plan-section-saved = { $key } salvata
cli-plan-revision-restored = revisione { $revision } ripristinata
cli-plan-conflict-settled = conflitto risolto in { $key }
cli-plan-saved = { $what }: revisione { $revision } di { $author }
cli-plan-unchanged = nulla è cambiato: il piano dice già così (revisione { $revision })
cli-plan-status-word = { $status ->
    [draft] una bozza
    [in_review] in revisione
    [final] definitivo
   *[adopted] adottato
}
cli-plan-status-set = «{ $title }» ora è { $status }
cli-plan-status-set-on = «{ $title }» è { $status } dal { $date }
cli-plan-comment-added = commento { $id } aggiunto a { $key } da { $author }
cli-plan-sent = { $count ->
    [one] «{ $title }» scritto con { $count } revisione in { $file }
   *[other] «{ $title }» scritto con { $count } revisioni in { $file }
}
cli-plan-received-settle = Risolvete ciascuno con `convene plan resolve { $id } CHIAVE --ours | --theirs | --text T`.
cli-plan-conflicts-none = Nessun conflitto da risolvere.
cli-plan-author-default = { $name } (il nome utente del sistema; sceglietene uno con `convene plan author NOME`)
cli-plan-conflict = conflitto in { $label } ({ $key }):
cli-plan-conflict-ours = nostra:
cli-plan-conflict-theirs = loro:
cli-plan-conflict-removed = (rimossa)
cli-plan-created = piano { $id } «{ $title }» creato per { $partner }
cli-plan-section-keys = Piano { $id }. Sezioni da scrivere con `convene plan section set { $id } CHIAVE`: { $keys }
cli-plan-open-comments = Commenti aperti
cli-plan-open-conflicts = { $count ->
    [one] { $count } conflitto con la copia di un partner da risolvere: `convene plan conflicts { $id }`
   *[other] { $count } conflitti con la copia di un partner da risolvere: `convene plan conflicts { $id }`
}
cli-poll-created = { $count ->
    [one] Sondaggio { $id } «{ $title }» creato con { $count } data.
   *[other] Sondaggio { $id } «{ $title }» creato con { $count } date.
}
cli-poll-invitations-written = { $count ->
    [one] { $count } invito scritto in { $folder }: inviatelo dal vostro programma di posta.
   *[other] { $count } inviti scritti in { $folder }: inviate ciascuno dal vostro programma di posta.
}
cli-poll-column-file = File
cli-poll-column-partner = Partner
cli-poll-column-date = Data
cli-poll-column-answer = Risposta
cli-poll-column-recorded = Registrata
cli-poll-column-yes = Sì
cli-poll-column-if-need-be = Se necessario
cli-poll-column-no = No
cli-poll-column-zone = Fuso
cli-poll-column-id = Id
cli-poll-column-title = Titolo
cli-poll-column-dates = Date
cli-poll-column-answered = Risposte
cli-poll-no-answer-recorded = non è stata registrata alcuna risposta
cli-poll-not-an-answer = «{ $text }» non è N=RISPOSTA; scrivete il numero della data e yes, maybe o no, per esempio 2=yes
cli-poll-answers-recorded = { $count ->
    [one] Registrata { $count } risposta di { $partner }.
   *[other] Registrate { $count } risposte di { $partner }.
}
cli-label-poll = Sondaggio
cli-label-host = Ospitante
cli-label-deadline = Scadenza
cli-label-state = Stato
cli-poll-state-closed-on = chiuso sulla data { $number } (riunione { $meeting })
cli-poll-state-open = aperto
cli-poll-state-closed = chiuso
cli-poll-all-answered = Tutti i partner hanno risposto.
cli-poll-not-answered = Senza risposta: { $partners }
cli-poll-organizer-needed = gli inviti del sondaggio non sono mai stati scritti; indicate il mittente dell’invito alla riunione con --organizer
cli-poll-closed = Sondaggio { $id } chiuso sulla data { $number }: creata la riunione { $meeting } «{ $title }», { $when }.
cli-poll-no-messages-written = Nessun messaggio scritto: indicate --out CARTELLA per scrivere l’invito alla riunione e il rilascio delle altre date.
cli-polls-none = { $network } non ha ancora sondaggi.
cli-reminder-not-a-duration = «{ $text }» non è una durata; scrivetela come 1d, 2h o 30m
cli-ics-export-written = { $count ->
    [one] Scritta { $count } riunione.
   *[other] Scritte { $count } riunioni.
}
cli-ics-export-written-to = { $count ->
    [one] Scritta { $count } riunione in { $file }.
   *[other] Scritte { $count } riunioni in { $file }.
}
cli-ics-export-written-left-out = { $count ->
    [one] Scritta { $count } riunione
   *[other] Scritte { $count } riunioni
}; { $undated ->
    [one] { $undated } non ancora datata è stata esclusa.
   *[other] { $undated } non ancora datate sono state escluse.
}
cli-ics-export-written-to-left-out = { $count ->
    [one] Scritta { $count } riunione
   *[other] Scritte { $count } riunioni
} in { $file }; { $undated ->
    [one] { $undated } non ancora datata è stata esclusa.
   *[other] { $undated } non ancora datate sono state escluse.
}
cli-invite-written = { $method ->
    [cancel] Annullamento scritto: { $subject }.
   *[request] Invito scritto: { $subject }.
}
cli-invite-written-to = { $method ->
    [cancel] Annullamento scritto in { $file }: { $subject }.
   *[request] Invito scritto in { $file }: { $subject }.
}
cli-not-a-date-time = «{ $text }» non è una data con ora; scrivetela come "AAAA-MM-GG HH:MM"
cli-not-a-month = «{ $text }» non è un mese; scrivetelo come AAAA-MM (o un anno, AAAA)
cli-meeting-no-start-yet = la riunione non ha ancora un orario di inizio; indicate --start e --end
cli-meeting-end-needed = indicate --end con --start ("AAAA-MM-GG HH:MM" o "HH:MM")
cli-meeting-no-day-yet = la riunione non ha ancora un giorno; indicate --date (e --until)
cli-not-a-time-of-day = «{ $text }» non è un orario; scrivetelo come HH:MM (14:30)
cli-agenda-speaker = (relatore: { $speaker })
cli-agenda-empty = L’ordine del giorno è vuoto. Aggiungete un punto con `convene agenda { $slug } { $meeting } add --title TESTO`.
cli-agenda-heading = Ordine del giorno di { $title } (riunione { $meeting })
cli-agenda-item-added = Punto { $number } aggiunto all’ordine del giorno di { $title }:
cli-agenda-item-changed = Punto { $number } dell’ordine del giorno di { $title } modificato:
cli-agenda-item-moved = Punto { $number } spostato in posizione { $place } nell’ordine del giorno di { $title }:
cli-agenda-item-removed = Punto { $number } rimosso dall’ordine del giorno di { $title }:
cli-agenda-item-removed-named = Punto { $number } ({ $item }) rimosso dall’ordine del giorno di { $title }:
cli-holidays-which-days = indicate quali giorni: --year ANNO, oppure --from DATA --to DATA
cli-holidays-region-needs-country = --region va con un codice di paese (convene holidays ES --region ES-CN ...); i partner di una rete hanno ciascuno la propria regione (convene partner update RETE CITTÀ --region CODICE)
cli-holidays-heading = Festività in { $country } ({ $code }), { $span }:
cli-holidays-heading-region = Festività in { $country } ({ $code }) con { $region }, { $span }:
cli-holidays-none = nessuna.
cli-holiday-estimated = { $name } (data stimata)
cli-holiday-national = nazionale
cli-column-date = DATA
cli-column-day = GIORNO
cli-column-holiday = FESTIVITÀ
cli-column-where = DOVE
cli-holidays-no-dates-before = (python-holidays non ha date prima del { $first_year } per { $code }.)
cli-holidays-network-none = Nessun partner di { $network } ha una festività o un giorno libero, { $span }.
cli-holidays-network-heading = Giorni liberi dei partner di { $network }, { $span }:
cli-holidays-uncovered = Convene non ha festività per: { $partners } (contano solo i loro giorni liberi registrati).
cli-day-off-line = «{ $name }» il { $date } ({ $weekday })
cli-days-off-none-partner = Nessun giorno libero registrato per { $partner }. Aggiungetene uno con `convene dayoff add { $slug } --partner CITTÀ --date AAAA-MM-GG --name TESTO`.
cli-days-off-none-network = Nessun giorno libero registrato per i partner di { $network }. Aggiungetene uno con `convene dayoff add { $slug } --partner CITTÀ --date AAAA-MM-GG --name TESTO`.
cli-day-off-added = Giorno libero { $day } aggiunto per { $partner } (id { $id }).
cli-day-off-added-also-holiday = Giorno libero { $day } aggiunto per { $partner } (id { $id }). Lì è anche una festività: { $holidays }.
cli-day-off-which = { $partner } ha { $count } giorni liberi il { $date }: { $names }; indicate quale con --name
cli-day-off-removed = Giorno libero { $day } di { $partner } rimosso.
cli-meeting-id-and-date = id { $id } ({ $date })
cli-meetings-same-title = { $count } riunioni di { $network } si intitolano «{ $key }»: { $meetings }; usate l’id
cli-to-before-from = { $to } è prima di --from { $from }
cli-meetings-none = { $network } non ha riunioni.
cli-meetings-none-in-period = { $network } non ha riunioni in quel periodo.
cli-column-when = QUANDO
cli-column-mode = MODALITÀ
cli-column-country = PAESE
cli-column-zone = FUSO
cli-column-offset = SCARTO
cli-column-local-time = ORA LOCALE
cli-column-note = NOTA
cli-label-network = Rete
cli-label-when = Quando
cli-label-venue = Luogo
cli-label-mode = Modalità
cli-label-status = Stato
cli-label-uid = UID
cli-label-sequence = Sequenza
cli-meeting-warnings = Avvisi
cli-meeting-local-times = Orari locali
cli-local-time-outside-working-hours = fuori dall’orario di lavoro
cli-local-time-weekend = fine settimana
cli-meeting-agenda = Ordine del giorno
cli-meeting-attendance = Partecipazione
cli-meeting-attendance-contact = { $name } (contatto): { $answer }
cli-meeting-needs-start-and-end = una riunione con orario ha bisogno di --start e --end
cli-meeting-tz-needs-times = --tz si applica a --start e --end; indicateli anche
cli-meeting-until-needs-date = --until ha bisogno di --date (il primo giorno)
cli-meeting-added = Riunione { $id } aggiunta a { $network }: { $title }, { $when }.
cli-meeting-updated = Riunione { $id } modificata: { $title } ({ $when }).
cli-meeting-updated-sequence = Riunione { $id } modificata: { $title } ({ $when }); i calendari vedranno la modifica (sequenza { $sequence }).
cli-meeting-deleted = Riunione { $id } eliminata: { $title }.
cli-not-a-population = «{ $text }» non è un numero intero di abitanti
cli-partner-name-and-id = { $name } (id { $id })
cli-partners-same-name = { $count } partner di { $network } si chiamano «{ $key }»: { $partners }; usate l’id
cli-partners-none = { $network } non ha ancora partner. Aggiungetene uno con `convene partner add { $slug } --name CITTÀ --country CC`.
cli-column-role = RUOLO
cli-column-time-zone = FUSO ORARIO
cli-column-population = POPOLAZIONE
cli-column-contacts = CONTATTI
cli-label-country = Paese
cli-label-region = Regione
cli-label-role = Ruolo
cli-label-time-zone = Fuso orario
cli-label-population = Popolazione
cli-label-notes = Note
cli-partner-contacts = Contatti
cli-partner-local-group = Gruppo locale
cli-partner-added = { $name } ({ $country }, { $zone }) aggiunto a { $network } come { $role ->
    [lead_partner] capofila
    [good_practice_city] città della buona pratica
    [transfer_city] città di trasferimento
    [associated] associato
   *[partner] partner
} (id { $id }).
cli-partner-updated = { $name } ({ $country }, { $zone }) modificato in { $network }.
cli-partner-deleted = { $name } eliminato da { $network }.
cli-partner-deleted-with = { $name } eliminato da { $network } ({ $also }).
cli-milestone-not-a-month = «{ $text }» non è un mese; scrivetelo come AAAA-MM
cli-milestones-same-title = { $count } tappe si intitolano «{ $key }»: { $milestones }; usate l’id
cli-milestone-line = { $title } ({ $when }, { $kind }, id { $id })
cli-milestone-line-done = { $title } ({ $when }, { $kind }, fatto, id { $id })
cli-milestone-needs-date = una tappa ha bisogno del suo giorno (--date AAAA-MM-GG) o del suo mese (--month AAAA-MM)
cli-milestone-added = Tappa { $milestone } aggiunta a { $network }.
cli-milestone-updated = Tappa { $milestone } modificata.
cli-milestone-removed = Tappa { $milestone } rimossa da { $network }.
cli-milestones-none = { $network } non ha ancora tappe. Aggiungetene una con `convene milestone add { $slug } --title TESTO --date AAAA-MM-GG`.
cli-milestone-done-word = fatto
cli-column-done = FATTO
cli-practices-none = Ancora nessuna buona pratica. Aggiungetene una con `convene practice add --title TITOLO`, o importatele da pagine URBACT con `convene import urbact FILE`.
cli-yes = sì
cli-column-city = CITTÀ
cli-column-transfer = TRASFERIMENTO
cli-column-network = RETE
cli-column-match = CORRISPONDENZA
cli-practices-same-title = { $count } buone pratiche si intitolano «{ $key }»; usate l’id
cli-label-city = Città
cli-label-author = Autore
cli-label-figure = Cifra chiave
cli-label-transfer = Trasferimento
cli-label-networks = Reti
cli-practice-transferred = sì, trasferita da reti
cli-limit-at-least-one = deve essere almeno 1
cli-search-nothing = Nulla corrisponde a «{ $text }».
cli-cannot-read-stdin = impossibile leggere le sezioni dall’input standard: { $reason }
cli-practice-line = { $title } (id { $id }, { $count ->
    [one] { $count } sezione
   *[other] { $count } sezioni
})
cli-practice-line-from = { $title } (id { $id }, { $from }, { $count ->
    [one] { $count } sezione
   *[other] { $count } sezioni
})
cli-practice-added = Buona pratica { $practice } aggiunta.
cli-practice-updated = Buona pratica { $practice } modificata.
cli-practice-removed = Buona pratica { $title } (id { $id }) rimossa.
cli-person-of-partner = { $name } di { $partner } (id { $id })
cli-people-same-name = { $count } persone di { $place } si chiamano «{ $key }»: { $people }; usate l’id
cli-contacts-none = { $place } non ha ancora contatti. Aggiungetene uno con `convene contact add { $slug } --partner CITTÀ --name NOME`.
cli-local-group-none = { $place } non ha ancora membri del gruppo locale. Aggiungetene uno con `convene local-group add { $slug } --partner CITTÀ --name NOME`.
cli-column-email = E-MAIL
cli-column-phone = TELEFONO
cli-column-organisation = ORGANIZZAZIONE
cli-contact-added = { $name } aggiunto ai contatti di { $partner } (id { $id }).
cli-contact-updated = { $name }, contatto di { $partner }, modificato (id { $id }).
cli-contact-removed = { $name } rimosso dai contatti di { $partner }.
cli-member-added = { $name } aggiunto al gruppo locale di { $partner } (id { $id }).
cli-member-updated = { $name }, del gruppo locale di { $partner }, modificato (id { $id }).
cli-member-removed = { $name } rimosso dal gruppo locale di { $partner }.
cli-plan-export-format-unknown = impossibile capire il formato da «{ $file }»; aggiungete --format docx, pdf, md o html
cli-plan-exported = «{ $title }» scritto in { $file } ({ $format }, { $size })
cli-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } byte
}
cli-size-kilobytes = { $count } KB
cli-not-a-funding-line = «{ $text }» non è FONTE=EUR (come erdf=12000)
cli-plan-action-added = azione «{ $title }» aggiunta
cli-plan-indicator-added = indicatore «{ $name }» aggiunto
cli-plan-risk-added = rischio aggiunto
cli-meeting-already = La riunione { $id } ({ $title }) era già { $status ->
    [confirmed] confermata
    [held] tenuta
    [postponed] rinviata
    [tentative] provvisoria
   *[cancelled] annullata
}.
cli-meeting-confirmed = Riunione { $id } confermata: { $title } ({ $when }){ $changed ->
    [yes] ; i calendari vedranno la modifica (sequenza { $sequence })
   *[no] {""}
}.
cli-meeting-marked-held = Riunione { $id } segnata come tenuta: { $title } ({ $when }){ $changed ->
    [yes] ; i calendari vedranno la modifica (sequenza { $sequence })
   *[no] {""}
}.
cli-meeting-cancelled = Riunione { $id } annullata: { $title } ({ $when }){ $changed ->
    [yes] ; i calendari vedranno la modifica (sequenza { $sequence })
   *[no] {""}
}.
cli-meeting-postponed-undated = Riunione { $id } rinviata: { $title }; ancora nessuna nuova data, quindi i calendari sanno che non si terrà il { $when } (sequenza { $sequence }).
cli-meeting-postponed-to = Riunione { $id } rinviata: { $title }; ora { $when }, provvisoria fino alla conferma (sequenza { $sequence }).
cli-not-an-attendance-status = «{ $text }» non è uno tra: invited, confirmed (o accepted), declined, tentative, attended, none
cli-attendance-status = { $status ->
    [accepted] accettato
    [declined] rifiutato
    [tentative] provvisorio
    [attended] presente
   *[invited] invitato
}
cli-attendance-none = Nessuno è ancora in elenco.
cli-attendee-partner = partner
cli-attendee-contact = contatto
cli-column-who = CHI
cli-attendance-heading = Partecipazione a { $title } (riunione { $meeting })
cli-attendance-set = { $name }: { $answer } per { $title }.
cli-attendance-removed = { $name } non è più nell’elenco di { $title }.
cli-slots-how-long = indicate quanto dura la riunione: --duration 2h, oppure --days N per giorni interi
cli-length-minutes = { $minutes } minuti
cli-length-hours = { $hours } ore
cli-length-hours-minutes = { $hours } h { $minutes }
cli-slots-heading = { $network }: { $count ->
    [one] { $count } inizio
   *[other] { $count } inizi
} per una riunione di { $length } dal { $from } al { $to } ({ $zone }; orario di lavoro { $hours } secondo l’ora di ciascun partner).
cli-slots-none-suit-all = Nessuno va bene per tutti i partner; i meno scomodi vengono prima.
cli-slots-suit-all = { $count ->
    [one] { $count } va bene per tutti i partner.
   *[other] { $count } vanno bene per tutti i partner.
}
cli-slots-nothing-fits = Nessun orario rientra in quel periodo; allargatelo o accorciate la riunione.
cli-slot-suits-everyone = va bene per tutti
cli-slot-awkward = scomodo per { $troubled } su { $count } (disagio: massimo { $worst }, totale { $total })
cli-column-problems = PROBLEMI
cli-days-heading = { $network }: { $count ->
    [one] { $count } scelta
   *[other] { $count } scelte
} di { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
} dal { $from } al { $to } in cui nessun partner ha una festività{ $weekends ->
    [left-out] {" "}(fine settimana esclusi)
   *[counted] {""}
}.
cli-date-span = { $first } – { $last }
cli-days-also = (anche: { $meetings })
cli-days-left-out = Giorni esclusi:
cli-rotation-heading = { $network }: { $count ->
    [one] { $count } riunione
   *[other] { $count } riunioni
} in presenza, tenute o previste.
cli-rotation-no-partners = Non ha ancora partner.
cli-column-hosted = OSPITATE
cli-column-held = TENUTE
cli-column-planned = PREVISTE
cli-column-last-hosted = ULTIMA OSPITATA
cli-rotation-without-host = { $count ->
    [one] { $count } riunione non ha ancora una città ospitante.
   *[other] { $count } riunioni non hanno ancora una città ospitante.
}
cli-rotation-not-hosted = Non ancora ospitanti: { $partners }.
cli-rotation-next = Prossimi ospitanti, i più equi prima: { $partners }.
cli-column-time-utc = ORA (UTC)
cli-column-author = AUTORE
cli-column-message = MESSAGGIO
cli-plan-diff-heading = revisione { $from } ({ $from_author }, { $from_time }) -> revisione { $to } ({ $to_author }, { $to_time })
cli-plan-diff-none = Nessuna differenza.
cli-plan-diff-section-added = (aggiunta)
cli-plan-diff-section-removed = (rimossa)
cli-plan-diff-section-renamed = (prima { $title })
cli-plan-diff-reordered = Le sezioni sono state messe in un altro ordine.
cli-plan-diff-row = { $row ->
    [indicator] indicatore «{ $label }» { $change ->
        [added] aggiunto
        [removed] rimosso
       *[changed] modificato: { $fields }
    }
    [risk] rischio «{ $label }» { $change ->
        [added] aggiunto
        [removed] rimosso
       *[changed] modificato: { $fields }
    }
   *[action] azione «{ $label }» { $change ->
        [added] aggiunta
        [removed] rimossa
       *[changed] modificata: { $fields }
    }
}
cli-account-password-stored = la password è nel portachiavi
cli-account-no-keyring = nessun portachiavi ha risposto ({ $reason }), quindi la password non è stata salvata: indicatela con --password-stdin o { $variable } a ogni comando
cli-account-no-password = nessuna password indicata: indicatela con --password-stdin o { $variable } a ogni comando
cli-account-added = Account { $name } aggiunto ({ $url } come { $user }); { $password }.
cli-accounts-none = Ancora nessun account: convene account add NOME --url URL --user UTENTE --password-stdin
cli-account-column-name = nome
cli-account-column-url = url
cli-account-column-user = utente
cli-account-column-ca-file = file CA
cli-account-works = { $name } funziona.
    principal: { $principal }
    cartella dei calendari: { $home }
    calendari: { $count }
cli-account-calendar-no-name = (senza nome)
cli-account-removed = Account { $name } rimosso, con la sua password nel portachiavi.
cli-not-an-export-format = «{ $text }» non è un formato di esportazione; usate docx, pdf, md o html

publish-kept-local-create = «{ $title }» mantiene la versione di Convene; la prossima pubblicazione la ricrea sul server.
publish-kept-local-overwrite = «{ $title }» mantiene la versione di Convene; la prossima pubblicazione sovrascrive quella del server.
publish-kept-local-deleted = «{ $title }» resta eliminata; la prossima pubblicazione la elimina sul server.
publish-kept-remote-deleted = «{ $title }» è stata eliminata qui, come sul server.
publish-kept-remote = «{ $title }» ha ora qui la versione del server.
publish-change-time = orario: { $before } -> { $after }
publish-change-title = titolo: «{ $before }» -> «{ $after }»
publish-change-place = luogo: «{ $before }» -> «{ $after }»
publish-change-status = stato: { $before } -> { $after }
publish-change-description = descrizione
publish-change-online-link = link online: { $before } -> { $after }
publish-said-last-modified = ultima modifica { $when }
publish-said-changed-by = modificato da { $who }
publish-said-organiser = organizzatore: { $who }
publish-said-who-unknown = l'evento non dice chi l'ha modificato

cli-value-meeting-kind-kick-off = Avvio
cli-value-meeting-kind-transnational = Incontro transnazionale
cli-value-meeting-kind-city-visit = Visita in città
cli-value-meeting-kind-final-event = Evento finale
cli-value-meeting-kind-local-group = Gruppo locale URBACT
cli-value-meeting-kind-online-touch-base = Aggiornamento online
cli-value-meeting-kind-phase-review = Revisione di fase
cli-value-meeting-kind-other = Altro
cli-value-poll-answer-yes = Sì
cli-value-poll-answer-maybe = Se necessario
cli-value-poll-answer-no = No
cli-value-meeting-mode-in-person = In presenza
cli-value-meeting-mode-online = Online
cli-value-meeting-mode-hybrid = Ibrido
cli-value-meeting-status-tentative = Provvisorio
cli-value-meeting-status-confirmed = Confermato
cli-value-meeting-status-held = Svolto
cli-value-meeting-status-postponed = Rinviato
cli-value-meeting-status-cancelled = Annullato
cli-value-attendance-invited = Invitato
cli-value-attendance-accepted = Accettato
cli-value-attendance-declined = Rifiutato
cli-value-attendance-tentative = Forse
cli-value-attendance-attended = Presente
cli-value-network-kind-action-planning = Pianificazione d'azione
cli-value-network-kind-transfer = Trasferimento
cli-value-network-kind-innovation-transfer = Trasferimento di innovazione
cli-value-network-kind-implementation = Attuazione
cli-value-network-kind-other = Altro
cli-value-partner-role-lead-partner = Capofila
cli-value-partner-role-partner = Partner
cli-value-partner-role-good-practice-city = Città della buona pratica
cli-value-partner-role-transfer-city = Città di trasferimento
cli-value-partner-role-associated = Associato
cli-value-plan-status-draft = Bozza
cli-value-plan-status-in-review = In revisione
cli-value-plan-status-final = Definitivo
cli-value-plan-status-adopted = Adottato
cli-value-funding-source-city = Bilancio comunale
cli-value-funding-source-erdf = FESR
cli-value-funding-source-esf-plus = FSE+
cli-value-funding-source-national = Nazionale
cli-value-funding-source-regional = Regionale
cli-value-funding-source-private = Privato
cli-value-funding-source-other = Altro
cli-value-action-status-idea = Idea
cli-value-action-status-planned = Prevista
cli-value-action-status-ongoing = In corso
cli-value-action-status-done = Completata
cli-value-action-status-dropped = Abbandonata
cli-value-indicator-kind-output = Realizzazione
cli-value-indicator-kind-result = Risultato
cli-value-revision-kind-created = Creato
cli-value-revision-kind-edit = Modificato
cli-value-revision-kind-restore = Ripristinato
cli-value-revision-kind-received = Ricevuto
cli-value-revision-kind-merge = Unito
cli-value-revision-kind-resolve = Conflitto risolto
cli-value-milestone-kind-phase = Inizio o fine di fase
cli-value-milestone-kind-deadline = Scadenza
cli-value-milestone-kind-deliverable = Prodotto
cli-value-milestone-kind-decision = Decisione
cli-value-milestone-kind-event = Evento
cli-value-milestone-kind-other = Altro
cli-value-hit-kind-network = Rete
cli-value-hit-kind-partner = Partner
cli-value-hit-kind-meeting = Incontro
cli-value-hit-kind-plan = Piano d'azione
cli-value-hit-kind-practice = Buona pratica
cli-value-day-off-source-national = Festività nazionale
cli-value-day-off-source-regional = Festività regionale
cli-value-day-off-source-local = Giorno libero locale

cli-help-usage = Uso:
cli-help-options = Opzioni:
cli-help-group-networks = Reti:
cli-help-group-partners = Partner e le loro persone:
cli-help-group-meetings = Incontri:
cli-help-group-holidays = Festività e giorni di chiusura:
cli-help-group-plans = Piani d'azione:
cli-help-group-practices = Buone pratiche:
cli-help-group-data = Tutti i dati:
cli-help-group-servers = Server di calendario (CalDAV, WebDAV):
cli-help-group-meeting = L'incontro:
cli-help-group-meeting-life = Il suo corso:
cli-help-group-plan = Il piano:
cli-help-group-plan-content = Il suo contenuto:
cli-help-group-plan-review = Revisione e cronologia:
cli-help-group-plan-exchange = Scambio con le città partner:
cli-help-about = Reti, città partner, incontri, piani d'azione e buone pratiche delle reti transnazionali di città
cli-help-after =
    NETWORK è il nome breve (slug) o il nome di una rete, in maiuscolo o minuscolo, con o senza accenti.
    Il database è --db PATH, altrimenti $CONVENE_DB, altrimenti il convene.db dell'applicazione desktop
    (su Linux ~/.local/share/eu.convene.app/convene.db).
cli-help-option-db = Il file del database [predefinito: $CONVENE_DB, altrimenti il convene.db dell'applicazione desktop]
cli-help-option-json = Scrivere JSON leggibile da una macchina invece del testo
cli-help-option-lang = La lingua dei messaggi: en, fr, de, es, it, pt, pl, nl, el, ro [predefinita: da $LC_ALL, $LC_MESSAGES, $LANG]
cli-help-option-help = Mostrare l'aiuto
cli-help-option-version = Mostrare la versione
cli-help-command-networks = Elencare tutte le reti
cli-help-command-network = Mostrare, aggiungere, modificare o eliminare una rete
cli-help-command-milestone = Elencare, aggiungere, modificare o togliere le tappe di una rete
cli-help-command-partners = Elencare i partner di una rete
cli-help-command-partner = Mostrare, aggiungere, modificare o eliminare un partner di una rete
cli-help-command-contacts = Elencare le persone di contatto dei partner di una rete
cli-help-command-contact = Aggiungere, modificare o togliere la persona di contatto di un partner
cli-help-command-local-group = Elencare i membri del gruppo locale URBACT di una rete, oppure aggiungerne, modificarne o toglierne uno
cli-help-command-meetings = Elencare gli incontri di una rete per data (quelli senza data in fondo)
cli-help-command-meeting = Mostrare, aggiungere, modificare, confermare, rinviare, segnare come tenuto, annullare o eliminare un incontro
cli-help-command-agenda = Mostrare l'ordine del giorno di un incontro, oppure aggiungere, modificare, spostare o togliere un punto
cli-help-command-attendance = Mostrare chi è invitato a un incontro, oppure registrare la risposta di un partner o di un contatto
cli-help-command-invite = Scrivere un invito via e-mail a un incontro (un annullamento se è annullato o rinviato)
cli-help-command-slots = Trovare orari adatti ai partner di una rete: orario di lavoro, fine settimana, festività, altri incontri
cli-help-command-rotation = Chi ha ospitato gli incontri in presenza della rete e chi dovrebbe ospitare il prossimo
cli-help-command-poll = Chiedere ai partner quali date vanno bene, leggere le risposte e trasformare la data scelta in un incontro
cli-help-command-holidays = Le festività di un paese, oppure i giorni in cui i partner di una rete non lavorano
cli-help-command-dayoff = Elencare, aggiungere o togliere i giorni di chiusura propri di un partner (la festa del patrono, un'elezione locale)
cli-help-command-plans = Elencare i piani d'azione di una rete con il loro stato e l'ultima modifica
cli-help-command-plan = Redigere, rivedere, confrontare, ripristinare, inviare e ricevere un Piano d'Azione Integrato
cli-help-command-practices = Elencare le buone pratiche
cli-help-command-practice = Mostrare, aggiungere, modificare o togliere una buona pratica
cli-help-command-search = Cercare tra reti, partner, incontri, piani d'azione e buone pratiche
cli-help-command-import = Importare pagine di reti URBACT, un'esportazione JSON di Convene o un file iCalendar
cli-help-command-export = Esportare l'intero database, oppure gli incontri come file iCalendar
cli-help-command-backup = Copiare l'intero database in FILE (backup online di SQLite; sicuro mentre l'applicazione è aperta)
cli-help-command-help = Mostrare questo messaggio o l'aiuto dei sottocomandi indicati
cli-help-command-account = Aggiungere, elencare, provare o togliere un account di server CalDAV/WebDAV (le password restano nel portachiavi)
cli-help-command-publish = Pubblicare gli incontri di una rete in un calendario su un server CalDAV (leggendo prima le sue modifiche)
cli-help-command-pull = Riprendere in una rete pubblicata le modifiche fatte sul server CalDAV
cli-help-command-conflicts = Elencare gli incontri modificati sia qui sia sul server, con entrambe le versioni
cli-help-command-conflict = Risolvere un conflitto: tenere la versione locale o quella remota
cli-help-password = Da dove viene la password: --password-stdin (la prima riga dell'input standard), altrimenti $CONVENE_DAV_PASSWORD, altrimenti il portachiavi del sistema operativo (dove l'ha salvata `account add`). Una macchina senza desktop non ha portachiavi: usate lì --password-stdin o CONVENE_DAV_PASSWORD.
cli-help-meeting-note = L'ordine del giorno di un incontro e chi partecipa: `convene agenda NETWORK MEETING`, `convene attendance NETWORK MEETING`.
cli-help-command-meeting-show = Un incontro con il suo ordine del giorno, le presenze e l'ora sull'orologio di ogni partner
cli-help-command-meeting-add = Aggiungere un incontro a una rete
cli-help-command-meeting-update = Modificare un incontro; cambiano solo le opzioni indicate
cli-help-command-meeting-delete = Eliminare un incontro con il suo ordine del giorno e le presenze
cli-help-command-meeting-confirm = Segnare un incontro come confermato: si tiene alla sua data
cli-help-command-meeting-postpone = Rinviare un incontro a una data successiva, o toglierlo dal calendario finché non se ne conosce una (la vecchia data resta nella descrizione)
cli-help-command-meeting-held = Segnare un incontro come tenuto (deve essere iniziato)
cli-help-command-meeting-cancel = Segnare un incontro come annullato (resta, perché i calendari vengano a sapere dell'annullamento)
cli-help-command-plan-show = Un piano come suo documento (l'esportazione Markdown), poi le chiavi delle sezioni, gli avvisi, i commenti aperti e i conflitti
cli-help-command-plan-create = Iniziare un piano per una città partner (nove sezioni standard, revisione 1)
cli-help-command-plan-status = Far avanzare il piano: draft, in-review, final, adopted (con --date), o tornare indietro di un passo
cli-help-command-plan-language = Impostare la lingua in cui vengono esportati i documenti del piano (titoli, etichette, date, importi)
cli-help-command-plan-export = Scrivere il piano come documento Word, PDF, Markdown o HTML per il consiglio comunale
cli-help-command-plan-author = Mostrare il nome con cui vengono firmate le modifiche, o impostarlo
cli-help-command-plan-section = Scrivere il testo di una sezione
cli-help-command-plan-action = Aggiungere alla tabella delle azioni
cli-help-command-plan-indicator = Aggiungere al quadro dei risultati
cli-help-command-plan-risk = Aggiungere ai rischi
cli-help-command-plan-comment = Commentare una sezione, come revisore
cli-help-command-plan-revisions = Tutte le revisioni, la più recente per prima
cli-help-command-plan-diff = Che cosa è cambiato tra due revisioni, parola per parola
cli-help-command-plan-restore = Rendere di nuovo attuale il contenuto di una vecchia revisione (come nuova revisione; non si perde nulla)
cli-help-command-plan-send = Scrivere il piano con tutta la sua cronologia in un file .convene-plan per un partner
cli-help-command-plan-receive = Leggere un file .convene-plan: un nuovo piano, revisioni più recenti o un'unione (i conflitti vengono segnalati)
cli-help-command-plan-push = Mettere il file .convene-plan del piano in una cartella WebDAV (mai sopra una copia non letta prima)
cli-help-command-plan-pull = Leggere il file .convene-plan del piano dalla cartella WebDAV e unirlo, come fa `plan receive`
cli-help-command-plan-conflicts = Le differenze con la copia di un partner che attendono una scelta
cli-help-command-plan-resolve = Risolvere un conflitto: tenere la nostra versione, prendere la loro o mettere un testo unito

cli-clap-unknown-argument = argomento inatteso «{ $arg }»
cli-clap-tip-similar-argument = suggerimento: esiste un argomento simile: «{ $arg }»
cli-clap-tip-similar-subcommand = suggerimento: esiste un comando simile: «{ $command }»
cli-clap-tip-escape = suggerimento: per passare «{ $arg }» come valore, scrivi «-- { $arg }»
cli-clap-missing-value = «{ $arg }» richiede un valore, ma non ne è stato dato nessuno
cli-clap-invalid-value = valore «{ $value }» non valido per «{ $arg }»
cli-clap-invalid-value-reason = valore «{ $value }» non valido per «{ $arg }»: { $reason }
cli-clap-possible-values = valori possibili: { $values }
cli-clap-unknown-subcommand = comando sconosciuto «{ $command }»
cli-clap-missing-arguments = mancano questi argomenti obbligatori:{ $args }
cli-clap-missing-subcommand = «{ $command }» richiede un comando dopo, e non ne è stato dato nessuno
cli-clap-subcommands = comandi: { $values }
cli-clap-used-twice = l’argomento «{ $arg }» può essere dato una sola volta
cli-clap-conflict = l’argomento «{ $arg }» non può essere usato insieme a { $other }
cli-clap-too-many-values = valore in più «{ $value }» per «{ $arg }»
cli-clap-wrong-number-of-values = «{ $arg }» richiede { $expected } valori; ne sono stati dati { $actual }
cli-clap-no-equals = «{ $arg }» prende il valore dopo un segno di uguale ({ $arg }=VALORE)
cli-clap-invalid-utf8 = la riga di comando contiene testo che non è UTF-8 valido
cli-clap-not-valid = la riga di comando non è valida
cli-clap-more-information = Per saperne di più, prova «--help».

cli-clap-not-a-whole-number = non è un numero intero

cli-help-command-import-urbact = Importare reti, partner, incontri, piani e pratiche da pagine URBACT
cli-help-arg-import-urbact-file = Un file di testo con pagine URBACT (ogni scheda finisce con una riga `Ref nid`)
cli-help-arg-import-urbact-start-year = Datare in sequenza, da quest’anno, i calendari che danno solo il mese («June (Basingstoke)»)
cli-help-arg-import-urbact-dry-run = Mostrare cosa verrebbe importato, senza salvare nulla
cli-help-command-import-json = Importare un file scritto da `convene export json` in un database vuoto
cli-help-arg-import-json-file = L’esportazione JSON da leggere
cli-help-command-import-ics = Importare gli eventi di un file iCalendar (.ics) come incontri di una rete
cli-help-arg-import-ics-file = Un file iCalendar (.ics) esportato da un programma di calendario
cli-help-arg-import-ics-network = La rete di cui gli eventi diventano incontri (nome breve o nome)
cli-help-arg-import-ics-strict = Rifiutare l’intero file al primo evento che non si può importare, invece di importare gli altri ed elencare quelli saltati
cli-help-command-network-show = Tutto su una rete: dati, fasi, partner, tappe, piani, note d’importazione
cli-help-arg-network = Il nome breve o il nome della rete
cli-help-command-network-add = Aggiungere una rete
cli-help-arg-network-add-name = Il nome della rete
cli-help-arg-kind = action-planning, transfer, innovation-transfer, implementation o other [all’aggiunta: other]
cli-help-arg-slug = Nome breve usato sulla riga di comando [all’aggiunta: ricavato dal nome]
cli-help-arg-tagline = Una riga che dica di cosa si occupa la rete
cli-help-arg-description = Cosa fa la rete, in un paragrafo o più
cli-help-arg-programme = ad es. «URBACT IV»
cli-help-arg-start = Primo giorno, AAAA-MM-GG
cli-help-arg-end = Ultimo giorno, AAAA-MM-GG
cli-help-arg-email = Indirizzo e-mail di contatto
cli-help-arg-website = Indirizzo web (https://...)
cli-help-arg-language = Lingua di lavoro dei suoi inviti, promemoria e testi di calendario: en, fr, de, es, it, pt, pl, nl, el, ro [all’aggiunta: en]
cli-help-command-network-update = Modificare una rete; cambiano solo le opzioni indicate
cli-help-arg-name = Un nuovo nome
cli-help-arg-network-update-lead = Il lead partner: l’id o il nome di un partner
cli-help-command-network-delete = Eliminare una rete; con --cascade, anche tutto ciò che le appartiene
cli-help-arg-network-delete-cascade = Eliminare anche i suoi partner, incontri, tappe, piani e note d’importazione
cli-help-command-milestone-list = Le tappe di una rete per data
cli-help-command-milestone-add = Aggiungere una tappa, datata al giorno (--date) o al mese (--month)
cli-help-arg-milestone-add-title = Cosa succede («PAI consegnato»)
cli-help-arg-date = Il suo giorno, AAAA-MM-GG
cli-help-arg-month = Il suo mese quando il giorno non è noto, AAAA-MM
cli-help-arg-milestone-add-kind = phase, deadline, deliverable, decision, event o other [all’aggiunta: other]
cli-help-arg-milestone-add-description = Testo libero al riguardo
cli-help-arg-done = Se è fatta: --done, o --done no
cli-help-command-milestone-update = Modificare una tappa; cambiano solo le opzioni indicate
cli-help-arg-milestone = L’id o il titolo della tappa
cli-help-arg-title = Un nuovo titolo
cli-help-arg-milestone-update-kind = phase, deadline, deliverable, decision, event o other [all’aggiunta: other]
cli-help-arg-milestone-update-description = Testo libero al riguardo
cli-help-command-milestone-remove = Togliere una tappa
cli-help-command-partner-show = Un partner con i suoi contatti e il suo gruppo locale
cli-help-arg-partner = L’id o il nome del partner
cli-help-command-partner-add = Aggiungere una città o un’organizzazione partner a una rete
cli-help-arg-partner-add-name = Il nome della città o dell’organizzazione
cli-help-arg-partner-add-country = Codice ISO 3166-1 (LV), nome del paese (Lettonia) o regione (Sassonia-Anhalt)
cli-help-arg-role = lead-partner, partner, good-practice-city, transfer-city o associated [all’aggiunta: partner]
cli-help-arg-tz = Fuso orario IANA come Europe/Riga [all’aggiunta: quello del paese]
cli-help-arg-region = Regione ISO 3166-2 (ES-CN, DE-BY) le cui festività contano per il partner oltre a quelle nazionali (vuoto per cancellarla); `convene holidays CC --region CODE` ne verifica una
cli-help-arg-population = Numero di abitanti (vuoto per cancellarlo)
cli-help-arg-notes = Testo libero
cli-help-command-partner-update = Modificare un partner; cambiano solo le opzioni indicate
cli-help-arg-partner-update-country = Un nuovo paese; il fuso orario lo segue, a meno che non sia stato cambiato a mano o sia indicato --tz
cli-help-command-partner-delete = Eliminare un partner; con --cascade, anche i suoi contatti, il gruppo locale e le presenze
cli-help-arg-partner-delete-cascade = Eliminare anche i suoi contatti, i membri del gruppo locale e le presenze; gli incontri e i piani che ospita o possiede restano, senza di lui
cli-help-arg-contacts-partner = Solo i contatti di questo partner (id o nome)
cli-help-command-contact-add = Aggiungere una persona di contatto a un partner
cli-help-arg-contact-add-partner = Il partner (id o nome) per cui la persona lavora
cli-help-arg-contact-add-name = Il nome della persona
cli-help-arg-contact-add-role = Cosa fa («Coordinatrice di progetto»)
cli-help-arg-contact-add-email = Indirizzo e-mail
cli-help-arg-phone = Numero di telefono, come lo scrive
cli-help-command-contact-update = Modificare un contatto; cambiano solo le opzioni indicate (un valore vuoto lo cancella)
cli-help-arg-person = L’id (come elencato) o il nome della persona
cli-help-arg-contact-update-partner = Il partner (id o nome) a cui la persona appartiene, quando il nome non basta
cli-help-arg-contact-update-role = Cosa fa («Coordinatrice di progetto»)
cli-help-arg-contact-update-email = Indirizzo e-mail
cli-help-command-contact-remove = Togliere un contatto (e le sue risposte agli inviti)
cli-help-arg-contact-remove-partner = Il partner (id o nome) a cui la persona appartiene, quando il nome non basta
cli-help-arg-local-group-partner = Solo il gruppo locale di questo partner (id o nome)
cli-help-command-local-group-add = Aggiungere un membro al gruppo locale di un partner
cli-help-arg-local-group-add-partner = Il partner (id o nome) di cui è il gruppo locale
cli-help-arg-local-group-add-name = Il nome del membro
cli-help-arg-organisation = L’organizzazione da cui proviene («Camera di commercio»)
cli-help-arg-local-group-add-role = Il suo ruolo nel gruppo
cli-help-command-local-group-update = Modificare un membro del gruppo locale; cambiano solo le opzioni indicate (un valore vuoto lo cancella)
cli-help-arg-local-group-update-partner = Il partner (id o nome) a cui la persona appartiene, quando il nome non basta
cli-help-arg-local-group-update-role = Il suo ruolo nel gruppo
cli-help-command-local-group-remove = Togliere un membro da un gruppo locale
cli-help-arg-local-group-remove-partner = Il partner (id o nome) a cui la persona appartiene, quando il nome non basta
cli-help-arg-meetings-from = Solo incontri in questo giorno o dopo (AAAA-MM-GG); quelli senza data restano fuori
cli-help-arg-meetings-to = Solo incontri in questo giorno o prima (AAAA-MM-GG); quelli senza data restano fuori
cli-help-arg-meeting-show-network = Il nome breve o il nome della rete (o, dato da solo, l’id o l’UID dell’incontro)
cli-help-arg-meeting = L’id, l’UID o il titolo dell’incontro in quella rete
cli-help-arg-meeting-add-title = Come si chiama l’incontro («Incontro transnazionale n. 3»)
cli-help-arg-meeting-add-kind = kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review o other
cli-help-arg-host = L’id o il nome del partner ospitante (vuoto per togliere l’ospite)
cli-help-arg-meeting-add-start = Inizio, «AAAA-MM-GG HH:MM» nell’ora di --tz
cli-help-arg-meeting-add-end = Fine, «AAAA-MM-GG HH:MM» o «HH:MM» il giorno dell’inizio
cli-help-arg-meeting-add-tz = Fuso orario IANA di --start e --end [predefinito: quello dell’ospite]
cli-help-arg-meeting-add-date = Incontro a giornate intere: il suo (primo) giorno, AAAA-MM-GG
cli-help-arg-until = Incontro a giornate intere: il suo ultimo giorno, AAAA-MM-GG [predefinito: --date]
cli-help-arg-meeting-add-month = Non ancora datato, ma previsto per questo mese: AAAA-MM (o solo l’anno, AAAA)
cli-help-arg-wording = Non ancora datato: quando è previsto, a parole («dopo l’estate»)
cli-help-arg-mode = in-person, online o hybrid [all’aggiunta: in-person]
cli-help-arg-online = Link per partecipare online (https://...)
cli-help-arg-venue = Dove si svolge, quando non è semplicemente la città ospitante («Municipio, Jelgava»)
cli-help-arg-meeting-add-description = Testo libero sull’incontro
cli-help-arg-status = tentative, confirmed, held, postponed o cancelled [all’aggiunta: tentative]
cli-help-arg-meeting-update-network = Il nome breve o il nome della rete (o, dato da solo, l’id o l’UID dell’incontro)
cli-help-arg-meeting-update-kind = kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review o other
cli-help-arg-meeting-update-undated = Rendere di nuovo l’incontro senza data (mantiene --month e --wording se indicati)
cli-help-arg-meeting-update-start = Inizio, «AAAA-MM-GG HH:MM» nell’ora di --tz
cli-help-arg-meeting-update-end = Fine, «AAAA-MM-GG HH:MM» o «HH:MM» il giorno dell’inizio
cli-help-arg-meeting-update-tz = Fuso orario IANA di --start e --end [predefinito: quello dell’ospite]
cli-help-arg-meeting-update-date = Incontro a giornate intere: il suo (primo) giorno, AAAA-MM-GG
cli-help-arg-meeting-update-month = Non ancora datato, ma previsto per questo mese: AAAA-MM (o solo l’anno, AAAA)
cli-help-arg-meeting-update-description = Testo libero sull’incontro
cli-help-arg-meeting-confirm-network = Il nome breve o il nome della rete (o, dato da solo, l’id o l’UID dell’incontro)
cli-help-arg-meeting-postpone-network = Il nome breve o il nome della rete (o, dato da solo, l’id o l’UID dell’incontro)
cli-help-arg-meeting-postpone-to = La nuova data: «AAAA-MM-GG HH:MM» (mantiene la durata a meno che sia indicato --end) o AAAA-MM-GG per giornate intere (mantiene il numero di giorni a meno che sia indicato --until)
cli-help-arg-meeting-postpone-end = Fine della nuova data: «AAAA-MM-GG HH:MM», o «HH:MM» il giorno di --to
cli-help-arg-meeting-postpone-until = Ultimo giorno delle nuove date, AAAA-MM-GG
cli-help-arg-meeting-postpone-tz = Fuso orario IANA di --to e --end [predefinito: quello dell’incontro]
cli-help-arg-meeting-postpone-undated = Ancora nessuna nuova data: l’incontro è segnato come rinviato e i calendari annullano la vecchia data
cli-help-arg-meeting-held-network = Il nome breve o il nome della rete (o, dato da solo, l’id o l’UID dell’incontro)
cli-help-arg-meeting-cancel-network = Il nome breve o il nome della rete (o, dato da solo, l’id o l’UID dell’incontro)
cli-help-arg-meeting-delete-network = Il nome breve o il nome della rete (o, dato da solo, l’id o l’UID dell’incontro)
cli-help-arg-agenda-meeting = L’id, l’UID o il titolo dell’incontro
cli-help-command-agenda-add = Aggiungere un punto, in fondo o come numero --at
cli-help-arg-agenda-add-title = Cos’è il punto («Benvenuto e presentazioni»)
cli-help-arg-agenda-add-at = La sua posizione: 1 per il primo [predefinito: dopo l’ultimo]
cli-help-arg-agenda-add-start = Quando inizia, HH:MM nell’ora dell’incontro
cli-help-arg-agenda-add-end = Quando finisce, HH:MM
cli-help-arg-speaker = Il partner che lo conduce (id o nome)
cli-help-arg-agenda-add-notes = Testo libero sul punto
cli-help-command-agenda-update = Modificare il punto N; cambiano solo le opzioni indicate (un valore vuoto lo cancella)
cli-help-arg-item = Il numero del punto
cli-help-arg-agenda-update-start = Quando inizia, HH:MM nell’ora dell’incontro
cli-help-arg-agenda-update-end = Quando finisce, HH:MM
cli-help-arg-agenda-update-notes = Testo libero sul punto
cli-help-command-agenda-move = Spostare il punto N perché diventi il numero --to
cli-help-arg-agenda-move-to = Il suo nuovo numero
cli-help-command-agenda-remove = Togliere il punto N; i punti successivi salgono
cli-help-arg-attendance-meeting = L’id, l’UID o il titolo dell’incontro
cli-help-arg-attendance-partner = Il partner (id o nome) di cui è questa risposta
cli-help-arg-attendance-contact = Una persona di contatto (id o nome) di cui è questa risposta
cli-help-arg-attendance-status = invited, confirmed (accettato), declined, tentative, attended, o none per toglierli dall’elenco
cli-help-arg-plan = L’id del piano o RETE/CITTÀ
cli-help-arg-plan-create-partner = La città partner di cui è il piano (il suo nome o il suo id)
cli-help-arg-plan-create-summary = Qualche riga sul piano; diventano il primo testo della sua sezione di contesto
cli-help-arg-plan-create-language = La lingua dei suoi documenti esportati: en, fr, de, es, it, pt, pl, nl, el, ro [predefinito: en]
cli-help-arg-plan-language-code = en, fr, de, es, it, pt, pl, nl, el o ro
cli-help-command-plan-section-set = Sostituire il testo di una sezione (Markdown) con --text o il contenuto di --file
cli-help-arg-plan-section-set-key = La chiave della sezione: context, vision, approach, actions, implementation, funding, risks, monitoring, local-group, o una personalizzata
cli-help-arg-plan-section-set-text = Il nuovo testo
cli-help-arg-plan-section-set-file = Un file con il nuovo testo (Markdown UTF-8)
cli-help-arg-plan-section-set-message = Perché è cambiato, per la cronologia
cli-help-command-plan-section-add = Aggiungere una sezione personalizzata (la sua chiave è ricavata dal titolo)
cli-help-arg-plan-section-add-after = Metterla dopo questa sezione [predefinito: in fondo]
cli-help-command-plan-section-remove = Togliere una sezione personalizzata (il suo testo resta nella cronologia)
cli-help-arg-key = La chiave della sezione
cli-help-command-plan-action-add = Aggiungere un’azione in fondo alla tabella
cli-help-arg-plan-action-add-objective = L’obiettivo che serve (le azioni sono sommate per obiettivo)
cli-help-arg-plan-action-add-lead = L’organizzazione capofila
cli-help-arg-plan-action-add-partners = Organizzazioni partner
cli-help-arg-plan-action-add-start = Primo mese (AAAA-MM)
cli-help-arg-plan-action-add-end = Ultimo mese (AAAA-MM)
cli-help-arg-plan-action-add-cost = Costo stimato in euro, come 12500.50
cli-help-arg-plan-action-add-funding = Finanziamento ottenuto: city, erdf, esf-plus, national, regional, private o other, poi = e gli euro; ripetibile
cli-help-arg-plan-action-add-status = idea, planned, ongoing, done o dropped [predefinito: planned]
cli-help-arg-plan-action-add-pilot = Un progetto pilota su piccola scala (azione di prova)
cli-help-command-plan-indicator-add = Aggiungere un indicatore
cli-help-arg-plan-indicator-add-kind = output o result
cli-help-arg-plan-indicator-add-by = Quando va raggiunto l’obiettivo (AAAA-MM)
cli-help-arg-plan-indicator-add-verification = Mezzi di verifica
cli-help-command-plan-risk-add = Aggiungere un rischio
cli-help-arg-plan-risk-add-likelihood = da 1 (raro) a 5 (quasi certo)
cli-help-arg-plan-risk-add-impact = da 1 (minore) a 5 (grave)
cli-help-arg-plan-diff-rev-a = Il numero della revisione più vecchia
cli-help-arg-plan-diff-rev-b = Il numero della revisione più recente
cli-help-arg-plan-restore-rev = Il numero della revisione
cli-help-arg-plan-status-status = draft, in-review, final o adopted
cli-help-arg-plan-status-date = Il giorno in cui il consiglio ha adottato il piano (AAAA-MM-GG), per adopted
cli-help-arg-plan-comment-author = Il nome di chi rivede
cli-help-arg-plan-send-out = Il file da scrivere
cli-help-arg-plan-receive-file = Il file .convene-plan
cli-help-arg-plan-resolve-key = La chiave del conflitto: una chiave di sezione, o action:ID, indicator:ID, risk:ID (`convene plan conflicts` le elenca)
cli-help-arg-plan-resolve-ours = Tenere il nostro testo
cli-help-arg-plan-resolve-theirs = Prendere il loro testo
cli-help-arg-plan-resolve-text = Mettere questo testo unito
cli-help-arg-plan-resolve-file = Mettere il testo unito di questo file
cli-help-arg-plan-export-format = docx, pdf, md (o markdown) o html [predefinito: dall’estensione di --out]
cli-help-arg-plan-export-out = Il file da scrivere (sostituito se esiste)
cli-help-arg-plan-author-name = Il nuovo nome ("" torna al nome utente del sistema)
cli-help-arg-account = L’account la cui cartella WebDAV contiene il file (convene account list)
cli-help-arg-folder = La cartella sul server (assoluta, o relativa all’indirizzo dell’account) [predefinito: la cartella dell’ultimo push o pull, altrimenti l’indirizzo dell’account]
cli-help-arg-password-stdin = Leggere la password dalla prima riga dell’input standard
cli-help-command-practice-show = Una buona pratica con tutte le sue sezioni e le reti che la usano
cli-help-arg-practice-show-id = L’id o il titolo della pratica
cli-help-command-practice-add = Aggiungere una buona pratica
cli-help-arg-practice-add-title = Come si chiama la pratica
cli-help-arg-practice-add-tagline = Una riga che dica cos’è
cli-help-arg-city = La città da cui proviene
cli-help-arg-country = Codice ISO 3166-1 (ES), nome del paese (Spagna) o regione
cli-help-arg-author = Chi l’ha redatta
cli-help-arg-author-role = Il ruolo di chi l’ha redatta («Coordinatrice di progetto»)
cli-help-arg-figure = Una cifra che la pratica mette in evidenza («521 946 abitanti»)
cli-help-arg-transfer = Se le reti la trasferiscono: yes o no [all’aggiunta: no]
cli-help-arg-networks = Le reti che la usano, per nome breve o nome, separate da virgole ("" per nessuna)
cli-help-arg-sections = Un file di testo delle sue sezioni (righe «## Titolo», testo sotto); - legge l’input standard
cli-help-command-practice-update = Modificare una buona pratica; cambiano solo le opzioni indicate (un valore vuoto lo cancella)
cli-help-arg-practice = L’id o il titolo della pratica
cli-help-arg-practice-update-tagline = Una riga che dica cos’è
cli-help-command-practice-remove = Togliere una buona pratica
cli-help-arg-search-text = Parole da cercare (devono corrispondere tutte; accenti e maiuscole non contano)
cli-help-arg-search-limit = Al massimo questo numero di risultati
cli-help-arg-backup-file = Dove scrivere la copia
cli-help-command-export-json = Tutto, come un unico documento JSON (vedi docs/json.md); sull’output standard a meno che sia indicato --out
cli-help-arg-out = Scrivere in questo file invece che sull’output standard
cli-help-command-export-ics = Gli incontri di una rete come file iCalendar (.ics); sull’output standard a meno che sia indicato --out
cli-help-arg-export-ics-partner = Solo la vista di questo partner: ciò che ospita o a cui partecipa, e gli incontri di tutta la rete
cli-help-arg-export-ics-meeting = Solo questo incontro (il suo id o UID)
cli-help-arg-export-ics-from = Solo incontri con un giorno in questo o dopo (AAAA-MM-GG)
cli-help-arg-export-ics-to = Solo incontri con un giorno in questo o prima (AAAA-MM-GG)
cli-help-arg-export-ics-reminder = Un promemoria tanto tempo prima di ogni incontro: 1d, 2h, 30m, 1w, o combinati (1d12h)
cli-help-note-holidays = Due lettere indicano un paese, con il codice ISO 3166-1 (FR, es, XK): le sue festività.
    Qualsiasi altra cosa indica una rete (nome breve o nome): ogni giorno in cui uno dei suoi partner non
    lavora (festività nazionali e regionali, e i giorni di chiusura registrati con `convene dayoff add`).
    Il periodo è --year ANNO, o --from DATA --to DATA (entrambi i giorni inclusi).
    Le date vengono da python-holidays; un paese che non copre è rifiutato con l’elenco di quelli che copre.
cli-help-arg-holidays-target = Il codice di due lettere di un paese (FR), o il nome breve o il nome di una rete
cli-help-arg-holidays-region = Con un paese: anche le festività della sua regione, un codice ISO 3166-2 come ES-CN o DE-BY
cli-help-arg-holidays-year = L’anno intero
cli-help-arg-holidays-from = Il primo giorno, AAAA-MM-GG
cli-help-arg-holidays-to = L’ultimo giorno, AAAA-MM-GG
cli-help-command-dayoff-list = I giorni di chiusura registrati per i partner di una rete, per data
cli-help-arg-dayoff-list-partner = Solo quelli di questo partner (il suo id o nome)
cli-help-command-dayoff-add = Registrare un giorno in cui un partner non lavora (la festa del patrono, un’elezione locale)
cli-help-arg-dayoff-add-date = Il giorno, AAAA-MM-GG
cli-help-arg-dayoff-add-name = Che giorno è («San Giovanni»)
cli-help-command-dayoff-remove = Togliere un giorno di chiusura di un partner; --name sceglie quando ne ha più d’uno quel giorno
cli-help-arg-dayoff-remove-date = Il giorno, AAAA-MM-GG
cli-help-arg-dayoff-remove-name = Il nome del giorno di chiusura
cli-help-arg-invite-network = Il nome breve o il nome della rete (o, dato da solo, l’id o l’UID dell’incontro)
cli-help-arg-organizer = L’indirizzo e-mail di chi organizza (il mittente; le risposte tornano a lui)
cli-help-arg-invite-to = L’indirizzo e-mail di un partecipante; ripeti l’opzione o separa gli indirizzi con virgole
cli-help-arg-invite-out = Scrivere il messaggio in questo file (.eml) invece che sull’output standard
cli-help-arg-slots-from = Primo giorno della ricerca, AAAA-MM-GG
cli-help-arg-slots-to = Ultimo giorno della ricerca, AAAA-MM-GG (un incontro deve finire entro la sua mezzanotte)
cli-help-arg-slots-duration = Quanto dura l’incontro: 2h, 90m, 1h30
cli-help-arg-slots-days = Giornate intere invece: N giorni consecutivi in cui nessun partner ha una festività
cli-help-arg-slots-hours = Orario di lavoro nell’ora di ogni partner [predefinito: 09:00-17:00]
cli-help-arg-slots-partners = Conta solo l’ora di questo partner (ripeti per più partner) [predefinito: tutti i partner]
cli-help-arg-slots-exclude-weekends = Escludere gli orari che cadono di sabato o domenica per qualche partner
cli-help-arg-slots-limit = Quante fasce elencare, le migliori prima
cli-help-arg-slots-tz = L’ora di --from, --to e dell’intestazione di ogni fascia [predefinito: UTC]
cli-help-command-poll-create = Avviare un sondaggio: le date in cui un incontro potrebbe svolgersi
cli-help-arg-poll-create-title = Il titolo dell’incontro
cli-help-arg-poll-create-kind = Il tipo di incontro: kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review, other
cli-help-arg-poll-create-host = La città partner ospitante
cli-help-arg-poll-create-options = Una data proposta: «AAAA-MM-GG HH:MM/HH:MM» o AAAA-MM-GG (giornata intera); ripeti per ognuna
cli-help-arg-poll-create-tz = Il fuso orario degli orari delle opzioni [predefinito: quello dell’ospite]
cli-help-arg-poll-create-deadline = Rispondere entro questo giorno (AAAA-MM-GG)
cli-help-command-poll-invite = Scrivere gli inviti a rispondere (un .eml per destinatario, una prenotazione provvisoria per data)
cli-help-arg-poll = L’id del sondaggio
cli-help-arg-poll-invite-to = Un destinatario, contatto di un partner [predefinito: i contatti di tutti i partner]; ripeti o separa con virgole
cli-help-arg-poll-invite-out = La cartella in cui scrivere i messaggi
cli-help-command-poll-replies = Leggere le risposte inviate dai partner: risposte (.eml, .ics) o griglie di risposta (.txt)
cli-help-arg-poll-replies-files = File di risposta
cli-help-command-poll-answer = Registrare a mano le risposte di un partner
cli-help-arg-poll-answer-partner = Il nome o l’id della città partner
cli-help-arg-poll-answer-options = N=yes, N=maybe o N=no per la data N; ripeti l’opzione per più date
cli-help-command-poll-show = Chi può venire e quando: ogni data per ogni partner, e chi non ha risposto
cli-help-command-poll-close = Scegliere una data: crea l’incontro e scrive il suo invito e lo sblocco delle altre date
cli-help-arg-poll-close-option = La data scelta (il suo numero)
cli-help-arg-poll-close-out = Scrivere l’invito all’incontro e lo sblocco delle altre date in questa cartella
cli-help-arg-poll-close-organizer = Il mittente di quei messaggi [predefinito: chi ha organizzato gli inviti del sondaggio]
cli-help-command-poll-list = I sondaggi di una rete, i più recenti prima
cli-help-command-account-add = Aggiungere un account di server CalDAV/WebDAV (la password va nel portachiavi)
cli-help-arg-account-add-name = Un nome breve per indicarlo (per esempio nextcloud)
cli-help-arg-account-add-url = L’indirizzo del server (per Nextcloud https://HOST/remote.php/dav; un semplice https://HOST viene scoperto)
cli-help-arg-account-add-user = Il nome utente sul server
cli-help-arg-account-add-ca-file = Un file PEM dell’autorità di certificazione di un server con un proprio certificato
cli-help-command-account-list = Elencare gli account (mai le loro password)
cli-help-command-account-test = Connettersi, scoprire i calendari e dire cosa è stato trovato o cosa è fallito esattamente
cli-help-command-account-remove = Togliere un account, la sua password dal portachiavi e ciò che è stato ricordato tramite esso
cli-help-arg-publish-account = L’account (convene account list)
cli-help-arg-publish-calendar = Il nome del calendario sul server [predefinito: il nome della rete]
cli-help-arg-publish-ics-file = Tenere anche l’intero .ics della rete in questo percorso sul server (per gli abbonati)
cli-help-command-conflict-resolve = Risolvere un conflitto tenendo una parte
cli-help-arg-conflict-resolve-id = L’id del conflitto (convene conflicts)

cli-help-arguments = Argomenti:
cli-help-commands = Comandi:
