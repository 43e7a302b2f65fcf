## Rodzaje ostrzeżeń

import-kind-unplaced = Wiersz nieprzypisany
import-kind-inferred-country = Kraj wywnioskowany
import-kind-missing-country = Brak kraju
import-kind-country-conflict = Sprzeczny kraj
import-kind-partner-added = Dodano partnera
import-kind-host-not-saved = Gospodarz niezapisany
import-kind-out-of-sequence = Data nie po kolei
import-kind-inferred = Wywnioskowano
import-kind-bad-date = Nieistniejąca data
import-kind-refused = Odrzucono przez regułę
import-kind-unknown-record = Nieznany wpis

## Dlaczego wiersza nie udało się przypisać

import-reason-unknown-record = część wpisu kończącego się w wierszu { $line }, który nie jest ani stroną sieci (brak partnera wiodącego i listy „Miasto - Kraj”), ani stroną dobrej praktyki
import-reason-after-last-record = po ostatnim wierszu „Ref nid”, więc nie należy do żadnego wpisu
import-reason-not-network-content = to nie partner, spotkanie, kamień milowy, plan działań, opis ani hasło
import-reason-early-paragraph = akapit przed ostatnimi akapitami strony, które są jej opisem
import-reason-other-email = adres e-mail inny niż adres kontaktowy sieci, { $email }
import-reason-address = adres, który nie zaczyna się od nazwy partnera
import-reason-lone-plan-line = wiersz wśród planów działań bez streszczenia, linku i wiersza miasta
import-reason-practice-header = wiersz między nagłówkiem praktyki (hasło, autor, rola) a jej tekstem
import-reason-refused = odrzucono: { $error }
import-reason-partner-without-country = partner bez kraju: { $partner }
import-reason-both = { $first }; { $second }
import-field-problem = { $field }: { $reason }

## Daty, które nie są datami

import-date-not-a-day = { $day } { $month } { $year } to nie jest dzień kalendarza
import-date-range-backwards = okres kończy się ({ $end }), zanim się zaczyna ({ $start })

## Dlaczego kraj partnera został wywnioskowany

import-country-because-email = jego adres e-mail { $email } (wiersz { $line }) jest w domenie .{ $tld }
import-country-because-mention = wiersz { $line } pliku brzmi „{ $quote }”
import-country-because-both = { $first } oraz { $second }
import-country-option = { $country } ({ $because })

## Ostrzeżenia

import-warning-host-not-saved = miejsce { $place } to partner { $partner }, który nie jest zapisany (jego kraj jest nieznany); spotkanie zachowuje { $place } jako miejsce i nie ma gospodarza
import-warning-meeting-exists = „{ $meeting }” jest już w bazie danych i pozostaje bez zmian: rok początkowy nie zmienia zapisanych spotkań (nadaj datę, edytując je)
import-warning-month-only = strona podaje tylko miesiąc dla „{ $meeting }” (miejsce: { $place }); ustawiono na { $month } { $year }, licząc od roku początkowego { $start } w kolejności strony, bez dnia
import-unnamed-place = miejsce bez nazwy
import-warning-plan-linked-by-title = ten plan działań nie ma wiersza miasta; powiązano go z partnerem { $partner }, którego wymienia jego tytuł
import-warning-plan-without-city = ten plan działań nie ma wiersza miasta, a jego tytuł nie wymienia jednego partnera; zapisano go bez miasta
import-warning-not-placed-in-network = nieprzypisany ({ $reason }); zachowany w uwagach z importu sieci { $network }
import-warning-not-placed = nieprzypisany ({ $reason }); zachowany w uwagach z importu
import-warning-unknown-record = { $reason }; zachowany w uwagach z importu
import-warning-kind-not-stated = strona nie mówi, jakiego rodzaju siecią jest { $network }; zapisano ją jako sieć planowania działań, rodzaj, którego strony wymieniają partnerów i spotkania tak jak ta (zmień to, jeśli jest błędne)
import-warning-cannot-save = nie można zapisać ({ $error }); zachowany w uwagach z importu
import-warning-practice-cannot-save = nie można zapisać dobrej praktyki ({ $error }); jej tytuł zachowano w uwagach z importu
import-warning-country-conflict = strona umieszcza { $partner } w kraju { $country }, ale zapisany partner jest w kraju { $saved }; zachowano zapisany kraj
import-warning-country-inferred = strona nie podaje kraju dla { $partner }; ustawiono { $country }, ponieważ { $because }
import-warning-country-missing = strona nie podaje kraju dla { $partner } i nic w pliku nie mówi, w jakim kraju leży; partnera nie zapisano (partner potrzebuje kraju), a wiersz zachowano w uwagach z importu. Dodaj go poleceniem: convene partner add { $network } --name "{ $partner }" --country CODE
import-warning-country-disputed = strona nie podaje kraju dla { $partner }, a plik wskazuje różne kraje: { $options }; partnera nie zapisano (partner potrzebuje kraju), a wiersz zachowano w uwagach z importu. Dodaj go poleceniem: convene partner add { $network } --name "{ $partner }" --country CODE
import-warning-plan-city-conflict = strona umieszcza { $city } w kraju { $country }, ale partner { $partner } jest w kraju { $saved }; plan działań powiązano z { $partner } i nie dodano nowego partnera
import-warning-plan-city-added = { $city } ma plan działań („{ $plan }”), ale nie ma go na liście partnerów; dodano jako partnera stowarzyszonego w kraju { $country }
import-warning-postal-address = odczytano jako adres pocztowy partnera { $partner } (zaczyna się od jego nazwy i kończy jego krajem); zachowano w notatkach partnera
import-warning-bad-date = { $reason }; wiersz zachowano w uwagach z importu
import-warning-out-of-sequence = { $date } jest wcześniej niż { $before } (wiersz { $line }) wymienione wyżej; zachowano tak, jak zapisano, sprawdź rok
import-warning-practice-no-city = tekst praktyki nie wymienia miasta w postaci „Miasto (CC)”; jej miasto i kraj pozostają puste

## Miesiące

import-month-1 = styczeń
import-month-2 = luty
import-month-3 = marzec
import-month-4 = kwiecień
import-month-5 = maj
import-month-6 = czerwiec
import-month-7 = lipiec
import-month-8 = sierpień
import-month-9 = wrzesień
import-month-10 = październik
import-month-11 = listopad
import-month-12 = grudzień

import-month-of-day-1 = stycznia
import-month-of-day-2 = lutego
import-month-of-day-3 = marca
import-month-of-day-4 = kwietnia
import-month-of-day-5 = maja
import-month-of-day-6 = czerwca
import-month-of-day-7 = lipca
import-month-of-day-8 = sierpnia
import-month-of-day-9 = września
import-month-of-day-10 = października
import-month-of-day-11 = listopada
import-month-of-day-12 = grudnia

## Dni

import-day = { $day } { $month } { $year }
import-day-and-month = { $day } { $month }
import-days-in-month = { $first_day }–{ $last }
import-days-in-year = { $first } – { $last }
import-days-across-years = { $first } – { $last }
