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
error-disk-full = discul este plin
error-disk-quota = cota dumneavoastră de spațiu pe disc este epuizată
error-file-grew-too-large = fișierul a devenit mai mare decât permite acest sistem
error-read-only = discul, dosarul sau fișierul este doar pentru citire
error-folder-gone = dosarul nu (mai) există
error-is-a-folder = este un dosar
error-not-a-folder = în locul dosarului său se află un fișier
error-disk-io = discul nu a putut fi citit sau scris (o eroare de intrare/ieșire: a fost scos sau se defectează?)
error-database-folder-gone = dosarul ei nu (mai) există (a fost scos un disc sau un stick USB?)
error-todo-free-space = eliberați spațiu sau alegeți alt disc, apoi încercați din nou
error-todo-writable-folder = alegeți un dosar în care puteți scrie sau permiteți scrierea în acesta, apoi încercați din nou
error-todo-check-disk = verificați că discul este conectat și permite scrierea sau alegeți alt dosar, apoi încercați din nou
error-cannot-write = nu se poate scrie { $file }: { $problem }. Nu s-a scris nimic acolo (un fișier deja existent a rămas neschimbat); { $todo }.
error-write-not-a-file-name = nu se poate scrie { $file }: este un dosar, nu un nume de fișier
error-write-is-a-folder = nu se poate scrie { $file }: este un dosar; dați un nume de fișier din interiorul lui
error-write-folder-gone = nu se poate scrie { $file }: dosarul { $folder } nu (mai) există; alegeți alt dosar
error-cannot-save-database = nu se poate salva în baza de date { $file }: { $problem }. Nimic din această comandă nu a fost salvat, iar tot ce era salvat înainte a rămas neschimbat; { $todo }.
error-database-moved = nu se poate folosi baza de date { $file }: fișierul a fost mutat sau șters în timp ce Convene îl avea deschis (a fost scos un disc sau un stick USB?). Nimic din această modificare nu a fost salvat; puneți fișierul înapoi unde era (reconectați discul), apoi încercați din nou.
error-database-locked = baza de date { $file } este blocată de un alt program (o fereastră sau o comandă Convene ori un program precum un browser de baze de date) care a ținut-o mai mult de { $seconds } secunde. Nu s-a salvat nimic; închideți acel program sau așteptați să își termine lucrul, apoi încercați din nou.
error-backup-folder-gone = nu se poate scrie copia de siguranță: dosarul { $folder } nu există
error-backup-is-the-database = fișierul copiei de siguranță nu poate fi chiar baza de date
error-no-data-directory = nu s-a găsit un dosar de date al acestui utilizator în care să fie păstrat { $file } (este setat HOME?); indicați fișierul bazei de date cu variabila de mediu { $variable } (sau --db CALE în linia de comandă)
error-host-gone = gazda nu mai este partener
error-inserted-meeting-missing = lipsește o întâlnire tocmai inserată
error-no-meeting-key = nu există nicio întâlnire cu id-ul sau UID-ul „{ $key }”
error-ical-line = linia { $line }: { $reason }
error-ical-starts-with-continuation = fișierul începe cu o linie de continuare (o linie care începe cu un spațiu)
error-ical-not-utf8 = nu este text UTF-8; salvați calendarul ca UTF-8 și importați-l din nou
error-ical-not-a-line = „{ $text }” nu este o linie iCalendar (se aștepta NUME:valoare, de exemplu SUMMARY:Întâlnire de lansare)
error-ical-bad-parameter = un parametru al { $name } este greșit format în „{ $text }” (se aștepta ;NUME=valoare)
error-ical-unclosed-quote = un parametru între ghilimele al { $name } nu este închis niciodată în „{ $text }”
error-ical-begin-no-name = BEGIN:{ $value } nu numește o componentă
error-ical-too-deep = BEGIN:{ $name } este imbricat pe { $depth } niveluri de componente; un calendar imbrică cel mult { $max }
error-ical-end-closes-nothing = END:{ $name } nu închide nimic (nu există niciun BEGIN:{ $name } înainte)
error-ical-end-mismatch = END:{ $name } nu corespunde cu BEGIN:{ $begin } de pe linia { $begin_line }
error-ical-outside-calendar = { $name } este în afara BEGIN:VCALENDAR ... END:VCALENDAR
error-ical-never-closed = BEGIN:{ $name } nu este închis niciodată de END:{ $name } (fișierul se termină la linia { $last_line })
error-ical-nothing-imported = { $message }. Nu s-a importat nimic.
error-ical-empty = fișierul este gol; se aștepta un fișier iCalendar (.ics) care începe cu BEGIN:VCALENDAR
error-ical-not-icalendar = acesta nu este un fișier iCalendar: ar trebui să înceapă cu BEGIN:VCALENDAR, dar linia { $line } spune „{ $text }”
error-ical-event-refused = evenimentul „{ $title }” nu poate fi importat: { $field }: { $reason }
ical-skipped-titled-uid = linia { $line }: „{ $title }” (UID { $uid }) a fost omis: { $reason }
ical-skipped-titled = linia { $line }: „{ $title }” a fost omis: { $reason }
ical-skipped-uid = linia { $line }: un eveniment (UID { $uid }) a fost omis: { $reason }
ical-skipped = linia { $line }: un eveniment a fost omis: { $reason }
ical-summary-nothing-imported = Niciunul dintre evenimentele fișierului nu a putut fi importat: evenimente omise: { $skipped }, fiecare enumerat cu linia și motivul; nu s-a importat nimic.
ical-summary-no-events = Calendarul nu conține evenimente pentru această rețea; nu s-a importat nimic{ $skipped ->
    [0] {""}
   *[other] ; evenimente omise: { $skipped }
}.
ical-summary-unchanged = Nu s-a schimbat nimic: evenimentele acestui fișier sunt deja salvate ({ $unchanged }){ $skipped ->
    [0] {""}
   *[other] ; evenimente omise: { $skipped }
}.
ical-summary = Întâlniri create: { $created }, actualizate: { $updated }, neschimbate: { $unchanged }{ $skipped ->
    [0] {""}
   *[other] ; evenimente omise: { $skipped }
}.
ical-warning-other-network = linia { $line }: „{ $title }” (UID { $uid }) este deja o întâlnire a { $network }; a fost lăsată acolo și nu a fost importată aici
ical-warning-occurrence-cancelled = linia { $line }: apariția { $uid } nu mai face parte din serie; întâlnirea ei a fost anulată
error-ical-not-a-date = { $name } „{ $text }” nu este o dată (iCalendar scrie datele ca AAAALLZZ, de exemplu 20270310)
error-ical-not-a-date-time = { $name } „{ $text }” nu este o dată cu oră (iCalendar scrie AAAALLZZTHHMMSS, de exemplu 20270310T100000, cu Z pentru UTC)
error-ical-not-a-duration = DURATION „{ $text }” nu este o durată (de exemplu PT1H30M sau P2D)
error-ical-time-skipped = { $name } { $time } nu există în { $zone } (atunci se schimbă ora)
error-ical-zone-unknown = { $name } folosește fusul orar „{ $tzid }”, care nu este nici un fus IANA (de exemplu Europe/Riga), nici un nume de fus Windows, iar VTIMEZONE-ul fișierului pentru el nu se potrivește cu niciun fus
error-ical-not-a-sequence = SEQUENCE „{ $text }” nu este un număr întreg (0, 1, 2, ...)
error-ical-uid-too-long = UID-ul lui „{ $title }” are mai mult de { $max } de caractere
error-ical-no-start = evenimentul „{ $title }” nu are DTSTART (nu are început)
error-ical-date-and-time-mixed = „{ $title }” începe la o dată, dar se termină la o oră, sau invers; DTSTART și DTEND trebuie să fie amândouă date sau amândouă date cu oră
error-ical-ends-before-start = „{ $title }” se termină înainte să înceapă
error-ical-series = „{ $title }” { $reason }
error-ical-rule-unreadable = are o regulă RRULE „{ $rule }” care nu poate fi citită: { $detail }
error-ical-rule-unusable = are o regulă RRULE „{ $rule }” care nu poate fi folosită: { $detail }
error-ical-too-many-occurrences = se repetă de mai mult de { $max } de ori între { $from } și { $to }; Convene face câte o întâlnire pentru fiecare apariție, așa că scurtați seria (UNTIL sau COUNT) și importați din nou
ical-warning-floating = linia { $line }: „{ $title }” nu are fus orar (o oră flotantă); a fost citită în { $zone }, { $why }
ical-floating-calendar-zone = fusul propriu al calendarului (X-WR-TIMEZONE)
ical-floating-host-zone = fusul gazdei, { $name }
ical-floating-lead-zone = fusul partenerului principal { $name }
ical-floating-utc = UTC, deoarece rețeaua nu are partener principal
ical-warning-zone-by-rules = linia { $line }: fusul orar „{ $tzid }” nu se potrivește cu niciun fus IANA; orele lui au fost citite după regulile VTIMEZONE ale fișierului și păstrate în UTC (aici și la fiecare eveniment care îl folosește)
ical-warning-zone-by-offsets = linia { $line }: fusul orar „{ $tzid }” nu este un nume de fus; decalajele VTIMEZONE-ului său se potrivesc cu { $zone }, care a fost folosit (aici și la fiecare eveniment care îl folosește)
ical-warning-not-a-link = linia { $line }: „{ $url }” nu este o adresă web (http sau https); linkul online al lui „{ $title }” a fost lăsat gol
ical-warning-untitled = linia { $line }: un eveniment nu are titlu (SUMMARY); a fost numit „{ $title }”
ical-warning-no-end = linia { $line }: „{ $title }” nu are sfârșit (DTEND sau DURATION); i s-a dat o oră
ical-warning-zero-length = linia { $line }: „{ $title }” se termină când începe; i s-a dat o oră
ical-warning-component-skipped = linia { $line }: { $count } { $name } ({ $what }) { $count ->
    [one] omis
   *[other] omise
}; doar evenimentele (VEVENT) devin întâlniri
ical-component-task = o sarcină
ical-component-journal = o intrare de jurnal
ical-component-free-busy = timp liber/ocupat
ical-component-other = nu este un eveniment
ical-warning-uid-made-up = linia { $line }: „{ $title }” nu are UID; a primit { $uid } (făcut din începutul și titlul său), ca o nouă importare a fișierului să îl găsească
ical-warning-uid-twice = linia { $line }: UID-ul { $uid } apare de două ori (liniile { $first } și { $second }); a fost păstrată versiunea cu SEQUENCE mai mare
ical-warning-lone-override = linia { $line }: acest RECURRENCE-ID schimbă o apariție a lui { $uid }, care nu se repetă; omis
ical-warning-no-occurrence = linia { $line }: nicio apariție a lui „{ $title }” nu cade între { $from } și { $to }; nu s-a făcut nimic din el
ical-warning-series-expanded = linia { $line }: „{ $title }” se repetă; { $count ->
    [one] apariția sa
   *[other] cele { $count } apariții ale sale
} între { $from } și { $to } { $count ->
    [one] a devenit o întâlnire separată
   *[other] au devenit întâlniri separate
}{ $open ->
    [no-start] {" "}(rețeaua nu are dată de început, așa că seria a fost citită de la prima ei apariție)
    [no-end] {" "}(rețeaua nu are dată de sfârșit, așa că seria a fost citită pe { $years } ani înainte)
   *[none] {""}
}
ical-warning-repeated-hour = linia { $line }: „{ $title }” { $edge ->
    [start] începe
   *[end] se termină
} la { $time } în { $zone }, în ora care se repetă la schimbarea orei, la a doua ei trecere; Convene salvează o asemenea oră la prima trecere, cu o oră mai devreme
error-not-utf8 = { $file } nu este un fișier text (nu este în UTF-8)
error-meeting-already-held = „{ $title }” a avut deja loc
error-meeting-undated-not-confirmed = „{ $title }” nu are încă o dată; dați-i o dată înainte de a o confirma
error-meeting-not-begun = „{ $title }” începe pe { $when }, care nu a sosit încă; nu poate să fi avut loc
error-meeting-cancelled-not-held = „{ $title }” a fost anulată; nu poate să fi avut loc
error-meeting-postponed-not-held = „{ $title }” este amânată; dați-i noua dată sau confirmați-o înainte de a o marca drept ținută
error-meeting-undated-not-held = „{ $title }” nu are încă o dată; nu poate să fi avut loc
error-meeting-cancelled-not-postponed = „{ $title }” a fost anulată; nu poate fi amânată
error-meeting-already-postponed = „{ $title }” este deja amânată fără o dată nouă
error-meeting-nothing-to-postpone = „{ $title }” nu are încă o dată, deci nu există nimic de amânat; dați-i în schimb o dată
error-postpone-needs-date = o întâlnire amânată are nevoie de noua ei dată sau de niciuna
error-postpone-not-later = noua dată, { $new }, nu este după cea actuală, { $old }; pentru a aduce o întâlnire mai devreme, schimbați-i data
error-agenda-item-ends-before = punctul trebuie să se termine după ce începe
error-agenda-empty-no-item = ordinea de zi a „{ $title }” este goală; nu există punctul { $number }
error-agenda-no-item = nu există punctul { $number }; { $count ->
    [one] ordinea de zi are { $count } punct
   *[other] ordinea de zi are punctele de la 1 la { $count }
}
error-agenda-not-a-place = { $position } nu este o poziție într-o ordine de zi cu puncte: { $count }; folosiți de la 1 la { $last }
error-reminder-out-of-range = un memento cu { $minutes } minute înainte nu este posibil; alegeți între 1 minut și 4 săptămâni înainte sau niciunul
error-export-all-undated = { $count ->
    [one] Întâlnirea de aici nu are
   *[other] Toate cele { $count } întâlniri de aici nu au
} încă o dată, deci nu există nimic de pus într-un calendar; dați mai întâi o dată. Nu s-a salvat nimic.
error-export-none-between = Nu există nicio întâlnire între { $from } și { $to }. Nu s-a salvat nimic.
error-export-none-from = Nu există nicio întâlnire începând cu { $from }. Nu s-a salvat nimic.
error-export-none-until = Nu există nicio întâlnire până la { $to }. Nu s-a salvat nimic.
error-export-none = Nu există încă nicio întâlnire de pus într-un calendar. Nu s-a salvat nimic.
error-calendar-too-large = { $file } are { $size } MB, mai mult decât poate avea un calendar de întâlniri (cel mult { $max } MB); alegeți un export al întâlnirilor de care aveți nevoie. Nu s-a importat nimic.
error-not-one-of = „{ $value }” nu este unul dintre: { $choices }
error-not-a-contact-here = { $contact } nu este o persoană de contact a acestei rețele
error-attendee-twice = acest participant apare de două ori pentru întâlnire
error-meeting-needs-zone = alegeți un fus orar sau o gazdă al cărei fus îl preia întâlnirea
error-undated-needs-words = spuneți în cuvinte când este planificată sau indicați anul
error-meeting-ends-before = întâlnirea trebuie să se termine după ce începe
error-last-day-before-first = ultima zi, { $last }, este înaintea primei, { $first }
error-not-a-month-number = { $month } nu este o lună (1-12)
error-not-a-timestamp = „{ $value }” nu este o marcă temporală (se aștepta de exemplu 2024-05-01T09:30:00Z)
error-not-working-hours = „{ $text }” nu este un interval de ore de lucru; scrieți-l ca HH:MM-HH:MM, de exemplu 09:00-17:00
error-working-day-ends-before = ziua de lucru trebuie să se termine după ce începe ({ $end } nu este după { $start })
error-no-partners-to-schedule = { $network } nu are încă parteneri, deci nu există nimeni pentru care să se caute o oră; adăugați mai întâi partenerii
error-not-a-partner-of = { $id } nu este partener al { $network }
error-partner-zone-unknown = fusul orar „{ $zone }” al { $partner } nu este cunoscut
error-range-too-long = alegeți un interval de cel mult { $max } zile
error-days-out-of-range = o întâlnire de { $days } zile? Alegeți între 1 și { $max }
error-not-a-duration = „{ $text }” nu este o durată; scrieți-o ca 2h, 90m, 1h30 sau 1:30
error-slot-range-too-long = { $days } zile înseamnă mai mult decât caută căutarea o dată ({ $max }); alegeți un interval mai scurt
error-slot-length-out-of-range = { $minutes } minute nu este o durată de întâlnire pe care căutarea o plasează; alegeți între 15 minute și 24 de ore (pentru zile întregi, cereți zile)
error-slot-limit-out-of-range = alegeți între 1 și { $max } intervale de listat
error-not-a-partner-id-here = { $id } nu este id-ul unui partener al acestei rețele
error-partner-not-in-network = { $partner } nu este partener al { $network }
error-meeting-of-another-network = întâlnirea { $id } ({ $title }) aparține altei rețele, nu { $network }
error-plan-no-row = acest plan nu are { $row ->
    [indicator] niciun indicator
    [risk] niciun risc
   *[action] nicio acțiune
} cu id-ul { $id }
error-plan-no-revisions = planul de acțiune { $id } nu are nicio revizie
error-plan-no-revision = acest plan nu are revizia { $number }; reviziile lui sunt de la 1 la { $newest }
error-poll-partner-elsewhere = partenerul { $id } nu este partener al rețelei acestui sondaj
error-poll-option-elsewhere = opțiunea { $id } nu este o opțiune a acestui sondaj

## The window's calendar-server messages (src-tauri/src/commands/dav.rs): the client's
## failures without the command line's options, as whole sentences.

# $account: the account's name.
error-window-dav-no-password = Nu este salvată nicio parolă pentru „{ $account }”: acest calculator nu are un breloc de chei. Tastați parola pentru a continua.
# $url: the server's address.
error-window-dav-unauthorized = Serverul { $url } a refuzat numele de utilizator sau parola (401): verificați-le pe amândouă și încercați din nou.
# $host: the server's name.
error-window-dav-dns = Numele serverului { $host } nu a fost găsit: verificați adresa contului în Setări și conexiunea la internet.
error-window-dav-refused = Serverul { $url } a refuzat conexiunea: este oprit sau adresa ori portul sunt greșite. Nu s-a schimbat nimic aici; încercați din nou când funcționează.
# $seconds: how long Convene waited.
error-window-dav-timeout = Serverul { $url } nu a răspuns în { $seconds } secunde: serverul sau rețeaua nu funcționează. Nu s-a schimbat nimic aici; încercați din nou mai târziu.
# $detail: the technical reason, as the TLS library gives it.
error-window-dav-tls = Certificatul serverului { $url } nu este de încredere ({ $detail }). Dacă serverul folosește propria autoritate de certificare, adăugați din nou contul în Setări cu fișierul CA al acesteia.
error-window-dav-not-caldav = Serverul { $url } nu este un server de calendare ({ $detail }): indicați adresa serverului CalDAV (pentru Nextcloud, https://HOST/remote.php/dav).
# $status: the HTTP status the server answered (403, 404...).
error-window-dav-forbidden = Serverul { $url } a răspuns { $status }: acest cont nu are voie să facă asta. Verificați-i drepturile pe server.
error-window-dav-not-found = Serverul { $url } a răspuns { $status }: calendarul sau fișierul nu mai există. Publicați din nou pentru a-l crea.
error-window-dav-not-supported = Serverul { $url } a răspuns { $status }: nu oferă această operație, deci poate nu este un server CalDAV sau WebDAV.
error-window-dav-changed = Serverul { $url } a răspuns { $status }: cineva l-a modificat între timp pe server. Nu s-a suprascris nimic.
error-window-dav-full = Serverul { $url } a răspuns { $status }: nu mai are spațiu liber.
error-window-dav-failed = Serverul { $url } a răspuns { $status }: a apărut o eroare pe server. Încercați din nou mai târziu.
error-window-dav-unexpected = Serverul { $url } a răspuns { $status }, un răspuns pe care Convene nu știe să-l trateze.
error-window-dav-other = Comunicarea cu serverul { $url } a eșuat: { $detail }
error-window-plan-changed-on-server = Cineva a trimis acest plan pe server de când acest calculator l-a citit ultima dată, așa că nu s-a suprascris nimic. Aduceți mai întâi planul de pe server, apoi trimiteți-l din nou.
error-window-plan-not-on-server = Pe { $url } nu există încă un fișier al acestui plan: trimiteți-l mai întâi pe server.
error-window-dav-ca-file-not-chosen = Alegeți din nou fișierul CA: această fereastră nu îl mai are pe cel ales înainte.
# The title of the open dialog for a CA file.
window-dav-choose-ca-file = Fișierul PEM al autorității de certificare a serverului
window-dialog-calendar-add-meeting = Adăugați „{ $name }” într-un calendar
window-dialog-calendar-save = Salvați calendarul { $name }
window-dialog-calendar-import = Importați un calendar în { $network }
window-dialog-plan-export = Exportați { $plan } ca { $format }
window-dialog-plan-send = Trimiteți { $plan } unui partener
window-dialog-plan-receive = Primiți un plan de la un partener
window-dialog-backup-save = Salvați o copie de rezervă a Convene
window-dialog-backup-restore = Restaurați Convene dintr-o copie de rezervă
window-dialog-urbact-import = Importați pagini URBACT salvate ca text
window-dialog-export-json = Exportați totul ca JSON
window-dialog-poll-replies = Adăugați răspunsuri la sondaj
file-kind-icalendar = iCalendar
file-kind-plan = Plan Convene
file-kind-backup = Copie de rezervă Convene
file-kind-urbact-pages = Pagini URBACT salvate ca text
file-kind-json = JSON
file-kind-pem = PEM
file-kind-replies = Răspunsuri (e-mail sau calendar)
file-kind-docx = document Word
file-kind-pdf = document PDF
file-kind-markdown = Markdown
file-kind-html = pagină web
error-window-no-backup-chosen = nu este aleasă nicio copie de rezervă; alegeți mai întâi copia de restaurat
window-dav-password-not-given = Nu s-a dat nicio parolă: publicarea o va cere.
window-dav-password-stored = Parola este în brelocul de chei al acestui calculator.
window-dav-password-no-keyring = Acest calculator nu are un breloc de chei, așa că parola nu a fost salvată: publicarea o va cere.

error-database-schema-mismatch = { $path } este la versiunea de schemă { $version }, se aștepta { $expected }
error-database-migration-failed = migrarea { $name } a eșuat: { $reason }
error-not-a-convene-database = { $path } nu este o bază de date Convene ({ $detail })
error-database-no-schema-version = conține tabele, dar nicio versiune de schemă Convene
error-database-newer = { $path } a fost scris de o versiune mai nouă a Convene (schema { $version }; această versiune citește până la { $latest }). Actualizați Convene pentru a-l deschide; fișierul nu a fost modificat.
error-network-has-dependents = ștergerea { $network } ar șterge și { $dependents }; confirmați ștergerea în cascadă pentru a le șterge pe toate
error-partner-has-dependents = ștergerea { $partner } ar afecta și { $dependents }; confirmați ștergerea în cascadă pentru a continua
count-partners = { $count ->
    [one] { $count } partener
    [few] { $count } parteneri
   *[other] { $count } de parteneri
}
count-contacts = { $count ->
    [one] { $count } contact
    [few] { $count } contacte
   *[other] { $count } de contacte
}
count-meetings = { $count ->
    [one] { $count } întâlnire
    [few] { $count } întâlniri
   *[other] { $count } de întâlniri
}
count-milestones = { $count ->
    [one] { $count } etapă
    [few] { $count } etape
   *[other] { $count } de etape
}
count-action-plans = { $count ->
    [one] { $count } plan de acțiune
    [few] { $count } planuri de acțiune
   *[other] { $count } de planuri de acțiune
}
count-import-notes = { $count ->
    [one] { $count } notă de import
    [few] { $count } note de import
   *[other] { $count } de note de import
}
count-local-group-members = { $count ->
    [one] { $count } membru al grupului local
    [few] { $count } membri ai grupului local
   *[other] { $count } de membri ai grupului local
}
count-attendance-records = { $count ->
    [one] { $count } înregistrare de prezență
    [few] { $count } înregistrări de prezență
   *[other] { $count } de înregistrări de prezență
}
count-days-off = { $count ->
    [one] { $count } zi liberă
    [few] { $count } zile libere
   *[other] { $count } de zile libere
}
count-networks = { $count ->
    [one] { $count } rețea
    [few] { $count } rețele
   *[other] { $count } de rețele
}
count-agenda-items = { $count ->
    [one] { $count } punct pe ordinea de zi
    [few] { $count } puncte pe ordinea de zi
   *[other] { $count } de puncte pe ordinea de zi
}
count-good-practices = { $count ->
    [one] { $count } bună practică
    [few] { $count } bune practici
   *[other] { $count } de bune practici
}
count-polls = { $count ->
    [one] { $count } sondaj
    [few] { $count } sondaje
   *[other] { $count } de sondaje
}
count-contact-emails = { $count ->
    [one] { $count } e-mail de contact
    [few] { $count } e-mailuri de contact
   *[other] { $count } de e-mailuri de contact
}
count-list-and = { $first } și { $last }
count-hosted-meetings = { $count ->
    [one] { $count } întâlnire care și-ar pierde gazda
    [few] { $count } întâlniri care și-ar pierde gazda
   *[other] { $count } de întâlniri care și-ar pierde gazda
}
count-city-plans = { $count ->
    [one] { $count } plan de acțiune care și-ar pierde orașul
    [few] { $count } planuri de acțiune care și-ar pierde orașul
   *[other] { $count } de planuri de acțiune care și-ar pierde orașul
}
error-several-plans-of-city = { $network } are { $count ->
    [few] { $count } planuri
   *[other] { $count } de planuri
} ale orașului { $city } (id-uri { $ids }); indicați id-ul planului
error-published-with-other-account = această rețea este publicată cu contul „{ $other }”, nu „{ $account }”; folosiți --account { $other }
error-plan-file-changed-on-server = { $href } a fost modificat pe server de la ultima citire de pe acest computer; nu s-a suprascris nimic: rulați mai întâi convene plan pull { $plan } --account { $account }, apoi push
error-poll-closed = sondajul „{ $poll }” a fost închis; un sondaj închis rămâne așa cum era și nu mai poate fi modificat. Modificați în schimb întâlnirea pe care a creat-o
error-poll-closed-on-option = sondajul „{ $poll }” a fost închis cu opțiunea { $number } ({ $when }); un sondaj închis rămâne așa cum era și nu mai poate fi modificat. Modificați în schimb întâlnirea pe care a creat-o
error-day-off-twice = { $partner } are deja ziua liberă „{ $name }” pe { $date }
error-plan-conflict-settled = conflictul din „{ $label }” a fost deja rezolvat ({ $resolution })
error-import-database-not-empty = baza de date conține deja date ({ $held }); un export JSON se importă doar într-o bază de date goală, pentru ca fiecare id să rămână la fel. Importați-l într-un fișier nou de bază de date, de exemplu: convene --db new.db import json FIȘIER. Nu s-a modificat nimic
error-import-database-not-empty-at = baza de date { $path } conține deja date ({ $held }); un export JSON se importă doar într-o bază de date goală, pentru ca fiecare id să rămână la fel. Importați-l într-un fișier nou de bază de date, de exemplu: convene --db new.db import json FIȘIER. Nu s-a modificat nimic
error-account-needs-name = un cont are nevoie de un nume (de exemplu „nextcloud”)
error-account-name-too-long = un nume de cont are cel mult { $max } de caractere
error-account-url-not-web = „{ $url }” nu este o adresă web: trebuie să înceapă cu https:// (sau http:// pentru un server de pe acest computer)
error-account-url-no-server = „{ $url }” nu numește niciun server
error-account-url-spaces-or-long = adresa conține spații sau este prea lungă
error-account-needs-user = serverul are nevoie de un nume de utilizator
error-account-ca-not-a-file = { $file } nu este un fișier: indicați fișierul PEM al autorității de certificare a serverului
error-account-exists = există deja un cont numit „{ $name }”; eliminați-l mai întâi (convene account remove { $name }) sau alegeți alt nume
error-no-account-named = nu există niciun cont numit „{ $name }” (convene account list le afișează)
error-account-removed = contul { $id } a fost eliminat
error-no-open-calendar-conflict = nu există niciun conflict deschis { $id } (convene conflicts le listează)

error-amount-negative = { $amount } este negativ; sumele sunt euro cheltuiți sau primiți, 0 sau mai mult
error-amount-too-many-decimals = { $amount } are mai mult de două zecimale; scrieți euro și cenți, de exemplu 1250.50
error-amount-too-large = { $amount } depășește { $max } de euro
error-amount-has-comma = „{ $text }” conține o virgulă; scrieți euro cu punct înaintea cenților și fără separator de mii, de exemplu 1250.50
error-not-an-amount = „{ $text }” nu este o sumă în euro (de exemplu 1250.50)
error-not-a-month = „{ $text }” nu este o lună; scrieți-o ca AAAA-LL, de exemplu 2025-03
error-plan-no-section = acest plan nu are secțiunea „{ $key }”
error-plan-no-section-of = acest plan nu are secțiunea „{ $key }”; secțiunile sale sunt { $keys }
error-plan-too-many-sections = un plan are cel mult { $max } de secțiuni
error-not-a-section-key = „{ $key }” nu este o cheie de secțiune (litere mici, cifre și -)
error-section-twice = secțiunea „{ $key }” apare de două ori
error-custom-section-standard-key = o secțiune personalizată nu poate folosi o cheie standard
error-not-a-standard-section = nu este una dintre secțiunile standard
error-standard-section-missing = lipsește secțiunea standard „{ $title }” ({ $key })
error-plan-too-many-rows = un plan are cel mult câte { $max } de acțiuni, indicatori și riscuri
error-action-too-many-funding-lines = o acțiune are cel mult { $max } de linii de finanțare
error-indicator-not-of-plan = indicatorul { $id } nu aparține acestui plan
error-indicator-linked-twice = indicatorul { $id } este legat de două ori
error-not-one-to-five = { $value } nu este între 1 și 5
error-plan-adoption-date-not-adopted = doar un plan adoptat are o dată de adoptare
error-plan-already-adopted = planul este deja adoptat; readuceți-l în starea „Final” pentru a înregistra o altă dată de adoptare
error-plan-status-move = { $from ->
    [in_review] un plan în starea „În revizuire” poate trece doar în „Ciornă” sau „Final”
    [final] un plan în starea „Final” poate trece doar în „În revizuire” sau „Adoptat”
    [adopted] un plan în starea „Adoptat” poate trece doar în „Final”
   *[draft] un plan în starea „Ciornă” poate trece doar în „În revizuire”
}, nu în { $to ->
    [draft] „Ciornă”
    [in_review] „În revizuire”
    [final] „Final”
   *[adopted] „Adoptat”
}
error-plan-adoption-date-needed = indicați data la care consiliul local a adoptat planul (AAAA-LL-ZZ)
error-standard-section-title = „{ $title }” este o secțiune standard a Planului de Acțiune Integrat; titlul său rămâne
error-section-order-unknown = „{ $key }” nu este o secțiune a acestui plan sau apare de două ori
error-section-order-leaves-out = noua ordine omite secțiunea „{ $key }”
error-standard-section-remove = „{ $key }” este o secțiune standard a Planului de Acțiune Integrat și nu poate fi eliminată; lăsați-o goală

error-id-twice = { $id } apare de două ori

error-urbact-refused = { $reason }; se aștepta textul unor pagini URBACT de rețele sau de bune practici, fiecare încheiată cu o linie „Ref nid”. Nu s-a importat nimic.
error-urbact-nul-byte = fișierul este binar, nu text (are un octet NUL pe linia { $line })
error-urbact-control-byte = fișierul este binar, nu text (are un octet de control pe linia { $line })
error-urbact-not-utf8 = fișierul nu este text UTF-8 (octetul { $byte } de pe linia { $line } nu este UTF-8 valid); salvați textul paginilor ca UTF-8 și importați-l din nou. Nu s-a importat nimic.
error-urbact-empty = fișierul este gol
error-time-skipped = { $time } nu există în { $zone } (atunci se schimbă ora); alegeți altă oră
error-urbact-network-unsaved = linia { $line }: rețeaua „{ $network }” nu poate fi salvată ({ $error }); nu s-a importat nimic
error-urbact-markup = fișierul este marcaj HTML sau XML, nu textul unei pagini; deschideți pagina într-un browser, copiați-i textul și salvați-l. Se aștepta textul unor pagini URBACT de rețele sau de bune practici, fiecare încheiată cu o linie „Ref nid”. Nu s-a importat nimic.
error-urbact-no-ref-nid = fișierul nu are nicio linie „Ref nid”, deci nu conține nicio pagină
error-urbact-no-page-records = { $count ->
    [one] singura pagină a fișierului nu este
   *[other] niciuna dintre cele { $count } pagini ale fișierului nu este
} o pagină de rețea (cu partener principal sau o listă de parteneri „Oraș - Țară”) și nici o pagină de bună practică

error-holidays-unknown-country = Convene nu are sărbători legale pentru „{ $country }”; cunoaște aceste țări (coduri ISO 3166-1): { $codes }
error-holidays-no-regions-of = Convene nu cunoaște nicio regiune din { $country }; lăsați regiunea goală (are regiuni pentru: { $codes })
error-holidays-no-regional = Convene nu cunoaște sărbători regionale în { $country }; lăsați regiunea goală
error-holidays-unknown-region = „{ $region }” nu este o regiune din { $country } cunoscută de Convene; folosiți un cod ISO 3166-2, de exemplu { $example }: { $codes }
error-server-resource-no-uid = resursa serverului nu conține niciun eveniment cu UID
error-server-version-unreadable = versiunea serverului nu a putut fi citită: { $skipped }

error-merged-row-invalid = rândul combinat nu este valid: { $reason }
error-merged-row-id-changed = rândul combinat trebuie să își păstreze id-ul
error-plan-no-conflicts = acest plan nu are niciun conflict de rezolvat
error-plan-no-conflict-in = acest plan nu are niciun conflict deschis în „{ $key }”; conflicte deschise: { $keys }
error-revision-parent-not-earlier = { $uuid } nu apare mai devreme în fișier
error-revision-twice = revizia { $uuid } apare de două ori
error-snapshot-part-missing = trimite la partea { $id }, care nu este în fișier
error-revision-misnumbered = este { $number }, nu { $expected }; reviziile sunt numerotate 1, 2, 3 în ordine
error-part-unreadable = partea { $id } nu poate fi citită: { $reason }
error-stored-revision-unreadable = o revizie salvată nu poate fi citită: { $reason }
error-stored-part-missing = o revizie salvată trimite la partea { $id }, care lipsește
error-stored-part-unreadable = partea salvată { $id } nu poate fi citită: { $reason }
error-file-part-missing = { $what } trimite la partea { $id }, care nu este în fișier
error-in-file-part = { $what }: { $reason }

-poll-option-forms = AAAA-LL-ZZ HH:MM/HH:MM pentru o oră, AAAA-LL-ZZ (sau AAAA-LL-ZZ/AAAA-LL-ZZ) pentru zile întregi
error-poll-option-not-a-date = „{ $option }” nu este o dată; scrieți o opțiune ca { -poll-option-forms }
error-poll-option-no-clock = „{ $option }” nu are o oră „{ $time }”; scrieți o opțiune ca { -poll-option-forms }
error-poll-option-empty = o opțiune este goală; scrieți-o ca { -poll-option-forms }
error-poll-option-no-end = „{ $option }” nu indică ora de sfârșit; scrieți o opțiune ca { -poll-option-forms }
error-poll-option-end-not-after-start = în „{ $option }” sfârșitul nu este după început; o opțiune începe și se termină în aceeași zi
error-poll-option-last-before-first = în „{ $option }” ultima zi este înaintea primei
error-poll-option-needs-zone = „{ $option }” este o oră: indicați fusul ei orar (--tz) sau o gazdă
error-poll-option-undated = o opțiune de sondaj este o dată sau o oră, niciodată fără dată
error-poll-no-option = sondajul „{ $poll }” nu are opțiunea { $number }; opțiunile sale sunt numerotate de la 1 la { $count }
error-no-poll-id = nu există niciun sondaj cu id-ul { $id }; `convene poll list REȚEA` le listează
error-poll-no-options = propuneți cel puțin o dată (AAAA-LL-ZZ HH:MM/HH:MM sau AAAA-LL-ZZ)
error-poll-too-many-options = sunt propuse { $count } de opțiuni; un sondaj propune cel mult { $max }
error-poll-option-twice = „{ $option }” este propusă de două ori (opțiunile { $first } și { $second })
error-poll-closed-option-elsewhere = un sondaj închis indică una dintre propriile opțiuni
error-poll-meeting-elsewhere = întâlnirea { $id } nu este o întâlnire a acestei rețele

error-export-json-unwritable = exportul nu poate fi scris ca JSON: { $reason }
error-export-not-json = fișierul nu este JSON valid ({ $reason }); se aștepta un fișier scris de `convene export json`
error-not-an-export = acest JSON nu este un export Convene: { $why }. Folosiți un fișier scris de `convene export json`; nu s-a importat nimic
error-export-top-not-object = nivelul său superior nu este un obiect JSON
error-export-other-format = „format” său este { $format }, nu „{ $expected }”
error-export-no-format = nu are câmpul „format”
error-export-no-schema-version = nu are un câmp „schema_version” cu număr întreg
error-export-schema-version-zero = „schema_version” său este 0; versiunile încep de la 1
error-export-unreadable = exportul Convene nu poate fi citit: { $reason }; nu s-a importat nimic
error-export-newer = acest export a fost scris de o versiune mai nouă a Convene (schema_version { $version }; această versiune citește până la { $latest }). Actualizați Convene pentru a-l importa; nu s-a importat nimic

error-plan-json-unwritable = planul nu poate fi scris ca JSON: { $reason }
error-not-a-plan-file = acesta nu este un fișier de plan Convene: { $why }
error-plan-file-not-json = nu este JSON valid ({ $reason })
error-plan-file-is-export = este un export al întregii baze de date; folosiți pentru el `convene import` (Date > Import)
error-plan-file-other-format = formatul său este „{ $format }”, nu „{ $expected }”
error-plan-file-no-format = nu are "format": "{ $expected }"
error-plan-file-newer = acest fișier de plan a fost scris de o versiune mai nouă a Convene (versiunea { $version }; această versiune citește până la { $latest }); actualizați Convene pentru a-l citi
error-plan-file-no-version = acest fișier de plan nu are un număr "version"
error-plan-file-unreadable = acest fișier de plan nu poate fi citit: { $reason }
error-plan-file-damaged = acest fișier de plan este deteriorat: { $what }
error-plan-file-uuid = uuid-ul planului „{ $uuid }” nu este un UUID
error-plan-file-no-revision = nu conține nicio revizie
error-plan-file-revision-no-parent = revizia { $number } ({ $uuid }) nu are părinte; doar prima revizie poate să nu aibă
error-plan-file-first-revision-parent = revizia { $number } ({ $uuid }) este prima, dar numește un părinte
error-plan-file-comment-no-uuid = comentariul { $number } ({ $uuid }) nu are uuid
error-plan-file-comment-invalid = comentariul { $number } ({ $uuid }): { $reason }
error-plan-file-comment-twice = comentariul { $number } ({ $uuid }) apare de două ori
error-plan-file-stray-revision = revizia { $uuid } nu se află în istoricul ultimei revizii { $head }

error-invite-undated = „{ $title }” nu are încă o dată; stabiliți-i data și ora înainte de a trimite o invitație
error-invite-undated-planned = „{ $title }” nu are încă o dată (planificată: { $planned }); stabiliți-i data și ora înainte de a trimite o invitație
error-organizer-email-needed = indicați adresa de e-mail a organizatorului (name@example.org)
error-attendee-email-empty = adresa de e-mail a unui participant este goală
error-attendees-needed = indicați adresa de e-mail a cel puțin unui participant
error-poll-no-contact-emails = niciun partener al rețelei { $network } nu are un contact cu adresă de e-mail; adăugați mai întâi contacte sau indicați adresele
error-address-empty = o adresă este goală
error-poll-address-not-a-contact = { $email } nu este adresa unui contact al vreunui partener al rețelei { $network }; adăugați-o mai întâi la contactele acelui partener, ca răspunsurile să conteze pentru partener
error-poll-not-closed = sondajul „{ $poll }” nu este încă închis
error-partner-not-of-network = partenerul { $id } nu este partener al acestei rețele

error-plan-file-comment-elsewhere = comentariul său { $uuid } aparține aici altui plan (id { $id })
error-plan-file-revision-elsewhere = revizia sa { $uuid } aparține aici altui plan (id { $id })
error-plan-file-not-utf8 = { $path } nu este un fișier .convene-plan (nu este text UTF-8)
error-plan-network-missing = acest plan aparține rețelei { $network }, care nu se află în această bază de date; importați mai întâi acea rețea

error-reply-unreadable = nu poate fi citit: { $reason }
error-reply-too-large = are peste { $kb } KB, iar un răspuns are câțiva KB: nu este un răspuns
error-reply-empty = este gol
error-reply-not-text = nu este nici e-mail, nici fișier iCalendar, nici text (conține octeți care nu sunt UTF-8)
error-reply-calendar-unreadable = partea sa de calendar nu poate fi citită: { $reason }
error-reply-grid-unanswered = conține tabelul de răspunsuri, dar nicio dată nu are răspuns (scrieți da, poate sau nu după fiecare dată)
error-reply-no-answer = nu conține niciun răspuns: nici un răspuns de calendar (METHOD:REPLY cu PARTSTAT), nici un tabel de răspunsuri cu rândul Token
error-reply-grid-bad-word = în tabelul de răspunsuri, data [{ $number }] are răspunsul „{ $word }”; scrieți da, poate sau nu
error-reply-grid-no-token = conține răspunsuri în tabel, dar nu și rândul „Token:”, care spune ale cui sunt răspunsurile
error-reply-not-a-reply = este un calendar { $method }, nu un REPLY: folosiți răspunsurile trimise înapoi de parteneri, nu invitațiile
error-reply-event-no-uid = rândul { $line }: evenimentul nu are UID, deci nu răspunde la nicio dată
error-reply-calendar-no-answer = partea sa de calendar nu conține niciun răspuns (niciun ATTENDEE cu PARTSTAT ACCEPTED, TENTATIVE sau DECLINED)
error-reply-bad-dtstart = rândul { $line }: DTSTART „{ $text }” nu este o dată și nici o dată cu oră
error-reply-unknown-zone = rândul { $line }: DTSTART folosește fusul orar „{ $zone }”, care nu este un nume IANA sau Windows și nu corespunde niciunui fus
error-reply-time-skipped = rândul { $line }: DTSTART { $time } nu există în { $zone } (atunci se schimbă ora)
error-reply-other-event = răspunde la evenimentul cu UID-ul { $uid }, care nu este niciuna dintre datele acestui sondaj (un răspuns la alt sondaj sau la o întâlnire?)
error-reply-not-a-contact = vine de la { $email }, care nu este contactul niciunui partener al rețelei { $network }; adăugați adresa la contactele partenerului și citiți-l din nou
error-reply-wrong-date = răspunde la data { $number } pentru { $start }, dar acea dată este { $when }; nu a fost numărat pentru data greșită
error-reply-other-token = tabelul său de răspunsuri are tokenul { $token }, pe care acest sondaj nu l-a trimis (tabelul altui sondaj?)
error-reply-no-such-date = tabelul său de răspunsuri răspunde la data [{ $number }], pe care acest sondaj nu o are

error-restore-refused = { $file } nu poate fi restaurat: { $why }
error-restore-is-open = este baza de date pe care Convene o are deschisă
error-restore-cannot-open = nu poate fi deschis ({ $reason })
error-restore-not-sqlite = nu este o copie de siguranță Convene (nu este o bază de date SQLite)
error-restore-no-schema = nu este o copie de siguranță Convene (nu conține nicio schemă Convene)
error-restore-damaged = { $file } este deteriorat ({ $problem }); nu a fost restaurat
error-restore-busy = baza de date a rămas ocupată, așa că copia nu a fost restaurată; încercați din nou
error-window-database-busy = baza de date este ocupată ({ $reason }); încercați din nou
error-window-cannot-open-database = baza de date { $file } nu poate fi deschisă: { $reason }
error-window-cannot-reopen-database = baza de date restaurată nu poate fi redeschisă: { $reason }
error-window-dialog-not-a-file = dialogul a dat un loc care nu este un fișier ({ $reason })
error-window-no-data-folder = dosarul de date al aplicației este necunoscut ({ $reason })
error-window-pull-read-nothing = preluarea nu a citit niciun fișier de plan
error-window-no-mail-program = invitația a fost salvată ca { $path }, dar niciun program de e-mail nu a deschis-o ({ $reason }); deschideți acel fișier cu programul de e-mail
error-window-folder-not-shown = mesajele au fost salvate în { $path }, dar acel dosar nu a putut fi deschis ({ $reason }); deschideți-l dumneavoastră

error-unknown-country = „{ $text }” nu este o țară pe care Convene o cunoaște; folosiți un cod ISO 3166-1 precum LV sau un nume precum Letonia
plan-warning-funding-no-cost = „{ $action }” are { $funding } euro finanțare, dar nicio estimare a costului
plan-warning-funding-over-cost = finanțarea pentru „{ $action }” ({ $funding } euro) depășește costul său ({ $cost } euro) cu { $excess } euro
plan-warning-secured-over-total = finanțarea asigurată ({ $secured } euro) este cu { $excess } euro mai mare decât costul total ({ $total } euro)
