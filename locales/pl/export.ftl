# Plan documents, invitations, reminders and calendar texts. Source: locales/en/export.ftl (comments there).
export-kind-iap = Zintegrowany Plan Działań
export-fact-city = Miasto
export-fact-network = Sieć
export-fact-status = Status
export-fact-adopted = Przyjęty
export-fact-revision = Wersja
export-revision-of = { $number } z { $date }
export-section-context = Kontekst i potrzeby
export-section-vision = Wizja i cele
export-section-approach = Podejście zintegrowane
export-section-actions = Działania
export-section-implementation = Wdrażanie: harmonogram i zasoby
export-section-funding = Finansowanie
export-section-risks = Ryzyka
export-section-monitoring = Monitorowanie i wskaźniki
export-section-local-group = Udział grupy lokalnej
export-not-written = Ta sekcja nie została jeszcze napisana.
export-period-from = od { $month }
export-period-until = do { $month }
export-action-pilot = pilotaż
export-no-actions = Nie zapisano jeszcze żadnych działań.
export-column-action = Działanie
export-column-objective = Cel
export-column-lead-and-partners = Lider i partnerzy
export-column-period = Okres
export-column-cost = Koszt
export-column-funding = Finansowanie
export-column-status = Status
export-column-year = Rok
export-column-actions = Działania
export-column-amount = Kwota
export-column-source = Źródło
export-column-share-of-cost = Udział w kosztach
export-column-secured = Zapewnione
export-column-risk = Ryzyko
export-column-likelihood = Prawdopodobieństwo
export-column-impact = Wpływ
export-column-score = Ocena
export-column-mitigation = Środki zaradcze
export-column-owner = Odpowiedzialny
export-column-indicator = Wskaźnik
export-column-type = Rodzaj
export-column-unit = Jednostka
export-column-baseline = Wartość bazowa
export-column-target = Wartość docelowa
export-column-by = Termin
export-column-verification = Weryfikacja
export-with-partners = z { $partners }
export-not-estimated = nieoszacowany
export-total = Razem
export-total-without-dropped = Razem (bez porzuconych działań)
export-action-descriptions = Opisy działań
export-indicators-label = Wskaźniki:
export-actions-per-year = Działania w poszczególnych latach
export-unscheduled-actions = { $count ->
    [one] { $count } działanie nie ma jeszcze terminu.
    [few] { $count } działania nie mają jeszcze terminu.
    [many] { $count } działań nie ma jeszcze terminu.
   *[other] { $count } działania nie ma jeszcze terminu.
}
export-no-budget = Brak budżetu: tabela działań jest pusta.
export-total-estimated-cost = Szacowany koszt całkowity
export-secured-funding = Zapewnione finansowanie
export-funding-above-cost = Finansowanie powyżej kosztów
export-funding-gap = Luka finansowa
export-budget-summary = Podsumowanie budżetu
export-uncosted-actions = { $count ->
    [one] { $count } działanie nie ma jeszcze szacunku kosztów i liczy się jako { $zero }.
    [few] { $count } działania nie mają jeszcze szacunku kosztów i liczą się jako { $zero }.
    [many] { $count } działań nie ma jeszcze szacunku kosztów i liczy się je jako { $zero }.
   *[other] { $count } działania nie ma jeszcze szacunku kosztów i liczy się jako { $zero }.
}
export-not-yet-funded = Jeszcze niesfinansowane
export-funding-by-source = Finansowanie według źródła
export-no-objective = Nie podano celu
export-cost-by-objective = Koszt według celu
export-no-risks = Nie zapisano jeszcze żadnych ryzyk.
export-no-indicators = Nie zapisano jeszcze żadnych wskaźników.
invite-subject-invitation = Zaproszenie: { $title } ({ $when })
invite-subject-updated = Zaktualizowane zaproszenie: { $title } ({ $when })
invite-subject-cancelled = Odwołane: { $title } ({ $when })
invite-subject-postponed = Przełożone: { $title } ({ $when })
invite-intro-request = { $who } zaprasza na { $title } ({ $network }).
invite-intro-postponed = { $title } ({ $network }) zostaje przełożone; nowy termin zostanie podany.
invite-intro-cancelled = { $title } ({ $network }) zostaje odwołane.
invite-clock = { $clock } (czas { $zone }, { $offset })
invite-all-day = { $date } (cały dzień)
invite-all-days = od { $first } do { $last } (cały dzień)
invite-when = Kiedy: { $when }
invite-where = Gdzie: { $place }
invite-online = Dołącz online: { $url }
invite-host = Gospodarz: { $host }
invite-agenda = Program:
invite-footer-request = Twój program kalendarza pokaże tę wiadomość jako zaproszenie do przyjęcia lub odrzucenia.
invite-footer-cancel = Twój program kalendarza usunie spotkanie, gdy otworzysz tę wiadomość.
export-plan-status-draft = Wersja robocza
export-plan-status-in_review = W przeglądzie
export-plan-status-final = Ostateczny
export-plan-status-adopted = Przyjęty
export-action-status-idea = Pomysł
export-action-status-planned = Zaplanowane
export-action-status-ongoing = W toku
export-action-status-done = Zrobione
export-action-status-dropped = Porzucone
export-indicator-kind-output = Produkt
export-indicator-kind-result = Rezultat
export-funding-source-city = Budżet miasta
export-funding-source-erdf = EFRR
export-funding-source-esf_plus = EFS+
export-funding-source-national = Krajowe
export-funding-source-regional = Regionalne
export-funding-source-private = Prywatne
export-funding-source-other = Inne

