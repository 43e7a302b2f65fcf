# La ventana de Convene, en español. Traducido de locales/en/ui.ftl (mismos identificadores
# y variables). Términos URBACT: Plan de Acción Integrado, reunión transnacional, grupo
# local URBACT, ciudad socia, socio principal.

## screens/Settings.svelte
settings-settings = Ajustes
settings-your-name-your-data = Su idioma, su nombre, sus datos, sus copias de seguridad, y la entrada y salida de datos.
settings-language = Idioma
settings-language-label = Idioma de la ventana
settings-language-hint = Menús, botones y mensajes, y cómo se escriben las fechas, las horas y los importes. Los planes y las invitaciones conservan su propio idioma.
settings-language-system = Idioma del sistema ({ $language })
settings-language-changed = La ventana está ahora en { $language }.
settings-your-name = Su nombre
settings-name-plan-versions-comments = Nombre en las versiones de los planes y en los comentarios
settings-every-save-action-plan = Cada guardado de un plan de acción se firma con él, para que los socios vean quién escribió qué. Si se deja vacío, se usa el nombre de su cuenta del ordenador.
settings-every-save-action-plan-as-now = Cada guardado de un plan de acción se firma con él, para que los socios vean quién escribió qué. Si se deja vacío, se usa el nombre de su cuenta del ordenador (como ahora).
settings-saving = Guardando…
settings-save-name = Guardar el nombre
settings-database = Base de datos
settings-location = Ubicación
settings-schema-version = Versión del esquema
settings-convene-version = Versión de Convene
settings-everything-kept-one-file = Todo se guarda en este único archivo. Para usar otro archivo, inicie Convene con la variable de entorno CONVENE_DB apuntando a su ruta.
settings-loading = Cargando…
settings-backup-restore = Copia de seguridad y restauración
settings-backup-complete-copy-database = Una copia de seguridad es una copia completa de la base de datos; se puede hacer sin riesgo con Convene abierto.
settings-saving-backup = Guardando la copia…
settings-back-up-now = Hacer copia ahora…
settings-restore-from-backup = Restaurar una copia…
settings-import-export = Importar y exportar
settings-import-urbact-network-good = Importe páginas URBACT de redes y buenas prácticas guardadas como texto. Los registros que ya existen se quedan como están: importar dos veces el mismo archivo no cambia nada.
settings-importing = Importando…
settings-import-pages = Importar páginas…
settings-exporting = Exportando…
settings-export-everything-json = Exportar todo como JSON…
settings-import-report = Informe de importación
settings-replace-all-data-backup = ¿Sustituir todos los datos por la copia?
settings-everything-now-convene-will = Todo lo que hay ahora en Convene se sustituirá por el contenido de { $path }. Se guarda una copia de la base actual a su lado, así que se puede deshacer restaurando esa copia.
settings-restore-backup = Restaurar la copia
settings-keep-current-data = Conservar los datos actuales

## App.svelte
app-skip-content = Ir al contenido
app-convene-could-not-open = Convene no pudo abrir su base de datos: { $startError }
app-convene-try-again = Volver a intentarlo
app-page-not-found = Página no encontrada
app-there-nothing-at-address = No hay nada en esta dirección.
app-go-home-screen = Ir al inicio
app-dismiss-message = Cerrar el mensaje

## components/AgendaEditor.svelte
agenda-editor-agenda = Orden del día
agenda-editor-move-item-alt-alt = Mueva un punto con Alt+↑ y Alt+↓, los botones de flecha o arrastrándolo ⠿.
agenda-editor-no-agenda-items-yet = Todavía no hay puntos en el orden del día.
agenda-editor-drag-move-item = Arrastrar para mover el punto { $value }
agenda-editor-move-item-up = Subir el punto { $value }
agenda-editor-move-item-down = Bajar el punto { $value }
agenda-editor-remove-item = Quitar el punto { $value }
agenda-editor-remove = Quitar
agenda-editor-item-title = Título del punto { $value }
agenda-editor-from = De
agenda-editor-hh-mm = HH:MM
agenda-editor-to = A
agenda-editor-led = Dirigido por
agenda-editor-nobody-particular = Nadie en particular
agenda-editor-notes = Notas
agenda-editor-add-item = Añadir un punto
agenda-editor-saving = Guardando…
agenda-editor-save-agenda = Guardar el orden del día
agenda-editor-unsaved-changes = Cambios sin guardar

## components/AttendanceEditor.svelte
attendance-editor-attendance = Asistencia
attendance-editor-count = { $label }: { $count }
attendance-editor-network-has-no-partners = La red todavía no tiene socios.
attendance-editor-partner = Socio
attendance-editor-answer = Respuesta
attendance-editor-not-invited = No invitado
attendance-editor-people = Personas

## components/ConfirmDialog.svelte
confirm-dialog-working = Procesando…

## components/DaysOffSection.svelte
days-off-section-holidays-days-off = Festivos y días libres
days-off-section-next-weeks = En las próximas { $wEEKS } semanas
days-off-section-public-holidays-each-partner = Los festivos del país de cada socio (y de su región, si tiene una), y los días libres registrados abajo.
days-off-section-no-partner-has-holiday = Ningún socio tiene festivo ni día libre en las próximas { $wEEKS } semanas.
days-off-section-holidays-days-off-next = Festivos y días libres de las próximas { $wEEKS } semanas
days-off-section-recorded-days-off = Días libres registrados
days-off-section-none-yet-record-city = Ninguno todavía. Registre los días libres propios de una ciudad, como la fiesta de su patrón o unas elecciones locales.
days-off-section-remove = Quitar { $name } de { $partnerName }
days-off-section-remove-2 = Quitar
days-off-section-record-day-off = Registrar un día libre
days-off-section-partner = Socio
days-off-section-choose = Elegir…
days-off-section-day = Día
days-off-section-yyyy-mm-dd = AAAA-MM-DD
days-off-section-what = Qué es
days-off-section-patron-saint-s-day = Fiesta del patrón
days-off-section-saving = Guardando…
days-off-section-record-day-off-2 = Registrar el día libre

## components/FindTimePanel.svelte
find-time-panel-find-time = Buscar una fecha
find-time-panel-close = Cerrar
find-time-panel-find-days = Buscar días
find-time-panel-find-times = Buscar horas
find-time-panel-choose-network-first = Elija primero la red.
find-time-panel-choose-at-time-all = Elija «A una hora» o «Todo el día» para buscar una fecha que convenga a los socios.
find-time-panel-days-which-no-partner = Días en los que ningún socio tiene festivo ni día libre.
find-time-panel-times-ranked-how-well = Horas ordenadas según lo bien que convienen a cada socio: horario laboral, fines de semana, festivos y otras reuniones.
find-time-panel-from = Desde
find-time-panel-yyyy-mm-dd = AAAA-MM-DD
find-time-panel-to = Hasta
find-time-panel-days = Días
find-time-panel-length = Duración
find-time-panel-working-day = Jornada laboral
find-time-panel-working-day-starts = Inicio de la jornada
find-time-panel-working-day-ends = Fin de la jornada
find-time-panel-to-2 = a
find-time-panel-leave-out-weekends = Excluir los fines de semana
find-time-panel-looking = Buscando…
find-time-panel-search = Buscar
find-time-panel-times-on-zone-clock = Horas según el reloj de { $zone }; se indica la hora de cada socio.
find-time-panel-times-in-utc = Horas en UTC (elija un anfitrión o una zona horaria para leerlas en su reloj); se indica la hora de cada socio.
find-time-panel-times-suit-every-partner = { $suit_everyone ->
    [one] { $suit_everyone } de { $candidates } horas conviene a todos los socios; las { $length } primeras están abajo.
   *[other] { $suit_everyone } de { $candidates } horas convienen a todos los socios; las { $length } primeras están abajo.
}
find-time-panel-none-times-suits-every = Ninguna de las { $candidates } horas conviene a todos los socios; las menos incómodas van primero.
find-time-panel-suits-everyone = conviene a todos
find-time-panel-awkward-for = { $count ->
    [one] incómoda para { $count } socio
   *[other] incómoda para { $count } socios
}
find-time-panel-use-time = Usar esta hora
find-time-panel-no-run-days-free = No hay ninguna serie de días libre para todos los socios en ese periodo.
find-time-panel-day-runs = { $days ->
    [one] Días sin festivo de ningún socio: { $count }.
   *[other] Periodos de { $days } días sin festivo de ningún socio: { $count }.
}
find-time-panel-also = también: { $other_meetings }
find-time-panel-use-these-days = Usar estos días
find-time-panel-days-left-out = Días descartados ({ $length })

## components/ImportReport.svelte
import-report-import-report = Informe de importación
import-report-already-there-left-they = Ya estaban y se dejaron como estaban: { $existing }.
import-report-check = { $count ->
        [one] { $count } cosa
       *[other] { $count } cosas
    } que revisar
import-report-lines-importer-placed-guessing = — líneas que la importación colocó adivinando, o guardó como notas
import-report-line = Línea { $line }
import-report-lines-to-check = Líneas que revisar
import-report-no-warnings-every-line = Sin avisos: cada línea encontró su lugar.

## components/LocalTimesPanel.svelte
local-times-panel-local-times = Horas locales
local-times-panel-working-out-local-times = Calculando las horas locales…
local-times-panel-network-has-no-partners = Esta red todavía no tiene socios.
local-times-panel-within-working-hours-08 = Dentro del horario laboral (08:00–19:00) en día laborable para cada socio.
local-times-panel-of = { $awkward } de { $length }
local-times-panel-partners-would-meet-outside = socios se reunirían fuera de 08:00–19:00 o en fin de semana.
local-times-panel-partner = Socio
local-times-panel-starts-there = Empieza allí
local-times-panel-ends-there = Termina allí
local-times-panel-host = anfitrión

## components/MeetingList.svelte
meeting-list-all = { $caption }, { $length } en total
meeting-list-when = Cuándo
meeting-list-meeting = Reunión
meeting-list-network = Red
meeting-list-host = Anfitrión
meeting-list-mode = Modalidad
meeting-list-status = Estado

