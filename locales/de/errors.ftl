# Errors and validation messages of Convene's core. Source: locales/en/errors.ftl (comments there).
error-required = darf nicht leer sein
error-too-long = { $count ->
    [one] ist { $count } Zeichen lang; erlaubt sind { $max }
   *[other] ist { $count } Zeichen lang; erlaubt sind { $max }
}
error-not-an-email = „{ $value }“ ist keine E-Mail-Adresse (erwartet: name@example.org)
error-url-scheme = „{ $value }“ muss mit https:// oder http:// beginnen
error-not-a-url = „{ $value }“ ist keine Webadresse
error-year-out-of-range = das Jahr { $year } liegt außerhalb von { $first }-{ $last }
error-not-a-date = „{ $value }“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT
error-end-before-start = { $end } liegt vor dem Beginn, { $start }
error-unknown-zone = „{ $value }“ ist keine bekannte IANA-Zeitzone (zum Beispiel Europe/Riga)
error-not-yes-or-no = „{ $value }“ ist weder yes noch no
error-appears-twice = dieser Wert von { $column } kommt zweimal vor; jeder muss eindeutig sein
error-unknown-language = „{ $code }“ ist keine Sprache von Convene; verwenden Sie einen der Codes { $codes }
error-no-network = es gibt kein Netzwerk namens „{ $key }“; `convene networks` listet sie auf
error-cancelled = Abgebrochen; nichts wurde geändert.
error-database-busy = die Datenbank ist belegt: ein anderes Convene (das Fenster oder ein Befehl) hat sie beim Speichern länger als { $seconds } Sekunden gehalten. Nichts wurde gespeichert; versuchen Sie es erneut, wenn diese Arbeit beendet ist.
error-no-network-id = es gibt kein Netzwerk mit der ID { $id }
error-no-partner-id = es gibt keinen Partner mit der ID { $id }
error-no-contact-id = es gibt keinen Kontakt mit der ID { $id }
error-no-local-group-member-id = es gibt kein Mitglied der lokalen Gruppe mit der ID { $id }
error-no-meeting-id = es gibt kein Treffen mit der ID { $id }
error-no-milestone-id = es gibt keinen Meilenstein mit der ID { $id }
error-no-day-off-id = es gibt keinen freien Tag mit der ID { $id }
error-no-plan-id = es gibt keinen Aktionsplan mit der ID { $id }
error-no-comment-id = es gibt keinen Kommentar mit der ID { $id }
error-no-conflict-id = es gibt keinen Konflikt mit der ID { $id }
error-no-practice-id = es gibt keine gute Praxis mit der ID { $id }
error-slug-needs-letter = braucht mindestens einen Buchstaben oder eine Ziffer
error-slug-taken = der Kurzname „{ $slug }“ wird schon vom Netzwerk { $network } verwendet; wählen Sie einen anderen
error-lead-partner-after-network = legen Sie zuerst das Netzwerk an und wählen Sie dann seinen Leadpartner unter seinen Partnern
error-lead-partner-elsewhere = der Leadpartner muss ein Partner dieses Netzwerks sein
error-negative = darf nicht negativ sein
error-partner-gone = diesen Partner gibt es nicht
error-not-a-partner-here = { $partner } ist kein Partner dieses Netzwerks
error-not-a-uuid = „{ $value }“ ist keine UUID
error-not-a-plan-key = „{ $key }“ ist kein Plan: geben Sie seine ID an (siehe `convene plans NETZWERK`) oder NETZWERK/STADT, etwa techtown/gavle
error-no-plan-of-city = { $network } hat keinen Plan eines Partners namens „{ $city }“; `convene plans { $slug }` listet sie auf
error-no-such-file = diese Datei gibt es nicht
error-permission-denied = Zugriff verweigert
error-cannot-read = { $file } kann nicht gelesen werden: { $reason }
error-file-too-large = { $file } ist { $size } MB groß, größer, als eine solche Datei ({ $what }) sein kann (höchstens { $max } MB): ist es die richtige Datei? Es wurde nichts importiert.
error-not-utf8-expected = { $file } ist keine Textdatei (sie ist nicht in UTF-8); erwartet: { $expected }. Es wurde nichts importiert
error-expected-urbact-pages = Text von URBACT-Seiten
error-expected-plan-file = eine .convene-plan-Datei
error-expected-json-export = eine von `convene export json` geschriebene Datei
error-internal = Convene ist auf einen internen Fehler gestoßen: { $problem }. Bitte melden Sie ihn.
error-internal-with-log = Convene ist auf einen internen Fehler gestoßen: { $problem }. Die Einzelheiten stehen in { $log }; bitte senden Sie diese Datei mit einer Meldung.
error-cannot-create-folder = der Ordner { $folder } kann nicht angelegt werden: { $reason }
error-disk-full = der Datenträger ist voll
error-disk-quota = Ihr Speicherkontingent ist aufgebraucht
error-file-grew-too-large = die Datei wurde größer, als dieses System erlaubt
error-read-only = der Datenträger, der Ordner oder die Datei ist schreibgeschützt
error-folder-gone = der Ordner existiert nicht (mehr)
error-is-a-folder = es ist ein Ordner
error-not-a-folder = an der Stelle seines Ordners liegt eine Datei
error-disk-io = der Datenträger konnte nicht gelesen oder beschrieben werden (ein Ein-/Ausgabefehler: wurde er entfernt, oder ist er defekt?)
error-database-folder-gone = ihr Ordner existiert nicht (mehr: ein Datenträger oder USB-Stick entfernt?)
error-todo-free-space = schaffen Sie Platz oder wählen Sie einen anderen Datenträger und versuchen Sie es dann erneut
error-todo-writable-folder = wählen Sie einen Ordner, in den Sie schreiben können, oder machen Sie diesen beschreibbar, und versuchen Sie es dann erneut
error-todo-check-disk = prüfen Sie, ob der Datenträger angeschlossen und beschreibbar ist, oder wählen Sie einen anderen Ordner, und versuchen Sie es dann erneut
error-cannot-write = { $file } kann nicht geschrieben werden: { $problem }. Dort wurde nichts geschrieben (eine bereits vorhandene Datei ist unverändert); { $todo }.
error-write-not-a-file-name = { $file } kann nicht geschrieben werden: es ist ein Ordner, kein Dateiname
error-write-is-a-folder = { $file } kann nicht geschrieben werden: es ist ein Ordner; geben Sie einen Dateinamen darin an
error-write-folder-gone = { $file } kann nicht geschrieben werden: der Ordner { $folder } existiert nicht (mehr); wählen Sie einen anderen Ordner
error-cannot-save-database = in der Datenbank { $file } kann nicht gespeichert werden: { $problem }. Von diesem Befehl wurde nichts gespeichert, und alles zuvor Gespeicherte ist unverändert; { $todo }.
error-database-moved = die Datenbank { $file } kann nicht verwendet werden: die Datei wurde verschoben oder gelöscht, während Convene sie geöffnet hatte (ein Datenträger oder USB-Stick entfernt?). Von dieser Änderung wurde nichts gespeichert; legen Sie die Datei wieder dorthin, wo sie war (schließen Sie den Datenträger wieder an), und versuchen Sie es dann erneut.
error-database-locked = die Datenbank { $file } ist von einem anderen Programm gesperrt (einem Convene-Fenster oder -Befehl oder einem Programm wie einem Datenbank-Browser), das sie länger als { $seconds } Sekunden hielt. Es wurde nichts gespeichert; schließen Sie dieses Programm oder warten Sie, bis seine Arbeit beendet ist, und versuchen Sie es dann erneut.
error-backup-folder-gone = die Sicherung kann nicht geschrieben werden: der Ordner { $folder } existiert nicht
error-backup-is-the-database = die Sicherungsdatei darf nicht die Datenbank selbst sein
error-no-data-directory = für diesen Benutzer wurde kein Datenverzeichnis gefunden, um { $file } darin abzulegen (ist HOME gesetzt?); geben Sie die Datenbankdatei mit der Umgebungsvariable { $variable } an (oder mit --db PFAD auf der Befehlszeile)
error-host-gone = der Gastgeber ist kein Partner mehr
error-inserted-meeting-missing = ein gerade eingefügtes Treffen fehlt
error-no-meeting-key = es gibt kein Treffen mit der ID oder UID „{ $key }“
error-ical-line = Zeile { $line }: { $reason }
error-ical-starts-with-continuation = die Datei beginnt mit einer Fortsetzungszeile (einer Zeile, die mit einem Leerzeichen beginnt)
error-ical-not-utf8 = ist kein UTF-8-Text; speichern Sie den Kalender als UTF-8 und importieren Sie ihn erneut
error-ical-not-a-line = „{ $text }“ ist keine iCalendar-Zeile (erwartet NAME:Wert, etwa SUMMARY:Auftakttreffen)
error-ical-bad-parameter = ein Parameter von { $name } ist fehlerhaft in „{ $text }“ (erwartet ;NAME=Wert)
error-ical-unclosed-quote = ein Parameter von { $name } in Anführungszeichen wird in „{ $text }“ nie geschlossen
error-ical-begin-no-name = BEGIN:{ $value } nennt keine Komponente
error-ical-too-deep = BEGIN:{ $name } ist { $depth } Komponenten tief verschachtelt; ein Kalender verschachtelt höchstens { $max }
error-ical-end-closes-nothing = END:{ $name } schließt nichts (davor steht kein BEGIN:{ $name })
error-ical-end-mismatch = END:{ $name } passt nicht zu BEGIN:{ $begin } in Zeile { $begin_line }
error-ical-outside-calendar = { $name } steht außerhalb von BEGIN:VCALENDAR ... END:VCALENDAR
error-ical-never-closed = BEGIN:{ $name } wird nie durch END:{ $name } geschlossen (die Datei endet in Zeile { $last_line })
error-ical-nothing-imported = { $message }. Es wurde nichts importiert.
error-ical-empty = die Datei ist leer; erwartet wurde eine iCalendar-Datei (.ics), die mit BEGIN:VCALENDAR beginnt
error-ical-not-icalendar = dies ist keine iCalendar-Datei: sie sollte mit BEGIN:VCALENDAR beginnen, aber Zeile { $line } lautet „{ $text }“
error-ical-event-refused = das Ereignis „{ $title }“ kann nicht importiert werden: { $field }: { $reason }
ical-skipped-titled-uid = Zeile { $line }: „{ $title }“ (UID { $uid }) wurde übersprungen: { $reason }
ical-skipped-titled = Zeile { $line }: „{ $title }“ wurde übersprungen: { $reason }
ical-skipped-uid = Zeile { $line }: ein Ereignis (UID { $uid }) wurde übersprungen: { $reason }
ical-skipped = Zeile { $line }: ein Ereignis wurde übersprungen: { $reason }
ical-summary-nothing-imported = Keines der Ereignisse der Datei konnte importiert werden: { $skipped ->
    [one] { $skipped } Ereignis wurde
   *[other] { $skipped } Ereignisse wurden
} übersprungen, jedes mit seiner Zeile und seinem Grund aufgeführt; es wurde nichts importiert.
ical-summary-no-events = Der Kalender enthält keine Ereignisse für dieses Netzwerk; es wurde nichts importiert{ $skipped ->
    [0] {""}
    [one] ; { $skipped } Ereignis übersprungen
   *[other] ; { $skipped } Ereignisse übersprungen
}.
ical-summary-unchanged = Nichts geändert: { $unchanged ->
    [one] { $unchanged } Ereignis dieser Datei ist
   *[other] die { $unchanged } Ereignisse dieser Datei sind
} bereits gespeichert{ $skipped ->
    [0] {""}
    [one] ; { $skipped } Ereignis übersprungen
   *[other] ; { $skipped } Ereignisse übersprungen
}.
ical-summary = { $created } Treffen angelegt, { $updated } geändert, { $unchanged } unverändert{ $skipped ->
    [0] {""}
    [one] ; { $skipped } Ereignis übersprungen
   *[other] ; { $skipped } Ereignisse übersprungen
}.
ical-warning-other-network = Zeile { $line }: „{ $title }“ (UID { $uid }) ist bereits ein Treffen von { $network }; es wurde dort belassen und hier nicht importiert
ical-warning-occurrence-cancelled = Zeile { $line }: der Termin { $uid } gehört nicht mehr zur Serie; sein Treffen wurde abgesagt
error-ical-not-a-date = { $name } „{ $text }“ ist kein Datum (iCalendar schreibt Daten als JJJJMMTT, etwa 20270310)
error-ical-not-a-date-time = { $name } „{ $text }“ ist kein Datum mit Uhrzeit (iCalendar schreibt JJJJMMTTTHHMMSS, etwa 20270310T100000, mit Z für UTC)
error-ical-not-a-duration = DURATION „{ $text }“ ist keine Dauer (etwa PT1H30M oder P2D)
error-ical-time-skipped = { $name } { $time } gibt es in { $zone } nicht (dann wird die Uhr umgestellt)
error-ical-zone-unknown = { $name } verwendet die Zeitzone „{ $tzid }“, die weder eine IANA-Zone (etwa Europe/Riga) noch ein Windows-Zonenname ist, und die VTIMEZONE der Datei dafür passt zu keiner Zone
error-ical-not-a-sequence = SEQUENCE „{ $text }“ ist keine ganze Zahl (0, 1, 2, ...)
error-ical-uid-too-long = die UID von „{ $title }“ ist länger als { $max } Zeichen
error-ical-no-start = das Ereignis „{ $title }“ hat kein DTSTART (keinen Beginn)
error-ical-date-and-time-mixed = „{ $title }“ beginnt an einem Datum, endet aber zu einer Uhrzeit, oder umgekehrt; DTSTART und DTEND müssen beide Daten oder beide Daten mit Uhrzeit sein
error-ical-ends-before-start = „{ $title }“ endet, bevor es beginnt
error-ical-series = „{ $title }“ { $reason }
error-ical-rule-unreadable = hat eine RRULE „{ $rule }“, die nicht gelesen werden kann: { $detail }
error-ical-rule-unusable = hat eine RRULE „{ $rule }“, die nicht verwendet werden kann: { $detail }
error-ical-too-many-occurrences = wiederholt sich zwischen { $from } und { $to } mehr als { $max }-mal; Convene legt je Termin ein Treffen an, also kürzen Sie die Serie (UNTIL oder COUNT) und importieren Sie erneut
ical-warning-floating = Zeile { $line }: „{ $title }“ hat keine Zeitzone (eine gleitende Zeit); sie wurde in { $zone } gelesen: { $why }
ical-floating-calendar-zone = die eigene Zone des Kalenders (X-WR-TIMEZONE)
ical-floating-host-zone = die Zone des Gastgebers { $name }
ical-floating-lead-zone = die Zone des federführenden Partners { $name }
ical-floating-utc = UTC, da das Netzwerk keinen federführenden Partner hat
ical-warning-zone-by-rules = Zeile { $line }: die Zeitzone „{ $tzid }“ passt zu keiner IANA-Zone; ihre Zeiten wurden nach den VTIMEZONE-Regeln der Datei gelesen und in UTC gespeichert (hier und für jedes Ereignis, das sie verwendet)
ical-warning-zone-by-offsets = Zeile { $line }: die Zeitzone „{ $tzid }“ ist kein Zonenname; die Abstände ihrer VTIMEZONE passen zu { $zone }, die verwendet wurde (hier und für jedes Ereignis, das sie verwendet)
ical-warning-not-a-link = Zeile { $line }: „{ $url }“ ist keine Webadresse (http oder https); der Online-Link von „{ $title }“ blieb leer
ical-warning-untitled = Zeile { $line }: ein Ereignis hat keinen Titel (SUMMARY); es wurde „{ $title }“ genannt
ical-warning-no-end = Zeile { $line }: „{ $title }“ hat kein Ende (DTEND oder DURATION); es erhielt eine Stunde
ical-warning-zero-length = Zeile { $line }: „{ $title }“ endet, wenn es beginnt; es erhielt eine Stunde
ical-warning-component-skipped = Zeile { $line }: { $count } { $name } ({ $what }) übersprungen; nur Ereignisse (VEVENT) werden zu Treffen
ical-component-task = eine Aufgabe
ical-component-journal = ein Journaleintrag
ical-component-free-busy = Frei/Gebucht-Zeiten
ical-component-other = kein Ereignis
ical-warning-uid-made-up = Zeile { $line }: „{ $title }“ hat keine UID; es erhielt { $uid } (aus Beginn und Titel gebildet), damit ein erneuter Import der Datei es wiederfindet
ical-warning-uid-twice = Zeile { $line }: die UID { $uid } kommt zweimal vor (Zeilen { $first } und { $second }); die Fassung mit der höheren SEQUENCE wurde behalten
ical-warning-lone-override = Zeile { $line }: diese RECURRENCE-ID ändert einen Termin von { $uid }, das sich nicht wiederholt; übersprungen
ical-warning-no-occurrence = Zeile { $line }: kein Termin von „{ $title }“ fällt zwischen { $from } und { $to }; daraus wurde nichts angelegt
ical-warning-series-expanded = Zeile { $line }: „{ $title }“ wiederholt sich; { $count ->
    [one] sein { $count } Termin
   *[other] seine { $count } Termine
} zwischen { $from } und { $to } { $count ->
    [one] wurde zu einem eigenen Treffen
   *[other] wurden zu einzelnen Treffen
}{ $open ->
    [no-start] {" "}(das Netzwerk hat kein Anfangsdatum, daher wurde die Serie ab ihrem ersten Termin gelesen)
    [no-end] {" "}(das Netzwerk hat kein Enddatum, daher wurde die Serie bis { $years } Jahre im Voraus gelesen)
   *[none] {""}
}
ical-warning-repeated-hour = Zeile { $line }: „{ $title }“ { $edge ->
    [start] beginnt
   *[end] endet
} um { $time } in { $zone }, in der Stunde, die sich bei der Zeitumstellung wiederholt, bei ihrem zweiten Durchlauf; Convene speichert eine solche Zeit beim ersten Durchlauf, eine Stunde früher
error-not-utf8 = { $file } ist keine Textdatei (sie ist nicht in UTF-8)
error-meeting-already-held = „{ $title }“ hat bereits stattgefunden
error-meeting-undated-not-confirmed = „{ $title }“ hat noch kein Datum; geben Sie ihm ein Datum, bevor Sie es bestätigen
error-meeting-not-begun = „{ $title }“ beginnt am { $when }, und dieser Zeitpunkt ist noch nicht gekommen; es kann noch nicht stattgefunden haben
error-meeting-cancelled-not-held = „{ $title }“ wurde abgesagt; es kann nicht stattgefunden haben
error-meeting-postponed-not-held = „{ $title }“ ist verschoben; geben Sie ihm sein neues Datum oder bestätigen Sie es, bevor Sie es als abgehalten markieren
error-meeting-undated-not-held = „{ $title }“ hat noch kein Datum; es kann nicht stattgefunden haben
error-meeting-cancelled-not-postponed = „{ $title }“ wurde abgesagt; es kann nicht verschoben werden
error-meeting-already-postponed = „{ $title }“ ist bereits ohne neues Datum verschoben
error-meeting-nothing-to-postpone = „{ $title }“ hat noch kein Datum, es gibt also nichts zu verschieben; geben Sie ihm stattdessen ein Datum
error-postpone-needs-date = ein verschobenes Treffen braucht sein neues Datum oder gar keines
error-postpone-not-later = das neue Datum, { $new }, liegt nicht nach dem bisherigen, { $old }; um ein Treffen vorzuziehen, ändern Sie sein Datum
error-agenda-item-ends-before = der Punkt muss nach seinem Beginn enden
error-agenda-empty-no-item = die Tagesordnung von „{ $title }“ ist leer; es gibt keinen Punkt { $number }
error-agenda-no-item = es gibt keinen Punkt { $number }; { $count ->
    [one] die Tagesordnung hat { $count } Punkt
   *[other] die Tagesordnung hat die Punkte 1 bis { $count }
}
error-agenda-not-a-place = { $position } ist keine Stelle in einer Tagesordnung mit { $count ->
    [one] { $count } Punkt
   *[other] { $count } Punkten
}; verwenden Sie 1 bis { $last }
error-reminder-out-of-range = eine Erinnerung { $minutes } Minuten vorher ist nicht möglich; wählen Sie zwischen 1 Minute und 4 Wochen vorher oder keine
error-export-all-undated = { $count ->
    [one] Das Treffen hier ist
   *[other] Alle { $count } Treffen hier sind
} noch nicht datiert, es gibt also nichts für einen Kalender; geben Sie zuerst ein Datum an. Es wurde nichts gespeichert.
error-export-none-between = Zwischen { $from } und { $to } gibt es kein Treffen. Es wurde nichts gespeichert.
error-export-none-from = Ab { $from } gibt es kein Treffen. Es wurde nichts gespeichert.
error-export-none-until = Bis { $to } gibt es kein Treffen. Es wurde nichts gespeichert.
error-export-none = Es gibt noch kein Treffen für einen Kalender. Es wurde nichts gespeichert.
error-calendar-too-large = { $file } ist { $size } MB groß, mehr als ein Kalender mit Treffen sein kann (höchstens { $max } MB); wählen Sie einen Export der Treffen, die Sie brauchen. Es wurde nichts importiert.
error-not-one-of = „{ $value }“ ist keines von: { $choices }
error-not-a-contact-here = { $contact } ist kein Kontakt dieses Netzwerks
error-attendee-twice = dieser Teilnehmer steht zweimal auf der Liste des Treffens
error-meeting-needs-zone = wählen Sie eine Zeitzone oder einen Gastgeber, dessen Zeitzone das Treffen übernimmt
error-undated-needs-words = sagen Sie in Worten, wann es geplant ist, oder geben Sie das Jahr an
error-meeting-ends-before = das Treffen muss nach seinem Beginn enden
error-last-day-before-first = der letzte Tag, { $last }, liegt vor dem ersten, { $first }
error-not-a-month-number = { $month } ist kein Monat (1-12)
error-not-a-timestamp = „{ $value }“ ist kein Zeitstempel (erwartet etwa 2024-05-01T09:30:00Z)
error-not-working-hours = „{ $text }“ ist keine Spanne von Arbeitszeiten; schreiben Sie sie als HH:MM-HH:MM, etwa 09:00-17:00
error-working-day-ends-before = der Arbeitstag muss nach seinem Beginn enden ({ $end } liegt nicht nach { $start })
error-no-partners-to-schedule = { $network } hat noch keine Partner, es gibt also niemanden, für den eine Zeit zu finden wäre; fügen Sie zuerst seine Partner hinzu
error-not-a-partner-of = { $id } ist kein Partner von { $network }
error-partner-zone-unknown = die Zeitzone „{ $zone }“ von { $partner } ist unbekannt
error-range-too-long = wählen Sie einen Zeitraum von höchstens { $max } Tagen
error-days-out-of-range = ein Treffen von { $days } Tagen? Wählen Sie 1 bis { $max }
error-not-a-duration = „{ $text }“ ist keine Dauer; schreiben Sie sie als 2h, 90m, 1h30 oder 1:30
error-slot-range-too-long = { $days } Tage sind mehr, als die Suche auf einmal durchsucht ({ $max }); wählen Sie einen kürzeren Zeitraum
error-slot-length-out-of-range = { $minutes } Minuten sind keine Treffendauer, die die Suche einplant; wählen Sie zwischen 15 Minuten und 24 Stunden (für ganze Tage fragen Sie nach Tagen)
error-slot-limit-out-of-range = wählen Sie zwischen 1 und { $max } aufzulistenden Zeitfenstern
error-not-a-partner-id-here = { $id } ist nicht die ID eines Partners dieses Netzwerks
error-partner-not-in-network = { $partner } ist kein Partner von { $network }
error-meeting-of-another-network = Treffen { $id } ({ $title }) gehört zu einem anderen Netzwerk, nicht zu { $network }
error-plan-no-row = dieser Plan hat { $row ->
    [indicator] keinen Indikator
    [risk] kein Risiko
   *[action] keine Maßnahme
} mit der ID { $id }
error-plan-no-revisions = der Aktionsplan { $id } hat keine Revision
error-plan-no-revision = dieser Plan hat keine Revision { $number }; seine Revisionen sind 1 bis { $newest }
error-poll-partner-elsewhere = Partner { $id } ist kein Partner des Netzwerks dieser Umfrage
error-poll-option-elsewhere = Option { $id } ist keine Option dieser Umfrage

