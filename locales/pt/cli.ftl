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
cli-cannot-write-json = não é possível escrever o JSON: { $reason }
cli-warnings-heading = Avisos:
cli-file-error = { $file }: { $message }
cli-backup-done = Cópia de segurança da base de dados guardada em { $file }.
cli-export-json-done = Base de dados exportada para { $file }.
cli-import-json-done = { $summary } a partir de { $file }.
cli-import-warning = linha { $line }: { $message } («{ $text }»)
cli-ics-nothing-imported = { $file }: nenhum dos seus eventos pôde ser importado ({ $count ->
    [one] { $count } ignorado
   *[other] { $count } ignorados
}, listados acima); corrija-os, ou importe o ficheiro no programa de calendário que o criou e exporte-o de novo
cli-ics-column-id = id
cli-ics-column-when = quando
cli-ics-column-status = estado
cli-ics-column-title = título
cli-ics-created = Criadas:
cli-ics-updated = Alteradas:
cli-ics-and-more = … e mais { $count }; `convene meetings { $slug }` lista todas as reuniões.
cli-ics-skipped = Ignorados ({ $count }):
cli-warning = aviso: { $warning }
cli-sync-ics-file = ficheiro .ics: { $path }
cli-plan-pushed = «{ $plan }» guardado em { $href }.
cli-plan-pulled = «{ $plan }» lido de { $href }.
cli-plan-pulled-conflicts = { $count ->
    [one] { $count } conflito, lado a lado em `convene plan conflicts { $plan }`; resolva-o com `convene plan resolve`.
   *[other] { $count } conflitos, lado a lado em `convene plan conflicts { $plan }`; resolva cada um com `convene plan resolve`.
}
cli-conflicts-none = Nenhum conflito.
cli-conflict-deleted = (eliminada)
cli-conflict-heading = { $id }: «{ $title }» ({ $network }), encontrado em { $found }
cli-conflict-here = aqui:
cli-conflict-on-server = no servidor:
cli-conflicts-settle = Resolva cada um com: convene conflict resolve ID --keep local|remote
cli-plans-none = { $network } ainda não tem planos de ação. `convene plan create { $slug } --partner CIDADE --title T` começa um.
cli-column-id = ID
cli-column-partner = PARCEIRO
cli-column-title = TÍTULO
cli-column-status = ESTADO
cli-column-revision = REV
cli-column-last-change-utc = ÚLTIMA ALTERAÇÃO (UTC)
cli-column-by = POR
cli-plan-section-added = secção { $key } adicionada
cli-plan-section-removed = secção { $key } removida
cli-plan-section-saved = { $key } guardada
cli-plan-revision-restored = revisão { $revision } restaurada
cli-plan-conflict-settled = conflito resolvido em { $key }
cli-plan-saved = { $what }: revisão { $revision } de { $author }
cli-plan-unchanged = nada mudou: o plano já diz isso (revisão { $revision })
cli-plan-status-word = { $status ->
    [draft] é um rascunho
    [in_review] está em revisão
    [final] é final
   *[adopted] está aprovado
}
cli-plan-status-set = «{ $title }» agora { $status }
cli-plan-status-set-on = «{ $title }» { $status } desde { $date }
cli-plan-comment-added = comentário { $id } adicionado a { $key } por { $author }
cli-plan-sent = { $count ->
    [one] «{ $title }» escrito com { $count } revisão em { $file }
   *[other] «{ $title }» escrito com { $count } revisões em { $file }
}
cli-plan-received-settle = Resolva cada um com `convene plan resolve { $id } CHAVE --ours | --theirs | --text T`.
cli-plan-conflicts-none = Nenhum conflito por resolver.
cli-plan-author-default = { $name } (o nome de utilizador do sistema; defina um com `convene plan author NOME`)
cli-plan-conflict = conflito em { $label } ({ $key }):
cli-plan-conflict-ours = nossa:
cli-plan-conflict-theirs = deles:
cli-plan-conflict-removed = (removida)
cli-plan-created = plano { $id } «{ $title }» criado para { $partner }
cli-plan-section-keys = Plano { $id }. Secções a redigir com `convene plan section set { $id } CHAVE`: { $keys }
cli-plan-open-comments = Comentários em aberto
cli-plan-open-conflicts = { $count ->
    [one] { $count } conflito com a cópia de um parceiro por resolver: `convene plan conflicts { $id }`
   *[other] { $count } conflitos com a cópia de um parceiro por resolver: `convene plan conflicts { $id }`
}
cli-poll-created = { $count ->
    [one] Sondagem { $id } «{ $title }» criada com { $count } data.
   *[other] Sondagem { $id } «{ $title }» criada com { $count } datas.
}
cli-poll-invitations-written = { $count ->
    [one] { $count } convite escrito em { $folder }: envie-o a partir do seu programa de correio.
   *[other] { $count } convites escritos em { $folder }: envie cada um a partir do seu programa de correio.
}
cli-poll-column-file = Ficheiro
cli-poll-column-partner = Parceiro
cli-poll-column-date = Data
cli-poll-column-answer = Resposta
cli-poll-column-recorded = Registada
cli-poll-column-yes = Sim
cli-poll-column-if-need-be = Se necessário
cli-poll-column-no = Não
cli-poll-column-zone = Fuso
cli-poll-column-id = Id
cli-poll-column-title = Título
cli-poll-column-dates = Datas
cli-poll-column-answered = Responderam
cli-poll-no-answer-recorded = nenhuma resposta foi registada
cli-poll-not-an-answer = «{ $text }» não é N=RESPOSTA; escreva o número da data e yes, maybe ou no, por exemplo 2=yes
cli-poll-answers-recorded = { $count ->
    [one] { $count } resposta de { $partner } registada.
   *[other] { $count } respostas de { $partner } registadas.
}
cli-label-poll = Sondagem
cli-label-host = Anfitrião
cli-label-deadline = Prazo
cli-label-state = Estado
cli-poll-state-closed-on = fechada na data { $number } (reunião { $meeting })
cli-poll-state-open = aberta
cli-poll-state-closed = fechada
cli-poll-all-answered = Todos os parceiros responderam.
cli-poll-not-answered = Sem resposta: { $partners }
cli-poll-organizer-needed = os convites da sondagem nunca foram escritos; indique o remetente do convite para a reunião com --organizer
cli-poll-closed = Sondagem { $id } fechada na data { $number }: criada a reunião { $meeting } «{ $title }», { $when }.
cli-poll-no-messages-written = Nenhuma mensagem escrita: indique --out PASTA para escrever o convite para a reunião e a libertação das outras datas.
cli-polls-none = { $network } ainda não tem sondagens.
cli-reminder-not-a-duration = «{ $text }» não é uma duração; escreva-a como 1d, 2h ou 30m
cli-ics-export-written = { $count ->
    [one] Escrita { $count } reunião.
   *[other] Escritas { $count } reuniões.
}
cli-ics-export-written-to = { $count ->
    [one] Escrita { $count } reunião em { $file }.
   *[other] Escritas { $count } reuniões em { $file }.
}
cli-ics-export-written-left-out = { $count ->
    [one] Escrita { $count } reunião
   *[other] Escritas { $count } reuniões
}; { $undated ->
    [one] { $undated } ainda sem data ficou de fora.
   *[other] { $undated } ainda sem data ficaram de fora.
}
cli-ics-export-written-to-left-out = { $count ->
    [one] Escrita { $count } reunião
   *[other] Escritas { $count } reuniões
} em { $file }; { $undated ->
    [one] { $undated } ainda sem data ficou de fora.
   *[other] { $undated } ainda sem data ficaram de fora.
}
cli-invite-written = { $method ->
    [cancel] Cancelamento escrito: { $subject }.
   *[request] Convite escrito: { $subject }.
}
cli-invite-written-to = { $method ->
    [cancel] Cancelamento escrito em { $file }: { $subject }.
   *[request] Convite escrito em { $file }: { $subject }.
}
cli-not-a-date-time = «{ $text }» não é uma data e hora; escreva-a como "AAAA-MM-DD HH:MM"
cli-not-a-month = «{ $text }» não é um mês; escreva-o como AAAA-MM (ou um ano, AAAA)
cli-meeting-no-start-yet = a reunião ainda não tem hora de início; indique --start e --end
cli-meeting-end-needed = indique --end com --start ("AAAA-MM-DD HH:MM" ou "HH:MM")
cli-meeting-no-day-yet = a reunião ainda não tem dia; indique --date (e --until)
cli-not-a-time-of-day = «{ $text }» não é uma hora do dia; escreva-a como HH:MM (14:30)
cli-agenda-speaker = (orador: { $speaker })
cli-agenda-empty = A ordem de trabalhos está vazia. Adicione um ponto com `convene agenda { $slug } { $meeting } add --title TEXTO`.
cli-agenda-heading = Ordem de trabalhos de { $title } (reunião { $meeting })
cli-agenda-item-added = Ponto { $number } adicionado à ordem de trabalhos de { $title }:
cli-agenda-item-changed = Ponto { $number } da ordem de trabalhos de { $title } alterado:
cli-agenda-item-moved = Ponto { $number } movido para a posição { $place } da ordem de trabalhos de { $title }:
cli-agenda-item-removed = Ponto { $number } removido da ordem de trabalhos de { $title }:
cli-agenda-item-removed-named = Ponto { $number } ({ $item }) removido da ordem de trabalhos de { $title }:
cli-holidays-which-days = indique que dias: --year ANO, ou --from DATA --to DATA
cli-holidays-region-needs-country = --region vai com um código de país (convene holidays ES --region ES-CN ...); cada parceiro de uma rede tem a sua própria região (convene partner update REDE CIDADE --region CÓDIGO)
cli-holidays-heading = Feriados em { $country } ({ $code }), { $span }:
cli-holidays-heading-region = Feriados em { $country } ({ $code }) com { $region }, { $span }:
cli-holidays-none = nenhum.
cli-holiday-estimated = { $name } (data estimada)
cli-holiday-national = nacional
cli-column-date = DATA
cli-column-day = DIA
cli-column-holiday = FERIADO
cli-column-where = ONDE
cli-holidays-no-dates-before = (o python-holidays não tem datas antes de { $first_year } para { $code }.)
cli-holidays-network-none = Nenhum parceiro de { $network } tem um feriado ou dia de folga, { $span }.
cli-holidays-network-heading = Dias de folga dos parceiros de { $network }, { $span }:
cli-holidays-uncovered = O Convene não tem feriados para: { $partners } (só contam os dias de folga registados).
cli-day-off-line = «{ $name }» em { $date } ({ $weekday })
cli-days-off-none-partner = Não há nenhum dia de folga registado para { $partner }. Adicione um com `convene dayoff add { $slug } --partner CIDADE --date AAAA-MM-DD --name TEXTO`.
cli-days-off-none-network = Não há nenhum dia de folga registado para os parceiros de { $network }. Adicione um com `convene dayoff add { $slug } --partner CIDADE --date AAAA-MM-DD --name TEXTO`.
cli-day-off-added = Dia de folga { $day } adicionado para { $partner } (id { $id }).
cli-day-off-added-also-holiday = Dia de folga { $day } adicionado para { $partner } (id { $id }). Também é feriado lá: { $holidays }.
cli-day-off-which = { $partner } tem { $count } dias de folga em { $date }: { $names }; indique qual com --name
cli-day-off-removed = Dia de folga { $day } de { $partner } removido.
cli-meeting-id-and-date = id { $id } ({ $date })
cli-meetings-same-title = { $count } reuniões de { $network } têm o título «{ $key }»: { $meetings }; use o id
cli-to-before-from = { $to } é anterior a --from { $from }
cli-meetings-none = { $network } não tem reuniões.
cli-meetings-none-in-period = { $network } não tem reuniões nesse período.
cli-column-when = QUANDO
cli-column-mode = MODALIDADE
cli-column-country = PAÍS
cli-column-zone = FUSO
cli-column-offset = DESFASAMENTO
cli-column-local-time = HORA LOCAL
cli-column-note = NOTA
cli-label-network = Rede
cli-label-when = Quando
cli-label-venue = Local
cli-label-mode = Modalidade
cli-label-status = Estado
cli-label-uid = UID
cli-label-sequence = Sequência
cli-meeting-warnings = Avisos
cli-meeting-local-times = Horas locais
cli-local-time-outside-working-hours = fora do horário de trabalho
cli-local-time-weekend = fim de semana
cli-meeting-agenda = Ordem de trabalhos
cli-meeting-attendance = Participação
cli-meeting-attendance-contact = { $name } (contacto): { $answer }
cli-meeting-needs-start-and-end = uma reunião com horário precisa de --start e --end
cli-meeting-tz-needs-times = --tz aplica-se a --start e --end; indique-os também
cli-meeting-until-needs-date = --until precisa de --date (o primeiro dia)
cli-meeting-added = Reunião { $id } adicionada a { $network }: { $title }, { $when }.
cli-meeting-updated = Reunião { $id } alterada: { $title } ({ $when }).
cli-meeting-updated-sequence = Reunião { $id } alterada: { $title } ({ $when }); os calendários verão a alteração (sequência { $sequence }).
cli-meeting-deleted = Reunião { $id } eliminada: { $title }.
cli-not-a-population = «{ $text }» não é um número inteiro de habitantes
cli-partner-name-and-id = { $name } (id { $id })
cli-partners-same-name = { $count } parceiros de { $network } chamam-se «{ $key }»: { $partners }; use o id
cli-partners-none = { $network } ainda não tem parceiros. Adicione um com `convene partner add { $slug } --name CIDADE --country CC`.
cli-column-role = FUNÇÃO
cli-column-time-zone = FUSO HORÁRIO
cli-column-population = POPULAÇÃO
cli-column-contacts = CONTACTOS
cli-label-country = País
cli-label-region = Região
cli-label-role = Função
cli-label-time-zone = Fuso horário
cli-label-population = População
cli-label-notes = Notas
cli-partner-contacts = Contactos
cli-partner-local-group = Grupo local
cli-partner-added = { $name } ({ $country }, { $zone }) adicionado a { $network } como { $role ->
    [lead_partner] parceiro principal
    [good_practice_city] cidade de boa prática
    [transfer_city] cidade de transferência
    [associated] associado
   *[partner] parceiro
} (id { $id }).
cli-partner-updated = { $name } ({ $country }, { $zone }) alterado em { $network }.
cli-partner-deleted = { $name } eliminado de { $network }.
cli-partner-deleted-with = { $name } eliminado de { $network } ({ $also }).
cli-milestone-not-a-month = «{ $text }» não é um mês; escreva-o como AAAA-MM
cli-milestones-same-title = { $count } marcos têm o título «{ $key }»: { $milestones }; use o id
cli-milestone-line = { $title } ({ $when }, { $kind }, id { $id })
cli-milestone-line-done = { $title } ({ $when }, { $kind }, concluído, id { $id })
cli-milestone-needs-date = um marco precisa do seu dia (--date AAAA-MM-DD) ou do seu mês (--month AAAA-MM)
cli-milestone-added = Marco { $milestone } adicionado a { $network }.
cli-milestone-updated = Marco { $milestone } alterado.
cli-milestone-removed = Marco { $milestone } removido de { $network }.
cli-milestones-none = { $network } ainda não tem marcos. Adicione um com `convene milestone add { $slug } --title TEXTO --date AAAA-MM-DD`.
cli-milestone-done-word = concluído
cli-column-done = CONCLUÍDO
cli-practices-none = Ainda não há boas práticas. Adicione uma com `convene practice add --title TÍTULO`, ou importe-as de páginas URBACT com `convene import urbact FICHEIRO`.
cli-yes = sim
cli-column-city = CIDADE
cli-column-transfer = TRANSFERÊNCIA
cli-column-network = REDE
cli-column-match = CORRESPONDÊNCIA
cli-practices-same-title = { $count } boas práticas têm o título «{ $key }»; use o id
cli-label-city = Cidade
cli-label-author = Autor
cli-label-figure = Número-chave
cli-label-transfer = Transferência
cli-label-networks = Redes
cli-practice-transferred = sim, transferida por redes
cli-limit-at-least-one = tem de ser pelo menos 1
cli-search-nothing = Nada corresponde a «{ $text }».
cli-cannot-read-stdin = não é possível ler as secções a partir da entrada padrão: { $reason }
cli-practice-line = { $title } (id { $id }, { $count ->
    [one] { $count } secção
   *[other] { $count } secções
})
cli-practice-line-from = { $title } (id { $id }, { $from }, { $count ->
    [one] { $count } secção
   *[other] { $count } secções
})
cli-practice-added = Boa prática { $practice } adicionada.
cli-practice-updated = Boa prática { $practice } alterada.
cli-practice-removed = Boa prática { $title } (id { $id }) removida.
cli-person-of-partner = { $name } de { $partner } (id { $id })
cli-people-same-name = { $count } pessoas de { $place } chamam-se «{ $key }»: { $people }; use o id
cli-contacts-none = { $place } ainda não tem contactos. Adicione um com `convene contact add { $slug } --partner CIDADE --name NOME`.
cli-local-group-none = { $place } ainda não tem membros do grupo local. Adicione um com `convene local-group add { $slug } --partner CIDADE --name NOME`.
cli-column-email = E-MAIL
cli-column-phone = TELEFONE
cli-column-organisation = ORGANIZAÇÃO
cli-contact-added = { $name } adicionado aos contactos de { $partner } (id { $id }).
cli-contact-updated = { $name }, contacto de { $partner }, alterado (id { $id }).
cli-contact-removed = { $name } removido dos contactos de { $partner }.
cli-member-added = { $name } adicionado ao grupo local de { $partner } (id { $id }).
cli-member-updated = { $name }, do grupo local de { $partner }, alterado (id { $id }).
cli-member-removed = { $name } removido do grupo local de { $partner }.
cli-plan-export-format-unknown = não é possível saber o formato a partir de «{ $file }»; acrescente --format docx, pdf, md ou html
cli-plan-exported = «{ $title }» escrito em { $file } ({ $format }, { $size })
cli-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
cli-size-kilobytes = { $count } KB
cli-not-a-funding-line = «{ $text }» não é FONTE=EUR (como erdf=12000)
cli-plan-action-added = ação «{ $title }» adicionada
cli-plan-indicator-added = indicador «{ $name }» adicionado
cli-plan-risk-added = risco adicionado
cli-meeting-already = A reunião { $id } ({ $title }) já estava { $status ->
    [confirmed] confirmada
    [held] realizada
    [postponed] adiada
    [tentative] provisória
   *[cancelled] cancelada
}.
cli-meeting-confirmed = Reunião { $id } confirmada: { $title } ({ $when }){ $changed ->
    [yes] ; os calendários verão a alteração (sequência { $sequence })
   *[no] {""}
}.
cli-meeting-marked-held = Reunião { $id } marcada como realizada: { $title } ({ $when }){ $changed ->
    [yes] ; os calendários verão a alteração (sequência { $sequence })
   *[no] {""}
}.
cli-meeting-cancelled = Reunião { $id } cancelada: { $title } ({ $when }){ $changed ->
    [yes] ; os calendários verão a alteração (sequência { $sequence })
   *[no] {""}
}.
cli-meeting-postponed-undated = Reunião { $id } adiada: { $title }; ainda sem nova data, por isso os calendários são avisados de que não se realizará em { $when } (sequência { $sequence }).
cli-meeting-postponed-to = Reunião { $id } adiada: { $title }; agora { $when }, provisória até ser confirmada (sequência { $sequence }).
cli-not-an-attendance-status = «{ $text }» não é um de: invited, confirmed (ou accepted), declined, tentative, attended, none
cli-attendance-status = { $status ->
    [accepted] aceitou
    [declined] recusou
    [tentative] provisório
    [attended] participou
   *[invited] convidado
}
cli-attendance-none = Ainda não há ninguém na lista.
cli-attendee-partner = parceiro
cli-attendee-contact = contacto
cli-column-who = QUEM
cli-attendance-heading = Participação em { $title } (reunião { $meeting })
cli-attendance-set = { $name }: { $answer } para { $title }.
cli-attendance-removed = { $name } já não está na lista de { $title }.
cli-slots-how-long = indique quanto tempo dura a reunião: --duration 2h, ou --days N para dias inteiros
cli-length-minutes = { $minutes } minutos
cli-length-hours = { $hours } h
cli-length-hours-minutes = { $hours } h { $minutes }
cli-slots-heading = { $network }: { $count ->
    [one] { $count } início
   *[other] { $count } inícios
} para uma reunião de { $length } de { $from } a { $to } ({ $zone }; horário de trabalho { $hours } no relógio de cada parceiro).
cli-slots-none-suit-all = Nenhum serve a todos os parceiros; os menos incómodos vêm primeiro.
cli-slots-suit-all = { $count ->
    [one] { $count } serve a todos os parceiros.
   *[other] { $count } servem a todos os parceiros.
}
cli-slots-nothing-fits = Nenhuma hora cabe nesse intervalo; alargue-o ou encurte a reunião.
cli-slot-suits-everyone = serve a todos
cli-slot-awkward = incómodo para { $troubled } de { $count } (peso: máximo { $worst }, total { $total })
cli-column-problems = PROBLEMAS
cli-days-heading = { $network }: { $count ->
    [one] { $count } opção
   *[other] { $count } opções
} de { $days ->
    [one] { $days } dia
   *[other] { $days } dias
} de { $from } a { $to } em que nenhum parceiro tem feriado{ $weekends ->
    [left-out] {" "}(sem fins de semana)
   *[counted] {""}
}.
cli-date-span = { $first } a { $last }
cli-days-also = (também: { $meetings })
cli-days-left-out = Dias excluídos:
cli-rotation-heading = { $network }: { $count ->
    [one] { $count } reunião
   *[other] { $count } reuniões
} presenciais, realizadas ou previstas.
cli-rotation-no-partners = Ainda não tem parceiros.
cli-column-hosted = ACOLHIDAS
cli-column-held = REALIZADAS
cli-column-planned = PREVISTAS
cli-column-last-hosted = ÚLTIMO ACOLHIMENTO
cli-rotation-without-host = { $count ->
    [one] { $count } reunião ainda não tem cidade anfitriã.
   *[other] { $count } reuniões ainda não têm cidade anfitriã.
}
cli-rotation-not-hosted = Ainda sem acolher: { $partners }.
cli-rotation-next = Próximos anfitriões, os mais justos primeiro: { $partners }.
cli-column-time-utc = HORA (UTC)
cli-column-author = AUTOR
cli-column-message = MENSAGEM
cli-plan-diff-heading = revisão { $from } ({ $from_author }, { $from_time }) -> revisão { $to } ({ $to_author }, { $to_time })
cli-plan-diff-none = Sem diferenças.
cli-plan-diff-section-added = (adicionada)
cli-plan-diff-section-removed = (removida)
cli-plan-diff-section-renamed = (antes { $title })
cli-plan-diff-reordered = As secções foram postas noutra ordem.
cli-plan-diff-row = { $row ->
    [indicator] indicador «{ $label }» { $change ->
        [added] adicionado
        [removed] removido
       *[changed] alterado: { $fields }
    }
    [risk] risco «{ $label }» { $change ->
        [added] adicionado
        [removed] removido
       *[changed] alterado: { $fields }
    }
   *[action] ação «{ $label }» { $change ->
        [added] adicionada
        [removed] removida
       *[changed] alterada: { $fields }
    }
}
cli-account-password-stored = a palavra-passe está no porta-chaves
cli-account-no-keyring = nenhum porta-chaves respondeu ({ $reason }), por isso a palavra-passe não foi guardada: indique-a com --password-stdin ou { $variable } em cada comando
cli-account-no-password = nenhuma palavra-passe indicada: indique-a com --password-stdin ou { $variable } em cada comando
cli-account-added = Conta { $name } adicionada ({ $url } como { $user }); { $password }.
cli-accounts-none = Ainda não há contas: convene account add NOME --url URL --user UTILIZADOR --password-stdin
cli-account-column-name = nome
cli-account-column-url = url
cli-account-column-user = utilizador
cli-account-column-ca-file = ficheiro CA
cli-account-works = { $name } funciona.
    principal: { $principal }
    pasta de calendários: { $home }
    calendários: { $count }
