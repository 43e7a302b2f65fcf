## Tipi di avviso

import-kind-unplaced = Riga non collocata
import-kind-inferred-country = Paese dedotto
import-kind-missing-country = Paese mancante
import-kind-country-conflict = Paese in conflitto
import-kind-partner-added = Partner aggiunto
import-kind-host-not-saved = Ospite non salvato
import-kind-out-of-sequence = Data fuori ordine
import-kind-inferred = Dedotto
import-kind-bad-date = Data inesistente
import-kind-refused = Rifiutato da una regola
import-kind-unknown-record = Scheda sconosciuta

## Perché una riga non è stata collocata

import-reason-unknown-record = parte della scheda che termina alla riga { $line }, che non è né una pagina di rete (nessun partner capofila né elenco «Città - Paese») né una pagina di buona pratica
import-reason-after-last-record = dopo l’ultima riga «Ref nid», quindi non appartiene a nessuna scheda
import-reason-not-network-content = non è un partner, un incontro, una tappa, un piano d’azione, una descrizione né uno slogan
import-reason-early-paragraph = un paragrafo che precede gli ultimi paragrafi della pagina, che ne sono la descrizione
import-reason-other-email = un indirizzo e-mail diverso dall’indirizzo di contatto della rete, { $email }
import-reason-address = un indirizzo che non inizia con il nome di un partner
import-reason-lone-plan-line = una riga tra i piani d’azione senza sintesi, link né riga della città
import-reason-practice-header = una riga tra l’intestazione della pratica (slogan, autore, ruolo) e il suo testo
import-reason-refused = rifiutata: { $error }
import-reason-partner-without-country = partner senza paese: { $partner }
import-reason-both = { $first }; { $second }
import-field-problem = { $field }: { $reason }

## Date che non sono date

import-date-not-a-day = il { $day } { $month } { $year } non è un giorno del calendario
import-date-range-backwards = il periodo finisce ({ $end }) prima di iniziare ({ $start })

## Perché il paese di un partner è stato dedotto

import-country-because-email = il suo indirizzo e-mail { $email } (riga { $line }) è sotto il dominio .{ $tld }
import-country-because-mention = la riga { $line } del file scrive «{ $quote }»
import-country-because-both = { $first }, e { $second }
import-country-option = { $country } ({ $because })

## Avvisi

import-warning-host-not-saved = il luogo { $place } è il partner { $partner }, che non è salvato (il suo paese è sconosciuto); l’incontro mantiene { $place } come sede e non ha ospite
import-warning-meeting-exists = «{ $meeting }» è già nel database e resta com’è: l’anno di inizio non cambia gli incontri salvati (datalo modificandolo)
import-warning-month-only = la pagina dà solo il mese di «{ $meeting }» a { $place }; è impostato a { $month } { $year }, contando dall’anno di inizio { $start } nell’ordine della pagina, e resta senza giorno
import-unnamed-place = un luogo senza nome
import-warning-plan-linked-by-title = questo piano d’azione non ha una riga della città; è collegato a { $partner }, che il suo titolo nomina
import-warning-plan-without-city = questo piano d’azione non ha una riga della città e il suo titolo non nomina un solo partner; è salvato senza città
import-warning-not-placed-in-network = non collocata ({ $reason }); conservata nelle note di importazione di { $network }
import-warning-not-placed = non collocata ({ $reason }); conservata nelle note di importazione
import-warning-unknown-record = { $reason }; conservata nelle note di importazione
import-warning-kind-not-stated = la pagina non dice che tipo di rete sia { $network }; è registrata come rete di pianificazione d’azione, il tipo le cui pagine elencano partner e incontri come questa (cambialo se è sbagliato)
import-warning-cannot-save = non può essere salvata ({ $error }); conservata nelle note di importazione
import-warning-practice-cannot-save = la buona pratica non può essere salvata ({ $error }); il suo titolo è conservato nelle note di importazione
import-warning-country-conflict = la pagina colloca { $partner } in { $country }, ma il partner salvato è in { $saved }; si mantiene il paese salvato
import-warning-country-inferred = la pagina non indica il paese di { $partner }; impostato su { $country } perché { $because }
import-warning-country-missing = la pagina non indica il paese di { $partner } e nulla nel file dice in quale paese si trovi; il partner non è salvato (un partner ha bisogno di un paese) e la riga è conservata nelle note di importazione. Aggiungilo con: convene partner add { $network } --name "{ $partner }" --country CODE
import-warning-country-disputed = la pagina non indica il paese di { $partner } e il file suggerisce paesi diversi: { $options }; il partner non è salvato (un partner ha bisogno di un paese) e la riga è conservata nelle note di importazione. Aggiungilo con: convene partner add { $network } --name "{ $partner }" --country CODE
import-warning-plan-city-conflict = la pagina colloca { $city } in { $country }, ma il partner { $partner } è in { $saved }; il piano d’azione è collegato a { $partner } e non si aggiunge alcun partner
import-warning-plan-city-added = { $city } ha un piano d’azione («{ $plan }») ma non è nell’elenco dei partner; aggiunta come partner associato in { $country }
import-warning-postal-address = letta come indirizzo postale di { $partner } (inizia con il suo nome e finisce con il suo paese); conservata nelle note del partner
import-warning-bad-date = { $reason }; la riga è conservata nelle note di importazione
import-warning-out-of-sequence = { $date } è precedente a { $before } (riga { $line }), elencato sopra; lasciato come scritto, controlla l’anno
import-warning-practice-no-city = il testo della pratica non nomina alcuna città nella forma «Città (CC)»; la sua città e il suo paese restano vuoti

## Mesi

import-month-1 = gennaio
import-month-2 = febbraio
import-month-3 = marzo
import-month-4 = aprile
import-month-5 = maggio
import-month-6 = giugno
import-month-7 = luglio
import-month-8 = agosto
import-month-9 = settembre
import-month-10 = ottobre
import-month-11 = novembre
import-month-12 = dicembre

import-month-of-day-1 = gennaio
import-month-of-day-2 = febbraio
import-month-of-day-3 = marzo
import-month-of-day-4 = aprile
import-month-of-day-5 = maggio
import-month-of-day-6 = giugno
import-month-of-day-7 = luglio
import-month-of-day-8 = agosto
import-month-of-day-9 = settembre
import-month-of-day-10 = ottobre
import-month-of-day-11 = novembre
import-month-of-day-12 = dicembre

## Giorni

import-day = { $day } { $month } { $year }
import-day-and-month = { $day } { $month }
import-days-in-month = { $first_day }–{ $last }
import-days-in-year = { $first } – { $last }
import-days-across-years = { $first } – { $last }
