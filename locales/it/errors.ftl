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
