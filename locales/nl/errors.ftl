# Errors and validation messages of Convene's core. Source: locales/en/errors.ftl (comments there).
error-required = mag niet leeg zijn
error-too-long = { $count ->
    [one] is { $count } teken lang; de limiet is { $max }
   *[other] is { $count } tekens lang; de limiet is { $max }
}
error-not-an-email = "{ $value }" is geen e-mailadres (verwacht: naam@voorbeeld.org)
error-url-scheme = "{ $value }" moet beginnen met https:// of http://
error-not-a-url = "{ $value }" is geen webadres
error-year-out-of-range = het jaar { $year } valt buiten { $first }-{ $last }
error-not-a-date = "{ $value }" is geen datum; schrijf hem als JJJJ-MM-DD
error-end-before-start = { $end } ligt vóór het begin, { $start }
error-unknown-zone = "{ $value }" is geen bekende IANA-tijdzone (bijvoorbeeld Europe/Riga)
error-not-yes-or-no = "{ $value }" is geen yes of no
error-appears-twice = deze { $column } komt twee keer voor; elke waarde moet uniek zijn
error-unknown-language = "{ $code }" is geen taal van Convene; gebruik een van { $codes }
error-no-network = er is geen netwerk met de naam "{ $key }"; `convene networks` toont ze
error-cancelled = Geannuleerd; er is niets gewijzigd.
error-database-busy = de database is bezet: een andere Convene (het venster of een opdracht) hield hem langer dan { $seconds } seconden vast bij het opslaan. Er is niets opgeslagen; probeer het opnieuw als dat werk klaar is.
error-no-network-id = er is geen netwerk met id { $id }
error-no-partner-id = er is geen partner met id { $id }
error-no-contact-id = er is geen contactpersoon met id { $id }
error-no-local-group-member-id = er is geen lid van de lokale groep met id { $id }
error-no-meeting-id = er is geen bijeenkomst met id { $id }
error-no-milestone-id = er is geen mijlpaal met id { $id }
error-no-day-off-id = er is geen vrije dag met id { $id }
error-no-plan-id = er is geen actieplan met id { $id }
error-no-comment-id = er is geen opmerking met id { $id }
error-no-conflict-id = er is geen conflict met id { $id }
error-no-practice-id = er is geen goede praktijk met id { $id }
error-slug-needs-letter = moet minstens één letter of cijfer bevatten
error-slug-taken = de korte naam "{ $slug }" wordt al gebruikt door het netwerk { $network }; kies een andere
error-lead-partner-after-network = voeg eerst het netwerk toe en kies daarna de leidende partner uit de partners
error-lead-partner-elsewhere = de leidende partner moet een partner van dit netwerk zijn
error-negative = mag niet negatief zijn
error-partner-gone = die partner bestaat niet
error-not-a-partner-here = { $partner } is geen partner van dit netwerk
error-not-a-uuid = "{ $value }" is geen UUID
error-not-a-plan-key = "{ $key }" is geen plan: geef het id (zie `convene plans NETWERK`) of NETWERK/STAD, zoals techtown/gavle
error-no-plan-of-city = { $network } heeft geen plan van een partner met de naam "{ $city }"; `convene plans { $slug }` toont ze
error-no-such-file = dat bestand bestaat niet
error-permission-denied = toegang geweigerd
error-cannot-read = kan { $file } niet lezen: { $reason }
error-file-too-large = { $file } is { $size } MB, groter dan zo'n bestand ({ $what }) kan zijn (hoogstens { $max } MB): is het het juiste bestand? Er is niets geïmporteerd.
error-not-utf8-expected = { $file } is geen tekstbestand (het is geen UTF-8); verwacht: { $expected }. Er is niets geïmporteerd
error-expected-urbact-pages = tekst van URBACT-pagina's
error-expected-plan-file = een .convene-plan-bestand
error-expected-json-export = een bestand geschreven door `convene export json`
error-internal = Convene stuitte op een interne fout: { $problem }. Meld die alstublieft.
error-internal-with-log = Convene stuitte op een interne fout: { $problem }. De details staan in { $log }; stuur dat bestand mee met uw melding.
error-cannot-create-folder = kan de map { $folder } niet aanmaken: { $reason }
error-disk-full = de schijf is vol
error-disk-quota = uw schijfquotum is op
error-file-grew-too-large = het bestand werd groter dan dit systeem toestaat
error-read-only = de schijf, de map of het bestand is alleen-lezen
error-folder-gone = de map bestaat niet (meer)
error-is-a-folder = het is een map
error-not-a-folder = er staat een bestand waar de map hoort te staan
error-disk-io = de schijf kon niet worden gelezen of beschreven (een invoer-/uitvoerfout: is hij verwijderd, of gaat hij stuk?)
error-database-folder-gone = de map ervan bestaat niet (meer: een schijf of USB-stick verwijderd?)
error-todo-free-space = maak ruimte vrij of kies een andere schijf, en probeer het dan opnieuw
error-todo-writable-folder = kies een map waarin u kunt schrijven, of maak deze beschrijfbaar, en probeer het dan opnieuw
error-todo-check-disk = controleer of de schijf is aangesloten en beschrijfbaar is, of kies een andere map, en probeer het dan opnieuw
error-cannot-write = kan { $file } niet schrijven: { $problem }. Daar is niets geschreven (een bestand dat er al stond is ongewijzigd); { $todo }.
error-write-not-a-file-name = kan { $file } niet schrijven: het is een map, geen bestandsnaam
error-write-is-a-folder = kan { $file } niet schrijven: het is een map; geef een bestandsnaam daarin op
error-write-folder-gone = kan { $file } niet schrijven: de map { $folder } bestaat niet (meer); kies een andere map
error-cannot-save-database = kan niet opslaan in de database { $file }: { $problem }. Niets van deze opdracht is opgeslagen, en alles wat eerder is opgeslagen is ongewijzigd; { $todo }.
error-database-moved = kan de database { $file } niet gebruiken: het bestand is verplaatst of verwijderd terwijl Convene het open had (een schijf of USB-stick verwijderd?). Niets van deze wijziging is opgeslagen; zet het bestand terug waar het stond (sluit de schijf weer aan) en probeer het dan opnieuw.
error-database-locked = de database { $file } is vergrendeld door een ander programma (een venster of opdracht van Convene, of een programma zoals een databasebrowser) dat hem langer dan { $seconds } seconden vasthield. Er is niets opgeslagen; sluit dat programma of wacht tot het klaar is, en probeer het dan opnieuw.
error-backup-folder-gone = kan de reservekopie niet schrijven: de map { $folder } bestaat niet
error-backup-is-the-database = het reservekopiebestand mag niet de database zelf zijn
error-no-data-directory = kan geen gegevensmap voor deze gebruiker vinden om { $file } in te bewaren (is HOME ingesteld?); geef het databasebestand op met de omgevingsvariabele { $variable } (of --db PAD op de opdrachtregel)
error-host-gone = de gastheer is geen partner meer
error-inserted-meeting-missing = een zojuist toegevoegde bijeenkomst ontbreekt
error-no-meeting-key = er is geen bijeenkomst met id of UID "{ $key }"
error-ical-line = regel { $line }: { $reason }
error-ical-starts-with-continuation = het bestand begint met een vervolgregel (een regel die met een spatie begint)
error-ical-not-utf8 = is geen UTF-8-tekst; sla de agenda op als UTF-8 en importeer hem opnieuw
error-ical-not-a-line = "{ $text }" is geen iCalendar-regel (verwacht NAAM:waarde, zoals SUMMARY:Startbijeenkomst)
error-ical-bad-parameter = een parameter van { $name } is misvormd in "{ $text }" (verwacht ;NAAM=waarde)
error-ical-unclosed-quote = een parameter tussen aanhalingstekens van { $name } wordt nooit gesloten in "{ $text }"
error-ical-begin-no-name = BEGIN:{ $value } noemt geen onderdeel
error-ical-too-deep = BEGIN:{ $name } is { $depth } onderdelen diep genest; een agenda nest er hoogstens { $max }
error-ical-end-closes-nothing = END:{ $name } sluit niets af (er staat geen BEGIN:{ $name } voor)
error-ical-end-mismatch = END:{ $name } past niet bij BEGIN:{ $begin } van regel { $begin_line }
error-ical-outside-calendar = { $name } staat buiten BEGIN:VCALENDAR ... END:VCALENDAR
error-ical-never-closed = BEGIN:{ $name } wordt nooit gesloten door END:{ $name } (het bestand eindigt op regel { $last_line })
error-ical-nothing-imported = { $message }. Er is niets geïmporteerd.
error-ical-empty = het bestand is leeg; verwacht een iCalendar-bestand (.ics) dat begint met BEGIN:VCALENDAR
error-ical-not-icalendar = dit is geen iCalendar-bestand: het zou moeten beginnen met BEGIN:VCALENDAR, maar regel { $line } luidt "{ $text }"
error-ical-event-refused = de gebeurtenis "{ $title }" kan niet worden geïmporteerd: { $field }: { $reason }
ical-skipped-titled-uid = regel { $line }: "{ $title }" (UID { $uid }) is overgeslagen: { $reason }
ical-skipped-titled = regel { $line }: "{ $title }" is overgeslagen: { $reason }
ical-skipped-uid = regel { $line }: een gebeurtenis (UID { $uid }) is overgeslagen: { $reason }
ical-skipped = regel { $line }: een gebeurtenis is overgeslagen: { $reason }
ical-summary-nothing-imported = Geen van de gebeurtenissen in het bestand kon worden geïmporteerd: { $skipped ->
    [one] { $skipped } gebeurtenis is
   *[other] { $skipped } gebeurtenissen zijn
} overgeslagen, elk vermeld met regel en reden; er is niets geïmporteerd.
ical-summary-no-events = De agenda bevat geen gebeurtenissen voor dit netwerk; er is niets geïmporteerd{ $skipped ->
    [0] {""}
    [one] ; { $skipped } gebeurtenis overgeslagen
   *[other] ; { $skipped } gebeurtenissen overgeslagen
}.
ical-summary-unchanged = Niets gewijzigd: { $unchanged ->
    [one] { $unchanged } gebeurtenis van dit bestand is
   *[other] de { $unchanged } gebeurtenissen van dit bestand zijn
} al opgeslagen{ $skipped ->
    [0] {""}
    [one] ; { $skipped } gebeurtenis overgeslagen
   *[other] ; { $skipped } gebeurtenissen overgeslagen
}.
ical-summary = { $created ->
    [one] { $created } bijeenkomst aangemaakt
   *[other] { $created } bijeenkomsten aangemaakt
}, { $updated } gewijzigd, { $unchanged } ongewijzigd{ $skipped ->
    [0] {""}
    [one] ; { $skipped } gebeurtenis overgeslagen
   *[other] ; { $skipped } gebeurtenissen overgeslagen
}.
ical-warning-other-network = regel { $line }: "{ $title }" (UID { $uid }) is al een bijeenkomst van { $network }; die is daar gelaten en hier niet geïmporteerd
ical-warning-occurrence-cancelled = regel { $line }: de herhaling { $uid } hoort niet meer bij de reeks; de bijeenkomst ervan is afgezegd
error-ical-not-a-date = { $name } "{ $text }" is geen datum (iCalendar schrijft datums als JJJJMMDD, zoals 20270310)
error-ical-not-a-date-time = { $name } "{ $text }" is geen datum met tijd (iCalendar schrijft JJJJMMDDTUUMMSS, zoals 20270310T100000, met Z voor UTC)
error-ical-not-a-duration = DURATION "{ $text }" is geen duur (zoals PT1H30M of P2D)
error-ical-time-skipped = { $name } { $time } bestaat niet in { $zone } (dan gaat de klok om)
error-ical-zone-unknown = { $name } gebruikt de tijdzone "{ $tzid }", die geen IANA-zone (zoals Europe/Riga) en geen Windows-zonenaam is, en de VTIMEZONE van het bestand ervoor past bij geen enkele zone
error-ical-not-a-sequence = SEQUENCE "{ $text }" is geen geheel getal (0, 1, 2, ...)
error-ical-uid-too-long = de UID van "{ $title }" is langer dan { $max } tekens
error-ical-no-start = de gebeurtenis "{ $title }" heeft geen DTSTART (geen begin)
error-ical-date-and-time-mixed = "{ $title }" begint op een datum maar eindigt op een tijd, of andersom; DTSTART en DTEND moeten allebei datums of allebei datums met tijd zijn
error-ical-ends-before-start = "{ $title }" eindigt voordat het begint
error-ical-series = "{ $title }" { $reason }
error-ical-rule-unreadable = heeft een RRULE "{ $rule }" die niet gelezen kan worden: { $detail }
error-ical-rule-unusable = heeft een RRULE "{ $rule }" die niet gebruikt kan worden: { $detail }
error-ical-too-many-occurrences = herhaalt zich meer dan { $max } keer tussen { $from } en { $to }; Convene maakt één bijeenkomst per herhaling, dus maak de reeks korter (UNTIL of COUNT) en importeer opnieuw
ical-warning-floating = regel { $line }: "{ $title }" heeft geen tijdzone (een zwevende tijd); die is gelezen in { $zone }, { $why }
ical-floating-calendar-zone = de eigen zone van de agenda (X-WR-TIMEZONE)
ical-floating-host-zone = de zone van de gastheer, { $name }
ical-floating-lead-zone = de zone van de hoofdpartner { $name }
ical-floating-utc = UTC, omdat het netwerk geen hoofdpartner heeft
ical-warning-zone-by-rules = regel { $line }: de tijdzone "{ $tzid }" past bij geen enkele IANA-zone; de tijden ervan zijn gelezen volgens de eigen VTIMEZONE-regels van het bestand en in UTC bewaard (hier en bij elke gebeurtenis die haar gebruikt)
ical-warning-zone-by-offsets = regel { $line }: de tijdzone "{ $tzid }" is geen zonenaam; de verschuivingen van haar VTIMEZONE passen bij { $zone }, die is gebruikt (hier en bij elke gebeurtenis die haar gebruikt)
ical-warning-not-a-link = regel { $line }: "{ $url }" is geen webadres (http of https); de onlinelink van "{ $title }" is leeg gelaten
ical-warning-untitled = regel { $line }: een gebeurtenis heeft geen titel (SUMMARY); ze heet nu "{ $title }"
ical-warning-no-end = regel { $line }: "{ $title }" heeft geen einde (DTEND of DURATION); het heeft één uur gekregen
ical-warning-zero-length = regel { $line }: "{ $title }" eindigt wanneer het begint; het heeft één uur gekregen
ical-warning-component-skipped = regel { $line }: { $count } { $name } ({ $what }) overgeslagen; alleen gebeurtenissen (VEVENT) worden bijeenkomsten
ical-component-task = een taak
ical-component-journal = een journaalitem
ical-component-free-busy = vrij/bezet-tijd
ical-component-other = geen gebeurtenis
ical-warning-uid-made-up = regel { $line }: "{ $title }" heeft geen UID; het heeft { $uid } gekregen (gemaakt uit het begin en de titel), zodat het bestand opnieuw importeren het terugvindt
ical-warning-uid-twice = regel { $line }: de UID { $uid } komt twee keer voor (regels { $first } en { $second }); de versie met de hoogste SEQUENCE is bewaard
ical-warning-lone-override = regel { $line }: deze RECURRENCE-ID wijzigt een herhaling van { $uid }, dat zich niet herhaalt; overgeslagen
ical-warning-no-occurrence = regel { $line }: geen herhaling van "{ $title }" valt tussen { $from } en { $to }; er is niets van gemaakt
ical-warning-series-expanded = regel { $line }: "{ $title }" herhaalt zich; { $count ->
    [one] de { $count } herhaling
   *[other] de { $count } herhalingen
} tussen { $from } en { $to } { $count ->
    [one] is een aparte bijeenkomst geworden
   *[other] zijn aparte bijeenkomsten geworden
}{ $open ->
    [no-start] {" "}(het netwerk heeft geen begindatum, dus de reeks is gelezen vanaf de eerste herhaling)
    [no-end] {" "}(het netwerk heeft geen einddatum, dus de reeks is tot { $years } jaar vooruit gelezen)
   *[none] {""}
}
ical-warning-repeated-hour = regel { $line }: "{ $title }" { $edge ->
    [start] begint
   *[end] eindigt
} om { $time } in { $zone }, in het uur dat zich herhaalt als de klok teruggaat, bij de tweede keer; Convene bewaart zo'n tijd bij de eerste keer, een uur eerder
error-not-utf8 = { $file } is geen tekstbestand (het is geen UTF-8)
error-meeting-already-held = "{ $title }" is al gehouden
error-meeting-undated-not-confirmed = "{ $title }" heeft nog geen datum; geef het een datum voordat u het bevestigt
error-meeting-not-begun = "{ $title }" begint op { $when }, en dat is nog niet gekomen; het kan niet gehouden zijn
error-meeting-cancelled-not-held = "{ $title }" is afgezegd; het kan niet gehouden zijn
error-meeting-postponed-not-held = "{ $title }" is uitgesteld; geef het de nieuwe datum, of bevestig het, voordat u het als gehouden markeert
error-meeting-undated-not-held = "{ $title }" heeft nog geen datum; het kan niet gehouden zijn
error-meeting-cancelled-not-postponed = "{ $title }" is afgezegd; het kan niet worden uitgesteld
error-meeting-already-postponed = "{ $title }" is al uitgesteld zonder nieuwe datum
error-meeting-nothing-to-postpone = "{ $title }" heeft nog geen datum, dus er is niets uit te stellen; geef het in plaats daarvan een datum
error-postpone-needs-date = een uitgestelde bijeenkomst heeft een nieuwe datum nodig, of helemaal geen
error-postpone-not-later = de nieuwe datum, { $new }, ligt niet na de huidige, { $old }; om een bijeenkomst te vervroegen, wijzigt u de datum
error-agenda-item-ends-before = het punt moet eindigen nadat het begint
error-agenda-empty-no-item = de agenda van "{ $title }" is leeg; er is geen punt { $number }
error-agenda-no-item = er is geen punt { $number }; { $count ->
    [one] de agenda heeft { $count } punt
   *[other] de agenda heeft de punten 1 tot en met { $count }
}
error-agenda-not-a-place = { $position } is geen plaats in een agenda van { $count ->
    [one] { $count } punt
   *[other] { $count } punten
}; gebruik 1 tot en met { $last }
error-reminder-out-of-range = een herinnering { $minutes } minuten vooraf is niet mogelijk; kies tussen 1 minuut en 4 weken vooraf, of geen
error-export-all-undated = { $count ->
    [one] De bijeenkomst hier heeft
   *[other] Alle { $count } bijeenkomsten hier hebben
} nog geen datum, dus er is niets om in een agenda te zetten; geef eerst een datum. Er is niets opgeslagen.
error-export-none-between = Er is geen bijeenkomst tussen { $from } en { $to }. Er is niets opgeslagen.
error-export-none-from = Er is geen bijeenkomst vanaf { $from }. Er is niets opgeslagen.
error-export-none-until = Er is geen bijeenkomst tot { $to }. Er is niets opgeslagen.
error-export-none = Er is nog geen bijeenkomst om in een agenda te zetten. Er is niets opgeslagen.
error-calendar-too-large = { $file } is { $size } MB, groter dan een agenda met bijeenkomsten kan zijn (hoogstens { $max } MB); kies een export van de bijeenkomsten die u nodig hebt. Er is niets geïmporteerd.
error-not-one-of = "{ $value }" is niet een van: { $choices }
error-not-a-contact-here = { $contact } is geen contactpersoon van dit netwerk
error-attendee-twice = deze deelnemer staat twee keer op de lijst van de bijeenkomst
error-meeting-needs-zone = kies een tijdzone, of een gastheer wiens tijdzone de bijeenkomst overneemt
error-undated-needs-words = zeg in woorden wanneer ze gepland is, of geef het jaar
error-meeting-ends-before = de bijeenkomst moet eindigen nadat ze begint
error-last-day-before-first = de laatste dag, { $last }, ligt vóór de eerste, { $first }
error-not-a-month-number = { $month } is geen maand (1-12)
error-not-a-timestamp = "{ $value }" is geen tijdstempel (verwacht bijvoorbeeld 2024-05-01T09:30:00Z)
error-not-working-hours = "{ $text }" is geen werktijd; schrijf die als UU:MM-UU:MM, zoals 09:00-17:00
error-working-day-ends-before = de werkdag moet eindigen nadat hij begint ({ $end } ligt niet na { $start })
error-no-partners-to-schedule = { $network } heeft nog geen partners, dus er is niemand om een tijd voor te zoeken; voeg eerst de partners toe
error-not-a-partner-of = { $id } is geen partner van { $network }
error-partner-zone-unknown = de tijdzone "{ $zone }" van { $partner } is onbekend
error-range-too-long = kies een periode van hoogstens { $max } dagen
error-days-out-of-range = een bijeenkomst van { $days } dagen? Kies 1 tot en met { $max }
error-not-a-duration = "{ $text }" is geen tijdsduur; schrijf die als 2h, 90m, 1h30 of 1:30
error-slot-range-too-long = { $days } dagen is meer dan de zoeker in één keer doorzoekt ({ $max }); kies een kortere periode
error-slot-length-out-of-range = { $minutes } minuten is geen duur die de zoeker inplant; kies tussen 15 minuten en 24 uur (vraag voor hele dagen om dagen)
error-slot-limit-out-of-range = kies tussen 1 en { $max } tijden om te tonen
error-not-a-partner-id-here = { $id } is niet het id van een partner van dit netwerk
error-partner-not-in-network = { $partner } is geen partner van { $network }
error-meeting-of-another-network = bijeenkomst { $id } ({ $title }) hoort bij een ander netwerk, niet bij { $network }
error-plan-no-row = dit plan heeft geen { $row ->
    [indicator] indicator
    [risk] risico
   *[action] actie
} met id { $id }
error-plan-no-revisions = het actieplan { $id } heeft geen revisie
error-plan-no-revision = dit plan heeft geen revisie { $number }; de revisies zijn 1 tot en met { $newest }
error-poll-partner-elsewhere = partner { $id } is geen partner van het netwerk van deze peiling
error-poll-option-elsewhere = optie { $id } is geen optie van deze peiling

