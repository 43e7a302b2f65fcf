# Het venster van Convene, in het Nederlands. Vertaald uit locales/en/ui.ftl (zelfde id's
# en variabelen). URBACT-termen: Geïntegreerd Actieplan, transnationale bijeenkomst,
# URBACT Lokale Groep, partnerstad, leadpartner.

## screens/Settings.svelte
settings-settings = Instellingen
settings-your-name-your-data = Uw taal, uw naam, uw gegevens, de back-ups ervan, en gegevens in- en uitvoeren.
settings-language = Taal
settings-language-label = Taal van het venster
settings-language-hint = Menu's, knoppen en meldingen, en hoe datums, tijden en bedragen worden geschreven. Plannen en uitnodigingen houden hun eigen taal.
settings-language-system = Systeemtaal ({ $language })
settings-language-changed = Het venster is nu in het { $language }.
settings-your-name = Uw naam
settings-name-plan-versions-comments = Naam op planversies en opmerkingen
settings-every-save-action-plan = Elke opslag van een actieplan wordt ermee ondertekend, zodat partners zien wie wat schreef. Leeg gelaten wordt de naam van uw computeraccount gebruikt.
settings-every-save-action-plan-as-now = Elke opslag van een actieplan wordt ermee ondertekend, zodat partners zien wie wat schreef. Leeg gelaten wordt de naam van uw computeraccount gebruikt (zoals nu).
settings-saving = Opslaan…
settings-save-name = Naam opslaan
settings-database = Database
settings-location = Locatie
settings-schema-version = Schemaversie
settings-convene-version = Versie van Convene
settings-everything-kept-one-file = Alles staat in dit ene bestand. Om een ander bestand te gebruiken, start u Convene met de omgevingsvariabele CONVENE_DB op het pad ervan.
settings-loading = Laden…
settings-backup-restore = Back-up en herstel
settings-backup-complete-copy-database = Een back-up is een volledige kopie van de database; die kan veilig gemaakt worden terwijl Convene open is.
settings-saving-backup = Back-up opslaan…
settings-back-up-now = Nu back-up maken…
settings-restore-from-backup = Herstellen uit een back-up…
settings-import-export = Importeren en exporteren
settings-import-urbact-network-good = Importeer URBACT-pagina's van netwerken en goede praktijken, opgeslagen als tekst. Records die er al zijn blijven zoals ze zijn: hetzelfde bestand twee keer importeren verandert niets.
settings-importing = Importeren…
settings-import-pages = Pagina's importeren…
settings-exporting = Exporteren…
settings-export-everything-json = Alles exporteren als JSON…
settings-import-report = Importverslag
settings-replace-all-data-backup = Alle gegevens vervangen door de back-up?
settings-everything-now-convene-will = Alles wat nu in Convene staat, wordt vervangen door de inhoud van { $path }. Een kopie van de huidige database blijft ernaast bewaard, zodat u dit ongedaan kunt maken door die kopie te herstellen.
settings-restore-backup = De back-up herstellen
settings-keep-current-data = De huidige gegevens houden

## App.svelte
app-skip-content = Naar de inhoud
app-convene-could-not-open = Convene kon zijn database niet openen: { $startError }
app-convene-try-again = Opnieuw proberen
app-page-not-found = Pagina niet gevonden
app-there-nothing-at-address = Op dit adres staat niets.
app-go-home-screen = Naar het startscherm
app-dismiss-message = Melding sluiten

## components/AgendaEditor.svelte
agenda-editor-agenda = Agenda
agenda-editor-move-item-alt-alt = Verplaats een punt met Alt+↑ en Alt+↓, de pijlknoppen of door te slepen ⠿.
agenda-editor-no-agenda-items-yet = Nog geen agendapunten.
agenda-editor-drag-move-item = Sleep om punt { $value } te verplaatsen
agenda-editor-move-item-up = Punt { $value } omhoog
agenda-editor-move-item-down = Punt { $value } omlaag
agenda-editor-remove-item = Punt { $value } verwijderen
agenda-editor-remove = Verwijderen
agenda-editor-item-title = Titel van punt { $value }
agenda-editor-from = Van
agenda-editor-hh-mm = UU:MM
agenda-editor-to = Tot
agenda-editor-led = Geleid door
agenda-editor-nobody-particular = Niemand in het bijzonder
agenda-editor-notes = Notities
agenda-editor-add-item = Punt toevoegen
agenda-editor-saving = Opslaan…
agenda-editor-save-agenda = Agenda opslaan
agenda-editor-unsaved-changes = Niet-opgeslagen wijzigingen

## components/AttendanceEditor.svelte
attendance-editor-attendance = Aanwezigheid
attendance-editor-count = { $label }: { $count }
attendance-editor-network-has-no-partners = Het netwerk heeft nog geen partners.
attendance-editor-partner = Partner
attendance-editor-answer = Antwoord
attendance-editor-not-invited = Niet uitgenodigd
attendance-editor-people = Personen

## components/ConfirmDialog.svelte
confirm-dialog-working = Bezig…

## components/DaysOffSection.svelte
days-off-section-holidays-days-off = Feestdagen en vrije dagen
days-off-section-next-weeks = In de komende { $wEEKS } weken
days-off-section-public-holidays-each-partner = De feestdagen van het land van elke partner (en van de regio, als die er een heeft), en de vrije dagen die hieronder zijn vastgelegd.
days-off-section-no-partner-has-holiday = Geen enkele partner heeft een feestdag of vrije dag in de komende { $wEEKS } weken.
days-off-section-holidays-days-off-next = Feestdagen en vrije dagen in de komende { $wEEKS } weken
days-off-section-recorded-days-off = Vastgelegde vrije dagen
days-off-section-none-yet-record-city = Nog geen. Leg de eigen vrije dagen van een stad vast, zoals de dag van de beschermheilige of lokale verkiezingen.
days-off-section-remove = { $name } van { $partnerName } verwijderen
days-off-section-remove-2 = Verwijderen
days-off-section-record-day-off = Een vrije dag vastleggen
days-off-section-partner = Partner
days-off-section-choose = Kiezen…
days-off-section-day = Dag
days-off-section-yyyy-mm-dd = JJJJ-MM-DD
days-off-section-what = Wat het is
days-off-section-patron-saint-s-day = Dag van de beschermheilige
days-off-section-saving = Opslaan…
days-off-section-record-day-off-2 = De vrije dag vastleggen

## components/FindTimePanel.svelte
find-time-panel-find-time = Een tijd vinden
find-time-panel-close = Sluiten
find-time-panel-find-days = Dagen vinden
find-time-panel-find-times = Tijden vinden
find-time-panel-choose-network-first = Kies eerst het netwerk.
find-time-panel-choose-at-time-all = Kies „Op een tijd” of „Hele dag” om een datum te zoeken die de partners past.
find-time-panel-days-which-no-partner = Dagen waarop geen enkele partner een feestdag of vrije dag heeft.
find-time-panel-times-ranked-how-well = Tijden gerangschikt naar hoe goed ze elke partner passen: werktijden, weekends, feestdagen en andere bijeenkomsten.
find-time-panel-from = Van
find-time-panel-yyyy-mm-dd = JJJJ-MM-DD
find-time-panel-to = Tot
find-time-panel-days = Dagen
find-time-panel-length = Duur
find-time-panel-working-day = Werkdag
find-time-panel-working-day-starts = Werkdag begint
find-time-panel-working-day-ends = Werkdag eindigt
find-time-panel-to-2 = tot
find-time-panel-leave-out-weekends = Weekends overslaan
find-time-panel-looking = Zoeken…
find-time-panel-search = Zoeken
find-time-panel-times-on-zone-clock = Tijden volgens de klok van { $zone }; de eigen tijd van elke partner staat erbij.
find-time-panel-times-in-utc = Tijden in UTC (kies een gastheer of een tijdzone om ze op diens klok te lezen); de eigen tijd van elke partner staat erbij.
find-time-panel-times-suit-every-partner = { $suit_everyone ->
    [one] { $suit_everyone } van de { $candidates } tijden past elke partner; de eerste { $length } staan hieronder.
   *[other] { $suit_everyone } van de { $candidates } tijden passen elke partner; de eerste { $length } staan hieronder.
}
find-time-panel-none-times-suits-every = Geen van de { $candidates } tijden past elke partner; de minst lastige komen eerst.
find-time-panel-suits-everyone = past iedereen
find-time-panel-awkward-for = { $count ->
    [one] lastig voor { $count } partner
   *[other] lastig voor { $count } partners
}
find-time-panel-use-time = Deze tijd gebruiken
find-time-panel-no-run-days-free = Geen reeks dagen is in die periode vrij voor alle partners.
find-time-panel-day-runs = { $days ->
    [one] Losse dagen zonder feestdag bij een partner: { $count }.
   *[other] Periodes van { $days } dagen zonder feestdag bij een partner: { $count }.
}
find-time-panel-also = ook: { $other_meetings }
find-time-panel-use-these-days = Deze dagen gebruiken
find-time-panel-days-left-out = Weggelaten dagen ({ $length })

## components/ImportReport.svelte
import-report-import-report = Importverslag
import-report-already-there-left-they = Al aanwezig en gelaten zoals ze waren: { $existing }.
import-report-check = { $count ->
        [one] { $count } punt
       *[other] { $count } punten
    } om na te kijken
import-report-lines-importer-placed-guessing = — regels die de import op goed geluk heeft geplaatst, of als notities heeft bewaard
import-report-line = Regel { $line }
import-report-lines-to-check = Te controleren regels
import-report-no-warnings-every-line = Geen waarschuwingen: elke regel heeft zijn plaats gevonden.

## components/LocalTimesPanel.svelte
local-times-panel-local-times = Lokale tijden
local-times-panel-working-out-local-times = Lokale tijden berekenen…
local-times-panel-network-has-no-partners = Dit netwerk heeft nog geen partners.
local-times-panel-within-working-hours-08 = Binnen werktijd (08:00–19:00) op een werkdag voor elke partner.
local-times-panel-of = { $awkward } van { $length }
local-times-panel-partners-would-meet-outside = partners zouden buiten 08:00–19:00 of in het weekend vergaderen.
local-times-panel-partner = Partner
local-times-panel-starts-there = Begint daar
local-times-panel-ends-there = Eindigt daar
local-times-panel-host = gastheer

## components/MeetingList.svelte
meeting-list-all = { $caption }, { $length } in totaal
meeting-list-when = Wanneer
meeting-list-meeting = Bijeenkomst
meeting-list-network = Netwerk
meeting-list-host = Gastheer
meeting-list-mode = Vorm
meeting-list-status = Status

## components/MilestoneForm.svelte
milestone-form-edit = { $title } bewerken
milestone-form-add-milestone = Een mijlpaal toevoegen
milestone-form-title = Titel
milestone-form-integrated-action-plan-due = Geïntegreerd Actieplan in te leveren
milestone-form-kind = Soort
milestone-form-date-known = De datum is bekend
milestone-form-day = op de dag
milestone-form-only-month = alleen op de maand
milestone-form-month = Maand
milestone-form-yyyy-mm = JJJJ-MM
milestone-form-example-2027-06-june = Bijvoorbeeld 2027-06 voor juni 2027.
milestone-form-date = Datum
milestone-form-yyyy-mm-dd = JJJJ-MM-DD
milestone-form-description = Beschrijving
milestone-form-done = Klaar
milestone-form-saving = Opslaan…
milestone-form-save-changes = Wijzigingen opslaan
milestone-form-add-milestone-2 = Mijlpaal toevoegen
milestone-form-close-without-saving = Sluiten zonder opslaan

## components/MonthCalendar.svelte
month-calendar-meetings = { $count ->
        [one] { $count } bijeenkomst
       *[other] { $count } bijeenkomsten
    }
month-calendar-previous-month = Vorige maand
month-calendar-previous = ‹ Vorige
month-calendar-month = Deze maand
month-calendar-next-month = Volgende maand
month-calendar-next = Volgende ›
month-calendar-today = { $day }, vandaag
month-calendar-days-off = Vrije dagen: { $lines }
month-calendar-more = +{ $value } meer

## components/Nav.svelte
nav-main = Hoofdmenu
nav-convene = Convene
nav-search = Zoeken
nav-ctrl = Ctrl
nav-k = K

## components/PartnerDetails.svelte
partner-details-field-name = Naam
partner-details-field-role = Functie
partner-details-field-email = E-mail
partner-details-field-phone = Telefoon
partner-details-field-organisation = Organisatie
partner-details-field-group-role = Rol in de groep
partner-details-now = { $value } · { $countryName } · { $time_zone } · nu { $clockIn }
partner-details-now-in-region = { $value } · { $countryName } ({ $region }) · { $time_zone } · nu { $clockIn }
partner-details-edit-partner = Partner bewerken
partner-details-delete-partner = Partner verwijderen
partner-details-close-details = De gegevens van { $name } sluiten
partner-details-close = Sluiten
partner-details-population = Inwoners: { $population }
partner-details-contacts = Contactpersonen
partner-details-local-group = URBACT Lokale Groep

## components/PartnerForm.svelte
partner-form-edit = { $name } bewerken
partner-form-add-partner = Een partner toevoegen
partner-form-city-organisation = Stad of organisatie
partner-form-country = Land
partner-form-choose = Kiezen…
partner-form-role = Rol
partner-form-time-zone = Tijdzone
partner-form-empty-means-country-s = Leeg betekent de tijdzone van het land, { $defaultZone }.
partner-form-empty-means-country-s-2 = Leeg betekent de tijdzone van het land.
partner-form-region = Regio
partner-form-its-public-holidays-count = De feestdagen ervan tellen naast de landelijke.
partner-form-convene-knows-no-regional = Convene kent geen regionale feestdagen voor dit land.
partner-form-none-national-holidays-only = Geen (alleen landelijke feestdagen)
partner-form-population = Inwoners
partner-form-notes = Notities
partner-form-saving = Opslaan…
partner-form-save-changes = Wijzigingen opslaan
partner-form-add-partner-2 = Partner toevoegen
partner-form-close-without-saving = Sluiten zonder opslaan

## components/PartnersTable.svelte
partners-table-partners-all = Partners, { $length } in totaal
partners-table-city-partner = Stad of partner
partners-table-country = Land
partners-table-role = Rol
partners-table-time-zone = Tijdzone
partners-table-local-time-now = Lokale tijd nu
partners-table-people = Personen

## components/PeopleEditor.svelte
people-editor-add = { $noun ->
        [contact] Contactpersoon toevoegen
       *[member] Lid toevoegen
    }
people-editor-none-yet = Nog geen.
people-editor-delete = { $primary } verwijderen?
people-editor-delete-2 = Verwijderen
people-editor-keep = Houden
people-editor-edit = { $primary } bewerken
people-editor-edit-2 = Bewerken
people-editor-delete-3 = { $primary } verwijderen
people-editor-new = { $noun ->
        [contact] Nieuwe contactpersoon
       *[member] Nieuw lid
    }
people-editor-edit-3 = { $noun ->
        [contact] Contactpersoon bewerken
       *[member] Lid bewerken
    }
people-editor-saving = Opslaan…
people-editor-save = Opslaan
people-editor-close-without-saving = Sluiten zonder opslaan

