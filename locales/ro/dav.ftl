# Clientul Convene pentru servere de calendar (CalDAV, WebDAV). Sursa: locales/en/dav.ftl (comentariile acolo).

dav-summary = { $network }: pe server, întâlniri create: { $created }, actualizate: { $updated }, șterse: { $deleted }; preluate de pe server: { $taken }{ $conflicts ->
    [0] {""}
   *[other] ; conflicte de rezolvat: { $conflicts } (convene conflicts)
}.
dav-last-result-pull = preluare: { $summary }
dav-last-result-failed = eșuat: { $error }
dav-created-on-server = „{ $title }” a fost creată pe server și acum este o întâlnire aici
dav-rewritten-on-server = „{ $title }” a fost rescrisă pe server (fără nicio schimbare pe care o arată Convene)
dav-changed-on-server = „{ $title }” a fost modificată pe server: { $changes }
dav-line-with-provenance = { $line } ({ $details })
dav-series-on-server = „{ $title }” se repetă pe server: întâlniri create aici: { $count }, una pentru fiecare repetare în datele rețelei; seria rămâne a serverului (modificările ei vin aici, Convene nu o rescrie)
dav-series-changed-on-server = „{ $title }”, o serie de pe server, a fost modificată acolo: întâlniri actualizate aici: { $count }
dav-series-replaced-here = „{ $title }” din { $date } fusese modificată sau ștearsă aici, dar aparține unei serii de pe server: s-a preluat versiunea seriei
dav-series-not-published = „{ $title }” din { $date } aparține unei serii de pe server: modificările făcute aici nu sunt publicate (modificați seria într-un program de calendar)
dav-series-deleted-here = întâlnirea din { $date } a unei serii de pe server a fost ștearsă aici: rămâne în seria de pe server
dav-changed-on-both-sides = „{ $title }” a fost modificată și aici, și pe server
dav-deleted-on-server = „{ $title }” a fost ștearsă pe server; rămâne aici până când alegeți (convene conflicts)
dav-changed-meanwhile = „{ $title }” a fost modificată între timp pe server (412); nu s-a suprascris nimic
dav-no-readable-event = { $href } de pe server nu conține niciun eveniment care poate fi citit; a fost lăsat așa
dav-not-taken = { $href }: versiunea de pe server nu a putut fi preluată: { $error }

dav-request-principal = căutarea utilizatorului (PROPFIND)
dav-request-calendar-home = căutarea dosarului de calendare (PROPFIND)
dav-request-calendars = listarea calendarelor
dav-request-create-calendar = crearea calendarului (MKCALENDAR)
dav-request-calendar-changes = citirea modificărilor din calendar (REPORT)
dav-request-calendar = citirea calendarului (REPORT)
dav-request-calendar-at = citirea calendarului { $href }
dav-request-calendar-listing = listarea conținutului calendarului (PROPFIND)
dav-request-changed-events = citirea evenimentelor modificate (REPORT calendar-multiget)
dav-request-create-event = crearea unui eveniment (PUT)
dav-request-update-event = actualizarea unui eveniment (PUT)
dav-request-delete-event = ștergerea unui eveniment (DELETE)
dav-request-read-file = citirea { $href }
dav-request-write-file = scrierea { $href }

dav-error-dns = numele serverului { $host } nu a fost găsit (DNS): verificați adresa contului (convene account list) și conexiunea la internet
dav-error-refused = { $url } a refuzat conexiunea: serverul nu funcționează sau adresa ori portul sunt greșite; aici nu s-a schimbat nimic, încercați din nou când funcționează
dav-error-timeout = { $url } nu a răspuns în { $seconds } secunde: serverul sau rețeaua nu funcționează; aici nu s-a schimbat nimic, încercați din nou mai târziu
dav-error-tls = certificatul TLS al serverului { $url } nu este de încredere ({ $detail }): dacă serverul are propria autoritate de certificare, adăugați din nou contul cu --ca-file PEM
dav-error-unauthorized = { $url } a refuzat numele de utilizator sau parola (401): verificați numele de utilizator (convene account list) și dați parola corectă (--password-stdin, CONVENE_DAV_PASSWORD sau portcheiul)
dav-error-not-caldav = { $url } nu este un server CalDAV ({ $detail }): dați adresa serverului de calendare (pentru Nextcloud, https://HOST/remote.php/dav)
dav-error-no-password = nu există parolă pentru contul „{ $account }”: niciun portchei nu a răspuns ({ $detail }); dați-o cu --password-stdin sau în CONVENE_DAV_PASSWORD
dav-error-forbidden = { $url } a răspuns { $status } la { $what }: contul nu are voie să facă asta; verificați-i drepturile pe server
dav-error-not-found = { $url } a răspuns { $status } la { $what }: calendarul sau fișierul nu este (sau nu mai este) acolo; publicați din nou pentru a-l crea
dav-error-not-supported = { $url } a răspuns { $status } la { $what }: serverul nu oferă asta; poate nu este un server CalDAV/WebDAV
dav-error-changed = { $url } a răspuns { $status } la { $what }: cineva a modificat între timp pe server; nu s-a suprascris nimic
dav-error-full = { $url } a răspuns { $status } la { $what }: serverul nu mai are spațiu
dav-error-failed = { $url } a răspuns { $status } la { $what }: serverul a avut o eroare; încercați din nou mai târziu
dav-error-unexpected = { $url } a răspuns { $status } la { $what }: un răspuns cu care Convene nu știe ce să facă
dav-error-other = comunicarea cu { $url } a eșuat: { $detail }
dav-detail-not-webdav-xml = răspunsul lui la { $what } nu este XML WebDAV: { $detail }
dav-detail-request = { $what }: { $detail }
dav-detail-no-calendar-home = utilizatorul { $principal } nu indică niciun dosar de calendare (calendar-home-set)
dav-detail-no-free-calendar-name = niciun nume liber pentru calendar în { $home }
dav-detail-not-utf8 = { $href } nu este text UTF-8

dav-ca-file-unreadable = { $path } nu a putut fi citit ca certificate PEM ({ $detail }); dați certificatul autorității de certificare a serverului în format PEM
dav-ca-file-empty = { $path } nu conține niciun certificat; dați certificatul autorității de certificare a serverului în format PEM
dav-not-a-web-address = „{ $url }” nu este o adresă web ({ $detail })
dav-user-not-for-http = numele de utilizator conține caractere pe care HTTP nu le poate transmite
dav-password-stdin-empty = --password-stdin a citit o linie goală: transmiteți parola printr-un pipe, de ex. `printf %s "$PASS" | convene ...`
dav-network-not-published = { $network } nu este încă publicată: rulați mai întâi convene publish { $slug } --account NUME
dav-no-plan-file = nu există niciun fișier de plan la { $href } pe { $server }: trimiteți-l mai întâi (convene plan push { $plan } --account { $account })
