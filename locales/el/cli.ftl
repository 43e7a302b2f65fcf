# The convene command line's own output. Source: locales/en/cli.ftl (comments there).
cli-error = σφάλμα: { $message }
cli-error-field-with-flag = { $field } ({ $flag }): { $reason }
cli-error-field = { $field }: { $reason }
cli-error-run-with-cascade = { $message } (εκτελέστε ξανά με --cascade)
cli-no-partner = το { $network } δεν έχει εταίρο με όνομα «{ $key }»· το `convene partners { $slug }` τους απαριθμεί
cli-no-partner-did-you-mean = το { $network } δεν έχει εταίρο με όνομα «{ $key }»· μήπως εννοείτε { $suggestion };
cli-no-meeting = το { $network } δεν έχει συνάντηση με αναγνωριστικό, UID ή τίτλο «{ $key }»· το `convene meetings { $slug }` τις απαριθμεί
cli-meeting-title-needs-network = { $message }· για να ορίσετε μια συνάντηση με τον τίτλο της, δώστε πρώτα το δίκτυό της (ΔΙΚΤΥΟ ΣΥΝΑΝΤΗΣΗ)
cli-no-milestone = το { $network } δεν έχει ορόσημο με αναγνωριστικό ή τίτλο «{ $key }»· το `convene milestone list { $slug }` τα απαριθμεί
cli-no-contact = το { $place } δεν έχει επαφή με αναγνωριστικό ή όνομα «{ $key }»
cli-no-local-group-member = το { $place } δεν έχει μέλος τοπικής ομάδας με αναγνωριστικό ή όνομα «{ $key }»
cli-no-practice = δεν υπάρχει καλή πρακτική με αναγνωριστικό ή τίτλο «{ $key }»· το `convene practices` τις απαριθμεί
cli-no-day-off = το { $partner } δεν έχει ρεπό στις { $date }· το `convene dayoff list { $slug } --partner { $partner_id }` τα απαριθμεί
cli-no-day-off-named = το { $partner } δεν έχει ρεπό «{ $name }» στις { $date }· το `convene dayoff list { $slug } --partner { $partner_id }` τα απαριθμεί
cli-holidays-not-covered = το python-holidays καλύπτει { $country } ({ $code }) από το { $first_year }· δεν έχει ημερομηνίες για { $span }
cli-date-from = από { $date }
cli-date-until = έως { $date }
cli-networks-none = Δεν υπάρχουν ακόμη δίκτυα. Προσθέστε ένα με `convene network add --name ΟΝΟΜΑ` ή εισαγάγετε σελίδες με `convene import urbact ΑΡΧΕΙΟ`.
cli-column-slug = ΣΥΝΤΟΜΟ ΟΝΟΜΑ
cli-column-name = ΟΝΟΜΑ
cli-column-kind = ΕΙΔΟΣ
cli-column-dates = ΗΜΕΡΟΜΗΝΙΕΣ
cli-column-partner-count = #ΕΤΑΙΡΟΙ
cli-column-meeting-count = #ΣΥΝΑΝΤΗΣΕΙΣ
cli-column-lead-partner = ΕΠΙΚΕΦΑΛΗΣ ΕΤΑΙΡΟΣ
cli-label-id = Αναγνωριστικό
cli-label-short-name = Σύντομο όνομα
cli-label-kind = Είδος
cli-label-tagline = Σύνθημα
cli-label-programme = Πρόγραμμα
cli-label-dates = Ημερομηνίες
cli-label-lead-partner = Επικεφαλής εταίρος
cli-label-language = Γλώσσα
cli-label-email = E-mail
cli-label-website = Ιστότοπος
cli-network-phases = Φάσεις
cli-network-partner-count = { $count ->
    [0] Κανένας εταίρος
    [one] { $count } εταίρος
   *[other] { $count } εταίροι
}
cli-network-milestones = Ορόσημα
cli-milestone-done = (ολοκληρώθηκε)
cli-network-plans = Σχέδια δράσης
cli-plan-no-city = (χωρίς πόλη)
cli-network-import-notes = Σημειώσεις εισαγωγής (γραμμές που η εισαγωγή δεν μπόρεσε να τοποθετήσει)
cli-network-meetings-hint = Συναντήσεις: `convene meetings { $slug }`
cli-network-added = Προστέθηκε το δίκτυο { $name } (αναγνωριστικό { $id }, σύντομο όνομα { $slug }).
cli-network-updated = Ενημερώθηκε το δίκτυο { $name } (σύντομο όνομα { $slug }).
cli-network-deleted = Διαγράφηκε το δίκτυο { $name }.
cli-network-deleted-with = Διαγράφηκε το δίκτυο { $name } μαζί με { $also }.
cli-plan-language-set = Το «{ $title }» εξάγεται πλέον στα { $language }.
cli-cannot-write-json = δεν είναι δυνατή η εγγραφή του JSON: { $reason }
cli-warnings-heading = Προειδοποιήσεις:
cli-file-error = { $file }: { $message }
cli-backup-done = Αντίγραφο ασφαλείας της βάσης δεδομένων στο { $file }.
cli-export-json-done = Η βάση δεδομένων εξήχθη στο { $file }.
cli-import-json-done = { $summary } από το { $file }.
cli-import-warning = γραμμή { $line }: { $message } («{ $text }»)
cli-ics-nothing-imported = { $file }: κανένα από τα συμβάντα του δεν μπόρεσε να εισαχθεί ({ $count } παραλείφθηκαν, βλ. παραπάνω)· διορθώστε τα ή εισαγάγετε το αρχείο στο πρόγραμμα ημερολογίου που το δημιούργησε και εξαγάγετέ το ξανά
cli-ics-column-id = αναγν.
cli-ics-column-when = πότε
cli-ics-column-status = κατάσταση
cli-ics-column-title = τίτλος
cli-ics-created = Δημιουργήθηκαν:
cli-ics-updated = Ενημερώθηκαν:
cli-ics-and-more = … και { $count } ακόμη· το `convene meetings { $slug }` απαριθμεί όλες τις συναντήσεις.
cli-ics-skipped = Παραλείφθηκαν ({ $count }):
cli-warning = προειδοποίηση: { $warning }
cli-sync-ics-file = αρχείο .ics: { $path }
cli-plan-pushed = Το «{ $plan }» τοποθετήθηκε στο { $href }.
cli-plan-pulled = Το «{ $plan }» διαβάστηκε από το { $href }.
cli-plan-pulled-conflicts = { $count ->
    [one] { $count } σύγκρουση, δίπλα-δίπλα στο `convene plan conflicts { $plan }`· επιλύστε την με `convene plan resolve`.
   *[other] { $count } συγκρούσεις, δίπλα-δίπλα στο `convene plan conflicts { $plan }`· επιλύστε την καθεμία με `convene plan resolve`.
}
cli-conflicts-none = Καμία σύγκρουση.
cli-conflict-deleted = (διαγράφηκε)
cli-conflict-heading = { $id }: «{ $title }» ({ $network }), εντοπίστηκε { $found }
cli-conflict-here = εδώ:
cli-conflict-on-server = στον διακομιστή:
cli-conflicts-settle = Επιλύστε την καθεμία με: convene conflict resolve ID --keep local|remote
cli-plans-none = Το { $network } δεν έχει ακόμη σχέδια δράσης. Το `convene plan create { $slug } --partner ΠΟΛΗ --title T` ξεκινά ένα.
cli-column-id = ID
cli-column-partner = ΕΤΑΙΡΟΣ
cli-column-title = ΤΙΤΛΟΣ
cli-column-status = ΚΑΤΑΣΤΑΣΗ
cli-column-revision = ΑΝΑΘ
cli-column-last-change-utc = ΤΕΛΕΥΤΑΙΑ ΑΛΛΑΓΗ (UTC)
cli-column-by = ΑΠΟ
cli-plan-section-added = προστέθηκε η ενότητα { $key }
cli-plan-section-removed = αφαιρέθηκε η ενότητα { $key }
cli-plan-section-saved = αποθηκεύτηκε η { $key }
cli-plan-revision-restored = επαναφέρθηκε η αναθεώρηση { $revision }
cli-plan-conflict-settled = επιλύθηκε η σύγκρουση στο { $key }
cli-plan-saved = { $what }: αναθεώρηση { $revision } από { $author }
cli-plan-unchanged = τίποτα δεν άλλαξε: το σχέδιο ήδη γράφει αυτό (αναθεώρηση { $revision })
cli-plan-status-word = { $status ->
    [draft] σχέδιο εργασίας
    [in_review] υπό έλεγχο
    [final] τελικό
   *[adopted] εγκεκριμένο
}
cli-plan-status-set = Το «{ $title }» είναι πλέον { $status }
cli-plan-status-set-on = Το «{ $title }» είναι { $status } από { $date }
cli-plan-comment-added = το σχόλιο { $id } προστέθηκε στο { $key } από { $author }
cli-plan-sent = { $count ->
    [one] το «{ $title }» γράφτηκε με { $count } αναθεώρηση στο { $file }
   *[other] το «{ $title }» γράφτηκε με { $count } αναθεωρήσεις στο { $file }
}
cli-plan-received-settle = Επιλύστε την καθεμία με `convene plan resolve { $id } ΚΛΕΙΔΙ --ours | --theirs | --text T`.
cli-plan-conflicts-none = Δεν υπάρχουν συγκρούσεις προς επίλυση.
cli-plan-author-default = { $name } (το όνομα χρήστη του συστήματος· ορίστε ένα με `convene plan author ΟΝΟΜΑ`)
cli-plan-conflict = σύγκρουση στο { $label } ({ $key }):
cli-plan-conflict-ours = δική μας:
cli-plan-conflict-theirs = δική τους:
cli-plan-conflict-removed = (αφαιρέθηκε)
cli-plan-created = δημιουργήθηκε το σχέδιο { $id } «{ $title }» για { $partner }
cli-plan-section-keys = Σχέδιο { $id }. Ενότητες προς συγγραφή με `convene plan section set { $id } ΚΛΕΙΔΙ`: { $keys }
cli-plan-open-comments = Ανοιχτά σχόλια
cli-plan-open-conflicts = { $count ->
    [one] { $count } σύγκρουση με το αντίγραφο ενός εταίρου προς επίλυση: `convene plan conflicts { $id }`
   *[other] { $count } συγκρούσεις με το αντίγραφο ενός εταίρου προς επίλυση: `convene plan conflicts { $id }`
}
cli-poll-created = { $count ->
    [one] Δημιουργήθηκε η δημοσκόπηση { $id } «{ $title }» με { $count } ημερομηνία.
   *[other] Δημιουργήθηκε η δημοσκόπηση { $id } «{ $title }» με { $count } ημερομηνίες.
}
cli-poll-invitations-written = { $count ->
    [one] Γράφτηκε { $count } πρόσκληση στο { $folder }: στείλτε την από το πρόγραμμα αλληλογραφίας σας.
   *[other] Γράφτηκαν { $count } προσκλήσεις στο { $folder }: στείλτε την καθεμία από το πρόγραμμα αλληλογραφίας σας.
}
cli-poll-column-file = Αρχείο
cli-poll-column-partner = Εταίρος
cli-poll-column-date = Ημερομηνία
cli-poll-column-answer = Απάντηση
cli-poll-column-recorded = Καταχωρίστηκε
cli-poll-column-yes = Ναι
cli-poll-column-if-need-be = Αν χρειαστεί
cli-poll-column-no = Όχι
cli-poll-column-zone = Ζώνη
cli-poll-column-id = Id
cli-poll-column-title = Τίτλος
cli-poll-column-dates = Ημερομηνίες
cli-poll-column-answered = Απάντησαν
cli-poll-no-answer-recorded = δεν καταχωρίστηκε καμία απάντηση
cli-poll-not-an-answer = το «{ $text }» δεν είναι N=ΑΠΑΝΤΗΣΗ· γράψτε τον αριθμό της ημερομηνίας και yes, maybe ή no, π.χ. 2=yes
cli-poll-answers-recorded = { $count ->
    [one] Καταχωρίστηκε { $count } απάντηση του { $partner }.
   *[other] Καταχωρίστηκαν { $count } απαντήσεις του { $partner }.
}
cli-label-poll = Δημοσκόπηση
cli-label-host = Οικοδεσπότης
cli-label-deadline = Προθεσμία
cli-label-state = Κατάσταση
cli-poll-state-closed-on = έκλεισε στην ημερομηνία { $number } (συνάντηση { $meeting })
cli-poll-state-open = ανοιχτή
cli-poll-state-closed = κλειστή
cli-poll-all-answered = Όλοι οι εταίροι απάντησαν.
cli-poll-not-answered = Δεν απάντησαν: { $partners }
cli-poll-organizer-needed = οι προσκλήσεις της δημοσκόπησης δεν γράφτηκαν ποτέ· δώστε τον αποστολέα της πρόσκλησης στη συνάντηση με --organizer
cli-poll-closed = Η δημοσκόπηση { $id } έκλεισε στην ημερομηνία { $number }: δημιουργήθηκε η συνάντηση { $meeting } «{ $title }», { $when }.
cli-poll-no-messages-written = Δεν γράφτηκαν μηνύματα: δώστε --out ΦΑΚΕΛΟΣ για να γραφτούν η πρόσκληση στη συνάντηση και η αποδέσμευση των άλλων ημερομηνιών.
cli-polls-none = Το { $network } δεν έχει ακόμη δημοσκοπήσεις.
cli-reminder-not-a-duration = το «{ $text }» δεν είναι διάρκεια· γράψτε την ως 1d, 2h ή 30m
cli-ics-export-written = { $count ->
    [one] Γράφτηκε { $count } συνάντηση.
   *[other] Γράφτηκαν { $count } συναντήσεις.
}
cli-ics-export-written-to = { $count ->
    [one] Γράφτηκε { $count } συνάντηση στο { $file }.
   *[other] Γράφτηκαν { $count } συναντήσεις στο { $file }.
}
cli-ics-export-written-left-out = { $count ->
    [one] Γράφτηκε { $count } συνάντηση
   *[other] Γράφτηκαν { $count } συναντήσεις
}· { $undated ->
    [one] { $undated } χωρίς ακόμη ημερομηνία παραλείφθηκε.
   *[other] { $undated } χωρίς ακόμη ημερομηνία παραλείφθηκαν.
}
cli-ics-export-written-to-left-out = { $count ->
    [one] Γράφτηκε { $count } συνάντηση
   *[other] Γράφτηκαν { $count } συναντήσεις
} στο { $file }· { $undated ->
    [one] { $undated } χωρίς ακόμη ημερομηνία παραλείφθηκε.
   *[other] { $undated } χωρίς ακόμη ημερομηνία παραλείφθηκαν.
}
cli-invite-written = { $method ->
    [cancel] Γράφτηκε η ακύρωση: { $subject }.
   *[request] Γράφτηκε η πρόσκληση: { $subject }.
}
cli-invite-written-to = { $method ->
    [cancel] Γράφτηκε η ακύρωση στο { $file }: { $subject }.
   *[request] Γράφτηκε η πρόσκληση στο { $file }: { $subject }.
}
cli-not-a-date-time = το «{ $text }» δεν είναι ημερομηνία και ώρα· γράψτε το ως "ΕΕΕΕ-ΜΜ-ΗΗ ΩΩ:ΛΛ"
cli-not-a-month = το «{ $text }» δεν είναι μήνας· γράψτε τον ως ΕΕΕΕ-ΜΜ (ή ένα έτος, ΕΕΕΕ)
cli-meeting-no-start-yet = η συνάντηση δεν έχει ακόμη ώρα έναρξης· δώστε --start και --end
cli-meeting-end-needed = δώστε --end μαζί με --start ("ΕΕΕΕ-ΜΜ-ΗΗ ΩΩ:ΛΛ" ή "ΩΩ:ΛΛ")
cli-meeting-no-day-yet = η συνάντηση δεν έχει ακόμη ημέρα· δώστε --date (και --until)
cli-not-a-time-of-day = το «{ $text }» δεν είναι ώρα της ημέρας· γράψτε την ως ΩΩ:ΛΛ (14:30)
cli-agenda-speaker = (ομιλητής: { $speaker })
cli-agenda-empty = Η ημερήσια διάταξη είναι κενή. Προσθέστε ένα θέμα με `convene agenda { $slug } { $meeting } add --title ΚΕΙΜΕΝΟ`.
cli-agenda-heading = Ημερήσια διάταξη του { $title } (συνάντηση { $meeting })
cli-agenda-item-added = Προστέθηκε το θέμα { $number } στην ημερήσια διάταξη του { $title }:
cli-agenda-item-changed = Άλλαξε το θέμα { $number } της ημερήσιας διάταξης του { $title }:
cli-agenda-item-moved = Το θέμα { $number } μετακινήθηκε στη θέση { $place } της ημερήσιας διάταξης του { $title }:
cli-agenda-item-removed = Αφαιρέθηκε το θέμα { $number } από την ημερήσια διάταξη του { $title }:
cli-agenda-item-removed-named = Αφαιρέθηκε το θέμα { $number } ({ $item }) από την ημερήσια διάταξη του { $title }:
cli-holidays-which-days = πείτε ποιες ημέρες: --year ΕΤΟΣ, ή --from ΗΜΕΡΟΜΗΝΙΑ --to ΗΜΕΡΟΜΗΝΙΑ
cli-holidays-region-needs-country = το --region συνοδεύει κωδικό χώρας (convene holidays ES --region ES-CN ...)· οι εταίροι ενός δικτύου έχουν ο καθένας τη δική του περιφέρεια (convene partner update ΔΙΚΤΥΟ ΠΟΛΗ --region ΚΩΔΙΚΟΣ)
cli-holidays-heading = Επίσημες αργίες: { $country } ({ $code }), { $span }:
cli-holidays-heading-region = Επίσημες αργίες: { $country } ({ $code }) με { $region }, { $span }:
cli-holidays-none = καμία.
cli-holiday-estimated = { $name } (εκτιμώμενη ημερομηνία)
cli-holiday-national = εθνική
cli-column-date = ΗΜΕΡΟΜΗΝΙΑ
cli-column-day = ΗΜΕΡΑ
cli-column-holiday = ΑΡΓΙΑ
cli-column-where = ΠΟΥ
cli-holidays-no-dates-before = (το python-holidays δεν έχει ημερομηνίες πριν από το { $first_year } για { $code }.)
cli-holidays-network-none = Κανένας εταίρος του { $network } δεν έχει αργία ή ρεπό, { $span }.
cli-holidays-network-heading = Ρεπό των εταίρων του { $network }, { $span }:
cli-holidays-uncovered = Το Convene δεν έχει επίσημες αργίες για: { $partners } (μετρούν μόνο τα καταχωρισμένα ρεπό τους).
cli-day-off-line = «{ $name }» στις { $date } ({ $weekday })
cli-days-off-none-partner = Δεν έχει καταχωριστεί ρεπό για { $partner }. Προσθέστε ένα με `convene dayoff add { $slug } --partner ΠΟΛΗ --date ΕΕΕΕ-ΜΜ-ΗΗ --name ΚΕΙΜΕΝΟ`.
cli-days-off-none-network = Δεν έχει καταχωριστεί ρεπό για τους εταίρους του { $network }. Προσθέστε ένα με `convene dayoff add { $slug } --partner ΠΟΛΗ --date ΕΕΕΕ-ΜΜ-ΗΗ --name ΚΕΙΜΕΝΟ`.
cli-day-off-added = Προστέθηκε το ρεπό { $day } για { $partner } (id { $id }).
cli-day-off-added-also-holiday = Προστέθηκε το ρεπό { $day } για { $partner } (id { $id }). Είναι επίσης επίσημη αργία εκεί: { $holidays }.
cli-day-off-which = ο/η { $partner } έχει { $count } ρεπό στις { $date }: { $names }· πείτε ποιο με --name
cli-day-off-removed = Αφαιρέθηκε το ρεπό { $day } του { $partner }.
cli-meeting-id-and-date = id { $id } ({ $date })
cli-meetings-same-title = { $count } συναντήσεις του { $network } έχουν τίτλο «{ $key }»: { $meetings }· χρησιμοποιήστε το id
cli-to-before-from = το { $to } είναι πριν από το --from { $from }
cli-meetings-none = Το { $network } δεν έχει συναντήσεις.
cli-meetings-none-in-period = Το { $network } δεν έχει συναντήσεις σε αυτή την περίοδο.
cli-column-when = ΠΟΤΕ
cli-column-mode = ΜΟΡΦΗ
cli-column-country = ΧΩΡΑ
cli-column-zone = ΖΩΝΗ
cli-column-offset = ΔΙΑΦΟΡΑ
cli-column-local-time = ΤΟΠΙΚΗ ΩΡΑ
cli-column-note = ΣΗΜΕΙΩΣΗ
cli-label-network = Δίκτυο
cli-label-when = Πότε
cli-label-venue = Χώρος
cli-label-mode = Μορφή
cli-label-status = Κατάσταση
cli-label-uid = UID
cli-label-sequence = Αριθμός αλλαγής
cli-meeting-warnings = Προειδοποιήσεις
cli-meeting-local-times = Τοπικές ώρες
cli-local-time-outside-working-hours = εκτός ωραρίου εργασίας
cli-local-time-weekend = Σαββατοκύριακο
cli-meeting-agenda = Ημερήσια διάταξη
cli-meeting-attendance = Συμμετοχή
cli-meeting-attendance-contact = { $name } (επαφή): { $answer }
cli-meeting-needs-start-and-end = μια συνάντηση με ώρα χρειάζεται και --start και --end
cli-meeting-tz-needs-times = το --tz αφορά τα --start και --end· δώστε και αυτά
cli-meeting-until-needs-date = το --until χρειάζεται --date (την πρώτη ημέρα)
cli-meeting-added = Προστέθηκε η συνάντηση { $id } στο { $network }: { $title }, { $when }.
cli-meeting-updated = Ενημερώθηκε η συνάντηση { $id }: { $title } ({ $when }).
cli-meeting-updated-sequence = Ενημερώθηκε η συνάντηση { $id }: { $title } ({ $when })· τα ημερολόγια θα δουν την αλλαγή (αριθμός αλλαγής { $sequence }).
cli-meeting-deleted = Διαγράφηκε η συνάντηση { $id }: { $title }.
cli-not-a-population = το «{ $text }» δεν είναι ακέραιος αριθμός κατοίκων
cli-partner-name-and-id = { $name } (id { $id })
cli-partners-same-name = { $count } εταίροι του { $network } ονομάζονται «{ $key }»: { $partners }· χρησιμοποιήστε το id
cli-partners-none = Το { $network } δεν έχει ακόμη εταίρους. Προσθέστε έναν με `convene partner add { $slug } --name ΠΟΛΗ --country CC`.
cli-column-role = ΡΟΛΟΣ
cli-column-time-zone = ΖΩΝΗ ΩΡΑΣ
cli-column-population = ΠΛΗΘΥΣΜΟΣ
cli-column-contacts = ΕΠΑΦΕΣ
cli-label-country = Χώρα
cli-label-region = Περιφέρεια
cli-label-role = Ρόλος
cli-label-time-zone = Ζώνη ώρας
cli-label-population = Πληθυσμός
cli-label-notes = Σημειώσεις
cli-partner-contacts = Επαφές
cli-partner-local-group = Τοπική ομάδα
cli-partner-added = Προστέθηκε η πόλη { $name } ({ $country }, { $zone }) στο { $network } ως { $role ->
    [lead_partner] επικεφαλής εταίρος
    [good_practice_city] πόλη καλής πρακτικής
    [transfer_city] πόλη μεταφοράς
    [associated] συνεργαζόμενος εταίρος
   *[partner] εταίρος
} (id { $id }).
cli-partner-updated = Ενημερώθηκε η πόλη { $name } ({ $country }, { $zone }) στο { $network }.
cli-partner-deleted = Διαγράφηκε η πόλη { $name } από το { $network }.
cli-partner-deleted-with = Διαγράφηκε η πόλη { $name } από το { $network } ({ $also }).
cli-milestone-not-a-month = το «{ $text }» δεν είναι μήνας· γράψτε τον ως ΕΕΕΕ-ΜΜ
cli-milestones-same-title = { $count } ορόσημα έχουν τίτλο «{ $key }»: { $milestones }· χρησιμοποιήστε το id
cli-milestone-line = { $title } ({ $when }, { $kind }, id { $id })
cli-milestone-line-done = { $title } ({ $when }, { $kind }, ολοκληρώθηκε, id { $id })
cli-milestone-needs-date = ένα ορόσημο χρειάζεται την ημέρα του (--date ΕΕΕΕ-ΜΜ-ΗΗ) ή τον μήνα του (--month ΕΕΕΕ-ΜΜ)
cli-milestone-added = Προστέθηκε το ορόσημο { $milestone } στο { $network }.
cli-milestone-updated = Ενημερώθηκε το ορόσημο { $milestone }.
cli-milestone-removed = Αφαιρέθηκε το ορόσημο { $milestone } από το { $network }.
cli-milestones-none = Το { $network } δεν έχει ακόμη ορόσημα. Προσθέστε ένα με `convene milestone add { $slug } --title ΚΕΙΜΕΝΟ --date ΕΕΕΕ-ΜΜ-ΗΗ`.
cli-milestone-done-word = ολοκληρώθηκε
cli-column-done = ΟΛΟΚΛΗΡΩΘΗΚΕ
cli-practices-none = Δεν υπάρχουν ακόμη καλές πρακτικές. Προσθέστε μία με `convene practice add --title ΤΙΤΛΟΣ` ή εισαγάγετέ τες από σελίδες URBACT με `convene import urbact ΑΡΧΕΙΟ`.
cli-yes = ναι
cli-column-city = ΠΟΛΗ
cli-column-transfer = ΜΕΤΑΦΟΡΑ
cli-column-network = ΔΙΚΤΥΟ
cli-column-match = ΑΝΤΙΣΤΟΙΧΙΑ
cli-practices-same-title = { $count } καλές πρακτικές έχουν τίτλο «{ $key }»· χρησιμοποιήστε το id
cli-label-city = Πόλη
cli-label-author = Συντάκτης
cli-label-figure = Βασικός αριθμός
cli-label-transfer = Μεταφορά
cli-label-networks = Δίκτυα
cli-practice-transferred = ναι, μεταφέρθηκε από δίκτυα
cli-limit-at-least-one = πρέπει να είναι τουλάχιστον 1
cli-search-nothing = Τίποτα δεν ταιριάζει με «{ $text }».
cli-cannot-read-stdin = δεν είναι δυνατή η ανάγνωση των ενοτήτων από την τυπική είσοδο: { $reason }
cli-practice-line = { $title } (id { $id }, { $count ->
    [one] { $count } ενότητα
   *[other] { $count } ενότητες
})
cli-practice-line-from = { $title } (id { $id }, { $from }, { $count ->
    [one] { $count } ενότητα
   *[other] { $count } ενότητες
})
cli-practice-added = Προστέθηκε η καλή πρακτική { $practice }.
cli-practice-updated = Ενημερώθηκε η καλή πρακτική { $practice }.
cli-practice-removed = Αφαιρέθηκε η καλή πρακτική { $title } (id { $id }).
cli-person-of-partner = { $name } από { $partner } (id { $id })
cli-people-same-name = { $count } άτομα του { $place } ονομάζονται «{ $key }»: { $people }· χρησιμοποιήστε το id
cli-contacts-none = Το { $place } δεν έχει ακόμη επαφές. Προσθέστε μία με `convene contact add { $slug } --partner ΠΟΛΗ --name ΟΝΟΜΑ`.
cli-local-group-none = Το { $place } δεν έχει ακόμη μέλη τοπικής ομάδας. Προσθέστε ένα με `convene local-group add { $slug } --partner ΠΟΛΗ --name ΟΝΟΜΑ`.
cli-column-email = E-MAIL
cli-column-phone = ΤΗΛΕΦΩΝΟ
cli-column-organisation = ΦΟΡΕΑΣ
cli-contact-added = Προστέθηκε ο/η { $name } στις επαφές του { $partner } (id { $id }).
cli-contact-updated = Ενημερώθηκε ο/η { $name }, επαφή του { $partner } (id { $id }).
cli-contact-removed = Αφαιρέθηκε ο/η { $name } από τις επαφές του { $partner }.
cli-member-added = Προστέθηκε ο/η { $name } στην τοπική ομάδα του { $partner } (id { $id }).
cli-member-updated = Ενημερώθηκε ο/η { $name }, τοπική ομάδα του { $partner } (id { $id }).
cli-member-removed = Αφαιρέθηκε ο/η { $name } από την τοπική ομάδα του { $partner }.
cli-plan-export-format-unknown = δεν είναι δυνατό να αναγνωριστεί η μορφή από το «{ $file }»· προσθέστε --format docx, pdf, md ή html
cli-plan-exported = το «{ $title }» γράφτηκε στο { $file } ({ $format }, { $size })
cli-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
cli-size-kilobytes = { $count } KB
cli-not-a-funding-line = το «{ $text }» δεν είναι ΠΗΓΗ=EUR (π.χ. erdf=12000)
cli-plan-action-added = προστέθηκε η δράση «{ $title }»
cli-plan-indicator-added = προστέθηκε ο δείκτης «{ $name }»
cli-plan-risk-added = προστέθηκε ο κίνδυνος
cli-meeting-already = Η συνάντηση { $id } ({ $title }) ήταν ήδη { $status ->
    [confirmed] επιβεβαιωμένη
    [held] πραγματοποιημένη
    [postponed] αναβληθείσα
    [tentative] προσωρινή
   *[cancelled] ακυρωμένη
}.
cli-meeting-confirmed = Επιβεβαιώθηκε η συνάντηση { $id }: { $title } ({ $when }){ $changed ->
    [yes] · τα ημερολόγια θα δουν την αλλαγή (αριθμός αλλαγής { $sequence })
   *[no] {""}
}.
cli-meeting-marked-held = Η συνάντηση { $id } σημειώθηκε ως πραγματοποιημένη: { $title } ({ $when }){ $changed ->
    [yes] · τα ημερολόγια θα δουν την αλλαγή (αριθμός αλλαγής { $sequence })
   *[no] {""}
}.
cli-meeting-cancelled = Ακυρώθηκε η συνάντηση { $id }: { $title } ({ $when }){ $changed ->
    [yes] · τα ημερολόγια θα δουν την αλλαγή (αριθμός αλλαγής { $sequence })
   *[no] {""}
}.
cli-meeting-postponed-undated = Αναβλήθηκε η συνάντηση { $id }: { $title }· δεν υπάρχει ακόμη νέα ημερομηνία, οπότε τα ημερολόγια ενημερώνονται ότι δεν θα γίνει στις { $when } (αριθμός αλλαγής { $sequence }).
cli-meeting-postponed-to = Αναβλήθηκε η συνάντηση { $id }: { $title }· τώρα { $when }, προσωρινή μέχρι να επιβεβαιωθεί (αριθμός αλλαγής { $sequence }).
cli-not-an-attendance-status = το «{ $text }» δεν είναι ένα από: invited, confirmed (ή accepted), declined, tentative, attended, none
cli-attendance-status = { $status ->
    [accepted] αποδέχτηκε
    [declined] αρνήθηκε
    [tentative] ίσως
    [attended] συμμετείχε
   *[invited] προσκεκλημένος
}
cli-attendance-none = Δεν υπάρχει ακόμη κανείς στη λίστα.
cli-attendee-partner = εταίρος
cli-attendee-contact = επαφή
cli-column-who = ΠΟΙΟΣ
cli-attendance-heading = Συμμετοχή στο { $title } (συνάντηση { $meeting })
cli-attendance-set = { $name }: { $answer } για { $title }.
cli-attendance-removed = Ο/Η { $name } δεν είναι πια στη λίστα του { $title }.
cli-slots-how-long = πείτε πόσο διαρκεί η συνάντηση: --duration 2h ή --days N για ολόκληρες ημέρες
cli-length-minutes = { $minutes } λεπτών
cli-length-hours = { $hours } ωρών
cli-length-hours-minutes = { $hours }:{ $minutes } ωρών
cli-slots-heading = { $network }: { $count ->
    [one] { $count } ώρα έναρξης
   *[other] { $count } ώρες έναρξης
} για συνάντηση { $length } από { $from } έως { $to } ({ $zone }· ωράριο εργασίας { $hours } στο ρολόι κάθε εταίρου).
cli-slots-none-suit-all = Καμία δεν βολεύει όλους τους εταίρους· οι λιγότερο άβολες πρώτες.
cli-slots-suit-all = { $count ->
    [one] { $count } βολεύει όλους τους εταίρους.
   *[other] { $count } βολεύουν όλους τους εταίρους.
}
cli-slots-nothing-fits = Καμία ώρα δεν χωρά σε αυτό το διάστημα· διευρύνετέ το ή συντομεύστε τη συνάντηση.
cli-slot-suits-everyone = βολεύει όλους
cli-slot-awkward = άβολη για { $troubled } από { $count } (επιβάρυνση: μέγιστη { $worst }, συνολική { $total })
cli-column-problems = ΠΡΟΒΛΗΜΑΤΑ
cli-days-heading = { $network }: { $count ->
    [one] { $count } επιλογή
   *[other] { $count } επιλογές
} { $days ->
    [one] { $days } ημέρας
   *[other] { $days } ημερών
} από { $from } έως { $to } χωρίς αργία για κανέναν εταίρο{ $weekends ->
    [left-out] {" "}(χωρίς Σαββατοκύριακα)
   *[counted] {""}
}.
cli-date-span = { $first } έως { $last }
cli-days-also = (επίσης: { $meetings })
cli-days-left-out = Ημέρες που παραλείφθηκαν:
cli-rotation-heading = { $network }: { $count ->
    [one] { $count } δια ζώσης συνάντηση
   *[other] { $count } δια ζώσης συναντήσεις
}, πραγματοποιημένες ή προγραμματισμένες.
cli-rotation-no-partners = Δεν έχει ακόμη εταίρους.
cli-column-hosted = ΦΙΛΟΞΕΝΗΣΕ
cli-column-held = ΕΓΙΝΑΝ
cli-column-planned = ΠΡΟΓΡΑΜΜΑΤΙΣΜΕΝΕΣ
cli-column-last-hosted = ΤΕΛΕΥΤΑΙΑ ΦΙΛΟΞΕΝΙΑ
cli-rotation-without-host = { $count ->
    [one] { $count } συνάντηση δεν έχει ακόμη πόλη υποδοχής.
   *[other] { $count } συναντήσεις δεν έχουν ακόμη πόλη υποδοχής.
}
cli-rotation-not-hosted = Δεν έχουν φιλοξενήσει ακόμη: { $partners }.
cli-rotation-next = Επόμενοι οικοδεσπότες, οι δικαιότεροι πρώτοι: { $partners }.
cli-column-time-utc = ΩΡΑ (UTC)
cli-column-author = ΣΥΝΤΑΚΤΗΣ
cli-column-message = ΜΗΝΥΜΑ
cli-plan-diff-heading = αναθεώρηση { $from } ({ $from_author }, { $from_time }) -> αναθεώρηση { $to } ({ $to_author }, { $to_time })
cli-plan-diff-none = Καμία διαφορά.
cli-plan-diff-section-added = (προστέθηκε)
cli-plan-diff-section-removed = (αφαιρέθηκε)
cli-plan-diff-section-renamed = (πριν: { $title })
cli-plan-diff-reordered = Οι ενότητες μπήκαν σε άλλη σειρά.
cli-plan-diff-row = { $row ->
    [indicator] δείκτης
    [risk] κίνδυνος
   *[action] δράση
} «{ $label }» { $change ->
    [added] προστέθηκε
    [removed] αφαιρέθηκε
   *[changed] άλλαξε: { $fields }
}
cli-account-password-stored = ο κωδικός βρίσκεται στην κλειδοθήκη
cli-account-no-keyring = καμία κλειδοθήκη δεν απάντησε ({ $reason }), οπότε ο κωδικός δεν αποθηκεύτηκε: δώστε τον με --password-stdin ή { $variable } σε κάθε εντολή
cli-account-no-password = δεν δόθηκε κωδικός: δώστε τον με --password-stdin ή { $variable } σε κάθε εντολή
cli-account-added = Προστέθηκε ο λογαριασμός { $name } ({ $url } ως { $user })· { $password }.
cli-accounts-none = Δεν υπάρχουν ακόμη λογαριασμοί: convene account add ΟΝΟΜΑ --url URL --user ΧΡΗΣΤΗΣ --password-stdin
cli-account-column-name = όνομα
cli-account-column-url = url
cli-account-column-user = χρήστης
cli-account-column-ca-file = αρχείο CA
cli-account-works = Ο λογαριασμός { $name } λειτουργεί.
    principal: { $principal }
    φάκελος ημερολογίων: { $home }
    ημερολόγια: { $count }
cli-account-calendar-no-name = (χωρίς όνομα)
cli-account-removed = Αφαιρέθηκε ο λογαριασμός { $name } και ο κωδικός του από την κλειδοθήκη.
cli-not-an-export-format = το «{ $text }» δεν είναι μορφή εξαγωγής· χρησιμοποιήστε docx, pdf, md ή html

publish-kept-local-create = το «{ $title }» κρατά την έκδοση του Convene· η επόμενη δημοσίευση το δημιουργεί ξανά στον διακομιστή.
publish-kept-local-overwrite = το «{ $title }» κρατά την έκδοση του Convene· η επόμενη δημοσίευση την γράφει πάνω από εκείνη του διακομιστή.
publish-kept-local-deleted = το «{ $title }» μένει διαγραμμένο· η επόμενη δημοσίευση το διαγράφει στον διακομιστή.
publish-kept-remote-deleted = το «{ $title }» διαγράφηκε εδώ, όπως και στον διακομιστή.
publish-kept-remote = το «{ $title }» έχει τώρα εδώ την έκδοση του διακομιστή.
publish-change-time = ώρα: { $before } -> { $after }
publish-change-title = τίτλος: «{ $before }» -> «{ $after }»
publish-change-place = τόπος: «{ $before }» -> «{ $after }»
publish-change-status = κατάσταση: { $before } -> { $after }
publish-change-description = περιγραφή
publish-change-online-link = σύνδεσμος online: { $before } -> { $after }
publish-said-last-modified = τελευταία αλλαγή { $when }
publish-said-changed-by = αλλαγή από { $who }
publish-said-organiser = διοργανωτής: { $who }
publish-said-who-unknown = το συμβάν δεν λέει ποιος το άλλαξε

