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
