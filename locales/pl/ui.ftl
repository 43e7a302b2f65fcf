# Okno Convene po polsku. Przetłumaczone z locales/en/ui.ftl (te same identyfikatory
# i zmienne). Terminy URBACT: Zintegrowany Plan Działań, spotkanie ponadnarodowe, Lokalna
# Grupa URBACT, miasto partnerskie, partner wiodący. Liczba mnoga: one, few, many, other.

## screens/Settings.svelte
settings-settings = Ustawienia
settings-your-name-your-data = Twój język, Twoje imię i nazwisko, Twoje dane, ich kopie zapasowe oraz wprowadzanie i wyprowadzanie danych.
settings-language = Język
settings-language-label = Język okna
settings-language-hint = Menu, przyciski i komunikaty oraz sposób zapisu dat, godzin i kwot. Plany i zaproszenia zachowują własny język.
settings-language-system = Język systemu ({ $language })
settings-language-changed = Okno jest teraz w języku: { $language }.
settings-your-name = Imię i nazwisko
settings-name-plan-versions-comments = Podpis na wersjach planów i komentarzach
settings-every-save-action-plan = Każdy zapis planu działań jest nim podpisany, aby partnerzy widzieli, kto co napisał. Gdy pole jest puste, używana jest nazwa Twojego konta na komputerze.
settings-every-save-action-plan-as-now = Każdy zapis planu działań jest nim podpisany, aby partnerzy widzieli, kto co napisał. Gdy pole jest puste, używana jest nazwa Twojego konta na komputerze (jak teraz).
settings-saving = Zapisywanie…
settings-save-name = Zapisz podpis
settings-database = Baza danych
settings-location = Lokalizacja
settings-schema-version = Wersja schematu
settings-convene-version = Wersja Convene
settings-everything-kept-one-file = Wszystko jest przechowywane w tym jednym pliku. Aby użyć innego pliku, uruchom Convene ze zmienną środowiskową CONVENE_DB ustawioną na jego ścieżkę.
settings-loading = Wczytywanie…
settings-backup-restore = Kopia zapasowa i przywracanie
settings-backup-complete-copy-database = Kopia zapasowa to pełna kopia bazy danych; można ją bezpiecznie wykonać przy otwartym Convene.
settings-saving-backup = Zapisywanie kopii…
settings-back-up-now = Utwórz kopię teraz…
settings-restore-from-backup = Przywróć z kopii…
settings-import-export = Import i eksport
settings-import-urbact-network-good = Importuj strony URBACT sieci i dobrych praktyk zapisane jako tekst. Istniejące rekordy pozostają bez zmian: dwukrotny import tego samego pliku niczego nie zmienia.
settings-importing = Importowanie…
settings-import-pages = Importuj strony…
settings-exporting = Eksportowanie…
settings-export-everything-json = Eksportuj wszystko jako JSON…
settings-import-report = Raport z importu
settings-replace-all-data-backup = Zastąpić wszystkie dane kopią?
settings-everything-now-convene-will = Wszystko, co jest teraz w Convene, zostanie zastąpione zawartością { $path }. Kopia obecnej bazy jest zachowana obok, więc można to cofnąć, przywracając tę kopię.
settings-restore-backup = Przywróć kopię
settings-keep-current-data = Zachowaj obecne dane

## App.svelte
app-skip-content = Przejdź do treści
app-convene-could-not-open = Convene nie mógł otworzyć swojej bazy danych: { $startError }
app-convene-try-again = Spróbuj ponownie
app-page-not-found = Nie znaleziono strony
app-there-nothing-at-address = Pod tym adresem nic nie ma.
app-go-home-screen = Przejdź do ekranu głównego
app-dismiss-message = Zamknij komunikat

## components/AgendaEditor.svelte
agenda-editor-agenda = Porządek obrad
agenda-editor-move-item-alt-alt = Przesuń punkt klawiszami Alt+↑ i Alt+↓, przyciskami ze strzałkami lub przeciągając ⠿.
agenda-editor-no-agenda-items-yet = Nie ma jeszcze punktów porządku obrad.
agenda-editor-drag-move-item = Przeciągnij, aby przesunąć punkt { $value }
agenda-editor-move-item-up = Przesuń punkt { $value } w górę
agenda-editor-move-item-down = Przesuń punkt { $value } w dół
agenda-editor-remove-item = Usuń punkt { $value }
agenda-editor-remove = Usuń
agenda-editor-item-title = Tytuł punktu { $value }
agenda-editor-from = Od
agenda-editor-hh-mm = GG:MM
agenda-editor-to = Do
agenda-editor-led = Prowadzi
agenda-editor-nobody-particular = Nikt konkretny
agenda-editor-notes = Uwagi
agenda-editor-add-item = Dodaj punkt
agenda-editor-saving = Zapisywanie…
agenda-editor-save-agenda = Zapisz porządek obrad
agenda-editor-unsaved-changes = Niezapisane zmiany

## components/AttendanceEditor.svelte
attendance-editor-attendance = Obecność
attendance-editor-count = { $label }: { $count }
attendance-editor-network-has-no-partners = Sieć nie ma jeszcze partnerów.
attendance-editor-partner = Partner
attendance-editor-answer = Odpowiedź
attendance-editor-not-invited = Niezaproszony
attendance-editor-people = Osoby

## components/ConfirmDialog.svelte
confirm-dialog-working = Trwa…

## components/DaysOffSection.svelte
days-off-section-holidays-days-off = Święta i dni wolne
days-off-section-next-weeks = W najbliższych tygodniach ({ $wEEKS })
days-off-section-public-holidays-each-partner = Święta państwowe kraju każdego partnera (i jego regionu, jeśli go ma) oraz dni wolne zapisane poniżej.
days-off-section-no-partner-has-holiday = Żaden partner nie ma święta ani dnia wolnego w najbliższych tygodniach ({ $wEEKS }).
days-off-section-holidays-days-off-next = Święta i dni wolne w najbliższych tygodniach ({ $wEEKS })
days-off-section-recorded-days-off = Zapisane dni wolne
days-off-section-none-yet-record-city = Jeszcze brak. Zapisz własne dni wolne miasta, na przykład dzień patrona lub wybory lokalne.
days-off-section-remove = Usuń { $name } – { $partnerName }
days-off-section-remove-2 = Usuń
days-off-section-record-day-off = Zapisz dzień wolny
days-off-section-partner = Partner
days-off-section-choose = Wybierz…
days-off-section-day = Dzień
days-off-section-yyyy-mm-dd = RRRR-MM-DD
days-off-section-what = Co to jest
days-off-section-patron-saint-s-day = Dzień patrona miasta
days-off-section-saving = Zapisywanie…
days-off-section-record-day-off-2 = Zapisz dzień wolny

## components/FindTimePanel.svelte
find-time-panel-find-time = Znajdź termin
find-time-panel-close = Zamknij
find-time-panel-find-days = Znajdź dni
find-time-panel-find-times = Znajdź godziny
find-time-panel-choose-network-first = Najpierw wybierz sieć.
find-time-panel-choose-at-time-all = Wybierz „O godzinie” lub „Cały dzień”, aby szukać terminu dogodnego dla partnerów.
find-time-panel-days-which-no-partner = Dni, w które żaden partner nie ma święta ani dnia wolnego.
find-time-panel-times-ranked-how-well = Godziny uszeregowane według tego, jak pasują każdemu partnerowi: godziny pracy, weekendy, święta i inne spotkania.
find-time-panel-from = Od
find-time-panel-yyyy-mm-dd = RRRR-MM-DD
find-time-panel-to = Do
find-time-panel-days = Dni
find-time-panel-length = Czas trwania
find-time-panel-working-day = Dzień pracy
find-time-panel-working-day-starts = Początek dnia pracy
find-time-panel-working-day-ends = Koniec dnia pracy
find-time-panel-to-2 = do
find-time-panel-leave-out-weekends = Pomiń weekendy
find-time-panel-looking = Szukanie…
find-time-panel-search = Szukaj
find-time-panel-times-on-zone-clock = Godziny według zegara { $zone }; podano godzinę każdego partnera.
find-time-panel-times-in-utc = Godziny w UTC (wybierz gospodarza lub strefę czasową, aby odczytać je według jej zegara); podano godzinę każdego partnera.
find-time-panel-times-suit-every-partner = Pasuje wszystkim partnerom: { $suit_everyone } z { $candidates } godzin; pierwsze ({ $length }) są poniżej.
find-time-panel-none-times-suits-every = Żadna z { $candidates } godzin nie pasuje wszystkim partnerom; najmniej kłopotliwe są pierwsze.
find-time-panel-suits-everyone = pasuje wszystkim
find-time-panel-awkward-for = { $count ->
    [one] niedogodne dla { $count } partnera
    [few] niedogodne dla { $count } partnerów
    [many] niedogodne dla { $count } partnerów
   *[other] niedogodne dla { $count } partnera
}
find-time-panel-use-time = Użyj tej godziny
find-time-panel-no-run-days-free = W tym okresie żaden ciąg dni nie jest wolny dla wszystkich partnerów.
find-time-panel-day-runs = { $days ->
    [one] Pojedyncze dni bez święta u żadnego partnera: { $count }.
   *[other] Okresy po { $days } dni bez święta u żadnego partnera: { $count }.
}
find-time-panel-also = także: { $other_meetings }
find-time-panel-use-these-days = Użyj tych dni
find-time-panel-days-left-out = Pominięte dni ({ $length })

## components/ImportReport.svelte
import-report-import-report = Raport z importu
import-report-already-there-left-they = Już istniały i pozostały bez zmian: { $existing }.
import-report-check = Do sprawdzenia: { $count ->
        [one] { $count } rzecz
        [few] { $count } rzeczy
       *[many] { $count } rzeczy
    }
import-report-lines-importer-placed-guessing = — wiersze, które import umieścił, zgadując, lub zachował jako notatki
import-report-line = Wiersz { $line }
import-report-lines-to-check = Wiersze do sprawdzenia
import-report-no-warnings-every-line = Brak ostrzeżeń: każdy wiersz znalazł swoje miejsce.

## components/LocalTimesPanel.svelte
local-times-panel-local-times = Czas lokalny
local-times-panel-working-out-local-times = Obliczanie czasu lokalnego…
local-times-panel-network-has-no-partners = Ta sieć nie ma jeszcze partnerów.
local-times-panel-within-working-hours-08 = W godzinach pracy (08:00–19:00) w dzień roboczy dla każdego partnera.
local-times-panel-of = { $awkward } z { $length }
local-times-panel-partners-would-meet-outside = partnerów spotkałoby się poza 08:00–19:00 lub w weekend.
local-times-panel-partner = Partner
local-times-panel-starts-there = Początek na miejscu
local-times-panel-ends-there = Koniec na miejscu
local-times-panel-host = gospodarz

## components/MeetingList.svelte
meeting-list-all = { $caption }, łącznie { $length }
meeting-list-when = Kiedy
meeting-list-meeting = Spotkanie
meeting-list-network = Sieć
meeting-list-host = Gospodarz
meeting-list-mode = Forma
meeting-list-status = Status

