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
