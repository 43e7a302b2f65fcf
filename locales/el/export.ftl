# Plan documents, invitations, reminders and calendar texts. Source: locales/en/export.ftl (comments there).
export-kind-iap = Ολοκληρωμένο Σχέδιο Δράσης
export-fact-city = Πόλη
export-fact-network = Δίκτυο
export-fact-status = Κατάσταση
export-fact-adopted = Εγκρίθηκε
export-fact-revision = Αναθεώρηση
export-revision-of = { $number } ({ $date })
export-section-context = Πλαίσιο και ανάγκες
export-section-vision = Όραμα και στόχοι
export-section-approach = Ολοκληρωμένη προσέγγιση
export-section-actions = Δράσεις
export-section-implementation = Υλοποίηση: χρονοδιάγραμμα και πόροι
export-section-funding = Χρηματοδότηση
export-section-risks = Κίνδυνοι
export-section-monitoring = Παρακολούθηση και δείκτες
export-section-local-group = Συμμετοχή της τοπικής ομάδας
export-not-written = Αυτή η ενότητα δεν έχει γραφτεί ακόμη.
export-period-from = από { $month }
export-period-until = έως { $month }
export-action-pilot = πιλοτική
export-no-actions = Δεν έχουν καταχωριστεί ακόμη δράσεις.
export-column-action = Δράση
export-column-objective = Στόχος
export-column-lead-and-partners = Υπεύθυνος και εταίροι
export-column-period = Περίοδος
export-column-cost = Κόστος
export-column-funding = Χρηματοδότηση
export-column-status = Κατάσταση
export-column-year = Έτος
export-column-actions = Δράσεις
export-column-amount = Ποσό
export-column-source = Πηγή
export-column-share-of-cost = Μερίδιο του κόστους
export-column-secured = Εξασφαλισμένο
export-column-risk = Κίνδυνος
export-column-likelihood = Πιθανότητα
export-column-impact = Επίπτωση
export-column-score = Βαθμολογία
export-column-mitigation = Μετριασμός
export-column-owner = Υπεύθυνος
export-column-indicator = Δείκτης
export-column-type = Είδος
export-column-unit = Μονάδα
export-column-baseline = Τιμή αναφοράς
export-column-target = Τιμή-στόχος
export-column-by = Έως
export-column-verification = Επαλήθευση
export-with-partners = με { $partners }
export-not-estimated = χωρίς εκτίμηση
export-total = Σύνολο
export-total-without-dropped = Σύνολο (χωρίς τις δράσεις που εγκαταλείφθηκαν)
export-action-descriptions = Περιγραφή των δράσεων
export-indicators-label = Δείκτες:
export-actions-per-year = Δράσεις ανά έτος
export-unscheduled-actions = { $count ->
    [one] { $count } δράση δεν έχει προγραμματιστεί ακόμη.
   *[other] { $count } δράσεις δεν έχουν προγραμματιστεί ακόμη.
}
export-no-budget = Δεν υπάρχει ακόμη προϋπολογισμός: ο πίνακας δράσεων είναι κενός.
export-total-estimated-cost = Συνολικό εκτιμώμενο κόστος
export-secured-funding = Εξασφαλισμένη χρηματοδότηση
export-funding-above-cost = Χρηματοδότηση πάνω από το κόστος
export-funding-gap = Χρηματοδοτικό κενό
export-budget-summary = Σύνοψη προϋπολογισμού
export-uncosted-actions = { $count ->
    [one] { $count } δράση δεν έχει ακόμη εκτίμηση κόστους και υπολογίζεται ως { $zero }.
   *[other] { $count } δράσεις δεν έχουν ακόμη εκτίμηση κόστους και υπολογίζονται ως { $zero }.
}
export-not-yet-funded = Δεν έχει χρηματοδοτηθεί ακόμη
export-funding-by-source = Χρηματοδότηση ανά πηγή
export-no-objective = Δεν δόθηκε στόχος
export-cost-by-objective = Κόστος ανά στόχο
export-no-risks = Δεν έχουν καταχωριστεί ακόμη κίνδυνοι.
export-no-indicators = Δεν έχουν καταχωριστεί ακόμη δείκτες.
invite-subject-invitation = Πρόσκληση: { $title } ({ $when })
invite-subject-updated = Ενημερωμένη πρόσκληση: { $title } ({ $when })
invite-subject-cancelled = Ακυρώθηκε: { $title } ({ $when })
invite-subject-postponed = Αναβλήθηκε: { $title } ({ $when })
invite-intro-request = Ο/Η { $who } σας προσκαλεί στο { $title } ({ $network }).
invite-intro-postponed = Το { $title } ({ $network }) αναβάλλεται· θα ακολουθήσει νέα ημερομηνία.
invite-intro-cancelled = Το { $title } ({ $network }) ακυρώνεται.
invite-clock = { $clock } (ώρα { $zone }, { $offset })
invite-all-day = { $date } (όλη την ημέρα)
invite-all-days = { $first } έως { $last } (όλη την ημέρα)
invite-when = Πότε: { $when }
invite-where = Πού: { $place }
invite-online = Διαδικτυακή συμμετοχή: { $url }
invite-host = Οικοδεσπότης: { $host }
invite-agenda = Ημερήσια διάταξη:
invite-footer-request = Το πρόγραμμα ημερολογίου σας εμφανίζει αυτό το μήνυμα ως πρόσκληση για αποδοχή ή απόρριψη.
invite-footer-cancel = Το πρόγραμμα ημερολογίου σας αφαιρεί τη συνάντηση όταν ανοίξετε αυτό το μήνυμα.
export-plan-status-draft = Σχέδιο
export-plan-status-in_review = Υπό έλεγχο
export-plan-status-final = Τελικό
export-plan-status-adopted = Εγκρίθηκε
export-action-status-idea = Ιδέα
export-action-status-planned = Προγραμματισμένη
export-action-status-ongoing = Σε εξέλιξη
export-action-status-done = Ολοκληρώθηκε
export-action-status-dropped = Εγκαταλείφθηκε
export-indicator-kind-output = Εκροή
export-indicator-kind-result = Αποτέλεσμα
export-funding-source-city = Δημοτικός προϋπολογισμός
export-funding-source-erdf = ΕΤΠΑ
export-funding-source-esf_plus = ΕΚΤ+
export-funding-source-national = Εθνική
export-funding-source-regional = Περιφερειακή
export-funding-source-private = Ιδιωτική
export-funding-source-other = Άλλη