## components/MilestoneForm.svelte
milestone-form-edit = Edytuj { $title }
milestone-form-add-milestone = Dodaj kamień milowy
milestone-form-title = Tytuł
milestone-form-integrated-action-plan-due = Termin Zintegrowanego Planu Działań
milestone-form-kind = Rodzaj
milestone-form-date-known = Data jest znana
milestone-form-day = co do dnia
milestone-form-only-month = tylko co do miesiąca
milestone-form-month = Miesiąc
milestone-form-yyyy-mm = RRRR-MM
milestone-form-example-2027-06-june = Na przykład 2027-06 dla czerwca 2027.
milestone-form-date = Data
milestone-form-yyyy-mm-dd = RRRR-MM-DD
milestone-form-description = Opis
milestone-form-done = Zrobione
milestone-form-saving = Zapisywanie…
milestone-form-save-changes = Zapisz zmiany
milestone-form-add-milestone-2 = Dodaj kamień milowy
milestone-form-close-without-saving = Zamknij bez zapisywania

## components/MonthCalendar.svelte
month-calendar-meetings = { $count ->
        [one] { $count } spotkanie
        [few] { $count } spotkania
       *[many] { $count } spotkań
    }
month-calendar-previous-month = Poprzedni miesiąc
month-calendar-previous = ‹ Poprzedni
month-calendar-month = Ten miesiąc
month-calendar-next-month = Następny miesiąc
month-calendar-next = Następny ›
month-calendar-today = { $day }, dziś
month-calendar-days-off = Dni wolne: { $lines }
month-calendar-more = i { $value } więcej

## components/Nav.svelte
nav-main = Główne
nav-convene = Convene
nav-search = Szukaj
nav-ctrl = Ctrl
nav-k = K

## components/PartnerDetails.svelte
partner-details-field-name = Imię i nazwisko
partner-details-field-role = Stanowisko
partner-details-field-email = E-mail
partner-details-field-phone = Telefon
partner-details-field-organisation = Organizacja
partner-details-field-group-role = Rola w grupie
partner-details-now = { $value } · { $countryName } · { $time_zone } · teraz { $clockIn }
partner-details-now-in-region = { $value } · { $countryName } ({ $region }) · { $time_zone } · teraz { $clockIn }
partner-details-edit-partner = Edytuj partnera
partner-details-delete-partner = Usuń partnera
partner-details-close-details = Zamknij szczegóły: { $name }
partner-details-close = Zamknij
partner-details-population = Ludność: { $population }
partner-details-contacts = Kontakty
partner-details-local-group = Lokalna Grupa URBACT

## components/PartnerForm.svelte
partner-form-edit = Edytuj { $name }
partner-form-add-partner = Dodaj partnera
partner-form-city-organisation = Miasto lub organizacja
partner-form-country = Kraj
partner-form-choose = Wybierz…
partner-form-role = Rola
partner-form-time-zone = Strefa czasowa
partner-form-empty-means-country-s = Puste oznacza strefę kraju, { $defaultZone }.
partner-form-empty-means-country-s-2 = Puste oznacza strefę kraju.
partner-form-region = Region
partner-form-its-public-holidays-count = Jego święta liczą się obok państwowych.
partner-form-convene-knows-no-regional = Convene nie zna świąt regionalnych dla tego kraju.
partner-form-none-national-holidays-only = Brak (tylko święta państwowe)
partner-form-population = Ludność
partner-form-notes = Uwagi
partner-form-saving = Zapisywanie…
partner-form-save-changes = Zapisz zmiany
partner-form-add-partner-2 = Dodaj partnera
partner-form-close-without-saving = Zamknij bez zapisywania

## components/PartnersTable.svelte
partners-table-partners-all = Partnerzy, łącznie { $length }
partners-table-city-partner = Miasto lub partner
partners-table-country = Kraj
partners-table-role = Rola
partners-table-time-zone = Strefa czasowa
partners-table-local-time-now = Czas lokalny teraz
partners-table-people = Osoby

## components/PeopleEditor.svelte
people-editor-add = { $noun ->
        [contact] Dodaj kontakt
       *[member] Dodaj członka
    }
people-editor-none-yet = Jeszcze brak.
people-editor-delete = Usunąć { $primary }?
people-editor-delete-2 = Usuń
people-editor-keep = Zachowaj
people-editor-edit = Edytuj { $primary }
people-editor-edit-2 = Edytuj
people-editor-delete-3 = Usuń { $primary }
people-editor-new = { $noun ->
        [contact] Nowy kontakt
       *[member] Nowy członek
    }
people-editor-edit-3 = { $noun ->
        [contact] Edytuj kontakt
       *[member] Edytuj członka
    }
people-editor-saving = Zapisywanie…
people-editor-save = Zapisz
people-editor-close-without-saving = Zamknij bez zapisywania

## components/PostponeDialog.svelte
postpone-dialog-postpone = Przełóż „{ $title }”
postpone-dialog-current-date-stays-record = Obecna data pozostaje zapisana w opisie („Przełożone z …”).
postpone-dialog-when-will-take-place = Kiedy się odbędzie?
postpone-dialog-new-date-meeting-becomes = W nowym terminie (spotkanie znów staje się wstępne)
postpone-dialog-no-new-date-yet = Jeszcze bez nowego terminu (kalendarze odwołują obecny termin)
postpone-dialog-first-day = Pierwszy dzień
postpone-dialog-new-date = Nowa data
postpone-dialog-yyyy-mm-dd = RRRR-MM-DD
postpone-dialog-start-time = Godzina rozpoczęcia
postpone-dialog-hh-mm = GG:MM
postpone-dialog-end-time = Godzina zakończenia
postpone-dialog-last-day = Ostatni dzień
postpone-dialog-times-clock-meeting-s = Godziny według zegara { $time_zone }, strefy spotkania.
postpone-dialog-without-last-day-meeting = Bez ostatniego dnia spotkanie zachowuje swoją liczbę dni.
postpone-dialog-go-back = Wróć
postpone-dialog-working = Trwa…
postpone-dialog-postpone-2 = Przełóż

## components/SearchBox.svelte
search-box-search-networks-partners-meetings = Szukaj sieci, partnerów, spotkań, planów i praktyk
search-box-search-networks-partners-meetings-2 = Szukaj sieci, partnerów, spotkań, planów, praktyk…
search-box-results = Wyniki: { $length }
search-box-results-2 = Wyniki
search-box-nothing-found-try-fewer = Nic nie znaleziono dla „{ $searched }”. Spróbuj mniej lub krótszych słów.

## components/SearchDialog.svelte
search-dialog-search = Szukaj
search-dialog-choose-enter-open-esc = ↑ ↓ aby wybrać, Enter aby otworzyć, Esc aby zamknąć.

## components/Timeline.svelte
timeline-timeline = Oś czasu: { $network_name }
timeline-today = Dziś
timeline-no-dates-yet-nothing = Jeszcze brak dat: nie ma czego rysować.

## components/WorkProgressBar.svelte
work-progress-bar-cancelling = Anulowanie…
work-progress-bar-cancel = Anuluj

## components/calendar/AddToCalendarButton.svelte
add-to-calendar-button-saving = Zapisywanie…
add-to-calendar-button-add-calendar = Dodaj do kalendarza…

## components/calendar/CalendarResult.svelte
calendar-result-dismiss-message = Zamknij ten komunikat

## components/calendar/ExportCalendarButton.svelte
export-calendar-button-export-calendar = Eksportuj kalendarz…
export-calendar-button-export-calendar-2 = Eksportuj kalendarz: { $name }
export-calendar-button-every-dated-meeting-goes = Każde spotkanie z datą trafia do jednego pliku .ics, który otwierają Outlook, Kalendarz Google, Thunderbird i Kalendarz Apple. Spotkania jeszcze bez daty są pomijane.
export-calendar-button-reminder = Przypomnienie
export-calendar-button-only-meetings-between-optional = Tylko spotkania między (opcjonalnie)
export-calendar-button-first-day = Pierwszy dzień
export-calendar-button-yyyy-mm-dd = RRRR-MM-DD
export-calendar-button-last-day = Ostatni dzień
export-calendar-button-cancel = Anuluj
export-calendar-button-saving = Zapisywanie…
export-calendar-button-save = Zapisz…

## components/calendar/ImportCalendarButton.svelte
import-calendar-button-importing = Importowanie…
import-calendar-button-import-calendar = Importuj kalendarz…

## components/calendar/ImportCalendarDialog.svelte
import-calendar-dialog-calendar-imported = Kalendarz zaimportowany
import-calendar-dialog-import-report = Raport z importu
import-calendar-dialog-already-saved-recent-file = { $count ->
        [one] { $count } wydarzenie było już zapisane, w wersji co najmniej tak nowej jak w pliku, i pozostało bez zmian.
        [few] { $count } wydarzenia były już zapisane, w wersji co najmniej tak nowej jak w pliku, i pozostały bez zmian.
       *[many] { $count } wydarzeń było już zapisanych, w wersji co najmniej tak nowej jak w pliku, i pozostało bez zmian.
    }
import-calendar-dialog-skipped = { $count ->
        [one] { $count } wydarzenie pominięte
        [few] { $count } wydarzenia pominięte
       *[many] { $count } wydarzeń pominiętych
    }
import-calendar-dialog-not-imported-fix-calendar = { $count ->
        [one] , niezaimportowane; popraw je w programie kalendarza i zaimportuj plik ponownie
       *[other] , niezaimportowane; popraw je w programie kalendarza i zaimportuj plik ponownie
    }
import-calendar-dialog-more = … i { $value } więcej.
import-calendar-dialog-check = Do sprawdzenia: { $count ->
        [one] { $count } rzecz
        [few] { $count } rzeczy
       *[many] { $count } rzeczy
    }
import-calendar-dialog-no-warnings = Brak ostrzeżeń.
import-calendar-dialog-close = Zamknij

## components/calendar/InvitationDialog.svelte
invitation-dialog-email-invitation = Wyślij e-mailem zaproszenie na „{ $title }”
invitation-dialog-your-mail-program-opens = Program pocztowy otwiera wiadomość gotową do wysłania; dociera jako zaproszenie do przyjęcia lub odrzucenia.
invitation-dialog-cancellation-note = { $status ->
    [cancelled] Spotkanie jest odwołane: wiadomość będzie odwołaniem, które usunie je z kalendarzy osób, które je przyjęły.
   *[postponed] Spotkanie jest przełożone: wiadomość będzie odwołaniem, które usunie je z kalendarzy osób, które je przyjęły.
}
invitation-dialog-from-your-e-mail = Od (Twój adres e-mail)
invitation-dialog-answers-come-back-remembered = Odpowiedzi wracają na ten adres. Zapamiętany na tym komputerze.
invitation-dialog-to = Do ({ $count ->
        [one] { $count } osoba
        [few] { $count } osoby
       *[many] { $count } osób
    })
invitation-dialog-finding-partners-contacts = Wyszukiwanie kontaktów partnerów…
invitation-dialog-no-contact-partners-meeting = Żaden kontakt partnerów, których dotyczy to spotkanie, nie ma adresu e-mail. Dodaj adresy poniżej lub dodaj je do kontaktów partnerów.
invitation-dialog-choose-all = Wybierz wszystkich
invitation-dialog-choose-none = Nie wybieraj nikogo
invitation-dialog-other-addresses = Inne adresy
invitation-dialog-separate-them-commas-new = Oddziel je przecinkami lub nowymi wierszami.
invitation-dialog-cancel = Anuluj
invitation-dialog-writing = Redagowanie…
invitation-dialog-write-cancellation = Zredaguj odwołanie
invitation-dialog-write-invitation = Zredaguj zaproszenie