cli-account-calendar-no-name = (sem nome)
cli-account-removed = Conta { $name } removida, com a sua palavra-passe do porta-chaves.
cli-not-an-export-format = «{ $text }» não é um formato de exportação; use docx, pdf, md ou html

publish-kept-local-create = «{ $title }» mantém a versão do Convene; a próxima publicação volta a criá-la no servidor.
publish-kept-local-overwrite = «{ $title }» mantém a versão do Convene; a próxima publicação substitui a do servidor.
publish-kept-local-deleted = «{ $title }» continua eliminada; a próxima publicação elimina-a no servidor.
publish-kept-remote-deleted = «{ $title }» foi eliminada aqui, tal como no servidor.
publish-kept-remote = «{ $title }» tem agora aqui a versão do servidor.
publish-change-time = hora: { $before } -> { $after }
publish-change-title = título: «{ $before }» -> «{ $after }»
publish-change-place = local: «{ $before }» -> «{ $after }»
publish-change-status = estado: { $before } -> { $after }
publish-change-description = descrição
publish-change-online-link = ligação online: { $before } -> { $after }
publish-said-last-modified = última alteração { $when }
publish-said-changed-by = alterado por { $who }
publish-said-organiser = organizador: { $who }
publish-said-who-unknown = o evento não diz quem o alterou

