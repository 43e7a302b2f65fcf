# Plan documents, invitations, reminders and calendar texts. Source: locales/en/export.ftl (comments there).
export-kind-iap = Piano d’Azione Integrato
export-fact-city = Città
export-fact-network = Rete
export-fact-status = Stato
export-fact-adopted = Adottato il
export-fact-revision = Revisione
export-revision-of = { $number } del { $date }
export-section-context = Contesto e bisogni
export-section-vision = Visione e obiettivi
export-section-approach = Approccio integrato
export-section-actions = Azioni
export-section-implementation = Attuazione: calendario e risorse
export-section-funding = Finanziamento
export-section-risks = Rischi
export-section-monitoring = Monitoraggio e indicatori
export-section-local-group = Coinvolgimento del gruppo locale
export-not-written = Questa sezione non è ancora stata scritta.
export-period-from = da { $month }
export-period-until = fino a { $month }
export-action-pilot = pilota
export-no-actions = Ancora nessuna azione registrata.
export-column-action = Azione
export-column-objective = Obiettivo
export-column-lead-and-partners = Responsabile e partner
export-column-period = Periodo
export-column-cost = Costo
export-column-funding = Finanziamento
export-column-status = Stato
export-column-year = Anno
export-column-actions = Azioni
export-column-amount = Importo
export-column-source = Fonte
export-column-share-of-cost = Quota del costo
export-column-secured = Assicurato
export-column-risk = Rischio
export-column-likelihood = Probabilità
export-column-impact = Impatto
export-column-score = Punteggio
export-column-mitigation = Mitigazione
export-column-owner = Responsabile
export-column-indicator = Indicatore
export-column-type = Tipo
export-column-unit = Unità
export-column-baseline = Valore di partenza
export-column-target = Obiettivo numerico
export-column-by = Entro
export-column-verification = Verifica
export-with-partners = con { $partners }
export-not-estimated = non stimato
export-total = Totale
export-total-without-dropped = Totale (escluse le azioni abbandonate)
export-action-descriptions = Descrizione delle azioni
export-indicators-label = Indicatori:
export-actions-per-year = Azioni per anno
export-unscheduled-actions = { $count ->
    [one] { $count } azione non è ancora programmata.
   *[other] { $count } azioni non sono ancora programmate.
}
export-no-budget = Ancora nessun bilancio: la tabella delle azioni è vuota.
export-total-estimated-cost = Costo totale stimato
export-secured-funding = Finanziamento assicurato
export-funding-above-cost = Finanziamento superiore al costo
export-funding-gap = Fabbisogno scoperto
export-budget-summary = Sintesi del bilancio
export-uncosted-actions = { $count ->
    [one] { $count } azione non ha ancora una stima dei costi e conta come { $zero }.
   *[other] { $count } azioni non hanno ancora una stima dei costi e contano come { $zero }.
}
export-not-yet-funded = Non ancora finanziato
export-funding-by-source = Finanziamento per fonte
export-no-objective = Nessun obiettivo indicato
export-cost-by-objective = Costo per obiettivo
export-no-risks = Ancora nessun rischio registrato.
export-no-indicators = Ancora nessun indicatore registrato.
