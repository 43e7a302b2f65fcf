# Plan documents, invitations, reminders and calendar texts. Source: locales/en/export.ftl (comments there).
export-kind-iap = Integrierter Aktionsplan
export-fact-city = Stadt
export-fact-network = Netzwerk
export-fact-status = Status
export-fact-adopted = Beschlossen am
export-fact-revision = Revision
export-revision-of = { $number } vom { $date }
export-section-context = Ausgangslage und Bedarf
export-section-vision = Vision und Ziele
export-section-approach = Integrierter Ansatz
export-section-actions = Maßnahmen
export-section-implementation = Umsetzung: Zeitplan und Ressourcen
export-section-funding = Finanzierung
export-section-risks = Risiken
export-section-monitoring = Monitoring und Indikatoren
export-section-local-group = Beteiligung der lokalen Gruppe
export-not-written = Dieser Abschnitt ist noch nicht geschrieben.
export-period-from = ab { $month }
export-period-until = bis { $month }
export-action-pilot = Pilot
export-no-actions = Noch keine Maßnahmen erfasst.
export-column-action = Maßnahme
export-column-objective = Ziel
export-column-lead-and-partners = Leitung und Partner
export-column-period = Zeitraum
export-column-cost = Kosten
export-column-funding = Finanzierung
export-column-status = Status
export-column-year = Jahr
export-column-actions = Maßnahmen
export-column-amount = Betrag
export-column-source = Quelle
export-column-share-of-cost = Anteil an den Kosten
export-column-secured = Gesichert
export-column-risk = Risiko
export-column-likelihood = Wahrscheinlichkeit
export-column-impact = Auswirkung
export-column-score = Bewertung
export-column-mitigation = Gegenmaßnahme
export-column-owner = Verantwortlich
export-column-indicator = Indikator
export-column-type = Art
export-column-unit = Einheit
export-column-baseline = Ausgangswert
export-column-target = Zielwert
export-column-by = Bis
export-column-verification = Nachweis
export-with-partners = mit { $partners }
export-not-estimated = nicht geschätzt
export-total = Summe
export-total-without-dropped = Summe (ohne aufgegebene Maßnahmen)
export-action-descriptions = Beschreibung der Maßnahmen
export-indicators-label = Indikatoren:
export-actions-per-year = Maßnahmen pro Jahr
export-unscheduled-actions = { $count ->
    [one] { $count } Maßnahme ist noch nicht terminiert.
   *[other] { $count } Maßnahmen sind noch nicht terminiert.
}
export-no-budget = Noch kein Budget: die Maßnahmentabelle ist leer.
export-total-estimated-cost = Geschätzte Gesamtkosten
export-secured-funding = Gesicherte Finanzierung
export-funding-above-cost = Finanzierung über den Kosten
export-funding-gap = Finanzierungslücke
export-budget-summary = Budgetübersicht
export-uncosted-actions = { $count ->
    [one] { $count } Maßnahme hat noch keine Kostenschätzung und zählt mit { $zero }.
   *[other] { $count } Maßnahmen haben noch keine Kostenschätzung und zählen mit { $zero }.
}
export-not-yet-funded = Noch nicht finanziert
export-funding-by-source = Finanzierung nach Quelle
export-no-objective = Kein Ziel angegeben
export-cost-by-objective = Kosten nach Ziel
export-no-risks = Noch keine Risiken erfasst.
export-no-indicators = Noch keine Indikatoren erfasst.
