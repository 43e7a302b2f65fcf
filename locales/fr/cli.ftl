# The convene command line's own output. Source: locales/en/cli.ftl (comments there).
cli-error = erreur : { $message }
cli-error-field-with-flag = { $field } ({ $flag }) : { $reason }
cli-error-field = { $field } : { $reason }
cli-error-run-with-cascade = { $message } (relancez avec --cascade)
cli-no-partner = { $network } n’a pas de partenaire nommé « { $key } » ; `convene partners { $slug }` les liste
cli-no-partner-did-you-mean = { $network } n’a pas de partenaire nommé « { $key } » ; vouliez-vous dire { $suggestion } ?
cli-no-meeting = { $network } n’a pas de réunion avec l’identifiant, l’UID ou le titre « { $key } » ; `convene meetings { $slug }` les liste
cli-meeting-title-needs-network = { $message } ; pour désigner une réunion par son titre, donnez d’abord son réseau (RÉSEAU RÉUNION)
cli-no-milestone = { $network } n’a pas de jalon avec l’identifiant ou le titre « { $key } » ; `convene milestone list { $slug }` les liste
cli-no-contact = { $place } n’a pas de contact avec l’identifiant ou le nom « { $key } »
cli-no-local-group-member = { $place } n’a pas de membre du groupe local avec l’identifiant ou le nom « { $key } »
cli-no-practice = il n’y a pas de bonne pratique avec l’identifiant ou le titre « { $key } » ; `convene practices` les liste
cli-no-day-off = { $partner } n’a pas de jour de congé le { $date } ; `convene dayoff list { $slug } --partner { $partner_id }` les liste
cli-no-day-off-named = { $partner } n’a pas de jour de congé « { $name } » le { $date } ; `convene dayoff list { $slug } --partner { $partner_id }` les liste
cli-holidays-not-covered = python-holidays couvre { $country } ({ $code }) à partir de { $first_year } ; il n’a pas de dates pour { $span }
cli-date-from = à partir du { $date }
cli-date-until = jusqu’au { $date }
cli-networks-none = Aucun réseau pour l’instant. Ajoutez-en un avec `convene network add --name NOM` ou importez des pages avec `convene import urbact FICHIER`.
cli-column-slug = NOM COURT
cli-column-name = NOM
cli-column-kind = TYPE
cli-column-dates = DATES
cli-column-partner-count = NB PARTENAIRES
cli-column-meeting-count = NB RÉUNIONS
cli-column-lead-partner = CHEF DE FILE
cli-label-id = Identifiant
cli-label-short-name = Nom court
cli-label-kind = Type
cli-label-tagline = Accroche
cli-label-programme = Programme
cli-label-dates = Dates
cli-label-lead-partner = Chef de file
cli-label-language = Langue
cli-label-email = E-mail
cli-label-website = Site web
cli-network-phases = Phases
cli-network-partner-count = { $count ->
    [0] Aucun partenaire
    [one] { $count } partenaire
   *[other] { $count } partenaires
}
cli-network-milestones = Jalons
cli-milestone-done = (fait)
cli-network-plans = Plans d’action
cli-plan-no-city = (pas de ville)
cli-network-import-notes = Notes d’import (lignes que l’importateur n’a pas pu placer)
cli-network-meetings-hint = Réunions : `convene meetings { $slug }`
cli-network-added = Réseau { $name } ajouté (identifiant { $id }, nom court { $slug }).
cli-network-updated = Réseau { $name } modifié (nom court { $slug }).
cli-network-deleted = Réseau { $name } supprimé.
cli-network-deleted-with = Réseau { $name } supprimé, ainsi que { $also }.
cli-plan-language-set = « { $title } » est désormais exporté en { $language }.
cli-cannot-write-json = impossible d’écrire le JSON : { $reason }
cli-warnings-heading = Avertissements :
cli-file-error = { $file } : { $message }
cli-backup-done = Base de données sauvegardée dans { $file }.
cli-export-json-done = Base de données exportée dans { $file }.
cli-import-json-done = { $summary } depuis { $file }.
cli-import-warning = ligne { $line } : { $message } (« { $text } »)
cli-ics-nothing-imported = { $file } : aucun de ses événements n’a pu être importé ({ $count ->
    [one] { $count } ignoré
   *[other] { $count } ignorés
}, listés ci-dessus) ; corrigez-les, ou importez le fichier dans le programme d’agenda qui l’a créé et exportez-le à nouveau
cli-ics-column-id = id
cli-ics-column-when = quand
cli-ics-column-status = statut
cli-ics-column-title = titre
cli-ics-created = Créées :
cli-ics-updated = Modifiées :
cli-ics-and-more = … et { $count } de plus ; `convene meetings { $slug }` liste toutes les réunions.
cli-ics-skipped = Ignorés ({ $count }) :
cli-warning = avertissement : { $warning }
cli-sync-ics-file = fichier .ics : { $path }
cli-plan-pushed = « { $plan } » déposé à { $href }.
cli-plan-pulled = « { $plan } » lu depuis { $href }.
cli-plan-pulled-conflicts = { $count ->
    [one] { $count } conflit, côte à côte dans `convene plan conflicts { $plan }` ; réglez-le avec `convene plan resolve`.
   *[other] { $count } conflits, côte à côte dans `convene plan conflicts { $plan }` ; réglez chacun avec `convene plan resolve`.
}
cli-conflicts-none = Aucun conflit.
cli-conflict-deleted = (supprimée)
cli-conflict-heading = { $id } : « { $title } » ({ $network }), trouvé le { $found }
cli-conflict-here = ici :
cli-conflict-on-server = sur le serveur :
cli-conflicts-settle = Réglez chacun avec : convene conflict resolve ID --keep local|remote
cli-plans-none = { $network } n’a pas encore de plan d’action. `convene plan create { $slug } --partner VILLE --title T` en commence un.
cli-column-id = ID
cli-column-partner = PARTENAIRE
cli-column-title = TITRE
cli-column-status = STATUT
cli-column-revision = RÉV
cli-column-last-change-utc = DERNIÈRE MODIFICATION (UTC)
cli-column-by = PAR
cli-plan-section-added = section { $key } ajoutée
cli-plan-section-removed = section { $key } supprimée
cli-plan-section-saved = { $key } enregistrée
cli-plan-revision-restored = révision { $revision } restaurée
cli-plan-conflict-settled = conflit réglé dans { $key }
cli-plan-saved = { $what } : révision { $revision } par { $author }
cli-plan-unchanged = rien n’a changé : le plan dit déjà cela (révision { $revision })
cli-plan-status-word = { $status ->
    [draft] un brouillon
    [in_review] en relecture
    [final] final
   *[adopted] adopté
}
cli-plan-status-set = « { $title } » est désormais { $status }
cli-plan-status-set-on = « { $title } » est désormais { $status } depuis le { $date }
cli-plan-comment-added = commentaire { $id } ajouté à { $key } par { $author }
cli-plan-sent = { $count ->
    [one] « { $title } » écrit avec { $count } révision dans { $file }
   *[other] « { $title } » écrit avec { $count } révisions dans { $file }
}
cli-plan-received-settle = Réglez chacun avec `convene plan resolve { $id } CLÉ --ours | --theirs | --text T`.
cli-plan-conflicts-none = Aucun conflit à régler.
cli-plan-author-default = { $name } (le nom d’utilisateur du système ; choisissez-en un avec `convene plan author NOM`)
cli-plan-conflict = conflit dans { $label } ({ $key }) :
cli-plan-conflict-ours = la nôtre :
cli-plan-conflict-theirs = la leur :
cli-plan-conflict-removed = (supprimée)
cli-plan-created = plan { $id } « { $title } » créé pour { $partner }
cli-plan-section-keys = Plan { $id }. Sections à rédiger avec `convene plan section set { $id } CLÉ` : { $keys }
cli-plan-open-comments = Commentaires ouverts
cli-plan-open-conflicts = { $count ->
    [one] { $count } conflit avec la copie d’un partenaire à régler : `convene plan conflicts { $id }`
   *[other] { $count } conflits avec la copie d’un partenaire à régler : `convene plan conflicts { $id }`
}
cli-poll-created = { $count ->
    [one] Sondage { $id } « { $title } » créé avec { $count } date.
   *[other] Sondage { $id } « { $title } » créé avec { $count } dates.
}
cli-poll-invitations-written = { $count ->
    [one] { $count } invitation écrite dans { $folder } : envoyez-la depuis votre messagerie.
   *[other] { $count } invitations écrites dans { $folder } : envoyez chacune depuis votre messagerie.
}
cli-poll-column-file = Fichier
cli-poll-column-partner = Partenaire
cli-poll-column-date = Date
cli-poll-column-answer = Réponse
cli-poll-column-recorded = Enregistrée
cli-poll-column-yes = Oui
cli-poll-column-if-need-be = Si nécessaire
cli-poll-column-no = Non
cli-poll-column-zone = Fuseau
cli-poll-column-id = Id
cli-poll-column-title = Titre
cli-poll-column-dates = Dates
cli-poll-column-answered = Réponses
cli-poll-no-answer-recorded = aucune réponse n’a été enregistrée
cli-poll-not-an-answer = « { $text } » n’est pas N=RÉPONSE ; écrivez le numéro de la date et yes, maybe ou no, par exemple 2=yes
cli-poll-answers-recorded = { $count ->
    [one] { $count } réponse de { $partner } enregistrée.
   *[other] { $count } réponses de { $partner } enregistrées.
}
cli-label-poll = Sondage
cli-label-host = Hôte
cli-label-deadline = Date limite
cli-label-state = État
cli-poll-state-closed-on = clos sur la date { $number } (réunion { $meeting })
cli-poll-state-open = ouvert
cli-poll-state-closed = clos
cli-poll-all-answered = Tous les partenaires ont répondu.
cli-poll-not-answered = Sans réponse : { $partners }
cli-poll-organizer-needed = les invitations du sondage n’ont jamais été écrites : indiquez l’expéditeur de l’invitation à la réunion avec --organizer
cli-poll-closed = Sondage { $id } clos sur la date { $number } : réunion { $meeting } « { $title } » créée, { $when }.
cli-poll-no-messages-written = Aucun message écrit : indiquez --out DOSSIER pour écrire l’invitation à la réunion et la libération des autres dates.
cli-polls-none = { $network } n’a pas encore de sondage.
cli-reminder-not-a-duration = « { $text } » n’est pas une durée ; écrivez-la 1d, 2h ou 30m
cli-ics-export-written = { $count ->
    [one] { $count } réunion écrite.
   *[other] { $count } réunions écrites.
}
cli-ics-export-written-to = { $count ->
    [one] { $count } réunion écrite dans { $file }.
   *[other] { $count } réunions écrites dans { $file }.
}
cli-ics-export-written-left-out = { $count ->
    [one] { $count } réunion écrite
   *[other] { $count } réunions écrites
} ; { $undated ->
    [one] { $undated } pas encore datée a été laissée de côté.
   *[other] { $undated } pas encore datées ont été laissées de côté.
}
cli-ics-export-written-to-left-out = { $count ->
    [one] { $count } réunion écrite
   *[other] { $count } réunions écrites
} dans { $file } ; { $undated ->
    [one] { $undated } pas encore datée a été laissée de côté.
   *[other] { $undated } pas encore datées ont été laissées de côté.
}
cli-invite-written = { $method ->
    [cancel] Annulation écrite : { $subject }.
   *[request] Invitation écrite : { $subject }.
}
cli-invite-written-to = { $method ->
    [cancel] Annulation écrite dans { $file } : { $subject }.
   *[request] Invitation écrite dans { $file } : { $subject }.
}
cli-not-a-date-time = « { $text } » n’est pas une date et une heure ; écrivez-la "AAAA-MM-JJ HH:MM"
cli-not-a-month = « { $text } » n’est pas un mois ; écrivez-le AAAA-MM (ou une année, AAAA)
cli-meeting-no-start-yet = la réunion n’a pas encore d’heure de début ; indiquez --start et --end
cli-meeting-end-needed = indiquez --end avec --start ("AAAA-MM-JJ HH:MM" ou "HH:MM")
cli-meeting-no-day-yet = la réunion n’a pas encore de jour ; indiquez --date (et --until)
cli-not-a-time-of-day = « { $text } » n’est pas une heure ; écrivez-la HH:MM (14:30)
cli-agenda-speaker = (intervenant : { $speaker })
cli-agenda-empty = L’ordre du jour est vide. Ajoutez un point avec `convene agenda { $slug } { $meeting } add --title TEXTE`.
cli-agenda-heading = Ordre du jour de { $title } (réunion { $meeting })
cli-agenda-item-added = Point { $number } ajouté à l’ordre du jour de { $title } :
cli-agenda-item-changed = Point { $number } de l’ordre du jour de { $title } modifié :
cli-agenda-item-moved = Point { $number } déplacé en position { $place } dans l’ordre du jour de { $title } :
cli-agenda-item-removed = Point { $number } retiré de l’ordre du jour de { $title } :
cli-agenda-item-removed-named = Point { $number } ({ $item }) retiré de l’ordre du jour de { $title } :
cli-holidays-which-days = indiquez quels jours : --year ANNÉE, ou --from DATE --to DATE
cli-holidays-region-needs-country = --region va avec un code de pays (convene holidays ES --region ES-CN ...) ; les partenaires d’un réseau ont chacun leur propre région (convene partner update RÉSEAU VILLE --region CODE)
cli-holidays-heading = Jours fériés, { $country } ({ $code }), { $span } :
cli-holidays-heading-region = Jours fériés, { $country } ({ $code }) avec { $region }, { $span } :
cli-holidays-none = aucun.
cli-holiday-estimated = { $name } (date estimée)
cli-holiday-national = national
cli-column-date = DATE
cli-column-day = JOUR
cli-column-holiday = JOUR FÉRIÉ
cli-column-where = OÙ
cli-holidays-no-dates-before = (python-holidays n’a pas de dates avant { $first_year } pour { $code }.)
cli-holidays-network-none = Aucun partenaire de { $network } n’a de jour férié ni de jour chômé, { $span }.
cli-holidays-network-heading = Jours chômés des partenaires de { $network }, { $span } :
cli-holidays-uncovered = Convene n’a pas de jours fériés pour : { $partners } (seuls leurs jours chômés enregistrés comptent).
cli-day-off-line = « { $name } » le { $date } ({ $weekday })
cli-days-off-none-partner = Aucun jour chômé n’est enregistré pour { $partner }. Ajoutez-en un avec `convene dayoff add { $slug } --partner VILLE --date AAAA-MM-JJ --name TEXTE`.
cli-days-off-none-network = Aucun jour chômé n’est enregistré pour les partenaires de { $network }. Ajoutez-en un avec `convene dayoff add { $slug } --partner VILLE --date AAAA-MM-JJ --name TEXTE`.
cli-day-off-added = Jour chômé { $day } ajouté pour { $partner } (id { $id }).
cli-day-off-added-also-holiday = Jour chômé { $day } ajouté pour { $partner } (id { $id }). C’est aussi un jour férié là-bas : { $holidays }.
cli-day-off-which = { $partner } a { $count } jours chômés le { $date } : { $names } ; indiquez lequel avec --name
cli-day-off-removed = Jour chômé { $day } de { $partner } supprimé.
cli-meeting-id-and-date = id { $id } ({ $date })
cli-meetings-same-title = { $count } réunions de { $network } s’intitulent « { $key } » : { $meetings } ; utilisez l’identifiant
cli-to-before-from = { $to } est avant --from { $from }
cli-meetings-none = { $network } n’a pas de réunion.
cli-meetings-none-in-period = { $network } n’a pas de réunion sur cette période.
cli-column-when = QUAND
cli-column-mode = FORMAT
cli-column-country = PAYS
cli-column-zone = FUSEAU
cli-column-offset = DÉCALAGE
cli-column-local-time = HEURE LOCALE
cli-column-note = REMARQUE
cli-label-network = Réseau
cli-label-when = Quand
cli-label-venue = Lieu
cli-label-mode = Format
cli-label-status = Statut
cli-label-uid = UID
cli-label-sequence = Séquence
cli-meeting-warnings = Avertissements
cli-meeting-local-times = Heures locales
cli-local-time-outside-working-hours = en dehors des heures de travail
cli-local-time-weekend = week-end
cli-meeting-agenda = Ordre du jour
cli-meeting-attendance = Participation
cli-meeting-attendance-contact = { $name } (contact) : { $answer }
cli-meeting-needs-start-and-end = une réunion avec horaire a besoin de --start et de --end
cli-meeting-tz-needs-times = --tz s’applique à --start et --end ; indiquez-les aussi
cli-meeting-until-needs-date = --until a besoin de --date (le premier jour)
cli-meeting-added = Réunion { $id } ajoutée à { $network } : { $title }, { $when }.
cli-meeting-updated = Réunion { $id } modifiée : { $title } ({ $when }).
cli-meeting-updated-sequence = Réunion { $id } modifiée : { $title } ({ $when }) ; les agendas verront le changement (séquence { $sequence }).
cli-meeting-deleted = Réunion { $id } supprimée : { $title }.
cli-not-a-population = « { $text } » n’est pas un nombre entier d’habitants
cli-partner-name-and-id = { $name } (id { $id })
cli-partners-same-name = { $count } partenaires de { $network } s’appellent « { $key } » : { $partners } ; utilisez l’identifiant
cli-partners-none = { $network } n’a pas encore de partenaire. Ajoutez-en un avec `convene partner add { $slug } --name VILLE --country CC`.
cli-column-role = RÔLE
cli-column-time-zone = FUSEAU HORAIRE
cli-column-population = POPULATION
cli-column-contacts = CONTACTS
cli-label-country = Pays
cli-label-region = Région
cli-label-role = Rôle
cli-label-time-zone = Fuseau horaire
cli-label-population = Population
cli-label-notes = Notes
cli-partner-contacts = Contacts
cli-partner-local-group = Groupe local
cli-partner-added = { $name } ({ $country }, { $zone }) ajouté à { $network } comme { $role ->
    [lead_partner] chef de file
    [good_practice_city] ville de bonne pratique
    [transfer_city] ville de transfert
    [associated] associé
   *[partner] partenaire
} (id { $id }).
cli-partner-updated = { $name } ({ $country }, { $zone }) modifié dans { $network }.
cli-partner-deleted = { $name } supprimé de { $network }.
cli-partner-deleted-with = { $name } supprimé de { $network } ({ $also }).
cli-milestone-not-a-month = « { $text } » n’est pas un mois ; écrivez-le AAAA-MM
cli-milestones-same-title = { $count } jalons s’intitulent « { $key } » : { $milestones } ; utilisez l’identifiant
cli-milestone-line = { $title } ({ $when }, { $kind }, id { $id })
cli-milestone-line-done = { $title } ({ $when }, { $kind }, fait, id { $id })
cli-milestone-needs-date = un jalon a besoin de son jour (--date AAAA-MM-JJ) ou de son mois (--month AAAA-MM)
cli-milestone-added = Jalon { $milestone } ajouté à { $network }.
cli-milestone-updated = Jalon { $milestone } modifié.
cli-milestone-removed = Jalon { $milestone } retiré de { $network }.
cli-milestones-none = { $network } n’a pas encore de jalon. Ajoutez-en un avec `convene milestone add { $slug } --title TEXTE --date AAAA-MM-JJ`.
cli-milestone-done-word = fait
cli-column-done = FAIT
cli-practices-none = Pas encore de bonne pratique. Ajoutez-en une avec `convene practice add --title TITRE`, ou importez-les depuis des pages URBACT avec `convene import urbact FICHIER`.
cli-yes = oui
cli-column-city = VILLE
cli-column-transfer = TRANSFERT
cli-column-network = RÉSEAU
cli-column-match = CORRESPONDANCE
cli-practices-same-title = { $count } bonnes pratiques s’intitulent « { $key } » ; utilisez l’identifiant
cli-label-city = Ville
cli-label-author = Auteur
cli-label-figure = Chiffre clé
cli-label-transfer = Transfert
cli-label-networks = Réseaux
cli-practice-transferred = oui, transférée par des réseaux
cli-limit-at-least-one = doit valoir au moins 1
cli-search-nothing = Rien ne correspond à « { $text } ».
cli-cannot-read-stdin = impossible de lire les sections depuis l’entrée standard : { $reason }
cli-practice-line = { $title } (id { $id }, { $count ->
    [one] { $count } section
   *[other] { $count } sections
})
cli-practice-line-from = { $title } (id { $id }, { $from }, { $count ->
    [one] { $count } section
   *[other] { $count } sections
})
cli-practice-added = Bonne pratique { $practice } ajoutée.
cli-practice-updated = Bonne pratique { $practice } modifiée.
cli-practice-removed = Bonne pratique { $title } (id { $id }) supprimée.
cli-person-of-partner = { $name } de { $partner } (id { $id })
cli-people-same-name = { $count } personnes de { $place } s’appellent « { $key } » : { $people } ; utilisez l’identifiant
cli-contacts-none = { $place } n’a pas encore de contact. Ajoutez-en un avec `convene contact add { $slug } --partner VILLE --name NOM`.
cli-local-group-none = { $place } n’a pas encore de membre du groupe local. Ajoutez-en un avec `convene local-group add { $slug } --partner VILLE --name NOM`.
cli-column-email = E-MAIL
cli-column-phone = TÉLÉPHONE
cli-column-organisation = ORGANISATION
cli-contact-added = { $name } ajouté aux contacts de { $partner } (id { $id }).
cli-contact-updated = { $name }, contact de { $partner }, modifié (id { $id }).
cli-contact-removed = { $name } retiré des contacts de { $partner }.
cli-member-added = { $name } ajouté au groupe local de { $partner } (id { $id }).
cli-member-updated = { $name }, groupe local de { $partner }, modifié (id { $id }).
cli-member-removed = { $name } retiré du groupe local de { $partner }.
cli-plan-export-format-unknown = impossible de déduire le format de « { $file } » ; ajoutez --format docx, pdf, md ou html
cli-plan-exported = « { $title } » écrit dans { $file } ({ $format }, { $size })
cli-size-bytes = { $count ->
    [one] { $count } octet
   *[other] { $count } octets
}
cli-size-kilobytes = { $count } Ko
cli-not-a-funding-line = « { $text } » n’est pas SOURCE=EUR (comme erdf=12000)
cli-plan-action-added = action « { $title } » ajoutée
cli-plan-indicator-added = indicateur « { $name } » ajouté
cli-plan-risk-added = risque ajouté
cli-meeting-already = La réunion { $id } ({ $title }) était déjà { $status ->
    [confirmed] confirmée
    [held] tenue
    [postponed] reportée
    [tentative] provisoire
   *[cancelled] annulée
}.
cli-meeting-confirmed = Réunion { $id } confirmée : { $title } ({ $when }){ $changed ->
    [yes] ; les agendas verront le changement (séquence { $sequence })
   *[no] {""}
}.
cli-meeting-marked-held = Réunion { $id } marquée comme tenue : { $title } ({ $when }){ $changed ->
    [yes] ; les agendas verront le changement (séquence { $sequence })
   *[no] {""}
}.
cli-meeting-cancelled = Réunion { $id } annulée : { $title } ({ $when }){ $changed ->
    [yes] ; les agendas verront le changement (séquence { $sequence })
   *[no] {""}
}.
cli-meeting-postponed-undated = Réunion { $id } reportée : { $title } ; pas encore de nouvelle date, les agendas sont donc prévenus qu’elle n’aura pas lieu le { $when } (séquence { $sequence }).
cli-meeting-postponed-to = Réunion { $id } reportée : { $title } ; désormais { $when }, provisoire jusqu’à confirmation (séquence { $sequence }).
cli-not-an-attendance-status = « { $text } » n’est pas l’un de : invited, confirmed (ou accepted), declined, tentative, attended, none
cli-attendance-status = { $status ->
    [accepted] accepté
    [declined] refusé
    [tentative] provisoire
    [attended] présent
   *[invited] invité
}
cli-attendance-none = Personne n’est encore sur la liste.
cli-attendee-partner = partenaire
cli-attendee-contact = contact
cli-column-who = QUI
cli-attendance-heading = Participation à { $title } (réunion { $meeting })
cli-attendance-set = { $name } : { $answer } pour { $title }.
cli-attendance-removed = { $name } n’est plus sur la liste de { $title }.
cli-slots-how-long = indiquez la durée de la réunion : --duration 2h, ou --days N pour des jours entiers
cli-length-minutes = { $minutes } min
cli-length-hours = { $hours } h
cli-length-hours-minutes = { $hours } h { $minutes }
cli-slots-heading = { $network } : { $count ->
    [one] { $count } début
   *[other] { $count } débuts
} pour une réunion de { $length } du { $from } au { $to } ({ $zone } ; heures de travail { $hours } à l’heure de chaque partenaire).
cli-slots-none-suit-all = Aucun ne convient à tous les partenaires ; les moins gênants viennent en premier.
cli-slots-suit-all = { $count ->
    [one] { $count } convient à tous les partenaires.
   *[other] { $count } conviennent à tous les partenaires.
}
cli-slots-nothing-fits = Aucun horaire ne tient dans cette période ; élargissez-la ou raccourcissez la réunion.
cli-slot-suits-everyone = convient à tous
cli-slot-awkward = gênant pour { $troubled } sur { $count } (charge : pire { $worst }, total { $total })
cli-column-problems = PROBLÈMES
cli-days-heading = { $network } : { $count ->
    [one] { $count } possibilité
   *[other] { $count } possibilités
} de { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} du { $from } au { $to } sans jour férié pour aucun partenaire{ $weekends ->
    [left-out] {" "}(week-ends exclus)
   *[counted] {""}
}.
cli-date-span = { $first } au { $last }
cli-days-also = (aussi : { $meetings })
cli-days-left-out = Jours exclus :
cli-rotation-heading = { $network } : { $count ->
    [one] { $count } réunion
   *[other] { $count } réunions
} en présentiel, tenues ou prévues.
cli-rotation-no-partners = Il n’a pas encore de partenaire.
cli-column-hosted = ACCUEILLIES
cli-column-held = TENUES
cli-column-planned = PRÉVUES
cli-column-last-hosted = DERNIER ACCUEIL
cli-rotation-without-host = { $count ->
    [one] { $count } réunion n’a pas encore de ville hôte.
   *[other] { $count } réunions n’ont pas encore de ville hôte.
}
cli-rotation-not-hosted = Pas encore hôte : { $partners }.
cli-rotation-next = Prochains hôtes, les plus justes d’abord : { $partners }.
cli-column-time-utc = HEURE (UTC)
cli-column-author = AUTEUR
cli-column-message = MESSAGE
cli-plan-diff-heading = révision { $from } ({ $from_author }, { $from_time }) -> révision { $to } ({ $to_author }, { $to_time })
cli-plan-diff-none = Aucune différence.
cli-plan-diff-section-added = (ajoutée)
cli-plan-diff-section-removed = (supprimée)
cli-plan-diff-section-renamed = (auparavant { $title })
cli-plan-diff-reordered = Les sections ont été remises dans un autre ordre.
cli-plan-diff-row = { $row ->
    [indicator] indicateur « { $label } » { $change ->
        [added] ajouté
        [removed] supprimé
       *[changed] modifié : { $fields }
    }
    [risk] risque « { $label } » { $change ->
        [added] ajouté
        [removed] supprimé
       *[changed] modifié : { $fields }
    }
   *[action] action « { $label } » { $change ->
        [added] ajoutée
        [removed] supprimée
       *[changed] modifiée : { $fields }
    }
}
cli-account-password-stored = le mot de passe est dans le trousseau
cli-account-no-keyring = aucun trousseau n’a répondu ({ $reason }), le mot de passe n’a donc pas été enregistré : donnez-le avec --password-stdin ou { $variable } à chaque commande
cli-account-no-password = aucun mot de passe donné : donnez-le avec --password-stdin ou { $variable } à chaque commande
cli-account-added = Compte { $name } ajouté ({ $url } en tant que { $user }) ; { $password }.
cli-accounts-none = Aucun compte pour l’instant : convene account add NOM --url URL --user UTILISATEUR --password-stdin
cli-account-column-name = nom
cli-account-column-url = url
cli-account-column-user = utilisateur
cli-account-column-ca-file = fichier CA
cli-account-works = { $name } fonctionne.
    principal : { $principal }
    dossier des agendas : { $home }
    agendas : { $count }
