# The convene command line's own output. Source: locales/en/cli.ftl (comments there).
cli-error = Fehler: { $message }
cli-error-field-with-flag = { $field } ({ $flag }): { $reason }
cli-error-field = { $field }: { $reason }
cli-error-run-with-cascade = { $message } (erneut mit --cascade ausführen)
cli-no-partner = { $network } hat keinen Partner namens „{ $key }“; `convene partners { $slug }` listet sie auf
cli-no-partner-did-you-mean = { $network } hat keinen Partner namens „{ $key }“; meinten Sie { $suggestion }?
cli-no-meeting = { $network } hat kein Treffen mit der ID, UID oder dem Titel „{ $key }“; `convene meetings { $slug }` listet sie auf
cli-meeting-title-needs-network = { $message }; um ein Treffen über seinen Titel anzugeben, nennen Sie zuerst sein Netzwerk (NETZWERK TREFFEN)
cli-no-milestone = { $network } hat keinen Meilenstein mit der ID oder dem Titel „{ $key }“; `convene milestone list { $slug }` listet sie auf
cli-no-contact = { $place } hat keinen Kontakt mit der ID oder dem Namen „{ $key }“
cli-no-local-group-member = { $place } hat kein Mitglied der lokalen Gruppe mit der ID oder dem Namen „{ $key }“
cli-no-practice = es gibt keine gute Praxis mit der ID oder dem Titel „{ $key }“; `convene practices` listet sie auf
cli-no-day-off = { $partner } hat am { $date } keinen freien Tag; `convene dayoff list { $slug } --partner { $partner_id }` listet sie auf
cli-no-day-off-named = { $partner } hat am { $date } keinen freien Tag namens „{ $name }“; `convene dayoff list { $slug } --partner { $partner_id }` listet sie auf
cli-holidays-not-covered = python-holidays deckt { $country } ({ $code }) ab { $first_year } ab; für { $span } gibt es keine Daten
cli-date-from = ab { $date }
cli-date-until = bis { $date }
cli-networks-none = Noch keine Netzwerke. Fügen Sie eines mit `convene network add --name NAME` hinzu oder importieren Sie Seiten mit `convene import urbact DATEI`.
cli-column-slug = KURZNAME
cli-column-name = NAME
cli-column-kind = ART
cli-column-dates = DATEN
cli-column-partner-count = #PARTNER
cli-column-meeting-count = #TREFFEN
cli-column-lead-partner = LEADPARTNER
cli-label-id = ID
cli-label-short-name = Kurzname
cli-label-kind = Art
cli-label-tagline = Slogan
cli-label-programme = Programm
cli-label-dates = Daten
cli-label-lead-partner = Leadpartner
cli-label-language = Sprache
cli-label-email = E-Mail
cli-label-website = Website
cli-network-phases = Phasen
cli-network-partner-count = { $count ->
    [0] Keine Partner
    [one] { $count } Partner
   *[other] { $count } Partner
}
cli-network-milestones = Meilensteine
cli-milestone-done = (erledigt)
cli-network-plans = Aktionspläne
cli-plan-no-city = (keine Stadt)
cli-network-import-notes = Importhinweise (Zeilen, die der Import nicht zuordnen konnte)
cli-network-meetings-hint = Treffen: `convene meetings { $slug }`
cli-network-added = Netzwerk { $name } hinzugefügt (ID { $id }, Kurzname { $slug }).
cli-network-updated = Netzwerk { $name } geändert (Kurzname { $slug }).
cli-network-deleted = Netzwerk { $name } gelöscht.
cli-network-deleted-with = Netzwerk { $name } gelöscht, dazu { $also }.
cli-plan-language-set = „{ $title }“ wird jetzt auf { $language } exportiert.
cli-cannot-write-json = JSON kann nicht geschrieben werden: { $reason }
cli-warnings-heading = Warnungen:
cli-file-error = { $file }: { $message }
cli-backup-done = Datenbank in { $file } gesichert.
cli-export-json-done = Datenbank nach { $file } exportiert.
cli-import-json-done = { $summary } aus { $file }.
cli-import-warning = Zeile { $line }: { $message } („{ $text }“)
cli-ics-nothing-imported = { $file }: keines seiner Ereignisse konnte importiert werden ({ $count } übersprungen, oben aufgeführt); korrigieren Sie sie, oder importieren Sie die Datei in das Kalenderprogramm, das sie erstellt hat, und exportieren Sie sie erneut
cli-ics-column-id = ID
cli-ics-column-when = wann
cli-ics-column-status = Status
cli-ics-column-title = Titel
cli-ics-created = Angelegt:
cli-ics-updated = Geändert:
cli-ics-and-more = … und { $count } weitere; `convene meetings { $slug }` listet alle Treffen auf.
cli-ics-skipped = Übersprungen ({ $count }):
cli-warning = Warnung: { $warning }
cli-sync-ics-file = .ics-Datei: { $path }
cli-plan-pushed = „{ $plan }“ unter { $href } abgelegt.
cli-plan-pulled = „{ $plan }“ von { $href } gelesen.
cli-plan-pulled-conflicts = { $count ->
    [one] { $count } Konflikt, nebeneinander in `convene plan conflicts { $plan }`; lösen Sie ihn mit `convene plan resolve`.
   *[other] { $count } Konflikte, nebeneinander in `convene plan conflicts { $plan }`; lösen Sie jeden mit `convene plan resolve`.
}
cli-conflicts-none = Keine Konflikte.
cli-conflict-deleted = (gelöscht)
cli-conflict-heading = { $id }: „{ $title }“ ({ $network }), gefunden am { $found }
cli-conflict-here = hier:
cli-conflict-on-server = auf dem Server:
cli-conflicts-settle = Lösen Sie jeden mit: convene conflict resolve ID --keep local|remote
cli-plans-none = { $network } hat noch keine Aktionspläne. `convene plan create { $slug } --partner STADT --title T` beginnt einen.
cli-column-id = ID
cli-column-partner = PARTNER
cli-column-title = TITEL
cli-column-status = STATUS
cli-column-revision = REV
cli-column-last-change-utc = LETZTE ÄNDERUNG (UTC)
cli-column-by = VON
cli-plan-section-added = Abschnitt { $key } hinzugefügt
cli-plan-section-removed = Abschnitt { $key } entfernt
cli-plan-section-saved = { $key } gespeichert
cli-plan-revision-restored = Revision { $revision } wiederhergestellt
cli-plan-conflict-settled = Konflikt in { $key } gelöst
cli-plan-saved = { $what }: Revision { $revision } von { $author }
cli-plan-unchanged = nichts geändert: der Plan lautet bereits so (Revision { $revision })
cli-plan-status-word = { $status ->
    [draft] ein Entwurf
    [in_review] in Prüfung
    [final] die Endfassung
   *[adopted] beschlossen
}
cli-plan-status-set = „{ $title }“ ist jetzt { $status }
cli-plan-status-set-on = „{ $title }“ ist seit dem { $date } { $status }
cli-plan-comment-added = Kommentar { $id } zu { $key } von { $author } hinzugefügt
cli-plan-sent = { $count ->
    [one] „{ $title }“ mit { $count } Revision nach { $file } geschrieben
   *[other] „{ $title }“ mit { $count } Revisionen nach { $file } geschrieben
}
cli-plan-received-settle = Lösen Sie jeden mit `convene plan resolve { $id } SCHLÜSSEL --ours | --theirs | --text T`.
cli-plan-conflicts-none = Keine Konflikte zu lösen.
cli-plan-author-default = { $name } (der Benutzername des Systems; legen Sie einen mit `convene plan author NAME` fest)
cli-plan-conflict = Konflikt in { $label } ({ $key }):
cli-plan-conflict-ours = unsere:
cli-plan-conflict-theirs = ihre:
cli-plan-conflict-removed = (entfernt)
cli-plan-created = Plan { $id } „{ $title }“ für { $partner } angelegt
cli-plan-section-keys = Plan { $id }. Abschnitte zum Schreiben mit `convene plan section set { $id } SCHLÜSSEL`: { $keys }
cli-plan-open-comments = Offene Kommentare
cli-plan-open-conflicts = { $count ->
    [one] { $count } Konflikt mit der Kopie eines Partners zu lösen: `convene plan conflicts { $id }`
   *[other] { $count } Konflikte mit der Kopie eines Partners zu lösen: `convene plan conflicts { $id }`
}
cli-poll-created = { $count ->
    [one] Umfrage { $id } „{ $title }“ mit { $count } Termin angelegt.
   *[other] Umfrage { $id } „{ $title }“ mit { $count } Terminen angelegt.
}
cli-poll-invitations-written = { $count ->
    [one] { $count } Einladung nach { $folder } geschrieben: senden Sie sie aus Ihrem Mailprogramm.
   *[other] { $count } Einladungen nach { $folder } geschrieben: senden Sie jede aus Ihrem Mailprogramm.
}
cli-poll-column-file = Datei
cli-poll-column-partner = Partner
cli-poll-column-date = Termin
cli-poll-column-answer = Antwort
cli-poll-column-recorded = Erfasst
cli-poll-column-yes = Ja
cli-poll-column-if-need-be = Wenn nötig
cli-poll-column-no = Nein
cli-poll-column-zone = Zeitzone
cli-poll-column-id = ID
cli-poll-column-title = Titel
cli-poll-column-dates = Termine
cli-poll-column-answered = Geantwortet
cli-poll-no-answer-recorded = es wurde keine Antwort erfasst
cli-poll-not-an-answer = „{ $text }“ ist nicht N=ANTWORT; schreiben Sie die Nummer des Termins und yes, maybe oder no, etwa 2=yes
cli-poll-answers-recorded = { $count ->
    [one] { $count } Antwort von { $partner } erfasst.
   *[other] { $count } Antworten von { $partner } erfasst.
}
cli-label-poll = Umfrage
cli-label-host = Gastgeber
cli-label-deadline = Frist
cli-label-state = Stand
cli-poll-state-closed-on = abgeschlossen mit Termin { $number } (Treffen { $meeting })
cli-poll-state-open = offen
cli-poll-state-closed = abgeschlossen
cli-poll-all-answered = Alle Partner haben geantwortet.
cli-poll-not-answered = Nicht geantwortet: { $partners }
cli-poll-organizer-needed = die Einladungen der Umfrage wurden nie geschrieben; geben Sie den Absender der Einladung zum Treffen mit --organizer an
cli-poll-closed = Umfrage { $id } mit Termin { $number } abgeschlossen: Treffen { $meeting } „{ $title }“ angelegt, { $when }.
cli-poll-no-messages-written = Keine Nachrichten geschrieben: geben Sie --out ORDNER an, um die Einladung zum Treffen und die Freigabe der anderen Termine zu schreiben.
cli-polls-none = { $network } hat noch keine Umfragen.
cli-reminder-not-a-duration = „{ $text }“ ist keine Dauer; schreiben Sie sie als 1d, 2h oder 30m
cli-ics-export-written = { $count ->
    [one] { $count } Treffen geschrieben.
   *[other] { $count } Treffen geschrieben.
}
cli-ics-export-written-to = { $count ->
    [one] { $count } Treffen nach { $file } geschrieben.
   *[other] { $count } Treffen nach { $file } geschrieben.
}
cli-ics-export-written-left-out = { $count } Treffen geschrieben; { $undated ->
    [one] { $undated } noch nicht datiertes wurde ausgelassen.
   *[other] { $undated } noch nicht datierte wurden ausgelassen.
}
cli-ics-export-written-to-left-out = { $count } Treffen nach { $file } geschrieben; { $undated ->
    [one] { $undated } noch nicht datiertes wurde ausgelassen.
   *[other] { $undated } noch nicht datierte wurden ausgelassen.
}
cli-invite-written = { $method ->
    [cancel] Absage geschrieben: { $subject }.
   *[request] Einladung geschrieben: { $subject }.
}
cli-invite-written-to = { $method ->
    [cancel] Absage nach { $file } geschrieben: { $subject }.
   *[request] Einladung nach { $file } geschrieben: { $subject }.
}
cli-not-a-date-time = „{ $text }“ ist kein Datum mit Uhrzeit; schreiben Sie es als "JJJJ-MM-TT HH:MM"
cli-not-a-month = „{ $text }“ ist kein Monat; schreiben Sie ihn als JJJJ-MM (oder ein Jahr, JJJJ)
cli-meeting-no-start-yet = das Treffen hat noch keine Anfangszeit; geben Sie --start und --end an
cli-meeting-end-needed = geben Sie --end mit --start an ("JJJJ-MM-TT HH:MM" oder "HH:MM")
cli-meeting-no-day-yet = das Treffen hat noch keinen Tag; geben Sie --date (und --until) an
cli-not-a-time-of-day = „{ $text }“ ist keine Uhrzeit; schreiben Sie sie als HH:MM (14:30)
cli-agenda-speaker = (Referent: { $speaker })
cli-agenda-empty = Die Tagesordnung ist leer. Fügen Sie einen Punkt mit `convene agenda { $slug } { $meeting } add --title TEXT` hinzu.
cli-agenda-heading = Tagesordnung von { $title } (Treffen { $meeting })
cli-agenda-item-added = Punkt { $number } zur Tagesordnung von { $title } hinzugefügt:
cli-agenda-item-changed = Punkt { $number } der Tagesordnung von { $title } geändert:
cli-agenda-item-moved = Punkt { $number } an Stelle { $place } der Tagesordnung von { $title } verschoben:
cli-agenda-item-removed = Punkt { $number } aus der Tagesordnung von { $title } entfernt:
cli-agenda-item-removed-named = Punkt { $number } ({ $item }) aus der Tagesordnung von { $title } entfernt:
cli-holidays-which-days = geben Sie die Tage an: --year JAHR, oder --from DATUM --to DATUM
cli-holidays-region-needs-country = --region gehört zu einem Ländercode (convene holidays ES --region ES-CN ...); die Partner eines Netzwerks haben jeweils ihre eigene Region (convene partner update NETZWERK STADT --region CODE)
cli-holidays-heading = Gesetzliche Feiertage in { $country } ({ $code }), { $span }:
cli-holidays-heading-region = Gesetzliche Feiertage in { $country } ({ $code }) mit { $region }, { $span }:
cli-holidays-none = keine.
cli-holiday-estimated = { $name } (geschätztes Datum)
cli-holiday-national = landesweit
cli-column-date = DATUM
cli-column-day = TAG
cli-column-holiday = FEIERTAG
cli-column-where = WO
cli-holidays-no-dates-before = (python-holidays hat für { $code } keine Daten vor { $first_year }.)
cli-holidays-network-none = Kein Partner von { $network } hat einen Feiertag oder freien Tag, { $span }.
cli-holidays-network-heading = Freie Tage der Partner von { $network }, { $span }:
cli-holidays-uncovered = Convene hat keine gesetzlichen Feiertage für: { $partners } (nur ihre erfassten freien Tage zählen).
cli-day-off-line = „{ $name }“ am { $date } ({ $weekday })
cli-days-off-none-partner = Für { $partner } ist kein freier Tag erfasst. Fügen Sie einen mit `convene dayoff add { $slug } --partner STADT --date JJJJ-MM-TT --name TEXT` hinzu.
cli-days-off-none-network = Für die Partner von { $network } ist kein freier Tag erfasst. Fügen Sie einen mit `convene dayoff add { $slug } --partner STADT --date JJJJ-MM-TT --name TEXT` hinzu.
cli-day-off-added = Freier Tag { $day } für { $partner } hinzugefügt (ID { $id }).
cli-day-off-added-also-holiday = Freier Tag { $day } für { $partner } hinzugefügt (ID { $id }). Dort ist auch ein gesetzlicher Feiertag: { $holidays }.
cli-day-off-which = { $partner } hat am { $date } { $count } freie Tage: { $names }; geben Sie mit --name an, welchen
cli-day-off-removed = Freier Tag { $day } von { $partner } entfernt.
cli-meeting-id-and-date = ID { $id } ({ $date })
cli-meetings-same-title = { $count } Treffen von { $network } heißen „{ $key }“: { $meetings }; verwenden Sie die ID
cli-to-before-from = { $to } liegt vor --from { $from }
cli-meetings-none = { $network } hat keine Treffen.
cli-meetings-none-in-period = { $network } hat in diesem Zeitraum keine Treffen.
cli-column-when = WANN
cli-column-mode = FORM
cli-column-country = LAND
cli-column-zone = ZEITZONE
cli-column-offset = ABWEICHUNG
cli-column-local-time = ORTSZEIT
cli-column-note = HINWEIS
cli-label-network = Netzwerk
cli-label-when = Wann
cli-label-venue = Ort
cli-label-mode = Form
cli-label-status = Status
cli-label-uid = UID
cli-label-sequence = Sequenz
cli-meeting-warnings = Warnungen
cli-meeting-local-times = Ortszeiten
cli-local-time-outside-working-hours = außerhalb der Arbeitszeit
cli-local-time-weekend = Wochenende
cli-meeting-agenda = Tagesordnung
cli-meeting-attendance = Teilnahme
cli-meeting-attendance-contact = { $name } (Kontakt): { $answer }
cli-meeting-needs-start-and-end = ein Treffen mit Uhrzeit braucht --start und --end
cli-meeting-tz-needs-times = --tz gilt für --start und --end; geben Sie diese auch an
cli-meeting-until-needs-date = --until braucht --date (den ersten Tag)
cli-meeting-added = Treffen { $id } zu { $network } hinzugefügt: { $title }, { $when }.
cli-meeting-updated = Treffen { $id } geändert: { $title } ({ $when }).
cli-meeting-updated-sequence = Treffen { $id } geändert: { $title } ({ $when }); Kalender übernehmen die Änderung (Sequenz { $sequence }).
cli-meeting-deleted = Treffen { $id } gelöscht: { $title }.
cli-not-a-population = „{ $text }“ ist keine ganze Zahl von Einwohnern
cli-partner-name-and-id = { $name } (ID { $id })
cli-partners-same-name = { $count } Partner von { $network } heißen „{ $key }“: { $partners }; verwenden Sie die ID
cli-partners-none = { $network } hat noch keine Partner. Fügen Sie einen mit `convene partner add { $slug } --name STADT --country CC` hinzu.
cli-column-role = ROLLE
cli-column-time-zone = ZEITZONE
cli-column-population = EINWOHNER
cli-column-contacts = KONTAKTE
cli-label-country = Land
cli-label-region = Region
cli-label-role = Rolle
cli-label-time-zone = Zeitzone
cli-label-population = Einwohner
cli-label-notes = Notizen
cli-partner-contacts = Kontakte
cli-partner-local-group = Lokale Gruppe
cli-partner-added = { $name } ({ $country }, { $zone }) zu { $network } hinzugefügt als { $role ->
    [lead_partner] Leadpartner
    [good_practice_city] Stadt mit guter Praxis
    [transfer_city] Transferstadt
    [associated] assoziierter Partner
   *[partner] Partner
} (ID { $id }).
cli-partner-updated = { $name } ({ $country }, { $zone }) in { $network } geändert.
cli-partner-deleted = { $name } aus { $network } gelöscht.
cli-partner-deleted-with = { $name } aus { $network } gelöscht ({ $also }).
cli-milestone-not-a-month = „{ $text }“ ist kein Monat; schreiben Sie ihn als JJJJ-MM
cli-milestones-same-title = { $count } Meilensteine heißen „{ $key }“: { $milestones }; verwenden Sie die ID
cli-milestone-line = { $title } ({ $when }, { $kind }, ID { $id })
cli-milestone-line-done = { $title } ({ $when }, { $kind }, erledigt, ID { $id })
cli-milestone-needs-date = ein Meilenstein braucht seinen Tag (--date JJJJ-MM-TT) oder seinen Monat (--month JJJJ-MM)
cli-milestone-added = Meilenstein { $milestone } zu { $network } hinzugefügt.
cli-milestone-updated = Meilenstein { $milestone } geändert.
cli-milestone-removed = Meilenstein { $milestone } aus { $network } entfernt.
cli-milestones-none = { $network } hat noch keine Meilensteine. Fügen Sie einen mit `convene milestone add { $slug } --title TEXT --date JJJJ-MM-TT` hinzu.
cli-milestone-done-word = erledigt
cli-column-done = ERLEDIGT
cli-practices-none = Noch keine guten Praktiken. Fügen Sie eine mit `convene practice add --title TITEL` hinzu oder importieren Sie sie aus URBACT-Seiten mit `convene import urbact DATEI`.
cli-yes = ja
cli-column-city = STADT
cli-column-transfer = TRANSFER
cli-column-network = NETZWERK
cli-column-match = TREFFER
cli-practices-same-title = { $count } gute Praktiken heißen „{ $key }“; verwenden Sie die ID
cli-label-city = Stadt
cli-label-author = Autor
cli-label-figure = Kennzahl
cli-label-transfer = Transfer
cli-label-networks = Netzwerke
cli-practice-transferred = ja, von Netzwerken übertragen
cli-limit-at-least-one = muss mindestens 1 sein
cli-search-nothing = Nichts passt zu „{ $text }“.
cli-cannot-read-stdin = die Abschnitte können nicht von der Standardeingabe gelesen werden: { $reason }
cli-practice-line = { $title } (ID { $id }, { $count ->
    [one] { $count } Abschnitt
   *[other] { $count } Abschnitte
})
cli-practice-line-from = { $title } (ID { $id }, { $from }, { $count ->
    [one] { $count } Abschnitt
   *[other] { $count } Abschnitte
})
cli-practice-added = Gute Praxis { $practice } hinzugefügt.
cli-practice-updated = Gute Praxis { $practice } geändert.
cli-practice-removed = Gute Praxis { $title } (ID { $id }) entfernt.
cli-person-of-partner = { $name } aus { $partner } (ID { $id })
cli-people-same-name = { $count } Personen von { $place } heißen „{ $key }“: { $people }; verwenden Sie die ID
cli-contacts-none = { $place } hat noch keine Kontakte. Fügen Sie einen mit `convene contact add { $slug } --partner STADT --name NAME` hinzu.
cli-local-group-none = { $place } hat noch keine Mitglieder der lokalen Gruppe. Fügen Sie eines mit `convene local-group add { $slug } --partner STADT --name NAME` hinzu.
cli-column-email = E-MAIL
cli-column-phone = TELEFON
cli-column-organisation = ORGANISATION
cli-contact-added = { $name } zu den Kontakten von { $partner } hinzugefügt (ID { $id }).
cli-contact-updated = { $name }, Kontakt von { $partner }, geändert (ID { $id }).
cli-contact-removed = { $name } aus den Kontakten von { $partner } entfernt.
cli-member-added = { $name } zur lokalen Gruppe von { $partner } hinzugefügt (ID { $id }).
cli-member-updated = { $name }, lokale Gruppe von { $partner }, geändert (ID { $id }).
cli-member-removed = { $name } aus der lokalen Gruppe von { $partner } entfernt.
cli-plan-export-format-unknown = das Format lässt sich aus „{ $file }“ nicht erkennen; geben Sie --format docx, pdf, md oder html an
cli-plan-exported = „{ $title }“ nach { $file } geschrieben ({ $format }, { $size })
cli-size-bytes = { $count ->
    [one] { $count } Byte
   *[other] { $count } Byte
}
cli-size-kilobytes = { $count } KB
cli-not-a-funding-line = „{ $text }“ ist nicht QUELLE=EUR (etwa erdf=12000)
cli-plan-action-added = Maßnahme „{ $title }“ hinzugefügt
cli-plan-indicator-added = Indikator „{ $name }“ hinzugefügt
cli-plan-risk-added = Risiko hinzugefügt
cli-meeting-already = Treffen { $id } ({ $title }) war bereits { $status ->
    [confirmed] bestätigt
    [held] abgehalten
    [postponed] verschoben
    [tentative] vorläufig
   *[cancelled] abgesagt
}.
cli-meeting-confirmed = Treffen { $id } bestätigt: { $title } ({ $when }){ $changed ->
    [yes] ; Kalender übernehmen die Änderung (Sequenz { $sequence })
   *[no] {""}
}.
cli-meeting-marked-held = Treffen { $id } als abgehalten markiert: { $title } ({ $when }){ $changed ->
    [yes] ; Kalender übernehmen die Änderung (Sequenz { $sequence })
   *[no] {""}
}.
cli-meeting-cancelled = Treffen { $id } abgesagt: { $title } ({ $when }){ $changed ->
    [yes] ; Kalender übernehmen die Änderung (Sequenz { $sequence })
   *[no] {""}
}.
cli-meeting-postponed-undated = Treffen { $id } verschoben: { $title }; noch kein neuer Termin, daher erfahren die Kalender, dass es am { $when } nicht stattfindet (Sequenz { $sequence }).
cli-meeting-postponed-to = Treffen { $id } verschoben: { $title }; jetzt { $when }, vorläufig bis zur Bestätigung (Sequenz { $sequence }).
cli-not-an-attendance-status = „{ $text }“ ist keines von: invited, confirmed (oder accepted), declined, tentative, attended, none
cli-attendance-status = { $status ->
    [accepted] zugesagt
    [declined] abgesagt
    [tentative] vorläufig
    [attended] teilgenommen
   *[invited] eingeladen
}
cli-attendance-none = Noch niemand steht auf der Liste.
cli-attendee-partner = Partner
cli-attendee-contact = Kontakt
cli-column-who = WER
cli-attendance-heading = Teilnahme an { $title } (Treffen { $meeting })
cli-attendance-set = { $name }: { $answer } für { $title }.
cli-attendance-removed = { $name } steht nicht mehr auf der Liste von { $title }.
cli-slots-how-long = geben Sie an, wie lange das Treffen dauert: --duration 2h, oder --days N für ganze Tage
cli-length-minutes = { $minutes }-minütiges
cli-length-hours = { $hours }-stündiges
cli-length-hours-minutes = { $hours }:{ $minutes }-stündiges
cli-slots-heading = { $network }: { $count ->
    [one] { $count } Beginn
   *[other] { $count } Beginnzeiten
} für ein { $length } Treffen vom { $from } bis { $to } ({ $zone }; Arbeitszeit { $hours } nach der Uhr jedes Partners).
cli-slots-none-suit-all = Keine passt allen Partnern; die am wenigsten ungünstigen kommen zuerst.
cli-slots-suit-all = { $count ->
    [one] { $count } passt allen Partnern.
   *[other] { $count } passen allen Partnern.
}
cli-slots-nothing-fits = In diesem Zeitraum passt keine Zeit; erweitern Sie ihn oder kürzen Sie das Treffen.
cli-slot-suits-everyone = passt allen
cli-slot-awkward = ungünstig für { $troubled } von { $count } (Belastung: höchste { $worst }, gesamt { $total })
cli-column-problems = PROBLEME
cli-days-heading = { $network }: { $count ->
    [one] { $count } Möglichkeit
   *[other] { $count } Möglichkeiten
} für { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} vom { $from } bis { $to }, an denen kein Partner einen Feiertag hat{ $weekends ->
    [left-out] {" "}(ohne Wochenenden)
   *[counted] {""}
}.
cli-date-span = { $first } bis { $last }
cli-days-also = (außerdem: { $meetings })
cli-days-left-out = Ausgelassene Tage:
cli-rotation-heading = { $network }: { $count ->
    [one] { $count } Präsenztreffen
   *[other] { $count } Präsenztreffen
}, abgehalten oder geplant.
cli-rotation-no-partners = Es hat noch keine Partner.
cli-column-hosted = AUSGERICHTET
cli-column-held = ABGEHALTEN
cli-column-planned = GEPLANT
cli-column-last-hosted = ZULETZT AUSGERICHTET
cli-rotation-without-host = { $count ->
    [one] { $count } Treffen hat noch keine Gastgeberstadt.
   *[other] { $count } Treffen haben noch keine Gastgeberstadt.
}
cli-rotation-not-hosted = Noch nicht Gastgeber: { $partners }.
cli-rotation-next = Nächste Gastgeber, die gerechtesten zuerst: { $partners }.
cli-column-time-utc = ZEIT (UTC)
cli-column-author = AUTOR
cli-column-message = NACHRICHT
cli-plan-diff-heading = Revision { $from } ({ $from_author }, { $from_time }) -> Revision { $to } ({ $to_author }, { $to_time })
cli-plan-diff-none = Keine Unterschiede.
cli-plan-diff-section-added = (hinzugefügt)
cli-plan-diff-section-removed = (entfernt)
cli-plan-diff-section-renamed = (vorher { $title })
cli-plan-diff-reordered = Die Abschnitte wurden umgeordnet.
cli-plan-diff-row = { $row ->
    [indicator] Indikator
    [risk] Risiko
   *[action] Maßnahme
} „{ $label }“ { $change ->
    [added] hinzugefügt
    [removed] entfernt
   *[changed] geändert: { $fields }
}
cli-account-password-stored = das Passwort liegt im Schlüsselbund
cli-account-no-keyring = kein Schlüsselbund hat geantwortet ({ $reason }), daher wurde das Passwort nicht gespeichert: geben Sie es bei jedem Befehl mit --password-stdin oder { $variable } an
cli-account-no-password = kein Passwort angegeben: geben Sie es bei jedem Befehl mit --password-stdin oder { $variable } an
cli-account-added = Konto { $name } hinzugefügt ({ $url } als { $user }); { $password }.
cli-accounts-none = Noch keine Konten: convene account add NAME --url URL --user BENUTZER --password-stdin
cli-account-column-name = Name
cli-account-column-url = URL
cli-account-column-user = Benutzer
cli-account-column-ca-file = CA-Datei
cli-account-works = { $name } funktioniert.
    Principal: { $principal }
    Kalender-Stammordner: { $home }
    Kalender: { $count }
