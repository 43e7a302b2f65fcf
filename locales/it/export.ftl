# Plan documents, invitations, reminders and calendar texts. Source: locales/en/export.ftl (comments there).
export-kind-iap = Piano d’Azione Integrato
export-fact-city = Città
export-fact-network = Rete
export-fact-status = Stato
export-fact-adopted = Adottato il
export-fact-revision = Revisione
export-revision-of = { $number } del { $date }
export-section-context = Contesto e bisogni
export-section-vision = Visione e obiettivi
export-section-approach = Approccio integrato
export-section-actions = Azioni
export-section-implementation = Attuazione: calendario e risorse
export-section-funding = Finanziamento
export-section-risks = Rischi
export-section-monitoring = Monitoraggio e indicatori
export-section-local-group = Coinvolgimento del gruppo locale
export-not-written = Questa sezione non è ancora stata scritta.
export-period-from = da { $month }
export-period-until = fino a { $month }
export-action-pilot = pilota
export-no-actions = Ancora nessuna azione registrata.
export-column-action = Azione
export-column-objective = Obiettivo
export-column-lead-and-partners = Responsabile e partner
export-column-period = Periodo
export-column-cost = Costo
export-column-funding = Finanziamento
export-column-status = Stato
export-column-year = Anno
export-column-actions = Azioni
export-column-amount = Importo
export-column-source = Fonte
export-column-share-of-cost = Quota del costo
export-column-secured = Assicurato
export-column-risk = Rischio
export-column-likelihood = Probabilità
export-column-impact = Impatto
export-column-score = Punteggio
export-column-mitigation = Mitigazione
export-column-owner = Responsabile
export-column-indicator = Indicatore
export-column-type = Tipo
export-column-unit = Unità
export-column-baseline = Valore di partenza
export-column-target = Obiettivo numerico
export-column-by = Entro
export-column-verification = Verifica
export-with-partners = con { $partners }
export-not-estimated = non stimato
export-total = Totale
export-total-without-dropped = Totale (escluse le azioni abbandonate)
export-action-descriptions = Descrizione delle azioni
export-indicators-label = Indicatori:
export-actions-per-year = Azioni per anno
export-unscheduled-actions = { $count ->
    [one] { $count } azione non è ancora programmata.
   *[other] { $count } azioni non sono ancora programmate.
}
export-no-budget = Ancora nessun bilancio: la tabella delle azioni è vuota.
export-total-estimated-cost = Costo totale stimato
export-secured-funding = Finanziamento assicurato
export-funding-above-cost = Finanziamento superiore al costo
export-funding-gap = Fabbisogno scoperto
export-budget-summary = Sintesi del bilancio
export-uncosted-actions = { $count ->
    [one] { $count } azione non ha ancora una stima dei costi e conta come { $zero }.
   *[other] { $count } azioni non hanno ancora una stima dei costi e contano come { $zero }.
}
export-not-yet-funded = Non ancora finanziato
export-funding-by-source = Finanziamento per fonte
export-no-objective = Nessun obiettivo indicato
export-cost-by-objective = Costo per obiettivo
export-no-risks = Ancora nessun rischio registrato.
export-no-indicators = Ancora nessun indicatore registrato.
invite-subject-invitation = Invito: { $title } ({ $when })
invite-subject-updated = Invito aggiornato: { $title } ({ $when })
invite-subject-cancelled = Annullata: { $title } ({ $when })
invite-subject-postponed = Rinviata: { $title } ({ $when })
invite-intro-request = { $who } ti invita a { $title } ({ $network }).
invite-intro-postponed = { $title } ({ $network }) è rinviata; seguirà una nuova data.
invite-intro-cancelled = { $title } ({ $network }) è annullata.
invite-clock = { $clock } (ora di { $zone }, { $offset })
invite-all-day = { $date } (tutto il giorno)
invite-all-days = dal { $first } al { $last } (tutto il giorno)
invite-when = Quando: { $when }
invite-where = Dove: { $place }
invite-online = Partecipa online: { $url }
invite-host = Città ospitante: { $host }
invite-agenda = Ordine del giorno:
invite-footer-request = Il tuo programma di calendario mostra questo messaggio come un invito da accettare o rifiutare.
invite-footer-cancel = Il tuo programma di calendario rimuove la riunione quando apri questo messaggio.
export-plan-status-draft = Bozza
export-plan-status-in_review = In revisione
export-plan-status-final = Finale
export-plan-status-adopted = Adottato
export-action-status-idea = Idea
export-action-status-planned = Prevista
export-action-status-ongoing = In corso
export-action-status-done = Fatta
export-action-status-dropped = Abbandonata
export-indicator-kind-output = Realizzazione
export-indicator-kind-result = Risultato
export-funding-source-city = Bilancio comunale
export-funding-source-erdf = FESR
export-funding-source-esf_plus = FSE+
export-funding-source-national = Nazionale
export-funding-source-regional = Regionale
export-funding-source-private = Privato
export-funding-source-other = Altro

