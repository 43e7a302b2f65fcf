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
error-no-such-file = ce fichier n’existe pas
error-permission-denied = permission refusée
error-cannot-read = impossible de lire { $file } : { $reason }
error-file-too-large = { $file } fait { $size } Mo, plus que ne peut en faire ce type de fichier ({ $what }, au plus { $max } Mo) : est-ce le bon fichier ? Rien n’a été importé.
error-not-utf8-expected = { $file } n’est pas un fichier texte (il n’est pas en UTF-8) ; attendu : { $expected }. Rien n’a été importé
error-expected-urbact-pages = texte de pages URBACT
error-expected-plan-file = un fichier .convene-plan
error-expected-json-export = un fichier écrit par `convene export json`
error-internal = Convene a rencontré une erreur interne : { $problem }. Merci de la signaler.
error-internal-with-log = Convene a rencontré une erreur interne : { $problem }. Les détails sont dans { $log } ; merci d’envoyer ce fichier avec un signalement.
error-cannot-create-folder = impossible de créer le dossier { $folder } : { $reason }
error-disk-full = le disque est plein
error-disk-quota = votre quota de disque est épuisé
error-file-grew-too-large = le fichier est devenu plus grand que ce que permet ce système
error-read-only = le disque, le dossier ou le fichier est en lecture seule
error-folder-gone = le dossier n’existe pas (ou plus)
error-is-a-folder = c’est un dossier
error-not-a-folder = un fichier se trouve là où devrait être son dossier
error-disk-io = le disque n’a pas pu être lu ou écrit (une erreur d’entrée/sortie : a-t-il été retiré, ou est-il défaillant ?)
error-database-folder-gone = son dossier n’existe pas (ou plus : un disque ou une clé USB retiré ?)
error-todo-free-space = libérez de la place ou choisissez un autre disque, puis réessayez
error-todo-writable-folder = choisissez un dossier où vous pouvez écrire, ou rendez celui-ci accessible en écriture, puis réessayez
error-todo-check-disk = vérifiez que le disque est branché et accessible en écriture, ou choisissez un autre dossier, puis réessayez
error-cannot-write = impossible d’écrire { $file } : { $problem }. Rien n’y a été écrit (un fichier déjà présent est inchangé) ; { $todo }.
error-write-not-a-file-name = impossible d’écrire { $file } : c’est un dossier, pas un nom de fichier
error-write-is-a-folder = impossible d’écrire { $file } : c’est un dossier ; donnez un nom de fichier à l’intérieur
error-write-folder-gone = impossible d’écrire { $file } : le dossier { $folder } n’existe pas (ou plus) ; choisissez un autre dossier
error-cannot-save-database = impossible d’enregistrer dans la base de données { $file } : { $problem }. Rien de cette commande n’a été enregistré, et tout ce qui l’était avant est inchangé ; { $todo }.
error-database-moved = impossible d’utiliser la base de données { $file } : le fichier a été déplacé ou supprimé pendant que Convene l’avait ouvert (un disque ou une clé USB retiré ?). Rien de cette modification n’a été enregistré ; remettez le fichier où il était (rebranchez le disque), puis réessayez.
error-database-locked = la base de données { $file } est verrouillée par un autre programme (une fenêtre ou une commande Convene, ou un programme comme un navigateur de base de données) qui l’a gardée plus de { $seconds } secondes. Rien n’a été enregistré ; fermez ce programme ou attendez la fin de son travail, puis réessayez.
error-backup-folder-gone = impossible d’écrire la sauvegarde : le dossier { $folder } n’existe pas
error-backup-is-the-database = le fichier de sauvegarde ne doit pas être la base de données elle-même
error-no-data-directory = impossible de trouver un dossier de données pour cet utilisateur où garder { $file } (HOME est-il défini ?) ; nommez le fichier de base de données avec la variable d’environnement { $variable } (ou --db CHEMIN en ligne de commande)
error-host-gone = l’hôte n’est plus un partenaire
error-inserted-meeting-missing = une réunion qui vient d’être insérée est introuvable
error-no-meeting-key = il n’y a pas de réunion avec l’identifiant ou l’UID « { $key } »
error-ical-line = ligne { $line } : { $reason }
error-ical-starts-with-continuation = le fichier commence par une ligne de continuation (une ligne qui commence par une espace)
error-ical-not-utf8 = n’est pas du texte UTF-8 ; enregistrez l’agenda en UTF-8 et importez-le à nouveau
error-ical-not-a-line = « { $text } » n’est pas une ligne iCalendar (attendu : NOM:valeur, comme SUMMARY:Réunion de lancement)
error-ical-bad-parameter = un paramètre de { $name } est mal formé dans « { $text } » (attendu : ;NOM=valeur)
error-ical-unclosed-quote = un paramètre entre guillemets de { $name } n’est jamais fermé dans « { $text } »
error-ical-begin-no-name = BEGIN:{ $value } ne nomme pas de composant
error-ical-too-deep = BEGIN:{ $name } est imbriqué sur { $depth } niveaux ; un agenda en imbrique au plus { $max }
error-ical-end-closes-nothing = END:{ $name } ne ferme rien (il n’y a pas de BEGIN:{ $name } avant)
error-ical-end-mismatch = END:{ $name } ne correspond pas au BEGIN:{ $begin } de la ligne { $begin_line }
error-ical-outside-calendar = { $name } est en dehors de BEGIN:VCALENDAR ... END:VCALENDAR
error-ical-never-closed = BEGIN:{ $name } n’est jamais fermé par END:{ $name } (le fichier se termine à la ligne { $last_line })
error-ical-nothing-imported = { $message }. Rien n’a été importé.
error-ical-empty = le fichier est vide ; attendu : un fichier iCalendar (.ics) commençant par BEGIN:VCALENDAR
error-ical-not-icalendar = ce n’est pas un fichier iCalendar : il devrait commencer par BEGIN:VCALENDAR, mais la ligne { $line } indique « { $text } »
error-ical-event-refused = l’événement « { $title } » ne peut pas être importé : { $field } : { $reason }
ical-skipped-titled-uid = ligne { $line } : « { $title } » (UID { $uid }) a été ignoré : { $reason }
ical-skipped-titled = ligne { $line } : « { $title } » a été ignoré : { $reason }
ical-skipped-uid = ligne { $line } : un événement (UID { $uid }) a été ignoré : { $reason }
ical-skipped = ligne { $line } : un événement a été ignoré : { $reason }
ical-summary-nothing-imported = Aucun des événements du fichier n’a pu être importé : { $skipped ->
    [one] { $skipped } événement a été ignoré
   *[other] { $skipped } événements ont été ignorés
}, chacun listé avec sa ligne et sa raison ; rien n’a été importé.
ical-summary-no-events = L’agenda ne contient aucun événement pour ce réseau ; rien n’a été importé{ $skipped ->
    [0] {""}
    [one] ; { $skipped } événement ignoré
   *[other] ; { $skipped } événements ignorés
}.
ical-summary-unchanged = Rien n’a changé : { $unchanged ->
    [one] { $unchanged } événement de ce fichier est déjà enregistré
   *[other] les { $unchanged } événements de ce fichier sont déjà enregistrés
}{ $skipped ->
    [0] {""}
    [one] ; { $skipped } événement ignoré
   *[other] ; { $skipped } événements ignorés
}.
ical-summary = { $created ->
    [one] { $created } réunion créée
   *[other] { $created } réunions créées
}, { $updated ->
    [one] { $updated } modifiée
   *[other] { $updated } modifiées
}, { $unchanged ->
    [one] { $unchanged } inchangée
   *[other] { $unchanged } inchangées
}{ $skipped ->
    [0] {""}
    [one] ; { $skipped } événement ignoré
   *[other] ; { $skipped } événements ignorés
}.
ical-warning-other-network = ligne { $line } : « { $title } » (UID { $uid }) est déjà une réunion de { $network } ; elle y a été laissée et n’a pas été importée ici
ical-warning-occurrence-cancelled = ligne { $line } : l’occurrence { $uid } ne fait plus partie de la série ; sa réunion a été annulée
error-ical-not-a-date = { $name } « { $text } » n’est pas une date (iCalendar écrit les dates AAAAMMJJ, comme 20270310)
error-ical-not-a-date-time = { $name } « { $text } » n’est pas une date avec heure (iCalendar écrit AAAAMMJJTHHMMSS, comme 20270310T100000, avec Z pour UTC)
error-ical-not-a-duration = DURATION « { $text } » n’est pas une durée (comme PT1H30M ou P2D)
error-ical-time-skipped = { $name } { $time } n’existe pas dans { $zone } (l’heure change à ce moment-là)
error-ical-zone-unknown = { $name } utilise le fuseau horaire « { $tzid } », qui n’est ni un fuseau IANA (comme Europe/Riga) ni un nom de fuseau Windows, et le VTIMEZONE du fichier pour ce fuseau ne correspond à aucun fuseau
error-ical-not-a-sequence = SEQUENCE « { $text } » n’est pas un nombre entier (0, 1, 2, ...)
error-ical-uid-too-long = l’UID de « { $title } » dépasse { $max } caractères
error-ical-no-start = l’événement « { $title } » n’a pas de DTSTART (pas de début)
error-ical-date-and-time-mixed = « { $title } » commence à une date mais finit à une heure, ou l’inverse ; DTSTART et DTEND doivent être tous deux des dates ou tous deux des dates avec heure
error-ical-ends-before-start = « { $title } » finit avant de commencer
error-ical-series = « { $title } » { $reason }
error-ical-rule-unreadable = a une RRULE « { $rule } » qui ne peut pas être lue : { $detail }
error-ical-rule-unusable = a une RRULE « { $rule } » qui ne peut pas être utilisée : { $detail }
error-ical-too-many-occurrences = se répète plus de { $max } fois entre le { $from } et le { $to } ; Convene crée une réunion par occurrence, raccourcissez donc la série (UNTIL ou COUNT) et importez-la de nouveau
ical-warning-floating = ligne { $line } : « { $title } » n’a pas de fuseau horaire (heure flottante) ; elle a été lue dans { $zone }, { $why }
ical-floating-calendar-zone = le fuseau propre à l’agenda (X-WR-TIMEZONE)
ical-floating-host-zone = le fuseau de l’hôte, { $name }
ical-floating-lead-zone = le fuseau du partenaire chef de file { $name }
ical-floating-utc = UTC, car le réseau n’a pas de partenaire chef de file
ical-warning-zone-by-rules = ligne { $line } : le fuseau horaire « { $tzid } » ne correspond à aucun fuseau IANA ; ses heures ont été lues selon les règles VTIMEZONE du fichier et gardées en UTC (ici et pour chaque événement qui l’utilise)
ical-warning-zone-by-offsets = ligne { $line } : le fuseau horaire « { $tzid } » n’est pas un nom de fuseau ; les décalages de son VTIMEZONE correspondent à { $zone }, qui a été utilisé (ici et pour chaque événement qui l’utilise)
ical-warning-not-a-link = ligne { $line } : « { $url } » n’est pas une adresse web (http ou https) ; le lien en ligne de « { $title } » a été laissé vide
ical-warning-untitled = ligne { $line } : un événement n’a pas de titre (SUMMARY) ; il a été appelé « { $title } »
ical-warning-no-end = ligne { $line } : « { $title } » n’a pas de fin (DTEND ou DURATION) ; une durée d’une heure lui a été donnée
ical-warning-zero-length = ligne { $line } : « { $title } » finit quand elle commence ; une durée d’une heure lui a été donnée
ical-warning-component-skipped = ligne { $line } : { $count } { $name } ({ $what }) { $count ->
    [one] ignoré
   *[other] ignorés
} ; seuls les événements (VEVENT) deviennent des réunions
ical-component-task = une tâche
ical-component-journal = une entrée de journal
ical-component-free-busy = des disponibilités
ical-component-other = pas un événement
ical-warning-uid-made-up = ligne { $line } : « { $title } » n’a pas d’UID ; il a reçu { $uid } (fait de son début et de son titre), pour qu’un nouvel import du fichier le retrouve
ical-warning-uid-twice = ligne { $line } : l’UID { $uid } apparaît deux fois (lignes { $first } et { $second }) ; la version au SEQUENCE le plus élevé a été gardée
ical-warning-lone-override = ligne { $line } : ce RECURRENCE-ID modifie une occurrence de { $uid }, qui ne se répète pas ; ignoré
ical-warning-no-occurrence = ligne { $line } : aucune occurrence de « { $title } » ne tombe entre le { $from } et le { $to } ; rien n’en a été fait
ical-warning-series-expanded = ligne { $line } : « { $title } » se répète ; { $count ->
    [one] son occurrence
   *[other] ses { $count } occurrences
} entre le { $from } et le { $to } { $count ->
    [one] est devenue une réunion distincte
   *[other] sont devenues des réunions distinctes
}{ $open ->
    [no-start] {" "}(le réseau n’a pas de date de début, la série a donc été lue à partir de sa première occurrence)
    [no-end] {" "}(le réseau n’a pas de date de fin, la série a donc été lue sur { $years } ans)
   *[none] {""}
}
ical-warning-repeated-hour = ligne { $line } : « { $title } » { $edge ->
    [start] commence
   *[end] finit
} à { $time } dans { $zone }, pendant l’heure que le changement d’heure répète, lors de son second passage ; Convene enregistre une telle heure au premier passage, une heure plus tôt
error-not-utf8 = { $file } n’est pas un fichier texte (il n’est pas en UTF-8)
error-meeting-already-held = « { $title } » a déjà eu lieu
error-meeting-undated-not-confirmed = « { $title } » n’a pas encore de date ; donnez-lui une date avant de la confirmer
error-meeting-not-begun = « { $title } » commence le { $when }, qui n’est pas encore arrivé ; elle ne peut pas avoir eu lieu
error-meeting-cancelled-not-held = « { $title } » a été annulée ; elle ne peut pas avoir eu lieu
error-meeting-postponed-not-held = « { $title } » est reportée ; donnez-lui sa nouvelle date, ou confirmez-la, avant de la marquer comme tenue
error-meeting-undated-not-held = « { $title } » n’a pas encore de date ; elle ne peut pas avoir eu lieu
error-meeting-cancelled-not-postponed = « { $title } » a été annulée ; elle ne peut pas être reportée
error-meeting-already-postponed = « { $title } » est déjà reportée sans nouvelle date
error-meeting-nothing-to-postpone = « { $title } » n’a pas encore de date, il n’y a donc rien à reporter ; donnez-lui plutôt une date
error-postpone-needs-date = une réunion reportée a besoin de sa nouvelle date, ou d’aucune
error-postpone-not-later = la nouvelle date, { $new }, n’est pas après l’actuelle, { $old } ; pour avancer une réunion, changez sa date
error-agenda-item-ends-before = le point doit finir après avoir commencé
error-agenda-empty-no-item = l’ordre du jour de « { $title } » est vide ; il n’y a pas de point { $number }
error-agenda-no-item = il n’y a pas de point { $number } ; { $count ->
    [one] l’ordre du jour a { $count } point
   *[other] l’ordre du jour a les points 1 à { $count }
}
error-agenda-not-a-place = { $position } n’est pas une position dans un ordre du jour de { $count ->
    [one] { $count } point
   *[other] { $count } points
} ; utilisez 1 à { $last }
error-reminder-out-of-range = un rappel { $minutes } minutes avant n’est pas possible ; choisissez entre 1 minute et 4 semaines avant, ou aucun
error-export-all-undated = { $count ->
    [one] La réunion ici n’est pas encore datée
   *[other] Les { $count } réunions ici ne sont pas encore datées
}, il n’y a donc rien à mettre dans un agenda ; donnez d’abord une date. Rien n’a été enregistré.
error-export-none-between = Il n’y a pas de réunion entre le { $from } et le { $to }. Rien n’a été enregistré.
error-export-none-from = Il n’y a pas de réunion à partir du { $from }. Rien n’a été enregistré.
error-export-none-until = Il n’y a pas de réunion jusqu’au { $to }. Rien n’a été enregistré.
error-export-none = Il n’y a pas encore de réunion à mettre dans un agenda. Rien n’a été enregistré.
error-calendar-too-large = { $file } fait { $size } Mo, plus que ne peut en faire un agenda de réunions ({ $max } Mo au plus) ; choisissez un export des réunions dont vous avez besoin. Rien n’a été importé.
error-not-one-of = « { $value } » n’est pas l’un de : { $choices }
error-not-a-contact-here = { $contact } n’est pas un contact de ce réseau
error-attendee-twice = ce participant figure deux fois pour la réunion
error-meeting-needs-zone = choisissez un fuseau horaire, ou un hôte dont la réunion prend le fuseau
error-undated-needs-words = dites en mots quand elle est prévue, ou donnez l’année
error-meeting-ends-before = la réunion doit finir après avoir commencé
error-last-day-before-first = le dernier jour, { $last }, est avant le premier, { $first }
error-not-a-month-number = { $month } n’est pas un mois (1-12)
error-not-a-timestamp = « { $value } » n’est pas un horodatage (attendu par exemple 2024-05-01T09:30:00Z)
error-not-working-hours = « { $text } » n’est pas une plage d’heures de travail ; écrivez-la HH:MM-HH:MM, comme 09:00-17:00
error-working-day-ends-before = la journée de travail doit finir après avoir commencé ({ $end } n’est pas après { $start })
error-no-partners-to-schedule = { $network } n’a pas encore de partenaire, il n’y a donc personne pour qui chercher un horaire ; ajoutez d’abord ses partenaires
error-not-a-partner-of = { $id } n’est pas un partenaire de { $network }
error-partner-zone-unknown = le fuseau horaire « { $zone } » de { $partner } est inconnu
error-range-too-long = choisissez une période d’au plus { $max } jours
error-days-out-of-range = une réunion de { $days } jours ? Choisissez entre 1 et { $max }
error-not-a-duration = « { $text } » n’est pas une durée ; écrivez-la 2h, 90m, 1h30 ou 1:30
error-slot-range-too-long = { $days } jours, c’est plus que ce que la recherche parcourt en une fois ({ $max }) ; choisissez une période plus courte
error-slot-length-out-of-range = { $minutes } minutes n’est pas une durée de réunion que la recherche place ; choisissez entre 15 minutes et 24 heures (pour des jours entiers, demandez des jours)
error-slot-limit-out-of-range = choisissez entre 1 et { $max } créneaux à lister
error-not-a-partner-id-here = { $id } n’est pas l’identifiant d’un partenaire de ce réseau
error-partner-not-in-network = { $partner } n’est pas un partenaire de { $network }
error-meeting-of-another-network = la réunion { $id } ({ $title }) appartient à un autre réseau, pas à { $network }
error-plan-no-row = ce plan n’a pas { $row ->
    [indicator] d’indicateur
    [risk] de risque
   *[action] d’action
} avec l’identifiant { $id }
error-plan-no-revisions = le plan d’action { $id } n’a aucune révision
error-plan-no-revision = ce plan n’a pas de révision { $number } ; ses révisions vont de 1 à { $newest }
error-poll-partner-elsewhere = le partenaire { $id } n’est pas un partenaire du réseau de ce sondage
error-poll-option-elsewhere = l’option { $id } n’est pas une option de ce sondage