## components/PostponeDialog.svelte
postpone-dialog-postpone = „{ $title }” uitstellen
postpone-dialog-current-date-stays-record = De huidige datum blijft vermeld in de beschrijving („Uitgesteld van …”).
postpone-dialog-when-will-take-place = Wanneer vindt het plaats?
postpone-dialog-new-date-meeting-becomes = Op een nieuwe datum (de bijeenkomst wordt weer voorlopig)
postpone-dialog-no-new-date-yet = Nog geen nieuwe datum (agenda's annuleren de huidige datum)
postpone-dialog-first-day = Eerste dag
postpone-dialog-new-date = Nieuwe datum
postpone-dialog-yyyy-mm-dd = JJJJ-MM-DD
postpone-dialog-start-time = Begintijd
postpone-dialog-hh-mm = UU:MM
postpone-dialog-end-time = Eindtijd
postpone-dialog-last-day = Laatste dag
postpone-dialog-times-clock-meeting-s = Tijden volgens de klok van { $time_zone }, de tijdzone van de bijeenkomst.
postpone-dialog-without-last-day-meeting = Zonder laatste dag houdt de bijeenkomst haar aantal dagen.
postpone-dialog-go-back = Terug
postpone-dialog-working = Bezig…
postpone-dialog-postpone-2 = Uitstellen

## components/SearchBox.svelte
search-box-search-networks-partners-meetings = Zoeken in netwerken, partners, bijeenkomsten, plannen en praktijken
search-box-search-networks-partners-meetings-2 = Zoek netwerken, partners, bijeenkomsten, plannen, praktijken…
search-box-results = { $length } resultaten
search-box-results-2 = Resultaten
search-box-nothing-found-try-fewer = Niets gevonden voor „{ $searched }”. Probeer minder of kortere woorden.

## components/SearchDialog.svelte
search-dialog-search = Zoeken
search-dialog-choose-enter-open-esc = ↑ ↓ om te kiezen, Enter om te openen, Esc om te sluiten.

## components/Timeline.svelte
timeline-timeline = Tijdlijn van { $network_name }
timeline-today = Vandaag
timeline-no-dates-yet-nothing = Nog geen datums: niets te tekenen.

## components/WorkProgressBar.svelte
work-progress-bar-cancelling = Annuleren…
work-progress-bar-cancel = Annuleren

## components/calendar/AddToCalendarButton.svelte
add-to-calendar-button-saving = Opslaan…
add-to-calendar-button-add-calendar = Aan agenda toevoegen…

## components/calendar/CalendarResult.svelte
calendar-result-dismiss-message = Deze melding sluiten

## components/calendar/ExportCalendarButton.svelte
export-calendar-button-export-calendar = Agenda exporteren…
export-calendar-button-export-calendar-2 = De agenda van { $name } exporteren
export-calendar-button-every-dated-meeting-goes = Elke bijeenkomst met een datum gaat in één .ics-bestand dat Outlook, Google Agenda, Thunderbird en Apple Agenda openen. Bijeenkomsten zonder datum blijven buiten.
export-calendar-button-reminder = Herinnering
export-calendar-button-only-meetings-between-optional = Alleen de bijeenkomsten tussen (optioneel)
export-calendar-button-first-day = Eerste dag
export-calendar-button-yyyy-mm-dd = JJJJ-MM-DD
export-calendar-button-last-day = Laatste dag
export-calendar-button-cancel = Annuleren
export-calendar-button-saving = Opslaan…
export-calendar-button-save = Opslaan…

## components/calendar/ImportCalendarButton.svelte
import-calendar-button-importing = Importeren…
import-calendar-button-import-calendar = Agenda importeren…

## components/calendar/ImportCalendarDialog.svelte
import-calendar-dialog-calendar-imported = Agenda geïmporteerd
import-calendar-dialog-import-report = Importverslag
import-calendar-dialog-already-saved-recent-file = { $count ->
        [one] { $count } afspraak was al opgeslagen, even recent als in het bestand of recenter, en bleef zoals hij was.
       *[other] { $count } afspraken waren al opgeslagen, even recent als in het bestand of recenter, en bleven zoals ze waren.
    }
import-calendar-dialog-skipped = { $count ->
        [one] { $count } afspraak overgeslagen
       *[other] { $count } afspraken overgeslagen
    }
import-calendar-dialog-not-imported-fix-calendar = { $count ->
        [one] , niet geïmporteerd; verbeter hem in het agendaprogramma en importeer het bestand opnieuw
       *[other] , niet geïmporteerd; verbeter ze in het agendaprogramma en importeer het bestand opnieuw
    }
import-calendar-dialog-more = … en nog { $value }.
import-calendar-dialog-check = { $count ->
        [one] { $count } punt
       *[other] { $count } punten
    } om na te kijken
import-calendar-dialog-no-warnings = Geen waarschuwingen.
import-calendar-dialog-close = Sluiten

## components/calendar/InvitationDialog.svelte
invitation-dialog-email-invitation = Een uitnodiging voor „{ $title }” e-mailen
invitation-dialog-your-mail-program-opens = Uw e-mailprogramma opent het bericht klaar om te verzenden; het komt aan als een uitnodiging om te accepteren of af te wijzen.
invitation-dialog-cancellation-note = { $status ->
    [cancelled] De vergadering is geannuleerd: het bericht wordt een annulering, die haar verwijdert uit de agenda's van wie haar accepteerde.
   *[postponed] De vergadering is uitgesteld: het bericht wordt een annulering, die haar verwijdert uit de agenda's van wie haar accepteerde.
}
invitation-dialog-from-your-e-mail = Van (uw e-mailadres)
invitation-dialog-answers-come-back-remembered = Antwoorden komen daar terug. Onthouden op deze computer.
invitation-dialog-to = Aan ({ $count ->
        [one] { $count } persoon
       *[other] { $count } personen
    })
invitation-dialog-finding-partners-contacts = Contactpersonen van de partners zoeken…
invitation-dialog-no-contact-partners-meeting = Geen contactpersoon van de partners die deze bijeenkomst aangaat heeft een e-mailadres. Voeg hieronder adressen toe, of voeg ze toe aan de contactpersonen van de partners.
invitation-dialog-choose-all = Alles kiezen
invitation-dialog-choose-none = Niets kiezen
invitation-dialog-other-addresses = Andere adressen
invitation-dialog-separate-them-commas-new = Scheid ze met komma's of nieuwe regels.
invitation-dialog-cancel = Annuleren
invitation-dialog-writing = Opstellen…
invitation-dialog-write-cancellation = De annulering opstellen
invitation-dialog-write-invitation = De uitnodiging opstellen

## components/calendar/MeetingCalendarBar.svelte
meeting-calendar-bar-calendars-invitations = Agenda's en uitnodigingen
meeting-calendar-bar-calendars = Agenda's:
meeting-calendar-bar-email-invitation = Uitnodiging per e-mail…
meeting-calendar-bar-give-meeting-date-add = Geef de bijeenkomst een datum om ze aan agenda's toe te voegen en mensen uit te nodigen.

## components/plan/ActionDetails.svelte
action-details-action = Actie: { $title }
action-details-title = Titel
action-details-objective = Doel
action-details-lead = Leidende organisatie
action-details-partners = Partnerorganisaties
action-details-start-month = Beginmaand (JJJJ-MM)
action-details-end-month = Eindmaand (JJJJ-MM)
action-details-estimated-cost = Geschatte kosten (€)
action-details-status = Status
action-details-pilot-small-scale-test = Een pilot (test op kleine schaal)
action-details-description = Beschrijving
action-details-funding = Financiering
action-details-no-funding-found-yet = Nog geen financiering gevonden.
action-details-source = Bron
action-details-amount = Bedrag (€)
action-details-remove-funding-line = Financieringsregel { $value } verwijderen
action-details-remove = Verwijderen
action-details-add-funding-line = Financieringsregel toevoegen
action-details-indicators-action-feeds = Indicatoren waaraan deze actie bijdraagt
action-details-saving = Opslaan…
action-details-save-action = Actie opslaan
action-details-cancel = Annuleren
action-details-delete-action = Deze actie verwijderen?
action-details-delete = Verwijderen
action-details-keep = Houden
action-details-delete-action-2 = Actie verwijderen…

## components/plan/ActionTable.svelte
action-table-no-actions-yet-add = Nog geen acties. Voeg de eerste toe: de titel, dan de maanden, de kosten en de financiering.
action-table-tab-arrows-move-between = Tab en de pijltjestoetsen gaan van cel naar cel; Enter bewerkt en bewaart een cel; Esc annuleert; Alt+↑/↓ verplaatst een actie.
action-table-actions-plan-all = Acties van het plan, { $length } in totaal
action-table-of = { $label } van { $title }
action-table-yyyy-mm-yyyy-mm = JJJJ-MM – JJJJ-MM
action-table-pilot = Pilot
action-table-adding = Toevoegen…
action-table-add-action = Actie toevoegen

## components/plan/BudgetSummary.svelte
budget-summary-total-cost = Totale kosten
budget-summary-funding-found = Gevonden financiering
budget-summary-funding-above-cost = Financiering boven de kosten
budget-summary-funding-gap = Financieringstekort
budget-summary-not-counted = { $count ->
        [one] { $count } actie heeft nog geen kostenraming en telt niet mee.
       *[other] { $count } acties hebben nog geen kostenraming en tellen niet mee.
    }
budget-summary-actions-per-year = Acties per jaar
budget-summary-no-action-has-months = Nog geen enkele actie heeft maanden.
budget-summary-year = Jaar
budget-summary-actions-running = Lopende acties
budget-summary-nothing-yet = Nog niets.
budget-summary-euros = Euro
budget-summary-share = Aandeel
budget-summary-no-objective = Zonder doel

## components/plan/Comments.svelte
comments-comments = Opmerkingen bij „{ $sectionTitle }”
comments-open = ({ $length } open)
comments-no-open-comments-section = Geen open opmerkingen bij dit onderdeel.
comments-mark-comment-resolved = De opmerking van { $author } als afgehandeld markeren
comments-resolve = Afhandelen
comments-add-comment = Een opmerking toevoegen
comments-adding = Toevoegen…
comments-add-comment-2 = Opmerking toevoegen

## components/plan/ConflictResolver.svelte
conflict-resolver-both-copies-changed-since = Beide kopieën hebben dit gewijzigd sinds de laatste versie die u deelde.
conflict-resolver-ours-kept-plan-now = Onze (voorlopig in het plan gehouden)
conflict-resolver-we-removed = Wij hebben het verwijderd.
conflict-resolver-theirs = Die van hen
conflict-resolver-they-removed = Zij hebben het verwijderd.
conflict-resolver-merged-text = Samengevoegde tekst
conflict-resolver-keep-ours = Onze houden
conflict-resolver-take-theirs = Die van hen nemen
conflict-resolver-save-merged-text = De samengevoegde tekst opslaan

## components/plan/DiffView.svelte
diff-view-changes = Wijzigingen in { $title }

## components/plan/ExportSendBar.svelte
export-send-bar-export = Exporteren als
export-send-bar-exporting = Exporteren…
export-send-bar-export-2 = Exporteren…
export-send-bar-saving = Opslaan…
export-send-bar-send-partner = Naar een partner sturen…
export-send-bar-reading = Lezen…
export-send-bar-receive-plan-file = Een planbestand ontvangen…

## components/plan/GanttChart.svelte
gantt-chart-actions-scheduled = { $caption }: { $length } van { $length2 } acties ingepland.
gantt-chart-show-chart = Als grafiek tonen
gantt-chart-show-table = Als tabel tonen
gantt-chart-no-actions-yet-add = Nog geen acties: voeg acties met een begin- en eindmaand toe om ze hier te zien.
gantt-chart-pilot-action = Pilotactie
gantt-chart-action = Actie
gantt-chart-starts = Begint
gantt-chart-ends = Eindigt
gantt-chart-months = Maanden
gantt-chart-pilot = Pilot
gantt-chart-yes = Ja
gantt-chart-no = Nee
gantt-chart-not-timeline = Niet op de tijdlijn:

## components/plan/History.svelte
history-compare-version-newest = Versie { $number } met de nieuwste vergelijken
history-compare = Vergelijken
history-restore = Herstellen…
history-version = Versie { $number }
history-versions = Versies ({ $length })
history-saves = { $length } opslagen · { $author } · { $runPeriod }
history-versions-2 = Versies { $number }–{ $number2 }
history-version-option = Versie { $number } ({ $kind ->
        [created] aangemaakt
        [edit] bewerkt
        [restore] hersteld
        [received] ontvangen
        [merge] samengevoegd
       *[resolve] conflict geregeld
    }, { $instant })
history-show-saves = De { $count } opslagen tonen
history-hide-saves = De { $count } opslagen verbergen
history-saves-3 = De { $length } opslagen van { $message }
history-changes = Wijzigingen
history-only-one-version-so = Tot nu toe één versie: wijzigingen verschijnen hier na de volgende opslag.
history-from = Van
history-to = Naar
history-these-two-versions-say = Deze twee versies zeggen hetzelfde.
history-sections-were-put-another = De onderdelen zijn in een andere volgorde gezet.
history-was = { $title } (was { $old_title })
history-actions-indicators-risks = Acties, indicatoren en risico's
history-comparing = Vergelijken…
history-restore-version = Versie { $number } herstellen?
history-plan-will-say-again = Het plan zegt dan weer wat het in versie { $number } zei. Dit wordt opgeslagen als een nieuwe versie: de huidige tekst blijft in de geschiedenis en kan op zijn beurt hersteld worden.
history-restore-version-2 = Versie { $number } herstellen
history-keep-current-text = De huidige tekst houden

## components/plan/IndicatorTable.svelte
indicator-table-no-indicators-yet-indicators = Nog geen indicatoren. Indicatoren zeggen hoe de resultaten van het plan gemeten worden.
indicator-table-indicators = Indicatoren
indicator-table-indicator = Indicator
indicator-table-kind = Soort
indicator-table-baseline = Nulmeting
indicator-table-target = Streefwaarde
indicator-table-by = Tegen
indicator-table-verification = Verificatie
indicator-table-actions = Acties
indicator-table-edit = Bewerken
indicator-table-edit-2 = { $name } bewerken
indicator-table-add-indicator = Indicator toevoegen
indicator-table-edit-indicator = Indicator bewerken
indicator-table-new-indicator = Nieuwe indicator
indicator-table-name = Naam
indicator-table-unit = Eenheid
indicator-table-target-month-yyyy-mm = Streefmaand (JJJJ-MM)
indicator-table-means-verification = Verificatiebron
indicator-table-save-indicator = Indicator opslaan
indicator-table-cancel = Annuleren
indicator-table-delete-indicator = Indicator verwijderen

## components/plan/MarkdownEditor.svelte
markdown-editor-text = Tekst van „{ $title }”
markdown-editor-markdown = (Markdown)
markdown-editor-hide-preview = Voorbeeld verbergen
markdown-editor-show-preview = Voorbeeld tonen
markdown-editor-preview = Voorbeeld
markdown-editor-nothing-written-yet = Nog niets geschreven.
markdown-editor-preview-2 = Voorbeeld van { $title }

## components/plan/NewPlanDialog.svelte
new-plan-dialog-new-action-plan = Nieuw actieplan
new-plan-dialog-city = Stad
new-plan-dialog-no-partner-city = Geen partnerstad
new-plan-dialog-partner-has-plan = { $name } (heeft een plan)
new-plan-dialog-title = Titel
new-plan-dialog-creating = Aanmaken…
new-plan-dialog-create-plan = Het plan aanmaken
new-plan-dialog-cancel = Annuleren

## components/plan/RiskTable.svelte
risk-table-no-risks-recorded-yet = Nog geen risico's vastgelegd.
risk-table-risks-highest-score-first = Risico's, hoogste score eerst
risk-table-risk = Risico
risk-table-likelihood = Waarschijnlijkheid
risk-table-impact = Impact
risk-table-score = Score
risk-table-mitigation = Beperking
risk-table-owner = Eigenaar
risk-table-edit = Bewerken
risk-table-edit-risk = Risico bewerken: { $description }
risk-table-add-risk = Risico toevoegen
risk-table-edit-risk-2 = Risico bewerken
risk-table-new-risk = Nieuw risico
risk-table-what-could-go-wrong = Wat er mis kan gaan
risk-table-save-risk = Risico opslaan
risk-table-cancel = Annuleren
risk-table-delete-risk = Risico verwijderen

## components/plan/SectionOutline.svelte
section-outline-plan-outline = Opbouw van het plan
section-outline-sections = Onderdelen
section-outline-alt-up-alt-down = Alt+Omhoog en Alt+Omlaag verplaatsen een onderdeel.
section-outline-nothing-written-yet = Nog niets geschreven
section-outline-empty = leeg
section-outline-open-comment-count = { $count ->
    [one] { $count } open opmerking
   *[other] { $count } open opmerkingen
}
section-outline-title-new-section = Titel van het nieuwe onderdeel
section-outline-add = Toevoegen
section-outline-cancel = Annuleren
section-outline-add-section = + Een onderdeel toevoegen
section-outline-plan = Plan

## components/plan/StatusControl.svelte
status-control-status = Status:
status-control-on = op { $date }
status-control-date-council-adopted-plan = Datum waarop de gemeenteraad het plan vaststelde
status-control-record-adoption = Vaststelling vastleggen
status-control-cancel = Annuleren
status-control-status-history = Statusgeschiedenis ({ $length })
status-control-adopted = (vastgesteld op { $date })

## components/poll/PollForm.svelte
poll-form-start-poll = Een peiling starten
poll-form-meeting-title = Titel van de bijeenkomst
poll-form-transnational-meeting-3 = Transnationale bijeenkomst 3
poll-form-kind = Soort
poll-form-host = Gastheer
poll-form-no-host = Geen gastheer
poll-form-dates-offered-one-line = Voorgestelde datums, één per regel
poll-form-time-clock-zone-below = Een tijd volgens de klok van de tijdzone hieronder (die van de gastheer als die leeg is); een datum alleen is een hele dag, overal dezelfde.
poll-form-time-zone = Tijdzone
poll-form-europe-riga = Europe/Riga
poll-form-answer = Antwoorden vóór
poll-form-yyyy-mm-dd = JJJJ-MM-DD
poll-form-starting = Starten…
poll-form-start-poll-2 = De peiling starten
poll-form-close-without-saving = Sluiten zonder opslaan

## components/poll/PollsSection.svelte
polls-section-polls = Peilingen
polls-section-new-poll = Nieuwe peiling
polls-section-no-polls-yet-poll = Nog geen peilingen. Een peiling vraagt de partners welke datums hen passen, en de gekozen datum wordt een bijeenkomst.
polls-section-list-dates = { $count ->
    [one] { $count } datum
   *[other] { $count } data
}
polls-section-list-dates-deadline = { $count ->
    [one] { $count } datum, antwoord vóór { $deadline }
   *[other] { $count } data, antwoord vóór { $deadline }
}
polls-section-closed = Gesloten
polls-section-open = Open
polls-section-reading = Lezen…
polls-section-add-reply-files = Antwoordbestanden toevoegen…
polls-section-hosted = Gastheer: { $host_name }
polls-section-no-host = Geen gastheer
polls-section-answer-by = antwoord vóór { $deadline }
polls-section-invitations-written-to = { $count ->
    [one] uitnodigingen geschreven voor { $count } adres
   *[other] uitnodigingen geschreven voor { $count } adressen
}
polls-section-closed-became-meeting = Gesloten: de gekozen datum is een vergadering geworden. De peiling blijft zoals ze was.
polls-section-open-meeting = Vergadering openen
polls-section-drop-partners-reply-e = Sleep de antwoordmails van de partners (.eml) of agendabestanden (.ics) op het venster, of voeg ze toe met de knop. Of kies een antwoord in een cel.
polls-section-your-e-mail-address = Uw e-mailadres
polls-section-coordinator-network-eu = coordinator@netwerk.eu
polls-section-writing = Opstellen…
polls-section-write-invitations = De uitnodigingen opstellen
polls-section-wrote-messages = { $count ->
    [one] { $count } bericht geschreven in { $folder }: open het in uw mailprogramma en verstuur het.
   *[other] { $count } berichten geschreven in { $folder }: open elk bericht in uw mailprogramma en verstuur het.
}
polls-section-wrote-messages-folder-open = { $count ->
    [one] { $count } bericht geschreven in { $folder }, nu geopend: open het in uw mailprogramma en verstuur het.
   *[other] { $count } berichten geschreven in { $folder }, nu geopend: open elk bericht in uw mailprogramma en verstuur het.
}
polls-section-one-e-mail-per = Eén e-mail per contactpersoon van elke partner: elke datum als een voorlopige reservering die de partner in de agenda accepteert of afwijst, en een antwoordrooster om met de hand in te vullen.
polls-section-dismiss = Sluiten
polls-section-answers-partners-dates-each = Antwoorden op { $title }: partners per datum, elke datum volgens de klok van de partner
polls-section-partner = Partner
polls-section-date-2 = Datum { $number }
polls-section-yes-if-need-no = { $yes } ja · { $maybe } zo nodig · { $no } nee
polls-section-choose-date = Deze datum kiezen
polls-section-date-3 = { $name }, datum { $number }
polls-section-no-answer = Geen antwoord
polls-section-not-answered-yet = Nog niet geantwoord: { $not_answered }.
polls-section-choose-date-2 = Datum { $number } kiezen?
polls-section-will-created-confirmed-meeting = { $title } wordt aangemaakt als bevestigde bijeenkomst op { $when }, en de peiling wordt gesloten: er kan dan niet meer op geantwoord worden.
polls-section-create-meeting = De bijeenkomst aanmaken
polls-section-dropped-no-poll = { $count ->
    [one] Er is een bestand neergezet, maar er is geen open peiling gekozen: kies eerst een peiling en zet dan de antwoorden erop neer.
   *[other] Er zijn { $count } bestanden neergezet, maar er is geen open peiling gekozen: kies eerst een peiling en zet dan de antwoorden erop neer.
}

## screens/FirstRun.svelte
first-run-welcome-convene = Welkom bij Convene
first-run-convene-helps-coordinators-partners = Convene helpt coördinatoren en partners van transnationale stedennetwerken — URBACT-netwerken en vergelijkbare EU-projecten — hun werk op één plek te houden.
first-run-networks-partner-cities = Netwerken en partnersteden
first-run-point-networks = { $term }, met hun contactpersonen en lokale groepen.
first-run-meetings-across-time-zones = Bijeenkomsten over tijdzones heen
first-run-point-meetings = { $term }: de lokale tijd van elke partner in één oogopslag, agenda's en aanwezigheid.
first-run-everything-stays-on-computer = Alles blijft op deze computer, in één databasebestand.
first-run-everything-stays-in-file = Alles blijft op deze computer, in één databasebestand: { $path }.
first-run-timelines = Tijdlijnen
first-run-meetings-milestones-what-needs = van bijeenkomsten en mijlpalen, en wat als volgende uw aandacht vraagt.
first-run-action-plans-good-practices = Actieplannen en goede praktijken
first-run-cities-share-transfer = die steden delen en overdragen.
first-run-example-networks-loaded = De voorbeeldnetwerken zijn geladen
first-run-open-convene = Convene openen
first-run-see-networks = De netwerken bekijken
first-run-how-would-you-like = Hoe wilt u beginnen?
first-run-loading-examples = Voorbeelden laden…
first-run-load-example-networks = De voorbeeldnetwerken laden
first-run-four-urbact-networks-techtown = Vier URBACT-netwerken (TechTown, Find your Greatness, DigiPlace, IoTXchange) en drie goede praktijken, gelezen uit hun openbare pagina's. U ziet wat de import niet kon plaatsen.
first-run-start-empty = Leeg beginnen
first-run-begin-no-data-add = Beginnen zonder gegevens en uw eigen netwerk toevoegen.

## screens/Home.svelte
home-home = Start
home-what-coming-up-across = Wat er in uw netwerken aankomt.
home-new-meeting = Nieuwe bijeenkomst
home-loading = Laden…
home-next-meetings = Volgende bijeenkomsten
home-no-meetings-ahead = Geen bijeenkomsten in het verschiet.
home-plan-one = Er een plannen
home-hosted = Gastheer: { $host_name }
home-no-host-yet = Nog geen gastheer
home-needs-attention = Vraagt aandacht
home-nothing-needs-attention = Niets vraagt aandacht.
home-attention-show-all = De hele lijst tonen ({ $count } meer)
home-checking-travel = De komende bijeenkomsten worden gecontroleerd op reizen en feestdagen…
home-travel-check-failed = De komende bijeenkomsten konden niet worden gecontroleerd op reizen en feestdagen: { $error }
home-timeline-failed = Deze tijdlijn kon niet worden geladen: { $error } Open de pagina van het netwerk om de bijeenkomsten te zien.
home-timelines = Tijdlijnen
home-no-networks-yet = Nog geen netwerken.
home-add-network = Een netwerk toevoegen
home-project-months = { $start } tot { $end }
home-project-dates-not-set = Projectdatums niet vastgelegd
home-dated-items-not-drawn = { $count ->
    [one] Nog { $count } gedateerd item is niet getekend; zie de vergaderingen van het netwerk.
   *[other] Nog { $count } gedateerde items zijn niet getekend; zie de vergaderingen van het netwerk.
}
home-not-dated-yet = Nog zonder datum
home-more = en nog { $omitted_undated }.
home-meeting = bijeenkomst
home-tentative = voorlopig
home-milestone = mijlpaal
home-today = vandaag

## screens/MeetingEdit.svelte
meeting-edit-new-meeting = Nieuwe bijeenkomst
meeting-edit-edit = „{ $originalTitle }” bewerken
meeting-edit-fields-marked-required-times = Velden met * zijn verplicht. Tijden worden geschreven als UU:MM op een 24-uursklok.
meeting-edit-loading = Laden…
meeting-edit-network = Netwerk
meeting-edit-choose = Kiezen…
meeting-edit-title = Titel
meeting-edit-kind = Soort
meeting-edit-host = Gastheer
meeting-edit-no-host-yet = Nog geen gastheer
meeting-edit-status = Status
meeting-edit-when = Wanneer
meeting-edit-kind-date = Soort datum
meeting-edit-at-time = Op een tijd
meeting-edit-all-day = Hele dag
meeting-edit-not-dated-yet = Nog zonder datum
meeting-edit-start-date = Begindatum *
meeting-edit-yyyy-mm-dd = JJJJ-MM-DD
meeting-edit-start-time = Begintijd *
meeting-edit-hh-mm = UU:MM
meeting-edit-end-date = Einddatum
meeting-edit-same-day = dezelfde dag
meeting-edit-end-time = Eindtijd *
meeting-edit-leave-end-date-empty = Laat de einddatum leeg voor een bijeenkomst van één dag.
meeting-edit-time-zone-these-times = Tijdzone van deze tijden
meeting-edit-europe-riga = Europe/Riga
meeting-edit-host-s-zone-unless = De tijdzone van de gastheer, tenzij u een andere kiest.
meeting-edit-iana-zone-such-europe = Een IANA-tijdzone zoals Europe/Riga; een gastheer kiezen vult die in.
meeting-edit-first-day = Eerste dag
meeting-edit-last-day = Laatste dag
meeting-edit-year-if-known = Jaar, indien bekend
meeting-edit-month-if-known = Maand, indien bekend
meeting-edit-not-known = Onbekend
meeting-edit-when-words = Wanneer, in woorden
meeting-edit-after-summer-limerick = Na de zomer, in Limerick
meeting-edit-worth-second-look = Het nakijken waard:
meeting-edit-mode = Vorm
meeting-edit-online-link = Onlinelink
meeting-edit-https = https://
meeting-edit-only-needed-online-hybrid = Alleen nodig voor online of hybride bijeenkomsten.
meeting-edit-venue = Locatie
meeting-edit-description = Beschrijving
meeting-edit-saving = Opslaan…
meeting-edit-add-meeting = Bijeenkomst toevoegen
meeting-edit-save-changes = Wijzigingen opslaan
meeting-edit-back-without-saving = Terug zonder opslaan

## screens/MeetingPage.svelte
meeting-page-back-meetings = Terug naar de bijeenkomsten
meeting-page-loading = Laden…
meeting-page-network = Netwerk
meeting-page-meetings = Bijeenkomsten
meeting-page-edit = Bewerken
meeting-page-delete = Verwijderen
meeting-page-status = Status
meeting-page-change-status = De status wijzigen:
meeting-page-postpone = Uitstellen
meeting-page-status-changed = { $step ->
    [confirmed] “{ $title }” is bevestigd.
    [cancelled] “{ $title }” is geannuleerd.
    [held] “{ $title }” is als gehouden gemarkeerd.
    [postponed-to-date] “{ $title }” is uitgesteld naar de nieuwe datum (voorlopig tot bevestiging).
   *[postponed] “{ $title }” is uitgesteld zonder nieuwe datum.
}
meeting-page-details = Details
meeting-page-host = Gastheer
meeting-page-no-host-yet = Nog geen gastheer
meeting-page-mode = Vorm
meeting-page-venue = Locatie
meeting-page-online-link = Onlinelink
meeting-page-calendar-revision = Agendarevisie
meeting-page-grows-every-change-calendars = Stijgt bij elke wijziging die agenda's moeten weten
meeting-page-delete-2 = „{ $title }” verwijderen?
meeting-page-meeting-its-agenda-its = De bijeenkomst, de agenda en de aanwezigheid worden verwijderd. Om vast te leggen dat ze niet doorgaat, annuleert u haar liever.
meeting-page-delete-meeting = De bijeenkomst verwijderen

## screens/Meetings.svelte
meetings-meetings = Bijeenkomsten
meetings-all-networks = Alle netwerken
meetings-view = Weergave
meetings-list = Lijst
meetings-calendar = Kalender
meetings-new-meeting = Nieuwe bijeenkomst
meetings-network = Netwerk
meetings-period = Periode
meetings-upcoming-not-dated = Komend en zonder datum
meetings-past = Voorbij
meetings-all = Alle
meetings-status = Status
meetings-any = Alle
meetings-not-cancelled = Niet geannuleerd
meetings-words-title-host-venue = Woorden in titel, gastheer, locatie of netwerk
meetings-loading = Laden…
meetings-meetings-2 = { $length } van { $length2 } bijeenkomsten
meetings-no-meeting-matches = Geen bijeenkomst komt overeen.

## screens/NetworkEdit.svelte
network-edit-new-network = Nieuw netwerk
network-edit-edit = { $original } bewerken
network-edit-fields-marked-required = Velden met * zijn verplicht.
network-edit-name = Naam
network-edit-short-name = Korte naam
network-edit-used-file-names-command = Gebruikt in bestandsnamen en op de opdrachtregel; uit de naam gemaakt als leeg.
network-edit-kind-network = Soort netwerk
network-edit-programme = Programma
network-edit-start-date = Begindatum
network-edit-yyyy-mm-dd = JJJJ-MM-DD
network-edit-end-date = Einddatum
network-edit-contact-e-mail = Contact-e-mail
network-edit-name-example-org = naam@voorbeeld.org
network-edit-website = Website
network-edit-https = https://
network-edit-lead-partner = Leadpartner
network-edit-not-chosen = Niet gekozen
network-edit-tagline = Slogan
network-edit-description = Beschrijving
network-edit-phases = Fasen
network-edit-no-phases-urbact-networks = Geen fasen. URBACT-netwerken hebben er meestal twee.
network-edit-phase-name = Naam van fase { $value }
network-edit-starts = Begint
network-edit-ends = Eindigt
network-edit-remove-phase = Fase { $value } verwijderen
network-edit-remove = Verwijderen
network-edit-add-phase = Een fase toevoegen
network-edit-saving = Opslaan…
network-edit-add-network = Netwerk toevoegen
network-edit-save-changes = Wijzigingen opslaan
network-edit-back-without-saving = Terug zonder opslaan
network-edit-loading = Laden…

## screens/NetworkPage.svelte
network-page-back-networks = Terug naar de netwerken
network-page-loading = Laden…
network-page-networks = Netwerken
network-page-new-meeting = Nieuwe bijeenkomst
network-page-edit-network = Netwerk bewerken
network-page-delete-network = Netwerk verwijderen
network-page-about-network = Over het netwerk
network-page-kind = Soort
network-page-programme = Programma
network-page-runs = Looptijd
network-page-lead-partner = Leadpartner
network-page-contact = Contact
network-page-website = Website
network-page-dates-not-set = Datums niet vastgelegd
network-page-sections-page = Onderdelen van deze pagina
network-page-partners = Partners ({ $length })
network-page-meetings = Bijeenkomsten ({ $length })
network-page-polls = Peilingen
network-page-milestones = Mijlpalen ({ $length })
network-page-holidays-days-off = Feestdagen en vrije dagen
network-page-action-plans = Actieplannen ({ $length })
network-page-import-notes = Importnotities ({ $length })
network-page-partners-2 = Partners
network-page-add-partner = Partner toevoegen
network-page-no-partners-yet = Nog geen partners.
network-page-choose-partner-see-edit = Kies een partner om de contactpersonen en de lokale groep te zien en te bewerken.
network-page-meetings-2 = Bijeenkomsten
network-page-calendar = Kalender
network-page-no-meetings-yet = Nog geen bijeenkomsten.
network-page-meetings-3 = Bijeenkomsten van { $name }
network-page-timeline-milestones = Tijdlijn en mijlpalen
network-page-add-milestone = Mijlpaal toevoegen
network-page-no-milestones-yet-add = Nog geen mijlpalen. Voeg de stappen toe die geen bijeenkomsten zijn: einde van fasen, deadlines, opleveringen.
network-page-milestones-2 = Mijlpalen van { $name }
network-page-done = Klaar
network-page-edit = { $title } bewerken
network-page-edit-2 = Bewerken
network-page-delete = { $title } verwijderen
network-page-delete-2 = Verwijderen
network-page-action-plans-2 = Actieplannen
network-page-new-plan = Nieuw plan
network-page-no-action-plans-yet = Nog geen actieplannen.
network-page-action-plans-status-last = Actieplannen van { $name }: status en laatste wijziging
network-page-plan = Plan
network-page-city = Stad
network-page-status = Status
network-page-last-change = Laatste wijziging
network-page-comments = Opmerkingen
network-page-version = { $last_change_by }, versie { $revision_number }
network-page-settle = { $open_conflicts } te regelen
network-page-import-notes-2 = Importnotities
network-page-lines-imported-pages-could = Regels van de geïmporteerde pagina's die niet geplaatst konden worden, woord voor woord bewaard.
network-page-none = Geen.
network-page-line = Regel { $line }
network-page-delete-3 = { $name } verwijderen?
network-page-milestone-will-deleted-from = De mijlpaal { $name } wordt van de tijdlijn verwijderd.
network-page-deleting-also-affects = { $name } verwijderen raakt ook:
network-page-nothing-else-depends-will = Niets anders hangt af van { $name }. Het wordt verwijderd.
network-page-delete-network-2 = Het netwerk verwijderen
network-page-delete-milestone = De mijlpaal verwijderen
network-page-delete-partner = De partner verwijderen

## screens/Networks.svelte
networks-networks = Netwerken
networks-city-networks-you-coordinate = De stedennetwerken die u coördineert of waaraan u deelneemt.
networks-new-network = Nieuw netwerk
networks-loading = Laden…
networks-no-networks-yet = Nog geen netwerken.
networks-add-your-first-network = Voeg uw eerste netwerk toe
networks-filter-networks = Netwerken filteren
networks-name-tagline = Naam of slogan
networks-partner-count = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
}
networks-meeting-count = { $count ->
    [one] { $count } vergadering
   *[other] { $count } vergaderingen
}
networks-lead = Leadpartner: { $lead_partner }
networks-edit = { $name } bewerken
networks-edit-2 = Bewerken
networks-delete = { $name } verwijderen
networks-delete-2 = Verwijderen
networks-no-network-matches = Geen netwerk komt overeen met „{ $filter }”.
networks-delete-3 = { $name } verwijderen?
networks-deleting-also-deletes-everything = { $name } verwijderen verwijdert ook alles wat erbij hoort:
networks-has-nothing-else-will = { $name } bevat verder niets. Het wordt verwijderd.
networks-delete-network = Het netwerk verwijderen