plan-revision-created = Creato
plan-revision-created-from-page = Creato dalla sintesi importata del Piano d’Azione Integrato
plan-revision-sections-reordered = Sezioni riordinate
plan-revision-edited = Modifica di «{ $section }»
plan-revision-section-added = Sezione «{ $section }» aggiunta
plan-revision-section-renamed = Sezione «{ $old }» rinominata in «{ $new }»
plan-revision-section-removed = Sezione «{ $section }» rimossa
plan-revision-action-added = Azione «{ $action }» aggiunta
plan-revision-action-changed = Azione «{ $action }» modificata
plan-revision-action-deleted = Azione «{ $action }» eliminata
plan-revision-action-moved = Azione «{ $action }» spostata
plan-revision-indicator-added = Indicatore «{ $indicator }» aggiunto
plan-revision-indicator-changed = Indicatore «{ $indicator }» modificato
plan-revision-indicator-deleted = Indicatore «{ $indicator }» eliminato
plan-revision-risk-added = Rischio «{ $risk }» aggiunto
plan-revision-risk-changed = Rischio «{ $risk }» modificato
plan-revision-risk-deleted = Rischio «{ $risk }» eliminato
plan-revision-restored = Versione { $number } ripristinata
plan-revision-settled-ours = Conflitto risolto in «{ $label }»: resta il nostro testo
plan-revision-settled-theirs = Conflitto risolto in «{ $label }»: resta il loro testo
plan-revision-settled-merged = Conflitto risolto in «{ $label }»: resta un testo unito
plan-revision-merged = { $count ->
    [one] { $count } versione unita
   *[other] { $count } versioni unite
} dalla copia di { $author }
plan-revision-merged-conflicts = { $count ->
    [one] { $count } versione unita
   *[other] { $count } versioni unite
} dalla copia di { $author }; { $conflicts ->
    [one] { $conflicts } conflitto da risolvere
   *[other] { $conflicts } conflitti da risolvere
}
plan-author-unknown = Sconosciuto
plan-revision-kind-created = Creato
plan-revision-kind-edit = Modificato
plan-revision-kind-restore = Ripristinato
plan-revision-kind-received = Ricevuto
plan-revision-kind-merge = Unito
plan-revision-kind-resolve = Conflitto risolto

poll-hold-title = [Sondaggio { $number }/{ $total }] { $title }
poll-hold-description = Una delle { $total } date proposte per { $title }. Accetta se questa data ti va bene, Provvisorio se necessario, Rifiuta se no.
poll-subject-invitation = Quali date ti vanno bene? { $title } ({ $count ->
    [one] { $count } data
   *[other] { $count } date
})
poll-grid-intro = { $who } chiede quali di queste date vanno bene a { $partner } per «{ $title }» ({ $network }).
poll-grid-deadline = Rispondi entro { $date }.
poll-grid-calendar = Il tuo calendario mostra ogni data come una prenotazione provvisoria, «{ $example }». Rispondi a ciascuna: Accetta = sì, Provvisorio = se necessario, Rifiuta = no.
poll-grid-reply = Se non le mostra, rispondi a questa e-mail scrivendo sì, forse o no dopo ogni data qui sotto, e lascia la riga Token: dice che le risposte sono tue.
poll-grid-option-your-time = { $when }, da te { $local }
poll-subject-released = Date liberate: { $title } si terrà { $when }
poll-released-intro = Il sondaggio per «{ $title }» è chiuso: si terrà { $when }. Segue un invito.
poll-released-list = Queste date sono liberate; il tuo calendario rimuove le loro prenotazioni:

export-imported = importati: { $parts }
export-imported-nothing = nulla importato: il file non contiene dati

plan-received-created = aggiunto il piano «{ $title }» con { $count ->
    [one] { $count } versione
   *[other] { $count } versioni
}{ $note }{ $partner_note }
plan-received-partner-unknown = {" "}({ $partner } qui non è partner di questa rete, quindi il piano non ha partner)
plan-received-up-to-date = «{ $title }» è già aggiornato: non è cambiato nulla{ $note }
plan-received-up-to-date-text = «{ $title }» è già aggiornato: il suo testo non è cambiato{ $note }
plan-received-ours-newer = Questa copia di «{ $title }» è più recente di quella del file: non è cambiato nulla{ $note }
plan-received-ours-newer-text = Questa copia di «{ $title }» è più recente di quella del file: il suo testo non è cambiato{ $note }
plan-received-fast-forward = { $count ->
    [one] Aggiunta { $count } versione
   *[other] Aggiunte { $count } versioni
} a «{ $title }»; ora corrisponde all’ultima versione del file{ $note }
plan-received-merged = { $count ->
    [one] Unita { $count } versione
   *[other] Unite { $count } versioni
} in «{ $title }»; le modifiche di entrambe le parti sono mantenute{ $note }
plan-received-merged-conflicts = { $count ->
    [one] Unita { $count } versione
   *[other] Unite { $count } versioni
} in «{ $title }», ma entrambe le parti hanno modificato { $labels }: nulla è stato sovrascritto; scegli quale testo tenere{ $note }
plan-received-note = {" "}({ $notes })
plan-received-comments-added = { $count ->
    [one] { $count } nuovo commento
   *[other] { $count } nuovi commenti
}
plan-received-comments-resolved = { $count ->
    [one] { $count } commento risolto
   *[other] { $count } commenti risolti
}