## components/calendar/MeetingCalendarBar.svelte
meeting-calendar-bar-calendars-invitations = Kalendarze i zaproszenia
meeting-calendar-bar-calendars = Kalendarze:
meeting-calendar-bar-email-invitation = Zaproszenie e-mailem…
meeting-calendar-bar-give-meeting-date-add = Nadaj spotkaniu datę, aby dodać je do kalendarzy i zaprosić osoby.

## components/plan/ActionDetails.svelte
action-details-action = Działanie: { $title }
action-details-title = Tytuł
action-details-objective = Cel
action-details-lead = Organizacja wiodąca
action-details-partners = Organizacje partnerskie
action-details-start-month = Miesiąc rozpoczęcia (RRRR-MM)
action-details-end-month = Miesiąc zakończenia (RRRR-MM)
action-details-estimated-cost = Szacowany koszt (€)
action-details-status = Status
action-details-pilot-small-scale-test = Działanie pilotażowe (test na małą skalę)
action-details-description = Opis
action-details-funding = Finansowanie
action-details-no-funding-found-yet = Nie znaleziono jeszcze finansowania.
action-details-source = Źródło
action-details-amount = Kwota (€)
action-details-remove-funding-line = Usuń pozycję finansowania { $value }
action-details-remove = Usuń
action-details-add-funding-line = Dodaj pozycję finansowania
action-details-indicators-action-feeds = Wskaźniki, do których przyczynia się to działanie
action-details-saving = Zapisywanie…
action-details-save-action = Zapisz działanie
action-details-cancel = Anuluj
action-details-delete-action = Usunąć to działanie?
action-details-delete = Usuń
action-details-keep = Zachowaj
action-details-delete-action-2 = Usuń działanie…

## components/plan/ActionTable.svelte
action-table-no-actions-yet-add = Nie ma jeszcze działań. Dodaj pierwsze: tytuł, potem miesiące, koszt i finansowanie.
action-table-tab-arrows-move-between = Tab i strzałki przechodzą między komórkami; Enter edytuje i zapisuje komórkę; Esc anuluje; Alt+↑/↓ przesuwa działanie.
action-table-actions-plan-all = Działania planu, łącznie { $length }
action-table-of = { $label }: { $title }
action-table-yyyy-mm-yyyy-mm = RRRR-MM – RRRR-MM
action-table-pilot = Pilotaż
action-table-adding = Dodawanie…
action-table-add-action = Dodaj działanie

## components/plan/BudgetSummary.svelte
budget-summary-total-cost = Koszt całkowity
budget-summary-funding-found = Znalezione finansowanie
budget-summary-funding-above-cost = Finansowanie ponad koszt
budget-summary-funding-gap = Luka w finansowaniu
budget-summary-not-counted = { $count ->
        [one] { $count } działanie nie ma jeszcze szacunku kosztów i nie jest liczone.
        [few] { $count } działania nie mają jeszcze szacunku kosztów i nie są liczone.
       *[many] { $count } działań nie ma jeszcze szacunku kosztów i nie jest liczonych.
    }
budget-summary-actions-per-year = Działania w roku
budget-summary-no-action-has-months = Żadne działanie nie ma jeszcze miesięcy.
budget-summary-year = Rok
budget-summary-actions-running = Trwające działania
budget-summary-nothing-yet = Jeszcze nic.
budget-summary-euros = Euro
budget-summary-share = Udział
budget-summary-no-objective = Bez celu

## components/plan/Comments.svelte
comments-comments = Komentarze do „{ $sectionTitle }”
comments-open = (otwarte: { $length })
comments-no-open-comments-section = Brak otwartych komentarzy do tej sekcji.
comments-mark-comment-resolved = Oznacz komentarz { $author } jako rozwiązany
comments-resolve = Rozwiąż
comments-add-comment = Dodaj komentarz
comments-adding = Dodawanie…
comments-add-comment-2 = Dodaj komentarz

## components/plan/ConflictResolver.svelte
conflict-resolver-both-copies-changed-since = Obie kopie zmieniły to od ostatniej udostępnionej przez Ciebie wersji.
conflict-resolver-ours-kept-plan-now = Nasza (na razie pozostaje w planie)
conflict-resolver-we-removed = Usunęliśmy to.
conflict-resolver-theirs = Ich
conflict-resolver-they-removed = Oni to usunęli.
conflict-resolver-merged-text = Scalony tekst
conflict-resolver-keep-ours = Zachowaj naszą
conflict-resolver-take-theirs = Weź ich
conflict-resolver-save-merged-text = Zapisz scalony tekst

## components/plan/DiffView.svelte
diff-view-changes = Zmiany w { $title }

## components/plan/ExportSendBar.svelte
export-send-bar-export = Eksportuj jako
export-send-bar-exporting = Eksportowanie…
export-send-bar-export-2 = Eksportuj…
export-send-bar-saving = Zapisywanie…
export-send-bar-send-partner = Wyślij partnerowi…
export-send-bar-reading = Odczytywanie…
export-send-bar-receive-plan-file = Odbierz plik planu…

## components/plan/GanttChart.svelte
gantt-chart-actions-scheduled = { $caption }: zaplanowano { $length } z { $length2 } działań.
gantt-chart-show-chart = Pokaż jako wykres
gantt-chart-show-table = Pokaż jako tabelę
gantt-chart-no-actions-yet-add = Nie ma jeszcze działań: dodaj działania z miesiącem początku i końca, aby zobaczyć je tutaj.
gantt-chart-pilot-action = Działanie pilotażowe
gantt-chart-action = Działanie
gantt-chart-starts = Początek
gantt-chart-ends = Koniec
gantt-chart-months = Miesiące
gantt-chart-pilot = Pilotaż
gantt-chart-yes = Tak
gantt-chart-no = Nie
gantt-chart-not-timeline = Poza osią czasu:

## components/plan/History.svelte
history-compare-version-newest = Porównaj wersję { $number } z najnowszą
history-compare = Porównaj
history-restore = Przywróć…
history-version = Wersja { $number }
history-versions = Wersje ({ $length })
history-saves = Zapisy: { $length } · { $author } · { $runPeriod }
history-versions-2 = Wersje { $number }–{ $number2 }
history-version-option = Wersja { $number } ({ $kind ->
        [created] utworzona
        [edit] edytowana
        [restore] przywrócona
        [received] odebrana
        [merge] scalona
       *[resolve] rozstrzygnięty konflikt
    }, { $instant })
history-show-saves = Pokaż zapisy ({ $count })
history-hide-saves = Ukryj zapisy ({ $count })
history-saves-3 = Zapisy ({ $length }): { $message }
history-changes = Zmiany
history-only-one-version-so = Na razie jedna wersja: zmiany pojawią się tu po następnym zapisie.
history-from = Z
history-to = Na
history-these-two-versions-say = Te dwie wersje mówią to samo.
history-sections-were-put-another = Sekcje ułożono w innej kolejności.
history-was = { $title } (wcześniej { $old_title })
history-actions-indicators-risks = Działania, wskaźniki i ryzyka
history-comparing = Porównywanie…
history-restore-version = Przywrócić wersję { $number }?
history-plan-will-say-again = Plan znów będzie mówił to, co w wersji { $number }. Zostanie to zapisane jako nowa wersja: obecny tekst pozostaje w historii i można go z kolei przywrócić.
history-restore-version-2 = Przywróć wersję { $number }
history-keep-current-text = Zachowaj obecny tekst

## components/plan/IndicatorTable.svelte
indicator-table-no-indicators-yet-indicators = Nie ma jeszcze wskaźników. Wskaźniki mówią, jak będą mierzone rezultaty planu.
indicator-table-indicators = Wskaźniki
indicator-table-indicator = Wskaźnik
indicator-table-kind = Rodzaj
indicator-table-baseline = Wartość bazowa
indicator-table-target = Wartość docelowa
indicator-table-by = Do
indicator-table-verification = Weryfikacja
indicator-table-actions = Działania
indicator-table-edit = Edytuj
indicator-table-edit-2 = Edytuj { $name }
indicator-table-add-indicator = Dodaj wskaźnik
indicator-table-edit-indicator = Edytuj wskaźnik
indicator-table-new-indicator = Nowy wskaźnik
indicator-table-name = Nazwa
indicator-table-unit = Jednostka
indicator-table-target-month-yyyy-mm = Miesiąc docelowy (RRRR-MM)
indicator-table-means-verification = Źródło weryfikacji
indicator-table-save-indicator = Zapisz wskaźnik
indicator-table-cancel = Anuluj
indicator-table-delete-indicator = Usuń wskaźnik

## components/plan/MarkdownEditor.svelte
markdown-editor-text = Tekst „{ $title }”
markdown-editor-markdown = (Markdown)
markdown-editor-hide-preview = Ukryj podgląd
markdown-editor-show-preview = Pokaż podgląd
markdown-editor-preview = Podgląd
markdown-editor-nothing-written-yet = Jeszcze nic nie napisano.
markdown-editor-preview-2 = Podgląd: { $title }

## components/plan/NewPlanDialog.svelte
new-plan-dialog-new-action-plan = Nowy plan działań
new-plan-dialog-city = Miasto
new-plan-dialog-no-partner-city = Brak miasta partnerskiego
new-plan-dialog-partner-has-plan = { $name } (ma plan)
new-plan-dialog-title = Tytuł
new-plan-dialog-creating = Tworzenie…
new-plan-dialog-create-plan = Utwórz plan
new-plan-dialog-cancel = Anuluj

## components/plan/RiskTable.svelte
risk-table-no-risks-recorded-yet = Nie zapisano jeszcze ryzyk.
risk-table-risks-highest-score-first = Ryzyka, od najwyższej oceny
risk-table-risk = Ryzyko
risk-table-likelihood = Prawdopodobieństwo
risk-table-impact = Wpływ
risk-table-score = Ocena
risk-table-mitigation = Łagodzenie
risk-table-owner = Odpowiedzialny
risk-table-edit = Edytuj
risk-table-edit-risk = Edytuj ryzyko: { $description }
risk-table-add-risk = Dodaj ryzyko
risk-table-edit-risk-2 = Edytuj ryzyko
risk-table-new-risk = Nowe ryzyko
risk-table-what-could-go-wrong = Co może pójść źle
risk-table-save-risk = Zapisz ryzyko
risk-table-cancel = Anuluj
risk-table-delete-risk = Usuń ryzyko

## components/plan/SectionOutline.svelte
section-outline-plan-outline = Struktura planu
section-outline-sections = Sekcje
section-outline-alt-up-alt-down = Alt+Strzałka w górę i Alt+Strzałka w dół przesuwają sekcję.
section-outline-nothing-written-yet = Jeszcze nic nie napisano
section-outline-empty = pusta
section-outline-open-comment-count = { $count ->
    [one] { $count } otwarty komentarz
    [few] { $count } otwarte komentarze
    [many] { $count } otwartych komentarzy
   *[other] { $count } otwartego komentarza
}
section-outline-title-new-section = Tytuł nowej sekcji
section-outline-add = Dodaj
section-outline-cancel = Anuluj
section-outline-add-section = + Dodaj sekcję
section-outline-plan = Plan

## components/plan/StatusControl.svelte
status-control-status = Status:
status-control-on = { $date }
status-control-date-council-adopted-plan = Data przyjęcia planu przez radę miasta
status-control-record-adoption = Zapisz przyjęcie
status-control-cancel = Anuluj
status-control-status-history = Historia statusu ({ $length })
status-control-adopted = (przyjęty { $date })