## The window's calendar-server messages (src-tauri/src/commands/dav.rs): the client's
## failures without the command line's options, as whole sentences.

# $account: the account's name.
error-window-dav-no-password = Aucun mot de passe n'est enregistré pour « { $account } » : cet ordinateur n'a pas de trousseau de clés. Saisissez le mot de passe pour continuer.
# $url: the server's address.
error-window-dav-unauthorized = Le serveur { $url } a refusé le nom d'utilisateur ou le mot de passe (401) : vérifiez les deux et réessayez.
# $host: the server's name.
error-window-dav-dns = Le nom du serveur { $host } est introuvable : vérifiez l'adresse du compte dans les Paramètres et votre connexion Internet.
error-window-dav-refused = Le serveur { $url } a refusé la connexion : il est arrêté, ou l'adresse ou le port est erroné. Rien n'a été modifié ici ; réessayez quand il sera disponible.
# $seconds: how long Convene waited.
error-window-dav-timeout = Le serveur { $url } n'a pas répondu en { $seconds } secondes : le serveur ou le réseau est en panne. Rien n'a été modifié ici ; réessayez plus tard.
# $detail: the technical reason, as the TLS library gives it.
error-window-dav-tls = Le certificat du serveur { $url } n'est pas reconnu comme fiable ({ $detail }). Si le serveur utilise sa propre autorité de certification, ajoutez de nouveau le compte dans les Paramètres avec son fichier d'autorité (CA).
error-window-dav-not-caldav = Le serveur { $url } n'est pas un serveur d'agenda ({ $detail }) : indiquez l'adresse du serveur CalDAV (pour Nextcloud, https://HOTE/remote.php/dav).
# $status: the HTTP status the server answered (403, 404...).
error-window-dav-forbidden = Le serveur { $url } a répondu { $status } : ce compte n'a pas le droit de faire cela. Vérifiez ses droits sur le serveur.
error-window-dav-not-found = Le serveur { $url } a répondu { $status } : l'agenda ou le fichier n'y est plus. Publiez de nouveau pour le créer.
error-window-dav-not-supported = Le serveur { $url } a répondu { $status } : il ne propose pas cette opération ; ce n'est peut-être pas un serveur CalDAV ou WebDAV.
error-window-dav-changed = Le serveur { $url } a répondu { $status } : quelqu'un l'a modifié sur le serveur entre-temps. Rien n'a été écrasé.
error-window-dav-full = Le serveur { $url } a répondu { $status } : il n'a plus d'espace libre.
error-window-dav-failed = Le serveur { $url } a répondu { $status } : il a rencontré une erreur. Réessayez plus tard.
error-window-dav-unexpected = Le serveur { $url } a répondu { $status }, une réponse que Convene ne sait pas traiter.
error-window-dav-other = La communication avec le serveur { $url } a échoué : { $detail }
error-window-plan-changed-on-server = Quelqu'un a envoyé ce plan sur le serveur depuis la dernière lecture par cet ordinateur ; rien n'a donc été écrasé. Récupérez d'abord le plan depuis le serveur, puis envoyez-le de nouveau.
error-window-plan-not-on-server = Il n'y a pas encore de fichier de ce plan sur { $url } : envoyez-le d'abord sur le serveur.
error-window-dav-ca-file-not-chosen = Choisissez de nouveau le fichier d'autorité de certification : cette fenêtre n'a plus celui choisi auparavant.
# The title of the open dialog for a CA file.
window-dav-choose-ca-file = Le fichier PEM de l'autorité de certification du serveur
window-dialog-calendar-add-meeting = Ajouter « { $name } » à un agenda
window-dialog-calendar-save = Enregistrer l’agenda de { $name }
window-dialog-calendar-import = Importer un agenda dans { $network }
window-dialog-plan-export = Exporter { $plan } au format { $format }
window-dialog-plan-send = Envoyer { $plan } à un partenaire
window-dialog-plan-receive = Recevoir un plan d’un partenaire
window-dialog-backup-save = Enregistrer une sauvegarde de Convene
window-dialog-backup-restore = Restaurer Convene depuis une sauvegarde
window-dialog-urbact-import = Importer des pages URBACT enregistrées en texte
window-dialog-export-json = Tout exporter en JSON
window-dialog-poll-replies = Ajouter des réponses au sondage
file-kind-icalendar = iCalendar
file-kind-plan = Plan Convene
file-kind-backup = Sauvegarde Convene
file-kind-urbact-pages = Pages URBACT enregistrées en texte
file-kind-json = JSON
file-kind-pem = PEM
file-kind-replies = Réponses (e-mail ou agenda)
file-kind-docx = document Word
file-kind-pdf = document PDF
file-kind-markdown = Markdown
file-kind-html = page web
error-window-no-backup-chosen = aucune sauvegarde n’est choisie ; choisissez d’abord la sauvegarde à restaurer
window-dav-password-not-given = Aucun mot de passe saisi : la publication le demandera.
window-dav-password-stored = Le mot de passe est dans le trousseau de clés de cet ordinateur.
window-dav-password-no-keyring = Cet ordinateur n'a pas de trousseau de clés, le mot de passe n'a donc pas été enregistré : la publication le demandera.

