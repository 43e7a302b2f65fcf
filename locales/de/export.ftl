# Plan documents, invitations, reminders and calendar texts. Source: locales/en/export.ftl (comments there).
export-kind-iap = Integrierter Aktionsplan
export-fact-city = Stadt
export-fact-network = Netzwerk
export-fact-status = Status
export-fact-adopted = Beschlossen am
export-fact-revision = Revision
export-revision-of = { $number } vom { $date }
export-section-context = Ausgangslage und Bedarf
export-section-vision = Vision und Ziele
export-section-approach = Integrierter Ansatz
export-section-actions = Maßnahmen
export-section-implementation = Umsetzung: Zeitplan und Ressourcen
export-section-funding = Finanzierung
export-section-risks = Risiken
export-section-monitoring = Monitoring und Indikatoren
export-section-local-group = Beteiligung der lokalen Gruppe
export-not-written = Dieser Abschnitt ist noch nicht geschrieben.
export-period-from = ab { $month }
export-period-until = bis { $month }
export-action-pilot = Pilot
export-no-actions = Noch keine Maßnahmen erfasst.
export-column-action = Maßnahme
export-column-objective = Ziel
export-column-lead-and-partners = Leitung und Partner
export-column-period = Zeitraum
export-column-cost = Kosten
export-column-funding = Finanzierung
export-column-status = Status
export-column-year = Jahr
export-column-actions = Maßnahmen
export-column-amount = Betrag
export-column-source = Quelle
export-column-share-of-cost = Anteil an den Kosten
export-column-secured = Gesichert
export-column-risk = Risiko
export-column-likelihood = Wahrscheinlichkeit
export-column-impact = Auswirkung
export-column-score = Bewertung
export-column-mitigation = Gegenmaßnahme
export-column-owner = Verantwortlich
export-column-indicator = Indikator
export-column-type = Art
export-column-unit = Einheit
export-column-baseline = Ausgangswert
export-column-target = Zielwert
export-column-by = Bis
export-column-verification = Nachweis
export-with-partners = mit { $partners }
export-not-estimated = nicht geschätzt
export-total = Summe
export-total-without-dropped = Summe (ohne aufgegebene Maßnahmen)
export-action-descriptions = Beschreibung der Maßnahmen
export-indicators-label = Indikatoren:
export-actions-per-year = Maßnahmen pro Jahr
export-unscheduled-actions = { $count ->
    [one] { $count } Maßnahme ist noch nicht terminiert.
   *[other] { $count } Maßnahmen sind noch nicht terminiert.
}
export-no-budget = Noch kein Budget: die Maßnahmentabelle ist leer.
export-total-estimated-cost = Geschätzte Gesamtkosten
export-secured-funding = Gesicherte Finanzierung
export-funding-above-cost = Finanzierung über den Kosten
export-funding-gap = Finanzierungslücke
export-budget-summary = Budgetübersicht
export-uncosted-actions = { $count ->
    [one] { $count } Maßnahme hat noch keine Kostenschätzung und zählt mit { $zero }.
   *[other] { $count } Maßnahmen haben noch keine Kostenschätzung und zählen mit { $zero }.
}
export-not-yet-funded = Noch nicht finanziert
export-funding-by-source = Finanzierung nach Quelle
export-no-objective = Kein Ziel angegeben
export-cost-by-objective = Kosten nach Ziel
export-no-risks = Noch keine Risiken erfasst.
export-no-indicators = Noch keine Indikatoren erfasst.
invite-subject-invitation = Einladung: { $title } ({ $when })
invite-subject-updated = Aktualisierte Einladung: { $title } ({ $when })
invite-subject-cancelled = Abgesagt: { $title } ({ $when })
invite-subject-postponed = Verschoben: { $title } ({ $when })
invite-intro-request = { $who } lädt Sie zu { $title } ({ $network }) ein.
invite-intro-postponed = { $title } ({ $network }) ist verschoben; ein neuer Termin folgt.
invite-intro-cancelled = { $title } ({ $network }) ist abgesagt.
invite-clock = { $clock } (Zeit in { $zone }, { $offset })
invite-all-day = { $date } (ganztägig)
invite-all-days = { $first } bis { $last } (ganztägig)
invite-when = Wann: { $when }
invite-where = Wo: { $place }
invite-online = Online teilnehmen: { $url }
invite-host = Gastgeber: { $host }
invite-agenda = Tagesordnung:
invite-footer-request = Ihr Kalenderprogramm zeigt diese Nachricht als Einladung an, die Sie annehmen oder ablehnen können.
invite-footer-cancel = Ihr Kalenderprogramm entfernt das Treffen, wenn Sie diese Nachricht öffnen.
export-plan-status-draft = Entwurf
export-plan-status-in_review = In Prüfung
export-plan-status-final = Endfassung
export-plan-status-adopted = Beschlossen
export-action-status-idea = Idee
export-action-status-planned = Geplant
export-action-status-ongoing = Laufend
export-action-status-done = Erledigt
export-action-status-dropped = Aufgegeben
export-indicator-kind-output = Output
export-indicator-kind-result = Ergebnis
export-funding-source-city = Städtischer Haushalt
export-funding-source-erdf = EFRE
export-funding-source-esf_plus = ESF+
export-funding-source-national = National
export-funding-source-regional = Regional
export-funding-source-private = Privat
export-funding-source-other = Sonstige