## screens/PlanPage.svelte
plan-page-back-networks = Terug naar de netwerken
plan-page-loading = Laden…
plan-page-networks = Netwerken
plan-page-no-partner-city = Geen partnerstad
plan-page-version = { $value } · versie { $number }, { $author }, { $instant }
plan-page-partner-changed-parts = { $count ->
    [one] De kopie van een partner wijzigde één onderdeel dat u ook wijzigde.
   *[other] De kopie van een partner wijzigde { $count } onderdelen die u ook wijzigde.
}
plan-page-export-exchange = Exporteren en uitwisselen
plan-page-choose-which-text-keep = Kiezen welke tekst blijft
plan-page-rename = Hernoemen…
plan-page-remove = Verwijderen…
plan-page-new-title = Nieuwe titel
plan-page-rename-2 = Hernoemen
plan-page-cancel = Annuleren
plan-page-comments = Opmerkingen
plan-page-actions = Acties
plan-page-budget = Begroting
plan-page-timeline = Tijdlijn
plan-page-timeline-actions = Tijdlijn van de acties van { $title }
plan-page-indicators = Indicatoren
plan-page-risks = Risico's
plan-page-history = Geschiedenis
plan-page-conflicts-settle = Conflicten te regelen
plan-page-nothing-settle = Niets te regelen.
plan-page-remove-2 = „{ $title }” verwijderen?
plan-page-section-leaves-plan-its = Het onderdeel verlaat het plan. De tekst blijft in de geschiedenis en komt terug als een eerdere versie hersteld wordt.
plan-page-remove-section = Het onderdeel verwijderen
plan-page-keep = Houden

