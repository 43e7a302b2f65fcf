# Errors and validation messages of Convene's core. Source: locales/en/errors.ftl (comments there).
error-required = nie może być puste
error-too-long = { $count ->
    [one] ma { $count } znak; limit to { $max }
    [few] ma { $count } znaki; limit to { $max }
   *[other] ma { $count } znaków; limit to { $max }
}
error-not-an-email = „{ $value }” nie jest adresem e-mail (oczekiwano nazwa@example.org)
error-url-scheme = „{ $value }” musi zaczynać się od https:// lub http://
error-not-a-url = „{ $value }” nie jest adresem internetowym
error-year-out-of-range = rok { $year } jest poza zakresem { $first }-{ $last }
error-not-a-date = „{ $value }” nie jest datą; zapisz ją jako RRRR-MM-DD
error-end-before-start = { $end } jest przed początkiem, { $start }
error-unknown-zone = „{ $value }” nie jest znaną strefą czasową IANA (na przykład Europe/Riga)
error-not-yes-or-no = „{ $value }” nie jest ani yes, ani no
error-appears-twice = ta wartość { $column } występuje dwa razy; każda musi być niepowtarzalna
error-unknown-language = „{ $code }” nie jest językiem Convene; użyj jednego z kodów { $codes }
error-no-network = nie ma sieci o nazwie „{ $key }”; `convene networks` je wymienia
error-cancelled = Anulowano; nic nie zostało zmienione.
error-database-busy = baza danych jest zajęta: inny Convene (okno lub polecenie) trzymał ją dłużej niż { $seconds } s podczas zapisu. Nic nie zostało zapisane; spróbuj ponownie, gdy ta praca się zakończy.
error-no-network-id = nie ma sieci o identyfikatorze { $id }
error-no-partner-id = nie ma partnera o identyfikatorze { $id }
error-no-contact-id = nie ma kontaktu o identyfikatorze { $id }
error-no-local-group-member-id = nie ma członka grupy lokalnej o identyfikatorze { $id }
error-no-meeting-id = nie ma spotkania o identyfikatorze { $id }
error-no-milestone-id = nie ma kamienia milowego o identyfikatorze { $id }
error-no-day-off-id = nie ma dnia wolnego o identyfikatorze { $id }
error-no-plan-id = nie ma planu działań o identyfikatorze { $id }
error-no-comment-id = nie ma komentarza o identyfikatorze { $id }
error-no-conflict-id = nie ma konfliktu o identyfikatorze { $id }
error-no-practice-id = nie ma dobrej praktyki o identyfikatorze { $id }
error-slug-needs-letter = musi zawierać co najmniej jedną literę lub cyfrę
error-slug-taken = nazwa skrócona „{ $slug }” jest już używana przez sieć { $network }; wybierz inną
error-lead-partner-after-network = najpierw dodaj sieć, potem wybierz jej partnera wiodącego spośród jej partnerów
error-lead-partner-elsewhere = partner wiodący musi być partnerem tej sieci
error-negative = nie może być ujemna
error-partner-gone = ten partner nie istnieje
error-not-a-partner-here = { $partner } nie jest partnerem tej sieci
error-not-a-uuid = „{ $value }” nie jest identyfikatorem UUID
error-not-a-plan-key = „{ $key }” nie jest planem: podaj jego identyfikator (zob. `convene plans SIEĆ`) albo SIEĆ/MIASTO, np. techtown/gavle
error-no-plan-of-city = { $network } nie ma planu partnera o nazwie „{ $city }”; `convene plans { $slug }` je wymienia
error-no-such-file = nie ma takiego pliku
error-permission-denied = brak uprawnień
error-cannot-read = nie można odczytać { $file }: { $reason }
error-file-too-large = { $file } ma { $size } MB, więcej, niż może mieć taki plik ({ $what }, najwyżej { $max } MB): czy to właściwy plik? Nic nie zaimportowano.
error-not-utf8-expected = { $file } nie jest plikiem tekstowym (nie jest w UTF-8); oczekiwano: { $expected }. Nic nie zaimportowano
error-expected-urbact-pages = tekst stron URBACT
error-expected-plan-file = plik .convene-plan
error-expected-json-export = plik zapisany przez `convene export json`
error-internal = W programie Convene wystąpił błąd wewnętrzny: { $problem }. Prosimy go zgłosić.
error-internal-with-log = W programie Convene wystąpił błąd wewnętrzny: { $problem }. Szczegóły są w { $log }; prosimy wysłać ten plik ze zgłoszeniem.
error-cannot-create-folder = nie można utworzyć folderu { $folder }: { $reason }
error-disk-full = dysk jest pełny
error-disk-quota = limit miejsca na dysku został wyczerpany
error-file-grew-too-large = plik stał się większy, niż pozwala ten system
error-read-only = dysk, folder lub plik jest tylko do odczytu
error-folder-gone = folder nie istnieje (już)
error-is-a-folder = to jest folder
error-not-a-folder = w miejscu jego folderu jest plik
error-disk-io = nie udało się odczytać ani zapisać dysku (błąd wejścia/wyjścia: czy został odłączony albo się psuje?)
error-database-folder-gone = jej folder nie istnieje (już: odłączono dysk lub pamięć USB?)
error-todo-free-space = zwolnij miejsce lub wybierz inny dysk, a następnie spróbuj ponownie
error-todo-writable-folder = wybierz folder, w którym możesz zapisywać, lub zezwól na zapis w tym, a następnie spróbuj ponownie
error-todo-check-disk = sprawdź, czy dysk jest podłączony i zapisywalny, lub wybierz inny folder, a następnie spróbuj ponownie
error-cannot-write = nie można zapisać { $file }: { $problem }. Nic tam nie zapisano (istniejący plik pozostał bez zmian); { $todo }.
error-write-not-a-file-name = nie można zapisać { $file }: to jest folder, a nie nazwa pliku
error-write-is-a-folder = nie można zapisać { $file }: to jest folder; podaj nazwę pliku w jego wnętrzu
error-write-folder-gone = nie można zapisać { $file }: folder { $folder } nie istnieje (już); wybierz inny folder
error-cannot-save-database = nie można zapisać w bazie danych { $file }: { $problem }. Nic z tego polecenia nie zostało zapisane, a wszystko zapisane wcześniej pozostało bez zmian; { $todo }.
error-database-moved = nie można użyć bazy danych { $file }: plik został przeniesiony lub usunięty, gdy Convene miał go otwartego (odłączono dysk lub pamięć USB?). Nic z tej zmiany nie zostało zapisane; przywróć plik na dawne miejsce (podłącz ponownie dysk), a następnie spróbuj ponownie.
error-database-locked = baza danych { $file } jest zablokowana przez inny program (okno lub polecenie Convene albo program taki jak przeglądarka baz danych), który trzymał ją dłużej niż { $seconds } s. Nic nie zostało zapisane; zamknij ten program lub poczekaj, aż skończy pracę, a następnie spróbuj ponownie.
error-backup-folder-gone = nie można zapisać kopii zapasowej: folder { $folder } nie istnieje
error-backup-is-the-database = plik kopii zapasowej nie może być samą bazą danych
error-no-data-directory = nie można znaleźć katalogu danych tego użytkownika, w którym można trzymać { $file } (czy ustawiono HOME?); wskaż plik bazy danych zmienną środowiskową { $variable } (lub --db ŚCIEŻKA w wierszu poleceń)
error-host-gone = gospodarz nie jest już partnerem
error-inserted-meeting-missing = brakuje właśnie dodanego spotkania
error-no-meeting-key = nie ma spotkania o identyfikatorze lub UID „{ $key }”
error-ical-line = wiersz { $line }: { $reason }
error-ical-starts-with-continuation = plik zaczyna się od wiersza kontynuacji (wiersza zaczynającego się od spacji)
error-ical-not-utf8 = nie jest tekstem UTF-8; zapisz kalendarz w UTF-8 i zaimportuj go ponownie
error-ical-not-a-line = „{ $text }” nie jest wierszem iCalendar (oczekiwano NAZWA:wartość, np. SUMMARY:Spotkanie inaugurujące)
error-ical-bad-parameter = parametr { $name } jest błędny w „{ $text }” (oczekiwano ;NAZWA=wartość)
error-ical-unclosed-quote = parametr { $name } w cudzysłowie nie jest nigdzie zamknięty w „{ $text }”
error-ical-begin-no-name = BEGIN:{ $value } nie nazywa komponentu
error-ical-too-deep = BEGIN:{ $name } jest zagnieżdżony na głębokość { $depth } komponentów; kalendarz zagnieżdża najwyżej { $max }
error-ical-end-closes-nothing = END:{ $name } niczego nie zamyka (nie ma przed nim BEGIN:{ $name })
error-ical-end-mismatch = END:{ $name } nie pasuje do BEGIN:{ $begin } z wiersza { $begin_line }
error-ical-outside-calendar = { $name } jest poza BEGIN:VCALENDAR ... END:VCALENDAR
error-ical-never-closed = BEGIN:{ $name } nie jest nigdzie zamknięty przez END:{ $name } (plik kończy się w wierszu { $last_line })
error-ical-nothing-imported = { $message }. Nic nie zaimportowano.
error-ical-empty = plik jest pusty; oczekiwano pliku iCalendar (.ics) zaczynającego się od BEGIN:VCALENDAR
error-ical-not-icalendar = to nie jest plik iCalendar: powinien zaczynać się od BEGIN:VCALENDAR, ale wiersz { $line } brzmi „{ $text }”
error-ical-event-refused = nie można zaimportować wydarzenia „{ $title }”: { $field }: { $reason }
ical-skipped-titled-uid = wiersz { $line }: pominięto „{ $title }” (UID { $uid }): { $reason }
ical-skipped-titled = wiersz { $line }: pominięto „{ $title }”: { $reason }
ical-skipped-uid = wiersz { $line }: pominięto wydarzenie (UID { $uid }): { $reason }
ical-skipped = wiersz { $line }: pominięto wydarzenie: { $reason }
ical-summary-nothing-imported = Nie udało się zaimportować żadnego wydarzenia z pliku: pominięte wydarzenia ({ $skipped }) są wymienione z wierszem i powodem; nic nie zaimportowano.
ical-summary-no-events = Kalendarz nie zawiera wydarzeń dla tej sieci; nic nie zaimportowano{ $skipped ->
    [0] {""}
   *[other] ; pominięte wydarzenia: { $skipped }
}.
ical-summary-unchanged = Nic się nie zmieniło: wydarzenia z tego pliku są już zapisane ({ $unchanged }){ $skipped ->
    [0] {""}
   *[other] ; pominięte wydarzenia: { $skipped }
}.
ical-summary = Utworzone spotkania: { $created }, zmienione: { $updated }, bez zmian: { $unchanged }{ $skipped ->
    [0] {""}
   *[other] ; pominięte wydarzenia: { $skipped }
}.
ical-warning-other-network = wiersz { $line }: „{ $title }” (UID { $uid }) jest już spotkaniem sieci { $network }; zostało tam i nie zostało tu zaimportowane
ical-warning-occurrence-cancelled = wiersz { $line }: wystąpienie { $uid } nie należy już do serii; jego spotkanie zostało odwołane
error-ical-not-a-date = { $name } „{ $text }” nie jest datą (iCalendar zapisuje daty jako RRRRMMDD, np. 20270310)
error-ical-not-a-date-time = { $name } „{ $text }” nie jest datą z godziną (iCalendar zapisuje RRRRMMDDTGGMMSS, np. 20270310T100000, z Z dla UTC)
error-ical-not-a-duration = DURATION „{ $text }” nie jest czasem trwania (np. PT1H30M lub P2D)
error-ical-time-skipped = { $name } { $time } nie istnieje w { $zone } (wtedy zmienia się czas)
error-ical-zone-unknown = { $name } używa strefy czasowej „{ $tzid }”, która nie jest ani strefą IANA (np. Europe/Riga), ani nazwą strefy Windows, a VTIMEZONE pliku dla niej nie pasuje do żadnej strefy
error-ical-not-a-sequence = SEQUENCE „{ $text }” nie jest liczbą całkowitą (0, 1, 2, ...)
error-ical-uid-too-long = UID wydarzenia „{ $title }” ma więcej niż { $max } znaków
error-ical-no-start = wydarzenie „{ $title }” nie ma DTSTART (nie ma początku)
error-ical-date-and-time-mixed = „{ $title }” zaczyna się w dniu, a kończy o godzinie, lub odwrotnie; DTSTART i DTEND muszą być oba datami albo oba datami z godziną
error-ical-ends-before-start = „{ $title }” kończy się, zanim się zacznie
error-ical-series = „{ $title }” { $reason }
error-ical-rule-unreadable = ma regułę RRULE „{ $rule }”, której nie można odczytać: { $detail }
error-ical-rule-unusable = ma regułę RRULE „{ $rule }”, której nie można użyć: { $detail }
error-ical-too-many-occurrences = powtarza się więcej niż { $max } razy między { $from } a { $to }; Convene tworzy jedno spotkanie na każde wystąpienie, więc skróć serię (UNTIL lub COUNT) i zaimportuj ponownie
ical-warning-floating = wiersz { $line }: „{ $title }” nie ma strefy czasowej (czas pływający); odczytano go w { $zone }: { $why }
ical-floating-calendar-zone = własna strefa kalendarza (X-WR-TIMEZONE)
ical-floating-host-zone = strefa gospodarza, { $name }
ical-floating-lead-zone = strefa partnera wiodącego { $name }
ical-floating-utc = UTC, bo sieć nie ma partnera wiodącego
ical-warning-zone-by-rules = wiersz { $line }: strefa czasowa „{ $tzid }” nie pasuje do żadnej strefy IANA; jej godziny odczytano według reguł VTIMEZONE z pliku i zachowano w UTC (tu i w każdym wydarzeniu, które jej używa)
ical-warning-zone-by-offsets = wiersz { $line }: strefa czasowa „{ $tzid }” nie jest nazwą strefy; przesunięcia jej VTIMEZONE pasują do { $zone }, której użyto (tu i w każdym wydarzeniu, które jej używa)
ical-warning-not-a-link = wiersz { $line }: „{ $url }” nie jest adresem internetowym (http lub https); link online wydarzenia „{ $title }” pozostawiono pusty
ical-warning-untitled = wiersz { $line }: wydarzenie nie ma tytułu (SUMMARY); nazwano je „{ $title }”
ical-warning-no-end = wiersz { $line }: „{ $title }” nie ma końca (DTEND ani DURATION); nadano mu jedną godzinę
ical-warning-zero-length = wiersz { $line }: „{ $title }” kończy się, gdy się zaczyna; nadano mu jedną godzinę
ical-warning-component-skipped = wiersz { $line }: pominięto { $name } ({ $what }), liczba: { $count }; spotkaniami stają się tylko wydarzenia (VEVENT)
ical-component-task = zadanie
ical-component-journal = wpis dziennika
ical-component-free-busy = czas wolny/zajęty
ical-component-other = nie wydarzenie
ical-warning-uid-made-up = wiersz { $line }: „{ $title }” nie ma UID; nadano mu { $uid } (utworzony z początku i tytułu), aby ponowny import pliku je odnalazł
ical-warning-uid-twice = wiersz { $line }: UID { $uid } występuje dwa razy (wiersze { $first } i { $second }); zachowano wersję z wyższym SEQUENCE
ical-warning-lone-override = wiersz { $line }: ten RECURRENCE-ID zmienia wystąpienie { $uid }, które się nie powtarza; pominięto
ical-warning-no-occurrence = wiersz { $line }: żadne wystąpienie „{ $title }” nie przypada między { $from } a { $to }; nic z niego nie utworzono
ical-warning-series-expanded = wiersz { $line }: „{ $title }” się powtarza; { $count ->
    [one] jego { $count } wystąpienie
    [few] jego { $count } wystąpienia
   *[other] jego { $count } wystąpień
} między { $from } a { $to } { $count ->
    [one] stało się osobnym spotkaniem
    [few] stały się osobnymi spotkaniami
   *[other] stało się osobnymi spotkaniami
}{ $open ->
    [no-start] {" "}(sieć nie ma daty rozpoczęcia, więc serię odczytano od jej pierwszego wystąpienia)
    [no-end] {" "}(sieć nie ma daty zakończenia, więc serię odczytano na { $years } lata naprzód)
   *[none] {""}
}
ical-warning-repeated-hour = wiersz { $line }: „{ $title }” { $edge ->
    [start] zaczyna się
   *[end] kończy się
} o { $time } w { $zone }, w godzinie, która powtarza się przy zmianie czasu, przy jej drugim przejściu; Convene zapisuje taki czas przy pierwszym przejściu, godzinę wcześniej
error-not-utf8 = { $file } nie jest plikiem tekstowym (nie jest w UTF-8)
error-meeting-already-held = „{ $title }” już się odbyło
error-meeting-undated-not-confirmed = „{ $title }” nie ma jeszcze daty; nadaj mu datę przed potwierdzeniem
error-meeting-not-begun = „{ $title }” zaczyna się { $when }, a ten czas jeszcze nie nadszedł; nie mogło się odbyć
error-meeting-cancelled-not-held = „{ $title }” zostało odwołane; nie mogło się odbyć
error-meeting-postponed-not-held = „{ $title }” jest przełożone; nadaj mu nową datę lub je potwierdź, zanim oznaczysz je jako odbyte
error-meeting-undated-not-held = „{ $title }” nie ma jeszcze daty; nie mogło się odbyć
error-meeting-cancelled-not-postponed = „{ $title }” zostało odwołane; nie można go przełożyć
error-meeting-already-postponed = „{ $title }” jest już przełożone bez nowej daty
error-meeting-nothing-to-postpone = „{ $title }” nie ma jeszcze daty, więc nie ma czego przekładać; nadaj mu zamiast tego datę
error-postpone-needs-date = przełożone spotkanie potrzebuje nowej daty albo żadnej
error-postpone-not-later = nowa data, { $new }, nie jest późniejsza niż obecna, { $old }; aby przyspieszyć spotkanie, zmień jego datę
error-agenda-item-ends-before = punkt musi kończyć się po rozpoczęciu
error-agenda-empty-no-item = porządek obrad „{ $title }” jest pusty; nie ma punktu { $number }
error-agenda-no-item = nie ma punktu { $number }; { $count ->
    [one] porządek obrad ma { $count } punkt
   *[other] porządek obrad ma punkty od 1 do { $count }
}
error-agenda-not-a-place = { $position } nie jest miejscem w porządku obrad o liczbie punktów { $count }; użyj od 1 do { $last }
error-reminder-out-of-range = przypomnienie { $minutes } minut wcześniej nie jest możliwe; wybierz od 1 minuty do 4 tygodni wcześniej albo brak
error-export-all-undated = { $count ->
    [one] Tutejsze spotkanie nie ma
   *[other] Tutejsze spotkania ({ $count }) nie mają
} jeszcze daty, więc nie ma czego umieścić w kalendarzu; najpierw podaj datę. Nic nie zapisano.
error-export-none-between = Nie ma spotkań między { $from } a { $to }. Nic nie zapisano.
error-export-none-from = Nie ma spotkań od { $from }. Nic nie zapisano.
error-export-none-until = Nie ma spotkań do { $to }. Nic nie zapisano.
error-export-none = Nie ma jeszcze spotkań do umieszczenia w kalendarzu. Nic nie zapisano.
error-calendar-too-large = { $file } ma { $size } MB, więcej, niż może mieć kalendarz spotkań (najwyżej { $max } MB); wybierz eksport potrzebnych spotkań. Nic nie zaimportowano.
error-not-one-of = „{ $value }” nie jest jednym z: { $choices }
error-not-a-contact-here = { $contact } nie jest kontaktem tej sieci
error-attendee-twice = ten uczestnik występuje na liście spotkania dwa razy
error-meeting-needs-zone = wybierz strefę czasową albo gospodarza, którego strefę przyjmie spotkanie
error-undated-needs-words = opisz słowami, kiedy jest planowane, albo podaj rok
error-meeting-ends-before = spotkanie musi kończyć się po rozpoczęciu
error-last-day-before-first = ostatni dzień, { $last }, jest przed pierwszym, { $first }
error-not-a-month-number = { $month } nie jest miesiącem (1-12)
error-not-a-timestamp = „{ $value }” nie jest znacznikiem czasu (oczekiwano np. 2024-05-01T09:30:00Z)
error-not-working-hours = „{ $text }” nie jest zakresem godzin pracy; zapisz go jako GG:MM-GG:MM, np. 09:00-17:00
error-working-day-ends-before = dzień pracy musi kończyć się po rozpoczęciu ({ $end } nie jest po { $start })
error-no-partners-to-schedule = { $network } nie ma jeszcze partnerów, więc nie ma dla kogo szukać terminu; najpierw dodaj partnerów
error-not-a-partner-of = { $id } nie jest partnerem sieci { $network }
error-partner-zone-unknown = strefa czasowa „{ $zone }” partnera { $partner } jest nieznana
error-range-too-long = wybierz zakres najwyżej { $max } dni
error-days-out-of-range = spotkanie trwające { $days } dni? Wybierz od 1 do { $max }
error-not-a-duration = „{ $text }” nie jest czasem trwania; zapisz go jako 2h, 90m, 1h30 lub 1:30
error-slot-range-too-long = { $days } dni to więcej, niż wyszukiwarka przegląda naraz ({ $max }); wybierz krótszy zakres
error-slot-length-out-of-range = { $minutes } min to nie długość spotkania, którą wyszukiwarka umieszcza; wybierz od 15 minut do 24 godzin (dla całych dni poproś o dni)
error-slot-limit-out-of-range = wybierz od 1 do { $max } terminów do wypisania
error-not-a-partner-id-here = { $id } nie jest identyfikatorem partnera tej sieci
error-partner-not-in-network = { $partner } nie jest partnerem sieci { $network }
error-meeting-of-another-network = spotkanie { $id } ({ $title }) należy do innej sieci, nie do { $network }
error-plan-no-row = ten plan nie ma { $row ->
    [indicator] wskaźnika
    [risk] ryzyka
   *[action] działania
} o identyfikatorze { $id }
error-plan-no-revisions = plan działań { $id } nie ma żadnej wersji
error-plan-no-revision = ten plan nie ma wersji { $number }; jego wersje to 1 do { $newest }
error-poll-partner-elsewhere = partner { $id } nie jest partnerem sieci tej ankiety
error-poll-option-elsewhere = opcja { $id } nie jest opcją tej ankiety

