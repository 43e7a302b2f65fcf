# Plan documents, invitations, reminders and calendar texts. Source: locales/en/export.ftl (comments there).
export-kind-iap = Geïntegreerd Actieplan
export-fact-city = Stad
export-fact-network = Netwerk
export-fact-status = Status
export-fact-adopted = Vastgesteld op
export-fact-revision = Versie
export-revision-of = { $number } van { $date }
export-section-context = Context en behoeften
export-section-vision = Visie en doelstellingen
export-section-approach = Geïntegreerde aanpak
export-section-actions = Acties
export-section-implementation = Uitvoering: planning en middelen
export-section-funding = Financiering
export-section-risks = Risico’s
export-section-monitoring = Monitoring en indicatoren
export-section-local-group = Betrokkenheid van de lokale groep
export-not-written = Deze sectie is nog niet geschreven.
export-period-from = vanaf { $month }
export-period-until = tot { $month }
export-action-pilot = pilot
export-no-actions = Nog geen acties vastgelegd.
export-column-action = Actie
export-column-objective = Doelstelling
export-column-lead-and-partners = Trekker en partners
export-column-period = Periode
export-column-cost = Kosten
export-column-funding = Financiering
export-column-status = Status
export-column-year = Jaar
export-column-actions = Acties
export-column-amount = Bedrag
export-column-source = Bron
export-column-share-of-cost = Aandeel in de kosten
export-column-secured = Zeker
export-column-risk = Risico
export-column-likelihood = Waarschijnlijkheid
export-column-impact = Impact
export-column-score = Score
export-column-mitigation = Beperking
export-column-owner = Eigenaar
export-column-indicator = Indicator
export-column-type = Soort
export-column-unit = Eenheid
export-column-baseline = Nulmeting
export-column-target = Streefwaarde
export-column-by = Uiterlijk
export-column-verification = Verificatie
export-with-partners = met { $partners }
export-not-estimated = niet geraamd
export-total = Totaal
export-total-without-dropped = Totaal (zonder geschrapte acties)
export-action-descriptions = Beschrijving van de acties
export-indicators-label = Indicatoren:
export-actions-per-year = Acties per jaar
export-unscheduled-actions = { $count ->
    [one] { $count } actie is nog niet gepland.
   *[other] { $count } acties zijn nog niet gepland.
}
export-no-budget = Nog geen begroting: de actietabel is leeg.
export-total-estimated-cost = Totale geraamde kosten
export-secured-funding = Zekergestelde financiering
export-funding-above-cost = Financiering boven de kosten
export-funding-gap = Financieringstekort
export-budget-summary = Begrotingsoverzicht
export-uncosted-actions = { $count ->
    [one] { $count } actie heeft nog geen kostenraming en telt als { $zero }.
   *[other] { $count } acties hebben nog geen kostenraming en tellen als { $zero }.
}
export-not-yet-funded = Nog niet gefinancierd
export-funding-by-source = Financiering per bron
export-no-objective = Geen doelstelling opgegeven
export-cost-by-objective = Kosten per doelstelling
export-no-risks = Nog geen risico’s vastgelegd.
export-no-indicators = Nog geen indicatoren vastgelegd.
invite-subject-invitation = Uitnodiging: { $title } ({ $when })
invite-subject-updated = Bijgewerkte uitnodiging: { $title } ({ $when })
invite-subject-cancelled = Geannuleerd: { $title } ({ $when })
invite-subject-postponed = Uitgesteld: { $title } ({ $when })
invite-intro-request = { $who } nodigt u uit voor { $title } ({ $network }).
invite-intro-postponed = { $title } ({ $network }) is uitgesteld; een nieuwe datum volgt.
invite-intro-cancelled = { $title } ({ $network }) is geannuleerd.
invite-clock = { $clock } (tijd in { $zone }, { $offset })
invite-all-day = { $date } (hele dag)
invite-all-days = { $first } tot en met { $last } (hele dag)
invite-when = Wanneer: { $when }
invite-where = Waar: { $place }
invite-online = Online deelnemen: { $url }
invite-host = Gastheer: { $host }
invite-agenda = Agenda:
invite-footer-request = Uw agendaprogramma toont dit bericht als een uitnodiging om te accepteren of af te wijzen.
invite-footer-cancel = Uw agendaprogramma verwijdert de bijeenkomst wanneer u dit bericht opent.
export-plan-status-draft = Concept
export-plan-status-in_review = In beoordeling
export-plan-status-final = Definitief
export-plan-status-adopted = Vastgesteld
export-action-status-idea = Idee
export-action-status-planned = Gepland
export-action-status-ongoing = Lopend
export-action-status-done = Afgerond
export-action-status-dropped = Geschrapt
export-indicator-kind-output = Output
export-indicator-kind-result = Resultaat
export-funding-source-city = Gemeentebegroting
export-funding-source-erdf = EFRO
export-funding-source-esf_plus = ESF+
export-funding-source-national = Nationaal
export-funding-source-regional = Regionaal
export-funding-source-private = Privé
export-funding-source-other = Overig

