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
