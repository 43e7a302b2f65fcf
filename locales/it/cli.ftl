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