cli-value-meeting-kind-kick-off = Arranque
cli-value-meeting-kind-transnational = Reunião transnacional
cli-value-meeting-kind-city-visit = Visita à cidade
cli-value-meeting-kind-final-event = Evento final
cli-value-meeting-kind-local-group = Grupo local URBACT
cli-value-meeting-kind-online-touch-base = Ponto de situação online
cli-value-meeting-kind-phase-review = Revisão de fase
cli-value-meeting-kind-other = Outra
cli-value-poll-answer-yes = Sim
cli-value-poll-answer-maybe = Se for preciso
cli-value-poll-answer-no = Não
cli-value-meeting-mode-in-person = Presencial
cli-value-meeting-mode-online = Online
cli-value-meeting-mode-hybrid = Híbrida
cli-value-meeting-status-tentative = Provisória
cli-value-meeting-status-confirmed = Confirmada
cli-value-meeting-status-held = Realizada
cli-value-meeting-status-postponed = Adiada
cli-value-meeting-status-cancelled = Cancelada
cli-value-attendance-invited = Convidado
cli-value-attendance-accepted = Aceitou
cli-value-attendance-declined = Recusou
cli-value-attendance-tentative = Talvez
cli-value-attendance-attended = Esteve presente
cli-value-network-kind-action-planning = Planeamento de ações
cli-value-network-kind-transfer = Transferência
cli-value-network-kind-innovation-transfer = Transferência de inovação
cli-value-network-kind-implementation = Implementação
cli-value-network-kind-other = Outra
cli-value-partner-role-lead-partner = Parceiro líder
cli-value-partner-role-partner = Parceiro
cli-value-partner-role-good-practice-city = Cidade de boa prática
cli-value-partner-role-transfer-city = Cidade de transferência
cli-value-partner-role-associated = Associado
cli-value-plan-status-draft = Rascunho
cli-value-plan-status-in-review = Em revisão
cli-value-plan-status-final = Final
cli-value-plan-status-adopted = Aprovado
cli-value-funding-source-city = Orçamento municipal
cli-value-funding-source-erdf = FEDER
cli-value-funding-source-esf-plus = FSE+
cli-value-funding-source-national = Nacional
cli-value-funding-source-regional = Regional
cli-value-funding-source-private = Privado
cli-value-funding-source-other = Outra
cli-value-action-status-idea = Ideia
cli-value-action-status-planned = Prevista
cli-value-action-status-ongoing = Em curso
cli-value-action-status-done = Concluída
cli-value-action-status-dropped = Abandonada
cli-value-indicator-kind-output = Realização
cli-value-indicator-kind-result = Resultado
cli-value-revision-kind-created = Criado
cli-value-revision-kind-edit = Editado
cli-value-revision-kind-restore = Restaurado
cli-value-revision-kind-received = Recebido
cli-value-revision-kind-merge = Combinado
cli-value-revision-kind-resolve = Conflito resolvido
cli-value-milestone-kind-phase = Início ou fim de fase
cli-value-milestone-kind-deadline = Prazo
cli-value-milestone-kind-deliverable = Produto
cli-value-milestone-kind-decision = Decisão
cli-value-milestone-kind-event = Evento
cli-value-milestone-kind-other = Outro
cli-value-hit-kind-network = Rede
cli-value-hit-kind-partner = Parceiro
cli-value-hit-kind-meeting = Reunião
cli-value-hit-kind-plan = Plano de ação
cli-value-hit-kind-practice = Boa prática
cli-value-day-off-source-national = Feriado nacional
cli-value-day-off-source-regional = Feriado regional
cli-value-day-off-source-local = Folga local