## components/poll/PollForm.svelte
poll-form-start-poll = Rozpocznij ankietę
poll-form-meeting-title = Tytuł spotkania
poll-form-transnational-meeting-3 = Spotkanie ponadnarodowe 3
poll-form-kind = Rodzaj
poll-form-host = Gospodarz
poll-form-no-host = Bez gospodarza
poll-form-dates-offered-one-line = Proponowane terminy, po jednym w wierszu
poll-form-time-clock-zone-below = Godzina według zegara strefy poniżej (gospodarza, jeśli pusta); sama data to cały dzień, wszędzie ten sam.
poll-form-time-zone = Strefa czasowa
poll-form-europe-riga = Europe/Riga
poll-form-answer = Odpowiedź do
poll-form-yyyy-mm-dd = RRRR-MM-DD
poll-form-starting = Uruchamianie…
poll-form-start-poll-2 = Rozpocznij ankietę
poll-form-close-without-saving = Zamknij bez zapisywania

## components/poll/PollsSection.svelte
polls-section-polls = Ankiety
polls-section-new-poll = Nowa ankieta
polls-section-no-polls-yet-poll = Nie ma jeszcze ankiet. Ankieta pyta partnerów, które terminy im odpowiadają, a wybrany termin staje się spotkaniem.
polls-section-list-dates = { $count ->
    [one] { $count } termin
    [few] { $count } terminy
    [many] { $count } terminów
   *[other] { $count } terminu
}
polls-section-list-dates-deadline = { $count ->
    [one] { $count } termin, odpowiedź do { $deadline }
    [few] { $count } terminy, odpowiedź do { $deadline }
    [many] { $count } terminów, odpowiedź do { $deadline }
   *[other] { $count } terminu, odpowiedź do { $deadline }
}
polls-section-closed = Zamknięta
polls-section-open = Otwarta
polls-section-reading = Odczytywanie…
polls-section-add-reply-files = Dodaj pliki odpowiedzi…
polls-section-hosted = Gospodarz: { $host_name }
polls-section-no-host = Bez gospodarza
polls-section-answer-by = odpowiedź do { $deadline }
polls-section-invitations-written-to = { $count ->
    [one] zaproszenia zredagowane na { $count } adres
    [few] zaproszenia zredagowane na { $count } adresy
    [many] zaproszenia zredagowane na { $count } adresów
   *[other] zaproszenia zredagowane na { $count } adresu
}
polls-section-closed-became-meeting = Zamknięta: wybrany termin stał się spotkaniem. Ankieta pozostaje bez zmian.
polls-section-open-meeting = Otwórz spotkanie
polls-section-drop-partners-reply-e = Upuść na okno e-maile z odpowiedziami partnerów (.eml) lub pliki kalendarza (.ics) albo dodaj je przyciskiem. Możesz też wybrać odpowiedź w komórce.
polls-section-your-e-mail-address = Twój adres e-mail
polls-section-coordinator-network-eu = koordynator@siec.eu
polls-section-writing = Redagowanie…
polls-section-write-invitations = Zredaguj zaproszenia
polls-section-wrote-messages = { $count ->
    [one] Zredagowano { $count } wiadomość w { $folder }: otwórz ją w programie pocztowym i wyślij.
    [few] Zredagowano { $count } wiadomości w { $folder }: otwórz każdą w programie pocztowym i wyślij.
    [many] Zredagowano { $count } wiadomości w { $folder }: otwórz każdą w programie pocztowym i wyślij.
   *[other] Zredagowano { $count } wiadomości w { $folder }: otwórz każdą w programie pocztowym i wyślij.
}
polls-section-wrote-messages-folder-open = { $count ->
    [one] Zredagowano { $count } wiadomość w { $folder }, teraz otwartym: otwórz ją w programie pocztowym i wyślij.
    [few] Zredagowano { $count } wiadomości w { $folder }, teraz otwartym: otwórz każdą w programie pocztowym i wyślij.
    [many] Zredagowano { $count } wiadomości w { $folder }, teraz otwartym: otwórz każdą w programie pocztowym i wyślij.
   *[other] Zredagowano { $count } wiadomości w { $folder }, teraz otwartym: otwórz każdą w programie pocztowym i wyślij.
}
polls-section-one-e-mail-per = Jeden e-mail na każdy kontakt każdego partnera: każdy termin jako wstępna rezerwacja, którą partner przyjmuje lub odrzuca w kalendarzu, oraz tabela odpowiedzi do ręcznego wypełnienia.
polls-section-dismiss = Zamknij
polls-section-answers-partners-dates-each = Odpowiedzi na { $title }: partnerzy według terminów, każdy termin według zegara partnera
polls-section-partner = Partner
polls-section-date-2 = Termin { $number }
polls-section-yes-if-need-no = tak: { $yes } · w razie potrzeby: { $maybe } · nie: { $no }
polls-section-choose-date = Wybierz ten termin
polls-section-date-3 = { $name }, termin { $number }
polls-section-no-answer = Brak odpowiedzi
polls-section-not-answered-yet = Jeszcze nie odpowiedzieli: { $not_answered }.
polls-section-choose-date-2 = Wybrać termin { $number }?
polls-section-will-created-confirmed-meeting = { $title } zostanie utworzone jako potwierdzone spotkanie { $when }, a ankieta zamknięta: nie będzie można już na nią odpowiedzieć.
polls-section-create-meeting = Utwórz spotkanie
polls-section-dropped-no-poll = { $count ->
    [one] Upuszczono plik, ale nie wybrano otwartej ankiety: najpierw wybierz ankietę, potem upuść jej odpowiedzi.
    [few] Upuszczono { $count } pliki, ale nie wybrano otwartej ankiety: najpierw wybierz ankietę, potem upuść jej odpowiedzi.
    [many] Upuszczono { $count } plików, ale nie wybrano otwartej ankiety: najpierw wybierz ankietę, potem upuść jej odpowiedzi.
   *[other] Upuszczono { $count } pliku, ale nie wybrano otwartej ankiety: najpierw wybierz ankietę, potem upuść jej odpowiedzi.
}

## screens/FirstRun.svelte
first-run-welcome-convene = Witamy w Convene
first-run-convene-helps-coordinators-partners = Convene pomaga koordynatorom i partnerom ponadnarodowych sieci miast — sieci URBACT i podobnych projektów UE — trzymać pracę w jednym miejscu.
first-run-networks-partner-cities = Sieci i miasta partnerskie
first-run-point-networks = { $term }, z ich kontaktami i grupami lokalnymi.
first-run-meetings-across-time-zones = Spotkania ponad strefami czasowymi
first-run-point-meetings = { $term }: czas lokalny każdego partnera na pierwszy rzut oka, porządki obrad i obecność.
first-run-everything-stays-on-computer = Wszystko zostaje na tym komputerze, w jednym pliku bazy danych.
first-run-everything-stays-in-file = Wszystko zostaje na tym komputerze, w jednym pliku bazy danych: { $path }.
first-run-timelines = Osie czasu
first-run-meetings-milestones-what-needs = spotkań i kamieni milowych oraz to, co wymaga Twojej uwagi.
first-run-action-plans-good-practices = Plany działań i dobre praktyki
first-run-cities-share-transfer = którymi miasta się dzielą i które przenoszą.
first-run-example-networks-loaded = Przykładowe sieci są wczytane
first-run-open-convene = Otwórz Convene
first-run-see-networks = Zobacz sieci
first-run-how-would-you-like = Jak chcesz zacząć?
first-run-loading-examples = Wczytywanie przykładów…
first-run-load-example-networks = Wczytaj przykładowe sieci
first-run-four-urbact-networks-techtown = Cztery sieci URBACT (TechTown, Find your Greatness, DigiPlace, IoTXchange) i trzy dobre praktyki, odczytane z ich publicznych stron. Zobaczysz, czego import nie zdołał umieścić.
first-run-start-empty = Zacznij od zera
first-run-begin-no-data-add = Zacznij bez danych i dodaj własną sieć.

## screens/Home.svelte
home-home = Start
home-what-coming-up-across = Co nadchodzi w Twoich sieciach.
home-new-meeting = Nowe spotkanie
home-loading = Wczytywanie…
home-next-meetings = Najbliższe spotkania
home-no-meetings-ahead = Brak nadchodzących spotkań.
home-plan-one = Zaplanuj spotkanie
home-hosted = Gospodarz: { $host_name }
home-no-host-yet = Jeszcze bez gospodarza
home-needs-attention = Wymaga uwagi
home-nothing-needs-attention = Nic nie wymaga uwagi.
home-attention-show-all = Pokaż całą listę (jeszcze { $count })
home-checking-travel = Sprawdzanie podróży i świąt dla najbliższych spotkań…
home-travel-check-failed = Nie udało się sprawdzić podróży i świąt dla najbliższych spotkań: { $error }
home-timeline-failed = Nie udało się wczytać tej osi czasu: { $error } Otwórz stronę sieci, aby zobaczyć jej spotkania.
home-timelines = Osie czasu
home-no-networks-yet = Nie ma jeszcze sieci.
home-add-network = Dodaj sieć
home-project-months = Od { $start } do { $end }
home-project-dates-not-set = Daty projektu nieustalone
home-dated-items-not-drawn = { $count ->
    [one] Nie narysowano { $count } kolejnego elementu z datą; zobacz spotkania sieci.
   *[other] Nie narysowano kolejnych elementów z datą: { $count }; zobacz spotkania sieci.
}
home-not-dated-yet = Jeszcze bez daty
home-more = i { $omitted_undated } więcej.
home-meeting = spotkanie
home-tentative = wstępne
home-milestone = kamień milowy
home-today = dziś

## screens/MeetingEdit.svelte
meeting-edit-new-meeting = Nowe spotkanie
meeting-edit-edit = Edytuj „{ $originalTitle }”
meeting-edit-fields-marked-required-times = Pola oznaczone * są wymagane. Godziny zapisuje się jako GG:MM w formacie 24-godzinnym.
meeting-edit-loading = Wczytywanie…
meeting-edit-network = Sieć
meeting-edit-choose = Wybierz…
meeting-edit-title = Tytuł
meeting-edit-kind = Rodzaj
meeting-edit-host = Gospodarz
meeting-edit-no-host-yet = Jeszcze bez gospodarza
meeting-edit-status = Status
meeting-edit-when = Kiedy
meeting-edit-kind-date = Rodzaj daty
meeting-edit-at-time = O godzinie
meeting-edit-all-day = Cały dzień
meeting-edit-not-dated-yet = Jeszcze bez daty
meeting-edit-start-date = Data rozpoczęcia *
meeting-edit-yyyy-mm-dd = RRRR-MM-DD
meeting-edit-start-time = Godzina rozpoczęcia *
meeting-edit-hh-mm = GG:MM
meeting-edit-end-date = Data zakończenia
meeting-edit-same-day = ten sam dzień
meeting-edit-end-time = Godzina zakończenia *
meeting-edit-leave-end-date-empty = Zostaw datę zakończenia pustą dla spotkania jednodniowego.
meeting-edit-time-zone-these-times = Strefa czasowa tych godzin
meeting-edit-europe-riga = Europe/Riga
meeting-edit-host-s-zone-unless = Strefa gospodarza, chyba że wybierzesz inną.
meeting-edit-iana-zone-such-europe = Strefa IANA, np. Europe/Riga; wybór gospodarza ją uzupełnia.
meeting-edit-first-day = Pierwszy dzień
meeting-edit-last-day = Ostatni dzień
meeting-edit-year-if-known = Rok, jeśli znany
meeting-edit-month-if-known = Miesiąc, jeśli znany
meeting-edit-not-known = Nieznany
meeting-edit-when-words = Kiedy, słownie
meeting-edit-after-summer-limerick = Po lecie, w Limerick
meeting-edit-worth-second-look = Warto sprawdzić:
meeting-edit-mode = Forma
meeting-edit-online-link = Link online
meeting-edit-https = https://
meeting-edit-only-needed-online-hybrid = Potrzebny tylko dla spotkań online lub hybrydowych.
meeting-edit-venue = Miejsce
meeting-edit-description = Opis
meeting-edit-saving = Zapisywanie…
meeting-edit-add-meeting = Dodaj spotkanie
meeting-edit-save-changes = Zapisz zmiany
meeting-edit-back-without-saving = Wróć bez zapisywania

