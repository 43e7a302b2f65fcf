# Plan documents, invitations, reminders and calendar texts. Source: locales/en/export.ftl (comments there).
export-kind-iap = Plan de Acción Integrado
export-fact-city = Ciudad
export-fact-network = Red
export-fact-status = Estado
export-fact-adopted = Aprobado el
export-fact-revision = Revisión
export-revision-of = { $number } del { $date }
export-section-context = Contexto y necesidades
export-section-vision = Visión y objetivos
export-section-approach = Enfoque integrado
export-section-actions = Acciones
export-section-implementation = Implementación: calendario y recursos
export-section-funding = Financiación
export-section-risks = Riesgos
export-section-monitoring = Seguimiento e indicadores
export-section-local-group = Participación del grupo local
export-not-written = Esta sección aún no se ha redactado.
export-period-from = desde { $month }
export-period-until = hasta { $month }
export-action-pilot = piloto
export-no-actions = Todavía no hay acciones registradas.
export-column-action = Acción
export-column-objective = Objetivo
export-column-lead-and-partners = Responsable y socios
export-column-period = Periodo
export-column-cost = Coste
export-column-funding = Financiación
export-column-status = Estado
export-column-year = Año
export-column-actions = Acciones
export-column-amount = Importe
export-column-source = Fuente
export-column-share-of-cost = Parte del coste
export-column-secured = Asegurado
export-column-risk = Riesgo
export-column-likelihood = Probabilidad
export-column-impact = Impacto
export-column-score = Puntuación
export-column-mitigation = Mitigación
export-column-owner = Responsable
export-column-indicator = Indicador
export-column-type = Tipo
export-column-unit = Unidad
export-column-baseline = Valor de referencia
export-column-target = Meta
export-column-by = Plazo
export-column-verification = Verificación
export-with-partners = con { $partners }
export-not-estimated = sin estimar
export-total = Total
export-total-without-dropped = Total (sin las acciones abandonadas)
export-action-descriptions = Descripción de las acciones
export-indicators-label = Indicadores:
export-actions-per-year = Acciones por año
export-unscheduled-actions = { $count ->
    [one] { $count } acción aún no está programada.
   *[other] { $count } acciones aún no están programadas.
}
export-no-budget = Todavía no hay presupuesto: la tabla de acciones está vacía.
export-total-estimated-cost = Coste total estimado
export-secured-funding = Financiación asegurada
export-funding-above-cost = Financiación superior al coste
export-funding-gap = Déficit de financiación
export-budget-summary = Resumen del presupuesto
export-uncosted-actions = { $count ->
    [one] { $count } acción aún no tiene coste estimado y cuenta como { $zero }.
   *[other] { $count } acciones aún no tienen coste estimado y cuentan como { $zero }.
}
export-not-yet-funded = Aún sin financiar
export-funding-by-source = Financiación por fuente
export-no-objective = Sin objetivo indicado
export-cost-by-objective = Coste por objetivo
export-no-risks = Todavía no hay riesgos registrados.
export-no-indicators = Todavía no hay indicadores registrados.
invite-subject-invitation = Invitación: { $title } ({ $when })
invite-subject-updated = Invitación actualizada: { $title } ({ $when })
invite-subject-cancelled = Cancelada: { $title } ({ $when })
invite-subject-postponed = Aplazada: { $title } ({ $when })
invite-intro-request = { $who } le invita a { $title } ({ $network }).
invite-intro-postponed = { $title } ({ $network }) se aplaza; se comunicará una nueva fecha.
invite-intro-cancelled = { $title } ({ $network }) se cancela.
invite-clock = { $clock } (hora de { $zone }, { $offset })
invite-all-day = { $date } (todo el día)
invite-all-days = del { $first } al { $last } (todo el día)
invite-when = Cuándo: { $when }
invite-where = Dónde: { $place }
invite-online = Unirse en línea: { $url }
invite-host = Anfitrión: { $host }
invite-agenda = Orden del día:
invite-footer-request = Su programa de calendario muestra este mensaje como una invitación para aceptar o rechazar.
invite-footer-cancel = Su programa de calendario elimina la reunión cuando abre este mensaje.
export-plan-status-draft = Borrador
export-plan-status-in_review = En revisión
export-plan-status-final = Final
export-plan-status-adopted = Aprobado
export-action-status-idea = Idea
export-action-status-planned = Prevista
export-action-status-ongoing = En curso
export-action-status-done = Hecha
export-action-status-dropped = Abandonada
export-indicator-kind-output = Realización
export-indicator-kind-result = Resultado
export-funding-source-city = Presupuesto municipal
export-funding-source-erdf = FEDER
export-funding-source-esf_plus = FSE+
export-funding-source-national = Nacional
export-funding-source-regional = Regional
export-funding-source-private = Privada
export-funding-source-other = Otra