plan-revision-created = Δημιουργία
plan-revision-created-from-page = Δημιουργία από την εισαγόμενη περίληψη του Ολοκληρωμένου Σχεδίου Δράσης
plan-revision-sections-reordered = Αλλαγή σειράς ενοτήτων
plan-revision-edited = Επεξεργασία: «{ $section }»
plan-revision-section-added = Προσθήκη ενότητας «{ $section }»
plan-revision-section-renamed = Μετονομασία ενότητας «{ $old }» σε «{ $new }»
plan-revision-section-removed = Αφαίρεση ενότητας «{ $section }»
plan-revision-action-added = Προσθήκη δράσης «{ $action }»
plan-revision-action-changed = Αλλαγή δράσης «{ $action }»
plan-revision-action-deleted = Διαγραφή δράσης «{ $action }»
plan-revision-action-moved = Μετακίνηση δράσης «{ $action }»
plan-revision-indicator-added = Προσθήκη δείκτη «{ $indicator }»
plan-revision-indicator-changed = Αλλαγή δείκτη «{ $indicator }»
plan-revision-indicator-deleted = Διαγραφή δείκτη «{ $indicator }»
plan-revision-risk-added = Προσθήκη κινδύνου «{ $risk }»
plan-revision-risk-changed = Αλλαγή κινδύνου «{ $risk }»
plan-revision-risk-deleted = Διαγραφή κινδύνου «{ $risk }»
plan-revision-restored = Επαναφορά της έκδοσης { $number }
plan-revision-settled-ours = Επίλυση διαφοράς στο «{ $label }»: μένει το δικό μας κείμενο
plan-revision-settled-theirs = Επίλυση διαφοράς στο «{ $label }»: μένει το δικό τους κείμενο
plan-revision-settled-merged = Επίλυση διαφοράς στο «{ $label }»: μένει ένα συγχωνευμένο κείμενο
plan-revision-merged = Συγχώνευση { $count ->
    [one] { $count } έκδοσης
   *[other] { $count } εκδόσεων
} από το αντίγραφο με υπογραφή { $author }
plan-revision-merged-conflicts = Συγχώνευση { $count ->
    [one] { $count } έκδοσης
   *[other] { $count } εκδόσεων
} από το αντίγραφο με υπογραφή { $author }· { $conflicts ->
    [one] { $conflicts } διαφορά προς επίλυση
   *[other] { $conflicts } διαφορές προς επίλυση
}
plan-author-unknown = Άγνωστος
plan-revision-kind-created = Δημιουργία
plan-revision-kind-edit = Επεξεργασία
plan-revision-kind-restore = Επαναφορά
plan-revision-kind-received = Λήψη
plan-revision-kind-merge = Συγχώνευση
plan-revision-kind-resolve = Επίλυση διαφοράς