error-database-schema-mismatch = { $path } est à la version de schéma { $version }, { $expected } attendue
error-database-migration-failed = la migration { $name } a échoué : { $reason }
error-not-a-convene-database = { $path } n’est pas une base de données Convene ({ $detail })
error-database-no-schema-version = il contient des tables mais aucune version de schéma Convene
error-database-newer = { $path } a été écrit par une version plus récente de Convene (schéma { $version } ; cette version lit jusqu’au { $latest }). Mettez Convene à jour pour l’ouvrir ; le fichier n’a pas été modifié.
error-network-has-dependents = supprimer { $network } supprimerait aussi { $dependents } ; confirmez la cascade pour tout supprimer
error-partner-has-dependents = supprimer { $partner } toucherait aussi { $dependents } ; confirmez la cascade pour continuer
count-partners = { $count ->
    [one] { $count } partenaire
   *[other] { $count } partenaires
}
count-contacts = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}
count-meetings = { $count ->
    [one] { $count } réunion
   *[other] { $count } réunions
}
count-milestones = { $count ->
    [one] { $count } jalon
   *[other] { $count } jalons
}
count-action-plans = { $count ->
    [one] { $count } plan d’action
   *[other] { $count } plans d’action
}
count-import-notes = { $count ->
    [one] { $count } note d’import
   *[other] { $count } notes d’import
}
count-local-group-members = { $count ->
    [one] { $count } membre du groupe local
   *[other] { $count } membres du groupe local
}
count-attendance-records = { $count ->
    [one] { $count } présence enregistrée
   *[other] { $count } présences enregistrées
}
count-days-off = { $count ->
    [one] { $count } jour de congé
   *[other] { $count } jours de congé
}
count-networks = { $count ->
    [one] { $count } réseau
   *[other] { $count } réseaux
}
count-agenda-items = { $count ->
    [one] { $count } point de l’ordre du jour
   *[other] { $count } points de l’ordre du jour
}
count-good-practices = { $count ->
    [one] { $count } bonne pratique
   *[other] { $count } bonnes pratiques
}
count-polls = { $count ->
    [one] { $count } sondage
   *[other] { $count } sondages
}
count-contact-emails = { $count ->
    [one] { $count } e-mail de contact
   *[other] { $count } e-mails de contact
}
count-list-and = { $first } et { $last }
count-hosted-meetings = { $count ->
    [one] { $count } réunion qui perdrait son hôte
   *[other] { $count } réunions qui perdraient leur hôte
}
count-city-plans = { $count ->
    [one] { $count } plan d’action qui perdrait sa ville
   *[other] { $count } plans d’action qui perdraient leur ville
}
error-several-plans-of-city = { $network } a { $count } plans de { $city } (identifiants { $ids }) ; indiquez l’identifiant du plan
error-published-with-other-account = ce réseau est publié avec le compte « { $other } », pas « { $account } » ; utilisez --account { $other }
error-plan-file-changed-on-server = { $href } a été modifié sur le serveur depuis la dernière lecture par cet ordinateur ; rien n’a été écrasé : lancez d’abord convene plan pull { $plan } --account { $account }, puis push
error-poll-closed = le sondage « { $poll } » a été clos ; un sondage clos reste tel quel et ne peut plus être modifié. Modifiez plutôt la réunion qu’il a créée
error-poll-closed-on-option = le sondage « { $poll } » a été clos sur l’option { $number } ({ $when }) ; un sondage clos reste tel quel et ne peut plus être modifié. Modifiez plutôt la réunion qu’il a créée
error-day-off-twice = { $partner } a déjà le jour chômé « { $name } » le { $date }
error-plan-conflict-settled = le conflit dans « { $label } » a déjà été réglé ({ $resolution })
error-import-database-not-empty = la base de données contient déjà des données ({ $held }) ; un export JSON n’est importé que dans une base vide, pour que chaque identifiant reste le même. Importez-le plutôt dans un nouveau fichier de base de données, par exemple : convene --db new.db import json FILE. Rien n’a été modifié
error-import-database-not-empty-at = la base de données { $path } contient déjà des données ({ $held }) ; un export JSON n’est importé que dans une base vide, pour que chaque identifiant reste le même. Importez-le plutôt dans un nouveau fichier de base de données, par exemple : convene --db new.db import json FILE. Rien n’a été modifié
error-account-needs-name = un compte a besoin d’un nom (par exemple « nextcloud »)
error-account-name-too-long = un nom de compte compte au plus { $max } caractères
error-account-url-not-web = « { $url } » n’est pas une adresse web : elle doit commencer par https:// (ou http:// pour un serveur sur cet ordinateur)
error-account-url-no-server = « { $url } » ne nomme aucun serveur
error-account-url-spaces-or-long = l’adresse contient des espaces ou est trop longue
error-account-needs-user = le serveur a besoin d’un nom d’utilisateur
error-account-ca-not-a-file = { $file } n’est pas un fichier : indiquez le fichier PEM de l’autorité de certification du serveur
error-account-exists = il existe déjà un compte nommé « { $name } » ; supprimez-le d’abord (convene account remove { $name }) ou choisissez un autre nom
error-no-account-named = il n’y a aucun compte nommé « { $name } » (convene account list les affiche)
error-account-removed = le compte { $id } a été supprimé
error-no-open-calendar-conflict = il n’y a pas de conflit ouvert { $id } (convene conflicts les liste)