cli-help-usage = Utilização:
cli-help-options = Opções:
cli-help-group-networks = Redes:
cli-help-group-partners = Parceiros e as suas pessoas:
cli-help-group-meetings = Reuniões:
cli-help-group-holidays = Feriados e dias de folga:
cli-help-group-plans = Planos de ação:
cli-help-group-practices = Boas práticas:
cli-help-group-data = Todos os dados:
cli-help-group-servers = Servidores de calendário (CalDAV, WebDAV):
cli-help-group-meeting = A reunião:
cli-help-group-meeting-life = O seu percurso:
cli-help-group-plan = O plano:
cli-help-group-plan-content = O seu conteúdo:
cli-help-group-plan-review = Revisão e histórico:
cli-help-group-plan-exchange = Troca com as cidades parceiras:
cli-help-about = Redes, cidades parceiras, reuniões, planos de ação e boas práticas de redes transnacionais de cidades
cli-help-after =
    NETWORK é o nome curto (slug) ou o nome de uma rede, em maiúsculas ou minúsculas, com ou sem acentos.
    A base de dados é --db PATH, senão $CONVENE_DB, senão o convene.db da aplicação de ambiente de trabalho
    (no Linux ~/.local/share/eu.convene.app/convene.db).
cli-help-option-db = O ficheiro da base de dados [predefinição: $CONVENE_DB, senão o convene.db da aplicação de ambiente de trabalho]
cli-help-option-json = Escrever JSON legível por máquina em vez de texto
cli-help-option-lang = A língua das mensagens: en, fr, de, es, it, pt, pl, nl, el, ro [predefinição: a partir de $LC_ALL, $LC_MESSAGES, $LANG]
cli-help-option-help = Mostrar a ajuda
cli-help-option-version = Mostrar a versão
cli-help-command-networks = Listar todas as redes
cli-help-command-network = Mostrar, adicionar, alterar ou eliminar uma rede
cli-help-command-milestone = Listar, adicionar, alterar ou remover os marcos de uma rede
cli-help-command-partners = Listar os parceiros de uma rede
cli-help-command-partner = Mostrar, adicionar, alterar ou eliminar um parceiro de uma rede
cli-help-command-contacts = Listar as pessoas de contacto dos parceiros de uma rede
cli-help-command-contact = Adicionar, alterar ou remover a pessoa de contacto de um parceiro
cli-help-command-local-group = Listar os membros do grupo local URBACT de uma rede, ou adicionar, alterar ou remover um
cli-help-command-meetings = Listar as reuniões de uma rede por data (as sem data no fim)
cli-help-command-meeting = Mostrar, adicionar, alterar, confirmar, adiar, marcar como realizada, cancelar ou eliminar uma reunião
cli-help-command-agenda = Mostrar a ordem de trabalhos de uma reunião, ou adicionar, alterar, mover ou remover um ponto
cli-help-command-attendance = Mostrar quem está convidado para uma reunião, ou registar a resposta de um parceiro ou de um contacto
cli-help-command-invite = Escrever um convite por e-mail para uma reunião (um cancelamento se estiver cancelada ou adiada)
cli-help-command-slots = Encontrar horários que sirvam aos parceiros de uma rede: horário de trabalho, fins de semana, feriados, outras reuniões
cli-help-command-rotation = Quem acolheu as reuniões presenciais da rede e quem deveria acolher a próxima
cli-help-command-poll = Perguntar aos parceiros que datas lhes convêm, ler as respostas e transformar a data escolhida numa reunião
cli-help-command-holidays = Os feriados de um país, ou os dias em que os parceiros de uma rede não trabalham
cli-help-command-dayoff = Listar, adicionar ou remover os dias de folga próprios de um parceiro (o dia do santo padroeiro, uma eleição local)
cli-help-command-plans = Listar os planos de ação de uma rede com o seu estado e a última alteração
cli-help-command-plan = Redigir, rever, comparar, restaurar, enviar e receber um Plano de Ação Integrado
cli-help-command-practices = Listar as boas práticas
cli-help-command-practice = Mostrar, adicionar, alterar ou remover uma boa prática
cli-help-command-search = Pesquisar redes, parceiros, reuniões, planos de ação e boas práticas
cli-help-command-import = Importar páginas de redes URBACT, uma exportação JSON do Convene ou um ficheiro iCalendar
cli-help-command-export = Exportar toda a base de dados, ou as reuniões como ficheiro iCalendar
cli-help-command-backup = Copiar toda a base de dados para FILE (cópia de segurança em linha do SQLite; segura enquanto a aplicação está aberta)
cli-help-command-help = Mostrar esta mensagem ou a ajuda dos subcomandos indicados
cli-help-command-account = Adicionar, listar, testar ou remover uma conta de servidor CalDAV/WebDAV (as palavras-passe ficam no porta-chaves)
cli-help-command-publish = Publicar as reuniões de uma rede num calendário de um servidor CalDAV (lendo primeiro as suas alterações)
cli-help-command-pull = Trazer para uma rede publicada as alterações feitas no servidor CalDAV
cli-help-command-conflicts = Listar as reuniões alteradas aqui e no servidor, com as duas versões
cli-help-command-conflict = Resolver um conflito: manter a versão local ou a remota
cli-help-password = De onde vem a palavra-passe: --password-stdin (a primeira linha da entrada padrão), senão $CONVENE_DAV_PASSWORD, senão o porta-chaves do sistema operativo (onde `account add` a guardou). Uma máquina sem ambiente de trabalho não tem porta-chaves: use aí --password-stdin ou CONVENE_DAV_PASSWORD.
cli-help-meeting-note = A ordem de trabalhos de uma reunião e quem vem: `convene agenda NETWORK MEETING`, `convene attendance NETWORK MEETING`.
cli-help-command-meeting-show = Uma reunião com a sua ordem de trabalhos, as presenças e a hora no relógio de cada parceiro
cli-help-command-meeting-add = Adicionar uma reunião a uma rede
cli-help-command-meeting-update = Alterar uma reunião; só mudam as opções indicadas
cli-help-command-meeting-delete = Eliminar uma reunião com a sua ordem de trabalhos e as presenças
cli-help-command-meeting-confirm = Marcar uma reunião como confirmada: realiza-se na sua data
cli-help-command-meeting-postpone = Adiar uma reunião para uma data posterior, ou tirá-la do calendário até se saber uma (a data antiga fica na sua descrição)
cli-help-command-meeting-held = Marcar uma reunião como realizada (tem de ter começado)
cli-help-command-meeting-cancel = Marcar uma reunião como cancelada (mantém-se, para que os calendários saibam do cancelamento)
cli-help-command-plan-show = Um plano como o seu documento (a exportação Markdown), depois as chaves das secções, avisos, comentários abertos e conflitos
cli-help-command-plan-create = Começar um plano para uma cidade parceira (nove secções padrão, revisão 1)
cli-help-command-plan-status = Fazer avançar o plano: draft, in-review, final, adopted (com --date), ou recuar um passo
cli-help-command-plan-language = Definir a língua em que os documentos do plano são exportados (títulos, rótulos, datas, montantes)
cli-help-command-plan-export = Escrever o plano como documento Word, PDF, Markdown ou HTML para a câmara municipal
cli-help-command-plan-author = Mostrar o nome com que as alterações são assinadas, ou defini-lo
cli-help-command-plan-section = Escrever o texto de uma secção
cli-help-command-plan-action = Acrescentar à tabela de ações
cli-help-command-plan-indicator = Acrescentar ao quadro de resultados
cli-help-command-plan-risk = Acrescentar aos riscos
cli-help-command-plan-comment = Comentar uma secção, como revisor
cli-help-command-plan-revisions = Todas as revisões, a mais recente primeiro
cli-help-command-plan-diff = O que mudou entre duas revisões, palavra a palavra
cli-help-command-plan-restore = Tornar de novo atual o conteúdo de uma revisão antiga (como nova revisão; nada se perde)
cli-help-command-plan-send = Escrever o plano com todo o seu histórico num ficheiro .convene-plan para um parceiro
cli-help-command-plan-receive = Ler um ficheiro .convene-plan: um plano novo, revisões mais recentes ou uma fusão (os conflitos são indicados)
cli-help-command-plan-push = Pôr o ficheiro .convene-plan do plano numa pasta WebDAV (nunca por cima de uma cópia que não foi lida antes)
cli-help-command-plan-pull = Ler o ficheiro .convene-plan do plano da pasta WebDAV e fundi-lo, como faz `plan receive`
cli-help-command-plan-conflicts = As diferenças com a cópia de um parceiro que esperam uma escolha
cli-help-command-plan-resolve = Resolver um conflito: manter a nossa versão, aceitar a deles ou pôr um texto fundido

