# The convene command line's own output. Source: locales/en/cli.ftl (comments there).
cli-error = erro: { $message }
cli-error-field-with-flag = { $field } ({ $flag }): { $reason }
cli-error-field = { $field }: { $reason }
cli-error-run-with-cascade = { $message } (execute de novo com --cascade)
cli-no-partner = { $network } não tem nenhum parceiro chamado «{ $key }»; `convene partners { $slug }` lista-os
cli-no-partner-did-you-mean = { $network } não tem nenhum parceiro chamado «{ $key }»; queria dizer { $suggestion }?
cli-no-meeting = { $network } não tem nenhuma reunião com o id, UID ou título «{ $key }»; `convene meetings { $slug }` lista-as
cli-meeting-title-needs-network = { $message }; para indicar uma reunião pelo título, indique primeiro a sua rede (REDE REUNIÃO)
cli-no-milestone = { $network } não tem nenhum marco com o id ou título «{ $key }»; `convene milestone list { $slug }` lista-os
cli-no-contact = { $place } não tem nenhum contacto com o id ou nome «{ $key }»
cli-no-local-group-member = { $place } não tem nenhum membro do grupo local com o id ou nome «{ $key }»
cli-no-practice = não existe nenhuma boa prática com o id ou título «{ $key }»; `convene practices` lista-as
cli-no-day-off = { $partner } não tem nenhum dia de folga em { $date }; `convene dayoff list { $slug } --partner { $partner_id }` lista-os
cli-no-day-off-named = { $partner } não tem nenhum dia de folga chamado «{ $name }» em { $date }; `convene dayoff list { $slug } --partner { $partner_id }` lista-os
cli-holidays-not-covered = o python-holidays cobre { $country } ({ $code }) a partir de { $first_year }; não tem datas para { $span }
cli-date-from = a partir de { $date }
cli-date-until = até { $date }
cli-networks-none = Ainda não há redes. Adicione uma com `convene network add --name NOME` ou importe páginas com `convene import urbact FICHEIRO`.
cli-column-slug = NOME CURTO
cli-column-name = NOME
cli-column-kind = TIPO
cli-column-dates = DATAS
cli-column-partner-count = N.º PARCEIROS
cli-column-meeting-count = N.º REUNIÕES
cli-column-lead-partner = PARCEIRO PRINCIPAL
cli-label-id = Id
cli-label-short-name = Nome curto
cli-label-kind = Tipo
cli-label-tagline = Lema
cli-label-programme = Programa
cli-label-dates = Datas
cli-label-lead-partner = Parceiro principal
cli-label-language = Língua
cli-label-email = E-mail
cli-label-website = Sítio web
cli-network-phases = Fases
cli-network-partner-count = { $count ->
    [0] Nenhum parceiro
    [one] { $count } parceiro
   *[other] { $count } parceiros
}
cli-network-milestones = Marcos
cli-milestone-done = (feito)
cli-network-plans = Planos de ação
cli-plan-no-city = (sem cidade)
cli-network-import-notes = Notas de importação (linhas que o importador não conseguiu colocar)
cli-network-meetings-hint = Reuniões: `convene meetings { $slug }`
cli-network-added = Rede { $name } adicionada (id { $id }, nome curto { $slug }).
cli-network-updated = Rede { $name } alterada (nome curto { $slug }).
cli-network-deleted = Rede { $name } eliminada.
cli-network-deleted-with = Rede { $name } eliminada, juntamente com { $also }.
cli-plan-language-set = «{ $title }» é agora exportado em { $language }.
