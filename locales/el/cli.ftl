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