plan-revision-created = Creado
plan-revision-created-from-page = Creado a partir del resumen importado del Plan de Acción Integrado
plan-revision-sections-reordered = Secciones reordenadas
plan-revision-edited = Edición de «{ $section }»
plan-revision-section-added = Sección «{ $section }» añadida
plan-revision-section-renamed = Sección «{ $old }» renombrada como «{ $new }»
plan-revision-section-removed = Sección «{ $section }» quitada
plan-revision-action-added = Acción «{ $action }» añadida
plan-revision-action-changed = Acción «{ $action }» modificada
plan-revision-action-deleted = Acción «{ $action }» eliminada
plan-revision-action-moved = Acción «{ $action }» movida
plan-revision-indicator-added = Indicador «{ $indicator }» añadido
plan-revision-indicator-changed = Indicador «{ $indicator }» modificado
plan-revision-indicator-deleted = Indicador «{ $indicator }» eliminado
plan-revision-risk-added = Riesgo «{ $risk }» añadido
plan-revision-risk-changed = Riesgo «{ $risk }» modificado
plan-revision-risk-deleted = Riesgo «{ $risk }» eliminado
plan-revision-restored = Versión { $number } restaurada
plan-revision-settled-ours = Conflicto resuelto en «{ $label }»: se conserva nuestro texto
plan-revision-settled-theirs = Conflicto resuelto en «{ $label }»: se conserva su texto
plan-revision-settled-merged = Conflicto resuelto en «{ $label }»: se conserva un texto combinado
plan-revision-merged = { $count ->
    [one] { $count } versión combinada
   *[other] { $count } versiones combinadas
} desde la copia de { $author }
plan-revision-merged-conflicts = { $count ->
    [one] { $count } versión combinada
   *[other] { $count } versiones combinadas
} desde la copia de { $author }; { $conflicts ->
    [one] { $conflicts } conflicto por resolver
   *[other] { $conflicts } conflictos por resolver
}
plan-author-unknown = Desconocido
plan-revision-kind-created = Creado
plan-revision-kind-edit = Editado
plan-revision-kind-restore = Restaurado
plan-revision-kind-received = Recibido
plan-revision-kind-merge = Combinado
plan-revision-kind-resolve = Conflicto resuelto

poll-hold-title = [Encuesta { $number }/{ $total }] { $title }
poll-hold-description = Una de las { $total } fechas propuestas para { $title }. Acepte si esta fecha le viene bien, responda Provisional si hace falta, Rechace si no.
poll-subject-invitation = ¿Qué fechas le vienen bien? { $title } ({ $count ->
    [one] { $count } fecha
   *[other] { $count } fechas
})
poll-grid-intro = { $who } pregunta qué fechas le vienen bien a { $partner } para «{ $title }» ({ $network }).
poll-grid-deadline = Responda antes del { $date }, por favor.
poll-grid-calendar = Su programa de calendario muestra cada fecha como una reserva provisional, «{ $example }». Responda a cada una: Aceptar = sí, Provisional = si hace falta, Rechazar = no.
poll-grid-reply = Si no las muestra, responda a este correo escribiendo sí, quizás o no después de cada fecha de abajo, y conserve la línea Token: indica que las respuestas son suyas.
poll-grid-option-your-time = { $when }, en su hora { $local }
poll-subject-released = Fechas liberadas: { $title } tendrá lugar el { $when }
poll-released-intro = La encuesta sobre «{ $title }» está cerrada: tendrá lugar el { $when }. A continuación llega una invitación.
poll-released-list = Estas fechas quedan liberadas; su programa de calendario retira sus reservas:

export-imported = importado: { $parts }
export-imported-nothing = no se importó nada: el archivo no contiene datos

plan-received-created = se añadió el plan «{ $title }» con { $count ->
    [one] { $count } versión
   *[other] { $count } versiones
}{ $note }{ $partner_note }
plan-received-partner-unknown = {" "}({ $partner } no es socio de esta red aquí, así que el plan no tiene socio)
plan-received-up-to-date = «{ $title }» ya está al día: no ha cambiado nada{ $note }
plan-received-up-to-date-text = «{ $title }» ya está al día: su texto no ha cambiado{ $note }
plan-received-ours-newer = Esta copia de «{ $title }» es más reciente que la del archivo: no ha cambiado nada{ $note }
plan-received-ours-newer-text = Esta copia de «{ $title }» es más reciente que la del archivo: su texto no ha cambiado{ $note }
plan-received-fast-forward = Se { $count ->
    [one] añadió { $count } versión
   *[other] añadieron { $count } versiones
} a «{ $title }»; ahora coincide con la última versión del archivo{ $note }
plan-received-merged = Se { $count ->
    [one] combinó { $count } versión
   *[other] combinaron { $count } versiones
} en «{ $title }»; se conservan los cambios de ambos lados{ $note }
plan-received-merged-conflicts = Se { $count ->
    [one] combinó { $count } versión
   *[other] combinaron { $count } versiones
} en «{ $title }», pero ambos lados cambiaron { $labels }: no se sobrescribió nada; elija qué texto conservar{ $note }
plan-received-note = {" "}({ $notes })
plan-received-comments-added = { $count ->
    [one] { $count } comentario nuevo
   *[other] { $count } comentarios nuevos
}
plan-received-comments-resolved = { $count ->
    [one] { $count } comentario resuelto
   *[other] { $count } comentarios resueltos
}