plan-revision-created = Aangemaakt
plan-revision-created-from-page = Aangemaakt uit de geïmporteerde samenvatting van het Geïntegreerd Actieplan
plan-revision-sections-reordered = Secties anders geordend
plan-revision-edited = “{ $section }” bewerkt
plan-revision-section-added = Sectie “{ $section }” toegevoegd
plan-revision-section-renamed = Sectie “{ $old }” hernoemd tot “{ $new }”
plan-revision-section-removed = Sectie “{ $section }” verwijderd
plan-revision-action-added = Actie “{ $action }” toegevoegd
plan-revision-action-changed = Actie “{ $action }” gewijzigd
plan-revision-action-deleted = Actie “{ $action }” verwijderd
plan-revision-action-moved = Actie “{ $action }” verplaatst
plan-revision-indicator-added = Indicator “{ $indicator }” toegevoegd
plan-revision-indicator-changed = Indicator “{ $indicator }” gewijzigd
plan-revision-indicator-deleted = Indicator “{ $indicator }” verwijderd
plan-revision-risk-added = Risico “{ $risk }” toegevoegd
plan-revision-risk-changed = Risico “{ $risk }” gewijzigd
plan-revision-risk-deleted = Risico “{ $risk }” verwijderd
plan-revision-restored = Versie { $number } hersteld
plan-revision-settled-ours = Conflict in “{ $label }” geregeld: onze tekst blijft
plan-revision-settled-theirs = Conflict in “{ $label }” geregeld: hun tekst blijft
plan-revision-settled-merged = Conflict in “{ $label }” geregeld: een samengevoegde tekst blijft
plan-revision-merged = { $count ->
    [one] { $count } versie
   *[other] { $count } versies
} uit de kopie van { $author } samengevoegd
plan-revision-merged-conflicts = { $count ->
    [one] { $count } versie
   *[other] { $count } versies
} uit de kopie van { $author } samengevoegd; { $conflicts ->
    [one] { $conflicts } conflict te regelen
   *[other] { $conflicts } conflicten te regelen
}
plan-author-unknown = Onbekend
plan-revision-kind-created = Aangemaakt
plan-revision-kind-edit = Bewerkt
plan-revision-kind-restore = Hersteld
plan-revision-kind-received = Ontvangen
plan-revision-kind-merge = Samengevoegd
plan-revision-kind-resolve = Conflict geregeld

poll-hold-title = [Peiling { $number }/{ $total }] { $title }
poll-hold-description = Een van de { $total } datums die voor { $title } worden voorgesteld. Accepteer als deze datum u past, kies Voorlopig als het zo nodig kan, Weiger als dat niet zo is.
poll-subject-invitation = Welke datums passen u? { $title } ({ $count ->
    [one] { $count } datum
   *[other] { $count } datums
})
poll-grid-intro = { $who } vraagt welke van deze datums { $partner } passen voor “{ $title }” ({ $network }).
poll-grid-deadline = Antwoord graag vóór { $date }.
poll-grid-calendar = Uw agendaprogramma toont elke datum als een voorlopige reservering, “{ $example }”. Beantwoord ze elk: Accepteren = ja, Voorlopig = zo nodig, Weigeren = nee.
poll-grid-reply = Toont het ze niet, antwoord dan op deze e-mail en schrijf ja, misschien of nee achter elke datum hieronder; laat de Token-regel staan: die zegt dat de antwoorden van u zijn.
poll-grid-option-your-time = { $when }, bij u { $local }
poll-subject-released = Datums vrijgegeven: { $title } vindt plaats op { $when }
poll-released-intro = De peiling voor “{ $title }” is gesloten: de bijeenkomst vindt plaats op { $when }. Er volgt een uitnodiging.
poll-released-list = Deze datums zijn vrijgegeven; uw agendaprogramma verwijdert hun reserveringen:

export-imported = geïmporteerd: { $parts }
export-imported-nothing = niets geïmporteerd: het bestand bevat geen gegevens

plan-received-created = plan “{ $title }” toegevoegd met { $count ->
    [one] { $count } versie
   *[other] { $count } versies
}{ $note }{ $partner_note }
plan-received-partner-unknown = {" "}({ $partner } is hier geen partner van dit netwerk, dus het plan heeft geen partner)
plan-received-up-to-date = “{ $title }” is al bijgewerkt: er is niets veranderd{ $note }
plan-received-up-to-date-text = “{ $title }” is al bijgewerkt: de tekst is niet veranderd{ $note }
plan-received-ours-newer = Deze kopie van “{ $title }” is nieuwer dan die van het bestand: er is niets veranderd{ $note }
plan-received-ours-newer-text = Deze kopie van “{ $title }” is nieuwer dan die van het bestand: de tekst is niet veranderd{ $note }
plan-received-fast-forward = { $count ->
    [one] { $count } versie
   *[other] { $count } versies
} toegevoegd aan “{ $title }”; het komt nu overeen met de nieuwste versie van het bestand{ $note }
plan-received-merged = { $count ->
    [one] { $count } versie
   *[other] { $count } versies
} samengevoegd in “{ $title }”; de wijzigingen van beide kanten blijven{ $note }
plan-received-merged-conflicts = { $count ->
    [one] { $count } versie
   *[other] { $count } versies
} samengevoegd in “{ $title }”, maar beide kanten wijzigden { $labels }: er is niets overschreven; kies welke tekst blijft{ $note }
plan-received-note = {" "}({ $notes })
plan-received-comments-added = { $count ->
    [one] { $count } nieuwe opmerking
   *[other] { $count } nieuwe opmerkingen
}
plan-received-comments-resolved = { $count ->
    [one] { $count } opmerking afgehandeld
   *[other] { $count } opmerkingen afgehandeld
}

urbact-created = Aangemaakt: { $counts }.
urbact-would-create = Proefrun, niets opgeslagen: zou aanmaken: { $counts }.
urbact-already-there = Al in de database en gelaten zoals het is: { $counts }.
urbact-nothing-changed = Niets veranderd: alles in dit bestand staat al in de database.
urbact-nothing-would-change = Er zou niets veranderen: alles in dit bestand staat al in de database.
urbact-warnings = { $count ->
    [one] { $count } waarschuwing.
   *[other] { $count } waarschuwingen.
}

poll-replies-unusable = { $bad } van { $files ->
    [one] { $files } bestand
   *[other] { $files } bestanden
} { $bad ->
    [one] is niet bruikbaar
   *[other] zijn niet bruikbaar
}, dus er is niets vastgelegd; verwijder of herstel { $bad ->
    [one] het
   *[other] ze
} en lees de antwoorden opnieuw
poll-replies-read = { $answers ->
    [one] { $answers } antwoord
   *[other] { $answers } antwoorden
} uit { $files ->
    [one] { $files } bestand
   *[other] { $files } bestanden
}
poll-replies-read-detail = { $answers ->
    [one] { $answers } antwoord
   *[other] { $answers } antwoorden
} uit { $files ->
    [one] { $files } bestand
   *[other] { $files } bestanden
}: { $parts }
poll-replies-new = { $count } nieuw
poll-replies-changed = { $count } gewijzigd
poll-replies-same = { $count } al vastgelegd
poll-replies-older = { $count } ouder dan het vastgelegde antwoord

## The words a calendar file (.ics) writes around a meeting's own text, in the network's
## working language (ical::export::words); invitations carry the same file. English
## must stay as it is: calendar files already written hold it.
# Opens the description of a postponed meeting, which the file cancels at its old date.
calendar-postponed = Uitgesteld: een nieuwe datum volgt.
# LOCATION of an online meeting that names no venue and no host city.
calendar-location-online = Online
# A meeting's kind as the event's category (CATEGORIES); each kind needs its own words.
calendar-kind-kick-off = Aftrap
calendar-kind-transnational = Transnationale bijeenkomst
calendar-kind-city-visit = Stadsbezoek
calendar-kind-final-event = Slotevenement
calendar-kind-local-group = URBACT Lokale Groep
calendar-kind-online-touch-base = Online afstemming
calendar-kind-phase-review = Fase-evaluatie
calendar-kind-other = Overig

## A meeting's when in words (schedule_text): the command line's lists and details, in
## the reader's language, and invitations' texts, in the network's working language.
# $dates: a day or a range of days, written by Convene.
when-all-day = { $dates }, hele dag
when-all-days = { $dates }, hele dagen
# After a time when a meeting ends on a later day than it starts ("22:00-01:00 +1 day").
# $count: how many days later.
when-end-days-later = +{ $count ->
    [one] { $count } dag
   *[other] { $count } dagen
}
# A range of days as the command line writes it; $first, $last: days written 2027-03-10.
when-days-iso = { $first } tot en met { $last }
# A meeting without a date yet. $known: what is known of its date (a month and year, a
# year, or a month); $wording: the source's own words for it, such as "after the summer".
when-not-dated = nog geen datum
when-not-dated-known = nog geen datum ({ $known })
when-not-dated-wording = nog geen datum (‘{ $wording }’)
when-not-dated-known-wording = nog geen datum ({ $known }: ‘{ $wording }’)
# In a list: what is known of the date, then that it is not fixed.
when-known-not-dated = { $known }, nog geen datum
# $month: a month's name, when the year is not known.
when-month-year-unknown = { $month }, jaar onbekend

## A meeting postponed (meeting_status): the line added to its description, in the
## network's working language. $when: its old date and time, written out.
meeting-postponed-from = Uitgesteld; oorspronkelijke datum: { $when }.

## What is wrong with a proposed time for one partner (scheduling::burden), in the
## reader's language.
# $name: the public holiday or day off there.
slot-problem-holiday = feestdag: { $name }
# $title: the network's other meeting at that time.
slot-problem-overlap = overlapt met ‘{ $title }’
slot-problem-weekend = weekend
# $early, $late: times of day, such as 08:00 and 19:00.
slot-problem-early-or-late = vóór { $early } of na { $late }
# $hours: the working hours asked for, such as 09:00-17:00.
slot-problem-outside-hours = buiten werktijd ({ $hours })