error-amount-negative = { $amount } est négatif ; les montants sont des euros dépensés ou reçus, 0 ou plus
error-amount-too-many-decimals = { $amount } a plus de deux décimales ; écrivez des euros et des centimes, par exemple 1250.50
error-amount-too-large = { $amount } dépasse { $max } euros
error-amount-has-comma = « { $text } » contient une virgule ; écrivez les euros avec un point avant les centimes et sans séparateur de milliers, par exemple 1250.50
error-not-an-amount = « { $text } » n’est pas un montant en euros (par exemple 1250.50)
error-not-a-month = « { $text } » n’est pas un mois ; écrivez-le sous la forme AAAA-MM, par exemple 2025-03
error-plan-no-section = ce plan n’a pas de section « { $key } »
error-plan-no-section-of = ce plan n’a pas de section « { $key } » ; ses sections sont { $keys }
error-plan-too-many-sections = un plan compte au plus { $max } sections
error-not-a-section-key = « { $key } » n’est pas une clé de section (lettres minuscules, chiffres et -)
error-section-twice = la section « { $key } » apparaît deux fois
error-custom-section-standard-key = une section personnalisée ne peut pas utiliser une clé standard
error-not-a-standard-section = n’est pas l’une des sections standard
error-standard-section-missing = la section standard « { $title } » ({ $key }) manque
error-plan-too-many-rows = un plan compte au plus { $max } actions, { $max } indicateurs et { $max } risques
error-action-too-many-funding-lines = une action a au plus { $max } lignes de financement
error-indicator-not-of-plan = l’indicateur { $id } n’appartient pas à ce plan
error-indicator-linked-twice = l’indicateur { $id } est lié deux fois
error-not-one-to-five = { $value } n’est pas compris entre 1 et 5
error-plan-adoption-date-not-adopted = seul un plan adopté a une date d’adoption
error-plan-already-adopted = le plan est déjà adopté ; repassez-le à l’état « Définitif » pour enregistrer une autre date d’adoption
error-plan-status-move = { $from ->
    [in_review] un plan « En relecture » ne peut passer qu’à « Brouillon » ou « Définitif »
    [final] un plan « Définitif » ne peut passer qu’à « En relecture » ou « Adopté »
    [adopted] un plan « Adopté » ne peut passer qu’à « Définitif »
   *[draft] un plan « Brouillon » ne peut passer qu’à « En relecture »
}, pas à { $to ->
    [draft] « Brouillon »
    [in_review] « En relecture »
    [final] « Définitif »
   *[adopted] « Adopté »
}
error-plan-adoption-date-needed = indiquez la date à laquelle le conseil municipal a adopté le plan (AAAA-MM-JJ)
error-standard-section-title = « { $title } » est une section standard du Plan d’action intégré ; son titre reste
error-section-order-unknown = « { $key } » n’est pas une section de ce plan, ou figure deux fois
error-section-order-leaves-out = le nouvel ordre omet la section « { $key } »
error-standard-section-remove = « { $key } » est une section standard du Plan d’action intégré et ne peut pas être supprimée ; laissez-la plutôt vide