## screens/PracticeEdit.svelte
practice-edit-good-practices = Goede praktijken
practice-edit-new-good-practice = Nieuwe goede praktijk
practice-edit-edit = { $original } bewerken
practice-edit-fields-marked-required = Velden met * zijn verplicht.
practice-edit-back-good-practices = Terug naar de goede praktijken
practice-edit-title = Titel
practice-edit-tagline = Slogan
practice-edit-one-sentence-says-what = Eén zin die zegt wat de praktijk doet.
practice-edit-city = Stad
practice-edit-country = Land
practice-edit-not-given = Niet opgegeven
practice-edit-written = Geschreven door
practice-edit-author-s-role = Functie van de auteur
practice-edit-project-officer-city-ga = Projectmedewerker, gemeente Gävle
practice-edit-key-figure = Kerncijfer
practice-edit-figure-practice-puts-forward = Een cijfer dat de praktijk naar voren brengt, zoals het inwonertal van de stad.
practice-edit-transfer-practice-networks-take = Een overdrachtspraktijk (netwerken nemen haar over in hun steden)
practice-edit-networks-transfer = Netwerken die haar overdragen
practice-edit-no-networks-yet = Nog geen netwerken.
practice-edit-sections = Onderdelen
practice-edit-no-sections-yet-urbact = Nog geen onderdelen. URBACT-pagina's hebben er meestal een paar: het probleem, de oplossing, de resultaten.
practice-edit-section-heading = Kop van onderdeel { $value }
practice-edit-section-text = Tekst van onderdeel { $value }
practice-edit-move-section-up = Onderdeel { $value } omhoog
practice-edit-move-up = Omhoog
practice-edit-move-section-down = Onderdeel { $value } omlaag
practice-edit-move-down = Omlaag
practice-edit-remove-section = Onderdeel { $value } verwijderen
practice-edit-remove = Verwijderen
practice-edit-add-section = Een onderdeel toevoegen
practice-edit-saving = Opslaan…
practice-edit-add-practice = Praktijk toevoegen
practice-edit-save-changes = Wijzigingen opslaan
practice-edit-back-without-saving = Terug zonder opslaan
practice-edit-loading = Laden…