## components/MilestoneForm.svelte
milestone-form-edit = Editar { $title }
milestone-form-add-milestone = Añadir un hito
milestone-form-title = Título
milestone-form-integrated-action-plan-due = Entrega del Plan de Acción Integrado
milestone-form-kind = Tipo
milestone-form-date-known = La fecha se conoce
milestone-form-day = al día
milestone-form-only-month = solo al mes
milestone-form-month = Mes
milestone-form-yyyy-mm = AAAA-MM
milestone-form-example-2027-06-june = Por ejemplo 2027-06 para junio de 2027.
milestone-form-date = Fecha
milestone-form-yyyy-mm-dd = AAAA-MM-DD
milestone-form-description = Descripción
milestone-form-done = Hecho
milestone-form-saving = Guardando…
milestone-form-save-changes = Guardar los cambios
milestone-form-add-milestone-2 = Añadir el hito
milestone-form-close-without-saving = Cerrar sin guardar

## components/MonthCalendar.svelte
month-calendar-meetings = { $count ->
        [one] { $count } reunión
       *[other] { $count } reuniones
    }
month-calendar-previous-month = Mes anterior
month-calendar-previous = ‹ Anterior
month-calendar-month = Este mes
month-calendar-next-month = Mes siguiente
month-calendar-next = Siguiente ›
month-calendar-today = { $day }, hoy
month-calendar-days-off = Días libres: { $lines }
month-calendar-more = +{ $value } más

## components/Nav.svelte
nav-main = Principal
nav-convene = Convene
nav-search = Buscar
nav-ctrl = Ctrl
nav-k = K

## components/PartnerDetails.svelte
partner-details-field-name = Nombre
partner-details-field-role = Cargo
partner-details-field-email = Correo electrónico
partner-details-field-phone = Teléfono
partner-details-field-organisation = Organización
partner-details-field-group-role = Papel en el grupo
partner-details-now = { $value } · { $countryName } · { $time_zone } · ahora { $clockIn }
partner-details-now-in-region = { $value } · { $countryName } ({ $region }) · { $time_zone } · ahora { $clockIn }
partner-details-edit-partner = Editar el socio
partner-details-delete-partner = Eliminar el socio
partner-details-close-details = Cerrar los detalles de { $name }
partner-details-close = Cerrar
partner-details-population = Población: { $population }
partner-details-contacts = Contactos
partner-details-local-group = Grupo local URBACT

## components/PartnerForm.svelte
partner-form-edit = Editar { $name }
partner-form-add-partner = Añadir un socio
partner-form-city-organisation = Ciudad u organización
partner-form-country = País
partner-form-choose = Elegir…
partner-form-role = Papel
partner-form-time-zone = Zona horaria
partner-form-empty-means-country-s = Vacío significa la zona del país, { $defaultZone }.
partner-form-empty-means-country-s-2 = Vacío significa la zona del país.
partner-form-region = Región
partner-form-its-public-holidays-count = Sus festivos cuentan además de los nacionales.
partner-form-convene-knows-no-regional = Convene no conoce festivos regionales para este país.
partner-form-none-national-holidays-only = Ninguna (solo festivos nacionales)
partner-form-population = Población
partner-form-notes = Notas
partner-form-saving = Guardando…
partner-form-save-changes = Guardar los cambios
partner-form-add-partner-2 = Añadir el socio
partner-form-close-without-saving = Cerrar sin guardar

## components/PartnersTable.svelte
partners-table-partners-all = Socios, { $length } en total
partners-table-city-partner = Ciudad o socio
partners-table-country = País
partners-table-role = Papel
partners-table-time-zone = Zona horaria
partners-table-local-time-now = Hora local
partners-table-people = Personas

## components/PeopleEditor.svelte
people-editor-add = { $noun ->
        [contact] Añadir contacto
       *[member] Añadir miembro
    }
people-editor-none-yet = Ninguno todavía.
people-editor-delete = ¿Eliminar { $primary }?
people-editor-delete-2 = Eliminar
people-editor-keep = Conservar
people-editor-edit = Editar { $primary }
people-editor-edit-2 = Editar
people-editor-delete-3 = Eliminar { $primary }
people-editor-new = { $noun ->
        [contact] Nuevo contacto
       *[member] Nuevo miembro
    }
people-editor-edit-3 = { $noun ->
        [contact] Editar contacto
       *[member] Editar miembro
    }
people-editor-saving = Guardando…
people-editor-save = Guardar
people-editor-close-without-saving = Cerrar sin guardar

## components/PostponeDialog.svelte
postpone-dialog-postpone = Aplazar «{ $title }»
postpone-dialog-current-date-stays-record = La fecha actual queda anotada en la descripción («Aplazada del …»).
postpone-dialog-when-will-take-place = ¿Cuándo tendrá lugar?
postpone-dialog-new-date-meeting-becomes = En una nueva fecha (la reunión vuelve a ser provisional)
postpone-dialog-no-new-date-yet = Todavía sin nueva fecha (los calendarios cancelan la fecha actual)
postpone-dialog-first-day = Primer día
postpone-dialog-new-date = Nueva fecha
postpone-dialog-yyyy-mm-dd = AAAA-MM-DD
postpone-dialog-start-time = Hora de inicio
postpone-dialog-hh-mm = HH:MM
postpone-dialog-end-time = Hora de fin
postpone-dialog-last-day = Último día
postpone-dialog-times-clock-meeting-s = Horas según el reloj de { $time_zone }, la zona de la reunión.
postpone-dialog-without-last-day-meeting = Sin último día, la reunión conserva su número de días.
postpone-dialog-go-back = Volver
postpone-dialog-working = Procesando…
postpone-dialog-postpone-2 = Aplazar

## components/SearchBox.svelte
search-box-search-networks-partners-meetings = Buscar redes, socios, reuniones, planes y prácticas
search-box-search-networks-partners-meetings-2 = Buscar redes, socios, reuniones, planes, prácticas…
search-box-results = { $length } resultados
search-box-results-2 = Resultados
search-box-nothing-found-try-fewer = Nada encontrado para «{ $searched }». Pruebe con menos palabras o más cortas.

## components/SearchDialog.svelte
search-dialog-search = Buscar
search-dialog-choose-enter-open-esc = ↑ ↓ para elegir, Intro para abrir, Esc para cerrar.

## components/Timeline.svelte
timeline-timeline = Cronología de { $network_name }
timeline-today = Hoy
timeline-no-dates-yet-nothing = Todavía no hay fechas: nada que dibujar.

## components/WorkProgressBar.svelte
work-progress-bar-cancelling = Cancelando…
work-progress-bar-cancel = Cancelar

## components/calendar/AddToCalendarButton.svelte
add-to-calendar-button-saving = Guardando…
add-to-calendar-button-add-calendar = Añadir al calendario…

## components/calendar/CalendarResult.svelte
calendar-result-dismiss-message = Cerrar este mensaje

## components/calendar/ExportCalendarButton.svelte
export-calendar-button-export-calendar = Exportar el calendario…
export-calendar-button-export-calendar-2 = Exportar el calendario de { $name }
export-calendar-button-every-dated-meeting-goes = Cada reunión con fecha va a un único archivo .ics que abren Outlook, Google Calendar, Thunderbird y Calendario de Apple. Las reuniones aún sin fecha se dejan fuera.
export-calendar-button-reminder = Recordatorio
export-calendar-button-only-meetings-between-optional = Solo las reuniones entre (opcional)
export-calendar-button-first-day = Primer día
export-calendar-button-yyyy-mm-dd = AAAA-MM-DD
export-calendar-button-last-day = Último día
export-calendar-button-cancel = Cancelar
export-calendar-button-saving = Guardando…
export-calendar-button-save = Guardar…

## components/calendar/ImportCalendarButton.svelte
import-calendar-button-importing = Importando…
import-calendar-button-import-calendar = Importar un calendario…

## components/calendar/ImportCalendarDialog.svelte
import-calendar-dialog-calendar-imported = Calendario importado
import-calendar-dialog-import-report = Informe de importación
import-calendar-dialog-already-saved-recent-file = { $count ->
        [one] { $count } evento ya estaba guardado, tan reciente como en el archivo o más, y se dejó como estaba.
       *[other] { $count } eventos ya estaban guardados, tan recientes como en el archivo o más, y se dejaron como estaban.
    }
import-calendar-dialog-skipped = { $count ->
        [one] { $count } evento omitido
       *[other] { $count } eventos omitidos
    }
import-calendar-dialog-not-imported-fix-calendar = { $count ->
        [one] , sin importar; corríjalo en el programa de calendario e importe el archivo de nuevo
       *[other] , sin importar; corríjalos en el programa de calendario e importe el archivo de nuevo
    }
import-calendar-dialog-more = … y { $value } más.
import-calendar-dialog-check = { $count ->
        [one] { $count } cosa
       *[other] { $count } cosas
    } que revisar
import-calendar-dialog-no-warnings = Sin avisos.
import-calendar-dialog-close = Cerrar

## components/calendar/InvitationDialog.svelte
invitation-dialog-email-invitation = Enviar por correo una invitación a «{ $title }»
invitation-dialog-your-mail-program-opens = Su programa de correo abre el mensaje listo para enviar; llega como una invitación para aceptar o rechazar.
invitation-dialog-cancellation-note = { $status ->
    [cancelled] La reunión está cancelada: el mensaje será una cancelación, que la quita de los calendarios de quienes la aceptaron.
   *[postponed] La reunión está aplazada: el mensaje será una cancelación, que la quita de los calendarios de quienes la aceptaron.
}
invitation-dialog-from-your-e-mail = De (su dirección de correo)
invitation-dialog-answers-come-back-remembered = Las respuestas vuelven a ella. Se recuerda en este ordenador.
invitation-dialog-to = Para ({ $count ->
        [one] { $count } persona
       *[other] { $count } personas
    })
invitation-dialog-finding-partners-contacts = Buscando los contactos de los socios…
invitation-dialog-no-contact-partners-meeting = Ningún contacto de los socios a los que concierne esta reunión tiene dirección de correo. Añada direcciones abajo, o añádalas a los contactos de los socios.
invitation-dialog-choose-all = Elegir todos
invitation-dialog-choose-none = No elegir ninguno
invitation-dialog-other-addresses = Otras direcciones
invitation-dialog-separate-them-commas-new = Sepárelas con comas o saltos de línea.
invitation-dialog-cancel = Cancelar
invitation-dialog-writing = Redactando…
invitation-dialog-write-cancellation = Redactar la cancelación
invitation-dialog-write-invitation = Redactar la invitación

