# Errors and validation messages of Convene's core. Source: locales/en/errors.ftl (comments there).
error-required = δεν μπορεί να είναι κενό
error-too-long = { $count ->
    [one] έχει { $count } χαρακτήρα· το όριο είναι { $max }
   *[other] έχει { $count } χαρακτήρες· το όριο είναι { $max }
}
error-not-an-email = «{ $value }» δεν είναι διεύθυνση e-mail (αναμένεται όνομα@example.org)
error-url-scheme = «{ $value }» πρέπει να αρχίζει με https:// ή http://
error-not-a-url = «{ $value }» δεν είναι διεύθυνση ιστού
error-year-out-of-range = το έτος { $year } είναι εκτός του διαστήματος { $first }-{ $last }
error-not-a-date = «{ $value }» δεν είναι ημερομηνία· γράψτε την ως ΕΕΕΕ-ΜΜ-ΗΗ
error-end-before-start = { $end } είναι πριν από την έναρξη, { $start }
error-unknown-zone = «{ $value }» δεν είναι γνωστή ζώνη ώρας IANA (για παράδειγμα Europe/Riga)
error-not-yes-or-no = «{ $value }» δεν είναι ούτε yes ούτε no
error-appears-twice = αυτό το { $column } εμφανίζεται δύο φορές· το καθένα πρέπει να είναι μοναδικό
error-unknown-language = «{ $code }» δεν είναι γλώσσα του Convene· χρησιμοποιήστε έναν από τους κωδικούς { $codes }
error-no-network = δεν υπάρχει δίκτυο με όνομα «{ $key }»· το `convene networks` τα απαριθμεί
error-cancelled = Ακυρώθηκε· δεν άλλαξε τίποτα.
error-database-busy = η βάση δεδομένων είναι απασχολημένη: ένα άλλο Convene (το παράθυρο ή μια εντολή) την κράτησε για περισσότερα από { $seconds } δευτερόλεπτα κατά την αποθήκευση. Δεν αποθηκεύτηκε τίποτα· δοκιμάστε ξανά όταν τελειώσει εκείνη η εργασία.
error-no-network-id = δεν υπάρχει δίκτυο με αναγνωριστικό { $id }
error-no-partner-id = δεν υπάρχει εταίρος με αναγνωριστικό { $id }
error-no-contact-id = δεν υπάρχει επαφή με αναγνωριστικό { $id }
error-no-local-group-member-id = δεν υπάρχει μέλος της τοπικής ομάδας με αναγνωριστικό { $id }
error-no-meeting-id = δεν υπάρχει συνάντηση με αναγνωριστικό { $id }
error-no-milestone-id = δεν υπάρχει ορόσημο με αναγνωριστικό { $id }
error-no-day-off-id = δεν υπάρχει ρεπό με αναγνωριστικό { $id }
error-no-plan-id = δεν υπάρχει σχέδιο δράσης με αναγνωριστικό { $id }
error-no-comment-id = δεν υπάρχει σχόλιο με αναγνωριστικό { $id }
error-no-conflict-id = δεν υπάρχει διένεξη με αναγνωριστικό { $id }
error-no-practice-id = δεν υπάρχει καλή πρακτική με αναγνωριστικό { $id }
error-slug-needs-letter = χρειάζεται τουλάχιστον ένα γράμμα ή ψηφίο
error-slug-taken = το σύντομο όνομα «{ $slug }» χρησιμοποιείται ήδη από το δίκτυο { $network }· επιλέξτε άλλο
error-lead-partner-after-network = προσθέστε πρώτα το δίκτυο και μετά επιλέξτε τον επικεφαλής εταίρο ανάμεσα στους εταίρους του
error-lead-partner-elsewhere = ο επικεφαλής εταίρος πρέπει να είναι εταίρος αυτού του δικτύου
error-negative = δεν μπορεί να είναι αρνητικός
error-partner-gone = αυτός ο εταίρος δεν υπάρχει
error-not-a-partner-here = το { $partner } δεν είναι εταίρος αυτού του δικτύου
error-not-a-uuid = «{ $value }» δεν είναι UUID
error-not-a-plan-key = «{ $key }» δεν είναι σχέδιο: δώστε το αναγνωριστικό του (δείτε `convene plans ΔΙΚΤΥΟ`) ή ΔΙΚΤΥΟ/ΠΟΛΗ, π.χ. techtown/gavle
error-no-plan-of-city = το { $network } δεν έχει σχέδιο εταίρου με όνομα «{ $city }»· το `convene plans { $slug }` τα απαριθμεί
error-no-such-file = δεν υπάρχει τέτοιο αρχείο
error-permission-denied = δεν επιτρέπεται η πρόσβαση
error-cannot-read = δεν είναι δυνατή η ανάγνωση του { $file }: { $reason }
error-file-too-large = το { $file } έχει μέγεθος { $size } MB, μεγαλύτερο από όσο μπορεί να είναι ένα τέτοιο αρχείο ({ $what }, το πολύ { $max } MB): είναι το σωστό αρχείο; Δεν εισήχθη τίποτα.
error-not-utf8-expected = το { $file } δεν είναι αρχείο κειμένου (δεν είναι σε UTF-8)· αναμενόταν: { $expected }. Δεν εισήχθη τίποτα
error-expected-urbact-pages = κείμενο σελίδων URBACT
error-expected-plan-file = ένα αρχείο .convene-plan
error-expected-json-export = ένα αρχείο γραμμένο από το `convene export json`
error-internal = Το Convene αντιμετώπισε εσωτερικό σφάλμα: { $problem }. Παρακαλούμε αναφέρετέ το.
error-internal-with-log = Το Convene αντιμετώπισε εσωτερικό σφάλμα: { $problem }. Οι λεπτομέρειες βρίσκονται στο { $log }· στείλτε αυτό το αρχείο μαζί με την αναφορά σας.
error-cannot-create-folder = δεν είναι δυνατή η δημιουργία του φακέλου { $folder }: { $reason }
error-disk-full = ο δίσκος είναι γεμάτος
error-disk-quota = το όριο χώρου σας στον δίσκο εξαντλήθηκε
error-file-grew-too-large = το αρχείο έγινε μεγαλύτερο από όσο επιτρέπει αυτό το σύστημα
error-read-only = ο δίσκος, ο φάκελος ή το αρχείο είναι μόνο για ανάγνωση
error-folder-gone = ο φάκελος δεν υπάρχει (πια)
error-is-a-folder = είναι φάκελος
error-not-a-folder = στη θέση του φακέλου του υπάρχει ένα αρχείο
error-disk-io = ο δίσκος δεν μπόρεσε να διαβαστεί ή να γραφτεί (σφάλμα εισόδου/εξόδου: αφαιρέθηκε ή χαλάει;)
error-database-folder-gone = ο φάκελός της δεν υπάρχει (πια: αφαιρέθηκε κάποιος δίσκος ή USB stick;)
error-todo-free-space = ελευθερώστε χώρο ή επιλέξτε άλλον δίσκο και δοκιμάστε ξανά
error-todo-writable-folder = επιλέξτε φάκελο όπου μπορείτε να γράψετε ή κάντε αυτόν εγγράψιμο και δοκιμάστε ξανά
error-todo-check-disk = ελέγξτε ότι ο δίσκος είναι συνδεδεμένος και εγγράψιμος ή επιλέξτε άλλον φάκελο και δοκιμάστε ξανά
error-cannot-write = δεν είναι δυνατή η εγγραφή του { $file }: { $problem }. Δεν γράφτηκε τίποτα εκεί (ένα αρχείο που υπήρχε ήδη έμεινε αμετάβλητο)· { $todo }.
error-write-not-a-file-name = δεν είναι δυνατή η εγγραφή του { $file }: είναι φάκελος, όχι όνομα αρχείου
error-write-is-a-folder = δεν είναι δυνατή η εγγραφή του { $file }: είναι φάκελος· δώστε ένα όνομα αρχείου μέσα σε αυτόν
error-write-folder-gone = δεν είναι δυνατή η εγγραφή του { $file }: ο φάκελος { $folder } δεν υπάρχει (πια)· επιλέξτε άλλον φάκελο
error-cannot-save-database = δεν είναι δυνατή η αποθήκευση στη βάση δεδομένων { $file }: { $problem }. Δεν αποθηκεύτηκε τίποτα από αυτή την εντολή, και όσα είχαν αποθηκευτεί πριν έμειναν αμετάβλητα· { $todo }.
error-database-moved = δεν είναι δυνατή η χρήση της βάσης δεδομένων { $file }: το αρχείο μετακινήθηκε ή διαγράφηκε ενώ το Convene το είχε ανοιχτό (αφαιρέθηκε κάποιος δίσκος ή USB stick;). Δεν αποθηκεύτηκε τίποτα από αυτή την αλλαγή· επαναφέρετε το αρχείο εκεί που ήταν (συνδέστε ξανά τον δίσκο) και δοκιμάστε ξανά.
error-database-locked = η βάση δεδομένων { $file } είναι κλειδωμένη από άλλο πρόγραμμα (ένα παράθυρο ή μια εντολή του Convene, ή ένα πρόγραμμα όπως ένας περιηγητής βάσεων δεδομένων) που την κράτησε πάνω από { $seconds } δευτερόλεπτα. Δεν αποθηκεύτηκε τίποτα· κλείστε εκείνο το πρόγραμμα ή περιμένετε να τελειώσει τη δουλειά του και δοκιμάστε ξανά.
error-backup-folder-gone = δεν είναι δυνατή η εγγραφή του αντιγράφου ασφαλείας: ο φάκελος { $folder } δεν υπάρχει
error-backup-is-the-database = το αρχείο του αντιγράφου ασφαλείας δεν πρέπει να είναι η ίδια η βάση δεδομένων
error-no-data-directory = δεν βρέθηκε φάκελος δεδομένων αυτού του χρήστη για να φυλαχτεί το { $file } (έχει οριστεί το HOME;)· δώστε το αρχείο της βάσης δεδομένων με τη μεταβλητή περιβάλλοντος { $variable } (ή --db ΔΙΑΔΡΟΜΗ στη γραμμή εντολών)
error-host-gone = ο οικοδεσπότης δεν είναι πια εταίρος
error-inserted-meeting-missing = λείπει μια συνάντηση που μόλις προστέθηκε
error-no-meeting-key = δεν υπάρχει συνάντηση με id ή UID «{ $key }»
error-ical-line = γραμμή { $line }: { $reason }
error-ical-starts-with-continuation = το αρχείο ξεκινά με γραμμή συνέχειας (γραμμή που αρχίζει με κενό)
error-ical-not-utf8 = δεν είναι κείμενο UTF-8· αποθηκεύστε το ημερολόγιο ως UTF-8 και εισαγάγετέ το ξανά
error-ical-not-a-line = το «{ $text }» δεν είναι γραμμή iCalendar (αναμενόταν ΟΝΟΜΑ:τιμή, π.χ. SUMMARY:Εναρκτήρια συνάντηση)
error-ical-bad-parameter = μια παράμετρος του { $name } είναι κακοσχηματισμένη στο «{ $text }» (αναμενόταν ;ΟΝΟΜΑ=τιμή)
error-ical-unclosed-quote = μια παράμετρος του { $name } σε εισαγωγικά δεν κλείνει ποτέ στο «{ $text }»
error-ical-begin-no-name = το BEGIN:{ $value } δεν ονομάζει στοιχείο
error-ical-too-deep = το BEGIN:{ $name } είναι εμφωλευμένο σε βάθος { $depth } στοιχείων· ένα ημερολόγιο εμφωλεύει το πολύ { $max }
error-ical-end-closes-nothing = το END:{ $name } δεν κλείνει τίποτα (δεν υπάρχει BEGIN:{ $name } πριν από αυτό)
error-ical-end-mismatch = το END:{ $name } δεν αντιστοιχεί στο BEGIN:{ $begin } της γραμμής { $begin_line }
error-ical-outside-calendar = το { $name } βρίσκεται έξω από το BEGIN:VCALENDAR ... END:VCALENDAR
error-ical-never-closed = το BEGIN:{ $name } δεν κλείνει ποτέ με END:{ $name } (το αρχείο τελειώνει στη γραμμή { $last_line })
error-ical-nothing-imported = { $message }. Δεν εισήχθη τίποτα.
error-ical-empty = το αρχείο είναι κενό· αναμενόταν αρχείο iCalendar (.ics) που ξεκινά με BEGIN:VCALENDAR
error-ical-not-icalendar = αυτό δεν είναι αρχείο iCalendar: θα έπρεπε να ξεκινά με BEGIN:VCALENDAR, αλλά η γραμμή { $line } γράφει «{ $text }»
error-ical-event-refused = το συμβάν «{ $title }» δεν μπορεί να εισαχθεί: { $field }: { $reason }
ical-skipped-titled-uid = γραμμή { $line }: το «{ $title }» (UID { $uid }) παραλείφθηκε: { $reason }
ical-skipped-titled = γραμμή { $line }: το «{ $title }» παραλείφθηκε: { $reason }
ical-skipped-uid = γραμμή { $line }: ένα συμβάν (UID { $uid }) παραλείφθηκε: { $reason }
ical-skipped = γραμμή { $line }: ένα συμβάν παραλείφθηκε: { $reason }
ical-summary-nothing-imported = Κανένα από τα συμβάντα του αρχείου δεν μπόρεσε να εισαχθεί: { $skipped ->
    [one] { $skipped } συμβάν παραλείφθηκε
   *[other] { $skipped } συμβάντα παραλείφθηκαν
}, το καθένα με τη γραμμή και τον λόγο του· δεν εισήχθη τίποτα.
ical-summary-no-events = Το ημερολόγιο δεν περιέχει συμβάντα για αυτό το δίκτυο· δεν εισήχθη τίποτα{ $skipped ->
    [0] {""}
    [one] · { $skipped } συμβάν παραλείφθηκε
   *[other] · { $skipped } συμβάντα παραλείφθηκαν
}.
ical-summary-unchanged = Τίποτα δεν άλλαξε: { $unchanged ->
    [one] { $unchanged } συμβάν αυτού του αρχείου είναι
   *[other] τα { $unchanged } συμβάντα αυτού του αρχείου είναι
} ήδη αποθηκευμένα{ $skipped ->
    [0] {""}
    [one] · { $skipped } συμβάν παραλείφθηκε
   *[other] · { $skipped } συμβάντα παραλείφθηκαν
}.
ical-summary = { $created ->
    [one] Δημιουργήθηκε { $created } συνάντηση
   *[other] Δημιουργήθηκαν { $created } συναντήσεις
}, { $updated ->
    [one] ενημερώθηκε { $updated }
   *[other] ενημερώθηκαν { $updated }
}, { $unchanged ->
    [one] { $unchanged } αμετάβλητη
   *[other] { $unchanged } αμετάβλητες
}{ $skipped ->
    [0] {""}
    [one] · { $skipped } συμβάν παραλείφθηκε
   *[other] · { $skipped } συμβάντα παραλείφθηκαν
}.
ical-warning-other-network = γραμμή { $line }: το «{ $title }» (UID { $uid }) είναι ήδη συνάντηση του { $network }· αφέθηκε εκεί και δεν εισήχθη εδώ
ical-warning-occurrence-cancelled = γραμμή { $line }: η επανάληψη { $uid } δεν ανήκει πια στη σειρά· η συνάντησή της ακυρώθηκε
error-ical-not-a-date = το { $name } «{ $text }» δεν είναι ημερομηνία (το iCalendar γράφει τις ημερομηνίες ως ΕΕΕΕΜΜΗΗ, π.χ. 20270310)
error-ical-not-a-date-time = το { $name } «{ $text }» δεν είναι ημερομηνία και ώρα (το iCalendar γράφει ΕΕΕΕΜΜΗΗTΩΩΛΛΔΔ, π.χ. 20270310T100000, με Z για UTC)
error-ical-not-a-duration = το DURATION «{ $text }» δεν είναι διάρκεια (π.χ. PT1H30M ή P2D)
error-ical-time-skipped = το { $name } { $time } δεν υπάρχει στη ζώνη { $zone } (τότε αλλάζει η ώρα)
error-ical-zone-unknown = το { $name } χρησιμοποιεί τη ζώνη ώρας «{ $tzid }», που δεν είναι ούτε ζώνη IANA (π.χ. Europe/Riga) ούτε όνομα ζώνης των Windows, και το VTIMEZONE του αρχείου γι’ αυτήν δεν ταιριάζει με καμία ζώνη
error-ical-not-a-sequence = το SEQUENCE «{ $text }» δεν είναι ακέραιος αριθμός (0, 1, 2, ...)
error-ical-uid-too-long = το UID του «{ $title }» ξεπερνά τους { $max } χαρακτήρες
error-ical-no-start = το συμβάν «{ $title }» δεν έχει DTSTART (δεν έχει αρχή)
error-ical-date-and-time-mixed = το «{ $title }» αρχίζει σε ημερομηνία αλλά τελειώνει σε ώρα, ή το αντίστροφο· τα DTSTART και DTEND πρέπει να είναι και τα δύο ημερομηνίες ή και τα δύο ημερομηνίες με ώρα
error-ical-ends-before-start = το «{ $title }» τελειώνει πριν αρχίσει
error-ical-series = το «{ $title }» { $reason }
error-ical-rule-unreadable = έχει RRULE «{ $rule }» που δεν μπορεί να διαβαστεί: { $detail }
error-ical-rule-unusable = έχει RRULE «{ $rule }» που δεν μπορεί να χρησιμοποιηθεί: { $detail }
error-ical-too-many-occurrences = επαναλαμβάνεται περισσότερες από { $max } φορές μεταξύ { $from } και { $to }· το Convene φτιάχνει μία συνάντηση ανά επανάληψη, οπότε συντομεύστε τη σειρά (UNTIL ή COUNT) και εισαγάγετέ την ξανά
ical-warning-floating = γραμμή { $line }: το «{ $title }» δεν έχει ζώνη ώρας (κινητή ώρα)· διαβάστηκε στη ζώνη { $zone }: { $why }
ical-floating-calendar-zone = η ζώνη του ίδιου του ημερολογίου (X-WR-TIMEZONE)
ical-floating-host-zone = η ζώνη του οικοδεσπότη, { $name }
ical-floating-lead-zone = η ζώνη του επικεφαλής εταίρου { $name }
ical-floating-utc = UTC, αφού το δίκτυο δεν έχει επικεφαλής εταίρο
ical-warning-zone-by-rules = γραμμή { $line }: η ζώνη ώρας «{ $tzid }» δεν ταιριάζει με καμία ζώνη IANA· οι ώρες της διαβάστηκαν με τους κανόνες VTIMEZONE του ίδιου του αρχείου και κρατήθηκαν σε UTC (εδώ και σε κάθε συμβάν που τη χρησιμοποιεί)
ical-warning-zone-by-offsets = γραμμή { $line }: η ζώνη ώρας «{ $tzid }» δεν είναι όνομα ζώνης· οι διαφορές ώρας του VTIMEZONE της ταιριάζουν με τη { $zone }, που χρησιμοποιήθηκε (εδώ και σε κάθε συμβάν που τη χρησιμοποιεί)
ical-warning-not-a-link = γραμμή { $line }: το «{ $url }» δεν είναι διεύθυνση ιστού (http ή https)· ο διαδικτυακός σύνδεσμος του «{ $title }» έμεινε κενός
ical-warning-untitled = γραμμή { $line }: ένα συμβάν δεν έχει τίτλο (SUMMARY)· ονομάστηκε «{ $title }»
ical-warning-no-end = γραμμή { $line }: το «{ $title }» δεν έχει τέλος (DTEND ή DURATION)· του δόθηκε μία ώρα
ical-warning-zero-length = γραμμή { $line }: το «{ $title }» τελειώνει όταν αρχίζει· του δόθηκε μία ώρα
ical-warning-component-skipped = γραμμή { $line }: { $count } { $name } ({ $what }) { $count ->
    [one] παραλείφθηκε
   *[other] παραλείφθηκαν
}· μόνο τα συμβάντα (VEVENT) γίνονται συναντήσεις
ical-component-task = εργασία
ical-component-journal = καταχώριση ημερολογίου
ical-component-free-busy = ελεύθερος/κατειλημμένος χρόνος
ical-component-other = όχι συμβάν
ical-warning-uid-made-up = γραμμή { $line }: το «{ $title }» δεν έχει UID· του δόθηκε το { $uid } (από την αρχή και τον τίτλο του), ώστε μια νέα εισαγωγή του αρχείου να το βρίσκει
ical-warning-uid-twice = γραμμή { $line }: το UID { $uid } εμφανίζεται δύο φορές (γραμμές { $first } και { $second })· κρατήθηκε η εκδοχή με το μεγαλύτερο SEQUENCE
ical-warning-lone-override = γραμμή { $line }: αυτό το RECURRENCE-ID αλλάζει μια επανάληψη του { $uid }, που δεν επαναλαμβάνεται· παραλείφθηκε
ical-warning-no-occurrence = γραμμή { $line }: καμία επανάληψη του «{ $title }» δεν πέφτει μεταξύ { $from } και { $to }· δεν φτιάχτηκε τίποτα από αυτό
ical-warning-series-expanded = γραμμή { $line }: το «{ $title }» επαναλαμβάνεται· { $count ->
    [one] η { $count } επανάληψή του
   *[other] οι { $count } επαναλήψεις του
} μεταξύ { $from } και { $to } { $count ->
    [one] έγινε χωριστή συνάντηση
   *[other] έγιναν χωριστές συναντήσεις
}{ $open ->
    [no-start] {" "}(το δίκτυο δεν έχει ημερομηνία έναρξης, οπότε η σειρά διαβάστηκε από την πρώτη της επανάληψη)
    [no-end] {" "}(το δίκτυο δεν έχει ημερομηνία λήξης, οπότε η σειρά διαβάστηκε έως { $years } χρόνια μπροστά)
   *[none] {""}
}
ical-warning-repeated-hour = γραμμή { $line }: το «{ $title }» { $edge ->
    [start] αρχίζει
   *[end] τελειώνει
} στις { $time } στη ζώνη { $zone }, στην ώρα που επαναλαμβάνεται με την αλλαγή ώρας, στο δεύτερο πέρασμά της· το Convene αποθηκεύει μια τέτοια ώρα στο πρώτο πέρασμα, μία ώρα νωρίτερα
error-not-utf8 = το { $file } δεν είναι αρχείο κειμένου (δεν είναι σε UTF-8)
error-meeting-already-held = το «{ $title }» έχει ήδη πραγματοποιηθεί
error-meeting-undated-not-confirmed = το «{ $title }» δεν έχει ακόμη ημερομηνία· δώστε του ημερομηνία πριν το επιβεβαιώσετε
error-meeting-not-begun = το «{ $title }» ξεκινά στις { $when }, που δεν έχει έρθει ακόμη· δεν μπορεί να έχει πραγματοποιηθεί
error-meeting-cancelled-not-held = το «{ $title }» ακυρώθηκε· δεν μπορεί να έχει πραγματοποιηθεί
error-meeting-postponed-not-held = το «{ $title }» έχει αναβληθεί· δώστε του τη νέα ημερομηνία ή επιβεβαιώστε το πριν το σημειώσετε ως πραγματοποιημένο
error-meeting-undated-not-held = το «{ $title }» δεν έχει ακόμη ημερομηνία· δεν μπορεί να έχει πραγματοποιηθεί
error-meeting-cancelled-not-postponed = το «{ $title }» ακυρώθηκε· δεν μπορεί να αναβληθεί
error-meeting-already-postponed = το «{ $title }» έχει ήδη αναβληθεί χωρίς νέα ημερομηνία
error-meeting-nothing-to-postpone = το «{ $title }» δεν έχει ακόμη ημερομηνία, άρα δεν υπάρχει κάτι να αναβληθεί· δώστε του μια ημερομηνία
error-postpone-needs-date = μια συνάντηση που αναβάλλεται χρειάζεται τη νέα της ημερομηνία ή καμία
error-postpone-not-later = η νέα ημερομηνία, { $new }, δεν είναι μετά την τρέχουσα, { $old }· για να φέρετε μια συνάντηση νωρίτερα, αλλάξτε την ημερομηνία της
error-agenda-item-ends-before = το θέμα πρέπει να τελειώνει μετά την έναρξή του
error-agenda-empty-no-item = η ημερήσια διάταξη του «{ $title }» είναι κενή· δεν υπάρχει θέμα { $number }
error-agenda-no-item = δεν υπάρχει θέμα { $number }· { $count ->
    [one] η ημερήσια διάταξη έχει { $count } θέμα
   *[other] η ημερήσια διάταξη έχει τα θέματα 1 έως { $count }
}
error-agenda-not-a-place = το { $position } δεν είναι θέση σε ημερήσια διάταξη { $count ->
    [one] { $count } θέματος
   *[other] { $count } θεμάτων
}· χρησιμοποιήστε 1 έως { $last }
error-reminder-out-of-range = υπενθύμιση { $minutes } λεπτά πριν δεν είναι δυνατή· επιλέξτε από 1 λεπτό έως 4 εβδομάδες πριν ή καμία
error-export-all-undated = { $count ->
    [one] Η συνάντηση εδώ δεν έχει
   *[other] Και οι { $count } συναντήσεις εδώ δεν έχουν
} ακόμη ημερομηνία, άρα δεν υπάρχει κάτι για ημερολόγιο· δώστε πρώτα ημερομηνία. Δεν αποθηκεύτηκε τίποτα.
error-export-none-between = Δεν υπάρχει συνάντηση μεταξύ { $from } και { $to }. Δεν αποθηκεύτηκε τίποτα.
error-export-none-from = Δεν υπάρχει συνάντηση από { $from } και μετά. Δεν αποθηκεύτηκε τίποτα.
error-export-none-until = Δεν υπάρχει συνάντηση έως { $to }. Δεν αποθηκεύτηκε τίποτα.
error-export-none = Δεν υπάρχει ακόμη συνάντηση για ημερολόγιο. Δεν αποθηκεύτηκε τίποτα.
error-calendar-too-large = το { $file } έχει μέγεθος { $size } MB, μεγαλύτερο από όσο μπορεί να είναι ένα ημερολόγιο συναντήσεων (το πολύ { $max } MB)· επιλέξτε μια εξαγωγή των συναντήσεων που χρειάζεστε. Δεν εισήχθη τίποτα.
error-not-one-of = το «{ $value }» δεν είναι ένα από: { $choices }
error-not-a-contact-here = ο/η { $contact } δεν είναι επαφή αυτού του δικτύου
error-attendee-twice = αυτός ο συμμετέχων εμφανίζεται δύο φορές για τη συνάντηση
error-meeting-needs-zone = επιλέξτε ζώνη ώρας ή οικοδεσπότη του οποίου τη ζώνη παίρνει η συνάντηση
error-undated-needs-words = πείτε με λόγια πότε σχεδιάζεται ή δώστε το έτος
error-meeting-ends-before = η συνάντηση πρέπει να τελειώνει μετά την έναρξή της
error-last-day-before-first = η τελευταία ημέρα, { $last }, είναι πριν από την πρώτη, { $first }
error-not-a-month-number = το { $month } δεν είναι μήνας (1-12)
error-not-a-timestamp = το «{ $value }» δεν είναι χρονοσφραγίδα (αναμενόταν π.χ. 2024-05-01T09:30:00Z)
error-not-working-hours = το «{ $text }» δεν είναι διάστημα ωρών εργασίας· γράψτε το ως ΩΩ:ΛΛ-ΩΩ:ΛΛ, π.χ. 09:00-17:00
error-working-day-ends-before = η εργάσιμη ημέρα πρέπει να τελειώνει μετά την έναρξή της (το { $end } δεν είναι μετά το { $start })
error-no-partners-to-schedule = το { $network } δεν έχει ακόμη εταίρους, άρα δεν υπάρχει κανείς για τον οποίο να βρεθεί ώρα· προσθέστε πρώτα τους εταίρους του
error-not-a-partner-of = το { $id } δεν είναι εταίρος του { $network }
error-partner-zone-unknown = η ζώνη ώρας «{ $zone }» του { $partner } δεν είναι γνωστή
error-range-too-long = επιλέξτε διάστημα το πολύ { $max } ημερών
error-days-out-of-range = συνάντηση { $days } ημερών; Επιλέξτε από 1 έως { $max }
error-not-a-duration = το «{ $text }» δεν είναι διάρκεια· γράψτε τη ως 2h, 90m, 1h30 ή 1:30
error-slot-range-too-long = { $days } ημέρες είναι περισσότερες από όσες εξετάζει η αναζήτηση με μία φορά ({ $max })· επιλέξτε μικρότερο διάστημα
error-slot-length-out-of-range = { $minutes } λεπτά δεν είναι διάρκεια συνάντησης που τοποθετεί η αναζήτηση· επιλέξτε από 15 λεπτά έως 24 ώρες (για ολόκληρες ημέρες, ζητήστε ημέρες)
error-slot-limit-out-of-range = επιλέξτε από 1 έως { $max } χρονικά διαστήματα για απαρίθμηση
error-not-a-partner-id-here = το { $id } δεν είναι id εταίρου αυτού του δικτύου
error-partner-not-in-network = ο/η { $partner } δεν είναι εταίρος του { $network }
error-meeting-of-another-network = η συνάντηση { $id } ({ $title }) ανήκει σε άλλο δίκτυο, όχι στο { $network }
error-plan-no-row = αυτό το σχέδιο δεν έχει { $row ->
    [indicator] δείκτη
    [risk] κίνδυνο
   *[action] δράση
} με id { $id }
error-plan-no-revisions = το σχέδιο δράσης { $id } δεν έχει καμία αναθεώρηση
error-plan-no-revision = αυτό το σχέδιο δεν έχει αναθεώρηση { $number }· οι αναθεωρήσεις του είναι 1 έως { $newest }
error-poll-partner-elsewhere = ο εταίρος { $id } δεν είναι εταίρος του δικτύου αυτής της δημοσκόπησης
error-poll-option-elsewhere = η επιλογή { $id } δεν είναι επιλογή αυτής της δημοσκόπησης