cli-account-calendar-no-name = (sans nom)
cli-account-removed = Compte { $name } supprimé, ainsi que son mot de passe dans le trousseau.
cli-not-an-export-format = « { $text } » n’est pas un format d’export ; utilisez docx, pdf, md ou html

publish-kept-local-create = « { $title } » garde la version de Convene ; la prochaine publication la recrée sur le serveur.
publish-kept-local-overwrite = « { $title } » garde la version de Convene ; la prochaine publication remplace celle du serveur.
publish-kept-local-deleted = « { $title } » reste supprimée ; la prochaine publication la supprime sur le serveur.
publish-kept-remote-deleted = « { $title } » a été supprimée ici, comme sur le serveur.
publish-kept-remote = « { $title } » a maintenant ici la version du serveur.
publish-change-time = horaire : { $before } -> { $after }
publish-change-title = titre : « { $before } » -> « { $after } »
publish-change-place = lieu : « { $before } » -> « { $after } »
publish-change-status = statut : { $before } -> { $after }
publish-change-description = description
publish-change-online-link = lien en ligne : { $before } -> { $after }
publish-said-last-modified = dernière modification { $when }
publish-said-changed-by = modifié par { $who }
publish-said-organiser = organisateur : { $who }
publish-said-who-unknown = l'événement ne dit pas qui l'a modifié

