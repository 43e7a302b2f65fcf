# La finestra di Convene, in italiano. Tradotto da locales/en/ui.ftl (stessi identificativi
# e variabili). Termini URBACT: Piano d'Azione Integrato, incontro transnazionale, gruppo
# locale URBACT, città partner, capofila.

## screens/Settings.svelte
settings-settings = Impostazioni
settings-your-name-your-data = La sua lingua, il suo nome, i suoi dati, i loro backup, e l'entrata e uscita dei dati.
settings-language = Lingua
settings-language-label = Lingua della finestra
settings-language-hint = Menu, pulsanti e messaggi, e il modo di scrivere date, orari e importi. I piani e gli inviti mantengono la propria lingua.
settings-language-system = Lingua del sistema ({ $language })
settings-language-changed = La finestra ora è in { $language }.
settings-your-name = Il suo nome
settings-name-plan-versions-comments = Nome sulle versioni dei piani e sui commenti
settings-every-save-action-plan = Ogni salvataggio di un piano d'azione è firmato con questo nome, così i partner vedono chi ha scritto cosa. Se vuoto, si usa il nome del suo account sul computer.
settings-every-save-action-plan-as-now = Ogni salvataggio di un piano d'azione è firmato con questo nome, così i partner vedono chi ha scritto cosa. Se vuoto, si usa il nome del suo account sul computer (come ora).
settings-saving = Salvataggio…
settings-save-name = Salva il nome
settings-database = Database
settings-location = Posizione
settings-schema-version = Versione dello schema
settings-convene-version = Versione di Convene
settings-everything-kept-one-file = Tutto è conservato in questo unico file. Per usare un altro file, avvii Convene con la variabile d'ambiente CONVENE_DB impostata sul suo percorso.
settings-loading = Caricamento…
settings-backup-restore = Backup e ripristino
settings-backup-complete-copy-database = Un backup è una copia completa del database; si può fare senza rischi mentre Convene è aperto.
settings-saving-backup = Salvataggio del backup…
settings-back-up-now = Esegui backup ora…
settings-restore-from-backup = Ripristina da un backup…
settings-import-export = Importazione ed esportazione
settings-import-urbact-network-good = Importi pagine URBACT di reti e buone pratiche salvate come testo. I record già presenti restano come sono: importare due volte lo stesso file non cambia nulla.
settings-importing = Importazione…
settings-import-pages = Importa pagine…
settings-exporting = Esportazione…
settings-export-everything-json = Esporta tutto in JSON…
settings-import-report = Rapporto di importazione
settings-replace-all-data-backup = Sostituire tutti i dati con il backup?
settings-everything-now-convene-will = Tutto ciò che ora è in Convene sarà sostituito dal contenuto di { $path }. Una copia del database attuale viene conservata accanto, quindi si può tornare indietro ripristinando quella copia.
settings-restore-backup = Ripristina il backup
settings-keep-current-data = Mantieni i dati attuali

## App.svelte
app-skip-content = Vai al contenuto
app-convene-could-not-open = Convene non è riuscito ad aprire il suo database: { $startError }
app-convene-try-again = Riprova
app-page-not-found = Pagina non trovata
app-there-nothing-at-address = Non c'è niente a questo indirizzo.
app-go-home-screen = Vai alla pagina iniziale
app-dismiss-message = Chiudi il messaggio

## components/AgendaEditor.svelte
agenda-editor-agenda = Ordine del giorno
agenda-editor-move-item-alt-alt = Sposti un punto con Alt+↑ e Alt+↓, i pulsanti freccia o trascinandolo ⠿.
agenda-editor-no-agenda-items-yet = Ancora nessun punto all'ordine del giorno.
agenda-editor-drag-move-item = Trascina per spostare il punto { $value }
agenda-editor-move-item-up = Sposta su il punto { $value }
agenda-editor-move-item-down = Sposta giù il punto { $value }
agenda-editor-remove-item = Rimuovi il punto { $value }
agenda-editor-remove = Rimuovi
agenda-editor-item-title = Titolo del punto { $value }
agenda-editor-from = Da
agenda-editor-hh-mm = HH:MM
agenda-editor-to = A
agenda-editor-led = Condotto da
agenda-editor-nobody-particular = Nessuno in particolare
agenda-editor-notes = Note
agenda-editor-add-item = Aggiungi un punto
agenda-editor-saving = Salvataggio…
agenda-editor-save-agenda = Salva l'ordine del giorno
agenda-editor-unsaved-changes = Modifiche non salvate

## components/AttendanceEditor.svelte
attendance-editor-attendance = Partecipazione
attendance-editor-count = { $label }: { $count }
attendance-editor-network-has-no-partners = La rete non ha ancora partner.
attendance-editor-partner = Partner
attendance-editor-answer = Risposta
attendance-editor-not-invited = Non invitato
attendance-editor-people = Persone

## components/ConfirmDialog.svelte
confirm-dialog-working = In corso…

## components/DaysOffSection.svelte
days-off-section-holidays-days-off = Festività e giorni liberi
days-off-section-next-weeks = Nelle prossime { $wEEKS } settimane
days-off-section-public-holidays-each-partner = Le festività del paese di ogni partner (e della sua regione, se ne ha una), e i giorni liberi registrati qui sotto.
days-off-section-no-partner-has-holiday = Nessun partner ha festività o giorni liberi nelle prossime { $wEEKS } settimane.
days-off-section-holidays-days-off-next = Festività e giorni liberi delle prossime { $wEEKS } settimane
days-off-section-recorded-days-off = Giorni liberi registrati
days-off-section-none-yet-record-city = Nessuno per ora. Registri i giorni liberi propri di una città, come la festa del santo patrono o un'elezione locale.
days-off-section-remove = Rimuovi { $name } di { $partnerName }
days-off-section-remove-2 = Rimuovi
days-off-section-record-day-off = Registra un giorno libero
days-off-section-partner = Partner
days-off-section-choose = Scegli…
days-off-section-day = Giorno
days-off-section-yyyy-mm-dd = AAAA-MM-GG
days-off-section-what = Di che si tratta
days-off-section-patron-saint-s-day = Festa del santo patrono
days-off-section-saving = Salvataggio…
days-off-section-record-day-off-2 = Registra il giorno libero

## components/FindTimePanel.svelte
find-time-panel-find-time = Trova una data
find-time-panel-close = Chiudi
find-time-panel-find-days = Trova giorni
find-time-panel-find-times = Trova orari
find-time-panel-choose-network-first = Scelga prima la rete.
find-time-panel-choose-at-time-all = Scelga «A un orario» o «Tutto il giorno» per cercare una data adatta ai partner.
find-time-panel-days-which-no-partner = Giorni in cui nessun partner ha festività o giorni liberi.
find-time-panel-times-ranked-how-well = Orari ordinati secondo quanto vanno bene a ogni partner: orario di lavoro, fine settimana, festività e altri incontri.
find-time-panel-from = Dal
find-time-panel-yyyy-mm-dd = AAAA-MM-GG
find-time-panel-to = Al
find-time-panel-days = Giorni
find-time-panel-length = Durata
find-time-panel-working-day = Giornata lavorativa
find-time-panel-working-day-starts = Inizio della giornata
find-time-panel-working-day-ends = Fine della giornata
find-time-panel-to-2 = a
find-time-panel-leave-out-weekends = Escludi i fine settimana
find-time-panel-looking = Ricerca…
find-time-panel-search = Cerca
find-time-panel-times-on-zone-clock = Orari secondo l'ora di { $zone }; è indicata l'ora di ogni partner.
find-time-panel-times-in-utc = Orari in UTC (scelga un ospite o un fuso orario per leggerli secondo la sua ora); è indicata l'ora di ogni partner.
find-time-panel-times-suit-every-partner = { $suit_everyone ->
    [one] { $suit_everyone } orario su { $candidates } va bene a tutti i partner; i primi { $length } sono qui sotto.
   *[other] { $suit_everyone } orari su { $candidates } vanno bene a tutti i partner; i primi { $length } sono qui sotto.
}
find-time-panel-none-times-suits-every = Nessuno dei { $candidates } orari va bene a tutti i partner; i meno scomodi vengono prima.
find-time-panel-suits-everyone = va bene a tutti
find-time-panel-awkward-for = scomodo per { $count } partner
find-time-panel-use-time = Usa questo orario
find-time-panel-no-run-days-free = In quel periodo nessuna serie di giorni è libera per tutti i partner.
find-time-panel-day-runs = { $days ->
    [one] Giorni senza festività di alcun partner: { $count }.
   *[other] Periodi di { $days } giorni senza festività di alcun partner: { $count }.
}
find-time-panel-also = anche: { $other_meetings }
find-time-panel-use-these-days = Usa questi giorni
find-time-panel-days-left-out = Giorni esclusi ({ $length })

## components/ImportReport.svelte
import-report-import-report = Rapporto di importazione
import-report-already-there-left-they = Già presenti e lasciati com'erano: { $existing }.
import-report-check = { $count ->
        [one] { $count } cosa
       *[other] { $count } cose
    } da verificare
import-report-lines-importer-placed-guessing = — righe che l'importazione ha collocato per ipotesi, o tenuto come note
import-report-line = Riga { $line }
import-report-lines-to-check = Righe da controllare
import-report-no-warnings-every-line = Nessun avviso: ogni riga ha trovato il suo posto.

## components/LocalTimesPanel.svelte
local-times-panel-local-times = Ore locali
local-times-panel-working-out-local-times = Calcolo delle ore locali…
local-times-panel-network-has-no-partners = Questa rete non ha ancora partner.
local-times-panel-within-working-hours-08 = Entro l'orario di lavoro (08:00–19:00) in un giorno feriale per ogni partner.
local-times-panel-of = { $awkward } su { $length }
local-times-panel-partners-would-meet-outside = partner si incontrerebbero fuori dalle 08:00–19:00 o nel fine settimana.
local-times-panel-partner = Partner
local-times-panel-starts-there = Inizio sul posto
local-times-panel-ends-there = Fine sul posto
local-times-panel-host = ospite

## components/MeetingList.svelte
meeting-list-all = { $caption }, { $length } in tutto
meeting-list-when = Quando
meeting-list-meeting = Incontro
meeting-list-network = Rete
meeting-list-host = Ospite
meeting-list-mode = Modalità
meeting-list-status = Stato

## components/MilestoneForm.svelte
milestone-form-edit = Modifica { $title }
milestone-form-add-milestone = Aggiungi una tappa
milestone-form-title = Titolo
milestone-form-integrated-action-plan-due = Consegna del Piano d'Azione Integrato
milestone-form-kind = Tipo
milestone-form-date-known = La data è nota
milestone-form-day = al giorno
milestone-form-only-month = solo al mese
milestone-form-month = Mese
milestone-form-yyyy-mm = AAAA-MM
milestone-form-example-2027-06-june = Per esempio 2027-06 per giugno 2027.
milestone-form-date = Data
milestone-form-yyyy-mm-dd = AAAA-MM-GG
milestone-form-description = Descrizione
milestone-form-done = Fatto
milestone-form-saving = Salvataggio…
milestone-form-save-changes = Salva le modifiche
milestone-form-add-milestone-2 = Aggiungi la tappa
milestone-form-close-without-saving = Chiudi senza salvare

## components/MonthCalendar.svelte
month-calendar-meetings = { $count ->
        [one] { $count } incontro
       *[other] { $count } incontri
    }
month-calendar-previous-month = Mese precedente
month-calendar-previous = ‹ Precedente
month-calendar-month = Questo mese
month-calendar-next-month = Mese successivo
month-calendar-next = Successivo ›
month-calendar-today = { $day }, oggi
month-calendar-days-off = Giorni liberi: { $lines }
month-calendar-more = +{ $value } altri

## components/Nav.svelte
nav-main = Principale
nav-convene = Convene
nav-search = Cerca
nav-ctrl = Ctrl
nav-k = K

## components/PartnerDetails.svelte
partner-details-field-name = Nome
partner-details-field-role = Ruolo
partner-details-field-email = E-mail
partner-details-field-phone = Telefono
partner-details-field-organisation = Organizzazione
partner-details-field-group-role = Ruolo nel gruppo
partner-details-now = { $value } · { $countryName } · { $time_zone } · ora { $clockIn }
partner-details-now-in-region = { $value } · { $countryName } ({ $region }) · { $time_zone } · ora { $clockIn }
partner-details-edit-partner = Modifica il partner
partner-details-delete-partner = Elimina il partner
partner-details-close-details = Chiudi i dettagli di { $name }
partner-details-close = Chiudi
partner-details-population = Popolazione: { $population }
partner-details-contacts = Contatti
partner-details-local-group = Gruppo locale URBACT

## components/PartnerForm.svelte
partner-form-edit = Modifica { $name }
partner-form-add-partner = Aggiungi un partner
partner-form-city-organisation = Città o organizzazione
partner-form-country = Paese
partner-form-choose = Scegli…
partner-form-role = Ruolo
partner-form-time-zone = Fuso orario
partner-form-empty-means-country-s = Vuoto significa il fuso del paese, { $defaultZone }.
partner-form-empty-means-country-s-2 = Vuoto significa il fuso del paese.
partner-form-region = Regione
partner-form-its-public-holidays-count = Le sue festività si aggiungono a quelle nazionali.
partner-form-convene-knows-no-regional = Convene non conosce festività regionali per questo paese.
partner-form-none-national-holidays-only = Nessuna (solo festività nazionali)
partner-form-population = Popolazione
partner-form-notes = Note
partner-form-saving = Salvataggio…
partner-form-save-changes = Salva le modifiche
partner-form-add-partner-2 = Aggiungi il partner
partner-form-close-without-saving = Chiudi senza salvare

## components/PartnersTable.svelte
partners-table-partners-all = Partner, { $length } in tutto
partners-table-city-partner = Città o partner
partners-table-country = Paese
partners-table-role = Ruolo
partners-table-time-zone = Fuso orario
partners-table-local-time-now = Ora locale
partners-table-people = Persone

## components/PeopleEditor.svelte
people-editor-add = { $noun ->
        [contact] Aggiungi contatto
       *[member] Aggiungi membro
    }
people-editor-none-yet = Nessuno per ora.
people-editor-delete = Eliminare { $primary }?
people-editor-delete-2 = Elimina
people-editor-keep = Mantieni
people-editor-edit = Modifica { $primary }
people-editor-edit-2 = Modifica
people-editor-delete-3 = Elimina { $primary }
people-editor-new = { $noun ->
        [contact] Nuovo contatto
       *[member] Nuovo membro
    }
people-editor-edit-3 = { $noun ->
        [contact] Modifica contatto
       *[member] Modifica membro
    }
people-editor-saving = Salvataggio…
people-editor-save = Salva
people-editor-close-without-saving = Chiudi senza salvare

