# Errors and validation messages of Convene's core. Source: locales/en/errors.ftl (comments there).
error-required = nu poate fi gol
error-too-long = { $count ->
    [one] are { $count } caracter; limita este { $max }
    [few] are { $count } caractere; limita este { $max }
   *[other] are { $count } de caractere; limita este { $max }
}
error-not-an-email = „{ $value }” nu este o adresă de e-mail (se așteaptă nume@exemplu.org)
error-url-scheme = „{ $value }” trebuie să înceapă cu https:// sau http://
error-not-a-url = „{ $value }” nu este o adresă web
error-year-out-of-range = anul { $year } este în afara intervalului { $first }-{ $last }
error-not-a-date = „{ $value }” nu este o dată; scrieți-o ca AAAA-LL-ZZ
error-end-before-start = { $end } este înainte de început, { $start }
error-unknown-zone = „{ $value }” nu este un fus orar IANA cunoscut (de exemplu Europe/Riga)
error-not-yes-or-no = „{ $value }” nu este nici yes, nici no
error-appears-twice = acest { $column } apare de două ori; fiecare trebuie să fie unic
error-unknown-language = „{ $code }” nu este o limbă a Convene; folosiți unul dintre codurile { $codes }
error-no-network = nu există nicio rețea numită „{ $key }”; `convene networks` le listează
error-cancelled = Anulat; nu s-a schimbat nimic.
error-database-busy = baza de date este ocupată: un alt Convene (fereastra sau o comandă) a ținut-o mai mult de { $seconds } secunde în timpul salvării. Nu s-a salvat nimic; încercați din nou după ce acea lucrare s-a încheiat.
error-no-network-id = nu există nicio rețea cu id-ul { $id }
error-no-partner-id = nu există niciun partener cu id-ul { $id }
error-no-contact-id = nu există niciun contact cu id-ul { $id }
error-no-local-group-member-id = nu există niciun membru al grupului local cu id-ul { $id }
error-no-meeting-id = nu există nicio întâlnire cu id-ul { $id }
error-no-milestone-id = nu există nicio etapă cu id-ul { $id }
error-no-day-off-id = nu există nicio zi liberă cu id-ul { $id }
error-no-plan-id = nu există niciun plan de acțiune cu id-ul { $id }
error-no-comment-id = nu există niciun comentariu cu id-ul { $id }
error-no-conflict-id = nu există niciun conflict cu id-ul { $id }
error-no-practice-id = nu există nicio bună practică cu id-ul { $id }
error-slug-needs-letter = are nevoie de cel puțin o literă sau o cifră
error-slug-taken = numele scurt „{ $slug }” este deja folosit de rețeaua { $network }; alegeți altul
error-lead-partner-after-network = adăugați mai întâi rețeaua, apoi alegeți partenerul principal dintre partenerii ei
error-lead-partner-elsewhere = partenerul principal trebuie să fie un partener al acestei rețele
error-negative = nu poate fi negativ
error-partner-gone = acel partener nu există
error-not-a-partner-here = { $partner } nu este partener al acestei rețele
error-not-a-uuid = „{ $value }” nu este un UUID
error-not-a-plan-key = „{ $key }” nu este un plan: dați id-ul lui (vedeți `convene plans REȚEA`) sau REȚEA/ORAȘ, de exemplu techtown/gavle
error-no-plan-of-city = { $network } nu are niciun plan al unui partener numit „{ $city }”; `convene plans { $slug }` le listează
error-no-such-file = acest fișier nu există
error-permission-denied = permisiune refuzată
error-cannot-read = nu se poate citi { $file }: { $reason }
error-file-too-large = { $file } are { $size } MB, mai mult decât poate avea un astfel de fișier ({ $what }, cel mult { $max } MB): este fișierul potrivit? Nu s-a importat nimic.
error-not-utf8-expected = { $file } nu este un fișier text (nu este în UTF-8); se aștepta { $expected }. Nu s-a importat nimic
error-expected-urbact-pages = text de pagini URBACT
error-expected-plan-file = un fișier .convene-plan
error-expected-json-export = un fișier scris de `convene export json`
error-internal = Convene a întâlnit o eroare internă: { $problem }. Vă rugăm să o raportați.
error-internal-with-log = Convene a întâlnit o eroare internă: { $problem }. Detaliile sunt în { $log }; vă rugăm să trimiteți acel fișier împreună cu raportul.
error-cannot-create-folder = nu se poate crea dosarul { $folder }: { $reason }