## screens/PracticePage.svelte
practice-page-back-good-practices = Terug naar de goede praktijken
practice-page-loading = Laden…
practice-page-good-practices = Goede praktijken
practice-page-edit-practice = Praktijk bewerken
practice-page-delete-practice = Praktijk verwijderen
practice-page-city = Stad
practice-page-key-figure = Kerncijfer
practice-page-written = Geschreven door
practice-page-transferred = Overgedragen door
practice-page-no-network-yet = Nog geen netwerk
practice-page-practice-has-no-written = Deze praktijk heeft nog geen geschreven onderdelen.
practice-page-delete = { $title } verwijderen?
practice-page-delete-practice-2 = De praktijk verwijderen

## screens/Practices.svelte
practices-good-practices = Goede praktijken
practices-solutions-worked-one-city = Oplossingen die in een stad werkten, zo beschreven dat anderen ze kunnen overnemen.
practices-add-practice = Een praktijk toevoegen
practices-loading = Laden…
practices-no-good-practices-yet = Nog geen goede praktijken. Voeg er een toe, of importeer URBACT-pagina's (Instellingen › Pagina's importeren).
practices-city-not-given = Stad niet opgegeven
practices-transfer = Overdracht

## screens/SearchPage.svelte
search-page-search = Zoeken
search-page-networks-partners-meetings-action = Netwerken, partners, bijeenkomsten, actieplannen en goede praktijken. Accenten doen er niet toe: „Gavle” vindt Gävle. Druk overal op Ctrl+K om te zoeken.

## Labels of the core's closed sets
label-meeting-kind-kick-off = Aftrap
label-meeting-kind-transnational = Transnationale bijeenkomst
label-meeting-kind-city-visit = Stadsbezoek
label-meeting-kind-final-event = Slotevenement
label-meeting-kind-local-group = URBACT Lokale Groep
label-meeting-kind-online-touch-base = Online afstemming
label-meeting-kind-phase-review = Fase-evaluatie
label-meeting-kind-other = Overig
label-poll-answer-yes = Ja
label-poll-answer-maybe = Zo nodig
label-poll-answer-no = Nee
label-meeting-mode-in-person = Fysiek
label-meeting-mode-online = Online
label-meeting-mode-hybrid = Hybride
label-meeting-status-tentative = Voorlopig
label-meeting-status-confirmed = Bevestigd
label-meeting-status-held = Gehouden
label-meeting-status-postponed = Uitgesteld
label-meeting-status-cancelled = Geannuleerd
label-attendance-invited = Uitgenodigd
label-attendance-accepted = Geaccepteerd
label-attendance-declined = Afgewezen
label-attendance-tentative = Misschien
label-attendance-attended = Aanwezig geweest
label-network-kind-action-planning = Actieplanning
label-network-kind-transfer = Overdracht
label-network-kind-innovation-transfer = Innovatieoverdracht
label-network-kind-implementation = Uitvoering
label-network-kind-other = Overig
label-partner-role-lead-partner = Leadpartner
label-partner-role-partner = Partner
label-partner-role-good-practice-city = Goedepraktijkstad
label-partner-role-transfer-city = Overdrachtsstad
label-partner-role-associated = Geassocieerd
label-plan-status-draft = Concept
label-plan-status-in-review = In beoordeling
label-plan-status-final = Definitief
label-plan-status-adopted = Vastgesteld
label-funding-source-city = Gemeentebegroting
label-funding-source-erdf = EFRO
label-funding-source-esf-plus = ESF+
label-funding-source-national = Nationaal
label-funding-source-regional = Regionaal
label-funding-source-private = Privaat
label-funding-source-other = Overig
label-action-status-idea = Idee
label-action-status-planned = Gepland
label-action-status-ongoing = Lopend
label-action-status-done = Afgerond
label-action-status-dropped = Geschrapt
label-indicator-kind-output = Output
label-indicator-kind-result = Resultaat
label-revision-kind-created = Aangemaakt
label-revision-kind-edit = Bewerkt
label-revision-kind-restore = Hersteld
label-revision-kind-received = Ontvangen
label-revision-kind-merge = Samengevoegd
label-revision-kind-resolve = Conflict geregeld
label-milestone-kind-phase = Begin of einde van een fase
label-milestone-kind-deadline = Deadline
label-milestone-kind-deliverable = Oplevering
label-milestone-kind-decision = Besluit
label-milestone-kind-event = Evenement
label-milestone-kind-other = Overig
label-hit-kind-network = Netwerk
label-hit-kind-partner = Partner
label-hit-kind-meeting = Bijeenkomst
label-hit-kind-plan = Actieplan
label-hit-kind-practice = Goede praktijk
label-day-off-source-national = Feestdag
label-day-off-source-regional = Regionale feestdag
label-day-off-source-local = Lokale vrije dag

## Messages written by the scripts
settings-plan-versions-comments-will = Planversies en opmerkingen worden ondertekend met „{ $name }”.
settings-backup-saved = Back-up opgeslagen in { $path }.
settings-everything-was-exported = Alles is geëxporteerd naar { $path }.
settings-restored-from-data-you = Hersteld uit { $from }. De gegevens die u eerder had, zijn bewaard in een kopie naast de database.
settings-backup-restored = Back-up hersteld.
network-page-list-countries-could-not = De lijst met landen kon niet worden geladen, dus worden landcodes getoond en kan het land van een partner niet worden gekozen: { $error }
network-page-list-time-zones-could = De lijst met tijdzones kon niet worden geladen, dus stelt het partnerformulier er geen voor: { $error }
network-page-was-saved = { $name } is opgeslagen.
network-page-was-added = { $name } is toegevoegd.
network-page-calendar-was-imported-but = De agenda is geïmporteerd, maar de bijeenkomsten konden niet opnieuw getoond worden: { $error } Open het netwerk opnieuw om ze te zien.
network-page-meeting-was-created-but = De bijeenkomst is aangemaakt, maar de bijeenkomsten konden niet opnieuw getoond worden: { $error } Open het netwerk opnieuw om haar te zien.
network-page-was-saved-2 = { $title } is opgeslagen.
network-page-was-added-2 = { $title } is toegevoegd.
network-page-was-deleted = { $name } is verwijderd.
network-page-plan-created = { $title } is aangemaakt.
network-page-not-set = Niet vastgelegd
network-page-from = Vanaf { $date }
network-page-until = Tot { $date }
agenda-editor-untitled-item = punt zonder titel
agenda-editor-removed-save-agenda-keep = „{ $value }” verwijderd. Sla de agenda op om de wijziging te bewaren.
reorder-moved = “{ $title }” verplaatst naar positie { $position } van { $count }.
reorder-moved-untitled = Item zonder titel verplaatst naar positie { $position } van { $count }.
agenda-editor-agenda-saved = Agenda opgeslagen.
confirm-dialog-go-back = Terug
days-off-section-days-off-could-not = De vrije dagen konden niet worden geladen: { $error }
days-off-section-day-off-was-recorded = De vrije dag { $name } op { $date } is vastgelegd voor { $partnerName }.
days-off-section-day-off-was-removed = De vrije dag { $name } van { $partnerName } is verwijderd.
meeting-list-meetings = Bijeenkomsten
nav-home = Start
nav-networks = Netwerken
nav-meetings = Bijeenkomsten
nav-good-practices = Goede praktijken
nav-search-2 = Zoeken
nav-settings = Instellingen
partner-form-regions-could-not-loaded = De regio's konden niet worden geladen, dus kan er geen gekozen worden: { $value }
postpone-dialog-give-new-date-yyyy = Geef de nieuwe datum (JJJJ-MM-DD), of kies „Nog geen nieuwe datum”.
postpone-dialog-give-start-end-times = Geef de begin- en eindtijd (UU:MM), of kies „Nog geen nieuwe datum”.
timeline-milestone = Mijlpaal
timeline-meeting = Bijeenkomst
export-calendar-button-export-cancelled-no-file = Export geannuleerd: er is geen bestand geschreven.
import-calendar-button-import-cancelled-nothing-was = Import geannuleerd: er is niets geïmporteerd en de bijeenkomsten zijn zoals ze waren.
import-calendar-dialog-more-network-s-meetings = … en nog { $value }, bij de bijeenkomsten van het netwerk.
action-details-give-amount-source-pays = Geef het bedrag dat deze bron betaalt, in euro.
action-table-moved-place = „{ $title }” verplaatst naar plaats { $value } van { $length }.
comments-write-comment-first = Schrijf eerst de opmerking.
conflict-resolver-action = Actie
conflict-resolver-indicator = Indicator
conflict-resolver-risk = Risico
export-send-bar-word-docx = Word (.docx)
export-send-bar-markdown = Markdown
gantt-chart-timeline-actions = Tijdlijn van de acties
history-action = Actie
history-indicator = Indicator
history-risk = Risico
markdown-editor-all-changes-saved = Alle wijzigingen opgeslagen
markdown-editor-saving = Opslaan…
markdown-editor-unsaved-changes = Niet-opgeslagen wijzigingen
markdown-editor-not-saved = Niet opgeslagen: { $error }
new-plan-dialog-integrated-action-plan = Geïntegreerd Actieplan van { $name }
risk-table-rare = Zelden
risk-table-unlikely = Onwaarschijnlijk
risk-table-possible = Mogelijk
risk-table-likely = Waarschijnlijk
risk-table-almost-certain = Vrijwel zeker
risk-table-minor = Gering
risk-table-moderate = Matig
risk-table-serious = Ernstig
risk-table-major = Groot
risk-table-severe = Zeer ernstig
status-control-back-draft = Terug naar concept
status-control-send-review = Ter beoordeling sturen
status-control-mark-final = Als definitief markeren
status-control-record-adoption-2 = Vaststelling vastleggen…
status-control-back = { $status ->
        [draft] Terug naar concept
        [in_review] Terug naar beoordeling
       *[final] Terug naar definitief
    }
