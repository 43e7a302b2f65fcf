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