## components/calendar/MeetingCalendarBar.svelte
meeting-calendar-bar-calendars-invitations = Calendarios e invitaciones
meeting-calendar-bar-calendars = Calendarios:
meeting-calendar-bar-email-invitation = Invitación por correo…
meeting-calendar-bar-give-meeting-date-add = Ponga fecha a la reunión para añadirla a los calendarios e invitar a personas.

## components/plan/ActionDetails.svelte
action-details-action = Acción: { $title }
action-details-title = Título
action-details-objective = Objetivo
action-details-lead = Organización responsable
action-details-partners = Organizaciones socias
action-details-start-month = Mes de inicio (AAAA-MM)
action-details-end-month = Mes de fin (AAAA-MM)
action-details-estimated-cost = Coste estimado (€)
action-details-status = Estado
action-details-pilot-small-scale-test = Una acción piloto (prueba a pequeña escala)
action-details-description = Descripción
action-details-funding = Financiación
action-details-no-funding-found-yet = Todavía no se ha encontrado financiación.
action-details-source = Fuente
action-details-amount = Importe (€)
action-details-remove-funding-line = Quitar la línea de financiación { $value }
action-details-remove = Quitar
action-details-add-funding-line = Añadir una línea de financiación
action-details-indicators-action-feeds = Indicadores a los que contribuye esta acción
action-details-saving = Guardando…
action-details-save-action = Guardar la acción
action-details-cancel = Cancelar
action-details-delete-action = ¿Eliminar esta acción?
action-details-delete = Eliminar
action-details-keep = Conservarla
action-details-delete-action-2 = Eliminar la acción…

## components/plan/ActionTable.svelte
action-table-no-actions-yet-add = Todavía no hay acciones. Añada la primera: su título, luego sus meses, su coste y su financiación.
action-table-tab-arrows-move-between = Tab y las flechas pasan de una celda a otra; Intro edita y guarda una celda; Esc cancela; Alt+↑/↓ mueve una acción.
action-table-actions-plan-all = Acciones del plan, { $length } en total
action-table-of = { $label } de { $title }
action-table-yyyy-mm-yyyy-mm = AAAA-MM – AAAA-MM
action-table-pilot = Piloto
action-table-adding = Añadiendo…
action-table-add-action = Añadir una acción

## components/plan/BudgetSummary.svelte
budget-summary-total-cost = Coste total
budget-summary-funding-found = Financiación encontrada
budget-summary-funding-above-cost = Financiación por encima del coste
budget-summary-funding-gap = Déficit de financiación
budget-summary-not-counted = { $count ->
        [one] { $count } acción aún no tiene coste estimado y no se cuenta.
       *[other] { $count } acciones aún no tienen coste estimado y no se cuentan.
    }
budget-summary-actions-per-year = Acciones por año
budget-summary-no-action-has-months = Ninguna acción tiene meses todavía.
budget-summary-year = Año
budget-summary-actions-running = Acciones en curso
budget-summary-nothing-yet = Nada todavía.
budget-summary-euros = Euros
budget-summary-share = Parte
budget-summary-no-objective = Sin objetivo

## components/plan/Comments.svelte
comments-comments = Comentarios sobre «{ $sectionTitle }»
comments-open = ({ $length } abiertos)
comments-no-open-comments-section = No hay comentarios abiertos en esta sección.
comments-mark-comment-resolved = Marcar como resuelto el comentario de { $author }
comments-resolve = Resolver
comments-add-comment = Añadir un comentario
comments-adding = Añadiendo…
comments-add-comment-2 = Añadir el comentario

## components/plan/ConflictResolver.svelte
conflict-resolver-both-copies-changed-since = Las dos copias cambiaron esto desde la última versión que compartió.
conflict-resolver-ours-kept-plan-now = La nuestra (por ahora se queda en el plan)
conflict-resolver-we-removed = Lo quitamos nosotros.
conflict-resolver-theirs = La suya
conflict-resolver-they-removed = Lo quitaron ellos.
conflict-resolver-merged-text = Texto combinado
conflict-resolver-keep-ours = Conservar la nuestra
conflict-resolver-take-theirs = Tomar la suya
conflict-resolver-save-merged-text = Guardar el texto combinado

## components/plan/DiffView.svelte
diff-view-changes = Cambios en { $title }

## components/plan/ExportSendBar.svelte
export-send-bar-export = Exportar como
export-send-bar-exporting = Exportando…
export-send-bar-export-2 = Exportar…
export-send-bar-saving = Guardando…
export-send-bar-send-partner = Enviar a un socio…
export-send-bar-reading = Leyendo…
export-send-bar-receive-plan-file = Recibir un archivo de plan…

## components/plan/GanttChart.svelte
gantt-chart-actions-scheduled = { $caption }: { $length } de { $length2 } acciones programadas.
gantt-chart-show-chart = Mostrar como gráfico
gantt-chart-show-table = Mostrar como tabla
gantt-chart-no-actions-yet-add = Todavía no hay acciones: añada acciones con mes de inicio y de fin para verlas aquí.
gantt-chart-pilot-action = Acción piloto
gantt-chart-action = Acción
gantt-chart-starts = Inicio
gantt-chart-ends = Fin
gantt-chart-months = Meses
gantt-chart-pilot = Piloto
gantt-chart-yes = Sí
gantt-chart-no = No
gantt-chart-not-timeline = Fuera de la cronología:

## components/plan/History.svelte
history-compare-version-newest = Comparar la versión { $number } con la más reciente
history-compare = Comparar
history-restore = Restaurar…
history-version = Versión { $number }
history-versions = Versiones ({ $length })
history-saves = { $length } guardados · { $author } · { $runPeriod }
history-versions-2 = Versiones { $number }–{ $number2 }
history-version-option = Versión { $number } ({ $kind ->
        [created] creada
        [edit] editada
        [restore] restaurada
        [received] recibida
        [merge] combinada
       *[resolve] conflicto resuelto
    }, { $instant })
history-show-saves = Mostrar los { $count } guardados
history-hide-saves = Ocultar los { $count } guardados
history-saves-3 = Los { $length } guardados de { $message }
history-changes = Cambios
history-only-one-version-so = Solo una versión por ahora: los cambios aparecerán aquí tras el próximo guardado.
history-from = De
history-to = A
history-these-two-versions-say = Estas dos versiones dicen lo mismo.
history-sections-were-put-another = Las secciones se pusieron en otro orden.
history-was = { $title } (antes { $old_title })
history-actions-indicators-risks = Acciones, indicadores y riesgos
history-comparing = Comparando…
history-restore-version = ¿Restaurar la versión { $number }?
history-plan-will-say-again = El plan volverá a decir lo que decía en la versión { $number }. Se guarda como una nueva versión: el texto actual queda en el historial y puede restaurarse a su vez.
history-restore-version-2 = Restaurar la versión { $number }
history-keep-current-text = Conservar el texto actual

## components/plan/IndicatorTable.svelte
indicator-table-no-indicators-yet-indicators = Todavía no hay indicadores. Los indicadores dicen cómo se medirán los resultados del plan.
indicator-table-indicators = Indicadores
indicator-table-indicator = Indicador
indicator-table-kind = Tipo
indicator-table-baseline = Valor de partida
indicator-table-target = Meta
indicator-table-by = Para
indicator-table-verification = Verificación
indicator-table-actions = Acciones
indicator-table-edit = Editar
indicator-table-edit-2 = Editar { $name }
indicator-table-add-indicator = Añadir un indicador
indicator-table-edit-indicator = Editar el indicador
indicator-table-new-indicator = Nuevo indicador
indicator-table-name = Nombre
indicator-table-unit = Unidad
indicator-table-target-month-yyyy-mm = Mes meta (AAAA-MM)
indicator-table-means-verification = Fuente de verificación
indicator-table-save-indicator = Guardar el indicador
indicator-table-cancel = Cancelar
indicator-table-delete-indicator = Eliminar el indicador

## components/plan/MarkdownEditor.svelte
markdown-editor-text = Texto de «{ $title }»
markdown-editor-markdown = (Markdown)
markdown-editor-hide-preview = Ocultar la vista previa
markdown-editor-show-preview = Mostrar la vista previa
markdown-editor-preview = Vista previa
markdown-editor-nothing-written-yet = Nada escrito todavía.
markdown-editor-preview-2 = Vista previa de { $title }

## components/plan/NewPlanDialog.svelte
new-plan-dialog-new-action-plan = Nuevo plan de acción
new-plan-dialog-city = Ciudad
new-plan-dialog-no-partner-city = Ninguna ciudad socia
new-plan-dialog-partner-has-plan = { $name } (tiene un plan)
new-plan-dialog-title = Título
new-plan-dialog-creating = Creando…
new-plan-dialog-create-plan = Crear el plan
new-plan-dialog-cancel = Cancelar

## components/plan/RiskTable.svelte
risk-table-no-risks-recorded-yet = Todavía no hay riesgos registrados.
risk-table-risks-highest-score-first = Riesgos, primero la puntuación más alta
risk-table-risk = Riesgo
risk-table-likelihood = Probabilidad
risk-table-impact = Impacto
risk-table-score = Puntuación
risk-table-mitigation = Mitigación
risk-table-owner = Responsable
risk-table-edit = Editar
risk-table-edit-risk = Editar el riesgo: { $description }
risk-table-add-risk = Añadir un riesgo
risk-table-edit-risk-2 = Editar el riesgo
risk-table-new-risk = Nuevo riesgo
risk-table-what-could-go-wrong = Qué podría salir mal
risk-table-save-risk = Guardar el riesgo
risk-table-cancel = Cancelar
risk-table-delete-risk = Eliminar el riesgo

## components/plan/SectionOutline.svelte
section-outline-plan-outline = Esquema del plan
section-outline-sections = Secciones
section-outline-alt-up-alt-down = Alt+Arriba y Alt+Abajo mueven una sección.
section-outline-nothing-written-yet = Nada escrito todavía
section-outline-empty = vacía
section-outline-open-comment-count = { $count ->
    [one] { $count } comentario abierto
   *[other] { $count } comentarios abiertos
}
section-outline-title-new-section = Título de la nueva sección
section-outline-add = Añadir
section-outline-cancel = Cancelar
section-outline-add-section = + Añadir una sección
section-outline-plan = Plan