## The window's calendar-server messages (src-tauri/src/commands/dav.rs): the client's
## failures without the command line's options, as whole sentences.

# $account: the account's name.
error-window-dav-no-password = Er is geen wachtwoord opgeslagen voor ‘{ $account }’: deze computer heeft geen sleutelhanger. Typ het wachtwoord om verder te gaan.
# $url: the server's address.
error-window-dav-unauthorized = De server { $url } weigerde de gebruikersnaam of het wachtwoord (401): controleer beide en probeer het opnieuw.
# $host: the server's name.
error-window-dav-dns = De servernaam { $host } is niet gevonden: controleer het adres van het account in Instellingen en uw internetverbinding.
error-window-dav-refused = De server { $url } weigerde de verbinding: hij is uit de lucht, of het adres of de poort klopt niet. Hier is niets gewijzigd; probeer het opnieuw wanneer hij weer werkt.
# $seconds: how long Convene waited.
error-window-dav-timeout = De server { $url } antwoordde niet binnen { $seconds } seconden: de server of het netwerk is uit de lucht. Hier is niets gewijzigd; probeer het later opnieuw.
# $detail: the technical reason, as the TLS library gives it.
error-window-dav-tls = Het certificaat van de server { $url } wordt niet vertrouwd ({ $detail }). Gebruikt de server een eigen certificaatautoriteit, voeg het account dan opnieuw toe in Instellingen met het CA-bestand ervan.
error-window-dav-not-caldav = De server { $url } is geen agendaserver ({ $detail }): geef het adres van de CalDAV-server op (voor Nextcloud https://HOST/remote.php/dav).
# $status: the HTTP status the server answered (403, 404...).
error-window-dav-forbidden = De server { $url } antwoordde { $status }: dit account mag dit niet. Controleer de rechten ervan op de server.
error-window-dav-not-found = De server { $url } antwoordde { $status }: de agenda of het bestand is er niet meer. Publiceer opnieuw om het aan te maken.
error-window-dav-not-supported = De server { $url } antwoordde { $status }: hij biedt dit niet aan en is misschien geen CalDAV- of WebDAV-server.
error-window-dav-changed = De server { $url } antwoordde { $status }: iemand heeft het intussen op de server gewijzigd. Er is niets overschreven.
error-window-dav-full = De server { $url } antwoordde { $status }: hij heeft geen ruimte meer.
error-window-dav-failed = De server { $url } antwoordde { $status }: er ging iets mis op de server. Probeer het later opnieuw.
error-window-dav-unexpected = De server { $url } antwoordde { $status }, een antwoord waar Convene niets mee kan.
error-window-dav-other = De communicatie met de server { $url } is mislukt: { $detail }
error-window-plan-changed-on-server = Iemand heeft dit plan naar de server gestuurd sinds deze computer het voor het laatst las, dus er is niets overschreven. Haal het plan eerst op van de server en stuur het daarna opnieuw.
error-window-plan-not-on-server = Er staat nog geen bestand van dit plan op { $url }: stuur het eerst naar de server.
error-window-dav-ca-file-not-chosen = Kies het CA-bestand opnieuw: dit venster heeft het eerder gekozen bestand niet meer.
# The title of the open dialog for a CA file.
window-dav-choose-ca-file = Het PEM-bestand van de certificaatautoriteit van de server
window-dialog-calendar-add-meeting = "{ $name }" aan een agenda toevoegen
window-dialog-calendar-save = De agenda van { $name } bewaren
window-dialog-calendar-import = Een agenda in { $network } importeren
window-dialog-plan-export = { $plan } exporteren als { $format }
window-dialog-plan-send = { $plan } naar een partner sturen
window-dialog-plan-receive = Een plan van een partner ontvangen
window-dialog-backup-save = Een reservekopie van Convene bewaren
window-dialog-backup-restore = Convene herstellen uit een reservekopie
window-dialog-urbact-import = Als tekst bewaarde URBACT-pagina's importeren
window-dialog-export-json = Alles als JSON exporteren
window-dialog-poll-replies = Antwoorden aan de peiling toevoegen
file-kind-icalendar = iCalendar
file-kind-plan = Convene-plan
file-kind-backup = Convene-reservekopie
file-kind-urbact-pages = Als tekst bewaarde URBACT-pagina's
file-kind-json = JSON
file-kind-pem = PEM
file-kind-replies = Antwoorden (e-mail of agenda)
file-kind-docx = Word-document
file-kind-pdf = pdf-document
file-kind-markdown = Markdown
file-kind-html = webpagina
error-window-no-backup-chosen = er is geen reservekopie gekozen; kies eerst de reservekopie die u wilt herstellen
window-dav-password-not-given = Geen wachtwoord opgegeven: bij het publiceren wordt erom gevraagd.
window-dav-password-stored = Het wachtwoord staat in de sleutelhanger van deze computer.
window-dav-password-no-keyring = Deze computer heeft geen sleutelhanger, dus het wachtwoord is niet opgeslagen: bij het publiceren wordt erom gevraagd.

error-database-schema-mismatch = { $path } heeft schemaversie { $version }, verwacht { $expected }
error-database-migration-failed = migratie { $name } is mislukt: { $reason }
error-not-a-convene-database = { $path } is geen Convene-database ({ $detail })
error-database-no-schema-version = het bevat tabellen maar geen Convene-schemaversie
error-database-newer = { $path } is geschreven door een nieuwere versie van Convene (schema { $version }; deze versie leest tot en met { $latest }). Werk Convene bij om het te openen; het bestand is niet gewijzigd.
error-network-has-dependents = { $network } verwijderen zou ook { $dependents } verwijderen; bevestig de cascade om alles te verwijderen
error-partner-has-dependents = { $partner } verwijderen raakt ook { $dependents }; bevestig de cascade om door te gaan
count-partners = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
}
count-contacts = { $count ->
    [one] { $count } contactpersoon
   *[other] { $count } contactpersonen
}
count-meetings = { $count ->
    [one] { $count } bijeenkomst
   *[other] { $count } bijeenkomsten
}
count-milestones = { $count ->
    [one] { $count } mijlpaal
   *[other] { $count } mijlpalen
}
count-action-plans = { $count ->
    [one] { $count } actieplan
   *[other] { $count } actieplannen
}
count-import-notes = { $count ->
    [one] { $count } importnotitie
   *[other] { $count } importnotities
}
count-local-group-members = { $count ->
    [one] { $count } lid van de lokale groep
   *[other] { $count } leden van de lokale groep
}
count-attendance-records = { $count ->
    [one] { $count } aanwezigheidsregistratie
   *[other] { $count } aanwezigheidsregistraties
}
count-days-off = { $count ->
    [one] { $count } vrije dag
   *[other] { $count } vrije dagen
}
count-networks = { $count ->
    [one] { $count } netwerk
   *[other] { $count } netwerken
}
count-agenda-items = { $count ->
    [one] { $count } agendapunt
   *[other] { $count } agendapunten
}
count-good-practices = { $count ->
    [one] { $count } goede praktijk
   *[other] { $count } goede praktijken
}
count-polls = { $count ->
    [one] { $count } peiling
   *[other] { $count } peilingen
}
count-contact-emails = { $count ->
    [one] { $count } contact-e-mail
   *[other] { $count } contact-e-mails
}
count-list-and = { $first } en { $last }
count-hosted-meetings = { $count ->
    [one] { $count } bijeenkomst die haar gaststad zou verliezen
   *[other] { $count } bijeenkomsten die hun gaststad zouden verliezen
}
count-city-plans = { $count ->
    [one] { $count } actieplan dat zijn stad zou verliezen
   *[other] { $count } actieplannen die hun stad zouden verliezen
}
error-several-plans-of-city = { $network } heeft { $count } plannen van { $city } (id's { $ids }); geef het id van het plan
error-published-with-other-account = dit netwerk wordt gepubliceerd met het account "{ $other }", niet "{ $account }"; gebruik --account { $other }
error-plan-file-changed-on-server = { $href } is op de server gewijzigd sinds deze computer het voor het laatst las; er is niets overschreven: voer eerst convene plan pull { $plan } --account { $account } uit, daarna push
error-poll-closed = de peiling "{ $poll }" is gesloten; een gesloten peiling blijft zoals ze was en kan niet worden gewijzigd. Wijzig in plaats daarvan de bijeenkomst die ze heeft gemaakt
error-poll-closed-on-option = de peiling "{ $poll }" is gesloten op optie { $number } ({ $when }); een gesloten peiling blijft zoals ze was en kan niet worden gewijzigd. Wijzig in plaats daarvan de bijeenkomst die ze heeft gemaakt
error-day-off-twice = { $partner } heeft al de vrije dag "{ $name }" op { $date }
error-plan-conflict-settled = het conflict in "{ $label }" is al opgelost ({ $resolution })
error-import-database-not-empty = de database bevat al gegevens ({ $held }); een JSON-export wordt alleen in een lege database geïmporteerd, zodat elk id blijft zoals het was. Importeer hem in plaats daarvan in een nieuw databasebestand, bijvoorbeeld: convene --db new.db import json BESTAND. Er is niets gewijzigd
error-import-database-not-empty-at = de database { $path } bevat al gegevens ({ $held }); een JSON-export wordt alleen in een lege database geïmporteerd, zodat elk id blijft zoals het was. Importeer hem in plaats daarvan in een nieuw databasebestand, bijvoorbeeld: convene --db new.db import json BESTAND. Er is niets gewijzigd
error-account-needs-name = een account heeft een naam nodig (bijvoorbeeld "nextcloud")
error-account-name-too-long = een accountnaam is hoogstens { $max } tekens lang
error-account-url-not-web = "{ $url }" is geen webadres: het moet beginnen met https:// (of http:// voor een server op deze computer)
error-account-url-no-server = "{ $url }" noemt geen server
error-account-url-spaces-or-long = het adres bevat spaties of is te lang
error-account-needs-user = de server heeft een gebruikersnaam nodig
error-account-ca-not-a-file = { $file } is geen bestand: geef het PEM-bestand van de certificaatautoriteit van de server
error-account-exists = er is al een account met de naam "{ $name }"; verwijder het eerst (convene account remove { $name }) of kies een andere naam
error-no-account-named = er is geen account met de naam "{ $name }" (convene account list toont ze)
error-account-removed = account { $id } is verwijderd
error-no-open-calendar-conflict = er is geen open conflict { $id } (convene conflicts toont ze)

error-amount-negative = { $amount } is negatief; bedragen zijn uitgegeven of ontvangen euro's, 0 of meer
error-amount-too-many-decimals = { $amount } heeft meer dan twee decimalen; schrijf euro's en centen, zoals 1250.50
error-amount-too-large = { $amount } is meer dan { $max } euro
error-amount-has-comma = "{ $text }" bevat een komma; schrijf euro's met een punt voor de centen en zonder scheidingsteken voor duizendtallen, zoals 1250.50
error-not-an-amount = "{ $text }" is geen bedrag in euro (zoals 1250.50)
error-not-a-month = "{ $text }" is geen maand; schrijf hem als JJJJ-MM, zoals 2025-03
error-plan-no-section = dit plan heeft geen sectie "{ $key }"
error-plan-no-section-of = dit plan heeft geen sectie "{ $key }"; de secties zijn { $keys }
error-plan-too-many-sections = een plan heeft hoogstens { $max } secties
error-not-a-section-key = "{ $key }" is geen sectiesleutel (kleine letters, cijfers en -)
error-section-twice = de sectie "{ $key }" komt twee keer voor
error-custom-section-standard-key = een eigen sectie kan geen standaardsleutel gebruiken
error-not-a-standard-section = is geen van de standaardsecties
error-standard-section-missing = de standaardsectie "{ $title }" ({ $key }) ontbreekt
error-plan-too-many-rows = een plan heeft hoogstens { $max } acties, { $max } indicatoren en { $max } risico's
error-action-too-many-funding-lines = een actie heeft hoogstens { $max } financieringsregels
error-indicator-not-of-plan = de indicator { $id } hoort niet bij dit plan
error-indicator-linked-twice = de indicator { $id } is twee keer gekoppeld
error-not-one-to-five = { $value } ligt niet tussen 1 en 5
error-plan-adoption-date-not-adopted = alleen een vastgesteld plan heeft een vaststellingsdatum
error-plan-already-adopted = het plan is al vastgesteld; zet het terug naar "Definitief" om een andere vaststellingsdatum vast te leggen
error-plan-status-move = { $from ->
    [in_review] een plan met status "In beoordeling" kan alleen naar "Concept" of "Definitief"
    [final] een plan met status "Definitief" kan alleen naar "In beoordeling" of "Vastgesteld"
    [adopted] een plan met status "Vastgesteld" kan alleen naar "Definitief"
   *[draft] een plan met status "Concept" kan alleen naar "In beoordeling"
}, niet naar { $to ->
    [draft] "Concept"
    [in_review] "In beoordeling"
    [final] "Definitief"
   *[adopted] "Vastgesteld"
}
error-plan-adoption-date-needed = geef de datum waarop de gemeenteraad het plan heeft vastgesteld (JJJJ-MM-DD)
error-standard-section-title = "{ $title }" is een standaardsectie van het Geïntegreerd Actieplan; de titel blijft
error-section-order-unknown = "{ $key }" is geen sectie van dit plan, of staat er twee keer in
error-section-order-leaves-out = de nieuwe volgorde laat de sectie "{ $key }" weg
error-standard-section-remove = "{ $key }" is een standaardsectie van het Geïntegreerd Actieplan en kan niet worden verwijderd; laat hem leeg

error-id-twice = { $id } komt twee keer voor

error-urbact-refused = { $reason }; verwacht werd de tekst van URBACT-pagina's van netwerken of goede praktijken, elk eindigend op een regel "Ref nid". Er is niets geïmporteerd.
error-urbact-nul-byte = het bestand is binair, geen tekst (het heeft een NUL-byte op regel { $line })
error-urbact-control-byte = het bestand is binair, geen tekst (het heeft een stuurteken op regel { $line })
error-urbact-not-utf8 = het bestand is geen UTF-8-tekst (byte { $byte } op regel { $line } is geen geldige UTF-8); sla de tekst van de pagina's op als UTF-8 en importeer hem opnieuw. Er is niets geïmporteerd.
error-urbact-empty = het bestand is leeg
error-time-skipped = { $time } bestaat niet in { $zone } (dan gaat de klok om); kies een andere tijd
error-urbact-network-unsaved = regel { $line }: het netwerk "{ $network }" kan niet worden bewaard ({ $error }); er is niets geïmporteerd
error-urbact-markup = het bestand is HTML- of XML-opmaak, geen paginatekst; open de pagina in een browser, kopieer de tekst en sla die op. Verwacht werd de tekst van URBACT-pagina's van netwerken of goede praktijken, elk eindigend op een regel "Ref nid". Er is niets geïmporteerd.
error-urbact-no-ref-nid = het bestand heeft geen regel "Ref nid", dus het bevat geen pagina
error-urbact-no-page-records = { $count ->
    [one] de enige pagina van het bestand is
   *[other] geen van de { $count } pagina's van het bestand is
} geen netwerkpagina (met een leadpartner of een partnerlijst "Stad - Land") en geen pagina over een goede praktijk

error-holidays-unknown-country = Convene heeft geen feestdagen voor "{ $country }"; het kent deze landen (ISO 3166-1-codes): { $codes }
error-holidays-no-regions-of = Convene kent geen regio's van { $country }; laat de regio leeg (het heeft regio's voor: { $codes })
error-holidays-no-regional = Convene kent geen regionale feestdagen in { $country }; laat de regio leeg
error-holidays-unknown-region = "{ $region }" is geen regio van { $country } die Convene kent; gebruik een ISO 3166-2-code zoals { $example }: { $codes }
error-server-resource-no-uid = de bron op de server bevat geen gebeurtenis met een UID
error-server-version-unreadable = de versie van de server kon niet worden gelezen: { $skipped }