## screens/MeetingPage.svelte
meeting-page-back-meetings = Wróć do spotkań
meeting-page-loading = Wczytywanie…
meeting-page-network = Sieć
meeting-page-meetings = Spotkania
meeting-page-edit = Edytuj
meeting-page-delete = Usuń
meeting-page-status = Status
meeting-page-change-status = Zmień status:
meeting-page-postpone = Przełóż
meeting-page-status-changed = { $step ->
    [confirmed] Spotkanie „{ $title }” zostało potwierdzone.
    [cancelled] Spotkanie „{ $title }” zostało odwołane.
    [held] Spotkanie „{ $title }” zostało oznaczone jako odbyte.
    [postponed-to-date] Spotkanie „{ $title }” zostało przełożone na nowy termin (wstępne do potwierdzenia).
   *[postponed] Spotkanie „{ $title }” zostało przełożone bez nowego terminu.
}
meeting-page-details = Szczegóły
meeting-page-host = Gospodarz
meeting-page-no-host-yet = Jeszcze bez gospodarza
meeting-page-mode = Forma
meeting-page-venue = Miejsce
meeting-page-online-link = Link online
meeting-page-calendar-revision = Wersja w kalendarzu
meeting-page-grows-every-change-calendars = Rośnie przy każdej zmianie, o której kalendarze muszą wiedzieć
meeting-page-delete-2 = Usunąć „{ $title }”?
meeting-page-meeting-its-agenda-its = Spotkanie, jego porządek obrad i lista obecności zostaną usunięte. Aby zachować informację, że się nie odbędzie, lepiej je odwołaj.
meeting-page-delete-meeting = Usuń spotkanie

## screens/Meetings.svelte
meetings-meetings = Spotkania
meetings-all-networks = Wszystkie sieci
meetings-view = Widok
meetings-list = Lista
meetings-calendar = Kalendarz
meetings-new-meeting = Nowe spotkanie
meetings-network = Sieć
meetings-period = Okres
meetings-upcoming-not-dated = Nadchodzące i bez daty
meetings-past = Minione
meetings-all = Wszystkie
meetings-status = Status
meetings-any = Dowolny
meetings-not-cancelled = Nieodwołane
meetings-words-title-host-venue = Słowa z tytułu, gospodarza, miejsca lub sieci
meetings-loading = Wczytywanie…
meetings-meetings-2 = Spotkania: { $length } z { $length2 }
meetings-no-meeting-matches = Żadne spotkanie nie pasuje.

## screens/NetworkEdit.svelte
network-edit-new-network = Nowa sieć
network-edit-edit = Edytuj { $original }
network-edit-fields-marked-required = Pola oznaczone * są wymagane.
network-edit-name = Nazwa
network-edit-short-name = Nazwa skrócona
network-edit-used-file-names-command = Używana w nazwach plików i w wierszu poleceń; tworzona z nazwy, jeśli pusta.
network-edit-kind-network = Rodzaj sieci
network-edit-programme = Program
network-edit-start-date = Data rozpoczęcia
network-edit-yyyy-mm-dd = RRRR-MM-DD
network-edit-end-date = Data zakończenia
network-edit-contact-e-mail = E-mail kontaktowy
network-edit-name-example-org = nazwa@przyklad.org
network-edit-website = Strona internetowa
network-edit-https = https://
network-edit-lead-partner = Partner wiodący
network-edit-not-chosen = Nie wybrano
network-edit-tagline = Hasło
network-edit-description = Opis
network-edit-phases = Fazy
network-edit-no-phases-urbact-networks = Brak faz. Sieci URBACT mają zwykle dwie.
network-edit-phase-name = Nazwa fazy { $value }
network-edit-starts = Początek
network-edit-ends = Koniec
network-edit-remove-phase = Usuń fazę { $value }
network-edit-remove = Usuń
network-edit-add-phase = Dodaj fazę
network-edit-saving = Zapisywanie…
network-edit-add-network = Dodaj sieć
network-edit-save-changes = Zapisz zmiany
network-edit-back-without-saving = Wróć bez zapisywania
network-edit-loading = Wczytywanie…

## screens/NetworkPage.svelte
network-page-back-networks = Wróć do sieci
network-page-loading = Wczytywanie…
network-page-networks = Sieci
network-page-new-meeting = Nowe spotkanie
network-page-edit-network = Edytuj sieć
network-page-delete-network = Usuń sieć
network-page-about-network = O sieci
network-page-kind = Rodzaj
network-page-programme = Program
network-page-runs = Okres trwania
network-page-lead-partner = Partner wiodący
network-page-contact = Kontakt
network-page-website = Strona internetowa
network-page-dates-not-set = Daty nieustalone
network-page-sections-page = Sekcje tej strony
network-page-partners = Partnerzy ({ $length })
network-page-meetings = Spotkania ({ $length })
network-page-polls = Ankiety
network-page-milestones = Kamienie milowe ({ $length })
network-page-holidays-days-off = Święta i dni wolne
network-page-action-plans = Plany działań ({ $length })
network-page-import-notes = Notatki z importu ({ $length })
network-page-partners-2 = Partnerzy
network-page-add-partner = Dodaj partnera
network-page-no-partners-yet = Nie ma jeszcze partnerów.
network-page-choose-partner-see-edit = Wybierz partnera, aby zobaczyć i edytować jego kontakty i grupę lokalną.
network-page-meetings-2 = Spotkania
network-page-calendar = Kalendarz
network-page-no-meetings-yet = Nie ma jeszcze spotkań.
network-page-meetings-3 = Spotkania: { $name }
network-page-timeline-milestones = Oś czasu i kamienie milowe
network-page-add-milestone = Dodaj kamień milowy
network-page-no-milestones-yet-add = Nie ma jeszcze kamieni milowych. Dodaj etapy, które nie są spotkaniami: końce faz, terminy, produkty.
network-page-milestones-2 = Kamienie milowe: { $name }
network-page-done = Zrobione
network-page-edit = Edytuj { $title }
network-page-edit-2 = Edytuj
network-page-delete = Usuń { $title }
network-page-delete-2 = Usuń
network-page-action-plans-2 = Plany działań
network-page-new-plan = Nowy plan
network-page-no-action-plans-yet = Nie ma jeszcze planów działań.
network-page-action-plans-status-last = Plany działań: { $name }: status i ostatnia zmiana
network-page-plan = Plan
network-page-city = Miasto
network-page-status = Status
network-page-last-change = Ostatnia zmiana
network-page-comments = Komentarze
network-page-version = { $last_change_by }, wersja { $revision_number }
network-page-settle = Do rozstrzygnięcia: { $open_conflicts }
network-page-import-notes-2 = Notatki z importu
network-page-lines-imported-pages-could = Wiersze zaimportowanych stron, których nie udało się umieścić, zachowane słowo w słowo.
network-page-none = Brak.
network-page-line = Wiersz { $line }
network-page-delete-3 = Usunąć { $name }?
network-page-milestone-will-deleted-from = Kamień milowy { $name } zostanie usunięty z osi czasu.
network-page-deleting-also-affects = Usunięcie { $name } dotyczy też:
network-page-nothing-else-depends-will = Nic innego nie zależy od { $name }. Zostanie usunięty.
network-page-delete-network-2 = Usuń sieć
network-page-delete-milestone = Usuń kamień milowy
network-page-delete-partner = Usuń partnera

## screens/Networks.svelte
networks-networks = Sieci
networks-city-networks-you-coordinate = Sieci miast, które koordynujesz lub w których uczestniczysz.
networks-new-network = Nowa sieć
networks-loading = Wczytywanie…
networks-no-networks-yet = Nie ma jeszcze sieci.
networks-add-your-first-network = Dodaj pierwszą sieć
networks-filter-networks = Filtruj sieci
networks-name-tagline = Nazwa lub hasło
networks-partner-count = { $count ->
    [one] { $count } partner
    [few] { $count } partnerów
    [many] { $count } partnerów
   *[other] { $count } partnera
}
networks-meeting-count = { $count ->
    [one] { $count } spotkanie
    [few] { $count } spotkania
    [many] { $count } spotkań
   *[other] { $count } spotkania
}
networks-lead = Partner wiodący: { $lead_partner }
networks-edit = Edytuj { $name }
networks-edit-2 = Edytuj
networks-delete = Usuń { $name }
networks-delete-2 = Usuń
networks-no-network-matches = Żadna sieć nie pasuje do „{ $filter }”.
networks-delete-3 = Usunąć { $name }?
networks-deleting-also-deletes-everything = Usunięcie { $name } usuwa też wszystko, co do niej należy:
networks-has-nothing-else-will = { $name } nie zawiera nic więcej. Zostanie usunięta.
networks-delete-network = Usuń sieć

## screens/PlanPage.svelte
plan-page-back-networks = Wróć do sieci
plan-page-loading = Wczytywanie…
plan-page-networks = Sieci
plan-page-no-partner-city = Brak miasta partnerskiego
plan-page-version = { $value } · wersja { $number }, { $author }, { $instant }
plan-page-partner-changed-parts = { $count ->
    [one] Kopia partnera zmieniła jedną część, którą Ty też zmieniłeś.
    [few] Kopia partnera zmieniła { $count } części, które Ty też zmieniłeś.
    [many] Kopia partnera zmieniła { $count } części, które Ty też zmieniłeś.
   *[other] Kopia partnera zmieniła { $count } części, które Ty też zmieniłeś.
}
plan-page-export-exchange = Eksport i wymiana
plan-page-choose-which-text-keep = Wybierz, który tekst zachować
plan-page-rename = Zmień nazwę…
plan-page-remove = Usuń…
plan-page-new-title = Nowy tytuł
plan-page-rename-2 = Zmień nazwę
plan-page-cancel = Anuluj
plan-page-comments = Komentarze
plan-page-actions = Działania
plan-page-budget = Budżet
plan-page-timeline = Oś czasu
plan-page-timeline-actions = Oś czasu działań: { $title }
plan-page-indicators = Wskaźniki
plan-page-risks = Ryzyka
plan-page-history = Historia
plan-page-conflicts-settle = Konflikty do rozstrzygnięcia
plan-page-nothing-settle = Nie ma nic do rozstrzygnięcia.
plan-page-remove-2 = Usunąć „{ $title }”?
plan-page-section-leaves-plan-its = Sekcja opuszcza plan. Jej tekst pozostaje w historii i wraca, jeśli zostanie przywrócona wcześniejsza wersja.
plan-page-remove-section = Usuń sekcję
plan-page-keep = Zachowaj

## screens/PracticeEdit.svelte
practice-edit-good-practices = Dobre praktyki
practice-edit-new-good-practice = Nowa dobra praktyka
practice-edit-edit = Edytuj { $original }
practice-edit-fields-marked-required = Pola oznaczone * są wymagane.
practice-edit-back-good-practices = Wróć do dobrych praktyk
practice-edit-title = Tytuł
practice-edit-tagline = Hasło
practice-edit-one-sentence-says-what = Jedno zdanie mówiące, co robi praktyka.
practice-edit-city = Miasto
practice-edit-country = Kraj
practice-edit-not-given = Nie podano
practice-edit-written = Autor
practice-edit-author-s-role = Stanowisko autora
practice-edit-project-officer-city-ga = Specjalistka ds. projektów, Miasto Gävle
practice-edit-key-figure = Kluczowa liczba
practice-edit-figure-practice-puts-forward = Liczba, którą praktyka eksponuje, np. liczba mieszkańców miasta.
practice-edit-transfer-practice-networks-take = Praktyka transferowa (sieci przejmują ją w swoich miastach)
practice-edit-networks-transfer = Sieci, które ją przenoszą
practice-edit-no-networks-yet = Nie ma jeszcze sieci.
practice-edit-sections = Sekcje
practice-edit-no-sections-yet-urbact = Nie ma jeszcze sekcji. Strony URBACT mają ich zwykle kilka: problem, rozwiązanie, rezultaty.
practice-edit-section-heading = Nagłówek sekcji { $value }
practice-edit-section-text = Tekst sekcji { $value }
practice-edit-move-section-up = Przesuń sekcję { $value } w górę
practice-edit-move-up = W górę
practice-edit-move-section-down = Przesuń sekcję { $value } w dół
practice-edit-move-down = W dół
practice-edit-remove-section = Usuń sekcję { $value }
practice-edit-remove = Usuń
practice-edit-add-section = Dodaj sekcję
practice-edit-saving = Zapisywanie…
practice-edit-add-practice = Dodaj praktykę
practice-edit-save-changes = Zapisz zmiany
practice-edit-back-without-saving = Wróć bez zapisywania
practice-edit-loading = Wczytywanie…

## screens/PracticePage.svelte
practice-page-back-good-practices = Wróć do dobrych praktyk
practice-page-loading = Wczytywanie…
practice-page-good-practices = Dobre praktyki
practice-page-edit-practice = Edytuj praktykę
practice-page-delete-practice = Usuń praktykę
practice-page-city = Miasto
practice-page-key-figure = Kluczowa liczba
practice-page-written = Autor
practice-page-transferred = Przenoszona przez
practice-page-no-network-yet = Jeszcze żadna sieć
practice-page-practice-has-no-written = Ta praktyka nie ma jeszcze napisanych sekcji.
practice-page-delete = Usunąć { $title }?
practice-page-delete-practice-2 = Usuń praktykę

## screens/Practices.svelte
practices-good-practices = Dobre praktyki
practices-solutions-worked-one-city = Rozwiązania, które sprawdziły się w jednym mieście, opisane tak, by inne mogły je przejąć.
practices-add-practice = Dodaj praktykę
practices-loading = Wczytywanie…
practices-no-good-practices-yet = Nie ma jeszcze dobrych praktyk. Dodaj jedną lub zaimportuj strony URBACT (Ustawienia › Importuj strony).
practices-city-not-given = Nie podano miasta
practices-transfer = Transfer

## screens/SearchPage.svelte
search-page-search = Wyszukiwanie
search-page-networks-partners-meetings-action = Sieci, partnerzy, spotkania, plany działań i dobre praktyki. Znaki diakrytyczne nie mają znaczenia: „Gavle” znajduje Gävle, „lodz” znajduje Łódź. Naciśnij Ctrl+K w dowolnym miejscu, aby szukać.

## Labels of the core's closed sets
label-meeting-kind-kick-off = Spotkanie inauguracyjne
label-meeting-kind-transnational = Spotkanie ponadnarodowe
label-meeting-kind-city-visit = Wizyta w mieście
label-meeting-kind-final-event = Wydarzenie końcowe
label-meeting-kind-local-group = Lokalna Grupa URBACT
label-meeting-kind-online-touch-base = Krótkie spotkanie online
label-meeting-kind-phase-review = Przegląd fazy
label-meeting-kind-other = Inne
label-poll-answer-yes = Tak
label-poll-answer-maybe = W razie potrzeby
label-poll-answer-no = Nie
label-meeting-mode-in-person = Stacjonarnie
label-meeting-mode-online = Online
label-meeting-mode-hybrid = Hybrydowo
label-meeting-status-tentative = Wstępne
label-meeting-status-confirmed = Potwierdzone
label-meeting-status-held = Odbyte
label-meeting-status-postponed = Przełożone
label-meeting-status-cancelled = Odwołane
label-attendance-invited = Zaproszony
label-attendance-accepted = Przyjął
label-attendance-declined = Odmówił
label-attendance-tentative = Może
label-attendance-attended = Obecny
label-network-kind-action-planning = Planowanie działań
label-network-kind-transfer = Transfer
label-network-kind-innovation-transfer = Transfer innowacji
label-network-kind-implementation = Wdrażanie
label-network-kind-other = Inna
label-partner-role-lead-partner = Partner wiodący
label-partner-role-partner = Partner
label-partner-role-good-practice-city = Miasto dobrej praktyki
label-partner-role-transfer-city = Miasto transferu
label-partner-role-associated = Stowarzyszony
label-plan-status-draft = Szkic
label-plan-status-in-review = W przeglądzie
label-plan-status-final = Ostateczny
label-plan-status-adopted = Przyjęty
label-funding-source-city = Budżet miasta
label-funding-source-erdf = EFRR
label-funding-source-esf-plus = EFS+
label-funding-source-national = Krajowe
label-funding-source-regional = Regionalne
label-funding-source-private = Prywatne
label-funding-source-other = Inne
label-action-status-idea = Pomysł
label-action-status-planned = Zaplanowane
label-action-status-ongoing = W toku
label-action-status-done = Zakończone
label-action-status-dropped = Porzucone
label-indicator-kind-output = Produkt
label-indicator-kind-result = Rezultat
label-revision-kind-created = Utworzono
label-revision-kind-edit = Edytowano
label-revision-kind-restore = Przywrócono
label-revision-kind-received = Odebrano
label-revision-kind-merge = Scalono
label-revision-kind-resolve = Rozstrzygnięto konflikt
label-milestone-kind-phase = Początek lub koniec fazy
label-milestone-kind-deadline = Termin
label-milestone-kind-deliverable = Produkt
label-milestone-kind-decision = Decyzja
label-milestone-kind-event = Wydarzenie
label-milestone-kind-other = Inne
label-hit-kind-network = Sieć
label-hit-kind-partner = Partner
label-hit-kind-meeting = Spotkanie
label-hit-kind-plan = Plan działań
label-hit-kind-practice = Dobra praktyka
label-day-off-source-national = Święto państwowe
label-day-off-source-regional = Święto regionalne
label-day-off-source-local = Lokalny dzień wolny

## Messages written by the scripts
settings-plan-versions-comments-will = Wersje planów i komentarze będą podpisywane „{ $name }”.
settings-backup-saved = Kopię zapisano w { $path }.
settings-everything-was-exported = Wszystko wyeksportowano do { $path }.
settings-restored-from-data-you = Przywrócono z { $from }. Dane, które były wcześniej, zachowano w kopii obok bazy danych.
settings-backup-restored = Kopia przywrócona.
network-page-list-countries-could-not = Nie udało się wczytać listy krajów, więc pokazywane są kody krajów i nie można wybrać kraju partnera: { $error }
network-page-list-time-zones-could = Nie udało się wczytać listy stref czasowych, więc formularz partnera żadnej nie podpowiada: { $error }
network-page-was-saved = Zapisano: { $name }.
network-page-was-added = Dodano: { $name }.
network-page-calendar-was-imported-but = Kalendarz zaimportowano, ale nie udało się ponownie wyświetlić spotkań: { $error } Otwórz sieć ponownie, aby je zobaczyć.
network-page-meeting-was-created-but = Spotkanie utworzono, ale nie udało się ponownie wyświetlić spotkań: { $error } Otwórz sieć ponownie, aby je zobaczyć.
network-page-was-saved-2 = Zapisano: { $title }.
network-page-was-added-2 = Dodano: { $title }.
network-page-was-deleted = Usunięto: { $name }.
network-page-plan-created = Utworzono { $title }.
network-page-not-set = Nieustalone
network-page-from = Od { $date }
network-page-until = Do { $date }
agenda-editor-untitled-item = punkt bez tytułu
agenda-editor-removed-save-agenda-keep = Usunięto „{ $value }”. Zapisz porządek obrad, aby zachować zmianę.
reorder-moved = Przeniesiono „{ $title }” na pozycję { $position } z { $count }.
reorder-moved-untitled = Przeniesiono element bez tytułu na pozycję { $position } z { $count }.
agenda-editor-agenda-saved = Porządek obrad zapisany.
confirm-dialog-go-back = Wróć
days-off-section-days-off-could-not = Nie udało się wczytać dni wolnych: { $error }
days-off-section-day-off-was-recorded = Dzień wolny { $name } ({ $date }) zapisano dla: { $partnerName }.
days-off-section-day-off-was-removed = Usunięto dzień wolny { $name } ({ $partnerName }).
meeting-list-meetings = Spotkania
nav-home = Start
nav-networks = Sieci
nav-meetings = Spotkania
nav-good-practices = Dobre praktyki
nav-search-2 = Wyszukiwanie
nav-settings = Ustawienia
partner-form-regions-could-not-loaded = Nie udało się wczytać regionów, więc nie można żadnego wybrać: { $value }
postpone-dialog-give-new-date-yyyy = Podaj nową datę (RRRR-MM-DD) lub wybierz „Jeszcze bez nowego terminu”.
postpone-dialog-give-start-end-times = Podaj godziny rozpoczęcia i zakończenia (GG:MM) lub wybierz „Jeszcze bez nowego terminu”.
timeline-milestone = Kamień milowy
timeline-meeting = Spotkanie
export-calendar-button-export-cancelled-no-file = Eksport anulowany: nie zapisano żadnego pliku.
import-calendar-button-import-cancelled-nothing-was = Import anulowany: niczego nie zaimportowano, spotkania pozostały bez zmian.
import-calendar-dialog-more-network-s-meetings = … i { $value } więcej, w spotkaniach sieci.
action-details-give-amount-source-pays = Podaj kwotę, którą płaci to źródło, w euro.
action-table-moved-place = Przeniesiono „{ $title }” na miejsce { $value } z { $length }.
comments-write-comment-first = Najpierw napisz komentarz.
conflict-resolver-action = Działanie
conflict-resolver-indicator = Wskaźnik
conflict-resolver-risk = Ryzyko
export-send-bar-word-docx = Word (.docx)
export-send-bar-markdown = Markdown
gantt-chart-timeline-actions = Oś czasu działań
history-action = Działanie
history-indicator = Wskaźnik
history-risk = Ryzyko
markdown-editor-all-changes-saved = Wszystkie zmiany zapisane
markdown-editor-saving = Zapisywanie…
markdown-editor-unsaved-changes = Niezapisane zmiany
markdown-editor-not-saved = Nie zapisano: { $error }
new-plan-dialog-integrated-action-plan = Zintegrowany Plan Działań: { $name }
risk-table-rare = Rzadkie
risk-table-unlikely = Mało prawdopodobne
risk-table-possible = Możliwe
risk-table-likely = Prawdopodobne
risk-table-almost-certain = Niemal pewne
risk-table-minor = Niewielki
risk-table-moderate = Umiarkowany
risk-table-serious = Poważny
risk-table-major = Duży
risk-table-severe = Bardzo poważny
status-control-back-draft = Wróć do szkicu
status-control-send-review = Przekaż do przeglądu
status-control-mark-final = Oznacz jako ostateczny
status-control-record-adoption-2 = Zapisz przyjęcie…
status-control-back = { $status ->
        [draft] Wróć do szkicu
        [in_review] Wróć do przeglądu
       *[final] Wróć do wersji ostatecznej
    }
poll-form-give-meeting-title = Nadaj spotkaniu tytuł.
poll-form-offer-at-least-date = Zaproponuj co najmniej jeden termin, po jednym w wierszu.
poll-form-write-deadline-yyyy-mm = Zapisz termin odpowiedzi jako RRRR-MM-DD.
polls-section-poll-closed-was-created = Ankieta jest zamknięta: utworzono { $title } na { $text }.
polls-section-poll-started = { $count ->
    [one] Rozpoczęto ankietę { $title }: { $count } termin.
    [few] Rozpoczęto ankietę { $title }: { $count } terminy.
    [many] Rozpoczęto ankietę { $title }: { $count } terminów.
   *[other] Rozpoczęto ankietę { $title }: { $count } terminu.
}
first-run-examples-could-not-loaded = Nie udało się wczytać przykładów: { $error }
home-import = Import
home-soon-not-confirmed = Wkrótce, niepotwierdzone
home-no-host = Bez gospodarza
home-travel = Podróż
meeting-edit-enter-start-end-see = Podaj początek i koniec, aby zobaczyć godzinę każdego partnera.
meeting-edit-choose-network-meeting-belongs = Wybierz sieć, do której należy spotkanie.
meeting-edit-list-time-zones-could = Nie udało się wczytać listy stref czasowych, więc pole strefy żadnej nie podpowiada (strefa i tak jest sprawdzana przy zapisie): { $error }
meeting-edit-local-times-shown-meetings = Czas lokalny jest pokazywany dla spotkań z godziną rozpoczęcia i zakończenia.
meeting-edit-choose-network-see-its = Wybierz sieć, aby zobaczyć czas lokalny jej partnerów.
meeting-edit-enter-start-end-time = Podaj początek, koniec i strefę czasową (lub gospodarza), aby zobaczyć godzinę każdego partnera.
meeting-edit-no-local-times-yet = Jeszcze brak czasu lokalnego: { $error }
meeting-edit-form-now-has-time = Formularz ma teraz tę godzinę; sprawdź i zapisz.
meeting-edit-form-now-has-those = Formularz ma teraz te dni; sprawdź i zapisz.
meeting-edit-was-added = Dodano „{ $title }”.
meeting-edit-was-saved = Zapisano „{ $title }”.
meeting-page-confirm = Potwierdź
meeting-page-cancel-meeting = Odwołaj spotkanie
meeting-page-mark-held = Oznacz jako odbyte
meeting-page-was-deleted = Usunięto „{ $title }”.
meeting-page-all-day-meeting-has = Spotkanie całodniowe ma wszędzie te same daty; czas lokalny jest pokazywany dla spotkań z godziną rozpoczęcia i zakończenia.
meeting-page-meeting-has-no-date = Spotkanie nie ma jeszcze daty.
meetings-partners-holidays-could-not = Nie udało się pokazać świąt partnerów: { $error }
network-edit-was-added = Dodano: { $name }.
network-edit-was-saved = Zapisano: { $name }.
networks-was-deleted = Usunięto: { $name }.
networks-dates-not-set = daty nieustalone
plan-page-actions-budget-timeline = Działania, budżet i oś czasu
plan-page-indicators-2 = Wskaźniki
plan-page-risks-2 = Ryzyka
plan-page-history-2 = Historia
plan-page-conflicts-settle-2 = Konflikty do rozstrzygnięcia
plan-page-was-removed-its-text = Usunięto „{ $title }”; tekst pozostaje w historii.
plan-page-new-action = Nowe działanie { $n }
plan-page-version-was-restored-new = Wersję { $number } przywrócono jako nową wersję.
plan-page-plan-now = Plan ma teraz status „{ $next }”.
practice-edit-list-countries-could-not = Nie udało się wczytać listy krajów: { $error }
practice-edit-was-added = Dodano: { $title }.
practice-edit-was-saved = Zapisano: { $title }.
practice-page-country-names-could-not = Nie udało się wczytać nazw krajów, więc pokazywane są kody: { $error }
practice-page-was-deleted = Usunięto: { $title }.
practice-page-practice = Praktyka
practice-page-practice-its-section = Praktyka i jej sekcja
practice-page-practice-its-sections = Praktyka i jej sekcje ({ $sections })
practice-page-will-deleted-networks-transfer = { $what } zostanie usunięta. Sieci, które ją przenoszą, pozostają bez zmian.
practices-country-names-could-not = Nie udało się wczytać nazw krajów, więc pokazywane są kody: { $error }
agenda-form-item-must-end-after = Punkt musi kończyć się po rozpoczęciu.
days-off-partners-off = Partnerzy wolni: { $length }
days-off-line = { $source ->
    [national] { $partner } ({ $place }): { $holiday } (święto państwowe)
    [regional] { $partner } ({ $place }): { $holiday } (święto regionalne)
   *[local] { $partner } ({ $place }): { $holiday } (lokalny dzień wolny)
}
days-off-line-estimated = { $source ->
    [national] { $partner } ({ $place }): { $holiday } (święto państwowe, data szacunkowa)
    [regional] { $partner } ({ $place }): { $holiday } (święto regionalne, data szacunkowa)
   *[local] { $partner } ({ $place }): { $holiday } (lokalny dzień wolny, data szacunkowa)
}
days-off-holiday-of-kind = { $source ->
    [national] { $holiday }
    [regional] { $holiday } (święto regionalne)
   *[local] { $holiday } (lokalny dzień wolny)
}
days-off-holiday-of-kind-estimated = { $source ->
    [national] { $holiday } (data szacunkowa)
    [regional] { $holiday } (święto regionalne, data szacunkowa)
   *[local] { $holiday } (lokalny dzień wolny, data szacunkowa)
}
days-off-holiday-kept-by = { $holiday }: { $partners }
days-off-names-off = Wolne: { $names }
days-off-choose-partner = Wybierz partnera.
errors-something-went-wrong-no = Coś poszło nie tak i nie podano przyczyny.
find-time-h-min = { $h } godz. { $m } min
find-time-days-write-how-many = Dni: wpisz, ile dni trwa spotkanie, np. 2.
find-time-working-day-write-its = Dzień pracy: wpisz początek i koniec jako GG:MM, np. 09:00 i 17:00.
long-work-saving-events = { $count ->
        [one] Zapisywanie: { $done } z { $total } wydarzenia…
       *[other] Zapisywanie: { $done } z { $total } wydarzeń…
    }
long-work-writing-events = { $count ->
        [one] Zapisywanie { $total } wydarzenia…
       *[other] Zapisywanie { $total } wydarzeń…
    }
long-work-events-ready = { $count ->
        [one] { $total } wydarzenie gotowe: wybierz, gdzie zapisać plik.
        [few] { $total } wydarzenia gotowe: wybierz, gdzie zapisać plik.
       *[many] { $total } wydarzeń gotowych: wybierz, gdzie zapisać plik.
    }
meeting-form-meeting-must-end-after = Spotkanie musi kończyć się po rozpoczęciu.
meeting-form-choose-time-zone-host = Wybierz strefę czasową lub gospodarza, którego strefę przyjmuje spotkanie.
meeting-form-not-known-iana-time = „{ $zone }” nie jest znaną strefą czasową IANA (np. Europe/Riga).
meeting-form-last-day-before-first = Ostatni dzień, { $last }, jest przed pierwszym, { $first }.
meeting-form-write-year-between-leave = Wpisz rok od { $fIRST_YEAR } do { $lAST_YEAR } lub zostaw puste.
meeting-form-say-words-when-planned = Napisz słownie, kiedy jest planowane, lub podaj rok.
milestone-form-enter-month-yyyy-mm = Podaj miesiąc (RRRR-MM).
milestone-form-not-month-write-yyyy = „{ $v }” nie jest miesiącem; zapisz go jako RRRR-MM, np. 2027-06.
milestone-form-year-outside = Rok { $year } jest poza zakresem { $fIRST_YEAR }-{ $lAST_YEAR }.
partner-form-choose-country = Wybierz kraj.
partner-form-not-known-iana-time = „{ $zone }” nie jest znaną strefą czasową IANA (np. Europe/Riga).
plan-diff-no-change = Bez zmian
plan-diff-white-space-changed = Zmieniono odstępy
plan-gantt-no-start-end-month = brak miesiąca początku i końca
plan-gantt-no-start-month = brak miesiąca początku
plan-gantt-no-end-month = brak miesiąca końca
plan-gantt-its-end-month-comes = miesiąc końca jest przed miesiącem początku
plan-money-no-amount = brak kwoty
plan-money-type-amount-euros-such = Wpisz kwotę w euro, np. 12500 lub 12 500,50.
plan-money-euros-have-two-decimals = Kwoty w euro mają najwyżej dwa miejsca po przecinku (centy).
validation-must-not-empty = Nie może być puste.
validation-characters-long-limit = Ma { $n } znaków; limit to { $max }.
validation-not-e-mail-address = „{ $v }” nie jest adresem e-mail (oczekiwano: nazwa@przyklad.org).
validation-must-start-https-http = „{ $v }” musi zaczynać się od https:// lub http://.
validation-not-web-address = „{ $v }” nie jest adresem internetowym.
validation-enter-date-yyyy-mm = Podaj datę (RRRR-MM-DD).
validation-not-date-write-yyyy = „{ $v }” nie jest datą; zapisz ją jako RRRR-MM-DD, np. 2027-03-10.
validation-year-outside = Rok { $year } jest poza zakresem { $fIRST_YEAR }-{ $lAST_YEAR }.
validation-enter-time-hh-mm = Podaj godzinę (GG:MM, format 24-godzinny).
validation-not-time-write-hh = „{ $v }” nie jest godziną; zapisz ją jako GG:MM, np. 14:30.
validation-before-start = { $end } jest przed początkiem, { $start }.
validation-not-whole-number = „{ $value }” nie jest liczbą całkowitą.
calendar-saved = Zapisano { $count ->
        [one] { $count } spotkanie
        [few] { $count } spotkania
       *[many] { $count } spotkań
    } w { $path }
calendar-left-out = { $head }; pominięto spotkania jeszcze bez daty: { $count }.
calendar-cancellation = Odwołanie
calendar-invitation = Zaproszenie
calendar-was-written = { $what } „{ $subject }” zapisano w { $path }.
calendar-open-your-mail-program = { $what } „{ $subject }” jest otwarte w programie pocztowym: sprawdź i wyślij stamtąd. Jest też zapisane jako { $path }.
calendar-none-file-s-events = Nie udało się zaimportować żadnego wydarzenia z pliku: pominięto { $count ->
        [one] { $count } wydarzenie
        [few] { $count } wydarzenia
       *[many] { $count } wydarzeń
    }, każde podane z wierszem i przyczyną; niczego nie zaimportowano.