cli-value-meeting-kind-kick-off = Lancement
cli-value-meeting-kind-transnational = Réunion transnationale
cli-value-meeting-kind-city-visit = Visite de ville
cli-value-meeting-kind-final-event = Événement final
cli-value-meeting-kind-local-group = Groupe local URBACT
cli-value-meeting-kind-online-touch-base = Point en ligne
cli-value-meeting-kind-phase-review = Bilan de phase
cli-value-meeting-kind-other = Autre
cli-value-poll-answer-yes = Oui
cli-value-poll-answer-maybe = Si nécessaire
cli-value-poll-answer-no = Non
cli-value-meeting-mode-in-person = En présentiel
cli-value-meeting-mode-online = En ligne
cli-value-meeting-mode-hybrid = Hybride
cli-value-meeting-status-tentative = Provisoire
cli-value-meeting-status-confirmed = Confirmée
cli-value-meeting-status-held = Tenue
cli-value-meeting-status-postponed = Reportée
cli-value-meeting-status-cancelled = Annulée
cli-value-attendance-invited = Invité
cli-value-attendance-accepted = Accepté
cli-value-attendance-declined = Refusé
cli-value-attendance-tentative = Peut-être
cli-value-attendance-attended = Présent
cli-value-network-kind-action-planning = Planification d'actions
cli-value-network-kind-transfer = Transfert
cli-value-network-kind-innovation-transfer = Transfert d'innovation
cli-value-network-kind-implementation = Mise en œuvre
cli-value-network-kind-other = Autre
cli-value-partner-role-lead-partner = Partenaire chef de file
cli-value-partner-role-partner = Partenaire
cli-value-partner-role-good-practice-city = Ville de bonne pratique
cli-value-partner-role-transfer-city = Ville de transfert
cli-value-partner-role-associated = Associé
cli-value-plan-status-draft = Brouillon
cli-value-plan-status-in-review = En relecture
cli-value-plan-status-final = Définitif
cli-value-plan-status-adopted = Adopté
cli-value-funding-source-city = Budget municipal
cli-value-funding-source-erdf = FEDER
cli-value-funding-source-esf-plus = FSE+
cli-value-funding-source-national = National
cli-value-funding-source-regional = Régional
cli-value-funding-source-private = Privé
cli-value-funding-source-other = Autre
cli-value-action-status-idea = Idée
cli-value-action-status-planned = Prévue
cli-value-action-status-ongoing = En cours
cli-value-action-status-done = Terminée
cli-value-action-status-dropped = Abandonnée
cli-value-indicator-kind-output = Réalisation
cli-value-indicator-kind-result = Résultat
cli-value-revision-kind-created = Créé
cli-value-revision-kind-edit = Modifié
cli-value-revision-kind-restore = Restauré
cli-value-revision-kind-received = Reçu
cli-value-revision-kind-merge = Fusionné
cli-value-revision-kind-resolve = Conflit réglé
cli-value-milestone-kind-phase = Début ou fin de phase
cli-value-milestone-kind-deadline = Échéance
cli-value-milestone-kind-deliverable = Livrable
cli-value-milestone-kind-decision = Décision
cli-value-milestone-kind-event = Événement
cli-value-milestone-kind-other = Autre
cli-value-hit-kind-network = Réseau
cli-value-hit-kind-partner = Partenaire
cli-value-hit-kind-meeting = Réunion
cli-value-hit-kind-plan = Plan d'action
cli-value-hit-kind-practice = Bonne pratique
cli-value-day-off-source-national = Jour férié
cli-value-day-off-source-regional = Jour férié régional
cli-value-day-off-source-local = Jour chômé local