error-id-twice = { $id } apparaît deux fois

error-urbact-refused = { $reason } ; attendu : le texte de pages URBACT de réseaux ou de bonnes pratiques, chacune terminée par une ligne « Ref nid ». Rien n’a été importé.
error-urbact-nul-byte = le fichier est binaire, pas du texte (il contient un octet NUL à la ligne { $line })
error-urbact-control-byte = le fichier est binaire, pas du texte (il contient un octet de contrôle à la ligne { $line })
error-urbact-not-utf8 = le fichier n’est pas du texte UTF-8 (l’octet { $byte } à la ligne { $line } n’est pas de l’UTF-8 valide) ; enregistrez le texte des pages en UTF-8 et importez-le à nouveau. Rien n’a été importé.
error-urbact-empty = le fichier est vide
error-time-skipped = { $time } n’existe pas dans { $zone } (l’heure change à ce moment-là) ; choisissez une autre heure
error-urbact-network-unsaved = ligne { $line } : le réseau « { $network } » ne peut pas être enregistré ({ $error }) ; rien n’a été importé
error-urbact-markup = le fichier est du balisage HTML ou XML, pas le texte d’une page ; ouvrez la page dans un navigateur, copiez son texte et enregistrez-le. Attendu : le texte de pages URBACT de réseaux ou de bonnes pratiques, chacune terminée par une ligne « Ref nid ». Rien n’a été importé.
error-urbact-no-ref-nid = le fichier n’a aucune ligne « Ref nid », il ne contient donc aucune page
error-urbact-no-page-records = { $count ->
    [one] l’unique page du fichier n’est
   *[other] aucune des { $count } pages du fichier n’est
} ni une page de réseau (avec un partenaire chef de file ou une liste de partenaires « Ville - Pays ») ni une page de bonne pratique

error-holidays-unknown-country = Convene n’a pas de jours fériés pour « { $country } » ; il connaît ces pays (codes ISO 3166-1) : { $codes }
error-holidays-no-regions-of = Convene ne connaît aucune région de { $country } ; laissez la région vide (il a des régions pour : { $codes })
error-holidays-no-regional = Convene ne connaît aucun jour férié régional en { $country } ; laissez la région vide
error-holidays-unknown-region = « { $region } » n’est pas une région de { $country } connue de Convene ; utilisez un code ISO 3166-2 comme { $example } : { $codes }
error-server-resource-no-uid = la ressource du serveur ne contient aucun événement avec un UID
error-server-version-unreadable = la version du serveur n’a pas pu être lue : { $skipped }

error-merged-row-invalid = la ligne fusionnée n’est pas valide : { $reason }
error-merged-row-id-changed = la ligne fusionnée doit garder son identifiant
error-plan-no-conflicts = ce plan n’a aucun conflit à régler
error-plan-no-conflict-in = ce plan n’a pas de conflit ouvert dans « { $key } » ; conflits ouverts : { $keys }
error-revision-parent-not-earlier = { $uuid } n’apparaît pas plus tôt dans le fichier
error-revision-twice = la révision { $uuid } apparaît deux fois
error-snapshot-part-missing = renvoie à la partie { $id }, qui n’est pas dans le fichier
error-revision-misnumbered = vaut { $number }, pas { $expected } ; les révisions sont numérotées 1, 2, 3 dans l’ordre
error-part-unreadable = la partie { $id } ne peut pas être lue : { $reason }
error-stored-revision-unreadable = une révision enregistrée ne peut pas être lue : { $reason }
error-stored-part-missing = une révision enregistrée renvoie à la partie { $id }, qui manque
error-stored-part-unreadable = la partie enregistrée { $id } ne peut pas être lue : { $reason }
error-file-part-missing = { $what } renvoie à la partie { $id }, qui n’est pas dans le fichier
error-in-file-part = { $what } : { $reason }