## The window's calendar-server messages (src-tauri/src/commands/dav.rs): the client's
## failures without the command line's options, as whole sentences.

# $account: the account's name.
error-window-dav-no-password = Für „{ $account }“ ist kein Passwort gespeichert: Dieser Computer hat keinen Schlüsselbund. Geben Sie das Passwort ein, um fortzufahren.
# $url: the server's address.
error-window-dav-unauthorized = Der Server { $url } hat den Benutzernamen oder das Passwort abgelehnt (401): Prüfen Sie beides und versuchen Sie es erneut.
# $host: the server's name.
error-window-dav-dns = Der Servername { $host } wurde nicht gefunden: Prüfen Sie die Adresse des Kontos in den Einstellungen und Ihre Internetverbindung.
error-window-dav-refused = Der Server { $url } hat die Verbindung abgelehnt: Er ist nicht erreichbar, oder Adresse oder Port sind falsch. Hier wurde nichts geändert; versuchen Sie es erneut, wenn er wieder läuft.
# $seconds: how long Convene waited.
error-window-dav-timeout = Der Server { $url } hat nicht innerhalb von { $seconds } Sekunden geantwortet: Der Server oder das Netzwerk ist ausgefallen. Hier wurde nichts geändert; versuchen Sie es später erneut.
# $detail: the technical reason, as the TLS library gives it.
error-window-dav-tls = Dem Zertifikat des Servers { $url } wird nicht vertraut ({ $detail }). Wenn der Server eine eigene Zertifizierungsstelle verwendet, fügen Sie das Konto in den Einstellungen mit deren CA-Datei erneut hinzu.
error-window-dav-not-caldav = Der Server { $url } ist kein Kalenderserver ({ $detail }): Geben Sie die Adresse des CalDAV-Servers an (für Nextcloud https://HOST/remote.php/dav).
# $status: the HTTP status the server answered (403, 404...).
error-window-dav-forbidden = Der Server { $url } hat mit { $status } geantwortet: Dieses Konto darf das nicht. Prüfen Sie seine Rechte auf dem Server.
error-window-dav-not-found = Der Server { $url } hat mit { $status } geantwortet: Der Kalender oder die Datei ist nicht mehr da. Veröffentlichen Sie erneut, um sie anzulegen.
error-window-dav-not-supported = Der Server { $url } hat mit { $status } geantwortet: Er bietet das nicht an und ist vielleicht kein CalDAV- oder WebDAV-Server.
error-window-dav-changed = Der Server { $url } hat mit { $status } geantwortet: Jemand hat es in der Zwischenzeit auf dem Server geändert. Nichts wurde überschrieben.
error-window-dav-full = Der Server { $url } hat mit { $status } geantwortet: Sein Speicherplatz ist voll.
error-window-dav-failed = Der Server { $url } hat mit { $status } geantwortet: Auf dem Server ist ein Fehler aufgetreten. Versuchen Sie es später erneut.
error-window-dav-unexpected = Der Server { $url } hat mit { $status } geantwortet, einer Antwort, mit der Convene nichts anfangen kann.
error-window-dav-other = Die Verbindung mit dem Server { $url } ist fehlgeschlagen: { $detail }
error-window-plan-changed-on-server = Jemand hat diesen Plan auf den Server hochgeladen, seit dieser Computer ihn zuletzt gelesen hat; deshalb wurde nichts überschrieben. Holen Sie den Plan zuerst vom Server und laden Sie ihn dann erneut hoch.
error-window-plan-not-on-server = Auf { $url } gibt es noch keine Datei dieses Plans: Laden Sie ihn zuerst auf den Server hoch.
error-window-dav-ca-file-not-chosen = Wählen Sie die CA-Datei erneut: Dieses Fenster hat die zuvor gewählte nicht mehr.
# The title of the open dialog for a CA file.
window-dav-choose-ca-file = Die PEM-Datei der Zertifizierungsstelle des Servers
window-dialog-calendar-add-meeting = „{ $name }“ zu einem Kalender hinzufügen
window-dialog-calendar-save = Den Kalender von { $name } speichern
window-dialog-calendar-import = Einen Kalender in { $network } importieren
window-dialog-plan-export = { $plan } als { $format } exportieren
window-dialog-plan-send = { $plan } an einen Partner senden
window-dialog-plan-receive = Einen Plan von einem Partner empfangen
window-dialog-backup-save = Eine Sicherung von Convene speichern
window-dialog-backup-restore = Convene aus einer Sicherung wiederherstellen
window-dialog-urbact-import = Als Text gespeicherte URBACT-Seiten importieren
window-dialog-export-json = Alles als JSON exportieren
window-dialog-poll-replies = Antworten zur Umfrage hinzufügen
file-kind-icalendar = iCalendar
file-kind-plan = Convene-Plan
file-kind-backup = Convene-Sicherung
file-kind-urbact-pages = Als Text gespeicherte URBACT-Seiten
file-kind-json = JSON
file-kind-pem = PEM
file-kind-replies = Antworten (E-Mail oder Kalender)
file-kind-docx = Word-Dokument
file-kind-pdf = PDF-Dokument
file-kind-markdown = Markdown
file-kind-html = Webseite
error-window-no-backup-chosen = keine Sicherung gewählt; wählen Sie zuerst die Sicherung, die wiederhergestellt werden soll
window-dav-password-not-given = Kein Passwort angegeben: Beim Veröffentlichen wird danach gefragt.
window-dav-password-stored = Das Passwort liegt im Schlüsselbund dieses Computers.
window-dav-password-no-keyring = Dieser Computer hat keinen Schlüsselbund, deshalb wurde das Passwort nicht gespeichert: Beim Veröffentlichen wird danach gefragt.

error-database-schema-mismatch = { $path } hat die Schemaversion { $version }, erwartet wird { $expected }
error-database-migration-failed = die Migration { $name } ist fehlgeschlagen: { $reason }
error-not-a-convene-database = { $path } ist keine Convene-Datenbank ({ $detail })
error-database-no-schema-version = sie enthält Tabellen, aber keine Convene-Schemaversion
error-database-newer = { $path } wurde von einer neueren Convene-Version geschrieben (Schema { $version }; diese Version liest bis { $latest }). Aktualisieren Sie Convene, um sie zu öffnen; die Datei wurde nicht verändert.
error-network-has-dependents = das Löschen von { $network } würde auch Folgendes löschen: { $dependents }; bestätigen Sie die Kaskade, um alles zu löschen
error-partner-has-dependents = das Löschen von { $partner } würde auch Folgendes betreffen: { $dependents }; bestätigen Sie die Kaskade, um fortzufahren
count-partners = { $count ->
    [one] { $count } Partner
   *[other] { $count } Partner
}
count-contacts = { $count ->
    [one] { $count } Kontakt
   *[other] { $count } Kontakte
}
count-meetings = { $count ->
    [one] { $count } Treffen
   *[other] { $count } Treffen
}
count-milestones = { $count ->
    [one] { $count } Meilenstein
   *[other] { $count } Meilensteine
}
count-action-plans = { $count ->
    [one] { $count } Aktionsplan
   *[other] { $count } Aktionspläne
}
count-import-notes = { $count ->
    [one] { $count } Importhinweis
   *[other] { $count } Importhinweise
}
count-local-group-members = { $count ->
    [one] { $count } Mitglied der lokalen Gruppe
   *[other] { $count } Mitglieder der lokalen Gruppe
}
count-attendance-records = { $count ->
    [one] { $count } Anwesenheitseintrag
   *[other] { $count } Anwesenheitseinträge
}
count-days-off = { $count ->
    [one] { $count } freier Tag
   *[other] { $count } freie Tage
}
count-networks = { $count ->
    [one] { $count } Netzwerk
   *[other] { $count } Netzwerke
}
count-agenda-items = { $count ->
    [one] { $count } Tagesordnungspunkt
   *[other] { $count } Tagesordnungspunkte
}
count-good-practices = { $count ->
    [one] { $count } gute Praxis
   *[other] { $count } gute Praktiken
}
count-polls = { $count ->
    [one] { $count } Umfrage
   *[other] { $count } Umfragen
}
count-contact-emails = { $count ->
    [one] { $count } Kontakt-E-Mail
   *[other] { $count } Kontakt-E-Mails
}
count-list-and = { $first } und { $last }
count-hosted-meetings = { $count ->
    [one] { $count } Treffen, das seinen Gastgeber verlöre
   *[other] { $count } Treffen, die ihren Gastgeber verlören
}
count-city-plans = { $count ->
    [one] { $count } Aktionsplan, der seine Stadt verlöre
   *[other] { $count } Aktionspläne, die ihre Stadt verlören
}
error-several-plans-of-city = { $network } hat { $count } Pläne von { $city } (IDs { $ids }); geben Sie die ID des Plans an
error-published-with-other-account = dieses Netzwerk wird mit dem Konto „{ $other }“ veröffentlicht, nicht „{ $account }“; verwenden Sie --account { $other }
error-plan-file-changed-on-server = { $href } wurde auf dem Server geändert, seit dieser Computer es zuletzt gelesen hat; nichts wurde überschrieben: führen Sie zuerst convene plan pull { $plan } --account { $account } aus, dann push
error-poll-closed = die Umfrage „{ $poll }“ wurde geschlossen; eine geschlossene Umfrage bleibt, wie sie ist, und kann nicht geändert werden. Ändern Sie stattdessen das Treffen, das sie angelegt hat
error-poll-closed-on-option = die Umfrage „{ $poll }“ wurde mit Option { $number } ({ $when }) geschlossen; eine geschlossene Umfrage bleibt, wie sie ist, und kann nicht geändert werden. Ändern Sie stattdessen das Treffen, das sie angelegt hat
error-day-off-twice = { $partner } hat am { $date } bereits den freien Tag „{ $name }“
error-plan-conflict-settled = der Konflikt in „{ $label }“ wurde bereits beigelegt ({ $resolution })
error-import-database-not-empty = die Datenbank enthält bereits Daten ({ $held }); ein JSON-Export wird nur in eine leere Datenbank importiert, damit jede ID bleibt, wie sie war. Importieren Sie ihn stattdessen in eine neue Datenbankdatei, zum Beispiel: convene --db new.db import json DATEI. Nichts wurde geändert
error-import-database-not-empty-at = die Datenbank { $path } enthält bereits Daten ({ $held }); ein JSON-Export wird nur in eine leere Datenbank importiert, damit jede ID bleibt, wie sie war. Importieren Sie ihn stattdessen in eine neue Datenbankdatei, zum Beispiel: convene --db new.db import json DATEI. Nichts wurde geändert
error-account-needs-name = ein Konto braucht einen Namen (zum Beispiel „nextcloud“)
error-account-name-too-long = ein Kontoname hat höchstens { $max } Zeichen
error-account-url-not-web = „{ $url }“ ist keine Webadresse: sie muss mit https:// beginnen (oder http:// für einen Server auf diesem Computer)
error-account-url-no-server = „{ $url }“ nennt keinen Server
error-account-url-spaces-or-long = die Adresse enthält Leerzeichen oder ist zu lang
error-account-needs-user = der Server braucht einen Benutzernamen
error-account-ca-not-a-file = { $file } ist keine Datei: geben Sie die PEM-Datei der Zertifizierungsstelle des Servers an
error-account-exists = es gibt bereits ein Konto namens „{ $name }“; entfernen Sie es zuerst (convene account remove { $name }) oder wählen Sie einen anderen Namen
error-no-account-named = es gibt kein Konto namens „{ $name }“ (convene account list zeigt sie)
error-account-removed = das Konto { $id } wurde entfernt
error-no-open-calendar-conflict = es gibt keinen offenen Konflikt { $id } (convene conflicts listet sie auf)

error-amount-negative = { $amount } ist negativ; Beträge sind ausgegebene oder erhaltene Euro, 0 oder mehr
error-amount-too-many-decimals = { $amount } hat mehr als zwei Nachkommastellen; schreiben Sie Euro und Cent, etwa 1250.50
error-amount-too-large = { $amount } ist mehr als { $max } Euro
error-amount-has-comma = „{ $text }“ enthält ein Komma; schreiben Sie Euro mit einem Punkt vor den Cent und ohne Tausendertrennzeichen, etwa 1250.50
error-not-an-amount = „{ $text }“ ist kein Betrag in Euro (etwa 1250.50)
error-not-a-month = „{ $text }“ ist kein Monat; schreiben Sie ihn als JJJJ-MM, etwa 2025-03
error-plan-no-section = dieser Plan hat keinen Abschnitt „{ $key }“
error-plan-no-section-of = dieser Plan hat keinen Abschnitt „{ $key }“; seine Abschnitte sind { $keys }
error-plan-too-many-sections = ein Plan hat höchstens { $max } Abschnitte
error-not-a-section-key = „{ $key }“ ist kein Abschnittsschlüssel (Kleinbuchstaben, Ziffern und -)
error-section-twice = der Abschnitt „{ $key }“ kommt zweimal vor
error-custom-section-standard-key = ein eigener Abschnitt kann keinen Standardschlüssel verwenden
error-not-a-standard-section = ist keiner der Standardabschnitte
error-standard-section-missing = der Standardabschnitt „{ $title }“ ({ $key }) fehlt
error-plan-too-many-rows = ein Plan hat jeweils höchstens { $max } Maßnahmen, Indikatoren und Risiken
error-action-too-many-funding-lines = eine Maßnahme hat höchstens { $max } Finanzierungszeilen
error-indicator-not-of-plan = der Indikator { $id } gehört nicht zu diesem Plan
error-indicator-linked-twice = der Indikator { $id } ist zweimal verknüpft
error-not-one-to-five = { $value } liegt nicht zwischen 1 und 5
error-plan-adoption-date-not-adopted = nur ein beschlossener Plan hat ein Beschlussdatum
error-plan-already-adopted = der Plan ist bereits beschlossen; setzen Sie ihn auf „Endfassung“ zurück, um ein anderes Beschlussdatum einzutragen
error-plan-status-move = { $from ->
    [in_review] ein Plan im Status „In Prüfung“ kann nur zu „Entwurf“ oder „Endfassung“ wechseln
    [final] ein Plan im Status „Endfassung“ kann nur zu „In Prüfung“ oder „Beschlossen“ wechseln
    [adopted] ein Plan im Status „Beschlossen“ kann nur zu „Endfassung“ wechseln
   *[draft] ein Plan im Status „Entwurf“ kann nur zu „In Prüfung“ wechseln
}, nicht zu { $to ->
    [draft] „Entwurf“
    [in_review] „In Prüfung“
    [final] „Endfassung“
   *[adopted] „Beschlossen“
}
error-plan-adoption-date-needed = geben Sie das Datum an, an dem der Stadtrat den Plan beschlossen hat (JJJJ-MM-TT)
error-standard-section-title = „{ $title }“ ist ein Standardabschnitt des Integrierten Aktionsplans; sein Titel bleibt
error-section-order-unknown = „{ $key }“ ist kein Abschnitt dieses Plans oder steht zweimal in der Liste
error-section-order-leaves-out = in der neuen Reihenfolge fehlt der Abschnitt „{ $key }“
error-standard-section-remove = „{ $key }“ ist ein Standardabschnitt des Integrierten Aktionsplans und kann nicht entfernt werden; lassen Sie ihn stattdessen leer

error-id-twice = { $id } kommt zweimal vor

error-urbact-refused = { $reason }; erwartet wird der Text von URBACT-Netzwerk- oder Good-Practice-Seiten, jede mit einer Zeile „Ref nid“ am Ende. Nichts wurde importiert.
error-urbact-nul-byte = die Datei ist binär, kein Text (sie enthält ein NUL-Byte in Zeile { $line })
error-urbact-control-byte = die Datei ist binär, kein Text (sie enthält ein Steuerzeichen in Zeile { $line })
error-urbact-not-utf8 = die Datei ist kein UTF-8-Text (Byte { $byte } in Zeile { $line } ist kein gültiges UTF-8); speichern Sie den Text der Seiten als UTF-8 und importieren Sie ihn erneut. Nichts wurde importiert.
error-urbact-empty = die Datei ist leer
error-time-skipped = { $time } gibt es in { $zone } nicht (dann wird die Uhr umgestellt); wählen Sie eine andere Zeit
error-urbact-network-unsaved = Zeile { $line }: das Netzwerk „{ $network }“ kann nicht gespeichert werden ({ $error }); nichts wurde importiert
error-urbact-markup = die Datei ist HTML- oder XML-Markup, kein Seitentext; öffnen Sie die Seite in einem Browser, kopieren Sie ihren Text und speichern Sie diesen. Erwartet wird der Text von URBACT-Netzwerk- oder Good-Practice-Seiten, jede mit einer Zeile „Ref nid“ am Ende. Nichts wurde importiert.
error-urbact-no-ref-nid = die Datei hat keine Zeile „Ref nid“ und enthält daher keine Seite
error-urbact-no-page-records = { $count ->
    [one] die eine Seite der Datei ist
   *[other] keine der { $count } Seiten der Datei ist
} weder eine Netzwerkseite (mit Lead-Partner oder einer Partnerliste „Stadt - Land“) noch eine Good-Practice-Seite

error-holidays-unknown-country = Convene hat keine Feiertage für „{ $country }“; es kennt diese Länder (ISO-3166-1-Codes): { $codes }
error-holidays-no-regions-of = Convene kennt keine Regionen von { $country }; lassen Sie die Region leer (es hat Regionen für: { $codes })
error-holidays-no-regional = Convene kennt keine regionalen Feiertage in { $country }; lassen Sie die Region leer
error-holidays-unknown-region = „{ $region }“ ist keine Region von { $country }, die Convene kennt; verwenden Sie einen ISO-3166-2-Code wie { $example }: { $codes }
error-server-resource-no-uid = die Ressource des Servers enthält kein Ereignis mit einer UID
error-server-version-unreadable = die Version des Servers konnte nicht gelesen werden: { $skipped }

error-merged-row-invalid = die zusammengeführte Zeile ist ungültig: { $reason }
error-merged-row-id-changed = die zusammengeführte Zeile muss ihre ID behalten
error-plan-no-conflicts = dieser Plan hat keinen Konflikt, der beizulegen wäre
error-plan-no-conflict-in = dieser Plan hat keinen offenen Konflikt in „{ $key }“; offene Konflikte: { $keys }
error-revision-parent-not-earlier = { $uuid } steht nicht weiter vorn in der Datei
error-revision-twice = die Revision { $uuid } kommt zweimal vor
error-snapshot-part-missing = verweist auf den Teil { $id }, der nicht in der Datei steht
error-revision-misnumbered = ist { $number }, nicht { $expected }; Revisionen sind der Reihe nach 1, 2, 3 nummeriert
error-part-unreadable = der Teil { $id } kann nicht gelesen werden: { $reason }
error-stored-revision-unreadable = eine gespeicherte Revision kann nicht gelesen werden: { $reason }
error-stored-part-missing = eine gespeicherte Revision verweist auf den Teil { $id }, der fehlt
error-stored-part-unreadable = der gespeicherte Teil { $id } kann nicht gelesen werden: { $reason }
error-file-part-missing = { $what } verweist auf den Teil { $id }, der nicht in der Datei steht
error-in-file-part = { $what }: { $reason }

-poll-option-forms = JJJJ-MM-TT HH:MM/HH:MM für eine Uhrzeit, JJJJ-MM-TT (oder JJJJ-MM-TT/JJJJ-MM-TT) für ganze Tage
error-poll-option-not-a-date = „{ $option }“ ist kein Datum; schreiben Sie eine Option als { -poll-option-forms }
error-poll-option-no-clock = „{ $option }“ hat keine Uhrzeit „{ $time }“; schreiben Sie eine Option als { -poll-option-forms }
error-poll-option-empty = eine Option ist leer; schreiben Sie sie als { -poll-option-forms }
error-poll-option-no-end = „{ $option }“ nennt keine Endzeit; schreiben Sie eine Option als { -poll-option-forms }
error-poll-option-end-not-after-start = in „{ $option }“ liegt das Ende nicht nach dem Beginn; eine Option beginnt und endet am selben Tag
error-poll-option-last-before-first = in „{ $option }“ liegt der letzte Tag vor dem ersten
error-poll-option-needs-zone = „{ $option }“ ist eine Uhrzeit: geben Sie ihre Zeitzone an (--tz) oder einen Gastgeber
error-poll-option-undated = eine Option einer Umfrage ist ein Datum oder eine Uhrzeit, nie undatiert
error-poll-no-option = die Umfrage „{ $poll }“ hat keine Option { $number }; ihre Optionen sind von 1 bis { $count } nummeriert
error-no-poll-id = es gibt keine Umfrage mit der ID { $id }; `convene poll list NETZWERK` listet sie auf
error-poll-no-options = bieten Sie mindestens ein Datum an (JJJJ-MM-TT HH:MM/HH:MM oder JJJJ-MM-TT)
error-poll-too-many-options = { $count } Optionen werden angeboten; eine Umfrage bietet höchstens { $max }
error-poll-option-twice = „{ $option }“ wird zweimal angeboten (Optionen { $first } und { $second })
error-poll-closed-option-elsewhere = eine geschlossene Umfrage nennt eine ihrer eigenen Optionen
error-poll-meeting-elsewhere = das Treffen { $id } ist kein Treffen dieses Netzwerks

error-export-json-unwritable = der Export kann nicht als JSON geschrieben werden: { $reason }
error-export-not-json = die Datei ist kein gültiges JSON ({ $reason }); erwartet wird eine Datei von `convene export json`
error-not-an-export = dieses JSON ist kein Convene-Export: { $why }. Verwenden Sie eine Datei von `convene export json`; nichts wurde importiert
error-export-top-not-object = seine oberste Ebene ist kein JSON-Objekt
error-export-other-format = sein „format“ ist { $format }, nicht „{ $expected }“
error-export-no-format = es hat kein Feld „format“
error-export-no-schema-version = es hat kein ganzzahliges Feld „schema_version“
error-export-schema-version-zero = seine „schema_version“ ist 0; Versionen beginnen bei 1
error-export-unreadable = der Convene-Export kann nicht gelesen werden: { $reason }; nichts wurde importiert
error-export-newer = dieser Export wurde von einer neueren Convene-Version geschrieben (schema_version { $version }; diese Version liest bis { $latest }). Aktualisieren Sie Convene, um ihn zu importieren; nichts wurde importiert

error-plan-json-unwritable = der Plan kann nicht als JSON geschrieben werden: { $reason }
error-not-a-plan-file = dies ist keine Convene-Plandatei: { $why }
error-plan-file-not-json = es ist kein gültiges JSON ({ $reason })
error-plan-file-is-export = es ist ein Export der ganzen Datenbank; verwenden Sie dafür `convene import` (Daten > Importieren)
error-plan-file-other-format = sein Format ist „{ $format }“, nicht „{ $expected }“
error-plan-file-no-format = es hat kein "format": "{ $expected }"
error-plan-file-newer = diese Plandatei wurde von einer neueren Convene-Version geschrieben (Version { $version }; diese Version liest bis { $latest }); aktualisieren Sie Convene, um sie zu lesen
error-plan-file-no-version = diese Plandatei hat keine "version"-Nummer
error-plan-file-unreadable = diese Plandatei kann nicht gelesen werden: { $reason }
error-plan-file-damaged = diese Plandatei ist beschädigt: { $what }
error-plan-file-uuid = die UUID des Plans „{ $uuid }“ ist keine UUID
error-plan-file-no-revision = sie enthält keine Revision
error-plan-file-revision-no-parent = Revision { $number } ({ $uuid }) hat keinen Vorgänger; nur die erste Revision darf keinen haben
error-plan-file-first-revision-parent = Revision { $number } ({ $uuid }) ist die erste Revision, nennt aber einen Vorgänger
error-plan-file-comment-no-uuid = Kommentar { $number } ({ $uuid }) hat keine UUID
error-plan-file-comment-invalid = Kommentar { $number } ({ $uuid }): { $reason }
error-plan-file-comment-twice = Kommentar { $number } ({ $uuid }) kommt zweimal vor
error-plan-file-stray-revision = die Revision { $uuid } ist nicht im Verlauf ihrer neuesten Revision { $head }

error-invite-undated = „{ $title }“ hat noch kein Datum; geben Sie ihm Datum und Uhrzeit, bevor Sie eine Einladung senden
error-invite-undated-planned = „{ $title }“ hat noch kein Datum (geplant: { $planned }); geben Sie ihm Datum und Uhrzeit, bevor Sie eine Einladung senden
error-organizer-email-needed = geben Sie die E-Mail-Adresse des Veranstalters an (name@example.org)
error-attendee-email-empty = die E-Mail-Adresse eines Teilnehmers ist leer
error-attendees-needed = geben Sie die E-Mail-Adresse mindestens eines Teilnehmers an
error-poll-no-contact-emails = kein Partner von { $network } hat einen Kontakt mit E-Mail-Adresse; fügen Sie zuerst Kontakte hinzu oder nennen Sie die Adressen
error-address-empty = eine Adresse ist leer
error-poll-address-not-a-contact = { $email } ist nicht die Adresse eines Kontakts eines Partners von { $network }; fügen Sie sie zuerst den Kontakten dieses Partners hinzu, damit ihre Antworten für den Partner zählen
error-poll-not-closed = die Umfrage „{ $poll }“ ist noch nicht geschlossen
error-partner-not-of-network = Partner { $id } ist kein Partner dieses Netzwerks

error-plan-file-comment-elsewhere = ihr Kommentar { $uuid } gehört hier zu einem anderen Plan (ID { $id })
error-plan-file-revision-elsewhere = ihre Revision { $uuid } gehört hier zu einem anderen Plan (ID { $id })
error-plan-file-not-utf8 = { $path } ist keine .convene-plan-Datei (sie ist kein UTF-8-Text)
error-plan-network-missing = dieser Plan gehört zum Netzwerk { $network }, das nicht in dieser Datenbank ist; importieren Sie zuerst dieses Netzwerk

error-reply-unreadable = sie kann nicht gelesen werden: { $reason }
error-reply-too-large = sie ist größer als { $kb } KB, eine Antwort hat aber nur wenige KB: Sie ist keine Antwort
error-reply-empty = sie ist leer
error-reply-not-text = sie ist weder eine E-Mail noch eine iCalendar-Datei noch Text (sie enthält Bytes, die kein UTF-8 sind)
error-reply-calendar-unreadable = ihr Kalenderteil kann nicht gelesen werden: { $reason }
error-reply-grid-unanswered = sie enthält das Antwortraster, aber kein Termin hat eine Antwort (schreiben Sie ja, vielleicht oder nein hinter jeden Termin)
error-reply-no-answer = sie enthält keine Antwort: weder eine Kalenderantwort (METHOD:REPLY mit PARTSTAT) noch ein Antwortraster mit seiner Token-Zeile
error-reply-grid-bad-word = im Antwortraster ist Termin [{ $number }] mit „{ $word }“ beantwortet; schreiben Sie ja, vielleicht oder nein
error-reply-grid-no-token = sie enthält Antworten im Raster, aber nicht seine Zeile „Token:“, die sagt, von wem die Antworten sind
error-reply-not-a-reply = sie ist ein Kalender-{ $method }, keine REPLY: Verwenden Sie die Antworten, die die Partner zurückgeschickt haben, nicht die Einladungen
error-reply-event-no-uid = Zeile { $line }: Der Termin hat keine UID und beantwortet daher keinen Termin der Umfrage
error-reply-calendar-no-answer = ihr Kalenderteil enthält keine Antwort (kein ATTENDEE mit PARTSTAT ACCEPTED, TENTATIVE oder DECLINED)
error-reply-bad-dtstart = Zeile { $line }: DTSTART „{ $text }“ ist weder ein Datum noch ein Datum mit Uhrzeit
error-reply-unknown-zone = Zeile { $line }: DTSTART verwendet die Zeitzone „{ $zone }“, die weder ein IANA- noch ein Windows-Zonenname ist und zu keiner Zone passt
error-reply-time-skipped = Zeile { $line }: DTSTART { $time } gibt es in { $zone } nicht (dann wird die Uhr umgestellt)
error-reply-other-event = sie beantwortet den Termin mit der UID { $uid }, der keiner der Termine dieser Umfrage ist (eine Antwort auf eine andere Umfrage oder ein Treffen?)
error-reply-not-a-contact = sie kommt von { $email }, keinem Kontakt eines Partners von { $network }; fügen Sie die Adresse den Kontakten des Partners hinzu und lesen Sie sie erneut
error-reply-wrong-date = sie beantwortet Termin { $number } für { $start }, aber dieser Termin ist { $when }; sie wurde nicht für den falschen Termin gezählt
error-reply-other-token = ihr Antwortraster hat das Token { $token }, das diese Umfrage nicht verschickt hat (das Raster einer anderen Umfrage?)
error-reply-no-such-date = ihr Antwortraster beantwortet Termin [{ $number }], den diese Umfrage nicht hat

error-restore-refused = { $file } kann nicht wiederhergestellt werden: { $why }
error-restore-is-open = es ist die Datenbank, die Convene geöffnet hat
error-restore-cannot-open = sie lässt sich nicht öffnen ({ $reason })
error-restore-not-sqlite = es ist keine Convene-Sicherung (keine SQLite-Datenbank)
error-restore-no-schema = es ist keine Convene-Sicherung (kein Convene-Schema darin)
error-restore-damaged = { $file } ist beschädigt ({ $problem }); es wurde nicht wiederhergestellt
error-restore-busy = die Datenbank blieb belegt, daher wurde die Sicherung nicht wiederhergestellt; versuchen Sie es erneut
error-window-database-busy = die Datenbank ist belegt ({ $reason }); versuchen Sie es erneut
error-window-cannot-open-database = die Datenbank { $file } lässt sich nicht öffnen: { $reason }
error-window-cannot-reopen-database = die wiederhergestellte Datenbank lässt sich nicht erneut öffnen: { $reason }
error-window-dialog-not-a-file = der Dialog hat einen Ort angegeben, der keine Datei ist ({ $reason })
error-window-no-data-folder = der Datenordner der App ist unbekannt ({ $reason })
error-window-pull-read-nothing = beim Abholen wurde keine Plandatei gelesen
error-window-no-mail-program = die Einladung wurde als { $path } gespeichert, aber kein E-Mail-Programm hat sie geöffnet ({ $reason }); öffnen Sie diese Datei mit Ihrem E-Mail-Programm
error-window-folder-not-shown = die Nachrichten wurden in { $path } gespeichert, aber dieser Ordner ließ sich nicht öffnen ({ $reason }); öffnen Sie ihn selbst

error-unknown-country = „{ $text }“ ist kein Land, das Convene kennt; verwenden Sie einen ISO-3166-1-Code wie LV oder einen Namen wie Lettland
plan-warning-funding-no-cost = „{ $action }“ hat { $funding } Euro Finanzierung, aber keine Kostenschätzung
plan-warning-funding-over-cost = die Finanzierung von „{ $action }“ ({ $funding } Euro) übersteigt ihre Kosten ({ $cost } Euro) um { $excess } Euro
plan-warning-secured-over-total = die gesicherte Finanzierung ({ $secured } Euro) liegt { $excess } Euro über den Gesamtkosten ({ $total } Euro)
