# Plan documents, invitations, reminders and calendar texts. Source: locales/en/export.ftl (comments there).
export-kind-iap = Plan d’action intégré
export-fact-city = Ville
export-fact-network = Réseau
export-fact-status = Statut
export-fact-adopted = Adopté le
export-fact-revision = Révision
export-revision-of = { $number } du { $date }
export-section-context = Contexte et besoins
export-section-vision = Vision et objectifs
export-section-approach = Approche intégrée
export-section-actions = Actions
export-section-implementation = Mise en œuvre : calendrier et ressources
export-section-funding = Financement
export-section-risks = Risques
export-section-monitoring = Suivi et indicateurs
export-section-local-group = Implication du groupe local
export-not-written = Cette section n’a pas encore été rédigée.
export-period-from = à partir de { $month }
export-period-until = jusqu’à { $month }
export-action-pilot = pilote
export-no-actions = Aucune action enregistrée pour l’instant.
export-column-action = Action
export-column-objective = Objectif
export-column-lead-and-partners = Pilote et partenaires
export-column-period = Période
export-column-cost = Coût
export-column-funding = Financement
export-column-status = Statut
export-column-year = Année
export-column-actions = Actions
export-column-amount = Montant
export-column-source = Source
export-column-share-of-cost = Part du coût
export-column-secured = Acquis
export-column-risk = Risque
export-column-likelihood = Probabilité
export-column-impact = Impact
export-column-score = Score
export-column-mitigation = Atténuation
export-column-owner = Responsable
export-column-indicator = Indicateur
export-column-type = Type
export-column-unit = Unité
export-column-baseline = Valeur de référence
export-column-target = Cible
export-column-by = Échéance
export-column-verification = Vérification
export-with-partners = avec { $partners }
export-not-estimated = non estimé
export-total = Total
export-total-without-dropped = Total (hors actions abandonnées)
export-action-descriptions = Description des actions
export-indicators-label = Indicateurs :
export-actions-per-year = Actions par année
export-unscheduled-actions = { $count ->
    [one] { $count } action n’est pas encore planifiée.
   *[other] { $count } actions ne sont pas encore planifiées.
}
export-no-budget = Pas encore de budget : le tableau des actions est vide.
export-total-estimated-cost = Coût total estimé
export-secured-funding = Financement acquis
export-funding-above-cost = Financement supérieur au coût
export-funding-gap = Déficit de financement
export-budget-summary = Synthèse du budget
export-uncosted-actions = { $count ->
    [one] { $count } action n’a pas encore d’estimation de coût et compte pour { $zero }.
   *[other] { $count } actions n’ont pas encore d’estimation de coût et comptent pour { $zero }.
}
export-not-yet-funded = Pas encore financé
export-funding-by-source = Financement par source
export-no-objective = Aucun objectif indiqué
export-cost-by-objective = Coût par objectif
export-no-risks = Aucun risque enregistré pour l’instant.
export-no-indicators = Aucun indicateur enregistré pour l’instant.