-poll-option-forms = AAAA-MM-JJ HH:MM/HH:MM pour un horaire, AAAA-MM-JJ (ou AAAA-MM-JJ/AAAA-MM-JJ) pour des journées entières
error-poll-option-not-a-date = « { $option } » n’est pas une date ; écrivez une option sous la forme { -poll-option-forms }
error-poll-option-no-clock = « { $option } » n’a pas d’heure « { $time } » ; écrivez une option sous la forme { -poll-option-forms }
error-poll-option-empty = une option est vide ; écrivez-la sous la forme { -poll-option-forms }
error-poll-option-no-end = « { $option } » n’indique pas d’heure de fin ; écrivez une option sous la forme { -poll-option-forms }
error-poll-option-end-not-after-start = dans « { $option } », la fin n’est pas après le début ; une option commence et finit le même jour
error-poll-option-last-before-first = dans « { $option } », le dernier jour est avant le premier
error-poll-option-needs-zone = « { $option } » est un horaire : indiquez son fuseau horaire (--tz) ou un hôte
error-poll-option-undated = une option de sondage est une date ou un horaire, jamais sans date
error-poll-no-option = le sondage « { $poll } » n’a pas d’option { $number } ; ses options sont numérotées de 1 à { $count }
error-no-poll-id = il n’y a aucun sondage avec l’identifiant { $id } ; `convene poll list RÉSEAU` les liste
error-poll-no-options = proposez au moins une date (AAAA-MM-JJ HH:MM/HH:MM, ou AAAA-MM-JJ)
error-poll-too-many-options = { $count } options sont proposées ; un sondage en propose au plus { $max }
error-poll-option-twice = « { $option } » est proposée deux fois (options { $first } et { $second })
error-poll-closed-option-elsewhere = un sondage clos désigne l’une de ses propres options
error-poll-meeting-elsewhere = la réunion { $id } n’est pas une réunion de ce réseau

error-export-json-unwritable = impossible d’écrire l’export en JSON : { $reason }
error-export-not-json = le fichier n’est pas du JSON valide ({ $reason }) ; attendu : un fichier écrit par `convene export json`
error-not-an-export = ce JSON n’est pas un export Convene : { $why }. Utilisez un fichier écrit par `convene export json` ; rien n’a été importé
error-export-top-not-object = son niveau supérieur n’est pas un objet JSON
error-export-other-format = son « format » est { $format }, pas « { $expected } »
error-export-no-format = il n’a pas de champ « format »
error-export-no-schema-version = il n’a pas de champ « schema_version » entier
error-export-schema-version-zero = son « schema_version » vaut 0 ; les versions commencent à 1
error-export-unreadable = l’export Convene ne peut pas être lu : { $reason } ; rien n’a été importé
error-export-newer = cet export a été écrit par une version plus récente de Convene (schema_version { $version } ; cette version lit jusqu’à { $latest }). Mettez Convene à jour pour l’importer ; rien n’a été importé

error-plan-json-unwritable = impossible d’écrire le plan en JSON : { $reason }
error-not-a-plan-file = ce n’est pas un fichier de plan Convene : { $why }
error-plan-file-not-json = ce n’est pas du JSON valide ({ $reason })
error-plan-file-is-export = c’est l’export d’une base de données entière ; utilisez `convene import` (Données > Importer) pour lui
error-plan-file-other-format = son format est « { $format } », pas « { $expected } »
error-plan-file-no-format = il n’a pas de "format": "{ $expected }"
error-plan-file-newer = ce fichier de plan a été écrit par une version plus récente de Convene (version { $version } ; cette version lit jusqu’à { $latest }) ; mettez Convene à jour pour le lire
error-plan-file-no-version = ce fichier de plan n’a pas de numéro "version"
error-plan-file-unreadable = ce fichier de plan ne peut pas être lu : { $reason }
error-plan-file-damaged = ce fichier de plan est endommagé : { $what }
error-plan-file-uuid = l’uuid du plan « { $uuid } » n’est pas un UUID
error-plan-file-no-revision = il ne contient aucune révision
error-plan-file-revision-no-parent = la révision { $number } ({ $uuid }) n’a pas de parent ; seule la première révision peut ne pas en avoir
error-plan-file-first-revision-parent = la révision { $number } ({ $uuid }) est la première mais nomme un parent
error-plan-file-comment-no-uuid = le commentaire { $number } ({ $uuid }) n’a pas d’uuid
error-plan-file-comment-invalid = commentaire { $number } ({ $uuid }) : { $reason }
error-plan-file-comment-twice = le commentaire { $number } ({ $uuid }) apparaît deux fois
error-plan-file-stray-revision = la révision { $uuid } n’est pas dans l’historique de sa dernière révision { $head }

