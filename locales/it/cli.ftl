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
