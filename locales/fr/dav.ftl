# Le client des serveurs de calendrier de Convene (CalDAV, WebDAV). Source : locales/en/dav.ftl (commentaires là-bas).

dav-summary = { $network } : { $created ->
    [one] { $created } réunion créée
   *[other] { $created } réunions créées
}, { $updated ->
    [one] { $updated } modifiée
   *[other] { $updated } modifiées
}, { $deleted ->
    [one] { $deleted } supprimée
   *[other] { $deleted } supprimées
} sur le serveur ; { $taken ->
    [one] { $taken } reprise du serveur
   *[other] { $taken } reprises du serveur
}{ $conflicts ->
    [0] {""}
    [one] ; { $conflicts } conflit à résoudre (convene conflicts)
   *[other] ; { $conflicts } conflits à résoudre (convene conflicts)
}.
dav-last-result-pull = lecture : { $summary }
dav-last-result-failed = échec : { $error }
dav-created-on-server = « { $title } » a été créée sur le serveur et est maintenant une réunion ici
dav-rewritten-on-server = « { $title } » a été réécrite sur le serveur (sans changement que Convene affiche)
dav-changed-on-server = « { $title } » a été modifiée sur le serveur : { $changes }
dav-line-with-provenance = { $line } ({ $details })
dav-series-on-server = « { $title } » se répète sur le serveur : réunions créées ici : { $count }, une par occurrence dans les dates du réseau ; la série reste celle du serveur (ses modifications arrivent ici, Convene ne la réécrit pas)
dav-series-changed-on-server = « { $title } », une série du serveur, y a été modifiée : réunions mises à jour ici : { $count }
dav-series-replaced-here = « { $title } » du { $date } avait été modifiée ou supprimée ici, mais elle appartient à une série du serveur : la version de la série a été reprise
dav-series-not-published = « { $title } » du { $date } appartient à une série du serveur : les modifications faites ici ne sont pas publiées (modifiez la série dans un agenda)
dav-series-deleted-here = la réunion du { $date } d'une série du serveur a été supprimée ici : elle reste dans la série du serveur
dav-changed-on-both-sides = « { $title } » a été modifiée ici et sur le serveur
dav-deleted-on-server = « { $title } » a été supprimée sur le serveur ; elle est gardée ici jusqu’à votre choix (convene conflicts)
dav-changed-meanwhile = « { $title } » a été modifiée entre-temps sur le serveur (412) ; rien n’a été écrasé
dav-no-readable-event = { $href } ne contient aucun événement lisible sur le serveur ; laissé tel quel
dav-not-taken = { $href } : la version du serveur n’a pas pu être reprise : { $error }

dav-request-principal = la recherche de l’utilisateur (PROPFIND)
dav-request-calendar-home = la recherche du dossier des calendriers (PROPFIND)
dav-request-calendars = la liste des calendriers
dav-request-create-calendar = la création du calendrier (MKCALENDAR)
dav-request-calendar-changes = la lecture des changements du calendrier (REPORT)
dav-request-calendar = la lecture du calendrier (REPORT)
dav-request-calendar-at = la lecture du calendrier { $href }
dav-request-calendar-listing = la liste du contenu du calendrier (PROPFIND)
dav-request-changed-events = la lecture des événements modifiés (REPORT calendar-multiget)
dav-request-create-event = la création d’un événement (PUT)
dav-request-update-event = la mise à jour d’un événement (PUT)
dav-request-delete-event = la suppression d’un événement (DELETE)
dav-request-read-file = la lecture de { $href }
dav-request-write-file = l’écriture de { $href }

dav-error-dns = le nom du serveur { $host } est introuvable (DNS) : vérifiez l’adresse du compte (convene account list) et votre connexion à Internet
dav-error-refused = { $url } a refusé la connexion : le serveur est arrêté, ou l’adresse ou le port est faux ; rien n’a été modifié ici, réessayez quand il sera en marche
dav-error-timeout = { $url } n’a pas répondu en { $seconds } secondes : le serveur ou le réseau est en panne ; rien n’a été modifié ici, réessayez plus tard
dav-error-tls = le certificat TLS de { $url } n’est pas reconnu ({ $detail }) : si le serveur a sa propre autorité de certification, ajoutez de nouveau le compte avec --ca-file PEM
dav-error-unauthorized = { $url } a refusé le nom d’utilisateur ou le mot de passe (401) : vérifiez le nom d’utilisateur (convene account list) et donnez le bon mot de passe (--password-stdin, CONVENE_DAV_PASSWORD ou le trousseau)
dav-error-not-caldav = { $url } n’est pas un serveur CalDAV ({ $detail }) : donnez l’adresse du serveur de calendrier (pour Nextcloud, https://HOST/remote.php/dav)
dav-error-no-password = pas de mot de passe pour le compte « { $account } » : aucun trousseau n’a répondu ({ $detail }) ; donnez-le avec --password-stdin ou dans CONVENE_DAV_PASSWORD
dav-error-forbidden = { $url } a répondu { $status } à { $what } : le compte n’a pas le droit de le faire ; vérifiez ses droits sur le serveur
dav-error-not-found = { $url } a répondu { $status } à { $what } : le calendrier ou le fichier n’est pas (ou plus) là ; publiez de nouveau pour le créer
dav-error-not-supported = { $url } a répondu { $status } à { $what } : le serveur ne le propose pas ; ce n’est peut-être pas un serveur CalDAV/WebDAV
dav-error-changed = { $url } a répondu { $status } à { $what } : quelqu’un l’a modifié entre-temps sur le serveur ; rien n’a été écrasé
dav-error-full = { $url } a répondu { $status } à { $what } : le serveur n’a plus de place
dav-error-failed = { $url } a répondu { $status } à { $what } : le serveur a échoué ; réessayez plus tard
dav-error-unexpected = { $url } a répondu { $status } à { $what } : une réponse dont Convene ne sait que faire
dav-error-other = l’échange avec { $url } a échoué : { $detail }
dav-detail-not-webdav-xml = sa réponse à { $what } n’est pas du XML WebDAV : { $detail }
dav-detail-request = { $what } : { $detail }
dav-detail-no-calendar-home = l’utilisateur { $principal } n’indique aucun dossier de calendriers (calendar-home-set)
dav-detail-no-free-calendar-name = aucun nom libre pour le calendrier sous { $home }
dav-detail-not-utf8 = { $href } n’est pas du texte UTF-8

dav-ca-file-unreadable = { $path } n’a pas pu être lu comme certificats PEM ({ $detail }) ; donnez le certificat de l’autorité de certification du serveur au format PEM
dav-ca-file-empty = { $path } ne contient aucun certificat ; donnez le certificat de l’autorité de certification du serveur au format PEM
dav-not-a-web-address = « { $url } » n’est pas une adresse web ({ $detail })
dav-user-not-for-http = le nom d’utilisateur contient des caractères que HTTP ne peut pas transmettre
dav-password-stdin-empty = --password-stdin a lu une ligne vide : envoyez-lui le mot de passe par un tube, par exemple `printf %s "$PASS" | convene ...`
dav-network-not-published = { $network } n’est pas encore publié : lancez d’abord convene publish { $slug } --account NOM
dav-no-plan-file = il n’y a pas de fichier de plan à { $href } sur { $server } : envoyez-le d’abord (convene plan push { $plan } --account { $account })