cli-help-usage = Utilisation :
cli-help-options = Options :
cli-help-group-networks = Réseaux :
cli-help-group-partners = Partenaires et leurs personnes :
cli-help-group-meetings = Réunions :
cli-help-group-holidays = Jours fériés et jours chômés :
cli-help-group-plans = Plans d’action :
cli-help-group-practices = Bonnes pratiques :
cli-help-group-data = Toutes les données :
cli-help-group-servers = Serveurs de calendrier (CalDAV, WebDAV) :
cli-help-group-meeting = La réunion :
cli-help-group-meeting-life = Sa vie :
cli-help-group-plan = Le plan :
cli-help-group-plan-content = Son contenu :
cli-help-group-plan-review = Relecture et historique :
cli-help-group-plan-exchange = Échange avec les villes partenaires :
cli-help-about = Réseaux, villes partenaires, réunions, plans d’action et bonnes pratiques des réseaux de villes transnationaux
cli-help-after =
    NETWORK est le nom court (slug) ou le nom d’un réseau, en majuscules ou minuscules, avec ou sans accents.
    La base de données est --db PATH, sinon $CONVENE_DB, sinon le convene.db de l’application de bureau
    (sous Linux ~/.local/share/eu.convene.app/convene.db).
cli-help-option-db = Le fichier de la base de données [par défaut : $CONVENE_DB, sinon le convene.db de l’application de bureau]
cli-help-option-json = Écrire du JSON lisible par une machine au lieu de texte
cli-help-option-lang = La langue des messages : en, fr, de, es, it, pt, pl, nl, el, ro [par défaut : d’après $LC_ALL, $LC_MESSAGES, $LANG]
cli-help-option-help = Afficher l’aide
cli-help-option-version = Afficher la version
cli-help-command-networks = Lister tous les réseaux
cli-help-command-network = Afficher, ajouter, modifier ou supprimer un réseau
cli-help-command-milestone = Lister, ajouter, modifier ou retirer les jalons d’un réseau
cli-help-command-partners = Lister les partenaires d’un réseau
cli-help-command-partner = Afficher, ajouter, modifier ou supprimer un partenaire d’un réseau
cli-help-command-contacts = Lister les personnes de contact des partenaires d’un réseau
cli-help-command-contact = Ajouter, modifier ou retirer la personne de contact d’un partenaire
cli-help-command-local-group = Lister les membres du groupe local URBACT d’un réseau, ou en ajouter, modifier ou retirer un
cli-help-command-meetings = Lister les réunions d’un réseau par date (celles sans date à la fin)
cli-help-command-meeting = Afficher, ajouter, modifier, confirmer, reporter, marquer comme tenue, annuler ou supprimer une réunion
cli-help-command-agenda = Afficher l’ordre du jour d’une réunion, ou ajouter, modifier, déplacer ou retirer un point
cli-help-command-attendance = Afficher qui est invité à une réunion, ou noter la réponse d’un partenaire ou d’un contact
cli-help-command-invite = Écrire une invitation par courriel à une réunion (une annulation si elle est annulée ou reportée)
cli-help-command-slots = Trouver des horaires qui conviennent aux partenaires d’un réseau : heures de travail, week-ends, jours fériés, autres réunions
cli-help-command-rotation = Qui a accueilli les réunions en présentiel du réseau, et qui devrait accueillir la prochaine
cli-help-command-poll = Demander aux partenaires quelles dates leur conviennent, lire leurs réponses et faire de la date choisie une réunion
cli-help-command-holidays = Les jours fériés d’un pays, ou les jours où les partenaires d’un réseau ne travaillent pas
cli-help-command-dayoff = Lister, ajouter ou retirer les jours chômés propres à un partenaire (une fête patronale, une élection locale)
cli-help-command-plans = Lister les plans d’action d’un réseau avec leur statut et leur dernière modification
cli-help-command-plan = Rédiger, relire, comparer, restaurer, envoyer et recevoir un Plan d’action intégré
cli-help-command-practices = Lister les bonnes pratiques
cli-help-command-practice = Afficher, ajouter, modifier ou retirer une bonne pratique
cli-help-command-search = Chercher dans les réseaux, partenaires, réunions, plans d’action et bonnes pratiques
cli-help-command-import = Importer des pages de réseaux URBACT, un export JSON de Convene ou un fichier iCalendar
cli-help-command-export = Exporter toute la base de données, ou les réunions en fichier iCalendar
cli-help-command-backup = Copier toute la base de données dans FILE (sauvegarde en ligne SQLite ; sans risque pendant que l’application tourne)
cli-help-command-help = Afficher ce message ou l’aide des sous-commandes données
cli-help-command-account = Ajouter, lister, tester ou supprimer un compte de serveur CalDAV/WebDAV (les mots de passe restent dans le trousseau)
cli-help-command-publish = Publier les réunions d’un réseau dans un calendrier d’un serveur CalDAV (en lisant d’abord ses changements)
cli-help-command-pull = Reprendre dans un réseau publié les changements faits sur le serveur CalDAV
cli-help-command-conflicts = Lister les réunions modifiées à la fois ici et sur le serveur, avec les deux versions
cli-help-command-conflict = Résoudre un conflit : garder la version locale ou distante
cli-help-password = D’où vient le mot de passe : --password-stdin (la première ligne de l’entrée standard), sinon $CONVENE_DAV_PASSWORD, sinon le trousseau du système (où `account add` l’a enregistré). Une machine sans bureau n’a pas de trousseau : utilisez-y --password-stdin ou CONVENE_DAV_PASSWORD.
cli-help-meeting-note = L’ordre du jour d’une réunion et qui vient : `convene agenda NETWORK MEETING`, `convene attendance NETWORK MEETING`.
cli-help-command-meeting-show = Une réunion avec son ordre du jour, les présences et l’heure chez chaque partenaire
cli-help-command-meeting-add = Ajouter une réunion à un réseau
cli-help-command-meeting-update = Modifier une réunion ; seules les options données changent
cli-help-command-meeting-delete = Supprimer une réunion avec son ordre du jour et les présences
cli-help-command-meeting-confirm = Marquer une réunion comme confirmée : elle a lieu à sa date
cli-help-command-meeting-postpone = Reporter une réunion à une date plus tardive, ou la retirer du calendrier jusqu’à ce qu’une date soit connue (l’ancienne date reste dans sa description)
cli-help-command-meeting-held = Marquer une réunion comme tenue (elle doit avoir commencé)
cli-help-command-meeting-cancel = Marquer une réunion comme annulée (elle reste, pour que les calendriers apprennent l’annulation)
cli-help-command-plan-show = Un plan comme son document (l’export Markdown), puis ses clés de sections, avertissements, commentaires ouverts et conflits
cli-help-command-plan-create = Commencer un plan pour une ville partenaire (neuf sections standard, révision 1)
cli-help-command-plan-status = Faire avancer le plan : draft, in-review, final, adopted (avec --date), ou revenir d’une étape
cli-help-command-plan-language = Choisir la langue dans laquelle les documents du plan sont exportés (titres, libellés, dates, montants)
cli-help-command-plan-export = Écrire le plan en document Word, PDF, Markdown ou HTML pour le conseil municipal
cli-help-command-plan-author = Afficher le nom dont les modifications sont signées, ou le choisir
cli-help-command-plan-section = Écrire le texte d’une section
cli-help-command-plan-action = Ajouter au tableau des actions
cli-help-command-plan-indicator = Ajouter au cadre de résultats
cli-help-command-plan-risk = Ajouter aux risques
cli-help-command-plan-comment = Commenter une section, en tant que relecteur
cli-help-command-plan-revisions = Toutes les révisions, la plus récente d’abord
cli-help-command-plan-diff = Ce qui a changé entre deux révisions, mot à mot
cli-help-command-plan-restore = Rendre de nouveau actuel le contenu d’une ancienne révision (comme nouvelle révision ; rien n’est perdu)
cli-help-command-plan-send = Écrire le plan avec tout son historique dans un fichier .convene-plan pour un partenaire
cli-help-command-plan-receive = Lire un fichier .convene-plan : un nouveau plan, des révisions plus récentes ou une fusion (les conflits sont signalés)
cli-help-command-plan-push = Déposer le fichier .convene-plan du plan dans un dossier WebDAV (jamais par-dessus une copie qui n’a pas d’abord été lue)
cli-help-command-plan-pull = Lire le fichier .convene-plan du plan dans le dossier WebDAV et le fusionner, comme le fait `plan receive`
cli-help-command-plan-conflicts = Les différences avec la copie d’un partenaire qui attendent un choix
cli-help-command-plan-resolve = Résoudre un conflit : garder notre version, prendre la leur ou mettre un texte fusionné