## components/plan/StatusControl.svelte
status-control-status = Estado:
status-control-on = el { $date }
status-control-date-council-adopted-plan = Fecha en que el pleno aprobó el plan
status-control-record-adoption = Registrar la aprobación
status-control-cancel = Cancelar
status-control-status-history = Historial del estado ({ $length })
status-control-adopted = (aprobado el { $date })

## components/poll/PollForm.svelte
poll-form-start-poll = Iniciar una encuesta
poll-form-meeting-title = Título de la reunión
poll-form-transnational-meeting-3 = Reunión transnacional 3
poll-form-kind = Tipo
poll-form-host = Anfitrión
poll-form-no-host = Sin anfitrión
poll-form-dates-offered-one-line = Fechas propuestas, una por línea
poll-form-time-clock-zone-below = Una hora según el reloj de la zona de abajo (la del anfitrión si está vacía); una fecha sola es un día entero, el mismo en todas partes.
poll-form-time-zone = Zona horaria
poll-form-europe-riga = Europe/Riga
poll-form-answer = Responder antes del
poll-form-yyyy-mm-dd = AAAA-MM-DD
poll-form-starting = Iniciando…
poll-form-start-poll-2 = Iniciar la encuesta
poll-form-close-without-saving = Cerrar sin guardar

## components/poll/PollsSection.svelte
polls-section-polls = Encuestas
polls-section-new-poll = Nueva encuesta
polls-section-no-polls-yet-poll = Todavía no hay encuestas. Una encuesta pregunta a los socios qué fechas les convienen, y la fecha elegida se convierte en una reunión.
polls-section-list-dates = { $count ->
    [one] { $count } fecha
   *[other] { $count } fechas
}
polls-section-list-dates-deadline = { $count ->
    [one] { $count } fecha, respuesta antes del { $deadline }
   *[other] { $count } fechas, respuesta antes del { $deadline }
}
polls-section-closed = Cerrada
polls-section-open = Abierta
polls-section-reading = Leyendo…
polls-section-add-reply-files = Añadir archivos de respuesta…
polls-section-hosted = Anfitrión: { $host_name }
polls-section-no-host = Sin anfitrión
polls-section-answer-by = respuesta antes del { $deadline }
polls-section-invitations-written-to = { $count ->
    [one] invitaciones redactadas para { $count } dirección
   *[other] invitaciones redactadas para { $count } direcciones
}
polls-section-closed-became-meeting = Cerrada: la fecha elegida se convirtió en una reunión. La encuesta se conserva tal como estaba.
polls-section-open-meeting = Abrir la reunión
polls-section-drop-partners-reply-e = Suelte en la ventana los correos de respuesta de los socios (.eml) o sus archivos de calendario (.ics), o añádalos con el botón. O elija una respuesta en una celda.
polls-section-your-e-mail-address = Su dirección de correo
polls-section-coordinator-network-eu = coordinacion@red.eu
polls-section-writing = Redactando…
polls-section-write-invitations = Redactar las invitaciones
polls-section-wrote-messages = { $count ->
    [one] Se redactó { $count } mensaje en { $folder }: ábralo en su programa de correo y envíelo.
   *[other] Se redactaron { $count } mensajes en { $folder }: abra cada uno en su programa de correo y envíelo.
}
polls-section-wrote-messages-folder-open = { $count ->
    [one] Se redactó { $count } mensaje en { $folder }, ahora abierta: ábralo en su programa de correo y envíelo.
   *[other] Se redactaron { $count } mensajes en { $folder }, ahora abierta: abra cada uno en su programa de correo y envíelo.
}
polls-section-one-e-mail-per = Un correo por contacto de cada socio: cada fecha como una reserva provisional que el socio acepta o rechaza en su calendario, y una tabla de respuestas para rellenar a mano.
polls-section-dismiss = Cerrar
polls-section-answers-partners-dates-each = Respuestas a { $title }: socios por fechas, cada fecha según el reloj del socio
polls-section-partner = Socio
polls-section-date-2 = Fecha { $number }
polls-section-yes-if-need-no = { $yes } sí · { $maybe } si hace falta · { $no } no
polls-section-choose-date = Elegir esta fecha
polls-section-date-3 = { $name }, fecha { $number }
polls-section-no-answer = Sin respuesta
polls-section-not-answered-yet = Aún no han respondido: { $not_answered }.
polls-section-choose-date-2 = ¿Elegir la fecha { $number }?
polls-section-will-created-confirmed-meeting = { $title } se creará como reunión confirmada el { $when }, y la encuesta se cerrará: ya no se podrá responder.
polls-section-create-meeting = Crear la reunión
polls-section-dropped-no-poll = { $count ->
    [one] Se soltó un archivo, pero no hay ninguna encuesta abierta elegida: elija primero una encuesta y luego suelte sus respuestas.
   *[other] Se soltaron { $count } archivos, pero no hay ninguna encuesta abierta elegida: elija primero una encuesta y luego suelte sus respuestas.
}

## screens/FirstRun.svelte
first-run-welcome-convene = Bienvenido a Convene
first-run-convene-helps-coordinators-partners = Convene ayuda a coordinadores y socios de redes transnacionales de ciudades — redes URBACT y proyectos europeos similares — a tener su trabajo en un solo lugar.
first-run-networks-partner-cities = Redes y ciudades socias
first-run-point-networks = { $term }, con sus contactos y grupos locales.
first-run-meetings-across-time-zones = Reuniones entre zonas horarias
first-run-point-meetings = { $term }: la hora local de cada socio de un vistazo, órdenes del día y asistencia.
first-run-everything-stays-on-computer = Todo se queda en este ordenador, en un solo archivo de base de datos.
first-run-everything-stays-in-file = Todo se queda en este ordenador, en un solo archivo de base de datos: { $path }.
first-run-timelines = Cronologías
first-run-meetings-milestones-what-needs = de reuniones e hitos, y lo que necesita su atención a continuación.
first-run-action-plans-good-practices = Planes de acción y buenas prácticas
first-run-cities-share-transfer = que las ciudades comparten y transfieren.
first-run-example-networks-loaded = Las redes de ejemplo están cargadas
first-run-open-convene = Abrir Convene
first-run-see-networks = Ver las redes
first-run-how-would-you-like = ¿Cómo quiere empezar?
first-run-loading-examples = Cargando los ejemplos…
first-run-load-example-networks = Cargar las redes de ejemplo
first-run-four-urbact-networks-techtown = Cuatro redes URBACT (TechTown, Find your Greatness, DigiPlace, IoTXchange) y tres buenas prácticas, leídas de sus páginas públicas. Verá lo que la importación no pudo colocar.
first-run-start-empty = Empezar vacío
first-run-begin-no-data-add = Empezar sin datos y añadir su propia red.

## screens/Home.svelte
home-home = Inicio
home-what-coming-up-across = Lo que se acerca en sus redes.
home-new-meeting = Nueva reunión
home-loading = Cargando…
home-next-meetings = Próximas reuniones
home-no-meetings-ahead = No hay reuniones por delante.
home-plan-one = Programar una
home-hosted = Anfitrión: { $host_name }
home-no-host-yet = Todavía sin anfitrión
home-needs-attention = Requiere atención
home-nothing-needs-attention = Nada requiere atención.
home-attention-show-all = Mostrar la lista completa ({ $count } más)
home-checking-travel = Comprobando viajes y festivos de las próximas reuniones…
home-travel-check-failed = No se pudieron comprobar los viajes y festivos de las próximas reuniones: { $error }
home-timeline-failed = No se pudo cargar esta cronología: { $error } Abra la página de la red para ver sus reuniones.
home-timelines = Cronologías
home-no-networks-yet = Todavía no hay redes.
home-add-network = Añadir una red
home-project-months = De { $start } a { $end }
home-project-dates-not-set = Fechas del proyecto sin fijar
home-dated-items-not-drawn = { $count ->
    [one] { $count } elemento fechado más no se dibuja; vea las reuniones de la red.
   *[other] { $count } elementos fechados más no se dibujan; vea las reuniones de la red.
}
home-not-dated-yet = Todavía sin fecha
home-more = y { $omitted_undated } más.
home-meeting = reunión
home-tentative = provisional
home-milestone = hito
home-today = hoy

## screens/MeetingEdit.svelte
meeting-edit-new-meeting = Nueva reunión
meeting-edit-edit = Editar «{ $originalTitle }»
meeting-edit-fields-marked-required-times = Los campos marcados con * son obligatorios. Las horas se escriben HH:MM en formato de 24 horas.
meeting-edit-loading = Cargando…
meeting-edit-network = Red
meeting-edit-choose = Elegir…
meeting-edit-title = Título
meeting-edit-kind = Tipo
meeting-edit-host = Anfitrión
meeting-edit-no-host-yet = Todavía sin anfitrión
meeting-edit-status = Estado
meeting-edit-when = Cuándo
meeting-edit-kind-date = Tipo de fecha
meeting-edit-at-time = A una hora
meeting-edit-all-day = Todo el día
meeting-edit-not-dated-yet = Todavía sin fecha
meeting-edit-start-date = Fecha de inicio *
meeting-edit-yyyy-mm-dd = AAAA-MM-DD
meeting-edit-start-time = Hora de inicio *
meeting-edit-hh-mm = HH:MM
meeting-edit-end-date = Fecha de fin
meeting-edit-same-day = mismo día
meeting-edit-end-time = Hora de fin *
meeting-edit-leave-end-date-empty = Deje vacía la fecha de fin para una reunión de un solo día.
meeting-edit-time-zone-these-times = Zona horaria de estas horas
meeting-edit-europe-riga = Europe/Riga
meeting-edit-host-s-zone-unless = La zona del anfitrión, salvo que elija otra.
meeting-edit-iana-zone-such-europe = Una zona IANA como Europe/Riga; elegir un anfitrión la rellena.
meeting-edit-first-day = Primer día
meeting-edit-last-day = Último día
meeting-edit-year-if-known = Año, si se conoce
meeting-edit-month-if-known = Mes, si se conoce
meeting-edit-not-known = Desconocido
meeting-edit-when-words = Cuándo, en palabras
meeting-edit-after-summer-limerick = Después del verano, en Limerick
meeting-edit-worth-second-look = Conviene revisar:
meeting-edit-mode = Modalidad
meeting-edit-online-link = Enlace en línea
meeting-edit-https = https://
meeting-edit-only-needed-online-hybrid = Solo necesario para reuniones en línea o híbridas.
meeting-edit-venue = Lugar
meeting-edit-description = Descripción
meeting-edit-saving = Guardando…
meeting-edit-add-meeting = Añadir la reunión
meeting-edit-save-changes = Guardar los cambios
meeting-edit-back-without-saving = Volver sin guardar

