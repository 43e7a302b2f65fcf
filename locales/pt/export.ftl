# Plan documents, invitations, reminders and calendar texts. Source: locales/en/export.ftl (comments there).
export-kind-iap = Plano de Ação Integrado
export-fact-city = Cidade
export-fact-network = Rede
export-fact-status = Estado
export-fact-adopted = Aprovado em
export-fact-revision = Revisão
export-revision-of = { $number } de { $date }
export-section-context = Contexto e necessidades
export-section-vision = Visão e objetivos
export-section-approach = Abordagem integrada
export-section-actions = Ações
export-section-implementation = Execução: calendário e recursos
export-section-funding = Financiamento
export-section-risks = Riscos
export-section-monitoring = Monitorização e indicadores
export-section-local-group = Envolvimento do grupo local
export-not-written = Esta secção ainda não foi escrita.
export-period-from = a partir de { $month }
export-period-until = até { $month }
export-action-pilot = piloto
export-no-actions = Ainda não há ações registadas.
export-column-action = Ação
export-column-objective = Objetivo
export-column-lead-and-partners = Responsável e parceiros
export-column-period = Período
export-column-cost = Custo
export-column-funding = Financiamento
export-column-status = Estado
export-column-year = Ano
export-column-actions = Ações
export-column-amount = Montante
export-column-source = Fonte
export-column-share-of-cost = Parte do custo
export-column-secured = Garantido
export-column-risk = Risco
export-column-likelihood = Probabilidade
export-column-impact = Impacto
export-column-score = Pontuação
export-column-mitigation = Mitigação
export-column-owner = Responsável
export-column-indicator = Indicador
export-column-type = Tipo
export-column-unit = Unidade
export-column-baseline = Valor de referência
export-column-target = Meta
export-column-by = Prazo
export-column-verification = Verificação
export-with-partners = com { $partners }
export-not-estimated = não estimado
export-total = Total
export-total-without-dropped = Total (sem as ações abandonadas)
export-action-descriptions = Descrição das ações
export-indicators-label = Indicadores:
export-actions-per-year = Ações por ano
export-unscheduled-actions = { $count ->
    [one] { $count } ação ainda não está calendarizada.
   *[other] { $count } ações ainda não estão calendarizadas.
}
export-no-budget = Ainda não há orçamento: a tabela de ações está vazia.
export-total-estimated-cost = Custo total estimado
export-secured-funding = Financiamento garantido
export-funding-above-cost = Financiamento acima do custo
export-funding-gap = Défice de financiamento
export-budget-summary = Resumo do orçamento
export-uncosted-actions = { $count ->
    [one] { $count } ação ainda não tem estimativa de custo e conta como { $zero }.
   *[other] { $count } ações ainda não têm estimativa de custo e contam como { $zero }.
}
export-not-yet-funded = Ainda não financiado
export-funding-by-source = Financiamento por fonte
export-no-objective = Nenhum objetivo indicado
export-cost-by-objective = Custo por objetivo
export-no-risks = Ainda não há riscos registados.
export-no-indicators = Ainda não há indicadores registados.
invite-subject-invitation = Convite: { $title } ({ $when })
invite-subject-updated = Convite atualizado: { $title } ({ $when })
invite-subject-cancelled = Cancelada: { $title } ({ $when })
invite-subject-postponed = Adiada: { $title } ({ $when })
invite-intro-request = { $who } convida-o para { $title } ({ $network }).
invite-intro-postponed = { $title } ({ $network }) foi adiada; será indicada uma nova data.
invite-intro-cancelled = { $title } ({ $network }) foi cancelada.
invite-clock = { $clock } (hora de { $zone }, { $offset })
invite-all-day = { $date } (todo o dia)
invite-all-days = de { $first } a { $last } (todo o dia)
invite-when = Quando: { $when }
invite-where = Onde: { $place }
invite-online = Participar online: { $url }
invite-host = Anfitrião: { $host }
invite-agenda = Ordem de trabalhos:
invite-footer-request = O seu programa de calendário mostra esta mensagem como um convite para aceitar ou recusar.
invite-footer-cancel = O seu programa de calendário remove a reunião quando abrir esta mensagem.
export-plan-status-draft = Rascunho
export-plan-status-in_review = Em revisão
export-plan-status-final = Final
export-plan-status-adopted = Aprovado
export-action-status-idea = Ideia
export-action-status-planned = Prevista
export-action-status-ongoing = Em curso
export-action-status-done = Concluída
export-action-status-dropped = Abandonada
export-indicator-kind-output = Realização
export-indicator-kind-result = Resultado
export-funding-source-city = Orçamento municipal
export-funding-source-erdf = FEDER
export-funding-source-esf_plus = FSE+
export-funding-source-national = Nacional
export-funding-source-regional = Regional
export-funding-source-private = Privado
export-funding-source-other = Outro