error-merged-row-invalid = de samengevoegde rij is niet geldig: { $reason }
error-merged-row-id-changed = de samengevoegde rij moet haar id behouden
error-plan-no-conflicts = dit plan heeft geen conflict om op te lossen
error-plan-no-conflict-in = dit plan heeft geen open conflict in "{ $key }"; open conflicten: { $keys }
error-revision-parent-not-earlier = { $uuid } staat niet eerder in het bestand
error-revision-twice = de revisie { $uuid } komt twee keer voor
error-snapshot-part-missing = verwijst naar het deel { $id }, dat niet in het bestand staat
error-revision-misnumbered = is { $number }, niet { $expected }; revisies zijn op volgorde genummerd 1, 2, 3
error-part-unreadable = het deel { $id } kan niet worden gelezen: { $reason }
error-stored-revision-unreadable = een opgeslagen revisie kan niet worden gelezen: { $reason }
error-stored-part-missing = een opgeslagen revisie verwijst naar het deel { $id }, dat ontbreekt
error-stored-part-unreadable = het opgeslagen deel { $id } kan niet worden gelezen: { $reason }
error-file-part-missing = { $what } verwijst naar het deel { $id }, dat niet in het bestand staat
error-in-file-part = { $what }: { $reason }

-poll-option-forms = JJJJ-MM-DD UU:MM/UU:MM voor een tijd, JJJJ-MM-DD (of JJJJ-MM-DD/JJJJ-MM-DD) voor hele dagen
error-poll-option-not-a-date = "{ $option }" is geen datum; schrijf een optie als { -poll-option-forms }
error-poll-option-no-clock = "{ $option }" heeft geen kloktijd "{ $time }"; schrijf een optie als { -poll-option-forms }
error-poll-option-empty = een optie is leeg; schrijf hem als { -poll-option-forms }
error-poll-option-no-end = "{ $option }" geeft geen eindtijd; schrijf een optie als { -poll-option-forms }
error-poll-option-end-not-after-start = in "{ $option }" ligt het einde niet na het begin; een optie begint en eindigt op dezelfde dag
error-poll-option-last-before-first = in "{ $option }" ligt de laatste dag vóór de eerste
error-poll-option-needs-zone = "{ $option }" is een tijd: geef de tijdzone ervan (--tz) of een gastheer
error-poll-option-undated = een optie van een peiling is een datum of een tijd, nooit zonder datum
error-poll-no-option = de peiling "{ $poll }" heeft geen optie { $number }; de opties zijn genummerd van 1 tot en met { $count }
error-no-poll-id = er is geen peiling met id { $id }; `convene poll list NETWERK` toont ze
error-poll-no-options = bied minstens één datum aan (JJJJ-MM-DD UU:MM/UU:MM, of JJJJ-MM-DD)
error-poll-too-many-options = er worden { $count } opties aangeboden; een peiling biedt er hoogstens { $max }
error-poll-option-twice = "{ $option }" wordt twee keer aangeboden (opties { $first } en { $second })
error-poll-closed-option-elsewhere = een gesloten peiling noemt een van haar eigen opties
error-poll-meeting-elsewhere = bijeenkomst { $id } is geen bijeenkomst van dit netwerk

