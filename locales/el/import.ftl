## Είδη προειδοποιήσεων

import-kind-unplaced = Γραμμή χωρίς θέση
import-kind-inferred-country = Χώρα που συνάχθηκε
import-kind-missing-country = Λείπει η χώρα
import-kind-country-conflict = Αντιφατική χώρα
import-kind-partner-added = Προστέθηκε εταίρος
import-kind-host-not-saved = Ο οικοδεσπότης δεν αποθηκεύτηκε
import-kind-out-of-sequence = Ημερομηνία εκτός σειράς
import-kind-inferred = Συνάχθηκε
import-kind-bad-date = Ανύπαρκτη ημερομηνία
import-kind-refused = Απορρίφθηκε από κανόνα
import-kind-unknown-record = Άγνωστη εγγραφή

## Γιατί μια γραμμή δεν τοποθετήθηκε

import-reason-unknown-record = μέρος της εγγραφής που τελειώνει στη γραμμή { $line }, η οποία δεν είναι ούτε σελίδα δικτύου (χωρίς επικεφαλής εταίρο ή λίστα «Πόλη - Χώρα») ούτε σελίδα καλής πρακτικής
import-reason-after-last-record = μετά την τελευταία γραμμή «Ref nid», άρα δεν ανήκει σε καμία εγγραφή
import-reason-not-network-content = δεν είναι εταίρος, συνάντηση, ορόσημο, σχέδιο δράσης, περιγραφή ή σύνθημα
import-reason-early-paragraph = παράγραφος πριν από τις τελευταίες παραγράφους της σελίδας, που είναι η περιγραφή της
import-reason-other-email = διεύθυνση e-mail διαφορετική από τη διεύθυνση επικοινωνίας του δικτύου, { $email }
import-reason-address = διεύθυνση που δεν αρχίζει με το όνομα ενός εταίρου
import-reason-lone-plan-line = γραμμή ανάμεσα στα σχέδια δράσης χωρίς περίληψη, σύνδεσμο ή γραμμή πόλης
import-reason-practice-header = γραμμή ανάμεσα στην κεφαλίδα της πρακτικής (σύνθημα, συντάκτης, ρόλος) και στο κείμενό της
import-reason-refused = απορρίφθηκε: { $error }
import-reason-partner-without-country = εταίρος χωρίς χώρα: { $partner }
import-reason-both = { $first }· { $second }
import-field-problem = { $field }: { $reason }

## Ημερομηνίες που δεν υπάρχουν

import-date-not-a-day = η { $day } { $month } { $year } δεν είναι μέρα του ημερολογίου
import-date-range-backwards = το διάστημα τελειώνει ({ $end }) πριν αρχίσει ({ $start })

## Γιατί συνάχθηκε η χώρα ενός εταίρου

import-country-because-email = η διεύθυνση e-mail του { $email } (γραμμή { $line }) ανήκει στον τομέα .{ $tld }
import-country-because-mention = η γραμμή { $line } του αρχείου γράφει «{ $quote }»
import-country-because-both = { $first }, και { $second }
import-country-option = { $country } ({ $because })

## Προειδοποιήσεις

import-warning-host-not-saved = ο τόπος { $place } είναι ο εταίρος { $partner }, που δεν έχει αποθηκευτεί (η χώρα του είναι άγνωστη)· η συνάντηση κρατά το { $place } ως χώρο διεξαγωγής και δεν έχει οικοδεσπότη
import-warning-meeting-exists = το «{ $meeting }» υπάρχει ήδη στη βάση δεδομένων και μένει ως έχει: το έτος έναρξης δεν αλλάζει αποθηκευμένες συναντήσεις (ορίστε ημερομηνία επεξεργαζόμενοι τη συνάντηση)
import-warning-month-only = η σελίδα δίνει μόνο τον μήνα για το «{ $meeting }» ({ $place })· ορίζεται: { $month } { $year }, μετρώντας από το έτος έναρξης { $start } με τη σειρά της σελίδας, και μένει χωρίς ημέρα
import-unnamed-place = τόπος χωρίς όνομα
import-warning-plan-linked-by-title = αυτό το σχέδιο δράσης δεν έχει γραμμή πόλης· συνδέεται με τον εταίρο { $partner }, που αναφέρει ο τίτλος του
import-warning-plan-without-city = αυτό το σχέδιο δράσης δεν έχει γραμμή πόλης και ο τίτλος του δεν αναφέρει έναν μόνο εταίρο· αποθηκεύεται χωρίς πόλη
import-warning-not-placed-in-network = δεν τοποθετήθηκε ({ $reason })· φυλάσσεται στις σημειώσεις εισαγωγής του { $network }
import-warning-not-placed = δεν τοποθετήθηκε ({ $reason })· φυλάσσεται στις σημειώσεις εισαγωγής
import-warning-unknown-record = { $reason }· φυλάσσεται στις σημειώσεις εισαγωγής
import-warning-kind-not-stated = η σελίδα δεν λέει τι είδους δίκτυο είναι το { $network }· καταγράφεται ως δίκτυο σχεδιασμού δράσης, το είδος του οποίου οι σελίδες απαριθμούν εταίρους και συναντήσεις όπως αυτή (αλλάξτε το αν είναι λάθος)
import-warning-cannot-save = δεν μπορεί να αποθηκευτεί ({ $error })· φυλάσσεται στις σημειώσεις εισαγωγής
import-warning-practice-cannot-save = η καλή πρακτική δεν μπορεί να αποθηκευτεί ({ $error })· ο τίτλος της φυλάσσεται στις σημειώσεις εισαγωγής
import-warning-country-conflict = η σελίδα τοποθετεί τον εταίρο { $partner } στη χώρα { $country }, αλλά ο αποθηκευμένος εταίρος είναι στη χώρα { $saved }· η αποθηκευμένη χώρα διατηρείται
import-warning-country-inferred = η σελίδα δεν δίνει χώρα για τον εταίρο { $partner }· ορίστηκε { $country } επειδή { $because }
import-warning-country-missing = η σελίδα δεν δίνει χώρα για τον εταίρο { $partner } και τίποτα στο αρχείο δεν λέει σε ποια χώρα βρίσκεται· ο εταίρος δεν αποθηκεύεται (ένας εταίρος χρειάζεται χώρα) και η γραμμή φυλάσσεται στις σημειώσεις εισαγωγής. Προσθέστε τον με: convene partner add { $network } --name "{ $partner }" --country CODE
import-warning-country-disputed = η σελίδα δεν δίνει χώρα για τον εταίρο { $partner } και το αρχείο υποδεικνύει διαφορετικές χώρες: { $options }· ο εταίρος δεν αποθηκεύεται (ένας εταίρος χρειάζεται χώρα) και η γραμμή φυλάσσεται στις σημειώσεις εισαγωγής. Προσθέστε τον με: convene partner add { $network } --name "{ $partner }" --country CODE
import-warning-plan-city-conflict = η σελίδα τοποθετεί την πόλη { $city } στη χώρα { $country }, αλλά ο εταίρος { $partner } είναι στη χώρα { $saved }· το σχέδιο δράσης συνδέεται με τον εταίρο { $partner } και δεν προστίθεται νέος εταίρος
import-warning-plan-city-added = η πόλη { $city } έχει σχέδιο δράσης («{ $plan }») αλλά δεν είναι στη λίστα εταίρων· προστέθηκε ως συνδεδεμένος εταίρος στη χώρα { $country }
import-warning-postal-address = διαβάστηκε ως ταχυδρομική διεύθυνση του εταίρου { $partner } (αρχίζει με το όνομά του και τελειώνει με τη χώρα του)· φυλάσσεται στις σημειώσεις του εταίρου
import-warning-bad-date = { $reason }· η γραμμή φυλάσσεται στις σημειώσεις εισαγωγής
import-warning-out-of-sequence = η { $date } είναι πριν από την { $before } (γραμμή { $line }) που αναφέρεται πιο πάνω· κρατήθηκε όπως γράφτηκε, ελέγξτε το έτος
import-warning-practice-no-city = το κείμενο της πρακτικής δεν αναφέρει πόλη ως «Πόλη (CC)»· η πόλη και η χώρα της μένουν κενές

## Μήνες

import-month-1 = Ιανουάριος
import-month-2 = Φεβρουάριος
import-month-3 = Μάρτιος
import-month-4 = Απρίλιος
import-month-5 = Μάιος
import-month-6 = Ιούνιος
import-month-7 = Ιούλιος
import-month-8 = Αύγουστος
import-month-9 = Σεπτέμβριος
import-month-10 = Οκτώβριος
import-month-11 = Νοέμβριος
import-month-12 = Δεκέμβριος

import-month-of-day-1 = Ιανουαρίου
import-month-of-day-2 = Φεβρουαρίου
import-month-of-day-3 = Μαρτίου
import-month-of-day-4 = Απριλίου
import-month-of-day-5 = Μαΐου
import-month-of-day-6 = Ιουνίου
import-month-of-day-7 = Ιουλίου
import-month-of-day-8 = Αυγούστου
import-month-of-day-9 = Σεπτεμβρίου
import-month-of-day-10 = Οκτωβρίου
import-month-of-day-11 = Νοεμβρίου
import-month-of-day-12 = Δεκεμβρίου

## Ημέρες

import-day = { $day } { $month } { $year }
import-day-and-month = { $day } { $month }
import-days-in-month = { $first_day }–{ $last }
import-days-in-year = { $first } – { $last }
import-days-across-years = { $first } – { $last }
