# Plan documents, invitations, reminders and calendar texts. Source: locales/en/export.ftl (comments there).
export-kind-iap = Plan de Acción Integrado
export-fact-city = Ciudad
export-fact-network = Red
export-fact-status = Estado
export-fact-adopted = Aprobado el
export-fact-revision = Revisión
export-revision-of = { $number } del { $date }
export-section-context = Contexto y necesidades
export-section-vision = Visión y objetivos
export-section-approach = Enfoque integrado
export-section-actions = Acciones
export-section-implementation = Implementación: calendario y recursos
export-section-funding = Financiación
export-section-risks = Riesgos
export-section-monitoring = Seguimiento e indicadores
export-section-local-group = Participación del grupo local
export-not-written = Esta sección aún no se ha redactado.
export-period-from = desde { $month }
export-period-until = hasta { $month }
export-action-pilot = piloto
export-no-actions = Todavía no hay acciones registradas.
export-column-action = Acción
export-column-objective = Objetivo
export-column-lead-and-partners = Responsable y socios
export-column-period = Periodo
export-column-cost = Coste
export-column-funding = Financiación
export-column-status = Estado
export-column-year = Año
export-column-actions = Acciones
export-column-amount = Importe
export-column-source = Fuente
export-column-share-of-cost = Parte del coste
export-column-secured = Asegurado
export-column-risk = Riesgo
export-column-likelihood = Probabilidad
export-column-impact = Impacto
export-column-score = Puntuación
export-column-mitigation = Mitigación
export-column-owner = Responsable
export-column-indicator = Indicador
export-column-type = Tipo
export-column-unit = Unidad
export-column-baseline = Valor de referencia
export-column-target = Meta
export-column-by = Plazo
export-column-verification = Verificación
export-with-partners = con { $partners }
export-not-estimated = sin estimar
export-total = Total
export-total-without-dropped = Total (sin las acciones abandonadas)
export-action-descriptions = Descripción de las acciones
export-indicators-label = Indicadores:
export-actions-per-year = Acciones por año
export-unscheduled-actions = { $count ->
    [one] { $count } acción aún no está programada.
   *[other] { $count } acciones aún no están programadas.
}
export-no-budget = Todavía no hay presupuesto: la tabla de acciones está vacía.
export-total-estimated-cost = Coste total estimado
export-secured-funding = Financiación asegurada
export-funding-above-cost = Financiación superior al coste
export-funding-gap = Déficit de financiación
export-budget-summary = Resumen del presupuesto
export-uncosted-actions = { $count ->
    [one] { $count } acción aún no tiene coste estimado y cuenta como { $zero }.
   *[other] { $count } acciones aún no tienen coste estimado y cuentan como { $zero }.
}
export-not-yet-funded = Aún sin financiar
export-funding-by-source = Financiación por fuente
export-no-objective = Sin objetivo indicado
export-cost-by-objective = Coste por objetivo
export-no-risks = Todavía no hay riesgos registrados.
export-no-indicators = Todavía no hay indicadores registrados.