cli-clap-unknown-argument = argumento inesperado «{ $arg }»
cli-clap-tip-similar-argument = dica: existe um argumento semelhante: «{ $arg }»
cli-clap-tip-similar-subcommand = dica: existe um comando semelhante: «{ $command }»
cli-clap-tip-escape = dica: para passar «{ $arg }» como valor, escreva «-- { $arg }»
cli-clap-missing-value = «{ $arg }» precisa de um valor, mas não foi dado nenhum
cli-clap-invalid-value = valor «{ $value }» inválido para «{ $arg }»
cli-clap-invalid-value-reason = valor «{ $value }» inválido para «{ $arg }»: { $reason }
cli-clap-possible-values = valores possíveis: { $values }
cli-clap-unknown-subcommand = comando desconhecido «{ $command }»
cli-clap-missing-arguments = faltam estes argumentos obrigatórios:{ $args }
cli-clap-missing-subcommand = «{ $command }» precisa de um comando a seguir, e não foi dado nenhum
cli-clap-subcommands = comandos: { $values }
cli-clap-used-twice = o argumento «{ $arg }» só pode ser dado uma vez
cli-clap-conflict = o argumento «{ $arg }» não pode ser usado com { $other }
cli-clap-too-many-values = valor a mais «{ $value }» para «{ $arg }»
cli-clap-wrong-number-of-values = «{ $arg }» leva { $expected } valores; foram dados { $actual }
cli-clap-no-equals = «{ $arg }» leva o valor depois de um sinal de igual ({ $arg }=VALOR)
cli-clap-invalid-utf8 = a linha de comandos contém texto que não é UTF-8 válido
cli-clap-not-valid = a linha de comandos não é válida
cli-clap-more-information = Para mais informações, experimente «--help».

cli-clap-not-a-whole-number = não é um número inteiro