poll-form-give-meeting-title = Geef de bijeenkomst een titel.
poll-form-offer-at-least-date = Stel minstens één datum voor, één per regel.
poll-form-write-deadline-yyyy-mm = Schrijf de deadline als JJJJ-MM-DD.
polls-section-poll-closed-was-created = De peiling is gesloten: { $title } is aangemaakt voor { $text }.
polls-section-poll-started = { $count ->
    [one] De peiling { $title } is gestart met { $count } datum.
   *[other] De peiling { $title } is gestart met { $count } data.
}
first-run-examples-could-not-loaded = De voorbeelden konden niet worden geladen: { $error }
home-import = Import
home-soon-not-confirmed = Binnenkort, niet bevestigd
home-no-host = Geen gastheer
home-travel = Reis
meeting-edit-enter-start-end-see = Vul een begin en een einde in om de tijd voor elke partner te zien.
meeting-edit-choose-network-meeting-belongs = Kies het netwerk waartoe de bijeenkomst behoort.
meeting-edit-list-time-zones-could = De lijst met tijdzones kon niet worden geladen, dus stelt het tijdzoneveld er geen voor (een tijdzone wordt bij het opslaan toch gecontroleerd): { $error }
meeting-edit-local-times-shown-meetings = Lokale tijden worden getoond voor bijeenkomsten met een begin- en eindtijd.
meeting-edit-choose-network-see-its = Kies het netwerk om de lokale tijden van de partners te zien.
meeting-edit-enter-start-end-time = Vul een begin, een einde en een tijdzone (of een gastheer) in om de tijd voor elke partner te zien.
meeting-edit-no-local-times-yet = Nog geen lokale tijden: { $error }
meeting-edit-form-now-has-time = Het formulier heeft nu die tijd; controleer en sla op.
meeting-edit-form-now-has-those = Het formulier heeft nu die dagen; controleer en sla op.
meeting-edit-was-added = „{ $title }” is toegevoegd.
meeting-edit-was-saved = „{ $title }” is opgeslagen.
meeting-page-confirm = Bevestigen
meeting-page-cancel-meeting = Bijeenkomst annuleren
meeting-page-mark-held = Als gehouden markeren
meeting-page-was-deleted = „{ $title }” is verwijderd.
meeting-page-all-day-meeting-has = Een bijeenkomst van hele dagen heeft overal dezelfde datums; lokale tijden worden getoond voor bijeenkomsten met een begin- en eindtijd.
meeting-page-meeting-has-no-date = De bijeenkomst heeft nog geen datum.
meetings-partners-holidays-could-not = De feestdagen van de partners konden niet getoond worden: { $error }
network-edit-was-added = { $name } is toegevoegd.
network-edit-was-saved = { $name } is opgeslagen.
networks-was-deleted = { $name } is verwijderd.
networks-dates-not-set = datums niet vastgelegd
plan-page-actions-budget-timeline = Acties, begroting en tijdlijn
plan-page-indicators-2 = Indicatoren
plan-page-risks-2 = Risico's
plan-page-history-2 = Geschiedenis
plan-page-conflicts-settle-2 = Conflicten te regelen
plan-page-was-removed-its-text = „{ $title }” is verwijderd; de tekst blijft in de geschiedenis.
plan-page-new-action = Nieuwe actie { $n }
plan-page-version-was-restored-new = Versie { $number } is hersteld als nieuwe versie.
plan-page-plan-now = Het plan is nu „{ $next }”.
practice-edit-list-countries-could-not = De lijst met landen kon niet worden geladen: { $error }
practice-edit-was-added = { $title } is toegevoegd.
practice-edit-was-saved = { $title } is opgeslagen.
practice-page-country-names-could-not = De landnamen konden niet worden geladen, dus worden codes getoond: { $error }
practice-page-was-deleted = { $title } is verwijderd.
practice-page-practice = De praktijk
practice-page-practice-its-section = De praktijk en haar onderdeel
practice-page-practice-its-sections = De praktijk en haar { $sections } onderdelen
practice-page-will-deleted-networks-transfer = { $what } wordt verwijderd. De netwerken die haar overdragen blijven zoals ze zijn.
practices-country-names-could-not = De landnamen konden niet worden geladen, dus worden codes getoond: { $error }
agenda-form-item-must-end-after = Het punt moet eindigen nadat het begint.
days-off-partners-off = { $length } partners vrij
days-off-line = { $source ->
    [national] { $partner } ({ $place }): { $holiday } (feestdag)
    [regional] { $partner } ({ $place }): { $holiday } (regionale feestdag)
   *[local] { $partner } ({ $place }): { $holiday } (lokale vrije dag)
}
days-off-line-estimated = { $source ->
    [national] { $partner } ({ $place }): { $holiday } (feestdag, datum geschat)
    [regional] { $partner } ({ $place }): { $holiday } (regionale feestdag, datum geschat)
   *[local] { $partner } ({ $place }): { $holiday } (lokale vrije dag, datum geschat)
}
days-off-holiday-of-kind = { $source ->
    [national] { $holiday }
    [regional] { $holiday } (regionale feestdag)
   *[local] { $holiday } (lokale vrije dag)
}
days-off-holiday-of-kind-estimated = { $source ->
    [national] { $holiday } (datum geschat)
    [regional] { $holiday } (regionale feestdag, datum geschat)
   *[local] { $holiday } (lokale vrije dag, datum geschat)
}
days-off-holiday-kept-by = { $holiday }: { $partners }
days-off-names-off = { $names } vrij
days-off-choose-partner = Kies de partner.
errors-something-went-wrong-no = Er ging iets mis, en er werd geen reden gegeven.
find-time-h-min = { $h } u { $m } min
find-time-days-write-how-many = Dagen: schrijf hoeveel dagen de bijeenkomst duurt, bijvoorbeeld 2.
find-time-working-day-write-its = Werkdag: schrijf begin en einde als UU:MM, bijvoorbeeld 09:00 en 17:00.
long-work-saving-events = { $count ->
        [one] { $done } van { $total } afspraak opslaan…
       *[other] { $done } van { $total } afspraken opslaan…
    }
long-work-writing-events = { $count ->
        [one] { $total } afspraak schrijven…
       *[other] { $total } afspraken schrijven…
    }
long-work-events-ready = { $count ->
        [one] { $total } afspraak klaar: kies waar het bestand wordt opgeslagen.
       *[other] { $total } afspraken klaar: kies waar het bestand wordt opgeslagen.
    }
meeting-form-meeting-must-end-after = De bijeenkomst moet eindigen nadat ze begint.
meeting-form-choose-time-zone-host = Kies een tijdzone, of een gastheer wiens tijdzone de bijeenkomst overneemt.
meeting-form-not-known-iana-time = „{ $zone }” is geen bekende IANA-tijdzone (bijvoorbeeld Europe/Riga).
meeting-form-last-day-before-first = De laatste dag, { $last }, ligt vóór de eerste, { $first }.
meeting-form-write-year-between-leave = Schrijf een jaar tussen { $fIRST_YEAR } en { $lAST_YEAR }, of laat het leeg.
meeting-form-say-words-when-planned = Zeg in woorden wanneer ze gepland is, of geef het jaar.
milestone-form-enter-month-yyyy-mm = Vul een maand in (JJJJ-MM).
milestone-form-not-month-write-yyyy = „{ $v }” is geen maand; schrijf het als JJJJ-MM, bijvoorbeeld 2027-06.
milestone-form-year-outside = Het jaar { $year } ligt buiten { $fIRST_YEAR }-{ $lAST_YEAR }.
partner-form-choose-country = Kies het land.
partner-form-not-known-iana-time = „{ $zone }” is geen bekende IANA-tijdzone (bijvoorbeeld Europe/Riga).
plan-diff-no-change = Geen wijziging
plan-diff-white-space-changed = Witruimte gewijzigd
plan-gantt-no-start-end-month = geen begin- of eindmaand
plan-gantt-no-start-month = geen beginmaand
plan-gantt-no-end-month = geen eindmaand
plan-gantt-its-end-month-comes = de eindmaand ligt vóór de beginmaand
plan-money-no-amount = geen bedrag
plan-money-type-amount-euros-such = Typ een bedrag in euro, bijvoorbeeld 12500 of 12.500,50.
plan-money-euros-have-two-decimals = Euro's hebben hoogstens twee decimalen (centen).
validation-must-not-empty = Mag niet leeg zijn.
validation-characters-long-limit = Is { $n } tekens lang; de grens is { $max }.
validation-not-e-mail-address = „{ $v }” is geen e-mailadres (verwacht: naam@voorbeeld.org).
validation-must-start-https-http = „{ $v }” moet beginnen met https:// of http://.
validation-not-web-address = „{ $v }” is geen webadres.
validation-enter-date-yyyy-mm = Vul een datum in (JJJJ-MM-DD).
validation-not-date-write-yyyy = „{ $v }” is geen datum; schrijf het als JJJJ-MM-DD, bijvoorbeeld 2027-03-10.
validation-year-outside = Het jaar { $year } ligt buiten { $fIRST_YEAR }-{ $lAST_YEAR }.
validation-enter-time-hh-mm = Vul een tijd in (UU:MM, 24-uursklok).
validation-not-time-write-hh = „{ $v }” is geen tijd; schrijf het als UU:MM, bijvoorbeeld 14:30.
validation-before-start = { $end } ligt vóór het begin, { $start }.
validation-not-whole-number = „{ $value }” is geen geheel getal.
calendar-saved = { $count ->
        [one] { $count } bijeenkomst opgeslagen
       *[other] { $count } bijeenkomsten opgeslagen
    } in { $path }
calendar-left-out = { $head }; { $count ->
        [one] { $count } bijeenkomst zonder datum is weggelaten.
       *[other] { $count } bijeenkomsten zonder datum zijn weggelaten.
    }
calendar-cancellation = De annulering
calendar-invitation = De uitnodiging
calendar-was-written = { $what } „{ $subject }” is geschreven naar { $path }.
calendar-open-your-mail-program = { $what } „{ $subject }” staat open in uw e-mailprogramma: controleer het en verstuur het van daaruit. Het is ook opgeslagen als { $path }.
calendar-none-file-s-events = Geen enkele afspraak uit het bestand kon worden geïmporteerd: { $count ->
        [one] { $count } afspraak is overgeslagen
       *[other] { $count } afspraken zijn overgeslagen
    }, elk vermeld met regel en reden; er is niets geïmporteerd.
