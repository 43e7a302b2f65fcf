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
invite-subject-invitation = Invitation : { $title } ({ $when })
invite-subject-updated = Invitation mise à jour : { $title } ({ $when })
invite-subject-cancelled = Annulé : { $title } ({ $when })
invite-subject-postponed = Reporté : { $title } ({ $when })
invite-intro-request = { $who } vous invite à { $title } ({ $network }).
invite-intro-postponed = { $title } ({ $network }) est reporté ; une nouvelle date suivra.
invite-intro-cancelled = { $title } ({ $network }) est annulé.
invite-clock = { $clock } (heure de { $zone }, { $offset })
invite-all-day = { $date } (toute la journée)
invite-all-days = du { $first } au { $last } (toute la journée)
invite-when = Quand : { $when }
invite-where = Où : { $place }
invite-online = Rejoindre en ligne : { $url }
invite-host = Ville hôte : { $host }
invite-agenda = Ordre du jour :
invite-footer-request = Votre logiciel de calendrier affiche ce message comme une invitation à accepter ou refuser.
invite-footer-cancel = Votre logiciel de calendrier retire la réunion quand vous ouvrez ce message.
export-plan-status-draft = Brouillon
export-plan-status-in_review = En relecture
export-plan-status-final = Final
export-plan-status-adopted = Adopté
export-action-status-idea = Idée
export-action-status-planned = Prévue
export-action-status-ongoing = En cours
export-action-status-done = Terminée
export-action-status-dropped = Abandonnée
export-indicator-kind-output = Réalisation
export-indicator-kind-result = Résultat
export-funding-source-city = Budget municipal
export-funding-source-erdf = FEDER
export-funding-source-esf_plus = FSE+
export-funding-source-national = National
export-funding-source-regional = Régional
export-funding-source-private = Privé
export-funding-source-other = Autre

plan-revision-created = Créé
plan-revision-created-from-page = Créé à partir du résumé importé du Plan d’action intégré
plan-revision-sections-reordered = Sections réordonnées
plan-revision-edited = Modification de « { $section } »
plan-revision-section-added = Section « { $section } » ajoutée
plan-revision-section-renamed = Section « { $old } » renommée en « { $new } »
plan-revision-section-removed = Section « { $section } » supprimée
plan-revision-action-added = Action « { $action } » ajoutée
plan-revision-action-changed = Action « { $action } » modifiée
plan-revision-action-deleted = Action « { $action } » supprimée
plan-revision-action-moved = Action « { $action } » déplacée
plan-revision-indicator-added = Indicateur « { $indicator } » ajouté
plan-revision-indicator-changed = Indicateur « { $indicator } » modifié
plan-revision-indicator-deleted = Indicateur « { $indicator } » supprimé
plan-revision-risk-added = Risque « { $risk } » ajouté
plan-revision-risk-changed = Risque « { $risk } » modifié
plan-revision-risk-deleted = Risque « { $risk } » supprimé
plan-revision-restored = Version { $number } restaurée
plan-revision-settled-ours = Conflit réglé dans « { $label } » : notre texte est conservé
plan-revision-settled-theirs = Conflit réglé dans « { $label } » : leur texte est conservé
plan-revision-settled-merged = Conflit réglé dans « { $label } » : un texte fusionné est conservé
plan-revision-merged = { $count ->
    [one] { $count } version fusionnée
   *[other] { $count } versions fusionnées
} depuis la copie de { $author }
plan-revision-merged-conflicts = { $count ->
    [one] { $count } version fusionnée
   *[other] { $count } versions fusionnées
} depuis la copie de { $author } ; { $conflicts ->
    [one] { $conflicts } conflit à régler
   *[other] { $conflicts } conflits à régler
}
plan-author-unknown = Inconnu
plan-revision-kind-created = Créé
plan-revision-kind-edit = Modifié
plan-revision-kind-restore = Restauré
plan-revision-kind-received = Reçu
plan-revision-kind-merge = Fusionné
plan-revision-kind-resolve = Conflit réglé

