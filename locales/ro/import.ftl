## Tipuri de avertismente

import-kind-unplaced = Rând neplasat
import-kind-inferred-country = Țară dedusă
import-kind-missing-country = Țară lipsă
import-kind-country-conflict = Țară în conflict
import-kind-partner-added = Partener adăugat
import-kind-host-not-saved = Gazdă nesalvată
import-kind-out-of-sequence = Dată în afara ordinii
import-kind-inferred = Dedus
import-kind-bad-date = Dată inexistentă
import-kind-refused = Refuzat de o regulă
import-kind-unknown-record = Înregistrare necunoscută

## De ce un rând nu a putut fi plasat

import-reason-unknown-record = parte din înregistrarea care se încheie la rândul { $line }, care nu este nici o pagină de rețea (niciun partener principal sau listă „Oraș - Țară”), nici o pagină de bună practică
import-reason-after-last-record = după ultimul rând „Ref nid”, deci nu aparține niciunei înregistrări
import-reason-not-network-content = nu este partener, întâlnire, reper, plan de acțiune, descriere sau slogan
import-reason-early-paragraph = un paragraf dinaintea ultimelor paragrafe ale paginii, care sunt descrierea ei
import-reason-other-email = o adresă de e-mail diferită de adresa de contact a rețelei, { $email }
import-reason-address = o adresă care nu începe cu numele unui partener
import-reason-lone-plan-line = un rând printre planurile de acțiune fără rezumat, link sau rând de oraș
import-reason-practice-header = un rând între antetul practicii (slogan, autor, rol) și textul ei
import-reason-refused = refuzat: { $error }
import-reason-partner-without-country = partener fără țară: { $partner }
import-reason-both = { $first }; { $second }
import-field-problem = { $field }: { $reason }

## Date care nu sunt date

import-date-not-a-day = { $day } { $month } { $year } nu este o zi din calendar
import-date-range-backwards = perioada se încheie ({ $end }) înainte să înceapă ({ $start })

## De ce a fost dedusă țara unui partener

import-country-because-email = adresa sa de e-mail { $email } (rândul { $line }) este sub domeniul .{ $tld }
import-country-because-mention = rândul { $line } al fișierului scrie „{ $quote }”
import-country-because-both = { $first }, și { $second }
import-country-option = { $country } ({ $because })

## Avertismente

import-warning-host-not-saved = locul { $place } este partenerul { $partner }, care nu este salvat (țara sa este necunoscută); întâlnirea păstrează { $place } ca loc de desfășurare și nu are gazdă
import-warning-meeting-exists = „{ $meeting }” este deja în baza de date și rămâne așa: anul de început nu schimbă întâlnirile salvate (datați-o editând-o)
import-warning-month-only = pagina dă doar luna pentru „{ $meeting }” la { $place }; este stabilită la { $month } { $year }, numărând de la anul de început { $start } în ordinea paginii, și rămâne fără zi
import-unnamed-place = un loc fără nume
import-warning-plan-linked-by-title = acest plan de acțiune nu are rând de oraș; este legat de { $partner }, pe care îl numește titlul său
import-warning-plan-without-city = acest plan de acțiune nu are rând de oraș și titlul său nu numește un singur partener; este salvat fără oraș
import-warning-not-placed-in-network = neplasat ({ $reason }); păstrat în notele de import ale { $network }
import-warning-not-placed = neplasat ({ $reason }); păstrat în notele de import
import-warning-unknown-record = { $reason }; păstrat în notele de import
import-warning-kind-not-stated = pagina nu spune ce tip de rețea este { $network }; este înregistrată ca rețea de planificare a acțiunilor, tipul ale cărui pagini enumeră parteneri și întâlniri ca aceasta (schimbați dacă e greșit)
import-warning-cannot-save = nu poate fi salvat ({ $error }); păstrat în notele de import
import-warning-practice-cannot-save = buna practică nu poate fi salvată ({ $error }); titlul ei este păstrat în notele de import
import-warning-country-conflict = pagina plasează { $partner } în { $country }, dar partenerul salvat este în { $saved }; se păstrează țara salvată
import-warning-country-inferred = pagina nu dă nicio țară pentru { $partner }; stabilită la { $country } pentru că { $because }
import-warning-country-missing = pagina nu dă nicio țară pentru { $partner } și nimic din fișier nu spune în ce țară se află; partenerul nu este salvat (un partener are nevoie de o țară) și rândul este păstrat în notele de import. Adăugați-l cu: convene partner add { $network } --name "{ $partner }" --country CODE
import-warning-country-disputed = pagina nu dă nicio țară pentru { $partner } și fișierul sugerează țări diferite: { $options }; partenerul nu este salvat (un partener are nevoie de o țară) și rândul este păstrat în notele de import. Adăugați-l cu: convene partner add { $network } --name "{ $partner }" --country CODE
import-warning-plan-city-conflict = pagina plasează { $city } în { $country }, dar partenerul { $partner } este în { $saved }; planul de acțiune este legat de { $partner } și nu se adaugă niciun partener nou
import-warning-plan-city-added = { $city } are un plan de acțiune („{ $plan }”), dar nu este în lista partenerilor; adăugat ca partener asociat în { $country }
import-warning-postal-address = citită ca adresa poștală a { $partner } (începe cu numele său și se termină cu țara sa); păstrată în notele partenerului
import-warning-bad-date = { $reason }; rândul este păstrat în notele de import
import-warning-out-of-sequence = { $date } este înainte de { $before } (rândul { $line }), listat mai sus; păstrat cum este scris, verificați anul
import-warning-practice-no-city = textul practicii nu numește niciun oraș sub forma „Oraș (CC)”; orașul și țara ei rămân goale

## Luni

import-month-1 = ianuarie
import-month-2 = februarie
import-month-3 = martie
import-month-4 = aprilie
import-month-5 = mai
import-month-6 = iunie
import-month-7 = iulie
import-month-8 = august
import-month-9 = septembrie
import-month-10 = octombrie
import-month-11 = noiembrie
import-month-12 = decembrie

import-month-of-day-1 = ianuarie
import-month-of-day-2 = februarie
import-month-of-day-3 = martie
import-month-of-day-4 = aprilie
import-month-of-day-5 = mai
import-month-of-day-6 = iunie
import-month-of-day-7 = iulie
import-month-of-day-8 = august
import-month-of-day-9 = septembrie
import-month-of-day-10 = octombrie
import-month-of-day-11 = noiembrie
import-month-of-day-12 = decembrie

## Zile

import-day = { $day } { $month } { $year }
import-day-and-month = { $day } { $month }
import-days-in-month = { $first_day }–{ $last }
import-days-in-year = { $first } – { $last }
import-days-across-years = { $first } – { $last }
