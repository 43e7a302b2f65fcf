# Home's "Needs attention" lines and the travel warnings. Source: locales/en/overview.ftl (comments there).
overview-days-in-month = { $first_day }–{ $last }
overview-days-in-year = { $first } – { $last }
overview-days-across-years = { $first } – { $last }
overview-not-dated = χωρίς ημερομηνία ακόμη
overview-not-dated-known = χωρίς ημερομηνία ακόμη ({ $known })
overview-not-dated-wording = χωρίς ημερομηνία ακόμη («{ $wording }»)
overview-not-dated-known-wording = χωρίς ημερομηνία ακόμη ({ $known }: «{ $wording }»)
overview-month-year-unknown = { $month }, άγνωστο έτος
overview-attention-import-unplaced = { $count ->
    [one] { $network }: { $count } γραμμή της εισαγόμενης σελίδας δεν ήταν δυνατό να τοποθετηθεί· διαβάστε τη στις σημειώσεις εισαγωγής του δικτύου και προσθέστε με το χέρι ό,τι έχει σημασία.
   *[other] { $network }: { $count } γραμμές της εισαγόμενης σελίδας δεν ήταν δυνατό να τοποθετηθούν· διαβάστε τις στις σημειώσεις εισαγωγής του δικτύου και προσθέστε με το χέρι ό,τι έχει σημασία.
}
overview-attention-import-no-network = { $count ->
    [one] { $count } γραμμή εισαγόμενων σελίδων δεν ανήκει σε κανένα δίκτυο· διαβάστε τη στις Σημειώσεις εισαγωγής.
   *[other] { $count } γραμμές εισαγόμενων σελίδων δεν ανήκουν σε κανένα δίκτυο· διαβάστε τις στις Σημειώσεις εισαγωγής.
}
overview-attention-tentative-soon = Η συνάντηση «{ $title }» ({ $network }, { $dates }) είναι ακόμη προσωρινή: επιβεβαιώστε την ή αναβάλετέ την.
overview-attention-tentative-soon-undated = Η συνάντηση «{ $title }» ({ $network }, { $when }) είναι ακόμη προσωρινή: επιβεβαιώστε την ή αναβάλετέ την.
overview-attention-tentative-more = { $count ->
    [one] { $count } ακόμη συνάντηση τις επόμενες { $days } ημέρες είναι προσωρινή.
   *[other] { $count } ακόμη συναντήσεις τις επόμενες { $days } ημέρες είναι προσωρινές.
}
overview-attention-no-host = Η συνάντηση «{ $title }» ({ $network }, { $dates }) δεν έχει πόλη υποδοχής: επιλέξτε τον εταίρο που τη φιλοξενεί.
overview-attention-no-host-undated = Η συνάντηση «{ $title }» ({ $network }, { $when }) δεν έχει πόλη υποδοχής: επιλέξτε τον εταίρο που τη φιλοξενεί.
overview-attention-no-host-more = { $count ->
    [one] { $count } ακόμη συνάντηση χωρίς πόλη υποδοχής.
   *[other] { $count } ακόμη συναντήσεις χωρίς πόλη υποδοχής.
}
overview-attention-travel-warning = { $network }: { $warning }
overview-attention-travel-more = { $count ->
    [one] { $count } ακόμη προειδοποίηση για το πού και πότε συναντώνται τα δίκτυα.
   *[other] { $count } ακόμη προειδοποιήσεις για το πού και πότε συναντώνται τα δίκτυα.
}
overview-warning-meeting-hosted = «{ $title }» ({ $host }, { $dates })
overview-warning-meeting = «{ $title }» ({ $dates })
overview-warning-same-host = Η πόλη { $host } φιλοξενεί τη συνάντηση «{ $title }» αμέσως μετά τη συνάντηση { $earlier }: αφήστε άλλον εταίρο να φιλοξενήσει.
overview-warning-overlapping = Η συνάντηση { $later } επικαλύπτεται με τη συνάντηση { $earlier }: οι εταίροι δεν μπορούν να βρίσκονται και στις δύο πόλεις.
overview-warning-too-close = { $gap ->
    [0] Η συνάντηση { $later } αρχίζει την ημέρα που τελειώνει η συνάντηση { $earlier }: οι εταίροι ταξιδεύουν σε δύο πόλεις μέσα σε { $days } ημέρες.
    [one] Η συνάντηση { $later } αρχίζει { $gap } ημέρα μετά το τέλος της συνάντησης { $earlier }: οι εταίροι ταξιδεύουν σε δύο πόλεις μέσα σε { $days } ημέρες.
   *[other] Η συνάντηση { $later } αρχίζει { $gap } ημέρες μετά το τέλος της συνάντησης { $earlier }: οι εταίροι ταξιδεύουν σε δύο πόλεις μέσα σε { $days } ημέρες.
}
overview-warning-host-holiday = Η συνάντηση «{ $title }» γίνεται στις { $date } στην πόλη { $host }, αργία εκεί ({ $holiday }): κάποιοι μπορεί να λείπουν· επιλέξτε άλλη ημέρα.
overview-warning-new-meeting = Νέα συνάντηση