## The window's calendar-server messages (src-tauri/src/commands/dav.rs): the client's
## failures without the command line's options, as whole sentences.

# $account: the account's name.
error-window-dav-no-password = Dla konta „{ $account }” nie zapisano hasła: ten komputer nie ma pęku kluczy. Wpisz hasło, aby kontynuować.
# $url: the server's address.
error-window-dav-unauthorized = Serwer { $url } odrzucił nazwę użytkownika lub hasło (401): sprawdź oba i spróbuj ponownie.
# $host: the server's name.
error-window-dav-dns = Nie znaleziono nazwy serwera { $host }: sprawdź adres konta w Ustawieniach i połączenie z internetem.
error-window-dav-refused = Serwer { $url } odrzucił połączenie: nie działa albo adres lub port są błędne. Tutaj nic nie zmieniono; spróbuj ponownie, gdy zacznie działać.
# $seconds: how long Convene waited.
error-window-dav-timeout = Serwer { $url } nie odpowiedział w ciągu { $seconds } s: serwer lub sieć nie działa. Tutaj nic nie zmieniono; spróbuj ponownie później.
# $detail: the technical reason, as the TLS library gives it.
error-window-dav-tls = Certyfikat serwera { $url } nie jest zaufany ({ $detail }). Jeśli serwer używa własnego urzędu certyfikacji, dodaj konto ponownie w Ustawieniach razem z jego plikiem CA.
error-window-dav-not-caldav = Serwer { $url } nie jest serwerem kalendarzy ({ $detail }): podaj adres serwera CalDAV (dla Nextcloud: https://HOST/remote.php/dav).
# $status: the HTTP status the server answered (403, 404...).
error-window-dav-forbidden = Serwer { $url } odpowiedział kodem { $status }: to konto nie ma do tego uprawnień. Sprawdź jego uprawnienia na serwerze.
error-window-dav-not-found = Serwer { $url } odpowiedział kodem { $status }: kalendarza lub pliku już tam nie ma. Opublikuj ponownie, aby go utworzyć.
error-window-dav-not-supported = Serwer { $url } odpowiedział kodem { $status }: nie obsługuje tej operacji, więc może nie być serwerem CalDAV ani WebDAV.
error-window-dav-changed = Serwer { $url } odpowiedział kodem { $status }: ktoś w międzyczasie zmienił to na serwerze. Niczego nie nadpisano.
error-window-dav-full = Serwer { $url } odpowiedział kodem { $status }: zabrakło na nim miejsca.
error-window-dav-failed = Serwer { $url } odpowiedział kodem { $status }: wystąpił na nim błąd. Spróbuj ponownie później.
error-window-dav-unexpected = Serwer { $url } odpowiedział kodem { $status }, a Convene nie wie, co zrobić z taką odpowiedzią.
error-window-dav-other = Komunikacja z serwerem { $url } nie powiodła się: { $detail }
error-window-plan-changed-on-server = Ktoś wysłał ten plan na serwer, odkąd ten komputer ostatnio go odczytał, więc niczego nie nadpisano. Najpierw pobierz plan z serwera, a potem wyślij go ponownie.
error-window-plan-not-on-server = Na { $url } nie ma jeszcze pliku tego planu: najpierw wyślij go na serwer.
error-window-dav-ca-file-not-chosen = Wybierz plik CA ponownie: to okno nie ma już wcześniej wybranego pliku.
# The title of the open dialog for a CA file.
window-dav-choose-ca-file = Plik PEM urzędu certyfikacji serwera
window-dialog-calendar-add-meeting = Dodaj „{ $name }” do kalendarza
window-dialog-calendar-save = Zapisz kalendarz { $name }
window-dialog-calendar-import = Importuj kalendarz do { $network }
window-dialog-plan-export = Eksportuj { $plan } jako { $format }
window-dialog-plan-send = Wyślij { $plan } partnerowi
window-dialog-plan-receive = Odbierz plan od partnera
window-dialog-backup-save = Zapisz kopię zapasową Convene
window-dialog-backup-restore = Przywróć Convene z kopii zapasowej
window-dialog-urbact-import = Importuj strony URBACT zapisane jako tekst
window-dialog-export-json = Eksportuj wszystko jako JSON
window-dialog-poll-replies = Dodaj odpowiedzi do ankiety
file-kind-icalendar = iCalendar
file-kind-plan = Plan Convene
file-kind-backup = Kopia zapasowa Convene
file-kind-urbact-pages = Strony URBACT zapisane jako tekst
file-kind-json = JSON
file-kind-pem = PEM
file-kind-replies = Odpowiedzi (e-mail lub kalendarz)
file-kind-docx = dokument Word
file-kind-pdf = dokument PDF
file-kind-markdown = Markdown
file-kind-html = strona internetowa
error-window-no-backup-chosen = nie wybrano kopii zapasowej; najpierw wybierz kopię do przywrócenia
window-dav-password-not-given = Nie podano hasła: publikowanie o nie poprosi.
window-dav-password-stored = Hasło jest w pęku kluczy tego komputera.
window-dav-password-no-keyring = Ten komputer nie ma pęku kluczy, więc hasła nie zapisano: publikowanie o nie poprosi.

error-database-schema-mismatch = { $path } ma wersję schematu { $version }, oczekiwano { $expected }
error-database-migration-failed = migracja { $name } nie powiodła się: { $reason }
error-not-a-convene-database = { $path } nie jest bazą danych Convene ({ $detail })
error-database-no-schema-version = zawiera tabele, ale nie ma wersji schematu Convene
error-database-newer = { $path } został zapisany przez nowszą wersję Convene (schemat { $version }; ta wersja odczytuje do { $latest }). Zaktualizuj Convene, aby go otworzyć; plik nie został zmieniony.
error-network-has-dependents = usunięcie { $network } usunęłoby też: { $dependents }; potwierdź usuwanie kaskadowe, aby usunąć wszystko
error-partner-has-dependents = usunięcie { $partner } dotyczyłoby też: { $dependents }; potwierdź usuwanie kaskadowe, aby kontynuować
count-partners = { $count ->
    [one] { $count } miasto partnerskie
    [few] { $count } miasta partnerskie
    [many] { $count } miast partnerskich
   *[other] { $count } miasta partnerskiego
}
count-contacts = { $count ->
    [one] { $count } kontakt
    [few] { $count } kontakty
    [many] { $count } kontaktów
   *[other] { $count } kontaktu
}
count-meetings = { $count ->
    [one] { $count } spotkanie
    [few] { $count } spotkania
    [many] { $count } spotkań
   *[other] { $count } spotkania
}
count-milestones = { $count ->
    [one] { $count } kamień milowy
    [few] { $count } kamienie milowe
    [many] { $count } kamieni milowych
   *[other] { $count } kamienia milowego
}
count-action-plans = { $count ->
    [one] { $count } plan działań
    [few] { $count } plany działań
    [many] { $count } planów działań
   *[other] { $count } planu działań
}
count-import-notes = { $count ->
    [one] { $count } uwaga z importu
    [few] { $count } uwagi z importu
    [many] { $count } uwag z importu
   *[other] { $count } uwagi z importu
}
count-local-group-members = { $count ->
    [one] { $count } osoba z grupy lokalnej
    [few] { $count } osoby z grupy lokalnej
    [many] { $count } osób z grupy lokalnej
   *[other] { $count } osoby z grupy lokalnej
}
count-attendance-records = { $count ->
    [one] { $count } wpis obecności
    [few] { $count } wpisy obecności
    [many] { $count } wpisów obecności
   *[other] { $count } wpisu obecności
}
count-days-off = { $count ->
    [one] { $count } dzień wolny
    [few] { $count } dni wolne
    [many] { $count } dni wolnych
   *[other] { $count } dnia wolnego
}
count-networks = { $count ->
    [one] { $count } sieć
    [few] { $count } sieci
    [many] { $count } sieci
   *[other] { $count } sieci
}
count-agenda-items = { $count ->
    [one] { $count } punkt programu
    [few] { $count } punkty programu
    [many] { $count } punktów programu
   *[other] { $count } punktu programu
}
count-good-practices = { $count ->
    [one] { $count } dobra praktyka
    [few] { $count } dobre praktyki
    [many] { $count } dobrych praktyk
   *[other] { $count } dobrej praktyki
}
count-polls = { $count ->
    [one] { $count } ankieta
    [few] { $count } ankiety
    [many] { $count } ankiet
   *[other] { $count } ankiety
}
count-contact-emails = { $count ->
    [one] { $count } e-mail kontaktowy
    [few] { $count } e-maile kontaktowe
    [many] { $count } e-maili kontaktowych
   *[other] { $count } e-maila kontaktowego
}
count-list-and = { $first } i { $last }
count-hosted-meetings = { $count ->
    [one] { $count } spotkanie tracące gospodarza
    [few] { $count } spotkania tracące gospodarza
    [many] { $count } spotkań tracących gospodarza
   *[other] { $count } spotkania tracącego gospodarza
}
count-city-plans = { $count ->
    [one] { $count } plan działań tracący swoje miasto
    [few] { $count } plany działań tracące swoje miasto
    [many] { $count } planów działań tracących swoje miasto
   *[other] { $count } planu działań tracącego swoje miasto
}
error-several-plans-of-city = { $network } ma { $count ->
    [few] { $count } plany
   *[other] { $count } planów
} miasta { $city } (identyfikatory { $ids }); podaj identyfikator planu
error-published-with-other-account = ta sieć jest publikowana z konta „{ $other }”, a nie „{ $account }”; użyj --account { $other }
error-plan-file-changed-on-server = { $href } zmienił się na serwerze od ostatniego odczytu przez ten komputer; nic nie zostało nadpisane: najpierw uruchom convene plan pull { $plan } --account { $account }, potem push
error-poll-closed = ankieta „{ $poll }” została zamknięta; zamknięta ankieta pozostaje bez zmian i nie można jej zmienić. Zmień zamiast tego spotkanie, które utworzyła
error-poll-closed-on-option = ankieta „{ $poll }” została zamknięta z wyborem opcji { $number } ({ $when }); zamknięta ankieta pozostaje bez zmian i nie można jej zmienić. Zmień zamiast tego spotkanie, które utworzyła
error-day-off-twice = { $partner } ma już dzień wolny „{ $name }” w dniu { $date }
error-plan-conflict-settled = konflikt w „{ $label }” został już rozstrzygnięty ({ $resolution })
error-import-database-not-empty = baza danych zawiera już dane ({ $held }); eksport JSON importuje się tylko do pustej bazy, aby każdy identyfikator pozostał bez zmian. Zaimportuj go do nowego pliku bazy danych, na przykład: convene --db new.db import json PLIK. Nic nie zostało zmienione
error-import-database-not-empty-at = baza danych { $path } zawiera już dane ({ $held }); eksport JSON importuje się tylko do pustej bazy, aby każdy identyfikator pozostał bez zmian. Zaimportuj go do nowego pliku bazy danych, na przykład: convene --db new.db import json PLIK. Nic nie zostało zmienione
error-account-needs-name = konto potrzebuje nazwy (na przykład „nextcloud”)
error-account-name-too-long = nazwa konta ma najwyżej { $max } znaków
error-account-url-not-web = „{ $url }” nie jest adresem internetowym: musi zaczynać się od https:// (lub http:// dla serwera na tym komputerze)
error-account-url-no-server = „{ $url }” nie wskazuje żadnego serwera
error-account-url-spaces-or-long = adres zawiera spacje lub jest za długi
error-account-needs-user = serwer potrzebuje nazwy użytkownika
error-account-ca-not-a-file = { $file } nie jest plikiem: podaj plik PEM urzędu certyfikacji serwera
error-account-exists = konto o nazwie „{ $name }” już istnieje; najpierw je usuń (convene account remove { $name }) albo wybierz inną nazwę
error-no-account-named = nie ma konta o nazwie „{ $name }” (convene account list je pokazuje)
error-account-removed = konto { $id } zostało usunięte
error-no-open-calendar-conflict = nie ma otwartego konfliktu { $id } (convene conflicts je wymienia)

error-amount-negative = { $amount } jest ujemna; kwoty to wydane lub otrzymane euro, 0 lub więcej
error-amount-too-many-decimals = { $amount } ma więcej niż dwa miejsca po przecinku; wpisz euro i centy, na przykład 1250.50
error-amount-too-large = { $amount } to więcej niż { $max } euro
error-amount-has-comma = „{ $text }” zawiera przecinek; wpisz euro z kropką przed centami i bez separatora tysięcy, na przykład 1250.50
error-not-an-amount = „{ $text }” nie jest kwotą w euro (na przykład 1250.50)
error-not-a-month = „{ $text }” nie jest miesiącem; wpisz go jako RRRR-MM, na przykład 2025-03
error-plan-no-section = ten plan nie ma sekcji „{ $key }”
error-plan-no-section-of = ten plan nie ma sekcji „{ $key }”; jego sekcje to { $keys }
error-plan-too-many-sections = plan ma najwyżej { $max } sekcji
error-not-a-section-key = „{ $key }” nie jest kluczem sekcji (małe litery, cyfry i -)
error-section-twice = sekcja „{ $key }” występuje dwa razy
error-custom-section-standard-key = sekcja własna nie może używać klucza standardowego
error-not-a-standard-section = nie jest jedną z sekcji standardowych
error-standard-section-missing = brakuje sekcji standardowej „{ $title }” ({ $key })
error-plan-too-many-rows = plan ma najwyżej po { $max } działań, wskaźników i ryzyk
error-action-too-many-funding-lines = działanie ma najwyżej { $max } pozycji finansowania
error-indicator-not-of-plan = wskaźnik { $id } nie należy do tego planu
error-indicator-linked-twice = wskaźnik { $id } jest powiązany dwa razy
error-not-one-to-five = { $value } nie mieści się między 1 a 5
error-plan-adoption-date-not-adopted = tylko przyjęty plan ma datę przyjęcia
error-plan-already-adopted = plan jest już przyjęty; przywróć go do stanu „Ostateczny”, aby zapisać inną datę przyjęcia
error-plan-status-move = { $from ->
    [in_review] plan w stanie „W przeglądzie” może przejść tylko do stanu „Szkic” lub „Ostateczny”
    [final] plan w stanie „Ostateczny” może przejść tylko do stanu „W przeglądzie” lub „Przyjęty”
    [adopted] plan w stanie „Przyjęty” może przejść tylko do stanu „Ostateczny”
   *[draft] plan w stanie „Szkic” może przejść tylko do stanu „W przeglądzie”
}, nie do stanu { $to ->
    [draft] „Szkic”
    [in_review] „W przeglądzie”
    [final] „Ostateczny”
   *[adopted] „Przyjęty”
}
error-plan-adoption-date-needed = podaj datę przyjęcia planu przez radę miasta (RRRR-MM-DD)
error-standard-section-title = „{ $title }” to sekcja standardowa Zintegrowanego Planu Działań; jej tytuł pozostaje
error-section-order-unknown = „{ $key }” nie jest sekcją tego planu albo występuje dwa razy
error-section-order-leaves-out = w nowej kolejności brakuje sekcji „{ $key }”
error-standard-section-remove = „{ $key }” to sekcja standardowa Zintegrowanego Planu Działań i nie można jej usunąć; zostaw ją pustą

error-id-twice = { $id } występuje dwa razy

error-urbact-refused = { $reason }; oczekiwano tekstu stron URBACT sieci lub dobrych praktyk, z których każda kończy się wierszem „Ref nid”. Nic nie zostało zaimportowane.
error-urbact-nul-byte = plik jest binarny, a nie tekstowy (ma bajt NUL w wierszu { $line })
error-urbact-control-byte = plik jest binarny, a nie tekstowy (ma bajt sterujący w wierszu { $line })
error-urbact-not-utf8 = plik nie jest tekstem UTF-8 (bajt { $byte } w wierszu { $line } nie jest poprawnym UTF-8); zapisz tekst stron jako UTF-8 i zaimportuj go ponownie. Nic nie zostało zaimportowane.
error-urbact-empty = plik jest pusty
error-time-skipped = { $time } nie istnieje w { $zone } (wtedy zmienia się czas); wybierz inną godzinę
error-urbact-network-unsaved = wiersz { $line }: nie można zapisać sieci „{ $network }” ({ $error }); nic nie zostało zaimportowane
error-urbact-markup = plik to znaczniki HTML lub XML, a nie tekst strony; otwórz stronę w przeglądarce, skopiuj jej tekst i zapisz go. Oczekiwano tekstu stron URBACT sieci lub dobrych praktyk, z których każda kończy się wierszem „Ref nid”. Nic nie zostało zaimportowane.
error-urbact-no-ref-nid = plik nie ma wiersza „Ref nid”, więc nie zawiera żadnej strony
error-urbact-no-page-records = { $count ->
    [one] jedyna strona w pliku nie jest
   *[other] żadna z { $count } stron w pliku nie jest
} stroną sieci (z partnerem wiodącym lub listą partnerów „Miasto - Kraj”) ani stroną dobrej praktyki

error-holidays-unknown-country = Convene nie zna świąt dla „{ $country }”; zna te kraje (kody ISO 3166-1): { $codes }
error-holidays-no-regions-of = Convene nie zna regionów { $country }; zostaw region pusty (zna regiony dla: { $codes })
error-holidays-no-regional = Convene nie zna świąt regionalnych w { $country }; zostaw region pusty
error-holidays-unknown-region = „{ $region }” nie jest znanym Convene regionem { $country }; użyj kodu ISO 3166-2, na przykład { $example }: { $codes }
error-server-resource-no-uid = zasób serwera nie zawiera żadnego wydarzenia z UID
error-server-version-unreadable = nie udało się odczytać wersji z serwera: { $skipped }

error-merged-row-invalid = scalony wiersz jest nieprawidłowy: { $reason }
error-merged-row-id-changed = scalony wiersz musi zachować swój identyfikator
error-plan-no-conflicts = ten plan nie ma konfliktów do rozstrzygnięcia
error-plan-no-conflict-in = ten plan nie ma otwartego konfliktu w „{ $key }”; otwarte konflikty: { $keys }
error-revision-parent-not-earlier = { $uuid } nie występuje wcześniej w pliku
error-revision-twice = wersja { $uuid } występuje dwa razy
error-snapshot-part-missing = odwołuje się do części { $id }, której nie ma w pliku
error-revision-misnumbered = wynosi { $number }, a nie { $expected }; wersje są numerowane kolejno 1, 2, 3
error-part-unreadable = nie można odczytać części { $id }: { $reason }
error-stored-revision-unreadable = nie można odczytać zapisanej wersji: { $reason }
error-stored-part-missing = zapisana wersja odwołuje się do części { $id }, której brakuje
error-stored-part-unreadable = nie można odczytać zapisanej części { $id }: { $reason }
error-file-part-missing = { $what } odwołuje się do części { $id }, której nie ma w pliku
error-in-file-part = { $what }: { $reason }

-poll-option-forms = RRRR-MM-DD GG:MM/GG:MM dla godziny, RRRR-MM-DD (lub RRRR-MM-DD/RRRR-MM-DD) dla całych dni
error-poll-option-not-a-date = „{ $option }” nie jest datą; zapisz opcję jako { -poll-option-forms }
error-poll-option-no-clock = „{ $option }” nie ma godziny „{ $time }”; zapisz opcję jako { -poll-option-forms }
error-poll-option-empty = opcja jest pusta; zapisz ją jako { -poll-option-forms }
error-poll-option-no-end = „{ $option }” nie podaje godziny zakończenia; zapisz opcję jako { -poll-option-forms }
error-poll-option-end-not-after-start = w „{ $option }” koniec nie jest po początku; opcja zaczyna się i kończy tego samego dnia
error-poll-option-last-before-first = w „{ $option }” ostatni dzień jest przed pierwszym
error-poll-option-needs-zone = „{ $option }” to godzina: podaj jej strefę czasową (--tz) albo gospodarza
error-poll-option-undated = opcja ankiety to data lub godzina, nigdy bez daty
error-poll-no-option = ankieta „{ $poll }” nie ma opcji { $number }; jej opcje mają numery od 1 do { $count }
error-no-poll-id = nie ma ankiety o identyfikatorze { $id }; `convene poll list SIEĆ` je wymienia
error-poll-no-options = zaproponuj co najmniej jedną datę (RRRR-MM-DD GG:MM/GG:MM lub RRRR-MM-DD)
error-poll-too-many-options = zaproponowano { $count } opcji; ankieta oferuje najwyżej { $max }
error-poll-option-twice = „{ $option }” jest zaproponowana dwa razy (opcje { $first } i { $second })
error-poll-closed-option-elsewhere = zamknięta ankieta wskazuje jedną z własnych opcji
error-poll-meeting-elsewhere = spotkanie { $id } nie jest spotkaniem tej sieci

error-export-json-unwritable = nie można zapisać eksportu jako JSON: { $reason }
error-export-not-json = plik nie jest poprawnym JSON-em ({ $reason }); oczekiwano pliku zapisanego przez `convene export json`
error-not-an-export = ten JSON nie jest eksportem Convene: { $why }. Użyj pliku zapisanego przez `convene export json`; nic nie zostało zaimportowane
error-export-top-not-object = jego najwyższy poziom nie jest obiektem JSON
error-export-other-format = jego „format” to { $format }, a nie „{ $expected }”
error-export-no-format = nie ma pola „format”
error-export-no-schema-version = nie ma pola „schema_version” będącego liczbą całkowitą
error-export-schema-version-zero = jego „schema_version” to 0; wersje zaczynają się od 1
error-export-unreadable = nie można odczytać eksportu Convene: { $reason }; nic nie zostało zaimportowane
error-export-newer = ten eksport został zapisany przez nowszą wersję Convene (schema_version { $version }; ta wersja odczytuje do { $latest }). Zaktualizuj Convene, aby go zaimportować; nic nie zostało zaimportowane

error-plan-json-unwritable = nie można zapisać planu jako JSON: { $reason }
error-not-a-plan-file = to nie jest plik planu Convene: { $why }
error-plan-file-not-json = nie jest to poprawny JSON ({ $reason })
error-plan-file-is-export = to eksport całej bazy danych; użyj do niego `convene import` (Dane > Importuj)
error-plan-file-other-format = jego format to „{ $format }”, a nie „{ $expected }”
error-plan-file-no-format = nie ma "format": "{ $expected }"
error-plan-file-newer = ten plik planu został zapisany przez nowszą wersję Convene (wersja { $version }; ta wersja odczytuje do { $latest }); zaktualizuj Convene, aby go odczytać
error-plan-file-no-version = ten plik planu nie ma numeru "version"
error-plan-file-unreadable = nie można odczytać tego pliku planu: { $reason }
error-plan-file-damaged = ten plik planu jest uszkodzony: { $what }
error-plan-file-uuid = uuid planu „{ $uuid }” nie jest identyfikatorem UUID
error-plan-file-no-revision = nie zawiera żadnej wersji
error-plan-file-revision-no-parent = wersja { $number } ({ $uuid }) nie ma poprzedniczki; tylko pierwsza wersja może jej nie mieć
error-plan-file-first-revision-parent = wersja { $number } ({ $uuid }) jest pierwsza, ale wskazuje poprzedniczkę
error-plan-file-comment-no-uuid = komentarz { $number } ({ $uuid }) nie ma uuid
error-plan-file-comment-invalid = komentarz { $number } ({ $uuid }): { $reason }
error-plan-file-comment-twice = komentarz { $number } ({ $uuid }) występuje dwa razy
error-plan-file-stray-revision = wersja { $uuid } nie należy do historii najnowszej wersji { $head }

error-invite-undated = „{ $title }” nie ma jeszcze daty; nadaj mu datę i godzinę przed wysłaniem zaproszenia
error-invite-undated-planned = „{ $title }” nie ma jeszcze daty (planowane: { $planned }); nadaj mu datę i godzinę przed wysłaniem zaproszenia
error-organizer-email-needed = podaj adres e-mail organizatora (name@example.org)
error-attendee-email-empty = adres e-mail uczestnika jest pusty
error-attendees-needed = podaj adres e-mail co najmniej jednego uczestnika
error-poll-no-contact-emails = żaden partner sieci { $network } nie ma kontaktu z adresem e-mail; najpierw dodaj kontakty albo podaj adresy
error-address-empty = adres jest pusty
error-poll-address-not-a-contact = { $email } nie jest adresem kontaktu żadnego partnera sieci { $network }; najpierw dodaj go do kontaktów tego partnera, aby jego odpowiedzi liczyły się dla partnera
error-poll-not-closed = ankieta „{ $poll }” nie jest jeszcze zamknięta
error-partner-not-of-network = partner { $id } nie jest partnerem tej sieci

error-plan-file-comment-elsewhere = jego komentarz { $uuid } należy tutaj do innego planu (identyfikator { $id })
error-plan-file-revision-elsewhere = jego wersja { $uuid } należy tutaj do innego planu (identyfikator { $id })
error-plan-file-not-utf8 = { $path } nie jest plikiem .convene-plan (nie jest tekstem UTF-8)
error-plan-network-missing = ten plan należy do sieci { $network }, której nie ma w tej bazie danych; najpierw zaimportuj tę sieć

error-reply-unreadable = nie da się go odczytać: { $reason }
error-reply-too-large = ma ponad { $kb } KB, a odpowiedź ma kilka KB: to nie jest odpowiedź
error-reply-empty = jest pusty
error-reply-not-text = nie jest ani wiadomością e-mail, ani plikiem iCalendar, ani tekstem (zawiera bajty, które nie są UTF-8)
error-reply-calendar-unreadable = nie da się odczytać jego części kalendarzowej: { $reason }
error-reply-grid-unanswered = zawiera tabelę odpowiedzi, ale żaden termin nie ma odpowiedzi (wpisz tak, może albo nie po każdym terminie)
error-reply-no-answer = nie zawiera żadnej odpowiedzi: ani odpowiedzi kalendarza (METHOD:REPLY z PARTSTAT), ani tabeli odpowiedzi z wierszem Token
error-reply-grid-bad-word = w tabeli odpowiedzi termin [{ $number }] ma odpowiedź „{ $word }”; wpisz tak, może albo nie
error-reply-grid-no-token = zawiera odpowiedzi w tabeli, ale nie jej wiersz „Token:”, który mówi, czyje to odpowiedzi
error-reply-not-a-reply = to kalendarz { $method }, a nie REPLY: użyj odpowiedzi odesłanych przez partnerów, nie zaproszeń
error-reply-event-no-uid = wiersz { $line }: wydarzenie nie ma UID, więc nie odpowiada na żaden termin
error-reply-calendar-no-answer = jego część kalendarzowa nie zawiera odpowiedzi (brak ATTENDEE z PARTSTAT ACCEPTED, TENTATIVE lub DECLINED)
error-reply-bad-dtstart = wiersz { $line }: DTSTART „{ $text }” nie jest datą ani datą z godziną
error-reply-unknown-zone = wiersz { $line }: DTSTART używa strefy czasowej „{ $zone }”, która nie jest nazwą IANA ani Windows i nie pasuje do żadnej strefy
error-reply-time-skipped = wiersz { $line }: DTSTART { $time } nie istnieje w strefie { $zone } (wtedy zmienia się czas)
error-reply-other-event = odpowiada na wydarzenie o UID { $uid }, które nie jest żadnym z terminów tej ankiety (odpowiedź na inną ankietę lub spotkanie?)
error-reply-not-a-contact = pochodzi z adresu { $email }, który nie należy do kontaktów żadnego partnera sieci { $network }; dodaj adres do kontaktów partnera i wczytaj go ponownie
error-reply-wrong-date = odpowiada na termin { $number } dla { $start }, ale ten termin to { $when }; nie policzono go dla złego terminu
error-reply-other-token = jego tabela odpowiedzi ma token { $token }, którego ta ankieta nie wysłała (tabela innej ankiety?)
error-reply-no-such-date = jego tabela odpowiedzi odpowiada na termin [{ $number }], którego ta ankieta nie ma

error-restore-refused = Nie można przywrócić { $file }: { $why }
error-restore-is-open = to baza danych, którą Convene ma otwartą
error-restore-cannot-open = nie można jej otworzyć ({ $reason })
error-restore-not-sqlite = to nie jest kopia zapasowa Convene (to nie jest baza danych SQLite)
error-restore-no-schema = to nie jest kopia zapasowa Convene (nie ma w niej schematu Convene)
error-restore-damaged = { $file } jest uszkodzony ({ $problem }); nie został przywrócony
error-restore-busy = baza danych pozostała zajęta, więc kopii nie przywrócono; spróbuj ponownie
error-window-database-busy = baza danych jest zajęta ({ $reason }); spróbuj ponownie
error-window-cannot-open-database = nie można otworzyć bazy danych { $file }: { $reason }
error-window-cannot-reopen-database = nie można ponownie otworzyć przywróconej bazy danych: { $reason }
error-window-dialog-not-a-file = okno dialogowe wskazało miejsce, które nie jest plikiem ({ $reason })
error-window-no-data-folder = folder danych aplikacji jest nieznany ({ $reason })
error-window-pull-read-nothing = pobieranie nie odczytało żadnego pliku planu
error-window-no-mail-program = zaproszenie zapisano jako { $path }, ale żaden program pocztowy go nie otworzył ({ $reason }); otwórz ten plik w swoim programie pocztowym
error-window-folder-not-shown = wiadomości zapisano w { $path }, ale nie udało się otworzyć tego folderu ({ $reason }); otwórz go samodzielnie

error-unknown-country = „{ $text }” to nie kraj znany Convene; użyj kodu ISO 3166-1, np. LV, lub nazwy, np. Łotwa
plan-warning-funding-no-cost = „{ $action }” ma { $funding } euro finansowania, ale nie ma szacunku kosztów
plan-warning-funding-over-cost = finansowanie „{ $action }” ({ $funding } euro) przekracza jego koszt ({ $cost } euro) o { $excess } euro
plan-warning-secured-over-total = zapewnione finansowanie ({ $secured } euro) jest o { $excess } euro wyższe niż koszt całkowity ({ $total } euro)