poll-hold-title = [Δημοσκόπηση { $number }/{ $total }] { $title }
poll-hold-description = Μία από τις { $total } ημερομηνίες που προτείνονται για { $title }. Αποδεχτείτε αν σας βολεύει αυτή η ημερομηνία, επιλέξτε «Προσωρινά» αν χρειαστεί, απορρίψτε αν όχι.
poll-subject-invitation = Ποιες ημερομηνίες σας βολεύουν; { $title } ({ $count ->
    [one] { $count } ημερομηνία
   *[other] { $count } ημερομηνίες
})
poll-grid-intro = { $who } ρωτά ποιες από αυτές τις ημερομηνίες βολεύουν την πόλη { $partner } για «{ $title }» ({ $network }).
poll-grid-deadline = Παρακαλούμε απαντήστε έως { $date }.
poll-grid-calendar = Το πρόγραμμα ημερολογίου σας δείχνει κάθε ημερομηνία ως προσωρινή κράτηση, «{ $example }». Απαντήστε σε καθεμία: Αποδοχή = ναι, Προσωρινά = αν χρειαστεί, Απόρριψη = όχι.
poll-grid-reply = Αν δεν τις δείχνει, απαντήστε σε αυτό το μήνυμα γράφοντας ναι, ίσως ή όχι μετά από κάθε ημερομηνία παρακάτω, και κρατήστε τη γραμμή Token: δείχνει ότι οι απαντήσεις είναι δικές σας.
poll-grid-option-your-time = { $when }, στη δική σας ώρα { $local }
poll-subject-released = Ημερομηνίες που αποδεσμεύονται: { $title } πραγματοποιείται { $when }
poll-released-intro = Η δημοσκόπηση για «{ $title }» έκλεισε: πραγματοποιείται { $when }. Ακολουθεί πρόσκληση.
poll-released-list = Αυτές οι ημερομηνίες αποδεσμεύονται· το πρόγραμμα ημερολογίου σας αφαιρεί τις κρατήσεις τους:

export-imported = εισήχθησαν: { $parts }
export-imported-nothing = δεν εισήχθη τίποτα: το αρχείο δεν περιέχει δεδομένα

plan-received-created = προστέθηκε το σχέδιο «{ $title }» με { $count ->
    [one] { $count } έκδοση
   *[other] { $count } εκδόσεις
}{ $note }{ $partner_note }
plan-received-partner-unknown = {" "}(η πόλη { $partner } δεν είναι εδώ εταίρος αυτού του δικτύου, οπότε το σχέδιο δεν έχει εταίρο)
plan-received-up-to-date = Το «{ $title }» είναι ήδη ενημερωμένο: δεν άλλαξε τίποτα{ $note }
plan-received-up-to-date-text = Το «{ $title }» είναι ήδη ενημερωμένο: το κείμενό του δεν άλλαξε{ $note }
plan-received-ours-newer = Αυτό το αντίγραφο του «{ $title }» είναι νεότερο από του αρχείου: δεν άλλαξε τίποτα{ $note }
plan-received-ours-newer-text = Αυτό το αντίγραφο του «{ $title }» είναι νεότερο από του αρχείου: το κείμενό του δεν άλλαξε{ $note }
plan-received-fast-forward = { $count ->
    [one] Προστέθηκε { $count } έκδοση
   *[other] Προστέθηκαν { $count } εκδόσεις
} στο «{ $title }»· τώρα αντιστοιχεί στην πιο πρόσφατη έκδοση του αρχείου{ $note }
plan-received-merged = { $count ->
    [one] Συγχωνεύτηκε { $count } έκδοση
   *[other] Συγχωνεύτηκαν { $count } εκδόσεις
} στο «{ $title }»· οι αλλαγές και των δύο πλευρών διατηρούνται{ $note }
plan-received-merged-conflicts = { $count ->
    [one] Συγχωνεύτηκε { $count } έκδοση
   *[other] Συγχωνεύτηκαν { $count } εκδόσεις
} στο «{ $title }», αλλά και οι δύο πλευρές άλλαξαν τα εξής: { $labels }· τίποτα δεν αντικαταστάθηκε· επιλέξτε ποιο κείμενο θα μείνει{ $note }
plan-received-note = {" "}({ $notes })
plan-received-comments-added = { $count ->
    [one] { $count } νέο σχόλιο
   *[other] { $count } νέα σχόλια
}
plan-received-comments-resolved = { $count ->
    [one] { $count } σχόλιο επιλύθηκε
   *[other] { $count } σχόλια επιλύθηκαν
}

urbact-created = Δημιουργήθηκαν: { $counts }.
urbact-would-create = Δοκιμή, δεν αποθηκεύτηκε τίποτα: θα δημιουργούνταν: { $counts }.
urbact-already-there = Ήδη στη βάση δεδομένων και έμειναν ως έχουν: { $counts }.
urbact-nothing-changed = Δεν άλλαξε τίποτα: όλα όσα έχει αυτό το αρχείο είναι ήδη στη βάση δεδομένων.
urbact-nothing-would-change = Δεν θα άλλαζε τίποτα: όλα όσα έχει αυτό το αρχείο είναι ήδη στη βάση δεδομένων.
urbact-warnings = { $count ->
    [one] { $count } προειδοποίηση.
   *[other] { $count } προειδοποιήσεις.
}

