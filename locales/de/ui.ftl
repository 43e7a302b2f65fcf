# Das Fenster von Convene, auf Deutsch. Übersetzt aus locales/en/ui.ftl (gleiche IDs,
# gleiche Variablen). URBACT-Begriffe: Integrierter Aktionsplan, transnationales Treffen,
# URBACT-Lokalgruppe, Partnerstadt, Lead-Partner.

## screens/Settings.svelte
settings-settings = Einstellungen
settings-your-name-your-data = Ihre Sprache, Ihr Name, Ihre Daten, deren Sicherungen, und Daten ein- und ausführen.
settings-language = Sprache
settings-language-label = Sprache des Fensters
settings-language-hint = Menüs, Schaltflächen und Meldungen, und wie Datum, Uhrzeit und Beträge geschrieben werden. Pläne und Einladungen behalten ihre eigene Sprache.
settings-language-system = Systemsprache ({ $language })
settings-language-changed = Das Fenster ist jetzt auf { $language }.
settings-your-name = Ihr Name
settings-name-plan-versions-comments = Name auf Planversionen und Kommentaren
settings-every-save-action-plan = Jede Speicherung eines Aktionsplans wird damit gezeichnet, damit die Partner sehen, wer was geschrieben hat. Leer gelassen, wird der Name Ihres Benutzerkontos verwendet.
settings-every-save-action-plan-as-now = Jede Speicherung eines Aktionsplans wird damit gezeichnet, damit die Partner sehen, wer was geschrieben hat. Leer gelassen, wird der Name Ihres Benutzerkontos verwendet (wie jetzt).
settings-saving = Wird gespeichert…
settings-save-name = Name speichern
settings-database = Datenbank
settings-location = Speicherort
settings-schema-version = Schemaversion
settings-convene-version = Convene-Version
settings-everything-kept-one-file = Alles liegt in dieser einen Datei. Um eine andere Datei zu verwenden, starten Sie Convene mit der Umgebungsvariablen CONVENE_DB auf deren Pfad.
settings-loading = Wird geladen…
settings-backup-restore = Sicherung und Wiederherstellung
settings-backup-complete-copy-database = Eine Sicherung ist eine vollständige Kopie der Datenbank; sie kann gefahrlos erstellt werden, während Convene geöffnet ist.
settings-saving-backup = Sicherung wird gespeichert…
settings-back-up-now = Jetzt sichern…
settings-restore-from-backup = Aus einer Sicherung wiederherstellen…
settings-import-export = Import und Export
settings-import-urbact-network-good = Importieren Sie als Text gespeicherte URBACT-Seiten von Netzwerken und guten Praktiken. Vorhandene Einträge bleiben, wie sie sind: dieselbe Datei zweimal zu importieren ändert nichts.
settings-importing = Wird importiert…
settings-import-pages = Seiten importieren…
settings-exporting = Wird exportiert…
settings-export-everything-json = Alles als JSON exportieren…
settings-import-report = Importbericht
settings-replace-all-data-backup = Alle Daten durch die Sicherung ersetzen?
settings-everything-now-convene-will = Alles, was jetzt in Convene ist, wird durch den Inhalt von { $path } ersetzt. Eine Kopie der aktuellen Datenbank wird daneben aufbewahrt; durch Wiederherstellen dieser Kopie lässt sich das rückgängig machen.
settings-restore-backup = Sicherung wiederherstellen
settings-keep-current-data = Aktuelle Daten behalten

## App.svelte
app-skip-content = Zum Inhalt springen
app-convene-could-not-open = Convene konnte seine Datenbank nicht öffnen: { $startError }
app-convene-try-again = Erneut versuchen
app-page-not-found = Seite nicht gefunden
app-there-nothing-at-address = Unter dieser Adresse gibt es nichts.
app-go-home-screen = Zur Startseite
app-dismiss-message = Meldung schließen

## components/AgendaEditor.svelte
agenda-editor-agenda = Tagesordnung
agenda-editor-move-item-alt-alt = Verschieben Sie einen Punkt mit Alt+↑ und Alt+↓, den Pfeiltasten oder durch Ziehen ⠿.
agenda-editor-no-agenda-items-yet = Noch keine Tagesordnungspunkte.
agenda-editor-drag-move-item = Ziehen, um Punkt { $value } zu verschieben
agenda-editor-move-item-up = Punkt { $value } nach oben
agenda-editor-move-item-down = Punkt { $value } nach unten
agenda-editor-remove-item = Punkt { $value } entfernen
agenda-editor-remove = Entfernen
agenda-editor-item-title = Titel von Punkt { $value }
agenda-editor-from = Von
agenda-editor-hh-mm = HH:MM
agenda-editor-to = Bis
agenda-editor-led = Geleitet von
agenda-editor-nobody-particular = Niemand Bestimmtes
agenda-editor-notes = Notizen
agenda-editor-add-item = Punkt hinzufügen
agenda-editor-saving = Wird gespeichert…
agenda-editor-save-agenda = Tagesordnung speichern
agenda-editor-unsaved-changes = Ungespeicherte Änderungen

## components/AttendanceEditor.svelte
attendance-editor-attendance = Teilnahme
attendance-editor-count = { $label }: { $count }
attendance-editor-network-has-no-partners = Das Netzwerk hat noch keine Partner.
attendance-editor-partner = Partner
attendance-editor-answer = Antwort
attendance-editor-not-invited = Nicht eingeladen
attendance-editor-people = Personen

## components/ConfirmDialog.svelte
confirm-dialog-working = In Arbeit…

## components/DaysOffSection.svelte
days-off-section-holidays-days-off = Feiertage und freie Tage
days-off-section-next-weeks = In den nächsten { $wEEKS } Wochen
days-off-section-public-holidays-each-partner = Die gesetzlichen Feiertage im Land jedes Partners (und in seiner Region, falls er eine hat) sowie die unten erfassten freien Tage.
days-off-section-no-partner-has-holiday = Kein Partner hat in den nächsten { $wEEKS } Wochen einen Feiertag oder freien Tag.
days-off-section-holidays-days-off-next = Feiertage und freie Tage der nächsten { $wEEKS } Wochen
days-off-section-recorded-days-off = Erfasste freie Tage
days-off-section-none-yet-record-city = Noch keine. Erfassen Sie die eigenen freien Tage einer Stadt, etwa den Tag ihres Schutzpatrons oder eine Kommunalwahl.
days-off-section-remove = { $name } von { $partnerName } entfernen
days-off-section-remove-2 = Entfernen
days-off-section-record-day-off = Freien Tag erfassen
days-off-section-partner = Partner
days-off-section-choose = Auswählen…
days-off-section-day = Tag
days-off-section-yyyy-mm-dd = JJJJ-MM-TT
days-off-section-what = Was es ist
days-off-section-patron-saint-s-day = Tag des Schutzpatrons
days-off-section-saving = Wird gespeichert…
days-off-section-record-day-off-2 = Freien Tag erfassen

## components/FindTimePanel.svelte
find-time-panel-find-time = Termin finden
find-time-panel-close = Schließen
find-time-panel-find-days = Tage finden
find-time-panel-find-times = Uhrzeiten finden
find-time-panel-choose-network-first = Wählen Sie zuerst das Netzwerk.
find-time-panel-choose-at-time-all = Wählen Sie „Zu einer Uhrzeit“ oder „Ganztägig“, um einen Termin zu suchen, der den Partnern passt.
find-time-panel-days-which-no-partner = Tage, an denen kein Partner einen Feiertag oder freien Tag hat.
find-time-panel-times-ranked-how-well = Uhrzeiten danach geordnet, wie gut sie jedem Partner passen: Arbeitszeit, Wochenenden, Feiertage und andere Treffen.
find-time-panel-from = Von
find-time-panel-yyyy-mm-dd = JJJJ-MM-TT
find-time-panel-to = Bis
find-time-panel-days = Tage
find-time-panel-length = Dauer
find-time-panel-working-day = Arbeitstag
find-time-panel-working-day-starts = Arbeitstag beginnt
find-time-panel-working-day-ends = Arbeitstag endet
find-time-panel-to-2 = bis
find-time-panel-leave-out-weekends = Wochenenden auslassen
find-time-panel-looking = Suche läuft…
find-time-panel-search = Suchen
find-time-panel-times-on-zone-clock = Uhrzeiten nach der Uhr von { $zone }; die eigene Uhrzeit jedes Partners ist angegeben.
find-time-panel-times-in-utc = Uhrzeiten in UTC (wählen Sie einen Gastgeber oder eine Zeitzone, um sie nach deren Uhr zu lesen); die eigene Uhrzeit jedes Partners ist angegeben.
find-time-panel-times-suit-every-partner = { $suit_everyone ->
    [one] { $suit_everyone } von { $candidates } Uhrzeiten passt jedem Partner; die ersten { $length } stehen unten.
   *[other] { $suit_everyone } von { $candidates } Uhrzeiten passen jedem Partner; die ersten { $length } stehen unten.
}
find-time-panel-none-times-suits-every = Keine der { $candidates } Uhrzeiten passt jedem Partner; die am wenigsten ungünstigen kommen zuerst.
find-time-panel-suits-everyone = passt allen
find-time-panel-awkward-for = ungünstig für { $count } Partner
find-time-panel-use-time = Diese Uhrzeit übernehmen
find-time-panel-no-run-days-free = In diesem Zeitraum ist keine Folge von Tagen für alle Partner frei.
find-time-panel-day-runs = { $days ->
    [one] Einzelne Tage ohne Feiertag bei einem Partner: { $count }.
   *[other] Zeiträume von { $days } Tagen ohne Feiertag bei einem Partner: { $count }.
}
find-time-panel-also = auch: { $other_meetings }
find-time-panel-use-these-days = Diese Tage übernehmen
find-time-panel-days-left-out = Ausgelassene Tage ({ $length })

## components/ImportReport.svelte
import-report-import-report = Importbericht
import-report-already-there-left-they = Schon vorhanden und unverändert gelassen: { $existing }.
import-report-check = { $count ->
        [one] { $count } Punkt
       *[other] { $count } Punkte
    } zu prüfen
import-report-lines-importer-placed-guessing = — Zeilen, die der Import durch Raten zugeordnet oder als Notizen behalten hat
import-report-line = Zeile { $line }
import-report-lines-to-check = Zu prüfende Zeilen
import-report-no-warnings-every-line = Keine Warnungen: Jede Zeile hat ihren Platz gefunden.

## components/LocalTimesPanel.svelte
local-times-panel-local-times = Ortszeiten
local-times-panel-working-out-local-times = Ortszeiten werden berechnet…
local-times-panel-network-has-no-partners = Dieses Netzwerk hat noch keine Partner.
local-times-panel-within-working-hours-08 = Für jeden Partner innerhalb der Arbeitszeit (08:00–19:00) an einem Wochentag.
local-times-panel-of = { $awkward } von { $length }
local-times-panel-partners-would-meet-outside = Partnern wäre das Treffen außerhalb von 08:00–19:00 oder am Wochenende.
local-times-panel-partner = Partner
local-times-panel-starts-there = Beginn vor Ort
local-times-panel-ends-there = Ende vor Ort
local-times-panel-host = Gastgeber

## components/MeetingList.svelte
meeting-list-all = { $caption }, insgesamt { $length }
meeting-list-when = Wann
meeting-list-meeting = Treffen
meeting-list-network = Netzwerk
meeting-list-host = Gastgeber
meeting-list-mode = Form
meeting-list-status = Status

## components/MilestoneForm.svelte
milestone-form-edit = { $title } bearbeiten
milestone-form-add-milestone = Meilenstein hinzufügen
milestone-form-title = Titel
milestone-form-integrated-action-plan-due = Integrierter Aktionsplan fällig
milestone-form-kind = Art
milestone-form-date-known = Das Datum ist bekannt
milestone-form-day = auf den Tag genau
milestone-form-only-month = nur auf den Monat genau
milestone-form-month = Monat
milestone-form-yyyy-mm = JJJJ-MM
milestone-form-example-2027-06-june = Zum Beispiel 2027-06 für Juni 2027.
milestone-form-date = Datum
milestone-form-yyyy-mm-dd = JJJJ-MM-TT
milestone-form-description = Beschreibung
milestone-form-done = Erledigt
milestone-form-saving = Wird gespeichert…
milestone-form-save-changes = Änderungen speichern
milestone-form-add-milestone-2 = Meilenstein hinzufügen
milestone-form-close-without-saving = Schließen ohne zu speichern

## components/MonthCalendar.svelte
month-calendar-meetings = { $count ->
        [one] { $count } Treffen
       *[other] { $count } Treffen
    }
month-calendar-previous-month = Vorheriger Monat
month-calendar-previous = ‹ Zurück
month-calendar-month = Dieser Monat
month-calendar-next-month = Nächster Monat
month-calendar-next = Weiter ›
month-calendar-today = { $day }, heute
month-calendar-days-off = Freie Tage: { $lines }
month-calendar-more = +{ $value } weitere

## components/Nav.svelte
nav-main = Hauptnavigation
nav-convene = Convene
nav-search = Suchen
nav-ctrl = Strg
nav-k = K

## components/PartnerDetails.svelte
partner-details-field-name = Name
partner-details-field-role = Funktion
partner-details-field-email = E-Mail
partner-details-field-phone = Telefon
partner-details-field-organisation = Organisation
partner-details-field-group-role = Rolle in der Gruppe
partner-details-now = { $value } · { $countryName } · { $time_zone } · jetzt { $clockIn }
partner-details-now-in-region = { $value } · { $countryName } ({ $region }) · { $time_zone } · jetzt { $clockIn }
partner-details-edit-partner = Partner bearbeiten
partner-details-delete-partner = Partner löschen
partner-details-close-details = Details von { $name } schließen
partner-details-close = Schließen
partner-details-population = Einwohner: { $population }
partner-details-contacts = Kontakte
partner-details-local-group = URBACT-Lokalgruppe

## components/PartnerForm.svelte
partner-form-edit = { $name } bearbeiten
partner-form-add-partner = Partner hinzufügen
partner-form-city-organisation = Stadt oder Organisation
partner-form-country = Land
partner-form-choose = Auswählen…
partner-form-role = Rolle
partner-form-time-zone = Zeitzone
partner-form-empty-means-country-s = Leer bedeutet die Zeitzone des Landes, { $defaultZone }.
partner-form-empty-means-country-s-2 = Leer bedeutet die Zeitzone des Landes.
partner-form-region = Region
partner-form-its-public-holidays-count = Ihre Feiertage zählen zusätzlich zu den landesweiten.
partner-form-convene-knows-no-regional = Convene kennt für dieses Land keine regionalen Feiertage.
partner-form-none-national-holidays-only = Keine (nur landesweite Feiertage)
partner-form-population = Einwohner
partner-form-notes = Notizen
partner-form-saving = Wird gespeichert…
partner-form-save-changes = Änderungen speichern
partner-form-add-partner-2 = Partner hinzufügen
partner-form-close-without-saving = Schließen ohne zu speichern

## components/PartnersTable.svelte
partners-table-partners-all = Partner, insgesamt { $length }
partners-table-city-partner = Stadt oder Partner
partners-table-country = Land
partners-table-role = Rolle
partners-table-time-zone = Zeitzone
partners-table-local-time-now = Ortszeit jetzt
partners-table-people = Personen

## components/PeopleEditor.svelte
people-editor-add = { $noun ->
        [contact] Kontakt hinzufügen
       *[member] Mitglied hinzufügen
    }
people-editor-none-yet = Noch keine.
people-editor-delete = { $primary } löschen?
people-editor-delete-2 = Löschen
people-editor-keep = Behalten
people-editor-edit = { $primary } bearbeiten
people-editor-edit-2 = Bearbeiten
people-editor-delete-3 = { $primary } löschen
people-editor-new = { $noun ->
        [contact] Neuer Kontakt
       *[member] Neues Mitglied
    }
people-editor-edit-3 = { $noun ->
        [contact] Kontakt bearbeiten
       *[member] Mitglied bearbeiten
    }
people-editor-saving = Wird gespeichert…
people-editor-save = Speichern
people-editor-close-without-saving = Schließen ohne zu speichern

## components/PostponeDialog.svelte
postpone-dialog-postpone = „{ $title }“ verschieben
postpone-dialog-current-date-stays-record = Das bisherige Datum bleibt in der Beschreibung festgehalten („Verschoben vom …“).
postpone-dialog-when-will-take-place = Wann findet es statt?
postpone-dialog-new-date-meeting-becomes = An einem neuen Datum (das Treffen wird wieder vorläufig)
postpone-dialog-no-new-date-yet = Noch kein neues Datum (Kalender sagen das bisherige Datum ab)
postpone-dialog-first-day = Erster Tag
postpone-dialog-new-date = Neues Datum
postpone-dialog-yyyy-mm-dd = JJJJ-MM-TT
postpone-dialog-start-time = Beginn
postpone-dialog-hh-mm = HH:MM
postpone-dialog-end-time = Ende
postpone-dialog-last-day = Letzter Tag
postpone-dialog-times-clock-meeting-s = Uhrzeiten nach der Uhr von { $time_zone }, der Zeitzone des Treffens.
postpone-dialog-without-last-day-meeting = Ohne letzten Tag behält das Treffen seine Anzahl von Tagen.
postpone-dialog-go-back = Zurück
postpone-dialog-working = In Arbeit…
postpone-dialog-postpone-2 = Verschieben

## components/SearchBox.svelte
search-box-search-networks-partners-meetings = Netzwerke, Partner, Treffen, Pläne und Praktiken durchsuchen
search-box-search-networks-partners-meetings-2 = Netzwerke, Partner, Treffen, Pläne, Praktiken suchen…
search-box-results = { $length } Ergebnisse
search-box-results-2 = Ergebnisse
search-box-nothing-found-try-fewer = Nichts gefunden für „{ $searched }“. Versuchen Sie weniger oder kürzere Wörter.

## components/SearchDialog.svelte
search-dialog-search = Suchen
search-dialog-choose-enter-open-esc = ↑ ↓ zum Auswählen, Eingabe zum Öffnen, Esc zum Schließen.

## components/Timeline.svelte
timeline-timeline = Zeitleiste von { $network_name }
timeline-today = Heute
timeline-no-dates-yet-nothing = Noch keine Daten: nichts zu zeichnen.

## components/WorkProgressBar.svelte
work-progress-bar-cancelling = Wird abgebrochen…
work-progress-bar-cancel = Abbrechen

## components/calendar/AddToCalendarButton.svelte
add-to-calendar-button-saving = Wird gespeichert…
add-to-calendar-button-add-calendar = Zum Kalender hinzufügen…

## components/calendar/CalendarResult.svelte
calendar-result-dismiss-message = Diese Meldung schließen

## components/calendar/ExportCalendarButton.svelte
export-calendar-button-export-calendar = Kalender exportieren…
export-calendar-button-export-calendar-2 = Den Kalender von { $name } exportieren
export-calendar-button-every-dated-meeting-goes = Jedes Treffen mit Datum kommt in eine .ics-Datei, die Outlook, Google Kalender, Thunderbird und Apple Kalender öffnen. Treffen ohne Datum werden ausgelassen.
export-calendar-button-reminder = Erinnerung
export-calendar-button-only-meetings-between-optional = Nur die Treffen zwischen (optional)
export-calendar-button-first-day = Erster Tag
export-calendar-button-yyyy-mm-dd = JJJJ-MM-TT
export-calendar-button-last-day = Letzter Tag
export-calendar-button-cancel = Abbrechen
export-calendar-button-saving = Wird gespeichert…
export-calendar-button-save = Speichern…

## components/calendar/ImportCalendarButton.svelte
import-calendar-button-importing = Wird importiert…
import-calendar-button-import-calendar = Kalender importieren…

## components/calendar/ImportCalendarDialog.svelte
import-calendar-dialog-calendar-imported = Kalender importiert
import-calendar-dialog-import-report = Importbericht
import-calendar-dialog-already-saved-recent-file = { $count ->
        [one] { $count } Termin war schon gespeichert, so aktuell wie in der Datei oder aktueller, und blieb, wie er war.
       *[other] { $count } Termine waren schon gespeichert, so aktuell wie in der Datei oder aktueller, und blieben, wie sie waren.
    }
import-calendar-dialog-skipped = { $count ->
        [one] { $count } Termin übersprungen
       *[other] { $count } Termine übersprungen
    }
import-calendar-dialog-not-imported-fix-calendar = { $count ->
        [one] , nicht importiert; korrigieren Sie ihn im Kalenderprogramm und importieren Sie die Datei erneut
       *[other] , nicht importiert; korrigieren Sie sie im Kalenderprogramm und importieren Sie die Datei erneut
    }
import-calendar-dialog-more = … und { $value } weitere.
import-calendar-dialog-check = { $count ->
        [one] { $count } Punkt
       *[other] { $count } Punkte
    } zu prüfen
import-calendar-dialog-no-warnings = Keine Warnungen.
import-calendar-dialog-close = Schließen

## components/calendar/InvitationDialog.svelte
invitation-dialog-email-invitation = Einladung zu „{ $title }“ per E-Mail
invitation-dialog-your-mail-program-opens = Ihr E-Mail-Programm öffnet die Nachricht versandfertig; sie kommt als Einladung an, die man annehmen oder ablehnen kann.
invitation-dialog-cancellation-note = { $status ->
    [cancelled] Das Treffen ist abgesagt: Die Nachricht wird eine Absage, die es aus den Kalendern derer entfernt, die zugesagt haben.
   *[postponed] Das Treffen ist verschoben: Die Nachricht wird eine Absage, die es aus den Kalendern derer entfernt, die zugesagt haben.
}
invitation-dialog-from-your-e-mail = Von (Ihre E-Mail-Adresse)
invitation-dialog-answers-come-back-remembered = Antworten gehen an diese Adresse. Auf diesem Computer gespeichert.
invitation-dialog-to = An ({ $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    })
invitation-dialog-finding-partners-contacts = Kontakte der Partner werden gesucht…
invitation-dialog-no-contact-partners-meeting = Kein Kontakt der Partner, die dieses Treffen betrifft, hat eine E-Mail-Adresse. Fügen Sie unten Adressen hinzu oder ergänzen Sie sie bei den Kontakten der Partner.
invitation-dialog-choose-all = Alle auswählen
invitation-dialog-choose-none = Keine auswählen
invitation-dialog-other-addresses = Weitere Adressen
invitation-dialog-separate-them-commas-new = Durch Kommas oder Zeilenumbrüche trennen.
invitation-dialog-cancel = Abbrechen
invitation-dialog-writing = Wird verfasst…
invitation-dialog-write-cancellation = Absage verfassen
invitation-dialog-write-invitation = Einladung verfassen