## components/PostponeDialog.svelte
postpone-dialog-postpone = Rinvia «{ $title }»
postpone-dialog-current-date-stays-record = La data attuale resta annotata nella descrizione («Rinviato dal …»).
postpone-dialog-when-will-take-place = Quando si terrà?
postpone-dialog-new-date-meeting-becomes = In una nuova data (l'incontro torna provvisorio)
postpone-dialog-no-new-date-yet = Ancora nessuna nuova data (i calendari annullano la data attuale)
postpone-dialog-first-day = Primo giorno
postpone-dialog-new-date = Nuova data
postpone-dialog-yyyy-mm-dd = AAAA-MM-GG
postpone-dialog-start-time = Ora di inizio
postpone-dialog-hh-mm = HH:MM
postpone-dialog-end-time = Ora di fine
postpone-dialog-last-day = Ultimo giorno
postpone-dialog-times-clock-meeting-s = Orari secondo l'ora di { $time_zone }, il fuso dell'incontro.
postpone-dialog-without-last-day-meeting = Senza ultimo giorno, l'incontro mantiene il suo numero di giorni.
postpone-dialog-go-back = Indietro
postpone-dialog-working = In corso…
postpone-dialog-postpone-2 = Rinvia

## components/SearchBox.svelte
search-box-search-networks-partners-meetings = Cerca reti, partner, incontri, piani e pratiche
search-box-search-networks-partners-meetings-2 = Cerca reti, partner, incontri, piani, pratiche…
search-box-results = { $length } risultati
search-box-results-2 = Risultati
search-box-nothing-found-try-fewer = Nessun risultato per «{ $searched }». Provi con meno parole o parole più brevi.

## components/SearchDialog.svelte
search-dialog-search = Cerca
search-dialog-choose-enter-open-esc = ↑ ↓ per scegliere, Invio per aprire, Esc per chiudere.

## components/Timeline.svelte
timeline-timeline = Cronologia di { $network_name }
timeline-today = Oggi
timeline-no-dates-yet-nothing = Ancora nessuna data: niente da disegnare.

## components/WorkProgressBar.svelte
work-progress-bar-cancelling = Annullamento…
work-progress-bar-cancel = Annulla

## components/calendar/AddToCalendarButton.svelte
add-to-calendar-button-saving = Salvataggio…
add-to-calendar-button-add-calendar = Aggiungi al calendario…

## components/calendar/CalendarResult.svelte
calendar-result-dismiss-message = Chiudi questo messaggio

## components/calendar/ExportCalendarButton.svelte
export-calendar-button-export-calendar = Esporta il calendario…
export-calendar-button-export-calendar-2 = Esporta il calendario di { $name }
export-calendar-button-every-dated-meeting-goes = Ogni incontro con data va in un unico file .ics che Outlook, Google Calendar, Thunderbird e Calendario di Apple aprono. Gli incontri non ancora datati sono esclusi.
export-calendar-button-reminder = Promemoria
export-calendar-button-only-meetings-between-optional = Solo gli incontri tra (facoltativo)
export-calendar-button-first-day = Primo giorno
export-calendar-button-yyyy-mm-dd = AAAA-MM-GG
export-calendar-button-last-day = Ultimo giorno
export-calendar-button-cancel = Annulla
export-calendar-button-saving = Salvataggio…
export-calendar-button-save = Salva…

## components/calendar/ImportCalendarButton.svelte
import-calendar-button-importing = Importazione…
import-calendar-button-import-calendar = Importa un calendario…

## components/calendar/ImportCalendarDialog.svelte
import-calendar-dialog-calendar-imported = Calendario importato
import-calendar-dialog-import-report = Rapporto di importazione
import-calendar-dialog-already-saved-recent-file = { $count ->
        [one] { $count } evento era già salvato, recente quanto nel file o di più, ed è rimasto com'era.
       *[other] { $count } eventi erano già salvati, recenti quanto nel file o di più, e sono rimasti com'erano.
    }
import-calendar-dialog-skipped = { $count ->
        [one] { $count } evento saltato
       *[other] { $count } eventi saltati
    }
import-calendar-dialog-not-imported-fix-calendar = { $count ->
        [one] , non importato; lo corregga nel programma di calendario e importi di nuovo il file
       *[other] , non importati; li corregga nel programma di calendario e importi di nuovo il file
    }
import-calendar-dialog-more = … e altri { $value }.
import-calendar-dialog-check = { $count ->
        [one] { $count } cosa
       *[other] { $count } cose
    } da verificare
import-calendar-dialog-no-warnings = Nessun avviso.
import-calendar-dialog-close = Chiudi

## components/calendar/InvitationDialog.svelte
invitation-dialog-email-invitation = Invia per e-mail un invito a «{ $title }»
invitation-dialog-your-mail-program-opens = Il suo programma di posta apre il messaggio pronto da inviare; arriva come un invito da accettare o rifiutare.
invitation-dialog-cancellation-note = { $status ->
    [cancelled] La riunione è annullata: il messaggio sarà un annullamento, che la toglie dai calendari di chi l'aveva accettata.
   *[postponed] La riunione è rinviata: il messaggio sarà un annullamento, che la toglie dai calendari di chi l'aveva accettata.
}
invitation-dialog-from-your-e-mail = Da (il suo indirizzo e-mail)
invitation-dialog-answers-come-back-remembered = Le risposte tornano a questo indirizzo. Memorizzato su questo computer.
invitation-dialog-to = A ({ $count ->
        [one] { $count } persona
       *[other] { $count } persone
    })
invitation-dialog-finding-partners-contacts = Ricerca dei contatti dei partner…
invitation-dialog-no-contact-partners-meeting = Nessun contatto dei partner interessati da questo incontro ha un indirizzo e-mail. Aggiunga indirizzi qui sotto, o li aggiunga ai contatti dei partner.
invitation-dialog-choose-all = Scegli tutti
invitation-dialog-choose-none = Non scegliere nessuno
invitation-dialog-other-addresses = Altri indirizzi
invitation-dialog-separate-them-commas-new = Li separi con virgole o a capo.
invitation-dialog-cancel = Annulla
invitation-dialog-writing = Scrittura…
invitation-dialog-write-cancellation = Scrivi l'annullamento
invitation-dialog-write-invitation = Scrivi l'invito

## components/calendar/MeetingCalendarBar.svelte
meeting-calendar-bar-calendars-invitations = Calendari e inviti
meeting-calendar-bar-calendars = Calendari:
meeting-calendar-bar-email-invitation = Invito per e-mail…
meeting-calendar-bar-give-meeting-date-add = Dia una data all'incontro per aggiungerlo ai calendari e invitare persone.

## components/plan/ActionDetails.svelte
action-details-action = Azione: { $title }
action-details-title = Titolo
action-details-objective = Obiettivo
action-details-lead = Organizzazione capofila
action-details-partners = Organizzazioni partner
action-details-start-month = Mese di inizio (AAAA-MM)
action-details-end-month = Mese di fine (AAAA-MM)
action-details-estimated-cost = Costo stimato (€)
action-details-status = Stato
action-details-pilot-small-scale-test = Un'azione pilota (test su piccola scala)
action-details-description = Descrizione
action-details-funding = Finanziamento
action-details-no-funding-found-yet = Ancora nessun finanziamento trovato.
action-details-source = Fonte
action-details-amount = Importo (€)
action-details-remove-funding-line = Rimuovi la riga di finanziamento { $value }
action-details-remove = Rimuovi
action-details-add-funding-line = Aggiungi una riga di finanziamento
action-details-indicators-action-feeds = Indicatori a cui contribuisce questa azione
action-details-saving = Salvataggio…
action-details-save-action = Salva l'azione
action-details-cancel = Annulla
action-details-delete-action = Eliminare questa azione?
action-details-delete = Elimina
action-details-keep = Mantienila
action-details-delete-action-2 = Elimina l'azione…

## components/plan/ActionTable.svelte
action-table-no-actions-yet-add = Ancora nessuna azione. Aggiunga la prima: il titolo, poi i mesi, il costo e il finanziamento.
action-table-tab-arrows-move-between = Tab e le frecce passano da una cella all'altra; Invio modifica e salva una cella; Esc annulla; Alt+↑/↓ sposta un'azione.
action-table-actions-plan-all = Azioni del piano, { $length } in tutto
action-table-of = { $label } di { $title }
action-table-yyyy-mm-yyyy-mm = AAAA-MM – AAAA-MM
action-table-pilot = Pilota
action-table-adding = Aggiunta…
action-table-add-action = Aggiungi un'azione

## components/plan/BudgetSummary.svelte
budget-summary-total-cost = Costo totale
budget-summary-funding-found = Finanziamento trovato
budget-summary-funding-above-cost = Finanziamento oltre il costo
budget-summary-funding-gap = Finanziamento mancante
budget-summary-not-counted = { $count ->
        [one] { $count } azione non ha ancora una stima dei costi e non è contata.
       *[other] { $count } azioni non hanno ancora una stima dei costi e non sono contate.
    }
budget-summary-actions-per-year = Azioni per anno
budget-summary-no-action-has-months = Nessuna azione ha ancora dei mesi.
budget-summary-year = Anno
budget-summary-actions-running = Azioni in corso
budget-summary-nothing-yet = Ancora niente.
budget-summary-euros = Euro
budget-summary-share = Quota
budget-summary-no-objective = Senza obiettivo

## components/plan/Comments.svelte
comments-comments = Commenti su «{ $sectionTitle }»
comments-open = ({ $length } aperti)
comments-no-open-comments-section = Nessun commento aperto su questa sezione.
comments-mark-comment-resolved = Segna come risolto il commento di { $author }
comments-resolve = Risolvi
comments-add-comment = Aggiungi un commento
comments-adding = Aggiunta…
comments-add-comment-2 = Aggiungi il commento

## components/plan/ConflictResolver.svelte
conflict-resolver-both-copies-changed-since = Entrambe le copie hanno cambiato questo dall'ultima versione che ha condiviso.
conflict-resolver-ours-kept-plan-now = La nostra (per ora resta nel piano)
conflict-resolver-we-removed = L'abbiamo rimosso noi.
conflict-resolver-theirs = La loro
conflict-resolver-they-removed = L'hanno rimosso loro.
conflict-resolver-merged-text = Testo unito
conflict-resolver-keep-ours = Mantieni la nostra
conflict-resolver-take-theirs = Prendi la loro
conflict-resolver-save-merged-text = Salva il testo unito

## components/plan/DiffView.svelte
diff-view-changes = Modifiche in { $title }

## components/plan/ExportSendBar.svelte
export-send-bar-export = Esporta come
export-send-bar-exporting = Esportazione…
export-send-bar-export-2 = Esporta…
export-send-bar-saving = Salvataggio…
export-send-bar-send-partner = Invia a un partner…
export-send-bar-reading = Lettura…
export-send-bar-receive-plan-file = Ricevi un file di piano…

## components/plan/GanttChart.svelte
gantt-chart-actions-scheduled = { $caption }: { $length } azioni su { $length2 } pianificate.
gantt-chart-show-chart = Mostra come grafico
gantt-chart-show-table = Mostra come tabella
gantt-chart-no-actions-yet-add = Ancora nessuna azione: aggiunga azioni con mese di inizio e di fine per vederle qui.
gantt-chart-pilot-action = Azione pilota
gantt-chart-action = Azione
gantt-chart-starts = Inizio
gantt-chart-ends = Fine
gantt-chart-months = Mesi
gantt-chart-pilot = Pilota
gantt-chart-yes = Sì
gantt-chart-no = No
gantt-chart-not-timeline = Fuori dalla cronologia:

## components/plan/History.svelte
history-compare-version-newest = Confronta la versione { $number } con la più recente
history-compare = Confronta
history-restore = Ripristina…
history-version = Versione { $number }
history-versions = Versioni ({ $length })
history-saves = { $length } salvataggi · { $author } · { $runPeriod }
history-versions-2 = Versioni { $number }–{ $number2 }
history-version-option = Versione { $number } ({ $kind ->
        [created] creata
        [edit] modificata
        [restore] ripristinata
        [received] ricevuta
        [merge] unita
       *[resolve] conflitto risolto
    }, { $instant })
history-show-saves = Mostra i { $count } salvataggi
history-hide-saves = Nascondi i { $count } salvataggi
history-saves-3 = I { $length } salvataggi di { $message }
history-changes = Modifiche
history-only-one-version-so = Per ora una sola versione: le modifiche appariranno qui dopo il prossimo salvataggio.
history-from = Da
history-to = A
history-these-two-versions-say = Queste due versioni dicono la stessa cosa.
history-sections-were-put-another = Le sezioni sono state messe in un altro ordine.
history-was = { $title } (prima { $old_title })
history-actions-indicators-risks = Azioni, indicatori e rischi
history-comparing = Confronto…
history-restore-version = Ripristinare la versione { $number }?
history-plan-will-say-again = Il piano dirà di nuovo ciò che diceva nella versione { $number }. Viene salvato come nuova versione: il testo attuale resta nella cronologia e può essere ripristinato a sua volta.
history-restore-version-2 = Ripristina la versione { $number }
history-keep-current-text = Mantieni il testo attuale

## components/plan/IndicatorTable.svelte
indicator-table-no-indicators-yet-indicators = Ancora nessun indicatore. Gli indicatori dicono come saranno misurati i risultati del piano.
indicator-table-indicators = Indicatori
indicator-table-indicator = Indicatore
indicator-table-kind = Tipo
indicator-table-baseline = Valore di partenza
indicator-table-target = Obiettivo
indicator-table-by = Entro
indicator-table-verification = Verifica
indicator-table-actions = Azioni
indicator-table-edit = Modifica
indicator-table-edit-2 = Modifica { $name }
indicator-table-add-indicator = Aggiungi un indicatore
indicator-table-edit-indicator = Modifica l'indicatore
indicator-table-new-indicator = Nuovo indicatore
indicator-table-name = Nome
indicator-table-unit = Unità
indicator-table-target-month-yyyy-mm = Mese obiettivo (AAAA-MM)
indicator-table-means-verification = Fonte di verifica
indicator-table-save-indicator = Salva l'indicatore
indicator-table-cancel = Annulla
indicator-table-delete-indicator = Elimina l'indicatore

## components/plan/MarkdownEditor.svelte
markdown-editor-text = Testo di «{ $title }»
markdown-editor-markdown = (Markdown)
markdown-editor-hide-preview = Nascondi l'anteprima
markdown-editor-show-preview = Mostra l'anteprima
markdown-editor-preview = Anteprima
markdown-editor-nothing-written-yet = Ancora niente di scritto.
markdown-editor-preview-2 = Anteprima di { $title }

## components/plan/NewPlanDialog.svelte
new-plan-dialog-new-action-plan = Nuovo piano d'azione
new-plan-dialog-city = Città
new-plan-dialog-no-partner-city = Nessuna città partner
new-plan-dialog-partner-has-plan = { $name } (ha un piano)
new-plan-dialog-title = Titolo
new-plan-dialog-creating = Creazione…
new-plan-dialog-create-plan = Crea il piano
new-plan-dialog-cancel = Annulla

## components/plan/RiskTable.svelte
risk-table-no-risks-recorded-yet = Ancora nessun rischio registrato.
risk-table-risks-highest-score-first = Rischi, prima il punteggio più alto
risk-table-risk = Rischio
risk-table-likelihood = Probabilità
risk-table-impact = Impatto
risk-table-score = Punteggio
risk-table-mitigation = Mitigazione
risk-table-owner = Responsabile
risk-table-edit = Modifica
risk-table-edit-risk = Modifica il rischio: { $description }
risk-table-add-risk = Aggiungi un rischio
risk-table-edit-risk-2 = Modifica il rischio
risk-table-new-risk = Nuovo rischio
risk-table-what-could-go-wrong = Cosa potrebbe andare storto
risk-table-save-risk = Salva il rischio
risk-table-cancel = Annulla
risk-table-delete-risk = Elimina il rischio

## components/plan/SectionOutline.svelte
section-outline-plan-outline = Struttura del piano
section-outline-sections = Sezioni
section-outline-alt-up-alt-down = Alt+Su e Alt+Giù spostano una sezione.
section-outline-nothing-written-yet = Ancora niente di scritto
section-outline-empty = vuota
section-outline-open-comment-count = { $count ->
    [one] { $count } commento aperto
   *[other] { $count } commenti aperti
}
section-outline-title-new-section = Titolo della nuova sezione
section-outline-add = Aggiungi
section-outline-cancel = Annulla
section-outline-add-section = + Aggiungi una sezione
section-outline-plan = Piano

## components/plan/StatusControl.svelte
status-control-status = Stato:
status-control-on = il { $date }
status-control-date-council-adopted-plan = Data in cui il consiglio comunale ha adottato il piano
status-control-record-adoption = Registra l'adozione
status-control-cancel = Annulla
status-control-status-history = Cronologia dello stato ({ $length })
status-control-adopted = (adottato il { $date })

## components/poll/PollForm.svelte
poll-form-start-poll = Avvia un sondaggio
poll-form-meeting-title = Titolo dell'incontro
poll-form-transnational-meeting-3 = Incontro transnazionale 3
poll-form-kind = Tipo
poll-form-host = Ospite
poll-form-no-host = Nessun ospite
poll-form-dates-offered-one-line = Date proposte, una per riga
poll-form-time-clock-zone-below = Un orario secondo il fuso qui sotto (quello dell'ospite se vuoto); una data da sola è un giorno intero, lo stesso ovunque.
poll-form-time-zone = Fuso orario
poll-form-europe-riga = Europe/Riga
poll-form-answer = Rispondere entro il
poll-form-yyyy-mm-dd = AAAA-MM-GG
poll-form-starting = Avvio…
poll-form-start-poll-2 = Avvia il sondaggio
poll-form-close-without-saving = Chiudi senza salvare

## components/poll/PollsSection.svelte
polls-section-polls = Sondaggi
polls-section-new-poll = Nuovo sondaggio
polls-section-no-polls-yet-poll = Ancora nessun sondaggio. Un sondaggio chiede ai partner quali date vanno loro bene, e la data scelta diventa un incontro.
polls-section-list-dates = { $count ->
    [one] { $count } data
   *[other] { $count } date
}
polls-section-list-dates-deadline = { $count ->
    [one] { $count } data, risposta entro il { $deadline }
   *[other] { $count } date, risposta entro il { $deadline }
}
polls-section-closed = Chiuso
polls-section-open = Aperto
polls-section-reading = Lettura…
polls-section-add-reply-files = Aggiungi file di risposta…
polls-section-hosted = Ospite: { $host_name }
polls-section-no-host = Nessun ospite
polls-section-answer-by = risposta entro il { $deadline }
polls-section-invitations-written-to = { $count ->
    [one] inviti scritti per { $count } indirizzo
   *[other] inviti scritti per { $count } indirizzi
}
polls-section-closed-became-meeting = Chiuso: la data scelta è diventata una riunione. Il sondaggio resta com'era.
polls-section-open-meeting = Apri la riunione
polls-section-drop-partners-reply-e = Trascini sulla finestra le e-mail di risposta dei partner (.eml) o i loro file di calendario (.ics), o le aggiunga con il pulsante. Oppure scelga una risposta in una cella.
polls-section-your-e-mail-address = Il suo indirizzo e-mail
polls-section-coordinator-network-eu = coordinamento@rete.eu
polls-section-writing = Scrittura…
polls-section-write-invitations = Scrivi gli inviti
polls-section-wrote-messages = { $count ->
    [one] Scritto { $count } messaggio in { $folder }: lo apra nel suo programma di posta e lo invii.
   *[other] Scritti { $count } messaggi in { $folder }: apra ciascuno nel suo programma di posta e lo invii.
}
polls-section-wrote-messages-folder-open = { $count ->
    [one] Scritto { $count } messaggio in { $folder }, ora aperta: lo apra nel suo programma di posta e lo invii.
   *[other] Scritti { $count } messaggi in { $folder }, ora aperta: apra ciascuno nel suo programma di posta e lo invii.
}
polls-section-one-e-mail-per = Una e-mail per contatto di ogni partner: ogni data come prenotazione provvisoria che il partner accetta o rifiuta nel suo calendario, e una griglia di risposta da compilare a mano.
polls-section-dismiss = Chiudi
polls-section-answers-partners-dates-each = Risposte a { $title }: partner per date, ogni data secondo l'ora del partner
polls-section-partner = Partner
polls-section-date-2 = Data { $number }
polls-section-yes-if-need-no = { $yes } sì · { $maybe } se necessario · { $no } no
polls-section-choose-date = Scegli questa data
polls-section-date-3 = { $name }, data { $number }
polls-section-no-answer = Nessuna risposta
polls-section-not-answered-yet = Non hanno ancora risposto: { $not_answered }.
polls-section-choose-date-2 = Scegliere la data { $number }?
polls-section-will-created-confirmed-meeting = { $title } sarà creato come incontro confermato il { $when }, e il sondaggio sarà chiuso: non si potrà più rispondere.
polls-section-create-meeting = Crea l'incontro
polls-section-dropped-no-poll = { $count ->
    [one] È stato rilasciato un file, ma non è scelto alcun sondaggio aperto: scelga prima un sondaggio, poi rilasci le sue risposte.
   *[other] Sono stati rilasciati { $count } file, ma non è scelto alcun sondaggio aperto: scelga prima un sondaggio, poi rilasci le sue risposte.
}

## screens/FirstRun.svelte
first-run-welcome-convene = Benvenuto in Convene
first-run-convene-helps-coordinators-partners = Convene aiuta coordinatori e partner delle reti transnazionali di città — reti URBACT e progetti europei simili — a tenere il loro lavoro in un solo posto.
first-run-networks-partner-cities = Reti e città partner
first-run-point-networks = { $term }, con i loro contatti e gruppi locali.
first-run-meetings-across-time-zones = Incontri tra fusi orari
first-run-point-meetings = { $term }: l'ora locale di ogni partner a colpo d'occhio, ordini del giorno e partecipazione.
first-run-everything-stays-on-computer = Tutto resta su questo computer, in un unico file di database.
first-run-everything-stays-in-file = Tutto resta su questo computer, in un unico file di database: { $path }.
first-run-timelines = Cronologie
first-run-meetings-milestones-what-needs = degli incontri e delle tappe, e ciò che richiede la sua attenzione.
first-run-action-plans-good-practices = Piani d'azione e buone pratiche
first-run-cities-share-transfer = che le città condividono e trasferiscono.
first-run-example-networks-loaded = Le reti di esempio sono caricate
first-run-open-convene = Apri Convene
first-run-see-networks = Vedi le reti
first-run-how-would-you-like = Come vuole cominciare?
first-run-loading-examples = Caricamento degli esempi…
first-run-load-example-networks = Carica le reti di esempio
first-run-four-urbact-networks-techtown = Quattro reti URBACT (TechTown, Find your Greatness, DigiPlace, IoTXchange) e tre buone pratiche, lette dalle loro pagine pubbliche. Vedrà ciò che l'importazione non ha potuto collocare.
first-run-start-empty = Inizia vuoto
first-run-begin-no-data-add = Iniziare senza dati e aggiungere la propria rete.

## screens/Home.svelte
home-home = Home
home-what-coming-up-across = Cosa arriva nelle sue reti.
home-new-meeting = Nuovo incontro
home-loading = Caricamento…
home-next-meetings = Prossimi incontri
home-no-meetings-ahead = Nessun incontro in programma.
home-plan-one = Programmane uno
home-hosted = Ospite: { $host_name }
home-no-host-yet = Ancora nessun ospite
home-needs-attention = Da seguire
home-nothing-needs-attention = Niente da seguire.
home-attention-show-all = Mostra l’elenco completo (altri { $count })
home-checking-travel = Controllo di viaggi e festività delle prossime riunioni…
home-travel-check-failed = Non è stato possibile controllare viaggi e festività delle prossime riunioni: { $error }
home-timeline-failed = Non è stato possibile caricare questa cronologia: { $error } Apri la pagina della rete per vederne le riunioni.
home-timelines = Cronologie
home-no-networks-yet = Ancora nessuna rete.
home-add-network = Aggiungi una rete
home-project-months = Da { $start } a { $end }
home-project-dates-not-set = Date del progetto non fissate
home-dated-items-not-drawn = { $count ->
    [one] { $count } altro elemento datato non è disegnato; veda le riunioni della rete.
   *[other] Altri { $count } elementi datati non sono disegnati; veda le riunioni della rete.
}
home-not-dated-yet = Non ancora datati
home-more = e altri { $omitted_undated }.
home-meeting = incontro
home-tentative = provvisorio
home-milestone = tappa
home-today = oggi

## screens/MeetingEdit.svelte
meeting-edit-new-meeting = Nuovo incontro
meeting-edit-edit = Modifica «{ $originalTitle }»
meeting-edit-fields-marked-required-times = I campi segnati con * sono obbligatori. Gli orari si scrivono HH:MM nel formato 24 ore.
meeting-edit-loading = Caricamento…
meeting-edit-network = Rete
meeting-edit-choose = Scegli…
meeting-edit-title = Titolo
meeting-edit-kind = Tipo
meeting-edit-host = Ospite
meeting-edit-no-host-yet = Ancora nessun ospite
meeting-edit-status = Stato
meeting-edit-when = Quando
meeting-edit-kind-date = Tipo di data
meeting-edit-at-time = A un orario
meeting-edit-all-day = Tutto il giorno
meeting-edit-not-dated-yet = Non ancora datato
meeting-edit-start-date = Data di inizio *
meeting-edit-yyyy-mm-dd = AAAA-MM-GG
meeting-edit-start-time = Ora di inizio *
meeting-edit-hh-mm = HH:MM
meeting-edit-end-date = Data di fine
meeting-edit-same-day = stesso giorno
meeting-edit-end-time = Ora di fine *
meeting-edit-leave-end-date-empty = Lasci vuota la data di fine per un incontro di un solo giorno.
meeting-edit-time-zone-these-times = Fuso orario di questi orari
meeting-edit-europe-riga = Europe/Riga
meeting-edit-host-s-zone-unless = Il fuso dell'ospite, a meno che ne scelga un altro.
meeting-edit-iana-zone-such-europe = Un fuso IANA come Europe/Riga; scegliere un ospite lo compila.
meeting-edit-first-day = Primo giorno
meeting-edit-last-day = Ultimo giorno
meeting-edit-year-if-known = Anno, se noto
meeting-edit-month-if-known = Mese, se noto
meeting-edit-not-known = Non noto
meeting-edit-when-words = Quando, a parole
meeting-edit-after-summer-limerick = Dopo l'estate, a Limerick
meeting-edit-worth-second-look = Da ricontrollare:
meeting-edit-mode = Modalità
meeting-edit-online-link = Link online
meeting-edit-https = https://
meeting-edit-only-needed-online-hybrid = Serve solo per incontri online o ibridi.
meeting-edit-venue = Luogo
meeting-edit-description = Descrizione
meeting-edit-saving = Salvataggio…
meeting-edit-add-meeting = Aggiungi l'incontro
meeting-edit-save-changes = Salva le modifiche
meeting-edit-back-without-saving = Indietro senza salvare

## screens/MeetingPage.svelte
meeting-page-back-meetings = Torna agli incontri
meeting-page-loading = Caricamento…
meeting-page-network = Rete
meeting-page-meetings = Incontri
meeting-page-edit = Modifica
meeting-page-delete = Elimina
meeting-page-status = Stato
meeting-page-change-status = Cambia lo stato:
meeting-page-postpone = Rinvia
meeting-page-status-changed = { $step ->
    [confirmed] «{ $title }» è confermata.
    [cancelled] «{ $title }» è annullata.
    [held] «{ $title }» è segnata come svolta.
    [postponed-to-date] «{ $title }» è rinviata alla nuova data (provvisoria fino a conferma).
   *[postponed] «{ $title }» è rinviata senza nuova data.
}
meeting-page-details = Dettagli
meeting-page-host = Ospite
meeting-page-no-host-yet = Ancora nessun ospite
meeting-page-mode = Modalità
meeting-page-venue = Luogo
meeting-page-online-link = Link online
meeting-page-calendar-revision = Revisione del calendario
meeting-page-grows-every-change-calendars = Aumenta a ogni modifica che i calendari devono conoscere
meeting-page-delete-2 = Eliminare «{ $title }»?
meeting-page-meeting-its-agenda-its = L'incontro, il suo ordine del giorno e la sua partecipazione saranno eliminati. Per tenere traccia che non si terrà, lo annulli invece.
meeting-page-delete-meeting = Elimina l'incontro

## screens/Meetings.svelte
meetings-meetings = Incontri
meetings-all-networks = Tutte le reti
meetings-view = Vista
meetings-list = Elenco
meetings-calendar = Calendario
meetings-new-meeting = Nuovo incontro
meetings-network = Rete
meetings-period = Periodo
meetings-upcoming-not-dated = Prossimi e non datati
meetings-past = Passati
meetings-all = Tutti
meetings-status = Stato
meetings-any = Qualsiasi
meetings-not-cancelled = Non annullati
meetings-words-title-host-venue = Parole del titolo, ospite, luogo o rete
meetings-loading = Caricamento…
meetings-meetings-2 = { $length } incontri su { $length2 }
meetings-no-meeting-matches = Nessun incontro corrisponde.

## screens/NetworkEdit.svelte
network-edit-new-network = Nuova rete
network-edit-edit = Modifica { $original }
network-edit-fields-marked-required = I campi segnati con * sono obbligatori.
network-edit-name = Nome
network-edit-short-name = Nome breve
network-edit-used-file-names-command = Usato nei nomi dei file e nella riga di comando; ricavato dal nome se vuoto.
network-edit-kind-network = Tipo di rete
network-edit-programme = Programma
network-edit-start-date = Data di inizio
network-edit-yyyy-mm-dd = AAAA-MM-GG
network-edit-end-date = Data di fine
network-edit-contact-e-mail = E-mail di contatto
network-edit-name-example-org = nome@esempio.org
network-edit-website = Sito web
network-edit-https = https://
network-edit-lead-partner = Capofila
network-edit-not-chosen = Non scelto
network-edit-tagline = Slogan
network-edit-description = Descrizione
network-edit-phases = Fasi
network-edit-no-phases-urbact-networks = Nessuna fase. Le reti URBACT di solito ne hanno due.
network-edit-phase-name = Nome della fase { $value }
network-edit-starts = Inizio
network-edit-ends = Fine
network-edit-remove-phase = Rimuovi la fase { $value }
network-edit-remove = Rimuovi
network-edit-add-phase = Aggiungi una fase
network-edit-saving = Salvataggio…
network-edit-add-network = Aggiungi la rete
network-edit-save-changes = Salva le modifiche
network-edit-back-without-saving = Indietro senza salvare
network-edit-loading = Caricamento…

## screens/NetworkPage.svelte
network-page-back-networks = Torna alle reti
network-page-loading = Caricamento…
network-page-networks = Reti
network-page-new-meeting = Nuovo incontro
network-page-edit-network = Modifica la rete
network-page-delete-network = Elimina la rete
network-page-about-network = Informazioni sulla rete
network-page-kind = Tipo
network-page-programme = Programma
network-page-runs = Durata
network-page-lead-partner = Capofila
network-page-contact = Contatto
network-page-website = Sito web
network-page-dates-not-set = Date non fissate
network-page-sections-page = Sezioni di questa pagina
network-page-partners = Partner ({ $length })
network-page-meetings = Incontri ({ $length })
network-page-polls = Sondaggi
network-page-milestones = Tappe ({ $length })
network-page-holidays-days-off = Festività e giorni liberi
network-page-action-plans = Piani d'azione ({ $length })
network-page-import-notes = Note di importazione ({ $length })
network-page-partners-2 = Partner
network-page-add-partner = Aggiungi un partner
network-page-no-partners-yet = Ancora nessun partner.
network-page-choose-partner-see-edit = Scelga un partner per vedere e modificare i suoi contatti e il suo gruppo locale.
network-page-meetings-2 = Incontri
network-page-calendar = Calendario
network-page-no-meetings-yet = Ancora nessun incontro.
network-page-meetings-3 = Incontri di { $name }
network-page-timeline-milestones = Cronologia e tappe
network-page-add-milestone = Aggiungi una tappa
network-page-no-milestones-yet-add = Ancora nessuna tappa. Aggiunga i passaggi che non sono incontri: fine delle fasi, scadenze, prodotti.
network-page-milestones-2 = Tappe di { $name }
network-page-done = Fatto
network-page-edit = Modifica { $title }
network-page-edit-2 = Modifica
network-page-delete = Elimina { $title }
network-page-delete-2 = Elimina
network-page-action-plans-2 = Piani d'azione
network-page-new-plan = Nuovo piano
network-page-no-action-plans-yet = Ancora nessun piano d'azione.
network-page-action-plans-status-last = Piani d'azione di { $name }: stato e ultima modifica
network-page-plan = Piano
network-page-city = Città
network-page-status = Stato
network-page-last-change = Ultima modifica
network-page-comments = Commenti
network-page-version = { $last_change_by }, versione { $revision_number }
network-page-settle = { $open_conflicts } da risolvere
network-page-import-notes-2 = Note di importazione
network-page-lines-imported-pages-could = Le righe delle pagine importate che non è stato possibile collocare, conservate parola per parola.
network-page-none = Nessuna.
network-page-line = Riga { $line }
network-page-delete-3 = Eliminare { $name }?
network-page-milestone-will-deleted-from = La tappa { $name } sarà eliminata dalla cronologia.
network-page-deleting-also-affects = Eliminare { $name } riguarda anche:
network-page-nothing-else-depends-will = Nient'altro dipende da { $name }. Sarà eliminato.
network-page-delete-network-2 = Elimina la rete
network-page-delete-milestone = Elimina la tappa
network-page-delete-partner = Elimina il partner

## screens/Networks.svelte
networks-networks = Reti
networks-city-networks-you-coordinate = Le reti di città che coordina o a cui partecipa.
networks-new-network = Nuova rete
networks-loading = Caricamento…
networks-no-networks-yet = Ancora nessuna rete.
networks-add-your-first-network = Aggiunga la sua prima rete
networks-filter-networks = Filtra le reti
networks-name-tagline = Nome o slogan
networks-partner-count = { $count ->
    [one] { $count } partner
   *[other] { $count } partner
}
networks-meeting-count = { $count ->
    [one] { $count } riunione
   *[other] { $count } riunioni
}
networks-lead = Capofila: { $lead_partner }
networks-edit = Modifica { $name }
networks-edit-2 = Modifica
networks-delete = Elimina { $name }
networks-delete-2 = Elimina
networks-no-network-matches = Nessuna rete corrisponde a «{ $filter }».
networks-delete-3 = Eliminare { $name }?
networks-deleting-also-deletes-everything = Eliminare { $name } elimina anche tutto ciò che le appartiene:
networks-has-nothing-else-will = { $name } non contiene altro. Sarà eliminata.
networks-delete-network = Elimina la rete

## screens/PlanPage.svelte
plan-page-back-networks = Torna alle reti
plan-page-loading = Caricamento…
plan-page-networks = Reti
plan-page-no-partner-city = Nessuna città partner
plan-page-version = { $value } · versione { $number }, { $author }, { $instant }
plan-page-partner-changed-parts = { $count ->
    [one] La copia di un partner ha cambiato una parte che ha cambiato anche lei.
   *[other] La copia di un partner ha cambiato { $count } parti che ha cambiato anche lei.
}
plan-page-export-exchange = Esportazione e scambio
plan-page-choose-which-text-keep = Scegli quale testo mantenere
plan-page-rename = Rinomina…
plan-page-remove = Rimuovi…
plan-page-new-title = Nuovo titolo
plan-page-rename-2 = Rinomina
plan-page-cancel = Annulla
plan-page-comments = Commenti
plan-page-actions = Azioni
plan-page-budget = Bilancio
plan-page-timeline = Cronologia
plan-page-timeline-actions = Cronologia delle azioni di { $title }
plan-page-indicators = Indicatori
plan-page-risks = Rischi
plan-page-history = Cronologia delle versioni
plan-page-conflicts-settle = Conflitti da risolvere
plan-page-nothing-settle = Niente da risolvere.
plan-page-remove-2 = Rimuovere «{ $title }»?
plan-page-section-leaves-plan-its = La sezione esce dal piano. Il suo testo resta nella cronologia e torna se si ripristina una versione precedente.
plan-page-remove-section = Rimuovi la sezione
plan-page-keep = Mantienila

## screens/PracticeEdit.svelte
practice-edit-good-practices = Buone pratiche
practice-edit-new-good-practice = Nuova buona pratica
practice-edit-edit = Modifica { $original }
practice-edit-fields-marked-required = I campi segnati con * sono obbligatori.
practice-edit-back-good-practices = Torna alle buone pratiche
practice-edit-title = Titolo
practice-edit-tagline = Slogan
practice-edit-one-sentence-says-what = Una frase che dica cosa fa la pratica.
practice-edit-city = Città
practice-edit-country = Paese
practice-edit-not-given = Non indicato
practice-edit-written = Scritta da
practice-edit-author-s-role = Ruolo dell'autore
practice-edit-project-officer-city-ga = Responsabile di progetto, Comune di Gävle
practice-edit-key-figure = Cifra chiave
practice-edit-figure-practice-puts-forward = Una cifra che la pratica mette in evidenza, come la popolazione della città.
practice-edit-transfer-practice-networks-take = Una pratica di trasferimento (le reti la adottano nelle loro città)
practice-edit-networks-transfer = Reti che la trasferiscono
practice-edit-no-networks-yet = Ancora nessuna rete.
practice-edit-sections = Sezioni
practice-edit-no-sections-yet-urbact = Ancora nessuna sezione. Le pagine URBACT di solito ne hanno alcune: il problema, la soluzione, i risultati.
practice-edit-section-heading = Titolo della sezione { $value }
practice-edit-section-text = Testo della sezione { $value }
practice-edit-move-section-up = Sposta su la sezione { $value }
practice-edit-move-up = Sposta su
practice-edit-move-section-down = Sposta giù la sezione { $value }
practice-edit-move-down = Sposta giù
practice-edit-remove-section = Rimuovi la sezione { $value }
practice-edit-remove = Rimuovi
practice-edit-add-section = Aggiungi una sezione
practice-edit-saving = Salvataggio…
practice-edit-add-practice = Aggiungi la pratica
practice-edit-save-changes = Salva le modifiche
practice-edit-back-without-saving = Indietro senza salvare
practice-edit-loading = Caricamento…

## screens/PracticePage.svelte
practice-page-back-good-practices = Torna alle buone pratiche
practice-page-loading = Caricamento…
practice-page-good-practices = Buone pratiche
practice-page-edit-practice = Modifica la pratica
practice-page-delete-practice = Elimina la pratica
practice-page-city = Città
practice-page-key-figure = Cifra chiave
practice-page-written = Scritta da
practice-page-transferred = Trasferita da
practice-page-no-network-yet = Ancora nessuna rete
practice-page-practice-has-no-written = Questa pratica non ha ancora sezioni scritte.
practice-page-delete = Eliminare { $title }?
practice-page-delete-practice-2 = Elimina la pratica

## screens/Practices.svelte
practices-good-practices = Buone pratiche
practices-solutions-worked-one-city = Soluzioni che hanno funzionato in una città, descritte perché altre possano adottarle.
practices-add-practice = Aggiungi una pratica
practices-loading = Caricamento…
practices-no-good-practices-yet = Ancora nessuna buona pratica. Ne aggiunga una, o importi pagine URBACT (Impostazioni › Importa pagine).
practices-city-not-given = Città non indicata
practices-transfer = Trasferimento

## screens/SearchPage.svelte
search-page-search = Ricerca
search-page-networks-partners-meetings-action = Reti, partner, incontri, piani d'azione e buone pratiche. Gli accenti non contano: «Gavle» trova Gävle. Premi Ctrl+K ovunque per cercare.

## Labels of the core's closed sets
label-meeting-kind-kick-off = Avvio
label-meeting-kind-transnational = Incontro transnazionale
label-meeting-kind-city-visit = Visita in città
label-meeting-kind-final-event = Evento finale
label-meeting-kind-local-group = Gruppo locale URBACT
label-meeting-kind-online-touch-base = Aggiornamento online
label-meeting-kind-phase-review = Revisione di fase
label-meeting-kind-other = Altro
label-poll-answer-yes = Sì
label-poll-answer-maybe = Se necessario
label-poll-answer-no = No
label-meeting-mode-in-person = In presenza
label-meeting-mode-online = Online
label-meeting-mode-hybrid = Ibrido
label-meeting-status-tentative = Provvisorio
label-meeting-status-confirmed = Confermato
label-meeting-status-held = Svolto
label-meeting-status-postponed = Rinviato
label-meeting-status-cancelled = Annullato
label-attendance-invited = Invitato
label-attendance-accepted = Accettato
label-attendance-declined = Rifiutato
label-attendance-tentative = Forse
label-attendance-attended = Presente
label-network-kind-action-planning = Pianificazione d'azione
label-network-kind-transfer = Trasferimento
label-network-kind-innovation-transfer = Trasferimento di innovazione
label-network-kind-implementation = Attuazione
label-network-kind-other = Altro
label-partner-role-lead-partner = Capofila
label-partner-role-partner = Partner
label-partner-role-good-practice-city = Città della buona pratica
label-partner-role-transfer-city = Città di trasferimento
label-partner-role-associated = Associato
label-plan-status-draft = Bozza
label-plan-status-in-review = In revisione
label-plan-status-final = Definitivo
label-plan-status-adopted = Adottato
label-funding-source-city = Bilancio comunale
label-funding-source-erdf = FESR
label-funding-source-esf-plus = FSE+
label-funding-source-national = Nazionale
label-funding-source-regional = Regionale
label-funding-source-private = Privato
label-funding-source-other = Altro
label-action-status-idea = Idea
label-action-status-planned = Prevista
label-action-status-ongoing = In corso
label-action-status-done = Completata
label-action-status-dropped = Abbandonata
label-indicator-kind-output = Realizzazione
label-indicator-kind-result = Risultato
label-revision-kind-created = Creato
label-revision-kind-edit = Modificato
label-revision-kind-restore = Ripristinato
label-revision-kind-received = Ricevuto
label-revision-kind-merge = Unito
label-revision-kind-resolve = Conflitto risolto
label-milestone-kind-phase = Inizio o fine di fase
label-milestone-kind-deadline = Scadenza
label-milestone-kind-deliverable = Prodotto
label-milestone-kind-decision = Decisione
label-milestone-kind-event = Evento
label-milestone-kind-other = Altro
label-hit-kind-network = Rete
label-hit-kind-partner = Partner
label-hit-kind-meeting = Incontro
label-hit-kind-plan = Piano d'azione
label-hit-kind-practice = Buona pratica
label-day-off-source-national = Festività nazionale
label-day-off-source-regional = Festività regionale
label-day-off-source-local = Giorno libero locale

## Messages written by the scripts
settings-plan-versions-comments-will = Le versioni dei piani e i commenti saranno firmati «{ $name }».
settings-backup-saved = Backup salvato in { $path }.
settings-everything-was-exported = Tutto è stato esportato in { $path }.
settings-restored-from-data-you = Ripristinato da { $from }. I dati che aveva prima sono stati conservati in una copia accanto al database.
settings-backup-restored = Backup ripristinato.
network-page-list-countries-could-not = Non è stato possibile caricare l'elenco dei paesi: sono mostrati i codici e il paese di un partner non può essere scelto: { $error }
network-page-list-time-zones-could = Non è stato possibile caricare l'elenco dei fusi orari: il modulo del partner non ne propone nessuno: { $error }
network-page-was-saved = { $name } è stato salvato.
network-page-was-added = { $name } è stato aggiunto.
network-page-calendar-was-imported-but = Il calendario è stato importato, ma non è stato possibile mostrare di nuovo gli incontri: { $error } Riapra la rete per vederli.
network-page-meeting-was-created-but = L'incontro è stato creato, ma non è stato possibile mostrare di nuovo gli incontri: { $error } Riapra la rete per vederlo.
network-page-was-saved-2 = { $title } è stato salvato.
network-page-was-added-2 = { $title } è stato aggiunto.
network-page-was-deleted = { $name } è stato eliminato.
network-page-plan-created = { $title } è stato creato.
network-page-not-set = Non fissate
network-page-from = Dal { $date }
network-page-until = Fino al { $date }
agenda-editor-untitled-item = punto senza titolo
agenda-editor-removed-save-agenda-keep = «{ $value }» rimosso. Salvi l'ordine del giorno per mantenere la modifica.
reorder-moved = «{ $title }» spostato alla posizione { $position } di { $count }.
reorder-moved-untitled = Elemento senza titolo spostato alla posizione { $position } di { $count }.
agenda-editor-agenda-saved = Ordine del giorno salvato.
confirm-dialog-go-back = Indietro
days-off-section-days-off-could-not = Non è stato possibile caricare i giorni liberi: { $error }
days-off-section-day-off-was-recorded = Il giorno libero { $name } del { $date } è stato registrato per { $partnerName }.
days-off-section-day-off-was-removed = Il giorno libero { $name } di { $partnerName } è stato rimosso.
meeting-list-meetings = Incontri
nav-home = Home
nav-networks = Reti
nav-meetings = Incontri
nav-good-practices = Buone pratiche
nav-search-2 = Ricerca
nav-settings = Impostazioni
partner-form-regions-could-not-loaded = Non è stato possibile caricare le regioni, quindi non se ne può scegliere nessuna: { $value }
postpone-dialog-give-new-date-yyyy = Indichi la nuova data (AAAA-MM-GG), o scelga «Ancora nessuna nuova data».
postpone-dialog-give-start-end-times = Indichi l'ora di inizio e di fine (HH:MM), o scelga «Ancora nessuna nuova data».
timeline-milestone = Tappa
timeline-meeting = Incontro
export-calendar-button-export-cancelled-no-file = Esportazione annullata: nessun file è stato scritto.
import-calendar-button-import-cancelled-nothing-was = Importazione annullata: non è stato importato nulla e gli incontri sono rimasti com'erano.
import-calendar-dialog-more-network-s-meetings = … e altri { $value }, negli incontri della rete.
action-details-give-amount-source-pays = Indichi l'importo che paga questa fonte, in euro.
action-table-moved-place = «{ $title }» spostata al posto { $value } su { $length }.
comments-write-comment-first = Scriva prima il commento.
conflict-resolver-action = Azione
conflict-resolver-indicator = Indicatore
conflict-resolver-risk = Rischio
export-send-bar-word-docx = Word (.docx)
export-send-bar-markdown = Markdown
gantt-chart-timeline-actions = Cronologia delle azioni
history-action = Azione
history-indicator = Indicatore
history-risk = Rischio
markdown-editor-all-changes-saved = Tutte le modifiche sono salvate
markdown-editor-saving = Salvataggio…
markdown-editor-unsaved-changes = Modifiche non salvate
markdown-editor-not-saved = Non salvato: { $error }
new-plan-dialog-integrated-action-plan = Piano d'Azione Integrato di { $name }
risk-table-rare = Raro
risk-table-unlikely = Improbabile
risk-table-possible = Possibile
risk-table-likely = Probabile
risk-table-almost-certain = Quasi certo
risk-table-minor = Minore
risk-table-moderate = Moderato
risk-table-serious = Serio
risk-table-major = Grave
risk-table-severe = Gravissimo
status-control-back-draft = Torna a bozza
status-control-send-review = Invia in revisione
status-control-mark-final = Segna come definitivo
status-control-record-adoption-2 = Registra l'adozione…
status-control-back = { $status ->
        [draft] Torna a bozza
        [in_review] Torna in revisione
       *[final] Torna a definitivo
    }
poll-form-give-meeting-title = Dia un titolo all'incontro.
poll-form-offer-at-least-date = Proponga almeno una data, una per riga.
poll-form-write-deadline-yyyy-mm = Scriva la scadenza come AAAA-MM-GG.
polls-section-poll-closed-was-created = Il sondaggio è chiuso: { $title } è stato creato per il { $text }.
polls-section-poll-started = { $count ->
    [one] Il sondaggio { $title } è stato avviato con { $count } data.
   *[other] Il sondaggio { $title } è stato avviato con { $count } date.
}
first-run-examples-could-not-loaded = Non è stato possibile caricare gli esempi: { $error }
home-import = Importazione
home-soon-not-confirmed = Presto, non confermato
home-no-host = Nessun ospite
home-travel = Viaggio
meeting-edit-enter-start-end-see = Indichi un inizio e una fine per vedere l'ora di ogni partner.
meeting-edit-choose-network-meeting-belongs = Scelga la rete a cui appartiene l'incontro.
meeting-edit-list-time-zones-could = Non è stato possibile caricare l'elenco dei fusi orari: il campo del fuso non ne propone nessuno (il fuso viene comunque controllato al salvataggio): { $error }
meeting-edit-local-times-shown-meetings = Le ore locali sono mostrate per gli incontri con ora di inizio e di fine.
meeting-edit-choose-network-see-its = Scelga la rete per vedere le ore locali dei suoi partner.
meeting-edit-enter-start-end-time = Indichi un inizio, una fine e un fuso orario (o un ospite) per vedere l'ora di ogni partner.
meeting-edit-no-local-times-yet = Ancora nessuna ora locale: { $error }
meeting-edit-form-now-has-time = Il modulo ora ha quell'orario; lo controlli e salvi.
meeting-edit-form-now-has-those = Il modulo ora ha quei giorni; li controlli e salvi.
meeting-edit-was-added = «{ $title }» è stato aggiunto.
meeting-edit-was-saved = «{ $title }» è stato salvato.
meeting-page-confirm = Conferma
meeting-page-cancel-meeting = Annulla l'incontro
meeting-page-mark-held = Segna come svolto
meeting-page-was-deleted = «{ $title }» è stato eliminato.
meeting-page-all-day-meeting-has = Un incontro di giornate intere ha le stesse date ovunque; le ore locali sono mostrate per gli incontri con ora di inizio e di fine.
meeting-page-meeting-has-no-date = L'incontro non ha ancora una data.
meetings-partners-holidays-could-not = Non è stato possibile mostrare le festività dei partner: { $error }
network-edit-was-added = { $name } è stata aggiunta.
network-edit-was-saved = { $name } è stata salvata.
networks-was-deleted = { $name } è stata eliminata.
networks-dates-not-set = date non fissate
plan-page-actions-budget-timeline = Azioni, bilancio e cronologia
plan-page-indicators-2 = Indicatori
plan-page-risks-2 = Rischi
plan-page-history-2 = Cronologia delle versioni
plan-page-conflicts-settle-2 = Conflitti da risolvere
plan-page-was-removed-its-text = «{ $title }» è stata rimossa; il suo testo resta nella cronologia.
plan-page-new-action = Nuova azione { $n }
plan-page-version-was-restored-new = La versione { $number } è stata ripristinata come nuova versione.
plan-page-plan-now = Il piano ora è «{ $next }».
practice-edit-list-countries-could-not = Non è stato possibile caricare l'elenco dei paesi: { $error }
practice-edit-was-added = { $title } è stata aggiunta.
practice-edit-was-saved = { $title } è stata salvata.
practice-page-country-names-could-not = Non è stato possibile caricare i nomi dei paesi, sono mostrati i codici: { $error }
practice-page-was-deleted = { $title } è stata eliminata.
practice-page-practice = La pratica
practice-page-practice-its-section = La pratica e la sua sezione
practice-page-practice-its-sections = La pratica e le sue { $sections } sezioni
practice-page-will-deleted-networks-transfer = { $what } sarà eliminata. Le reti che la trasferiscono restano come sono.
practices-country-names-could-not = Non è stato possibile caricare i nomi dei paesi, sono mostrati i codici: { $error }
agenda-form-item-must-end-after = Il punto deve finire dopo il suo inizio.
days-off-partners-off = { $length } partner liberi
days-off-line = { $source ->
    [national] { $partner } ({ $place }): { $holiday } (festività nazionale)
    [regional] { $partner } ({ $place }): { $holiday } (festività regionale)
   *[local] { $partner } ({ $place }): { $holiday } (giorno libero locale)
}
days-off-line-estimated = { $source ->
    [national] { $partner } ({ $place }): { $holiday } (festività nazionale, data stimata)
    [regional] { $partner } ({ $place }): { $holiday } (festività regionale, data stimata)
   *[local] { $partner } ({ $place }): { $holiday } (giorno libero locale, data stimata)
}
days-off-holiday-of-kind = { $source ->
    [national] { $holiday }
    [regional] { $holiday } (festività regionale)
   *[local] { $holiday } (giorno libero locale)
}
days-off-holiday-of-kind-estimated = { $source ->
    [national] { $holiday } (data stimata)
    [regional] { $holiday } (festività regionale, data stimata)
   *[local] { $holiday } (giorno libero locale, data stimata)
}
days-off-holiday-kept-by = { $holiday }: { $partners }
days-off-names-off = { $names } liberi
days-off-choose-partner = Scelga il partner.
errors-something-went-wrong-no = Qualcosa è andato storto, e non è stato dato alcun motivo.
find-time-h-min = { $h } h { $m } min
find-time-days-write-how-many = Giorni: scriva quanti giorni dura l'incontro, per esempio 2.
find-time-working-day-write-its = Giornata lavorativa: scriva inizio e fine come HH:MM, per esempio 09:00 e 17:00.
long-work-saving-events = { $count ->
        [one] Salvataggio di { $done } evento su { $total }…
       *[other] Salvataggio di { $done } eventi su { $total }…
    }
long-work-writing-events = { $count ->
        [one] Scrittura di { $total } evento…
       *[other] Scrittura di { $total } eventi…
    }
long-work-events-ready = { $count ->
        [one] { $total } evento pronto: scelga dove salvare il file.
       *[other] { $total } eventi pronti: scelga dove salvare il file.
    }
meeting-form-meeting-must-end-after = L'incontro deve finire dopo il suo inizio.
meeting-form-choose-time-zone-host = Scelga un fuso orario, o un ospite di cui l'incontro prende il fuso.
meeting-form-not-known-iana-time = «{ $zone }» non è un fuso orario IANA noto (per esempio Europe/Riga).
meeting-form-last-day-before-first = L'ultimo giorno, { $last }, è prima del primo, { $first }.
meeting-form-write-year-between-leave = Scriva un anno tra { $fIRST_YEAR } e { $lAST_YEAR }, o lasci vuoto.
meeting-form-say-words-when-planned = Dica a parole quando è previsto, o indichi l'anno.
milestone-form-enter-month-yyyy-mm = Indichi un mese (AAAA-MM).
milestone-form-not-month-write-yyyy = «{ $v }» non è un mese; lo scriva come AAAA-MM, per esempio 2027-06.
milestone-form-year-outside = L'anno { $year } è fuori da { $fIRST_YEAR }-{ $lAST_YEAR }.
partner-form-choose-country = Scelga il paese.
partner-form-not-known-iana-time = «{ $zone }» non è un fuso orario IANA noto (per esempio Europe/Riga).
plan-diff-no-change = Nessuna modifica
plan-diff-white-space-changed = Spazi modificati
plan-gantt-no-start-end-month = nessun mese di inizio o di fine
plan-gantt-no-start-month = nessun mese di inizio
plan-gantt-no-end-month = nessun mese di fine
plan-gantt-its-end-month-comes = il suo mese di fine precede quello di inizio
plan-money-no-amount = nessun importo
plan-money-type-amount-euros-such = Scriva un importo in euro, per esempio 12500 o 12.500,50.
plan-money-euros-have-two-decimals = Gli euro hanno al massimo due decimali (centesimi).
validation-must-not-empty = Non deve essere vuoto.
validation-characters-long-limit = È lungo { $n } caratteri; il limite è { $max }.
validation-not-e-mail-address = «{ $v }» non è un indirizzo e-mail (atteso: nome@esempio.org).
validation-must-start-https-http = «{ $v }» deve iniziare con https:// o http://.
validation-not-web-address = «{ $v }» non è un indirizzo web.
validation-enter-date-yyyy-mm = Indichi una data (AAAA-MM-GG).
validation-not-date-write-yyyy = «{ $v }» non è una data; la scriva come AAAA-MM-GG, per esempio 2027-03-10.
validation-year-outside = L'anno { $year } è fuori da { $fIRST_YEAR }-{ $lAST_YEAR }.
validation-enter-time-hh-mm = Indichi un orario (HH:MM, formato 24 ore).
validation-not-time-write-hh = «{ $v }» non è un orario; lo scriva come HH:MM, per esempio 14:30.
validation-before-start = { $end } è prima dell'inizio, { $start }.
validation-not-whole-number = «{ $value }» non è un numero intero.
calendar-saved = { $count ->
        [one] { $count } incontro salvato
       *[other] { $count } incontri salvati
    } in { $path }
calendar-left-out = { $head }; { $count ->
        [one] { $count } incontro non ancora datato è stato escluso.
       *[other] { $count } incontri non ancora datati sono stati esclusi.
    }
calendar-cancellation = L'annullamento
calendar-invitation = L'invito
calendar-was-written = { $what } «{ $subject }» è stato scritto in { $path }.
calendar-open-your-mail-program = { $what } «{ $subject }» è aperto nel suo programma di posta: lo controlli e lo invii da lì. È anche salvato in { $path }.
calendar-none-file-s-events = Nessun evento del file è stato importato: { $count ->
        [one] { $count } evento è stato saltato
       *[other] { $count } eventi sono stati saltati
    }, ciascuno elencato con riga e motivo; non è stato importato nulla.
calendar-calendar-holds-no-events = Il calendario non contiene eventi per questa rete; non è stato importato nulla{ $skippedPart }.
calendar-nothing-changed-already-saved = Nessuna modifica: { $count ->
        [one] l'evento di questo file è già salvato
       *[other] i { $count } eventi di questo file sono già salvati
    }{ $skippedPart }.
calendar-created-updated-unchanged = { $count ->
        [one] { $count } incontro creato
       *[other] { $count } incontri creati
    }, { $updated } aggiornati, { $unchanged } invariati{ $skippedPart }.
calendar-event = un evento
calendar-line-uid = riga { $line }: { $title } (UID { $uid })
calendar-line = riga { $line }: { $title }
calendar-give-your-e-mail = Indichi il suo indirizzo e-mail: le risposte dei partner tornano lì.
calendar-choose-at-least-person = Scelga almeno una persona da invitare, o aggiunga un indirizzo.
dates-happening-now = in corso
dates-earlier-today = oggi, prima
local-times-outside-working-hours = fuori dalle 08:00–19:00
local-times-on-saturday = di sabato
local-times-on-sunday = di domenica
local-times-unknown-zone = fuso sconosciuto
plan-actions-not-month-write-yyyy = «{ $typed }» non è un mese: lo scriva come AAAA-MM, per esempio 2027-03.
plan-actions-not-span-months-write = «{ $typed }» non è un periodo di mesi: lo scriva come 2027-03 – 2027-12.
plan-actions-from = Da { $shortMonth }
plan-actions-until = Fino a { $shortMonth }
plan-actions-none-yet = Ancora nessuno
plan-actions-details-funding-indicators = dettagli, finanziamento e indicatori…
section-outline-moved-place = «{ $title }» spostata al posto { $place } su { $count }.
dates-today = oggi
dates-tomorrow = domani
dates-yesterday = ieri
dates-in-days = { $count ->
        [one] tra { $count } giorno
       *[other] tra { $count } giorni
    }
dates-days-ago = { $count ->
        [one] { $count } giorno fa
       *[other] { $count } giorni fa
    }
dates-in-months = { $count ->
        [one] tra { $count } mese
       *[other] tra { $count } mesi
    }
dates-months-ago = { $count ->
        [one] { $count } mese fa
       *[other] { $count } mesi fa
    }
dates-in-minutes = { $count ->
        [one] tra { $count } minuto
       *[other] tra { $count } minuti
    }
dates-in-hours = { $count ->
        [one] tra { $count } ora
       *[other] tra { $count } ore
    }
plan-actions-column-title = Azione
plan-actions-column-objective = Obiettivo
plan-actions-column-months = Mesi
plan-actions-column-cost = Costo
plan-actions-column-funding = Finanziamento
plan-actions-column-status = Stato
plan-actions-column-details = Altro
plan-diff-words-added = { $count ->
        [one] { $count } parola aggiunta
       *[other] { $count } parole aggiunte
    }
plan-diff-words-removed = { $count ->
        [one] { $count } parola rimossa
       *[other] { $count } parole rimosse
    }
calendar-events-skipped = { $count ->
        [one] ; { $count } evento saltato
       *[other] ; { $count } eventi saltati
    }
import-report-count-networks = { $count ->
        [one] { $count } rete
       *[other] { $count } reti
    }
import-report-count-partners = { $count ->
        [one] { $count } partner
       *[other] { $count } partner
    }
import-report-count-contacts = { $count ->
        [one] { $count } e-mail di contatto
       *[other] { $count } e-mail di contatto
    }
import-report-count-meetings = { $count ->
        [one] { $count } incontro
       *[other] { $count } incontri
    }
import-report-count-milestones = { $count ->
        [one] { $count } tappa
       *[other] { $count } tappe
    }
import-report-count-action-plans = { $count ->
        [one] { $count } piano d'azione
       *[other] { $count } piani d'azione
    }
import-report-count-practices = { $count ->
        [one] { $count } buona pratica
       *[other] { $count } buone pratiche
    }
import-report-count-import-notes = { $count ->
        [one] { $count } nota di importazione
       *[other] { $count } note di importazione
    }
plan-gantt-span-one-month = { $start } (1 mese)
plan-gantt-bar = { $label }: { $span }
plan-gantt-bar-pilot = { $label } (pilota): { $span }
plan-gantt-span-months = { $start } a { $end } ({ $count } mesi)
calendar-reminder-none = Nessun promemoria
calendar-reminder-day = 1 giorno prima
calendar-reminder-hour = 1 ora prima
import-calendar-button-reading = Lettura del file di calendario…
export-calendar-button-reading = Lettura degli incontri…
export-send-bar-exported = Esportato come { $format } in { $path }.
export-send-bar-plan-file-saved = File del piano salvato in { $path }. Lo invii al suo partner per e-mail o in qualsiasi altro modo.
budget-summary-by-funding-source = Per fonte di finanziamento
budget-summary-by-objective = Per obiettivo
budget-summary-funding-source = Fonte di finanziamento
budget-summary-objective = Obiettivo

## Calendar servers
## components/dav/DavAccountsSection.svelte: the accounts in Settings
dav-accounts-heading = Server di calendario
dav-accounts-intro = Pubblichi gli incontri di una rete nel calendario CalDAV usato dai Suoi partner (Nextcloud, SOGo, Radicale, Fastmail). La password è conservata nel portachiavi di questo computer, mai nei dati di Convene.
dav-accounts-added = Account { $name } aggiunto. { $note }
dav-accounts-none = Ancora nessun account.
dav-accounts-user-at-url = { $user } su { $url }
dav-accounts-testing = Verifica in corso…
dav-accounts-test = Verifica
dav-accounts-remove = Rimuovi
dav-accounts-test-works = { $count ->
        [0] Funziona. Cartella dei calendari { $home }; 0 calendari.
        [one] Funziona. Cartella dei calendari { $home }; { $count } calendario:
       *[other] Funziona. Cartella dei calendari { $home }; { $count } calendari:
    }
dav-accounts-name = Nome
dav-accounts-name-placeholder = nextcloud
dav-accounts-url = Indirizzo del server
dav-accounts-url-hint = Per Nextcloud: https://HOST/remote.php/dav
dav-accounts-url-placeholder = https://
dav-accounts-user = Nome utente
dav-accounts-password = Password
dav-accounts-ca-file = File CA (facoltativo)
dav-accounts-ca-file-hint = Solo per un server con un proprio certificato: il file PEM della sua autorità di certificazione.
dav-accounts-ca-file-choose = Scegli file…
dav-accounts-ca-file-none = Nessuno: il certificato del server è pubblico.
dav-accounts-ca-file-clear = Non usarne nessuno
dav-accounts-cancel = Annulla
dav-accounts-adding = Aggiunta in corso…
dav-accounts-add-account = Aggiungi l'account
dav-accounts-add = Aggiungi un account…
dav-password-used-once = Password (usata una volta, non salvata)
## components/dav/DavConflictCard.svelte: one conflict, both versions side by side
dav-conflict-in-convene = In Convene
dav-conflict-on-server = Sul server
dav-conflict-label = Conflitto: { $title }
dav-conflict-found = rilevato il { $when }
dav-conflict-deleted = Eliminato
dav-conflict-keep-mine = Mantieni la mia versione
dav-conflict-keep-server = Mantieni quella del server
## components/dav/PublishSection.svelte: publishing on the network page
dav-publish-heading = Server di calendario
dav-publish-no-account = Per pubblicare questi incontri sul server di calendario dei Suoi partner, aggiunga un account in { $link }.
dav-publish-cancelled = Pubblicazione annullata. Ciò che è arrivato al server resta; la prossima pubblicazione la completerà.
dav-publish-no-account-link = Impostazioni
dav-publish-account = Account
dav-publish-calendar = Nome del calendario (facoltativo)
dav-publish-calendar-placeholder = Il nome della rete
dav-publish-progress = Pubblicazione sul server di calendario…
dav-publish-publishing = Pubblicazione in corso…
dav-publish-go = Pubblica sul server di calendario
dav-publish-last = Ultima pubblicazione { $when }, in { $calendar } ({ $account }): { $result }
dav-publish-conflicts-heading = Conflitti da risolvere ({ $count })
dav-publish-conflicts-intro = Entrambe le parti hanno modificato questi incontri dall'ultima pubblicazione, quindi per essi non è stato scritto nulla.

## lib/meetingWhen.ts: a meeting's when, outside English (English shows the core's own words)
# { $date }: a day such as "mer. 10 mars 2027"; { $times }: "10:00–12:00"; { $zone }: "Europe/Riga";
# { $days }: how many days after the start the end falls; { $known }: a month and year, or a year, of an undated meeting;
# { $wording }: the undated meeting's own words, as typed or imported.
meeting-when-timed = { $date }, { $times } ({ $zone })
meeting-when-timed-later = { $days ->
    [one] { $date }, { $times } +{ $days } giorno ({ $zone })
   *[other] { $date }, { $times } +{ $days } giorni ({ $zone })
}
meeting-when-timed-short = { $date }, { $time }
meeting-when-all-day = { $date }, tutto il giorno
meeting-when-all-days = { $dates }, giornate intere
meeting-when-not-dated = non ancora datata
meeting-when-not-dated-known = non ancora datata ({ $known })
meeting-when-not-dated-wording = non ancora datata («{ $wording }»)
meeting-when-not-dated-known-wording = non ancora datata ({ $known }: «{ $wording }»)
meeting-when-known-not-dated = { $known }, non ancora datata
meeting-when-month-year-unknown = { $month }, anno sconosciuto

## The plan page's push and pull through a WebDAV folder (components/dav/PlanServerBar.svelte)

plan-server-heading = Condividi tramite un server di calendari
plan-server-account = Account
plan-server-folder = Cartella sul server (facoltativa)
plan-server-folder-placeholder = La cartella dell'ultimo invio o scaricamento
plan-server-push = Invia al server
plan-server-pushing = Invio…
plan-server-pull = Scarica dal server
plan-server-pulling = Scaricamento…
# $href: the plan file's address on the server.
plan-server-pushed = Il piano è sul server: { $href }.
# $link: plan-server-no-account-link, shown as a link to Settings.
plan-server-no-account = Per condividere questo piano tramite una cartella sul server dei partner, aggiungi un account nelle { $link }.
plan-server-no-account-link = Impostazioni
