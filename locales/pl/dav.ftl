# Klient serwerów kalendarzy Convene (CalDAV, WebDAV). Źródło: locales/en/dav.ftl (tam komentarze).

dav-summary = { $network }: na serwerze utworzone spotkania: { $created }, zmienione: { $updated }, usunięte: { $deleted }; przejęte z serwera: { $taken }{ $conflicts ->
    [0] {""}
    [one] ; { $conflicts } konflikt do rozstrzygnięcia (convene conflicts)
    [few] ; { $conflicts } konflikty do rozstrzygnięcia (convene conflicts)
   *[other] ; { $conflicts } konfliktów do rozstrzygnięcia (convene conflicts)
}.
dav-last-result-pull = pobranie: { $summary }
dav-last-result-failed = niepowodzenie: { $error }
dav-created-on-server = „{ $title }” utworzono na serwerze i jest teraz spotkaniem tutaj
dav-rewritten-on-server = „{ $title }” zapisano na serwerze od nowa (bez zmian, które pokazuje Convene)
dav-changed-on-server = „{ $title }” zmieniono na serwerze: { $changes }
dav-line-with-provenance = { $line } ({ $details })
dav-series-on-server = „{ $title }” powtarza się na serwerze: spotkania utworzone tutaj: { $count }, po jednym na każde wystąpienie w terminach sieci; seria pozostaje serią serwera (jej zmiany trafiają tutaj, Convene jej nie zapisuje z powrotem)
dav-series-changed-on-server = „{ $title }”, seria na serwerze, została tam zmieniona: spotkania zaktualizowane tutaj: { $count }
dav-series-replaced-here = „{ $title }” z dnia { $date } zmieniono lub usunięto tutaj, ale należy do serii na serwerze: przyjęto wersję serii
dav-series-not-published = „{ $title }” z dnia { $date } należy do serii na serwerze: zmiany wprowadzone tutaj nie są publikowane (zmień serię w programie kalendarza)
dav-series-deleted-here = spotkanie z dnia { $date } z serii na serwerze usunięto tutaj: pozostaje w serii na serwerze
dav-changed-on-both-sides = „{ $title }” zmieniono i tutaj, i na serwerze
dav-deleted-on-server = „{ $title }” usunięto na serwerze; zostaje tutaj, dopóki nie zdecydujesz (convene conflicts)
dav-changed-meanwhile = „{ $title }” zmieniono w międzyczasie na serwerze (412); niczego nie nadpisano
dav-no-readable-event = { $href } na serwerze nie zawiera żadnego czytelnego wydarzenia; pozostawiono bez zmian
dav-not-taken = { $href }: nie udało się przejąć wersji z serwera: { $error }

dav-request-principal = wyszukiwanie użytkownika (PROPFIND)
dav-request-calendar-home = wyszukiwanie folderu kalendarzy (PROPFIND)
dav-request-calendars = wyświetlanie listy kalendarzy
dav-request-create-calendar = tworzenie kalendarza (MKCALENDAR)
dav-request-calendar-changes = odczyt zmian w kalendarzu (REPORT)
dav-request-calendar = odczyt kalendarza (REPORT)
dav-request-calendar-at = odczyt kalendarza { $href }
dav-request-calendar-listing = wyświetlanie zawartości kalendarza (PROPFIND)
dav-request-changed-events = odczyt zmienionych wydarzeń (REPORT calendar-multiget)
dav-request-create-event = tworzenie wydarzenia (PUT)
dav-request-update-event = aktualizowanie wydarzenia (PUT)
dav-request-delete-event = usuwanie wydarzenia (DELETE)
dav-request-read-file = odczyt { $href }
dav-request-write-file = zapis { $href }

dav-error-dns = nie znaleziono nazwy serwera { $host } (DNS): sprawdź adres konta (convene account list) i połączenie z internetem
dav-error-refused = serwer { $url } odrzucił połączenie: serwer nie działa albo adres lub port są błędne; tutaj niczego nie zmieniono, spróbuj ponownie, gdy zacznie działać
dav-error-timeout = serwer { $url } nie odpowiedział w ciągu { $seconds } s: serwer lub sieć nie działają; tutaj niczego nie zmieniono, spróbuj ponownie później
dav-error-tls = certyfikat TLS serwera { $url } nie jest zaufany ({ $detail }): jeśli serwer używa własnego urzędu certyfikacji, dodaj konto ponownie z --ca-file PEM
dav-error-unauthorized = serwer { $url } odrzucił nazwę użytkownika lub hasło (401): sprawdź nazwę użytkownika (convene account list) i podaj właściwe hasło (--password-stdin, CONVENE_DAV_PASSWORD lub pęk kluczy)
dav-error-not-caldav = serwer { $url } nie jest serwerem CalDAV ({ $detail }): podaj adres serwera kalendarzy (dla Nextcloud https://HOST/remote.php/dav)
dav-error-no-password = brak hasła do konta „{ $account }”: żaden pęk kluczy nie odpowiedział ({ $detail }); podaj je przez --password-stdin lub w CONVENE_DAV_PASSWORD
dav-error-forbidden = serwer { $url } odpowiedział kodem { $status } na { $what }: to konto nie może tego zrobić; sprawdź jego uprawnienia na serwerze
dav-error-not-found = serwer { $url } odpowiedział kodem { $status } na { $what }: kalendarza lub pliku nie ma (już) na serwerze; opublikuj ponownie, aby go utworzyć
dav-error-not-supported = serwer { $url } odpowiedział kodem { $status } na { $what }: serwer tego nie obsługuje; może nie być serwerem CalDAV/WebDAV
dav-error-changed = serwer { $url } odpowiedział kodem { $status } na { $what }: ktoś w międzyczasie zmienił to na serwerze; niczego nie nadpisano
dav-error-full = serwer { $url } odpowiedział kodem { $status } na { $what }: na serwerze zabrakło miejsca
dav-error-failed = serwer { $url } odpowiedział kodem { $status } na { $what }: wystąpił błąd serwera; spróbuj ponownie później
dav-error-unexpected = serwer { $url } odpowiedział kodem { $status } na { $what }: Convene nie wie, co zrobić z taką odpowiedzią
dav-error-other = komunikacja z serwerem { $url } nie powiodła się: { $detail }
dav-detail-not-webdav-xml = jego odpowiedź na { $what } nie jest w formacie XML WebDAV: { $detail }
dav-detail-request = { $what }: { $detail }
dav-detail-no-calendar-home = użytkownik { $principal } nie wskazuje folderu kalendarzy (calendar-home-set)
dav-detail-no-free-calendar-name = brak wolnej nazwy dla kalendarza w { $home }
dav-detail-not-utf8 = { $href } nie jest tekstem w UTF-8

dav-ca-file-unreadable = nie udało się odczytać { $path } jako certyfikatów PEM ({ $detail }); podaj certyfikat urzędu certyfikacji serwera w formacie PEM
dav-ca-file-empty = { $path } nie zawiera żadnego certyfikatu; podaj certyfikat urzędu certyfikacji serwera w formacie PEM
dav-not-a-web-address = „{ $url }” nie jest adresem internetowym ({ $detail })
dav-user-not-for-http = nazwa użytkownika zawiera znaki, których HTTP nie może przesłać
dav-password-stdin-empty = --password-stdin odczytało pusty wiersz: przekaż hasło potokiem, np. `printf %s "$PASS" | convene ...`
dav-network-not-published = Sieć { $network } nie jest jeszcze opublikowana: najpierw uruchom convene publish { $slug } --account NAZWA
dav-no-plan-file = pod adresem { $href } na { $server } nie ma pliku planu: najpierw go wyślij (convene plan push { $plan } --account { $account })