plan-revision-created = Erstellt
plan-revision-created-from-page = Aus der importierten Zusammenfassung des Integrierten Aktionsplans erstellt
plan-revision-sections-reordered = Abschnitte neu geordnet
plan-revision-edited = „{ $section }“ bearbeitet
plan-revision-section-added = Abschnitt „{ $section }“ hinzugefügt
plan-revision-section-renamed = Abschnitt „{ $old }“ in „{ $new }“ umbenannt
plan-revision-section-removed = Abschnitt „{ $section }“ entfernt
plan-revision-action-added = Maßnahme „{ $action }“ hinzugefügt
plan-revision-action-changed = Maßnahme „{ $action }“ geändert
plan-revision-action-deleted = Maßnahme „{ $action }“ gelöscht
plan-revision-action-moved = Maßnahme „{ $action }“ verschoben
plan-revision-indicator-added = Indikator „{ $indicator }“ hinzugefügt
plan-revision-indicator-changed = Indikator „{ $indicator }“ geändert
plan-revision-indicator-deleted = Indikator „{ $indicator }“ gelöscht
plan-revision-risk-added = Risiko „{ $risk }“ hinzugefügt
plan-revision-risk-changed = Risiko „{ $risk }“ geändert
plan-revision-risk-deleted = Risiko „{ $risk }“ gelöscht
plan-revision-restored = Version { $number } wiederhergestellt
plan-revision-settled-ours = Konflikt in „{ $label }“ geklärt: unser Text bleibt
plan-revision-settled-theirs = Konflikt in „{ $label }“ geklärt: ihr Text bleibt
plan-revision-settled-merged = Konflikt in „{ $label }“ geklärt: ein zusammengeführter Text bleibt
plan-revision-merged = { $count ->
    [one] { $count } Version
   *[other] { $count } Versionen
} aus der Kopie von { $author } zusammengeführt
plan-revision-merged-conflicts = { $count ->
    [one] { $count } Version
   *[other] { $count } Versionen
} aus der Kopie von { $author } zusammengeführt; { $conflicts ->
    [one] { $conflicts } Konflikt zu klären
   *[other] { $conflicts } Konflikte zu klären
}
plan-author-unknown = Unbekannt
plan-revision-kind-created = Erstellt
plan-revision-kind-edit = Bearbeitet
plan-revision-kind-restore = Wiederhergestellt
plan-revision-kind-received = Empfangen
plan-revision-kind-merge = Zusammengeführt
plan-revision-kind-resolve = Konflikt geklärt

