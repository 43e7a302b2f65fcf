# Errors and validation messages of Convene's core. Source: locales/en/errors.ftl (comments there).
error-required = ne doit pas être vide
error-too-long = { $count ->
    [one] compte { $count } caractère ; la limite est de { $max }
   *[other] compte { $count } caractères ; la limite est de { $max }
}
error-not-an-email = « { $value } » n’est pas une adresse e-mail (attendu : nom@exemple.org)
error-url-scheme = « { $value } » doit commencer par https:// ou http://
error-not-a-url = « { $value } » n’est pas une adresse web
error-year-out-of-range = l’année { $year } est hors de la période { $first }-{ $last }
error-not-a-date = « { $value } » n’est pas une date ; écrivez-la sous la forme AAAA-MM-JJ
error-end-before-start = { $end } est avant le début, { $start }
error-unknown-zone = « { $value } » n’est pas un fuseau horaire IANA connu (par exemple Europe/Riga)
error-not-yes-or-no = « { $value } » n’est ni yes ni no
error-appears-twice = ce { $column } apparaît deux fois ; chacun doit être unique
error-unknown-language = « { $code } » n’est pas une langue de Convene ; utilisez l’un des codes { $codes }
error-no-network = il n’y a pas de réseau nommé « { $key } » ; `convene networks` les liste
error-cancelled = Annulé ; rien n’a été modifié.
error-database-busy = la base de données est occupée : un autre Convene (la fenêtre ou une commande) l’a gardée plus de { $seconds } secondes pendant un enregistrement. Rien n’a été enregistré ; réessayez quand ce travail sera terminé.
error-no-network-id = il n’y a pas de réseau avec l’identifiant { $id }
error-no-partner-id = il n’y a pas de partenaire avec l’identifiant { $id }
error-no-contact-id = il n’y a pas de contact avec l’identifiant { $id }
error-no-local-group-member-id = il n’y a pas de membre du groupe local avec l’identifiant { $id }
error-no-meeting-id = il n’y a pas de réunion avec l’identifiant { $id }
error-no-milestone-id = il n’y a pas de jalon avec l’identifiant { $id }
error-no-day-off-id = il n’y a pas de jour de congé avec l’identifiant { $id }
error-no-plan-id = il n’y a pas de plan d’action avec l’identifiant { $id }
error-no-comment-id = il n’y a pas de commentaire avec l’identifiant { $id }
error-no-conflict-id = il n’y a pas de conflit avec l’identifiant { $id }
error-no-practice-id = il n’y a pas de bonne pratique avec l’identifiant { $id }
error-slug-needs-letter = doit contenir au moins une lettre ou un chiffre
error-slug-taken = le nom court « { $slug } » est déjà utilisé par le réseau { $network } ; choisissez-en un autre
error-lead-partner-after-network = ajoutez d’abord le réseau, puis choisissez son chef de file parmi ses partenaires
error-lead-partner-elsewhere = le chef de file doit être un partenaire de ce réseau
error-negative = ne doit pas être négatif
error-partner-gone = ce partenaire n’existe pas
error-not-a-partner-here = { $partner } n’est pas un partenaire de ce réseau
error-not-a-uuid = « { $value } » n’est pas un UUID
error-not-a-plan-key = « { $key } » n’est pas un plan : donnez son identifiant (voir `convene plans RÉSEAU`) ou RÉSEAU/VILLE, par exemple techtown/gavle
error-no-plan-of-city = { $network } n’a pas de plan d’un partenaire nommé « { $city } » ; `convene plans { $slug }` les liste