cli-clap-unknown-argument = argument inattendu « { $arg } »
cli-clap-tip-similar-argument = astuce : un argument semblable existe : « { $arg } »
cli-clap-tip-similar-subcommand = astuce : une commande semblable existe : « { $command } »
cli-clap-tip-escape = astuce : pour passer « { $arg } » comme valeur, écrivez « -- { $arg } »
cli-clap-missing-value = « { $arg } » demande une valeur, mais aucune n’a été donnée
cli-clap-invalid-value = valeur « { $value } » non valable pour « { $arg } »
cli-clap-invalid-value-reason = valeur « { $value } » non valable pour « { $arg } » : { $reason }
cli-clap-possible-values = valeurs possibles : { $values }
cli-clap-unknown-subcommand = commande inconnue « { $command } »
cli-clap-missing-arguments = ces arguments obligatoires manquent :{ $args }
cli-clap-missing-subcommand = « { $command } » demande une commande après lui, et aucune n’a été donnée
cli-clap-subcommands = commandes : { $values }
cli-clap-used-twice = l’argument « { $arg } » ne peut être donné qu’une fois
cli-clap-conflict = l’argument « { $arg } » ne peut pas être utilisé avec { $other }
cli-clap-too-many-values = valeur en trop « { $value } » pour « { $arg } »
cli-clap-wrong-number-of-values = « { $arg } » prend { $expected } valeurs, { $actual } données
cli-clap-no-equals = « { $arg } » prend sa valeur après un signe égal ({ $arg }=VALEUR)
cli-clap-invalid-utf8 = la ligne de commande contient du texte qui n’est pas de l’UTF-8 valable
cli-clap-not-valid = la ligne de commande n’est pas valable
cli-clap-more-information = Pour en savoir plus, essayez « --help ».

cli-clap-not-a-whole-number = ce n’est pas un nombre entier

