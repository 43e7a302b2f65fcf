## Tipos de aviso

import-kind-unplaced = Línea no ubicada
import-kind-inferred-country = País deducido
import-kind-missing-country = Falta el país
import-kind-country-conflict = Conflicto de país
import-kind-partner-added = Socio añadido
import-kind-host-not-saved = Anfitrión no guardado
import-kind-out-of-sequence = Fecha fuera de orden
import-kind-inferred = Deducido
import-kind-bad-date = Fecha inexistente
import-kind-refused = Rechazado por una regla
import-kind-unknown-record = Registro desconocido

## Por qué no se pudo ubicar una línea

import-reason-unknown-record = parte del registro que termina en la línea { $line }, que no es ni una página de red (sin socio principal ni lista «Ciudad - País») ni una página de buena práctica
import-reason-after-last-record = después de la última línea «Ref nid», así que no pertenece a ningún registro
import-reason-not-network-content = no es un socio, una reunión, un hito, un plan de acción, una descripción ni un lema
import-reason-early-paragraph = un párrafo anterior a los últimos párrafos de la página, que son su descripción
import-reason-other-email = una dirección de correo distinta de la dirección de contacto de la red, { $email }
import-reason-address = una dirección que no empieza por el nombre de un socio
import-reason-lone-plan-line = una línea entre los planes de acción sin resumen, enlace ni línea de ciudad
import-reason-practice-header = una línea entre la cabecera de la práctica (lema, autor, función) y su texto
import-reason-refused = rechazado: { $error }
import-reason-partner-without-country = socio sin país: { $partner }
import-reason-both = { $first }; { $second }
import-field-problem = { $field }: { $reason }

## Fechas que no lo son

import-date-not-a-day = el { $day } de { $month } de { $year } no es un día del calendario
import-date-range-backwards = el periodo termina ({ $end }) antes de empezar ({ $start })

## Por qué se dedujo el país de un socio

import-country-because-email = su dirección de correo { $email } (línea { $line }) está bajo el dominio .{ $tld }
import-country-because-mention = la línea { $line } del archivo dice «{ $quote }»
import-country-because-both = { $first }, y { $second }
import-country-option = { $country } ({ $because })

## Avisos

import-warning-host-not-saved = el lugar { $place } es el socio { $partner }, que no está guardado (se desconoce su país); la reunión conserva { $place } como lugar y no tiene anfitrión
import-warning-meeting-exists = «{ $meeting }» ya está en la base de datos y se deja como está: el año de inicio no cambia las reuniones guardadas (póngale fecha editándola)
import-warning-month-only = la página solo da el mes de «{ $meeting }» en { $place }; se fija en { $month } de { $year }, contando desde el año de inicio { $start } en el orden de la página, y queda sin día
import-unnamed-place = un lugar sin nombre
import-warning-plan-linked-by-title = este plan de acción no tiene línea de ciudad; se vincula a { $partner }, que nombra su título
import-warning-plan-without-city = este plan de acción no tiene línea de ciudad y su título no nombra a un único socio; se guarda sin ciudad
import-warning-not-placed-in-network = no ubicada ({ $reason }); se guarda en las notas de importación de { $network }
import-warning-not-placed = no ubicada ({ $reason }); se guarda en las notas de importación
import-warning-unknown-record = { $reason }; se guarda en las notas de importación
import-warning-kind-not-stated = la página no dice qué tipo de red es { $network }; se registra como red de planificación de acciones, el tipo cuyas páginas enumeran socios y reuniones como esta (cámbielo si no es así)
import-warning-cannot-save = no se puede guardar ({ $error }); se guarda en las notas de importación
import-warning-practice-cannot-save = la buena práctica no se puede guardar ({ $error }); su título se guarda en las notas de importación
import-warning-country-conflict = la página sitúa { $partner } en { $country }, pero el socio guardado está en { $saved }; se mantiene el país guardado
import-warning-country-inferred = la página no da país para { $partner }; se fija en { $country } porque { $because }
import-warning-country-missing = la página no da país para { $partner } y nada en el archivo dice en qué país está; el socio no se guarda (un socio necesita un país) y la línea se guarda en las notas de importación. Añádalo con: convene partner add { $network } --name "{ $partner }" --country CODE
import-warning-country-disputed = la página no da país para { $partner } y el archivo sugiere países distintos: { $options }; el socio no se guarda (un socio necesita un país) y la línea se guarda en las notas de importación. Añádalo con: convene partner add { $network } --name "{ $partner }" --country CODE
import-warning-plan-city-conflict = la página sitúa { $city } en { $country }, pero el socio { $partner } está en { $saved }; el plan de acción se vincula a { $partner } y no se añade ningún socio
import-warning-plan-city-added = { $city } tiene un plan de acción («{ $plan }») pero no está en la lista de socios; se añade como socio asociado en { $country }
import-warning-postal-address = leída como la dirección postal de { $partner } (empieza por su nombre y termina por su país); se guarda en las notas del socio
import-warning-bad-date = { $reason }; la línea se guarda en las notas de importación
import-warning-out-of-sequence = { $date } es anterior a { $before } (línea { $line }), que figura más arriba; se deja como está escrito, compruebe el año
import-warning-practice-no-city = el texto de la práctica no nombra ninguna ciudad como «Ciudad (CC)»; su ciudad y su país quedan vacíos

## Meses

import-month-1 = enero
import-month-2 = febrero
import-month-3 = marzo
import-month-4 = abril
import-month-5 = mayo
import-month-6 = junio
import-month-7 = julio
import-month-8 = agosto
import-month-9 = septiembre
import-month-10 = octubre
import-month-11 = noviembre
import-month-12 = diciembre

import-month-of-day-1 = enero
import-month-of-day-2 = febrero
import-month-of-day-3 = marzo
import-month-of-day-4 = abril
import-month-of-day-5 = mayo
import-month-of-day-6 = junio
import-month-of-day-7 = julio
import-month-of-day-8 = agosto
import-month-of-day-9 = septiembre
import-month-of-day-10 = octubre
import-month-of-day-11 = noviembre
import-month-of-day-12 = diciembre

## Días

import-day = { $day } de { $month } de { $year }
import-day-and-month = { $day } de { $month }
import-days-in-month = { $first_day }–{ $last }
import-days-in-year = { $first } – { $last }
import-days-across-years = { $first } – { $last }