## screens/MeetingPage.svelte
meeting-page-back-meetings = Volver a las reuniones
meeting-page-loading = Cargando…
meeting-page-network = Red
meeting-page-meetings = Reuniones
meeting-page-edit = Editar
meeting-page-delete = Eliminar
meeting-page-status = Estado
meeting-page-change-status = Cambiar el estado:
meeting-page-postpone = Aplazar
meeting-page-status-changed = { $step ->
    [confirmed] «{ $title }» está confirmada.
    [cancelled] «{ $title }» está cancelada.
    [held] «{ $title }» está marcada como celebrada.
    [postponed-to-date] «{ $title }» está aplazada a su nueva fecha (provisional hasta que se confirme).
   *[postponed] «{ $title }» está aplazada sin nueva fecha.
}
meeting-page-details = Detalles
meeting-page-host = Anfitrión
meeting-page-no-host-yet = Todavía sin anfitrión
meeting-page-mode = Modalidad
meeting-page-venue = Lugar
meeting-page-online-link = Enlace en línea
meeting-page-calendar-revision = Revisión de calendario
meeting-page-grows-every-change-calendars = Aumenta con cada cambio que los calendarios deben conocer
meeting-page-delete-2 = ¿Eliminar «{ $title }»?
meeting-page-meeting-its-agenda-its = Se eliminarán la reunión, su orden del día y su asistencia. Para dejar constancia de que no se celebrará, cancélela en su lugar.
meeting-page-delete-meeting = Eliminar la reunión

## screens/Meetings.svelte
meetings-meetings = Reuniones
meetings-all-networks = Todas las redes
meetings-view = Vista
meetings-list = Lista
meetings-calendar = Calendario
meetings-new-meeting = Nueva reunión
meetings-network = Red
meetings-period = Periodo
meetings-upcoming-not-dated = Próximas y sin fecha
meetings-past = Pasadas
meetings-all = Todas
meetings-status = Estado
meetings-any = Cualquiera
meetings-not-cancelled = No canceladas
meetings-words-title-host-venue = Palabras del título, anfitrión, lugar o red
meetings-loading = Cargando…
meetings-meetings-2 = { $length } de { $length2 } reuniones
meetings-no-meeting-matches = Ninguna reunión coincide.

## screens/NetworkEdit.svelte
network-edit-new-network = Nueva red
network-edit-edit = Editar { $original }
network-edit-fields-marked-required = Los campos marcados con * son obligatorios.
network-edit-name = Nombre
network-edit-short-name = Nombre corto
network-edit-used-file-names-command = Se usa en nombres de archivo y en la línea de órdenes; se forma a partir del nombre si está vacío.
network-edit-kind-network = Tipo de red
network-edit-programme = Programa
network-edit-start-date = Fecha de inicio
network-edit-yyyy-mm-dd = AAAA-MM-DD
network-edit-end-date = Fecha de fin
network-edit-contact-e-mail = Correo de contacto
network-edit-name-example-org = nombre@ejemplo.org
network-edit-website = Sitio web
network-edit-https = https://
network-edit-lead-partner = Socio principal
network-edit-not-chosen = Sin elegir
network-edit-tagline = Lema
network-edit-description = Descripción
network-edit-phases = Fases
network-edit-no-phases-urbact-networks = Sin fases. Las redes URBACT suelen tener dos.
network-edit-phase-name = Nombre de la fase { $value }
network-edit-starts = Inicio
network-edit-ends = Fin
network-edit-remove-phase = Quitar la fase { $value }
network-edit-remove = Quitar
network-edit-add-phase = Añadir una fase
network-edit-saving = Guardando…
network-edit-add-network = Añadir la red
network-edit-save-changes = Guardar los cambios
network-edit-back-without-saving = Volver sin guardar
network-edit-loading = Cargando…

## screens/NetworkPage.svelte
network-page-back-networks = Volver a las redes
network-page-loading = Cargando…
network-page-networks = Redes
network-page-new-meeting = Nueva reunión
network-page-edit-network = Editar la red
network-page-delete-network = Eliminar la red
network-page-about-network = Sobre la red
network-page-kind = Tipo
network-page-programme = Programa
network-page-runs = Duración
network-page-lead-partner = Socio principal
network-page-contact = Contacto
network-page-website = Sitio web
network-page-dates-not-set = Fechas sin fijar
network-page-sections-page = Secciones de esta página
network-page-partners = Socios ({ $length })
network-page-meetings = Reuniones ({ $length })
network-page-polls = Encuestas
network-page-milestones = Hitos ({ $length })
network-page-holidays-days-off = Festivos y días libres
network-page-action-plans = Planes de acción ({ $length })
network-page-import-notes = Notas de importación ({ $length })
network-page-partners-2 = Socios
network-page-add-partner = Añadir un socio
network-page-no-partners-yet = Todavía no hay socios.
network-page-choose-partner-see-edit = Elija un socio para ver y editar sus contactos y su grupo local.
network-page-meetings-2 = Reuniones
network-page-calendar = Calendario
network-page-no-meetings-yet = Todavía no hay reuniones.
network-page-meetings-3 = Reuniones de { $name }
network-page-timeline-milestones = Cronología e hitos
network-page-add-milestone = Añadir un hito
network-page-no-milestones-yet-add = Todavía no hay hitos. Añada los pasos que no son reuniones: fines de fase, plazos, entregables.
network-page-milestones-2 = Hitos de { $name }
network-page-done = Hecho
network-page-edit = Editar { $title }
network-page-edit-2 = Editar
network-page-delete = Eliminar { $title }
network-page-delete-2 = Eliminar
network-page-action-plans-2 = Planes de acción
network-page-new-plan = Nuevo plan
network-page-no-action-plans-yet = Todavía no hay planes de acción.
network-page-action-plans-status-last = Planes de acción de { $name }: estado y último cambio
network-page-plan = Plan
network-page-city = Ciudad
network-page-status = Estado
network-page-last-change = Último cambio
network-page-comments = Comentarios
network-page-version = { $last_change_by }, versión { $revision_number }
network-page-settle = { $open_conflicts } por resolver
network-page-import-notes-2 = Notas de importación
network-page-lines-imported-pages-could = Las líneas de las páginas importadas que no se pudieron colocar, guardadas palabra por palabra.
network-page-none = Ninguna.
network-page-line = Línea { $line }
network-page-delete-3 = ¿Eliminar { $name }?
network-page-milestone-will-deleted-from = El hito { $name } se eliminará de la cronología.
network-page-deleting-also-affects = Eliminar { $name } afecta también a:
network-page-nothing-else-depends-will = Nada más depende de { $name }. Se eliminará.
network-page-delete-network-2 = Eliminar la red
network-page-delete-milestone = Eliminar el hito
network-page-delete-partner = Eliminar el socio

## screens/Networks.svelte
networks-networks = Redes
networks-city-networks-you-coordinate = Las redes de ciudades que coordina o en las que participa.
networks-new-network = Nueva red
networks-loading = Cargando…
networks-no-networks-yet = Todavía no hay redes.
networks-add-your-first-network = Añada su primera red
networks-filter-networks = Filtrar redes
networks-name-tagline = Nombre o lema
networks-partner-count = { $count ->
    [one] { $count } socio
   *[other] { $count } socios
}
networks-meeting-count = { $count ->
    [one] { $count } reunión
   *[other] { $count } reuniones
}
networks-lead = Socio principal: { $lead_partner }
networks-edit = Editar { $name }
networks-edit-2 = Editar
networks-delete = Eliminar { $name }
networks-delete-2 = Eliminar
networks-no-network-matches = Ninguna red coincide con «{ $filter }».
networks-delete-3 = ¿Eliminar { $name }?
networks-deleting-also-deletes-everything = Eliminar { $name } elimina también todo lo que le pertenece:
networks-has-nothing-else-will = { $name } no contiene nada más. Se eliminará.
networks-delete-network = Eliminar la red

## screens/PlanPage.svelte
plan-page-back-networks = Volver a las redes
plan-page-loading = Cargando…
plan-page-networks = Redes
plan-page-no-partner-city = Ninguna ciudad socia
plan-page-version = { $value } · versión { $number }, { $author }, { $instant }
plan-page-partner-changed-parts = { $count ->
    [one] La copia de un socio cambió una parte que usted también cambió.
   *[other] La copia de un socio cambió { $count } partes que usted también cambió.
}
plan-page-export-exchange = Exportar e intercambiar
plan-page-choose-which-text-keep = Elegir qué texto conservar
plan-page-rename = Renombrar…
plan-page-remove = Quitar…
plan-page-new-title = Nuevo título
plan-page-rename-2 = Renombrar
plan-page-cancel = Cancelar
plan-page-comments = Comentarios
plan-page-actions = Acciones
plan-page-budget = Presupuesto
plan-page-timeline = Cronología
plan-page-timeline-actions = Cronología de las acciones de { $title }
plan-page-indicators = Indicadores
plan-page-risks = Riesgos
plan-page-history = Historial
plan-page-conflicts-settle = Conflictos por resolver
plan-page-nothing-settle = Nada por resolver.
plan-page-remove-2 = ¿Quitar «{ $title }»?
plan-page-section-leaves-plan-its = La sección sale del plan. Su texto se conserva en el historial y vuelve si se restaura una versión anterior.
plan-page-remove-section = Quitar la sección
plan-page-keep = Conservarla