poll-hold-title = [Umfrage { $number }/{ $total }] { $title }
poll-hold-description = Einer von { $total } Terminen, die für { $title } angeboten werden. Sagen Sie zu, wenn dieser Termin passt, „Mit Vorbehalt“, wenn es notfalls geht, und sagen Sie sonst ab.
poll-subject-invitation = Welche Termine passen Ihnen? { $title } ({ $count ->
    [one] { $count } Termin
   *[other] { $count } Termine
})
poll-grid-intro = { $who } fragt, welche dieser Termine { $partner } für „{ $title }“ ({ $network }) passen.
poll-grid-deadline = Bitte antworten Sie bis { $date }.
poll-grid-calendar = Ihr Kalenderprogramm zeigt jeden Termin als vorläufige Reservierung, „{ $example }“. Beantworten Sie jeden: Zusagen = ja, Mit Vorbehalt = notfalls, Absagen = nein.
poll-grid-reply = Wenn es sie nicht zeigt, antworten Sie auf diese E-Mail und schreiben Sie ja, vielleicht oder nein hinter jeden Termin unten; behalten Sie die Token-Zeile: Sie zeigt, dass die Antworten von Ihnen sind.
poll-grid-option-your-time = { $when }, bei Ihnen { $local }
poll-subject-released = Termine freigegeben: { $title } findet am { $when } statt
poll-released-intro = Die Umfrage zu „{ $title }“ ist abgeschlossen: Das Treffen findet am { $when } statt. Eine Einladung folgt.
poll-released-list = Diese Termine sind freigegeben; Ihr Kalenderprogramm entfernt ihre Reservierungen:

export-imported = importiert: { $parts }
export-imported-nothing = nichts importiert: Die Datei enthält keine Daten

plan-received-created = Plan „{ $title }“ mit { $count ->
    [one] { $count } Version
   *[other] { $count } Versionen
} hinzugefügt{ $note }{ $partner_note }
plan-received-partner-unknown = {" "}({ $partner } ist hier kein Partner dieses Netzwerks, daher hat der Plan keinen Partner)
plan-received-up-to-date = „{ $title }“ ist bereits aktuell: Nichts hat sich geändert{ $note }
plan-received-up-to-date-text = „{ $title }“ ist bereits aktuell: Sein Text ist unverändert{ $note }
plan-received-ours-newer = Diese Kopie von „{ $title }“ ist neuer als die der Datei: Nichts hat sich geändert{ $note }
plan-received-ours-newer-text = Diese Kopie von „{ $title }“ ist neuer als die der Datei: Ihr Text ist unverändert{ $note }
plan-received-fast-forward = { $count ->
    [one] { $count } Version
   *[other] { $count } Versionen
} zu „{ $title }“ hinzugefügt; er entspricht jetzt der neuesten Version der Datei{ $note }
plan-received-merged = { $count ->
    [one] { $count } Version
   *[other] { $count } Versionen
} in „{ $title }“ zusammengeführt; die Änderungen beider Seiten bleiben erhalten{ $note }
plan-received-merged-conflicts = { $count ->
    [one] { $count } Version
   *[other] { $count } Versionen
} in „{ $title }“ zusammengeführt, aber beide Seiten haben { $labels } geändert: Nichts wurde überschrieben; wählen Sie, welcher Text bleibt{ $note }
plan-received-note = {" "}({ $notes })
plan-received-comments-added = { $count ->
    [one] { $count } neuer Kommentar
   *[other] { $count } neue Kommentare
}
plan-received-comments-resolved = { $count ->
    [one] { $count } Kommentar erledigt
   *[other] { $count } Kommentare erledigt
}

urbact-created = Erstellt: { $counts }.
urbact-would-create = Probelauf, nichts gespeichert: würde erstellen: { $counts }.
urbact-already-there = Bereits in der Datenbank und unverändert gelassen: { $counts }.
urbact-nothing-changed = Nichts geändert: Alles in dieser Datei ist bereits in der Datenbank.
urbact-nothing-would-change = Nichts würde sich ändern: Alles in dieser Datei ist bereits in der Datenbank.
urbact-warnings = { $count ->
    [one] { $count } Warnung.
   *[other] { $count } Warnungen.
}

poll-replies-unusable = { $bad ->
    [one] { $bad } von { $files } Dateien ist nicht verwendbar, daher wurde nichts gespeichert; entfernen oder korrigieren Sie sie und lesen Sie die Antworten erneut
   *[other] { $bad } von { $files } Dateien sind nicht verwendbar, daher wurde nichts gespeichert; entfernen oder korrigieren Sie sie und lesen Sie die Antworten erneut
}
poll-replies-read = { $answers ->
    [one] { $answers } Antwort
   *[other] { $answers } Antworten
} aus { $files ->
    [one] { $files } Datei
   *[other] { $files } Dateien
}
poll-replies-read-detail = { $answers ->
    [one] { $answers } Antwort
   *[other] { $answers } Antworten
} aus { $files ->
    [one] { $files } Datei
   *[other] { $files } Dateien
}: { $parts }
poll-replies-new = { $count } neu
poll-replies-changed = { $count } geändert
poll-replies-same = { $count } bereits gespeichert
poll-replies-older = { $count } älter als die gespeicherte Antwort

## The words a calendar file (.ics) writes around a meeting's own text, in the network's
## working language (ical::export::words); invitations carry the same file. English
## must stay as it is: calendar files already written hold it.
# Opens the description of a postponed meeting, which the file cancels at its old date.
calendar-postponed = Verschoben: Ein neuer Termin folgt.
# LOCATION of an online meeting that names no venue and no host city.
calendar-location-online = Online
# A meeting's kind as the event's category (CATEGORIES); each kind needs its own words.
calendar-kind-kick-off = Auftakt
calendar-kind-transnational = Transnationales Treffen
calendar-kind-city-visit = Stadtbesuch
calendar-kind-final-event = Abschlussveranstaltung
calendar-kind-local-group = URBACT-Lokalgruppe
calendar-kind-online-touch-base = Online-Abstimmung
calendar-kind-phase-review = Phasenbilanz
calendar-kind-other = Sonstiges

## A meeting's when in words (schedule_text): the command line's lists and details, in
## the reader's language, and invitations' texts, in the network's working language.
# $dates: a day or a range of days, written by Convene.
when-all-day = { $dates }, ganztägig
when-all-days = { $dates }, ganztägig
# After a time when a meeting ends on a later day than it starts ("22:00-01:00 +1 day").
# $count: how many days later.
when-end-days-later = +{ $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
# A range of days as the command line writes it; $first, $last: days written 2027-03-10.
when-days-iso = { $first } bis { $last }
# A meeting without a date yet. $known: what is known of its date (a month and year, a
# year, or a month); $wording: the source's own words for it, such as "after the summer".
when-not-dated = noch nicht terminiert
when-not-dated-known = noch nicht terminiert ({ $known })
when-not-dated-wording = noch nicht terminiert („{ $wording }“)
when-not-dated-known-wording = noch nicht terminiert ({ $known }: „{ $wording }“)
# In a list: what is known of the date, then that it is not fixed.
when-known-not-dated = { $known }, noch nicht terminiert
# $month: a month's name, when the year is not known.
when-month-year-unknown = { $month }, Jahr unbekannt

## A meeting postponed (meeting_status): the line added to its description, in the
## network's working language. $when: its old date and time, written out.
meeting-postponed-from = Verschoben; ursprünglicher Termin: { $when }.

## What is wrong with a proposed time for one partner (scheduling::burden), in the
## reader's language.
# $name: the public holiday or day off there.
slot-problem-holiday = Feiertag: { $name }
# $title: the network's other meeting at that time.
slot-problem-overlap = überschneidet sich mit „{ $title }“
slot-problem-weekend = Wochenende
# $early, $late: times of day, such as 08:00 and 19:00.
slot-problem-early-or-late = vor { $early } oder nach { $late }
# $hours: the working hours asked for, such as 09:00-17:00.
slot-problem-outside-hours = außerhalb der Arbeitszeit ({ $hours })
