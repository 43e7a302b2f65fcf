# De agendaserverclient van Convene (CalDAV, WebDAV). Bron: locales/en/dav.ftl (commentaar daar).

dav-summary = { $network }: { $created } aangemaakt, { $updated } gewijzigd, { $deleted } verwijderd op de server; { $taken } overgenomen van de server{ $conflicts ->
    [0] {""}
    [one] ; { $conflicts } conflict op te lossen (convene conflicts)
   *[other] ; { $conflicts } conflicten op te lossen (convene conflicts)
}.
dav-last-result-pull = ophalen: { $summary }
dav-last-result-failed = mislukt: { $error }
dav-created-on-server = "{ $title }" is op de server aangemaakt en is nu hier een bijeenkomst
dav-rewritten-on-server = "{ $title }" is op de server herschreven (zonder wijziging die Convene toont)
dav-changed-on-server = "{ $title }" is op de server gewijzigd: { $changes }
dav-line-with-provenance = { $line } ({ $details })
dav-series-on-server = "{ $title }" herhaalt zich op de server: hier aangemaakte bijeenkomsten: { $count }, één per herhaling binnen de data van het netwerk; de reeks blijft van de server (haar wijzigingen komen hierheen, Convene schrijft haar niet terug)
dav-series-changed-on-server = "{ $title }", een reeks op de server, is daar gewijzigd: hier bijgewerkte bijeenkomsten: { $count }
dav-series-replaced-here = "{ $title }" op { $date } was hier gewijzigd of verwijderd, maar hoort bij een reeks op de server: de versie van de reeks is overgenomen
dav-series-not-published = "{ $title }" op { $date } hoort bij een reeks op de server: wijzigingen hier worden niet gepubliceerd (wijzig de reeks in een agendaprogramma)
dav-series-deleted-here = de bijeenkomst op { $date } van een reeks op de server is hier verwijderd: in de reeks op de server blijft ze staan
dav-changed-on-both-sides = "{ $title }" is zowel hier als op de server gewijzigd
dav-deleted-on-server = "{ $title }" is op de server verwijderd; de bijeenkomst blijft hier tot u kiest (convene conflicts)
dav-changed-meanwhile = "{ $title }" is intussen op de server gewijzigd (412); er is niets overschreven
dav-no-readable-event = { $href } op de server bevat geen leesbare afspraak; ongemoeid gelaten
dav-not-taken = { $href }: de versie van de server kon niet worden overgenomen: { $error }

dav-request-principal = het opzoeken van de gebruiker (PROPFIND)
dav-request-calendar-home = het opzoeken van de agendamap (PROPFIND)
dav-request-calendars = het opvragen van de agenda's
dav-request-create-calendar = het aanmaken van de agenda (MKCALENDAR)
dav-request-calendar-changes = het lezen van de wijzigingen in de agenda (REPORT)
dav-request-calendar = het lezen van de agenda (REPORT)
dav-request-calendar-at = het lezen van de agenda { $href }
dav-request-calendar-listing = het opvragen van de inhoud van de agenda (PROPFIND)
dav-request-changed-events = het lezen van gewijzigde afspraken (REPORT calendar-multiget)
dav-request-create-event = het aanmaken van een afspraak (PUT)
dav-request-update-event = het bijwerken van een afspraak (PUT)
dav-request-delete-event = het verwijderen van een afspraak (DELETE)
dav-request-read-file = het lezen van { $href }
dav-request-write-file = het schrijven van { $href }

dav-error-dns = de servernaam { $host } is niet gevonden (DNS): controleer het adres van het account (convene account list) en uw internetverbinding
dav-error-refused = { $url } weigerde de verbinding: de server is uit de lucht of het adres of de poort klopt niet; hier is niets gewijzigd, probeer het opnieuw als hij weer werkt
dav-error-timeout = { $url } antwoordde niet binnen { $seconds } seconden: de server of het netwerk is uit de lucht; hier is niets gewijzigd, probeer het later opnieuw
dav-error-tls = het TLS-certificaat van { $url } wordt niet vertrouwd ({ $detail }): gebruikt de server een eigen certificaatautoriteit, voeg het account dan opnieuw toe met --ca-file PEM
dav-error-unauthorized = { $url } weigerde de gebruikersnaam of het wachtwoord (401): controleer de gebruikersnaam (convene account list) en geef het juiste wachtwoord op (--password-stdin, CONVENE_DAV_PASSWORD of de sleutelhanger)
dav-error-not-caldav = { $url } is geen CalDAV-server ({ $detail }): geef het adres van de agendaserver op (voor Nextcloud https://HOST/remote.php/dav)
dav-error-no-password = geen wachtwoord voor het account "{ $account }": geen sleutelhanger antwoordde ({ $detail }); geef het op met --password-stdin of in CONVENE_DAV_PASSWORD
dav-error-forbidden = { $url } antwoordde { $status } op { $what }: het account mag dit niet; controleer de rechten ervan op de server
dav-error-not-found = { $url } antwoordde { $status } op { $what }: de agenda of het bestand is er niet (meer); publiceer opnieuw om het aan te maken
dav-error-not-supported = { $url } antwoordde { $status } op { $what }: de server biedt dit niet aan; misschien is het geen CalDAV/WebDAV-server
dav-error-changed = { $url } antwoordde { $status } op { $what }: iemand heeft het intussen op de server gewijzigd; er is niets overschreven
dav-error-full = { $url } antwoordde { $status } op { $what }: de server heeft geen ruimte meer
dav-error-failed = { $url } antwoordde { $status } op { $what }: de server faalde; probeer het later opnieuw
dav-error-unexpected = { $url } antwoordde { $status } op { $what }: een antwoord waar Convene niets mee kan
dav-error-other = de verbinding met { $url } is mislukt: { $detail }
dav-detail-not-webdav-xml = het antwoord op { $what } is geen WebDAV-XML: { $detail }
dav-detail-request = { $what }: { $detail }
dav-detail-no-calendar-home = de gebruiker { $principal } noemt geen agendamap (calendar-home-set)
dav-detail-no-free-calendar-name = geen vrije naam voor de agenda onder { $home }
dav-detail-not-utf8 = { $href } is geen UTF-8-tekst

dav-ca-file-unreadable = { $path } kon niet worden gelezen als PEM-certificaten ({ $detail }); geef het CA-certificaat van de server op in PEM-formaat
dav-ca-file-empty = { $path } bevat geen certificaat; geef het CA-certificaat van de server op in PEM-formaat
dav-not-a-web-address = "{ $url }" is geen webadres ({ $detail })
dav-user-not-for-http = de gebruikersnaam bevat tekens die HTTP niet kan doorgeven
dav-password-stdin-empty = --password-stdin las een lege regel: geef het wachtwoord door via een pipe, bijv. `printf %s "$PASS" | convene ...`
dav-network-not-published = { $network } is nog niet gepubliceerd: voer eerst convene publish { $slug } --account NAAM uit
dav-no-plan-file = er is geen planbestand op { $href } op { $server }: plaats het eerst (convene plan push { $plan } --account { $account })