cli-account-calendar-no-name = (ohne Namen)
cli-account-removed = Konto { $name } und sein Passwort im Schlüsselbund entfernt.
cli-not-an-export-format = „{ $text }“ ist kein Exportformat; verwenden Sie docx, pdf, md oder html

publish-kept-local-create = „{ $title }“ behält die Version von Convene; die nächste Veröffentlichung legt es auf dem Server wieder an.
publish-kept-local-overwrite = „{ $title }“ behält die Version von Convene; die nächste Veröffentlichung überschreibt die des Servers.
publish-kept-local-deleted = „{ $title }“ bleibt gelöscht; die nächste Veröffentlichung löscht es auf dem Server.
publish-kept-remote-deleted = „{ $title }“ wurde hier gelöscht, wie auf dem Server.
publish-kept-remote = „{ $title }“ hat jetzt hier die Version des Servers.
publish-change-time = Zeit: { $before } -> { $after }
publish-change-title = Titel: „{ $before }“ -> „{ $after }“
publish-change-place = Ort: „{ $before }“ -> „{ $after }“
publish-change-status = Status: { $before } -> { $after }
publish-change-description = Beschreibung
publish-change-online-link = Online-Link: { $before } -> { $after }
publish-said-last-modified = zuletzt geändert { $when }
publish-said-changed-by = geändert von { $who }
publish-said-organiser = Organisator: { $who }
publish-said-who-unknown = der Termin sagt nicht, wer ihn geändert hat