## screens/PracticeEdit.svelte
practice-edit-good-practices = Buenas prácticas
practice-edit-new-good-practice = Nueva buena práctica
practice-edit-edit = Editar { $original }
practice-edit-fields-marked-required = Los campos marcados con * son obligatorios.
practice-edit-back-good-practices = Volver a las buenas prácticas
practice-edit-title = Título
practice-edit-tagline = Lema
practice-edit-one-sentence-says-what = Una frase que diga qué hace la práctica.
practice-edit-city = Ciudad
practice-edit-country = País
practice-edit-not-given = Sin indicar
practice-edit-written = Redactada por
practice-edit-author-s-role = Cargo del autor
practice-edit-project-officer-city-ga = Técnica de proyectos, Ayuntamiento de Gävle
practice-edit-key-figure = Cifra clave
practice-edit-figure-practice-puts-forward = Una cifra que destaca la práctica, como la población de la ciudad.
practice-edit-transfer-practice-networks-take = Una práctica de transferencia (las redes la adoptan en sus ciudades)
practice-edit-networks-transfer = Redes que la transfieren
practice-edit-no-networks-yet = Todavía no hay redes.
practice-edit-sections = Secciones
practice-edit-no-sections-yet-urbact = Todavía no hay secciones. Las páginas URBACT suelen tener unas cuantas: el problema, la solución, los resultados.
practice-edit-section-heading = Título de la sección { $value }
practice-edit-section-text = Texto de la sección { $value }
practice-edit-move-section-up = Subir la sección { $value }
practice-edit-move-up = Subir
practice-edit-move-section-down = Bajar la sección { $value }
practice-edit-move-down = Bajar
practice-edit-remove-section = Quitar la sección { $value }
practice-edit-remove = Quitar
practice-edit-add-section = Añadir una sección
practice-edit-saving = Guardando…
practice-edit-add-practice = Añadir la práctica
practice-edit-save-changes = Guardar los cambios
practice-edit-back-without-saving = Volver sin guardar
practice-edit-loading = Cargando…

## screens/PracticePage.svelte
practice-page-back-good-practices = Volver a las buenas prácticas
practice-page-loading = Cargando…
practice-page-good-practices = Buenas prácticas
practice-page-edit-practice = Editar la práctica
practice-page-delete-practice = Eliminar la práctica
practice-page-city = Ciudad
practice-page-key-figure = Cifra clave
practice-page-written = Redactada por
practice-page-transferred = Transferida por
practice-page-no-network-yet = Todavía ninguna red
practice-page-practice-has-no-written = Esta práctica todavía no tiene secciones redactadas.
practice-page-delete = ¿Eliminar { $title }?
practice-page-delete-practice-2 = Eliminar la práctica

## screens/Practices.svelte
practices-good-practices = Buenas prácticas
practices-solutions-worked-one-city = Soluciones que funcionaron en una ciudad, descritas para que otras puedan adoptarlas.
practices-add-practice = Añadir una práctica
practices-loading = Cargando…
practices-no-good-practices-yet = Todavía no hay buenas prácticas. Añada una, o importe páginas URBACT (Ajustes › Importar páginas).
practices-city-not-given = Ciudad sin indicar
practices-transfer = Transferencia

## screens/SearchPage.svelte
search-page-search = Búsqueda
search-page-networks-partners-meetings-action = Redes, socios, reuniones, planes de acción y buenas prácticas. Las tildes no importan: «Gavle» encuentra Gävle. Pulse Ctrl+K en cualquier lugar para buscar.

## Labels of the core's closed sets
label-meeting-kind-kick-off = Lanzamiento
label-meeting-kind-transnational = Reunión transnacional
label-meeting-kind-city-visit = Visita a la ciudad
label-meeting-kind-final-event = Evento final
label-meeting-kind-local-group = Grupo local URBACT
label-meeting-kind-online-touch-base = Puesta en común en línea
label-meeting-kind-phase-review = Revisión de fase
label-meeting-kind-other = Otra
label-poll-answer-yes = Sí
label-poll-answer-maybe = Si hace falta
label-poll-answer-no = No
label-meeting-mode-in-person = Presencial
label-meeting-mode-online = En línea
label-meeting-mode-hybrid = Híbrida
label-meeting-status-tentative = Provisional
label-meeting-status-confirmed = Confirmada
label-meeting-status-held = Celebrada
label-meeting-status-postponed = Aplazada
label-meeting-status-cancelled = Cancelada
label-attendance-invited = Invitado
label-attendance-accepted = Aceptado
label-attendance-declined = Rechazado
label-attendance-tentative = Quizá
label-attendance-attended = Asistió
label-network-kind-action-planning = Planificación de acciones
label-network-kind-transfer = Transferencia
label-network-kind-innovation-transfer = Transferencia de innovación
label-network-kind-implementation = Implementación
label-network-kind-other = Otra
label-partner-role-lead-partner = Socio principal
label-partner-role-partner = Socio
label-partner-role-good-practice-city = Ciudad de buena práctica
label-partner-role-transfer-city = Ciudad de transferencia
label-partner-role-associated = Asociado
label-plan-status-draft = Borrador
label-plan-status-in-review = En revisión
label-plan-status-final = Definitivo
label-plan-status-adopted = Aprobado
label-funding-source-city = Presupuesto municipal
label-funding-source-erdf = FEDER
label-funding-source-esf-plus = FSE+
label-funding-source-national = Nacional
label-funding-source-regional = Regional
label-funding-source-private = Privada
label-funding-source-other = Otra
label-action-status-idea = Idea
label-action-status-planned = Prevista
label-action-status-ongoing = En curso
label-action-status-done = Terminada
label-action-status-dropped = Abandonada
label-indicator-kind-output = Realización
label-indicator-kind-result = Resultado
label-revision-kind-created = Creado
label-revision-kind-edit = Editado
label-revision-kind-restore = Restaurado
label-revision-kind-received = Recibido
label-revision-kind-merge = Combinado
label-revision-kind-resolve = Conflicto resuelto
label-milestone-kind-phase = Inicio o fin de fase
label-milestone-kind-deadline = Plazo
label-milestone-kind-deliverable = Entregable
label-milestone-kind-decision = Decisión
label-milestone-kind-event = Evento
label-milestone-kind-other = Otro
label-hit-kind-network = Red
label-hit-kind-partner = Socio
label-hit-kind-meeting = Reunión
label-hit-kind-plan = Plan de acción
label-hit-kind-practice = Buena práctica
label-day-off-source-national = Festivo nacional
label-day-off-source-regional = Festivo regional
label-day-off-source-local = Día libre local

## Messages written by the scripts
settings-plan-versions-comments-will = Las versiones de los planes y los comentarios se firmarán «{ $name }».
settings-backup-saved = Copia guardada en { $path }.
settings-everything-was-exported = Todo se exportó a { $path }.
settings-restored-from-data-you = Restaurado desde { $from }. Los datos que tenía antes se guardaron en una copia junto a la base de datos.
settings-backup-restored = Copia restaurada.
network-page-list-countries-could-not = No se pudo cargar la lista de países: se muestran los códigos de país y no se puede elegir el país de un socio: { $error }
network-page-list-time-zones-could = No se pudo cargar la lista de zonas horarias: el formulario de socio no propone ninguna: { $error }
network-page-was-saved = { $name } se guardó.
network-page-was-added = { $name } se añadió.
network-page-calendar-was-imported-but = El calendario se importó, pero las reuniones no se pudieron volver a mostrar: { $error } Abra de nuevo la red para verlas.
network-page-meeting-was-created-but = La reunión se creó, pero las reuniones no se pudieron volver a mostrar: { $error } Abra de nuevo la red para verla.
network-page-was-saved-2 = { $title } se guardó.
network-page-was-added-2 = { $title } se añadió.
network-page-was-deleted = { $name } se eliminó.
network-page-plan-created = { $title } se ha creado.
network-page-not-set = Sin fijar
network-page-from = Desde el { $date }
network-page-until = Hasta el { $date }
agenda-editor-untitled-item = punto sin título
agenda-editor-removed-save-agenda-keep = Se quitó «{ $value }». Guarde el orden del día para conservar el cambio.
reorder-moved = «{ $title }» movido a la posición { $position } de { $count }.
reorder-moved-untitled = Elemento sin título movido a la posición { $position } de { $count }.
agenda-editor-agenda-saved = Orden del día guardado.
confirm-dialog-go-back = Volver
days-off-section-days-off-could-not = No se pudieron cargar los días libres: { $error }
days-off-section-day-off-was-recorded = El día libre { $name } del { $date } se registró para { $partnerName }.
days-off-section-day-off-was-removed = Se quitó el día libre { $name } de { $partnerName }.
meeting-list-meetings = Reuniones
nav-home = Inicio
nav-networks = Redes
nav-meetings = Reuniones
nav-good-practices = Buenas prácticas
nav-search-2 = Búsqueda
nav-settings = Ajustes
partner-form-regions-could-not-loaded = No se pudieron cargar las regiones, así que no se puede elegir ninguna: { $value }
postpone-dialog-give-new-date-yyyy = Indique la nueva fecha (AAAA-MM-DD), o elija «Todavía sin nueva fecha».
postpone-dialog-give-start-end-times = Indique las horas de inicio y de fin (HH:MM), o elija «Todavía sin nueva fecha».
timeline-milestone = Hito
timeline-meeting = Reunión
export-calendar-button-export-cancelled-no-file = Exportación cancelada: no se escribió ningún archivo.
import-calendar-button-import-cancelled-nothing-was = Importación cancelada: no se importó nada y las reuniones siguen como estaban.
import-calendar-dialog-more-network-s-meetings = … y { $value } más, en las reuniones de la red.
action-details-give-amount-source-pays = Indique el importe que paga esta fuente, en euros.
action-table-moved-place = «{ $title }» movida al puesto { $value } de { $length }.
comments-write-comment-first = Escriba primero el comentario.
conflict-resolver-action = Acción
conflict-resolver-indicator = Indicador
conflict-resolver-risk = Riesgo
export-send-bar-word-docx = Word (.docx)
export-send-bar-markdown = Markdown
gantt-chart-timeline-actions = Cronología de las acciones
history-action = Acción
history-indicator = Indicador
history-risk = Riesgo
markdown-editor-all-changes-saved = Todos los cambios guardados
markdown-editor-saving = Guardando…
markdown-editor-unsaved-changes = Cambios sin guardar
markdown-editor-not-saved = Sin guardar: { $error }
new-plan-dialog-integrated-action-plan = Plan de Acción Integrado de { $name }
risk-table-rare = Rara
risk-table-unlikely = Poco probable
risk-table-possible = Posible
risk-table-likely = Probable
risk-table-almost-certain = Casi segura
risk-table-minor = Menor
risk-table-moderate = Moderado
risk-table-serious = Serio
risk-table-major = Importante
risk-table-severe = Grave
status-control-back-draft = Volver a borrador
status-control-send-review = Enviar a revisión
status-control-mark-final = Marcar como definitivo
status-control-record-adoption-2 = Registrar la aprobación…
status-control-back = { $status ->
        [draft] Volver a borrador
        [in_review] Volver a revisión
       *[final] Volver a definitivo
    }
poll-form-give-meeting-title = Ponga un título a la reunión.
poll-form-offer-at-least-date = Proponga al menos una fecha, una por línea.
poll-form-write-deadline-yyyy-mm = Escriba la fecha límite como AAAA-MM-DD.
polls-section-poll-closed-was-created = La encuesta está cerrada: { $title } se creó para el { $text }.
polls-section-poll-started = { $count ->
    [one] La encuesta { $title } se inició con { $count } fecha.
   *[other] La encuesta { $title } se inició con { $count } fechas.
}
first-run-examples-could-not-loaded = No se pudieron cargar los ejemplos: { $error }
home-import = Importación
home-soon-not-confirmed = Pronto, sin confirmar
home-no-host = Sin anfitrión
home-travel = Viaje
meeting-edit-enter-start-end-see = Indique un inicio y un fin para ver la hora de cada socio.
meeting-edit-choose-network-meeting-belongs = Elija la red a la que pertenece la reunión.
meeting-edit-list-time-zones-could = No se pudo cargar la lista de zonas horarias: el campo de zona no propone ninguna (la zona se comprueba igualmente al guardar): { $error }
meeting-edit-local-times-shown-meetings = Las horas locales se muestran para reuniones con hora de inicio y de fin.
meeting-edit-choose-network-see-its = Elija la red para ver las horas locales de sus socios.
meeting-edit-enter-start-end-time = Indique un inicio, un fin y una zona horaria (o un anfitrión) para ver la hora de cada socio.
meeting-edit-no-local-times-yet = Todavía no hay horas locales: { $error }
meeting-edit-form-now-has-time = El formulario ya tiene esa hora; revísela y guarde.
meeting-edit-form-now-has-those = El formulario ya tiene esos días; revíselos y guarde.
meeting-edit-was-added = «{ $title }» se añadió.
meeting-edit-was-saved = «{ $title }» se guardó.
meeting-page-confirm = Confirmar
meeting-page-cancel-meeting = Cancelar la reunión
meeting-page-mark-held = Marcar como celebrada
meeting-page-was-deleted = «{ $title }» se eliminó.
meeting-page-all-day-meeting-has = Una reunión de días completos tiene las mismas fechas en todas partes; las horas locales se muestran para reuniones con hora de inicio y de fin.
meeting-page-meeting-has-no-date = La reunión todavía no tiene fecha.
meetings-partners-holidays-could-not = No se pudieron mostrar los festivos de los socios: { $error }
network-edit-was-added = { $name } se añadió.
network-edit-was-saved = { $name } se guardó.
networks-was-deleted = { $name } se eliminó.
networks-dates-not-set = fechas sin fijar
plan-page-actions-budget-timeline = Acciones, presupuesto y cronología
plan-page-indicators-2 = Indicadores
plan-page-risks-2 = Riesgos
plan-page-history-2 = Historial
plan-page-conflicts-settle-2 = Conflictos por resolver
plan-page-was-removed-its-text = Se quitó «{ $title }»; su texto queda en el historial.
plan-page-new-action = Nueva acción { $n }
plan-page-version-was-restored-new = La versión { $number } se restauró como nueva versión.
plan-page-plan-now = El plan está ahora «{ $next }».
practice-edit-list-countries-could-not = No se pudo cargar la lista de países: { $error }
practice-edit-was-added = { $title } se añadió.
practice-edit-was-saved = { $title } se guardó.
practice-page-country-names-could-not = No se pudieron cargar los nombres de los países; se muestran los códigos: { $error }
practice-page-was-deleted = { $title } se eliminó.
practice-page-practice = La práctica
practice-page-practice-its-section = La práctica y su sección
practice-page-practice-its-sections = La práctica y sus { $sections } secciones
practice-page-will-deleted-networks-transfer = { $what } se eliminará. Las redes que la transfieren se quedan como están.
practices-country-names-could-not = No se pudieron cargar los nombres de los países; se muestran los códigos: { $error }
agenda-form-item-must-end-after = El punto debe terminar después de empezar.
days-off-partners-off = { $length } socios libres
days-off-line = { $source ->
    [national] { $partner } ({ $place }): { $holiday } (festivo nacional)
    [regional] { $partner } ({ $place }): { $holiday } (festivo regional)
   *[local] { $partner } ({ $place }): { $holiday } (día libre local)
}
days-off-line-estimated = { $source ->
    [national] { $partner } ({ $place }): { $holiday } (festivo nacional, fecha estimada)
    [regional] { $partner } ({ $place }): { $holiday } (festivo regional, fecha estimada)
   *[local] { $partner } ({ $place }): { $holiday } (día libre local, fecha estimada)
}
days-off-holiday-of-kind = { $source ->
    [national] { $holiday }
    [regional] { $holiday } (festivo regional)
   *[local] { $holiday } (día libre local)
}
days-off-holiday-of-kind-estimated = { $source ->
    [national] { $holiday } (fecha estimada)
    [regional] { $holiday } (festivo regional, fecha estimada)
   *[local] { $holiday } (día libre local, fecha estimada)
}
days-off-holiday-kept-by = { $holiday }: { $partners }
days-off-names-off = { $names } libres
days-off-choose-partner = Elija el socio.
errors-something-went-wrong-no = Algo salió mal y no se dio ningún motivo.
find-time-h-min = { $h } h { $m } min
find-time-days-write-how-many = Días: escriba cuántos días dura la reunión, por ejemplo 2.
find-time-working-day-write-its = Jornada laboral: escriba su inicio y su fin como HH:MM, por ejemplo 09:00 y 17:00.
long-work-saving-events = { $count ->
        [one] Guardando { $done } de { $total } evento…
       *[other] Guardando { $done } de { $total } eventos…
    }
long-work-writing-events = { $count ->
        [one] Escribiendo { $total } evento…
       *[other] Escribiendo { $total } eventos…
    }
long-work-events-ready = { $count ->
        [one] { $total } evento listo: elija dónde guardar el archivo.
       *[other] { $total } eventos listos: elija dónde guardar el archivo.
    }
meeting-form-meeting-must-end-after = La reunión debe terminar después de empezar.
meeting-form-choose-time-zone-host = Elija una zona horaria, o un anfitrión cuya zona tome la reunión.
meeting-form-not-known-iana-time = «{ $zone }» no es una zona horaria IANA conocida (por ejemplo Europe/Riga).
meeting-form-last-day-before-first = El último día, { $last }, es anterior al primero, { $first }.
meeting-form-write-year-between-leave = Escriba un año entre { $fIRST_YEAR } y { $lAST_YEAR }, o déjelo vacío.
meeting-form-say-words-when-planned = Diga con palabras cuándo está prevista, o indique el año.
milestone-form-enter-month-yyyy-mm = Indique un mes (AAAA-MM).
milestone-form-not-month-write-yyyy = «{ $v }» no es un mes; escríbalo como AAAA-MM, por ejemplo 2027-06.
milestone-form-year-outside = El año { $year } está fuera de { $fIRST_YEAR }-{ $lAST_YEAR }.
partner-form-choose-country = Elija el país.
partner-form-not-known-iana-time = «{ $zone }» no es una zona horaria IANA conocida (por ejemplo Europe/Riga).
plan-diff-no-change = Sin cambios
plan-diff-white-space-changed = Cambiaron los espacios
plan-gantt-no-start-end-month = sin mes de inicio ni de fin
plan-gantt-no-start-month = sin mes de inicio
plan-gantt-no-end-month = sin mes de fin
plan-gantt-its-end-month-comes = su mes de fin es anterior al de inicio
plan-money-no-amount = sin importe
plan-money-type-amount-euros-such = Escriba un importe en euros, por ejemplo 12500 o 12.500,50.
plan-money-euros-have-two-decimals = Los euros tienen dos decimales como máximo (céntimos).
validation-must-not-empty = No puede estar vacío.
validation-characters-long-limit = Tiene { $n } caracteres; el límite es { $max }.
validation-not-e-mail-address = «{ $v }» no es una dirección de correo (se espera nombre@ejemplo.org).
validation-must-start-https-http = «{ $v }» debe empezar por https:// o http://.
validation-not-web-address = «{ $v }» no es una dirección web.
validation-enter-date-yyyy-mm = Indique una fecha (AAAA-MM-DD).
validation-not-date-write-yyyy = «{ $v }» no es una fecha; escríbala como AAAA-MM-DD, por ejemplo 2027-03-10.
validation-year-outside = El año { $year } está fuera de { $fIRST_YEAR }-{ $lAST_YEAR }.
validation-enter-time-hh-mm = Indique una hora (HH:MM, formato de 24 horas).
validation-not-time-write-hh = «{ $v }» no es una hora; escríbala como HH:MM, por ejemplo 14:30.
validation-before-start = { $end } es anterior al inicio, { $start }.
validation-not-whole-number = «{ $value }» no es un número entero.
calendar-saved = { $count ->
        [one] { $count } reunión guardada
       *[other] { $count } reuniones guardadas
    } en { $path }
calendar-left-out = { $head }; { $count ->
        [one] { $count } reunión aún sin fecha se dejó fuera.
       *[other] { $count } reuniones aún sin fecha se dejaron fuera.
    }
calendar-cancellation = La cancelación
calendar-invitation = La invitación
calendar-was-written = { $what } «{ $subject }» se escribió en { $path }.
calendar-open-your-mail-program = { $what } «{ $subject }» está abierta en su programa de correo: revísela y envíela desde allí. También está guardada en { $path }.
calendar-none-file-s-events = No se pudo importar ningún evento del archivo: { $count ->
        [one] { $count } evento se omitió
       *[other] { $count } eventos se omitieron
    }, cada uno listado con su línea y su motivo; no se importó nada.