calendar-calendar-holds-no-events = Kalendarz nie zawiera wydarzeń dla tej sieci; niczego nie zaimportowano{ $skippedPart }.
calendar-nothing-changed-already-saved = Nic się nie zmieniło: wydarzenia z tego pliku ({ $count }) są już zapisane{ $skippedPart }.
calendar-created-updated-unchanged = Utworzono { $count ->
        [one] { $count } spotkanie
        [few] { $count } spotkania
       *[many] { $count } spotkań
    }, zaktualizowano { $updated }, bez zmian { $unchanged }{ $skippedPart }.
calendar-event = wydarzenie
calendar-line-uid = wiersz { $line }: { $title } (UID { $uid })
calendar-line = wiersz { $line }: { $title }
calendar-give-your-e-mail = Podaj swój adres e-mail: odpowiedzi partnerów wracają na niego.
calendar-choose-at-least-person = Wybierz co najmniej jedną osobę do zaproszenia lub dodaj adres.
dates-happening-now = trwa teraz
dates-earlier-today = wcześniej dziś
local-times-outside-working-hours = poza 08:00–19:00
local-times-on-saturday = w sobotę
local-times-on-sunday = w niedzielę
local-times-unknown-zone = nieznana strefa
plan-actions-not-month-write-yyyy = „{ $typed }” nie jest miesiącem: zapisz go jako RRRR-MM, np. 2027-03.
plan-actions-not-span-months-write = „{ $typed }” nie jest zakresem miesięcy: zapisz go jako 2027-03 – 2027-12.
plan-actions-from = Od { $shortMonth }
plan-actions-until = Do { $shortMonth }
plan-actions-none-yet = Jeszcze brak
plan-actions-details-funding-indicators = szczegóły, finansowanie i wskaźniki…
section-outline-moved-place = Przeniesiono „{ $title }” na miejsce { $place } z { $count }.
dates-today = dziś
dates-tomorrow = jutro
dates-yesterday = wczoraj
dates-in-days = { $count ->
        [one] za { $count } dzień
       *[other] za { $count } dni
    }
dates-days-ago = { $count ->
        [one] { $count } dzień temu
       *[other] { $count } dni temu
    }
dates-in-months = { $count ->
        [one] za { $count } miesiąc
        [few] za { $count } miesiące
       *[many] za { $count } miesięcy
    }
dates-months-ago = { $count ->
        [one] { $count } miesiąc temu
        [few] { $count } miesiące temu
       *[many] { $count } miesięcy temu
    }
dates-in-minutes = { $count ->
        [one] za { $count } minutę
        [few] za { $count } minuty
       *[many] za { $count } minut
    }
dates-in-hours = { $count ->
        [one] za { $count } godzinę
        [few] za { $count } godziny
       *[many] za { $count } godzin
    }
plan-actions-column-title = Działanie
plan-actions-column-objective = Cel
plan-actions-column-months = Miesiące
plan-actions-column-cost = Koszt
plan-actions-column-funding = Finansowanie
plan-actions-column-status = Status
plan-actions-column-details = Więcej
plan-diff-words-added = { $count ->
        [one] dodano { $count } słowo
        [few] dodano { $count } słowa
       *[many] dodano { $count } słów
    }
plan-diff-words-removed = { $count ->
        [one] usunięto { $count } słowo
        [few] usunięto { $count } słowa
       *[many] usunięto { $count } słów
    }
calendar-events-skipped = { $count ->
        [one] ; pominięto { $count } wydarzenie
        [few] ; pominięto { $count } wydarzenia
       *[many] ; pominięto { $count } wydarzeń
    }
import-report-count-networks = { $count ->
        [one] { $count } sieć
        [few] { $count } sieci
       *[many] { $count } sieci
    }
import-report-count-partners = { $count ->
        [one] { $count } partner
        [few] { $count } partnerów
       *[many] { $count } partnerów
    }
import-report-count-contacts = { $count ->
        [one] { $count } e-mail kontaktowy
        [few] { $count } e-maile kontaktowe
       *[many] { $count } e-maili kontaktowych
    }
import-report-count-meetings = { $count ->
        [one] { $count } spotkanie
        [few] { $count } spotkania
       *[many] { $count } spotkań
    }
import-report-count-milestones = { $count ->
        [one] { $count } kamień milowy
        [few] { $count } kamienie milowe
       *[many] { $count } kamieni milowych
    }
import-report-count-action-plans = { $count ->
        [one] { $count } plan działań
        [few] { $count } plany działań
       *[many] { $count } planów działań
    }
import-report-count-practices = { $count ->
        [one] { $count } dobra praktyka
        [few] { $count } dobre praktyki
       *[many] { $count } dobrych praktyk
    }
import-report-count-import-notes = { $count ->
        [one] { $count } notatka z importu
        [few] { $count } notatki z importu
       *[many] { $count } notatek z importu
    }
plan-gantt-span-one-month = { $start } (1 miesiąc)
plan-gantt-bar = { $label }: { $span }
plan-gantt-bar-pilot = { $label } (pilotaż): { $span }
plan-gantt-span-months = { $start } – { $end } (miesiące: { $count })
calendar-reminder-none = Bez przypomnienia
calendar-reminder-day = 1 dzień wcześniej
calendar-reminder-hour = 1 godzinę wcześniej
import-calendar-button-reading = Odczytywanie pliku kalendarza…
export-calendar-button-reading = Odczytywanie spotkań…
export-send-bar-exported = Wyeksportowano jako { $format } do { $path }.
export-send-bar-plan-file-saved = Plik planu zapisano w { $path }. Wyślij go partnerowi e-mailem lub w inny sposób.
budget-summary-by-funding-source = Według źródła finansowania
budget-summary-by-objective = Według celu
budget-summary-funding-source = Źródło finansowania
budget-summary-objective = Cel

## Calendar servers
## components/dav/DavAccountsSection.svelte: the accounts in Settings
dav-accounts-heading = Serwery kalendarzy
dav-accounts-intro = Proszę publikować spotkania sieci w kalendarzu CalDAV, z którego korzystają Państwa partnerzy (Nextcloud, SOGo, Radicale, Fastmail). Hasło jest przechowywane w bazie kluczy tego komputera, nigdy w danych Convene.
dav-accounts-added = Dodano konto { $name }. { $note }
dav-accounts-none = Brak kont.
dav-accounts-user-at-url = { $user } na { $url }
dav-accounts-testing = Testowanie…
dav-accounts-test = Testuj
dav-accounts-remove = Usuń
dav-accounts-test-works = { $count ->
        [0] Działa. Katalog kalendarzy { $home }; 0 kalendarzy.
        [one] Działa. Katalog kalendarzy { $home }; { $count } kalendarz:
        [few] Działa. Katalog kalendarzy { $home }; { $count } kalendarze:
        [many] Działa. Katalog kalendarzy { $home }; { $count } kalendarzy:
       *[other] Działa. Katalog kalendarzy { $home }; { $count } kalendarza:
    }
dav-accounts-name = Nazwa
dav-accounts-name-placeholder = nextcloud
dav-accounts-url = Adres serwera
dav-accounts-url-hint = Dla Nextcloud: https://HOST/remote.php/dav
dav-accounts-url-placeholder = https://
dav-accounts-user = Nazwa użytkownika
dav-accounts-password = Hasło
dav-accounts-ca-file = Plik CA (opcjonalnie)
dav-accounts-ca-file-hint = Tylko dla serwera z własnym certyfikatem: plik PEM jego urzędu certyfikacji.
dav-accounts-ca-file-choose = Wybierz plik…
dav-accounts-ca-file-none = Brak: certyfikat serwera jest publiczny.
dav-accounts-ca-file-clear = Nie używaj żadnego
dav-accounts-cancel = Anuluj
dav-accounts-adding = Dodawanie…
dav-accounts-add-account = Dodaj konto
dav-accounts-add = Dodaj konto…
dav-password-used-once = Hasło (użyte raz, niezapisane)
## components/dav/DavConflictCard.svelte: one conflict, both versions side by side
dav-conflict-in-convene = W Convene
dav-conflict-on-server = Na serwerze
dav-conflict-label = Konflikt: { $title }
dav-conflict-found = wykryto { $when }
dav-conflict-deleted = Usunięto
dav-conflict-keep-mine = Zachowaj moją wersję
dav-conflict-keep-server = Zachowaj wersję serwera
## components/dav/PublishSection.svelte: publishing on the network page
dav-publish-heading = Serwer kalendarza
dav-publish-no-account = Aby opublikować te spotkania na serwerze kalendarza Państwa partnerów, proszę dodać konto w { $link }.
dav-publish-cancelled = Publikowanie anulowane. To, co dotarło na serwer, zostaje; następna publikacja je dokończy.
dav-publish-no-account-link = Ustawieniach
dav-publish-account = Konto
dav-publish-calendar = Nazwa kalendarza (opcjonalnie)
dav-publish-calendar-placeholder = Nazwa sieci
dav-publish-progress = Publikowanie na serwerze kalendarza…
dav-publish-publishing = Publikowanie…
dav-publish-go = Opublikuj na serwerze kalendarza
dav-publish-last = Ostatnia publikacja { $when }, w { $calendar } ({ $account }): { $result }
dav-publish-conflicts-heading = Konflikty do rozstrzygnięcia ({ $count })
dav-publish-conflicts-intro = Obie strony zmieniły te spotkania od ostatniej publikacji, więc nic dla nich nie zapisano.

## lib/meetingWhen.ts: a meeting's when, outside English (English shows the core's own words)
# { $date }: a day such as "mer. 10 mars 2027"; { $times }: "10:00–12:00"; { $zone }: "Europe/Riga";
# { $days }: how many days after the start the end falls; { $known }: a month and year, or a year, of an undated meeting;
# { $wording }: the undated meeting's own words, as typed or imported.
meeting-when-timed = { $date }, { $times } ({ $zone })
meeting-when-timed-later = { $days ->
    [one] { $date }, { $times } +{ $days } dzień ({ $zone })
   *[other] { $date }, { $times } +{ $days } dni ({ $zone })
}
meeting-when-timed-short = { $date }, { $time }
meeting-when-all-day = { $date }, cały dzień
meeting-when-all-days = { $dates }, całe dni
meeting-when-not-dated = jeszcze bez daty
meeting-when-not-dated-known = jeszcze bez daty ({ $known })
meeting-when-not-dated-wording = jeszcze bez daty („{ $wording }”)
meeting-when-not-dated-known-wording = jeszcze bez daty ({ $known }: „{ $wording }”)
meeting-when-known-not-dated = { $known }, jeszcze bez daty
meeting-when-month-year-unknown = { $month }, rok nieznany

## The plan page's push and pull through a WebDAV folder (components/dav/PlanServerBar.svelte)

plan-server-heading = Udostępnianie przez serwer kalendarzy
plan-server-account = Konto
plan-server-folder = Folder na serwerze (opcjonalnie)
plan-server-folder-placeholder = Folder ostatniego wysłania lub pobrania
plan-server-push = Wyślij na serwer
plan-server-pushing = Wysyłanie…
plan-server-pull = Pobierz z serwera
plan-server-pulling = Pobieranie…
# $href: the plan file's address on the server.
plan-server-pushed = Plan jest na serwerze: { $href }.
# $link: plan-server-no-account-link, shown as a link to Settings.
plan-server-no-account = Aby udostępnić ten plan przez folder na serwerze partnerów, dodaj konto w { $link }.
plan-server-no-account-link = Ustawieniach