urbact-created = Creato: { $counts }.
urbact-would-create = Prova, nulla è salvato: verrebbe creato: { $counts }.
urbact-already-there = Già nel database e lasciato com’è: { $counts }.
urbact-nothing-changed = Non è cambiato nulla: tutto ciò che è in questo file è già nel database.
urbact-nothing-would-change = Non cambierebbe nulla: tutto ciò che è in questo file è già nel database.
urbact-warnings = { $count ->
    [one] { $count } avviso.
   *[other] { $count } avvisi.
}

poll-replies-unusable = { $bad ->
    [one] { $bad } file su { $files } non si può usare, quindi non è stato registrato nulla; toglilo o correggilo e rileggi le risposte
   *[other] { $bad } file su { $files } non si possono usare, quindi non è stato registrato nulla; toglili o correggili e rileggi le risposte
}
poll-replies-read = { $answers ->
    [one] { $answers } risposta
   *[other] { $answers } risposte
} da { $files ->
    [one] { $files } file
   *[other] { $files } file
}
poll-replies-read-detail = { $answers ->
    [one] { $answers } risposta
   *[other] { $answers } risposte
} da { $files ->
    [one] { $files } file
   *[other] { $files } file
}: { $parts }
poll-replies-new = { $count ->
    [one] { $count } nuova
   *[other] { $count } nuove
}
poll-replies-changed = { $count ->
    [one] { $count } cambiata
   *[other] { $count } cambiate
}
poll-replies-same = { $count ->
    [one] { $count } già registrata
   *[other] { $count } già registrate
}
poll-replies-older = { $count ->
    [one] { $count } più vecchia della risposta registrata
   *[other] { $count } più vecchie della risposta registrata
}

## The words a calendar file (.ics) writes around a meeting's own text, in the network's
## working language (ical::export::words); invitations carry the same file. English
## must stay as it is: calendar files already written hold it.
# Opens the description of a postponed meeting, which the file cancels at its old date.
calendar-postponed = Rinviato: seguirà una nuova data.
# LOCATION of an online meeting that names no venue and no host city.
calendar-location-online = Online
# A meeting's kind as the event's category (CATEGORIES); each kind needs its own words.
calendar-kind-kick-off = Avvio
calendar-kind-transnational = Incontro transnazionale
calendar-kind-city-visit = Visita in città
calendar-kind-final-event = Evento finale
calendar-kind-local-group = Gruppo locale URBACT
calendar-kind-online-touch-base = Aggiornamento online
calendar-kind-phase-review = Revisione di fase
calendar-kind-other = Altro

## A meeting's when in words (schedule_text): the command line's lists and details, in
## the reader's language, and invitations' texts, in the network's working language.
# $dates: a day or a range of days, written by Convene.
when-all-day = { $dates }, tutto il giorno
when-all-days = { $dates }, giornate intere
# After a time when a meeting ends on a later day than it starts ("22:00-01:00 +1 day").
# $count: how many days later.
when-end-days-later = +{ $count ->
    [one] { $count } giorno
   *[other] { $count } giorni
}
# A range of days as the command line writes it; $first, $last: days written 2027-03-10.
when-days-iso = dal { $first } al { $last }
# A meeting without a date yet. $known: what is known of its date (a month and year, a
# year, or a month); $wording: the source's own words for it, such as "after the summer".
when-not-dated = data non ancora fissata
when-not-dated-known = data non ancora fissata ({ $known })
when-not-dated-wording = data non ancora fissata («{ $wording }»)
when-not-dated-known-wording = data non ancora fissata ({ $known }: «{ $wording }»)
# In a list: what is known of the date, then that it is not fixed.
when-known-not-dated = { $known }, data non ancora fissata
# $month: a month's name, when the year is not known.
when-month-year-unknown = { $month }, anno non noto

## A meeting postponed (meeting_status): the line added to its description, in the
## network's working language. $when: its old date and time, written out.
meeting-postponed-from = Rinviato; data iniziale: { $when }.

## What is wrong with a proposed time for one partner (scheduling::burden), in the
## reader's language.
# $name: the public holiday or day off there.
slot-problem-holiday = festività: { $name }
# $title: the network's other meeting at that time.
slot-problem-overlap = si sovrappone a «{ $title }»
slot-problem-weekend = fine settimana
# $early, $late: times of day, such as 08:00 and 19:00.
slot-problem-early-or-late = prima delle { $early } o dopo le { $late }
# $hours: the working hours asked for, such as 09:00-17:00.
slot-problem-outside-hours = fuori dall'orario di lavoro ({ $hours })