calendar-calendar-holds-no-events = El calendario no contiene eventos para esta red; no se importó nada{ $skippedPart }.
calendar-nothing-changed-already-saved = Nada cambió: { $count ->
        [one] el evento de este archivo ya está guardado
       *[other] los { $count } eventos de este archivo ya están guardados
    }{ $skippedPart }.
calendar-created-updated-unchanged = { $count ->
        [one] { $count } reunión creada
       *[other] { $count } reuniones creadas
    }, { $updated } actualizadas, { $unchanged } sin cambios{ $skippedPart }.
calendar-event = un evento
calendar-line-uid = línea { $line }: { $title } (UID { $uid })
calendar-line = línea { $line }: { $title }
calendar-give-your-e-mail = Indique su dirección de correo: las respuestas de los socios vuelven a ella.
calendar-choose-at-least-person = Elija al menos una persona a la que invitar, o añada una dirección.
dates-happening-now = en curso
dates-earlier-today = hoy, más temprano
local-times-outside-working-hours = fuera de 08:00–19:00
local-times-on-saturday = en sábado
local-times-on-sunday = en domingo
local-times-unknown-zone = zona desconocida
plan-actions-not-month-write-yyyy = «{ $typed }» no es un mes: escríbalo como AAAA-MM, por ejemplo 2027-03.
plan-actions-not-span-months-write = «{ $typed }» no es un periodo de meses: escríbalo como 2027-03 – 2027-12.
plan-actions-from = Desde { $shortMonth }
plan-actions-until = Hasta { $shortMonth }
plan-actions-none-yet = Ninguna todavía
plan-actions-details-funding-indicators = detalles, financiación e indicadores…
section-outline-moved-place = «{ $title }» movida al puesto { $place } de { $count }.
dates-today = hoy
dates-tomorrow = mañana
dates-yesterday = ayer
dates-in-days = { $count ->
        [one] dentro de { $count } día
       *[other] dentro de { $count } días
    }
dates-days-ago = { $count ->
        [one] hace { $count } día
       *[other] hace { $count } días
    }
dates-in-months = { $count ->
        [one] dentro de { $count } mes
       *[other] dentro de { $count } meses
    }
dates-months-ago = { $count ->
        [one] hace { $count } mes
       *[other] hace { $count } meses
    }
dates-in-minutes = { $count ->
        [one] dentro de { $count } minuto
       *[other] dentro de { $count } minutos
    }
dates-in-hours = { $count ->
        [one] dentro de { $count } hora
       *[other] dentro de { $count } horas
    }
plan-actions-column-title = Acción
plan-actions-column-objective = Objetivo
plan-actions-column-months = Meses
plan-actions-column-cost = Coste
plan-actions-column-funding = Financiación
plan-actions-column-status = Estado
plan-actions-column-details = Más
plan-diff-words-added = { $count ->
        [one] { $count } palabra añadida
       *[other] { $count } palabras añadidas
    }
plan-diff-words-removed = { $count ->
        [one] { $count } palabra quitada
       *[other] { $count } palabras quitadas
    }
calendar-events-skipped = { $count ->
        [one] ; { $count } evento omitido
       *[other] ; { $count } eventos omitidos
    }
import-report-count-networks = { $count ->
        [one] { $count } red
       *[other] { $count } redes
    }
import-report-count-partners = { $count ->
        [one] { $count } socio
       *[other] { $count } socios
    }
import-report-count-contacts = { $count ->
        [one] { $count } correo de contacto
       *[other] { $count } correos de contacto
    }
import-report-count-meetings = { $count ->
        [one] { $count } reunión
       *[other] { $count } reuniones
    }
import-report-count-milestones = { $count ->
        [one] { $count } hito
       *[other] { $count } hitos
    }
import-report-count-action-plans = { $count ->
        [one] { $count } plan de acción
       *[other] { $count } planes de acción
    }
import-report-count-practices = { $count ->
        [one] { $count } buena práctica
       *[other] { $count } buenas prácticas
    }
import-report-count-import-notes = { $count ->
        [one] { $count } nota de importación
       *[other] { $count } notas de importación
    }
plan-gantt-span-one-month = { $start } (1 mes)
plan-gantt-bar = { $label }: { $span }
plan-gantt-bar-pilot = { $label } (piloto): { $span }
plan-gantt-span-months = { $start } a { $end } ({ $count } meses)
calendar-reminder-none = Sin recordatorio
calendar-reminder-day = 1 día antes
calendar-reminder-hour = 1 hora antes
import-calendar-button-reading = Leyendo el archivo de calendario…
export-calendar-button-reading = Leyendo las reuniones…
export-send-bar-exported = Exportado como { $format } en { $path }.
export-send-bar-plan-file-saved = Archivo del plan guardado en { $path }. Envíelo a su socio por correo o por cualquier otro medio.
budget-summary-by-funding-source = Por fuente de financiación
budget-summary-by-objective = Por objetivo
budget-summary-funding-source = Fuente de financiación
budget-summary-objective = Objetivo

## Calendar servers
## components/dav/DavAccountsSection.svelte: the accounts in Settings
dav-accounts-heading = Servidores de calendario
dav-accounts-intro = Publique las reuniones de una red en el calendario CalDAV que usan sus socios (Nextcloud, SOGo, Radicale, Fastmail). La contraseña se guarda en el llavero de este ordenador, nunca en los datos de Convene.
dav-accounts-added = Se ha añadido la cuenta { $name }. { $note }
dav-accounts-none = Todavía no hay cuentas.
dav-accounts-user-at-url = { $user } en { $url }
dav-accounts-testing = Probando…
dav-accounts-test = Probar
dav-accounts-remove = Quitar
dav-accounts-test-works = { $count ->
        [0] Funciona. Carpeta de calendarios { $home }; 0 calendarios.
        [one] Funciona. Carpeta de calendarios { $home }; { $count } calendario:
       *[other] Funciona. Carpeta de calendarios { $home }; { $count } calendarios:
    }
dav-accounts-name = Nombre
dav-accounts-name-placeholder = nextcloud
dav-accounts-url = Dirección del servidor
dav-accounts-url-hint = Para Nextcloud: https://HOST/remote.php/dav
dav-accounts-url-placeholder = https://
dav-accounts-user = Nombre de usuario
dav-accounts-password = Contraseña
dav-accounts-ca-file = Archivo de CA (opcional)
dav-accounts-ca-file-hint = Solo para un servidor con su propio certificado: el archivo PEM de su autoridad de certificación.
dav-accounts-ca-file-choose = Elegir archivo…
dav-accounts-ca-file-none = Ninguno: el certificado del servidor es público.
dav-accounts-ca-file-clear = No usar ninguno
dav-accounts-cancel = Cancelar
dav-accounts-adding = Añadiendo…
dav-accounts-add-account = Añadir la cuenta
dav-accounts-add = Añadir una cuenta…
dav-password-used-once = Contraseña (se usa una vez, no se guarda)
## components/dav/DavConflictCard.svelte: one conflict, both versions side by side
dav-conflict-in-convene = En Convene
dav-conflict-on-server = En el servidor
dav-conflict-label = Conflicto: { $title }
dav-conflict-found = detectado el { $when }
dav-conflict-deleted = Eliminado
dav-conflict-keep-mine = Conservar mi versión
dav-conflict-keep-server = Conservar la del servidor
## components/dav/PublishSection.svelte: publishing on the network page
dav-publish-heading = Servidor de calendario
dav-publish-no-account = Para publicar estas reuniones en el servidor de calendario de sus socios, añada una cuenta en { $link }.
dav-publish-cancelled = Publicación cancelada. Lo que llegó al servidor se conserva; la próxima publicación la completará.
dav-publish-no-account-link = Ajustes
dav-publish-account = Cuenta
dav-publish-calendar = Nombre del calendario (opcional)
dav-publish-calendar-placeholder = El nombre de la red
dav-publish-progress = Publicando en el servidor de calendario…
dav-publish-publishing = Publicando…
dav-publish-go = Publicar en el servidor de calendario
dav-publish-last = Última publicación { $when }, en { $calendar } ({ $account }): { $result }
dav-publish-conflicts-heading = Conflictos por resolver ({ $count })
dav-publish-conflicts-intro = Ambas partes cambiaron estas reuniones desde la última publicación, así que no se escribió nada para ellas.

## lib/meetingWhen.ts: a meeting's when, outside English (English shows the core's own words)
# { $date }: a day such as "mer. 10 mars 2027"; { $times }: "10:00–12:00"; { $zone }: "Europe/Riga";
# { $days }: how many days after the start the end falls; { $known }: a month and year, or a year, of an undated meeting;
# { $wording }: the undated meeting's own words, as typed or imported.
meeting-when-timed = { $date }, { $times } ({ $zone })
meeting-when-timed-later = { $days ->
    [one] { $date }, { $times } +{ $days } día ({ $zone })
   *[other] { $date }, { $times } +{ $days } días ({ $zone })
}
meeting-when-timed-short = { $date }, { $time }
meeting-when-all-day = { $date }, todo el día
meeting-when-all-days = { $dates }, días completos
meeting-when-not-dated = sin fecha todavía
meeting-when-not-dated-known = sin fecha todavía ({ $known })
meeting-when-not-dated-wording = sin fecha todavía («{ $wording }»)
meeting-when-not-dated-known-wording = sin fecha todavía ({ $known }: «{ $wording }»)
meeting-when-known-not-dated = { $known }, sin fecha todavía
meeting-when-month-year-unknown = { $month }, año desconocido

## The plan page's push and pull through a WebDAV folder (components/dav/PlanServerBar.svelte)

plan-server-heading = Compartir a través de un servidor de calendarios
plan-server-account = Cuenta
plan-server-folder = Carpeta en el servidor (opcional)
plan-server-folder-placeholder = La carpeta del último envío o de la última descarga
plan-server-push = Subir al servidor
plan-server-pushing = Subiendo…
plan-server-pull = Traer del servidor
plan-server-pulling = Trayendo…
# $href: the plan file's address on the server.
plan-server-pushed = El plan está en el servidor: { $href }.
# $link: plan-server-no-account-link, shown as a link to Settings.
plan-server-no-account = Para compartir este plan a través de una carpeta en el servidor de sus socios, añada una cuenta en { $link }.
plan-server-no-account-link = Ajustes