plan-revision-created = Criado
plan-revision-created-from-page = Criado a partir do resumo importado do Plano de Ação Integrado
plan-revision-sections-reordered = Secções reordenadas
plan-revision-edited = Edição de «{ $section }»
plan-revision-section-added = Secção «{ $section }» acrescentada
plan-revision-section-renamed = Secção «{ $old }» renomeada para «{ $new }»
plan-revision-section-removed = Secção «{ $section }» removida
plan-revision-action-added = Ação «{ $action }» acrescentada
plan-revision-action-changed = Ação «{ $action }» alterada
plan-revision-action-deleted = Ação «{ $action }» eliminada
plan-revision-action-moved = Ação «{ $action }» movida
plan-revision-indicator-added = Indicador «{ $indicator }» acrescentado
plan-revision-indicator-changed = Indicador «{ $indicator }» alterado
plan-revision-indicator-deleted = Indicador «{ $indicator }» eliminado
plan-revision-risk-added = Risco «{ $risk }» acrescentado
plan-revision-risk-changed = Risco «{ $risk }» alterado
plan-revision-risk-deleted = Risco «{ $risk }» eliminado
plan-revision-restored = Versão { $number } restaurada
plan-revision-settled-ours = Conflito resolvido em «{ $label }»: fica o nosso texto
plan-revision-settled-theirs = Conflito resolvido em «{ $label }»: fica o texto deles
plan-revision-settled-merged = Conflito resolvido em «{ $label }»: fica um texto combinado
plan-revision-merged = { $count ->
    [one] { $count } versão combinada
   *[other] { $count } versões combinadas
} a partir da cópia de { $author }
plan-revision-merged-conflicts = { $count ->
    [one] { $count } versão combinada
   *[other] { $count } versões combinadas
} a partir da cópia de { $author }; { $conflicts ->
    [one] { $conflicts } conflito por resolver
   *[other] { $conflicts } conflitos por resolver
}
plan-author-unknown = Desconhecido
plan-revision-kind-created = Criado
plan-revision-kind-edit = Editado
plan-revision-kind-restore = Restaurado
plan-revision-kind-received = Recebido
plan-revision-kind-merge = Combinado
plan-revision-kind-resolve = Conflito resolvido

poll-hold-title = [Sondagem { $number }/{ $total }] { $title }
poll-hold-description = Uma das { $total } datas propostas para { $title }. Aceite se esta data lhe convém, responda Provisório se for preciso, Recuse se não.
poll-subject-invitation = Que datas lhe convêm? { $title } ({ $count ->
    [one] { $count } data
   *[other] { $count } datas
})
poll-grid-intro = { $who } pergunta que datas convêm a { $partner } para «{ $title }» ({ $network }).
poll-grid-deadline = Responda até { $date }, por favor.
poll-grid-calendar = O seu programa de calendário mostra cada data como uma reserva provisória, «{ $example }». Responda a cada uma: Aceitar = sim, Provisório = se for preciso, Recusar = não.
poll-grid-reply = Se não as mostrar, responda a este e-mail escrevendo sim, talvez ou não depois de cada data abaixo, e mantenha a linha Token: indica que as respostas são suas.
poll-grid-option-your-time = { $when }, na sua hora { $local }
poll-subject-released = Datas libertadas: { $title } realiza-se a { $when }
poll-released-intro = A sondagem sobre «{ $title }» está fechada: realiza-se a { $when }. Segue-se um convite.
poll-released-list = Estas datas ficam libertadas; o seu programa de calendário retira as reservas:

export-imported = importado: { $parts }
export-imported-nothing = nada importado: o ficheiro não contém dados

plan-received-created = acrescentado o plano «{ $title }» com { $count ->
    [one] { $count } versão
   *[other] { $count } versões
}{ $note }{ $partner_note }
plan-received-partner-unknown = {" "}({ $partner } não é parceiro desta rede aqui, por isso o plano não tem parceiro)
plan-received-up-to-date = «{ $title }» já está atualizado: nada mudou{ $note }
plan-received-up-to-date-text = «{ $title }» já está atualizado: o texto não mudou{ $note }
plan-received-ours-newer = Esta cópia de «{ $title }» é mais recente do que a do ficheiro: nada mudou{ $note }
plan-received-ours-newer-text = Esta cópia de «{ $title }» é mais recente do que a do ficheiro: o texto não mudou{ $note }
plan-received-fast-forward = { $count ->
    [one] Acrescentada { $count } versão
   *[other] Acrescentadas { $count } versões
} a «{ $title }»; corresponde agora à versão mais recente do ficheiro{ $note }
plan-received-merged = { $count ->
    [one] Combinada { $count } versão
   *[other] Combinadas { $count } versões
} em «{ $title }»; as alterações dos dois lados mantêm-se{ $note }
plan-received-merged-conflicts = { $count ->
    [one] Combinada { $count } versão
   *[other] Combinadas { $count } versões
} em «{ $title }», mas os dois lados alteraram { $labels }: nada foi substituído; escolha que texto manter{ $note }
plan-received-note = {" "}({ $notes })
plan-received-comments-added = { $count ->
    [one] { $count } comentário novo
   *[other] { $count } comentários novos
}
plan-received-comments-resolved = { $count ->
    [one] { $count } comentário resolvido
   *[other] { $count } comentários resolvidos
}

urbact-created = Criado: { $counts }.
urbact-would-create = Ensaio, nada foi guardado: seria criado: { $counts }.
urbact-already-there = Já na base de dados e deixado como está: { $counts }.
urbact-nothing-changed = Nada mudou: tudo o que este ficheiro contém já está na base de dados.
urbact-nothing-would-change = Nada mudaria: tudo o que este ficheiro contém já está na base de dados.
urbact-warnings = { $count ->
    [one] { $count } aviso.
   *[other] { $count } avisos.
}

poll-replies-unusable = { $bad ->
    [one] { $bad } de { $files } ficheiros não pode ser usado, por isso nada foi registado; retire-o ou corrija-o e leia as respostas de novo
   *[other] { $bad } de { $files } ficheiros não podem ser usados, por isso nada foi registado; retire-os ou corrija-os e leia as respostas de novo
}
poll-replies-read = { $answers ->
    [one] { $answers } resposta
   *[other] { $answers } respostas
} de { $files ->
    [one] { $files } ficheiro
   *[other] { $files } ficheiros
}
poll-replies-read-detail = { $answers ->
    [one] { $answers } resposta
   *[other] { $answers } respostas
} de { $files ->
    [one] { $files } ficheiro
   *[other] { $files } ficheiros
}: { $parts }
poll-replies-new = { $count ->
    [one] { $count } nova
   *[other] { $count } novas
}
poll-replies-changed = { $count ->
    [one] { $count } alterada
   *[other] { $count } alteradas
}
poll-replies-same = { $count ->
    [one] { $count } já registada
   *[other] { $count } já registadas
}
poll-replies-older = { $count ->
    [one] { $count } mais antiga do que a resposta registada
   *[other] { $count } mais antigas do que a resposta registada
}

## The words a calendar file (.ics) writes around a meeting's own text, in the network's
## working language (ical::export::words); invitations carry the same file. English
## must stay as it is: calendar files already written hold it.
# Opens the description of a postponed meeting, which the file cancels at its old date.
calendar-postponed = Adiada: será comunicada uma nova data.
# LOCATION of an online meeting that names no venue and no host city.
calendar-location-online = Online
# A meeting's kind as the event's category (CATEGORIES); each kind needs its own words.
calendar-kind-kick-off = Arranque
calendar-kind-transnational = Reunião transnacional
calendar-kind-city-visit = Visita à cidade
calendar-kind-final-event = Evento final
calendar-kind-local-group = Grupo local URBACT
calendar-kind-online-touch-base = Ponto de situação online
calendar-kind-phase-review = Revisão de fase
calendar-kind-other = Outra

## A meeting's when in words (schedule_text): the command line's lists and details, in
## the reader's language, and invitations' texts, in the network's working language.
# $dates: a day or a range of days, written by Convene.
when-all-day = { $dates }, todo o dia
when-all-days = { $dates }, dias inteiros
# After a time when a meeting ends on a later day than it starts ("22:00-01:00 +1 day").
# $count: how many days later.
when-end-days-later = +{ $count ->
    [one] { $count } dia
   *[other] { $count } dias
}
# A range of days as the command line writes it; $first, $last: days written 2027-03-10.
when-days-iso = de { $first } a { $last }
# A meeting without a date yet. $known: what is known of its date (a month and year, a
# year, or a month); $wording: the source's own words for it, such as "after the summer".
when-not-dated = ainda sem data
when-not-dated-known = ainda sem data ({ $known })
when-not-dated-wording = ainda sem data («{ $wording }»)
when-not-dated-known-wording = ainda sem data ({ $known }: «{ $wording }»)
# In a list: what is known of the date, then that it is not fixed.
when-known-not-dated = { $known }, ainda sem data
# $month: a month's name, when the year is not known.
when-month-year-unknown = { $month }, ano desconhecido

## A meeting postponed (meeting_status): the line added to its description, in the
## network's working language. $when: its old date and time, written out.
meeting-postponed-from = Adiada; data inicial: { $when }.

## What is wrong with a proposed time for one partner (scheduling::burden), in the
## reader's language.
# $name: the public holiday or day off there.
slot-problem-holiday = feriado: { $name }
# $title: the network's other meeting at that time.
slot-problem-overlap = sobrepõe-se a «{ $title }»
slot-problem-weekend = fim de semana
# $early, $late: times of day, such as 08:00 and 19:00.
slot-problem-early-or-late = antes das { $early } ou depois das { $late }
# $hours: the working hours asked for, such as 09:00-17:00.
slot-problem-outside-hours = fora do horário de trabalho ({ $hours })