cli-value-meeting-kind-kick-off = Auftakt
cli-value-meeting-kind-transnational = Transnationales Treffen
cli-value-meeting-kind-city-visit = Stadtbesuch
cli-value-meeting-kind-final-event = Abschlussveranstaltung
cli-value-meeting-kind-local-group = URBACT-Lokalgruppe
cli-value-meeting-kind-online-touch-base = Online-Abstimmung
cli-value-meeting-kind-phase-review = Phasenbilanz
cli-value-meeting-kind-other = Sonstiges
cli-value-poll-answer-yes = Ja
cli-value-poll-answer-maybe = Notfalls
cli-value-poll-answer-no = Nein
cli-value-meeting-mode-in-person = Vor Ort
cli-value-meeting-mode-online = Online
cli-value-meeting-mode-hybrid = Hybrid
cli-value-meeting-status-tentative = Vorläufig
cli-value-meeting-status-confirmed = Bestätigt
cli-value-meeting-status-held = Stattgefunden
cli-value-meeting-status-postponed = Verschoben
cli-value-meeting-status-cancelled = Abgesagt
cli-value-attendance-invited = Eingeladen
cli-value-attendance-accepted = Zugesagt
cli-value-attendance-declined = Abgesagt
cli-value-attendance-tentative = Vielleicht
cli-value-attendance-attended = Teilgenommen
cli-value-network-kind-action-planning = Aktionsplanung
cli-value-network-kind-transfer = Transfer
cli-value-network-kind-innovation-transfer = Innovationstransfer
cli-value-network-kind-implementation = Umsetzung
cli-value-network-kind-other = Sonstiges
cli-value-partner-role-lead-partner = Lead-Partner
cli-value-partner-role-partner = Partner
cli-value-partner-role-good-practice-city = Stadt mit guter Praxis
cli-value-partner-role-transfer-city = Transferstadt
cli-value-partner-role-associated = Assoziiert
cli-value-plan-status-draft = Entwurf
cli-value-plan-status-in-review = In Prüfung
cli-value-plan-status-final = Endfassung
cli-value-plan-status-adopted = Beschlossen
cli-value-funding-source-city = Städtischer Haushalt
cli-value-funding-source-erdf = EFRE
cli-value-funding-source-esf-plus = ESF+
cli-value-funding-source-national = National
cli-value-funding-source-regional = Regional
cli-value-funding-source-private = Privat
cli-value-funding-source-other = Sonstiges
cli-value-action-status-idea = Idee
cli-value-action-status-planned = Geplant
cli-value-action-status-ongoing = Laufend
cli-value-action-status-done = Abgeschlossen
cli-value-action-status-dropped = Aufgegeben
cli-value-indicator-kind-output = Output
cli-value-indicator-kind-result = Ergebnis
cli-value-revision-kind-created = Erstellt
cli-value-revision-kind-edit = Bearbeitet
cli-value-revision-kind-restore = Wiederhergestellt
cli-value-revision-kind-received = Empfangen
cli-value-revision-kind-merge = Zusammengeführt
cli-value-revision-kind-resolve = Konflikt geklärt
cli-value-milestone-kind-phase = Phasenbeginn oder -ende
cli-value-milestone-kind-deadline = Frist
cli-value-milestone-kind-deliverable = Ergebnis
cli-value-milestone-kind-decision = Entscheidung
cli-value-milestone-kind-event = Veranstaltung
cli-value-milestone-kind-other = Sonstiges
cli-value-hit-kind-network = Netzwerk
cli-value-hit-kind-partner = Partner
cli-value-hit-kind-meeting = Treffen
cli-value-hit-kind-plan = Aktionsplan
cli-value-hit-kind-practice = Gute Praxis
cli-value-day-off-source-national = Gesetzlicher Feiertag
cli-value-day-off-source-regional = Regionaler Feiertag
cli-value-day-off-source-local = Örtlicher freier Tag

