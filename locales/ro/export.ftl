# Plan documents, invitations, reminders and calendar texts. Source: locales/en/export.ftl (comments there).
export-kind-iap = Plan de Acțiune Integrat
export-fact-city = Oraș
export-fact-network = Rețea
export-fact-status = Stare
export-fact-adopted = Adoptat la
export-fact-revision = Revizie
export-revision-of = { $number } din { $date }
export-section-context = Context și nevoi
export-section-vision = Viziune și obiective
export-section-approach = Abordare integrată
export-section-actions = Acțiuni
export-section-implementation = Implementare: calendar și resurse
export-section-funding = Finanțare
export-section-risks = Riscuri
export-section-monitoring = Monitorizare și indicatori
export-section-local-group = Implicarea grupului local
export-not-written = Această secțiune nu a fost scrisă încă.
export-period-from = din { $month }
export-period-until = până în { $month }
export-action-pilot = pilot
export-no-actions = Încă nu există acțiuni înregistrate.
export-column-action = Acțiune
export-column-objective = Obiectiv
export-column-lead-and-partners = Responsabil și parteneri
export-column-period = Perioadă
export-column-cost = Cost
export-column-funding = Finanțare
export-column-status = Stare
export-column-year = An
export-column-actions = Acțiuni
export-column-amount = Sumă
export-column-source = Sursă
export-column-share-of-cost = Parte din cost
export-column-secured = Asigurat
export-column-risk = Risc
export-column-likelihood = Probabilitate
export-column-impact = Impact
export-column-score = Scor
export-column-mitigation = Atenuare
export-column-owner = Responsabil
export-column-indicator = Indicator
export-column-type = Tip
export-column-unit = Unitate
export-column-baseline = Valoare de referință
export-column-target = Țintă
export-column-by = Termen
export-column-verification = Verificare
export-with-partners = cu { $partners }
export-not-estimated = neestimat
export-total = Total
export-total-without-dropped = Total (fără acțiunile abandonate)
export-action-descriptions = Descrierea acțiunilor
export-indicators-label = Indicatori:
export-actions-per-year = Acțiuni pe an
export-unscheduled-actions = { $count ->
    [one] { $count } acțiune nu este încă programată.
    [few] { $count } acțiuni nu sunt încă programate.
   *[other] { $count } de acțiuni nu sunt încă programate.
}
export-no-budget = Încă nu există buget: tabelul acțiunilor este gol.
export-total-estimated-cost = Cost total estimat
export-secured-funding = Finanțare asigurată
export-funding-above-cost = Finanțare peste cost
export-funding-gap = Deficit de finanțare
export-budget-summary = Rezumatul bugetului
export-uncosted-actions = { $count ->
    [one] { $count } acțiune nu are încă o estimare a costului și contează ca { $zero }.
    [few] { $count } acțiuni nu au încă o estimare a costului și contează ca { $zero }.
   *[other] { $count } de acțiuni nu au încă o estimare a costului și contează ca { $zero }.
}
export-not-yet-funded = Încă nefinanțat
export-funding-by-source = Finanțare pe surse
export-no-objective = Niciun obiectiv indicat
export-cost-by-objective = Cost pe obiectiv
export-no-risks = Încă nu există riscuri înregistrate.
export-no-indicators = Încă nu există indicatori înregistrați.
invite-subject-invitation = Invitație: { $title } ({ $when })
invite-subject-updated = Invitație actualizată: { $title } ({ $when })
invite-subject-cancelled = Anulată: { $title } ({ $when })
invite-subject-postponed = Amânată: { $title } ({ $when })
invite-intro-request = { $who } vă invită la { $title } ({ $network }).
invite-intro-postponed = { $title } ({ $network }) este amânată; va urma o nouă dată.
invite-intro-cancelled = { $title } ({ $network }) este anulată.
invite-clock = { $clock } (ora { $zone }, { $offset })
invite-all-day = { $date } (toată ziua)
invite-all-days = { $first } - { $last } (toată ziua)
invite-when = Când: { $when }
invite-where = Unde: { $place }
invite-online = Participare online: { $url }
invite-host = Gazdă: { $host }
invite-agenda = Ordinea de zi:
invite-footer-request = Programul de calendar afișează acest mesaj ca invitație pe care o puteți accepta sau refuza.
invite-footer-cancel = Programul de calendar elimină întâlnirea când deschideți acest mesaj.
export-plan-status-draft = Ciornă
export-plan-status-in_review = În revizuire
export-plan-status-final = Final
export-plan-status-adopted = Adoptat
export-action-status-idea = Idee
export-action-status-planned = Planificată
export-action-status-ongoing = În desfășurare
export-action-status-done = Realizată
export-action-status-dropped = Abandonată
export-indicator-kind-output = Realizare
export-indicator-kind-result = Rezultat
export-funding-source-city = Bugetul orașului
export-funding-source-erdf = FEDR
export-funding-source-esf_plus = FSE+
export-funding-source-national = Național
export-funding-source-regional = Regional
export-funding-source-private = Privat
export-funding-source-other = Altele

