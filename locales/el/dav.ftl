# Ο πελάτης διακομιστών ημερολογίου του Convene (CalDAV, WebDAV). Πηγή: locales/en/dav.ftl (σχόλια εκεί).

dav-summary = { $network }: στον διακομιστή δημιουργήθηκαν συναντήσεις: { $created }, ενημερώθηκαν: { $updated }, διαγράφηκαν: { $deleted }· πάρθηκαν από τον διακομιστή: { $taken }{ $conflicts ->
    [0] {""}
    [one] · { $conflicts } σύγκρουση προς επίλυση (convene conflicts)
   *[other] · { $conflicts } συγκρούσεις προς επίλυση (convene conflicts)
}.
dav-last-result-pull = λήψη: { $summary }
dav-last-result-failed = απέτυχε: { $error }
dav-created-on-server = η «{ $title }» δημιουργήθηκε στον διακομιστή και είναι πλέον συνάντηση εδώ
dav-rewritten-on-server = η «{ $title }» ξαναγράφτηκε στον διακομιστή (χωρίς αλλαγή που να δείχνει το Convene)
dav-changed-on-server = η «{ $title }» άλλαξε στον διακομιστή: { $changes }
dav-line-with-provenance = { $line } ({ $details })
dav-series-on-server = η «{ $title }» επαναλαμβάνεται στον διακομιστή: συναντήσεις που δημιουργήθηκαν εδώ: { $count }, μία ανά επανάληψη εντός των ημερομηνιών του δικτύου· η σειρά παραμένει του διακομιστή (οι αλλαγές της έρχονται εδώ, το Convene δεν την ξαναγράφει)
dav-series-changed-on-server = η «{ $title }», σειρά στον διακομιστή, άλλαξε εκεί: συναντήσεις που ενημερώθηκαν εδώ: { $count }
dav-series-replaced-here = η «{ $title }» στις { $date } είχε αλλάξει ή διαγραφεί εδώ, αλλά ανήκει σε σειρά στον διακομιστή: ελήφθη η εκδοχή της σειράς
dav-series-not-published = η «{ $title }» στις { $date } ανήκει σε σειρά στον διακομιστή: οι αλλαγές που γίνονται εδώ δεν δημοσιεύονται (αλλάξτε τη σειρά σε ένα πρόγραμμα ημερολογίου)
dav-series-deleted-here = η συνάντηση στις { $date } μιας σειράς στον διακομιστή διαγράφηκε εδώ: παραμένει στη σειρά στον διακομιστή
dav-changed-on-both-sides = η «{ $title }» άλλαξε και εδώ και στον διακομιστή
dav-deleted-on-server = η «{ $title }» διαγράφηκε στον διακομιστή· μένει εδώ μέχρι να επιλέξετε (convene conflicts)
dav-changed-meanwhile = η «{ $title }» άλλαξε στο μεταξύ στον διακομιστή (412)· δεν αντικαταστάθηκε τίποτα
dav-no-readable-event = το { $href } στον διακομιστή δεν περιέχει αναγνώσιμο συμβάν· έμεινε ως έχει
dav-not-taken = { $href }: η έκδοση του διακομιστή δεν ήταν δυνατό να ληφθεί: { $error }

dav-request-principal = την αναζήτηση του χρήστη (PROPFIND)
dav-request-calendar-home = την αναζήτηση του φακέλου ημερολογίων (PROPFIND)
dav-request-calendars = τον κατάλογο των ημερολογίων
dav-request-create-calendar = τη δημιουργία του ημερολογίου (MKCALENDAR)
dav-request-calendar-changes = την ανάγνωση των αλλαγών του ημερολογίου (REPORT)
dav-request-calendar = την ανάγνωση του ημερολογίου (REPORT)
dav-request-calendar-at = την ανάγνωση του ημερολογίου { $href }
dav-request-calendar-listing = τον κατάλογο του περιεχομένου του ημερολογίου (PROPFIND)
dav-request-changed-events = την ανάγνωση των συμβάντων που άλλαξαν (REPORT calendar-multiget)
dav-request-create-event = τη δημιουργία συμβάντος (PUT)
dav-request-update-event = την ενημέρωση συμβάντος (PUT)
dav-request-delete-event = τη διαγραφή συμβάντος (DELETE)
dav-request-read-file = την ανάγνωση του { $href }
dav-request-write-file = την εγγραφή του { $href }