plan-revision-created = Utworzono
plan-revision-created-from-page = Utworzono z zaimportowanego streszczenia Zintegrowanego Planu Działań
plan-revision-sections-reordered = Zmieniono kolejność sekcji
plan-revision-edited = Edytowano „{ $section }”
plan-revision-section-added = Dodano sekcję „{ $section }”
plan-revision-section-renamed = Zmieniono nazwę sekcji „{ $old }” na „{ $new }”
plan-revision-section-removed = Usunięto sekcję „{ $section }”
plan-revision-action-added = Dodano działanie „{ $action }”
plan-revision-action-changed = Zmieniono działanie „{ $action }”
plan-revision-action-deleted = Usunięto działanie „{ $action }”
plan-revision-action-moved = Przeniesiono działanie „{ $action }”
plan-revision-indicator-added = Dodano wskaźnik „{ $indicator }”
plan-revision-indicator-changed = Zmieniono wskaźnik „{ $indicator }”
plan-revision-indicator-deleted = Usunięto wskaźnik „{ $indicator }”
plan-revision-risk-added = Dodano ryzyko „{ $risk }”
plan-revision-risk-changed = Zmieniono ryzyko „{ $risk }”
plan-revision-risk-deleted = Usunięto ryzyko „{ $risk }”
plan-revision-restored = Przywrócono wersję { $number }
plan-revision-settled-ours = Rozstrzygnięto konflikt w „{ $label }”: zostaje nasz tekst
plan-revision-settled-theirs = Rozstrzygnięto konflikt w „{ $label }”: zostaje ich tekst
plan-revision-settled-merged = Rozstrzygnięto konflikt w „{ $label }”: zostaje tekst scalony
plan-revision-merged = Scalono { $count ->
    [one] { $count } wersję
    [few] { $count } wersje
    [many] { $count } wersji
   *[other] { $count } wersji
} z kopii użytkownika { $author }
plan-revision-merged-conflicts = Scalono { $count ->
    [one] { $count } wersję
    [few] { $count } wersje
    [many] { $count } wersji
   *[other] { $count } wersji
} z kopii użytkownika { $author }; { $conflicts ->
    [one] { $conflicts } konflikt do rozstrzygnięcia
    [few] { $conflicts } konflikty do rozstrzygnięcia
    [many] { $conflicts } konfliktów do rozstrzygnięcia
   *[other] { $conflicts } konfliktu do rozstrzygnięcia
}
plan-author-unknown = Nieznany autor
plan-revision-kind-created = Utworzono
plan-revision-kind-edit = Edytowano
plan-revision-kind-restore = Przywrócono
plan-revision-kind-received = Odebrano
plan-revision-kind-merge = Scalono
plan-revision-kind-resolve = Rozstrzygnięto konflikt