error-invite-undated = « { $title } » n’a pas encore de date ; donnez-lui une date et une heure avant d’envoyer une invitation
error-invite-undated-planned = « { $title } » n’a pas encore de date (prévue : { $planned }) ; donnez-lui une date et une heure avant d’envoyer une invitation
error-organizer-email-needed = indiquez l’adresse e-mail de l’organisateur (name@example.org)
error-attendee-email-empty = l’adresse e-mail d’un participant est vide
error-attendees-needed = indiquez l’adresse e-mail d’au moins un participant
error-poll-no-contact-emails = aucun partenaire de { $network } n’a de contact avec une adresse e-mail ; ajoutez d’abord des contacts, ou indiquez les adresses
error-address-empty = une adresse est vide
error-poll-address-not-a-contact = { $email } n’est l’adresse d’aucun contact d’un partenaire de { $network } ; ajoutez-la d’abord aux contacts de ce partenaire, pour que ses réponses comptent pour lui
error-poll-not-closed = le sondage « { $poll } » n’est pas encore clos
error-partner-not-of-network = le partenaire { $id } n’est pas un partenaire de ce réseau

error-plan-file-comment-elsewhere = son commentaire { $uuid } appartient ici à un autre plan (identifiant { $id })
error-plan-file-revision-elsewhere = sa révision { $uuid } appartient ici à un autre plan (identifiant { $id })
error-plan-file-not-utf8 = { $path } n’est pas un fichier .convene-plan (ce n’est pas du texte UTF-8)
error-plan-network-missing = ce plan appartient au réseau { $network }, qui n’est pas dans cette base de données ; importez d’abord ce réseau

error-reply-unreadable = il ne peut pas être lu : { $reason }
error-reply-too-large = il dépasse { $kb } Ko, alors qu’une réponse en fait quelques-uns : ce n’est pas une réponse
error-reply-empty = il est vide
error-reply-not-text = ce n’est ni un e-mail, ni un fichier iCalendar, ni du texte (il contient des octets qui ne sont pas de l’UTF-8)
error-reply-calendar-unreadable = sa partie calendrier ne peut pas être lue : { $reason }
error-reply-grid-unanswered = il contient la grille de réponse, mais aucune date n’a de réponse (écrivez oui, peut-être ou non après chaque date)
error-reply-no-answer = il ne contient aucune réponse : ni réponse de calendrier (METHOD:REPLY avec PARTSTAT), ni grille de réponse avec sa ligne Token
error-reply-grid-bad-word = dans la grille, la date [{ $number }] a pour réponse « { $word } » ; écrivez oui, peut-être ou non
error-reply-grid-no-token = il contient des réponses à la grille mais pas sa ligne « Token: », qui dit de qui sont les réponses
error-reply-not-a-reply = c’est un calendrier { $method }, pas un REPLY : utilisez les réponses renvoyées par les partenaires, pas les invitations
error-reply-event-no-uid = ligne { $line } : l’événement n’a pas d’UID, il ne répond donc à aucune date
error-reply-calendar-no-answer = sa partie calendrier ne contient aucune réponse (aucun ATTENDEE avec PARTSTAT ACCEPTED, TENTATIVE ou DECLINED)
error-reply-bad-dtstart = ligne { $line } : DTSTART « { $text } » n’est ni une date ni une date et une heure
error-reply-unknown-zone = ligne { $line } : DTSTART utilise le fuseau « { $zone } », qui n’est ni un nom IANA ni un nom Windows et ne correspond à aucun fuseau
error-reply-time-skipped = ligne { $line } : DTSTART { $time } n’existe pas dans { $zone } (c’est le changement d’heure)
error-reply-other-event = il répond à l’événement d’UID { $uid }, qui n’est aucune des dates de ce sondage (une réponse à un autre sondage ou à une réunion ?)
error-reply-not-a-contact = il vient de { $email }, qui n’est le contact d’aucun partenaire de { $network } ; ajoutez l’adresse aux contacts du partenaire et relisez-le
error-reply-wrong-date = il répond à la date { $number } pour { $start }, mais cette date est { $when } ; il n’a pas été compté pour la mauvaise date
error-reply-other-token = sa grille porte le jeton { $token }, que ce sondage n’a pas envoyé (la grille d’un autre sondage ?)
error-reply-no-such-date = sa grille répond à la date [{ $number }], que ce sondage n’a pas

error-restore-refused = { $file } ne peut pas être restauré : { $why }
error-restore-is-open = c’est la base de données que Convene a ouverte
error-restore-cannot-open = il ne peut pas être ouvert ({ $reason })
error-restore-not-sqlite = ce n’est pas une sauvegarde de Convene (pas une base SQLite)
error-restore-no-schema = ce n’est pas une sauvegarde de Convene (aucun schéma Convene dedans)
error-restore-damaged = { $file } est endommagé ({ $problem }) ; il n’a pas été restauré
error-restore-busy = la base de données est restée occupée, la sauvegarde n’a donc pas été restaurée ; réessayez
error-window-database-busy = la base de données est occupée ({ $reason }) ; réessayez
error-window-cannot-open-database = impossible d’ouvrir la base de données { $file } : { $reason }
error-window-cannot-reopen-database = impossible de rouvrir la base de données restaurée : { $reason }
error-window-dialog-not-a-file = la boîte de dialogue a donné un emplacement qui n’est pas un fichier ({ $reason })
error-window-no-data-folder = le dossier de données de l’application est inconnu ({ $reason })
error-window-pull-read-nothing = la récupération n’a lu aucun fichier de plan
error-window-no-mail-program = l’invitation a été enregistrée sous { $path }, mais aucun programme de messagerie ne l’a ouverte ({ $reason }) ; ouvrez ce fichier avec votre messagerie
error-window-folder-not-shown = les messages ont été enregistrés dans { $path }, mais ce dossier n’a pas pu être ouvert ({ $reason }) ; ouvrez-le vous-même

error-unknown-country = « { $text } » n’est pas un pays que Convene connaît ; utilisez un code ISO 3166-1 comme LV ou un nom comme Lettonie
plan-warning-funding-no-cost = « { $action } » a { $funding } euros de financement mais pas d’estimation de coût
plan-warning-funding-over-cost = le financement de « { $action } » ({ $funding } euros) dépasse son coût ({ $cost } euros) de { $excess } euros
plan-warning-secured-over-total = le financement acquis ({ $secured } euros) dépasse de { $excess } euros le coût total ({ $total } euros)