## components/calendar/MeetingCalendarBar.svelte
meeting-calendar-bar-calendars-invitations = Kalender und Einladungen
meeting-calendar-bar-calendars = Kalender:
meeting-calendar-bar-email-invitation = Einladung per E-Mail…
meeting-calendar-bar-give-meeting-date-add = Geben Sie dem Treffen ein Datum, um es in Kalender einzutragen und Personen einzuladen.

## components/plan/ActionDetails.svelte
action-details-action = Maßnahme: { $title }
action-details-title = Titel
action-details-objective = Ziel
action-details-lead = Federführende Organisation
action-details-partners = Partnerorganisationen
action-details-start-month = Startmonat (JJJJ-MM)
action-details-end-month = Endmonat (JJJJ-MM)
action-details-estimated-cost = Geschätzte Kosten (€)
action-details-status = Status
action-details-pilot-small-scale-test = Ein Pilotprojekt (Test im kleinen Maßstab)
action-details-description = Beschreibung
action-details-funding = Finanzierung
action-details-no-funding-found-yet = Noch keine Finanzierung gefunden.
action-details-source = Quelle
action-details-amount = Betrag (€)
action-details-remove-funding-line = Finanzierungszeile { $value } entfernen
action-details-remove = Entfernen
action-details-add-funding-line = Finanzierungszeile hinzufügen
action-details-indicators-action-feeds = Indikatoren, zu denen diese Maßnahme beiträgt
action-details-saving = Wird gespeichert…
action-details-save-action = Maßnahme speichern
action-details-cancel = Abbrechen
action-details-delete-action = Diese Maßnahme löschen?
action-details-delete = Löschen
action-details-keep = Behalten
action-details-delete-action-2 = Maßnahme löschen…

## components/plan/ActionTable.svelte
action-table-no-actions-yet-add = Noch keine Maßnahmen. Fügen Sie die erste hinzu: ihren Titel, dann ihre Monate, Kosten und Finanzierung.
action-table-tab-arrows-move-between = Tab und Pfeiltasten wechseln zwischen Zellen; Eingabe bearbeitet und speichert eine Zelle; Esc bricht ab; Alt+↑/↓ verschiebt eine Maßnahme.
action-table-actions-plan-all = Maßnahmen des Plans, insgesamt { $length }
action-table-of = { $label } von { $title }
action-table-yyyy-mm-yyyy-mm = JJJJ-MM – JJJJ-MM
action-table-pilot = Pilot
action-table-adding = Wird hinzugefügt…
action-table-add-action = Maßnahme hinzufügen

## components/plan/BudgetSummary.svelte
budget-summary-total-cost = Gesamtkosten
budget-summary-funding-found = Gefundene Finanzierung
budget-summary-funding-above-cost = Finanzierung über den Kosten
budget-summary-funding-gap = Finanzierungslücke
budget-summary-not-counted = { $count ->
        [one] { $count } Maßnahme hat noch keine Kostenschätzung und ist nicht mitgezählt.
       *[other] { $count } Maßnahmen haben noch keine Kostenschätzung und sind nicht mitgezählt.
    }
budget-summary-actions-per-year = Maßnahmen pro Jahr
budget-summary-no-action-has-months = Noch keine Maßnahme hat Monate.
budget-summary-year = Jahr
budget-summary-actions-running = Laufende Maßnahmen
budget-summary-nothing-yet = Noch nichts.
budget-summary-euros = Euro
budget-summary-share = Anteil
budget-summary-no-objective = Ohne Ziel

## components/plan/Comments.svelte
comments-comments = Kommentare zu „{ $sectionTitle }“
comments-open = ({ $length } offen)
comments-no-open-comments-section = Keine offenen Kommentare zu diesem Abschnitt.
comments-mark-comment-resolved = Kommentar von { $author } als erledigt markieren
comments-resolve = Erledigt
comments-add-comment = Kommentar hinzufügen
comments-adding = Wird hinzugefügt…
comments-add-comment-2 = Kommentar hinzufügen

## components/plan/ConflictResolver.svelte
conflict-resolver-both-copies-changed-since = Beide Kopien haben dies seit der letzten geteilten Version geändert.
conflict-resolver-ours-kept-plan-now = Unsere (vorerst im Plan behalten)
conflict-resolver-we-removed = Wir haben es entfernt.
conflict-resolver-theirs = Ihre
conflict-resolver-they-removed = Sie haben es entfernt.
conflict-resolver-merged-text = Zusammengeführter Text
conflict-resolver-keep-ours = Unsere behalten
conflict-resolver-take-theirs = Ihre übernehmen
conflict-resolver-save-merged-text = Zusammengeführten Text speichern

## components/plan/DiffView.svelte
diff-view-changes = Änderungen in { $title }

## components/plan/ExportSendBar.svelte
export-send-bar-export = Exportieren als
export-send-bar-exporting = Wird exportiert…
export-send-bar-export-2 = Exportieren…
export-send-bar-saving = Wird gespeichert…
export-send-bar-send-partner = An einen Partner senden…
export-send-bar-reading = Wird gelesen…
export-send-bar-receive-plan-file = Plandatei empfangen…

## components/plan/GanttChart.svelte
gantt-chart-actions-scheduled = { $caption }: { $length } von { $length2 } Maßnahmen eingeplant.
gantt-chart-show-chart = Als Diagramm zeigen
gantt-chart-show-table = Als Tabelle zeigen
gantt-chart-no-actions-yet-add = Noch keine Maßnahmen: Fügen Sie Maßnahmen mit Anfangs- und Endmonat hinzu, um sie hier zu sehen.
gantt-chart-pilot-action = Pilotmaßnahme
gantt-chart-action = Maßnahme
gantt-chart-starts = Beginn
gantt-chart-ends = Ende
gantt-chart-months = Monate
gantt-chart-pilot = Pilot
gantt-chart-yes = Ja
gantt-chart-no = Nein
gantt-chart-not-timeline = Nicht auf der Zeitleiste:

## components/plan/History.svelte
history-compare-version-newest = Version { $number } mit der neuesten vergleichen
history-compare = Vergleichen
history-restore = Wiederherstellen…
history-version = Version { $number }
history-versions = Versionen ({ $length })
history-saves = { $length } Speicherungen · { $author } · { $runPeriod }
history-versions-2 = Versionen { $number }–{ $number2 }
history-version-option = Version { $number } ({ $kind ->
        [created] erstellt
        [edit] bearbeitet
        [restore] wiederhergestellt
        [received] empfangen
        [merge] zusammengeführt
       *[resolve] Konflikt geklärt
    }, { $instant })
history-show-saves = Die { $count } Speicherungen anzeigen
history-hide-saves = Die { $count } Speicherungen ausblenden
history-saves-3 = Die { $length } Speicherungen von { $message }
history-changes = Änderungen
history-only-one-version-so = Bisher nur eine Version: Änderungen erscheinen hier nach der nächsten Speicherung.
history-from = Von
history-to = Bis
history-these-two-versions-say = Diese beiden Versionen sagen dasselbe.
history-sections-were-put-another = Die Abschnitte wurden umgestellt.
history-was = { $title } (vorher { $old_title })
history-actions-indicators-risks = Maßnahmen, Indikatoren und Risiken
history-comparing = Wird verglichen…
history-restore-version = Version { $number } wiederherstellen?
history-plan-will-say-again = Der Plan sagt dann wieder, was er in Version { $number } sagte. Das wird als neue Version gespeichert: Der aktuelle Text bleibt in der Versionsgeschichte und kann seinerseits wiederhergestellt werden.
history-restore-version-2 = Version { $number } wiederherstellen
history-keep-current-text = Aktuellen Text behalten

## components/plan/IndicatorTable.svelte
indicator-table-no-indicators-yet-indicators = Noch keine Indikatoren. Indikatoren sagen, wie die Ergebnisse des Plans gemessen werden.
indicator-table-indicators = Indikatoren
indicator-table-indicator = Indikator
indicator-table-kind = Art
indicator-table-baseline = Ausgangswert
indicator-table-target = Zielwert
indicator-table-by = Bis
indicator-table-verification = Nachweis
indicator-table-actions = Maßnahmen
indicator-table-edit = Bearbeiten
indicator-table-edit-2 = { $name } bearbeiten
indicator-table-add-indicator = Indikator hinzufügen
indicator-table-edit-indicator = Indikator bearbeiten
indicator-table-new-indicator = Neuer Indikator
indicator-table-name = Name
indicator-table-unit = Einheit
indicator-table-target-month-yyyy-mm = Zielmonat (JJJJ-MM)
indicator-table-means-verification = Nachweisquelle
indicator-table-save-indicator = Indikator speichern
indicator-table-cancel = Abbrechen
indicator-table-delete-indicator = Indikator löschen

## components/plan/MarkdownEditor.svelte
markdown-editor-text = Text von „{ $title }“
markdown-editor-markdown = (Markdown)
markdown-editor-hide-preview = Vorschau ausblenden
markdown-editor-show-preview = Vorschau anzeigen
markdown-editor-preview = Vorschau
markdown-editor-nothing-written-yet = Noch nichts geschrieben.
markdown-editor-preview-2 = Vorschau von { $title }

## components/plan/NewPlanDialog.svelte
new-plan-dialog-new-action-plan = Neuer Aktionsplan
new-plan-dialog-city = Stadt
new-plan-dialog-no-partner-city = Keine Partnerstadt
new-plan-dialog-partner-has-plan = { $name } (hat einen Plan)
new-plan-dialog-title = Titel
new-plan-dialog-creating = Wird erstellt…
new-plan-dialog-create-plan = Plan erstellen
new-plan-dialog-cancel = Abbrechen

## components/plan/RiskTable.svelte
risk-table-no-risks-recorded-yet = Noch keine Risiken erfasst.
risk-table-risks-highest-score-first = Risiken, höchste Bewertung zuerst
risk-table-risk = Risiko
risk-table-likelihood = Wahrscheinlichkeit
risk-table-impact = Auswirkung
risk-table-score = Bewertung
risk-table-mitigation = Gegenmaßnahme
risk-table-owner = Verantwortlich
risk-table-edit = Bearbeiten
risk-table-edit-risk = Risiko bearbeiten: { $description }
risk-table-add-risk = Risiko hinzufügen
risk-table-edit-risk-2 = Risiko bearbeiten
risk-table-new-risk = Neues Risiko
risk-table-what-could-go-wrong = Was schiefgehen könnte
risk-table-save-risk = Risiko speichern
risk-table-cancel = Abbrechen
risk-table-delete-risk = Risiko löschen

## components/plan/SectionOutline.svelte
section-outline-plan-outline = Gliederung des Plans
section-outline-sections = Abschnitte
section-outline-alt-up-alt-down = Alt+Pfeil hoch und Alt+Pfeil runter verschieben einen Abschnitt.
section-outline-nothing-written-yet = Noch nichts geschrieben
section-outline-empty = leer
section-outline-open-comment-count = { $count ->
    [one] { $count } offener Kommentar
   *[other] { $count } offene Kommentare
}
section-outline-title-new-section = Titel des neuen Abschnitts
section-outline-add = Hinzufügen
section-outline-cancel = Abbrechen
section-outline-add-section = + Abschnitt hinzufügen
section-outline-plan = Plan

## components/plan/StatusControl.svelte
status-control-status = Status:
status-control-on = am { $date }
status-control-date-council-adopted-plan = Datum, an dem der Stadtrat den Plan beschlossen hat
status-control-record-adoption = Beschluss erfassen
status-control-cancel = Abbrechen
status-control-status-history = Statusverlauf ({ $length })
status-control-adopted = (beschlossen am { $date })

## components/poll/PollForm.svelte
poll-form-start-poll = Umfrage starten
poll-form-meeting-title = Titel des Treffens
poll-form-transnational-meeting-3 = Transnationales Treffen 3
poll-form-kind = Art
poll-form-host = Gastgeber
poll-form-no-host = Kein Gastgeber
poll-form-dates-offered-one-line = Angebotene Termine, einer pro Zeile
poll-form-time-clock-zone-below = Eine Uhrzeit nach der Uhr der Zeitzone unten (der des Gastgebers, wenn leer); ein Datum allein ist ein ganzer Tag, überall derselbe.
poll-form-time-zone = Zeitzone
poll-form-europe-riga = Europe/Riga
poll-form-answer = Antwort bis
poll-form-yyyy-mm-dd = JJJJ-MM-TT
poll-form-starting = Wird gestartet…
poll-form-start-poll-2 = Umfrage starten
poll-form-close-without-saving = Schließen ohne zu speichern

## components/poll/PollsSection.svelte
polls-section-polls = Umfragen
polls-section-new-poll = Neue Umfrage
polls-section-no-polls-yet-poll = Noch keine Umfragen. Eine Umfrage fragt die Partner, welche Termine ihnen passen, und der gewählte Termin wird ein Treffen.
polls-section-list-dates = { $count ->
    [one] { $count } Termin
   *[other] { $count } Termine
}
polls-section-list-dates-deadline = { $count ->
    [one] { $count } Termin, Antwort bis { $deadline }
   *[other] { $count } Termine, Antwort bis { $deadline }
}
polls-section-closed = Geschlossen
polls-section-open = Offen
polls-section-reading = Wird gelesen…
polls-section-add-reply-files = Antwortdateien hinzufügen…
polls-section-hosted = Gastgeber: { $host_name }
polls-section-no-host = Kein Gastgeber
polls-section-answer-by = Antwort bis { $deadline }
polls-section-invitations-written-to = { $count ->
    [one] Einladungen an { $count } Adresse verfasst
   *[other] Einladungen an { $count } Adressen verfasst
}
polls-section-closed-became-meeting = Geschlossen: Der gewählte Termin wurde ein Treffen. Die Umfrage bleibt, wie sie war.
polls-section-open-meeting = Treffen öffnen
polls-section-drop-partners-reply-e = Ziehen Sie die Antwort-E-Mails der Partner (.eml) oder Kalenderdateien (.ics) auf das Fenster oder fügen Sie sie mit der Schaltfläche hinzu. Oder wählen Sie eine Antwort in einer Zelle.
polls-section-your-e-mail-address = Ihre E-Mail-Adresse
polls-section-coordinator-network-eu = koordination@netzwerk.eu
polls-section-writing = Wird verfasst…
polls-section-write-invitations = Einladungen verfassen
polls-section-wrote-messages = { $count ->
    [one] { $count } Nachricht in { $folder } verfasst: Öffnen Sie sie in Ihrem E-Mail-Programm und senden Sie sie.
   *[other] { $count } Nachrichten in { $folder } verfasst: Öffnen Sie jede in Ihrem E-Mail-Programm und senden Sie sie.
}
polls-section-wrote-messages-folder-open = { $count ->
    [one] { $count } Nachricht in { $folder } verfasst, jetzt geöffnet: Öffnen Sie sie in Ihrem E-Mail-Programm und senden Sie sie.
   *[other] { $count } Nachrichten in { $folder } verfasst, jetzt geöffnet: Öffnen Sie jede in Ihrem E-Mail-Programm und senden Sie sie.
}
polls-section-one-e-mail-per = Eine E-Mail pro Kontakt jedes Partners: jeder Termin als vorläufige Reservierung, die der Partner in seinem Kalender annimmt oder ablehnt, und ein Antwortraster zum Ausfüllen von Hand.
polls-section-dismiss = Schließen
polls-section-answers-partners-dates-each = Antworten zu { $title }: Partner nach Terminen, jeder Termin nach der Uhr des Partners
polls-section-partner = Partner
polls-section-date-2 = Termin { $number }
polls-section-yes-if-need-no = { $yes } ja · { $maybe } notfalls · { $no } nein
polls-section-choose-date = Diesen Termin wählen
polls-section-date-3 = { $name }, Termin { $number }
polls-section-no-answer = Keine Antwort
polls-section-not-answered-yet = Noch nicht geantwortet: { $not_answered }.
polls-section-choose-date-2 = Termin { $number } wählen?
polls-section-will-created-confirmed-meeting = { $title } wird als bestätigtes Treffen am { $when } angelegt und die Umfrage geschlossen: Sie kann dann nicht mehr beantwortet werden.
polls-section-create-meeting = Treffen anlegen
polls-section-dropped-no-poll = { $count ->
    [one] Eine Datei wurde abgelegt, aber keine offene Umfrage ist gewählt: Wählen Sie zuerst eine Umfrage, dann legen Sie ihre Antworten ab.
   *[other] { $count } Dateien wurden abgelegt, aber keine offene Umfrage ist gewählt: Wählen Sie zuerst eine Umfrage, dann legen Sie ihre Antworten ab.
}

## screens/FirstRun.svelte
first-run-welcome-convene = Willkommen bei Convene
first-run-convene-helps-coordinators-partners = Convene hilft Koordinatoren und Partnern transnationaler Städtenetzwerke — URBACT-Netzwerken und ähnlichen EU-Projekten —, ihre Arbeit an einem Ort zu halten.
first-run-networks-partner-cities = Netzwerke und Partnerstädte
first-run-point-networks = { $term }, mit ihren Kontakten und Lokalgruppen.
first-run-meetings-across-time-zones = Treffen über Zeitzonen hinweg
first-run-point-meetings = { $term }: die Ortszeit jedes Partners auf einen Blick, Tagesordnungen und Teilnahme.
first-run-everything-stays-on-computer = Alles bleibt auf diesem Computer, in einer Datenbankdatei.
first-run-everything-stays-in-file = Alles bleibt auf diesem Computer, in einer Datenbankdatei: { $path }.
first-run-timelines = Zeitleisten
first-run-meetings-milestones-what-needs = der Treffen und Meilensteine, und was als Nächstes Ihre Aufmerksamkeit braucht.
first-run-action-plans-good-practices = Aktionspläne und gute Praktiken
first-run-cities-share-transfer = , die Städte teilen und übertragen.
first-run-example-networks-loaded = Die Beispielnetzwerke sind geladen
first-run-open-convene = Convene öffnen
first-run-see-networks = Netzwerke ansehen
first-run-how-would-you-like = Wie möchten Sie beginnen?
first-run-loading-examples = Beispiele werden geladen…
first-run-load-example-networks = Beispielnetzwerke laden
first-run-four-urbact-networks-techtown = Vier URBACT-Netzwerke (TechTown, Find your Greatness, DigiPlace, IoTXchange) und drei gute Praktiken, aus ihren öffentlichen Seiten gelesen. Sie sehen, was der Import nicht zuordnen konnte.
first-run-start-empty = Leer beginnen
first-run-begin-no-data-add = Ohne Daten beginnen und Ihr eigenes Netzwerk hinzufügen.

## screens/Home.svelte
home-home = Start
home-what-coming-up-across = Was in Ihren Netzwerken ansteht.
home-new-meeting = Neues Treffen
home-loading = Wird geladen…
home-next-meetings = Nächste Treffen
home-no-meetings-ahead = Keine Treffen in Sicht.
home-plan-one = Eines planen
home-hosted = Gastgeber: { $host_name }
home-no-host-yet = Noch kein Gastgeber
home-needs-attention = Braucht Aufmerksamkeit
home-nothing-needs-attention = Nichts braucht Aufmerksamkeit.
home-attention-show-all = Ganze Liste zeigen ({ $count } weitere)
home-checking-travel = Die kommenden Treffen werden auf Reisen und Feiertage geprüft …
home-travel-check-failed = Die kommenden Treffen konnten nicht auf Reisen und Feiertage geprüft werden: { $error }
home-timeline-failed = Diese Zeitleiste konnte nicht geladen werden: { $error } Öffnen Sie die Seite des Netzwerks, um seine Treffen zu sehen.
home-timelines = Zeitleisten
home-no-networks-yet = Noch keine Netzwerke.
home-add-network = Netzwerk hinzufügen
home-project-months = { $start } bis { $end }
home-project-dates-not-set = Projektdaten nicht festgelegt
home-dated-items-not-drawn = { $count ->
    [one] { $count } weiterer datierter Eintrag ist nicht gezeichnet; siehe die Treffen des Netzwerks.
   *[other] { $count } weitere datierte Einträge sind nicht gezeichnet; siehe die Treffen des Netzwerks.
}
home-not-dated-yet = Noch ohne Datum
home-more = und { $omitted_undated } weitere.
home-meeting = Treffen
home-tentative = vorläufig
home-milestone = Meilenstein
home-today = heute

## screens/MeetingEdit.svelte
meeting-edit-new-meeting = Neues Treffen
meeting-edit-edit = „{ $originalTitle }“ bearbeiten
meeting-edit-fields-marked-required-times = Mit * markierte Felder sind Pflichtfelder. Uhrzeiten werden als HH:MM im 24-Stunden-Format geschrieben.
meeting-edit-loading = Wird geladen…
meeting-edit-network = Netzwerk
meeting-edit-choose = Auswählen…
meeting-edit-title = Titel
meeting-edit-kind = Art
meeting-edit-host = Gastgeber
meeting-edit-no-host-yet = Noch kein Gastgeber
meeting-edit-status = Status
meeting-edit-when = Wann
meeting-edit-kind-date = Art des Datums
meeting-edit-at-time = Zu einer Uhrzeit
meeting-edit-all-day = Ganztägig
meeting-edit-not-dated-yet = Noch ohne Datum
meeting-edit-start-date = Anfangsdatum *
meeting-edit-yyyy-mm-dd = JJJJ-MM-TT
meeting-edit-start-time = Beginn *
meeting-edit-hh-mm = HH:MM
meeting-edit-end-date = Enddatum
meeting-edit-same-day = derselbe Tag
meeting-edit-end-time = Ende *
meeting-edit-leave-end-date-empty = Lassen Sie das Enddatum für ein Treffen an einem Tag leer.
meeting-edit-time-zone-these-times = Zeitzone dieser Uhrzeiten
meeting-edit-europe-riga = Europe/Riga
meeting-edit-host-s-zone-unless = Die Zeitzone des Gastgebers, wenn Sie keine andere wählen.
meeting-edit-iana-zone-such-europe = Eine IANA-Zeitzone wie Europe/Riga; die Wahl eines Gastgebers füllt sie aus.
meeting-edit-first-day = Erster Tag
meeting-edit-last-day = Letzter Tag
meeting-edit-year-if-known = Jahr, falls bekannt
meeting-edit-month-if-known = Monat, falls bekannt
meeting-edit-not-known = Unbekannt
meeting-edit-when-words = Wann, in Worten
meeting-edit-after-summer-limerick = Nach dem Sommer, in Limerick
meeting-edit-worth-second-look = Einen zweiten Blick wert:
meeting-edit-mode = Form
meeting-edit-online-link = Online-Link
meeting-edit-https = https://
meeting-edit-only-needed-online-hybrid = Nur für Online- oder Hybridtreffen nötig.
meeting-edit-venue = Ort
meeting-edit-description = Beschreibung
meeting-edit-saving = Wird gespeichert…
meeting-edit-add-meeting = Treffen hinzufügen
meeting-edit-save-changes = Änderungen speichern
meeting-edit-back-without-saving = Zurück ohne zu speichern

## screens/MeetingPage.svelte
meeting-page-back-meetings = Zurück zu den Treffen
meeting-page-loading = Wird geladen…
meeting-page-network = Netzwerk
meeting-page-meetings = Treffen
meeting-page-edit = Bearbeiten
meeting-page-delete = Löschen
meeting-page-status = Status
meeting-page-change-status = Status ändern:
meeting-page-postpone = Verschieben
meeting-page-status-changed = { $step ->
    [confirmed] „{ $title }“ ist bestätigt.
    [cancelled] „{ $title }“ ist abgesagt.
    [held] „{ $title }“ ist als stattgefunden markiert.
    [postponed-to-date] „{ $title }“ ist auf das neue Datum verschoben (vorläufig bis zur Bestätigung).
   *[postponed] „{ $title }“ ist ohne neues Datum verschoben.
}
meeting-page-details = Details
meeting-page-host = Gastgeber
meeting-page-no-host-yet = Noch kein Gastgeber
meeting-page-mode = Form
meeting-page-venue = Ort
meeting-page-online-link = Online-Link
meeting-page-calendar-revision = Kalenderrevision
meeting-page-grows-every-change-calendars = Steigt mit jeder Änderung, die Kalender erfahren müssen
meeting-page-delete-2 = „{ $title }“ löschen?
meeting-page-meeting-its-agenda-its = Das Treffen, seine Tagesordnung und seine Teilnahme werden gelöscht. Um festzuhalten, dass es nicht stattfindet, sagen Sie es stattdessen ab.
meeting-page-delete-meeting = Treffen löschen

## screens/Meetings.svelte
meetings-meetings = Treffen
meetings-all-networks = Alle Netzwerke
meetings-view = Ansicht
meetings-list = Liste
meetings-calendar = Kalender
meetings-new-meeting = Neues Treffen
meetings-network = Netzwerk
meetings-period = Zeitraum
meetings-upcoming-not-dated = Anstehend und ohne Datum
meetings-past = Vergangen
meetings-all = Alle
meetings-status = Status
meetings-any = Beliebig
meetings-not-cancelled = Nicht abgesagt
meetings-words-title-host-venue = Wörter in Titel, Gastgeber, Ort oder Netzwerk
meetings-loading = Wird geladen…
meetings-meetings-2 = { $length } von { $length2 } Treffen
meetings-no-meeting-matches = Kein Treffen passt.

## screens/NetworkEdit.svelte
network-edit-new-network = Neues Netzwerk
network-edit-edit = { $original } bearbeiten
network-edit-fields-marked-required = Mit * markierte Felder sind Pflichtfelder.
network-edit-name = Name
network-edit-short-name = Kurzname
network-edit-used-file-names-command = Für Dateinamen und die Kommandozeile; aus dem Namen gebildet, wenn leer.
network-edit-kind-network = Art des Netzwerks
network-edit-programme = Programm
network-edit-start-date = Anfangsdatum
network-edit-yyyy-mm-dd = JJJJ-MM-TT
network-edit-end-date = Enddatum
network-edit-contact-e-mail = Kontakt-E-Mail
network-edit-name-example-org = name@beispiel.org
network-edit-website = Website
network-edit-https = https://
network-edit-lead-partner = Lead-Partner
network-edit-not-chosen = Nicht gewählt
network-edit-tagline = Kurzbeschreibung
network-edit-description = Beschreibung
network-edit-phases = Phasen
network-edit-no-phases-urbact-networks = Keine Phasen. URBACT-Netzwerke haben meist zwei.
network-edit-phase-name = Name der Phase { $value }
network-edit-starts = Beginn
network-edit-ends = Ende
network-edit-remove-phase = Phase { $value } entfernen
network-edit-remove = Entfernen
network-edit-add-phase = Phase hinzufügen
network-edit-saving = Wird gespeichert…
network-edit-add-network = Netzwerk hinzufügen
network-edit-save-changes = Änderungen speichern
network-edit-back-without-saving = Zurück ohne zu speichern
network-edit-loading = Wird geladen…

## screens/NetworkPage.svelte
network-page-back-networks = Zurück zu den Netzwerken
network-page-loading = Wird geladen…
network-page-networks = Netzwerke
network-page-new-meeting = Neues Treffen
network-page-edit-network = Netzwerk bearbeiten
network-page-delete-network = Netzwerk löschen
network-page-about-network = Über das Netzwerk
network-page-kind = Art
network-page-programme = Programm
network-page-runs = Laufzeit
network-page-lead-partner = Lead-Partner
network-page-contact = Kontakt
network-page-website = Website
network-page-dates-not-set = Daten nicht festgelegt
network-page-sections-page = Abschnitte dieser Seite
network-page-partners = Partner ({ $length })
network-page-meetings = Treffen ({ $length })
network-page-polls = Umfragen
network-page-milestones = Meilensteine ({ $length })
network-page-holidays-days-off = Feiertage und freie Tage
network-page-action-plans = Aktionspläne ({ $length })
network-page-import-notes = Importnotizen ({ $length })
network-page-partners-2 = Partner
network-page-add-partner = Partner hinzufügen
network-page-no-partners-yet = Noch keine Partner.
network-page-choose-partner-see-edit = Wählen Sie einen Partner, um seine Kontakte und seine Lokalgruppe zu sehen und zu bearbeiten.
network-page-meetings-2 = Treffen
network-page-calendar = Kalender
network-page-no-meetings-yet = Noch keine Treffen.
network-page-meetings-3 = Treffen von { $name }
network-page-timeline-milestones = Zeitleiste und Meilensteine
network-page-add-milestone = Meilenstein hinzufügen
network-page-no-milestones-yet-add = Noch keine Meilensteine. Fügen Sie die Schritte hinzu, die keine Treffen sind: Phasenenden, Fristen, Ergebnisse.
network-page-milestones-2 = Meilensteine von { $name }
network-page-done = Erledigt
network-page-edit = { $title } bearbeiten
network-page-edit-2 = Bearbeiten
network-page-delete = { $title } löschen
network-page-delete-2 = Löschen
network-page-action-plans-2 = Aktionspläne
network-page-new-plan = Neuer Plan
network-page-no-action-plans-yet = Noch keine Aktionspläne.
network-page-action-plans-status-last = Aktionspläne von { $name }: Status und letzte Änderung
network-page-plan = Plan
network-page-city = Stadt
network-page-status = Status
network-page-last-change = Letzte Änderung
network-page-comments = Kommentare
network-page-version = { $last_change_by }, Version { $revision_number }
network-page-settle = { $open_conflicts } zu klären
network-page-import-notes-2 = Importnotizen
network-page-lines-imported-pages-could = Zeilen der importierten Seiten, die nicht zugeordnet werden konnten, wörtlich aufbewahrt.
network-page-none = Keine.
network-page-line = Zeile { $line }
network-page-delete-3 = { $name } löschen?
network-page-milestone-will-deleted-from = Der Meilenstein { $name } wird von der Zeitleiste gelöscht.
network-page-deleting-also-affects = Das Löschen von { $name } betrifft auch:
network-page-nothing-else-depends-will = Nichts anderes hängt von { $name } ab. Es wird gelöscht.
network-page-delete-network-2 = Netzwerk löschen
network-page-delete-milestone = Meilenstein löschen
network-page-delete-partner = Partner löschen

## screens/Networks.svelte
networks-networks = Netzwerke
networks-city-networks-you-coordinate = Die Städtenetzwerke, die Sie koordinieren oder an denen Sie teilnehmen.
networks-new-network = Neues Netzwerk
networks-loading = Wird geladen…
networks-no-networks-yet = Noch keine Netzwerke.
networks-add-your-first-network = Fügen Sie Ihr erstes Netzwerk hinzu
networks-filter-networks = Netzwerke filtern
networks-name-tagline = Name oder Kurzbeschreibung
networks-partner-count = { $count ->
    [one] { $count } Partner
   *[other] { $count } Partner
}
networks-meeting-count = { $count ->
    [one] { $count } Treffen
   *[other] { $count } Treffen
}
networks-lead = Lead: { $lead_partner }
networks-edit = { $name } bearbeiten
networks-edit-2 = Bearbeiten
networks-delete = { $name } löschen
networks-delete-2 = Löschen
networks-no-network-matches = Kein Netzwerk passt zu „{ $filter }“.
networks-delete-3 = { $name } löschen?
networks-deleting-also-deletes-everything = Das Löschen von { $name } löscht auch alles, was dazugehört:
networks-has-nothing-else-will = { $name } enthält sonst nichts. Es wird gelöscht.
networks-delete-network = Netzwerk löschen

## screens/PlanPage.svelte
plan-page-back-networks = Zurück zu den Netzwerken
plan-page-loading = Wird geladen…
plan-page-networks = Netzwerke
plan-page-no-partner-city = Keine Partnerstadt
plan-page-version = { $value } · Version { $number }, { $author }, { $instant }
plan-page-partner-changed-parts = { $count ->
    [one] Die Kopie eines Partners hat einen Teil geändert, den Sie auch geändert haben.
   *[other] Die Kopie eines Partners hat { $count } Teile geändert, die Sie auch geändert haben.
}
plan-page-export-exchange = Export und Austausch
plan-page-choose-which-text-keep = Wählen, welcher Text bleibt
plan-page-rename = Umbenennen…
plan-page-remove = Entfernen…
plan-page-new-title = Neuer Titel
plan-page-rename-2 = Umbenennen
plan-page-cancel = Abbrechen
plan-page-comments = Kommentare
plan-page-actions = Maßnahmen
plan-page-budget = Budget
plan-page-timeline = Zeitleiste
plan-page-timeline-actions = Zeitleiste der Maßnahmen von { $title }
plan-page-indicators = Indikatoren
plan-page-risks = Risiken
plan-page-history = Versionsgeschichte
plan-page-conflicts-settle = Zu klärende Konflikte
plan-page-nothing-settle = Nichts zu klären.
plan-page-remove-2 = „{ $title }“ entfernen?
plan-page-section-leaves-plan-its = Der Abschnitt verlässt den Plan. Sein Text bleibt in der Versionsgeschichte und kommt zurück, wenn eine frühere Version wiederhergestellt wird.
plan-page-remove-section = Abschnitt entfernen
plan-page-keep = Behalten

## screens/PracticeEdit.svelte
practice-edit-good-practices = Gute Praktiken
practice-edit-new-good-practice = Neue gute Praxis
practice-edit-edit = { $original } bearbeiten
practice-edit-fields-marked-required = Mit * markierte Felder sind Pflichtfelder.
practice-edit-back-good-practices = Zurück zu den guten Praktiken
practice-edit-title = Titel
practice-edit-tagline = Kurzbeschreibung
practice-edit-one-sentence-says-what = Ein Satz, der sagt, was die Praxis tut.
practice-edit-city = Stadt
practice-edit-country = Land
practice-edit-not-given = Nicht angegeben
practice-edit-written = Verfasst von
practice-edit-author-s-role = Funktion der Autorin oder des Autors
practice-edit-project-officer-city-ga = Projektreferentin, Stadt Gävle
practice-edit-key-figure = Kennzahl
practice-edit-figure-practice-puts-forward = Eine Zahl, die die Praxis hervorhebt, etwa die Einwohnerzahl der Stadt.
practice-edit-transfer-practice-networks-take = Eine Transferpraxis (Netzwerke übernehmen sie in ihren Städten)
practice-edit-networks-transfer = Netzwerke, die sie übertragen
practice-edit-no-networks-yet = Noch keine Netzwerke.
practice-edit-sections = Abschnitte
practice-edit-no-sections-yet-urbact = Noch keine Abschnitte. URBACT-Seiten haben meist einige: das Problem, die Lösung, die Ergebnisse.
practice-edit-section-heading = Überschrift von Abschnitt { $value }
practice-edit-section-text = Text von Abschnitt { $value }
practice-edit-move-section-up = Abschnitt { $value } nach oben
practice-edit-move-up = Nach oben
practice-edit-move-section-down = Abschnitt { $value } nach unten
practice-edit-move-down = Nach unten
practice-edit-remove-section = Abschnitt { $value } entfernen
practice-edit-remove = Entfernen
practice-edit-add-section = Abschnitt hinzufügen
practice-edit-saving = Wird gespeichert…
practice-edit-add-practice = Praxis hinzufügen
practice-edit-save-changes = Änderungen speichern
practice-edit-back-without-saving = Zurück ohne zu speichern
practice-edit-loading = Wird geladen…

## screens/PracticePage.svelte
practice-page-back-good-practices = Zurück zu den guten Praktiken
practice-page-loading = Wird geladen…
practice-page-good-practices = Gute Praktiken
practice-page-edit-practice = Praxis bearbeiten
practice-page-delete-practice = Praxis löschen
practice-page-city = Stadt
practice-page-key-figure = Kennzahl
practice-page-written = Verfasst von
practice-page-transferred = Übertragen von
practice-page-no-network-yet = Noch kein Netzwerk
practice-page-practice-has-no-written = Diese Praxis hat noch keine geschriebenen Abschnitte.
practice-page-delete = { $title } löschen?
practice-page-delete-practice-2 = Praxis löschen

## screens/Practices.svelte
practices-good-practices = Gute Praktiken
practices-solutions-worked-one-city = Lösungen, die in einer Stadt funktioniert haben, so beschrieben, dass andere sie übernehmen können.
practices-add-practice = Praxis hinzufügen
practices-loading = Wird geladen…
practices-no-good-practices-yet = Noch keine guten Praktiken. Fügen Sie eine hinzu oder importieren Sie URBACT-Seiten (Einstellungen › Seiten importieren).
practices-city-not-given = Stadt nicht angegeben
practices-transfer = Transfer

## screens/SearchPage.svelte
search-page-search = Suche
search-page-networks-partners-meetings-action = Netzwerke, Partner, Treffen, Aktionspläne und gute Praktiken. Akzente spielen keine Rolle: „Gavle“ findet Gävle. Drücken Sie überall Strg+K, um zu suchen.

## Labels of the core's closed sets
label-meeting-kind-kick-off = Auftakt
label-meeting-kind-transnational = Transnationales Treffen
label-meeting-kind-city-visit = Stadtbesuch
label-meeting-kind-final-event = Abschlussveranstaltung
label-meeting-kind-local-group = URBACT-Lokalgruppe
label-meeting-kind-online-touch-base = Online-Abstimmung
label-meeting-kind-phase-review = Phasenbilanz
label-meeting-kind-other = Sonstiges
label-poll-answer-yes = Ja
label-poll-answer-maybe = Notfalls
label-poll-answer-no = Nein
label-meeting-mode-in-person = Vor Ort
label-meeting-mode-online = Online
label-meeting-mode-hybrid = Hybrid
label-meeting-status-tentative = Vorläufig
label-meeting-status-confirmed = Bestätigt
label-meeting-status-held = Stattgefunden
label-meeting-status-postponed = Verschoben
label-meeting-status-cancelled = Abgesagt
label-attendance-invited = Eingeladen
label-attendance-accepted = Zugesagt
label-attendance-declined = Abgesagt
label-attendance-tentative = Vielleicht
label-attendance-attended = Teilgenommen
label-network-kind-action-planning = Aktionsplanung
label-network-kind-transfer = Transfer
label-network-kind-innovation-transfer = Innovationstransfer
label-network-kind-implementation = Umsetzung
label-network-kind-other = Sonstiges
label-partner-role-lead-partner = Lead-Partner
label-partner-role-partner = Partner
label-partner-role-good-practice-city = Stadt mit guter Praxis
label-partner-role-transfer-city = Transferstadt
label-partner-role-associated = Assoziiert
label-plan-status-draft = Entwurf
label-plan-status-in-review = In Prüfung
label-plan-status-final = Endfassung
label-plan-status-adopted = Beschlossen
label-funding-source-city = Städtischer Haushalt
label-funding-source-erdf = EFRE
label-funding-source-esf-plus = ESF+
label-funding-source-national = National
label-funding-source-regional = Regional
label-funding-source-private = Privat
label-funding-source-other = Sonstiges
label-action-status-idea = Idee
label-action-status-planned = Geplant
label-action-status-ongoing = Laufend
label-action-status-done = Abgeschlossen
label-action-status-dropped = Aufgegeben
label-indicator-kind-output = Output
label-indicator-kind-result = Ergebnis
label-revision-kind-created = Erstellt
label-revision-kind-edit = Bearbeitet
label-revision-kind-restore = Wiederhergestellt
label-revision-kind-received = Empfangen
label-revision-kind-merge = Zusammengeführt
label-revision-kind-resolve = Konflikt geklärt
label-milestone-kind-phase = Phasenbeginn oder -ende
label-milestone-kind-deadline = Frist
label-milestone-kind-deliverable = Ergebnis
label-milestone-kind-decision = Entscheidung
label-milestone-kind-event = Veranstaltung
label-milestone-kind-other = Sonstiges
label-hit-kind-network = Netzwerk
label-hit-kind-partner = Partner
label-hit-kind-meeting = Treffen
label-hit-kind-plan = Aktionsplan
label-hit-kind-practice = Gute Praxis
label-day-off-source-national = Gesetzlicher Feiertag
label-day-off-source-regional = Regionaler Feiertag
label-day-off-source-local = Örtlicher freier Tag

## Messages written by the scripts
settings-plan-versions-comments-will = Planversionen und Kommentare werden mit „{ $name }“ gezeichnet.
settings-backup-saved = Sicherung gespeichert unter { $path }.
settings-everything-was-exported = Alles wurde exportiert nach { $path }.
settings-restored-from-data-you = Wiederhergestellt aus { $from }. Die vorherigen Daten wurden in einer Kopie neben der Datenbank aufbewahrt.
settings-backup-restored = Sicherung wiederhergestellt.
network-page-list-countries-could-not = Die Länderliste konnte nicht geladen werden; daher werden Ländercodes angezeigt und das Land eines Partners kann nicht gewählt werden: { $error }
network-page-list-time-zones-could = Die Liste der Zeitzonen konnte nicht geladen werden; das Partnerformular schlägt daher keine vor: { $error }
network-page-was-saved = { $name } wurde gespeichert.
network-page-was-added = { $name } wurde hinzugefügt.
network-page-calendar-was-imported-but = Der Kalender wurde importiert, aber die Treffen konnten nicht neu angezeigt werden: { $error } Öffnen Sie das Netzwerk erneut, um sie zu sehen.
network-page-meeting-was-created-but = Das Treffen wurde angelegt, aber die Treffen konnten nicht neu angezeigt werden: { $error } Öffnen Sie das Netzwerk erneut, um es zu sehen.
network-page-was-saved-2 = { $title } wurde gespeichert.
network-page-was-added-2 = { $title } wurde hinzugefügt.
network-page-was-deleted = { $name } wurde gelöscht.
network-page-plan-created = { $title } wurde erstellt.
network-page-not-set = Nicht festgelegt
network-page-from = Ab { $date }
network-page-until = Bis { $date }
agenda-editor-untitled-item = Punkt ohne Titel
agenda-editor-removed-save-agenda-keep = „{ $value }“ entfernt. Speichern Sie die Tagesordnung, um die Änderung zu behalten.
reorder-moved = „{ $title }“ an Position { $position } von { $count } verschoben.
reorder-moved-untitled = Eintrag ohne Titel an Position { $position } von { $count } verschoben.
agenda-editor-agenda-saved = Tagesordnung gespeichert.
confirm-dialog-go-back = Zurück
days-off-section-days-off-could-not = Die freien Tage konnten nicht geladen werden: { $error }
days-off-section-day-off-was-recorded = Der freie Tag { $name } am { $date } wurde für { $partnerName } erfasst.
days-off-section-day-off-was-removed = Der freie Tag { $name } von { $partnerName } wurde entfernt.
meeting-list-meetings = Treffen
nav-home = Start
nav-networks = Netzwerke
nav-meetings = Treffen
nav-good-practices = Gute Praktiken
nav-search-2 = Suche
nav-settings = Einstellungen
partner-form-regions-could-not-loaded = Die Regionen konnten nicht geladen werden, daher kann keine gewählt werden: { $value }
postpone-dialog-give-new-date-yyyy = Geben Sie das neue Datum an (JJJJ-MM-TT) oder wählen Sie „Noch kein neues Datum“.
postpone-dialog-give-start-end-times = Geben Sie Beginn und Ende an (HH:MM) oder wählen Sie „Noch kein neues Datum“.
timeline-milestone = Meilenstein
timeline-meeting = Treffen
export-calendar-button-export-cancelled-no-file = Export abgebrochen: Es wurde keine Datei geschrieben.
import-calendar-button-import-cancelled-nothing-was = Import abgebrochen: Nichts wurde importiert, die Treffen sind unverändert.
import-calendar-dialog-more-network-s-meetings = … und { $value } weitere, in den Treffen des Netzwerks.
action-details-give-amount-source-pays = Geben Sie den Betrag an, den diese Quelle zahlt, in Euro.
action-table-moved-place = „{ $title }“ an Stelle { $value } von { $length } verschoben.
comments-write-comment-first = Schreiben Sie zuerst den Kommentar.
conflict-resolver-action = Maßnahme
conflict-resolver-indicator = Indikator
conflict-resolver-risk = Risiko
export-send-bar-word-docx = Word (.docx)
export-send-bar-markdown = Markdown
gantt-chart-timeline-actions = Zeitleiste der Maßnahmen
history-action = Maßnahme
history-indicator = Indikator
history-risk = Risiko
markdown-editor-all-changes-saved = Alle Änderungen gespeichert
markdown-editor-saving = Wird gespeichert…
markdown-editor-unsaved-changes = Ungespeicherte Änderungen
markdown-editor-not-saved = Nicht gespeichert: { $error }
new-plan-dialog-integrated-action-plan = Integrierter Aktionsplan von { $name }
risk-table-rare = Selten
risk-table-unlikely = Unwahrscheinlich
risk-table-possible = Möglich
risk-table-likely = Wahrscheinlich
risk-table-almost-certain = Fast sicher
risk-table-minor = Gering
risk-table-moderate = Mäßig
risk-table-serious = Ernst
risk-table-major = Erheblich
risk-table-severe = Schwer
status-control-back-draft = Zurück zum Entwurf
status-control-send-review = Zur Prüfung geben
status-control-mark-final = Als Endfassung markieren
status-control-record-adoption-2 = Beschluss erfassen…
status-control-back = { $status ->
        [draft] Zurück zum Entwurf
        [in_review] Zurück in die Prüfung
       *[final] Zurück zur Endfassung
    }
poll-form-give-meeting-title = Geben Sie dem Treffen einen Titel.
poll-form-offer-at-least-date = Bieten Sie mindestens einen Termin an, einen pro Zeile.
poll-form-write-deadline-yyyy-mm = Schreiben Sie die Frist als JJJJ-MM-TT.
polls-section-poll-closed-was-created = Die Umfrage ist geschlossen: { $title } wurde für { $text } angelegt.
polls-section-poll-started = { $count ->
    [one] Die Umfrage { $title } wurde gestartet mit { $count } Termin.
   *[other] Die Umfrage { $title } wurde gestartet mit { $count } Termine.
}
first-run-examples-could-not-loaded = Die Beispiele konnten nicht geladen werden: { $error }
home-import = Import
home-soon-not-confirmed = Bald, nicht bestätigt
home-no-host = Kein Gastgeber
home-travel = Reise
meeting-edit-enter-start-end-see = Geben Sie Beginn und Ende an, um die Uhrzeit für jeden Partner zu sehen.
meeting-edit-choose-network-meeting-belongs = Wählen Sie das Netzwerk, zu dem das Treffen gehört.
meeting-edit-list-time-zones-could = Die Liste der Zeitzonen konnte nicht geladen werden; das Zeitzonenfeld schlägt daher keine vor (eine Zeitzone wird beim Speichern trotzdem geprüft): { $error }
meeting-edit-local-times-shown-meetings = Ortszeiten werden für Treffen mit Beginn und Ende angezeigt.
meeting-edit-choose-network-see-its = Wählen Sie das Netzwerk, um die Ortszeiten seiner Partner zu sehen.
meeting-edit-enter-start-end-time = Geben Sie Beginn, Ende und eine Zeitzone (oder einen Gastgeber) an, um die Uhrzeit für jeden Partner zu sehen.
meeting-edit-no-local-times-yet = Noch keine Ortszeiten: { $error }
meeting-edit-form-now-has-time = Das Formular hat jetzt diese Uhrzeit; prüfen und speichern Sie.
meeting-edit-form-now-has-those = Das Formular hat jetzt diese Tage; prüfen und speichern Sie.
meeting-edit-was-added = „{ $title }“ wurde hinzugefügt.
meeting-edit-was-saved = „{ $title }“ wurde gespeichert.
meeting-page-confirm = Bestätigen
meeting-page-cancel-meeting = Treffen absagen
meeting-page-mark-held = Als stattgefunden markieren
meeting-page-was-deleted = „{ $title }“ wurde gelöscht.
meeting-page-all-day-meeting-has = Ein ganztägiges Treffen hat überall dieselben Daten; Ortszeiten werden für Treffen mit Beginn und Ende angezeigt.
meeting-page-meeting-has-no-date = Das Treffen hat noch kein Datum.
meetings-partners-holidays-could-not = Die Feiertage der Partner konnten nicht angezeigt werden: { $error }
network-edit-was-added = { $name } wurde hinzugefügt.
network-edit-was-saved = { $name } wurde gespeichert.
networks-was-deleted = { $name } wurde gelöscht.
networks-dates-not-set = Daten nicht festgelegt
plan-page-actions-budget-timeline = Maßnahmen, Budget und Zeitleiste
plan-page-indicators-2 = Indikatoren
plan-page-risks-2 = Risiken
plan-page-history-2 = Versionsgeschichte
plan-page-conflicts-settle-2 = Zu klärende Konflikte
plan-page-was-removed-its-text = „{ $title }“ wurde entfernt; sein Text bleibt in der Versionsgeschichte.
plan-page-new-action = Neue Maßnahme { $n }
plan-page-version-was-restored-new = Version { $number } wurde als neue Version wiederhergestellt.
plan-page-plan-now = Der Plan ist jetzt „{ $next }“.
practice-edit-list-countries-could-not = Die Länderliste konnte nicht geladen werden: { $error }
practice-edit-was-added = { $title } wurde hinzugefügt.
practice-edit-was-saved = { $title } wurde gespeichert.
practice-page-country-names-could-not = Die Ländernamen konnten nicht geladen werden, daher werden Codes angezeigt: { $error }
practice-page-was-deleted = { $title } wurde gelöscht.
practice-page-practice = Die Praxis
practice-page-practice-its-section = Die Praxis und ihr Abschnitt
practice-page-practice-its-sections = Die Praxis und ihre { $sections } Abschnitte
practice-page-will-deleted-networks-transfer = { $what } wird gelöscht. Die Netzwerke, die sie übertragen, bleiben, wie sie sind.
practices-country-names-could-not = Die Ländernamen konnten nicht geladen werden, daher werden Codes angezeigt: { $error }
agenda-form-item-must-end-after = Der Punkt muss nach seinem Beginn enden.
days-off-partners-off = { $length } Partner frei
days-off-line = { $source ->
    [national] { $partner } ({ $place }): { $holiday } (gesetzlicher Feiertag)
    [regional] { $partner } ({ $place }): { $holiday } (regionaler Feiertag)
   *[local] { $partner } ({ $place }): { $holiday } (örtlicher freier Tag)
}
days-off-line-estimated = { $source ->
    [national] { $partner } ({ $place }): { $holiday } (gesetzlicher Feiertag, Datum geschätzt)
    [regional] { $partner } ({ $place }): { $holiday } (regionaler Feiertag, Datum geschätzt)
   *[local] { $partner } ({ $place }): { $holiday } (örtlicher freier Tag, Datum geschätzt)
}
days-off-holiday-of-kind = { $source ->
    [national] { $holiday }
    [regional] { $holiday } (regionaler Feiertag)
   *[local] { $holiday } (örtlicher freier Tag)
}
days-off-holiday-of-kind-estimated = { $source ->
    [national] { $holiday } (Datum geschätzt)
    [regional] { $holiday } (regionaler Feiertag, Datum geschätzt)
   *[local] { $holiday } (örtlicher freier Tag, Datum geschätzt)
}
days-off-holiday-kept-by = { $holiday }: { $partners }
days-off-names-off = { $names } frei
days-off-choose-partner = Wählen Sie den Partner.
errors-something-went-wrong-no = Etwas ist schiefgegangen, und es wurde kein Grund genannt.
find-time-h-min = { $h } Std. { $m } Min.
find-time-days-write-how-many = Tage: Schreiben Sie, wie viele Tage das Treffen dauert, etwa 2.
find-time-working-day-write-its = Arbeitstag: Schreiben Sie Beginn und Ende als HH:MM, etwa 09:00 und 17:00.
long-work-saving-events = { $count ->
        [one] { $done } von { $total } Termin wird gespeichert…
       *[other] { $done } von { $total } Terminen werden gespeichert…
    }
long-work-writing-events = { $count ->
        [one] { $total } Termin wird geschrieben…
       *[other] { $total } Termine werden geschrieben…
    }
long-work-events-ready = { $count ->
        [one] { $total } Termin bereit: Wählen Sie, wo die Datei gespeichert wird.
       *[other] { $total } Termine bereit: Wählen Sie, wo die Datei gespeichert wird.
    }
meeting-form-meeting-must-end-after = Das Treffen muss nach seinem Beginn enden.
meeting-form-choose-time-zone-host = Wählen Sie eine Zeitzone oder einen Gastgeber, dessen Zeitzone das Treffen übernimmt.
meeting-form-not-known-iana-time = „{ $zone }“ ist keine bekannte IANA-Zeitzone (zum Beispiel Europe/Riga).
meeting-form-last-day-before-first = Der letzte Tag, { $last }, liegt vor dem ersten, { $first }.
meeting-form-write-year-between-leave = Schreiben Sie ein Jahr zwischen { $fIRST_YEAR } und { $lAST_YEAR } oder lassen Sie das Feld leer.
meeting-form-say-words-when-planned = Sagen Sie in Worten, wann es geplant ist, oder geben Sie das Jahr an.
milestone-form-enter-month-yyyy-mm = Geben Sie einen Monat ein (JJJJ-MM).
milestone-form-not-month-write-yyyy = „{ $v }“ ist kein Monat; schreiben Sie ihn als JJJJ-MM, zum Beispiel 2027-06.
milestone-form-year-outside = Das Jahr { $year } liegt außerhalb von { $fIRST_YEAR }-{ $lAST_YEAR }.
partner-form-choose-country = Wählen Sie das Land.
partner-form-not-known-iana-time = „{ $zone }“ ist keine bekannte IANA-Zeitzone (zum Beispiel Europe/Riga).
plan-diff-no-change = Keine Änderung
plan-diff-white-space-changed = Leerraum geändert
plan-gantt-no-start-end-month = kein Anfangs- oder Endmonat
plan-gantt-no-start-month = kein Anfangsmonat
plan-gantt-no-end-month = kein Endmonat
plan-gantt-its-end-month-comes = ihr Endmonat liegt vor ihrem Anfangsmonat
plan-money-no-amount = kein Betrag
plan-money-type-amount-euros-such = Geben Sie einen Betrag in Euro ein, etwa 12500 oder 12.500,50.
plan-money-euros-have-two-decimals = Euro haben höchstens zwei Nachkommastellen (Cent).
validation-must-not-empty = Darf nicht leer sein.
validation-characters-long-limit = Ist { $n } Zeichen lang; die Grenze ist { $max }.
validation-not-e-mail-address = „{ $v }“ ist keine E-Mail-Adresse (erwartet: name@beispiel.org).
validation-must-start-https-http = „{ $v }“ muss mit https:// oder http:// beginnen.
validation-not-web-address = „{ $v }“ ist keine Webadresse.
validation-enter-date-yyyy-mm = Geben Sie ein Datum ein (JJJJ-MM-TT).
validation-not-date-write-yyyy = „{ $v }“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT, zum Beispiel 2027-03-10.
validation-year-outside = Das Jahr { $year } liegt außerhalb von { $fIRST_YEAR }-{ $lAST_YEAR }.
validation-enter-time-hh-mm = Geben Sie eine Uhrzeit ein (HH:MM, 24-Stunden-Format).
validation-not-time-write-hh = „{ $v }“ ist keine Uhrzeit; schreiben Sie sie als HH:MM, zum Beispiel 14:30.
validation-before-start = { $end } liegt vor dem Beginn, { $start }.
validation-not-whole-number = „{ $value }“ ist keine ganze Zahl.
calendar-saved = { $count ->
        [one] { $count } Treffen
       *[other] { $count } Treffen
    } gespeichert unter { $path }
calendar-left-out = { $head }; { $count ->
        [one] { $count } Treffen ohne Datum wurde ausgelassen.
       *[other] { $count } Treffen ohne Datum wurden ausgelassen.
    }
calendar-cancellation = Die Absage
calendar-invitation = Die Einladung
calendar-was-written = { $what } „{ $subject }“ wurde nach { $path } geschrieben.
calendar-open-your-mail-program = { $what } „{ $subject }“ ist in Ihrem E-Mail-Programm geöffnet: Prüfen Sie sie und senden Sie sie von dort. Sie ist auch unter { $path } gespeichert.
calendar-none-file-s-events = Kein Termin der Datei konnte importiert werden: { $count ->
        [one] { $count } Termin wurde übersprungen
       *[other] { $count } Termine wurden übersprungen
    }, jeder mit Zeile und Grund aufgeführt; nichts wurde importiert.
calendar-calendar-holds-no-events = Der Kalender enthält keine Termine für dieses Netzwerk; nichts wurde importiert{ $skippedPart }.
calendar-nothing-changed-already-saved = Nichts geändert: { $count ->
        [one] der Termin dieser Datei ist schon gespeichert
       *[other] die { $count } Termine dieser Datei sind schon gespeichert
    }{ $skippedPart }.
calendar-created-updated-unchanged = { $count ->
        [one] { $count } Treffen angelegt
       *[other] { $count } Treffen angelegt
    }, { $updated } aktualisiert, { $unchanged } unverändert{ $skippedPart }.
calendar-event = ein Termin
calendar-line-uid = Zeile { $line }: { $title } (UID { $uid })
calendar-line = Zeile { $line }: { $title }
calendar-give-your-e-mail = Geben Sie Ihre E-Mail-Adresse an: Die Antworten der Partner gehen dorthin.
calendar-choose-at-least-person = Wählen Sie mindestens eine Person zum Einladen oder fügen Sie eine Adresse hinzu.
dates-happening-now = läuft gerade
dates-earlier-today = heute früher
local-times-outside-working-hours = außerhalb von 08:00–19:00
local-times-on-saturday = an einem Samstag
local-times-on-sunday = an einem Sonntag
local-times-unknown-zone = unbekannte Zeitzone
plan-actions-not-month-write-yyyy = „{ $typed }“ ist kein Monat: Schreiben Sie ihn als JJJJ-MM, etwa 2027-03.
plan-actions-not-span-months-write = „{ $typed }“ ist kein Zeitraum in Monaten: Schreiben Sie ihn als 2027-03 – 2027-12.
plan-actions-from = Ab { $shortMonth }
plan-actions-until = Bis { $shortMonth }
plan-actions-none-yet = Noch keine
plan-actions-details-funding-indicators = Details, Finanzierung und Indikatoren…
section-outline-moved-place = „{ $title }“ an Stelle { $place } von { $count } verschoben.
dates-today = heute
dates-tomorrow = morgen
dates-yesterday = gestern
dates-in-days = { $count ->
        [one] in { $count } Tag
       *[other] in { $count } Tagen
    }
dates-days-ago = { $count ->
        [one] vor { $count } Tag
       *[other] vor { $count } Tagen
    }
dates-in-months = { $count ->
        [one] in { $count } Monat
       *[other] in { $count } Monaten
    }
dates-months-ago = { $count ->
        [one] vor { $count } Monat
       *[other] vor { $count } Monaten
    }
dates-in-minutes = { $count ->
        [one] in { $count } Minute
       *[other] in { $count } Minuten
    }
dates-in-hours = { $count ->
        [one] in { $count } Stunde
       *[other] in { $count } Stunden
    }
plan-actions-column-title = Maßnahme
plan-actions-column-objective = Ziel
plan-actions-column-months = Monate
plan-actions-column-cost = Kosten
plan-actions-column-funding = Finanzierung
plan-actions-column-status = Status
plan-actions-column-details = Mehr
plan-diff-words-added = { $count ->
        [one] { $count } Wort hinzugefügt
       *[other] { $count } Wörter hinzugefügt
    }
plan-diff-words-removed = { $count ->
        [one] { $count } Wort entfernt
       *[other] { $count } Wörter entfernt
    }
calendar-events-skipped = { $count ->
        [one] ; { $count } Termin übersprungen
       *[other] ; { $count } Termine übersprungen
    }
import-report-count-networks = { $count ->
        [one] { $count } Netzwerk
       *[other] { $count } Netzwerke
    }
import-report-count-partners = { $count ->
        [one] { $count } Partner
       *[other] { $count } Partner
    }
import-report-count-contacts = { $count ->
        [one] { $count } Kontakt-E-Mail
       *[other] { $count } Kontakt-E-Mails
    }
import-report-count-meetings = { $count ->
        [one] { $count } Treffen
       *[other] { $count } Treffen
    }
import-report-count-milestones = { $count ->
        [one] { $count } Meilenstein
       *[other] { $count } Meilensteine
    }
import-report-count-action-plans = { $count ->
        [one] { $count } Aktionsplan
       *[other] { $count } Aktionspläne
    }
import-report-count-practices = { $count ->
        [one] { $count } gute Praxis
       *[other] { $count } gute Praktiken
    }
import-report-count-import-notes = { $count ->
        [one] { $count } Importnotiz
       *[other] { $count } Importnotizen
    }
plan-gantt-span-one-month = { $start } (1 Monat)
plan-gantt-bar = { $label }: { $span }
plan-gantt-bar-pilot = { $label } (Pilot): { $span }
plan-gantt-span-months = { $start } bis { $end } ({ $count } Monate)
calendar-reminder-none = Keine Erinnerung
calendar-reminder-day = 1 Tag vorher
calendar-reminder-hour = 1 Stunde vorher
import-calendar-button-reading = Kalenderdatei wird gelesen…
export-calendar-button-reading = Treffen werden gelesen…
export-send-bar-exported = Als { $format } exportiert nach { $path }.
export-send-bar-plan-file-saved = Plandatei gespeichert unter { $path }. Senden Sie sie Ihrem Partner per E-Mail oder auf anderem Weg.
budget-summary-by-funding-source = Nach Finanzierungsquelle
budget-summary-by-objective = Nach Ziel
budget-summary-funding-source = Finanzierungsquelle
budget-summary-objective = Ziel

## Calendar servers
## components/dav/DavAccountsSection.svelte: the accounts in Settings
dav-accounts-heading = Kalenderserver
dav-accounts-intro = Veröffentlichen Sie die Treffen eines Netzwerks im CalDAV-Kalender, den Ihre Partner verwenden (Nextcloud, SOGo, Radicale, Fastmail). Das Passwort wird im Schlüsselbund dieses Computers aufbewahrt, nie in den Daten von Convene.
dav-accounts-added = Konto { $name } hinzugefügt. { $note }
dav-accounts-none = Noch keine Konten.
dav-accounts-user-at-url = { $user } auf { $url }
dav-accounts-testing = Wird getestet…
dav-accounts-test = Testen
dav-accounts-remove = Entfernen
dav-accounts-test-works = { $count ->
        [0] Es funktioniert. Kalenderverzeichnis { $home }; 0 Kalender.
        [one] Es funktioniert. Kalenderverzeichnis { $home }; { $count } Kalender:
       *[other] Es funktioniert. Kalenderverzeichnis { $home }; { $count } Kalender:
    }
dav-accounts-name = Name
dav-accounts-name-placeholder = nextcloud
dav-accounts-url = Serveradresse
dav-accounts-url-hint = Für Nextcloud: https://HOST/remote.php/dav
dav-accounts-url-placeholder = https://
dav-accounts-user = Benutzername
dav-accounts-password = Passwort
dav-accounts-ca-file = CA-Datei (optional)
dav-accounts-ca-file-hint = Nur für einen Server mit eigenem Zertifikat: die PEM-Datei seiner Zertifizierungsstelle.
dav-accounts-ca-file-choose = Datei wählen…
dav-accounts-ca-file-none = Keine: Das Zertifikat des Servers ist öffentlich.
dav-accounts-ca-file-clear = Keine verwenden
dav-accounts-cancel = Abbrechen
dav-accounts-adding = Wird hinzugefügt…
dav-accounts-add-account = Konto hinzufügen
dav-accounts-add = Konto hinzufügen…
dav-password-used-once = Passwort (einmal verwendet, nicht gespeichert)
## components/dav/DavConflictCard.svelte: one conflict, both versions side by side
dav-conflict-in-convene = In Convene
dav-conflict-on-server = Auf dem Server
dav-conflict-label = Konflikt: { $title }
dav-conflict-found = festgestellt am { $when }
dav-conflict-deleted = Gelöscht
dav-conflict-keep-mine = Meine Version behalten
dav-conflict-keep-server = Version des Servers behalten
## components/dav/PublishSection.svelte: publishing on the network page
dav-publish-heading = Kalenderserver
dav-publish-no-account = Um diese Treffen auf dem Kalenderserver Ihrer Partner zu veröffentlichen, fügen Sie ein Konto hinzu unter { $link }.
dav-publish-cancelled = Veröffentlichung abgebrochen. Was den Server bereits erreicht hat, bleibt erhalten; die nächste Veröffentlichung vervollständigt es.
dav-publish-no-account-link = Einstellungen
dav-publish-account = Konto
dav-publish-calendar = Name des Kalenders (optional)
dav-publish-calendar-placeholder = Der Name des Netzwerks
dav-publish-progress = Veröffentlichung auf dem Kalenderserver…
dav-publish-publishing = Wird veröffentlicht…
dav-publish-go = Auf dem Kalenderserver veröffentlichen
dav-publish-last = Letzte Veröffentlichung { $when }, in { $calendar } ({ $account }): { $result }
dav-publish-conflicts-heading = Zu klärende Konflikte ({ $count })
dav-publish-conflicts-intro = Beide Seiten haben diese Treffen seit der letzten Veröffentlichung geändert, daher wurde für sie nichts geschrieben.

## lib/meetingWhen.ts: a meeting's when, outside English (English shows the core's own words)
# { $date }: a day such as "mer. 10 mars 2027"; { $times }: "10:00–12:00"; { $zone }: "Europe/Riga";
# { $days }: how many days after the start the end falls; { $known }: a month and year, or a year, of an undated meeting;
# { $wording }: the undated meeting's own words, as typed or imported.
meeting-when-timed = { $date }, { $times } ({ $zone })
meeting-when-timed-later = { $days ->
    [one] { $date }, { $times } +{ $days } Tag ({ $zone })
   *[other] { $date }, { $times } +{ $days } Tage ({ $zone })
}
meeting-when-timed-short = { $date }, { $time }
meeting-when-all-day = { $date }, ganztägig
meeting-when-all-days = { $dates }, ganztägig
meeting-when-not-dated = noch nicht datiert
meeting-when-not-dated-known = noch nicht datiert ({ $known })
meeting-when-not-dated-wording = noch nicht datiert („{ $wording }“)
meeting-when-not-dated-known-wording = noch nicht datiert ({ $known }: „{ $wording }“)
meeting-when-known-not-dated = { $known }, noch nicht datiert
meeting-when-month-year-unknown = { $month }, Jahr unbekannt

## The plan page's push and pull through a WebDAV folder (components/dav/PlanServerBar.svelte)

plan-server-heading = Über einen Kalenderserver teilen
plan-server-account = Konto
plan-server-folder = Ordner auf dem Server (optional)
plan-server-folder-placeholder = Der Ordner des letzten Hoch- oder Herunterladens
plan-server-push = Auf den Server hochladen
plan-server-pushing = Wird hochgeladen…
plan-server-pull = Vom Server holen
plan-server-pulling = Wird geholt…
# $href: the plan file's address on the server.
plan-server-pushed = Der Plan ist auf dem Server: { $href }.
# $link: plan-server-no-account-link, shown as a link to Settings.
plan-server-no-account = Um diesen Plan über einen Ordner auf dem Server Ihrer Partner zu teilen, fügen Sie in den { $link } ein Konto hinzu.
plan-server-no-account-link = Einstellungen