dav-error-dns = το όνομα του διακομιστή { $host } δεν βρέθηκε (DNS): ελέγξτε τη διεύθυνση του λογαριασμού (convene account list) και τη σύνδεσή σας στο διαδίκτυο
dav-error-refused = ο διακομιστής { $url } αρνήθηκε τη σύνδεση: ο διακομιστής δεν λειτουργεί ή η διεύθυνση ή η θύρα είναι λάθος· τίποτα δεν άλλαξε εδώ, δοκιμάστε ξανά όταν λειτουργεί
dav-error-timeout = ο διακομιστής { $url } δεν απάντησε μέσα σε { $seconds } δευτερόλεπτα: ο διακομιστής ή το δίκτυο δεν λειτουργεί· τίποτα δεν άλλαξε εδώ, δοκιμάστε ξανά αργότερα
dav-error-tls = το πιστοποιητικό TLS του διακομιστή { $url } δεν είναι έμπιστο ({ $detail }): αν ο διακομιστής έχει δική του αρχή πιστοποίησης, προσθέστε ξανά τον λογαριασμό με --ca-file PEM
dav-error-unauthorized = ο διακομιστής { $url } απέρριψε το όνομα χρήστη ή τον κωδικό πρόσβασης (401): ελέγξτε το όνομα χρήστη (convene account list) και δώστε τον σωστό κωδικό (--password-stdin, CONVENE_DAV_PASSWORD ή η κλειδοθήκη)
dav-error-not-caldav = ο διακομιστής { $url } δεν είναι διακομιστής CalDAV ({ $detail }): δώστε τη διεύθυνση του διακομιστή ημερολογίων (για το Nextcloud, https://HOST/remote.php/dav)
dav-error-no-password = δεν υπάρχει κωδικός για τον λογαριασμό «{ $account }»: καμία κλειδοθήκη δεν απάντησε ({ $detail })· δώστε τον με --password-stdin ή στο CONVENE_DAV_PASSWORD
dav-error-forbidden = ο διακομιστής { $url } απάντησε { $status } σε { $what }: ο λογαριασμός δεν επιτρέπεται να το κάνει· ελέγξτε τα δικαιώματά του στον διακομιστή
dav-error-not-found = ο διακομιστής { $url } απάντησε { $status } σε { $what }: το ημερολόγιο ή το αρχείο δεν υπάρχει (πια)· δημοσιεύστε ξανά για να δημιουργηθεί
dav-error-not-supported = ο διακομιστής { $url } απάντησε { $status } σε { $what }: ο διακομιστής δεν το προσφέρει· ίσως δεν είναι διακομιστής CalDAV/WebDAV
dav-error-changed = ο διακομιστής { $url } απάντησε { $status } σε { $what }: κάποιος το άλλαξε στο μεταξύ στον διακομιστή· δεν αντικαταστάθηκε τίποτα
dav-error-full = ο διακομιστής { $url } απάντησε { $status } σε { $what }: ο διακομιστής δεν έχει άλλο χώρο
dav-error-failed = ο διακομιστής { $url } απάντησε { $status } σε { $what }: ο διακομιστής απέτυχε· δοκιμάστε ξανά αργότερα
dav-error-unexpected = ο διακομιστής { $url } απάντησε { $status } σε { $what }: μια απάντηση με την οποία το Convene δεν ξέρει τι να κάνει
dav-error-other = η επικοινωνία με τον διακομιστή { $url } απέτυχε: { $detail }
dav-detail-not-webdav-xml = η απάντησή του σε { $what } δεν είναι WebDAV XML: { $detail }
dav-detail-request = { $what }: { $detail }
dav-detail-no-calendar-home = ο χρήστης { $principal } δεν ορίζει φάκελο ημερολογίων (calendar-home-set)
dav-detail-no-free-calendar-name = δεν υπάρχει ελεύθερο όνομα για το ημερολόγιο κάτω από το { $home }
dav-detail-not-utf8 = το { $href } δεν είναι κείμενο UTF-8

dav-ca-file-unreadable = το { $path } δεν διαβάστηκε ως πιστοποιητικά PEM ({ $detail })· δώστε το πιστοποιητικό της αρχής πιστοποίησης του διακομιστή σε μορφή PEM
dav-ca-file-empty = το { $path } δεν περιέχει πιστοποιητικό· δώστε το πιστοποιητικό της αρχής πιστοποίησης του διακομιστή σε μορφή PEM
dav-not-a-web-address = το «{ $url }» δεν είναι διεύθυνση ιστού ({ $detail })
dav-user-not-for-http = το όνομα χρήστη περιέχει χαρακτήρες που το HTTP δεν μπορεί να μεταφέρει
dav-password-stdin-empty = το --password-stdin διάβασε κενή γραμμή: δώστε τον κωδικό μέσω σωλήνα, π.χ. `printf %s "$PASS" | convene ...`
dav-network-not-published = το { $network } δεν έχει δημοσιευτεί ακόμη: εκτελέστε πρώτα convene publish { $slug } --account ΟΝΟΜΑ
dav-no-plan-file = δεν υπάρχει αρχείο σχεδίου στο { $href } στον { $server }: στείλτε το πρώτα (convene plan push { $plan } --account { $account })
