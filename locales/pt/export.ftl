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
