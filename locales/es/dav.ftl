# El cliente de servidores de calendario de Convene (CalDAV, WebDAV). Fuente: locales/en/dav.ftl (comentarios allí).

dav-summary = { $network }: { $created ->
    [one] { $created } reunión creada
   *[other] { $created } reuniones creadas
}, { $updated ->
    [one] { $updated } modificada
   *[other] { $updated } modificadas
}, { $deleted ->
    [one] { $deleted } eliminada
   *[other] { $deleted } eliminadas
} en el servidor; { $taken ->
    [one] { $taken } tomada del servidor
   *[other] { $taken } tomadas del servidor
}{ $conflicts ->
    [0] {""}
    [one] ; { $conflicts } conflicto por resolver (convene conflicts)
   *[other] ; { $conflicts } conflictos por resolver (convene conflicts)
}.
dav-last-result-pull = lectura: { $summary }
dav-last-result-failed = error: { $error }
dav-created-on-server = «{ $title }» se creó en el servidor y ahora es una reunión aquí
dav-rewritten-on-server = «{ $title }» se reescribió en el servidor (sin ningún cambio que Convene muestre)
dav-changed-on-server = «{ $title }» se modificó en el servidor: { $changes }
dav-line-with-provenance = { $line } ({ $details })
dav-series-on-server = «{ $title }» se repite en el servidor: reuniones creadas aquí: { $count }, una por repetición dentro de las fechas de la red; la serie sigue siendo del servidor (sus cambios llegan aquí, Convene no la reescribe)
dav-series-changed-on-server = «{ $title }», una serie del servidor, se modificó allí: reuniones actualizadas aquí: { $count }
dav-series-replaced-here = «{ $title }» del { $date } se había modificado o eliminado aquí, pero pertenece a una serie del servidor: se tomó la versión de la serie
dav-series-not-published = «{ $title }» del { $date } pertenece a una serie del servidor: los cambios hechos aquí no se publican (modifique la serie en un programa de calendario)
dav-series-deleted-here = la reunión del { $date } de una serie del servidor se eliminó aquí: sigue en la serie del servidor
dav-changed-on-both-sides = «{ $title }» se modificó aquí y en el servidor
dav-deleted-on-server = «{ $title }» se eliminó en el servidor; se conserva aquí hasta que usted decida (convene conflicts)
dav-changed-meanwhile = «{ $title }» se modificó mientras tanto en el servidor (412); no se sobrescribió nada
dav-no-readable-event = { $href } no contiene ningún evento legible en el servidor; se ha dejado como está
dav-not-taken = { $href }: no se pudo tomar la versión del servidor: { $error }

dav-request-principal = la búsqueda del usuario (PROPFIND)
dav-request-calendar-home = la búsqueda de la carpeta de calendarios (PROPFIND)
dav-request-calendars = la lista de calendarios
dav-request-create-calendar = la creación del calendario (MKCALENDAR)
dav-request-calendar-changes = la lectura de los cambios del calendario (REPORT)
dav-request-calendar = la lectura del calendario (REPORT)
dav-request-calendar-at = la lectura del calendario { $href }
dav-request-calendar-listing = la lista del contenido del calendario (PROPFIND)
dav-request-changed-events = la lectura de los eventos modificados (REPORT calendar-multiget)
dav-request-create-event = la creación de un evento (PUT)
dav-request-update-event = la actualización de un evento (PUT)
dav-request-delete-event = la eliminación de un evento (DELETE)
dav-request-read-file = la lectura de { $href }
dav-request-write-file = la escritura de { $href }

dav-error-dns = no se encontró el nombre del servidor { $host } (DNS): compruebe la dirección de la cuenta (convene account list) y su conexión a Internet
dav-error-refused = { $url } rechazó la conexión: el servidor está caído o la dirección o el puerto son incorrectos; aquí no se cambió nada, vuelva a intentarlo cuando funcione
dav-error-timeout = { $url } no respondió en { $seconds } segundos: el servidor o la red no funcionan; aquí no se cambió nada, vuelva a intentarlo más tarde
dav-error-tls = el certificado TLS de { $url } no es de confianza ({ $detail }): si el servidor usa su propia autoridad de certificación, vuelva a añadir la cuenta con --ca-file PEM
dav-error-unauthorized = { $url } rechazó el nombre de usuario o la contraseña (401): compruebe el nombre de usuario (convene account list) e indique la contraseña correcta (--password-stdin, CONVENE_DAV_PASSWORD o el llavero)
dav-error-not-caldav = { $url } no es un servidor CalDAV ({ $detail }): indique la dirección del servidor de calendarios (en Nextcloud, https://HOST/remote.php/dav)
dav-error-no-password = no hay contraseña para la cuenta «{ $account }»: ningún llavero respondió ({ $detail }); indíquela con --password-stdin o en CONVENE_DAV_PASSWORD
dav-error-forbidden = { $url } respondió { $status } a { $what }: la cuenta no tiene permiso para hacerlo; compruebe sus permisos en el servidor
dav-error-not-found = { $url } respondió { $status } a { $what }: el calendario o el archivo no está (o ya no está); vuelva a publicar para crearlo
dav-error-not-supported = { $url } respondió { $status } a { $what }: el servidor no ofrece esto; puede que no sea un servidor CalDAV/WebDAV
dav-error-changed = { $url } respondió { $status } a { $what }: alguien lo cambió mientras tanto en el servidor; no se sobrescribió nada
dav-error-full = { $url } respondió { $status } a { $what }: el servidor no tiene espacio
dav-error-failed = { $url } respondió { $status } a { $what }: el servidor falló; vuelva a intentarlo más tarde
dav-error-unexpected = { $url } respondió { $status } a { $what }: una respuesta con la que Convene no sabe qué hacer
dav-error-other = falló la comunicación con { $url }: { $detail }
dav-detail-not-webdav-xml = su respuesta a { $what } no es XML de WebDAV: { $detail }
dav-detail-request = { $what }: { $detail }
dav-detail-no-calendar-home = el usuario { $principal } no indica ninguna carpeta de calendarios (calendar-home-set)
dav-detail-no-free-calendar-name = no queda ningún nombre libre para el calendario en { $home }
dav-detail-not-utf8 = { $href } no es texto UTF-8

dav-ca-file-unreadable = { $path } no se pudo leer como certificados PEM ({ $detail }); indique el certificado de la autoridad de certificación del servidor en formato PEM
dav-ca-file-empty = { $path } no contiene ningún certificado; indique el certificado de la autoridad de certificación del servidor en formato PEM
dav-not-a-web-address = «{ $url }» no es una dirección web ({ $detail })
dav-user-not-for-http = el nombre de usuario contiene caracteres que HTTP no puede transmitir
dav-password-stdin-empty = --password-stdin leyó una línea vacía: pásele la contraseña por una tubería, p. ej. `printf %s "$PASS" | convene ...`
dav-network-not-published = { $network } aún no está publicada: ejecute primero convene publish { $slug } --account NOMBRE
dav-no-plan-file = no hay ningún archivo de plan en { $href } en { $server }: súbalo primero (convene plan push { $plan } --account { $account })