cli-value-meeting-kind-kick-off = Εναρκτήρια συνάντηση
cli-value-meeting-kind-transnational = Διακρατική συνάντηση
cli-value-meeting-kind-city-visit = Επίσκεψη σε πόλη
cli-value-meeting-kind-final-event = Τελική εκδήλωση
cli-value-meeting-kind-local-group = Τοπική Ομάδα URBACT
cli-value-meeting-kind-online-touch-base = Σύντομη online ενημέρωση
cli-value-meeting-kind-phase-review = Απολογισμός φάσης
cli-value-meeting-kind-other = Άλλο
cli-value-poll-answer-yes = Ναι
cli-value-poll-answer-maybe = Αν χρειαστεί
cli-value-poll-answer-no = Όχι
cli-value-meeting-mode-in-person = Δια ζώσης
cli-value-meeting-mode-online = Online
cli-value-meeting-mode-hybrid = Υβριδική
cli-value-meeting-status-tentative = Προσωρινή
cli-value-meeting-status-confirmed = Επιβεβαιωμένη
cli-value-meeting-status-held = Πραγματοποιήθηκε
cli-value-meeting-status-postponed = Αναβλήθηκε
cli-value-meeting-status-cancelled = Ακυρώθηκε
cli-value-attendance-invited = Προσκλήθηκε
cli-value-attendance-accepted = Αποδέχτηκε
cli-value-attendance-declined = Αρνήθηκε
cli-value-attendance-tentative = Ίσως
cli-value-attendance-attended = Συμμετείχε
cli-value-network-kind-action-planning = Σχεδιασμός δράσεων
cli-value-network-kind-transfer = Μεταφορά
cli-value-network-kind-innovation-transfer = Μεταφορά καινοτομίας
cli-value-network-kind-implementation = Υλοποίηση
cli-value-network-kind-other = Άλλο
cli-value-partner-role-lead-partner = Επικεφαλής εταίρος
cli-value-partner-role-partner = Εταίρος
cli-value-partner-role-good-practice-city = Πόλη καλής πρακτικής
cli-value-partner-role-transfer-city = Πόλη μεταφοράς
cli-value-partner-role-associated = Συνεργαζόμενος
cli-value-plan-status-draft = Προσχέδιο
cli-value-plan-status-in-review = Υπό αναθεώρηση
cli-value-plan-status-final = Τελικό
cli-value-plan-status-adopted = Εγκεκριμένο
cli-value-funding-source-city = Δημοτικός προϋπολογισμός
cli-value-funding-source-erdf = ΕΤΠΑ
cli-value-funding-source-esf-plus = ΕΚΤ+
cli-value-funding-source-national = Εθνική
cli-value-funding-source-regional = Περιφερειακή
cli-value-funding-source-private = Ιδιωτική
cli-value-funding-source-other = Άλλη
cli-value-action-status-idea = Ιδέα
cli-value-action-status-planned = Προγραμματισμένη
cli-value-action-status-ongoing = Σε εξέλιξη
cli-value-action-status-done = Ολοκληρωμένη
cli-value-action-status-dropped = Εγκαταλείφθηκε
cli-value-indicator-kind-output = Εκροή
cli-value-indicator-kind-result = Αποτέλεσμα
cli-value-revision-kind-created = Δημιουργία
cli-value-revision-kind-edit = Επεξεργασία
cli-value-revision-kind-restore = Επαναφορά
cli-value-revision-kind-received = Λήψη
cli-value-revision-kind-merge = Συγχώνευση
cli-value-revision-kind-resolve = Επίλυση διαφοράς
cli-value-milestone-kind-phase = Αρχή ή τέλος φάσης
cli-value-milestone-kind-deadline = Προθεσμία
cli-value-milestone-kind-deliverable = Παραδοτέο
cli-value-milestone-kind-decision = Απόφαση
cli-value-milestone-kind-event = Εκδήλωση
cli-value-milestone-kind-other = Άλλο
cli-value-hit-kind-network = Δίκτυο
cli-value-hit-kind-partner = Εταίρος
cli-value-hit-kind-meeting = Συνάντηση
cli-value-hit-kind-plan = Σχέδιο δράσης
cli-value-hit-kind-practice = Καλή πρακτική
cli-value-day-off-source-national = Επίσημη αργία
cli-value-day-off-source-regional = Περιφερειακή αργία
cli-value-day-off-source-local = Τοπικό ρεπό

cli-help-usage = Χρήση:
cli-help-options = Επιλογές:
cli-help-group-networks = Δίκτυα:
cli-help-group-partners = Εταίροι και οι άνθρωποί τους:
cli-help-group-meetings = Συναντήσεις:
cli-help-group-holidays = Αργίες και ημέρες εκτός εργασίας:
cli-help-group-plans = Σχέδια δράσης:
cli-help-group-practices = Καλές πρακτικές:
cli-help-group-data = Όλα τα δεδομένα:
cli-help-group-servers = Διακομιστές ημερολογίου (CalDAV, WebDAV):
cli-help-group-meeting = Η συνάντηση:
cli-help-group-meeting-life = Η πορεία της:
cli-help-group-plan = Το σχέδιο:
cli-help-group-plan-content = Το περιεχόμενό του:
cli-help-group-plan-review = Αναθεώρηση και ιστορικό:
cli-help-group-plan-exchange = Ανταλλαγή με τις πόλεις εταίρους:
cli-help-about = Δίκτυα, πόλεις εταίροι, συναντήσεις, σχέδια δράσης και καλές πρακτικές διακρατικών δικτύων πόλεων
cli-help-after =
    Το NETWORK είναι το σύντομο όνομα (slug) ή το όνομα ενός δικτύου, με κεφαλαία ή πεζά, με ή χωρίς τόνους.
    Η βάση δεδομένων είναι το --db PATH, αλλιώς το $CONVENE_DB, αλλιώς το convene.db της εφαρμογής επιφάνειας εργασίας
    (στο Linux ~/.local/share/eu.convene.app/convene.db).
cli-help-option-db = Το αρχείο της βάσης δεδομένων [προεπιλογή: $CONVENE_DB, αλλιώς το convene.db της εφαρμογής επιφάνειας εργασίας]
cli-help-option-json = Εκτύπωση JSON αναγνώσιμου από μηχανή αντί για κείμενο
cli-help-option-lang = Η γλώσσα των μηνυμάτων: en, fr, de, es, it, pt, pl, nl, el, ro [προεπιλογή: από $LC_ALL, $LC_MESSAGES, $LANG]
cli-help-option-help = Εμφάνιση βοήθειας
cli-help-option-version = Εμφάνιση έκδοσης
cli-help-command-networks = Κατάλογος όλων των δικτύων
cli-help-command-network = Εμφάνιση, προσθήκη, αλλαγή ή διαγραφή δικτύου
cli-help-command-milestone = Κατάλογος, προσθήκη, αλλαγή ή αφαίρεση των ορόσημων ενός δικτύου
cli-help-command-partners = Κατάλογος των εταίρων ενός δικτύου
cli-help-command-partner = Εμφάνιση, προσθήκη, αλλαγή ή διαγραφή εταίρου ενός δικτύου
cli-help-command-contacts = Κατάλογος των υπευθύνων επικοινωνίας των εταίρων ενός δικτύου
cli-help-command-contact = Προσθήκη, αλλαγή ή αφαίρεση του υπευθύνου επικοινωνίας ενός εταίρου
cli-help-command-local-group = Κατάλογος των μελών της Τοπικής Ομάδας URBACT ενός δικτύου, ή προσθήκη, αλλαγή ή αφαίρεση μέλους
cli-help-command-meetings = Κατάλογος των συναντήσεων ενός δικτύου κατά ημερομηνία (όσες δεν έχουν ημερομηνία στο τέλος)
cli-help-command-meeting = Εμφάνιση, προσθήκη, αλλαγή, επιβεβαίωση, αναβολή, σήμανση ως πραγματοποιημένης, ακύρωση ή διαγραφή συνάντησης
cli-help-command-agenda = Εμφάνιση της ημερήσιας διάταξης μιας συνάντησης, ή προσθήκη, αλλαγή, μετακίνηση ή αφαίρεση θέματος
cli-help-command-attendance = Εμφάνιση του ποιος είναι προσκεκλημένος σε μια συνάντηση, ή καταγραφή της απάντησης εταίρου ή υπευθύνου επικοινωνίας
cli-help-command-invite = Σύνταξη πρόσκλησης με e-mail για μια συνάντηση (ακύρωσης, αν έχει ακυρωθεί ή αναβληθεί)
cli-help-command-slots = Εύρεση ωρών που βολεύουν τους εταίρους ενός δικτύου: ωράριο εργασίας, Σαββατοκύριακα, αργίες, άλλες συναντήσεις
cli-help-command-rotation = Ποιος έχει φιλοξενήσει τις δια ζώσης συναντήσεις του δικτύου και ποιος πρέπει να φιλοξενήσει την επόμενη
cli-help-command-poll = Ερώτηση στους εταίρους ποιες ημερομηνίες τους βολεύουν, ανάγνωση των απαντήσεων και μετατροπή της επιλεγμένης ημερομηνίας σε συνάντηση
cli-help-command-holidays = Οι επίσημες αργίες μιας χώρας, ή οι ημέρες που οι εταίροι ενός δικτύου δεν εργάζονται
cli-help-command-dayoff = Κατάλογος, προσθήκη ή αφαίρεση των δικών ημερών εκτός εργασίας ενός εταίρου (η γιορτή του πολιούχου, τοπικές εκλογές)
cli-help-command-plans = Κατάλογος των σχεδίων δράσης ενός δικτύου με την κατάστασή τους και την τελευταία αλλαγή
cli-help-command-plan = Σύνταξη, αναθεώρηση, σύγκριση, επαναφορά, αποστολή και λήψη Ολοκληρωμένου Σχεδίου Δράσης
cli-help-command-practices = Κατάλογος των καλών πρακτικών
cli-help-command-practice = Εμφάνιση, προσθήκη, αλλαγή ή αφαίρεση καλής πρακτικής
cli-help-command-search = Αναζήτηση σε δίκτυα, εταίρους, συναντήσεις, σχέδια δράσης και καλές πρακτικές
cli-help-command-import = Εισαγωγή σελίδων δικτύων URBACT, εξαγωγής JSON του Convene ή αρχείου iCalendar
cli-help-command-export = Εξαγωγή όλης της βάσης δεδομένων, ή των συναντήσεων ως αρχείο iCalendar
cli-help-command-backup = Αντιγραφή όλης της βάσης δεδομένων στο FILE (ζωντανό αντίγραφο ασφαλείας SQLite· ασφαλές ενώ η εφαρμογή τρέχει)
cli-help-command-help = Εμφάνιση αυτού του μηνύματος ή της βοήθειας των δοσμένων υποεντολών
cli-help-command-account = Προσθήκη, κατάλογος, δοκιμή ή αφαίρεση λογαριασμού διακομιστή CalDAV/WebDAV (οι κωδικοί μένουν στην κλειδοθήκη)
cli-help-command-publish = Δημοσίευση των συναντήσεων ενός δικτύου σε ημερολόγιο διακομιστή CalDAV (αφού πρώτα διαβαστούν οι αλλαγές του)
cli-help-command-pull = Λήψη των αλλαγών του διακομιστή CalDAV σε ένα δημοσιευμένο δίκτυο
cli-help-command-conflicts = Κατάλογος των συναντήσεων που άλλαξαν και εδώ και στον διακομιστή, με τις δύο εκδόσεις
cli-help-command-conflict = Επίλυση σύγκρουσης: διατήρηση της τοπικής ή της απομακρυσμένης έκδοσης
cli-help-password = Από πού έρχεται ο κωδικός: --password-stdin (η πρώτη γραμμή της τυπικής εισόδου), αλλιώς $CONVENE_DAV_PASSWORD, αλλιώς η κλειδοθήκη του λειτουργικού συστήματος (όπου τον αποθήκευσε το `account add`). Ένα μηχάνημα χωρίς επιφάνεια εργασίας δεν έχει κλειδοθήκη: χρησιμοποιήστε εκεί --password-stdin ή CONVENE_DAV_PASSWORD.
cli-help-meeting-note = Η ημερήσια διάταξη μιας συνάντησης και ποιος έρχεται: `convene agenda NETWORK MEETING`, `convene attendance NETWORK MEETING`.
cli-help-command-meeting-show = Μια συνάντηση με την ημερήσια διάταξη, τη συμμετοχή και την ώρα στο ρολόι κάθε εταίρου
cli-help-command-meeting-add = Προσθήκη συνάντησης σε δίκτυο
cli-help-command-meeting-update = Αλλαγή συνάντησης· αλλάζουν μόνο οι επιλογές που δίνονται
cli-help-command-meeting-delete = Διαγραφή συνάντησης μαζί με την ημερήσια διάταξη και τη συμμετοχή
cli-help-command-meeting-confirm = Σήμανση συνάντησης ως επιβεβαιωμένης: γίνεται στην ημερομηνία της
cli-help-command-meeting-postpone = Μετάθεση συνάντησης σε μεταγενέστερη ημερομηνία, ή αφαίρεσή της από το ημερολόγιο μέχρι να οριστεί μία (η παλιά ημερομηνία μένει στην περιγραφή)
cli-help-command-meeting-held = Σήμανση συνάντησης ως πραγματοποιημένης (πρέπει να έχει αρχίσει)
cli-help-command-meeting-cancel = Σήμανση συνάντησης ως ακυρωμένης (παραμένει, ώστε τα ημερολόγια να μάθουν την ακύρωση)
cli-help-command-plan-show = Ένα σχέδιο ως έγγραφο (η εξαγωγή Markdown), και μετά τα κλειδιά των ενοτήτων, οι προειδοποιήσεις, τα ανοιχτά σχόλια και οι συγκρούσεις
cli-help-command-plan-create = Έναρξη σχεδίου για μια πόλη εταίρο (εννέα τυπικές ενότητες, αναθεώρηση 1)
cli-help-command-plan-status = Προώθηση του σχεδίου: draft, in-review, final, adopted (με --date), ή ένα βήμα πίσω
cli-help-command-plan-language = Ορισμός της γλώσσας στην οποία εξάγονται τα έγγραφα του σχεδίου (επικεφαλίδες, ετικέτες, ημερομηνίες, ποσά)
cli-help-command-plan-export = Σύνταξη του σχεδίου ως εγγράφου Word, PDF, Markdown ή HTML για το δημοτικό συμβούλιο
cli-help-command-plan-author = Εμφάνιση του ονόματος με το οποίο υπογράφονται οι αλλαγές, ή ορισμός του
cli-help-command-plan-section = Σύνταξη του κειμένου μιας ενότητας
cli-help-command-plan-action = Προσθήκη στον πίνακα δράσεων
cli-help-command-plan-indicator = Προσθήκη στο πλαίσιο αποτελεσμάτων
cli-help-command-plan-risk = Προσθήκη στους κινδύνους
cli-help-command-plan-comment = Σχόλιο σε μια ενότητα, ως αξιολογητής
cli-help-command-plan-revisions = Όλες οι αναθεωρήσεις, η νεότερη πρώτη
cli-help-command-plan-diff = Τι άλλαξε ανάμεσα σε δύο αναθεωρήσεις, λέξη προς λέξη
cli-help-command-plan-restore = Επαναφορά του περιεχομένου μιας παλιάς αναθεώρησης ως τρέχοντος (ως νέα αναθεώρηση· τίποτα δεν χάνεται)
cli-help-command-plan-send = Εγγραφή του σχεδίου με όλο το ιστορικό του σε αρχείο .convene-plan για έναν εταίρο
cli-help-command-plan-receive = Ανάγνωση αρχείου .convene-plan: νέο σχέδιο, νεότερες αναθεωρήσεις ή συγχώνευση (οι συγκρούσεις αναφέρονται)
cli-help-command-plan-push = Τοποθέτηση του αρχείου .convene-plan του σχεδίου σε φάκελο WebDAV (ποτέ πάνω σε αντίγραφο που δεν διαβάστηκε πρώτα)
cli-help-command-plan-pull = Ανάγνωση του αρχείου .convene-plan του σχεδίου από τον φάκελο WebDAV και συγχώνευσή του, όπως κάνει το `plan receive`
cli-help-command-plan-conflicts = Οι διαφορές με το αντίγραφο ενός εταίρου που περιμένουν επιλογή
cli-help-command-plan-resolve = Επίλυση σύγκρουσης: διατήρηση της δικής μας έκδοσης, αποδοχή της δικής τους ή συγχωνευμένο κείμενο

cli-clap-unknown-argument = μη αναμενόμενο όρισμα «{ $arg }»
cli-clap-tip-similar-argument = συμβουλή: υπάρχει παρόμοιο όρισμα: «{ $arg }»
cli-clap-tip-similar-subcommand = συμβουλή: υπάρχει παρόμοια εντολή: «{ $command }»
cli-clap-tip-escape = συμβουλή: για να δώσετε το «{ $arg }» ως τιμή, γράψτε «-- { $arg }»
cli-clap-missing-value = το «{ $arg }» χρειάζεται τιμή, αλλά δεν δόθηκε καμία
cli-clap-invalid-value = μη έγκυρη τιμή «{ $value }» για το «{ $arg }»
cli-clap-invalid-value-reason = μη έγκυρη τιμή «{ $value }» για το «{ $arg }»: { $reason }
cli-clap-possible-values = δυνατές τιμές: { $values }
cli-clap-unknown-subcommand = άγνωστη εντολή «{ $command }»
cli-clap-missing-arguments = λείπουν αυτά τα υποχρεωτικά ορίσματα:{ $args }
cli-clap-missing-subcommand = το «{ $command }» χρειάζεται μια εντολή μετά, και δεν δόθηκε καμία
cli-clap-subcommands = εντολές: { $values }
cli-clap-used-twice = το όρισμα «{ $arg }» μπορεί να δοθεί μόνο μία φορά
cli-clap-conflict = το όρισμα «{ $arg }» δεν μπορεί να χρησιμοποιηθεί μαζί με { $other }
cli-clap-too-many-values = περιττή τιμή «{ $value }» για το «{ $arg }»
cli-clap-wrong-number-of-values = το «{ $arg }» παίρνει { $expected } τιμές, δόθηκαν { $actual }
cli-clap-no-equals = το «{ $arg }» παίρνει την τιμή του μετά από ίσον ({ $arg }=ΤΙΜΗ)
cli-clap-invalid-utf8 = η γραμμή εντολών περιέχει κείμενο που δεν είναι έγκυρο UTF-8
cli-clap-not-valid = η γραμμή εντολών δεν είναι έγκυρη
cli-clap-more-information = Για περισσότερες πληροφορίες, δοκιμάστε «--help».

cli-clap-not-a-whole-number = δεν είναι ακέραιος αριθμός

cli-help-command-import-urbact = Εισαγωγή δικτύων, εταίρων, συναντήσεων, σχεδίων και πρακτικών από σελίδες URBACT
cli-help-arg-import-urbact-file = Ένα αρχείο κειμένου με σελίδες URBACT (κάθε εγγραφή τελειώνει με μια γραμμή `Ref nid`)
cli-help-arg-import-urbact-start-year = Απόδοση ημερομηνιών με τη σειρά, από φέτος, σε χρονοδιαγράμματα που δίνουν μόνο τον μήνα («June (Basingstoke)»)
cli-help-arg-import-urbact-dry-run = Εμφάνιση του τι θα εισαγόταν, χωρίς αποθήκευση
cli-help-command-import-json = Εισαγωγή αρχείου γραμμένου από το `convene export json` σε κενή βάση δεδομένων
cli-help-arg-import-json-file = Η εξαγωγή JSON προς ανάγνωση
cli-help-command-import-ics = Εισαγωγή των γεγονότων ενός αρχείου iCalendar (.ics) ως συναντήσεων ενός δικτύου
cli-help-arg-import-ics-file = Ένα αρχείο iCalendar (.ics) εξαγμένο από πρόγραμμα ημερολογίου
cli-help-arg-import-ics-network = Το δίκτυο του οποίου συναντήσεις γίνονται τα γεγονότα (σύντομο όνομα ή όνομα)
cli-help-arg-import-ics-strict = Απόρριψη όλου του αρχείου στο πρώτο γεγονός που δεν μπορεί να εισαχθεί, αντί να εισαχθούν τα υπόλοιπα και να αναφερθούν όσα παραλείφθηκαν
cli-help-command-network-show = Όλα για ένα δίκτυο: στοιχεία, φάσεις, εταίροι, ορόσημα, σχέδια, σημειώσεις εισαγωγής
cli-help-arg-network = Το σύντομο όνομα ή το όνομα του δικτύου
cli-help-command-network-add = Προσθήκη δικτύου
cli-help-arg-network-add-name = Το όνομα του δικτύου
cli-help-arg-kind = action-planning, transfer, innovation-transfer, implementation ή other [στην προσθήκη: other]
cli-help-arg-slug = Σύντομο όνομα για τη γραμμή εντολών [στην προσθήκη: από το όνομα]
cli-help-arg-tagline = Μία γραμμή για το θέμα του δικτύου
cli-help-arg-description = Τι κάνει το δίκτυο, σε μία παράγραφο ή περισσότερες
cli-help-arg-programme = π.χ. «URBACT IV»
cli-help-arg-start = Πρώτη ημέρα, ΕΕΕΕ-ΜΜ-ΗΗ
cli-help-arg-end = Τελευταία ημέρα, ΕΕΕΕ-ΜΜ-ΗΗ
cli-help-arg-email = Διεύθυνση e-mail επικοινωνίας
cli-help-arg-website = Διεύθυνση ιστού (https://...)
cli-help-arg-language = Γλώσσα εργασίας των προσκλήσεων, υπενθυμίσεων και κειμένων ημερολογίου του: en, fr, de, es, it, pt, pl, nl, el, ro [στην προσθήκη: en]
cli-help-command-network-update = Αλλαγή δικτύου· αλλάζουν μόνο οι επιλογές που δίνονται
cli-help-arg-name = Νέο όνομα
cli-help-arg-network-update-lead = Ο επικεφαλής εταίρος: το id ή το όνομα ενός εταίρου
cli-help-command-network-delete = Διαγραφή δικτύου· με --cascade, και όλων όσων του ανήκουν
cli-help-arg-network-delete-cascade = Διαγραφή και των εταίρων, συναντήσεων, ορόσημων, σχεδίων και σημειώσεων εισαγωγής του
cli-help-command-milestone-list = Τα ορόσημα ενός δικτύου κατά ημερομηνία
cli-help-command-milestone-add = Προσθήκη ορόσημου, με ημερομηνία ημέρας (--date) ή μήνα (--month)
cli-help-arg-milestone-add-title = Τι συμβαίνει («Υποβολή ΟΣΔ»)
cli-help-arg-date = Η ημέρα του, ΕΕΕΕ-ΜΜ-ΗΗ
cli-help-arg-month = Ο μήνας του όταν η ημέρα δεν είναι γνωστή, ΕΕΕΕ-ΜΜ
cli-help-arg-milestone-add-kind = phase, deadline, deliverable, decision, event ή other [στην προσθήκη: other]
cli-help-arg-milestone-add-description = Ελεύθερο κείμενο γι’ αυτό
cli-help-arg-done = Αν έχει ολοκληρωθεί: --done, ή --done no
cli-help-command-milestone-update = Αλλαγή ορόσημου· αλλάζουν μόνο οι επιλογές που δίνονται
cli-help-arg-milestone = Το id ή ο τίτλος του ορόσημου
cli-help-arg-title = Νέος τίτλος
cli-help-arg-milestone-update-kind = phase, deadline, deliverable, decision, event ή other [στην προσθήκη: other]
cli-help-arg-milestone-update-description = Ελεύθερο κείμενο γι’ αυτό
cli-help-command-milestone-remove = Αφαίρεση ορόσημου
cli-help-command-partner-show = Ένας εταίρος με τις επαφές και την τοπική ομάδα του
cli-help-arg-partner = Το id ή το όνομα του εταίρου
cli-help-command-partner-add = Προσθήκη πόλης ή οργανισμού εταίρου σε δίκτυο
cli-help-arg-partner-add-name = Το όνομα της πόλης ή του οργανισμού
cli-help-arg-partner-add-country = Κωδικός ISO 3166-1 (LV), όνομα χώρας (Λετονία) ή περιφέρεια (Σαξονία-Άνχαλτ)
cli-help-arg-role = lead-partner, partner, good-practice-city, transfer-city ή associated [στην προσθήκη: partner]
cli-help-arg-tz = Ζώνη ώρας IANA όπως Europe/Riga [στην προσθήκη: της χώρας]
cli-help-arg-region = Περιφέρεια ISO 3166-2 (ES-CN, DE-BY) της οποίας οι αργίες μετρούν για τον εταίρο εκτός από τις εθνικές (κενό για διαγραφή)· το `convene holidays CC --region CODE` ελέγχει μία
cli-help-arg-population = Αριθμός κατοίκων (κενό για διαγραφή)
cli-help-arg-notes = Ελεύθερο κείμενο
cli-help-command-partner-update = Αλλαγή εταίρου· αλλάζουν μόνο οι επιλογές που δίνονται
cli-help-arg-partner-update-country = Νέα χώρα· η ζώνη ώρας ακολουθεί, εκτός αν άλλαξε με το χέρι ή δοθεί --tz
cli-help-command-partner-delete = Διαγραφή εταίρου· με --cascade, και των επαφών, της τοπικής ομάδας και των παρουσιών του
cli-help-arg-partner-delete-cascade = Διαγραφή και των επαφών, των μελών της τοπικής ομάδας και των παρουσιών του· οι συναντήσεις και τα σχέδια που φιλοξενεί ή κατέχει μένουν, χωρίς αυτόν
cli-help-arg-contacts-partner = Μόνο οι επαφές αυτού του εταίρου (id ή όνομα)
cli-help-command-contact-add = Προσθήκη προσώπου επικοινωνίας σε εταίρο
cli-help-arg-contact-add-partner = Ο εταίρος (id ή όνομα) για τον οποίο εργάζεται το πρόσωπο
cli-help-arg-contact-add-name = Το όνομα του προσώπου
cli-help-arg-contact-add-role = Τι κάνει («Συντονίστρια έργου»)
cli-help-arg-contact-add-email = Διεύθυνση e-mail
cli-help-arg-phone = Αριθμός τηλεφώνου, όπως τον γράφει
cli-help-command-contact-update = Αλλαγή επαφής· αλλάζουν μόνο οι επιλογές που δίνονται (μια κενή τιμή τη διαγράφει)
cli-help-arg-person = Το id (όπως στη λίστα) ή το όνομα του προσώπου
cli-help-arg-contact-update-partner = Ο εταίρος (id ή όνομα) στον οποίο ανήκει το πρόσωπο, όταν το όνομα δεν αρκεί
cli-help-arg-contact-update-role = Τι κάνει («Συντονίστρια έργου»)
cli-help-arg-contact-update-email = Διεύθυνση e-mail
cli-help-command-contact-remove = Αφαίρεση επαφής (και των απαντήσεών της σε προσκλήσεις)
cli-help-arg-contact-remove-partner = Ο εταίρος (id ή όνομα) στον οποίο ανήκει το πρόσωπο, όταν το όνομα δεν αρκεί
cli-help-arg-local-group-partner = Μόνο η τοπική ομάδα αυτού του εταίρου (id ή όνομα)
cli-help-command-local-group-add = Προσθήκη μέλους στην τοπική ομάδα ενός εταίρου
cli-help-arg-local-group-add-partner = Ο εταίρος (id ή όνομα) του οποίου είναι η τοπική ομάδα
cli-help-arg-local-group-add-name = Το όνομα του μέλους
cli-help-arg-organisation = Ο οργανισμός από τον οποίο προέρχεται («Εμπορικό Επιμελητήριο»)
cli-help-arg-local-group-add-role = Ο ρόλος του στην ομάδα
cli-help-command-local-group-update = Αλλαγή μέλους τοπικής ομάδας· αλλάζουν μόνο οι επιλογές που δίνονται (μια κενή τιμή τη διαγράφει)
cli-help-arg-local-group-update-partner = Ο εταίρος (id ή όνομα) στον οποίο ανήκει το πρόσωπο, όταν το όνομα δεν αρκεί
cli-help-arg-local-group-update-role = Ο ρόλος του στην ομάδα
cli-help-command-local-group-remove = Αφαίρεση μέλους από τοπική ομάδα
cli-help-arg-local-group-remove-partner = Ο εταίρος (id ή όνομα) στον οποίο ανήκει το πρόσωπο, όταν το όνομα δεν αρκεί
cli-help-arg-meetings-from = Μόνο συναντήσεις αυτή την ημέρα ή μετά (ΕΕΕΕ-ΜΜ-ΗΗ)· όσες δεν έχουν ημερομηνία παραλείπονται
cli-help-arg-meetings-to = Μόνο συναντήσεις αυτή την ημέρα ή πριν (ΕΕΕΕ-ΜΜ-ΗΗ)· όσες δεν έχουν ημερομηνία παραλείπονται
cli-help-arg-meeting-show-network = Το σύντομο όνομα ή το όνομα του δικτύου (ή, μόνο του, το id ή το UID της συνάντησης)
cli-help-arg-meeting = Το id, το UID ή ο τίτλος της συνάντησης σε αυτό το δίκτυο
cli-help-arg-meeting-add-title = Πώς λέγεται η συνάντηση («Διακρατική συνάντηση αρ. 3»)
cli-help-arg-meeting-add-kind = kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review ή other
cli-help-arg-host = Το id ή το όνομα του οικοδεσπότη εταίρου (κενό για αφαίρεση του οικοδεσπότη)
cli-help-arg-meeting-add-start = Έναρξη, «ΕΕΕΕ-ΜΜ-ΗΗ ΩΩ:ΛΛ» στην ώρα του --tz
cli-help-arg-meeting-add-end = Λήξη, «ΕΕΕΕ-ΜΜ-ΗΗ ΩΩ:ΛΛ» ή «ΩΩ:ΛΛ» την ημέρα της έναρξης
cli-help-arg-meeting-add-tz = Ζώνη ώρας IANA των --start και --end [προεπιλογή: του οικοδεσπότη]
cli-help-arg-meeting-add-date = Ολοήμερη συνάντηση: η (πρώτη) ημέρα της, ΕΕΕΕ-ΜΜ-ΗΗ
cli-help-arg-until = Ολοήμερη συνάντηση: η τελευταία ημέρα της, ΕΕΕΕ-ΜΜ-ΗΗ [προεπιλογή: --date]
cli-help-arg-meeting-add-month = Χωρίς ημερομηνία ακόμη, αλλά προγραμματισμένη γι’ αυτόν τον μήνα: ΕΕΕΕ-ΜΜ (ή μόνο το έτος, ΕΕΕΕ)
cli-help-arg-wording = Χωρίς ημερομηνία ακόμη: πότε σχεδιάζεται, με λόγια («μετά το καλοκαίρι»)
cli-help-arg-mode = in-person, online ή hybrid [στην προσθήκη: in-person]
cli-help-arg-online = Σύνδεσμος για διαδικτυακή συμμετοχή (https://...)
cli-help-arg-venue = Πού γίνεται, όταν δεν είναι απλώς η πόλη οικοδεσπότης («Δημαρχείο, Jelgava»)
cli-help-arg-meeting-add-description = Ελεύθερο κείμενο για τη συνάντηση
cli-help-arg-status = tentative, confirmed, held, postponed ή cancelled [στην προσθήκη: tentative]
cli-help-arg-meeting-update-network = Το σύντομο όνομα ή το όνομα του δικτύου (ή, μόνο του, το id ή το UID της συνάντησης)
cli-help-arg-meeting-update-kind = kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review ή other
cli-help-arg-meeting-update-undated = Επαναφορά της συνάντησης σε κατάσταση χωρίς ημερομηνία (κρατά τα --month και --wording αν δοθούν)
cli-help-arg-meeting-update-start = Έναρξη, «ΕΕΕΕ-ΜΜ-ΗΗ ΩΩ:ΛΛ» στην ώρα του --tz
cli-help-arg-meeting-update-end = Λήξη, «ΕΕΕΕ-ΜΜ-ΗΗ ΩΩ:ΛΛ» ή «ΩΩ:ΛΛ» την ημέρα της έναρξης
cli-help-arg-meeting-update-tz = Ζώνη ώρας IANA των --start και --end [προεπιλογή: του οικοδεσπότη]
cli-help-arg-meeting-update-date = Ολοήμερη συνάντηση: η (πρώτη) ημέρα της, ΕΕΕΕ-ΜΜ-ΗΗ
cli-help-arg-meeting-update-month = Χωρίς ημερομηνία ακόμη, αλλά προγραμματισμένη γι’ αυτόν τον μήνα: ΕΕΕΕ-ΜΜ (ή μόνο το έτος, ΕΕΕΕ)
cli-help-arg-meeting-update-description = Ελεύθερο κείμενο για τη συνάντηση
cli-help-arg-meeting-confirm-network = Το σύντομο όνομα ή το όνομα του δικτύου (ή, μόνο του, το id ή το UID της συνάντησης)
cli-help-arg-meeting-postpone-network = Το σύντομο όνομα ή το όνομα του δικτύου (ή, μόνο του, το id ή το UID της συνάντησης)
cli-help-arg-meeting-postpone-to = Η νέα ημερομηνία: «ΕΕΕΕ-ΜΜ-ΗΗ ΩΩ:ΛΛ» (κρατά τη διάρκεια εκτός αν δοθεί --end) ή ΕΕΕΕ-ΜΜ-ΗΗ για ολόκληρες ημέρες (κρατά τον αριθμό ημερών εκτός αν δοθεί --until)
cli-help-arg-meeting-postpone-end = Λήξη της νέας ημερομηνίας: «ΕΕΕΕ-ΜΜ-ΗΗ ΩΩ:ΛΛ», ή «ΩΩ:ΛΛ» την ημέρα του --to
cli-help-arg-meeting-postpone-until = Τελευταία ημέρα των νέων ημερομηνιών, ΕΕΕΕ-ΜΜ-ΗΗ
cli-help-arg-meeting-postpone-tz = Ζώνη ώρας IANA των --to και --end [προεπιλογή: της συνάντησης]
cli-help-arg-meeting-postpone-undated = Χωρίς νέα ημερομηνία ακόμη: η συνάντηση σημειώνεται ως αναβληθείσα και τα ημερολόγια ακυρώνουν την παλιά ημερομηνία
cli-help-arg-meeting-held-network = Το σύντομο όνομα ή το όνομα του δικτύου (ή, μόνο του, το id ή το UID της συνάντησης)
cli-help-arg-meeting-cancel-network = Το σύντομο όνομα ή το όνομα του δικτύου (ή, μόνο του, το id ή το UID της συνάντησης)
cli-help-arg-meeting-delete-network = Το σύντομο όνομα ή το όνομα του δικτύου (ή, μόνο του, το id ή το UID της συνάντησης)
cli-help-arg-agenda-meeting = Το id, το UID ή ο τίτλος της συνάντησης
cli-help-command-agenda-add = Προσθήκη θέματος, στο τέλος ή ως αριθμός --at
cli-help-arg-agenda-add-title = Τι είναι το θέμα («Καλωσόρισμα και συστάσεις»)
cli-help-arg-agenda-add-at = Η θέση του: 1 για το πρώτο [προεπιλογή: μετά το τελευταίο]
cli-help-arg-agenda-add-start = Πότε αρχίζει, ΩΩ:ΛΛ στην ώρα της συνάντησης
cli-help-arg-agenda-add-end = Πότε τελειώνει, ΩΩ:ΛΛ
cli-help-arg-speaker = Ο εταίρος που το συντονίζει (id ή όνομα)
cli-help-arg-agenda-add-notes = Ελεύθερο κείμενο για το θέμα
cli-help-command-agenda-update = Αλλαγή του θέματος N· αλλάζουν μόνο οι επιλογές που δίνονται (μια κενή τιμή τη διαγράφει)
cli-help-arg-item = Ο αριθμός του θέματος
cli-help-arg-agenda-update-start = Πότε αρχίζει, ΩΩ:ΛΛ στην ώρα της συνάντησης
cli-help-arg-agenda-update-end = Πότε τελειώνει, ΩΩ:ΛΛ
cli-help-arg-agenda-update-notes = Ελεύθερο κείμενο για το θέμα
cli-help-command-agenda-move = Μετακίνηση του θέματος N ώστε να γίνει αριθμός --to
cli-help-arg-agenda-move-to = Ο νέος αριθμός του
cli-help-command-agenda-remove = Αφαίρεση του θέματος N· τα επόμενα ανεβαίνουν
cli-help-arg-attendance-meeting = Το id, το UID ή ο τίτλος της συνάντησης
cli-help-arg-attendance-partner = Ο εταίρος (id ή όνομα) του οποίου είναι αυτή η απάντηση
cli-help-arg-attendance-contact = Ένα πρόσωπο επικοινωνίας (id ή όνομα) του οποίου είναι αυτή η απάντηση
cli-help-arg-attendance-status = invited, confirmed (αποδεκτή), declined, tentative, attended, ή none για αφαίρεση από τη λίστα
cli-help-arg-plan = Το id του σχεδίου ή ΔΙΚΤΥΟ/ΠΟΛΗ
cli-help-arg-plan-create-partner = Η πόλη εταίρος της οποίας είναι το σχέδιο (το όνομα ή το id της)
cli-help-arg-plan-create-summary = Λίγες γραμμές για το σχέδιο· γίνονται το πρώτο κείμενο της ενότητας πλαισίου του
cli-help-arg-plan-create-language = Η γλώσσα των εξαγόμενων εγγράφων του: en, fr, de, es, it, pt, pl, nl, el, ro [προεπιλογή: en]
cli-help-arg-plan-language-code = en, fr, de, es, it, pt, pl, nl, el ή ro
cli-help-command-plan-section-set = Αντικατάσταση του κειμένου μιας ενότητας (Markdown) με το --text ή το περιεχόμενο του --file
cli-help-arg-plan-section-set-key = Το κλειδί της ενότητας: context, vision, approach, actions, implementation, funding, risks, monitoring, local-group, ή ένα δικό σας
cli-help-arg-plan-section-set-text = Το νέο κείμενο
cli-help-arg-plan-section-set-file = Ένα αρχείο με το νέο κείμενο (Markdown σε UTF-8)
cli-help-arg-plan-section-set-message = Γιατί άλλαξε, για το ιστορικό
cli-help-command-plan-section-add = Προσθήκη δικής σας ενότητας (το κλειδί της προκύπτει από τον τίτλο)
cli-help-arg-plan-section-add-after = Τοποθέτηση μετά από αυτή την ενότητα [προεπιλογή: στο τέλος]
cli-help-command-plan-section-remove = Αφαίρεση δικής σας ενότητας (το κείμενό της μένει στο ιστορικό)
cli-help-arg-key = Το κλειδί της ενότητας
cli-help-command-plan-action-add = Προσθήκη δράσης στο τέλος του πίνακα
cli-help-arg-plan-action-add-objective = Ο στόχος που εξυπηρετεί (οι δράσεις αθροίζονται ανά στόχο)
cli-help-arg-plan-action-add-lead = Ο επικεφαλής οργανισμός
cli-help-arg-plan-action-add-partners = Οργανισμοί εταίροι
cli-help-arg-plan-action-add-start = Πρώτος μήνας (ΕΕΕΕ-ΜΜ)
cli-help-arg-plan-action-add-end = Τελευταίος μήνας (ΕΕΕΕ-ΜΜ)
cli-help-arg-plan-action-add-cost = Εκτιμώμενο κόστος σε ευρώ, όπως 12500.50
cli-help-arg-plan-action-add-funding = Εξασφαλισμένη χρηματοδότηση: city, erdf, esf-plus, national, regional, private ή other, μετά = και τα ευρώ· επαναλαμβάνεται
cli-help-arg-plan-action-add-status = idea, planned, ongoing, done ή dropped [προεπιλογή: planned]
cli-help-arg-plan-action-add-pilot = Πιλοτική δράση μικρής κλίμακας (δοκιμαστική δράση)
cli-help-command-plan-indicator-add = Προσθήκη δείκτη
cli-help-arg-plan-indicator-add-kind = output ή result
cli-help-arg-plan-indicator-add-by = Πότε πρέπει να επιτευχθεί ο στόχος (ΕΕΕΕ-ΜΜ)
cli-help-arg-plan-indicator-add-verification = Μέσα επαλήθευσης
cli-help-command-plan-risk-add = Προσθήκη κινδύνου
cli-help-arg-plan-risk-add-likelihood = 1 (σπάνιος) έως 5 (σχεδόν βέβαιος)
cli-help-arg-plan-risk-add-impact = 1 (μικρός) έως 5 (σοβαρός)
cli-help-arg-plan-diff-rev-a = Ο αριθμός της παλαιότερης αναθεώρησης
cli-help-arg-plan-diff-rev-b = Ο αριθμός της νεότερης αναθεώρησης
cli-help-arg-plan-restore-rev = Ο αριθμός της αναθεώρησης
cli-help-arg-plan-status-status = draft, in-review, final ή adopted
cli-help-arg-plan-status-date = Η ημέρα που το δημοτικό συμβούλιο ενέκρινε το σχέδιο (ΕΕΕΕ-ΜΜ-ΗΗ), για adopted
cli-help-arg-plan-comment-author = Το όνομα του αναθεωρητή
cli-help-arg-plan-send-out = Το αρχείο προς εγγραφή
cli-help-arg-plan-receive-file = Το αρχείο .convene-plan
cli-help-arg-plan-resolve-key = Το κλειδί της σύγκρουσης: κλειδί ενότητας, ή action:ID, indicator:ID, risk:ID (το `convene plan conflicts` τα απαριθμεί)
cli-help-arg-plan-resolve-ours = Διατήρηση του δικού μας κειμένου
cli-help-arg-plan-resolve-theirs = Αποδοχή του δικού τους κειμένου
cli-help-arg-plan-resolve-text = Τοποθέτηση αυτού του συγχωνευμένου κειμένου
cli-help-arg-plan-resolve-file = Τοποθέτηση του συγχωνευμένου κειμένου από αυτό το αρχείο
cli-help-arg-plan-export-format = docx, pdf, md (ή markdown) ή html [προεπιλογή: από την επέκταση του --out]
cli-help-arg-plan-export-out = Το αρχείο προς εγγραφή (αντικαθίσταται αν υπάρχει)
cli-help-arg-plan-author-name = Το νέο όνομα (το "" επιστρέφει στο όνομα χρήστη του συστήματος)
cli-help-arg-account = Ο λογαριασμός του οποίου ο φάκελος WebDAV περιέχει το αρχείο (convene account list)
cli-help-arg-folder = Ο φάκελος στον διακομιστή (απόλυτος, ή σχετικός με τη διεύθυνση του λογαριασμού) [προεπιλογή: ο φάκελος του τελευταίου push ή pull, αλλιώς η διεύθυνση του λογαριασμού]
cli-help-arg-password-stdin = Ανάγνωση του κωδικού πρόσβασης από την πρώτη γραμμή της τυπικής εισόδου
cli-help-command-practice-show = Μια καλή πρακτική με όλες τις ενότητές της και τα δίκτυα που τη χρησιμοποιούν
cli-help-arg-practice-show-id = Το id ή ο τίτλος της πρακτικής
cli-help-command-practice-add = Προσθήκη καλής πρακτικής
cli-help-arg-practice-add-title = Πώς λέγεται η πρακτική
cli-help-arg-practice-add-tagline = Μία γραμμή για το τι είναι
cli-help-arg-city = Η πόλη από την οποία προέρχεται
cli-help-arg-country = Κωδικός ISO 3166-1 (ES), όνομα χώρας (Ισπανία) ή περιφέρεια
cli-help-arg-author = Ποιος τη συνέταξε
cli-help-arg-author-role = Ο ρόλος του συντάκτη («Συντονίστρια έργου»)
cli-help-arg-figure = Ένας αριθμός που προβάλλει η πρακτική («521 946 κάτοικοι»)
cli-help-arg-transfer = Αν τη μεταφέρουν δίκτυα: yes ή no [στην προσθήκη: no]
cli-help-arg-networks = Τα δίκτυα που τη χρησιμοποιούν, με σύντομο όνομα ή όνομα, χωρισμένα με κόμματα ("" για κανένα)
cli-help-arg-sections = Ένα αρχείο κειμένου με τις ενότητές της (γραμμές «## Επικεφαλίδα», κείμενο από κάτω)· το - διαβάζει την τυπική είσοδο
cli-help-command-practice-update = Αλλαγή καλής πρακτικής· αλλάζουν μόνο οι επιλογές που δίνονται (μια κενή τιμή τη διαγράφει)
cli-help-arg-practice = Το id ή ο τίτλος της πρακτικής
cli-help-arg-practice-update-tagline = Μία γραμμή για το τι είναι
cli-help-command-practice-remove = Αφαίρεση καλής πρακτικής
cli-help-arg-search-text = Λέξεις προς αναζήτηση (πρέπει να ταιριάζουν όλες· τόνοι και πεζά-κεφαλαία δεν μετρούν)
cli-help-arg-search-limit = Το πολύ τόσα αποτελέσματα
cli-help-arg-backup-file = Πού να γραφτεί το αντίγραφο
cli-help-command-export-json = Τα πάντα, ως ένα έγγραφο JSON (βλ. docs/json.md)· στην τυπική έξοδο εκτός αν δοθεί --out
cli-help-arg-out = Εγγραφή σε αυτό το αρχείο αντί για την τυπική έξοδο
cli-help-command-export-ics = Οι συναντήσεις ενός δικτύου ως αρχείο iCalendar (.ics)· στην τυπική έξοδο εκτός αν δοθεί --out
cli-help-arg-export-ics-partner = Μόνο η οπτική αυτού του εταίρου: ό,τι φιλοξενεί ή παρακολουθεί, και οι συναντήσεις όλου του δικτύου
cli-help-arg-export-ics-meeting = Μόνο αυτή η συνάντηση (το id ή το UID της)
cli-help-arg-export-ics-from = Μόνο συναντήσεις με ημέρα αυτή ή μετά (ΕΕΕΕ-ΜΜ-ΗΗ)
cli-help-arg-export-ics-to = Μόνο συναντήσεις με ημέρα αυτή ή πριν (ΕΕΕΕ-ΜΜ-ΗΗ)
cli-help-arg-export-ics-reminder = Υπενθύμιση τόσο νωρίτερα από κάθε συνάντηση: 1d, 2h, 30m, 1w, ή συνδυασμός (1d12h)
cli-help-note-holidays = Δύο γράμματα ορίζουν μια χώρα, ως κωδικός ISO 3166-1 (FR, es, XK): τις επίσημες αργίες της.
    Οτιδήποτε άλλο ορίζει ένα δίκτυο (σύντομο όνομα ή όνομα): κάθε ημέρα που κάποιος από τους εταίρους του δεν
    εργάζεται (εθνικές και περιφερειακές αργίες, και οι ημέρες εκτός εργασίας που καταγράφηκαν με `convene dayoff add`).
    Η περίοδος είναι --year ΕΤΟΣ, ή --from ΗΜΕΡΟΜΗΝΙΑ --to ΗΜΕΡΟΜΗΝΙΑ (και οι δύο ημέρες περιλαμβάνονται).
    Οι ημερομηνίες προέρχονται από το python-holidays· μια χώρα που δεν καλύπτει απορρίπτεται με τη λίστα όσων καλύπτει.
cli-help-arg-holidays-target = Ο διψήφιος κωδικός μιας χώρας (FR), ή το σύντομο όνομα ή το όνομα ενός δικτύου
cli-help-arg-holidays-region = Με χώρα: και οι αργίες της περιφέρειάς της, κωδικός ISO 3166-2 όπως ES-CN ή DE-BY
cli-help-arg-holidays-year = Όλο το έτος
cli-help-arg-holidays-from = Η πρώτη ημέρα, ΕΕΕΕ-ΜΜ-ΗΗ
cli-help-arg-holidays-to = Η τελευταία ημέρα, ΕΕΕΕ-ΜΜ-ΗΗ
cli-help-command-dayoff-list = Οι ημέρες εκτός εργασίας που καταγράφηκαν για τους εταίρους ενός δικτύου, κατά ημερομηνία
cli-help-arg-dayoff-list-partner = Μόνο αυτού του εταίρου (το id ή το όνομά του)
cli-help-command-dayoff-add = Καταγραφή ημέρας που ένας εταίρος δεν εργάζεται (η γιορτή του πολιούχου, τοπικές εκλογές)
cli-help-arg-dayoff-add-date = Η ημέρα, ΕΕΕΕ-ΜΜ-ΗΗ
cli-help-arg-dayoff-add-name = Τι ημέρα είναι («Γενέθλιο του Ιωάννη του Προδρόμου»)
cli-help-command-dayoff-remove = Αφαίρεση ημέρας εκτός εργασίας ενός εταίρου· το --name επιλέγει όταν έχει πολλές εκείνη την ημέρα
cli-help-arg-dayoff-remove-date = Η ημέρα, ΕΕΕΕ-ΜΜ-ΗΗ
cli-help-arg-dayoff-remove-name = Το όνομα της ημέρας εκτός εργασίας
cli-help-arg-invite-network = Το σύντομο όνομα ή το όνομα του δικτύου (ή, μόνο του, το id ή το UID της συνάντησης)
cli-help-arg-organizer = Η διεύθυνση e-mail του διοργανωτή (ο αποστολέας· οι απαντήσεις επιστρέφουν σε αυτόν)
cli-help-arg-invite-to = Η διεύθυνση e-mail ενός συμμετέχοντα· επαναλάβετε την επιλογή, ή χωρίστε τις διευθύνσεις με κόμματα
cli-help-arg-invite-out = Εγγραφή του μηνύματος σε αυτό το αρχείο (.eml) αντί για την τυπική έξοδο
cli-help-arg-slots-from = Πρώτη ημέρα αναζήτησης, ΕΕΕΕ-ΜΜ-ΗΗ
cli-help-arg-slots-to = Τελευταία ημέρα αναζήτησης, ΕΕΕΕ-ΜΜ-ΗΗ (μια συνάντηση πρέπει να τελειώνει ως τα μεσάνυχτά της)
cli-help-arg-slots-duration = Πόσο διαρκεί η συνάντηση: 2h, 90m, 1h30
cli-help-arg-slots-days = Ολόκληρες ημέρες αντί γι’ αυτό: N συνεχόμενες ημέρες χωρίς αργία για κανέναν εταίρο
cli-help-arg-slots-hours = Ώρες εργασίας στην ώρα κάθε εταίρου [προεπιλογή: 09:00-17:00]
cli-help-arg-slots-partners = Μετρά μόνο η ώρα αυτού του εταίρου (επαναλάβετε για περισσότερους) [προεπιλογή: όλοι οι εταίροι]
cli-help-arg-slots-exclude-weekends = Παράλειψη ωρών που πέφτουν Σάββατο ή Κυριακή για κάποιον εταίρο
cli-help-arg-slots-limit = Πόσα χρονικά διαστήματα να εμφανιστούν, τα καλύτερα πρώτα
cli-help-arg-slots-tz = Η ώρα των --from, --to και της επικεφαλίδας κάθε διαστήματος [προεπιλογή: UTC]
cli-help-command-poll-create = Έναρξη δημοσκόπησης: οι ημερομηνίες που θα μπορούσε να γίνει μια συνάντηση
cli-help-arg-poll-create-title = Ο τίτλος της συνάντησης
cli-help-arg-poll-create-kind = Το είδος της συνάντησης: kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review, other
cli-help-arg-poll-create-host = Η πόλη εταίρος οικοδεσπότης
cli-help-arg-poll-create-options = Μια προτεινόμενη ημερομηνία: «ΕΕΕΕ-ΜΜ-ΗΗ ΩΩ:ΛΛ/ΩΩ:ΛΛ» ή ΕΕΕΕ-ΜΜ-ΗΗ (ολόκληρη ημέρα)· επαναλάβετε για καθεμία
cli-help-arg-poll-create-tz = Η ζώνη ώρας των ωρών των επιλογών [προεπιλογή: του οικοδεσπότη]
cli-help-arg-poll-create-deadline = Απάντηση έως αυτή την ημέρα (ΕΕΕΕ-ΜΜ-ΗΗ)
cli-help-command-poll-invite = Εγγραφή των προσκλήσεων για απάντηση (ένα .eml ανά παραλήπτη, μια προσωρινή δέσμευση ανά ημερομηνία)
cli-help-arg-poll = Το id της δημοσκόπησης
cli-help-arg-poll-invite-to = Ένας παραλήπτης, επαφή ενός εταίρου [προεπιλογή: οι επαφές όλων των εταίρων]· επαναλάβετε ή χωρίστε με κόμματα
cli-help-arg-poll-invite-out = Ο φάκελος όπου θα γραφτούν τα μηνύματα
cli-help-command-poll-replies = Ανάγνωση των απαντήσεων που έστειλαν οι εταίροι: απαντήσεις (.eml, .ics) ή πίνακες απαντήσεων (.txt)
cli-help-arg-poll-replies-files = Αρχεία απαντήσεων
cli-help-command-poll-answer = Καταγραφή με το χέρι των απαντήσεων ενός εταίρου
cli-help-arg-poll-answer-partner = Το όνομα ή το id της πόλης εταίρου
cli-help-arg-poll-answer-options = N=yes, N=maybe ή N=no για την ημερομηνία N· επαναλάβετε την επιλογή για περισσότερες ημερομηνίες
cli-help-command-poll-show = Ποιος μπορεί να έρθει και πότε: κάθε ημερομηνία για κάθε εταίρο, και ποιος δεν έχει απαντήσει
cli-help-command-poll-close = Επιλογή ημερομηνίας: δημιουργεί τη συνάντηση και γράφει την πρόσκλησή της και την αποδέσμευση των άλλων ημερομηνιών
cli-help-arg-poll-close-option = Η επιλεγμένη ημερομηνία (ο αριθμός της)
cli-help-arg-poll-close-out = Εγγραφή της πρόσκλησης της συνάντησης και της αποδέσμευσης των άλλων ημερομηνιών σε αυτόν τον φάκελο
cli-help-arg-poll-close-organizer = Ο αποστολέας αυτών των μηνυμάτων [προεπιλογή: ο διοργανωτής των προσκλήσεων της δημοσκόπησης]
cli-help-command-poll-list = Οι δημοσκοπήσεις ενός δικτύου, οι νεότερες πρώτες
cli-help-command-account-add = Προσθήκη λογαριασμού διακομιστή CalDAV/WebDAV (ο κωδικός πρόσβασης πηγαίνει στην κλειδοθήκη)
cli-help-arg-account-add-name = Ένα σύντομο όνομα για αναφορά σε αυτόν (για παράδειγμα nextcloud)
cli-help-arg-account-add-url = Η διεύθυνση του διακομιστή (για Nextcloud https://HOST/remote.php/dav· ένα σκέτο https://HOST εντοπίζεται)
cli-help-arg-account-add-user = Το όνομα χρήστη στον διακομιστή
cli-help-arg-account-add-ca-file = Ένα αρχείο PEM της αρχής πιστοποίησης ενός διακομιστή με δικό του πιστοποιητικό
cli-help-command-account-list = Κατάλογος των λογαριασμών (ποτέ οι κωδικοί τους)
cli-help-command-account-test = Σύνδεση, εντοπισμός των ημερολογίων και αναφορά του τι βρέθηκε ή τι ακριβώς απέτυχε
cli-help-command-account-remove = Αφαίρεση λογαριασμού, του κωδικού του από την κλειδοθήκη και όσων απομνημονεύτηκαν μέσω αυτού
cli-help-arg-publish-account = Ο λογαριασμός (convene account list)
cli-help-arg-publish-calendar = Το όνομα του ημερολογίου στον διακομιστή [προεπιλογή: το όνομα του δικτύου]
cli-help-arg-publish-ics-file = Διατήρηση και ολόκληρου του .ics του δικτύου σε αυτή τη διαδρομή του διακομιστή (για συνδρομητές)
cli-help-command-conflict-resolve = Επίλυση σύγκρουσης κρατώντας τη μία πλευρά
cli-help-arg-conflict-resolve-id = Το id της σύγκρουσης (convene conflicts)

cli-help-arguments = Ορίσματα:
cli-help-commands = Εντολές:
