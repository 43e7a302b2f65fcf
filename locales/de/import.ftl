## Arten von Warnungen

import-kind-unplaced = Zeile nicht zugeordnet
import-kind-inferred-country = Land erschlossen
import-kind-missing-country = Land fehlt
import-kind-country-conflict = Widersprüchliches Land
import-kind-partner-added = Partner hinzugefügt
import-kind-host-not-saved = Gastgeber nicht gespeichert
import-kind-out-of-sequence = Datum außer der Reihe
import-kind-inferred = Erschlossen
import-kind-bad-date = Kein gültiges Datum
import-kind-refused = Von einer Regel abgelehnt
import-kind-unknown-record = Unbekannter Eintrag

## Warum eine Zeile nicht zugeordnet werden konnte

import-reason-unknown-record = Teil des Eintrags, der in Zeile { $line } endet und weder eine Netzwerkseite (kein Lead-Partner und keine Liste „Stadt - Land“) noch eine Seite einer guten Praxis ist
import-reason-after-last-record = nach der letzten Zeile „Ref nid“, gehört also zu keinem Eintrag
import-reason-not-network-content = weder Partner noch Treffen, Meilenstein, Aktionsplan, Beschreibung oder Slogan
import-reason-early-paragraph = ein Absatz vor den letzten Absätzen der Seite, die ihre Beschreibung sind
import-reason-other-email = eine andere E-Mail-Adresse als die Kontaktadresse des Netzwerks, { $email }
import-reason-address = eine Adresse, die nicht mit dem Namen eines Partners beginnt
import-reason-lone-plan-line = eine Zeile zwischen den Aktionsplänen ohne Zusammenfassung, Link oder Stadtzeile
import-reason-practice-header = eine Zeile zwischen dem Kopf der Praxis (Slogan, Autor, Rolle) und ihrem Text
import-reason-refused = abgelehnt: { $error }
import-reason-partner-without-country = Partner ohne Land: { $partner }
import-reason-both = { $first }; { $second }
import-field-problem = { $field }: { $reason }

## Daten, die keine sind

import-date-not-a-day = { $day }. { $month } { $year } ist kein Tag im Kalender
import-date-range-backwards = der Zeitraum endet ({ $end }), bevor er beginnt ({ $start })

## Warum das Land eines Partners erschlossen wurde

import-country-because-email = seine E-Mail-Adresse { $email } (Zeile { $line }) liegt unter der Domain .{ $tld }
import-country-because-mention = Zeile { $line } der Datei schreibt „{ $quote }“
import-country-because-both = { $first } und { $second }
import-country-option = { $country } ({ $because })

## Warnungen

import-warning-host-not-saved = der Ort { $place } ist der Partner { $partner }, der nicht gespeichert ist (sein Land ist unbekannt); das Treffen behält { $place } als Veranstaltungsort und hat keinen Gastgeber
import-warning-meeting-exists = „{ $meeting }“ ist bereits in der Datenbank und bleibt, wie es ist: das Startjahr ändert gespeicherte Treffen nicht (datieren Sie es, indem Sie es bearbeiten)
import-warning-month-only = die Seite nennt für „{ $meeting }“ in { $place } nur den Monat; es wird auf { $month } { $year } gesetzt, ab dem Startjahr { $start } in der Reihenfolge der Seite gezählt, und bleibt ohne Tag
import-unnamed-place = einem unbenannten Ort
import-warning-plan-linked-by-title = dieser Aktionsplan hat keine Stadtzeile; er wird mit { $partner } verknüpft, den sein Titel nennt
import-warning-plan-without-city = dieser Aktionsplan hat keine Stadtzeile und sein Titel nennt keinen einzelnen Partner; er wird ohne Stadt gespeichert
import-warning-not-placed-in-network = nicht zugeordnet ({ $reason }); in den Importhinweisen von { $network } aufbewahrt
import-warning-not-placed = nicht zugeordnet ({ $reason }); in den Importhinweisen aufbewahrt
import-warning-unknown-record = { $reason }; in den Importhinweisen aufbewahrt
import-warning-kind-not-stated = die Seite sagt nicht, welche Art Netzwerk { $network } ist; es wird als Aktionsplanungsnetzwerk erfasst, die Art, deren Seiten Partner und Treffen wie diese auflisten (ändern Sie es, falls das nicht stimmt)
import-warning-cannot-save = kann nicht gespeichert werden ({ $error }); in den Importhinweisen aufbewahrt
import-warning-practice-cannot-save = die gute Praxis kann nicht gespeichert werden ({ $error }); ihr Titel wird in den Importhinweisen aufbewahrt
import-warning-country-conflict = die Seite verortet { $partner } in { $country }, der gespeicherte Partner ist aber in { $saved }; das gespeicherte Land bleibt
import-warning-country-inferred = die Seite nennt kein Land für { $partner }; auf { $country } gesetzt, denn { $because }
import-warning-country-missing = die Seite nennt kein Land für { $partner } und nichts in der Datei sagt, in welchem Land er liegt; der Partner wird nicht gespeichert (ein Partner braucht ein Land) und die Zeile wird in den Importhinweisen aufbewahrt. Fügen Sie ihn hinzu mit: convene partner add { $network } --name "{ $partner }" --country CODE
import-warning-country-disputed = die Seite nennt kein Land für { $partner } und die Datei deutet auf verschiedene Länder hin: { $options }; der Partner wird nicht gespeichert (ein Partner braucht ein Land) und die Zeile wird in den Importhinweisen aufbewahrt. Fügen Sie ihn hinzu mit: convene partner add { $network } --name "{ $partner }" --country CODE
import-warning-plan-city-conflict = die Seite verortet { $city } in { $country }, der Partner { $partner } ist aber in { $saved }; der Aktionsplan wird mit { $partner } verknüpft und kein neuer Partner hinzugefügt
import-warning-plan-city-added = { $city } hat einen Aktionsplan („{ $plan }“), steht aber nicht in der Partnerliste; als assoziierter Partner in { $country } hinzugefügt
import-warning-postal-address = als Postanschrift von { $partner } gelesen (sie beginnt mit seinem Namen und endet mit seinem Land); in den Notizen des Partners aufbewahrt
import-warning-bad-date = { $reason }; die Zeile wird in den Importhinweisen aufbewahrt
import-warning-out-of-sequence = { $date } liegt vor { $before } (Zeile { $line }), das darüber steht; wie geschrieben übernommen, prüfen Sie das Jahr
import-warning-practice-no-city = der Text der Praxis nennt keine Stadt als „Stadt (CC)“; ihre Stadt und ihr Land bleiben leer

## Monate

import-month-1 = Januar
import-month-2 = Februar
import-month-3 = März
import-month-4 = April
import-month-5 = Mai
import-month-6 = Juni
import-month-7 = Juli
import-month-8 = August
import-month-9 = September
import-month-10 = Oktober
import-month-11 = November
import-month-12 = Dezember

import-month-of-day-1 = Januar
import-month-of-day-2 = Februar
import-month-of-day-3 = März
import-month-of-day-4 = April
import-month-of-day-5 = Mai
import-month-of-day-6 = Juni
import-month-of-day-7 = Juli
import-month-of-day-8 = August
import-month-of-day-9 = September
import-month-of-day-10 = Oktober
import-month-of-day-11 = November
import-month-of-day-12 = Dezember

## Tage

import-day = { $day }. { $month } { $year }
import-day-and-month = { $day }. { $month }
import-days-in-month = { $first_day }.–{ $last }
import-days-in-year = { $first } – { $last }
import-days-across-years = { $first } – { $last }
