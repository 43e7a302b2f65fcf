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