plan-revision-created = Creat
plan-revision-created-from-page = Creat din rezumatul importat al Planului de Acțiune Integrat
plan-revision-sections-reordered = Secțiuni reordonate
plan-revision-edited = Editare: „{ $section }”
plan-revision-section-added = Secțiunea „{ $section }” a fost adăugată
plan-revision-section-renamed = Secțiunea „{ $old }” a fost redenumită „{ $new }”
plan-revision-section-removed = Secțiunea „{ $section }” a fost eliminată
plan-revision-action-added = Acțiunea „{ $action }” a fost adăugată
plan-revision-action-changed = Acțiunea „{ $action }” a fost modificată
plan-revision-action-deleted = Acțiunea „{ $action }” a fost ștearsă
plan-revision-action-moved = Acțiunea „{ $action }” a fost mutată
plan-revision-indicator-added = Indicatorul „{ $indicator }” a fost adăugat
plan-revision-indicator-changed = Indicatorul „{ $indicator }” a fost modificat
plan-revision-indicator-deleted = Indicatorul „{ $indicator }” a fost șters
plan-revision-risk-added = Riscul „{ $risk }” a fost adăugat
plan-revision-risk-changed = Riscul „{ $risk }” a fost modificat
plan-revision-risk-deleted = Riscul „{ $risk }” a fost șters
plan-revision-restored = Versiunea { $number } a fost restaurată
plan-revision-settled-ours = Conflict rezolvat în „{ $label }”: rămâne textul nostru
plan-revision-settled-theirs = Conflict rezolvat în „{ $label }”: rămâne textul lor
plan-revision-settled-merged = Conflict rezolvat în „{ $label }”: rămâne un text combinat
plan-revision-merged = { $count ->
    [one] { $count } versiune combinată
    [few] { $count } versiuni combinate
   *[other] { $count } de versiuni combinate
} din copia de la { $author }
plan-revision-merged-conflicts = { $count ->
    [one] { $count } versiune combinată
    [few] { $count } versiuni combinate
   *[other] { $count } de versiuni combinate
} din copia de la { $author }; { $conflicts ->
    [one] { $conflicts } conflict de rezolvat
    [few] { $conflicts } conflicte de rezolvat
   *[other] { $conflicts } de conflicte de rezolvat
}
plan-author-unknown = Necunoscut
plan-revision-kind-created = Creat
plan-revision-kind-edit = Editat
plan-revision-kind-restore = Restaurat
plan-revision-kind-received = Primit
plan-revision-kind-merge = Combinat
plan-revision-kind-resolve = Conflict rezolvat