cli-help-command-import-urbact = Importar redes, parceiros, reuniões, planos e práticas de páginas URBACT
cli-help-arg-import-urbact-file = Um ficheiro de texto com páginas URBACT (cada registo termina com uma linha `Ref nid`)
cli-help-arg-import-urbact-start-year = Datar por ordem, a partir deste ano, os calendários que só dão o mês («June (Basingstoke)»)
cli-help-arg-import-urbact-dry-run = Mostrar o que seria importado, sem guardar nada
cli-help-command-import-json = Importar um ficheiro escrito por `convene export json` para uma base de dados vazia
cli-help-arg-import-json-file = A exportação JSON a ler
cli-help-command-import-ics = Importar os eventos de um ficheiro iCalendar (.ics) como reuniões de uma rede
cli-help-arg-import-ics-file = Um ficheiro iCalendar (.ics) exportado por um programa de calendário
cli-help-arg-import-ics-network = A rede cujas reuniões os eventos passam a ser (nome curto ou nome)
cli-help-arg-import-ics-strict = Recusar o ficheiro inteiro no primeiro evento que não possa ser importado, em vez de importar os outros e listar os ignorados
cli-help-command-network-show = Tudo sobre uma rede: dados, fases, parceiros, marcos, planos, notas de importação
cli-help-arg-network = O nome curto ou o nome da rede
cli-help-command-network-add = Adicionar uma rede
cli-help-arg-network-add-name = O nome da rede
cli-help-arg-kind = action-planning, transfer, innovation-transfer, implementation ou other [ao adicionar: other]
cli-help-arg-slug = Nome curto usado na linha de comandos [ao adicionar: feito a partir do nome]
cli-help-arg-tagline = Uma linha a dizer do que trata a rede
cli-help-arg-description = O que a rede faz, num parágrafo ou mais
cli-help-arg-programme = p. ex. «URBACT IV»
cli-help-arg-start = Primeiro dia, AAAA-MM-DD
cli-help-arg-end = Último dia, AAAA-MM-DD
cli-help-arg-email = Endereço de e-mail de contacto
cli-help-arg-website = Endereço web (https://...)
cli-help-arg-language = Língua de trabalho dos seus convites, lembretes e textos de calendário: en, fr, de, es, it, pt, pl, nl, el, ro [ao adicionar: en]
cli-help-command-network-update = Alterar uma rede; só mudam as opções indicadas
cli-help-arg-name = Um nome novo
cli-help-arg-network-update-lead = O parceiro líder: o id ou o nome de um parceiro
cli-help-command-network-delete = Eliminar uma rede; com --cascade, também tudo o que lhe pertence
cli-help-arg-network-delete-cascade = Eliminar também os seus parceiros, reuniões, marcos, planos e notas de importação
cli-help-command-milestone-list = Os marcos de uma rede por data
cli-help-command-milestone-add = Adicionar um marco, datado ao dia (--date) ou ao mês (--month)
cli-help-arg-milestone-add-title = O que acontece («PAI entregue»)
cli-help-arg-date = O seu dia, AAAA-MM-DD
cli-help-arg-month = O seu mês quando o dia não é conhecido, AAAA-MM
cli-help-arg-milestone-add-kind = phase, deadline, deliverable, decision, event ou other [ao adicionar: other]
cli-help-arg-milestone-add-description = Texto livre sobre ele
cli-help-arg-done = Se está feito: --done, ou --done no
cli-help-command-milestone-update = Alterar um marco; só mudam as opções indicadas
cli-help-arg-milestone = O id ou o título do marco
cli-help-arg-title = Um título novo
cli-help-arg-milestone-update-kind = phase, deadline, deliverable, decision, event ou other [ao adicionar: other]
cli-help-arg-milestone-update-description = Texto livre sobre ele
cli-help-command-milestone-remove = Remover um marco
cli-help-command-partner-show = Um parceiro com os seus contactos e o seu grupo local
cli-help-arg-partner = O id ou o nome do parceiro
cli-help-command-partner-add = Adicionar uma cidade ou organização parceira a uma rede
cli-help-arg-partner-add-name = O nome da cidade ou da organização
cli-help-arg-partner-add-country = Código ISO 3166-1 (LV), nome do país (Letónia) ou região (Saxónia-Anhalt)
cli-help-arg-role = lead-partner, partner, good-practice-city, transfer-city ou associated [ao adicionar: partner]
cli-help-arg-tz = Fuso horário IANA como Europe/Riga [ao adicionar: o do país]
cli-help-arg-region = Região ISO 3166-2 (ES-CN, DE-BY) cujos feriados contam para o parceiro além dos nacionais (vazio para limpar); `convene holidays CC --region CODE` verifica uma
cli-help-arg-population = Número de habitantes (vazio para limpar)
cli-help-arg-notes = Texto livre
cli-help-command-partner-update = Alterar um parceiro; só mudam as opções indicadas
cli-help-arg-partner-update-country = Um país novo; o fuso horário acompanha-o, a menos que tenha sido mudado à mão ou que --tz seja indicado
cli-help-command-partner-delete = Eliminar um parceiro; com --cascade, também os seus contactos, grupo local e presenças
cli-help-arg-partner-delete-cascade = Eliminar também os seus contactos, membros do grupo local e presenças; as reuniões e planos que acolhe ou detém ficam, sem ele
cli-help-arg-contacts-partner = Só os contactos deste parceiro (id ou nome)
cli-help-command-contact-add = Adicionar uma pessoa de contacto a um parceiro
cli-help-arg-contact-add-partner = O parceiro (id ou nome) para o qual a pessoa trabalha
cli-help-arg-contact-add-name = O nome da pessoa
cli-help-arg-contact-add-role = O que faz («Coordenadora de projeto»)
cli-help-arg-contact-add-email = Endereço de e-mail
cli-help-arg-phone = Número de telefone, tal como o escreve
cli-help-command-contact-update = Alterar um contacto; só mudam as opções indicadas (um valor vazio limpa-o)
cli-help-arg-person = O id (como listado) ou o nome da pessoa
cli-help-arg-contact-update-partner = O parceiro (id ou nome) a que a pessoa pertence, quando o nome não chega
cli-help-arg-contact-update-role = O que faz («Coordenadora de projeto»)
cli-help-arg-contact-update-email = Endereço de e-mail
cli-help-command-contact-remove = Remover um contacto (e as suas respostas aos convites)
cli-help-arg-contact-remove-partner = O parceiro (id ou nome) a que a pessoa pertence, quando o nome não chega
cli-help-arg-local-group-partner = Só o grupo local deste parceiro (id ou nome)
cli-help-command-local-group-add = Adicionar um membro ao grupo local de um parceiro
cli-help-arg-local-group-add-partner = O parceiro (id ou nome) de quem é o grupo local
cli-help-arg-local-group-add-name = O nome do membro
cli-help-arg-organisation = A organização de onde vem («Câmara de Comércio»)
cli-help-arg-local-group-add-role = O seu papel no grupo
cli-help-command-local-group-update = Alterar um membro do grupo local; só mudam as opções indicadas (um valor vazio limpa-o)
cli-help-arg-local-group-update-partner = O parceiro (id ou nome) a que a pessoa pertence, quando o nome não chega
cli-help-arg-local-group-update-role = O seu papel no grupo
cli-help-command-local-group-remove = Remover um membro de um grupo local
cli-help-arg-local-group-remove-partner = O parceiro (id ou nome) a que a pessoa pertence, quando o nome não chega
cli-help-arg-meetings-from = Só reuniões neste dia ou depois (AAAA-MM-DD); as sem data ficam de fora
cli-help-arg-meetings-to = Só reuniões neste dia ou antes (AAAA-MM-DD); as sem data ficam de fora
cli-help-arg-meeting-show-network = O nome curto ou o nome da rede (ou, dado sozinho, o id ou o UID da reunião)
cli-help-arg-meeting = O id, o UID ou o título da reunião nessa rede
cli-help-arg-meeting-add-title = Como se chama a reunião («Reunião transnacional n.º 3»)
cli-help-arg-meeting-add-kind = kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review ou other
cli-help-arg-host = O id ou o nome do parceiro anfitrião (vazio para remover o anfitrião)
cli-help-arg-meeting-add-start = Início, «AAAA-MM-DD HH:MM» na hora de --tz
cli-help-arg-meeting-add-end = Fim, «AAAA-MM-DD HH:MM» ou «HH:MM» no dia do início
cli-help-arg-meeting-add-tz = Fuso horário IANA de --start e --end [por omissão: o do anfitrião]
cli-help-arg-meeting-add-date = Reunião de dias inteiros: o seu (primeiro) dia, AAAA-MM-DD
cli-help-arg-until = Reunião de dias inteiros: o seu último dia, AAAA-MM-DD [por omissão: --date]
cli-help-arg-meeting-add-month = Ainda sem data, mas prevista para este mês: AAAA-MM (ou só o ano, AAAA)
cli-help-arg-wording = Ainda sem data: quando está prevista, por palavras («depois do verão»)
cli-help-arg-mode = in-person, online ou hybrid [ao adicionar: in-person]
cli-help-arg-online = Ligação para participar online (https://...)
cli-help-arg-venue = Onde decorre, quando não é simplesmente a cidade anfitriã («Câmara Municipal, Jelgava»)
cli-help-arg-meeting-add-description = Texto livre sobre a reunião
cli-help-arg-status = tentative, confirmed, held, postponed ou cancelled [ao adicionar: tentative]
cli-help-arg-meeting-update-network = O nome curto ou o nome da rede (ou, dado sozinho, o id ou o UID da reunião)
cli-help-arg-meeting-update-kind = kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review ou other
cli-help-arg-meeting-update-undated = Voltar a deixar a reunião sem data (mantém --month e --wording se indicados)
cli-help-arg-meeting-update-start = Início, «AAAA-MM-DD HH:MM» na hora de --tz
cli-help-arg-meeting-update-end = Fim, «AAAA-MM-DD HH:MM» ou «HH:MM» no dia do início
cli-help-arg-meeting-update-tz = Fuso horário IANA de --start e --end [por omissão: o do anfitrião]
cli-help-arg-meeting-update-date = Reunião de dias inteiros: o seu (primeiro) dia, AAAA-MM-DD
cli-help-arg-meeting-update-month = Ainda sem data, mas prevista para este mês: AAAA-MM (ou só o ano, AAAA)
cli-help-arg-meeting-update-description = Texto livre sobre a reunião
cli-help-arg-meeting-confirm-network = O nome curto ou o nome da rede (ou, dado sozinho, o id ou o UID da reunião)
cli-help-arg-meeting-postpone-network = O nome curto ou o nome da rede (ou, dado sozinho, o id ou o UID da reunião)
cli-help-arg-meeting-postpone-to = A nova data: «AAAA-MM-DD HH:MM» (mantém a duração, a menos que --end seja indicado) ou AAAA-MM-DD para dias inteiros (mantém o número de dias, a menos que --until seja indicado)
cli-help-arg-meeting-postpone-end = Fim da nova data: «AAAA-MM-DD HH:MM», ou «HH:MM» no dia de --to
cli-help-arg-meeting-postpone-until = Último dia das novas datas, AAAA-MM-DD
cli-help-arg-meeting-postpone-tz = Fuso horário IANA de --to e --end [por omissão: o da reunião]
cli-help-arg-meeting-postpone-undated = Ainda sem nova data: a reunião fica marcada como adiada e os calendários cancelam a data antiga
cli-help-arg-meeting-held-network = O nome curto ou o nome da rede (ou, dado sozinho, o id ou o UID da reunião)
cli-help-arg-meeting-cancel-network = O nome curto ou o nome da rede (ou, dado sozinho, o id ou o UID da reunião)
cli-help-arg-meeting-delete-network = O nome curto ou o nome da rede (ou, dado sozinho, o id ou o UID da reunião)
cli-help-arg-agenda-meeting = O id, o UID ou o título da reunião
cli-help-command-agenda-add = Adicionar um ponto, no fim ou como número --at
cli-help-arg-agenda-add-title = O que é o ponto («Boas-vindas e apresentações»)
cli-help-arg-agenda-add-at = O seu lugar: 1 para o primeiro [por omissão: depois do último]
cli-help-arg-agenda-add-start = Quando começa, HH:MM na hora da reunião
cli-help-arg-agenda-add-end = Quando termina, HH:MM
cli-help-arg-speaker = O parceiro que o conduz (id ou nome)
cli-help-arg-agenda-add-notes = Texto livre sobre o ponto
cli-help-command-agenda-update = Alterar o ponto N; só mudam as opções indicadas (um valor vazio limpa-o)
cli-help-arg-item = O número do ponto
cli-help-arg-agenda-update-start = Quando começa, HH:MM na hora da reunião
cli-help-arg-agenda-update-end = Quando termina, HH:MM
cli-help-arg-agenda-update-notes = Texto livre sobre o ponto
cli-help-command-agenda-move = Mover o ponto N para que passe a ser o número --to
cli-help-arg-agenda-move-to = O seu novo número
cli-help-command-agenda-remove = Remover o ponto N; os seguintes sobem
cli-help-arg-attendance-meeting = O id, o UID ou o título da reunião
cli-help-arg-attendance-partner = O parceiro (id ou nome) de quem é esta resposta
cli-help-arg-attendance-contact = Uma pessoa de contacto (id ou nome) de quem é esta resposta
cli-help-arg-attendance-status = invited, confirmed (aceite), declined, tentative, attended, ou none para os tirar da lista
cli-help-arg-plan = O id do plano ou REDE/CIDADE
cli-help-arg-plan-create-partner = A cidade parceira de quem é o plano (o seu nome ou id)
cli-help-arg-plan-create-summary = Algumas linhas sobre o plano; passam a ser o primeiro texto da sua secção de contexto
cli-help-arg-plan-create-language = A língua dos seus documentos exportados: en, fr, de, es, it, pt, pl, nl, el, ro [por omissão: en]
cli-help-arg-plan-language-code = en, fr, de, es, it, pt, pl, nl, el ou ro
cli-help-command-plan-section-set = Substituir o texto de uma secção (Markdown) por --text ou pelo conteúdo de --file
cli-help-arg-plan-section-set-key = A chave da secção: context, vision, approach, actions, implementation, funding, risks, monitoring, local-group, ou uma própria
cli-help-arg-plan-section-set-text = O texto novo
cli-help-arg-plan-section-set-file = Um ficheiro com o texto novo (Markdown UTF-8)
cli-help-arg-plan-section-set-message = Porque mudou, para o histórico
cli-help-command-plan-section-add = Adicionar uma secção própria (a sua chave é feita a partir do título)
cli-help-arg-plan-section-add-after = Pô-la depois desta secção [por omissão: no fim]
cli-help-command-plan-section-remove = Remover uma secção própria (o seu texto fica no histórico)
cli-help-arg-key = A chave da secção
cli-help-command-plan-action-add = Adicionar uma ação no fim da tabela
cli-help-arg-plan-action-add-objective = O objetivo que serve (as ações são somadas por objetivo)
cli-help-arg-plan-action-add-lead = A organização responsável
cli-help-arg-plan-action-add-partners = Organizações parceiras
cli-help-arg-plan-action-add-start = Primeiro mês (AAAA-MM)
cli-help-arg-plan-action-add-end = Último mês (AAAA-MM)
cli-help-arg-plan-action-add-cost = Custo estimado em euros, como 12500.50
cli-help-arg-plan-action-add-funding = Financiamento garantido: city, erdf, esf-plus, national, regional, private ou other, depois = e os euros; repetível
cli-help-arg-plan-action-add-status = idea, planned, ongoing, done ou dropped [por omissão: planned]
cli-help-arg-plan-action-add-pilot = Um piloto em pequena escala (ação de teste)
cli-help-command-plan-indicator-add = Adicionar um indicador
cli-help-arg-plan-indicator-add-kind = output ou result
cli-help-arg-plan-indicator-add-by = Quando a meta deve ser atingida (AAAA-MM)
cli-help-arg-plan-indicator-add-verification = Meios de verificação
cli-help-command-plan-risk-add = Adicionar um risco
cli-help-arg-plan-risk-add-likelihood = 1 (raro) a 5 (quase certo)
cli-help-arg-plan-risk-add-impact = 1 (menor) a 5 (grave)
cli-help-arg-plan-diff-rev-a = O número da revisão mais antiga
cli-help-arg-plan-diff-rev-b = O número da revisão mais recente
cli-help-arg-plan-restore-rev = O número da revisão
cli-help-arg-plan-status-status = draft, in-review, final ou adopted
cli-help-arg-plan-status-date = O dia em que a assembleia aprovou o plano (AAAA-MM-DD), para adopted
cli-help-arg-plan-comment-author = O nome de quem revê
cli-help-arg-plan-send-out = O ficheiro a escrever
cli-help-arg-plan-receive-file = O ficheiro .convene-plan
cli-help-arg-plan-resolve-key = A chave do conflito: uma chave de secção, ou action:ID, indicator:ID, risk:ID (`convene plan conflicts` lista-as)
cli-help-arg-plan-resolve-ours = Manter o nosso texto
cli-help-arg-plan-resolve-theirs = Ficar com o texto deles
cli-help-arg-plan-resolve-text = Pôr este texto fundido
cli-help-arg-plan-resolve-file = Pôr o texto fundido deste ficheiro
cli-help-arg-plan-export-format = docx, pdf, md (ou markdown) ou html [por omissão: pela extensão de --out]
cli-help-arg-plan-export-out = O ficheiro a escrever (substituído se existir)
cli-help-arg-plan-author-name = O nome novo ("" volta ao nome de utilizador do sistema)
cli-help-arg-account = A conta cuja pasta WebDAV contém o ficheiro (convene account list)
cli-help-arg-folder = A pasta no servidor (absoluta, ou relativa ao endereço da conta) [por omissão: a pasta do último push ou pull, senão o endereço da conta]
cli-help-arg-password-stdin = Ler a palavra-passe da primeira linha da entrada padrão
cli-help-command-practice-show = Uma boa prática com todas as suas secções e as redes que a usam
cli-help-arg-practice-show-id = O id ou o título da prática
cli-help-command-practice-add = Adicionar uma boa prática
cli-help-arg-practice-add-title = Como se chama a prática
cli-help-arg-practice-add-tagline = Uma linha a dizer o que é
cli-help-arg-city = A cidade de onde vem
cli-help-arg-country = Código ISO 3166-1 (ES), nome do país (Espanha) ou região
cli-help-arg-author = Quem a redigiu
cli-help-arg-author-role = O papel de quem a redigiu («Coordenadora de projeto»)
cli-help-arg-figure = Um número que a prática destaca («521 946 habitantes»)
cli-help-arg-transfer = Se as redes a transferem: yes ou no [ao adicionar: no]
cli-help-arg-networks = As redes que a usam, por nome curto ou nome, separadas por vírgulas ("" para nenhuma)
cli-help-arg-sections = Um ficheiro de texto com as suas secções (linhas «## Título», texto por baixo); - lê a entrada padrão
cli-help-command-practice-update = Alterar uma boa prática; só mudam as opções indicadas (um valor vazio limpa-o)
cli-help-arg-practice = O id ou o título da prática
cli-help-arg-practice-update-tagline = Uma linha a dizer o que é
cli-help-command-practice-remove = Remover uma boa prática
cli-help-arg-search-text = Palavras a procurar (todas têm de corresponder; acentos e maiúsculas não contam)
cli-help-arg-search-limit = No máximo este número de resultados
cli-help-arg-backup-file = Onde escrever a cópia
cli-help-command-export-json = Tudo, como um só documento JSON (ver docs/json.md); para a saída padrão, a menos que --out seja indicado
cli-help-arg-out = Escrever neste ficheiro em vez da saída padrão
cli-help-command-export-ics = As reuniões de uma rede como ficheiro iCalendar (.ics); para a saída padrão, a menos que --out seja indicado
cli-help-arg-export-ics-partner = Só a vista deste parceiro: o que acolhe ou a que assiste, e as reuniões de toda a rede
cli-help-arg-export-ics-meeting = Só esta reunião (o seu id ou UID)
cli-help-arg-export-ics-from = Só reuniões com um dia neste ou depois (AAAA-MM-DD)
cli-help-arg-export-ics-to = Só reuniões com um dia neste ou antes (AAAA-MM-DD)
cli-help-arg-export-ics-reminder = Um lembrete este tempo antes de cada reunião: 1d, 2h, 30m, 1w, ou combinados (1d12h)
cli-help-note-holidays = Duas letras designam um país, pelo código ISO 3166-1 (FR, es, XK): os seus feriados.
    Qualquer outra coisa designa uma rede (nome curto ou nome): cada dia em que um dos seus parceiros não
    trabalha (feriados nacionais e regionais, e os dias de folga registados com `convene dayoff add`).
    O período é --year ANO, ou --from DATA --to DATA (ambos os dias incluídos).
    As datas vêm do python-holidays; um país que ele não cobre é recusado com a lista dos que cobre.
cli-help-arg-holidays-target = O código de duas letras de um país (FR), ou o nome curto ou o nome de uma rede
cli-help-arg-holidays-region = Com um país: também os feriados da sua região, um código ISO 3166-2 como ES-CN ou DE-BY
cli-help-arg-holidays-year = O ano inteiro
cli-help-arg-holidays-from = O primeiro dia, AAAA-MM-DD
cli-help-arg-holidays-to = O último dia, AAAA-MM-DD
cli-help-command-dayoff-list = Os dias de folga registados para os parceiros de uma rede, por data
cli-help-arg-dayoff-list-partner = Só os deste parceiro (o seu id ou nome)
cli-help-command-dayoff-add = Registar um dia em que um parceiro não trabalha (o dia do santo padroeiro, uma eleição local)
cli-help-arg-dayoff-add-date = O dia, AAAA-MM-DD
cli-help-arg-dayoff-add-name = Que dia é («São João»)
cli-help-command-dayoff-remove = Remover um dia de folga de um parceiro; --name escolhe quando tem vários nesse dia
cli-help-arg-dayoff-remove-date = O dia, AAAA-MM-DD
cli-help-arg-dayoff-remove-name = O nome do dia de folga
cli-help-arg-invite-network = O nome curto ou o nome da rede (ou, dado sozinho, o id ou o UID da reunião)
cli-help-arg-organizer = O endereço de e-mail de quem organiza (o remetente; as respostas voltam para ele)
cli-help-arg-invite-to = O endereço de e-mail de um participante; repita a opção ou separe os endereços com vírgulas
cli-help-arg-invite-out = Escrever a mensagem neste ficheiro (.eml) em vez da saída padrão
cli-help-arg-slots-from = Primeiro dia da pesquisa, AAAA-MM-DD
cli-help-arg-slots-to = Último dia da pesquisa, AAAA-MM-DD (uma reunião tem de terminar até à sua meia-noite)
cli-help-arg-slots-duration = Quanto dura a reunião: 2h, 90m, 1h30
cli-help-arg-slots-days = Dias inteiros em vez disso: N dias seguidos em que nenhum parceiro tem feriado
cli-help-arg-slots-hours = Horário de trabalho na hora de cada parceiro [por omissão: 09:00-17:00]
cli-help-arg-slots-partners = Só conta a hora deste parceiro (repita para vários) [por omissão: todos os parceiros]
cli-help-arg-slots-exclude-weekends = Deixar de fora as horas que calham a um sábado ou domingo para algum parceiro
cli-help-arg-slots-limit = Quantos horários listar, os melhores primeiro
cli-help-arg-slots-tz = A hora de --from, --to e do título de cada horário [por omissão: UTC]
cli-help-command-poll-create = Iniciar uma sondagem: as datas em que uma reunião poderia decorrer
cli-help-arg-poll-create-title = O título da reunião
cli-help-arg-poll-create-kind = O tipo de reunião: kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review, other
cli-help-arg-poll-create-host = A cidade parceira anfitriã
cli-help-arg-poll-create-options = Uma data proposta: «AAAA-MM-DD HH:MM/HH:MM» ou AAAA-MM-DD (dia inteiro); repita para cada uma
cli-help-arg-poll-create-tz = O fuso horário das horas das opções [por omissão: o do anfitrião]
cli-help-arg-poll-create-deadline = Responder até este dia (AAAA-MM-DD)
cli-help-command-poll-invite = Escrever os convites para responder (um .eml por destinatário, uma reserva provisória por data)
cli-help-arg-poll = O id da sondagem
cli-help-arg-poll-invite-to = Um destinatário, contacto de um parceiro [por omissão: os contactos de todos os parceiros]; repita ou separe com vírgulas
cli-help-arg-poll-invite-out = A pasta onde escrever as mensagens
cli-help-command-poll-replies = Ler as respostas enviadas pelos parceiros: respostas (.eml, .ics) ou grelhas de resposta (.txt)
cli-help-arg-poll-replies-files = Ficheiros de resposta
cli-help-command-poll-answer = Registar à mão as respostas de um parceiro
cli-help-arg-poll-answer-partner = O nome ou o id da cidade parceira
cli-help-arg-poll-answer-options = N=yes, N=maybe ou N=no para a data N; repita a opção para várias datas
cli-help-command-poll-show = Quem pode vir e quando: cada data para cada parceiro, e quem não respondeu
cli-help-command-poll-close = Escolher uma data: cria a reunião e escreve o seu convite e a libertação das outras datas
cli-help-arg-poll-close-option = A data escolhida (o seu número)
cli-help-arg-poll-close-out = Escrever o convite da reunião e a libertação das outras datas nesta pasta
cli-help-arg-poll-close-organizer = O remetente dessas mensagens [por omissão: quem organizou os convites da sondagem]
cli-help-command-poll-list = As sondagens de uma rede, as mais recentes primeiro
cli-help-command-account-add = Adicionar uma conta de servidor CalDAV/WebDAV (a palavra-passe vai para o porta-chaves)
cli-help-arg-account-add-name = Um nome curto para a designar (por exemplo nextcloud)
cli-help-arg-account-add-url = O endereço do servidor (para Nextcloud https://HOST/remote.php/dav; um simples https://HOST é descoberto)
cli-help-arg-account-add-user = O nome de utilizador no servidor
cli-help-arg-account-add-ca-file = Um ficheiro PEM da autoridade de certificação de um servidor com certificado próprio
cli-help-command-account-list = Listar as contas (nunca as palavras-passe)
cli-help-command-account-test = Ligar, descobrir os calendários e dizer o que foi encontrado ou exatamente o que falhou
cli-help-command-account-remove = Remover uma conta, a sua palavra-passe do porta-chaves e o que foi guardado através dela
cli-help-arg-publish-account = A conta (convene account list)
cli-help-arg-publish-calendar = O nome do calendário no servidor [por omissão: o nome da rede]
cli-help-arg-publish-ics-file = Manter também o .ics inteiro da rede neste caminho do servidor (para subscritores)
cli-help-command-conflict-resolve = Resolver um conflito ficando com um dos lados
cli-help-arg-conflict-resolve-id = O id do conflito (convene conflicts)

cli-help-arguments = Argumentos:
cli-help-commands = Comandos:
