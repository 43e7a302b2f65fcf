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