poll-hold-title = [Sondage { $number }/{ $total }] { $title }
poll-hold-description = L’une des { $total } dates proposées pour { $title }. Acceptez si cette date vous convient, répondez Provisoire si nécessaire, Refusez sinon.
poll-subject-invitation = Quelles dates vous conviennent ? { $title } ({ $count ->
    [one] { $count } date
   *[other] { $count } dates
})
poll-grid-intro = { $who } demande quelles dates conviennent à { $partner } pour « { $title } » ({ $network }).
poll-grid-deadline = Merci de répondre avant le { $date }.
poll-grid-calendar = Votre agenda affiche chaque date comme une réservation provisoire, « { $example } ». Répondez à chacune : Accepter = oui, Provisoire = si nécessaire, Refuser = non.
poll-grid-reply = S’il ne les affiche pas, répondez à ce message en écrivant oui, peut-être ou non après chaque date ci-dessous, et gardez la ligne Token : elle indique que les réponses sont les vôtres.
poll-grid-option-your-time = { $when }, chez vous { $local }
poll-subject-released = Dates libérées : { $title } aura lieu le { $when }
poll-released-intro = Le sondage pour « { $title } » est clos : la réunion aura lieu le { $when }. Une invitation suit.
poll-released-list = Ces dates sont libérées ; votre agenda retire leurs réservations :

export-imported = importé : { $parts }
export-imported-nothing = rien n’a été importé : le fichier ne contient aucune donnée

plan-received-created = plan « { $title } » ajouté avec { $count ->
    [one] { $count } version
   *[other] { $count } versions
}{ $note }{ $partner_note }
plan-received-partner-unknown = {" "}({ $partner } n’est pas partenaire de ce réseau ici, le plan n’a donc pas de partenaire)
plan-received-up-to-date = « { $title } » est déjà à jour : rien n’a changé{ $note }
plan-received-up-to-date-text = « { $title } » est déjà à jour : son texte n’a pas changé{ $note }
plan-received-ours-newer = Cette copie de « { $title } » est plus récente que celle du fichier : rien n’a changé{ $note }
plan-received-ours-newer-text = Cette copie de « { $title } » est plus récente que celle du fichier : son texte n’a pas changé{ $note }
plan-received-fast-forward = { $count ->
    [one] { $count } version ajoutée
   *[other] { $count } versions ajoutées
} à « { $title } » ; il correspond désormais à la dernière version du fichier{ $note }
plan-received-merged = { $count ->
    [one] { $count } version fusionnée
   *[other] { $count } versions fusionnées
} dans « { $title } » ; les modifications des deux côtés sont conservées{ $note }
plan-received-merged-conflicts = { $count ->
    [one] { $count } version fusionnée
   *[other] { $count } versions fusionnées
} dans « { $title } », mais les deux côtés ont modifié { $labels } : rien n’a été écrasé ; choisissez le texte à garder{ $note }
plan-received-note = {" "}({ $notes })
plan-received-comments-added = { $count ->
    [one] { $count } nouveau commentaire
   *[other] { $count } nouveaux commentaires
}
plan-received-comments-resolved = { $count ->
    [one] { $count } commentaire résolu
   *[other] { $count } commentaires résolus
}

urbact-created = Créé : { $counts }.
urbact-would-create = Essai, rien n’est enregistré : serait créé : { $counts }.
urbact-already-there = Déjà dans la base et laissé tel quel : { $counts }.
urbact-nothing-changed = Rien n’a changé : tout ce que contient ce fichier est déjà dans la base.
urbact-nothing-would-change = Rien ne changerait : tout ce que contient ce fichier est déjà dans la base.
urbact-warnings = { $count ->
    [one] { $count } avertissement.
   *[other] { $count } avertissements.
}