urbact-created = Creado: { $counts }.
urbact-would-create = Prueba, no se guarda nada: se crearía: { $counts }.
urbact-already-there = Ya en la base de datos y sin cambios: { $counts }.
urbact-nothing-changed = No ha cambiado nada: todo lo de este archivo ya está en la base de datos.
urbact-nothing-would-change = No cambiaría nada: todo lo de este archivo ya está en la base de datos.
urbact-warnings = { $count ->
    [one] { $count } aviso.
   *[other] { $count } avisos.
}

poll-replies-unusable = { $bad ->
    [one] { $bad } de { $files } archivos no se puede usar, así que no se registró nada; quítelo o corríjalo y vuelva a leer las respuestas
   *[other] { $bad } de { $files } archivos no se pueden usar, así que no se registró nada; quítelos o corríjalos y vuelva a leer las respuestas
}
poll-replies-read = { $answers ->
    [one] { $answers } respuesta
   *[other] { $answers } respuestas
} de { $files ->
    [one] { $files } archivo
   *[other] { $files } archivos
}
poll-replies-read-detail = { $answers ->
    [one] { $answers } respuesta
   *[other] { $answers } respuestas
} de { $files ->
    [one] { $files } archivo
   *[other] { $files } archivos
}: { $parts }
poll-replies-new = { $count ->
    [one] { $count } nueva
   *[other] { $count } nuevas
}
poll-replies-changed = { $count ->
    [one] { $count } cambiada
   *[other] { $count } cambiadas
}
poll-replies-same = { $count ->
    [one] { $count } ya registrada
   *[other] { $count } ya registradas
}
poll-replies-older = { $count ->
    [one] { $count } más antigua que la respuesta registrada
   *[other] { $count } más antiguas que la respuesta registrada
}

## The words a calendar file (.ics) writes around a meeting's own text, in the network's
## working language (ical::export::words); invitations carry the same file. English
## must stay as it is: calendar files already written hold it.
# Opens the description of a postponed meeting, which the file cancels at its old date.
calendar-postponed = Aplazada: se comunicará una nueva fecha.
# LOCATION of an online meeting that names no venue and no host city.
calendar-location-online = En línea
# A meeting's kind as the event's category (CATEGORIES); each kind needs its own words.
calendar-kind-kick-off = Lanzamiento
calendar-kind-transnational = Reunión transnacional
calendar-kind-city-visit = Visita a la ciudad
calendar-kind-final-event = Evento final
calendar-kind-local-group = Grupo local URBACT
calendar-kind-online-touch-base = Puesta en común en línea
calendar-kind-phase-review = Revisión de fase
calendar-kind-other = Otra

## A meeting's when in words (schedule_text): the command line's lists and details, in
## the reader's language, and invitations' texts, in the network's working language.
# $dates: a day or a range of days, written by Convene.
when-all-day = { $dates }, todo el día
when-all-days = { $dates }, días completos
# After a time when a meeting ends on a later day than it starts ("22:00-01:00 +1 day").
# $count: how many days later.
when-end-days-later = +{ $count ->
    [one] { $count } día
   *[other] { $count } días
}
# A range of days as the command line writes it; $first, $last: days written 2027-03-10.
when-days-iso = del { $first } al { $last }
# A meeting without a date yet. $known: what is known of its date (a month and year, a
# year, or a month); $wording: the source's own words for it, such as "after the summer".
when-not-dated = aún sin fecha
when-not-dated-known = aún sin fecha ({ $known })
when-not-dated-wording = aún sin fecha («{ $wording }»)
when-not-dated-known-wording = aún sin fecha ({ $known }: «{ $wording }»)
# In a list: what is known of the date, then that it is not fixed.
when-known-not-dated = { $known }, aún sin fecha
# $month: a month's name, when the year is not known.
when-month-year-unknown = { $month }, año desconocido

## A meeting postponed (meeting_status): the line added to its description, in the
## network's working language. $when: its old date and time, written out.
meeting-postponed-from = Aplazada; fecha inicial: { $when }.

## What is wrong with a proposed time for one partner (scheduling::burden), in the
## reader's language.
# $name: the public holiday or day off there.
slot-problem-holiday = festivo: { $name }
# $title: the network's other meeting at that time.
slot-problem-overlap = coincide con «{ $title }»
slot-problem-weekend = fin de semana
# $early, $late: times of day, such as 08:00 and 19:00.
slot-problem-early-or-late = antes de las { $early } o después de las { $late }
# $hours: the working hours asked for, such as 09:00-17:00.
slot-problem-outside-hours = fuera del horario laboral ({ $hours })
