# Errors and validation messages of Convene's core. Source: locales/en/errors.ftl (comments there).
error-required = no puede estar vacío
error-too-long = { $count ->
    [one] tiene { $count } carácter; el límite es { $max }
   *[other] tiene { $count } caracteres; el límite es { $max }
}
error-not-an-email = «{ $value }» no es una dirección de correo electrónico (se espera nombre@ejemplo.org)
error-url-scheme = «{ $value }» debe empezar por https:// o http://
error-not-a-url = «{ $value }» no es una dirección web
error-year-out-of-range = el año { $year } está fuera de { $first }-{ $last }
error-not-a-date = «{ $value }» no es una fecha; escríbala como AAAA-MM-DD
error-end-before-start = { $end } es anterior al inicio, { $start }
error-unknown-zone = «{ $value }» no es una zona horaria IANA conocida (por ejemplo Europe/Riga)
error-not-yes-or-no = «{ $value }» no es yes ni no
error-appears-twice = este { $column } aparece dos veces; cada uno debe ser único
error-unknown-language = «{ $code }» no es un idioma de Convene; use uno de { $codes }
error-no-network = no hay ninguna red llamada «{ $key }»; `convene networks` las enumera
error-cancelled = Cancelado; no se ha cambiado nada.
error-database-busy = la base de datos está ocupada: otro Convene (la ventana o un comando) la retuvo más de { $seconds } segundos mientras guardaba. No se ha guardado nada; vuelva a intentarlo cuando ese trabajo haya terminado.
error-no-network-id = no hay ninguna red con el id { $id }
error-no-partner-id = no hay ningún socio con el id { $id }
error-no-contact-id = no hay ningún contacto con el id { $id }
error-no-local-group-member-id = no hay ningún miembro del grupo local con el id { $id }
error-no-meeting-id = no hay ninguna reunión con el id { $id }
error-no-milestone-id = no hay ningún hito con el id { $id }
error-no-day-off-id = no hay ningún día libre con el id { $id }
error-no-plan-id = no hay ningún plan de acción con el id { $id }
error-no-comment-id = no hay ningún comentario con el id { $id }
error-no-conflict-id = no hay ningún conflicto con el id { $id }
error-no-practice-id = no hay ninguna buena práctica con el id { $id }
error-slug-needs-letter = necesita al menos una letra o una cifra
error-slug-taken = el nombre corto «{ $slug }» ya lo usa la red { $network }; elija otro
error-lead-partner-after-network = añada primero la red y después elija su socio principal entre sus socios
error-lead-partner-elsewhere = el socio principal debe ser un socio de esta red
error-negative = no puede ser negativo
error-partner-gone = ese socio no existe
error-not-a-partner-here = { $partner } no es socio de esta red
error-not-a-uuid = «{ $value }» no es un UUID
error-not-a-plan-key = «{ $key }» no es un plan: indique su id (vea `convene plans RED`) o RED/CIUDAD, por ejemplo techtown/gavle
error-no-plan-of-city = { $network } no tiene ningún plan de un socio llamado «{ $city }»; `convene plans { $slug }` los enumera
error-no-such-file = no existe ese archivo
error-permission-denied = permiso denegado
error-cannot-read = no se puede leer { $file }: { $reason }
error-file-too-large = { $file } ocupa { $size } MB, más de lo que puede ocupar un archivo así ({ $what }, como máximo { $max } MB): ¿es el archivo correcto? No se importó nada.
error-not-utf8-expected = { $file } no es un archivo de texto (no está en UTF-8); se esperaba { $expected }. No se importó nada
error-expected-urbact-pages = texto de páginas de URBACT
error-expected-plan-file = un archivo .convene-plan
error-expected-json-export = un archivo escrito por `convene export json`
error-internal = Convene encontró un error interno: { $problem }. Por favor, notifíquelo.
error-internal-with-log = Convene encontró un error interno: { $problem }. Los detalles están en { $log }; envíe ese archivo con su notificación.
error-cannot-create-folder = no se puede crear la carpeta { $folder }: { $reason }
error-disk-full = el disco está lleno
error-disk-quota = su cuota de disco está agotada
error-file-grew-too-large = el archivo creció más de lo que permite este sistema
error-read-only = el disco, la carpeta o el archivo es de solo lectura
error-folder-gone = la carpeta no existe (o ya no existe)
error-is-a-folder = es una carpeta
error-not-a-folder = hay un archivo donde debería estar su carpeta
error-disk-io = no se pudo leer ni escribir el disco (un error de entrada/salida: ¿se ha retirado o está fallando?)
error-database-folder-gone = su carpeta no existe (o ya no: ¿se retiró un disco o una memoria USB?)
error-todo-free-space = libere espacio o elija otro disco, y vuelva a intentarlo
error-todo-writable-folder = elija una carpeta en la que pueda escribir, o haga que esta admita escritura, y vuelva a intentarlo
error-todo-check-disk = compruebe que el disco está conectado y admite escritura, o elija otra carpeta, y vuelva a intentarlo
error-cannot-write = no se puede escribir { $file }: { $problem }. No se escribió nada allí (un archivo que ya estaba no ha cambiado); { $todo }.
error-write-not-a-file-name = no se puede escribir { $file }: es una carpeta, no un nombre de archivo
error-write-is-a-folder = no se puede escribir { $file }: es una carpeta; indique un nombre de archivo dentro de ella
error-write-folder-gone = no se puede escribir { $file }: la carpeta { $folder } no existe (o ya no existe); elija otra carpeta
error-cannot-save-database = no se puede guardar en la base de datos { $file }: { $problem }. No se guardó nada de esta orden, y todo lo guardado antes sigue igual; { $todo }.
error-database-moved = no se puede usar la base de datos { $file }: el archivo se movió o eliminó mientras Convene lo tenía abierto (¿se retiró un disco o una memoria USB?). No se guardó nada de este cambio; vuelva a poner el archivo donde estaba (conecte de nuevo el disco) y vuelva a intentarlo.
error-database-locked = la base de datos { $file } está bloqueada por otro programa (una ventana u orden de Convene, o un programa como un navegador de bases de datos) que la retuvo más de { $seconds } segundos. No se guardó nada; cierre ese programa o espere a que termine su trabajo, y vuelva a intentarlo.
error-backup-folder-gone = no se puede escribir la copia de seguridad: la carpeta { $folder } no existe
error-backup-is-the-database = el archivo de copia de seguridad no puede ser la propia base de datos
error-no-data-directory = no se encuentra una carpeta de datos de este usuario donde guardar { $file } (¿está definida HOME?); indique el archivo de la base de datos con la variable de entorno { $variable } (o --db RUTA en la línea de órdenes)
error-host-gone = el anfitrión ya no es un socio
error-inserted-meeting-missing = falta una reunión recién insertada
error-no-meeting-key = no hay ninguna reunión con el id o UID «{ $key }»
error-ical-line = línea { $line }: { $reason }
error-ical-starts-with-continuation = el archivo empieza con una línea de continuación (una línea que empieza con un espacio)
error-ical-not-utf8 = no es texto UTF-8; guarde el calendario como UTF-8 e impórtelo de nuevo
error-ical-not-a-line = «{ $text }» no es una línea de iCalendar (se esperaba NOMBRE:valor, como SUMMARY:Reunión inicial)
error-ical-bad-parameter = un parámetro de { $name } está mal formado en «{ $text }» (se esperaba ;NOMBRE=valor)
error-ical-unclosed-quote = un parámetro entre comillas de { $name } nunca se cierra en «{ $text }»
error-ical-begin-no-name = BEGIN:{ $value } no nombra ningún componente
error-ical-too-deep = BEGIN:{ $name } está anidado a { $depth } componentes de profundidad; un calendario anida como máximo { $max }
error-ical-end-closes-nothing = END:{ $name } no cierra nada (no hay ningún BEGIN:{ $name } antes)
error-ical-end-mismatch = END:{ $name } no corresponde a BEGIN:{ $begin } de la línea { $begin_line }
error-ical-outside-calendar = { $name } está fuera de BEGIN:VCALENDAR ... END:VCALENDAR
error-ical-never-closed = BEGIN:{ $name } nunca se cierra con END:{ $name } (el archivo termina en la línea { $last_line })
error-ical-nothing-imported = { $message }. No se importó nada.
error-ical-empty = el archivo está vacío; se esperaba un archivo iCalendar (.ics) que empiece por BEGIN:VCALENDAR
error-ical-not-icalendar = esto no es un archivo iCalendar: debería empezar por BEGIN:VCALENDAR, pero la línea { $line } dice «{ $text }»
error-ical-event-refused = el evento «{ $title }» no se puede importar: { $field }: { $reason }
ical-skipped-titled-uid = línea { $line }: «{ $title }» (UID { $uid }) se omitió: { $reason }
ical-skipped-titled = línea { $line }: «{ $title }» se omitió: { $reason }
ical-skipped-uid = línea { $line }: un evento (UID { $uid }) se omitió: { $reason }
ical-skipped = línea { $line }: un evento se omitió: { $reason }
ical-summary-nothing-imported = No se pudo importar ninguno de los eventos del archivo: { $skipped ->
    [one] se omitió { $skipped } evento
   *[other] se omitieron { $skipped } eventos
}, cada uno listado con su línea y su motivo; no se importó nada.
ical-summary-no-events = El calendario no contiene eventos para esta red; no se importó nada{ $skipped ->
    [0] {""}
    [one] ; { $skipped } evento omitido
   *[other] ; { $skipped } eventos omitidos
}.
ical-summary-unchanged = No ha cambiado nada: { $unchanged ->
    [one] { $unchanged } evento de este archivo ya está guardado
   *[other] los { $unchanged } eventos de este archivo ya están guardados
}{ $skipped ->
    [0] {""}
    [one] ; { $skipped } evento omitido
   *[other] ; { $skipped } eventos omitidos
}.
ical-summary = { $created ->
    [one] Creada { $created } reunión
   *[other] Creadas { $created } reuniones
}, { $updated ->
    [one] { $updated } modificada
   *[other] { $updated } modificadas
}, { $unchanged } sin cambios{ $skipped ->
    [0] {""}
    [one] ; { $skipped } evento omitido
   *[other] ; { $skipped } eventos omitidos
}.
ical-warning-other-network = línea { $line }: «{ $title }» (UID { $uid }) ya es una reunión de { $network }; se dejó allí y no se importó aquí
ical-warning-occurrence-cancelled = línea { $line }: la repetición { $uid } ya no forma parte de la serie; su reunión se canceló
error-ical-not-a-date = { $name } «{ $text }» no es una fecha (iCalendar escribe las fechas como AAAAMMDD, por ejemplo 20270310)
error-ical-not-a-date-time = { $name } «{ $text }» no es una fecha con hora (iCalendar escribe AAAAMMDDTHHMMSS, por ejemplo 20270310T100000, con Z para UTC)
error-ical-not-a-duration = DURATION «{ $text }» no es una duración (por ejemplo PT1H30M o P2D)
error-ical-time-skipped = { $name } { $time } no existe en { $zone } (ese día cambia la hora)
error-ical-zone-unknown = { $name } usa la zona horaria «{ $tzid }», que no es una zona IANA (como Europe/Riga) ni un nombre de zona de Windows, y el VTIMEZONE del archivo para ella no coincide con ninguna zona
error-ical-not-a-sequence = SEQUENCE «{ $text }» no es un número entero (0, 1, 2, ...)
error-ical-uid-too-long = el UID de «{ $title }» tiene más de { $max } caracteres
error-ical-no-start = el evento «{ $title }» no tiene DTSTART (no tiene inicio)
error-ical-date-and-time-mixed = «{ $title }» empieza en una fecha pero termina a una hora, o al revés; DTSTART y DTEND deben ser ambos fechas o ambos fechas con hora
error-ical-ends-before-start = «{ $title }» termina antes de empezar
error-ical-series = «{ $title }» { $reason }
error-ical-rule-unreadable = tiene una RRULE «{ $rule }» que no se puede leer: { $detail }
error-ical-rule-unusable = tiene una RRULE «{ $rule }» que no se puede usar: { $detail }
error-ical-too-many-occurrences = se repite más de { $max } veces entre el { $from } y el { $to }; Convene crea una reunión por repetición, así que acorte la serie (UNTIL o COUNT) e impórtela de nuevo
ical-warning-floating = línea { $line }: «{ $title }» no tiene zona horaria (una hora flotante); se leyó en { $zone }, { $why }
ical-floating-calendar-zone = la zona propia del calendario (X-WR-TIMEZONE)
ical-floating-host-zone = la zona del anfitrión, { $name }
ical-floating-lead-zone = la zona del socio principal { $name }
ical-floating-utc = UTC, porque la red no tiene socio principal
ical-warning-zone-by-rules = línea { $line }: la zona horaria «{ $tzid }» no coincide con ninguna zona IANA; sus horas se leyeron con las reglas VTIMEZONE del propio archivo y se guardaron en UTC (aquí y en cada evento que la usa)
ical-warning-zone-by-offsets = línea { $line }: la zona horaria «{ $tzid }» no es un nombre de zona; los desfases de su VTIMEZONE coinciden con { $zone }, que es la que se usó (aquí y en cada evento que la usa)
ical-warning-not-a-link = línea { $line }: «{ $url }» no es una dirección web (http o https); el enlace en línea de «{ $title }» se dejó vacío
ical-warning-untitled = línea { $line }: un evento no tiene título (SUMMARY); se le llamó «{ $title }»
ical-warning-no-end = línea { $line }: «{ $title }» no tiene fin (DTEND ni DURATION); se le dio una hora
ical-warning-zero-length = línea { $line }: «{ $title }» termina cuando empieza; se le dio una hora
ical-warning-component-skipped = línea { $line }: { $count } { $name } ({ $what }) { $count ->
    [one] omitido
   *[other] omitidos
}; solo los eventos (VEVENT) se convierten en reuniones
ical-component-task = una tarea
ical-component-journal = una entrada de diario
ical-component-free-busy = tiempo libre/ocupado
ical-component-other = no es un evento
ical-warning-uid-made-up = línea { $line }: «{ $title }» no tiene UID; se le dio { $uid } (a partir de su inicio y su título), para que al importar el archivo de nuevo se encuentre
ical-warning-uid-twice = línea { $line }: el UID { $uid } aparece dos veces (líneas { $first } y { $second }); se conservó la versión con el SEQUENCE más alto
ical-warning-lone-override = línea { $line }: este RECURRENCE-ID cambia una repetición de { $uid }, que no se repite; se omitió
ical-warning-no-occurrence = línea { $line }: ninguna repetición de «{ $title }» cae entre el { $from } y el { $to }; no se creó nada a partir de él
ical-warning-series-expanded = línea { $line }: «{ $title }» se repite; { $count ->
    [one] su { $count } repetición
   *[other] sus { $count } repeticiones
} entre el { $from } y el { $to } { $count ->
    [one] se convirtió en una reunión separada
   *[other] se convirtieron en reuniones separadas
}{ $open ->
    [no-start] {" "}(la red no tiene fecha de inicio, así que la serie se leyó desde su primera repetición)
    [no-end] {" "}(la red no tiene fecha de fin, así que la serie se leyó hasta { $years } años después)
   *[none] {""}
}
ical-warning-repeated-hour = línea { $line }: «{ $title }» { $edge ->
    [start] empieza
   *[end] termina
} a las { $time } en { $zone }, en la hora que se repite al cambiar el horario, en su segunda pasada; Convene guarda esa hora en la primera pasada, una hora antes
error-not-utf8 = { $file } no es un archivo de texto (no está en UTF-8)
error-meeting-already-held = «{ $title }» ya se ha celebrado
error-meeting-undated-not-confirmed = «{ $title }» aún no tiene fecha; dele una fecha antes de confirmarla
error-meeting-not-begun = «{ $title }» empieza el { $when }, que aún no ha llegado; no puede haberse celebrado
error-meeting-cancelled-not-held = «{ $title }» se canceló; no puede haberse celebrado
error-meeting-postponed-not-held = «{ $title }» está aplazada; dele su nueva fecha, o confírmela, antes de marcarla como celebrada
error-meeting-undated-not-held = «{ $title }» aún no tiene fecha; no puede haberse celebrado
error-meeting-cancelled-not-postponed = «{ $title }» se canceló; no se puede aplazar
error-meeting-already-postponed = «{ $title }» ya está aplazada sin nueva fecha
error-meeting-nothing-to-postpone = «{ $title }» aún no tiene fecha, así que no hay nada que aplazar; dele una fecha en su lugar
error-postpone-needs-date = una reunión aplazada necesita su nueva fecha, o ninguna
error-postpone-not-later = la nueva fecha, { $new }, no es posterior a la actual, { $old }; para adelantar una reunión, cambie su fecha
error-agenda-item-ends-before = el punto debe terminar después de empezar
error-agenda-empty-no-item = el orden del día de «{ $title }» está vacío; no hay punto { $number }
error-agenda-no-item = no hay punto { $number }; { $count ->
    [one] el orden del día tiene { $count } punto
   *[other] el orden del día tiene los puntos 1 a { $count }
}
error-agenda-not-a-place = { $position } no es una posición en un orden del día de { $count ->
    [one] { $count } punto
   *[other] { $count } puntos
}; use 1 a { $last }
error-reminder-out-of-range = un aviso { $minutes } minutos antes no es posible; elija entre 1 minuto y 4 semanas antes, o ninguno
error-export-all-undated = { $count ->
    [one] La reunión de aquí aún no tiene fecha
   *[other] Las { $count } reuniones de aquí aún no tienen fecha
}, así que no hay nada que poner en un calendario; ponga primero una fecha. No se guardó nada.
error-export-none-between = No hay ninguna reunión entre el { $from } y el { $to }. No se guardó nada.
error-export-none-from = No hay ninguna reunión a partir del { $from }. No se guardó nada.
error-export-none-until = No hay ninguna reunión hasta el { $to }. No se guardó nada.
error-export-none = Aún no hay ninguna reunión que poner en un calendario. No se guardó nada.
error-calendar-too-large = { $file } ocupa { $size } MB, más de lo que puede ocupar un calendario de reuniones ({ $max } MB como máximo); elija una exportación de las reuniones que necesita. No se importó nada.
error-not-one-of = «{ $value }» no es uno de: { $choices }
error-not-a-contact-here = { $contact } no es un contacto de esta red
error-attendee-twice = este asistente figura dos veces en la reunión
error-meeting-needs-zone = elija una zona horaria, o un anfitrión cuya zona tome la reunión
error-undated-needs-words = diga con palabras cuándo está prevista, o indique el año
error-meeting-ends-before = la reunión debe terminar después de empezar
error-last-day-before-first = el último día, { $last }, es anterior al primero, { $first }
error-not-a-month-number = { $month } no es un mes (1-12)
error-not-a-timestamp = «{ $value }» no es una marca de tiempo (se esperaba, por ejemplo, 2024-05-01T09:30:00Z)
error-not-working-hours = «{ $text }» no es un horario laboral; escríbalo como HH:MM-HH:MM, por ejemplo 09:00-17:00
error-working-day-ends-before = la jornada laboral debe terminar después de empezar ({ $end } no es posterior a { $start })
error-no-partners-to-schedule = { $network } aún no tiene socios, así que no hay para quién buscar una hora; añada primero sus socios
error-not-a-partner-of = { $id } no es un socio de { $network }
error-partner-zone-unknown = la zona horaria «{ $zone }» de { $partner } no se conoce
error-range-too-long = elija un intervalo de como máximo { $max } días
error-days-out-of-range = ¿una reunión de { $days } días? Elija de 1 a { $max }
error-not-a-duration = «{ $text }» no es una duración; escríbala como 2h, 90m, 1h30 o 1:30
error-slot-range-too-long = { $days } días es más de lo que el buscador recorre de una vez ({ $max }); elija un intervalo más corto
error-slot-length-out-of-range = { $minutes } minutos no es una duración de reunión que el buscador coloque; elija entre 15 minutos y 24 horas (para días enteros, pida días)
error-slot-limit-out-of-range = elija entre 1 y { $max } franjas que enumerar
error-not-a-partner-id-here = { $id } no es el id de un socio de esta red
error-partner-not-in-network = { $partner } no es un socio de { $network }
error-meeting-of-another-network = la reunión { $id } ({ $title }) pertenece a otra red, no a { $network }
error-plan-no-row = este plan no tiene { $row ->
    [indicator] ningún indicador
    [risk] ningún riesgo
   *[action] ninguna acción
} con el id { $id }
error-plan-no-revisions = el plan de acción { $id } no tiene ninguna revisión
error-plan-no-revision = este plan no tiene la revisión { $number }; sus revisiones van de 1 a { $newest }
error-poll-partner-elsewhere = el socio { $id } no es un socio de la red de esta encuesta
error-poll-option-elsewhere = la opción { $id } no es una opción de esta encuesta

## The window's calendar-server messages (src-tauri/src/commands/dav.rs): the client's
## failures without the command line's options, as whole sentences.

# $account: the account's name.
error-window-dav-no-password = No hay ninguna contraseña guardada para «{ $account }»: este ordenador no tiene llavero. Escriba la contraseña para continuar.
# $url: the server's address.
error-window-dav-unauthorized = El servidor { $url } rechazó el nombre de usuario o la contraseña (401): compruebe ambos y vuelva a intentarlo.
# $host: the server's name.
error-window-dav-dns = No se encontró el nombre del servidor { $host }: compruebe la dirección de la cuenta en Ajustes y su conexión a Internet.
error-window-dav-refused = El servidor { $url } rechazó la conexión: está caído, o la dirección o el puerto son incorrectos. No se ha cambiado nada aquí; vuelva a intentarlo cuando funcione.
# $seconds: how long Convene waited.
error-window-dav-timeout = El servidor { $url } no respondió en { $seconds } segundos: el servidor o la red están caídos. No se ha cambiado nada aquí; vuelva a intentarlo más tarde.
# $detail: the technical reason, as the TLS library gives it.
error-window-dav-tls = El certificado del servidor { $url } no es de confianza ({ $detail }). Si el servidor usa su propia autoridad de certificación, vuelva a añadir la cuenta en Ajustes con su archivo de CA.
error-window-dav-not-caldav = El servidor { $url } no es un servidor de calendarios ({ $detail }): indique la dirección del servidor CalDAV (para Nextcloud, https://HOST/remote.php/dav).
# $status: the HTTP status the server answered (403, 404...).
error-window-dav-forbidden = El servidor { $url } respondió { $status }: esta cuenta no tiene permiso para hacerlo. Compruebe sus permisos en el servidor.
error-window-dav-not-found = El servidor { $url } respondió { $status }: el calendario o el archivo ya no está. Vuelva a publicar para crearlo.
error-window-dav-not-supported = El servidor { $url } respondió { $status }: no ofrece esta operación, así que quizá no sea un servidor CalDAV o WebDAV.
error-window-dav-changed = El servidor { $url } respondió { $status }: alguien lo cambió en el servidor mientras tanto. No se ha sobrescrito nada.
error-window-dav-full = El servidor { $url } respondió { $status }: se ha quedado sin espacio.
error-window-dav-failed = El servidor { $url } respondió { $status }: ha fallado. Vuelva a intentarlo más tarde.
error-window-dav-unexpected = El servidor { $url } respondió { $status }, una respuesta que Convene no sabe tratar.
error-window-dav-other = Falló la comunicación con el servidor { $url }: { $detail }
error-window-plan-changed-on-server = Alguien ha subido este plan al servidor desde la última vez que este ordenador lo leyó, así que no se ha sobrescrito nada. Traiga primero el plan del servidor y después súbalo de nuevo.
error-window-plan-not-on-server = Todavía no hay ningún archivo de este plan en { $url }: súbalo primero al servidor.
error-window-dav-ca-file-not-chosen = Vuelva a elegir el archivo de CA: esta ventana ya no tiene el que eligió antes.
# The title of the open dialog for a CA file.
window-dav-choose-ca-file = El archivo PEM de la autoridad de certificación del servidor
window-dialog-calendar-add-meeting = Añadir «{ $name }» a un calendario
window-dialog-calendar-save = Guardar el calendario de { $name }
window-dialog-calendar-import = Importar un calendario en { $network }
window-dialog-plan-export = Exportar { $plan } como { $format }
window-dialog-plan-send = Enviar { $plan } a un socio
window-dialog-plan-receive = Recibir un plan de un socio
window-dialog-backup-save = Guardar una copia de seguridad de Convene
window-dialog-backup-restore = Restaurar Convene desde una copia de seguridad
window-dialog-urbact-import = Importar páginas de URBACT guardadas como texto
window-dialog-export-json = Exportar todo como JSON
window-dialog-poll-replies = Añadir respuestas a la encuesta
file-kind-icalendar = iCalendar
file-kind-plan = Plan de Convene
file-kind-backup = Copia de seguridad de Convene
file-kind-urbact-pages = Páginas de URBACT guardadas como texto
file-kind-json = JSON
file-kind-pem = PEM
file-kind-replies = Respuestas (correo o calendario)
file-kind-docx = documento de Word
file-kind-pdf = documento PDF
file-kind-markdown = Markdown
file-kind-html = página web
error-window-no-backup-chosen = no se ha elegido ninguna copia de seguridad; elija primero la copia que quiere restaurar
window-dav-password-not-given = No se indicó contraseña: la publicación la pedirá.
window-dav-password-stored = La contraseña está en el llavero de este ordenador.
window-dav-password-no-keyring = Este ordenador no tiene llavero, así que la contraseña no se guardó: la publicación la pedirá.

error-database-schema-mismatch = { $path } está en la versión de esquema { $version }; se esperaba la { $expected }
error-database-migration-failed = la migración { $name } ha fallado: { $reason }
error-not-a-convene-database = { $path } no es una base de datos de Convene ({ $detail })
error-database-no-schema-version = contiene tablas pero ninguna versión de esquema de Convene
error-database-newer = { $path } fue escrito por una versión más reciente de Convene (esquema { $version }; esta versión lee hasta el { $latest }). Actualice Convene para abrirlo; el archivo no se ha modificado.
error-network-has-dependents = eliminar { $network } eliminaría también { $dependents }; confirme la eliminación en cascada para borrarlo todo
error-partner-has-dependents = eliminar { $partner } afectaría también a { $dependents }; confirme la eliminación en cascada para continuar
count-partners = { $count ->
    [one] { $count } socio
   *[other] { $count } socios
}
count-contacts = { $count ->
    [one] { $count } contacto
   *[other] { $count } contactos
}
count-meetings = { $count ->
    [one] { $count } reunión
   *[other] { $count } reuniones
}
count-milestones = { $count ->
    [one] { $count } hito
   *[other] { $count } hitos
}
count-action-plans = { $count ->
    [one] { $count } plan de acción
   *[other] { $count } planes de acción
}
count-import-notes = { $count ->
    [one] { $count } nota de importación
   *[other] { $count } notas de importación
}
count-local-group-members = { $count ->
    [one] { $count } miembro del grupo local
   *[other] { $count } miembros del grupo local
}
count-attendance-records = { $count ->
    [one] { $count } registro de asistencia
   *[other] { $count } registros de asistencia
}
count-days-off = { $count ->
    [one] { $count } día libre
   *[other] { $count } días libres
}
count-networks = { $count ->
    [one] { $count } red
   *[other] { $count } redes
}
count-agenda-items = { $count ->
    [one] { $count } punto del orden del día
   *[other] { $count } puntos del orden del día
}
count-good-practices = { $count ->
    [one] { $count } buena práctica
   *[other] { $count } buenas prácticas
}
count-polls = { $count ->
    [one] { $count } encuesta
   *[other] { $count } encuestas
}
count-contact-emails = { $count ->
    [one] { $count } correo de contacto
   *[other] { $count } correos de contacto
}
count-list-and = { $first } y { $last }
count-hosted-meetings = { $count ->
    [one] { $count } reunión que perdería su anfitrión
   *[other] { $count } reuniones que perderían su anfitrión
}
count-city-plans = { $count ->
    [one] { $count } plan de acción que perdería su ciudad
   *[other] { $count } planes de acción que perderían su ciudad
}
error-several-plans-of-city = { $network } tiene { $count } planes de { $city } (ids { $ids }); indique el id del plan
error-published-with-other-account = esta red se publica con la cuenta «{ $other }», no «{ $account }»; use --account { $other }
error-plan-file-changed-on-server = { $href } se modificó en el servidor desde la última vez que este equipo lo leyó; no se ha sobrescrito nada: ejecute primero convene plan pull { $plan } --account { $account } y luego push
error-poll-closed = la encuesta «{ $poll }» se cerró; una encuesta cerrada se conserva tal cual y no puede modificarse. Modifique en su lugar la reunión que creó
error-poll-closed-on-option = la encuesta «{ $poll }» se cerró con la opción { $number } ({ $when }); una encuesta cerrada se conserva tal cual y no puede modificarse. Modifique en su lugar la reunión que creó
error-day-off-twice = { $partner } ya tiene el día no laborable «{ $name }» el { $date }
error-plan-conflict-settled = el conflicto en «{ $label }» ya se resolvió ({ $resolution })
error-import-database-not-empty = la base de datos ya contiene datos ({ $held }); una exportación JSON solo se importa en una base de datos vacía, para que cada id siga siendo el mismo. Impórtela en un archivo de base de datos nuevo, por ejemplo: convene --db new.db import json ARCHIVO. No se ha cambiado nada
error-import-database-not-empty-at = la base de datos { $path } ya contiene datos ({ $held }); una exportación JSON solo se importa en una base de datos vacía, para que cada id siga siendo el mismo. Impórtela en un archivo de base de datos nuevo, por ejemplo: convene --db new.db import json ARCHIVO. No se ha cambiado nada
error-account-needs-name = una cuenta necesita un nombre (por ejemplo «nextcloud»)
error-account-name-too-long = un nombre de cuenta tiene como máximo { $max } caracteres
error-account-url-not-web = «{ $url }» no es una dirección web: debe empezar por https:// (o http:// para un servidor en este equipo)
error-account-url-no-server = «{ $url }» no indica ningún servidor
error-account-url-spaces-or-long = la dirección contiene espacios o es demasiado larga
error-account-needs-user = el servidor necesita un nombre de usuario
error-account-ca-not-a-file = { $file } no es un archivo: indique el archivo PEM de la autoridad de certificación del servidor
error-account-exists = ya existe una cuenta llamada «{ $name }»; elimínela primero (convene account remove { $name }) o elija otro nombre
error-no-account-named = no hay ninguna cuenta llamada «{ $name }» (convene account list las muestra)
error-account-removed = la cuenta { $id } se eliminó
error-no-open-calendar-conflict = no hay ningún conflicto abierto { $id } (convene conflicts los enumera)

error-amount-negative = { $amount } es negativo; los importes son euros gastados o recibidos, 0 o más
error-amount-too-many-decimals = { $amount } tiene más de dos decimales; escriba euros y céntimos, por ejemplo 1250.50
error-amount-too-large = { $amount } supera los { $max } euros
error-amount-has-comma = «{ $text }» tiene una coma; escriba los euros con un punto para los céntimos y sin separador de miles, por ejemplo 1250.50
error-not-an-amount = «{ $text }» no es un importe en euros (por ejemplo 1250.50)
error-not-a-month = «{ $text }» no es un mes; escríbalo como AAAA-MM, por ejemplo 2025-03
error-plan-no-section = este plan no tiene ninguna sección «{ $key }»
error-plan-no-section-of = este plan no tiene ninguna sección «{ $key }»; sus secciones son { $keys }
error-plan-too-many-sections = un plan tiene como máximo { $max } secciones
error-not-a-section-key = «{ $key }» no es una clave de sección (minúsculas, dígitos y -)
error-section-twice = la sección «{ $key }» aparece dos veces
error-custom-section-standard-key = una sección personalizada no puede usar una clave estándar
error-not-a-standard-section = no es una de las secciones estándar
error-standard-section-missing = falta la sección estándar «{ $title }» ({ $key })
error-plan-too-many-rows = un plan tiene como máximo { $max } acciones, { $max } indicadores y { $max } riesgos
error-action-too-many-funding-lines = una acción tiene como máximo { $max } líneas de financiación
error-indicator-not-of-plan = el indicador { $id } no es de este plan
error-indicator-linked-twice = el indicador { $id } está vinculado dos veces
error-not-one-to-five = { $value } no está entre 1 y 5
error-plan-adoption-date-not-adopted = solo un plan aprobado tiene fecha de aprobación
error-plan-already-adopted = el plan ya está aprobado; devuélvalo a «Definitivo» para registrar otra fecha de aprobación
error-plan-status-move = { $from ->
    [in_review] un plan «En revisión» solo puede pasar a «Borrador» o «Definitivo»
    [final] un plan «Definitivo» solo puede pasar a «En revisión» o «Aprobado»
    [adopted] un plan «Aprobado» solo puede pasar a «Definitivo»
   *[draft] un plan «Borrador» solo puede pasar a «En revisión»
}, no a { $to ->
    [draft] «Borrador»
    [in_review] «En revisión»
    [final] «Definitivo»
   *[adopted] «Aprobado»
}
error-plan-adoption-date-needed = indique la fecha en que el pleno municipal aprobó el plan (AAAA-MM-DD)
error-standard-section-title = «{ $title }» es una sección estándar del Plan de Acción Integrado; su título se mantiene
error-section-order-unknown = «{ $key }» no es una sección de este plan o aparece dos veces
error-section-order-leaves-out = el nuevo orden omite la sección «{ $key }»
error-standard-section-remove = «{ $key }» es una sección estándar del Plan de Acción Integrado y no puede eliminarse; déjela vacía

error-id-twice = { $id } aparece dos veces

error-urbact-refused = { $reason }; se esperaba el texto de páginas de redes o de buenas prácticas de URBACT, cada una terminada en una línea «Ref nid». No se ha importado nada.
error-urbact-nul-byte = el archivo es binario, no texto (tiene un byte NUL en la línea { $line })
error-urbact-control-byte = el archivo es binario, no texto (tiene un byte de control en la línea { $line })
error-urbact-not-utf8 = el archivo no es texto UTF-8 (el byte { $byte } de la línea { $line } no es UTF-8 válido); guarde el texto de las páginas como UTF-8 e impórtelo de nuevo. No se ha importado nada.
error-urbact-empty = el archivo está vacío
error-time-skipped = { $time } no existe en { $zone } (ese día cambia la hora); elija otra hora
error-urbact-network-unsaved = línea { $line }: la red «{ $network }» no se puede guardar ({ $error }); no se importó nada
error-urbact-markup = el archivo es marcado HTML o XML, no texto de página; abra la página en un navegador, copie su texto y guárdelo. Se esperaba el texto de páginas de redes o de buenas prácticas de URBACT, cada una terminada en una línea «Ref nid». No se ha importado nada.
error-urbact-no-ref-nid = el archivo no tiene ninguna línea «Ref nid», así que no contiene ninguna página
error-urbact-no-page-records = { $count ->
    [one] la única página del archivo no es
   *[other] ninguna de las { $count } páginas del archivo es
} una página de red (con socio principal o una lista de socios «Ciudad - País») ni una página de buena práctica

error-holidays-unknown-country = Convene no tiene festivos para «{ $country }»; conoce estos países (códigos ISO 3166-1): { $codes }
error-holidays-no-regions-of = Convene no conoce ninguna región de { $country }; deje la región vacía (tiene regiones para: { $codes })
error-holidays-no-regional = Convene no conoce ningún festivo regional en { $country }; deje la región vacía
error-holidays-unknown-region = «{ $region }» no es una región de { $country } que Convene conozca; use un código ISO 3166-2 como { $example }: { $codes }
error-server-resource-no-uid = el recurso del servidor no contiene ningún evento con UID
error-server-version-unreadable = no se pudo leer la versión del servidor: { $skipped }

error-merged-row-invalid = la fila combinada no es válida: { $reason }
error-merged-row-id-changed = la fila combinada debe conservar su id
error-plan-no-conflicts = este plan no tiene ningún conflicto que resolver
error-plan-no-conflict-in = este plan no tiene ningún conflicto abierto en «{ $key }»; conflictos abiertos: { $keys }
error-revision-parent-not-earlier = { $uuid } no aparece antes en el archivo
error-revision-twice = la revisión { $uuid } aparece dos veces
error-snapshot-part-missing = remite a la parte { $id }, que no está en el archivo
error-revision-misnumbered = es { $number }, no { $expected }; las revisiones se numeran 1, 2, 3 en orden
error-part-unreadable = la parte { $id } no se puede leer: { $reason }
error-stored-revision-unreadable = una revisión guardada no se puede leer: { $reason }
error-stored-part-missing = una revisión guardada remite a la parte { $id }, que falta
error-stored-part-unreadable = la parte guardada { $id } no se puede leer: { $reason }
error-file-part-missing = { $what } remite a la parte { $id }, que no está en el archivo
error-in-file-part = { $what }: { $reason }

-poll-option-forms = AAAA-MM-DD HH:MM/HH:MM para una hora, AAAA-MM-DD (o AAAA-MM-DD/AAAA-MM-DD) para días completos
error-poll-option-not-a-date = «{ $option }» no es una fecha; escriba una opción como { -poll-option-forms }
error-poll-option-no-clock = «{ $option }» no tiene una hora «{ $time }»; escriba una opción como { -poll-option-forms }
error-poll-option-empty = una opción está vacía; escríbala como { -poll-option-forms }
error-poll-option-no-end = «{ $option }» no indica la hora de fin; escriba una opción como { -poll-option-forms }
error-poll-option-end-not-after-start = en «{ $option }» el final no es posterior al inicio; una opción empieza y termina el mismo día
error-poll-option-last-before-first = en «{ $option }» el último día es anterior al primero
error-poll-option-needs-zone = «{ $option }» es una hora: indique su zona horaria (--tz) o un anfitrión
error-poll-option-undated = una opción de encuesta es una fecha o una hora, nunca sin fecha
error-poll-no-option = la encuesta «{ $poll }» no tiene la opción { $number }; sus opciones van numeradas del 1 al { $count }
error-no-poll-id = no hay ninguna encuesta con el id { $id }; `convene poll list RED` las enumera
error-poll-no-options = ofrezca al menos una fecha (AAAA-MM-DD HH:MM/HH:MM, o AAAA-MM-DD)
error-poll-too-many-options = se ofrecen { $count } opciones; una encuesta ofrece como máximo { $max }
error-poll-option-twice = «{ $option }» se ofrece dos veces (opciones { $first } y { $second })
error-poll-closed-option-elsewhere = una encuesta cerrada indica una de sus propias opciones
error-poll-meeting-elsewhere = la reunión { $id } no es una reunión de esta red

error-export-json-unwritable = no se puede escribir la exportación como JSON: { $reason }
error-export-not-json = el archivo no es JSON válido ({ $reason }); se esperaba un archivo escrito por `convene export json`
error-not-an-export = este JSON no es una exportación de Convene: { $why }. Use un archivo escrito por `convene export json`; no se ha importado nada
error-export-top-not-object = su nivel superior no es un objeto JSON
error-export-other-format = su «format» es { $format }, no «{ $expected }»
error-export-no-format = no tiene campo «format»
error-export-no-schema-version = no tiene un campo «schema_version» entero
error-export-schema-version-zero = su «schema_version» es 0; las versiones empiezan en 1
error-export-unreadable = la exportación de Convene no se puede leer: { $reason }; no se ha importado nada
error-export-newer = esta exportación la escribió una versión más reciente de Convene (schema_version { $version }; esta versión lee hasta la { $latest }). Actualice Convene para importarla; no se ha importado nada

error-plan-json-unwritable = no se puede escribir el plan como JSON: { $reason }
error-not-a-plan-file = esto no es un archivo de plan de Convene: { $why }
error-plan-file-not-json = no es JSON válido ({ $reason })
error-plan-file-is-export = es una exportación de toda la base de datos; use `convene import` (Datos > Importar) para ella
error-plan-file-other-format = su formato es «{ $format }», no «{ $expected }»
error-plan-file-no-format = no tiene "format": "{ $expected }"
error-plan-file-newer = este archivo de plan lo escribió una versión más reciente de Convene (versión { $version }; esta versión lee hasta la { $latest }); actualice Convene para leerlo
error-plan-file-no-version = este archivo de plan no tiene número "version"
error-plan-file-unreadable = este archivo de plan no se puede leer: { $reason }
error-plan-file-damaged = este archivo de plan está dañado: { $what }
error-plan-file-uuid = el uuid del plan «{ $uuid }» no es un UUID
error-plan-file-no-revision = no contiene ninguna revisión
error-plan-file-revision-no-parent = la revisión { $number } ({ $uuid }) no tiene padre; solo la primera revisión puede no tenerlo
error-plan-file-first-revision-parent = la revisión { $number } ({ $uuid }) es la primera pero indica un padre
error-plan-file-comment-no-uuid = el comentario { $number } ({ $uuid }) no tiene uuid
error-plan-file-comment-invalid = comentario { $number } ({ $uuid }): { $reason }
error-plan-file-comment-twice = el comentario { $number } ({ $uuid }) aparece dos veces
error-plan-file-stray-revision = la revisión { $uuid } no está en el historial de su última revisión { $head }

error-invite-undated = «{ $title }» aún no tiene fecha; asígnele fecha y hora antes de enviar una invitación
error-invite-undated-planned = «{ $title }» aún no tiene fecha (prevista: { $planned }); asígnele fecha y hora antes de enviar una invitación
error-organizer-email-needed = indique la dirección de correo electrónico del organizador (name@example.org)
error-attendee-email-empty = la dirección de correo de un asistente está vacía
error-attendees-needed = indique la dirección de correo de al menos un asistente
error-poll-no-contact-emails = ningún socio de { $network } tiene un contacto con dirección de correo; añada primero contactos o indique las direcciones
error-address-empty = una dirección está vacía
error-poll-address-not-a-contact = { $email } no es la dirección de ningún contacto de un socio de { $network }; añádala primero a los contactos de ese socio, para que sus respuestas cuenten para él
error-poll-not-closed = la encuesta «{ $poll }» aún no está cerrada
error-partner-not-of-network = el socio { $id } no es socio de esta red

error-plan-file-comment-elsewhere = su comentario { $uuid } pertenece aquí a otro plan (id { $id })
error-plan-file-revision-elsewhere = su revisión { $uuid } pertenece aquí a otro plan (id { $id })
error-plan-file-not-utf8 = { $path } no es un archivo .convene-plan (no es texto UTF-8)
error-plan-network-missing = este plan pertenece a la red { $network }, que no está en esta base de datos; importe primero esa red

error-reply-unreadable = no se puede leer: { $reason }
error-reply-too-large = ocupa más de { $kb } KB, y una respuesta ocupa unos pocos KB: no es una respuesta
error-reply-empty = está vacío
error-reply-not-text = no es ni un correo, ni un archivo iCalendar, ni texto (contiene bytes que no son UTF-8)
error-reply-calendar-unreadable = su parte de calendario no se puede leer: { $reason }
error-reply-grid-unanswered = contiene la tabla de respuestas, pero ninguna fecha tiene respuesta (escriba sí, quizás o no después de cada fecha)
error-reply-no-answer = no contiene ninguna respuesta: ni una respuesta de calendario (METHOD:REPLY con PARTSTAT) ni una tabla de respuestas con su línea Token
error-reply-grid-bad-word = en la tabla de respuestas, la fecha [{ $number }] tiene la respuesta «{ $word }»; escriba sí, quizás o no
error-reply-grid-no-token = contiene respuestas a la tabla pero no su línea «Token:», que dice de quién son las respuestas
error-reply-not-a-reply = es un calendario { $method }, no un REPLY: use las respuestas que enviaron los socios, no las invitaciones
error-reply-event-no-uid = línea { $line }: el evento no tiene UID, así que no responde a ninguna fecha
error-reply-calendar-no-answer = su parte de calendario no contiene ninguna respuesta (ningún ATTENDEE con PARTSTAT ACCEPTED, TENTATIVE o DECLINED)
error-reply-bad-dtstart = línea { $line }: DTSTART «{ $text }» no es una fecha ni una fecha con hora
error-reply-unknown-zone = línea { $line }: DTSTART usa la zona horaria «{ $zone }», que no es un nombre IANA ni de Windows y no corresponde a ninguna zona
error-reply-time-skipped = línea { $line }: DTSTART { $time } no existe en { $zone } (es el cambio de hora)
error-reply-other-event = responde al evento con UID { $uid }, que no es ninguna de las fechas de esta encuesta (¿una respuesta a otra encuesta o reunión?)
error-reply-not-a-contact = es de { $email }, que no es contacto de ningún socio de { $network }; añada la dirección a los contactos del socio y vuelva a leerlo
error-reply-wrong-date = responde a la fecha { $number } para { $start }, pero esa fecha es { $when }; no se contó para la fecha equivocada
error-reply-other-token = su tabla de respuestas tiene el token { $token }, que esta encuesta no envió (¿la tabla de otra encuesta?)
error-reply-no-such-date = su tabla de respuestas responde a la fecha [{ $number }], que esta encuesta no tiene

error-restore-refused = { $file } no se puede restaurar: { $why }
error-restore-is-open = es la base de datos que Convene tiene abierta
error-restore-cannot-open = no se puede abrir ({ $reason })
error-restore-not-sqlite = no es una copia de seguridad de Convene (no es una base de datos SQLite)
error-restore-no-schema = no es una copia de seguridad de Convene (no contiene ningún esquema de Convene)
error-restore-damaged = { $file } está dañado ({ $problem }); no se ha restaurado
error-restore-busy = la base de datos siguió ocupada, así que la copia no se ha restaurado; inténtelo de nuevo
error-window-database-busy = la base de datos está ocupada ({ $reason }); inténtelo de nuevo
error-window-cannot-open-database = no se puede abrir la base de datos { $file }: { $reason }
error-window-cannot-reopen-database = no se puede volver a abrir la base de datos restaurada: { $reason }
error-window-dialog-not-a-file = el diálogo dio un lugar que no es un archivo ({ $reason })
error-window-no-data-folder = la carpeta de datos de la aplicación es desconocida ({ $reason })
error-window-pull-read-nothing = la descarga no leyó ningún archivo de plan
error-window-no-mail-program = la invitación se guardó como { $path }, pero ningún programa de correo la abrió ({ $reason }); abra ese archivo con su programa de correo
error-window-folder-not-shown = los mensajes se guardaron en { $path }, pero esa carpeta no se pudo abrir ({ $reason }); ábrala usted

error-unknown-country = «{ $text }» no es un país que Convene conozca; use un código ISO 3166-1 como LV o un nombre como Letonia
plan-warning-funding-no-cost = «{ $action }» tiene { $funding } euros de financiación pero ninguna estimación de coste
plan-warning-funding-over-cost = la financiación de «{ $action }» ({ $funding } euros) supera su coste ({ $cost } euros) en { $excess } euros
plan-warning-secured-over-total = la financiación asegurada ({ $secured } euros) supera en { $excess } euros el coste total ({ $total } euros)
