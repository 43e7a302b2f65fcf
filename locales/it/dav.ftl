# Il client dei server di calendario di Convene (CalDAV, WebDAV). Fonte: locales/en/dav.ftl (commenti lì).

dav-summary = { $network }: { $created ->
    [one] { $created } riunione creata
   *[other] { $created } riunioni create
}, { $updated ->
    [one] { $updated } modificata
   *[other] { $updated } modificate
}, { $deleted ->
    [one] { $deleted } eliminata
   *[other] { $deleted } eliminate
} sul server; { $taken ->
    [one] { $taken } ripresa dal server
   *[other] { $taken } riprese dal server
}{ $conflicts ->
    [0] {""}
    [one] ; { $conflicts } conflitto da risolvere (convene conflicts)
   *[other] ; { $conflicts } conflitti da risolvere (convene conflicts)
}.
dav-last-result-pull = lettura: { $summary }
dav-last-result-failed = non riuscito: { $error }
dav-created-on-server = «{ $title }» è stata creata sul server e ora è una riunione qui
dav-rewritten-on-server = «{ $title }» è stata riscritta sul server (nessuna modifica che Convene mostri)
dav-changed-on-server = «{ $title }» è stata modificata sul server: { $changes }
dav-line-with-provenance = { $line } ({ $details })
dav-series-on-server = «{ $title }» si ripete sul server: riunioni create qui: { $count }, una per ricorrenza entro le date della rete; la serie resta del server (le sue modifiche arrivano qui, Convene non la riscrive)
dav-series-changed-on-server = «{ $title }», una serie sul server, è stata modificata lì: riunioni aggiornate qui: { $count }
dav-series-replaced-here = «{ $title }» del { $date } era stata modificata o eliminata qui, ma appartiene a una serie sul server: è stata presa la versione della serie
dav-series-not-published = «{ $title }» del { $date } appartiene a una serie sul server: le modifiche fatte qui non vengono pubblicate (modificare la serie in un programma di calendario)
dav-series-deleted-here = la riunione del { $date } di una serie sul server è stata eliminata qui: resta nella serie sul server
dav-changed-on-both-sides = «{ $title }» è stata modificata sia qui sia sul server
dav-deleted-on-server = «{ $title }» è stata eliminata sul server; resta qui finché non scegliete (convene conflicts)
dav-changed-meanwhile = «{ $title }» è stata modificata nel frattempo sul server (412); non è stato sovrascritto nulla
dav-no-readable-event = { $href } sul server non contiene alcun evento leggibile; lasciato così
dav-not-taken = { $href }: non è stato possibile riprendere la versione del server: { $error }

dav-request-principal = la ricerca dell'utente (PROPFIND)
dav-request-calendar-home = la ricerca della cartella dei calendari (PROPFIND)
dav-request-calendars = l'elenco dei calendari
dav-request-create-calendar = la creazione del calendario (MKCALENDAR)
dav-request-calendar-changes = la lettura delle modifiche del calendario (REPORT)
dav-request-calendar = la lettura del calendario (REPORT)
dav-request-calendar-at = la lettura del calendario { $href }
dav-request-calendar-listing = l'elenco del contenuto del calendario (PROPFIND)
dav-request-changed-events = la lettura degli eventi modificati (REPORT calendar-multiget)
dav-request-create-event = la creazione di un evento (PUT)
dav-request-update-event = l'aggiornamento di un evento (PUT)
dav-request-delete-event = l'eliminazione di un evento (DELETE)
dav-request-read-file = la lettura di { $href }
dav-request-write-file = la scrittura di { $href }

dav-error-dns = il nome del server { $host } non è stato trovato (DNS): controllate l'indirizzo dell'account (convene account list) e la connessione a Internet
dav-error-refused = { $url } ha rifiutato la connessione: il server è spento oppure l'indirizzo o la porta sono sbagliati; qui non è cambiato nulla, riprovate quando è attivo
dav-error-timeout = { $url } non ha risposto entro { $seconds } secondi: il server o la rete non funzionano; qui non è cambiato nulla, riprovate più tardi
dav-error-tls = il certificato TLS di { $url } non è attendibile ({ $detail }): se il server usa una propria autorità di certificazione, aggiungete di nuovo l'account con --ca-file PEM
dav-error-unauthorized = { $url } ha rifiutato il nome utente o la password (401): controllate il nome utente (convene account list) e indicate la password giusta (--password-stdin, CONVENE_DAV_PASSWORD o il portachiavi)
dav-error-not-caldav = { $url } non è un server CalDAV ({ $detail }): indicate l'indirizzo del server di calendario (per Nextcloud, https://HOST/remote.php/dav)
dav-error-no-password = nessuna password per l'account «{ $account }»: nessun portachiavi ha risposto ({ $detail }); indicatela con --password-stdin o in CONVENE_DAV_PASSWORD
dav-error-forbidden = { $url } ha risposto { $status } a { $what }: l'account non può farlo; controllate i suoi permessi sul server
dav-error-not-found = { $url } ha risposto { $status } a { $what }: il calendario o il file non c'è (più); pubblicate di nuovo per crearlo
dav-error-not-supported = { $url } ha risposto { $status } a { $what }: il server non lo offre; forse non è un server CalDAV/WebDAV
dav-error-changed = { $url } ha risposto { $status } a { $what }: qualcuno l'ha modificato nel frattempo sul server; non è stato sovrascritto nulla
dav-error-full = { $url } ha risposto { $status } a { $what }: il server non ha più spazio
dav-error-failed = { $url } ha risposto { $status } a { $what }: il server ha avuto un errore; riprovate più tardi
dav-error-unexpected = { $url } ha risposto { $status } a { $what }: una risposta che Convene non sa come trattare
dav-error-other = la comunicazione con { $url } non è riuscita: { $detail }
dav-detail-not-webdav-xml = la sua risposta a { $what } non è XML WebDAV: { $detail }
dav-detail-request = { $what }: { $detail }
dav-detail-no-calendar-home = l'utente { $principal } non indica alcuna cartella dei calendari (calendar-home-set)
dav-detail-no-free-calendar-name = nessun nome libero per il calendario in { $home }
dav-detail-not-utf8 = { $href } non è testo UTF-8

dav-ca-file-unreadable = { $path } non può essere letto come certificati PEM ({ $detail }); indicate il certificato dell'autorità di certificazione del server in formato PEM
dav-ca-file-empty = { $path } non contiene alcun certificato; indicate il certificato dell'autorità di certificazione del server in formato PEM
dav-not-a-web-address = «{ $url }» non è un indirizzo web ({ $detail })
dav-user-not-for-http = il nome utente contiene caratteri che HTTP non può trasmettere
dav-password-stdin-empty = --password-stdin ha letto una riga vuota: passate la password con una pipe, ad es. `printf %s "$PASS" | convene ...`
dav-network-not-published = { $network } non è ancora pubblicata: eseguite prima convene publish { $slug } --account NOME
dav-no-plan-file = non c'è alcun file del piano in { $href } su { $server }: caricatelo prima (convene plan push { $plan } --account { $account })