cli-help-usage = Aufruf:
cli-help-options = Optionen:
cli-help-group-networks = Netzwerke:
cli-help-group-partners = Partner und ihre Leute:
cli-help-group-meetings = Treffen:
cli-help-group-holidays = Feiertage und freie Tage:
cli-help-group-plans = Aktionspläne:
cli-help-group-practices = Gute Praktiken:
cli-help-group-data = Alle Daten:
cli-help-group-servers = Kalenderserver (CalDAV, WebDAV):
cli-help-group-meeting = Das Treffen:
cli-help-group-meeting-life = Sein Verlauf:
cli-help-group-plan = Der Plan:
cli-help-group-plan-content = Sein Inhalt:
cli-help-group-plan-review = Durchsicht und Verlauf:
cli-help-group-plan-exchange = Austausch mit den Partnerstädten:
cli-help-about = Netzwerke, Partnerstädte, Treffen, Aktionspläne und gute Praktiken transnationaler Städtenetzwerke
cli-help-after =
    NETWORK ist der Kurzname (Slug) oder Name eines Netzwerks, in beliebiger Schreibung, mit oder ohne Akzente.
    Die Datenbank ist --db PATH, sonst $CONVENE_DB, sonst die convene.db der Desktop-App
    (unter Linux ~/.local/share/eu.convene.app/convene.db).