error-export-json-unwritable = de export kan niet als JSON worden geschreven: { $reason }
error-export-not-json = het bestand is geen geldige JSON ({ $reason }); verwacht werd een bestand geschreven door `convene export json`
error-not-an-export = deze JSON is geen Convene-export: { $why }. Gebruik een bestand geschreven door `convene export json`; er is niets geïmporteerd
error-export-top-not-object = het hoogste niveau is geen JSON-object
error-export-other-format = het "format" is { $format }, niet "{ $expected }"
error-export-no-format = het heeft geen veld "format"
error-export-no-schema-version = het heeft geen veld "schema_version" met een geheel getal
error-export-schema-version-zero = de "schema_version" is 0; versies beginnen bij 1
error-export-unreadable = de Convene-export kan niet worden gelezen: { $reason }; er is niets geïmporteerd
error-export-newer = deze export is geschreven door een nieuwere versie van Convene (schema_version { $version }; deze versie leest tot en met { $latest }). Werk Convene bij om hem te importeren; er is niets geïmporteerd

error-plan-json-unwritable = het plan kan niet als JSON worden geschreven: { $reason }
error-not-a-plan-file = dit is geen Convene-planbestand: { $why }
error-plan-file-not-json = het is geen geldige JSON ({ $reason })
error-plan-file-is-export = het is een export van de hele database; gebruik daarvoor `convene import` (Gegevens > Importeren)
error-plan-file-other-format = het formaat is "{ $format }", niet "{ $expected }"
error-plan-file-no-format = het heeft geen "format": "{ $expected }"
error-plan-file-newer = dit planbestand is geschreven door een nieuwere versie van Convene (versie { $version }; deze versie leest tot en met { $latest }); werk Convene bij om het te lezen
error-plan-file-no-version = dit planbestand heeft geen "version"-nummer
error-plan-file-unreadable = dit planbestand kan niet worden gelezen: { $reason }
error-plan-file-damaged = dit planbestand is beschadigd: { $what }
error-plan-file-uuid = de uuid van het plan "{ $uuid }" is geen UUID
error-plan-file-no-revision = het bevat geen revisie
error-plan-file-revision-no-parent = revisie { $number } ({ $uuid }) heeft geen ouder; alleen de eerste revisie mag er geen hebben
error-plan-file-first-revision-parent = revisie { $number } ({ $uuid }) is de eerste revisie maar noemt een ouder
error-plan-file-comment-no-uuid = opmerking { $number } ({ $uuid }) heeft geen uuid
error-plan-file-comment-invalid = opmerking { $number } ({ $uuid }): { $reason }
error-plan-file-comment-twice = opmerking { $number } ({ $uuid }) komt twee keer voor
error-plan-file-stray-revision = de revisie { $uuid } staat niet in de geschiedenis van de laatste revisie { $head }

error-invite-undated = "{ $title }" heeft nog geen datum; geef het een datum en tijd voordat je een uitnodiging verstuurt
error-invite-undated-planned = "{ $title }" heeft nog geen datum (gepland: { $planned }); geef het een datum en tijd voordat je een uitnodiging verstuurt
error-organizer-email-needed = geef het e-mailadres van de organisator (name@example.org)
error-attendee-email-empty = het e-mailadres van een deelnemer is leeg
error-attendees-needed = geef het e-mailadres van minstens één deelnemer
error-poll-no-contact-emails = geen enkele partner van { $network } heeft een contactpersoon met een e-mailadres; voeg eerst contactpersonen toe of noem de adressen
error-address-empty = een adres is leeg
error-poll-address-not-a-contact = { $email } is niet het adres van een contactpersoon van een partner van { $network }; voeg het eerst toe aan de contactpersonen van die partner, zodat de antwoorden voor de partner tellen
error-poll-not-closed = de peiling "{ $poll }" is nog niet gesloten
error-partner-not-of-network = partner { $id } is geen partner van dit netwerk

error-plan-file-comment-elsewhere = de opmerking { $uuid } hoort hier bij een ander plan (id { $id })
error-plan-file-revision-elsewhere = de revisie { $uuid } hoort hier bij een ander plan (id { $id })
error-plan-file-not-utf8 = { $path } is geen .convene-plan-bestand (het is geen UTF-8-tekst)
error-plan-network-missing = dit plan hoort bij het netwerk { $network }, dat niet in deze database staat; importeer eerst dat netwerk

error-reply-unreadable = het kan niet worden gelezen: { $reason }
error-reply-too-large = het is groter dan { $kb } KB, en een antwoord is een paar KB: het is geen antwoord
error-reply-empty = het is leeg
error-reply-not-text = het is geen e-mail, geen iCalendar-bestand en geen tekst (het bevat bytes die geen UTF-8 zijn)
error-reply-calendar-unreadable = het agendadeel kan niet worden gelezen: { $reason }
error-reply-grid-unanswered = het bevat het antwoordrooster, maar geen datum heeft een antwoord (schrijf ja, misschien of nee achter elke datum)
error-reply-no-answer = het bevat geen antwoord: geen agenda-antwoord (METHOD:REPLY met PARTSTAT) en geen antwoordrooster met zijn Token-regel
error-reply-grid-bad-word = in het antwoordrooster is datum [{ $number }] beantwoord met “{ $word }”; schrijf ja, misschien of nee
error-reply-grid-no-token = het bevat antwoorden in het rooster, maar niet de regel “Token:”, die zegt van wie de antwoorden zijn
error-reply-not-a-reply = het is een agenda-{ $method }, geen REPLY: gebruik de antwoorden die de partners terugstuurden, niet de uitnodigingen
error-reply-event-no-uid = regel { $line }: de afspraak heeft geen UID en beantwoordt dus geen datum
error-reply-calendar-no-answer = het agendadeel bevat geen antwoord (geen ATTENDEE met PARTSTAT ACCEPTED, TENTATIVE of DECLINED)
error-reply-bad-dtstart = regel { $line }: DTSTART “{ $text }” is geen datum en geen datum met tijd
error-reply-unknown-zone = regel { $line }: DTSTART gebruikt de tijdzone “{ $zone }”, die geen IANA- of Windows-naam is en bij geen zone past
error-reply-time-skipped = regel { $line }: DTSTART { $time } bestaat niet in { $zone } (dan gaat de klok om)
error-reply-other-event = het beantwoordt de afspraak met UID { $uid }, die geen van de datums van deze peiling is (een antwoord op een andere peiling of bijeenkomst?)
error-reply-not-a-contact = het komt van { $email }, geen contactpersoon van een partner van { $network }; voeg het adres toe aan de contactpersonen van de partner en lees het opnieuw
error-reply-wrong-date = het beantwoordt datum { $number } voor { $start }, maar die datum is { $when }; het is niet voor de verkeerde datum geteld
error-reply-other-token = het antwoordrooster heeft het token { $token }, dat deze peiling niet verstuurde (het rooster van een andere peiling?)
error-reply-no-such-date = het antwoordrooster beantwoordt datum [{ $number }], die deze peiling niet heeft

error-restore-refused = { $file } kan niet worden teruggezet: { $why }
error-restore-is-open = het is de database die Convene open heeft
error-restore-cannot-open = het kan niet worden geopend ({ $reason })
error-restore-not-sqlite = het is geen Convene-back-up (geen SQLite-database)
error-restore-no-schema = het is geen Convene-back-up (er zit geen Convene-schema in)
error-restore-damaged = { $file } is beschadigd ({ $problem }); het is niet teruggezet
error-restore-busy = de database bleef bezet, dus de back-up is niet teruggezet; probeer het opnieuw
error-window-database-busy = de database is bezet ({ $reason }); probeer het opnieuw
error-window-cannot-open-database = de database { $file } kan niet worden geopend: { $reason }
error-window-cannot-reopen-database = de teruggezette database kan niet opnieuw worden geopend: { $reason }
error-window-dialog-not-a-file = het dialoogvenster gaf een plek die geen bestand is ({ $reason })
error-window-no-data-folder = de gegevensmap van de app is onbekend ({ $reason })
error-window-pull-read-nothing = het ophalen las geen planbestand
error-window-no-mail-program = de uitnodiging is opgeslagen als { $path }, maar geen e-mailprogramma heeft haar geopend ({ $reason }); open dat bestand met uw e-mailprogramma
error-window-folder-not-shown = de berichten zijn opgeslagen in { $path }, maar die map kon niet worden geopend ({ $reason }); open hem zelf

error-unknown-country = "{ $text }" is geen land dat Convene kent; gebruik een ISO 3166-1-code zoals LV of een naam zoals Letland
plan-warning-funding-no-cost = "{ $action }" heeft { $funding } euro financiering maar geen kostenraming
plan-warning-funding-over-cost = de financiering van "{ $action }" ({ $funding } euro) is { $excess } euro hoger dan de kosten ({ $cost } euro)
plan-warning-secured-over-total = de zekere financiering ({ $secured } euro) is { $excess } euro meer dan de totale kosten ({ $total } euro)
