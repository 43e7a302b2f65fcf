## Soorten waarschuwingen

import-kind-unplaced = Regel niet geplaatst
import-kind-inferred-country = Land afgeleid
import-kind-missing-country = Land ontbreekt
import-kind-country-conflict = Tegenstrijdig land
import-kind-partner-added = Partner toegevoegd
import-kind-host-not-saved = Gastheer niet opgeslagen
import-kind-out-of-sequence = Datum niet op volgorde
import-kind-inferred = Afgeleid
import-kind-bad-date = Geen echte datum
import-kind-refused = Geweigerd door een regel
import-kind-unknown-record = Onbekend record

## Waarom een regel niet geplaatst kon worden

import-reason-unknown-record = deel van het record dat eindigt op regel { $line }, dat geen netwerkpagina is (geen leadpartner of lijst "Stad - Land") en ook geen pagina van een goede praktijk
import-reason-after-last-record = na de laatste regel "Ref nid", dus hoort bij geen enkel record
import-reason-not-network-content = geen partner, bijeenkomst, mijlpaal, actieplan, beschrijving of slogan
import-reason-early-paragraph = een alinea vóór de laatste alinea's van de pagina, die de beschrijving vormen
import-reason-other-email = een ander e-mailadres dan het contactadres van het netwerk, { $email }
import-reason-address = een adres dat niet begint met de naam van een partner
import-reason-lone-plan-line = een regel tussen de actieplannen zonder samenvatting, link of stadsregel
import-reason-practice-header = een regel tussen de kop van de praktijk (slogan, auteur, rol) en de tekst
import-reason-refused = geweigerd: { $error }
import-reason-partner-without-country = partner zonder land: { $partner }
import-reason-both = { $first }; { $second }
import-field-problem = { $field }: { $reason }

## Datums die geen datum zijn

import-date-not-a-day = { $day } { $month } { $year } is geen dag van de kalender
import-date-range-backwards = de periode eindigt ({ $end }) voordat ze begint ({ $start })

## Waarom het land van een partner is afgeleid

import-country-because-email = het e-mailadres { $email } (regel { $line }) valt onder het domein .{ $tld }
import-country-because-mention = regel { $line } van het bestand schrijft "{ $quote }"
import-country-because-both = { $first }, en { $second }
import-country-option = { $country } ({ $because })

## Waarschuwingen

import-warning-host-not-saved = de plaats { $place } is de partner { $partner }, die niet is opgeslagen (het land is onbekend); de bijeenkomst houdt { $place } als locatie en heeft geen gastheer
import-warning-meeting-exists = "{ $meeting }" staat al in de database en blijft zoals het is: het beginjaar verandert opgeslagen bijeenkomsten niet (geef een datum door de bijeenkomst te bewerken)
import-warning-month-only = de pagina geeft alleen de maand van "{ $meeting }" in { $place }; die wordt { $month } { $year }, geteld vanaf het beginjaar { $start } in de volgorde van de pagina, en blijft zonder dag
import-unnamed-place = een naamloze plaats
import-warning-plan-linked-by-title = dit actieplan heeft geen stadsregel; het wordt gekoppeld aan { $partner }, die de titel noemt
import-warning-plan-without-city = dit actieplan heeft geen stadsregel en de titel noemt niet één partner; het wordt zonder stad opgeslagen
import-warning-not-placed-in-network = niet geplaatst ({ $reason }); bewaard in de importnotities van { $network }
import-warning-not-placed = niet geplaatst ({ $reason }); bewaard in de importnotities
import-warning-unknown-record = { $reason }; bewaard in de importnotities
import-warning-kind-not-stated = de pagina zegt niet wat voor netwerk { $network } is; het wordt vastgelegd als actieplanningsnetwerk, het soort waarvan de pagina's partners en bijeenkomsten opsommen zoals deze (wijzig het als dat niet klopt)
import-warning-cannot-save = kan niet worden opgeslagen ({ $error }); bewaard in de importnotities
import-warning-practice-cannot-save = de goede praktijk kan niet worden opgeslagen ({ $error }); de titel is bewaard in de importnotities
import-warning-country-conflict = de pagina plaatst { $partner } in { $country }, maar de opgeslagen partner ligt in { $saved }; het opgeslagen land blijft
import-warning-country-inferred = de pagina geeft geen land voor { $partner }; ingesteld op { $country }, want { $because }
import-warning-country-missing = de pagina geeft geen land voor { $partner } en niets in het bestand zegt in welk land het ligt; de partner wordt niet opgeslagen (een partner heeft een land nodig) en de regel wordt bewaard in de importnotities. Voeg hem toe met: convene partner add { $network } --name "{ $partner }" --country CODE
import-warning-country-disputed = de pagina geeft geen land voor { $partner } en het bestand wijst op verschillende landen: { $options }; de partner wordt niet opgeslagen (een partner heeft een land nodig) en de regel wordt bewaard in de importnotities. Voeg hem toe met: convene partner add { $network } --name "{ $partner }" --country CODE
import-warning-plan-city-conflict = de pagina plaatst { $city } in { $country }, maar de partner { $partner } ligt in { $saved }; het actieplan wordt gekoppeld aan { $partner } en er wordt geen nieuwe partner toegevoegd
import-warning-plan-city-added = { $city } heeft een actieplan ("{ $plan }") maar staat niet in de partnerlijst; toegevoegd als geassocieerde partner in { $country }
import-warning-postal-address = gelezen als het postadres van { $partner } (het begint met de naam en eindigt met het land); bewaard in de notities van de partner
import-warning-bad-date = { $reason }; de regel wordt bewaard in de importnotities
import-warning-out-of-sequence = { $date } ligt vóór { $before } (regel { $line }), dat erboven staat; overgenomen zoals geschreven, controleer het jaar
import-warning-practice-no-city = de tekst van de praktijk noemt geen stad als "Stad (CC)"; stad en land blijven leeg

## Maanden

import-month-1 = januari
import-month-2 = februari
import-month-3 = maart
import-month-4 = april
import-month-5 = mei
import-month-6 = juni
import-month-7 = juli
import-month-8 = augustus
import-month-9 = september
import-month-10 = oktober
import-month-11 = november
import-month-12 = december

import-month-of-day-1 = januari
import-month-of-day-2 = februari
import-month-of-day-3 = maart
import-month-of-day-4 = april
import-month-of-day-5 = mei
import-month-of-day-6 = juni
import-month-of-day-7 = juli
import-month-of-day-8 = augustus
import-month-of-day-9 = september
import-month-of-day-10 = oktober
import-month-of-day-11 = november
import-month-of-day-12 = december

## Dagen

import-day = { $day } { $month } { $year }
import-day-and-month = { $day } { $month }
import-days-in-month = { $first_day }–{ $last }
import-days-in-year = { $first } – { $last }
import-days-across-years = { $first } – { $last }