poll-replies-unusable = { $bad ->
    [one] { $bad } από { $files } αρχεία δεν μπορεί να χρησιμοποιηθεί, οπότε δεν καταχωρίστηκε τίποτα· αφαιρέστε ή διορθώστε το και διαβάστε ξανά τις απαντήσεις
   *[other] { $bad } από { $files } αρχεία δεν μπορούν να χρησιμοποιηθούν, οπότε δεν καταχωρίστηκε τίποτα· αφαιρέστε ή διορθώστε τα και διαβάστε ξανά τις απαντήσεις
}
poll-replies-read = { $answers ->
    [one] { $answers } απάντηση
   *[other] { $answers } απαντήσεις
} από { $files ->
    [one] { $files } αρχείο
   *[other] { $files } αρχεία
}
poll-replies-read-detail = { $answers ->
    [one] { $answers } απάντηση
   *[other] { $answers } απαντήσεις
} από { $files ->
    [one] { $files } αρχείο
   *[other] { $files } αρχεία
}: { $parts }
poll-replies-new = νέες: { $count }
poll-replies-changed = αλλαγμένες: { $count }
poll-replies-same = ήδη καταχωρισμένες: { $count }
poll-replies-older = παλαιότερες από την καταχωρισμένη απάντηση: { $count }

## The words a calendar file (.ics) writes around a meeting's own text, in the network's
## working language (ical::export::words); invitations carry the same file. English
## must stay as it is: calendar files already written hold it.
# Opens the description of a postponed meeting, which the file cancels at its old date.
calendar-postponed = Αναβλήθηκε: θα ακολουθήσει νέα ημερομηνία.
# LOCATION of an online meeting that names no venue and no host city.
calendar-location-online = Διαδικτυακά
# A meeting's kind as the event's category (CATEGORIES); each kind needs its own words.
calendar-kind-kick-off = Εναρκτήρια συνάντηση
calendar-kind-transnational = Διακρατική συνάντηση
calendar-kind-city-visit = Επίσκεψη σε πόλη
calendar-kind-final-event = Τελική εκδήλωση
calendar-kind-local-group = Τοπική Ομάδα URBACT
calendar-kind-online-touch-base = Σύντομη online ενημέρωση
calendar-kind-phase-review = Απολογισμός φάσης
calendar-kind-other = Άλλο

## A meeting's when in words (schedule_text): the command line's lists and details, in
## the reader's language, and invitations' texts, in the network's working language.
# $dates: a day or a range of days, written by Convene.
when-all-day = { $dates }, όλη την ημέρα
when-all-days = { $dates }, ολόκληρες ημέρες
# After a time when a meeting ends on a later day than it starts ("22:00-01:00 +1 day").
# $count: how many days later.
when-end-days-later = +{ $count ->
    [one] { $count } ημέρα
   *[other] { $count } ημέρες
}
# A range of days as the command line writes it; $first, $last: days written 2027-03-10.
when-days-iso = { $first } έως { $last }
# A meeting without a date yet. $known: what is known of its date (a month and year, a
# year, or a month); $wording: the source's own words for it, such as "after the summer".
when-not-dated = χωρίς ημερομηνία ακόμη
when-not-dated-known = χωρίς ημερομηνία ακόμη ({ $known })
when-not-dated-wording = χωρίς ημερομηνία ακόμη («{ $wording }»)
when-not-dated-known-wording = χωρίς ημερομηνία ακόμη ({ $known }: «{ $wording }»)
# In a list: what is known of the date, then that it is not fixed.
when-known-not-dated = { $known }, χωρίς ημερομηνία ακόμη
# $month: a month's name, when the year is not known.
when-month-year-unknown = { $month }, έτος άγνωστο

## A meeting postponed (meeting_status): the line added to its description, in the
## network's working language. $when: its old date and time, written out.
meeting-postponed-from = Αναβλήθηκε· αρχική ημερομηνία: { $when }.

## What is wrong with a proposed time for one partner (scheduling::burden), in the
## reader's language.
# $name: the public holiday or day off there.
slot-problem-holiday = αργία: { $name }
# $title: the network's other meeting at that time.
slot-problem-overlap = συμπίπτει με «{ $title }»
slot-problem-weekend = Σαββατοκύριακο
# $early, $late: times of day, such as 08:00 and 19:00.
slot-problem-early-or-late = πριν από τις { $early } ή μετά τις { $late }
# $hours: the working hours asked for, such as 09:00-17:00.
slot-problem-outside-hours = εκτός ωραρίου εργασίας ({ $hours })