cli-help-option-db = Die Datenbankdatei [Standard: $CONVENE_DB, sonst die convene.db der Desktop-App]
cli-help-option-json = Maschinenlesbares JSON statt Text ausgeben
cli-help-option-lang = Die Sprache der Meldungen: en, fr, de, es, it, pt, pl, nl, el, ro [Standard: aus $LC_ALL, $LC_MESSAGES, $LANG]
cli-help-option-help = Hilfe anzeigen
cli-help-option-version = Version anzeigen
cli-help-command-networks = Alle Netzwerke auflisten
cli-help-command-network = Ein Netzwerk anzeigen, hinzufügen, ändern oder löschen
cli-help-command-milestone = Die Meilensteine eines Netzwerks auflisten, hinzufügen, ändern oder entfernen
cli-help-command-partners = Die Partner eines Netzwerks auflisten
cli-help-command-partner = Einen Partner eines Netzwerks anzeigen, hinzufügen, ändern oder löschen
cli-help-command-contacts = Die Kontaktpersonen der Partner eines Netzwerks auflisten
cli-help-command-contact = Eine Kontaktperson eines Partners hinzufügen, ändern oder entfernen
cli-help-command-local-group = Die Mitglieder der URBACT-Lokalgruppe auflisten oder eines hinzufügen, ändern oder entfernen
cli-help-command-meetings = Die Treffen eines Netzwerks nach Datum auflisten (undatierte zuletzt)
cli-help-command-meeting = Ein Treffen anzeigen, hinzufügen, ändern, bestätigen, verschieben, als stattgefunden markieren, absagen oder löschen
cli-help-command-agenda = Die Tagesordnung eines Treffens anzeigen oder einen Punkt hinzufügen, ändern, verschieben oder entfernen
cli-help-command-attendance = Anzeigen, wer zu einem Treffen eingeladen ist, oder die Antwort eines Partners oder einer Kontaktperson erfassen
cli-help-command-invite = Eine E-Mail-Einladung zu einem Treffen schreiben (eine Absage, wenn es abgesagt oder verschoben ist)
cli-help-command-slots = Zeiten finden, die den Partnern eines Netzwerks passen: Arbeitszeiten, Wochenenden, Feiertage, andere Treffen
cli-help-command-rotation = Wer die Präsenztreffen des Netzwerks ausgerichtet hat und wer als Nächstes Gastgeber sein sollte
cli-help-command-poll = Die Partner fragen, welche Termine ihnen passen, ihre Antworten lesen und den gewählten Termin zu einem Treffen machen
cli-help-command-holidays = Die gesetzlichen Feiertage eines Landes oder die Tage, an denen die Partner eines Netzwerks nicht arbeiten
cli-help-command-dayoff = Die eigenen freien Tage eines Partners auflisten, hinzufügen oder entfernen (ein Patronatsfest, eine Kommunalwahl)
cli-help-command-plans = Die Aktionspläne eines Netzwerks mit Status und letzter Änderung auflisten
cli-help-command-plan = Einen Integrierten Aktionsplan entwerfen, prüfen, vergleichen, wiederherstellen, senden und empfangen
cli-help-command-practices = Die guten Praktiken auflisten
cli-help-command-practice = Eine gute Praxis anzeigen, hinzufügen, ändern oder entfernen
cli-help-command-search = Netzwerke, Partner, Treffen, Aktionspläne und gute Praktiken durchsuchen
cli-help-command-import = URBACT-Netzwerkseiten, einen JSON-Export von Convene oder eine iCalendar-Datei importieren
cli-help-command-export = Die ganze Datenbank exportieren oder Treffen als iCalendar-Datei
cli-help-command-backup = Die ganze Datenbank nach FILE kopieren (SQLite-Online-Sicherung; sicher, während die App läuft)
cli-help-command-help = Diese Hilfe oder die Hilfe der angegebenen Unterbefehle anzeigen
cli-help-command-account = Ein CalDAV/WebDAV-Serverkonto hinzufügen, auflisten, testen oder entfernen (Passwörter bleiben im Schlüsselbund)
cli-help-command-publish = Die Treffen eines Netzwerks in einem Kalender auf einem CalDAV-Server veröffentlichen (und zuerst seine Änderungen lesen)
cli-help-command-pull = Auf dem CalDAV-Server vorgenommene Änderungen in ein veröffentlichtes Netzwerk übernehmen
cli-help-command-conflicts = Treffen auflisten, die hier und auf dem Server geändert wurden, mit beiden Fassungen
cli-help-command-conflict = Einen Konflikt klären: die lokale oder die entfernte Fassung behalten
cli-help-password = Woher das Passwort kommt: --password-stdin (die erste Zeile der Standardeingabe), sonst $CONVENE_DAV_PASSWORD, sonst der Schlüsselbund des Betriebssystems (wo `account add` es gespeichert hat). Ein Rechner ohne Desktop hat keinen Schlüsselbund: nehmen Sie dort --password-stdin oder CONVENE_DAV_PASSWORD.
cli-help-meeting-note = Tagesordnung eines Treffens und wer kommt: `convene agenda NETWORK MEETING`, `convene attendance NETWORK MEETING`.
cli-help-command-meeting-show = Ein Treffen mit Tagesordnung, Teilnahme und der Uhrzeit bei jedem Partner
cli-help-command-meeting-add = Einem Netzwerk ein Treffen hinzufügen
cli-help-command-meeting-update = Ein Treffen ändern; nur die angegebenen Optionen ändern sich
cli-help-command-meeting-delete = Ein Treffen mit Tagesordnung und Teilnahme löschen
cli-help-command-meeting-confirm = Ein Treffen als bestätigt markieren: es findet an seinem Datum statt
cli-help-command-meeting-postpone = Ein Treffen auf ein späteres Datum verschieben oder aus dem Kalender nehmen, bis eines feststeht (das alte Datum bleibt in der Beschreibung)
cli-help-command-meeting-held = Ein Treffen als stattgefunden markieren (es muss begonnen haben)
cli-help-command-meeting-cancel = Ein Treffen als abgesagt markieren (es bleibt, damit die Kalender von der Absage erfahren)
cli-help-command-plan-show = Ein Plan als Dokument (der Markdown-Export), dann seine Abschnittsschlüssel, Warnungen, offenen Kommentare und Konflikte
cli-help-command-plan-create = Einen Plan für eine Partnerstadt beginnen (neun Standardabschnitte, Revision 1)
cli-help-command-plan-status = Den Plan weiterbringen: draft, in-review, final, adopted (mit --date), oder einen Schritt zurück
cli-help-command-plan-language = Die Sprache festlegen, in der die Dokumente des Plans exportiert werden (Überschriften, Bezeichnungen, Daten, Beträge)
cli-help-command-plan-export = Den Plan als Word-, PDF-, Markdown- oder HTML-Dokument für den Stadtrat schreiben
cli-help-command-plan-author = Den Namen anzeigen, mit dem Änderungen gezeichnet werden, oder ihn festlegen
cli-help-command-plan-section = Den Text eines Abschnitts schreiben
cli-help-command-plan-action = Zur Maßnahmentabelle hinzufügen
cli-help-command-plan-indicator = Zum Ergebnisrahmen hinzufügen
cli-help-command-plan-risk = Zu den Risiken hinzufügen
cli-help-command-plan-comment = Einen Abschnitt als Prüfer kommentieren
cli-help-command-plan-revisions = Alle Revisionen, die neueste zuerst
cli-help-command-plan-diff = Was sich zwischen zwei Revisionen geändert hat, Wort für Wort
cli-help-command-plan-restore = Den Inhalt einer alten Revision wieder aktuell machen (als neue Revision; nichts geht verloren)
cli-help-command-plan-send = Den Plan mit seiner ganzen Geschichte in eine .convene-plan-Datei für einen Partner schreiben
cli-help-command-plan-receive = Eine .convene-plan-Datei lesen: ein neuer Plan, neuere Revisionen oder eine Zusammenführung (Konflikte werden gemeldet)
cli-help-command-plan-push = Die .convene-plan-Datei des Plans in einen WebDAV-Ordner legen (nie über eine Fassung, die nicht zuerst abgerufen wurde)
cli-help-command-plan-pull = Die .convene-plan-Datei des Plans aus dem WebDAV-Ordner lesen und zusammenführen, wie `plan receive` es tut
cli-help-command-plan-conflicts = Die Unterschiede zur Fassung eines Partners, die auf eine Entscheidung warten
cli-help-command-plan-resolve = Einen Konflikt klären: unsere Fassung behalten, ihre übernehmen oder einen zusammengeführten Text einsetzen

cli-clap-unknown-argument = unerwartetes Argument „{ $arg }“
cli-clap-tip-similar-argument = Tipp: Es gibt ein ähnliches Argument: „{ $arg }“
cli-clap-tip-similar-subcommand = Tipp: Es gibt einen ähnlichen Befehl: „{ $command }“
cli-clap-tip-escape = Tipp: Um „{ $arg }“ als Wert zu übergeben, schreiben Sie „-- { $arg }“
cli-clap-missing-value = „{ $arg }“ braucht einen Wert, aber es wurde keiner angegeben
cli-clap-invalid-value = ungültiger Wert „{ $value }“ für „{ $arg }“
cli-clap-invalid-value-reason = ungültiger Wert „{ $value }“ für „{ $arg }“: { $reason }
cli-clap-possible-values = mögliche Werte: { $values }
cli-clap-unknown-subcommand = unbekannter Befehl „{ $command }“
cli-clap-missing-arguments = diese erforderlichen Argumente fehlen:{ $args }
cli-clap-missing-subcommand = „{ $command }“ braucht danach einen Befehl, aber es wurde keiner angegeben
cli-clap-subcommands = Befehle: { $values }
cli-clap-used-twice = das Argument „{ $arg }“ darf nur einmal angegeben werden
cli-clap-conflict = das Argument „{ $arg }“ kann nicht zusammen mit { $other } verwendet werden
cli-clap-too-many-values = überzähliger Wert „{ $value }“ für „{ $arg }“
cli-clap-wrong-number-of-values = „{ $arg }“ braucht { $expected } Werte, angegeben: { $actual }
cli-clap-no-equals = „{ $arg }“ nimmt seinen Wert nach einem Gleichheitszeichen ({ $arg }=WERT)
cli-clap-invalid-utf8 = die Befehlszeile enthält Text, der kein gültiges UTF-8 ist
cli-clap-not-valid = die Befehlszeile ist ungültig
cli-clap-more-information = Mehr dazu mit „--help“.

cli-clap-not-a-whole-number = keine ganze Zahl

