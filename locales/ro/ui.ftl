# Fereastra Convene, în română. Tradus din locales/en/ui.ftl (aceleași identificatori și
# variabile). Termeni URBACT: Plan de Acțiune Integrat, reuniune transnațională, grup local
# URBACT, oraș partener, partener principal. Pluralul: one, few, other.

## screens/Settings.svelte
settings-settings = Setări
settings-your-name-your-data = Limba, numele, datele dumneavoastră, copiile lor de rezervă, și intrarea și ieșirea datelor.
settings-language = Limbă
settings-language-label = Limba ferestrei
settings-language-hint = Meniuri, butoane și mesaje, și felul în care se scriu datele, orele și sumele. Planurile și invitațiile își păstrează propria limbă.
settings-language-system = Limba sistemului ({ $language })
settings-language-changed = Fereastra este acum în { $language }.
settings-your-name = Numele dumneavoastră
settings-name-plan-versions-comments = Numele de pe versiunile planurilor și de pe comentarii
settings-every-save-action-plan = Fiecare salvare a unui plan de acțiune este semnată cu el, ca partenerii să vadă cine a scris ce. Dacă rămâne gol, se folosește numele contului de pe calculator.
settings-every-save-action-plan-as-now = Fiecare salvare a unui plan de acțiune este semnată cu el, ca partenerii să vadă cine a scris ce. Dacă rămâne gol, se folosește numele contului de pe calculator (ca acum).
settings-saving = Se salvează…
settings-save-name = Salvează numele
settings-database = Baza de date
settings-location = Locație
settings-schema-version = Versiunea schemei
settings-convene-version = Versiunea Convene
settings-everything-kept-one-file = Totul este păstrat în acest singur fișier. Pentru a folosi alt fișier, porniți Convene cu variabila de mediu CONVENE_DB setată la calea lui.
settings-loading = Se încarcă…
settings-backup-restore = Copie de rezervă și restaurare
settings-backup-complete-copy-database = O copie de rezervă este o copie completă a bazei de date; se poate face fără risc cât timp Convene este deschis.
settings-saving-backup = Se salvează copia…
settings-back-up-now = Fă o copie acum…
settings-restore-from-backup = Restaurează dintr-o copie…
settings-import-export = Import și export
settings-import-urbact-network-good = Importați pagini URBACT de rețele și bune practici salvate ca text. Înregistrările existente rămân cum sunt: importul aceluiași fișier de două ori nu schimbă nimic.
settings-importing = Se importă…
settings-import-pages = Importă pagini…
settings-exporting = Se exportă…
settings-export-everything-json = Exportă totul ca JSON…
settings-import-report = Raport de import
settings-replace-all-data-backup = Înlocuiți toate datele cu copia?
settings-everything-now-convene-will = Tot ce este acum în Convene va fi înlocuit cu conținutul din { $path }. O copie a bazei actuale este păstrată alături, deci operația se poate anula restaurând acea copie.
settings-restore-backup = Restaurează copia
settings-keep-current-data = Păstrează datele actuale

## App.svelte
app-skip-content = Salt la conținut
app-convene-could-not-open = Convene nu a putut deschide baza de date: { $startError }
app-convene-try-again = Încearcă din nou
app-page-not-found = Pagină negăsită
app-there-nothing-at-address = Nu există nimic la această adresă.
app-go-home-screen = Mergi la pagina de start
app-dismiss-message = Închide mesajul

## components/AgendaEditor.svelte
agenda-editor-agenda = Ordinea de zi
agenda-editor-move-item-alt-alt = Mutați un punct cu Alt+↑ și Alt+↓, butoanele cu săgeți sau trăgându-l ⠿.
agenda-editor-no-agenda-items-yet = Încă nu există puncte pe ordinea de zi.
agenda-editor-drag-move-item = Trageți pentru a muta punctul { $value }
agenda-editor-move-item-up = Mută în sus punctul { $value }
agenda-editor-move-item-down = Mută în jos punctul { $value }
agenda-editor-remove-item = Elimină punctul { $value }
agenda-editor-remove = Elimină
agenda-editor-item-title = Titlul punctului { $value }
agenda-editor-from = De la
agenda-editor-hh-mm = HH:MM
agenda-editor-to = Până la
agenda-editor-led = Condus de
agenda-editor-nobody-particular = Nimeni anume
agenda-editor-notes = Note
agenda-editor-add-item = Adaugă un punct
agenda-editor-saving = Se salvează…
agenda-editor-save-agenda = Salvează ordinea de zi
agenda-editor-unsaved-changes = Modificări nesalvate

## components/AttendanceEditor.svelte
attendance-editor-attendance = Participare
attendance-editor-count = { $label }: { $count }
attendance-editor-network-has-no-partners = Rețeaua nu are încă parteneri.
attendance-editor-partner = Partener
attendance-editor-answer = Răspuns
attendance-editor-not-invited = Neinvitat
attendance-editor-people = Persoane

## components/ConfirmDialog.svelte
confirm-dialog-working = Se lucrează…

## components/DaysOffSection.svelte
days-off-section-holidays-days-off = Sărbători și zile libere
days-off-section-next-weeks = În următoarele { $wEEKS } săptămâni
days-off-section-public-holidays-each-partner = Sărbătorile legale din țara fiecărui partener (și din regiunea lui, dacă are una), și zilele libere înregistrate mai jos.
days-off-section-no-partner-has-holiday = Niciun partener nu are sărbătoare sau zi liberă în următoarele { $wEEKS } săptămâni.
days-off-section-holidays-days-off-next = Sărbători și zile libere în următoarele { $wEEKS } săptămâni
days-off-section-recorded-days-off = Zile libere înregistrate
days-off-section-none-yet-record-city = Niciuna deocamdată. Înregistrați zilele libere proprii ale unui oraș, cum ar fi ziua ocrotitorului sau alegerile locale.
days-off-section-remove = Elimină { $name } pentru { $partnerName }
days-off-section-remove-2 = Elimină
days-off-section-record-day-off = Înregistrează o zi liberă
days-off-section-partner = Partener
days-off-section-choose = Alegeți…
days-off-section-day = Zi
days-off-section-yyyy-mm-dd = AAAA-LL-ZZ
days-off-section-what = Ce este
days-off-section-patron-saint-s-day = Ziua ocrotitorului orașului
days-off-section-saving = Se salvează…
days-off-section-record-day-off-2 = Înregistrează ziua liberă

## components/FindTimePanel.svelte
find-time-panel-find-time = Găsește o dată
find-time-panel-close = Închide
find-time-panel-find-days = Găsește zile
find-time-panel-find-times = Găsește ore
find-time-panel-choose-network-first = Alegeți mai întâi rețeaua.
find-time-panel-choose-at-time-all = Alegeți „La o oră” sau „Toată ziua” pentru a căuta o dată potrivită partenerilor.
find-time-panel-days-which-no-partner = Zile în care niciun partener nu are sărbătoare sau zi liberă.
find-time-panel-times-ranked-how-well = Ore ordonate după cât de bine se potrivesc fiecărui partener: program de lucru, weekenduri, sărbători și alte reuniuni.
find-time-panel-from = De la
find-time-panel-yyyy-mm-dd = AAAA-LL-ZZ
find-time-panel-to = Până la
find-time-panel-days = Zile
find-time-panel-length = Durată
find-time-panel-working-day = Zi de lucru
find-time-panel-working-day-starts = Începutul zilei de lucru
find-time-panel-working-day-ends = Sfârșitul zilei de lucru
find-time-panel-to-2 = până la
find-time-panel-leave-out-weekends = Exclude weekendurile
find-time-panel-looking = Se caută…
find-time-panel-search = Caută
find-time-panel-times-on-zone-clock = Ore după ceasul din { $zone }; ora fiecărui partener este indicată.
find-time-panel-times-in-utc = Ore în UTC (alegeți o gazdă sau un fus orar pentru a le citi după ceasul lor); ora fiecărui partener este indicată.
find-time-panel-times-suit-every-partner = { $suit_everyone ->
    [one] { $suit_everyone } din { $candidates } ore se potrivește tuturor partenerilor; primele { $length } sunt mai jos.
   *[other] { $suit_everyone } din { $candidates } ore se potrivesc tuturor partenerilor; primele { $length } sunt mai jos.
}
find-time-panel-none-times-suits-every = Niciuna dintre cele { $candidates } ore nu se potrivește tuturor partenerilor; cele mai puțin incomode vin primele.
find-time-panel-suits-everyone = potrivită pentru toți
find-time-panel-awkward-for = { $count ->
    [one] incomodă pentru { $count } partener
    [few] incomodă pentru { $count } parteneri
   *[other] incomodă pentru { $count } de parteneri
}
find-time-panel-use-time = Folosește această oră
find-time-panel-no-run-days-free = Nicio serie de zile nu este liberă pentru toți partenerii în acest interval.
find-time-panel-day-runs = { $days ->
    [one] Zile fără sărbătoare la niciun partener: { $count }.
    [few] Perioade de { $days } zile fără sărbătoare la niciun partener: { $count }.
   *[other] Perioade de { $days } de zile fără sărbătoare la niciun partener: { $count }.
}
find-time-panel-also = și: { $other_meetings }
find-time-panel-use-these-days = Folosește aceste zile
find-time-panel-days-left-out = Zile excluse ({ $length })

## components/ImportReport.svelte
import-report-import-report = Raport de import
import-report-already-there-left-they = Existau deja și au rămas cum erau: { $existing }.
import-report-check = { $count ->
        [one] { $count } lucru
        [few] { $count } lucruri
       *[other] { $count } de lucruri
    } de verificat
import-report-lines-importer-placed-guessing = — rânduri pe care importul le-a plasat ghicind sau le-a păstrat ca note
import-report-line = Rândul { $line }
import-report-lines-to-check = Rânduri de verificat
import-report-no-warnings-every-line = Niciun avertisment: fiecare rând și-a găsit locul.

## components/LocalTimesPanel.svelte
local-times-panel-local-times = Ore locale
local-times-panel-working-out-local-times = Se calculează orele locale…
local-times-panel-network-has-no-partners = Această rețea nu are încă parteneri.
local-times-panel-within-working-hours-08 = În programul de lucru (08:00–19:00), într-o zi lucrătoare, pentru fiecare partener.
local-times-panel-of = { $awkward } din { $length }
local-times-panel-partners-would-meet-outside = parteneri s-ar întâlni în afara intervalului 08:00–19:00 sau în weekend.
local-times-panel-partner = Partener
local-times-panel-starts-there = Începe acolo
local-times-panel-ends-there = Se termină acolo
local-times-panel-host = gazdă

## components/MeetingList.svelte
meeting-list-all = { $caption }, { $length } în total
meeting-list-when = Când
meeting-list-meeting = Reuniune
meeting-list-network = Rețea
meeting-list-host = Gazdă
meeting-list-mode = Format
meeting-list-status = Stare

## components/MilestoneForm.svelte
milestone-form-edit = Editează { $title }
milestone-form-add-milestone = Adaugă o etapă
milestone-form-title = Titlu
milestone-form-integrated-action-plan-due = Termen pentru Planul de Acțiune Integrat
milestone-form-kind = Tip
milestone-form-date-known = Data este cunoscută
milestone-form-day = la zi
milestone-form-only-month = doar la lună
milestone-form-month = Luna
milestone-form-yyyy-mm = AAAA-LL
milestone-form-example-2027-06-june = De exemplu 2027-06 pentru iunie 2027.
milestone-form-date = Data
milestone-form-yyyy-mm-dd = AAAA-LL-ZZ
milestone-form-description = Descriere
milestone-form-done = Realizată
milestone-form-saving = Se salvează…
milestone-form-save-changes = Salvează modificările
milestone-form-add-milestone-2 = Adaugă etapa
milestone-form-close-without-saving = Închide fără a salva

## components/MonthCalendar.svelte
month-calendar-meetings = { $count ->
        [one] { $count } reuniune
        [few] { $count } reuniuni
       *[other] { $count } de reuniuni
    }
month-calendar-previous-month = Luna anterioară
month-calendar-previous = ‹ Anterioară
month-calendar-month = Luna aceasta
month-calendar-next-month = Luna următoare
month-calendar-next = Următoarea ›
month-calendar-today = { $day }, azi
month-calendar-days-off = Zile libere: { $lines }
month-calendar-more = încă { $value }

## components/Nav.svelte
nav-main = Principal
nav-convene = Convene
nav-search = Caută
nav-ctrl = Ctrl
nav-k = K

## components/PartnerDetails.svelte
partner-details-field-name = Nume
partner-details-field-role = Funcție
partner-details-field-email = E-mail
partner-details-field-phone = Telefon
partner-details-field-organisation = Organizație
partner-details-field-group-role = Rol în grup
partner-details-now = { $value } · { $countryName } · { $time_zone } · acum { $clockIn }
partner-details-now-in-region = { $value } · { $countryName } ({ $region }) · { $time_zone } · acum { $clockIn }
partner-details-edit-partner = Editează partenerul
partner-details-delete-partner = Șterge partenerul
partner-details-close-details = Închide detaliile pentru { $name }
partner-details-close = Închide
partner-details-population = Populație: { $population }
partner-details-contacts = Contacte
partner-details-local-group = Grup local URBACT

## components/PartnerForm.svelte
partner-form-edit = Editează { $name }
partner-form-add-partner = Adaugă un partener
partner-form-city-organisation = Oraș sau organizație
partner-form-country = Țară
partner-form-choose = Alegeți…
partner-form-role = Rol
partner-form-time-zone = Fus orar
partner-form-empty-means-country-s = Gol înseamnă fusul țării, { $defaultZone }.
partner-form-empty-means-country-s-2 = Gol înseamnă fusul țării.
partner-form-region = Regiune
partner-form-its-public-holidays-count = Sărbătorile ei se adaugă celor naționale.
partner-form-convene-knows-no-regional = Convene nu cunoaște sărbători regionale pentru această țară.
partner-form-none-national-holidays-only = Niciuna (doar sărbători naționale)
partner-form-population = Populație
partner-form-notes = Note
partner-form-saving = Se salvează…
partner-form-save-changes = Salvează modificările
partner-form-add-partner-2 = Adaugă partenerul
partner-form-close-without-saving = Închide fără a salva

## components/PartnersTable.svelte
partners-table-partners-all = Parteneri, { $length } în total
partners-table-city-partner = Oraș sau partener
partners-table-country = Țară
partners-table-role = Rol
partners-table-time-zone = Fus orar
partners-table-local-time-now = Ora locală acum
partners-table-people = Persoane

## components/PeopleEditor.svelte
people-editor-add = { $noun ->
        [contact] Adaugă un contact
       *[member] Adaugă un membru
    }
people-editor-none-yet = Niciunul deocamdată.
people-editor-delete = Ștergeți { $primary }?
people-editor-delete-2 = Șterge
people-editor-keep = Păstrează
people-editor-edit = Editează { $primary }
people-editor-edit-2 = Editează
people-editor-delete-3 = Șterge { $primary }
people-editor-new = { $noun ->
        [contact] Contact nou
       *[member] Membru nou
    }
people-editor-edit-3 = { $noun ->
        [contact] Editează contactul
       *[member] Editează membrul
    }
people-editor-saving = Se salvează…
people-editor-save = Salvează
people-editor-close-without-saving = Închide fără a salva

## components/PostponeDialog.svelte
postpone-dialog-postpone = Amână „{ $title }”
postpone-dialog-current-date-stays-record = Data actuală rămâne consemnată în descriere („Amânată de la …”).
postpone-dialog-when-will-take-place = Când va avea loc?
postpone-dialog-new-date-meeting-becomes = La o dată nouă (reuniunea redevine provizorie)
postpone-dialog-no-new-date-yet = Încă fără dată nouă (calendarele anulează data actuală)
postpone-dialog-first-day = Prima zi
postpone-dialog-new-date = Data nouă
postpone-dialog-yyyy-mm-dd = AAAA-LL-ZZ
postpone-dialog-start-time = Ora de început
postpone-dialog-hh-mm = HH:MM
postpone-dialog-end-time = Ora de sfârșit
postpone-dialog-last-day = Ultima zi
postpone-dialog-times-clock-meeting-s = Ore după ceasul din { $time_zone }, fusul reuniunii.
postpone-dialog-without-last-day-meeting = Fără ultima zi, reuniunea își păstrează numărul de zile.
postpone-dialog-go-back = Înapoi
postpone-dialog-working = Se lucrează…
postpone-dialog-postpone-2 = Amână

## components/SearchBox.svelte
search-box-search-networks-partners-meetings = Caută rețele, parteneri, reuniuni, planuri și practici
search-box-search-networks-partners-meetings-2 = Caută rețele, parteneri, reuniuni, planuri, practici…
search-box-results = { $length } rezultate
search-box-results-2 = Rezultate
search-box-nothing-found-try-fewer = Nimic găsit pentru „{ $searched }”. Încercați mai puține cuvinte sau cuvinte mai scurte.

## components/SearchDialog.svelte
search-dialog-search = Caută
search-dialog-choose-enter-open-esc = ↑ ↓ pentru a alege, Enter pentru a deschide, Esc pentru a închide.

## components/Timeline.svelte
timeline-timeline = Cronologia { $network_name }
timeline-today = Azi
timeline-no-dates-yet-nothing = Încă nu există date: nimic de desenat.

## components/WorkProgressBar.svelte
work-progress-bar-cancelling = Se anulează…
work-progress-bar-cancel = Anulează

## components/calendar/AddToCalendarButton.svelte
add-to-calendar-button-saving = Se salvează…
add-to-calendar-button-add-calendar = Adaugă în calendar…

## components/calendar/CalendarResult.svelte
calendar-result-dismiss-message = Închide acest mesaj

## components/calendar/ExportCalendarButton.svelte
export-calendar-button-export-calendar = Exportă calendarul…
export-calendar-button-export-calendar-2 = Exportă calendarul pentru { $name }
export-calendar-button-every-dated-meeting-goes = Fiecare reuniune cu dată intră într-un singur fișier .ics pe care îl deschid Outlook, Google Calendar, Thunderbird și Apple Calendar. Reuniunile încă fără dată sunt lăsate deoparte.
export-calendar-button-reminder = Memento
export-calendar-button-only-meetings-between-optional = Doar reuniunile dintre (opțional)
export-calendar-button-first-day = Prima zi
export-calendar-button-yyyy-mm-dd = AAAA-LL-ZZ
export-calendar-button-last-day = Ultima zi
export-calendar-button-cancel = Anulează
export-calendar-button-saving = Se salvează…
export-calendar-button-save = Salvează…

## components/calendar/ImportCalendarButton.svelte
import-calendar-button-importing = Se importă…
import-calendar-button-import-calendar = Importă un calendar…

## components/calendar/ImportCalendarDialog.svelte
import-calendar-dialog-calendar-imported = Calendar importat
import-calendar-dialog-import-report = Raport de import
import-calendar-dialog-already-saved-recent-file = { $count ->
        [one] { $count } eveniment era deja salvat, la fel de recent ca în fișier sau mai recent, și a rămas cum era.
        [few] { $count } evenimente erau deja salvate, la fel de recente ca în fișier sau mai recente, și au rămas cum erau.
       *[other] { $count } de evenimente erau deja salvate, la fel de recente ca în fișier sau mai recente, și au rămas cum erau.
    }
import-calendar-dialog-skipped = { $count ->
        [one] { $count } eveniment omis
        [few] { $count } evenimente omise
       *[other] { $count } de evenimente omise
    }
import-calendar-dialog-not-imported-fix-calendar = { $count ->
        [one] , neimportat; corectați-l în programul de calendar și importați din nou fișierul
       *[other] , neimportate; corectați-le în programul de calendar și importați din nou fișierul
    }
import-calendar-dialog-more = … și încă { $value }.
import-calendar-dialog-check = { $count ->
        [one] { $count } lucru
        [few] { $count } lucruri
       *[other] { $count } de lucruri
    } de verificat
import-calendar-dialog-no-warnings = Niciun avertisment.
import-calendar-dialog-close = Închide

## components/calendar/InvitationDialog.svelte
invitation-dialog-email-invitation = Trimite prin e-mail o invitație la „{ $title }”
invitation-dialog-your-mail-program-opens = Programul de e-mail deschide mesajul gata de trimis; ajunge ca o invitație de acceptat sau de refuzat.
invitation-dialog-cancellation-note = { $status ->
    [cancelled] Reuniunea este anulată: mesajul va fi o anulare, care o scoate din calendarele celor care au acceptat-o.
   *[postponed] Reuniunea este amânată: mesajul va fi o anulare, care o scoate din calendarele celor care au acceptat-o.
}
invitation-dialog-from-your-e-mail = De la (adresa dumneavoastră de e-mail)
invitation-dialog-answers-come-back-remembered = Răspunsurile se întorc la ea. Reținută pe acest calculator.
invitation-dialog-to = Către ({ $count ->
        [one] { $count } persoană
        [few] { $count } persoane
       *[other] { $count } de persoane
    })
invitation-dialog-finding-partners-contacts = Se caută contactele partenerilor…
invitation-dialog-no-contact-partners-meeting = Niciun contact al partenerilor vizați de această reuniune nu are adresă de e-mail. Adăugați adrese mai jos sau adăugați-le la contactele partenerilor.
invitation-dialog-choose-all = Alege toți
invitation-dialog-choose-none = Nu alege pe nimeni
invitation-dialog-other-addresses = Alte adrese
invitation-dialog-separate-them-commas-new = Separați-le prin virgule sau rânduri noi.
invitation-dialog-cancel = Anulează
invitation-dialog-writing = Se redactează…
invitation-dialog-write-cancellation = Redactează anularea
invitation-dialog-write-invitation = Redactează invitația

## components/calendar/MeetingCalendarBar.svelte
meeting-calendar-bar-calendars-invitations = Calendare și invitații
meeting-calendar-bar-calendars = Calendare:
meeting-calendar-bar-email-invitation = Invitație prin e-mail…
meeting-calendar-bar-give-meeting-date-add = Dați reuniunii o dată pentru a o adăuga în calendare și a invita persoane.

## components/plan/ActionDetails.svelte
action-details-action = Acțiune: { $title }
action-details-title = Titlu
action-details-objective = Obiectiv
action-details-lead = Organizația responsabilă
action-details-partners = Organizații partenere
action-details-start-month = Luna de început (AAAA-LL)
action-details-end-month = Luna de sfârșit (AAAA-LL)
action-details-estimated-cost = Cost estimat (€)
action-details-status = Stare
action-details-pilot-small-scale-test = O acțiune pilot (test la scară mică)
action-details-description = Descriere
action-details-funding = Finanțare
action-details-no-funding-found-yet = Încă nu s-a găsit finanțare.
action-details-source = Sursă
action-details-amount = Sumă (€)
action-details-remove-funding-line = Elimină linia de finanțare { $value }
action-details-remove = Elimină
action-details-add-funding-line = Adaugă o linie de finanțare
action-details-indicators-action-feeds = Indicatori la care contribuie această acțiune
action-details-saving = Se salvează…
action-details-save-action = Salvează acțiunea
action-details-cancel = Anulează
action-details-delete-action = Ștergeți această acțiune?
action-details-delete = Șterge
action-details-keep = Păstreaz-o
action-details-delete-action-2 = Șterge acțiunea…

## components/plan/ActionTable.svelte
action-table-no-actions-yet-add = Încă nu există acțiuni. Adăugați-o pe prima: titlul, apoi lunile, costul și finanțarea.
action-table-tab-arrows-move-between = Tab și săgețile trec de la o celulă la alta; Enter editează și salvează o celulă; Esc anulează; Alt+↑/↓ mută o acțiune.
action-table-actions-plan-all = Acțiunile planului, { $length } în total
action-table-of = { $label } pentru { $title }
action-table-yyyy-mm-yyyy-mm = AAAA-LL – AAAA-LL
action-table-pilot = Pilot
action-table-adding = Se adaugă…
action-table-add-action = Adaugă o acțiune

## components/plan/BudgetSummary.svelte
budget-summary-total-cost = Cost total
budget-summary-funding-found = Finanțare găsită
budget-summary-funding-above-cost = Finanțare peste cost
budget-summary-funding-gap = Deficit de finanțare
budget-summary-not-counted = { $count ->
        [one] { $count } acțiune nu are încă un cost estimat și nu este numărată.
        [few] { $count } acțiuni nu au încă un cost estimat și nu sunt numărate.
       *[other] { $count } de acțiuni nu au încă un cost estimat și nu sunt numărate.
    }
budget-summary-actions-per-year = Acțiuni pe an
budget-summary-no-action-has-months = Nicio acțiune nu are încă luni.
budget-summary-year = An
budget-summary-actions-running = Acțiuni în desfășurare
budget-summary-nothing-yet = Nimic deocamdată.
budget-summary-euros = Euro
budget-summary-share = Pondere
budget-summary-no-objective = Fără obiectiv

## components/plan/Comments.svelte
comments-comments = Comentarii la „{ $sectionTitle }”
comments-open = ({ $length } deschise)
comments-no-open-comments-section = Niciun comentariu deschis la această secțiune.
comments-mark-comment-resolved = Marchează ca rezolvat comentariul lui { $author }
comments-resolve = Rezolvă
comments-add-comment = Adaugă un comentariu
comments-adding = Se adaugă…
comments-add-comment-2 = Adaugă comentariul

## components/plan/ConflictResolver.svelte
conflict-resolver-both-copies-changed-since = Ambele copii au modificat asta de la ultima versiune pe care ați partajat-o.
conflict-resolver-ours-kept-plan-now = A noastră (rămâne deocamdată în plan)
conflict-resolver-we-removed = Noi am eliminat-o.
conflict-resolver-theirs = A lor
conflict-resolver-they-removed = Ei au eliminat-o.
conflict-resolver-merged-text = Text combinat
conflict-resolver-keep-ours = Păstrează-o pe a noastră
conflict-resolver-take-theirs = Ia-o pe a lor
conflict-resolver-save-merged-text = Salvează textul combinat

## components/plan/DiffView.svelte
diff-view-changes = Modificări în { $title }

## components/plan/ExportSendBar.svelte
export-send-bar-export = Exportă ca
export-send-bar-exporting = Se exportă…
export-send-bar-export-2 = Exportă…
export-send-bar-saving = Se salvează…
export-send-bar-send-partner = Trimite unui partener…
export-send-bar-reading = Se citește…
export-send-bar-receive-plan-file = Primește un fișier de plan…

## components/plan/GanttChart.svelte
gantt-chart-actions-scheduled = { $caption }: { $length } din { $length2 } acțiuni programate.
gantt-chart-show-chart = Arată ca grafic
gantt-chart-show-table = Arată ca tabel
gantt-chart-no-actions-yet-add = Încă nu există acțiuni: adăugați acțiuni cu lună de început și de sfârșit pentru a le vedea aici.
gantt-chart-pilot-action = Acțiune pilot
gantt-chart-action = Acțiune
gantt-chart-starts = Început
gantt-chart-ends = Sfârșit
gantt-chart-months = Luni
gantt-chart-pilot = Pilot
gantt-chart-yes = Da
gantt-chart-no = Nu
gantt-chart-not-timeline = Nu sunt în cronologie:

## components/plan/History.svelte
history-compare-version-newest = Compară versiunea { $number } cu cea mai nouă
history-compare = Compară
history-restore = Restaurează…
history-version = Versiunea { $number }
history-versions = Versiuni ({ $length })
history-saves = { $length } salvări · { $author } · { $runPeriod }
history-versions-2 = Versiunile { $number }–{ $number2 }
history-version-option = Versiunea { $number } ({ $kind ->
        [created] creată
        [edit] editată
        [restore] restaurată
        [received] primită
        [merge] combinată
       *[resolve] conflict rezolvat
    }, { $instant })
history-show-saves = { $count ->
    [few] Arată cele { $count } salvări
   *[other] Arată cele { $count } de salvări
}
history-hide-saves = { $count ->
    [few] Ascunde cele { $count } salvări
   *[other] Ascunde cele { $count } de salvări
}
history-saves-3 = Cele { $length } salvări ale lui { $message }
history-changes = Modificări
history-only-one-version-so = Deocamdată o singură versiune: modificările apar aici după următoarea salvare.
history-from = De la
history-to = La
history-these-two-versions-say = Aceste două versiuni spun același lucru.
history-sections-were-put-another = Secțiunile au fost puse în altă ordine.
history-was = { $title } (înainte { $old_title })
history-actions-indicators-risks = Acțiuni, indicatori și riscuri
history-comparing = Se compară…
history-restore-version = Restaurați versiunea { $number }?
history-plan-will-say-again = Planul va spune din nou ce spunea în versiunea { $number }. Se salvează ca versiune nouă: textul actual rămâne în istoric și poate fi restaurat la rândul lui.
history-restore-version-2 = Restaurează versiunea { $number }
history-keep-current-text = Păstrează textul actual

## components/plan/IndicatorTable.svelte
indicator-table-no-indicators-yet-indicators = Încă nu există indicatori. Indicatorii arată cum vor fi măsurate rezultatele planului.
indicator-table-indicators = Indicatori
indicator-table-indicator = Indicator
indicator-table-kind = Tip
indicator-table-baseline = Valoare de referință
indicator-table-target = Țintă
indicator-table-by = Până la
indicator-table-verification = Verificare
indicator-table-actions = Acțiuni
indicator-table-edit = Editează
indicator-table-edit-2 = Editează { $name }
indicator-table-add-indicator = Adaugă un indicator
indicator-table-edit-indicator = Editează indicatorul
indicator-table-new-indicator = Indicator nou
indicator-table-name = Nume
indicator-table-unit = Unitate
indicator-table-target-month-yyyy-mm = Luna țintă (AAAA-LL)
indicator-table-means-verification = Sursa de verificare
indicator-table-save-indicator = Salvează indicatorul
indicator-table-cancel = Anulează
indicator-table-delete-indicator = Șterge indicatorul

## components/plan/MarkdownEditor.svelte
markdown-editor-text = Textul „{ $title }”
markdown-editor-markdown = (Markdown)
markdown-editor-hide-preview = Ascunde previzualizarea
markdown-editor-show-preview = Arată previzualizarea
markdown-editor-preview = Previzualizare
markdown-editor-nothing-written-yet = Nimic scris încă.
markdown-editor-preview-2 = Previzualizarea { $title }

## components/plan/NewPlanDialog.svelte
new-plan-dialog-new-action-plan = Plan de acțiune nou
new-plan-dialog-city = Oraș
new-plan-dialog-no-partner-city = Niciun oraș partener
new-plan-dialog-partner-has-plan = { $name } (are un plan)
new-plan-dialog-title = Titlu
new-plan-dialog-creating = Se creează…
new-plan-dialog-create-plan = Creează planul
new-plan-dialog-cancel = Anulează

## components/plan/RiskTable.svelte
risk-table-no-risks-recorded-yet = Încă nu sunt riscuri înregistrate.
risk-table-risks-highest-score-first = Riscuri, cel mai mare scor primul
risk-table-risk = Risc
risk-table-likelihood = Probabilitate
risk-table-impact = Impact
risk-table-score = Scor
risk-table-mitigation = Atenuare
risk-table-owner = Responsabil
risk-table-edit = Editează
risk-table-edit-risk = Editează riscul: { $description }
risk-table-add-risk = Adaugă un risc
risk-table-edit-risk-2 = Editează riscul
risk-table-new-risk = Risc nou
risk-table-what-could-go-wrong = Ce ar putea merge prost
risk-table-save-risk = Salvează riscul
risk-table-cancel = Anulează
risk-table-delete-risk = Șterge riscul

## components/plan/SectionOutline.svelte
section-outline-plan-outline = Structura planului
section-outline-sections = Secțiuni
section-outline-alt-up-alt-down = Alt+Sus și Alt+Jos mută o secțiune.
section-outline-nothing-written-yet = Nimic scris încă
section-outline-empty = goală
section-outline-open-comment-count = { $count ->
    [one] { $count } comentariu deschis
    [few] { $count } comentarii deschise
   *[other] { $count } de comentarii deschise
}
section-outline-title-new-section = Titlul secțiunii noi
section-outline-add = Adaugă
section-outline-cancel = Anulează
section-outline-add-section = + Adaugă o secțiune
section-outline-plan = Plan

## components/plan/StatusControl.svelte
status-control-status = Stare:
status-control-on = la { $date }
status-control-date-council-adopted-plan = Data la care consiliul local a adoptat planul
status-control-record-adoption = Înregistrează adoptarea
status-control-cancel = Anulează
status-control-status-history = Istoricul stării ({ $length })
status-control-adopted = (adoptat la { $date })

## components/poll/PollForm.svelte
poll-form-start-poll = Începe un sondaj
poll-form-meeting-title = Titlul reuniunii
poll-form-transnational-meeting-3 = Reuniunea transnațională 3
poll-form-kind = Tip
poll-form-host = Gazdă
poll-form-no-host = Fără gazdă
poll-form-dates-offered-one-line = Date propuse, câte una pe rând
poll-form-time-clock-zone-below = O oră după ceasul fusului de mai jos (al gazdei, dacă e gol); o dată singură înseamnă o zi întreagă, aceeași peste tot.
poll-form-time-zone = Fus orar
poll-form-europe-riga = Europe/Riga
poll-form-answer = Răspuns până la
poll-form-yyyy-mm-dd = AAAA-LL-ZZ
poll-form-starting = Se pornește…
poll-form-start-poll-2 = Pornește sondajul
poll-form-close-without-saving = Închide fără a salva

## components/poll/PollsSection.svelte
polls-section-polls = Sondaje
polls-section-new-poll = Sondaj nou
polls-section-no-polls-yet-poll = Încă nu există sondaje. Un sondaj îi întreabă pe parteneri ce date le convin, iar data aleasă devine o reuniune.
polls-section-list-dates = { $count ->
    [one] { $count } dată
    [few] { $count } date
   *[other] { $count } de date
}
polls-section-list-dates-deadline = { $count ->
    [one] { $count } dată, răspuns până la { $deadline }
    [few] { $count } date, răspuns până la { $deadline }
   *[other] { $count } de date, răspuns până la { $deadline }
}
polls-section-closed = Închis
polls-section-open = Deschis
polls-section-reading = Se citește…
polls-section-add-reply-files = Adaugă fișiere de răspuns…
polls-section-hosted = Gazdă: { $host_name }
polls-section-no-host = Fără gazdă
polls-section-answer-by = răspuns până la { $deadline }
polls-section-invitations-written-to = { $count ->
    [one] invitații redactate pentru { $count } adresă
    [few] invitații redactate pentru { $count } adrese
   *[other] invitații redactate pentru { $count } de adrese
}
polls-section-closed-became-meeting = Închis: data aleasă a devenit o reuniune. Sondajul rămâne cum era.
polls-section-open-meeting = Deschide reuniunea
polls-section-drop-partners-reply-e = Trageți în fereastră e-mailurile de răspuns ale partenerilor (.eml) sau fișierele lor de calendar (.ics), ori adăugați-le cu butonul. Sau alegeți un răspuns într-o celulă.
polls-section-your-e-mail-address = Adresa dumneavoastră de e-mail
polls-section-coordinator-network-eu = coordonator@retea.eu
polls-section-writing = Se redactează…
polls-section-write-invitations = Redactează invitațiile
polls-section-wrote-messages = { $count ->
    [one] { $count } mesaj redactat în { $folder }: deschideți-l în programul de e-mail și trimiteți-l.
    [few] { $count } mesaje redactate în { $folder }: deschideți fiecare mesaj în programul de e-mail și trimiteți-l.
   *[other] { $count } de mesaje redactate în { $folder }: deschideți fiecare mesaj în programul de e-mail și trimiteți-l.
}
polls-section-wrote-messages-folder-open = { $count ->
    [one] { $count } mesaj redactat în { $folder }, acum deschis: deschideți-l în programul de e-mail și trimiteți-l.
    [few] { $count } mesaje redactate în { $folder }, acum deschis: deschideți fiecare mesaj în programul de e-mail și trimiteți-l.
   *[other] { $count } de mesaje redactate în { $folder }, acum deschis: deschideți fiecare mesaj în programul de e-mail și trimiteți-l.
}
polls-section-one-e-mail-per = Un e-mail pentru fiecare contact al fiecărui partener: fiecare dată ca o rezervare provizorie pe care partenerul o acceptă sau o refuză în calendarul lui, și un tabel de răspunsuri de completat de mână.
polls-section-dismiss = Închide
polls-section-answers-partners-dates-each = Răspunsuri la { $title }: parteneri pe date, fiecare dată după ceasul partenerului
polls-section-partner = Partener
polls-section-date-2 = Data { $number }
polls-section-yes-if-need-no = { $yes } da · { $maybe } la nevoie · { $no } nu
polls-section-choose-date = Alege această dată
polls-section-date-3 = { $name }, data { $number }
polls-section-no-answer = Fără răspuns
polls-section-not-answered-yet = Încă nu au răspuns: { $not_answered }.
polls-section-choose-date-2 = Alegeți data { $number }?
polls-section-will-created-confirmed-meeting = { $title } va fi creată ca reuniune confirmată la { $when }, iar sondajul va fi închis: nu se va mai putea răspunde.
polls-section-create-meeting = Creează reuniunea
polls-section-dropped-no-poll = { $count ->
    [one] Un fișier a fost depus, dar nu este ales niciun sondaj deschis: alegeți mai întâi un sondaj, apoi depuneți răspunsurile lui.
    [few] { $count } fișiere au fost depuse, dar nu este ales niciun sondaj deschis: alegeți mai întâi un sondaj, apoi depuneți răspunsurile lui.
   *[other] { $count } de fișiere au fost depuse, dar nu este ales niciun sondaj deschis: alegeți mai întâi un sondaj, apoi depuneți răspunsurile lui.
}

## screens/FirstRun.svelte
first-run-welcome-convene = Bun venit în Convene
first-run-convene-helps-coordinators-partners = Convene îi ajută pe coordonatorii și partenerii rețelelor transnaționale de orașe — rețele URBACT și proiecte europene similare — să își țină munca într-un singur loc.
first-run-networks-partner-cities = Rețele și orașe partenere
first-run-point-networks = { $term }, cu contactele și grupurile lor locale.
first-run-meetings-across-time-zones = Reuniuni peste fusuri orare
first-run-point-meetings = { $term }: ora locală a fiecărui partener dintr-o privire, ordini de zi și participare.
first-run-everything-stays-on-computer = Totul rămâne pe acest calculator, într-un singur fișier de bază de date.
first-run-everything-stays-in-file = Totul rămâne pe acest calculator, într-un singur fișier de bază de date: { $path }.
first-run-timelines = Cronologii
first-run-meetings-milestones-what-needs = ale reuniunilor și etapelor, și ce are nevoie de atenția dumneavoastră în continuare.
first-run-action-plans-good-practices = Planuri de acțiune și bune practici
first-run-cities-share-transfer = pe care orașele le împărtășesc și le transferă.
first-run-example-networks-loaded = Rețelele exemplu sunt încărcate
first-run-open-convene = Deschide Convene
first-run-see-networks = Vezi rețelele
first-run-how-would-you-like = Cum doriți să începeți?
first-run-loading-examples = Se încarcă exemplele…
first-run-load-example-networks = Încarcă rețelele exemplu
first-run-four-urbact-networks-techtown = Patru rețele URBACT (TechTown, Find your Greatness, DigiPlace, IoTXchange) și trei bune practici, citite din paginile lor publice. Veți vedea ce nu a putut plasa importul.
first-run-start-empty = Începe gol
first-run-begin-no-data-add = Începeți fără date și adăugați propria rețea.

## screens/Home.svelte
home-home = Acasă
home-what-coming-up-across = Ce urmează în rețelele dumneavoastră.
home-new-meeting = Reuniune nouă
home-loading = Se încarcă…
home-next-meetings = Următoarele reuniuni
home-no-meetings-ahead = Nicio reuniune în perspectivă.
home-plan-one = Programați una
home-hosted = Gazdă: { $host_name }
home-no-host-yet = Încă fără gazdă
home-needs-attention = Necesită atenție
home-nothing-needs-attention = Nimic nu necesită atenție.
home-attention-show-all = Arată toată lista (încă { $count })
home-checking-travel = Se verifică deplasările și sărbătorile pentru întâlnirile următoare…
home-travel-check-failed = Deplasările și sărbătorile pentru întâlnirile următoare nu au putut fi verificate: { $error }
home-timeline-failed = Această cronologie nu a putut fi încărcată: { $error } Deschideți pagina rețelei pentru a-i vedea întâlnirile.
home-timelines = Cronologii
home-no-networks-yet = Încă nu există rețele.
home-add-network = Adaugă o rețea
home-project-months = { $start } – { $end }
home-project-dates-not-set = Datele proiectului nu sunt stabilite
home-dated-items-not-drawn = { $count ->
    [one] Încă { $count } element datat nu este desenat; vedeți reuniunile rețelei.
    [few] Încă { $count } elemente datate nu sunt desenate; vedeți reuniunile rețelei.
   *[other] Încă { $count } de elemente datate nu sunt desenate; vedeți reuniunile rețelei.
}
home-not-dated-yet = Încă fără dată
home-more = și încă { $omitted_undated }.
home-meeting = reuniune
home-tentative = provizorie
home-milestone = etapă
home-today = azi

## screens/MeetingEdit.svelte
meeting-edit-new-meeting = Reuniune nouă
meeting-edit-edit = Editează „{ $originalTitle }”
meeting-edit-fields-marked-required-times = Câmpurile marcate cu * sunt obligatorii. Orele se scriu HH:MM, în format de 24 de ore.
meeting-edit-loading = Se încarcă…
meeting-edit-network = Rețea
meeting-edit-choose = Alegeți…
meeting-edit-title = Titlu
meeting-edit-kind = Tip
meeting-edit-host = Gazdă
meeting-edit-no-host-yet = Încă fără gazdă
meeting-edit-status = Stare
meeting-edit-when = Când
meeting-edit-kind-date = Tipul datei
meeting-edit-at-time = La o oră
meeting-edit-all-day = Toată ziua
meeting-edit-not-dated-yet = Încă fără dată
meeting-edit-start-date = Data de început *
meeting-edit-yyyy-mm-dd = AAAA-LL-ZZ
meeting-edit-start-time = Ora de început *
meeting-edit-hh-mm = HH:MM
meeting-edit-end-date = Data de sfârșit
meeting-edit-same-day = aceeași zi
meeting-edit-end-time = Ora de sfârșit *
meeting-edit-leave-end-date-empty = Lăsați data de sfârșit goală pentru o reuniune de o zi.
meeting-edit-time-zone-these-times = Fusul orar al acestor ore
meeting-edit-europe-riga = Europe/Riga
meeting-edit-host-s-zone-unless = Fusul gazdei, dacă nu alegeți altul.
meeting-edit-iana-zone-such-europe = Un fus IANA, de exemplu Europe/Riga; alegerea unei gazde îl completează.
meeting-edit-first-day = Prima zi
meeting-edit-last-day = Ultima zi
meeting-edit-year-if-known = Anul, dacă se știe
meeting-edit-month-if-known = Luna, dacă se știe
meeting-edit-not-known = Necunoscută
meeting-edit-when-words = Când, în cuvinte
meeting-edit-after-summer-limerick = După vară, la Limerick
meeting-edit-worth-second-look = De verificat încă o dată:
meeting-edit-mode = Format
meeting-edit-online-link = Link online
meeting-edit-https = https://
meeting-edit-only-needed-online-hybrid = Necesar doar pentru reuniuni online sau hibride.
meeting-edit-venue = Loc
meeting-edit-description = Descriere
meeting-edit-saving = Se salvează…
meeting-edit-add-meeting = Adaugă reuniunea
meeting-edit-save-changes = Salvează modificările
meeting-edit-back-without-saving = Înapoi fără a salva

## screens/MeetingPage.svelte
meeting-page-back-meetings = Înapoi la reuniuni
meeting-page-loading = Se încarcă…
meeting-page-network = Rețea
meeting-page-meetings = Reuniuni
meeting-page-edit = Editează
meeting-page-delete = Șterge
meeting-page-status = Stare
meeting-page-change-status = Schimbă starea:
meeting-page-postpone = Amână
meeting-page-status-changed = { $step ->
    [confirmed] „{ $title }” este confirmată.
    [cancelled] „{ $title }” este anulată.
    [held] „{ $title }” este marcată ca ținută.
    [postponed-to-date] „{ $title }” este amânată la noua dată (provizorie până la confirmare).
   *[postponed] „{ $title }” este amânată fără dată nouă.
}
meeting-page-details = Detalii
meeting-page-host = Gazdă
meeting-page-no-host-yet = Încă fără gazdă
meeting-page-mode = Format
meeting-page-venue = Loc
meeting-page-online-link = Link online
meeting-page-calendar-revision = Revizia de calendar
meeting-page-grows-every-change-calendars = Crește la fiecare schimbare pe care calendarele trebuie să o afle
meeting-page-delete-2 = Ștergeți „{ $title }”?
meeting-page-meeting-its-agenda-its = Reuniunea, ordinea ei de zi și participarea vor fi șterse. Pentru a păstra o evidență că nu va avea loc, anulați-o în schimb.
meeting-page-delete-meeting = Șterge reuniunea

## screens/Meetings.svelte
meetings-meetings = Reuniuni
meetings-all-networks = Toate rețelele
meetings-view = Vizualizare
meetings-list = Listă
meetings-calendar = Calendar
meetings-new-meeting = Reuniune nouă
meetings-network = Rețea
meetings-period = Perioadă
meetings-upcoming-not-dated = Următoare și fără dată
meetings-past = Trecute
meetings-all = Toate
meetings-status = Stare
meetings-any = Oricare
meetings-not-cancelled = Neanulate
meetings-words-title-host-venue = Cuvinte din titlu, gazdă, loc sau rețea
meetings-loading = Se încarcă…
meetings-meetings-2 = { $length } din { $length2 } reuniuni
meetings-no-meeting-matches = Nicio reuniune nu corespunde.

## screens/NetworkEdit.svelte
network-edit-new-network = Rețea nouă
network-edit-edit = Editează { $original }
network-edit-fields-marked-required = Câmpurile marcate cu * sunt obligatorii.
network-edit-name = Nume
network-edit-short-name = Nume scurt
network-edit-used-file-names-command = Folosit în numele de fișiere și în linia de comandă; format din nume dacă e gol.
network-edit-kind-network = Tipul rețelei
network-edit-programme = Program
network-edit-start-date = Data de început
network-edit-yyyy-mm-dd = AAAA-LL-ZZ
network-edit-end-date = Data de sfârșit
network-edit-contact-e-mail = E-mail de contact
network-edit-name-example-org = nume@exemplu.org
network-edit-website = Site web
network-edit-https = https://
network-edit-lead-partner = Partener principal
network-edit-not-chosen = Neales
network-edit-tagline = Slogan
network-edit-description = Descriere
network-edit-phases = Faze
network-edit-no-phases-urbact-networks = Nicio fază. Rețelele URBACT au de obicei două.
network-edit-phase-name = Numele fazei { $value }
network-edit-starts = Început
network-edit-ends = Sfârșit
network-edit-remove-phase = Elimină faza { $value }
network-edit-remove = Elimină
network-edit-add-phase = Adaugă o fază
network-edit-saving = Se salvează…
network-edit-add-network = Adaugă rețeaua
network-edit-save-changes = Salvează modificările
network-edit-back-without-saving = Înapoi fără a salva
network-edit-loading = Se încarcă…

## screens/NetworkPage.svelte
network-page-back-networks = Înapoi la rețele
network-page-loading = Se încarcă…
network-page-networks = Rețele
network-page-new-meeting = Reuniune nouă
network-page-edit-network = Editează rețeaua
network-page-delete-network = Șterge rețeaua
network-page-about-network = Despre rețea
network-page-kind = Tip
network-page-programme = Program
network-page-runs = Durată
network-page-lead-partner = Partener principal
network-page-contact = Contact
network-page-website = Site web
network-page-dates-not-set = Date nestabilite
network-page-sections-page = Secțiunile acestei pagini
network-page-partners = Parteneri ({ $length })
network-page-meetings = Reuniuni ({ $length })
network-page-polls = Sondaje
network-page-milestones = Etape ({ $length })
network-page-holidays-days-off = Sărbători și zile libere
network-page-action-plans = Planuri de acțiune ({ $length })
network-page-import-notes = Note de import ({ $length })
network-page-partners-2 = Parteneri
network-page-add-partner = Adaugă un partener
network-page-no-partners-yet = Încă nu există parteneri.
network-page-choose-partner-see-edit = Alegeți un partener pentru a-i vedea și edita contactele și grupul local.
network-page-meetings-2 = Reuniuni
network-page-calendar = Calendar
network-page-no-meetings-yet = Încă nu există reuniuni.
network-page-meetings-3 = Reuniunile { $name }
network-page-timeline-milestones = Cronologie și etape
network-page-add-milestone = Adaugă o etapă
network-page-no-milestones-yet-add = Încă nu există etape. Adăugați pașii care nu sunt reuniuni: sfârșituri de fază, termene, livrabile.
network-page-milestones-2 = Etapele { $name }
network-page-done = Realizată
network-page-edit = Editează { $title }
network-page-edit-2 = Editează
network-page-delete = Șterge { $title }
network-page-delete-2 = Șterge
network-page-action-plans-2 = Planuri de acțiune
network-page-new-plan = Plan nou
network-page-no-action-plans-yet = Încă nu există planuri de acțiune.
network-page-action-plans-status-last = Planurile de acțiune ale { $name }: stare și ultima modificare
network-page-plan = Plan
network-page-city = Oraș
network-page-status = Stare
network-page-last-change = Ultima modificare
network-page-comments = Comentarii
network-page-version = { $last_change_by }, versiunea { $revision_number }
network-page-settle = { $open_conflicts } de rezolvat
network-page-import-notes-2 = Note de import
network-page-lines-imported-pages-could = Rândurile paginilor importate care nu au putut fi plasate, păstrate cuvânt cu cuvânt.
network-page-none = Niciuna.
network-page-line = Rândul { $line }
network-page-delete-3 = Ștergeți { $name }?
network-page-milestone-will-deleted-from = Etapa { $name } va fi ștearsă din cronologie.
network-page-deleting-also-affects = Ștergerea { $name } afectează și:
network-page-nothing-else-depends-will = Nimic altceva nu depinde de { $name }. Va fi șters.
network-page-delete-network-2 = Șterge rețeaua
network-page-delete-milestone = Șterge etapa
network-page-delete-partner = Șterge partenerul

## screens/Networks.svelte
networks-networks = Rețele
networks-city-networks-you-coordinate = Rețelele de orașe pe care le coordonați sau la care participați.
networks-new-network = Rețea nouă
networks-loading = Se încarcă…
networks-no-networks-yet = Încă nu există rețele.
networks-add-your-first-network = Adăugați prima rețea
networks-filter-networks = Filtrează rețelele
networks-name-tagline = Nume sau slogan
networks-partner-count = { $count ->
    [one] { $count } partener
    [few] { $count } parteneri
   *[other] { $count } de parteneri
}
networks-meeting-count = { $count ->
    [one] { $count } reuniune
    [few] { $count } reuniuni
   *[other] { $count } de reuniuni
}
networks-lead = Partener principal: { $lead_partner }
networks-edit = Editează { $name }
networks-edit-2 = Editează
networks-delete = Șterge { $name }
networks-delete-2 = Șterge
networks-no-network-matches = Nicio rețea nu corespunde cu „{ $filter }”.
networks-delete-3 = Ștergeți { $name }?
networks-deleting-also-deletes-everything = Ștergerea { $name } șterge și tot ce îi aparține:
networks-has-nothing-else-will = { $name } nu mai conține nimic altceva. Va fi ștearsă.
networks-delete-network = Șterge rețeaua

## screens/PlanPage.svelte
plan-page-back-networks = Înapoi la rețele
plan-page-loading = Se încarcă…
plan-page-networks = Rețele
plan-page-no-partner-city = Niciun oraș partener
plan-page-version = { $value } · versiunea { $number }, { $author }, { $instant }
plan-page-partner-changed-parts = { $count ->
    [one] Copia unui partener a modificat o parte pe care ați modificat-o și dumneavoastră.
    [few] Copia unui partener a modificat { $count } părți pe care le-ați modificat și dumneavoastră.
   *[other] Copia unui partener a modificat { $count } de părți pe care le-ați modificat și dumneavoastră.
}
plan-page-export-exchange = Export și schimb
plan-page-choose-which-text-keep = Alegeți ce text rămâne
plan-page-rename = Redenumește…
plan-page-remove = Elimină…
plan-page-new-title = Titlu nou
plan-page-rename-2 = Redenumește
plan-page-cancel = Anulează
plan-page-comments = Comentarii
plan-page-actions = Acțiuni
plan-page-budget = Buget
plan-page-timeline = Cronologie
plan-page-timeline-actions = Cronologia acțiunilor din { $title }
plan-page-indicators = Indicatori
plan-page-risks = Riscuri
plan-page-history = Istoric
plan-page-conflicts-settle = Conflicte de rezolvat
plan-page-nothing-settle = Nimic de rezolvat.
plan-page-remove-2 = Eliminați „{ $title }”?
plan-page-section-leaves-plan-its = Secțiunea iese din plan. Textul ei rămâne în istoric și revine dacă se restaurează o versiune anterioară.
plan-page-remove-section = Elimină secțiunea
plan-page-keep = Păstreaz-o

## screens/PracticeEdit.svelte
practice-edit-good-practices = Bune practici
practice-edit-new-good-practice = Bună practică nouă
practice-edit-edit = Editează { $original }
practice-edit-fields-marked-required = Câmpurile marcate cu * sunt obligatorii.
practice-edit-back-good-practices = Înapoi la bunele practici
practice-edit-title = Titlu
practice-edit-tagline = Slogan
practice-edit-one-sentence-says-what = O frază care spune ce face practica.
practice-edit-city = Oraș
practice-edit-country = Țară
practice-edit-not-given = Neindicat
practice-edit-written = Scrisă de
practice-edit-author-s-role = Funcția autorului
practice-edit-project-officer-city-ga = Responsabil de proiect, Primăria Gävle
practice-edit-key-figure = Cifră-cheie
practice-edit-figure-practice-puts-forward = O cifră pe care practica o pune în evidență, de exemplu populația orașului.
practice-edit-transfer-practice-networks-take = O practică de transfer (rețelele o preiau în orașele lor)
practice-edit-networks-transfer = Rețele care o transferă
practice-edit-no-networks-yet = Încă nu există rețele.
practice-edit-sections = Secțiuni
practice-edit-no-sections-yet-urbact = Încă nu există secțiuni. Paginile URBACT au de obicei câteva: problema, soluția, rezultatele.
practice-edit-section-heading = Titlul secțiunii { $value }
practice-edit-section-text = Textul secțiunii { $value }
practice-edit-move-section-up = Mută în sus secțiunea { $value }
practice-edit-move-up = Mută în sus
practice-edit-move-section-down = Mută în jos secțiunea { $value }
practice-edit-move-down = Mută în jos
practice-edit-remove-section = Elimină secțiunea { $value }
practice-edit-remove = Elimină
practice-edit-add-section = Adaugă o secțiune
practice-edit-saving = Se salvează…
practice-edit-add-practice = Adaugă practica
practice-edit-save-changes = Salvează modificările
practice-edit-back-without-saving = Înapoi fără a salva
practice-edit-loading = Se încarcă…

## screens/PracticePage.svelte
practice-page-back-good-practices = Înapoi la bunele practici
practice-page-loading = Se încarcă…
practice-page-good-practices = Bune practici
practice-page-edit-practice = Editează practica
practice-page-delete-practice = Șterge practica
practice-page-city = Oraș
practice-page-key-figure = Cifră-cheie
practice-page-written = Scrisă de
practice-page-transferred = Transferată de
practice-page-no-network-yet = Încă nicio rețea
practice-page-practice-has-no-written = Această practică nu are încă secțiuni scrise.
practice-page-delete = Ștergeți { $title }?
practice-page-delete-practice-2 = Șterge practica

## screens/Practices.svelte
practices-good-practices = Bune practici
practices-solutions-worked-one-city = Soluții care au funcționat într-un oraș, descrise ca altele să le poată prelua.
practices-add-practice = Adaugă o practică
practices-loading = Se încarcă…
practices-no-good-practices-yet = Încă nu există bune practici. Adăugați una sau importați pagini URBACT (Setări › Importă pagini).
practices-city-not-given = Oraș neindicat
practices-transfer = Transfer

## screens/SearchPage.svelte
search-page-search = Căutare
search-page-networks-partners-meetings-action = Rețele, parteneri, reuniuni, planuri de acțiune și bune practici. Diacriticele nu contează: „Gavle” găsește Gävle. Apăsați Ctrl+K oriunde pentru a căuta.

## Labels of the core's closed sets
label-meeting-kind-kick-off = Lansare
label-meeting-kind-transnational = Reuniune transnațională
label-meeting-kind-city-visit = Vizită în oraș
label-meeting-kind-final-event = Eveniment final
label-meeting-kind-local-group = Grup local URBACT
label-meeting-kind-online-touch-base = Scurtă reuniune online
label-meeting-kind-phase-review = Bilanț de fază
label-meeting-kind-other = Altele
label-poll-answer-yes = Da
label-poll-answer-maybe = La nevoie
label-poll-answer-no = Nu
label-meeting-mode-in-person = Cu prezență fizică
label-meeting-mode-online = Online
label-meeting-mode-hybrid = Hibrid
label-meeting-status-tentative = Provizorie
label-meeting-status-confirmed = Confirmată
label-meeting-status-held = Ținută
label-meeting-status-postponed = Amânată
label-meeting-status-cancelled = Anulată
label-attendance-invited = Invitat
label-attendance-accepted = A acceptat
label-attendance-declined = A refuzat
label-attendance-tentative = Poate
label-attendance-attended = A participat
label-network-kind-action-planning = Planificarea acțiunilor
label-network-kind-transfer = Transfer
label-network-kind-innovation-transfer = Transfer de inovare
label-network-kind-implementation = Implementare
label-network-kind-other = Altele
label-partner-role-lead-partner = Partener principal
label-partner-role-partner = Partener
label-partner-role-good-practice-city = Oraș de bună practică
label-partner-role-transfer-city = Oraș de transfer
label-partner-role-associated = Asociat
label-plan-status-draft = Ciornă
label-plan-status-in-review = În revizuire
label-plan-status-final = Final
label-plan-status-adopted = Adoptat
label-funding-source-city = Bugetul local
label-funding-source-erdf = FEDR
label-funding-source-esf-plus = FSE+
label-funding-source-national = Național
label-funding-source-regional = Regional
label-funding-source-private = Privat
label-funding-source-other = Altele
label-action-status-idea = Idee
label-action-status-planned = Planificată
label-action-status-ongoing = În desfășurare
label-action-status-done = Încheiată
label-action-status-dropped = Abandonată
label-indicator-kind-output = Realizare
label-indicator-kind-result = Rezultat
label-revision-kind-created = Creat
label-revision-kind-edit = Editat
label-revision-kind-restore = Restaurat
label-revision-kind-received = Primit
label-revision-kind-merge = Combinat
label-revision-kind-resolve = Conflict rezolvat
label-milestone-kind-phase = Început sau sfârșit de fază
label-milestone-kind-deadline = Termen
label-milestone-kind-deliverable = Livrabil
label-milestone-kind-decision = Decizie
label-milestone-kind-event = Eveniment
label-milestone-kind-other = Altele
label-hit-kind-network = Rețea
label-hit-kind-partner = Partener
label-hit-kind-meeting = Reuniune
label-hit-kind-plan = Plan de acțiune
label-hit-kind-practice = Bună practică
label-day-off-source-national = Sărbătoare legală
label-day-off-source-regional = Sărbătoare regională
label-day-off-source-local = Zi liberă locală

## Messages written by the scripts
settings-plan-versions-comments-will = Versiunile planurilor și comentariile vor fi semnate „{ $name }”.
settings-backup-saved = Copie salvată în { $path }.
settings-everything-was-exported = Totul a fost exportat în { $path }.
settings-restored-from-data-you = Restaurat din { $from }. Datele pe care le aveați înainte au fost păstrate într-o copie lângă baza de date.
settings-backup-restored = Copie restaurată.
network-page-list-countries-could-not = Lista țărilor nu a putut fi încărcată, așa că se afișează codurile și țara unui partener nu poate fi aleasă: { $error }
network-page-list-time-zones-could = Lista fusurilor orare nu a putut fi încărcată, așa că formularul partenerului nu propune niciunul: { $error }
network-page-was-saved = { $name } a fost salvat.
network-page-was-added = { $name } a fost adăugat.
network-page-calendar-was-imported-but = Calendarul a fost importat, dar reuniunile nu au putut fi afișate din nou: { $error } Deschideți din nou rețeaua pentru a le vedea.
network-page-meeting-was-created-but = Reuniunea a fost creată, dar reuniunile nu au putut fi afișate din nou: { $error } Deschideți din nou rețeaua pentru a o vedea.
network-page-was-saved-2 = { $title } a fost salvată.
network-page-was-added-2 = { $title } a fost adăugată.
network-page-was-deleted = { $name } a fost șters.
network-page-plan-created = { $title } a fost creat.
network-page-not-set = Nestabilite
network-page-from = Din { $date }
network-page-until = Până la { $date }
agenda-editor-untitled-item = punct fără titlu
agenda-editor-removed-save-agenda-keep = „{ $value }” a fost eliminat. Salvați ordinea de zi pentru a păstra modificarea.
reorder-moved = „{ $title }” a fost mutat pe poziția { $position } din { $count }.
reorder-moved-untitled = Un element fără titlu a fost mutat pe poziția { $position } din { $count }.
agenda-editor-agenda-saved = Ordinea de zi a fost salvată.
confirm-dialog-go-back = Înapoi
days-off-section-days-off-could-not = Zilele libere nu au putut fi încărcate: { $error }
days-off-section-day-off-was-recorded = Ziua liberă { $name } din { $date } a fost înregistrată pentru { $partnerName }.
days-off-section-day-off-was-removed = Ziua liberă { $name } a { $partnerName } a fost eliminată.
meeting-list-meetings = Reuniuni
nav-home = Acasă
nav-networks = Rețele
nav-meetings = Reuniuni
nav-good-practices = Bune practici
nav-search-2 = Căutare
nav-settings = Setări
partner-form-regions-could-not-loaded = Regiunile nu au putut fi încărcate, deci nu se poate alege niciuna: { $value }
postpone-dialog-give-new-date-yyyy = Indicați data nouă (AAAA-LL-ZZ) sau alegeți „Încă fără dată nouă”.
postpone-dialog-give-start-end-times = Indicați orele de început și de sfârșit (HH:MM) sau alegeți „Încă fără dată nouă”.
timeline-milestone = Etapă
timeline-meeting = Reuniune
export-calendar-button-export-cancelled-no-file = Export anulat: nu a fost scris niciun fișier.
import-calendar-button-import-cancelled-nothing-was = Import anulat: nu s-a importat nimic, iar reuniunile au rămas cum erau.
import-calendar-dialog-more-network-s-meetings = … și încă { $value }, în reuniunile rețelei.
action-details-give-amount-source-pays = Indicați suma pe care o plătește această sursă, în euro.
action-table-moved-place = „{ $title }” a fost mutată pe locul { $value } din { $length }.
comments-write-comment-first = Scrieți mai întâi comentariul.
conflict-resolver-action = Acțiune
conflict-resolver-indicator = Indicator
conflict-resolver-risk = Risc
export-send-bar-word-docx = Word (.docx)
export-send-bar-markdown = Markdown
gantt-chart-timeline-actions = Cronologia acțiunilor
history-action = Acțiune
history-indicator = Indicator
history-risk = Risc
markdown-editor-all-changes-saved = Toate modificările sunt salvate
markdown-editor-saving = Se salvează…
markdown-editor-unsaved-changes = Modificări nesalvate
markdown-editor-not-saved = Nesalvat: { $error }
new-plan-dialog-integrated-action-plan = Planul de Acțiune Integrat al { $name }
risk-table-rare = Rar
risk-table-unlikely = Puțin probabil
risk-table-possible = Posibil
risk-table-likely = Probabil
risk-table-almost-certain = Aproape sigur
risk-table-minor = Minor
risk-table-moderate = Moderat
risk-table-serious = Serios
risk-table-major = Major
risk-table-severe = Grav
status-control-back-draft = Înapoi la ciornă
status-control-send-review = Trimite la revizuire
status-control-mark-final = Marchează ca final
status-control-record-adoption-2 = Înregistrează adoptarea…
status-control-back = { $status ->
        [draft] Înapoi la ciornă
        [in_review] Înapoi la revizuire
       *[final] Înapoi la final
    }
poll-form-give-meeting-title = Dați un titlu reuniunii.
poll-form-offer-at-least-date = Propuneți cel puțin o dată, câte una pe rând.
poll-form-write-deadline-yyyy-mm = Scrieți termenul ca AAAA-LL-ZZ.
polls-section-poll-closed-was-created = Sondajul este închis: { $title } a fost creată pentru { $text }.
polls-section-poll-started = { $count ->
    [one] Sondajul { $title } a pornit cu { $count } dată.
    [few] Sondajul { $title } a pornit cu { $count } date.
   *[other] Sondajul { $title } a pornit cu { $count } de date.
}
first-run-examples-could-not-loaded = Exemplele nu au putut fi încărcate: { $error }
home-import = Import
home-soon-not-confirmed = Curând, neconfirmată
home-no-host = Fără gazdă
home-travel = Călătorie
meeting-edit-enter-start-end-see = Introduceți un început și un sfârșit pentru a vedea ora fiecărui partener.
meeting-edit-choose-network-meeting-belongs = Alegeți rețeaua căreia îi aparține reuniunea.
meeting-edit-list-time-zones-could = Lista fusurilor orare nu a putut fi încărcată, așa că câmpul fusului nu propune niciunul (fusul este totuși verificat la salvare): { $error }
meeting-edit-local-times-shown-meetings = Orele locale se afișează pentru reuniunile cu oră de început și de sfârșit.
meeting-edit-choose-network-see-its = Alegeți rețeaua pentru a vedea orele locale ale partenerilor ei.
meeting-edit-enter-start-end-time = Introduceți un început, un sfârșit și un fus orar (sau o gazdă) pentru a vedea ora fiecărui partener.
meeting-edit-no-local-times-yet = Încă nu există ore locale: { $error }
meeting-edit-form-now-has-time = Formularul are acum această oră; verificați și salvați.
meeting-edit-form-now-has-those = Formularul are acum aceste zile; verificați și salvați.
meeting-edit-was-added = „{ $title }” a fost adăugată.
meeting-edit-was-saved = „{ $title }” a fost salvată.
meeting-page-confirm = Confirmă
meeting-page-cancel-meeting = Anulează reuniunea
meeting-page-mark-held = Marchează ca ținută
meeting-page-was-deleted = „{ $title }” a fost ștearsă.
meeting-page-all-day-meeting-has = O reuniune pe zile întregi are aceleași date peste tot; orele locale se afișează pentru reuniunile cu oră de început și de sfârșit.
meeting-page-meeting-has-no-date = Reuniunea nu are încă o dată.
meetings-partners-holidays-could-not = Sărbătorile partenerilor nu au putut fi afișate: { $error }
network-edit-was-added = { $name } a fost adăugată.
network-edit-was-saved = { $name } a fost salvată.
networks-was-deleted = { $name } a fost ștearsă.
networks-dates-not-set = date nestabilite
plan-page-actions-budget-timeline = Acțiuni, buget și cronologie
plan-page-indicators-2 = Indicatori
plan-page-risks-2 = Riscuri
plan-page-history-2 = Istoric
plan-page-conflicts-settle-2 = Conflicte de rezolvat
plan-page-was-removed-its-text = „{ $title }” a fost eliminată; textul ei rămâne în istoric.
plan-page-new-action = Acțiunea nouă { $n }
plan-page-version-was-restored-new = Versiunea { $number } a fost restaurată ca versiune nouă.
plan-page-plan-now = Planul este acum „{ $next }”.
practice-edit-list-countries-could-not = Lista țărilor nu a putut fi încărcată: { $error }
practice-edit-was-added = { $title } a fost adăugată.
practice-edit-was-saved = { $title } a fost salvată.
practice-page-country-names-could-not = Numele țărilor nu au putut fi încărcate, așa că se afișează codurile: { $error }
practice-page-was-deleted = { $title } a fost ștearsă.
practice-page-practice = Practica
practice-page-practice-its-section = Practica și secțiunea ei
practice-page-practice-its-sections = Practica și cele { $sections } secțiuni ale ei
practice-page-will-deleted-networks-transfer = { $what } va fi ștearsă. Rețelele care o transferă rămân cum sunt.
practices-country-names-could-not = Numele țărilor nu au putut fi încărcate, așa că se afișează codurile: { $error }
agenda-form-item-must-end-after = Punctul trebuie să se termine după ce începe.
days-off-partners-off = { $length } parteneri liberi
days-off-line = { $source ->
    [national] { $partner } ({ $place }): { $holiday } (sărbătoare legală)
    [regional] { $partner } ({ $place }): { $holiday } (sărbătoare regională)
   *[local] { $partner } ({ $place }): { $holiday } (zi liberă locală)
}
days-off-line-estimated = { $source ->
    [national] { $partner } ({ $place }): { $holiday } (sărbătoare legală, dată estimată)
    [regional] { $partner } ({ $place }): { $holiday } (sărbătoare regională, dată estimată)
   *[local] { $partner } ({ $place }): { $holiday } (zi liberă locală, dată estimată)
}
days-off-holiday-of-kind = { $source ->
    [national] { $holiday }
    [regional] { $holiday } (sărbătoare regională)
   *[local] { $holiday } (zi liberă locală)
}
days-off-holiday-of-kind-estimated = { $source ->
    [national] { $holiday } (dată estimată)
    [regional] { $holiday } (sărbătoare regională, dată estimată)
   *[local] { $holiday } (zi liberă locală, dată estimată)
}
days-off-holiday-kept-by = { $holiday }: { $partners }
days-off-names-off = { $names } liberi
days-off-choose-partner = Alegeți partenerul.
errors-something-went-wrong-no = Ceva nu a mers, și nu s-a dat niciun motiv.
find-time-h-min = { $h } h { $m } min
find-time-days-write-how-many = Zile: scrieți câte zile durează reuniunea, de exemplu 2.
find-time-working-day-write-its = Zi de lucru: scrieți începutul și sfârșitul ca HH:MM, de exemplu 09:00 și 17:00.
long-work-saving-events = { $count ->
        [one] Se salvează { $done } din { $total } eveniment…
        [few] Se salvează { $done } din { $total } evenimente…
       *[other] Se salvează { $done } din { $total } de evenimente…
    }
long-work-writing-events = { $count ->
        [one] Se scrie { $total } eveniment…
        [few] Se scriu { $total } evenimente…
       *[other] Se scriu { $total } de evenimente…
    }
long-work-events-ready = { $count ->
        [one] { $total } eveniment gata: alegeți unde salvați fișierul.
        [few] { $total } evenimente gata: alegeți unde salvați fișierul.
       *[other] { $total } de evenimente gata: alegeți unde salvați fișierul.
    }
meeting-form-meeting-must-end-after = Reuniunea trebuie să se termine după ce începe.
meeting-form-choose-time-zone-host = Alegeți un fus orar sau o gazdă al cărei fus îl preia reuniunea.
meeting-form-not-known-iana-time = „{ $zone }” nu este un fus orar IANA cunoscut (de exemplu Europe/Riga).
meeting-form-last-day-before-first = Ultima zi, { $last }, este înaintea primei, { $first }.
meeting-form-write-year-between-leave = Scrieți un an între { $fIRST_YEAR } și { $lAST_YEAR } sau lăsați gol.
meeting-form-say-words-when-planned = Spuneți în cuvinte când este planificată sau indicați anul.
milestone-form-enter-month-yyyy-mm = Introduceți o lună (AAAA-LL).
milestone-form-not-month-write-yyyy = „{ $v }” nu este o lună; scrieți-o ca AAAA-LL, de exemplu 2027-06.
milestone-form-year-outside = Anul { $year } este în afara intervalului { $fIRST_YEAR }-{ $lAST_YEAR }.
partner-form-choose-country = Alegeți țara.
partner-form-not-known-iana-time = „{ $zone }” nu este un fus orar IANA cunoscut (de exemplu Europe/Riga).
plan-diff-no-change = Nicio modificare
plan-diff-white-space-changed = Spații modificate
plan-gantt-no-start-end-month = fără lună de început sau de sfârșit
plan-gantt-no-start-month = fără lună de început
plan-gantt-no-end-month = fără lună de sfârșit
plan-gantt-its-end-month-comes = luna de sfârșit este înaintea celei de început
plan-money-no-amount = fără sumă
plan-money-type-amount-euros-such = Scrieți o sumă în euro, de exemplu 12500 sau 12.500,50.
plan-money-euros-have-two-decimals = Eurourile au cel mult două zecimale (cenți).
validation-must-not-empty = Nu poate fi gol.
validation-characters-long-limit = Are { $n } caractere; limita este { $max }.
validation-not-e-mail-address = „{ $v }” nu este o adresă de e-mail (așteptat: nume@exemplu.org).
validation-must-start-https-http = „{ $v }” trebuie să înceapă cu https:// sau http://.
validation-not-web-address = „{ $v }” nu este o adresă web.
validation-enter-date-yyyy-mm = Introduceți o dată (AAAA-LL-ZZ).
validation-not-date-write-yyyy = „{ $v }” nu este o dată; scrieți-o ca AAAA-LL-ZZ, de exemplu 2027-03-10.
validation-year-outside = Anul { $year } este în afara intervalului { $fIRST_YEAR }-{ $lAST_YEAR }.
validation-enter-time-hh-mm = Introduceți o oră (HH:MM, format de 24 de ore).
validation-not-time-write-hh = „{ $v }” nu este o oră; scrieți-o ca HH:MM, de exemplu 14:30.
validation-before-start = { $end } este înaintea începutului, { $start }.
validation-not-whole-number = „{ $value }” nu este un număr întreg.
calendar-saved = { $count ->
        [one] { $count } reuniune salvată
        [few] { $count } reuniuni salvate
       *[other] { $count } de reuniuni salvate
    } în { $path }
calendar-left-out = { $head }; { $count ->
        [one] { $count } reuniune încă fără dată a fost lăsată deoparte.
        [few] { $count } reuniuni încă fără dată au fost lăsate deoparte.
       *[other] { $count } de reuniuni încă fără dată au fost lăsate deoparte.
    }
calendar-cancellation = Anularea
calendar-invitation = Invitația
calendar-was-written = { $what } „{ $subject }” a fost scrisă în { $path }.
calendar-open-your-mail-program = { $what } „{ $subject }” este deschisă în programul de e-mail: verificați-o și trimiteți-o de acolo. Este salvată și ca { $path }.
calendar-none-file-s-events = Niciun eveniment din fișier nu a putut fi importat: { $count ->
        [one] { $count } eveniment a fost omis
        [few] { $count } evenimente au fost omise
       *[other] { $count } de evenimente au fost omise
    }, fiecare listat cu rândul și motivul; nu s-a importat nimic.
calendar-calendar-holds-no-events = Calendarul nu conține evenimente pentru această rețea; nu s-a importat nimic{ $skippedPart }.
calendar-nothing-changed-already-saved = Nimic nu s-a schimbat: { $count ->
        [one] evenimentul din acest fișier este deja salvat
        [few] cele { $count } evenimente din acest fișier sunt deja salvate
       *[other] cele { $count } de evenimente din acest fișier sunt deja salvate
    }{ $skippedPart }.
calendar-created-updated-unchanged = { $count ->
        [one] { $count } reuniune creată
        [few] { $count } reuniuni create
       *[other] { $count } de reuniuni create
    }, { $updated } actualizate, { $unchanged } neschimbate{ $skippedPart }.
calendar-event = un eveniment
calendar-line-uid = rândul { $line }: { $title } (UID { $uid })
calendar-line = rândul { $line }: { $title }
calendar-give-your-e-mail = Indicați adresa dumneavoastră de e-mail: răspunsurile partenerilor se întorc la ea.
calendar-choose-at-least-person = Alegeți cel puțin o persoană de invitat sau adăugați o adresă.
dates-happening-now = în desfășurare
dates-earlier-today = azi, mai devreme
local-times-outside-working-hours = în afara intervalului 08:00–19:00
local-times-on-saturday = sâmbăta
local-times-on-sunday = duminica
local-times-unknown-zone = fus necunoscut
plan-actions-not-month-write-yyyy = „{ $typed }” nu este o lună: scrieți-o ca AAAA-LL, de exemplu 2027-03.
plan-actions-not-span-months-write = „{ $typed }” nu este un interval de luni: scrieți-l ca 2027-03 – 2027-12.
plan-actions-from = Din { $shortMonth }
plan-actions-until = Până în { $shortMonth }
plan-actions-none-yet = Niciuna deocamdată
plan-actions-details-funding-indicators = detalii, finanțare și indicatori…
section-outline-moved-place = „{ $title }” a fost mutată pe locul { $place } din { $count }.
dates-today = azi
dates-tomorrow = mâine
dates-yesterday = ieri
dates-in-days = { $count ->
        [one] peste { $count } zi
        [few] peste { $count } zile
       *[other] peste { $count } de zile
    }
dates-days-ago = { $count ->
        [one] acum { $count } zi
        [few] acum { $count } zile
       *[other] acum { $count } de zile
    }
dates-in-months = { $count ->
        [one] peste { $count } lună
        [few] peste { $count } luni
       *[other] peste { $count } de luni
    }
dates-months-ago = { $count ->
        [one] acum { $count } lună
        [few] acum { $count } luni
       *[other] acum { $count } de luni
    }
dates-in-minutes = { $count ->
        [one] peste { $count } minut
        [few] peste { $count } minute
       *[other] peste { $count } de minute
    }
dates-in-hours = { $count ->
        [one] peste { $count } oră
        [few] peste { $count } ore
       *[other] peste { $count } de ore
    }
plan-actions-column-title = Acțiune
plan-actions-column-objective = Obiectiv
plan-actions-column-months = Luni
plan-actions-column-cost = Cost
plan-actions-column-funding = Finanțare
plan-actions-column-status = Stare
plan-actions-column-details = Mai mult
plan-diff-words-added = { $count ->
        [one] { $count } cuvânt adăugat
        [few] { $count } cuvinte adăugate
       *[other] { $count } de cuvinte adăugate
    }
plan-diff-words-removed = { $count ->
        [one] { $count } cuvânt eliminat
        [few] { $count } cuvinte eliminate
       *[other] { $count } de cuvinte eliminate
    }
calendar-events-skipped = { $count ->
        [one] ; { $count } eveniment omis
        [few] ; { $count } evenimente omise
       *[other] ; { $count } de evenimente omise
    }
import-report-count-networks = { $count ->
        [one] { $count } rețea
        [few] { $count } rețele
       *[other] { $count } de rețele
    }
import-report-count-partners = { $count ->
        [one] { $count } partener
        [few] { $count } parteneri
       *[other] { $count } de parteneri
    }
import-report-count-contacts = { $count ->
        [one] { $count } e-mail de contact
        [few] { $count } e-mailuri de contact
       *[other] { $count } de e-mailuri de contact
    }
import-report-count-meetings = { $count ->
        [one] { $count } reuniune
        [few] { $count } reuniuni
       *[other] { $count } de reuniuni
    }
import-report-count-milestones = { $count ->
        [one] { $count } etapă
        [few] { $count } etape
       *[other] { $count } de etape
    }
import-report-count-action-plans = { $count ->
        [one] { $count } plan de acțiune
        [few] { $count } planuri de acțiune
       *[other] { $count } de planuri de acțiune
    }
import-report-count-practices = { $count ->
        [one] { $count } bună practică
        [few] { $count } bune practici
       *[other] { $count } de bune practici
    }
import-report-count-import-notes = { $count ->
        [one] { $count } notă de import
        [few] { $count } note de import
       *[other] { $count } de note de import
    }
plan-gantt-span-one-month = { $start } (1 lună)
plan-gantt-bar = { $label }: { $span }
plan-gantt-bar-pilot = { $label } (pilot): { $span }
plan-gantt-span-months = { $start } – { $end } ({ $count } luni)
calendar-reminder-none = Fără memento
calendar-reminder-day = Cu 1 zi înainte
calendar-reminder-hour = Cu 1 oră înainte
import-calendar-button-reading = Se citește fișierul de calendar…
export-calendar-button-reading = Se citesc reuniunile…
export-send-bar-exported = Exportat ca { $format } în { $path }.
export-send-bar-plan-file-saved = Fișierul planului a fost salvat în { $path }. Trimiteți-l partenerului prin e-mail sau în orice alt mod.
budget-summary-by-funding-source = După sursa de finanțare
budget-summary-by-objective = După obiectiv
budget-summary-funding-source = Sursa de finanțare
budget-summary-objective = Obiectiv

## Calendar servers
## components/dav/DavAccountsSection.svelte: the accounts in Settings
dav-accounts-heading = Servere de calendar
dav-accounts-intro = Publicați reuniunile unei rețele în calendarul CalDAV folosit de partenerii dumneavoastră (Nextcloud, SOGo, Radicale, Fastmail). Parola este păstrată în portcheiul acestui computer, niciodată în datele Convene.
dav-accounts-added = S-a adăugat contul { $name }. { $note }
dav-accounts-none = Încă nu există conturi.
dav-accounts-user-at-url = { $user } la { $url }
dav-accounts-testing = Se testează…
dav-accounts-test = Testează
dav-accounts-remove = Elimină
dav-accounts-test-works = { $count ->
        [0] Funcționează. Dosarul calendarelor { $home }; 0 calendare.
        [one] Funcționează. Dosarul calendarelor { $home }; { $count } calendar:
        [few] Funcționează. Dosarul calendarelor { $home }; { $count } calendare:
       *[other] Funcționează. Dosarul calendarelor { $home }; { $count } de calendare:
    }
dav-accounts-name = Nume
dav-accounts-name-placeholder = nextcloud
dav-accounts-url = Adresa serverului
dav-accounts-url-hint = Pentru Nextcloud: https://HOST/remote.php/dav
dav-accounts-url-placeholder = https://
dav-accounts-user = Nume de utilizator
dav-accounts-password = Parolă
dav-accounts-ca-file = Fișier CA (opțional)
dav-accounts-ca-file-hint = Doar pentru un server cu propriul certificat: fișierul PEM al autorității sale de certificare.
dav-accounts-ca-file-choose = Alegeți fișierul…
dav-accounts-ca-file-none = Niciunul: certificatul serverului este public.
dav-accounts-ca-file-clear = Nu folosi niciunul
dav-accounts-cancel = Anulează
dav-accounts-adding = Se adaugă…
dav-accounts-add-account = Adaugă contul
dav-accounts-add = Adaugă un cont…
dav-password-used-once = Parolă (folosită o dată, nesalvată)
## components/dav/DavConflictCard.svelte: one conflict, both versions side by side
dav-conflict-in-convene = În Convene
dav-conflict-on-server = Pe server
dav-conflict-label = Conflict: { $title }
dav-conflict-found = găsit la { $when }
dav-conflict-deleted = Șters
dav-conflict-keep-mine = Păstrează versiunea mea
dav-conflict-keep-server = Păstrează versiunea serverului
## components/dav/PublishSection.svelte: publishing on the network page
dav-publish-heading = Server de calendar
dav-publish-no-account = Pentru a publica aceste reuniuni pe serverul de calendar al partenerilor dumneavoastră, adăugați un cont în { $link }.
dav-publish-cancelled = Publicare anulată. Ce a ajuns pe server se păstrează; următoarea publicare o va completa.
dav-publish-no-account-link = Setări
dav-publish-account = Cont
dav-publish-calendar = Numele calendarului (opțional)
dav-publish-calendar-placeholder = Numele rețelei
dav-publish-progress = Se publică pe serverul de calendar…
dav-publish-publishing = Se publică…
dav-publish-go = Publică pe serverul de calendar
dav-publish-last = Ultima publicare { $when }, în { $calendar } ({ $account }): { $result }
dav-publish-conflicts-heading = Conflicte de rezolvat ({ $count })
dav-publish-conflicts-intro = Ambele părți au modificat aceste reuniuni de la ultima publicare, așa că nu s-a scris nimic pentru ele.

## lib/meetingWhen.ts: a meeting's when, outside English (English shows the core's own words)
# { $date }: a day such as "mer. 10 mars 2027"; { $times }: "10:00–12:00"; { $zone }: "Europe/Riga";
# { $days }: how many days after the start the end falls; { $known }: a month and year, or a year, of an undated meeting;
# { $wording }: the undated meeting's own words, as typed or imported.
meeting-when-timed = { $date }, { $times } ({ $zone })
meeting-when-timed-later = { $days ->
    [one] { $date }, { $times } +{ $days } zi ({ $zone })
    [few] { $date }, { $times } +{ $days } zile ({ $zone })
   *[other] { $date }, { $times } +{ $days } de zile ({ $zone })
}
meeting-when-timed-short = { $date }, { $time }
meeting-when-all-day = { $date }, toată ziua
meeting-when-all-days = { $dates }, zile întregi
meeting-when-not-dated = încă nedatată
meeting-when-not-dated-known = încă nedatată ({ $known })
meeting-when-not-dated-wording = încă nedatată („{ $wording }”)
meeting-when-not-dated-known-wording = încă nedatată ({ $known }: „{ $wording }”)
meeting-when-known-not-dated = { $known }, încă nedatată
meeting-when-month-year-unknown = { $month }, an necunoscut

## The plan page's push and pull through a WebDAV folder (components/dav/PlanServerBar.svelte)

plan-server-heading = Partajare printr-un server de calendare
plan-server-account = Cont
plan-server-folder = Dosar pe server (opțional)
plan-server-folder-placeholder = Dosarul ultimei trimiteri sau aduceri
plan-server-push = Trimite pe server
plan-server-pushing = Se trimite…
plan-server-pull = Adu de pe server
plan-server-pulling = Se aduce…
# $href: the plan file's address on the server.
plan-server-pushed = Planul este pe server: { $href }.
# $link: plan-server-no-account-link, shown as a link to Settings.
plan-server-no-account = Pentru a partaja acest plan printr-un dosar pe serverul partenerilor, adăugați un cont în { $link }.
plan-server-no-account-link = Setări