calendar-calendar-holds-no-events = De agenda bevat geen afspraken voor dit netwerk; er is niets geïmporteerd{ $skippedPart }.
calendar-nothing-changed-already-saved = Niets gewijzigd: { $count ->
        [one] de afspraak uit dit bestand is al opgeslagen
       *[other] de { $count } afspraken uit dit bestand zijn al opgeslagen
    }{ $skippedPart }.
calendar-created-updated-unchanged = { $count ->
        [one] { $count } bijeenkomst aangemaakt
       *[other] { $count } bijeenkomsten aangemaakt
    }, { $updated } bijgewerkt, { $unchanged } ongewijzigd{ $skippedPart }.
calendar-event = een afspraak
calendar-line-uid = regel { $line }: { $title } (UID { $uid })
calendar-line = regel { $line }: { $title }
calendar-give-your-e-mail = Geef uw e-mailadres: de antwoorden van de partners komen daar terug.
calendar-choose-at-least-person = Kies minstens één persoon om uit te nodigen, of voeg een adres toe.
dates-happening-now = nu bezig
dates-earlier-today = eerder vandaag
local-times-outside-working-hours = buiten 08:00–19:00
local-times-on-saturday = op een zaterdag
local-times-on-sunday = op een zondag
local-times-unknown-zone = onbekende tijdzone
plan-actions-not-month-write-yyyy = „{ $typed }” is geen maand: schrijf het als JJJJ-MM, bijvoorbeeld 2027-03.
plan-actions-not-span-months-write = „{ $typed }” is geen periode van maanden: schrijf het als 2027-03 – 2027-12.
plan-actions-from = Vanaf { $shortMonth }
plan-actions-until = Tot { $shortMonth }
plan-actions-none-yet = Nog geen
plan-actions-details-funding-indicators = details, financiering en indicatoren…
section-outline-moved-place = „{ $title }” verplaatst naar plaats { $place } van { $count }.
dates-today = vandaag
dates-tomorrow = morgen
dates-yesterday = gisteren
dates-in-days = { $count ->
        [one] over { $count } dag
       *[other] over { $count } dagen
    }
dates-days-ago = { $count ->
        [one] { $count } dag geleden
       *[other] { $count } dagen geleden
    }
dates-in-months = { $count ->
        [one] over { $count } maand
       *[other] over { $count } maanden
    }
dates-months-ago = { $count ->
        [one] { $count } maand geleden
       *[other] { $count } maanden geleden
    }
dates-in-minutes = { $count ->
        [one] over { $count } minuut
       *[other] over { $count } minuten
    }
dates-in-hours = { $count ->
        [one] over { $count } uur
       *[other] over { $count } uur
    }
plan-actions-column-title = Actie
plan-actions-column-objective = Doel
plan-actions-column-months = Maanden
plan-actions-column-cost = Kosten
plan-actions-column-funding = Financiering
plan-actions-column-status = Status
plan-actions-column-details = Meer
plan-diff-words-added = { $count ->
        [one] { $count } woord toegevoegd
       *[other] { $count } woorden toegevoegd
    }
plan-diff-words-removed = { $count ->
        [one] { $count } woord verwijderd
       *[other] { $count } woorden verwijderd
    }
calendar-events-skipped = { $count ->
        [one] ; { $count } afspraak overgeslagen
       *[other] ; { $count } afspraken overgeslagen
    }
import-report-count-networks = { $count ->
        [one] { $count } netwerk
       *[other] { $count } netwerken
    }
import-report-count-partners = { $count ->
        [one] { $count } partner
       *[other] { $count } partners
    }
import-report-count-contacts = { $count ->
        [one] { $count } contact-e-mail
       *[other] { $count } contact-e-mails
    }
import-report-count-meetings = { $count ->
        [one] { $count } bijeenkomst
       *[other] { $count } bijeenkomsten
    }
import-report-count-milestones = { $count ->
        [one] { $count } mijlpaal
       *[other] { $count } mijlpalen
    }
import-report-count-action-plans = { $count ->
        [one] { $count } actieplan
       *[other] { $count } actieplannen
    }
import-report-count-practices = { $count ->
        [one] { $count } goede praktijk
       *[other] { $count } goede praktijken
    }
import-report-count-import-notes = { $count ->
        [one] { $count } importnotitie
       *[other] { $count } importnotities
    }
plan-gantt-span-one-month = { $start } (1 maand)
plan-gantt-bar = { $label }: { $span }
plan-gantt-bar-pilot = { $label } (pilot): { $span }
plan-gantt-span-months = { $start } tot { $end } ({ $count } maanden)
calendar-reminder-none = Geen herinnering
calendar-reminder-day = 1 dag vooraf
calendar-reminder-hour = 1 uur vooraf
import-calendar-button-reading = Het agendabestand lezen…
export-calendar-button-reading = De bijeenkomsten lezen…
export-send-bar-exported = Geëxporteerd als { $format } naar { $path }.
export-send-bar-plan-file-saved = Planbestand opgeslagen in { $path }. Stuur het naar uw partner per e-mail of op een andere manier.
budget-summary-by-funding-source = Per financieringsbron
budget-summary-by-objective = Per doel
budget-summary-funding-source = Financieringsbron
budget-summary-objective = Doel

## Calendar servers
## components/dav/DavAccountsSection.svelte: the accounts in Settings
dav-accounts-heading = Agendaservers
dav-accounts-intro = Publiceer de bijeenkomsten van een netwerk in de CalDAV-agenda die uw partners gebruiken (Nextcloud, SOGo, Radicale, Fastmail). Het wachtwoord wordt bewaard in de sleutelbos van deze computer, nooit in de gegevens van Convene.
dav-accounts-added = Account { $name } toegevoegd. { $note }
dav-accounts-none = Nog geen accounts.
dav-accounts-user-at-url = { $user } op { $url }
dav-accounts-testing = Testen…
dav-accounts-test = Testen
dav-accounts-remove = Verwijderen
dav-accounts-test-works = { $count ->
        [0] Het werkt. Agendamap { $home }; 0 agenda's.
        [one] Het werkt. Agendamap { $home }; { $count } agenda:
       *[other] Het werkt. Agendamap { $home }; { $count } agenda's:
    }
dav-accounts-name = Naam
dav-accounts-name-placeholder = nextcloud
dav-accounts-url = Serveradres
dav-accounts-url-hint = Voor Nextcloud: https://HOST/remote.php/dav
dav-accounts-url-placeholder = https://
dav-accounts-user = Gebruikersnaam
dav-accounts-password = Wachtwoord
dav-accounts-ca-file = CA-bestand (optioneel)
dav-accounts-ca-file-hint = Alleen voor een server met een eigen certificaat: het PEM-bestand van zijn certificaatautoriteit.
dav-accounts-ca-file-choose = Bestand kiezen…
dav-accounts-ca-file-none = Geen: het certificaat van de server is openbaar.
dav-accounts-ca-file-clear = Geen gebruiken
dav-accounts-cancel = Annuleren
dav-accounts-adding = Toevoegen…
dav-accounts-add-account = Account toevoegen
dav-accounts-add = Account toevoegen…
dav-password-used-once = Wachtwoord (één keer gebruikt, niet bewaard)
## components/dav/DavConflictCard.svelte: one conflict, both versions side by side
dav-conflict-in-convene = In Convene
dav-conflict-on-server = Op de server
dav-conflict-label = Conflict: { $title }
dav-conflict-found = gevonden op { $when }
dav-conflict-deleted = Verwijderd
dav-conflict-keep-mine = Mijn versie behouden
dav-conflict-keep-server = De versie van de server behouden
## components/dav/PublishSection.svelte: publishing on the network page
dav-publish-heading = Agendaserver
dav-publish-no-account = Om deze bijeenkomsten op de agendaserver van uw partners te publiceren, voegt u een account toe in { $link }.
dav-publish-cancelled = Publiceren geannuleerd. Wat de server al heeft bereikt, blijft staan; de volgende publicatie maakt het af.
dav-publish-no-account-link = Instellingen
dav-publish-account = Account
dav-publish-calendar = Naam van de agenda (optioneel)
dav-publish-calendar-placeholder = De naam van het netwerk
dav-publish-progress = Publiceren op de agendaserver…
dav-publish-publishing = Publiceren…
dav-publish-go = Publiceren op de agendaserver
dav-publish-last = Laatste publicatie { $when }, naar { $calendar } ({ $account }): { $result }
dav-publish-conflicts-heading = Op te lossen conflicten ({ $count })
dav-publish-conflicts-intro = Beide kanten hebben deze bijeenkomsten sinds de laatste publicatie gewijzigd, dus er is niets voor geschreven.

## lib/meetingWhen.ts: a meeting's when, outside English (English shows the core's own words)
# { $date }: a day such as "mer. 10 mars 2027"; { $times }: "10:00–12:00"; { $zone }: "Europe/Riga";
# { $days }: how many days after the start the end falls; { $known }: a month and year, or a year, of an undated meeting;
# { $wording }: the undated meeting's own words, as typed or imported.
meeting-when-timed = { $date }, { $times } ({ $zone })
meeting-when-timed-later = { $days ->
    [one] { $date }, { $times } +{ $days } dag ({ $zone })
   *[other] { $date }, { $times } +{ $days } dagen ({ $zone })
}
meeting-when-timed-short = { $date }, { $time }
meeting-when-all-day = { $date }, hele dag
meeting-when-all-days = { $dates }, hele dagen
meeting-when-not-dated = nog niet gedateerd
meeting-when-not-dated-known = nog niet gedateerd ({ $known })
meeting-when-not-dated-wording = nog niet gedateerd (“{ $wording }”)
meeting-when-not-dated-known-wording = nog niet gedateerd ({ $known }: “{ $wording }”)
meeting-when-known-not-dated = { $known }, nog niet gedateerd
meeting-when-month-year-unknown = { $month }, jaar onbekend

## The plan page's push and pull through a WebDAV folder (components/dav/PlanServerBar.svelte)

plan-server-heading = Delen via een agendaserver
plan-server-account = Account
plan-server-folder = Map op de server (optioneel)
plan-server-folder-placeholder = De map van de laatste keer versturen of ophalen
plan-server-push = Naar de server sturen
plan-server-pushing = Versturen…
plan-server-pull = Van de server ophalen
plan-server-pulling = Ophalen…
# $href: the plan file's address on the server.
plan-server-pushed = Het plan staat op de server: { $href }.
# $link: plan-server-no-account-link, shown as a link to Settings.
plan-server-no-account = Voeg in { $link } een account toe om dit plan te delen via een map op de server van uw partners.
plan-server-no-account-link = Instellingen