poll-hold-title = [Ankieta { $number }/{ $total }] { $title }
poll-hold-description = Jeden z terminów ({ $total }) zaproponowanych dla: { $title }. Zaakceptuj, jeśli ten termin Ci odpowiada, wybierz „Wstępnie”, jeśli w razie potrzeby, odrzuć, jeśli nie.
poll-subject-invitation = Które terminy Ci odpowiadają? { $title } ({ $count ->
    [one] { $count } termin
    [few] { $count } terminy
    [many] { $count } terminów
   *[other] { $count } terminu
})
poll-grid-intro = { $who } pyta, które z tych terminów odpowiadają miastu { $partner } dla „{ $title }” ({ $network }).
poll-grid-deadline = Prosimy o odpowiedź do { $date }.
poll-grid-calendar = Twój program kalendarza pokazuje każdy termin jako wstępną rezerwację, „{ $example }”. Odpowiedz na każdą: Akceptuj = tak, Wstępnie = w razie potrzeby, Odrzuć = nie.
poll-grid-reply = Jeśli ich nie pokazuje, odpowiedz na tę wiadomość, pisząc tak, może albo nie po każdym terminie poniżej, i zostaw wiersz Token: wskazuje, że to Twoje odpowiedzi.
poll-grid-option-your-time = { $when }, u Ciebie { $local }
poll-subject-released = Terminy zwolnione: { $title } odbędzie się { $when }
poll-released-intro = Ankieta dotycząca „{ $title }” jest zamknięta: spotkanie odbędzie się { $when }. Zaproszenie wkrótce.
poll-released-list = Te terminy są zwolnione; Twój program kalendarza usunie ich rezerwacje:

export-imported = zaimportowano: { $parts }
export-imported-nothing = nic nie zaimportowano: plik nie zawiera danych

plan-received-created = dodano plan „{ $title }” ({ $count ->
    [one] { $count } wersja
    [few] { $count } wersje
    [many] { $count } wersji
   *[other] { $count } wersji
}){ $note }{ $partner_note }
plan-received-partner-unknown = {" "}({ $partner } nie jest tu partnerem tej sieci, więc plan nie ma partnera)
plan-received-up-to-date = „{ $title }” jest już aktualny: nic się nie zmieniło{ $note }
plan-received-up-to-date-text = „{ $title }” jest już aktualny: jego tekst się nie zmienił{ $note }
plan-received-ours-newer = Ta kopia „{ $title }” jest nowsza niż kopia z pliku: nic się nie zmieniło{ $note }
plan-received-ours-newer-text = Ta kopia „{ $title }” jest nowsza niż kopia z pliku: jej tekst się nie zmienił{ $note }
plan-received-fast-forward = Dodano { $count ->
    [one] { $count } wersję
    [few] { $count } wersje
    [many] { $count } wersji
   *[other] { $count } wersji
} do „{ $title }”; odpowiada on teraz najnowszej wersji z pliku{ $note }
plan-received-merged = Scalono { $count ->
    [one] { $count } wersję
    [few] { $count } wersje
    [many] { $count } wersji
   *[other] { $count } wersji
} w „{ $title }”; zmiany obu stron zostają{ $note }
plan-received-merged-conflicts = Scalono { $count ->
    [one] { $count } wersję
    [few] { $count } wersje
    [many] { $count } wersji
   *[other] { $count } wersji
} w „{ $title }”, ale obie strony zmieniły: { $labels }; nic nie zostało nadpisane, wybierz, który tekst zachować{ $note }
plan-received-note = {" "}({ $notes })
plan-received-comments-added = { $count ->
    [one] { $count } nowy komentarz
    [few] { $count } nowe komentarze
    [many] { $count } nowych komentarzy
   *[other] { $count } nowego komentarza
}
plan-received-comments-resolved = { $count ->
    [one] { $count } komentarz rozwiązany
    [few] { $count } komentarze rozwiązane
    [many] { $count } komentarzy rozwiązanych
   *[other] { $count } komentarza rozwiązanego
}

urbact-created = Utworzono: { $counts }.
urbact-would-create = Próba, nic nie zapisano: zostałoby utworzone: { $counts }.
urbact-already-there = Już w bazie danych i pozostawione bez zmian: { $counts }.
urbact-nothing-changed = Nic się nie zmieniło: wszystko z tego pliku jest już w bazie danych.
urbact-nothing-would-change = Nic by się nie zmieniło: wszystko z tego pliku jest już w bazie danych.
urbact-warnings = { $count ->
    [one] { $count } ostrzeżenie.
    [few] { $count } ostrzeżenia.
    [many] { $count } ostrzeżeń.
   *[other] { $count } ostrzeżenia.
}

poll-replies-unusable = Nie da się użyć plików: { $bad } z { $files }, więc nic nie zapisano; usuń je lub popraw i wczytaj odpowiedzi ponownie
poll-replies-read = { $answers ->
    [one] { $answers } odpowiedź
    [few] { $answers } odpowiedzi
   *[other] { $answers } odpowiedzi
} z { $files ->
    [one] { $files } pliku
   *[other] { $files } plików
}
poll-replies-read-detail = { $answers ->
    [one] { $answers } odpowiedź
    [few] { $answers } odpowiedzi
   *[other] { $answers } odpowiedzi
} z { $files ->
    [one] { $files } pliku
   *[other] { $files } plików
}: { $parts }
poll-replies-new = nowe: { $count }
poll-replies-changed = zmienione: { $count }
poll-replies-same = już zapisane: { $count }
poll-replies-older = starsze niż zapisana odpowiedź: { $count }

## The words a calendar file (.ics) writes around a meeting's own text, in the network's
## working language (ical::export::words); invitations carry the same file. English
## must stay as it is: calendar files already written hold it.
# Opens the description of a postponed meeting, which the file cancels at its old date.
calendar-postponed = Przełożone: nowy termin zostanie podany.
# LOCATION of an online meeting that names no venue and no host city.
calendar-location-online = Online
# A meeting's kind as the event's category (CATEGORIES); each kind needs its own words.
calendar-kind-kick-off = Spotkanie inauguracyjne
calendar-kind-transnational = Spotkanie ponadnarodowe
calendar-kind-city-visit = Wizyta w mieście
calendar-kind-final-event = Wydarzenie końcowe
calendar-kind-local-group = Lokalna Grupa URBACT
calendar-kind-online-touch-base = Krótkie spotkanie online
calendar-kind-phase-review = Przegląd fazy
calendar-kind-other = Inne

## A meeting's when in words (schedule_text): the command line's lists and details, in
## the reader's language, and invitations' texts, in the network's working language.
# $dates: a day or a range of days, written by Convene.
when-all-day = { $dates }, cały dzień
when-all-days = { $dates }, całe dni
# After a time when a meeting ends on a later day than it starts ("22:00-01:00 +1 day").
# $count: how many days later.
when-end-days-later = +{ $count ->
    [one] { $count } dzień
    [few] { $count } dni
    [many] { $count } dni
   *[other] { $count } dnia
}
# A range of days as the command line writes it; $first, $last: days written 2027-03-10.
when-days-iso = od { $first } do { $last }
# A meeting without a date yet. $known: what is known of its date (a month and year, a
# year, or a month); $wording: the source's own words for it, such as "after the summer".
when-not-dated = jeszcze bez daty
when-not-dated-known = jeszcze bez daty ({ $known })
when-not-dated-wording = jeszcze bez daty („{ $wording }”)
when-not-dated-known-wording = jeszcze bez daty ({ $known }: „{ $wording }”)
# In a list: what is known of the date, then that it is not fixed.
when-known-not-dated = { $known }, jeszcze bez daty
# $month: a month's name, when the year is not known.
when-month-year-unknown = { $month }, rok nieznany

## A meeting postponed (meeting_status): the line added to its description, in the
## network's working language. $when: its old date and time, written out.
meeting-postponed-from = Przełożone; pierwotny termin: { $when }.

## What is wrong with a proposed time for one partner (scheduling::burden), in the
## reader's language.
# $name: the public holiday or day off there.
slot-problem-holiday = święto: { $name }
# $title: the network's other meeting at that time.
slot-problem-overlap = pokrywa się z „{ $title }”
slot-problem-weekend = weekend
# $early, $late: times of day, such as 08:00 and 19:00.
slot-problem-early-or-late = przed { $early } lub po { $late }
# $hours: the working hours asked for, such as 09:00-17:00.
slot-problem-outside-hours = poza godzinami pracy ({ $hours })