poll-replies-unusable = { $bad ->
    [one] { $bad } fichier sur { $files } ne peut pas être utilisé, donc rien n’a été enregistré ; retirez-le ou corrigez-le et relisez les réponses
   *[other] { $bad } fichiers sur { $files } ne peuvent pas être utilisés, donc rien n’a été enregistré ; retirez-les ou corrigez-les et relisez les réponses
}
poll-replies-read = { $answers ->
    [one] { $answers } réponse
   *[other] { $answers } réponses
} dans { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
}
poll-replies-read-detail = { $answers ->
    [one] { $answers } réponse
   *[other] { $answers } réponses
} dans { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
} : { $parts }
poll-replies-new = { $count ->
    [one] { $count } nouvelle
   *[other] { $count } nouvelles
}
poll-replies-changed = { $count ->
    [one] { $count } modifiée
   *[other] { $count } modifiées
}
poll-replies-same = { $count ->
    [one] { $count } déjà enregistrée
   *[other] { $count } déjà enregistrées
}
poll-replies-older = { $count ->
    [one] { $count } plus ancienne que la réponse enregistrée
   *[other] { $count } plus anciennes que la réponse enregistrée
}

## The words a calendar file (.ics) writes around a meeting's own text, in the network's
## working language (ical::export::words); invitations carry the same file. English
## must stay as it is: calendar files already written hold it.
# Opens the description of a postponed meeting, which the file cancels at its old date.
calendar-postponed = Reportée : une nouvelle date suivra.
# LOCATION of an online meeting that names no venue and no host city.
calendar-location-online = En ligne
# A meeting's kind as the event's category (CATEGORIES); each kind needs its own words.
calendar-kind-kick-off = Lancement
calendar-kind-transnational = Réunion transnationale
calendar-kind-city-visit = Visite de ville
calendar-kind-final-event = Événement final
calendar-kind-local-group = Groupe local URBACT
calendar-kind-online-touch-base = Point en ligne
calendar-kind-phase-review = Bilan de phase
calendar-kind-other = Autre

## A meeting's when in words (schedule_text): the command line's lists and details, in
## the reader's language, and invitations' texts, in the network's working language.
# $dates: a day or a range of days, written by Convene.
when-all-day = { $dates }, toute la journée
when-all-days = { $dates }, journées entières
# After a time when a meeting ends on a later day than it starts ("22:00-01:00 +1 day").
# $count: how many days later.
when-end-days-later = +{ $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
# A range of days as the command line writes it; $first, $last: days written 2027-03-10.
when-days-iso = du { $first } au { $last }
# A meeting without a date yet. $known: what is known of its date (a month and year, a
# year, or a month); $wording: the source's own words for it, such as "after the summer".
when-not-dated = pas encore datée
when-not-dated-known = pas encore datée ({ $known })
when-not-dated-wording = pas encore datée (« { $wording } »)
when-not-dated-known-wording = pas encore datée ({ $known } : « { $wording } »)
# In a list: what is known of the date, then that it is not fixed.
when-known-not-dated = { $known }, pas encore datée
# $month: a month's name, when the year is not known.
when-month-year-unknown = { $month }, année inconnue

## A meeting postponed (meeting_status): the line added to its description, in the
## network's working language. $when: its old date and time, written out.
meeting-postponed-from = Reportée ; date initiale : { $when }.

## What is wrong with a proposed time for one partner (scheduling::burden), in the
## reader's language.
# $name: the public holiday or day off there.
slot-problem-holiday = jour férié : { $name }
# $title: the network's other meeting at that time.
slot-problem-overlap = chevauche « { $title } »
slot-problem-weekend = week-end
# $early, $late: times of day, such as 08:00 and 19:00.
slot-problem-early-or-late = avant { $early } ou après { $late }
# $hours: the working hours asked for, such as 09:00-17:00.
slot-problem-outside-hours = en dehors des heures de travail ({ $hours })