## The window's calendar-server messages (src-tauri/src/commands/dav.rs): the client's
## failures without the command line's options, as whole sentences.

# $account: the account's name.
error-window-dav-no-password = Δεν έχει αποθηκευτεί κωδικός πρόσβασης για τον λογαριασμό «{ $account }»: αυτός ο υπολογιστής δεν έχει κλειδοθήκη. Πληκτρολογήστε τον κωδικό για να συνεχίσετε.
# $url: the server's address.
error-window-dav-unauthorized = Ο διακομιστής { $url } απέρριψε το όνομα χρήστη ή τον κωδικό πρόσβασης (401): ελέγξτε και τα δύο και δοκιμάστε ξανά.
# $host: the server's name.
error-window-dav-dns = Το όνομα του διακομιστή { $host } δεν βρέθηκε: ελέγξτε τη διεύθυνση του λογαριασμού στις Ρυθμίσεις και τη σύνδεσή σας στο διαδίκτυο.
error-window-dav-refused = Ο διακομιστής { $url } αρνήθηκε τη σύνδεση: είναι εκτός λειτουργίας ή η διεύθυνση ή η θύρα είναι λάθος. Τίποτα δεν άλλαξε εδώ· δοκιμάστε ξανά όταν λειτουργεί.
# $seconds: how long Convene waited.
error-window-dav-timeout = Ο διακομιστής { $url } δεν απάντησε μέσα σε { $seconds } δευτερόλεπτα: ο διακομιστής ή το δίκτυο είναι εκτός λειτουργίας. Τίποτα δεν άλλαξε εδώ· δοκιμάστε ξανά αργότερα.
# $detail: the technical reason, as the TLS library gives it.
error-window-dav-tls = Το πιστοποιητικό του διακομιστή { $url } δεν είναι έμπιστο ({ $detail }). Αν ο διακομιστής χρησιμοποιεί δική του αρχή πιστοποίησης, προσθέστε ξανά τον λογαριασμό στις Ρυθμίσεις με το αρχείο CA της.
error-window-dav-not-caldav = Ο διακομιστής { $url } δεν είναι διακομιστής ημερολογίων ({ $detail }): δώστε τη διεύθυνση του διακομιστή CalDAV (για το Nextcloud, https://HOST/remote.php/dav).
# $status: the HTTP status the server answered (403, 404...).
error-window-dav-forbidden = Ο διακομιστής { $url } απάντησε { $status }: αυτός ο λογαριασμός δεν έχει δικαίωμα για αυτό. Ελέγξτε τα δικαιώματά του στον διακομιστή.
error-window-dav-not-found = Ο διακομιστής { $url } απάντησε { $status }: το ημερολόγιο ή το αρχείο δεν υπάρχει πια. Δημοσιεύστε ξανά για να δημιουργηθεί.
error-window-dav-not-supported = Ο διακομιστής { $url } απάντησε { $status }: δεν προσφέρει αυτή τη λειτουργία, οπότε ίσως δεν είναι διακομιστής CalDAV ή WebDAV.
error-window-dav-changed = Ο διακομιστής { $url } απάντησε { $status }: κάποιος το άλλαξε στο μεταξύ στον διακομιστή. Τίποτα δεν αντικαταστάθηκε.
error-window-dav-full = Ο διακομιστής { $url } απάντησε { $status }: δεν έχει άλλο ελεύθερο χώρο.
error-window-dav-failed = Ο διακομιστής { $url } απάντησε { $status }: παρουσιάστηκε σφάλμα στον διακομιστή. Δοκιμάστε ξανά αργότερα.
error-window-dav-unexpected = Ο διακομιστής { $url } απάντησε { $status }, μια απάντηση που το Convene δεν ξέρει πώς να χειριστεί.
error-window-dav-other = Η επικοινωνία με τον διακομιστή { $url } απέτυχε: { $detail }
error-window-plan-changed-on-server = Κάποιος έστειλε αυτό το σχέδιο στον διακομιστή αφότου αυτός ο υπολογιστής το διάβασε τελευταία φορά, οπότε τίποτα δεν αντικαταστάθηκε. Φέρτε πρώτα το σχέδιο από τον διακομιστή και μετά στείλτε το ξανά.
error-window-plan-not-on-server = Δεν υπάρχει ακόμη αρχείο αυτού του σχεδίου στο { $url }: στείλτε το πρώτα στον διακομιστή.
error-window-dav-ca-file-not-chosen = Επιλέξτε ξανά το αρχείο CA: αυτό το παράθυρο δεν έχει πια αυτό που επιλέξατε πριν.
# The title of the open dialog for a CA file.
window-dav-choose-ca-file = Το αρχείο PEM της αρχής πιστοποίησης του διακομιστή
window-dialog-calendar-add-meeting = Προσθήκη του «{ $name }» σε ημερολόγιο
window-dialog-calendar-save = Αποθήκευση του ημερολογίου { $name }
window-dialog-calendar-import = Εισαγωγή ημερολογίου στο { $network }
window-dialog-plan-export = Εξαγωγή του { $plan } ως { $format }
window-dialog-plan-send = Αποστολή του { $plan } σε εταίρο
window-dialog-plan-receive = Λήψη σχεδίου από εταίρο
window-dialog-backup-save = Αποθήκευση αντιγράφου ασφαλείας του Convene
window-dialog-backup-restore = Επαναφορά του Convene από αντίγραφο ασφαλείας
window-dialog-urbact-import = Εισαγωγή σελίδων URBACT αποθηκευμένων ως κείμενο
window-dialog-export-json = Εξαγωγή όλων ως JSON
window-dialog-poll-replies = Προσθήκη απαντήσεων στη δημοσκόπηση
file-kind-icalendar = iCalendar
file-kind-plan = Σχέδιο Convene
file-kind-backup = Αντίγραφο ασφαλείας Convene
file-kind-urbact-pages = Σελίδες URBACT αποθηκευμένες ως κείμενο
file-kind-json = JSON
file-kind-pem = PEM
file-kind-replies = Απαντήσεις (e-mail ή ημερολόγιο)
file-kind-docx = έγγραφο Word
file-kind-pdf = έγγραφο PDF
file-kind-markdown = Markdown
file-kind-html = ιστοσελίδα
error-window-no-backup-chosen = δεν έχει επιλεγεί αντίγραφο ασφαλείας· επιλέξτε πρώτα το αντίγραφο για επαναφορά
window-dav-password-not-given = Δεν δόθηκε κωδικός πρόσβασης: η δημοσίευση θα τον ζητήσει.
window-dav-password-stored = Ο κωδικός πρόσβασης βρίσκεται στην κλειδοθήκη αυτού του υπολογιστή.
window-dav-password-no-keyring = Αυτός ο υπολογιστής δεν έχει κλειδοθήκη, οπότε ο κωδικός πρόσβασης δεν αποθηκεύτηκε: η δημοσίευση θα τον ζητήσει.

error-database-schema-mismatch = το { $path } είναι στην έκδοση σχήματος { $version }, αναμενόταν η { $expected }
error-database-migration-failed = η μετάβαση { $name } απέτυχε: { $reason }
error-not-a-convene-database = το { $path } δεν είναι βάση δεδομένων του Convene ({ $detail })
error-database-no-schema-version = περιέχει πίνακες αλλά καμία έκδοση σχήματος του Convene
error-database-newer = το { $path } γράφτηκε από νεότερη έκδοση του Convene (σχήμα { $version }· αυτή η έκδοση διαβάζει έως το { $latest }). Ενημερώστε το Convene για να το ανοίξετε· το αρχείο δεν άλλαξε.
error-network-has-dependents = η διαγραφή του { $network } θα διέγραφε επίσης τα εξής: { $dependents }· επιβεβαιώστε τη διαδοχική διαγραφή για να διαγραφούν όλα
error-partner-has-dependents = η διαγραφή του { $partner } θα επηρέαζε επίσης τα εξής: { $dependents }· επιβεβαιώστε τη διαδοχική διαγραφή για να συνεχίσετε
count-partners = { $count ->
    [one] { $count } εταίρος
   *[other] { $count } εταίροι
}
count-contacts = { $count ->
    [one] { $count } επαφή
   *[other] { $count } επαφές
}
count-meetings = { $count ->
    [one] { $count } συνάντηση
   *[other] { $count } συναντήσεις
}
count-milestones = { $count ->
    [one] { $count } ορόσημο
   *[other] { $count } ορόσημα
}
count-action-plans = { $count ->
    [one] { $count } σχέδιο δράσης
   *[other] { $count } σχέδια δράσης
}
count-import-notes = { $count ->
    [one] { $count } σημείωση εισαγωγής
   *[other] { $count } σημειώσεις εισαγωγής
}
count-local-group-members = { $count ->
    [one] { $count } μέλος της τοπικής ομάδας
   *[other] { $count } μέλη της τοπικής ομάδας
}
count-attendance-records = { $count ->
    [one] { $count } καταχώριση παρουσίας
   *[other] { $count } καταχωρίσεις παρουσίας
}
count-days-off = { $count ->
    [one] { $count } ημέρα αργίας
   *[other] { $count } ημέρες αργίας
}
count-networks = { $count ->
    [one] { $count } δίκτυο
   *[other] { $count } δίκτυα
}
count-agenda-items = { $count ->
    [one] { $count } θέμα ημερήσιας διάταξης
   *[other] { $count } θέματα ημερήσιας διάταξης
}
count-good-practices = { $count ->
    [one] { $count } καλή πρακτική
   *[other] { $count } καλές πρακτικές
}
count-polls = { $count ->
    [one] { $count } δημοσκόπηση
   *[other] { $count } δημοσκοπήσεις
}
count-contact-emails = { $count ->
    [one] { $count } e-mail επαφής
   *[other] { $count } e-mail επαφών
}
count-list-and = { $first } και { $last }
count-hosted-meetings = { $count ->
    [one] { $count } συνάντηση που θα έχανε την πόλη υποδοχής της
   *[other] { $count } συναντήσεις που θα έχαναν την πόλη υποδοχής τους
}
count-city-plans = { $count ->
    [one] { $count } σχέδιο δράσης που θα έχανε την πόλη του
   *[other] { $count } σχέδια δράσης που θα έχαναν την πόλη τους
}
error-several-plans-of-city = το { $network } έχει { $count } σχέδια της πόλης { $city } (αναγνωριστικά { $ids })· δώστε το αναγνωριστικό του σχεδίου
error-published-with-other-account = αυτό το δίκτυο δημοσιεύεται με τον λογαριασμό «{ $other }», όχι «{ $account }»· χρησιμοποιήστε --account { $other }
error-plan-file-changed-on-server = το { $href } άλλαξε στον διακομιστή από την τελευταία ανάγνωσή του από αυτόν τον υπολογιστή· τίποτα δεν αντικαταστάθηκε: εκτελέστε πρώτα convene plan pull { $plan } --account { $account } και μετά push
error-poll-closed = η δημοσκόπηση «{ $poll }» έκλεισε· μια κλειστή δημοσκόπηση μένει ως έχει και δεν μπορεί να αλλάξει. Αλλάξτε αντί γι’ αυτό τη συνάντηση που δημιούργησε
error-poll-closed-on-option = η δημοσκόπηση «{ $poll }» έκλεισε με την επιλογή { $number } ({ $when })· μια κλειστή δημοσκόπηση μένει ως έχει και δεν μπορεί να αλλάξει. Αλλάξτε αντί γι’ αυτό τη συνάντηση που δημιούργησε
error-day-off-twice = το { $partner } έχει ήδη την ημέρα αργίας «{ $name }» στις { $date }
error-plan-conflict-settled = η διένεξη στο «{ $label }» έχει ήδη διευθετηθεί ({ $resolution })
error-import-database-not-empty = η βάση δεδομένων περιέχει ήδη δεδομένα ({ $held })· μια εξαγωγή JSON εισάγεται μόνο σε κενή βάση, ώστε κάθε αναγνωριστικό να μείνει ίδιο. Εισαγάγετέ την σε νέο αρχείο βάσης δεδομένων, για παράδειγμα: convene --db new.db import json ΑΡΧΕΙΟ. Δεν άλλαξε τίποτα
error-import-database-not-empty-at = η βάση δεδομένων { $path } περιέχει ήδη δεδομένα ({ $held })· μια εξαγωγή JSON εισάγεται μόνο σε κενή βάση, ώστε κάθε αναγνωριστικό να μείνει ίδιο. Εισαγάγετέ την σε νέο αρχείο βάσης δεδομένων, για παράδειγμα: convene --db new.db import json ΑΡΧΕΙΟ. Δεν άλλαξε τίποτα
error-account-needs-name = ένας λογαριασμός χρειάζεται όνομα (για παράδειγμα «nextcloud»)
error-account-name-too-long = ένα όνομα λογαριασμού έχει το πολύ { $max } χαρακτήρες
error-account-url-not-web = το «{ $url }» δεν είναι διεύθυνση ιστού: πρέπει να αρχίζει με https:// (ή http:// για διακομιστή σε αυτόν τον υπολογιστή)
error-account-url-no-server = το «{ $url }» δεν κατονομάζει διακομιστή
error-account-url-spaces-or-long = η διεύθυνση έχει κενά ή είναι πολύ μεγάλη
error-account-needs-user = ο διακομιστής χρειάζεται όνομα χρήστη
error-account-ca-not-a-file = το { $file } δεν είναι αρχείο: δώστε το αρχείο PEM της αρχής πιστοποίησης του διακομιστή
error-account-exists = υπάρχει ήδη λογαριασμός με όνομα «{ $name }»· αφαιρέστε τον πρώτα (convene account remove { $name }) ή επιλέξτε άλλο όνομα
error-no-account-named = δεν υπάρχει λογαριασμός με όνομα «{ $name }» (το convene account list τους εμφανίζει)
error-account-removed = ο λογαριασμός { $id } αφαιρέθηκε
error-no-open-calendar-conflict = δεν υπάρχει ανοιχτή διένεξη { $id } (το convene conflicts τις απαριθμεί)

error-amount-negative = το { $amount } είναι αρνητικό· τα ποσά είναι ευρώ που δαπανώνται ή εισπράττονται, 0 ή περισσότερα
error-amount-too-many-decimals = το { $amount } έχει περισσότερα από δύο δεκαδικά· γράψτε ευρώ και λεπτά, π.χ. 1250.50
error-amount-too-large = το { $amount } είναι περισσότερο από { $max } ευρώ
error-amount-has-comma = το «{ $text }» έχει κόμμα· γράψτε τα ευρώ με τελεία πριν από τα λεπτά και χωρίς διαχωριστικό χιλιάδων, π.χ. 1250.50
error-not-an-amount = το «{ $text }» δεν είναι ποσό σε ευρώ (π.χ. 1250.50)
error-not-a-month = το «{ $text }» δεν είναι μήνας· γράψτε τον ως ΕΕΕΕ-ΜΜ, π.χ. 2025-03
error-plan-no-section = αυτό το σχέδιο δεν έχει ενότητα «{ $key }»
error-plan-no-section-of = αυτό το σχέδιο δεν έχει ενότητα «{ $key }»· οι ενότητές του είναι { $keys }
error-plan-too-many-sections = ένα σχέδιο έχει το πολύ { $max } ενότητες
error-not-a-section-key = το «{ $key }» δεν είναι κλειδί ενότητας (πεζά γράμματα, ψηφία και -)
error-section-twice = η ενότητα «{ $key }» εμφανίζεται δύο φορές
error-custom-section-standard-key = μια προσαρμοσμένη ενότητα δεν μπορεί να χρησιμοποιεί τυπικό κλειδί
error-not-a-standard-section = δεν είναι μία από τις τυπικές ενότητες
error-standard-section-missing = λείπει η τυπική ενότητα «{ $title }» ({ $key })
error-plan-too-many-rows = ένα σχέδιο έχει το πολύ { $max } δράσεις, { $max } δείκτες και { $max } κινδύνους
error-action-too-many-funding-lines = μια δράση έχει το πολύ { $max } γραμμές χρηματοδότησης
error-indicator-not-of-plan = ο δείκτης { $id } δεν ανήκει σε αυτό το σχέδιο
error-indicator-linked-twice = ο δείκτης { $id } είναι συνδεδεμένος δύο φορές
error-not-one-to-five = το { $value } δεν είναι μεταξύ 1 και 5
error-plan-adoption-date-not-adopted = μόνο ένα εγκεκριμένο σχέδιο έχει ημερομηνία έγκρισης
error-plan-already-adopted = το σχέδιο είναι ήδη εγκεκριμένο· επαναφέρετέ το σε «Τελικό» για να καταγράψετε άλλη ημερομηνία έγκρισης
error-plan-status-move = { $from ->
    [in_review] ένα σχέδιο σε κατάσταση «Υπό αναθεώρηση» μπορεί να περάσει μόνο σε «Προσχέδιο» ή «Τελικό»
    [final] ένα σχέδιο σε κατάσταση «Τελικό» μπορεί να περάσει μόνο σε «Υπό αναθεώρηση» ή «Εγκεκριμένο»
    [adopted] ένα σχέδιο σε κατάσταση «Εγκεκριμένο» μπορεί να περάσει μόνο σε «Τελικό»
   *[draft] ένα σχέδιο σε κατάσταση «Προσχέδιο» μπορεί να περάσει μόνο σε «Υπό αναθεώρηση»
}, όχι σε { $to ->
    [draft] «Προσχέδιο»
    [in_review] «Υπό αναθεώρηση»
    [final] «Τελικό»
   *[adopted] «Εγκεκριμένο»
}
error-plan-adoption-date-needed = δώστε την ημερομηνία κατά την οποία το δημοτικό συμβούλιο ενέκρινε το σχέδιο (ΕΕΕΕ-ΜΜ-ΗΗ)
error-standard-section-title = το «{ $title }» είναι τυπική ενότητα του Ολοκληρωμένου Σχεδίου Δράσης· ο τίτλος της παραμένει
error-section-order-unknown = το «{ $key }» δεν είναι ενότητα αυτού του σχεδίου ή αναφέρεται δύο φορές
error-section-order-leaves-out = η νέα σειρά παραλείπει την ενότητα «{ $key }»
error-standard-section-remove = το «{ $key }» είναι τυπική ενότητα του Ολοκληρωμένου Σχεδίου Δράσης και δεν μπορεί να αφαιρεθεί· αφήστε την κενή

error-id-twice = το { $id } εμφανίζεται δύο φορές

error-urbact-refused = { $reason }· αναμενόταν το κείμενο σελίδων δικτύων ή καλών πρακτικών του URBACT, καθεμία με τελευταία γραμμή «Ref nid». Δεν εισήχθη τίποτα.
error-urbact-nul-byte = το αρχείο είναι δυαδικό, όχι κείμενο (έχει byte NUL στη γραμμή { $line })
error-urbact-control-byte = το αρχείο είναι δυαδικό, όχι κείμενο (έχει byte ελέγχου στη γραμμή { $line })
error-urbact-not-utf8 = το αρχείο δεν είναι κείμενο UTF-8 (το byte { $byte } στη γραμμή { $line } δεν είναι έγκυρο UTF-8)· αποθηκεύστε το κείμενο των σελίδων ως UTF-8 και εισαγάγετέ το ξανά. Δεν εισήχθη τίποτα.
error-urbact-empty = το αρχείο είναι κενό
error-time-skipped = η ώρα { $time } δεν υπάρχει στη ζώνη { $zone } (τότε αλλάζει η ώρα)· επιλέξτε άλλη ώρα
error-urbact-network-unsaved = γραμμή { $line }: το δίκτυο «{ $network }» δεν μπορεί να αποθηκευτεί ({ $error })· δεν εισήχθη τίποτα
error-urbact-markup = το αρχείο είναι σήμανση HTML ή XML, όχι κείμενο σελίδας· ανοίξτε τη σελίδα σε πρόγραμμα περιήγησης, αντιγράψτε το κείμενό της και αποθηκεύστε αυτό. Αναμενόταν το κείμενο σελίδων δικτύων ή καλών πρακτικών του URBACT, καθεμία με τελευταία γραμμή «Ref nid». Δεν εισήχθη τίποτα.
error-urbact-no-ref-nid = το αρχείο δεν έχει γραμμή «Ref nid», άρα δεν περιέχει καμία σελίδα
error-urbact-no-page-records = { $count ->
    [one] η μοναδική σελίδα του αρχείου δεν είναι
   *[other] καμία από τις { $count } σελίδες του αρχείου δεν είναι
} σελίδα δικτύου (με επικεφαλής εταίρο ή λίστα εταίρων «Πόλη - Χώρα») ούτε σελίδα καλής πρακτικής

error-holidays-unknown-country = Το Convene δεν έχει αργίες για «{ $country }»· γνωρίζει αυτές τις χώρες (κωδικοί ISO 3166-1): { $codes }
error-holidays-no-regions-of = Το Convene δεν γνωρίζει περιφέρειες της χώρας { $country }· αφήστε την περιφέρεια κενή (έχει περιφέρειες για: { $codes })
error-holidays-no-regional = Το Convene δεν γνωρίζει περιφερειακές αργίες στη χώρα { $country }· αφήστε την περιφέρεια κενή
error-holidays-unknown-region = το «{ $region }» δεν είναι περιφέρεια της χώρας { $country } που γνωρίζει το Convene· χρησιμοποιήστε κωδικό ISO 3166-2 όπως { $example }: { $codes }
error-server-resource-no-uid = ο πόρος του διακομιστή δεν περιέχει κανένα συμβάν με UID
error-server-version-unreadable = η έκδοση του διακομιστή δεν ήταν δυνατό να διαβαστεί: { $skipped }

error-merged-row-invalid = η συγχωνευμένη γραμμή δεν είναι έγκυρη: { $reason }
error-merged-row-id-changed = η συγχωνευμένη γραμμή πρέπει να κρατήσει το αναγνωριστικό της
error-plan-no-conflicts = αυτό το σχέδιο δεν έχει διένεξη προς διευθέτηση
error-plan-no-conflict-in = αυτό το σχέδιο δεν έχει ανοιχτή διένεξη στο «{ $key }»· ανοιχτές διενέξεις: { $keys }
error-revision-parent-not-earlier = το { $uuid } δεν εμφανίζεται νωρίτερα στο αρχείο
error-revision-twice = η αναθεώρηση { $uuid } εμφανίζεται δύο φορές
error-snapshot-part-missing = παραπέμπει στο τμήμα { $id }, που δεν υπάρχει στο αρχείο
error-revision-misnumbered = είναι { $number }, όχι { $expected }· οι αναθεωρήσεις αριθμούνται 1, 2, 3 με τη σειρά
error-part-unreadable = το τμήμα { $id } δεν μπορεί να διαβαστεί: { $reason }
error-stored-revision-unreadable = μια αποθηκευμένη αναθεώρηση δεν μπορεί να διαβαστεί: { $reason }
error-stored-part-missing = μια αποθηκευμένη αναθεώρηση παραπέμπει στο τμήμα { $id }, που λείπει
error-stored-part-unreadable = το αποθηκευμένο τμήμα { $id } δεν μπορεί να διαβαστεί: { $reason }
error-file-part-missing = το { $what } παραπέμπει στο τμήμα { $id }, που δεν υπάρχει στο αρχείο
error-in-file-part = { $what }: { $reason }

-poll-option-forms = ΕΕΕΕ-ΜΜ-ΗΗ ΩΩ:ΛΛ/ΩΩ:ΛΛ για ώρα, ΕΕΕΕ-ΜΜ-ΗΗ (ή ΕΕΕΕ-ΜΜ-ΗΗ/ΕΕΕΕ-ΜΜ-ΗΗ) για ολόκληρες ημέρες
error-poll-option-not-a-date = το «{ $option }» δεν είναι ημερομηνία· γράψτε μια επιλογή ως { -poll-option-forms }
error-poll-option-no-clock = το «{ $option }» δεν έχει ώρα «{ $time }»· γράψτε μια επιλογή ως { -poll-option-forms }
error-poll-option-empty = μια επιλογή είναι κενή· γράψτε την ως { -poll-option-forms }
error-poll-option-no-end = το «{ $option }» δεν δίνει ώρα λήξης· γράψτε μια επιλογή ως { -poll-option-forms }
error-poll-option-end-not-after-start = στο «{ $option }» το τέλος δεν είναι μετά την αρχή· μια επιλογή αρχίζει και τελειώνει την ίδια ημέρα
error-poll-option-last-before-first = στο «{ $option }» η τελευταία ημέρα είναι πριν από την πρώτη
error-poll-option-needs-zone = το «{ $option }» είναι ώρα: δώστε τη ζώνη ώρας της (--tz) ή έναν οικοδεσπότη
error-poll-option-undated = μια επιλογή δημοσκόπησης είναι ημερομηνία ή ώρα, ποτέ χωρίς ημερομηνία
error-poll-no-option = η δημοσκόπηση «{ $poll }» δεν έχει επιλογή { $number }· οι επιλογές της είναι αριθμημένες από 1 έως { $count }
error-no-poll-id = δεν υπάρχει δημοσκόπηση με αναγνωριστικό { $id }· το `convene poll list ΔΙΚΤΥΟ` τις απαριθμεί
error-poll-no-options = προτείνετε τουλάχιστον μία ημερομηνία (ΕΕΕΕ-ΜΜ-ΗΗ ΩΩ:ΛΛ/ΩΩ:ΛΛ ή ΕΕΕΕ-ΜΜ-ΗΗ)
error-poll-too-many-options = προτείνονται { $count } επιλογές· μια δημοσκόπηση προτείνει το πολύ { $max }
error-poll-option-twice = το «{ $option }» προτείνεται δύο φορές (επιλογές { $first } και { $second })
error-poll-closed-option-elsewhere = μια κλειστή δημοσκόπηση ορίζει μία από τις δικές της επιλογές
error-poll-meeting-elsewhere = η συνάντηση { $id } δεν είναι συνάντηση αυτού του δικτύου

error-export-json-unwritable = η εξαγωγή δεν μπορεί να γραφτεί ως JSON: { $reason }
error-export-not-json = το αρχείο δεν είναι έγκυρο JSON ({ $reason })· αναμενόταν αρχείο γραμμένο από το `convene export json`
error-not-an-export = αυτό το JSON δεν είναι εξαγωγή του Convene: { $why }. Χρησιμοποιήστε αρχείο γραμμένο από το `convene export json`· δεν εισήχθη τίποτα
error-export-top-not-object = το ανώτερο επίπεδό του δεν είναι αντικείμενο JSON
error-export-other-format = το «format» του είναι { $format }, όχι «{ $expected }»
error-export-no-format = δεν έχει πεδίο «format»
error-export-no-schema-version = δεν έχει πεδίο «schema_version» με ακέραιο αριθμό
error-export-schema-version-zero = το «schema_version» του είναι 0· οι εκδόσεις αρχίζουν από το 1
error-export-unreadable = η εξαγωγή του Convene δεν μπορεί να διαβαστεί: { $reason }· δεν εισήχθη τίποτα
error-export-newer = αυτή η εξαγωγή γράφτηκε από νεότερη έκδοση του Convene (schema_version { $version }· αυτή η έκδοση διαβάζει έως το { $latest }). Ενημερώστε το Convene για να την εισαγάγετε· δεν εισήχθη τίποτα

error-plan-json-unwritable = το σχέδιο δεν μπορεί να γραφτεί ως JSON: { $reason }
error-not-a-plan-file = αυτό δεν είναι αρχείο σχεδίου του Convene: { $why }
error-plan-file-not-json = δεν είναι έγκυρο JSON ({ $reason })
error-plan-file-is-export = είναι εξαγωγή ολόκληρης της βάσης δεδομένων· χρησιμοποιήστε γι’ αυτήν το `convene import` (Δεδομένα > Εισαγωγή)
error-plan-file-other-format = η μορφή του είναι «{ $format }», όχι «{ $expected }»
error-plan-file-no-format = δεν έχει "format": "{ $expected }"
error-plan-file-newer = αυτό το αρχείο σχεδίου γράφτηκε από νεότερη έκδοση του Convene (έκδοση { $version }· αυτή η έκδοση διαβάζει έως την { $latest })· ενημερώστε το Convene για να το διαβάσετε
error-plan-file-no-version = αυτό το αρχείο σχεδίου δεν έχει αριθμό "version"
error-plan-file-unreadable = αυτό το αρχείο σχεδίου δεν μπορεί να διαβαστεί: { $reason }
error-plan-file-damaged = αυτό το αρχείο σχεδίου είναι κατεστραμμένο: { $what }
error-plan-file-uuid = το uuid του σχεδίου «{ $uuid }» δεν είναι UUID
error-plan-file-no-revision = δεν περιέχει καμία αναθεώρηση
error-plan-file-revision-no-parent = η αναθεώρηση { $number } ({ $uuid }) δεν έχει γονική· μόνο η πρώτη αναθεώρηση μπορεί να μην έχει
error-plan-file-first-revision-parent = η αναθεώρηση { $number } ({ $uuid }) είναι η πρώτη αλλά ορίζει γονική
error-plan-file-comment-no-uuid = το σχόλιο { $number } ({ $uuid }) δεν έχει uuid
error-plan-file-comment-invalid = σχόλιο { $number } ({ $uuid }): { $reason }
error-plan-file-comment-twice = το σχόλιο { $number } ({ $uuid }) εμφανίζεται δύο φορές
error-plan-file-stray-revision = η αναθεώρηση { $uuid } δεν ανήκει στο ιστορικό της τελευταίας αναθεώρησης { $head }

error-invite-undated = το «{ $title }» δεν έχει ακόμη ημερομηνία· δώστε του ημερομηνία και ώρα πριν στείλετε πρόσκληση
error-invite-undated-planned = το «{ $title }» δεν έχει ακόμη ημερομηνία (προγραμματισμένο: { $planned })· δώστε του ημερομηνία και ώρα πριν στείλετε πρόσκληση
error-organizer-email-needed = δώστε τη διεύθυνση e-mail του διοργανωτή (name@example.org)
error-attendee-email-empty = η διεύθυνση e-mail ενός συμμετέχοντα είναι κενή
error-attendees-needed = δώστε τη διεύθυνση e-mail τουλάχιστον ενός συμμετέχοντα
error-poll-no-contact-emails = κανένας εταίρος του { $network } δεν έχει επαφή με διεύθυνση e-mail· προσθέστε πρώτα επαφές ή δώστε τις διευθύνσεις
error-address-empty = μια διεύθυνση είναι κενή
error-poll-address-not-a-contact = το { $email } δεν είναι διεύθυνση επαφής κανενός εταίρου του { $network }· προσθέστε το πρώτα στις επαφές εκείνου του εταίρου, ώστε οι απαντήσεις του να μετρούν για τον εταίρο
error-poll-not-closed = η δημοσκόπηση «{ $poll }» δεν έχει κλείσει ακόμη
error-partner-not-of-network = ο εταίρος { $id } δεν είναι εταίρος αυτού του δικτύου

error-plan-file-comment-elsewhere = το σχόλιό του { $uuid } ανήκει εδώ σε άλλο σχέδιο (αναγνωριστικό { $id })
error-plan-file-revision-elsewhere = η αναθεώρησή του { $uuid } ανήκει εδώ σε άλλο σχέδιο (αναγνωριστικό { $id })
error-plan-file-not-utf8 = το { $path } δεν είναι αρχείο .convene-plan (δεν είναι κείμενο UTF-8)
error-plan-network-missing = αυτό το σχέδιο ανήκει στο δίκτυο { $network }, που δεν υπάρχει σε αυτή τη βάση δεδομένων· εισαγάγετε πρώτα εκείνο το δίκτυο

error-reply-unreadable = δεν μπορεί να διαβαστεί: { $reason }
error-reply-too-large = είναι μεγαλύτερο από { $kb } KB, ενώ μια απάντηση είναι λίγα KB: δεν είναι απάντηση
error-reply-empty = είναι κενό
error-reply-not-text = δεν είναι ούτε μήνυμα e-mail, ούτε αρχείο iCalendar, ούτε κείμενο (περιέχει byte που δεν είναι UTF-8)
error-reply-calendar-unreadable = το τμήμα ημερολογίου του δεν μπορεί να διαβαστεί: { $reason }
error-reply-grid-unanswered = περιέχει τον πίνακα απαντήσεων, αλλά καμία ημερομηνία δεν έχει απάντηση (γράψτε ναι, ίσως ή όχι μετά από κάθε ημερομηνία)
error-reply-no-answer = δεν περιέχει απάντηση: ούτε απάντηση ημερολογίου (METHOD:REPLY με PARTSTAT) ούτε πίνακα απαντήσεων με τη γραμμή Token
error-reply-grid-bad-word = στον πίνακα απαντήσεων, η ημερομηνία [{ $number }] έχει απάντηση «{ $word }»· γράψτε ναι, ίσως ή όχι
error-reply-grid-no-token = περιέχει απαντήσεις στον πίνακα αλλά όχι τη γραμμή «Token:», που λέει ποιανού είναι οι απαντήσεις
error-reply-not-a-reply = είναι ημερολόγιο { $method }, όχι REPLY: χρησιμοποιήστε τις απαντήσεις που έστειλαν οι εταίροι, όχι τις προσκλήσεις
error-reply-event-no-uid = γραμμή { $line }: το συμβάν δεν έχει UID, οπότε δεν απαντά σε καμία ημερομηνία
error-reply-calendar-no-answer = το τμήμα ημερολογίου του δεν περιέχει απάντηση (κανένα ATTENDEE με PARTSTAT ACCEPTED, TENTATIVE ή DECLINED)
error-reply-bad-dtstart = γραμμή { $line }: το DTSTART «{ $text }» δεν είναι ημερομηνία ούτε ημερομηνία και ώρα
error-reply-unknown-zone = γραμμή { $line }: το DTSTART χρησιμοποιεί τη ζώνη ώρας «{ $zone }», που δεν είναι όνομα IANA ούτε Windows και δεν αντιστοιχεί σε καμία ζώνη
error-reply-time-skipped = γραμμή { $line }: το DTSTART { $time } δεν υπάρχει στη ζώνη { $zone } (τότε αλλάζει η ώρα)
error-reply-other-event = απαντά στο συμβάν με UID { $uid }, που δεν είναι καμία από τις ημερομηνίες αυτής της δημοσκόπησης (απάντηση σε άλλη δημοσκόπηση ή συνάντηση;)
error-reply-not-a-contact = είναι από τη διεύθυνση { $email }, που δεν είναι επαφή κανενός εταίρου του { $network }· προσθέστε τη διεύθυνση στις επαφές του εταίρου και διαβάστε το ξανά
error-reply-wrong-date = απαντά στην ημερομηνία { $number } για { $start }, αλλά αυτή η ημερομηνία είναι { $when }· δεν μετρήθηκε για λάθος ημερομηνία
error-reply-other-token = ο πίνακας απαντήσεών του έχει το token { $token }, που δεν το έστειλε αυτή η δημοσκόπηση (πίνακας άλλης δημοσκόπησης;)
error-reply-no-such-date = ο πίνακας απαντήσεών του απαντά στην ημερομηνία [{ $number }], που δεν έχει αυτή η δημοσκόπηση

error-restore-refused = Το { $file } δεν μπορεί να επαναφερθεί: { $why }
error-restore-is-open = είναι η βάση δεδομένων που έχει ανοιχτή το Convene
error-restore-cannot-open = δεν ανοίγει ({ $reason })
error-restore-not-sqlite = δεν είναι αντίγραφο ασφαλείας του Convene (δεν είναι βάση δεδομένων SQLite)
error-restore-no-schema = δεν είναι αντίγραφο ασφαλείας του Convene (δεν περιέχει σχήμα του Convene)
error-restore-damaged = Το { $file } είναι κατεστραμμένο ({ $problem })· δεν επαναφέρθηκε
error-restore-busy = η βάση δεδομένων έμεινε απασχολημένη, οπότε το αντίγραφο δεν επαναφέρθηκε· δοκιμάστε ξανά
error-window-database-busy = η βάση δεδομένων είναι απασχολημένη ({ $reason })· δοκιμάστε ξανά
error-window-cannot-open-database = δεν ανοίγει η βάση δεδομένων { $file }: { $reason }
error-window-cannot-reopen-database = η βάση δεδομένων που επαναφέρθηκε δεν ανοίγει ξανά: { $reason }
error-window-dialog-not-a-file = το παράθυρο διαλόγου έδωσε μια θέση που δεν είναι αρχείο ({ $reason })
error-window-no-data-folder = ο φάκελος δεδομένων της εφαρμογής είναι άγνωστος ({ $reason })
error-window-pull-read-nothing = η λήψη δεν διάβασε κανένα αρχείο σχεδίου
error-window-no-mail-program = η πρόσκληση αποθηκεύτηκε ως { $path }, αλλά κανένα πρόγραμμα αλληλογραφίας δεν την άνοιξε ({ $reason })· ανοίξτε αυτό το αρχείο με το πρόγραμμα αλληλογραφίας σας
error-window-folder-not-shown = τα μηνύματα αποθηκεύτηκαν στο { $path }, αλλά αυτός ο φάκελος δεν άνοιξε ({ $reason })· ανοίξτε τον μόνοι σας

error-unknown-country = Το «{ $text }» δεν είναι χώρα που γνωρίζει το Convene· χρησιμοποιήστε έναν κωδικό ISO 3166-1 όπως LV ή ένα όνομα όπως Λετονία
plan-warning-funding-no-cost = η δράση «{ $action }» έχει χρηματοδότηση { $funding } ευρώ αλλά καμία εκτίμηση κόστους
plan-warning-funding-over-cost = η χρηματοδότηση της δράσης «{ $action }» ({ $funding } ευρώ) υπερβαίνει το κόστος της ({ $cost } ευρώ) κατά { $excess } ευρώ
plan-warning-secured-over-total = η εξασφαλισμένη χρηματοδότηση ({ $secured } ευρώ) είναι κατά { $excess } ευρώ μεγαλύτερη από το συνολικό κόστος ({ $total } ευρώ)
