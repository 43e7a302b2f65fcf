# Plan documents, invitations, reminders and calendar texts. Source: locales/en/export.ftl (comments there).
export-kind-iap = Geïntegreerd Actieplan
export-fact-city = Stad
export-fact-network = Netwerk
export-fact-status = Status
export-fact-adopted = Vastgesteld op
export-fact-revision = Versie
export-revision-of = { $number } van { $date }
export-section-context = Context en behoeften
export-section-vision = Visie en doelstellingen
export-section-approach = Geïntegreerde aanpak
export-section-actions = Acties
export-section-implementation = Uitvoering: planning en middelen
export-section-funding = Financiering
export-section-risks = Risico’s
export-section-monitoring = Monitoring en indicatoren
export-section-local-group = Betrokkenheid van de lokale groep
export-not-written = Deze sectie is nog niet geschreven.
export-period-from = vanaf { $month }
export-period-until = tot { $month }
export-action-pilot = pilot
export-no-actions = Nog geen acties vastgelegd.
export-column-action = Actie
export-column-objective = Doelstelling
export-column-lead-and-partners = Trekker en partners
export-column-period = Periode
export-column-cost = Kosten
export-column-funding = Financiering
export-column-status = Status
export-column-year = Jaar
export-column-actions = Acties
export-column-amount = Bedrag
export-column-source = Bron
export-column-share-of-cost = Aandeel in de kosten
export-column-secured = Zeker
export-column-risk = Risico
export-column-likelihood = Waarschijnlijkheid
export-column-impact = Impact
export-column-score = Score
export-column-mitigation = Beperking
export-column-owner = Eigenaar
export-column-indicator = Indicator
export-column-type = Soort
export-column-unit = Eenheid
export-column-baseline = Nulmeting
export-column-target = Streefwaarde
export-column-by = Uiterlijk
export-column-verification = Verificatie
export-with-partners = met { $partners }
export-not-estimated = niet geraamd
export-total = Totaal
export-total-without-dropped = Totaal (zonder geschrapte acties)
export-action-descriptions = Beschrijving van de acties
export-indicators-label = Indicatoren:
export-actions-per-year = Acties per jaar
export-unscheduled-actions = { $count ->
    [one] { $count } actie is nog niet gepland.
   *[other] { $count } acties zijn nog niet gepland.
}
export-no-budget = Nog geen begroting: de actietabel is leeg.
export-total-estimated-cost = Totale geraamde kosten
export-secured-funding = Zekergestelde financiering
export-funding-above-cost = Financiering boven de kosten
export-funding-gap = Financieringstekort
export-budget-summary = Begrotingsoverzicht
export-uncosted-actions = { $count ->
    [one] { $count } actie heeft nog geen kostenraming en telt als { $zero }.
   *[other] { $count } acties hebben nog geen kostenraming en tellen als { $zero }.
}
export-not-yet-funded = Nog niet gefinancierd
export-funding-by-source = Financiering per bron
export-no-objective = Geen doelstelling opgegeven
export-cost-by-objective = Kosten per doelstelling
export-no-risks = Nog geen risico’s vastgelegd.
export-no-indicators = Nog geen indicatoren vastgelegd.