cli-help-command-import-urbact = Importer réseaux, partenaires, réunions, plans et pratiques depuis des pages URBACT
cli-help-arg-import-urbact-file = Un fichier texte de pages URBACT (chaque fiche finit par une ligne `Ref nid`)
cli-help-arg-import-urbact-start-year = Dater les calendriers au mois seulement (« June (Basingstoke) ») à la suite, à partir de cette année
cli-help-arg-import-urbact-dry-run = Montrer ce qui serait importé, sans rien enregistrer
cli-help-command-import-json = Importer un fichier écrit par `convene export json` dans une base vide
cli-help-arg-import-json-file = L’export JSON à lire
cli-help-command-import-ics = Importer les événements d’un fichier iCalendar (.ics) comme réunions d’un réseau
cli-help-arg-import-ics-file = Un fichier iCalendar (.ics) exporté par un agenda
cli-help-arg-import-ics-network = Le réseau dont les événements deviennent les réunions (nom court ou nom)
cli-help-arg-import-ics-strict = Refuser tout le fichier dès le premier événement impossible à importer, au lieu d’importer les autres et de lister ceux écartés
cli-help-command-network-show = Tout sur un réseau : détails, phases, partenaires, jalons, plans, notes d’import
cli-help-arg-network = Le nom court ou le nom du réseau
cli-help-command-network-add = Ajouter un réseau
cli-help-arg-network-add-name = Le nom du réseau
cli-help-arg-kind = action-planning, transfer, innovation-transfer, implementation ou other [à l’ajout : other]
cli-help-arg-slug = Nom court utilisé en ligne de commande [à l’ajout : tiré du nom]
cli-help-arg-tagline = Une ligne disant de quoi parle le réseau
cli-help-arg-description = Ce que fait le réseau, en un paragraphe ou plus
cli-help-arg-programme = par ex. « URBACT IV »
cli-help-arg-start = Premier jour, AAAA-MM-JJ
cli-help-arg-end = Dernier jour, AAAA-MM-JJ
cli-help-arg-email = Adresse e-mail de contact
cli-help-arg-website = Adresse web (https://...)
cli-help-arg-language = Langue de travail de ses invitations, rappels et textes d’agenda : en, fr, de, es, it, pt, pl, nl, el, ro [à l’ajout : en]
cli-help-command-network-update = Modifier un réseau ; seules les options données changent
cli-help-arg-name = Un nouveau nom
cli-help-arg-network-update-lead = Le chef de file : l’id ou le nom d’un partenaire
cli-help-command-network-delete = Supprimer un réseau ; avec --cascade, aussi tout ce qui lui appartient
cli-help-arg-network-delete-cascade = Supprimer aussi ses partenaires, réunions, jalons, plans et notes d’import
cli-help-command-milestone-list = Les jalons d’un réseau, par date
cli-help-command-milestone-add = Ajouter un jalon, daté au jour (--date) ou au mois (--month)
cli-help-arg-milestone-add-title = Ce qui se passe (« PAI remis »)
cli-help-arg-date = Son jour, AAAA-MM-JJ
cli-help-arg-month = Son mois quand le jour n’est pas connu, AAAA-MM
cli-help-arg-milestone-add-kind = phase, deadline, deliverable, decision, event ou other [à l’ajout : other]
cli-help-arg-milestone-add-description = Texte libre à son sujet
cli-help-arg-done = S’il est fait : --done, ou --done no
cli-help-command-milestone-update = Modifier un jalon ; seules les options données changent
cli-help-arg-milestone = L’id ou le titre du jalon
cli-help-arg-title = Un nouveau titre
cli-help-arg-milestone-update-kind = phase, deadline, deliverable, decision, event ou other [à l’ajout : other]
cli-help-arg-milestone-update-description = Texte libre à son sujet
cli-help-command-milestone-remove = Supprimer un jalon
cli-help-command-partner-show = Un partenaire avec ses contacts et son groupe local
cli-help-arg-partner = L’id ou le nom du partenaire
cli-help-command-partner-add = Ajouter une ville ou une organisation partenaire à un réseau
cli-help-arg-partner-add-name = Le nom de la ville ou de l’organisation
cli-help-arg-partner-add-country = Code ISO 3166-1 (LV), nom de pays (Lettonie) ou région (Saxe-Anhalt)
cli-help-arg-role = lead-partner, partner, good-practice-city, transfer-city ou associated [à l’ajout : partner]
cli-help-arg-tz = Fuseau horaire IANA comme Europe/Riga [à l’ajout : celui du pays]
cli-help-arg-region = Région ISO 3166-2 (ES-CN, DE-BY) dont les jours fériés comptent pour le partenaire en plus des nationaux (vide pour l’effacer) ; `convene holidays CC --region CODE` en vérifie une
cli-help-arg-population = Nombre d’habitants (vide pour l’effacer)
cli-help-arg-notes = Texte libre
cli-help-command-partner-update = Modifier un partenaire ; seules les options données changent
cli-help-arg-partner-update-country = Un nouveau pays ; le fuseau suit, sauf s’il a été changé à la main ou si --tz est donné
cli-help-command-partner-delete = Supprimer un partenaire ; avec --cascade, aussi ses contacts, son groupe local et ses présences
cli-help-arg-partner-delete-cascade = Supprimer aussi ses contacts, les membres de son groupe local et ses présences ; les réunions et plans qu’il accueille ou possède restent, sans lui
cli-help-arg-contacts-partner = Seulement les contacts de ce partenaire (id ou nom)
cli-help-command-contact-add = Ajouter une personne de contact à un partenaire
cli-help-arg-contact-add-partner = Le partenaire (id ou nom) pour lequel la personne travaille
cli-help-arg-contact-add-name = Le nom de la personne
cli-help-arg-contact-add-role = Ce qu’elle fait (« Coordinatrice de projet »)
cli-help-arg-contact-add-email = Adresse e-mail
cli-help-arg-phone = Numéro de téléphone, tel qu’elle l’écrit
cli-help-command-contact-update = Modifier un contact ; seules les options données changent (une valeur vide l’efface)
cli-help-arg-person = L’id (tel que listé) ou le nom de la personne
cli-help-arg-contact-update-partner = Le partenaire (id ou nom) auquel la personne appartient, quand le nom ne suffit pas
cli-help-arg-contact-update-role = Ce qu’elle fait (« Coordinatrice de projet »)
cli-help-arg-contact-update-email = Adresse e-mail
cli-help-command-contact-remove = Supprimer un contact (et ses réponses aux invitations)
cli-help-arg-contact-remove-partner = Le partenaire (id ou nom) auquel la personne appartient, quand le nom ne suffit pas
cli-help-arg-local-group-partner = Seulement le groupe local de ce partenaire (id ou nom)
cli-help-command-local-group-add = Ajouter un membre au groupe local d’un partenaire
cli-help-arg-local-group-add-partner = Le partenaire (id ou nom) dont c’est le groupe local
cli-help-arg-local-group-add-name = Le nom du membre
cli-help-arg-organisation = L’organisation d’où il vient (« Chambre de commerce »)
cli-help-arg-local-group-add-role = Son rôle dans le groupe
cli-help-command-local-group-update = Modifier un membre du groupe local ; seules les options données changent (une valeur vide l’efface)
cli-help-arg-local-group-update-partner = Le partenaire (id ou nom) auquel la personne appartient, quand le nom ne suffit pas
cli-help-arg-local-group-update-role = Son rôle dans le groupe
cli-help-command-local-group-remove = Retirer un membre d’un groupe local
cli-help-arg-local-group-remove-partner = Le partenaire (id ou nom) auquel la personne appartient, quand le nom ne suffit pas
cli-help-arg-meetings-from = Seulement les réunions à partir de ce jour (AAAA-MM-JJ) ; celles sans date sont laissées de côté
cli-help-arg-meetings-to = Seulement les réunions jusqu’à ce jour (AAAA-MM-JJ) ; celles sans date sont laissées de côté
cli-help-arg-meeting-show-network = Le nom court ou le nom du réseau (ou, donné seul, l’id ou l’UID de la réunion)
cli-help-arg-meeting = L’id, l’UID ou le titre de la réunion dans ce réseau
cli-help-arg-meeting-add-title = Le nom de la réunion (« Réunion transnationale n° 3 »)
cli-help-arg-meeting-add-kind = kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review ou other
cli-help-arg-host = L’id ou le nom du partenaire hôte (vide pour retirer l’hôte)
cli-help-arg-meeting-add-start = Début, « AAAA-MM-JJ HH:MM » à l’heure de --tz
cli-help-arg-meeting-add-end = Fin, « AAAA-MM-JJ HH:MM » ou « HH:MM » le jour du début
cli-help-arg-meeting-add-tz = Fuseau IANA de --start et --end [par défaut : celui de l’hôte]
cli-help-arg-meeting-add-date = Réunion sur des journées entières : son (premier) jour, AAAA-MM-JJ
cli-help-arg-until = Réunion sur des journées entières : son dernier jour, AAAA-MM-JJ [par défaut : --date]
cli-help-arg-meeting-add-month = Pas encore datée, mais prévue pour ce mois : AAAA-MM (ou seulement l’année, AAAA)
cli-help-arg-wording = Pas encore datée : quand elle est prévue, en mots (« après l’été »)
cli-help-arg-mode = in-person, online ou hybrid [à l’ajout : in-person]
cli-help-arg-online = Lien pour rejoindre en ligne (https://...)
cli-help-arg-venue = Où elle a lieu, quand ce n’est pas simplement la ville hôte (« Hôtel de ville, Jelgava »)
cli-help-arg-meeting-add-description = Texte libre sur la réunion
cli-help-arg-status = tentative, confirmed, held, postponed ou cancelled [à l’ajout : tentative]
cli-help-arg-meeting-update-network = Le nom court ou le nom du réseau (ou, donné seul, l’id ou l’UID de la réunion)
cli-help-arg-meeting-update-kind = kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review ou other
cli-help-arg-meeting-update-undated = Rendre la réunion de nouveau non datée (garde --month et --wording s’ils sont donnés)
cli-help-arg-meeting-update-start = Début, « AAAA-MM-JJ HH:MM » à l’heure de --tz
cli-help-arg-meeting-update-end = Fin, « AAAA-MM-JJ HH:MM » ou « HH:MM » le jour du début
cli-help-arg-meeting-update-tz = Fuseau IANA de --start et --end [par défaut : celui de l’hôte]
cli-help-arg-meeting-update-date = Réunion sur des journées entières : son (premier) jour, AAAA-MM-JJ
cli-help-arg-meeting-update-month = Pas encore datée, mais prévue pour ce mois : AAAA-MM (ou seulement l’année, AAAA)
cli-help-arg-meeting-update-description = Texte libre sur la réunion
cli-help-arg-meeting-confirm-network = Le nom court ou le nom du réseau (ou, donné seul, l’id ou l’UID de la réunion)
cli-help-arg-meeting-postpone-network = Le nom court ou le nom du réseau (ou, donné seul, l’id ou l’UID de la réunion)
cli-help-arg-meeting-postpone-to = La nouvelle date : « AAAA-MM-JJ HH:MM » (garde la durée sauf si --end est donné) ou AAAA-MM-JJ pour des journées entières (garde le nombre de jours sauf si --until est donné)
cli-help-arg-meeting-postpone-end = Fin de la nouvelle date : « AAAA-MM-JJ HH:MM », ou « HH:MM » le jour de --to
cli-help-arg-meeting-postpone-until = Dernier jour des nouvelles dates, AAAA-MM-JJ
cli-help-arg-meeting-postpone-tz = Fuseau IANA de --to et --end [par défaut : celui de la réunion]
cli-help-arg-meeting-postpone-undated = Pas encore de nouvelle date : la réunion est marquée reportée et les agendas annulent l’ancienne date
cli-help-arg-meeting-held-network = Le nom court ou le nom du réseau (ou, donné seul, l’id ou l’UID de la réunion)
cli-help-arg-meeting-cancel-network = Le nom court ou le nom du réseau (ou, donné seul, l’id ou l’UID de la réunion)
cli-help-arg-meeting-delete-network = Le nom court ou le nom du réseau (ou, donné seul, l’id ou l’UID de la réunion)
cli-help-arg-agenda-meeting = L’id, l’UID ou le titre de la réunion
cli-help-command-agenda-add = Ajouter un point, à la fin ou en numéro --at
cli-help-arg-agenda-add-title = Ce qu’est le point (« Accueil et présentations »)
cli-help-arg-agenda-add-at = Sa place : 1 pour le premier [par défaut : après le dernier]
cli-help-arg-agenda-add-start = Quand il commence, HH:MM à l’heure de la réunion
cli-help-arg-agenda-add-end = Quand il finit, HH:MM
cli-help-arg-speaker = Le partenaire qui le mène (id ou nom)
cli-help-arg-agenda-add-notes = Texte libre sur le point
cli-help-command-agenda-update = Modifier le point N ; seules les options données changent (une valeur vide l’efface)
cli-help-arg-item = Le numéro du point
cli-help-arg-agenda-update-start = Quand il commence, HH:MM à l’heure de la réunion
cli-help-arg-agenda-update-end = Quand il finit, HH:MM
cli-help-arg-agenda-update-notes = Texte libre sur le point
cli-help-command-agenda-move = Déplacer le point N pour qu’il devienne le numéro --to
cli-help-arg-agenda-move-to = Son nouveau numéro
cli-help-command-agenda-remove = Supprimer le point N ; les points suivants remontent
cli-help-arg-attendance-meeting = L’id, l’UID ou le titre de la réunion
cli-help-arg-attendance-partner = Le partenaire (id ou nom) dont c’est la réponse
cli-help-arg-attendance-contact = Une personne de contact (id ou nom) dont c’est la réponse
cli-help-arg-attendance-status = invited, confirmed (acceptée), declined, tentative, attended, ou none pour les retirer de la liste
cli-help-arg-plan = L’id du plan ou RÉSEAU/VILLE
cli-help-arg-plan-create-partner = La ville partenaire dont c’est le plan (son nom ou son id)
cli-help-arg-plan-create-summary = Quelques lignes sur le plan ; elles deviennent le premier texte de sa section de contexte
cli-help-arg-plan-create-language = La langue de ses documents exportés : en, fr, de, es, it, pt, pl, nl, el, ro [par défaut : en]
cli-help-arg-plan-language-code = en, fr, de, es, it, pt, pl, nl, el ou ro
cli-help-command-plan-section-set = Remplacer le texte d’une section (Markdown) par --text ou le contenu de --file
cli-help-arg-plan-section-set-key = La clé de la section : context, vision, approach, actions, implementation, funding, risks, monitoring, local-group, ou une clé personnalisée
cli-help-arg-plan-section-set-text = Le nouveau texte
cli-help-arg-plan-section-set-file = Un fichier contenant le nouveau texte (Markdown UTF-8)
cli-help-arg-plan-section-set-message = Pourquoi il a changé, pour l’historique
cli-help-command-plan-section-add = Ajouter une section personnalisée (sa clé est tirée du titre)
cli-help-arg-plan-section-add-after = La placer après cette section [par défaut : à la fin]
cli-help-command-plan-section-remove = Supprimer une section personnalisée (son texte reste dans l’historique)
cli-help-arg-key = La clé de la section
cli-help-command-plan-action-add = Ajouter une action à la fin du tableau
cli-help-arg-plan-action-add-objective = L’objectif qu’elle sert (les actions sont totalisées par objectif)
cli-help-arg-plan-action-add-lead = L’organisation pilote
cli-help-arg-plan-action-add-partners = Organisations partenaires
cli-help-arg-plan-action-add-start = Premier mois (AAAA-MM)
cli-help-arg-plan-action-add-end = Dernier mois (AAAA-MM)
cli-help-arg-plan-action-add-cost = Coût estimé en euros, comme 12500.50
cli-help-arg-plan-action-add-funding = Financement obtenu : city, erdf, esf-plus, national, regional, private ou other, puis = et les euros ; répétable
cli-help-arg-plan-action-add-status = idea, planned, ongoing, done ou dropped [par défaut : planned]
cli-help-arg-plan-action-add-pilot = Un pilote à petite échelle (action test)
cli-help-command-plan-indicator-add = Ajouter un indicateur
cli-help-arg-plan-indicator-add-kind = output ou result
cli-help-arg-plan-indicator-add-by = Quand la cible doit être atteinte (AAAA-MM)
cli-help-arg-plan-indicator-add-verification = Moyens de vérification
cli-help-command-plan-risk-add = Ajouter un risque
cli-help-arg-plan-risk-add-likelihood = 1 (rare) à 5 (presque certain)
cli-help-arg-plan-risk-add-impact = 1 (mineur) à 5 (grave)
cli-help-arg-plan-diff-rev-a = Le numéro de la révision la plus ancienne
cli-help-arg-plan-diff-rev-b = Le numéro de la révision la plus récente
cli-help-arg-plan-restore-rev = Le numéro de la révision
cli-help-arg-plan-status-status = draft, in-review, final ou adopted
cli-help-arg-plan-status-date = Le jour où le conseil a adopté le plan (AAAA-MM-JJ), pour adopted
cli-help-arg-plan-comment-author = Le nom du relecteur
cli-help-arg-plan-send-out = Le fichier à écrire
cli-help-arg-plan-receive-file = Le fichier .convene-plan
cli-help-arg-plan-resolve-key = La clé du conflit : une clé de section, ou action:ID, indicator:ID, risk:ID (`convene plan conflicts` les liste)
cli-help-arg-plan-resolve-ours = Garder notre texte
cli-help-arg-plan-resolve-theirs = Prendre leur texte
cli-help-arg-plan-resolve-text = Mettre ce texte fusionné
cli-help-arg-plan-resolve-file = Mettre le texte fusionné de ce fichier
cli-help-arg-plan-export-format = docx, pdf, md (ou markdown) ou html [par défaut : d’après l’extension de --out]
cli-help-arg-plan-export-out = Le fichier à écrire (remplacé s’il existe)
cli-help-arg-plan-author-name = Le nouveau nom ("" revient au nom d’utilisateur du système)
cli-help-arg-account = Le compte dont le dossier WebDAV contient le fichier (convene account list)
cli-help-arg-folder = Le dossier sur le serveur (absolu, ou relatif à l’adresse du compte) [par défaut : le dossier du dernier push ou pull, sinon l’adresse du compte]
cli-help-arg-password-stdin = Lire le mot de passe sur la première ligne de l’entrée standard
cli-help-command-practice-show = Une bonne pratique avec toutes ses sections et les réseaux qui l’utilisent
cli-help-arg-practice-show-id = L’id ou le titre de la pratique
cli-help-command-practice-add = Ajouter une bonne pratique
cli-help-arg-practice-add-title = Le nom de la pratique
cli-help-arg-practice-add-tagline = Une ligne disant ce qu’elle est
cli-help-arg-city = La ville dont elle vient
cli-help-arg-country = Code ISO 3166-1 (ES), nom de pays (Espagne) ou région
cli-help-arg-author = Qui l’a rédigée
cli-help-arg-author-role = Le rôle de l’auteur (« Coordinateur de projet »)
cli-help-arg-figure = Un chiffre que la pratique met en avant (« 521 946 habitants »)
cli-help-arg-transfer = Si des réseaux la transfèrent : yes ou no [à l’ajout : no]
cli-help-arg-networks = Les réseaux qui l’utilisent, par nom court ou nom, séparés par des virgules ("" pour aucun)
cli-help-arg-sections = Un fichier texte de ses sections (lignes « ## Titre », texte dessous) ; - lit l’entrée standard
cli-help-command-practice-update = Modifier une bonne pratique ; seules les options données changent (une valeur vide l’efface)
cli-help-arg-practice = L’id ou le titre de la pratique
cli-help-arg-practice-update-tagline = Une ligne disant ce qu’elle est
cli-help-command-practice-remove = Supprimer une bonne pratique
cli-help-arg-search-text = Mots à chercher (tous doivent correspondre ; accents et casse ne comptent pas)
cli-help-arg-search-limit = Au plus ce nombre de résultats
cli-help-arg-backup-file = Où écrire la copie
cli-help-command-export-json = Tout, en un seul document JSON (voir docs/json.md) ; sur la sortie standard sauf si --out est donné
cli-help-arg-out = Écrire dans ce fichier au lieu de la sortie standard
cli-help-command-export-ics = Les réunions d’un réseau en fichier iCalendar (.ics) ; sur la sortie standard sauf si --out est donné
cli-help-arg-export-ics-partner = Seulement la vue de ce partenaire : ce qu’il accueille ou auquel il assiste, et les réunions de tout le réseau
cli-help-arg-export-ics-meeting = Seulement cette réunion (son id ou son UID)
cli-help-arg-export-ics-from = Seulement les réunions ayant un jour à partir de celui-ci (AAAA-MM-JJ)
cli-help-arg-export-ics-to = Seulement les réunions ayant un jour jusqu’à celui-ci (AAAA-MM-JJ)
cli-help-arg-export-ics-reminder = Un rappel tant de temps avant chaque réunion : 1d, 2h, 30m, 1w, ou combinés (1d12h)
cli-help-note-holidays = Deux lettres désignent un pays, par son code ISO 3166-1 (FR, es, XK) : ses jours fériés.
    Tout le reste désigne un réseau (son nom court ou son nom) : chaque jour où l’un de ses partenaires ne
    travaille pas (jours fériés nationaux et régionaux, et jours de congé notés avec `convene dayoff add`).
    La période est --year ANNÉE, ou --from DATE --to DATE (les deux jours inclus).
    Les dates viennent de python-holidays ; un pays qu’il ne couvre pas est refusé avec la liste de ceux qu’il couvre.
cli-help-arg-holidays-target = Le code à deux lettres d’un pays (FR), ou le nom court ou le nom d’un réseau
cli-help-arg-holidays-region = Avec un pays : aussi les jours fériés de sa région, un code ISO 3166-2 comme ES-CN ou DE-BY
cli-help-arg-holidays-year = Toute l’année
cli-help-arg-holidays-from = Le premier jour, AAAA-MM-JJ
cli-help-arg-holidays-to = Le dernier jour, AAAA-MM-JJ
cli-help-command-dayoff-list = Les jours de congé notés pour les partenaires d’un réseau, par date
cli-help-arg-dayoff-list-partner = Seulement ceux de ce partenaire (son id ou son nom)
cli-help-command-dayoff-add = Noter un jour où un partenaire ne travaille pas (la fête d’un saint patron, une élection locale)
cli-help-arg-dayoff-add-date = Le jour, AAAA-MM-JJ
cli-help-arg-dayoff-add-name = Ce qu’est ce jour (« Saint-Jean »)
cli-help-command-dayoff-remove = Supprimer un jour de congé d’un partenaire ; --name choisit quand il en a plusieurs ce jour-là
cli-help-arg-dayoff-remove-date = Le jour, AAAA-MM-JJ
cli-help-arg-dayoff-remove-name = Le nom du jour de congé
cli-help-arg-invite-network = Le nom court ou le nom du réseau (ou, donné seul, l’id ou l’UID de la réunion)
cli-help-arg-organizer = L’adresse e-mail de l’organisateur (l’expéditeur ; les réponses lui reviennent)
cli-help-arg-invite-to = L’adresse e-mail d’un participant ; répétez l’option, ou séparez les adresses par des virgules
cli-help-arg-invite-out = Écrire le message dans ce fichier (.eml) au lieu de la sortie standard
cli-help-arg-slots-from = Premier jour de la recherche, AAAA-MM-JJ
cli-help-arg-slots-to = Dernier jour de la recherche, AAAA-MM-JJ (une réunion doit finir avant son minuit)
cli-help-arg-slots-duration = La durée de la réunion : 2h, 90m, 1h30
cli-help-arg-slots-days = Des journées entières à la place : N jours consécutifs où aucun partenaire n’a de jour férié
cli-help-arg-slots-hours = Heures de travail à l’heure de chaque partenaire [par défaut : 09:00-17:00]
cli-help-arg-slots-partners = Seule l’heure de ce partenaire compte (répétez pour plusieurs) [par défaut : tous les partenaires]
cli-help-arg-slots-exclude-weekends = Écarter les horaires qui tombent un samedi ou un dimanche pour un partenaire
cli-help-arg-slots-limit = Combien de créneaux lister, les meilleurs d’abord
cli-help-arg-slots-tz = L’heure de --from, --to et du titre de chaque créneau [par défaut : UTC]
cli-help-command-poll-create = Lancer un sondage : les dates où une réunion pourrait avoir lieu
cli-help-arg-poll-create-title = Le titre de la réunion
cli-help-arg-poll-create-kind = Le type de réunion : kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review, other
cli-help-arg-poll-create-host = La ville partenaire hôte
cli-help-arg-poll-create-options = Une date proposée : « AAAA-MM-JJ HH:MM/HH:MM » ou AAAA-MM-JJ (journée entière) ; répétez pour chacune
cli-help-arg-poll-create-tz = Le fuseau des horaires des options [par défaut : celui de l’hôte]
cli-help-arg-poll-create-deadline = Répondre avant ce jour (AAAA-MM-JJ)
cli-help-command-poll-invite = Écrire les invitations à répondre (un .eml par destinataire, une réservation provisoire par date)
cli-help-arg-poll = L’id du sondage
cli-help-arg-poll-invite-to = Un destinataire, contact d’un partenaire [par défaut : les contacts de tous les partenaires] ; répétez ou séparez par des virgules
cli-help-arg-poll-invite-out = Le dossier où écrire les messages
cli-help-command-poll-replies = Lire les réponses renvoyées par les partenaires : réponses (.eml, .ics) ou grilles de réponse (.txt)
cli-help-arg-poll-replies-files = Fichiers de réponse
cli-help-command-poll-answer = Noter à la main les réponses d’un partenaire
cli-help-arg-poll-answer-partner = Le nom ou l’id de la ville partenaire
cli-help-arg-poll-answer-options = N=yes, N=maybe ou N=no pour la date N ; répétez l’option pour plusieurs dates
cli-help-command-poll-show = Qui peut venir quand : chaque date pour chaque partenaire, et qui n’a pas répondu
cli-help-command-poll-close = Choisir une date : crée la réunion et écrit son invitation et la libération des autres dates
cli-help-arg-poll-close-option = La date choisie (son numéro)
cli-help-arg-poll-close-out = Écrire l’invitation de la réunion et la libération des autres dates dans ce dossier
cli-help-arg-poll-close-organizer = L’expéditeur de ces messages [par défaut : l’organisateur des invitations du sondage]
cli-help-command-poll-list = Les sondages d’un réseau, les plus récents d’abord
cli-help-command-account-add = Ajouter un compte de serveur CalDAV/WebDAV (le mot de passe va dans le trousseau)
cli-help-arg-account-add-name = Un nom court pour le désigner (par exemple nextcloud)
cli-help-arg-account-add-url = L’adresse du serveur (pour Nextcloud https://HÔTE/remote.php/dav ; un simple https://HÔTE est découvert)
cli-help-arg-account-add-user = Le nom d’utilisateur sur le serveur
cli-help-arg-account-add-ca-file = Un fichier PEM de l’autorité de certification d’un serveur qui a son propre certificat
cli-help-command-account-list = Lister les comptes (jamais leurs mots de passe)
cli-help-command-account-test = Se connecter, découvrir les agendas et dire ce qui a été trouvé ou exactement ce qui a échoué
cli-help-command-account-remove = Supprimer un compte, son mot de passe du trousseau et ce qui a été retenu par lui
cli-help-arg-publish-account = Le compte (convene account list)
cli-help-arg-publish-calendar = Le nom de l’agenda sur le serveur [par défaut : le nom du réseau]
cli-help-arg-publish-ics-file = Garder aussi tout le .ics du réseau à ce chemin sur le serveur (pour les abonnés)
cli-help-command-conflict-resolve = Régler un conflit en gardant un côté
cli-help-arg-conflict-resolve-id = L’id du conflit (convene conflicts)

cli-help-arguments = Arguments :
cli-help-commands = Commandes :
