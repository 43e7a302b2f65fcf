# Errors and validation messages of Convene's core. Source: locales/en/errors.ftl (comments there).
error-required = non può essere vuoto
error-too-long = { $count ->
    [one] è lungo { $count } carattere; il limite è { $max }
   *[other] è lungo { $count } caratteri; il limite è { $max }
}
error-not-an-email = «{ $value }» non è un indirizzo e-mail (atteso nome@esempio.org)
error-url-scheme = «{ $value }» deve iniziare con https:// o http://
error-not-a-url = «{ $value }» non è un indirizzo web
error-year-out-of-range = l’anno { $year } è fuori dall’intervallo { $first }-{ $last }
error-not-a-date = «{ $value }» non è una data; scrivila come AAAA-MM-GG
error-end-before-start = { $end } è prima dell’inizio, { $start }
error-unknown-zone = «{ $value }» non è un fuso orario IANA conosciuto (ad esempio Europe/Riga)
error-not-yes-or-no = «{ $value }» non è né yes né no
error-appears-twice = questo { $column } compare due volte; ognuno deve essere unico
error-unknown-language = «{ $code }» non è una lingua di Convene; usa uno tra { $codes }
error-no-network = non c’è nessuna rete chiamata «{ $key }»; `convene networks` le elenca
error-cancelled = Annullato; non è stato cambiato nulla.
error-database-busy = il database è occupato: un altro Convene (la finestra o un comando) lo ha tenuto per più di { $seconds } secondi durante un salvataggio. Non è stato salvato nulla; riprova quando quel lavoro sarà finito.
error-no-network-id = non c’è nessuna rete con id { $id }
error-no-partner-id = non c’è nessun partner con id { $id }
error-no-contact-id = non c’è nessun contatto con id { $id }
error-no-local-group-member-id = non c’è nessun membro del gruppo locale con id { $id }
error-no-meeting-id = non c’è nessuna riunione con id { $id }
error-no-milestone-id = non c’è nessuna tappa con id { $id }
error-no-day-off-id = non c’è nessun giorno libero con id { $id }
error-no-plan-id = non c’è nessun piano d’azione con id { $id }
error-no-comment-id = non c’è nessun commento con id { $id }
error-no-conflict-id = non c’è nessun conflitto con id { $id }
error-no-practice-id = non c’è nessuna buona pratica con id { $id }
error-slug-needs-letter = deve contenere almeno una lettera o una cifra
error-slug-taken = il nome breve «{ $slug }» è già usato dalla rete { $network }; scegline un altro
error-lead-partner-after-network = aggiungi prima la rete, poi scegli il capofila tra i suoi partner
error-lead-partner-elsewhere = il capofila deve essere un partner di questa rete
error-negative = non può essere negativo
error-partner-gone = quel partner non esiste
error-not-a-partner-here = { $partner } non è un partner di questa rete
error-not-a-uuid = «{ $value }» non è un UUID
error-not-a-plan-key = «{ $key }» non è un piano: indica il suo id (vedi `convene plans RETE`) o RETE/CITTÀ, ad esempio techtown/gavle
error-no-plan-of-city = { $network } non ha nessun piano di un partner chiamato «{ $city }»; `convene plans { $slug }` li elenca
error-no-such-file = il file non esiste
error-permission-denied = permesso negato
error-cannot-read = impossibile leggere { $file }: { $reason }
error-file-too-large = { $file } è di { $size } MB, più di quanto possa essere un file di questo tipo ({ $what }, al massimo { $max } MB): è il file giusto? Non è stato importato nulla.
error-not-utf8-expected = { $file } non è un file di testo (non è in UTF-8); era atteso { $expected }. Non è stato importato nulla
error-expected-urbact-pages = testo di pagine URBACT
error-expected-plan-file = un file .convene-plan
error-expected-json-export = un file scritto da `convene export json`
error-internal = Convene ha incontrato un errore interno: { $problem }. Segnalatelo, per favore.
error-internal-with-log = Convene ha incontrato un errore interno: { $problem }. I dettagli sono in { $log }; inviate quel file con la segnalazione.
error-cannot-create-folder = impossibile creare la cartella { $folder }: { $reason }
error-disk-full = il disco è pieno
error-disk-quota = la vostra quota disco è esaurita
error-file-grew-too-large = il file è diventato più grande di quanto questo sistema consenta
error-read-only = il disco, la cartella o il file è di sola lettura
error-folder-gone = la cartella non esiste (più)
error-is-a-folder = è una cartella
error-not-a-folder = al posto della sua cartella c’è un file
error-disk-io = non è stato possibile leggere o scrivere il disco (un errore di input/output: è stato rimosso, o si sta guastando?)
error-database-folder-gone = la sua cartella non esiste (più: un disco o una chiavetta USB rimossi?)
error-todo-free-space = liberate spazio o scegliete un altro disco, poi riprovate
error-todo-writable-folder = scegliete una cartella in cui potete scrivere, o rendete questa scrivibile, poi riprovate
error-todo-check-disk = verificate che il disco sia collegato e scrivibile, o scegliete un’altra cartella, poi riprovate
error-cannot-write = impossibile scrivere { $file }: { $problem }. Non vi è stato scritto nulla (un file già presente è invariato); { $todo }.
error-write-not-a-file-name = impossibile scrivere { $file }: è una cartella, non un nome di file
error-write-is-a-folder = impossibile scrivere { $file }: è una cartella; indicate un nome di file al suo interno
error-write-folder-gone = impossibile scrivere { $file }: la cartella { $folder } non esiste (più); scegliete un’altra cartella
error-cannot-save-database = impossibile salvare nel database { $file }: { $problem }. Nulla di questo comando è stato salvato, e tutto ciò che era salvato prima è invariato; { $todo }.
error-database-moved = impossibile usare il database { $file }: il file è stato spostato o eliminato mentre Convene lo teneva aperto (un disco o una chiavetta USB rimossi?). Nulla di questa modifica è stato salvato; rimettete il file dov’era (ricollegate il disco), poi riprovate.
error-database-locked = il database { $file } è bloccato da un altro programma (una finestra o un comando di Convene, o un programma come un browser di database) che lo ha tenuto per più di { $seconds } secondi. Non è stato salvato nulla; chiudete quel programma o attendete che finisca il suo lavoro, poi riprovate.
error-backup-folder-gone = impossibile scrivere il backup: la cartella { $folder } non esiste
error-backup-is-the-database = il file di backup non può essere il database stesso
error-no-data-directory = impossibile trovare una cartella dati di questo utente in cui tenere { $file } (HOME è impostata?); indicate il file del database con la variabile d’ambiente { $variable } (o --db PERCORSO dalla riga di comando)
error-host-gone = l’ospitante non è più un partner
error-inserted-meeting-missing = manca una riunione appena inserita
error-no-meeting-key = non esiste alcuna riunione con id o UID «{ $key }»
error-ical-line = riga { $line }: { $reason }
error-ical-starts-with-continuation = il file inizia con una riga di continuazione (una riga che comincia con uno spazio)
error-ical-not-utf8 = non è testo UTF-8; salvate il calendario in UTF-8 e importatelo di nuovo
error-ical-not-a-line = «{ $text }» non è una riga iCalendar (atteso NOME:valore, come SUMMARY:Riunione di avvio)
error-ical-bad-parameter = un parametro di { $name } è malformato in «{ $text }» (atteso ;NOME=valore)
error-ical-unclosed-quote = un parametro tra virgolette di { $name } non viene mai chiuso in «{ $text }»
error-ical-begin-no-name = BEGIN:{ $value } non nomina un componente
error-ical-too-deep = BEGIN:{ $name } è annidato a { $depth } livelli; un calendario ne annida al massimo { $max }
error-ical-end-closes-nothing = END:{ $name } non chiude nulla (non c’è alcun BEGIN:{ $name } prima)
error-ical-end-mismatch = END:{ $name } non corrisponde a BEGIN:{ $begin } della riga { $begin_line }
error-ical-outside-calendar = { $name } è fuori da BEGIN:VCALENDAR ... END:VCALENDAR
error-ical-never-closed = BEGIN:{ $name } non viene mai chiuso da END:{ $name } (il file finisce alla riga { $last_line })
error-ical-nothing-imported = { $message }. Non è stato importato nulla.
error-ical-empty = il file è vuoto; era atteso un file iCalendar (.ics) che inizia con BEGIN:VCALENDAR
error-ical-not-icalendar = questo non è un file iCalendar: dovrebbe iniziare con BEGIN:VCALENDAR, ma la riga { $line } dice «{ $text }»
error-ical-event-refused = l’evento «{ $title }» non può essere importato: { $field }: { $reason }
ical-skipped-titled-uid = riga { $line }: «{ $title }» (UID { $uid }) è stato saltato: { $reason }
ical-skipped-titled = riga { $line }: «{ $title }» è stato saltato: { $reason }
ical-skipped-uid = riga { $line }: un evento (UID { $uid }) è stato saltato: { $reason }
ical-skipped = riga { $line }: un evento è stato saltato: { $reason }
ical-summary-nothing-imported = Nessuno degli eventi del file è stato importato: { $skipped ->
    [one] { $skipped } evento è stato saltato
   *[other] { $skipped } eventi sono stati saltati
}, ciascuno elencato con la sua riga e il motivo; non è stato importato nulla.
ical-summary-no-events = Il calendario non contiene eventi per questa rete; non è stato importato nulla{ $skipped ->
    [0] {""}
    [one] ; { $skipped } evento saltato
   *[other] ; { $skipped } eventi saltati
}.
ical-summary-unchanged = Nulla è cambiato: { $unchanged ->
    [one] { $unchanged } evento di questo file è
   *[other] i { $unchanged } eventi di questo file sono
} già salvati{ $skipped ->
    [0] {""}
    [one] ; { $skipped } evento saltato
   *[other] ; { $skipped } eventi saltati
}.
ical-summary = { $created ->
    [one] Creata { $created } riunione
   *[other] Create { $created } riunioni
}, { $updated ->
    [one] { $updated } modificata
   *[other] { $updated } modificate
}, { $unchanged ->
    [one] { $unchanged } invariata
   *[other] { $unchanged } invariate
}{ $skipped ->
    [0] {""}
    [one] ; { $skipped } evento saltato
   *[other] ; { $skipped } eventi saltati
}.
ical-warning-other-network = riga { $line }: «{ $title }» (UID { $uid }) è già una riunione di { $network }; è stata lasciata lì e non importata qui
ical-warning-occurrence-cancelled = riga { $line }: l’occorrenza { $uid } non fa più parte della serie; la sua riunione è stata annullata
error-ical-not-a-date = { $name } «{ $text }» non è una data (iCalendar scrive le date come AAAAMMGG, ad esempio 20270310)
error-ical-not-a-date-time = { $name } «{ $text }» non è una data con ora (iCalendar scrive AAAAMMGGTHHMMSS, ad esempio 20270310T100000, con Z per UTC)
error-ical-not-a-duration = DURATION «{ $text }» non è una durata (ad esempio PT1H30M o P2D)
error-ical-time-skipped = { $name } { $time } non esiste in { $zone } (in quel momento cambia l’ora)
error-ical-zone-unknown = { $name } usa il fuso orario «{ $tzid }», che non è né un fuso IANA (come Europe/Riga) né un nome di fuso Windows, e il VTIMEZONE del file per esso non corrisponde a nessun fuso
error-ical-not-a-sequence = SEQUENCE «{ $text }» non è un numero intero (0, 1, 2, ...)
error-ical-uid-too-long = l’UID di «{ $title }» supera i { $max } caratteri
error-ical-no-start = l’evento «{ $title }» non ha DTSTART (nessun inizio)
error-ical-date-and-time-mixed = «{ $title }» inizia in una data ma finisce a un’ora, o viceversa; DTSTART e DTEND devono essere entrambi date o entrambi date con ora
error-ical-ends-before-start = «{ $title }» finisce prima di iniziare
error-ical-series = «{ $title }» { $reason }
error-ical-rule-unreadable = ha una RRULE «{ $rule }» che non si può leggere: { $detail }
error-ical-rule-unusable = ha una RRULE «{ $rule }» che non si può usare: { $detail }
error-ical-too-many-occurrences = si ripete più di { $max } volte tra il { $from } e il { $to }; Convene crea una riunione per occorrenza, quindi accorcia la serie (UNTIL o COUNT) e importala di nuovo
ical-warning-floating = riga { $line }: «{ $title }» non ha fuso orario (un orario fluttuante); è stato letto in { $zone }, { $why }
ical-floating-calendar-zone = il fuso proprio del calendario (X-WR-TIMEZONE)
ical-floating-host-zone = il fuso dell’ospitante, { $name }
ical-floating-lead-zone = il fuso del partner capofila { $name }
ical-floating-utc = UTC, perché la rete non ha un partner capofila
ical-warning-zone-by-rules = riga { $line }: il fuso orario «{ $tzid }» non corrisponde a nessun fuso IANA; i suoi orari sono stati letti con le regole VTIMEZONE del file e tenuti in UTC (qui e per ogni evento che lo usa)
ical-warning-zone-by-offsets = riga { $line }: il fuso orario «{ $tzid }» non è un nome di fuso; gli scarti del suo VTIMEZONE corrispondono a { $zone }, che è stato usato (qui e per ogni evento che lo usa)
ical-warning-not-a-link = riga { $line }: «{ $url }» non è un indirizzo web (http o https); il link online di «{ $title }» è stato lasciato vuoto
ical-warning-untitled = riga { $line }: un evento non ha titolo (SUMMARY); è stato chiamato «{ $title }»
ical-warning-no-end = riga { $line }: «{ $title }» non ha fine (DTEND o DURATION); gli è stata data un’ora
ical-warning-zero-length = riga { $line }: «{ $title }» finisce quando inizia; gli è stata data un’ora
ical-warning-component-skipped = riga { $line }: { $count } { $name } ({ $what }) { $count ->
    [one] saltato
   *[other] saltati
}; solo gli eventi (VEVENT) diventano riunioni
ical-component-task = un’attività
ical-component-journal = una voce di diario
ical-component-free-busy = orari libero/occupato
ical-component-other = non un evento
ical-warning-uid-made-up = riga { $line }: «{ $title }» non ha UID; ha ricevuto { $uid } (ricavato dal suo inizio e dal suo titolo), così importando di nuovo il file lo si ritrova
ical-warning-uid-twice = riga { $line }: l’UID { $uid } compare due volte (righe { $first } e { $second }); è stata tenuta la versione con il SEQUENCE più alto
ical-warning-lone-override = riga { $line }: questo RECURRENCE-ID modifica un’occorrenza di { $uid }, che non si ripete; saltato
ical-warning-no-occurrence = riga { $line }: nessuna occorrenza di «{ $title }» cade tra il { $from } e il { $to }; non ne è stato creato nulla
ical-warning-series-expanded = riga { $line }: «{ $title }» si ripete; { $count ->
    [one] la sua { $count } occorrenza
   *[other] le sue { $count } occorrenze
} tra il { $from } e il { $to } { $count ->
    [one] è diventata una riunione separata
   *[other] sono diventate riunioni separate
}{ $open ->
    [no-start] {" "}(la rete non ha una data di inizio, quindi la serie è stata letta dalla sua prima occorrenza)
    [no-end] {" "}(la rete non ha una data di fine, quindi la serie è stata letta fino a { $years } anni avanti)
   *[none] {""}
}
ical-warning-repeated-hour = riga { $line }: «{ $title }» { $edge ->
    [start] inizia
   *[end] finisce
} alle { $time } in { $zone }, nell’ora che si ripete al cambio dell’ora, al suo secondo passaggio; Convene salva un tale orario al primo passaggio, un’ora prima
error-not-utf8 = { $file } non è un file di testo (non è in UTF-8)
error-meeting-already-held = «{ $title }» si è già tenuta
error-meeting-undated-not-confirmed = «{ $title }» non ha ancora una data; dategliene una prima di confermarla
error-meeting-not-begun = «{ $title }» inizia il { $when }, che non è ancora arrivato; non può essersi tenuta
error-meeting-cancelled-not-held = «{ $title }» è stata annullata; non può essersi tenuta
error-meeting-postponed-not-held = «{ $title }» è rinviata; datele la nuova data, o confermatela, prima di segnarla come tenuta
error-meeting-undated-not-held = «{ $title }» non ha ancora una data; non può essersi tenuta
error-meeting-cancelled-not-postponed = «{ $title }» è stata annullata; non può essere rinviata
error-meeting-already-postponed = «{ $title }» è già rinviata senza nuova data
error-meeting-nothing-to-postpone = «{ $title }» non ha ancora una data, quindi non c’è nulla da rinviare; datele invece una data
error-postpone-needs-date = una riunione rinviata ha bisogno della nuova data, o di nessuna
error-postpone-not-later = la nuova data, { $new }, non è dopo quella attuale, { $old }; per anticipare una riunione, cambiatene la data
error-agenda-item-ends-before = il punto deve finire dopo l’inizio
error-agenda-empty-no-item = l’ordine del giorno di «{ $title }» è vuoto; non c’è il punto { $number }
error-agenda-no-item = non c’è il punto { $number }; { $count ->
    [one] l’ordine del giorno ha { $count } punto
   *[other] l’ordine del giorno ha i punti da 1 a { $count }
}
error-agenda-not-a-place = { $position } non è una posizione in un ordine del giorno di { $count ->
    [one] { $count } punto
   *[other] { $count } punti
}; usate da 1 a { $last }
error-reminder-out-of-range = un promemoria { $minutes } minuti prima non è possibile; scegliete tra 1 minuto e 4 settimane prima, o nessuno
error-export-all-undated = { $count ->
    [one] La riunione qui non ha
   *[other] Tutte le { $count } riunioni qui non hanno
} ancora una data, quindi non c’è nulla da mettere in un calendario; indicate prima una data. Non è stato salvato nulla.
error-export-none-between = Non c’è alcuna riunione tra il { $from } e il { $to }. Non è stato salvato nulla.
error-export-none-from = Non c’è alcuna riunione dal { $from } in poi. Non è stato salvato nulla.
error-export-none-until = Non c’è alcuna riunione fino al { $to }. Non è stato salvato nulla.
error-export-none = Non c’è ancora alcuna riunione da mettere in un calendario. Non è stato salvato nulla.
error-calendar-too-large = { $file } è di { $size } MB, più di quanto possa essere un calendario di riunioni (al massimo { $max } MB); scegliete un’esportazione delle riunioni che vi servono. Non è stato importato nulla.
error-not-one-of = «{ $value }» non è uno tra: { $choices }
error-not-a-contact-here = { $contact } non è un contatto di questa rete
error-attendee-twice = questo partecipante è elencato due volte per la riunione
error-meeting-needs-zone = scegliete un fuso orario, o un ospitante di cui la riunione prende il fuso
error-undated-needs-words = dite a parole quando è prevista, o indicate l’anno
error-meeting-ends-before = la riunione deve finire dopo l’inizio
error-last-day-before-first = l’ultimo giorno, { $last }, è prima del primo, { $first }
error-not-a-month-number = { $month } non è un mese (1-12)
error-not-a-timestamp = «{ $value }» non è un timestamp (atteso ad esempio 2024-05-01T09:30:00Z)
error-not-working-hours = «{ $text }» non è un orario di lavoro; scrivetelo come HH:MM-HH:MM, ad esempio 09:00-17:00
error-working-day-ends-before = la giornata lavorativa deve finire dopo l’inizio ({ $end } non è dopo { $start })
error-no-partners-to-schedule = { $network } non ha ancora partner, quindi non c’è nessuno per cui cercare un orario; aggiungete prima i suoi partner
error-not-a-partner-of = { $id } non è un partner di { $network }
error-partner-zone-unknown = il fuso orario «{ $zone }» di { $partner } non è noto
error-range-too-long = scegliete un periodo di al massimo { $max } giorni
error-days-out-of-range = una riunione di { $days } giorni? Scegliete da 1 a { $max }
error-not-a-duration = «{ $text }» non è una durata; scrivetela come 2h, 90m, 1h30 o 1:30
error-slot-range-too-long = { $days } giorni sono più di quanti la ricerca ne esamini in una volta ({ $max }); scegliete un periodo più breve
error-slot-length-out-of-range = { $minutes } minuti non è una durata di riunione che la ricerca colloca; scegliete tra 15 minuti e 24 ore (per giorni interi, chiedete giorni)
error-slot-limit-out-of-range = scegliete tra 1 e { $max } fasce da elencare
error-not-a-partner-id-here = { $id } non è l’id di un partner di questa rete
error-partner-not-in-network = { $partner } non è un partner di { $network }
error-meeting-of-another-network = la riunione { $id } ({ $title }) appartiene a un’altra rete, non a { $network }
error-plan-no-row = questo piano non ha { $row ->
    [indicator] alcun indicatore
    [risk] alcun rischio
   *[action] alcuna azione
} con id { $id }
error-plan-no-revisions = il piano d’azione { $id } non ha alcuna revisione
error-plan-no-revision = questo piano non ha la revisione { $number }; le sue revisioni vanno da 1 a { $newest }
error-poll-partner-elsewhere = il partner { $id } non è un partner della rete di questo sondaggio
error-poll-option-elsewhere = l’opzione { $id } non è un’opzione di questo sondaggio

## The window's calendar-server messages (src-tauri/src/commands/dav.rs): the client's
## failures without the command line's options, as whole sentences.

# $account: the account's name.
error-window-dav-no-password = Nessuna password è salvata per «{ $account }»: questo computer non ha un portachiavi. Digita la password per continuare.
# $url: the server's address.
error-window-dav-unauthorized = Il server { $url } ha rifiutato il nome utente o la password (401): controllali entrambi e riprova.
# $host: the server's name.
error-window-dav-dns = Il nome del server { $host } non è stato trovato: controlla l'indirizzo dell'account nelle Impostazioni e la connessione a Internet.
error-window-dav-refused = Il server { $url } ha rifiutato la connessione: è spento, oppure l'indirizzo o la porta sono sbagliati. Qui non è cambiato nulla; riprova quando sarà attivo.
# $seconds: how long Convene waited.
error-window-dav-timeout = Il server { $url } non ha risposto entro { $seconds } secondi: il server o la rete non funzionano. Qui non è cambiato nulla; riprova più tardi.
# $detail: the technical reason, as the TLS library gives it.
error-window-dav-tls = Il certificato del server { $url } non è attendibile ({ $detail }). Se il server usa una propria autorità di certificazione, aggiungi di nuovo l'account nelle Impostazioni con il suo file CA.
error-window-dav-not-caldav = Il server { $url } non è un server di calendari ({ $detail }): indica l'indirizzo del server CalDAV (per Nextcloud, https://HOST/remote.php/dav).
# $status: the HTTP status the server answered (403, 404...).
error-window-dav-forbidden = Il server { $url } ha risposto { $status }: questo account non può farlo. Controlla i suoi permessi sul server.
error-window-dav-not-found = Il server { $url } ha risposto { $status }: il calendario o il file non c'è più. Pubblica di nuovo per crearlo.
error-window-dav-not-supported = Il server { $url } ha risposto { $status }: non offre questa operazione, quindi forse non è un server CalDAV o WebDAV.
error-window-dav-changed = Il server { $url } ha risposto { $status }: qualcuno lo ha modificato sul server nel frattempo. Non è stato sovrascritto nulla.
error-window-dav-full = Il server { $url } ha risposto { $status }: ha esaurito lo spazio.
error-window-dav-failed = Il server { $url } ha risposto { $status }: si è verificato un errore. Riprova più tardi.
error-window-dav-unexpected = Il server { $url } ha risposto { $status }, una risposta che Convene non sa gestire.
error-window-dav-other = La comunicazione con il server { $url } non è riuscita: { $detail }
error-window-plan-changed-on-server = Qualcuno ha inviato questo piano al server dopo l'ultima lettura da parte di questo computer, quindi non è stato sovrascritto nulla. Prima scarica il piano dal server, poi invialo di nuovo.
error-window-plan-not-on-server = Su { $url } non c'è ancora un file di questo piano: prima invialo al server.
error-window-dav-ca-file-not-chosen = Scegli di nuovo il file CA: questa finestra non ha più quello scelto prima.
# The title of the open dialog for a CA file.
window-dav-choose-ca-file = Il file PEM dell'autorità di certificazione del server
window-dialog-calendar-add-meeting = Aggiungi «{ $name }» a un calendario
window-dialog-calendar-save = Salva il calendario di { $name }
window-dialog-calendar-import = Importa un calendario in { $network }
window-dialog-plan-export = Esporta { $plan } come { $format }
window-dialog-plan-send = Invia { $plan } a un partner
window-dialog-plan-receive = Ricevi un piano da un partner
window-dialog-backup-save = Salva un backup di Convene
window-dialog-backup-restore = Ripristina Convene da un backup
window-dialog-urbact-import = Importa pagine URBACT salvate come testo
window-dialog-export-json = Esporta tutto come JSON
window-dialog-poll-replies = Aggiungi risposte al sondaggio
file-kind-icalendar = iCalendar
file-kind-plan = Piano Convene
file-kind-backup = Backup di Convene
file-kind-urbact-pages = Pagine URBACT salvate come testo
file-kind-json = JSON
file-kind-pem = PEM
file-kind-replies = Risposte (e-mail o calendario)
file-kind-docx = documento Word
file-kind-pdf = documento PDF
file-kind-markdown = Markdown
file-kind-html = pagina web
error-window-no-backup-chosen = nessun backup scelto; scegli prima il backup da ripristinare
window-dav-password-not-given = Nessuna password indicata: verrà chiesta alla pubblicazione.
window-dav-password-stored = La password è nel portachiavi di questo computer.
window-dav-password-no-keyring = Questo computer non ha un portachiavi, quindi la password non è stata salvata: verrà chiesta alla pubblicazione.

error-database-schema-mismatch = { $path } è alla versione di schema { $version }, attesa la { $expected }
error-database-migration-failed = la migrazione { $name } non è riuscita: { $reason }
error-not-a-convene-database = { $path } non è un database di Convene ({ $detail })
error-database-no-schema-version = contiene tabelle ma nessuna versione di schema di Convene
error-database-newer = { $path } è stato scritto da una versione più recente di Convene (schema { $version }; questa versione legge fino al { $latest }). Aggiorna Convene per aprirlo; il file non è stato modificato.
error-network-has-dependents = eliminare { $network } eliminerebbe anche { $dependents }; conferma l’eliminazione a cascata per eliminare tutto
error-partner-has-dependents = eliminare { $partner } riguarderebbe anche { $dependents }; conferma l’eliminazione a cascata per procedere
count-partners = { $count ->
    [one] { $count } partner
   *[other] { $count } partner
}
count-contacts = { $count ->
    [one] { $count } contatto
   *[other] { $count } contatti
}
count-meetings = { $count ->
    [one] { $count } riunione
   *[other] { $count } riunioni
}
count-milestones = { $count ->
    [one] { $count } tappa
   *[other] { $count } tappe
}
count-action-plans = { $count ->
    [one] { $count } piano d’azione
   *[other] { $count } piani d’azione
}
count-import-notes = { $count ->
    [one] { $count } nota di importazione
   *[other] { $count } note di importazione
}
count-local-group-members = { $count ->
    [one] { $count } membro del gruppo locale
   *[other] { $count } membri del gruppo locale
}
count-attendance-records = { $count ->
    [one] { $count } registrazione di presenza
   *[other] { $count } registrazioni di presenza
}
count-days-off = { $count ->
    [one] { $count } giorno non lavorativo
   *[other] { $count } giorni non lavorativi
}
count-networks = { $count ->
    [one] { $count } rete
   *[other] { $count } reti
}
count-agenda-items = { $count ->
    [one] { $count } punto all’ordine del giorno
   *[other] { $count } punti all’ordine del giorno
}
count-good-practices = { $count ->
    [one] { $count } buona pratica
   *[other] { $count } buone pratiche
}
count-polls = { $count ->
    [one] { $count } sondaggio
   *[other] { $count } sondaggi
}
count-contact-emails = { $count ->
    [one] { $count } e-mail di contatto
   *[other] { $count } e-mail di contatto
}
count-list-and = { $first } e { $last }
count-hosted-meetings = { $count ->
    [one] { $count } riunione che perderebbe la città ospitante
   *[other] { $count } riunioni che perderebbero la città ospitante
}
count-city-plans = { $count ->
    [one] { $count } piano d’azione che perderebbe la sua città
   *[other] { $count } piani d’azione che perderebbero la loro città
}
error-several-plans-of-city = { $network } ha { $count } piani di { $city } (id { $ids }); indica l’id del piano
error-published-with-other-account = questa rete è pubblicata con l’account «{ $other }», non «{ $account }»; usa --account { $other }
error-plan-file-changed-on-server = { $href } è stato modificato sul server dall’ultima lettura da parte di questo computer; nulla è stato sovrascritto: esegui prima convene plan pull { $plan } --account { $account }, poi push
error-poll-closed = il sondaggio «{ $poll }» è stato chiuso; un sondaggio chiuso resta com’è e non può essere modificato. Modifica invece la riunione che ha creato
error-poll-closed-on-option = il sondaggio «{ $poll }» è stato chiuso sull’opzione { $number } ({ $when }); un sondaggio chiuso resta com’è e non può essere modificato. Modifica invece la riunione che ha creato
error-day-off-twice = { $partner } ha già il giorno non lavorativo «{ $name }» il { $date }
error-plan-conflict-settled = il conflitto in «{ $label }» è già stato risolto ({ $resolution })
error-import-database-not-empty = il database contiene già dati ({ $held }); un’esportazione JSON si importa solo in un database vuoto, così che ogni id resti com’era. Importala invece in un nuovo file di database, per esempio: convene --db new.db import json FILE. Non è stato modificato nulla
error-import-database-not-empty-at = il database { $path } contiene già dati ({ $held }); un’esportazione JSON si importa solo in un database vuoto, così che ogni id resti com’era. Importala invece in un nuovo file di database, per esempio: convene --db new.db import json FILE. Non è stato modificato nulla
error-account-needs-name = un account ha bisogno di un nome (per esempio «nextcloud»)
error-account-name-too-long = un nome di account ha al massimo { $max } caratteri
error-account-url-not-web = «{ $url }» non è un indirizzo web: deve iniziare con https:// (o http:// per un server su questo computer)
error-account-url-no-server = «{ $url }» non indica alcun server
error-account-url-spaces-or-long = l’indirizzo contiene spazi o è troppo lungo
error-account-needs-user = il server ha bisogno di un nome utente
error-account-ca-not-a-file = { $file } non è un file: indica il file PEM dell’autorità di certificazione del server
error-account-exists = esiste già un account chiamato «{ $name }»; rimuovilo prima (convene account remove { $name }) o scegli un altro nome
error-no-account-named = non c’è nessun account chiamato «{ $name }» (convene account list li mostra)
error-account-removed = l’account { $id } è stato rimosso
error-no-open-calendar-conflict = non c’è nessun conflitto aperto { $id } (convene conflicts li elenca)

error-amount-negative = { $amount } è negativo; gli importi sono euro spesi o ricevuti, 0 o più
error-amount-too-many-decimals = { $amount } ha più di due decimali; scrivi euro e centesimi, per esempio 1250.50
error-amount-too-large = { $amount } supera { $max } euro
error-amount-has-comma = «{ $text }» contiene una virgola; scrivi gli euro con un punto per i centesimi e senza separatore delle migliaia, per esempio 1250.50
error-not-an-amount = «{ $text }» non è un importo in euro (per esempio 1250.50)
error-not-a-month = «{ $text }» non è un mese; scrivilo come AAAA-MM, per esempio 2025-03
error-plan-no-section = questo piano non ha nessuna sezione «{ $key }»
error-plan-no-section-of = questo piano non ha nessuna sezione «{ $key }»; le sue sezioni sono { $keys }
error-plan-too-many-sections = un piano ha al massimo { $max } sezioni
error-not-a-section-key = «{ $key }» non è una chiave di sezione (lettere minuscole, cifre e -)
error-section-twice = la sezione «{ $key }» compare due volte
error-custom-section-standard-key = una sezione personalizzata non può usare una chiave standard
error-not-a-standard-section = non è una delle sezioni standard
error-standard-section-missing = manca la sezione standard «{ $title }» ({ $key })
error-plan-too-many-rows = un piano ha al massimo { $max } azioni, { $max } indicatori e { $max } rischi
error-action-too-many-funding-lines = un’azione ha al massimo { $max } voci di finanziamento
error-indicator-not-of-plan = l’indicatore { $id } non appartiene a questo piano
error-indicator-linked-twice = l’indicatore { $id } è collegato due volte
error-not-one-to-five = { $value } non è compreso tra 1 e 5
error-plan-adoption-date-not-adopted = solo un piano adottato ha una data di adozione
error-plan-already-adopted = il piano è già adottato; riportalo a «Definitivo» per registrare un’altra data di adozione
error-plan-status-move = { $from ->
    [in_review] un piano «In revisione» può passare solo a «Bozza» o «Definitivo»
    [final] un piano «Definitivo» può passare solo a «In revisione» o «Adottato»
    [adopted] un piano «Adottato» può passare solo a «Definitivo»
   *[draft] un piano «Bozza» può passare solo a «In revisione»
}, non a { $to ->
    [draft] «Bozza»
    [in_review] «In revisione»
    [final] «Definitivo»
   *[adopted] «Adottato»
}
error-plan-adoption-date-needed = indica la data in cui il consiglio comunale ha adottato il piano (AAAA-MM-GG)
error-standard-section-title = «{ $title }» è una sezione standard del Piano d’azione integrato; il suo titolo resta
error-section-order-unknown = «{ $key }» non è una sezione di questo piano, o è elencata due volte
error-section-order-leaves-out = il nuovo ordine tralascia la sezione «{ $key }»
error-standard-section-remove = «{ $key }» è una sezione standard del Piano d’azione integrato e non può essere rimossa; lasciala vuota

error-id-twice = { $id } compare due volte

error-urbact-refused = { $reason }; era atteso il testo di pagine URBACT di reti o buone pratiche, ciascuna terminata da una riga «Ref nid». Non è stato importato nulla.
error-urbact-nul-byte = il file è binario, non testo (contiene un byte NUL alla riga { $line })
error-urbact-control-byte = il file è binario, non testo (contiene un byte di controllo alla riga { $line })
error-urbact-not-utf8 = il file non è testo UTF-8 (il byte { $byte } alla riga { $line } non è UTF-8 valido); salva il testo delle pagine come UTF-8 e importalo di nuovo. Non è stato importato nulla.
error-urbact-empty = il file è vuoto
error-time-skipped = { $time } non esiste in { $zone } (in quel momento cambia l’ora); scegli un altro orario
error-urbact-network-unsaved = riga { $line }: la rete «{ $network }» non può essere salvata ({ $error }); non è stato importato nulla
error-urbact-markup = il file è markup HTML o XML, non il testo di una pagina; apri la pagina in un browser, copiane il testo e salva quello. Era atteso il testo di pagine URBACT di reti o buone pratiche, ciascuna terminata da una riga «Ref nid». Non è stato importato nulla.
error-urbact-no-ref-nid = il file non ha nessuna riga «Ref nid», quindi non contiene alcuna pagina
error-urbact-no-page-records = { $count ->
    [one] l’unica pagina del file non è
   *[other] nessuna delle { $count } pagine del file è
} una pagina di rete (con capofila o un elenco di partner «Città - Paese») né una pagina di buona pratica

error-holidays-unknown-country = Convene non ha festività per «{ $country }»; conosce questi paesi (codici ISO 3166-1): { $codes }
error-holidays-no-regions-of = Convene non conosce nessuna regione di { $country }; lascia vuota la regione (ha regioni per: { $codes })
error-holidays-no-regional = Convene non conosce festività regionali in { $country }; lascia vuota la regione
error-holidays-unknown-region = «{ $region }» non è una regione di { $country } che Convene conosce; usa un codice ISO 3166-2 come { $example }: { $codes }
error-server-resource-no-uid = la risorsa del server non contiene alcun evento con un UID
error-server-version-unreadable = non è stato possibile leggere la versione del server: { $skipped }

error-merged-row-invalid = la riga unita non è valida: { $reason }
error-merged-row-id-changed = la riga unita deve mantenere il suo id
error-plan-no-conflicts = questo piano non ha conflitti da risolvere
error-plan-no-conflict-in = questo piano non ha conflitti aperti in «{ $key }»; conflitti aperti: { $keys }
error-revision-parent-not-earlier = { $uuid } non compare prima nel file
error-revision-twice = la revisione { $uuid } compare due volte
error-snapshot-part-missing = rimanda alla parte { $id }, che non è nel file
error-revision-misnumbered = è { $number }, non { $expected }; le revisioni sono numerate 1, 2, 3 in ordine
error-part-unreadable = la parte { $id } non può essere letta: { $reason }
error-stored-revision-unreadable = una revisione salvata non può essere letta: { $reason }
error-stored-part-missing = una revisione salvata rimanda alla parte { $id }, che manca
error-stored-part-unreadable = la parte salvata { $id } non può essere letta: { $reason }
error-file-part-missing = { $what } rimanda alla parte { $id }, che non è nel file
error-in-file-part = { $what }: { $reason }

-poll-option-forms = AAAA-MM-GG HH:MM/HH:MM per un orario, AAAA-MM-GG (o AAAA-MM-GG/AAAA-MM-GG) per giornate intere
error-poll-option-not-a-date = «{ $option }» non è una data; scrivi un’opzione come { -poll-option-forms }
error-poll-option-no-clock = «{ $option }» non ha un orario «{ $time }»; scrivi un’opzione come { -poll-option-forms }
error-poll-option-empty = un’opzione è vuota; scrivila come { -poll-option-forms }
error-poll-option-no-end = «{ $option }» non indica l’orario di fine; scrivi un’opzione come { -poll-option-forms }
error-poll-option-end-not-after-start = in «{ $option }» la fine non è dopo l’inizio; un’opzione inizia e finisce nello stesso giorno
error-poll-option-last-before-first = in «{ $option }» l’ultimo giorno è prima del primo
error-poll-option-needs-zone = «{ $option }» è un orario: indica il suo fuso orario (--tz) o un ospitante
error-poll-option-undated = un’opzione di un sondaggio è una data o un orario, mai senza data
error-poll-no-option = il sondaggio «{ $poll }» non ha l’opzione { $number }; le sue opzioni sono numerate da 1 a { $count }
error-no-poll-id = non c’è nessun sondaggio con id { $id }; `convene poll list RETE` li elenca
error-poll-no-options = proponi almeno una data (AAAA-MM-GG HH:MM/HH:MM, o AAAA-MM-GG)
error-poll-too-many-options = sono proposte { $count } opzioni; un sondaggio ne propone al massimo { $max }
error-poll-option-twice = «{ $option }» è proposta due volte (opzioni { $first } e { $second })
error-poll-closed-option-elsewhere = un sondaggio chiuso indica una delle sue opzioni
error-poll-meeting-elsewhere = la riunione { $id } non è una riunione di questa rete

error-export-json-unwritable = impossibile scrivere l’esportazione come JSON: { $reason }
error-export-not-json = il file non è JSON valido ({ $reason }); era atteso un file scritto da `convene export json`
error-not-an-export = questo JSON non è un’esportazione di Convene: { $why }. Usa un file scritto da `convene export json`; non è stato importato nulla
error-export-top-not-object = il suo livello superiore non è un oggetto JSON
error-export-other-format = il suo «format» è { $format }, non «{ $expected }»
error-export-no-format = non ha un campo «format»
error-export-no-schema-version = non ha un campo «schema_version» intero
error-export-schema-version-zero = il suo «schema_version» è 0; le versioni iniziano da 1
error-export-unreadable = l’esportazione di Convene non può essere letta: { $reason }; non è stato importato nulla
error-export-newer = questa esportazione è stata scritta da una versione più recente di Convene (schema_version { $version }; questa versione legge fino alla { $latest }). Aggiorna Convene per importarla; non è stato importato nulla

error-plan-json-unwritable = impossibile scrivere il piano come JSON: { $reason }
error-not-a-plan-file = questo non è un file di piano di Convene: { $why }
error-plan-file-not-json = non è JSON valido ({ $reason })
error-plan-file-is-export = è un’esportazione dell’intero database; usa `convene import` (Dati > Importa) per questo
error-plan-file-other-format = il suo formato è «{ $format }», non «{ $expected }»
error-plan-file-no-format = non ha "format": "{ $expected }"
error-plan-file-newer = questo file di piano è stato scritto da una versione più recente di Convene (versione { $version }; questa versione legge fino alla { $latest }); aggiorna Convene per leggerlo
error-plan-file-no-version = questo file di piano non ha un numero "version"
error-plan-file-unreadable = questo file di piano non può essere letto: { $reason }
error-plan-file-damaged = questo file di piano è danneggiato: { $what }
error-plan-file-uuid = l’uuid del piano «{ $uuid }» non è un UUID
error-plan-file-no-revision = non contiene alcuna revisione
error-plan-file-revision-no-parent = la revisione { $number } ({ $uuid }) non ha un genitore; solo la prima revisione può non averlo
error-plan-file-first-revision-parent = la revisione { $number } ({ $uuid }) è la prima ma indica un genitore
error-plan-file-comment-no-uuid = il commento { $number } ({ $uuid }) non ha un uuid
error-plan-file-comment-invalid = commento { $number } ({ $uuid }): { $reason }
error-plan-file-comment-twice = il commento { $number } ({ $uuid }) compare due volte
error-plan-file-stray-revision = la revisione { $uuid } non è nella cronologia della sua ultima revisione { $head }

error-invite-undated = «{ $title }» non ha ancora una data; dagli una data e un orario prima di inviare un invito
error-invite-undated-planned = «{ $title }» non ha ancora una data (prevista: { $planned }); dagli una data e un orario prima di inviare un invito
error-organizer-email-needed = indica l’indirizzo e-mail dell’organizzatore (name@example.org)
error-attendee-email-empty = l’indirizzo e-mail di un partecipante è vuoto
error-attendees-needed = indica l’indirizzo e-mail di almeno un partecipante
error-poll-no-contact-emails = nessun partner di { $network } ha un contatto con indirizzo e-mail; aggiungi prima dei contatti o indica gli indirizzi
error-address-empty = un indirizzo è vuoto
error-poll-address-not-a-contact = { $email } non è l’indirizzo di un contatto di alcun partner di { $network }; aggiungilo prima ai contatti di quel partner, così che le sue risposte contino per il partner
error-poll-not-closed = il sondaggio «{ $poll }» non è ancora chiuso
error-partner-not-of-network = il partner { $id } non è un partner di questa rete

error-plan-file-comment-elsewhere = il suo commento { $uuid } qui appartiene a un altro piano (id { $id })
error-plan-file-revision-elsewhere = la sua revisione { $uuid } qui appartiene a un altro piano (id { $id })
error-plan-file-not-utf8 = { $path } non è un file .convene-plan (non è testo UTF-8)
error-plan-network-missing = questo piano appartiene alla rete { $network }, che non è in questo database; importa prima quella rete

error-reply-unreadable = non si può leggere: { $reason }
error-reply-too-large = supera { $kb } KB, mentre una risposta ne occupa pochi: non è una risposta
error-reply-empty = è vuoto
error-reply-not-text = non è né un’e-mail, né un file iCalendar, né testo (contiene byte che non sono UTF-8)
error-reply-calendar-unreadable = la sua parte di calendario non si può leggere: { $reason }
error-reply-grid-unanswered = contiene la griglia delle risposte, ma nessuna data ha una risposta (scrivi sì, forse o no dopo ogni data)
error-reply-no-answer = non contiene nessuna risposta: né una risposta di calendario (METHOD:REPLY con PARTSTAT) né una griglia delle risposte con la sua riga Token
error-reply-grid-bad-word = nella griglia, la data [{ $number }] ha la risposta «{ $word }»; scrivi sì, forse o no
error-reply-grid-no-token = contiene risposte alla griglia ma non la sua riga «Token:», che dice di chi sono le risposte
error-reply-not-a-reply = è un calendario { $method }, non un REPLY: usa le risposte inviate dai partner, non gli inviti
error-reply-event-no-uid = riga { $line }: l’evento non ha UID, quindi non risponde a nessuna data
error-reply-calendar-no-answer = la sua parte di calendario non contiene nessuna risposta (nessun ATTENDEE con PARTSTAT ACCEPTED, TENTATIVE o DECLINED)
error-reply-bad-dtstart = riga { $line }: DTSTART «{ $text }» non è una data né una data con ora
error-reply-unknown-zone = riga { $line }: DTSTART usa il fuso orario «{ $zone }», che non è un nome IANA né Windows e non corrisponde a nessun fuso
error-reply-time-skipped = riga { $line }: DTSTART { $time } non esiste in { $zone } (è il cambio dell’ora)
error-reply-other-event = risponde all’evento con UID { $uid }, che non è nessuna delle date di questo sondaggio (una risposta a un altro sondaggio o a una riunione?)
error-reply-not-a-contact = viene da { $email }, che non è contatto di nessun partner di { $network }; aggiungi l’indirizzo ai contatti del partner e rileggilo
error-reply-wrong-date = risponde alla data { $number } per { $start }, ma quella data è { $when }; non è stato contato per la data sbagliata
error-reply-other-token = la sua griglia ha il token { $token }, che questo sondaggio non ha inviato (la griglia di un altro sondaggio?)
error-reply-no-such-date = la sua griglia risponde alla data [{ $number }], che questo sondaggio non ha

error-restore-refused = { $file } non può essere ripristinato: { $why }
error-restore-is-open = è il database che Convene ha aperto
error-restore-cannot-open = non si può aprire ({ $reason })
error-restore-not-sqlite = non è un backup di Convene (non è un database SQLite)
error-restore-no-schema = non è un backup di Convene (non contiene uno schema di Convene)
error-restore-damaged = { $file } è danneggiato ({ $problem }); non è stato ripristinato
error-restore-busy = il database è rimasto occupato, quindi il backup non è stato ripristinato; riprova
error-window-database-busy = il database è occupato ({ $reason }); riprova
error-window-cannot-open-database = impossibile aprire il database { $file }: { $reason }
error-window-cannot-reopen-database = impossibile riaprire il database ripristinato: { $reason }
error-window-dialog-not-a-file = la finestra di dialogo ha indicato un posto che non è un file ({ $reason })
error-window-no-data-folder = la cartella dei dati dell’app è sconosciuta ({ $reason })
error-window-pull-read-nothing = il recupero non ha letto alcun file di piano
error-window-no-mail-program = l’invito è stato salvato come { $path }, ma nessun programma di posta lo ha aperto ({ $reason }); apra quel file con il suo programma di posta
error-window-folder-not-shown = i messaggi sono stati salvati in { $path }, ma quella cartella non si è potuta aprire ({ $reason }); la apra lei

error-unknown-country = «{ $text }» non è un paese che Convene conosce; usa un codice ISO 3166-1 come LV o un nome come Lettonia
plan-warning-funding-no-cost = «{ $action }» ha { $funding } euro di finanziamento ma nessuna stima dei costi
plan-warning-funding-over-cost = il finanziamento di «{ $action }» ({ $funding } euro) supera il suo costo ({ $cost } euro) di { $excess } euro
plan-warning-secured-over-total = il finanziamento garantito ({ $secured } euro) supera di { $excess } euro il costo totale ({ $total } euro)