poll-hold-title = [Sondaj { $number }/{ $total }] { $title }
poll-hold-description = Una dintre cele { $total } date propuse pentru { $title }. Acceptați dacă vă convine această dată, alegeți Provizoriu dacă e nevoie, Refuzați dacă nu.
poll-subject-invitation = Ce date vă convin? { $title } ({ $count ->
    [one] { $count } dată
    [few] { $count } date
   *[other] { $count } de date
})
poll-grid-intro = { $who } întreabă ce date îi convin orașului { $partner } pentru „{ $title }” ({ $network }).
poll-grid-deadline = Vă rugăm să răspundeți până la { $date }.
poll-grid-calendar = Programul de calendar arată fiecare dată ca rezervare provizorie, „{ $example }”. Răspundeți la fiecare: Acceptare = da, Provizoriu = la nevoie, Refuzare = nu.
poll-grid-reply = Dacă nu le arată, răspundeți la acest e-mail scriind da, poate sau nu după fiecare dată de mai jos și păstrați rândul Token: arată că răspunsurile sunt ale dumneavoastră.
poll-grid-option-your-time = { $when }, la dumneavoastră { $local }
poll-subject-released = Date eliberate: { $title } are loc { $when }
poll-released-intro = Sondajul pentru „{ $title }” s-a închis: are loc { $when }. Urmează o invitație.
poll-released-list = Aceste date sunt eliberate; programul de calendar le elimină rezervările:

export-imported = importat: { $parts }
export-imported-nothing = nu s-a importat nimic: fișierul nu conține date

plan-received-created = a fost adăugat planul „{ $title }” cu { $count ->
    [one] { $count } versiune
    [few] { $count } versiuni
   *[other] { $count } de versiuni
}{ $note }{ $partner_note }
plan-received-partner-unknown = {" "}({ $partner } nu este aici partener al acestei rețele, așa că planul nu are partener)
plan-received-up-to-date = „{ $title }” este deja la zi: nu s-a schimbat nimic{ $note }
plan-received-up-to-date-text = „{ $title }” este deja la zi: textul său nu s-a schimbat{ $note }
plan-received-ours-newer = Această copie a „{ $title }” este mai nouă decât cea din fișier: nu s-a schimbat nimic{ $note }
plan-received-ours-newer-text = Această copie a „{ $title }” este mai nouă decât cea din fișier: textul său nu s-a schimbat{ $note }
plan-received-fast-forward = { $count ->
    [one] A fost adăugată { $count } versiune
    [few] Au fost adăugate { $count } versiuni
   *[other] Au fost adăugate { $count } de versiuni
} la „{ $title }”; acum corespunde celei mai noi versiuni din fișier{ $note }
plan-received-merged = { $count ->
    [one] A fost combinată { $count } versiune
    [few] Au fost combinate { $count } versiuni
   *[other] Au fost combinate { $count } de versiuni
} în „{ $title }”; modificările ambelor părți se păstrează{ $note }
plan-received-merged-conflicts = { $count ->
    [one] A fost combinată { $count } versiune
    [few] Au fost combinate { $count } versiuni
   *[other] Au fost combinate { $count } de versiuni
} în „{ $title }”, dar ambele părți au modificat { $labels }: nu s-a suprascris nimic; alegeți ce text păstrați{ $note }
plan-received-note = {" "}({ $notes })
plan-received-comments-added = { $count ->
    [one] { $count } comentariu nou
    [few] { $count } comentarii noi
   *[other] { $count } de comentarii noi
}
plan-received-comments-resolved = { $count ->
    [one] { $count } comentariu rezolvat
    [few] { $count } comentarii rezolvate
   *[other] { $count } de comentarii rezolvate
}

urbact-created = Create: { $counts }.
urbact-would-create = Probă, nu s-a salvat nimic: s-ar crea: { $counts }.
urbact-already-there = Deja în baza de date și lăsate așa cum sunt: { $counts }.
urbact-nothing-changed = Nu s-a schimbat nimic: tot ce conține acest fișier este deja în baza de date.
urbact-nothing-would-change = Nu s-ar schimba nimic: tot ce conține acest fișier este deja în baza de date.
urbact-warnings = { $count ->
    [one] { $count } avertisment.
    [few] { $count } avertismente.
   *[other] { $count } de avertismente.
}

poll-replies-unusable = { $bad ->
    [one] { $bad } din { $files } fișiere nu poate fi folosit, așa că nu s-a înregistrat nimic; eliminați-l sau corectați-l și citiți din nou răspunsurile
   *[other] { $bad } din { $files } fișiere nu pot fi folosite, așa că nu s-a înregistrat nimic; eliminați-le sau corectați-le și citiți din nou răspunsurile
}
poll-replies-read = { $answers ->
    [one] { $answers } răspuns
    [few] { $answers } răspunsuri
   *[other] { $answers } de răspunsuri
} din { $files ->
    [one] { $files } fișier
    [few] { $files } fișiere
   *[other] { $files } de fișiere
}
poll-replies-read-detail = { $answers ->
    [one] { $answers } răspuns
    [few] { $answers } răspunsuri
   *[other] { $answers } de răspunsuri
} din { $files ->
    [one] { $files } fișier
    [few] { $files } fișiere
   *[other] { $files } de fișiere
}: { $parts }
poll-replies-new = noi: { $count }
poll-replies-changed = schimbate: { $count }
poll-replies-same = deja înregistrate: { $count }
poll-replies-older = mai vechi decât răspunsul înregistrat: { $count }

## The words a calendar file (.ics) writes around a meeting's own text, in the network's
## working language (ical::export::words); invitations carry the same file. English
## must stay as it is: calendar files already written hold it.
# Opens the description of a postponed meeting, which the file cancels at its old date.
calendar-postponed = Amânată: va urma o nouă dată.
# LOCATION of an online meeting that names no venue and no host city.
calendar-location-online = Online
# A meeting's kind as the event's category (CATEGORIES); each kind needs its own words.
calendar-kind-kick-off = Lansare
calendar-kind-transnational = Reuniune transnațională
calendar-kind-city-visit = Vizită în oraș
calendar-kind-final-event = Eveniment final
calendar-kind-local-group = Grup local URBACT
calendar-kind-online-touch-base = Scurtă reuniune online
calendar-kind-phase-review = Bilanț de fază
calendar-kind-other = Altele

## A meeting's when in words (schedule_text): the command line's lists and details, in
## the reader's language, and invitations' texts, in the network's working language.
# $dates: a day or a range of days, written by Convene.
when-all-day = { $dates }, toată ziua
when-all-days = { $dates }, zile întregi
# After a time when a meeting ends on a later day than it starts ("22:00-01:00 +1 day").
# $count: how many days later.
when-end-days-later = +{ $count ->
    [one] { $count } zi
    [few] { $count } zile
   *[other] { $count } de zile
}
# A range of days as the command line writes it; $first, $last: days written 2027-03-10.
when-days-iso = { $first } până la { $last }
# A meeting without a date yet. $known: what is known of its date (a month and year, a
# year, or a month); $wording: the source's own words for it, such as "after the summer".
when-not-dated = încă fără dată
when-not-dated-known = încă fără dată ({ $known })
when-not-dated-wording = încă fără dată („{ $wording }”)
when-not-dated-known-wording = încă fără dată ({ $known }: „{ $wording }”)
# In a list: what is known of the date, then that it is not fixed.
when-known-not-dated = { $known }, încă fără dată
# $month: a month's name, when the year is not known.
when-month-year-unknown = { $month }, an necunoscut

## A meeting postponed (meeting_status): the line added to its description, in the
## network's working language. $when: its old date and time, written out.
meeting-postponed-from = Amânată; data inițială: { $when }.

## What is wrong with a proposed time for one partner (scheduling::burden), in the
## reader's language.
# $name: the public holiday or day off there.
slot-problem-holiday = sărbătoare: { $name }
# $title: the network's other meeting at that time.
slot-problem-overlap = se suprapune cu „{ $title }”
slot-problem-weekend = weekend
# $early, $late: times of day, such as 08:00 and 19:00.
slot-problem-early-or-late = înainte de { $early } sau după { $late }
# $hours: the working hours asked for, such as 09:00-17:00.
slot-problem-outside-hours = în afara programului de lucru ({ $hours })