cli-help-command-import-urbact = Netzwerke, Partner, Treffen, Pläne und Praktiken aus URBACT-Seiten importieren
cli-help-arg-import-urbact-file = Eine Textdatei mit URBACT-Seiten (jeder Datensatz endet mit einer Zeile `Ref nid`)
cli-help-arg-import-urbact-start-year = Nur monatsgenaue Zeitpläne („June (Basingstoke)“) der Reihe nach ab diesem Jahr datieren
cli-help-arg-import-urbact-dry-run = Zeigen, was importiert würde, ohne etwas zu speichern
cli-help-command-import-json = Eine von `convene export json` geschriebene Datei in eine leere Datenbank importieren
cli-help-arg-import-json-file = Der zu lesende JSON-Export
cli-help-command-import-ics = Die Termine einer iCalendar-Datei (.ics) als Treffen eines Netzwerks importieren
cli-help-arg-import-ics-file = Eine von einem Kalenderprogramm exportierte iCalendar-Datei (.ics)
cli-help-arg-import-ics-network = Das Netzwerk, dessen Treffen die Termine werden (Kurzname oder Name)
cli-help-arg-import-ics-strict = Die ganze Datei beim ersten nicht importierbaren Termin ablehnen, statt die anderen zu importieren und die übersprungenen aufzulisten
cli-help-command-network-show = Alles zu einem Netzwerk: Angaben, Phasen, Partner, Meilensteine, Pläne, Importhinweise
cli-help-arg-network = Der Kurzname oder Name des Netzwerks
cli-help-command-network-add = Ein Netzwerk hinzufügen
cli-help-arg-network-add-name = Der Name des Netzwerks
cli-help-arg-kind = action-planning, transfer, innovation-transfer, implementation oder other [beim Hinzufügen: other]
cli-help-arg-slug = Kurzname für die Befehlszeile [beim Hinzufügen: aus dem Namen gebildet]
cli-help-arg-tagline = Eine Zeile, worum es im Netzwerk geht
cli-help-arg-description = Was das Netzwerk tut, in einem Absatz oder mehr
cli-help-arg-programme = z. B. „URBACT IV“
cli-help-arg-start = Erster Tag, JJJJ-MM-TT
cli-help-arg-end = Letzter Tag, JJJJ-MM-TT
cli-help-arg-email = Kontakt-E-Mail-Adresse
cli-help-arg-website = Webadresse (https://...)
cli-help-arg-language = Arbeitssprache seiner Einladungen, Erinnerungen und Kalendertexte: en, fr, de, es, it, pt, pl, nl, el, ro [beim Hinzufügen: en]
cli-help-command-network-update = Ein Netzwerk ändern; nur die angegebenen Optionen ändern sich
cli-help-arg-name = Ein neuer Name
cli-help-arg-network-update-lead = Der Lead Partner: ID oder Name eines Partners
cli-help-command-network-delete = Ein Netzwerk löschen; mit --cascade auch alles, was dazu gehört
cli-help-arg-network-delete-cascade = Auch seine Partner, Treffen, Meilensteine, Pläne und Importhinweise löschen
cli-help-command-milestone-list = Die Meilensteine eines Netzwerks nach Datum
cli-help-command-milestone-add = Einen Meilenstein hinzufügen, auf den Tag (--date) oder den Monat (--month) datiert
cli-help-arg-milestone-add-title = Was geschieht („IAP eingereicht“)
cli-help-arg-date = Sein Tag, JJJJ-MM-TT
cli-help-arg-month = Sein Monat, wenn der Tag nicht bekannt ist, JJJJ-MM
cli-help-arg-milestone-add-kind = phase, deadline, deliverable, decision, event oder other [beim Hinzufügen: other]
cli-help-arg-milestone-add-description = Freier Text dazu
cli-help-arg-done = Ob er erledigt ist: --done oder --done no
cli-help-command-milestone-update = Einen Meilenstein ändern; nur die angegebenen Optionen ändern sich
cli-help-arg-milestone = ID oder Titel des Meilensteins
cli-help-arg-title = Ein neuer Titel
cli-help-arg-milestone-update-kind = phase, deadline, deliverable, decision, event oder other [beim Hinzufügen: other]
cli-help-arg-milestone-update-description = Freier Text dazu
cli-help-command-milestone-remove = Einen Meilenstein entfernen
cli-help-command-partner-show = Ein Partner mit seinen Kontakten und seiner lokalen Gruppe
cli-help-arg-partner = ID oder Name des Partners
cli-help-command-partner-add = Eine Partnerstadt oder -organisation zu einem Netzwerk hinzufügen
cli-help-arg-partner-add-name = Der Name der Stadt oder Organisation
cli-help-arg-partner-add-country = ISO-3166-1-Code (LV), Ländername (Lettland) oder Region (Sachsen-Anhalt)
cli-help-arg-role = lead-partner, partner, good-practice-city, transfer-city oder associated [beim Hinzufügen: partner]
cli-help-arg-tz = IANA-Zeitzone wie Europe/Riga [beim Hinzufügen: die des Landes]
cli-help-arg-region = ISO-3166-2-Region (ES-CN, DE-BY), deren Feiertage für den Partner zusätzlich zu den landesweiten zählen (leer zum Löschen); `convene holidays CC --region CODE` prüft eine
cli-help-arg-population = Einwohnerzahl (leer zum Löschen)
cli-help-arg-notes = Freier Text
cli-help-command-partner-update = Einen Partner ändern; nur die angegebenen Optionen ändern sich
cli-help-arg-partner-update-country = Ein neues Land; die Zeitzone folgt, außer sie wurde von Hand geändert oder --tz ist angegeben
cli-help-command-partner-delete = Einen Partner löschen; mit --cascade auch seine Kontakte, lokale Gruppe und Teilnahmen
cli-help-arg-partner-delete-cascade = Auch seine Kontakte, Mitglieder der lokalen Gruppe und Teilnahmen löschen; Treffen und Pläne, die er ausrichtet oder besitzt, bleiben, ohne ihn
cli-help-arg-contacts-partner = Nur die Kontakte dieses Partners (ID oder Name)
cli-help-command-contact-add = Eine Kontaktperson zu einem Partner hinzufügen
cli-help-arg-contact-add-partner = Der Partner (ID oder Name), für den die Person arbeitet
cli-help-arg-contact-add-name = Der Name der Person
cli-help-arg-contact-add-role = Was sie tut („Projektkoordinatorin“)
cli-help-arg-contact-add-email = E-Mail-Adresse
cli-help-arg-phone = Telefonnummer, wie sie sie schreibt
cli-help-command-contact-update = Einen Kontakt ändern; nur die angegebenen Optionen ändern sich (ein leerer Wert löscht sie)
cli-help-arg-person = ID (wie aufgelistet) oder Name der Person
cli-help-arg-contact-update-partner = Der Partner (ID oder Name), zu dem die Person gehört, wenn der Name nicht reicht
cli-help-arg-contact-update-role = Was sie tut („Projektkoordinatorin“)
cli-help-arg-contact-update-email = E-Mail-Adresse
cli-help-command-contact-remove = Einen Kontakt entfernen (und seine Antworten auf Einladungen)
cli-help-arg-contact-remove-partner = Der Partner (ID oder Name), zu dem die Person gehört, wenn der Name nicht reicht
cli-help-arg-local-group-partner = Nur die lokale Gruppe dieses Partners (ID oder Name)
cli-help-command-local-group-add = Ein Mitglied zur lokalen Gruppe eines Partners hinzufügen
cli-help-arg-local-group-add-partner = Der Partner (ID oder Name), dessen lokale Gruppe es ist
cli-help-arg-local-group-add-name = Der Name des Mitglieds
cli-help-arg-organisation = Die Organisation, aus der es kommt („Handelskammer“)
cli-help-arg-local-group-add-role = Seine Rolle in der Gruppe
cli-help-command-local-group-update = Ein Mitglied der lokalen Gruppe ändern; nur die angegebenen Optionen ändern sich (ein leerer Wert löscht sie)
cli-help-arg-local-group-update-partner = Der Partner (ID oder Name), zu dem die Person gehört, wenn der Name nicht reicht
cli-help-arg-local-group-update-role = Seine Rolle in der Gruppe
cli-help-command-local-group-remove = Ein Mitglied aus einer lokalen Gruppe entfernen
cli-help-arg-local-group-remove-partner = Der Partner (ID oder Name), zu dem die Person gehört, wenn der Name nicht reicht
cli-help-arg-meetings-from = Nur Treffen an oder nach diesem Tag (JJJJ-MM-TT); undatierte bleiben weg
cli-help-arg-meetings-to = Nur Treffen an oder vor diesem Tag (JJJJ-MM-TT); undatierte bleiben weg
cli-help-arg-meeting-show-network = Der Kurzname oder Name des Netzwerks (oder, allein angegeben, ID oder UID des Treffens)
cli-help-arg-meeting = ID, UID oder Titel des Treffens in diesem Netzwerk
cli-help-arg-meeting-add-title = Wie das Treffen heißt („Transnationales Treffen Nr. 3“)
cli-help-arg-meeting-add-kind = kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review oder other
cli-help-arg-host = ID oder Name des gastgebenden Partners (leer, um den Gastgeber zu entfernen)
cli-help-arg-meeting-add-start = Beginn, „JJJJ-MM-TT HH:MM“ in der Uhrzeit von --tz
cli-help-arg-meeting-add-end = Ende, „JJJJ-MM-TT HH:MM“ oder „HH:MM“ am Tag des Beginns
cli-help-arg-meeting-add-tz = IANA-Zeitzone von --start und --end [Standard: die des Gastgebers]
cli-help-arg-meeting-add-date = Ganztägiges Treffen: sein (erster) Tag, JJJJ-MM-TT
cli-help-arg-until = Ganztägiges Treffen: sein letzter Tag, JJJJ-MM-TT [Standard: --date]
cli-help-arg-meeting-add-month = Noch nicht datiert, aber für diesen Monat geplant: JJJJ-MM (oder nur das Jahr, JJJJ)
cli-help-arg-wording = Noch nicht datiert: wann es geplant ist, in Worten („nach dem Sommer“)
cli-help-arg-mode = in-person, online oder hybrid [beim Hinzufügen: in-person]
cli-help-arg-online = Link zur Online-Teilnahme (https://...)
cli-help-arg-venue = Wo es stattfindet, wenn das nicht einfach die Gaststadt ist („Rathaus, Jelgava“)
cli-help-arg-meeting-add-description = Freier Text zum Treffen
cli-help-arg-status = tentative, confirmed, held, postponed oder cancelled [beim Hinzufügen: tentative]
cli-help-arg-meeting-update-network = Der Kurzname oder Name des Netzwerks (oder, allein angegeben, ID oder UID des Treffens)
cli-help-arg-meeting-update-kind = kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review oder other
cli-help-arg-meeting-update-undated = Das Treffen wieder undatiert machen (behält --month und --wording, wenn angegeben)
cli-help-arg-meeting-update-start = Beginn, „JJJJ-MM-TT HH:MM“ in der Uhrzeit von --tz
cli-help-arg-meeting-update-end = Ende, „JJJJ-MM-TT HH:MM“ oder „HH:MM“ am Tag des Beginns
cli-help-arg-meeting-update-tz = IANA-Zeitzone von --start und --end [Standard: die des Gastgebers]
cli-help-arg-meeting-update-date = Ganztägiges Treffen: sein (erster) Tag, JJJJ-MM-TT
cli-help-arg-meeting-update-month = Noch nicht datiert, aber für diesen Monat geplant: JJJJ-MM (oder nur das Jahr, JJJJ)
cli-help-arg-meeting-update-description = Freier Text zum Treffen
cli-help-arg-meeting-confirm-network = Der Kurzname oder Name des Netzwerks (oder, allein angegeben, ID oder UID des Treffens)
cli-help-arg-meeting-postpone-network = Der Kurzname oder Name des Netzwerks (oder, allein angegeben, ID oder UID des Treffens)
cli-help-arg-meeting-postpone-to = Das neue Datum: „JJJJ-MM-TT HH:MM“ (behält die Dauer, außer --end ist angegeben) oder JJJJ-MM-TT für ganze Tage (behält die Zahl der Tage, außer --until ist angegeben)
cli-help-arg-meeting-postpone-end = Ende des neuen Datums: „JJJJ-MM-TT HH:MM“ oder „HH:MM“ am Tag von --to
cli-help-arg-meeting-postpone-until = Letzter Tag der neuen Daten, JJJJ-MM-TT
cli-help-arg-meeting-postpone-tz = IANA-Zeitzone von --to und --end [Standard: die des Treffens]
cli-help-arg-meeting-postpone-undated = Noch kein neues Datum: Das Treffen wird als verschoben markiert und Kalender sagen den alten Termin ab
cli-help-arg-meeting-held-network = Der Kurzname oder Name des Netzwerks (oder, allein angegeben, ID oder UID des Treffens)
cli-help-arg-meeting-cancel-network = Der Kurzname oder Name des Netzwerks (oder, allein angegeben, ID oder UID des Treffens)
cli-help-arg-meeting-delete-network = Der Kurzname oder Name des Netzwerks (oder, allein angegeben, ID oder UID des Treffens)
cli-help-arg-agenda-meeting = ID, UID oder Titel des Treffens
cli-help-command-agenda-add = Einen Punkt hinzufügen, am Ende oder als Nummer --at
cli-help-arg-agenda-add-title = Was der Punkt ist („Begrüßung und Vorstellung“)
cli-help-arg-agenda-add-at = Seine Stelle: 1 für den ersten [Standard: nach dem letzten]
cli-help-arg-agenda-add-start = Wann er beginnt, HH:MM in der Uhrzeit des Treffens
cli-help-arg-agenda-add-end = Wann er endet, HH:MM
cli-help-arg-speaker = Der Partner, der ihn leitet (ID oder Name)
cli-help-arg-agenda-add-notes = Freier Text zum Punkt
cli-help-command-agenda-update = Punkt N ändern; nur die angegebenen Optionen ändern sich (ein leerer Wert löscht sie)
cli-help-arg-item = Die Nummer des Punkts
cli-help-arg-agenda-update-start = Wann er beginnt, HH:MM in der Uhrzeit des Treffens
cli-help-arg-agenda-update-end = Wann er endet, HH:MM
cli-help-arg-agenda-update-notes = Freier Text zum Punkt
cli-help-command-agenda-move = Punkt N so verschieben, dass er Nummer --to wird
cli-help-arg-agenda-move-to = Seine neue Nummer
cli-help-command-agenda-remove = Punkt N entfernen; die folgenden rücken auf
cli-help-arg-attendance-meeting = ID, UID oder Titel des Treffens
cli-help-arg-attendance-partner = Der Partner (ID oder Name), dessen Antwort dies ist
cli-help-arg-attendance-contact = Eine Kontaktperson (ID oder Name), deren Antwort dies ist
cli-help-arg-attendance-status = invited, confirmed (zugesagt), declined, tentative, attended, oder none, um sie von der Liste zu nehmen
cli-help-arg-plan = Die ID des Plans oder NETZWERK/STADT
cli-help-arg-plan-create-partner = Die Partnerstadt, deren Plan es ist (ihr Name oder ihre ID)
cli-help-arg-plan-create-summary = Ein paar Zeilen zum Plan; sie werden der erste Text seines Kontext-Abschnitts
cli-help-arg-plan-create-language = Die Sprache seiner exportierten Dokumente: en, fr, de, es, it, pt, pl, nl, el, ro [Standard: en]
cli-help-arg-plan-language-code = en, fr, de, es, it, pt, pl, nl, el oder ro
cli-help-command-plan-section-set = Den Text eines Abschnitts (Markdown) durch --text oder den Inhalt von --file ersetzen
cli-help-arg-plan-section-set-key = Der Schlüssel des Abschnitts: context, vision, approach, actions, implementation, funding, risks, monitoring, local-group oder ein eigener
cli-help-arg-plan-section-set-text = Der neue Text
cli-help-arg-plan-section-set-file = Eine Datei mit dem neuen Text (UTF-8-Markdown)
cli-help-arg-plan-section-set-message = Warum er sich geändert hat, für den Verlauf
cli-help-command-plan-section-add = Einen eigenen Abschnitt hinzufügen (sein Schlüssel wird aus dem Titel gebildet)
cli-help-arg-plan-section-add-after = Nach diesem Abschnitt einfügen [Standard: am Ende]
cli-help-command-plan-section-remove = Einen eigenen Abschnitt entfernen (sein Text bleibt im Verlauf)
cli-help-arg-key = Der Schlüssel des Abschnitts
cli-help-command-plan-action-add = Eine Maßnahme am Ende der Tabelle hinzufügen
cli-help-arg-plan-action-add-objective = Das Ziel, dem sie dient (Maßnahmen werden je Ziel summiert)
cli-help-arg-plan-action-add-lead = Die federführende Organisation
cli-help-arg-plan-action-add-partners = Partnerorganisationen
cli-help-arg-plan-action-add-start = Erster Monat (JJJJ-MM)
cli-help-arg-plan-action-add-end = Letzter Monat (JJJJ-MM)
cli-help-arg-plan-action-add-cost = Geschätzte Kosten in Euro, etwa 12500.50
cli-help-arg-plan-action-add-funding = Gesicherte Finanzierung: city, erdf, esf-plus, national, regional, private oder other, dann = und Euro; wiederholbar
cli-help-arg-plan-action-add-status = idea, planned, ongoing, done oder dropped [Standard: planned]
cli-help-arg-plan-action-add-pilot = Ein Pilot in kleinem Maßstab (Testmaßnahme)
cli-help-command-plan-indicator-add = Einen Indikator hinzufügen
cli-help-arg-plan-indicator-add-kind = output oder result
cli-help-arg-plan-indicator-add-by = Wann das Ziel erreicht sein soll (JJJJ-MM)
cli-help-arg-plan-indicator-add-verification = Nachweismittel
cli-help-command-plan-risk-add = Ein Risiko hinzufügen
cli-help-arg-plan-risk-add-likelihood = 1 (selten) bis 5 (fast sicher)
cli-help-arg-plan-risk-add-impact = 1 (gering) bis 5 (schwer)
cli-help-arg-plan-diff-rev-a = Die Nummer der älteren Revision
cli-help-arg-plan-diff-rev-b = Die Nummer der neueren Revision
cli-help-arg-plan-restore-rev = Die Nummer der Revision
cli-help-arg-plan-status-status = draft, in-review, final oder adopted
cli-help-arg-plan-status-date = Der Tag, an dem der Rat den Plan beschlossen hat (JJJJ-MM-TT), für adopted
cli-help-arg-plan-comment-author = Der Name der prüfenden Person
cli-help-arg-plan-send-out = Die zu schreibende Datei
cli-help-arg-plan-receive-file = Die .convene-plan-Datei
cli-help-arg-plan-resolve-key = Der Schlüssel des Konflikts: ein Abschnittsschlüssel oder action:ID, indicator:ID, risk:ID (`convene plan conflicts` listet sie)
cli-help-arg-plan-resolve-ours = Unseren Text behalten
cli-help-arg-plan-resolve-theirs = Ihren Text übernehmen
cli-help-arg-plan-resolve-text = Diesen zusammengeführten Text einsetzen
cli-help-arg-plan-resolve-file = Den zusammengeführten Text aus dieser Datei einsetzen
cli-help-arg-plan-export-format = docx, pdf, md (oder markdown) oder html [Standard: nach der Endung von --out]
cli-help-arg-plan-export-out = Die zu schreibende Datei (ersetzt, wenn sie existiert)
cli-help-arg-plan-author-name = Der neue Name ("" kehrt zum Benutzernamen des Systems zurück)
cli-help-arg-account = Das Konto, dessen WebDAV-Ordner die Datei enthält (convene account list)
cli-help-arg-folder = Der Ordner auf dem Server (absolut oder relativ zur Adresse des Kontos) [Standard: der Ordner des letzten Push oder Pull, sonst die Adresse des Kontos]
cli-help-arg-password-stdin = Das Passwort aus der ersten Zeile der Standardeingabe lesen
cli-help-command-practice-show = Eine gute Praxis mit allen Abschnitten und den Netzwerken, die sie nutzen
cli-help-arg-practice-show-id = ID oder Titel der Praxis
cli-help-command-practice-add = Eine gute Praxis hinzufügen
cli-help-arg-practice-add-title = Wie die Praxis heißt
cli-help-arg-practice-add-tagline = Eine Zeile, was sie ist
cli-help-arg-city = Die Stadt, aus der sie stammt
cli-help-arg-country = ISO-3166-1-Code (ES), Ländername (Spanien) oder Region
cli-help-arg-author = Wer sie beschrieben hat
cli-help-arg-author-role = Die Rolle der Autorin oder des Autors („Projektkoordinatorin“)
cli-help-arg-figure = Eine Zahl, die die Praxis hervorhebt („521 946 Einwohner“)
cli-help-arg-transfer = Ob Netzwerke sie übertragen: yes oder no [beim Hinzufügen: no]
cli-help-arg-networks = Die Netzwerke, die sie nutzen, nach Kurzname oder Name, durch Kommas getrennt ("" für keine)
cli-help-arg-sections = Eine Textdatei ihrer Abschnitte (Zeilen „## Überschrift“, Text darunter); - liest die Standardeingabe
cli-help-command-practice-update = Eine gute Praxis ändern; nur die angegebenen Optionen ändern sich (ein leerer Wert löscht sie)
cli-help-arg-practice = ID oder Titel der Praxis
cli-help-arg-practice-update-tagline = Eine Zeile, was sie ist
cli-help-command-practice-remove = Eine gute Praxis entfernen
cli-help-arg-search-text = Gesuchte Wörter (alle müssen passen; Akzente und Groß-/Kleinschreibung zählen nicht)
cli-help-arg-search-limit = Höchstens so viele Treffer
cli-help-arg-backup-file = Wohin die Kopie geschrieben wird
cli-help-command-export-json = Alles als ein JSON-Dokument (siehe docs/json.md); auf die Standardausgabe, außer --out ist angegeben
cli-help-arg-out = In diese Datei statt auf die Standardausgabe schreiben
cli-help-command-export-ics = Die Treffen eines Netzwerks als iCalendar-Datei (.ics); auf die Standardausgabe, außer --out ist angegeben
cli-help-arg-export-ics-partner = Nur die Sicht dieses Partners: was er ausrichtet oder besucht, und die netzwerkweiten Treffen
cli-help-arg-export-ics-meeting = Nur dieses Treffen (seine ID oder UID)
cli-help-arg-export-ics-from = Nur Treffen mit einem Tag an oder nach diesem (JJJJ-MM-TT)
cli-help-arg-export-ics-to = Nur Treffen mit einem Tag an oder vor diesem (JJJJ-MM-TT)
cli-help-arg-export-ics-reminder = Eine Erinnerung so lange vor jedem Treffen: 1d, 2h, 30m, 1w oder kombiniert (1d12h)
cli-help-note-holidays = Zwei Buchstaben nennen ein Land als ISO-3166-1-Code (FR, es, XK): seine gesetzlichen Feiertage.
    Alles andere nennt ein Netzwerk (Kurzname oder Name): jeden Tag, an dem einer seiner Partner nicht
    arbeitet (landesweite und regionale Feiertage und die mit `convene dayoff add` erfassten freien Tage).
    Der Zeitraum ist --year JAHR oder --from DATUM --to DATUM (beide Tage eingeschlossen).
    Die Daten stammen von python-holidays; ein Land, das es nicht abdeckt, wird mit der Liste der abgedeckten abgelehnt.
cli-help-arg-holidays-target = Der Ländercode aus zwei Buchstaben (FR) oder der Kurzname oder Name eines Netzwerks
cli-help-arg-holidays-region = Mit einem Land: auch die Feiertage seiner Region, ein ISO-3166-2-Code wie ES-CN oder DE-BY
cli-help-arg-holidays-year = Das ganze Jahr
cli-help-arg-holidays-from = Der erste Tag, JJJJ-MM-TT
cli-help-arg-holidays-to = Der letzte Tag, JJJJ-MM-TT
cli-help-command-dayoff-list = Die für die Partner eines Netzwerks erfassten freien Tage nach Datum
cli-help-arg-dayoff-list-partner = Nur die dieses Partners (seine ID oder sein Name)
cli-help-command-dayoff-add = Einen Tag erfassen, an dem ein Partner nicht arbeitet (ein Patronatsfest, eine Kommunalwahl)
cli-help-arg-dayoff-add-date = Der Tag, JJJJ-MM-TT
cli-help-arg-dayoff-add-name = Was der Tag ist („Johannistag“)
cli-help-command-dayoff-remove = Einen freien Tag eines Partners entfernen; --name wählt, wenn er an dem Tag mehrere hat
cli-help-arg-dayoff-remove-date = Der Tag, JJJJ-MM-TT
cli-help-arg-dayoff-remove-name = Der Name des freien Tags
cli-help-arg-invite-network = Der Kurzname oder Name des Netzwerks (oder, allein angegeben, ID oder UID des Treffens)
cli-help-arg-organizer = Die E-Mail-Adresse der Organisatorin oder des Organisators (Absender; Antworten gehen dorthin)
cli-help-arg-invite-to = Die E-Mail-Adresse einer teilnehmenden Person; die Option wiederholen oder Adressen durch Kommas trennen
cli-help-arg-invite-out = Die Nachricht in diese Datei (.eml) statt auf die Standardausgabe schreiben
cli-help-arg-slots-from = Erster Tag der Suche, JJJJ-MM-TT
cli-help-arg-slots-to = Letzter Tag der Suche, JJJJ-MM-TT (ein Treffen muss bis zu dessen Mitternacht enden)
cli-help-arg-slots-duration = Wie lange das Treffen dauert: 2h, 90m, 1h30
cli-help-arg-slots-days = Stattdessen ganze Tage: N aufeinanderfolgende Tage, an denen kein Partner einen Feiertag hat
cli-help-arg-slots-hours = Arbeitszeiten in der Uhrzeit jedes Partners [Standard: 09:00-17:00]
cli-help-arg-slots-partners = Nur die Uhrzeit dieses Partners zählt (für mehrere wiederholen) [Standard: alle Partner]
cli-help-arg-slots-exclude-weekends = Zeiten auslassen, die für einen Partner auf einen Samstag oder Sonntag fallen
cli-help-arg-slots-limit = Wie viele Zeitfenster aufgelistet werden, die besten zuerst
cli-help-arg-slots-tz = Die Uhrzeit von --from, --to und der Überschrift jedes Zeitfensters [Standard: UTC]
cli-help-command-poll-create = Eine Umfrage starten: die Termine, an denen ein Treffen stattfinden könnte
cli-help-arg-poll-create-title = Der Titel des Treffens
cli-help-arg-poll-create-kind = Die Art des Treffens: kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review, other
cli-help-arg-poll-create-host = Die gastgebende Partnerstadt
cli-help-arg-poll-create-options = Ein angebotener Termin: „JJJJ-MM-TT HH:MM/HH:MM“ oder JJJJ-MM-TT (ganzer Tag); für jeden wiederholen
cli-help-arg-poll-create-tz = Die Zeitzone der Uhrzeiten der Optionen [Standard: die des Gastgebers]
cli-help-arg-poll-create-deadline = Antwort bis zu diesem Tag (JJJJ-MM-TT)
cli-help-command-poll-invite = Die Einladungen zum Antworten schreiben (eine .eml je Empfänger, eine vorläufige Reservierung je Termin)
cli-help-arg-poll = Die ID der Umfrage
cli-help-arg-poll-invite-to = Ein Empfänger, ein Kontakt eines Partners [Standard: die Kontakte aller Partner]; wiederholen oder durch Kommas trennen
cli-help-arg-poll-invite-out = Der Ordner, in den die Nachrichten geschrieben werden
cli-help-command-poll-replies = Die Antworten der Partner lesen: Antworten (.eml, .ics) oder Antwortraster (.txt)
cli-help-arg-poll-replies-files = Antwortdateien
cli-help-command-poll-answer = Die Antworten eines Partners von Hand erfassen
cli-help-arg-poll-answer-partner = Name oder ID der Partnerstadt
cli-help-arg-poll-answer-options = N=yes, N=maybe oder N=no für Termin N; die Option für mehrere Termine wiederholen
cli-help-command-poll-show = Wer wann kommen kann: jeder Termin für jeden Partner, und wer nicht geantwortet hat
cli-help-command-poll-close = Einen Termin wählen: legt das Treffen an und schreibt seine Einladung und die Freigabe der anderen Termine
cli-help-arg-poll-close-option = Der gewählte Termin (seine Nummer)
cli-help-arg-poll-close-out = Die Einladung zum Treffen und die Freigabe der anderen Termine in diesen Ordner schreiben
cli-help-arg-poll-close-organizer = Der Absender dieser Nachrichten [Standard: der Organisator der Umfrage-Einladungen]
cli-help-command-poll-list = Die Umfragen eines Netzwerks, die neuesten zuerst
cli-help-command-account-add = Ein CalDAV-/WebDAV-Serverkonto hinzufügen (das Passwort kommt in den Schlüsselbund)
cli-help-arg-account-add-name = Ein Kurzname, um es zu nennen (zum Beispiel nextcloud)
cli-help-arg-account-add-url = Die Adresse des Servers (für Nextcloud https://HOST/remote.php/dav; ein bloßes https://HOST wird erkannt)
cli-help-arg-account-add-user = Der Benutzername auf dem Server
cli-help-arg-account-add-ca-file = Eine PEM-Datei der Zertifizierungsstelle eines Servers mit eigenem Zertifikat
cli-help-command-account-list = Die Konten auflisten (nie ihre Passwörter)
cli-help-command-account-test = Verbinden, die Kalender ermitteln und sagen, was gefunden wurde oder was genau fehlschlug
cli-help-command-account-remove = Ein Konto, sein Passwort im Schlüsselbund und das darüber Gemerkte entfernen
cli-help-arg-publish-account = Das Konto (convene account list)
cli-help-arg-publish-calendar = Der Name des Kalenders auf dem Server [Standard: der Name des Netzwerks]
cli-help-arg-publish-ics-file = Auch die ganze .ics des Netzwerks unter diesem Pfad auf dem Server halten (für Abonnenten)
cli-help-command-conflict-resolve = Einen Konflikt lösen, indem eine Seite behalten wird
cli-help-arg-conflict-resolve-id = Die ID des Konflikts (convene conflicts)

cli-help-arguments = Argumente:
cli-help-commands = Befehle:
