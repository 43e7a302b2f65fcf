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
