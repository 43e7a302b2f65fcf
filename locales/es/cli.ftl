# The convene command line's own output. Source: locales/en/cli.ftl (comments there).
cli-error = error: { $message }
cli-error-field-with-flag = { $field } ({ $flag }): { $reason }
cli-error-field = { $field }: { $reason }
cli-error-run-with-cascade = { $message } (vuelva a ejecutarlo con --cascade)
cli-no-partner = { $network } no tiene ningún socio llamado «{ $key }»; `convene partners { $slug }` los enumera
cli-no-partner-did-you-mean = { $network } no tiene ningún socio llamado «{ $key }»; ¿quería decir { $suggestion }?
cli-no-meeting = { $network } no tiene ninguna reunión con el id, UID o título «{ $key }»; `convene meetings { $slug }` las enumera
cli-meeting-title-needs-network = { $message }; para nombrar una reunión por su título, indique primero su red (RED REUNIÓN)
cli-no-milestone = { $network } no tiene ningún hito con el id o título «{ $key }»; `convene milestone list { $slug }` los enumera
cli-no-contact = { $place } no tiene ningún contacto con el id o nombre «{ $key }»
cli-no-local-group-member = { $place } no tiene ningún miembro del grupo local con el id o nombre «{ $key }»
cli-no-practice = no hay ninguna buena práctica con el id o título «{ $key }»; `convene practices` las enumera
cli-no-day-off = { $partner } no tiene ningún día libre el { $date }; `convene dayoff list { $slug } --partner { $partner_id }` los enumera
cli-no-day-off-named = { $partner } no tiene ningún día libre llamado «{ $name }» el { $date }; `convene dayoff list { $slug } --partner { $partner_id }` los enumera
cli-holidays-not-covered = python-holidays cubre { $country } ({ $code }) desde { $first_year }; no tiene fechas para { $span }
cli-date-from = desde el { $date }
cli-date-until = hasta el { $date }
cli-networks-none = Todavía no hay redes. Añada una con `convene network add --name NOMBRE` o importe páginas con `convene import urbact ARCHIVO`.
cli-column-slug = NOMBRE CORTO
cli-column-name = NOMBRE
cli-column-kind = TIPO
cli-column-dates = FECHAS
cli-column-partner-count = N.º SOCIOS
cli-column-meeting-count = N.º REUNIONES
cli-column-lead-partner = SOCIO PRINCIPAL
cli-label-id = Id
cli-label-short-name = Nombre corto
cli-label-kind = Tipo
cli-label-tagline = Lema
cli-label-programme = Programa
cli-label-dates = Fechas
cli-label-lead-partner = Socio principal
cli-label-language = Idioma
cli-label-email = Correo electrónico
cli-label-website = Sitio web
cli-network-phases = Fases
cli-network-partner-count = { $count ->
    [0] Ningún socio
    [one] { $count } socio
   *[other] { $count } socios
}
cli-network-milestones = Hitos
cli-milestone-done = (hecho)
cli-network-plans = Planes de acción
cli-plan-no-city = (sin ciudad)
cli-network-import-notes = Notas de importación (líneas que el importador no pudo ubicar)
cli-network-meetings-hint = Reuniones: `convene meetings { $slug }`
cli-network-added = Red { $name } añadida (id { $id }, nombre corto { $slug }).
cli-network-updated = Red { $name } modificada (nombre corto { $slug }).
cli-network-deleted = Red { $name } eliminada.
cli-network-deleted-with = Red { $name } eliminada, junto con { $also }.
cli-plan-language-set = «{ $title }» se exporta ahora en { $language }.
cli-cannot-write-json = no se puede escribir el JSON: { $reason }
cli-warnings-heading = Avisos:
cli-file-error = { $file }: { $message }
cli-backup-done = Copia de seguridad de la base de datos guardada en { $file }.
cli-export-json-done = Base de datos exportada a { $file }.
cli-import-json-done = { $summary } desde { $file }.
cli-import-warning = línea { $line }: { $message } («{ $text }»)
cli-ics-nothing-imported = { $file }: no se pudo importar ninguno de sus eventos ({ $count ->
    [one] { $count } omitido
   *[other] { $count } omitidos
}, listados arriba); corríjalos, o importe el archivo en el programa de calendario que lo creó y expórtelo de nuevo
cli-ics-column-id = id
cli-ics-column-when = cuándo
cli-ics-column-status = estado
cli-ics-column-title = título
cli-ics-created = Creadas:
cli-ics-updated = Modificadas:
cli-ics-and-more = … y { $count } más; `convene meetings { $slug }` enumera todas las reuniones.
cli-ics-skipped = Omitidos ({ $count }):
cli-warning = aviso: { $warning }
cli-sync-ics-file = archivo .ics: { $path }
cli-plan-pushed = «{ $plan }» guardado en { $href }.
cli-plan-pulled = «{ $plan }» leído desde { $href }.
cli-plan-pulled-conflicts = { $count ->
    [one] { $count } conflicto, lado a lado en `convene plan conflicts { $plan }`; resuélvalo con `convene plan resolve`.
   *[other] { $count } conflictos, lado a lado en `convene plan conflicts { $plan }`; resuelva cada uno con `convene plan resolve`.
}
cli-conflicts-none = No hay conflictos.
cli-conflict-deleted = (eliminada)
cli-conflict-heading = { $id }: «{ $title }» ({ $network }), encontrado el { $found }
cli-conflict-here = aquí:
cli-conflict-on-server = en el servidor:
cli-conflicts-settle = Resuelva cada uno con: convene conflict resolve ID --keep local|remote
cli-plans-none = { $network } aún no tiene planes de acción. `convene plan create { $slug } --partner CIUDAD --title T` empieza uno.
cli-column-id = ID
cli-column-partner = SOCIO
cli-column-title = TÍTULO
cli-column-status = ESTADO
cli-column-revision = REV
cli-column-last-change-utc = ÚLTIMO CAMBIO (UTC)
cli-column-by = POR
cli-plan-section-added = sección { $key } añadida
cli-plan-section-removed = sección { $key } eliminada
cli-plan-section-saved = { $key } guardada
cli-plan-revision-restored = revisión { $revision } restaurada
cli-plan-conflict-settled = conflicto resuelto en { $key }
cli-plan-saved = { $what }: revisión { $revision } de { $author }
cli-plan-unchanged = no ha cambiado nada: el plan ya dice eso (revisión { $revision })
cli-plan-status-word = { $status ->
    [draft] es un borrador
    [in_review] está en revisión
    [final] es definitivo
   *[adopted] está aprobado
}
cli-plan-status-set = «{ $title }» ahora { $status }
cli-plan-status-set-on = «{ $title }» { $status } desde el { $date }
cli-plan-comment-added = comentario { $id } añadido a { $key } por { $author }
cli-plan-sent = { $count ->
    [one] «{ $title }» escrito con { $count } revisión en { $file }
   *[other] «{ $title }» escrito con { $count } revisiones en { $file }
}
cli-plan-received-settle = Resuelva cada uno con `convene plan resolve { $id } CLAVE --ours | --theirs | --text T`.
cli-plan-conflicts-none = No hay conflictos que resolver.
cli-plan-author-default = { $name } (el nombre de usuario del sistema; elija uno con `convene plan author NOMBRE`)
cli-plan-conflict = conflicto en { $label } ({ $key }):
cli-plan-conflict-ours = nuestra:
cli-plan-conflict-theirs = suya:
cli-plan-conflict-removed = (eliminada)
cli-plan-created = plan { $id } «{ $title }» creado para { $partner }
cli-plan-section-keys = Plan { $id }. Secciones para redactar con `convene plan section set { $id } CLAVE`: { $keys }
cli-plan-open-comments = Comentarios abiertos
cli-plan-open-conflicts = { $count ->
    [one] { $count } conflicto con la copia de un socio por resolver: `convene plan conflicts { $id }`
   *[other] { $count } conflictos con la copia de un socio por resolver: `convene plan conflicts { $id }`
}
cli-poll-created = { $count ->
    [one] Encuesta { $id } «{ $title }» creada con { $count } fecha.
   *[other] Encuesta { $id } «{ $title }» creada con { $count } fechas.
}
cli-poll-invitations-written = { $count ->
    [one] { $count } invitación escrita en { $folder }: envíela desde su programa de correo.
   *[other] { $count } invitaciones escritas en { $folder }: envíe cada una desde su programa de correo.
}
cli-poll-column-file = Archivo
cli-poll-column-partner = Socio
cli-poll-column-date = Fecha
cli-poll-column-answer = Respuesta
cli-poll-column-recorded = Registrada
cli-poll-column-yes = Sí
cli-poll-column-if-need-be = Si hace falta
cli-poll-column-no = No
cli-poll-column-zone = Zona
cli-poll-column-id = Id
cli-poll-column-title = Título
cli-poll-column-dates = Fechas
cli-poll-column-answered = Respondieron
cli-poll-no-answer-recorded = no se registró ninguna respuesta
cli-poll-not-an-answer = «{ $text }» no es N=RESPUESTA; escriba el número de la fecha y yes, maybe o no, por ejemplo 2=yes
cli-poll-answers-recorded = { $count ->
    [one] { $count } respuesta de { $partner } registrada.
   *[other] { $count } respuestas de { $partner } registradas.
}
cli-label-poll = Encuesta
cli-label-host = Anfitrión
cli-label-deadline = Plazo
cli-label-state = Estado
cli-poll-state-closed-on = cerrada con la fecha { $number } (reunión { $meeting })
cli-poll-state-open = abierta
cli-poll-state-closed = cerrada
cli-poll-all-answered = Todos los socios han respondido.
cli-poll-not-answered = Sin responder: { $partners }
cli-poll-organizer-needed = las invitaciones de la encuesta nunca se escribieron; indique el remitente de la invitación a la reunión con --organizer
cli-poll-closed = Encuesta { $id } cerrada con la fecha { $number }: creada la reunión { $meeting } «{ $title }», { $when }.
cli-poll-no-messages-written = No se escribió ningún mensaje: indique --out CARPETA para escribir la invitación a la reunión y la liberación de las demás fechas.
cli-polls-none = { $network } aún no tiene encuestas.
cli-reminder-not-a-duration = «{ $text }» no es una duración; escríbala como 1d, 2h o 30m
cli-ics-export-written = { $count ->
    [one] Escrita { $count } reunión.
   *[other] Escritas { $count } reuniones.
}
cli-ics-export-written-to = { $count ->
    [one] Escrita { $count } reunión en { $file }.
   *[other] Escritas { $count } reuniones en { $file }.
}
cli-ics-export-written-left-out = { $count ->
    [one] Escrita { $count } reunión
   *[other] Escritas { $count } reuniones
}; { $undated ->
    [one] { $undated } aún sin fecha se dejó fuera.
   *[other] { $undated } aún sin fecha se dejaron fuera.
}
cli-ics-export-written-to-left-out = { $count ->
    [one] Escrita { $count } reunión
   *[other] Escritas { $count } reuniones
} en { $file }; { $undated ->
    [one] { $undated } aún sin fecha se dejó fuera.
   *[other] { $undated } aún sin fecha se dejaron fuera.
}
cli-invite-written = { $method ->
    [cancel] Cancelación escrita: { $subject }.
   *[request] Invitación escrita: { $subject }.
}
cli-invite-written-to = { $method ->
    [cancel] Cancelación escrita en { $file }: { $subject }.
   *[request] Invitación escrita en { $file }: { $subject }.
}
cli-not-a-date-time = «{ $text }» no es una fecha y hora; escríbala como "AAAA-MM-DD HH:MM"
cli-not-a-month = «{ $text }» no es un mes; escríbalo como AAAA-MM (o un año, AAAA)
cli-meeting-no-start-yet = la reunión aún no tiene hora de inicio; indique --start y --end
cli-meeting-end-needed = indique --end con --start ("AAAA-MM-DD HH:MM" o "HH:MM")
cli-meeting-no-day-yet = la reunión aún no tiene día; indique --date (y --until)
cli-not-a-time-of-day = «{ $text }» no es una hora del día; escríbala como HH:MM (14:30)
cli-agenda-speaker = (ponente: { $speaker })
cli-agenda-empty = El orden del día está vacío. Añada un punto con `convene agenda { $slug } { $meeting } add --title TEXTO`.
cli-agenda-heading = Orden del día de { $title } (reunión { $meeting })
cli-agenda-item-added = Punto { $number } añadido al orden del día de { $title }:
cli-agenda-item-changed = Punto { $number } del orden del día de { $title } modificado:
cli-agenda-item-moved = Punto { $number } movido a la posición { $place } del orden del día de { $title }:
cli-agenda-item-removed = Punto { $number } eliminado del orden del día de { $title }:
cli-agenda-item-removed-named = Punto { $number } ({ $item }) eliminado del orden del día de { $title }:
cli-holidays-which-days = indique qué días: --year AÑO, o --from FECHA --to FECHA
cli-holidays-region-needs-country = --region va con un código de país (convene holidays ES --region ES-CN ...); cada socio de una red tiene su propia región (convene partner update RED CIUDAD --region CÓDIGO)
cli-holidays-heading = Festivos en { $country } ({ $code }), { $span }:
cli-holidays-heading-region = Festivos en { $country } ({ $code }) con { $region }, { $span }:
cli-holidays-none = ninguno.
cli-holiday-estimated = { $name } (fecha estimada)
cli-holiday-national = nacional
cli-column-date = FECHA
cli-column-day = DÍA
cli-column-holiday = FESTIVO
cli-column-where = DÓNDE
cli-holidays-no-dates-before = (python-holidays no tiene fechas anteriores a { $first_year } para { $code }.)
cli-holidays-network-none = Ningún socio de { $network } tiene un festivo o día libre, { $span }.
cli-holidays-network-heading = Días libres de los socios de { $network }, { $span }:
cli-holidays-uncovered = Convene no tiene festivos para: { $partners } (solo cuentan sus días libres registrados).
cli-day-off-line = «{ $name }» el { $date } ({ $weekday })
cli-days-off-none-partner = No hay ningún día libre registrado para { $partner }. Añada uno con `convene dayoff add { $slug } --partner CIUDAD --date AAAA-MM-DD --name TEXTO`.
cli-days-off-none-network = No hay ningún día libre registrado para los socios de { $network }. Añada uno con `convene dayoff add { $slug } --partner CIUDAD --date AAAA-MM-DD --name TEXTO`.
cli-day-off-added = Día libre { $day } añadido para { $partner } (id { $id }).
cli-day-off-added-also-holiday = Día libre { $day } añadido para { $partner } (id { $id }). Allí también es festivo: { $holidays }.
cli-day-off-which = { $partner } tiene { $count } días libres el { $date }: { $names }; indique cuál con --name
cli-day-off-removed = Día libre { $day } de { $partner } eliminado.
cli-meeting-id-and-date = id { $id } ({ $date })
cli-meetings-same-title = { $count } reuniones de { $network } se titulan «{ $key }»: { $meetings }; use el id
cli-to-before-from = { $to } es anterior a --from { $from }
cli-meetings-none = { $network } no tiene reuniones.
cli-meetings-none-in-period = { $network } no tiene reuniones en ese periodo.
cli-column-when = CUÁNDO
cli-column-mode = MODALIDAD
cli-column-country = PAÍS
cli-column-zone = ZONA
cli-column-offset = DESFASE
cli-column-local-time = HORA LOCAL
cli-column-note = NOTA
cli-label-network = Red
cli-label-when = Cuándo
cli-label-venue = Lugar
cli-label-mode = Modalidad
cli-label-status = Estado
cli-label-uid = UID
cli-label-sequence = Secuencia
cli-meeting-warnings = Avisos
cli-meeting-local-times = Horas locales
cli-local-time-outside-working-hours = fuera del horario laboral
cli-local-time-weekend = fin de semana
cli-meeting-agenda = Orden del día
cli-meeting-attendance = Asistencia
cli-meeting-attendance-contact = { $name } (contacto): { $answer }
cli-meeting-needs-start-and-end = una reunión con horario necesita --start y --end
cli-meeting-tz-needs-times = --tz se aplica a --start y --end; indíquelos también
cli-meeting-until-needs-date = --until necesita --date (el primer día)
cli-meeting-added = Reunión { $id } añadida a { $network }: { $title }, { $when }.
cli-meeting-updated = Reunión { $id } modificada: { $title } ({ $when }).
cli-meeting-updated-sequence = Reunión { $id } modificada: { $title } ({ $when }); los calendarios verán el cambio (secuencia { $sequence }).
cli-meeting-deleted = Reunión { $id } eliminada: { $title }.
cli-not-a-population = «{ $text }» no es un número entero de habitantes
cli-partner-name-and-id = { $name } (id { $id })
cli-partners-same-name = { $count } socios de { $network } se llaman «{ $key }»: { $partners }; use el id
cli-partners-none = { $network } aún no tiene socios. Añada uno con `convene partner add { $slug } --name CIUDAD --country CC`.
cli-column-role = FUNCIÓN
cli-column-time-zone = ZONA HORARIA
cli-column-population = POBLACIÓN
cli-column-contacts = CONTACTOS
cli-label-country = País
cli-label-region = Región
cli-label-role = Función
cli-label-time-zone = Zona horaria
cli-label-population = Población
cli-label-notes = Notas
cli-partner-contacts = Contactos
cli-partner-local-group = Grupo local
cli-partner-added = { $name } ({ $country }, { $zone }) añadido a { $network } como { $role ->
    [lead_partner] socio principal
    [good_practice_city] ciudad de buena práctica
    [transfer_city] ciudad de transferencia
    [associated] asociado
   *[partner] socio
} (id { $id }).
cli-partner-updated = { $name } ({ $country }, { $zone }) modificado en { $network }.
cli-partner-deleted = { $name } eliminado de { $network }.
cli-partner-deleted-with = { $name } eliminado de { $network } ({ $also }).
cli-milestone-not-a-month = «{ $text }» no es un mes; escríbalo como AAAA-MM
cli-milestones-same-title = { $count } hitos se titulan «{ $key }»: { $milestones }; use el id
cli-milestone-line = { $title } ({ $when }, { $kind }, id { $id })
cli-milestone-line-done = { $title } ({ $when }, { $kind }, hecho, id { $id })
cli-milestone-needs-date = un hito necesita su día (--date AAAA-MM-DD) o su mes (--month AAAA-MM)
cli-milestone-added = Hito { $milestone } añadido a { $network }.
cli-milestone-updated = Hito { $milestone } modificado.
cli-milestone-removed = Hito { $milestone } eliminado de { $network }.
cli-milestones-none = { $network } aún no tiene hitos. Añada uno con `convene milestone add { $slug } --title TEXTO --date AAAA-MM-DD`.
cli-milestone-done-word = hecho
cli-column-done = HECHO
cli-practices-none = Aún no hay buenas prácticas. Añada una con `convene practice add --title TÍTULO`, o impórtelas desde páginas de URBACT con `convene import urbact ARCHIVO`.
cli-yes = sí
cli-column-city = CIUDAD
cli-column-transfer = TRANSFERENCIA
cli-column-network = RED
cli-column-match = COINCIDENCIA
cli-practices-same-title = { $count } buenas prácticas se titulan «{ $key }»; use el id
cli-label-city = Ciudad
cli-label-author = Autor
cli-label-figure = Cifra clave
cli-label-transfer = Transferencia
cli-label-networks = Redes
cli-practice-transferred = sí, transferida por redes
cli-limit-at-least-one = debe ser al menos 1
cli-search-nothing = Nada coincide con «{ $text }».
cli-cannot-read-stdin = no se pueden leer las secciones desde la entrada estándar: { $reason }
cli-practice-line = { $title } (id { $id }, { $count ->
    [one] { $count } sección
   *[other] { $count } secciones
})
cli-practice-line-from = { $title } (id { $id }, { $from }, { $count ->
    [one] { $count } sección
   *[other] { $count } secciones
})
cli-practice-added = Buena práctica { $practice } añadida.
cli-practice-updated = Buena práctica { $practice } modificada.
cli-practice-removed = Buena práctica { $title } (id { $id }) eliminada.
cli-person-of-partner = { $name } de { $partner } (id { $id })
cli-people-same-name = { $count } personas de { $place } se llaman «{ $key }»: { $people }; use el id
cli-contacts-none = { $place } aún no tiene contactos. Añada uno con `convene contact add { $slug } --partner CIUDAD --name NOMBRE`.
cli-local-group-none = { $place } aún no tiene miembros del grupo local. Añada uno con `convene local-group add { $slug } --partner CIUDAD --name NOMBRE`.
cli-column-email = CORREO
cli-column-phone = TELÉFONO
cli-column-organisation = ORGANIZACIÓN
cli-contact-added = { $name } añadido a los contactos de { $partner } (id { $id }).
cli-contact-updated = { $name }, contacto de { $partner }, modificado (id { $id }).
cli-contact-removed = { $name } eliminado de los contactos de { $partner }.
cli-member-added = { $name } añadido al grupo local de { $partner } (id { $id }).
cli-member-updated = { $name }, del grupo local de { $partner }, modificado (id { $id }).
cli-member-removed = { $name } eliminado del grupo local de { $partner }.
cli-plan-export-format-unknown = no se puede saber el formato por «{ $file }»; añada --format docx, pdf, md o html
cli-plan-exported = «{ $title }» escrito en { $file } ({ $format }, { $size })
cli-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
cli-size-kilobytes = { $count } KB
cli-not-a-funding-line = «{ $text }» no es FUENTE=EUR (como erdf=12000)
cli-plan-action-added = acción «{ $title }» añadida
cli-plan-indicator-added = indicador «{ $name }» añadido
cli-plan-risk-added = riesgo añadido
cli-meeting-already = La reunión { $id } ({ $title }) ya estaba { $status ->
    [confirmed] confirmada
    [held] celebrada
    [postponed] aplazada
    [tentative] provisional
   *[cancelled] cancelada
}.
cli-meeting-confirmed = Reunión { $id } confirmada: { $title } ({ $when }){ $changed ->
    [yes] ; los calendarios verán el cambio (secuencia { $sequence })
   *[no] {""}
}.
cli-meeting-marked-held = Reunión { $id } marcada como celebrada: { $title } ({ $when }){ $changed ->
    [yes] ; los calendarios verán el cambio (secuencia { $sequence })
   *[no] {""}
}.
cli-meeting-cancelled = Reunión { $id } cancelada: { $title } ({ $when }){ $changed ->
    [yes] ; los calendarios verán el cambio (secuencia { $sequence })
   *[no] {""}
}.
cli-meeting-postponed-undated = Reunión { $id } aplazada: { $title }; aún sin nueva fecha, así que se avisa a los calendarios de que no se celebrará el { $when } (secuencia { $sequence }).
cli-meeting-postponed-to = Reunión { $id } aplazada: { $title }; ahora { $when }, provisional hasta que se confirme (secuencia { $sequence }).
cli-not-an-attendance-status = «{ $text }» no es uno de: invited, confirmed (o accepted), declined, tentative, attended, none
cli-attendance-status = { $status ->
    [accepted] aceptado
    [declined] rechazado
    [tentative] provisional
    [attended] asistió
   *[invited] invitado
}
cli-attendance-none = Aún no hay nadie en la lista.
cli-attendee-partner = socio
cli-attendee-contact = contacto
cli-column-who = QUIÉN
cli-attendance-heading = Asistencia a { $title } (reunión { $meeting })
cli-attendance-set = { $name }: { $answer } para { $title }.
cli-attendance-removed = { $name } ya no está en la lista de { $title }.
cli-slots-how-long = indique cuánto dura la reunión: --duration 2h, o --days N para días enteros
cli-length-minutes = { $minutes } minutos
cli-length-hours = { $hours } h
cli-length-hours-minutes = { $hours } h { $minutes }
cli-slots-heading = { $network }: { $count ->
    [one] { $count } inicio
   *[other] { $count } inicios
} para una reunión de { $length } del { $from } al { $to } ({ $zone }; horario laboral { $hours } según el reloj de cada socio).
cli-slots-none-suit-all = Ninguno conviene a todos los socios; los menos incómodos van primero.
cli-slots-suit-all = { $count ->
    [one] { $count } conviene a todos los socios.
   *[other] { $count } convienen a todos los socios.
}
cli-slots-nothing-fits = Ninguna hora cabe en ese intervalo; amplíelo o acorte la reunión.
cli-slot-suits-everyone = conviene a todos
cli-slot-awkward = incómodo para { $troubled } de { $count } (carga: máxima { $worst }, total { $total })
cli-column-problems = PROBLEMAS
cli-days-heading = { $network }: { $count ->
    [one] { $count } opción
   *[other] { $count } opciones
} de { $days ->
    [one] { $days } día
   *[other] { $days } días
} del { $from } al { $to } en que ningún socio tiene festivo{ $weekends ->
    [left-out] {" "}(sin fines de semana)
   *[counted] {""}
}.
cli-date-span = { $first } a { $last }
cli-days-also = (también: { $meetings })
cli-days-left-out = Días descartados:
cli-rotation-heading = { $network }: { $count ->
    [one] { $count } reunión
   *[other] { $count } reuniones
} presenciales, celebradas o previstas.
cli-rotation-no-partners = Aún no tiene socios.
cli-column-hosted = ACOGIDAS
cli-column-held = CELEBRADAS
cli-column-planned = PREVISTAS
cli-column-last-hosted = ÚLTIMA ACOGIDA
cli-rotation-without-host = { $count ->
    [one] { $count } reunión aún no tiene ciudad anfitriona.
   *[other] { $count } reuniones aún no tienen ciudad anfitriona.
}
cli-rotation-not-hosted = Aún sin acoger: { $partners }.
cli-rotation-next = Próximos anfitriones, los más justos primero: { $partners }.
cli-column-time-utc = HORA (UTC)
cli-column-author = AUTOR
cli-column-message = MENSAJE
cli-plan-diff-heading = revisión { $from } ({ $from_author }, { $from_time }) -> revisión { $to } ({ $to_author }, { $to_time })
cli-plan-diff-none = No hay diferencias.
cli-plan-diff-section-added = (añadida)
cli-plan-diff-section-removed = (eliminada)
cli-plan-diff-section-renamed = (antes { $title })
cli-plan-diff-reordered = Las secciones se pusieron en otro orden.
cli-plan-diff-row = { $row ->
    [indicator] indicador «{ $label }» { $change ->
        [added] añadido
        [removed] eliminado
       *[changed] modificado: { $fields }
    }
    [risk] riesgo «{ $label }» { $change ->
        [added] añadido
        [removed] eliminado
       *[changed] modificado: { $fields }
    }
   *[action] acción «{ $label }» { $change ->
        [added] añadida
        [removed] eliminada
       *[changed] modificada: { $fields }
    }
}
cli-account-password-stored = la contraseña está en el llavero
cli-account-no-keyring = ningún llavero respondió ({ $reason }), así que la contraseña no se guardó: indíquela con --password-stdin o { $variable } en cada orden
cli-account-no-password = no se indicó contraseña: indíquela con --password-stdin o { $variable } en cada orden
cli-account-added = Cuenta { $name } añadida ({ $url } como { $user }); { $password }.
cli-accounts-none = Aún no hay cuentas: convene account add NOMBRE --url URL --user USUARIO --password-stdin
cli-account-column-name = nombre
cli-account-column-url = url
cli-account-column-user = usuario
cli-account-column-ca-file = archivo CA
cli-account-works = { $name } funciona.
    principal: { $principal }
    carpeta de calendarios: { $home }
    calendarios: { $count }
cli-account-calendar-no-name = (sin nombre)
cli-account-removed = Cuenta { $name } eliminada, junto con su contraseña del llavero.
cli-not-an-export-format = «{ $text }» no es un formato de exportación; use docx, pdf, md o html

publish-kept-local-create = «{ $title }» conserva la versión de Convene; la próxima publicación la vuelve a crear en el servidor.
publish-kept-local-overwrite = «{ $title }» conserva la versión de Convene; la próxima publicación sobrescribe la del servidor.
publish-kept-local-deleted = «{ $title }» sigue eliminada; la próxima publicación la elimina en el servidor.
publish-kept-remote-deleted = «{ $title }» se ha eliminado aquí, como en el servidor.
publish-kept-remote = «{ $title }» tiene ahora aquí la versión del servidor.
publish-change-time = hora: { $before } -> { $after }
publish-change-title = título: «{ $before }» -> «{ $after }»
publish-change-place = lugar: «{ $before }» -> «{ $after }»
publish-change-status = estado: { $before } -> { $after }
publish-change-description = descripción
publish-change-online-link = enlace en línea: { $before } -> { $after }
publish-said-last-modified = última modificación { $when }
publish-said-changed-by = modificado por { $who }
publish-said-organiser = organizador: { $who }
publish-said-who-unknown = el evento no dice quién lo modificó

cli-value-meeting-kind-kick-off = Lanzamiento
cli-value-meeting-kind-transnational = Reunión transnacional
cli-value-meeting-kind-city-visit = Visita a la ciudad
cli-value-meeting-kind-final-event = Evento final
cli-value-meeting-kind-local-group = Grupo local URBACT
cli-value-meeting-kind-online-touch-base = Puesta en común en línea
cli-value-meeting-kind-phase-review = Revisión de fase
cli-value-meeting-kind-other = Otra
cli-value-poll-answer-yes = Sí
cli-value-poll-answer-maybe = Si hace falta
cli-value-poll-answer-no = No
cli-value-meeting-mode-in-person = Presencial
cli-value-meeting-mode-online = En línea
cli-value-meeting-mode-hybrid = Híbrida
cli-value-meeting-status-tentative = Provisional
cli-value-meeting-status-confirmed = Confirmada
cli-value-meeting-status-held = Celebrada
cli-value-meeting-status-postponed = Aplazada
cli-value-meeting-status-cancelled = Cancelada
cli-value-attendance-invited = Invitado
cli-value-attendance-accepted = Aceptado
cli-value-attendance-declined = Rechazado
cli-value-attendance-tentative = Quizá
cli-value-attendance-attended = Asistió
cli-value-network-kind-action-planning = Planificación de acciones
cli-value-network-kind-transfer = Transferencia
cli-value-network-kind-innovation-transfer = Transferencia de innovación
cli-value-network-kind-implementation = Implementación
cli-value-network-kind-other = Otra
cli-value-partner-role-lead-partner = Socio principal
cli-value-partner-role-partner = Socio
cli-value-partner-role-good-practice-city = Ciudad de buena práctica
cli-value-partner-role-transfer-city = Ciudad de transferencia
cli-value-partner-role-associated = Asociado
cli-value-plan-status-draft = Borrador
cli-value-plan-status-in-review = En revisión
cli-value-plan-status-final = Definitivo
cli-value-plan-status-adopted = Aprobado
cli-value-funding-source-city = Presupuesto municipal
cli-value-funding-source-erdf = FEDER
cli-value-funding-source-esf-plus = FSE+
cli-value-funding-source-national = Nacional
cli-value-funding-source-regional = Regional
cli-value-funding-source-private = Privada
cli-value-funding-source-other = Otra
cli-value-action-status-idea = Idea
cli-value-action-status-planned = Prevista
cli-value-action-status-ongoing = En curso
cli-value-action-status-done = Terminada
cli-value-action-status-dropped = Abandonada
cli-value-indicator-kind-output = Realización
cli-value-indicator-kind-result = Resultado
cli-value-revision-kind-created = Creado
cli-value-revision-kind-edit = Editado
cli-value-revision-kind-restore = Restaurado
cli-value-revision-kind-received = Recibido
cli-value-revision-kind-merge = Combinado
cli-value-revision-kind-resolve = Conflicto resuelto
cli-value-milestone-kind-phase = Inicio o fin de fase
cli-value-milestone-kind-deadline = Plazo
cli-value-milestone-kind-deliverable = Entregable
cli-value-milestone-kind-decision = Decisión
cli-value-milestone-kind-event = Evento
cli-value-milestone-kind-other = Otro
cli-value-hit-kind-network = Red
cli-value-hit-kind-partner = Socio
cli-value-hit-kind-meeting = Reunión
cli-value-hit-kind-plan = Plan de acción
cli-value-hit-kind-practice = Buena práctica
cli-value-day-off-source-national = Festivo nacional
cli-value-day-off-source-regional = Festivo regional
cli-value-day-off-source-local = Día libre local

cli-help-usage = Uso:
cli-help-options = Opciones:
cli-help-group-networks = Redes:
cli-help-group-partners = Socios y sus personas:
cli-help-group-meetings = Reuniones:
cli-help-group-holidays = Festivos y días libres:
cli-help-group-plans = Planes de acción:
cli-help-group-practices = Buenas prácticas:
cli-help-group-data = Todos los datos:
cli-help-group-servers = Servidores de calendario (CalDAV, WebDAV):
cli-help-group-meeting = La reunión:
cli-help-group-meeting-life = Su curso:
cli-help-group-plan = El plan:
cli-help-group-plan-content = Su contenido:
cli-help-group-plan-review = Revisión e historial:
cli-help-group-plan-exchange = Intercambio con las ciudades socias:
cli-help-about = Redes, ciudades socias, reuniones, planes de acción y buenas prácticas de redes transnacionales de ciudades
cli-help-after =
    NETWORK es el nombre corto (slug) o el nombre de una red, en mayúsculas o minúsculas, con o sin tildes.
    La base de datos es --db PATH, si no $CONVENE_DB, si no el convene.db de la aplicación de escritorio
    (en Linux ~/.local/share/eu.convene.app/convene.db).
cli-help-option-db = El archivo de la base de datos [por defecto: $CONVENE_DB, si no el convene.db de la aplicación de escritorio]
cli-help-option-json = Escribir JSON legible por máquina en lugar de texto
cli-help-option-lang = El idioma de los mensajes: en, fr, de, es, it, pt, pl, nl, el, ro [por defecto: según $LC_ALL, $LC_MESSAGES, $LANG]
cli-help-option-help = Mostrar la ayuda
cli-help-option-version = Mostrar la versión
cli-help-command-networks = Listar todas las redes
cli-help-command-network = Mostrar, añadir, modificar o eliminar una red
cli-help-command-milestone = Listar, añadir, modificar o quitar los hitos de una red
cli-help-command-partners = Listar los socios de una red
cli-help-command-partner = Mostrar, añadir, modificar o eliminar un socio de una red
cli-help-command-contacts = Listar las personas de contacto de los socios de una red
cli-help-command-contact = Añadir, modificar o quitar la persona de contacto de un socio
cli-help-command-local-group = Listar los miembros del grupo local URBACT de una red, o añadir, modificar o quitar uno
cli-help-command-meetings = Listar las reuniones de una red por fecha (las que no tienen fecha al final)
cli-help-command-meeting = Mostrar, añadir, modificar, confirmar, aplazar, marcar como celebrada, cancelar o eliminar una reunión
cli-help-command-agenda = Mostrar el orden del día de una reunión, o añadir, modificar, mover o quitar un punto
cli-help-command-attendance = Mostrar quién está invitado a una reunión, o anotar la respuesta de un socio o de un contacto
cli-help-command-invite = Escribir una invitación por correo electrónico a una reunión (una cancelación si está cancelada o aplazada)
cli-help-command-slots = Buscar horarios que convengan a los socios de una red: horario laboral, fines de semana, festivos, otras reuniones
cli-help-command-rotation = Quién ha acogido las reuniones presenciales de la red y quién debería acoger la próxima
cli-help-command-poll = Preguntar a los socios qué fechas les convienen, leer sus respuestas y convertir la fecha elegida en una reunión
cli-help-command-holidays = Los festivos de un país, o los días en que los socios de una red no trabajan
cli-help-command-dayoff = Listar, añadir o quitar los días libres propios de un socio (una fiesta patronal, unas elecciones locales)
cli-help-command-plans = Listar los planes de acción de una red con su estado y su último cambio
cli-help-command-plan = Redactar, revisar, comparar, restaurar, enviar y recibir un Plan de Acción Integrado
cli-help-command-practices = Listar las buenas prácticas
cli-help-command-practice = Mostrar, añadir, modificar o quitar una buena práctica
cli-help-command-search = Buscar en redes, socios, reuniones, planes de acción y buenas prácticas
cli-help-command-import = Importar páginas de redes URBACT, una exportación JSON de Convene o un archivo iCalendar
cli-help-command-export = Exportar toda la base de datos, o las reuniones como archivo iCalendar
cli-help-command-backup = Copiar toda la base de datos en FILE (copia de seguridad en línea de SQLite; segura mientras la aplicación está abierta)
cli-help-command-help = Mostrar este mensaje o la ayuda de los subcomandos indicados
cli-help-command-account = Añadir, listar, probar o quitar una cuenta de servidor CalDAV/WebDAV (las contraseñas se quedan en el llavero)
cli-help-command-publish = Publicar las reuniones de una red en un calendario de un servidor CalDAV (leyendo antes sus cambios)
cli-help-command-pull = Traer a una red publicada los cambios hechos en el servidor CalDAV
cli-help-command-conflicts = Listar las reuniones modificadas aquí y en el servidor, con ambas versiones
cli-help-command-conflict = Resolver un conflicto: conservar la versión local o la remota
cli-help-password = De dónde sale la contraseña: --password-stdin (la primera línea de la entrada estándar), si no $CONVENE_DAV_PASSWORD, si no el llavero del sistema operativo (donde la guardó `account add`). Una máquina sin escritorio no tiene llavero: use allí --password-stdin o CONVENE_DAV_PASSWORD.
cli-help-meeting-note = El orden del día de una reunión y quién viene: `convene agenda NETWORK MEETING`, `convene attendance NETWORK MEETING`.
cli-help-command-meeting-show = Una reunión con su orden del día, la asistencia y la hora en el reloj de cada socio
cli-help-command-meeting-add = Añadir una reunión a una red
cli-help-command-meeting-update = Modificar una reunión; solo cambian las opciones indicadas
cli-help-command-meeting-delete = Eliminar una reunión con su orden del día y la asistencia
cli-help-command-meeting-confirm = Marcar una reunión como confirmada: se celebra en su fecha
cli-help-command-meeting-postpone = Aplazar una reunión a una fecha posterior, o sacarla del calendario hasta que se sepa una (la fecha antigua queda en su descripción)
cli-help-command-meeting-held = Marcar una reunión como celebrada (debe haber empezado)
cli-help-command-meeting-cancel = Marcar una reunión como cancelada (se mantiene, para que los calendarios se enteren de la cancelación)
cli-help-command-plan-show = Un plan como su documento (la exportación Markdown), y luego sus claves de sección, avisos, comentarios abiertos y conflictos
cli-help-command-plan-create = Empezar un plan para una ciudad socia (nueve secciones estándar, revisión 1)
cli-help-command-plan-status = Hacer avanzar el plan: draft, in-review, final, adopted (con --date), o volver un paso atrás
cli-help-command-plan-language = Fijar el idioma en que se exportan los documentos del plan (títulos, etiquetas, fechas, importes)
cli-help-command-plan-export = Escribir el plan como documento Word, PDF, Markdown o HTML para el pleno municipal
cli-help-command-plan-author = Mostrar el nombre con que se firman los cambios, o fijarlo
cli-help-command-plan-section = Escribir el texto de una sección
cli-help-command-plan-action = Añadir a la tabla de acciones
cli-help-command-plan-indicator = Añadir al marco de resultados
cli-help-command-plan-risk = Añadir a los riesgos
cli-help-command-plan-comment = Comentar una sección, como revisor
cli-help-command-plan-revisions = Todas las revisiones, la más reciente primero
cli-help-command-plan-diff = Qué cambió entre dos revisiones, palabra por palabra
cli-help-command-plan-restore = Volver a hacer actual el contenido de una revisión antigua (como nueva revisión; no se pierde nada)
cli-help-command-plan-send = Escribir el plan con todo su historial en un archivo .convene-plan para un socio
cli-help-command-plan-receive = Leer un archivo .convene-plan: un plan nuevo, revisiones más recientes o una fusión (se informa de los conflictos)
cli-help-command-plan-push = Dejar el archivo .convene-plan del plan en una carpeta WebDAV (nunca encima de una copia que no se haya leído antes)
cli-help-command-plan-pull = Leer el archivo .convene-plan del plan de la carpeta WebDAV y fusionarlo, como hace `plan receive`
cli-help-command-plan-conflicts = Las diferencias con la copia de un socio que esperan una decisión
cli-help-command-plan-resolve = Resolver un conflicto: conservar nuestra versión, tomar la suya o poner un texto fusionado

cli-clap-unknown-argument = argumento inesperado «{ $arg }»
cli-clap-tip-similar-argument = consejo: existe un argumento parecido: «{ $arg }»
cli-clap-tip-similar-subcommand = consejo: existe una orden parecida: «{ $command }»
cli-clap-tip-escape = consejo: para pasar «{ $arg }» como valor, escriba «-- { $arg }»
cli-clap-missing-value = «{ $arg }» necesita un valor, pero no se ha dado ninguno
cli-clap-invalid-value = valor «{ $value }» no válido para «{ $arg }»
cli-clap-invalid-value-reason = valor «{ $value }» no válido para «{ $arg }»: { $reason }
cli-clap-possible-values = valores posibles: { $values }
cli-clap-unknown-subcommand = orden desconocida «{ $command }»
cli-clap-missing-arguments = faltan estos argumentos obligatorios:{ $args }
cli-clap-missing-subcommand = «{ $command }» necesita una orden a continuación, y no se ha dado ninguna
cli-clap-subcommands = órdenes: { $values }
cli-clap-used-twice = el argumento «{ $arg }» solo puede darse una vez
cli-clap-conflict = el argumento «{ $arg }» no puede usarse junto con { $other }
cli-clap-too-many-values = valor de más «{ $value }» para «{ $arg }»
cli-clap-wrong-number-of-values = «{ $arg }» lleva { $expected } valores; se han dado { $actual }
cli-clap-no-equals = «{ $arg }» lleva su valor tras un signo igual ({ $arg }=VALOR)
cli-clap-invalid-utf8 = la línea de órdenes contiene texto que no es UTF-8 válido
cli-clap-not-valid = la línea de órdenes no es válida
cli-clap-more-information = Para más información, pruebe «--help».

cli-clap-not-a-whole-number = no es un número entero

cli-help-command-import-urbact = Importar redes, socios, reuniones, planes y prácticas de páginas de URBACT
cli-help-arg-import-urbact-file = Un archivo de texto con páginas de URBACT (cada registro termina con una línea `Ref nid`)
cli-help-arg-import-urbact-start-year = Fechar en orden, desde este año, los calendarios que solo dan el mes («June (Basingstoke)»)
cli-help-arg-import-urbact-dry-run = Mostrar lo que se importaría, sin guardar nada
cli-help-command-import-json = Importar un archivo escrito por `convene export json` en una base de datos vacía
cli-help-arg-import-json-file = La exportación JSON que leer
cli-help-command-import-ics = Importar los eventos de un archivo iCalendar (.ics) como reuniones de una red
cli-help-arg-import-ics-file = Un archivo iCalendar (.ics) exportado por un programa de calendario
cli-help-arg-import-ics-network = La red cuyas reuniones pasan a ser los eventos (nombre corto o nombre)
cli-help-arg-import-ics-strict = Rechazar todo el archivo en su primer evento que no pueda importarse, en vez de importar los demás y listar los omitidos
cli-help-command-network-show = Todo sobre una red: datos, fases, socios, hitos, planes, notas de importación
cli-help-arg-network = El nombre corto o el nombre de la red
cli-help-command-network-add = Añadir una red
cli-help-arg-network-add-name = El nombre de la red
cli-help-arg-kind = action-planning, transfer, innovation-transfer, implementation u other [al añadir: other]
cli-help-arg-slug = Nombre corto usado en la línea de órdenes [al añadir: formado a partir del nombre]
cli-help-arg-tagline = Una línea que diga de qué trata la red
cli-help-arg-description = Qué hace la red, en un párrafo o más
cli-help-arg-programme = p. ej. «URBACT IV»
cli-help-arg-start = Primer día, AAAA-MM-DD
cli-help-arg-end = Último día, AAAA-MM-DD
cli-help-arg-email = Dirección de correo de contacto
cli-help-arg-website = Dirección web (https://...)
cli-help-arg-language = Idioma de trabajo de sus invitaciones, recordatorios y textos de calendario: en, fr, de, es, it, pt, pl, nl, el, ro [al añadir: en]
cli-help-command-network-update = Cambiar una red; solo cambian las opciones indicadas
cli-help-arg-name = Un nombre nuevo
cli-help-arg-network-update-lead = El socio principal: el id o el nombre de un socio
cli-help-command-network-delete = Eliminar una red; con --cascade, también todo lo que le pertenece
cli-help-arg-network-delete-cascade = Eliminar también sus socios, reuniones, hitos, planes y notas de importación
cli-help-command-milestone-list = Los hitos de una red por fecha
cli-help-command-milestone-add = Añadir un hito, fechado al día (--date) o al mes (--month)
cli-help-arg-milestone-add-title = Qué ocurre («PAI entregado»)
cli-help-arg-date = Su día, AAAA-MM-DD
cli-help-arg-month = Su mes cuando no se conoce el día, AAAA-MM
cli-help-arg-milestone-add-kind = phase, deadline, deliverable, decision, event u other [al añadir: other]
cli-help-arg-milestone-add-description = Texto libre sobre él
cli-help-arg-done = Si está hecho: --done, o --done no
cli-help-command-milestone-update = Cambiar un hito; solo cambian las opciones indicadas
cli-help-arg-milestone = El id o el título del hito
cli-help-arg-title = Un título nuevo
cli-help-arg-milestone-update-kind = phase, deadline, deliverable, decision, event u other [al añadir: other]
cli-help-arg-milestone-update-description = Texto libre sobre él
cli-help-command-milestone-remove = Quitar un hito
cli-help-command-partner-show = Un socio con sus contactos y su grupo local
cli-help-arg-partner = El id o el nombre del socio
cli-help-command-partner-add = Añadir una ciudad u organización socia a una red
cli-help-arg-partner-add-name = El nombre de la ciudad o de la organización
cli-help-arg-partner-add-country = Código ISO 3166-1 (LV), nombre de país (Letonia) o región (Sajonia-Anhalt)
cli-help-arg-role = lead-partner, partner, good-practice-city, transfer-city o associated [al añadir: partner]
cli-help-arg-tz = Zona horaria IANA como Europe/Riga [al añadir: la del país]
cli-help-arg-region = Región ISO 3166-2 (ES-CN, DE-BY) cuyos festivos cuentan para el socio además de los nacionales (vacío para borrarla); `convene holidays CC --region CODE` comprueba una
cli-help-arg-population = Número de habitantes (vacío para borrarlo)
cli-help-arg-notes = Texto libre
cli-help-command-partner-update = Cambiar un socio; solo cambian las opciones indicadas
cli-help-arg-partner-update-country = Un país nuevo; la zona horaria lo sigue, salvo que se cambiara a mano o se indique --tz
cli-help-command-partner-delete = Eliminar un socio; con --cascade, también sus contactos, su grupo local y sus asistencias
cli-help-arg-partner-delete-cascade = Eliminar también sus contactos, los miembros de su grupo local y sus asistencias; las reuniones y los planes que acoge o posee se quedan, sin él
cli-help-arg-contacts-partner = Solo los contactos de este socio (id o nombre)
cli-help-command-contact-add = Añadir una persona de contacto a un socio
cli-help-arg-contact-add-partner = El socio (id o nombre) para el que trabaja la persona
cli-help-arg-contact-add-name = El nombre de la persona
cli-help-arg-contact-add-role = Qué hace («Coordinadora de proyecto»)
cli-help-arg-contact-add-email = Dirección de correo
cli-help-arg-phone = Número de teléfono, tal como lo escribe
cli-help-command-contact-update = Cambiar un contacto; solo cambian las opciones indicadas (un valor vacío lo borra)
cli-help-arg-person = El id (según la lista) o el nombre de la persona
cli-help-arg-contact-update-partner = El socio (id o nombre) al que pertenece la persona, cuando el nombre no basta
cli-help-arg-contact-update-role = Qué hace («Coordinadora de proyecto»)
cli-help-arg-contact-update-email = Dirección de correo
cli-help-command-contact-remove = Quitar un contacto (y sus respuestas a las invitaciones)
cli-help-arg-contact-remove-partner = El socio (id o nombre) al que pertenece la persona, cuando el nombre no basta
cli-help-arg-local-group-partner = Solo el grupo local de este socio (id o nombre)
cli-help-command-local-group-add = Añadir un miembro al grupo local de un socio
cli-help-arg-local-group-add-partner = El socio (id o nombre) cuyo grupo local es
cli-help-arg-local-group-add-name = El nombre del miembro
cli-help-arg-organisation = La organización de la que viene («Cámara de Comercio»)
cli-help-arg-local-group-add-role = Su papel en el grupo
cli-help-command-local-group-update = Cambiar un miembro del grupo local; solo cambian las opciones indicadas (un valor vacío lo borra)
cli-help-arg-local-group-update-partner = El socio (id o nombre) al que pertenece la persona, cuando el nombre no basta
cli-help-arg-local-group-update-role = Su papel en el grupo
cli-help-command-local-group-remove = Quitar un miembro de un grupo local
cli-help-arg-local-group-remove-partner = El socio (id o nombre) al que pertenece la persona, cuando el nombre no basta
cli-help-arg-meetings-from = Solo reuniones en este día o después (AAAA-MM-DD); las que no tienen fecha se dejan fuera
cli-help-arg-meetings-to = Solo reuniones en este día o antes (AAAA-MM-DD); las que no tienen fecha se dejan fuera
cli-help-arg-meeting-show-network = El nombre corto o el nombre de la red (o, dado solo, el id o el UID de la reunión)
cli-help-arg-meeting = El id, el UID o el título de la reunión en esa red
cli-help-arg-meeting-add-title = Cómo se llama la reunión («Reunión transnacional n.º 3»)
cli-help-arg-meeting-add-kind = kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review u other
cli-help-arg-host = El id o el nombre del socio anfitrión (vacío para quitar el anfitrión)
cli-help-arg-meeting-add-start = Inicio, «AAAA-MM-DD HH:MM» en la hora de --tz
cli-help-arg-meeting-add-end = Fin, «AAAA-MM-DD HH:MM» o «HH:MM» el día del inicio
cli-help-arg-meeting-add-tz = Zona horaria IANA de --start y --end [por defecto: la del anfitrión]
cli-help-arg-meeting-add-date = Reunión de días completos: su (primer) día, AAAA-MM-DD
cli-help-arg-until = Reunión de días completos: su último día, AAAA-MM-DD [por defecto: --date]
cli-help-arg-meeting-add-month = Aún sin fecha, pero prevista para este mes: AAAA-MM (o solo el año, AAAA)
cli-help-arg-wording = Aún sin fecha: cuándo está prevista, en palabras («después del verano»)
cli-help-arg-mode = in-person, online o hybrid [al añadir: in-person]
cli-help-arg-online = Enlace para unirse en línea (https://...)
cli-help-arg-venue = Dónde tiene lugar, cuando no es simplemente la ciudad anfitriona («Ayuntamiento, Jelgava»)
cli-help-arg-meeting-add-description = Texto libre sobre la reunión
cli-help-arg-status = tentative, confirmed, held, postponed o cancelled [al añadir: tentative]
cli-help-arg-meeting-update-network = El nombre corto o el nombre de la red (o, dado solo, el id o el UID de la reunión)
cli-help-arg-meeting-update-kind = kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review u other
cli-help-arg-meeting-update-undated = Volver a dejar la reunión sin fecha (conserva --month y --wording si se indican)
cli-help-arg-meeting-update-start = Inicio, «AAAA-MM-DD HH:MM» en la hora de --tz
cli-help-arg-meeting-update-end = Fin, «AAAA-MM-DD HH:MM» o «HH:MM» el día del inicio
cli-help-arg-meeting-update-tz = Zona horaria IANA de --start y --end [por defecto: la del anfitrión]
cli-help-arg-meeting-update-date = Reunión de días completos: su (primer) día, AAAA-MM-DD
cli-help-arg-meeting-update-month = Aún sin fecha, pero prevista para este mes: AAAA-MM (o solo el año, AAAA)
cli-help-arg-meeting-update-description = Texto libre sobre la reunión
cli-help-arg-meeting-confirm-network = El nombre corto o el nombre de la red (o, dado solo, el id o el UID de la reunión)
cli-help-arg-meeting-postpone-network = El nombre corto o el nombre de la red (o, dado solo, el id o el UID de la reunión)
cli-help-arg-meeting-postpone-to = La nueva fecha: «AAAA-MM-DD HH:MM» (conserva la duración salvo que se indique --end) o AAAA-MM-DD para días completos (conserva el número de días salvo que se indique --until)
cli-help-arg-meeting-postpone-end = Fin de la nueva fecha: «AAAA-MM-DD HH:MM», o «HH:MM» el día de --to
cli-help-arg-meeting-postpone-until = Último día de las nuevas fechas, AAAA-MM-DD
cli-help-arg-meeting-postpone-tz = Zona horaria IANA de --to y --end [por defecto: la de la reunión]
cli-help-arg-meeting-postpone-undated = Aún sin nueva fecha: la reunión se marca como aplazada y los calendarios cancelan la fecha antigua
cli-help-arg-meeting-held-network = El nombre corto o el nombre de la red (o, dado solo, el id o el UID de la reunión)
cli-help-arg-meeting-cancel-network = El nombre corto o el nombre de la red (o, dado solo, el id o el UID de la reunión)
cli-help-arg-meeting-delete-network = El nombre corto o el nombre de la red (o, dado solo, el id o el UID de la reunión)
cli-help-arg-agenda-meeting = El id, el UID o el título de la reunión
cli-help-command-agenda-add = Añadir un punto, al final o como número --at
cli-help-arg-agenda-add-title = Qué es el punto («Bienvenida y presentaciones»)
cli-help-arg-agenda-add-at = Su lugar: 1 para el primero [por defecto: después del último]
cli-help-arg-agenda-add-start = Cuándo empieza, HH:MM en la hora de la reunión
cli-help-arg-agenda-add-end = Cuándo termina, HH:MM
cli-help-arg-speaker = El socio que lo dirige (id o nombre)
cli-help-arg-agenda-add-notes = Texto libre sobre el punto
cli-help-command-agenda-update = Cambiar el punto N; solo cambian las opciones indicadas (un valor vacío lo borra)
cli-help-arg-item = El número del punto
cli-help-arg-agenda-update-start = Cuándo empieza, HH:MM en la hora de la reunión
cli-help-arg-agenda-update-end = Cuándo termina, HH:MM
cli-help-arg-agenda-update-notes = Texto libre sobre el punto
cli-help-command-agenda-move = Mover el punto N para que pase a ser el número --to
cli-help-arg-agenda-move-to = Su nuevo número
cli-help-command-agenda-remove = Quitar el punto N; los siguientes suben
cli-help-arg-attendance-meeting = El id, el UID o el título de la reunión
cli-help-arg-attendance-partner = El socio (id o nombre) cuya respuesta es esta
cli-help-arg-attendance-contact = Una persona de contacto (id o nombre) cuya respuesta es esta
cli-help-arg-attendance-status = invited, confirmed (aceptada), declined, tentative, attended, o none para quitarlos de la lista
cli-help-arg-plan = El id del plan o RED/CIUDAD
cli-help-arg-plan-create-partner = La ciudad socia cuyo plan es (su nombre o su id)
cli-help-arg-plan-create-summary = Unas líneas sobre el plan; pasan a ser el primer texto de su sección de contexto
cli-help-arg-plan-create-language = El idioma de sus documentos exportados: en, fr, de, es, it, pt, pl, nl, el, ro [por defecto: en]
cli-help-arg-plan-language-code = en, fr, de, es, it, pt, pl, nl, el o ro
cli-help-command-plan-section-set = Sustituir el texto de una sección (Markdown) por --text o el contenido de --file
cli-help-arg-plan-section-set-key = La clave de la sección: context, vision, approach, actions, implementation, funding, risks, monitoring, local-group, o una propia
cli-help-arg-plan-section-set-text = El texto nuevo
cli-help-arg-plan-section-set-file = Un archivo con el texto nuevo (Markdown en UTF-8)
cli-help-arg-plan-section-set-message = Por qué cambió, para el historial
cli-help-command-plan-section-add = Añadir una sección propia (su clave se forma a partir del título)
cli-help-arg-plan-section-add-after = Ponerla después de esta sección [por defecto: al final]
cli-help-command-plan-section-remove = Quitar una sección propia (su texto queda en el historial)
cli-help-arg-key = La clave de la sección
cli-help-command-plan-action-add = Añadir una acción al final de la tabla
cli-help-arg-plan-action-add-objective = El objetivo al que sirve (las acciones se suman por objetivo)
cli-help-arg-plan-action-add-lead = La organización responsable
cli-help-arg-plan-action-add-partners = Organizaciones socias
cli-help-arg-plan-action-add-start = Primer mes (AAAA-MM)
cli-help-arg-plan-action-add-end = Último mes (AAAA-MM)
cli-help-arg-plan-action-add-cost = Coste estimado en euros, como 12500.50
cli-help-arg-plan-action-add-funding = Financiación asegurada: city, erdf, esf-plus, national, regional, private u other, luego = y los euros; repetible
cli-help-arg-plan-action-add-status = idea, planned, ongoing, done o dropped [por defecto: planned]
cli-help-arg-plan-action-add-pilot = Un piloto a pequeña escala (acción de prueba)
cli-help-command-plan-indicator-add = Añadir un indicador
cli-help-arg-plan-indicator-add-kind = output o result
cli-help-arg-plan-indicator-add-by = Cuándo debe alcanzarse la meta (AAAA-MM)
cli-help-arg-plan-indicator-add-verification = Medios de verificación
cli-help-command-plan-risk-add = Añadir un riesgo
cli-help-arg-plan-risk-add-likelihood = 1 (raro) a 5 (casi seguro)
cli-help-arg-plan-risk-add-impact = 1 (menor) a 5 (grave)
cli-help-arg-plan-diff-rev-a = El número de la revisión más antigua
cli-help-arg-plan-diff-rev-b = El número de la revisión más reciente
cli-help-arg-plan-restore-rev = El número de la revisión
cli-help-arg-plan-status-status = draft, in-review, final o adopted
cli-help-arg-plan-status-date = El día en que el pleno aprobó el plan (AAAA-MM-DD), para adopted
cli-help-arg-plan-comment-author = El nombre de quien revisa
cli-help-arg-plan-send-out = El archivo que escribir
cli-help-arg-plan-receive-file = El archivo .convene-plan
cli-help-arg-plan-resolve-key = La clave del conflicto: una clave de sección, o action:ID, indicator:ID, risk:ID (`convene plan conflicts` las lista)
cli-help-arg-plan-resolve-ours = Conservar nuestro texto
cli-help-arg-plan-resolve-theirs = Tomar su texto
cli-help-arg-plan-resolve-text = Poner este texto combinado
cli-help-arg-plan-resolve-file = Poner el texto combinado de este archivo
cli-help-arg-plan-export-format = docx, pdf, md (o markdown) o html [por defecto: según la extensión de --out]
cli-help-arg-plan-export-out = El archivo que escribir (se sustituye si existe)
cli-help-arg-plan-author-name = El nombre nuevo ("" vuelve al nombre de usuario del sistema)
cli-help-arg-account = La cuenta cuya carpeta WebDAV contiene el archivo (convene account list)
cli-help-arg-folder = La carpeta en el servidor (absoluta, o relativa a la dirección de la cuenta) [por defecto: la carpeta del último push o pull, si no la dirección de la cuenta]
cli-help-arg-password-stdin = Leer la contraseña de la primera línea de la entrada estándar
cli-help-command-practice-show = Una buena práctica con todas sus secciones y las redes que la usan
cli-help-arg-practice-show-id = El id o el título de la práctica
cli-help-command-practice-add = Añadir una buena práctica
cli-help-arg-practice-add-title = Cómo se llama la práctica
cli-help-arg-practice-add-tagline = Una línea que diga qué es
cli-help-arg-city = La ciudad de la que procede
cli-help-arg-country = Código ISO 3166-1 (ES), nombre de país (España) o región
cli-help-arg-author = Quién la redactó
cli-help-arg-author-role = El papel de quien la redactó («Coordinadora de proyecto»)
cli-help-arg-figure = Una cifra que destaca la práctica («521 946 habitantes»)
cli-help-arg-transfer = Si las redes la transfieren: yes o no [al añadir: no]
cli-help-arg-networks = Las redes que la usan, por nombre corto o nombre, separadas por comas ("" para ninguna)
cli-help-arg-sections = Un archivo de texto con sus secciones (líneas «## Título», texto debajo); - lee la entrada estándar
cli-help-command-practice-update = Cambiar una buena práctica; solo cambian las opciones indicadas (un valor vacío lo borra)
cli-help-arg-practice = El id o el título de la práctica
cli-help-arg-practice-update-tagline = Una línea que diga qué es
cli-help-command-practice-remove = Quitar una buena práctica
cli-help-arg-search-text = Palabras que buscar (todas deben coincidir; los acentos y las mayúsculas no importan)
cli-help-arg-search-limit = Como mucho este número de resultados
cli-help-arg-backup-file = Dónde escribir la copia
cli-help-command-export-json = Todo, como un solo documento JSON (véase docs/json.md); a la salida estándar salvo que se indique --out
cli-help-arg-out = Escribir en este archivo en vez de en la salida estándar
cli-help-command-export-ics = Las reuniones de una red como archivo iCalendar (.ics); a la salida estándar salvo que se indique --out
cli-help-arg-export-ics-partner = Solo la vista de este socio: lo que acoge o a lo que asiste, y las reuniones de toda la red
cli-help-arg-export-ics-meeting = Solo esta reunión (su id o su UID)
cli-help-arg-export-ics-from = Solo reuniones con algún día en este o después (AAAA-MM-DD)
cli-help-arg-export-ics-to = Solo reuniones con algún día en este o antes (AAAA-MM-DD)
cli-help-arg-export-ics-reminder = Un recordatorio este tiempo antes de cada reunión: 1d, 2h, 30m, 1w, o combinados (1d12h)
cli-help-note-holidays = Dos letras nombran un país, con su código ISO 3166-1 (FR, es, XK): sus festivos.
    Cualquier otra cosa nombra una red (su nombre corto o su nombre): cada día en que uno de sus socios no
    trabaja (festivos nacionales y regionales, y los días libres anotados con `convene dayoff add`).
    El periodo es --year AÑO, o --from FECHA --to FECHA (ambos días incluidos).
    Las fechas vienen de python-holidays; un país que no cubre se rechaza con la lista de los que sí cubre.
cli-help-arg-holidays-target = El código de dos letras de un país (FR), o el nombre corto o el nombre de una red
cli-help-arg-holidays-region = Con un país: también los festivos de su región, un código ISO 3166-2 como ES-CN o DE-BY
cli-help-arg-holidays-year = El año entero
cli-help-arg-holidays-from = El primer día, AAAA-MM-DD
cli-help-arg-holidays-to = El último día, AAAA-MM-DD
cli-help-command-dayoff-list = Los días libres anotados para los socios de una red, por fecha
cli-help-arg-dayoff-list-partner = Solo los de este socio (su id o su nombre)
cli-help-command-dayoff-add = Anotar un día en que un socio no trabaja (la fiesta de un patrón, unas elecciones locales)
cli-help-arg-dayoff-add-date = El día, AAAA-MM-DD
cli-help-arg-dayoff-add-name = Qué día es («San Juan»)
cli-help-command-dayoff-remove = Quitar un día libre de un socio; --name elige cuando tiene varios ese día
cli-help-arg-dayoff-remove-date = El día, AAAA-MM-DD
cli-help-arg-dayoff-remove-name = El nombre del día libre
cli-help-arg-invite-network = El nombre corto o el nombre de la red (o, dado solo, el id o el UID de la reunión)
cli-help-arg-organizer = La dirección de correo de quien organiza (el remitente; las respuestas vuelven a ella)
cli-help-arg-invite-to = La dirección de correo de un asistente; repita la opción o separe las direcciones con comas
cli-help-arg-invite-out = Escribir el mensaje en este archivo (.eml) en vez de en la salida estándar
cli-help-arg-slots-from = Primer día de la búsqueda, AAAA-MM-DD
cli-help-arg-slots-to = Último día de la búsqueda, AAAA-MM-DD (una reunión debe terminar antes de su medianoche)
cli-help-arg-slots-duration = Cuánto dura la reunión: 2h, 90m, 1h30
cli-help-arg-slots-days = Días completos en su lugar: N días seguidos en los que ningún socio tiene festivo
cli-help-arg-slots-hours = Horario laboral en la hora de cada socio [por defecto: 09:00-17:00]
cli-help-arg-slots-partners = Solo cuenta la hora de este socio (repita para varios) [por defecto: todos los socios]
cli-help-arg-slots-exclude-weekends = Dejar fuera las horas que caen en sábado o domingo para algún socio
cli-help-arg-slots-limit = Cuántas franjas listar, las mejores primero
cli-help-arg-slots-tz = La hora de --from, --to y del encabezado de cada franja [por defecto: UTC]
cli-help-command-poll-create = Iniciar una encuesta: las fechas en que podría celebrarse una reunión
cli-help-arg-poll-create-title = El título de la reunión
cli-help-arg-poll-create-kind = El tipo de reunión: kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review, other
cli-help-arg-poll-create-host = La ciudad socia anfitriona
cli-help-arg-poll-create-options = Una fecha propuesta: «AAAA-MM-DD HH:MM/HH:MM» o AAAA-MM-DD (día completo); repita para cada una
cli-help-arg-poll-create-tz = La zona horaria de las horas de las opciones [por defecto: la del anfitrión]
cli-help-arg-poll-create-deadline = Responder antes de este día (AAAA-MM-DD)
cli-help-command-poll-invite = Escribir las invitaciones a responder (un .eml por destinatario, una reserva provisional por fecha)
cli-help-arg-poll = El id de la encuesta
cli-help-arg-poll-invite-to = Un destinatario, contacto de un socio [por defecto: los contactos de todos los socios]; repita o separe con comas
cli-help-arg-poll-invite-out = La carpeta donde escribir los mensajes
cli-help-command-poll-replies = Leer las respuestas que enviaron los socios: respuestas (.eml, .ics) o tablas de respuesta (.txt)
cli-help-arg-poll-replies-files = Archivos de respuesta
cli-help-command-poll-answer = Anotar a mano las respuestas de un socio
cli-help-arg-poll-answer-partner = El nombre o el id de la ciudad socia
cli-help-arg-poll-answer-options = N=yes, N=maybe o N=no para la fecha N; repita la opción para varias fechas
cli-help-command-poll-show = Quién puede venir y cuándo: cada fecha para cada socio, y quién no ha respondido
cli-help-command-poll-close = Elegir una fecha: crea la reunión y escribe su invitación y la liberación de las demás fechas
cli-help-arg-poll-close-option = La fecha elegida (su número)
cli-help-arg-poll-close-out = Escribir la invitación de la reunión y la liberación de las demás fechas en esta carpeta
cli-help-arg-poll-close-organizer = El remitente de esos mensajes [por defecto: quien organiza las invitaciones de la encuesta]
cli-help-command-poll-list = Las encuestas de una red, las más recientes primero
cli-help-command-account-add = Añadir una cuenta de servidor CalDAV/WebDAV (la contraseña va al llavero)
cli-help-arg-account-add-name = Un nombre corto para referirse a ella (por ejemplo nextcloud)
cli-help-arg-account-add-url = La dirección del servidor (para Nextcloud https://HOST/remote.php/dav; un simple https://HOST se descubre)
cli-help-arg-account-add-user = El nombre de usuario en el servidor
cli-help-arg-account-add-ca-file = Un archivo PEM de la autoridad de certificación de un servidor con su propio certificado
cli-help-command-account-list = Listar las cuentas (nunca sus contraseñas)
cli-help-command-account-test = Conectar, descubrir los calendarios y decir qué se encontró o qué falló exactamente
cli-help-command-account-remove = Quitar una cuenta, su contraseña del llavero y lo que se recordó a través de ella
cli-help-arg-publish-account = La cuenta (convene account list)
cli-help-arg-publish-calendar = El nombre del calendario en el servidor [por defecto: el nombre de la red]
cli-help-arg-publish-ics-file = Guardar también todo el .ics de la red en esta ruta del servidor (para suscriptores)
cli-help-command-conflict-resolve = Resolver un conflicto quedándose con un lado
cli-help-arg-conflict-resolve-id = El id del conflicto (convene conflicts)

cli-help-arguments = Argumentos:
cli-help-commands = Órdenes:
