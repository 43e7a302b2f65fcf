# Der Kalenderserver-Client von Convene (CalDAV, WebDAV). Quelle: locales/en/dav.ftl (Kommentare dort).

dav-summary = { $network }: { $created } angelegt, { $updated } geändert, { $deleted } gelöscht auf dem Server; { $taken } vom Server übernommen{ $conflicts ->
    [0] {""}
    [one] ; { $conflicts } Konflikt zu klären (convene conflicts)
   *[other] ; { $conflicts } Konflikte zu klären (convene conflicts)
}.
dav-last-result-pull = Abruf: { $summary }
dav-last-result-failed = fehlgeschlagen: { $error }
dav-created-on-server = „{ $title }“ wurde auf dem Server angelegt und ist jetzt hier ein Treffen
dav-rewritten-on-server = „{ $title }“ wurde auf dem Server neu geschrieben (ohne Änderung, die Convene zeigt)
dav-changed-on-server = „{ $title }“ wurde auf dem Server geändert: { $changes }
dav-line-with-provenance = { $line } ({ $details })
dav-series-on-server = „{ $title }“ wiederholt sich auf dem Server: hier angelegte Treffen: { $count }, eines je Termin innerhalb der Laufzeit des Netzwerks; die Serie bleibt die des Servers (ihre Änderungen kommen hierher, Convene schreibt sie nicht zurück)
dav-series-changed-on-server = „{ $title }“, eine Serie auf dem Server, wurde dort geändert: hier aktualisierte Treffen: { $count }
dav-series-replaced-here = „{ $title }“ am { $date } war hier geändert oder gelöscht worden, gehört aber zu einer Serie auf dem Server: die Fassung der Serie wurde übernommen
dav-series-not-published = „{ $title }“ am { $date } gehört zu einer Serie auf dem Server: hier gemachte Änderungen werden nicht veröffentlicht (ändern Sie die Serie in einem Kalenderprogramm)
dav-series-deleted-here = das Treffen am { $date } einer Serie auf dem Server wurde hier gelöscht: in der Serie auf dem Server bleibt es
dav-changed-on-both-sides = „{ $title }“ wurde hier und auf dem Server geändert
dav-deleted-on-server = „{ $title }“ wurde auf dem Server gelöscht; es bleibt hier, bis Sie entscheiden (convene conflicts)
dav-changed-meanwhile = „{ $title }“ wurde inzwischen auf dem Server geändert (412); nichts wurde überschrieben
dav-no-readable-event = { $href } auf dem Server enthält keinen lesbaren Termin; unverändert gelassen
dav-not-taken = { $href }: die Fassung des Servers konnte nicht übernommen werden: { $error }

dav-request-principal = die Suche nach dem Benutzer (PROPFIND)
dav-request-calendar-home = die Suche nach dem Kalenderordner (PROPFIND)
dav-request-calendars = das Auflisten der Kalender
dav-request-create-calendar = das Anlegen des Kalenders (MKCALENDAR)
dav-request-calendar-changes = das Lesen der Änderungen des Kalenders (REPORT)
dav-request-calendar = das Lesen des Kalenders (REPORT)
dav-request-calendar-at = das Lesen des Kalenders { $href }
dav-request-calendar-listing = das Auflisten des Kalenders (PROPFIND)
dav-request-changed-events = das Lesen geänderter Termine (REPORT calendar-multiget)
dav-request-create-event = das Anlegen eines Termins (PUT)
dav-request-update-event = das Ändern eines Termins (PUT)
dav-request-delete-event = das Löschen eines Termins (DELETE)
dav-request-read-file = das Lesen von { $href }
dav-request-write-file = das Schreiben von { $href }

dav-error-dns = der Servername { $host } wurde nicht gefunden (DNS): prüfen Sie die Adresse des Kontos (convene account list) und Ihre Internetverbindung
dav-error-refused = { $url } hat die Verbindung abgelehnt: der Server ist nicht erreichbar oder Adresse bzw. Port sind falsch; hier wurde nichts geändert, versuchen Sie es erneut, wenn er läuft
dav-error-timeout = { $url } hat nicht innerhalb von { $seconds } Sekunden geantwortet: der Server oder das Netz ist gestört; hier wurde nichts geändert, versuchen Sie es später erneut
dav-error-tls = dem TLS-Zertifikat von { $url } wird nicht vertraut ({ $detail }): hat der Server eine eigene Zertifizierungsstelle, fügen Sie das Konto erneut mit --ca-file PEM hinzu
dav-error-unauthorized = { $url } hat Benutzername oder Passwort abgelehnt (401): prüfen Sie den Benutzernamen (convene account list) und geben Sie das richtige Passwort an (--password-stdin, CONVENE_DAV_PASSWORD oder der Schlüsselbund)
dav-error-not-caldav = { $url } ist kein CalDAV-Server ({ $detail }): geben Sie die Adresse des Kalenderservers an (bei Nextcloud https://HOST/remote.php/dav)
dav-error-no-password = kein Passwort für das Konto „{ $account }“: kein Schlüsselbund hat geantwortet ({ $detail }); geben Sie es mit --password-stdin oder in CONVENE_DAV_PASSWORD an
dav-error-forbidden = { $url } hat mit { $status } auf { $what } geantwortet: das Konto darf das nicht; prüfen Sie seine Rechte auf dem Server
dav-error-not-found = { $url } hat mit { $status } auf { $what } geantwortet: der Kalender oder die Datei ist (nicht mehr) da; veröffentlichen Sie erneut, um sie anzulegen
dav-error-not-supported = { $url } hat mit { $status } auf { $what } geantwortet: der Server bietet das nicht an; vielleicht ist er kein CalDAV/WebDAV-Server
dav-error-changed = { $url } hat mit { $status } auf { $what } geantwortet: jemand hat es inzwischen auf dem Server geändert; nichts wurde überschrieben
dav-error-full = { $url } hat mit { $status } auf { $what } geantwortet: auf dem Server ist kein Platz mehr
dav-error-failed = { $url } hat mit { $status } auf { $what } geantwortet: der Server hat einen Fehler; versuchen Sie es später erneut
dav-error-unexpected = { $url } hat mit { $status } auf { $what } geantwortet, einer Antwort, mit der Convene nichts anzufangen weiß
dav-error-other = die Verbindung mit { $url } ist fehlgeschlagen: { $detail }
dav-detail-not-webdav-xml = seine Antwort auf { $what } ist kein WebDAV-XML: { $detail }
dav-detail-request = { $what }: { $detail }
dav-detail-no-calendar-home = der Benutzer { $principal } nennt keinen Kalenderordner (calendar-home-set)
dav-detail-no-free-calendar-name = kein freier Name für den Kalender unter { $home }
dav-detail-not-utf8 = { $href } ist kein UTF-8-Text

dav-ca-file-unreadable = { $path } konnte nicht als PEM-Zertifikate gelesen werden ({ $detail }); geben Sie das CA-Zertifikat des Servers im PEM-Format an
dav-ca-file-empty = { $path } enthält kein Zertifikat; geben Sie das CA-Zertifikat des Servers im PEM-Format an
dav-not-a-web-address = „{ $url }“ ist keine Webadresse ({ $detail })
dav-user-not-for-http = der Benutzername enthält Zeichen, die HTTP nicht übertragen kann
dav-password-stdin-empty = --password-stdin hat eine leere Zeile gelesen: leiten Sie das Passwort ein, z. B. `printf %s "$PASS" | convene ...`
dav-network-not-published = { $network } ist noch nicht veröffentlicht: führen Sie zuerst convene publish { $slug } --account NAME aus
dav-no-plan-file = unter { $href } auf { $server } gibt es keine Plandatei: laden Sie sie zuerst hoch (convene plan push { $plan } --account { $account })
