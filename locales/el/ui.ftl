# Το παράθυρο του Convene, στα ελληνικά. Μετάφραση από το locales/en/ui.ftl (ίδια
# αναγνωριστικά και μεταβλητές). Όροι URBACT: Ολοκληρωμένο Σχέδιο Δράσης, διακρατική
# συνάντηση, Τοπική Ομάδα URBACT, πόλη-εταίρος, επικεφαλής εταίρος.

## screens/Settings.svelte
settings-settings = Ρυθμίσεις
settings-your-name-your-data = Η γλώσσα σας, το όνομά σας, τα δεδομένα σας, τα αντίγραφα ασφαλείας τους και η εισαγωγή και εξαγωγή δεδομένων.
settings-language = Γλώσσα
settings-language-label = Γλώσσα του παραθύρου
settings-language-hint = Μενού, κουμπιά και μηνύματα, και ο τρόπος γραφής ημερομηνιών, ωρών και ποσών. Τα σχέδια και οι προσκλήσεις κρατούν τη δική τους γλώσσα.
settings-language-system = Γλώσσα συστήματος ({ $language })
settings-language-changed = Το παράθυρο είναι τώρα στα { $language }.
settings-your-name = Το όνομά σας
settings-name-plan-versions-comments = Όνομα στις εκδόσεις των σχεδίων και στα σχόλια
settings-every-save-action-plan = Κάθε αποθήκευση ενός σχεδίου δράσης υπογράφεται με αυτό, ώστε οι εταίροι να βλέπουν ποιος έγραψε τι. Αν μείνει κενό, χρησιμοποιείται το όνομα του λογαριασμού σας στον υπολογιστή.
settings-every-save-action-plan-as-now = Κάθε αποθήκευση ενός σχεδίου δράσης υπογράφεται με αυτό, ώστε οι εταίροι να βλέπουν ποιος έγραψε τι. Αν μείνει κενό, χρησιμοποιείται το όνομα του λογαριασμού σας στον υπολογιστή (όπως τώρα).
settings-saving = Αποθήκευση…
settings-save-name = Αποθήκευση ονόματος
settings-database = Βάση δεδομένων
settings-location = Τοποθεσία
settings-schema-version = Έκδοση σχήματος
settings-convene-version = Έκδοση Convene
settings-everything-kept-one-file = Όλα φυλάσσονται σε αυτό το ένα αρχείο. Για να χρησιμοποιήσετε άλλο αρχείο, ξεκινήστε το Convene με τη μεταβλητή περιβάλλοντος CONVENE_DB ορισμένη στη διαδρομή του.
settings-loading = Φόρτωση…
settings-backup-restore = Αντίγραφο ασφαλείας και επαναφορά
settings-backup-complete-copy-database = Ένα αντίγραφο ασφαλείας είναι πλήρες αντίγραφο της βάσης δεδομένων· μπορεί να γίνει με ασφάλεια ενώ το Convene είναι ανοιχτό.
settings-saving-backup = Αποθήκευση αντιγράφου…
settings-back-up-now = Αντίγραφο τώρα…
settings-restore-from-backup = Επαναφορά από αντίγραφο…
settings-import-export = Εισαγωγή και εξαγωγή
settings-import-urbact-network-good = Εισαγάγετε σελίδες URBACT δικτύων και καλών πρακτικών αποθηκευμένες ως κείμενο. Οι εγγραφές που υπάρχουν ήδη μένουν ως έχουν: η διπλή εισαγωγή του ίδιου αρχείου δεν αλλάζει τίποτα.
settings-importing = Εισαγωγή…
settings-import-pages = Εισαγωγή σελίδων…
settings-exporting = Εξαγωγή…
settings-export-everything-json = Εξαγωγή όλων ως JSON…
settings-import-report = Αναφορά εισαγωγής
settings-replace-all-data-backup = Αντικατάσταση όλων των δεδομένων με το αντίγραφο;
settings-everything-now-convene-will = Ό,τι υπάρχει τώρα στο Convene θα αντικατασταθεί από το περιεχόμενο του { $path }. Ένα αντίγραφο της τρέχουσας βάσης φυλάσσεται δίπλα, οπότε η ενέργεια αναιρείται με επαναφορά εκείνου του αντιγράφου.
settings-restore-backup = Επαναφορά αντιγράφου
settings-keep-current-data = Διατήρηση των τρεχόντων δεδομένων

## App.svelte
app-skip-content = Μετάβαση στο περιεχόμενο
app-convene-could-not-open = Το Convene δεν μπόρεσε να ανοίξει τη βάση δεδομένων του: { $startError }
app-convene-try-again = Δοκιμάστε ξανά
app-page-not-found = Η σελίδα δεν βρέθηκε
app-there-nothing-at-address = Δεν υπάρχει τίποτα σε αυτή τη διεύθυνση.
app-go-home-screen = Μετάβαση στην αρχική οθόνη
app-dismiss-message = Κλείσιμο μηνύματος

## components/AgendaEditor.svelte
agenda-editor-agenda = Ημερήσια διάταξη
agenda-editor-move-item-alt-alt = Μετακινήστε ένα θέμα με Alt+↑ και Alt+↓, τα κουμπιά με βέλη ή σύροντάς το ⠿.
agenda-editor-no-agenda-items-yet = Δεν υπάρχουν ακόμη θέματα στην ημερήσια διάταξη.
agenda-editor-drag-move-item = Σύρετε για να μετακινήσετε το θέμα { $value }
agenda-editor-move-item-up = Μετακίνηση του θέματος { $value } πάνω
agenda-editor-move-item-down = Μετακίνηση του θέματος { $value } κάτω
agenda-editor-remove-item = Αφαίρεση του θέματος { $value }
agenda-editor-remove = Αφαίρεση
agenda-editor-item-title = Τίτλος θέματος { $value }
agenda-editor-from = Από
agenda-editor-hh-mm = ΩΩ:ΛΛ
agenda-editor-to = Έως
agenda-editor-led = Συντονίζει
agenda-editor-nobody-particular = Κανείς συγκεκριμένα
agenda-editor-notes = Σημειώσεις
agenda-editor-add-item = Προσθήκη θέματος
agenda-editor-saving = Αποθήκευση…
agenda-editor-save-agenda = Αποθήκευση ημερήσιας διάταξης
agenda-editor-unsaved-changes = Μη αποθηκευμένες αλλαγές

## components/AttendanceEditor.svelte
attendance-editor-attendance = Συμμετοχή
attendance-editor-count = { $label }: { $count }
attendance-editor-network-has-no-partners = Το δίκτυο δεν έχει ακόμη εταίρους.
attendance-editor-partner = Εταίρος
attendance-editor-answer = Απάντηση
attendance-editor-not-invited = Δεν προσκλήθηκε
attendance-editor-people = Άτομα

## components/ConfirmDialog.svelte
confirm-dialog-working = Σε εξέλιξη…

## components/DaysOffSection.svelte
days-off-section-holidays-days-off = Αργίες και ρεπό
days-off-section-next-weeks = Τις επόμενες { $wEEKS } εβδομάδες
days-off-section-public-holidays-each-partner = Οι επίσημες αργίες της χώρας κάθε εταίρου (και της περιφέρειάς του, αν έχει), και τα ρεπό που καταγράφονται παρακάτω.
days-off-section-no-partner-has-holiday = Κανένας εταίρος δεν έχει αργία ή ρεπό τις επόμενες { $wEEKS } εβδομάδες.
days-off-section-holidays-days-off-next = Αργίες και ρεπό των επόμενων { $wEEKS } εβδομάδων
days-off-section-recorded-days-off = Καταγεγραμμένα ρεπό
days-off-section-none-yet-record-city = Κανένα ακόμη. Καταγράψτε τις δικές της αργίες μιας πόλης, όπως τη γιορτή του πολιούχου ή τοπικές εκλογές.
days-off-section-remove = Αφαίρεση { $name } για { $partnerName }
days-off-section-remove-2 = Αφαίρεση
days-off-section-record-day-off = Καταγραφή ρεπό
days-off-section-partner = Εταίρος
days-off-section-choose = Επιλογή…
days-off-section-day = Ημέρα
days-off-section-yyyy-mm-dd = ΕΕΕΕ-ΜΜ-ΗΗ
days-off-section-what = Τι είναι
days-off-section-patron-saint-s-day = Γιορτή του πολιούχου
days-off-section-saving = Αποθήκευση…
days-off-section-record-day-off-2 = Καταγραφή του ρεπό

## components/FindTimePanel.svelte
find-time-panel-find-time = Εύρεση ημερομηνίας
find-time-panel-close = Κλείσιμο
find-time-panel-find-days = Εύρεση ημερών
find-time-panel-find-times = Εύρεση ωρών
find-time-panel-choose-network-first = Επιλέξτε πρώτα το δίκτυο.
find-time-panel-choose-at-time-all = Επιλέξτε «Σε συγκεκριμένη ώρα» ή «Ολοήμερη» για να αναζητήσετε ημερομηνία που βολεύει τους εταίρους.
find-time-panel-days-which-no-partner = Ημέρες που κανένας εταίρος δεν έχει αργία ή ρεπό.
find-time-panel-times-ranked-how-well = Ώρες ταξινομημένες κατά το πόσο βολεύουν κάθε εταίρο: ωράριο εργασίας, Σαββατοκύριακα, αργίες και άλλες συναντήσεις.
find-time-panel-from = Από
find-time-panel-yyyy-mm-dd = ΕΕΕΕ-ΜΜ-ΗΗ
find-time-panel-to = Έως
find-time-panel-days = Ημέρες
find-time-panel-length = Διάρκεια
find-time-panel-working-day = Εργάσιμη ημέρα
find-time-panel-working-day-starts = Αρχή εργάσιμης ημέρας
find-time-panel-working-day-ends = Τέλος εργάσιμης ημέρας
find-time-panel-to-2 = έως
find-time-panel-leave-out-weekends = Εξαίρεση Σαββατοκύριακων
find-time-panel-looking = Αναζήτηση…
find-time-panel-search = Αναζήτηση
find-time-panel-times-on-zone-clock = Ώρες σύμφωνα με το ρολόι της ζώνης { $zone }· αναγράφεται η ώρα κάθε εταίρου.
find-time-panel-times-in-utc = Ώρες σε UTC (επιλέξτε οικοδεσπότη ή ζώνη ώρας για να τις διαβάσετε στο ρολόι της)· αναγράφεται η ώρα κάθε εταίρου.
find-time-panel-times-suit-every-partner = { $suit_everyone ->
    [one] { $suit_everyone } από { $candidates } ώρες βολεύει όλους τους εταίρους· οι πρώτες { $length } είναι παρακάτω.
   *[other] { $suit_everyone } από { $candidates } ώρες βολεύουν όλους τους εταίρους· οι πρώτες { $length } είναι παρακάτω.
}
find-time-panel-none-times-suits-every = Καμία από τις { $candidates } ώρες δεν βολεύει όλους τους εταίρους· οι λιγότερο άβολες είναι πρώτες.
find-time-panel-suits-everyone = βολεύει όλους
find-time-panel-awkward-for = { $count ->
    [one] άβολη για { $count } εταίρο
   *[other] άβολη για { $count } εταίρους
}
find-time-panel-use-time = Χρήση αυτής της ώρας
find-time-panel-no-run-days-free = Καμία σειρά ημερών δεν είναι ελεύθερη για όλους τους εταίρους σε αυτό το διάστημα.
find-time-panel-day-runs = { $days ->
    [one] Μεμονωμένες ημέρες χωρίς αργία σε κανέναν εταίρο: { $count }.
   *[other] Διαστήματα { $days } ημερών χωρίς αργία σε κανέναν εταίρο: { $count }.
}
find-time-panel-also = επίσης: { $other_meetings }
find-time-panel-use-these-days = Χρήση αυτών των ημερών
find-time-panel-days-left-out = Ημέρες που εξαιρέθηκαν ({ $length })

## components/ImportReport.svelte
import-report-import-report = Αναφορά εισαγωγής
import-report-already-there-left-they = Υπήρχαν ήδη και έμειναν ως είχαν: { $existing }.
import-report-check = { $count ->
        [one] { $count } σημείο
       *[other] { $count } σημεία
    } για έλεγχο
import-report-lines-importer-placed-guessing = — γραμμές που η εισαγωγή τοποθέτησε μαντεύοντας ή κράτησε ως σημειώσεις
import-report-line = Γραμμή { $line }
import-report-lines-to-check = Γραμμές προς έλεγχο
import-report-no-warnings-every-line = Καμία προειδοποίηση: κάθε γραμμή βρήκε τη θέση της.

## components/LocalTimesPanel.svelte
local-times-panel-local-times = Τοπικές ώρες
local-times-panel-working-out-local-times = Υπολογισμός τοπικών ωρών…
local-times-panel-network-has-no-partners = Αυτό το δίκτυο δεν έχει ακόμη εταίρους.
local-times-panel-within-working-hours-08 = Εντός ωραρίου (08:00–19:00) σε εργάσιμη ημέρα για κάθε εταίρο.
local-times-panel-of = { $awkward } από { $length }
local-times-panel-partners-would-meet-outside = εταίροι θα συναντιούνταν εκτός 08:00–19:00 ή Σαββατοκύριακο.
local-times-panel-partner = Εταίρος
local-times-panel-starts-there = Αρχή εκεί
local-times-panel-ends-there = Τέλος εκεί
local-times-panel-host = οικοδεσπότης

## components/MeetingList.svelte
meeting-list-all = { $caption }, { $length } συνολικά
meeting-list-when = Πότε
meeting-list-meeting = Συνάντηση
meeting-list-network = Δίκτυο
meeting-list-host = Οικοδεσπότης
meeting-list-mode = Μορφή
meeting-list-status = Κατάσταση

## components/MilestoneForm.svelte
milestone-form-edit = Επεξεργασία { $title }
milestone-form-add-milestone = Προσθήκη ορόσημου
milestone-form-title = Τίτλος
milestone-form-integrated-action-plan-due = Παράδοση του Ολοκληρωμένου Σχεδίου Δράσης
milestone-form-kind = Είδος
milestone-form-date-known = Η ημερομηνία είναι γνωστή
milestone-form-day = με ακρίβεια ημέρας
milestone-form-only-month = μόνο με ακρίβεια μήνα
milestone-form-month = Μήνας
milestone-form-yyyy-mm = ΕΕΕΕ-ΜΜ
milestone-form-example-2027-06-june = Για παράδειγμα 2027-06 για τον Ιούνιο του 2027.
milestone-form-date = Ημερομηνία
milestone-form-yyyy-mm-dd = ΕΕΕΕ-ΜΜ-ΗΗ
milestone-form-description = Περιγραφή
milestone-form-done = Ολοκληρώθηκε
milestone-form-saving = Αποθήκευση…
milestone-form-save-changes = Αποθήκευση αλλαγών
milestone-form-add-milestone-2 = Προσθήκη ορόσημου
milestone-form-close-without-saving = Κλείσιμο χωρίς αποθήκευση

## components/MonthCalendar.svelte
month-calendar-meetings = { $count ->
        [one] { $count } συνάντηση
       *[other] { $count } συναντήσεις
    }
month-calendar-previous-month = Προηγούμενος μήνας
month-calendar-previous = ‹ Προηγούμενος
month-calendar-month = Αυτός ο μήνας
month-calendar-next-month = Επόμενος μήνας
month-calendar-next = Επόμενος ›
month-calendar-today = { $day }, σήμερα
month-calendar-days-off = Ρεπό: { $lines }
month-calendar-more = +{ $value } ακόμη

## components/Nav.svelte
nav-main = Κύριο μενού
nav-convene = Convene
nav-search = Αναζήτηση
nav-ctrl = Ctrl
nav-k = K

## components/PartnerDetails.svelte
partner-details-field-name = Όνομα
partner-details-field-role = Θέση
partner-details-field-email = E-mail
partner-details-field-phone = Τηλέφωνο
partner-details-field-organisation = Οργανισμός
partner-details-field-group-role = Ρόλος στην ομάδα
partner-details-now = { $value } · { $countryName } · { $time_zone } · τώρα { $clockIn }
partner-details-now-in-region = { $value } · { $countryName } ({ $region }) · { $time_zone } · τώρα { $clockIn }
partner-details-edit-partner = Επεξεργασία εταίρου
partner-details-delete-partner = Διαγραφή εταίρου
partner-details-close-details = Κλείσιμο στοιχείων για { $name }
partner-details-close = Κλείσιμο
partner-details-population = Πληθυσμός: { $population }
partner-details-contacts = Επαφές
partner-details-local-group = Τοπική Ομάδα URBACT

## components/PartnerForm.svelte
partner-form-edit = Επεξεργασία { $name }
partner-form-add-partner = Προσθήκη εταίρου
partner-form-city-organisation = Πόλη ή οργανισμός
partner-form-country = Χώρα
partner-form-choose = Επιλογή…
partner-form-role = Ρόλος
partner-form-time-zone = Ζώνη ώρας
partner-form-empty-means-country-s = Κενό σημαίνει τη ζώνη της χώρας, { $defaultZone }.
partner-form-empty-means-country-s-2 = Κενό σημαίνει τη ζώνη της χώρας.
partner-form-region = Περιφέρεια
partner-form-its-public-holidays-count = Οι αργίες της προστίθενται στις εθνικές.
partner-form-convene-knows-no-regional = Το Convene δεν γνωρίζει περιφερειακές αργίες για αυτή τη χώρα.
partner-form-none-national-holidays-only = Καμία (μόνο εθνικές αργίες)
partner-form-population = Πληθυσμός
partner-form-notes = Σημειώσεις
partner-form-saving = Αποθήκευση…
partner-form-save-changes = Αποθήκευση αλλαγών
partner-form-add-partner-2 = Προσθήκη εταίρου
partner-form-close-without-saving = Κλείσιμο χωρίς αποθήκευση

## components/PartnersTable.svelte
partners-table-partners-all = Εταίροι, { $length } συνολικά
partners-table-city-partner = Πόλη ή εταίρος
partners-table-country = Χώρα
partners-table-role = Ρόλος
partners-table-time-zone = Ζώνη ώρας
partners-table-local-time-now = Τοπική ώρα τώρα
partners-table-people = Άτομα

## components/PeopleEditor.svelte
people-editor-add = { $noun ->
        [contact] Προσθήκη επαφής
       *[member] Προσθήκη μέλους
    }
people-editor-none-yet = Κανένα ακόμη.
people-editor-delete = Διαγραφή { $primary };
people-editor-delete-2 = Διαγραφή
people-editor-keep = Διατήρηση
people-editor-edit = Επεξεργασία { $primary }
people-editor-edit-2 = Επεξεργασία
people-editor-delete-3 = Διαγραφή { $primary }
people-editor-new = { $noun ->
        [contact] Νέα επαφή
       *[member] Νέο μέλος
    }
people-editor-edit-3 = { $noun ->
        [contact] Επεξεργασία επαφής
       *[member] Επεξεργασία μέλους
    }
people-editor-saving = Αποθήκευση…
people-editor-save = Αποθήκευση
people-editor-close-without-saving = Κλείσιμο χωρίς αποθήκευση

## components/PostponeDialog.svelte
postpone-dialog-postpone = Αναβολή «{ $title }»
postpone-dialog-current-date-stays-record = Η τρέχουσα ημερομηνία μένει καταγεγραμμένη στην περιγραφή («Αναβλήθηκε από …»).
postpone-dialog-when-will-take-place = Πότε θα γίνει;
postpone-dialog-new-date-meeting-becomes = Σε νέα ημερομηνία (η συνάντηση γίνεται ξανά προσωρινή)
postpone-dialog-no-new-date-yet = Χωρίς νέα ημερομηνία ακόμη (τα ημερολόγια ακυρώνουν την τρέχουσα)
postpone-dialog-first-day = Πρώτη ημέρα
postpone-dialog-new-date = Νέα ημερομηνία
postpone-dialog-yyyy-mm-dd = ΕΕΕΕ-ΜΜ-ΗΗ
postpone-dialog-start-time = Ώρα έναρξης
postpone-dialog-hh-mm = ΩΩ:ΛΛ
postpone-dialog-end-time = Ώρα λήξης
postpone-dialog-last-day = Τελευταία ημέρα
postpone-dialog-times-clock-meeting-s = Ώρες σύμφωνα με το ρολόι της ζώνης { $time_zone }, της ζώνης της συνάντησης.
postpone-dialog-without-last-day-meeting = Χωρίς τελευταία ημέρα, η συνάντηση κρατά τον αριθμό ημερών της.
postpone-dialog-go-back = Πίσω
postpone-dialog-working = Σε εξέλιξη…
postpone-dialog-postpone-2 = Αναβολή

## components/SearchBox.svelte
search-box-search-networks-partners-meetings = Αναζήτηση σε δίκτυα, εταίρους, συναντήσεις, σχέδια και πρακτικές
search-box-search-networks-partners-meetings-2 = Αναζήτηση δικτύων, εταίρων, συναντήσεων, σχεδίων, πρακτικών…
search-box-results = { $length } αποτελέσματα
search-box-results-2 = Αποτελέσματα
search-box-nothing-found-try-fewer = Δεν βρέθηκε τίποτα για «{ $searched }». Δοκιμάστε λιγότερες ή πιο σύντομες λέξεις.

## components/SearchDialog.svelte
search-dialog-search = Αναζήτηση
search-dialog-choose-enter-open-esc = ↑ ↓ για επιλογή, Enter για άνοιγμα, Esc για κλείσιμο.

## components/Timeline.svelte
timeline-timeline = Χρονολόγιο του { $network_name }
timeline-today = Σήμερα
timeline-no-dates-yet-nothing = Δεν υπάρχουν ακόμη ημερομηνίες: τίποτα για σχεδίαση.

## components/WorkProgressBar.svelte
work-progress-bar-cancelling = Ακύρωση…
work-progress-bar-cancel = Ακύρωση

## components/calendar/AddToCalendarButton.svelte
add-to-calendar-button-saving = Αποθήκευση…
add-to-calendar-button-add-calendar = Προσθήκη στο ημερολόγιο…

## components/calendar/CalendarResult.svelte
calendar-result-dismiss-message = Κλείσιμο αυτού του μηνύματος

## components/calendar/ExportCalendarButton.svelte
export-calendar-button-export-calendar = Εξαγωγή ημερολογίου…
export-calendar-button-export-calendar-2 = Εξαγωγή του ημερολογίου του { $name }
export-calendar-button-every-dated-meeting-goes = Κάθε συνάντηση με ημερομηνία μπαίνει σε ένα αρχείο .ics που ανοίγουν το Outlook, το Google Calendar, το Thunderbird και το Apple Calendar. Οι συναντήσεις χωρίς ημερομηνία μένουν εκτός.
export-calendar-button-reminder = Υπενθύμιση
export-calendar-button-only-meetings-between-optional = Μόνο οι συναντήσεις μεταξύ (προαιρετικό)
export-calendar-button-first-day = Πρώτη ημέρα
export-calendar-button-yyyy-mm-dd = ΕΕΕΕ-ΜΜ-ΗΗ
export-calendar-button-last-day = Τελευταία ημέρα
export-calendar-button-cancel = Ακύρωση
export-calendar-button-saving = Αποθήκευση…
export-calendar-button-save = Αποθήκευση…

## components/calendar/ImportCalendarButton.svelte
import-calendar-button-importing = Εισαγωγή…
import-calendar-button-import-calendar = Εισαγωγή ημερολογίου…

## components/calendar/ImportCalendarDialog.svelte
import-calendar-dialog-calendar-imported = Το ημερολόγιο εισήχθη
import-calendar-dialog-import-report = Αναφορά εισαγωγής
import-calendar-dialog-already-saved-recent-file = { $count ->
        [one] { $count } συμβάν ήταν ήδη αποθηκευμένο, το ίδιο ή πιο πρόσφατο από το αρχείο, και έμεινε ως είχε.
       *[other] { $count } συμβάντα ήταν ήδη αποθηκευμένα, το ίδιο ή πιο πρόσφατα από το αρχείο, και έμειναν ως είχαν.
    }
import-calendar-dialog-skipped = { $count ->
        [one] { $count } συμβάν παραλείφθηκε
       *[other] { $count } συμβάντα παραλείφθηκαν
    }
import-calendar-dialog-not-imported-fix-calendar = { $count ->
        [one] , δεν εισήχθη· διορθώστε το στο πρόγραμμα ημερολογίου και εισαγάγετε ξανά το αρχείο
       *[other] , δεν εισήχθησαν· διορθώστε τα στο πρόγραμμα ημερολογίου και εισαγάγετε ξανά το αρχείο
    }
import-calendar-dialog-more = … και { $value } ακόμη.
import-calendar-dialog-check = { $count ->
        [one] { $count } σημείο
       *[other] { $count } σημεία
    } για έλεγχο
import-calendar-dialog-no-warnings = Καμία προειδοποίηση.
import-calendar-dialog-close = Κλείσιμο

## components/calendar/InvitationDialog.svelte
invitation-dialog-email-invitation = Πρόσκληση μέσω e-mail για «{ $title }»
invitation-dialog-your-mail-program-opens = Το πρόγραμμα e-mail ανοίγει το μήνυμα έτοιμο για αποστολή· φτάνει ως πρόσκληση προς αποδοχή ή απόρριψη.
invitation-dialog-cancellation-note = { $status ->
    [cancelled] Η συνάντηση ακυρώθηκε: το μήνυμα θα είναι ακύρωση, που την αφαιρεί από τα ημερολόγια όσων την αποδέχτηκαν.
   *[postponed] Η συνάντηση αναβλήθηκε: το μήνυμα θα είναι ακύρωση, που την αφαιρεί από τα ημερολόγια όσων την αποδέχτηκαν.
}
invitation-dialog-from-your-e-mail = Από (η διεύθυνση e-mail σας)
invitation-dialog-answers-come-back-remembered = Οι απαντήσεις επιστρέφουν σε αυτήν. Απομνημονεύεται σε αυτόν τον υπολογιστή.
invitation-dialog-to = Προς ({ $count ->
        [one] { $count } άτομο
       *[other] { $count } άτομα
    })
invitation-dialog-finding-partners-contacts = Αναζήτηση επαφών των εταίρων…
invitation-dialog-no-contact-partners-meeting = Καμία επαφή των εταίρων που αφορά αυτή η συνάντηση δεν έχει διεύθυνση e-mail. Προσθέστε διευθύνσεις παρακάτω ή στις επαφές των εταίρων.
invitation-dialog-choose-all = Επιλογή όλων
invitation-dialog-choose-none = Καμία επιλογή
invitation-dialog-other-addresses = Άλλες διευθύνσεις
invitation-dialog-separate-them-commas-new = Χωρίστε τες με κόμματα ή νέες γραμμές.
invitation-dialog-cancel = Ακύρωση
invitation-dialog-writing = Σύνταξη…
invitation-dialog-write-cancellation = Σύνταξη της ακύρωσης
invitation-dialog-write-invitation = Σύνταξη της πρόσκλησης

## components/calendar/MeetingCalendarBar.svelte
meeting-calendar-bar-calendars-invitations = Ημερολόγια και προσκλήσεις
meeting-calendar-bar-calendars = Ημερολόγια:
meeting-calendar-bar-email-invitation = Πρόσκληση μέσω e-mail…
meeting-calendar-bar-give-meeting-date-add = Δώστε ημερομηνία στη συνάντηση για να την προσθέσετε σε ημερολόγια και να προσκαλέσετε άτομα.

## components/plan/ActionDetails.svelte
action-details-action = Δράση: { $title }
action-details-title = Τίτλος
action-details-objective = Στόχος
action-details-lead = Επικεφαλής φορέας
action-details-partners = Εταίροι φορείς
action-details-start-month = Μήνας έναρξης (ΕΕΕΕ-ΜΜ)
action-details-end-month = Μήνας λήξης (ΕΕΕΕ-ΜΜ)
action-details-estimated-cost = Εκτιμώμενο κόστος (€)
action-details-status = Κατάσταση
action-details-pilot-small-scale-test = Πιλοτική δράση (δοκιμή μικρής κλίμακας)
action-details-description = Περιγραφή
action-details-funding = Χρηματοδότηση
action-details-no-funding-found-yet = Δεν βρέθηκε ακόμη χρηματοδότηση.
action-details-source = Πηγή
action-details-amount = Ποσό (€)
action-details-remove-funding-line = Αφαίρεση γραμμής χρηματοδότησης { $value }
action-details-remove = Αφαίρεση
action-details-add-funding-line = Προσθήκη γραμμής χρηματοδότησης
action-details-indicators-action-feeds = Δείκτες στους οποίους συμβάλλει αυτή η δράση
action-details-saving = Αποθήκευση…
action-details-save-action = Αποθήκευση δράσης
action-details-cancel = Ακύρωση
action-details-delete-action = Διαγραφή αυτής της δράσης;
action-details-delete = Διαγραφή
action-details-keep = Διατήρηση
action-details-delete-action-2 = Διαγραφή δράσης…

## components/plan/ActionTable.svelte
action-table-no-actions-yet-add = Δεν υπάρχουν ακόμη δράσεις. Προσθέστε την πρώτη: τον τίτλο της, μετά τους μήνες, το κόστος και τη χρηματοδότηση.
action-table-tab-arrows-move-between = Το Tab και τα βέλη μετακινούν μεταξύ κελιών· το Enter επεξεργάζεται και αποθηκεύει ένα κελί· το Esc ακυρώνει· το Alt+↑/↓ μετακινεί μια δράση.
action-table-actions-plan-all = Δράσεις του σχεδίου, { $length } συνολικά
action-table-of = { $label } για { $title }
action-table-yyyy-mm-yyyy-mm = ΕΕΕΕ-ΜΜ – ΕΕΕΕ-ΜΜ
action-table-pilot = Πιλοτική
action-table-adding = Προσθήκη…
action-table-add-action = Προσθήκη δράσης

## components/plan/BudgetSummary.svelte
budget-summary-total-cost = Συνολικό κόστος
budget-summary-funding-found = Χρηματοδότηση που βρέθηκε
budget-summary-funding-above-cost = Χρηματοδότηση πάνω από το κόστος
budget-summary-funding-gap = Χρηματοδοτικό κενό
budget-summary-not-counted = { $count ->
        [one] { $count } δράση δεν έχει ακόμη εκτίμηση κόστους και δεν υπολογίζεται.
       *[other] { $count } δράσεις δεν έχουν ακόμη εκτίμηση κόστους και δεν υπολογίζονται.
    }
budget-summary-actions-per-year = Δράσεις ανά έτος
budget-summary-no-action-has-months = Καμία δράση δεν έχει ακόμη μήνες.
budget-summary-year = Έτος
budget-summary-actions-running = Δράσεις σε εξέλιξη
budget-summary-nothing-yet = Τίποτα ακόμη.
budget-summary-euros = Ευρώ
budget-summary-share = Μερίδιο
budget-summary-no-objective = Χωρίς στόχο

## components/plan/Comments.svelte
comments-comments = Σχόλια για «{ $sectionTitle }»
comments-open = ({ $length } ανοιχτά)
comments-no-open-comments-section = Κανένα ανοιχτό σχόλιο σε αυτή την ενότητα.
comments-mark-comment-resolved = Σήμανση του σχολίου του/της { $author } ως επιλυμένου
comments-resolve = Επίλυση
comments-add-comment = Προσθήκη σχολίου
comments-adding = Προσθήκη…
comments-add-comment-2 = Προσθήκη του σχολίου

## components/plan/ConflictResolver.svelte
conflict-resolver-both-copies-changed-since = Και τα δύο αντίγραφα άλλαξαν αυτό από την τελευταία έκδοση που μοιραστήκατε.
conflict-resolver-ours-kept-plan-now = Η δική μας (μένει στο σχέδιο προς το παρόν)
conflict-resolver-we-removed = Εμείς το αφαιρέσαμε.
conflict-resolver-theirs = Η δική τους
conflict-resolver-they-removed = Εκείνοι το αφαίρεσαν.
conflict-resolver-merged-text = Συγχωνευμένο κείμενο
conflict-resolver-keep-ours = Κρατήστε τη δική μας
conflict-resolver-take-theirs = Πάρτε τη δική τους
conflict-resolver-save-merged-text = Αποθήκευση του συγχωνευμένου κειμένου

## components/plan/DiffView.svelte
diff-view-changes = Αλλαγές στο { $title }

## components/plan/ExportSendBar.svelte
export-send-bar-export = Εξαγωγή ως
export-send-bar-exporting = Εξαγωγή…
export-send-bar-export-2 = Εξαγωγή…
export-send-bar-saving = Αποθήκευση…
export-send-bar-send-partner = Αποστολή σε εταίρο…
export-send-bar-reading = Ανάγνωση…
export-send-bar-receive-plan-file = Λήψη αρχείου σχεδίου…

## components/plan/GanttChart.svelte
gantt-chart-actions-scheduled = { $caption }: { $length } από { $length2 } δράσεις προγραμματισμένες.
gantt-chart-show-chart = Εμφάνιση ως διάγραμμα
gantt-chart-show-table = Εμφάνιση ως πίνακας
gantt-chart-no-actions-yet-add = Δεν υπάρχουν ακόμη δράσεις: προσθέστε δράσεις με μήνα έναρξης και λήξης για να τις δείτε εδώ.
gantt-chart-pilot-action = Πιλοτική δράση
gantt-chart-action = Δράση
gantt-chart-starts = Έναρξη
gantt-chart-ends = Λήξη
gantt-chart-months = Μήνες
gantt-chart-pilot = Πιλοτική
gantt-chart-yes = Ναι
gantt-chart-no = Όχι
gantt-chart-not-timeline = Εκτός χρονολογίου:

## components/plan/History.svelte
history-compare-version-newest = Σύγκριση της έκδοσης { $number } με τη νεότερη
history-compare = Σύγκριση
history-restore = Επαναφορά…
history-version = Έκδοση { $number }
history-versions = Εκδόσεις ({ $length })
history-saves = { $length } αποθηκεύσεις · { $author } · { $runPeriod }
history-versions-2 = Εκδόσεις { $number }–{ $number2 }
history-version-option = Έκδοση { $number } ({ $kind ->
        [created] δημιουργία
        [edit] επεξεργασία
        [restore] επαναφορά
        [received] λήψη
        [merge] συγχώνευση
       *[resolve] επίλυση διαφοράς
    }, { $instant })
history-show-saves = Εμφάνιση των { $count } αποθηκεύσεων
history-hide-saves = Απόκρυψη των { $count } αποθηκεύσεων
history-saves-3 = Οι { $length } αποθηκεύσεις: { $message }
history-changes = Αλλαγές
history-only-one-version-so = Μόνο μία έκδοση μέχρι τώρα: οι αλλαγές εμφανίζονται εδώ μετά την επόμενη αποθήκευση.
history-from = Από
history-to = Προς
history-these-two-versions-say = Αυτές οι δύο εκδόσεις λένε το ίδιο.
history-sections-were-put-another = Οι ενότητες μπήκαν σε άλλη σειρά.
history-was = { $title } (πρώην { $old_title })
history-actions-indicators-risks = Δράσεις, δείκτες και κίνδυνοι
history-comparing = Σύγκριση…
history-restore-version = Επαναφορά της έκδοσης { $number };
history-plan-will-say-again = Το σχέδιο θα λέει ξανά ό,τι έλεγε στην έκδοση { $number }. Αυτό αποθηκεύεται ως νέα έκδοση: το τρέχον κείμενο μένει στο ιστορικό και μπορεί με τη σειρά του να επανέλθει.
history-restore-version-2 = Επαναφορά της έκδοσης { $number }
history-keep-current-text = Διατήρηση του τρέχοντος κειμένου

## components/plan/IndicatorTable.svelte
indicator-table-no-indicators-yet-indicators = Δεν υπάρχουν ακόμη δείκτες. Οι δείκτες λένε πώς θα μετρηθούν τα αποτελέσματα του σχεδίου.
indicator-table-indicators = Δείκτες
indicator-table-indicator = Δείκτης
indicator-table-kind = Είδος
indicator-table-baseline = Τιμή βάσης
indicator-table-target = Στόχος
indicator-table-by = Έως
indicator-table-verification = Επαλήθευση
indicator-table-actions = Δράσεις
indicator-table-edit = Επεξεργασία
indicator-table-edit-2 = Επεξεργασία { $name }
indicator-table-add-indicator = Προσθήκη δείκτη
indicator-table-edit-indicator = Επεξεργασία δείκτη
indicator-table-new-indicator = Νέος δείκτης
indicator-table-name = Όνομα
indicator-table-unit = Μονάδα
indicator-table-target-month-yyyy-mm = Μήνας στόχου (ΕΕΕΕ-ΜΜ)
indicator-table-means-verification = Πηγή επαλήθευσης
indicator-table-save-indicator = Αποθήκευση δείκτη
indicator-table-cancel = Ακύρωση
indicator-table-delete-indicator = Διαγραφή δείκτη

## components/plan/MarkdownEditor.svelte
markdown-editor-text = Κείμενο «{ $title }»
markdown-editor-markdown = (Markdown)
markdown-editor-hide-preview = Απόκρυψη προεπισκόπησης
markdown-editor-show-preview = Εμφάνιση προεπισκόπησης
markdown-editor-preview = Προεπισκόπηση
markdown-editor-nothing-written-yet = Τίποτα γραμμένο ακόμη.
markdown-editor-preview-2 = Προεπισκόπηση: { $title }

## components/plan/NewPlanDialog.svelte
new-plan-dialog-new-action-plan = Νέο σχέδιο δράσης
new-plan-dialog-city = Πόλη
new-plan-dialog-no-partner-city = Καμία πόλη-εταίρος
new-plan-dialog-partner-has-plan = { $name } (έχει σχέδιο)
new-plan-dialog-title = Τίτλος
new-plan-dialog-creating = Δημιουργία…
new-plan-dialog-create-plan = Δημιουργία του σχεδίου
new-plan-dialog-cancel = Ακύρωση

## components/plan/RiskTable.svelte
risk-table-no-risks-recorded-yet = Δεν έχουν καταγραφεί ακόμη κίνδυνοι.
risk-table-risks-highest-score-first = Κίνδυνοι, πρώτα η υψηλότερη βαθμολογία
risk-table-risk = Κίνδυνος
risk-table-likelihood = Πιθανότητα
risk-table-impact = Επίπτωση
risk-table-score = Βαθμολογία
risk-table-mitigation = Μετριασμός
risk-table-owner = Υπεύθυνος
risk-table-edit = Επεξεργασία
risk-table-edit-risk = Επεξεργασία κινδύνου: { $description }
risk-table-add-risk = Προσθήκη κινδύνου
risk-table-edit-risk-2 = Επεξεργασία κινδύνου
risk-table-new-risk = Νέος κίνδυνος
risk-table-what-could-go-wrong = Τι θα μπορούσε να πάει στραβά
risk-table-save-risk = Αποθήκευση κινδύνου
risk-table-cancel = Ακύρωση
risk-table-delete-risk = Διαγραφή κινδύνου

## components/plan/SectionOutline.svelte
section-outline-plan-outline = Διάρθρωση του σχεδίου
section-outline-sections = Ενότητες
section-outline-alt-up-alt-down = Τα Alt+Πάνω και Alt+Κάτω μετακινούν μια ενότητα.
section-outline-nothing-written-yet = Τίποτα γραμμένο ακόμη
section-outline-empty = κενή
section-outline-open-comment-count = { $count ->
    [one] { $count } ανοιχτό σχόλιο
   *[other] { $count } ανοιχτά σχόλια
}
section-outline-title-new-section = Τίτλος της νέας ενότητας
section-outline-add = Προσθήκη
section-outline-cancel = Ακύρωση
section-outline-add-section = + Προσθήκη ενότητας
section-outline-plan = Σχέδιο

## components/plan/StatusControl.svelte
status-control-status = Κατάσταση:
status-control-on = στις { $date }
status-control-date-council-adopted-plan = Ημερομηνία έγκρισης του σχεδίου από το δημοτικό συμβούλιο
status-control-record-adoption = Καταγραφή έγκρισης
status-control-cancel = Ακύρωση
status-control-status-history = Ιστορικό κατάστασης ({ $length })
status-control-adopted = (εγκρίθηκε στις { $date })

## components/poll/PollForm.svelte
poll-form-start-poll = Έναρξη δημοσκόπησης
poll-form-meeting-title = Τίτλος συνάντησης
poll-form-transnational-meeting-3 = Διακρατική συνάντηση 3
poll-form-kind = Είδος
poll-form-host = Οικοδεσπότης
poll-form-no-host = Χωρίς οικοδεσπότη
poll-form-dates-offered-one-line = Προτεινόμενες ημερομηνίες, μία ανά γραμμή
poll-form-time-clock-zone-below = Ώρα σύμφωνα με τη ζώνη παρακάτω (του οικοδεσπότη αν είναι κενή)· μια σκέτη ημερομηνία είναι ολόκληρη ημέρα, ίδια παντού.
poll-form-time-zone = Ζώνη ώρας
poll-form-europe-riga = Europe/Riga
poll-form-answer = Απάντηση έως
poll-form-yyyy-mm-dd = ΕΕΕΕ-ΜΜ-ΗΗ
poll-form-starting = Έναρξη…
poll-form-start-poll-2 = Έναρξη της δημοσκόπησης
poll-form-close-without-saving = Κλείσιμο χωρίς αποθήκευση

## components/poll/PollsSection.svelte
polls-section-polls = Δημοσκοπήσεις
polls-section-new-poll = Νέα δημοσκόπηση
polls-section-no-polls-yet-poll = Δεν υπάρχουν ακόμη δημοσκοπήσεις. Μια δημοσκόπηση ρωτά τους εταίρους ποιες ημερομηνίες τους βολεύουν, και η επιλεγμένη ημερομηνία γίνεται συνάντηση.
polls-section-list-dates = { $count ->
    [one] { $count } ημερομηνία
   *[other] { $count } ημερομηνίες
}
polls-section-list-dates-deadline = { $count ->
    [one] { $count } ημερομηνία, απάντηση έως { $deadline }
   *[other] { $count } ημερομηνίες, απάντηση έως { $deadline }
}
polls-section-closed = Κλειστή
polls-section-open = Ανοιχτή
polls-section-reading = Ανάγνωση…
polls-section-add-reply-files = Προσθήκη αρχείων απαντήσεων…
polls-section-hosted = Οικοδεσπότης: { $host_name }
polls-section-no-host = Χωρίς οικοδεσπότη
polls-section-answer-by = απάντηση έως { $deadline }
polls-section-invitations-written-to = { $count ->
    [one] προσκλήσεις γραμμένες για { $count } διεύθυνση
   *[other] προσκλήσεις γραμμένες για { $count } διευθύνσεις
}
polls-section-closed-became-meeting = Κλειστή: η επιλεγμένη ημερομηνία έγινε συνάντηση. Η δημοσκόπηση μένει ως είχε.
polls-section-open-meeting = Άνοιγμα της συνάντησης
polls-section-drop-partners-reply-e = Αφήστε στο παράθυρο τα e-mail απαντήσεων των εταίρων (.eml) ή τα αρχεία ημερολογίου τους (.ics), ή προσθέστε τα με το κουμπί. Ή επιλέξτε απάντηση σε ένα κελί.
polls-section-your-e-mail-address = Η διεύθυνση e-mail σας
polls-section-coordinator-network-eu = syntonistis@diktyo.eu
polls-section-writing = Σύνταξη…
polls-section-write-invitations = Σύνταξη των προσκλήσεων
polls-section-wrote-messages = { $count ->
    [one] Γράφτηκε { $count } μήνυμα στο { $folder }: ανοίξτε το στο πρόγραμμα e-mail και στείλτε το.
   *[other] Γράφτηκαν { $count } μηνύματα στο { $folder }: ανοίξτε το καθένα στο πρόγραμμα e-mail και στείλτε το.
}
polls-section-wrote-messages-folder-open = { $count ->
    [one] Γράφτηκε { $count } μήνυμα στο { $folder }, τώρα ανοιχτό: ανοίξτε το στο πρόγραμμα e-mail και στείλτε το.
   *[other] Γράφτηκαν { $count } μηνύματα στο { $folder }, τώρα ανοιχτό: ανοίξτε το καθένα στο πρόγραμμα e-mail και στείλτε το.
}
polls-section-one-e-mail-per = Ένα e-mail ανά επαφή κάθε εταίρου: κάθε ημερομηνία ως προσωρινή κράτηση που ο εταίρος αποδέχεται ή απορρίπτει στο ημερολόγιό του, και ένας πίνακας απαντήσεων για συμπλήρωση με το χέρι.
polls-section-dismiss = Κλείσιμο
polls-section-answers-partners-dates-each = Απαντήσεις για { $title }: εταίροι ανά ημερομηνία, κάθε ημερομηνία στο ρολόι του εταίρου
polls-section-partner = Εταίρος
polls-section-date-2 = Ημερομηνία { $number }
polls-section-yes-if-need-no = { $yes } ναι · { $maybe } αν χρειαστεί · { $no } όχι
polls-section-choose-date = Επιλογή αυτής της ημερομηνίας
polls-section-date-3 = { $name }, ημερομηνία { $number }
polls-section-no-answer = Χωρίς απάντηση
polls-section-not-answered-yet = Δεν έχουν απαντήσει ακόμη: { $not_answered }.
polls-section-choose-date-2 = Επιλογή της ημερομηνίας { $number };
polls-section-will-created-confirmed-meeting = Η { $title } θα δημιουργηθεί ως επιβεβαιωμένη συνάντηση στις { $when }, και η δημοσκόπηση θα κλείσει: δεν θα δέχεται πια απαντήσεις.
polls-section-create-meeting = Δημιουργία της συνάντησης
polls-section-dropped-no-poll = { $count ->
    [one] Αφέθηκε ένα αρχείο, αλλά δεν έχει επιλεγεί ανοιχτή δημοσκόπηση: επιλέξτε πρώτα μια δημοσκόπηση και μετά αφήστε τις απαντήσεις της.
   *[other] Αφέθηκαν { $count } αρχεία, αλλά δεν έχει επιλεγεί ανοιχτή δημοσκόπηση: επιλέξτε πρώτα μια δημοσκόπηση και μετά αφήστε τις απαντήσεις της.
}

## screens/FirstRun.svelte
first-run-welcome-convene = Καλώς ήρθατε στο Convene
first-run-convene-helps-coordinators-partners = Το Convene βοηθά συντονιστές και εταίρους διακρατικών δικτύων πόλεων — δικτύων URBACT και παρόμοιων έργων της ΕΕ — να κρατούν τη δουλειά τους σε ένα μέρος.
first-run-networks-partner-cities = Δίκτυα και πόλεις-εταίροι
first-run-point-networks = { $term }, με τις επαφές και τις τοπικές ομάδες τους.
first-run-meetings-across-time-zones = Συναντήσεις σε διαφορετικές ζώνες ώρας
first-run-point-meetings = { $term }: η τοπική ώρα κάθε εταίρου με μια ματιά, ημερήσιες διατάξεις και συμμετοχή.
first-run-everything-stays-on-computer = Όλα μένουν σε αυτόν τον υπολογιστή, σε ένα αρχείο βάσης δεδομένων.
first-run-everything-stays-in-file = Όλα μένουν σε αυτόν τον υπολογιστή, σε ένα αρχείο βάσης δεδομένων: { $path }.
first-run-timelines = Χρονολόγια
first-run-meetings-milestones-what-needs = συναντήσεων και ορόσημων, και ό,τι χρειάζεται την προσοχή σας στη συνέχεια.
first-run-action-plans-good-practices = Σχέδια δράσης και καλές πρακτικές
first-run-cities-share-transfer = που οι πόλεις μοιράζονται και μεταφέρουν.
first-run-example-networks-loaded = Τα δίκτυα-παραδείγματα φορτώθηκαν
first-run-open-convene = Άνοιγμα του Convene
first-run-see-networks = Δείτε τα δίκτυα
first-run-how-would-you-like = Πώς θέλετε να ξεκινήσετε;
first-run-loading-examples = Φόρτωση παραδειγμάτων…
first-run-load-example-networks = Φόρτωση των δικτύων-παραδειγμάτων
first-run-four-urbact-networks-techtown = Τέσσερα δίκτυα URBACT (TechTown, Find your Greatness, DigiPlace, IoTXchange) και τρεις καλές πρακτικές, από τις δημόσιες σελίδες τους. Θα δείτε τι δεν μπόρεσε να τοποθετήσει η εισαγωγή.
first-run-start-empty = Κενή έναρξη
first-run-begin-no-data-add = Ξεκινήστε χωρίς δεδομένα και προσθέστε το δικό σας δίκτυο.

## screens/Home.svelte
home-home = Αρχική
home-what-coming-up-across = Τι έρχεται στα δίκτυά σας.
home-new-meeting = Νέα συνάντηση
home-loading = Φόρτωση…
home-next-meetings = Επόμενες συναντήσεις
home-no-meetings-ahead = Καμία συνάντηση στον ορίζοντα.
home-plan-one = Προγραμματίστε μία
home-hosted = Οικοδεσπότης: { $host_name }
home-no-host-yet = Χωρίς οικοδεσπότη ακόμη
home-needs-attention = Χρειάζεται προσοχή
home-nothing-needs-attention = Τίποτα δεν χρειάζεται προσοχή.
home-attention-show-all = Εμφάνιση όλης της λίστας ({ $count } ακόμη)
home-checking-travel = Έλεγχος ταξιδιών και αργιών για τις επόμενες συναντήσεις…
home-travel-check-failed = Δεν ήταν δυνατός ο έλεγχος ταξιδιών και αργιών για τις επόμενες συναντήσεις: { $error }
home-timeline-failed = Δεν ήταν δυνατή η φόρτωση αυτού του χρονολογίου: { $error } Ανοίξτε τη σελίδα του δικτύου για να δείτε τις συναντήσεις του.
home-timelines = Χρονολόγια
home-no-networks-yet = Δεν υπάρχουν ακόμη δίκτυα.
home-add-network = Προσθήκη δικτύου
home-project-months = { $start } έως { $end }
home-project-dates-not-set = Οι ημερομηνίες του έργου δεν έχουν οριστεί
home-dated-items-not-drawn = { $count ->
    [one] { $count } ακόμη στοιχείο με ημερομηνία δεν σχεδιάζεται· δείτε τις συναντήσεις του δικτύου.
   *[other] { $count } ακόμη στοιχεία με ημερομηνία δεν σχεδιάζονται· δείτε τις συναντήσεις του δικτύου.
}
home-not-dated-yet = Χωρίς ημερομηνία ακόμη
home-more = και { $omitted_undated } ακόμη.
home-meeting = συνάντηση
home-tentative = προσωρινή
home-milestone = ορόσημο
home-today = σήμερα

## screens/MeetingEdit.svelte
meeting-edit-new-meeting = Νέα συνάντηση
meeting-edit-edit = Επεξεργασία «{ $originalTitle }»
meeting-edit-fields-marked-required-times = Τα πεδία με * είναι υποχρεωτικά. Οι ώρες γράφονται ΩΩ:ΛΛ σε 24ωρη μορφή.
meeting-edit-loading = Φόρτωση…
meeting-edit-network = Δίκτυο
meeting-edit-choose = Επιλογή…
meeting-edit-title = Τίτλος
meeting-edit-kind = Είδος
meeting-edit-host = Οικοδεσπότης
meeting-edit-no-host-yet = Χωρίς οικοδεσπότη ακόμη
meeting-edit-status = Κατάσταση
meeting-edit-when = Πότε
meeting-edit-kind-date = Είδος ημερομηνίας
meeting-edit-at-time = Σε συγκεκριμένη ώρα
meeting-edit-all-day = Ολοήμερη
meeting-edit-not-dated-yet = Χωρίς ημερομηνία ακόμη
meeting-edit-start-date = Ημερομηνία έναρξης *
meeting-edit-yyyy-mm-dd = ΕΕΕΕ-ΜΜ-ΗΗ
meeting-edit-start-time = Ώρα έναρξης *
meeting-edit-hh-mm = ΩΩ:ΛΛ
meeting-edit-end-date = Ημερομηνία λήξης
meeting-edit-same-day = ίδια ημέρα
meeting-edit-end-time = Ώρα λήξης *
meeting-edit-leave-end-date-empty = Αφήστε κενή την ημερομηνία λήξης για συνάντηση μίας ημέρας.
meeting-edit-time-zone-these-times = Ζώνη ώρας αυτών των ωρών
meeting-edit-europe-riga = Europe/Riga
meeting-edit-host-s-zone-unless = Η ζώνη του οικοδεσπότη, εκτός αν επιλέξετε άλλη.
meeting-edit-iana-zone-such-europe = Μια ζώνη IANA όπως Europe/Riga· η επιλογή οικοδεσπότη τη συμπληρώνει.
meeting-edit-first-day = Πρώτη ημέρα
meeting-edit-last-day = Τελευταία ημέρα
meeting-edit-year-if-known = Έτος, αν είναι γνωστό
meeting-edit-month-if-known = Μήνας, αν είναι γνωστός
meeting-edit-not-known = Άγνωστο
meeting-edit-when-words = Πότε, με λόγια
meeting-edit-after-summer-limerick = Μετά το καλοκαίρι, στο Λίμερικ
meeting-edit-worth-second-look = Αξίζει δεύτερη ματιά:
meeting-edit-mode = Μορφή
meeting-edit-online-link = Σύνδεσμος online
meeting-edit-https = https://
meeting-edit-only-needed-online-hybrid = Χρειάζεται μόνο για online ή υβριδικές συναντήσεις.
meeting-edit-venue = Τόπος
meeting-edit-description = Περιγραφή
meeting-edit-saving = Αποθήκευση…
meeting-edit-add-meeting = Προσθήκη συνάντησης
meeting-edit-save-changes = Αποθήκευση αλλαγών
meeting-edit-back-without-saving = Πίσω χωρίς αποθήκευση

## screens/MeetingPage.svelte
meeting-page-back-meetings = Πίσω στις συναντήσεις
meeting-page-loading = Φόρτωση…
meeting-page-network = Δίκτυο
meeting-page-meetings = Συναντήσεις
meeting-page-edit = Επεξεργασία
meeting-page-delete = Διαγραφή
meeting-page-status = Κατάσταση
meeting-page-change-status = Αλλαγή κατάστασης:
meeting-page-postpone = Αναβολή
meeting-page-status-changed = { $step ->
    [confirmed] Η συνάντηση «{ $title }» επιβεβαιώθηκε.
    [cancelled] Η συνάντηση «{ $title }» ακυρώθηκε.
    [held] Η συνάντηση «{ $title }» σημειώθηκε ως πραγματοποιημένη.
    [postponed-to-date] Η συνάντηση «{ $title }» αναβλήθηκε στη νέα ημερομηνία (προσωρινή μέχρι επιβεβαίωσης).
   *[postponed] Η συνάντηση «{ $title }» αναβλήθηκε χωρίς νέα ημερομηνία.
}
meeting-page-details = Λεπτομέρειες
meeting-page-host = Οικοδεσπότης
meeting-page-no-host-yet = Χωρίς οικοδεσπότη ακόμη
meeting-page-mode = Μορφή
meeting-page-venue = Τόπος
meeting-page-online-link = Σύνδεσμος online
meeting-page-calendar-revision = Αναθεώρηση ημερολογίου
meeting-page-grows-every-change-calendars = Αυξάνεται με κάθε αλλαγή που πρέπει να μάθουν τα ημερολόγια
meeting-page-delete-2 = Διαγραφή «{ $title }»;
meeting-page-meeting-its-agenda-its = Η συνάντηση, η ημερήσια διάταξη και η συμμετοχή της θα διαγραφούν. Για να μείνει καταγραφή ότι δεν θα γίνει, ακυρώστε την αντί γι' αυτό.
meeting-page-delete-meeting = Διαγραφή της συνάντησης

## screens/Meetings.svelte
meetings-meetings = Συναντήσεις
meetings-all-networks = Όλα τα δίκτυα
meetings-view = Προβολή
meetings-list = Λίστα
meetings-calendar = Ημερολόγιο
meetings-new-meeting = Νέα συνάντηση
meetings-network = Δίκτυο
meetings-period = Περίοδος
meetings-upcoming-not-dated = Επερχόμενες και χωρίς ημερομηνία
meetings-past = Παρελθούσες
meetings-all = Όλες
meetings-status = Κατάσταση
meetings-any = Οποιαδήποτε
meetings-not-cancelled = Μη ακυρωμένες
meetings-words-title-host-venue = Λέξεις από τίτλο, οικοδεσπότη, τόπο ή δίκτυο
meetings-loading = Φόρτωση…
meetings-meetings-2 = { $length } από { $length2 } συναντήσεις
meetings-no-meeting-matches = Καμία συνάντηση δεν ταιριάζει.

## screens/NetworkEdit.svelte
network-edit-new-network = Νέο δίκτυο
network-edit-edit = Επεξεργασία { $original }
network-edit-fields-marked-required = Τα πεδία με * είναι υποχρεωτικά.
network-edit-name = Όνομα
network-edit-short-name = Σύντομο όνομα
network-edit-used-file-names-command = Χρησιμοποιείται σε ονόματα αρχείων και στη γραμμή εντολών· προκύπτει από το όνομα αν είναι κενό.
network-edit-kind-network = Είδος δικτύου
network-edit-programme = Πρόγραμμα
network-edit-start-date = Ημερομηνία έναρξης
network-edit-yyyy-mm-dd = ΕΕΕΕ-ΜΜ-ΗΗ
network-edit-end-date = Ημερομηνία λήξης
network-edit-contact-e-mail = E-mail επικοινωνίας
network-edit-name-example-org = onoma@paradeigma.org
network-edit-website = Ιστότοπος
network-edit-https = https://
network-edit-lead-partner = Επικεφαλής εταίρος
network-edit-not-chosen = Δεν επιλέχθηκε
network-edit-tagline = Σύνθημα
network-edit-description = Περιγραφή
network-edit-phases = Φάσεις
network-edit-no-phases-urbact-networks = Καμία φάση. Τα δίκτυα URBACT έχουν συνήθως δύο.
network-edit-phase-name = Όνομα φάσης { $value }
network-edit-starts = Έναρξη
network-edit-ends = Λήξη
network-edit-remove-phase = Αφαίρεση φάσης { $value }
network-edit-remove = Αφαίρεση
network-edit-add-phase = Προσθήκη φάσης
network-edit-saving = Αποθήκευση…
network-edit-add-network = Προσθήκη δικτύου
network-edit-save-changes = Αποθήκευση αλλαγών
network-edit-back-without-saving = Πίσω χωρίς αποθήκευση
network-edit-loading = Φόρτωση…

## screens/NetworkPage.svelte
network-page-back-networks = Πίσω στα δίκτυα
network-page-loading = Φόρτωση…
network-page-networks = Δίκτυα
network-page-new-meeting = Νέα συνάντηση
network-page-edit-network = Επεξεργασία δικτύου
network-page-delete-network = Διαγραφή δικτύου
network-page-about-network = Σχετικά με το δίκτυο
network-page-kind = Είδος
network-page-programme = Πρόγραμμα
network-page-runs = Διάρκεια
network-page-lead-partner = Επικεφαλής εταίρος
network-page-contact = Επικοινωνία
network-page-website = Ιστότοπος
network-page-dates-not-set = Ημερομηνίες μη ορισμένες
network-page-sections-page = Ενότητες αυτής της σελίδας
network-page-partners = Εταίροι ({ $length })
network-page-meetings = Συναντήσεις ({ $length })
network-page-polls = Δημοσκοπήσεις
network-page-milestones = Ορόσημα ({ $length })
network-page-holidays-days-off = Αργίες και ρεπό
network-page-action-plans = Σχέδια δράσης ({ $length })
network-page-import-notes = Σημειώσεις εισαγωγής ({ $length })
network-page-partners-2 = Εταίροι
network-page-add-partner = Προσθήκη εταίρου
network-page-no-partners-yet = Δεν υπάρχουν ακόμη εταίροι.
network-page-choose-partner-see-edit = Επιλέξτε εταίρο για να δείτε και να επεξεργαστείτε τις επαφές και την τοπική ομάδα του.
network-page-meetings-2 = Συναντήσεις
network-page-calendar = Ημερολόγιο
network-page-no-meetings-yet = Δεν υπάρχουν ακόμη συναντήσεις.
network-page-meetings-3 = Συναντήσεις του { $name }
network-page-timeline-milestones = Χρονολόγιο και ορόσημα
network-page-add-milestone = Προσθήκη ορόσημου
network-page-no-milestones-yet-add = Δεν υπάρχουν ακόμη ορόσημα. Προσθέστε τα βήματα που δεν είναι συναντήσεις: τέλη φάσεων, προθεσμίες, παραδοτέα.
network-page-milestones-2 = Ορόσημα του { $name }
network-page-done = Ολοκληρώθηκε
network-page-edit = Επεξεργασία { $title }
network-page-edit-2 = Επεξεργασία
network-page-delete = Διαγραφή { $title }
network-page-delete-2 = Διαγραφή
network-page-action-plans-2 = Σχέδια δράσης
network-page-new-plan = Νέο σχέδιο
network-page-no-action-plans-yet = Δεν υπάρχουν ακόμη σχέδια δράσης.
network-page-action-plans-status-last = Σχέδια δράσης του { $name }: κατάσταση και τελευταία αλλαγή
network-page-plan = Σχέδιο
network-page-city = Πόλη
network-page-status = Κατάσταση
network-page-last-change = Τελευταία αλλαγή
network-page-comments = Σχόλια
network-page-version = { $last_change_by }, έκδοση { $revision_number }
network-page-settle = { $open_conflicts } προς επίλυση
network-page-import-notes-2 = Σημειώσεις εισαγωγής
network-page-lines-imported-pages-could = Γραμμές των εισαγμένων σελίδων που δεν μπόρεσαν να τοποθετηθούν, κρατημένες αυτούσιες.
network-page-none = Καμία.
network-page-line = Γραμμή { $line }
network-page-delete-3 = Διαγραφή { $name };
network-page-milestone-will-deleted-from = Το ορόσημο { $name } θα διαγραφεί από το χρονολόγιο.
network-page-deleting-also-affects = Η διαγραφή του { $name } επηρεάζει επίσης:
network-page-nothing-else-depends-will = Τίποτε άλλο δεν εξαρτάται από το { $name }. Θα διαγραφεί.
network-page-delete-network-2 = Διαγραφή του δικτύου
network-page-delete-milestone = Διαγραφή του ορόσημου
network-page-delete-partner = Διαγραφή του εταίρου

## screens/Networks.svelte
networks-networks = Δίκτυα
networks-city-networks-you-coordinate = Τα δίκτυα πόλεων που συντονίζετε ή στα οποία συμμετέχετε.
networks-new-network = Νέο δίκτυο
networks-loading = Φόρτωση…
networks-no-networks-yet = Δεν υπάρχουν ακόμη δίκτυα.
networks-add-your-first-network = Προσθέστε το πρώτο σας δίκτυο
networks-filter-networks = Φιλτράρισμα δικτύων
networks-name-tagline = Όνομα ή σύνθημα
networks-partner-count = { $count ->
    [one] { $count } εταίρος
   *[other] { $count } εταίροι
}
networks-meeting-count = { $count ->
    [one] { $count } συνάντηση
   *[other] { $count } συναντήσεις
}
networks-lead = Επικεφαλής: { $lead_partner }
networks-edit = Επεξεργασία { $name }
networks-edit-2 = Επεξεργασία
networks-delete = Διαγραφή { $name }
networks-delete-2 = Διαγραφή
networks-no-network-matches = Κανένα δίκτυο δεν ταιριάζει με «{ $filter }».
networks-delete-3 = Διαγραφή { $name };
networks-deleting-also-deletes-everything = Η διαγραφή του { $name } διαγράφει επίσης ό,τι του ανήκει:
networks-has-nothing-else-will = Το { $name } δεν περιέχει τίποτε άλλο. Θα διαγραφεί.
networks-delete-network = Διαγραφή του δικτύου

## screens/PlanPage.svelte
plan-page-back-networks = Πίσω στα δίκτυα
plan-page-loading = Φόρτωση…
plan-page-networks = Δίκτυα
plan-page-no-partner-city = Καμία πόλη-εταίρος
plan-page-version = { $value } · έκδοση { $number }, { $author }, { $instant }
plan-page-partner-changed-parts = { $count ->
    [one] Το αντίγραφο ενός εταίρου άλλαξε ένα μέρος που αλλάξατε κι εσείς.
   *[other] Το αντίγραφο ενός εταίρου άλλαξε { $count } μέρη που αλλάξατε κι εσείς.
}
plan-page-export-exchange = Εξαγωγή και ανταλλαγή
plan-page-choose-which-text-keep = Επιλέξτε ποιο κείμενο μένει
plan-page-rename = Μετονομασία…
plan-page-remove = Αφαίρεση…
plan-page-new-title = Νέος τίτλος
plan-page-rename-2 = Μετονομασία
plan-page-cancel = Ακύρωση
plan-page-comments = Σχόλια
plan-page-actions = Δράσεις
plan-page-budget = Προϋπολογισμός
plan-page-timeline = Χρονολόγιο
plan-page-timeline-actions = Χρονολόγιο των δράσεων του { $title }
plan-page-indicators = Δείκτες
plan-page-risks = Κίνδυνοι
plan-page-history = Ιστορικό
plan-page-conflicts-settle = Διαφορές προς επίλυση
plan-page-nothing-settle = Τίποτα προς επίλυση.
plan-page-remove-2 = Αφαίρεση «{ $title }»;
plan-page-section-leaves-plan-its = Η ενότητα φεύγει από το σχέδιο. Το κείμενό της μένει στο ιστορικό και επιστρέφει αν γίνει επαναφορά παλαιότερης έκδοσης.
plan-page-remove-section = Αφαίρεση της ενότητας
plan-page-keep = Διατήρηση

## screens/PracticeEdit.svelte
practice-edit-good-practices = Καλές πρακτικές
practice-edit-new-good-practice = Νέα καλή πρακτική
practice-edit-edit = Επεξεργασία { $original }
practice-edit-fields-marked-required = Τα πεδία με * είναι υποχρεωτικά.
practice-edit-back-good-practices = Πίσω στις καλές πρακτικές
practice-edit-title = Τίτλος
practice-edit-tagline = Σύνθημα
practice-edit-one-sentence-says-what = Μία πρόταση που λέει τι κάνει η πρακτική.
practice-edit-city = Πόλη
practice-edit-country = Χώρα
practice-edit-not-given = Δεν δόθηκε
practice-edit-written = Συντάκτης
practice-edit-author-s-role = Θέση του συντάκτη
practice-edit-project-officer-city-ga = Υπεύθυνη έργων, Δήμος Gävle
practice-edit-key-figure = Βασικός αριθμός
practice-edit-figure-practice-puts-forward = Ένας αριθμός που αναδεικνύει η πρακτική, όπως ο πληθυσμός της πόλης.
practice-edit-transfer-practice-networks-take = Πρακτική μεταφοράς (τα δίκτυα την υιοθετούν στις πόλεις τους)
practice-edit-networks-transfer = Δίκτυα που τη μεταφέρουν
practice-edit-no-networks-yet = Δεν υπάρχουν ακόμη δίκτυα.
practice-edit-sections = Ενότητες
practice-edit-no-sections-yet-urbact = Δεν υπάρχουν ακόμη ενότητες. Οι σελίδες URBACT έχουν συνήθως μερικές: το πρόβλημα, τη λύση, τα αποτελέσματα.
practice-edit-section-heading = Επικεφαλίδα ενότητας { $value }
practice-edit-section-text = Κείμενο ενότητας { $value }
practice-edit-move-section-up = Μετακίνηση ενότητας { $value } πάνω
practice-edit-move-up = Πάνω
practice-edit-move-section-down = Μετακίνηση ενότητας { $value } κάτω
practice-edit-move-down = Κάτω
practice-edit-remove-section = Αφαίρεση ενότητας { $value }
practice-edit-remove = Αφαίρεση
practice-edit-add-section = Προσθήκη ενότητας
practice-edit-saving = Αποθήκευση…
practice-edit-add-practice = Προσθήκη πρακτικής
practice-edit-save-changes = Αποθήκευση αλλαγών
practice-edit-back-without-saving = Πίσω χωρίς αποθήκευση
practice-edit-loading = Φόρτωση…

## screens/PracticePage.svelte
practice-page-back-good-practices = Πίσω στις καλές πρακτικές
practice-page-loading = Φόρτωση…
practice-page-good-practices = Καλές πρακτικές
practice-page-edit-practice = Επεξεργασία πρακτικής
practice-page-delete-practice = Διαγραφή πρακτικής
practice-page-city = Πόλη
practice-page-key-figure = Βασικός αριθμός
practice-page-written = Συντάκτης
practice-page-transferred = Μεταφέρεται από
practice-page-no-network-yet = Κανένα δίκτυο ακόμη
practice-page-practice-has-no-written = Αυτή η πρακτική δεν έχει ακόμη γραμμένες ενότητες.
practice-page-delete = Διαγραφή { $title };
practice-page-delete-practice-2 = Διαγραφή της πρακτικής

## screens/Practices.svelte
practices-good-practices = Καλές πρακτικές
practices-solutions-worked-one-city = Λύσεις που πέτυχαν σε μια πόλη, γραμμένες ώστε να τις υιοθετήσουν κι άλλες.
practices-add-practice = Προσθήκη πρακτικής
practices-loading = Φόρτωση…
practices-no-good-practices-yet = Δεν υπάρχουν ακόμη καλές πρακτικές. Προσθέστε μία ή εισαγάγετε σελίδες URBACT (Ρυθμίσεις › Εισαγωγή σελίδων).
practices-city-not-given = Η πόλη δεν δόθηκε
practices-transfer = Μεταφορά

## screens/SearchPage.svelte
search-page-search = Αναζήτηση
search-page-networks-partners-meetings-action = Δίκτυα, εταίροι, συναντήσεις, σχέδια δράσης και καλές πρακτικές. Οι τόνοι δεν μετράνε: το «Gavle» βρίσκει το Gävle. Πατήστε Ctrl+K οπουδήποτε για αναζήτηση.

## Labels of the core's closed sets
label-meeting-kind-kick-off = Εναρκτήρια συνάντηση
label-meeting-kind-transnational = Διακρατική συνάντηση
label-meeting-kind-city-visit = Επίσκεψη σε πόλη
label-meeting-kind-final-event = Τελική εκδήλωση
label-meeting-kind-local-group = Τοπική Ομάδα URBACT
label-meeting-kind-online-touch-base = Σύντομη online ενημέρωση
label-meeting-kind-phase-review = Απολογισμός φάσης
label-meeting-kind-other = Άλλο
label-poll-answer-yes = Ναι
label-poll-answer-maybe = Αν χρειαστεί
label-poll-answer-no = Όχι
label-meeting-mode-in-person = Δια ζώσης
label-meeting-mode-online = Online
label-meeting-mode-hybrid = Υβριδική
label-meeting-status-tentative = Προσωρινή
label-meeting-status-confirmed = Επιβεβαιωμένη
label-meeting-status-held = Πραγματοποιήθηκε
label-meeting-status-postponed = Αναβλήθηκε
label-meeting-status-cancelled = Ακυρώθηκε
label-attendance-invited = Προσκλήθηκε
label-attendance-accepted = Αποδέχτηκε
label-attendance-declined = Αρνήθηκε
label-attendance-tentative = Ίσως
label-attendance-attended = Συμμετείχε
label-network-kind-action-planning = Σχεδιασμός δράσεων
label-network-kind-transfer = Μεταφορά
label-network-kind-innovation-transfer = Μεταφορά καινοτομίας
label-network-kind-implementation = Υλοποίηση
label-network-kind-other = Άλλο
label-partner-role-lead-partner = Επικεφαλής εταίρος
label-partner-role-partner = Εταίρος
label-partner-role-good-practice-city = Πόλη καλής πρακτικής
label-partner-role-transfer-city = Πόλη μεταφοράς
label-partner-role-associated = Συνεργαζόμενος
label-plan-status-draft = Προσχέδιο
label-plan-status-in-review = Υπό αναθεώρηση
label-plan-status-final = Τελικό
label-plan-status-adopted = Εγκεκριμένο
label-funding-source-city = Δημοτικός προϋπολογισμός
label-funding-source-erdf = ΕΤΠΑ
label-funding-source-esf-plus = ΕΚΤ+
label-funding-source-national = Εθνική
label-funding-source-regional = Περιφερειακή
label-funding-source-private = Ιδιωτική
label-funding-source-other = Άλλη
label-action-status-idea = Ιδέα
label-action-status-planned = Προγραμματισμένη
label-action-status-ongoing = Σε εξέλιξη
label-action-status-done = Ολοκληρωμένη
label-action-status-dropped = Εγκαταλείφθηκε
label-indicator-kind-output = Εκροή
label-indicator-kind-result = Αποτέλεσμα
label-revision-kind-created = Δημιουργία
label-revision-kind-edit = Επεξεργασία
label-revision-kind-restore = Επαναφορά
label-revision-kind-received = Λήψη
label-revision-kind-merge = Συγχώνευση
label-revision-kind-resolve = Επίλυση διαφοράς
label-milestone-kind-phase = Αρχή ή τέλος φάσης
label-milestone-kind-deadline = Προθεσμία
label-milestone-kind-deliverable = Παραδοτέο
label-milestone-kind-decision = Απόφαση
label-milestone-kind-event = Εκδήλωση
label-milestone-kind-other = Άλλο
label-hit-kind-network = Δίκτυο
label-hit-kind-partner = Εταίρος
label-hit-kind-meeting = Συνάντηση
label-hit-kind-plan = Σχέδιο δράσης
label-hit-kind-practice = Καλή πρακτική
label-day-off-source-national = Επίσημη αργία
label-day-off-source-regional = Περιφερειακή αργία
label-day-off-source-local = Τοπικό ρεπό

## Messages written by the scripts
settings-plan-versions-comments-will = Οι εκδόσεις των σχεδίων και τα σχόλια θα υπογράφονται «{ $name }».
settings-backup-saved = Το αντίγραφο αποθηκεύτηκε στο { $path }.
settings-everything-was-exported = Όλα εξήχθησαν στο { $path }.
settings-restored-from-data-you = Έγινε επαναφορά από το { $from }. Τα δεδομένα που είχατε πριν κρατήθηκαν σε αντίγραφο δίπλα στη βάση δεδομένων.
settings-backup-restored = Έγινε επαναφορά του αντιγράφου.
network-page-list-countries-could-not = Η λίστα χωρών δεν φορτώθηκε, γι' αυτό εμφανίζονται κωδικοί χωρών και η χώρα ενός εταίρου δεν μπορεί να επιλεγεί: { $error }
network-page-list-time-zones-could = Η λίστα ζωνών ώρας δεν φορτώθηκε, γι' αυτό η φόρμα εταίρου δεν προτείνει καμία: { $error }
network-page-was-saved = Αποθηκεύτηκε: { $name }.
network-page-was-added = Προστέθηκε: { $name }.
network-page-calendar-was-imported-but = Το ημερολόγιο εισήχθη, αλλά οι συναντήσεις δεν μπόρεσαν να εμφανιστούν ξανά: { $error } Ανοίξτε ξανά το δίκτυο για να τις δείτε.
network-page-meeting-was-created-but = Η συνάντηση δημιουργήθηκε, αλλά οι συναντήσεις δεν μπόρεσαν να εμφανιστούν ξανά: { $error } Ανοίξτε ξανά το δίκτυο για να τη δείτε.
network-page-was-saved-2 = Αποθηκεύτηκε: { $title }.
network-page-was-added-2 = Προστέθηκε: { $title }.
network-page-was-deleted = Διαγράφηκε: { $name }.
network-page-plan-created = Δημιουργήθηκε: { $title }.
network-page-not-set = Μη ορισμένες
network-page-from = Από { $date }
network-page-until = Έως { $date }
agenda-editor-untitled-item = θέμα χωρίς τίτλο
agenda-editor-removed-save-agenda-keep = Αφαιρέθηκε το «{ $value }». Αποθηκεύστε την ημερήσια διάταξη για να κρατήσετε την αλλαγή.
reorder-moved = Το «{ $title }» μετακινήθηκε στη θέση { $position } από { $count }.
reorder-moved-untitled = Ένα στοιχείο χωρίς τίτλο μετακινήθηκε στη θέση { $position } από { $count }.
agenda-editor-agenda-saved = Η ημερήσια διάταξη αποθηκεύτηκε.
confirm-dialog-go-back = Πίσω
days-off-section-days-off-could-not = Τα ρεπό δεν φορτώθηκαν: { $error }
days-off-section-day-off-was-recorded = Το ρεπό { $name } στις { $date } καταγράφηκε για { $partnerName }.
days-off-section-day-off-was-removed = Το ρεπό { $name } για { $partnerName } αφαιρέθηκε.
meeting-list-meetings = Συναντήσεις
nav-home = Αρχική
nav-networks = Δίκτυα
nav-meetings = Συναντήσεις
nav-good-practices = Καλές πρακτικές
nav-search-2 = Αναζήτηση
nav-settings = Ρυθμίσεις
partner-form-regions-could-not-loaded = Οι περιφέρειες δεν φορτώθηκαν, οπότε δεν μπορεί να επιλεγεί καμία: { $value }
postpone-dialog-give-new-date-yyyy = Δώστε τη νέα ημερομηνία (ΕΕΕΕ-ΜΜ-ΗΗ) ή επιλέξτε «Χωρίς νέα ημερομηνία ακόμη».
postpone-dialog-give-start-end-times = Δώστε ώρες έναρξης και λήξης (ΩΩ:ΛΛ) ή επιλέξτε «Χωρίς νέα ημερομηνία ακόμη».
timeline-milestone = Ορόσημο
timeline-meeting = Συνάντηση
export-calendar-button-export-cancelled-no-file = Η εξαγωγή ακυρώθηκε: δεν γράφτηκε κανένα αρχείο.
import-calendar-button-import-cancelled-nothing-was = Η εισαγωγή ακυρώθηκε: δεν εισήχθη τίποτα και οι συναντήσεις έμειναν ως είχαν.
import-calendar-dialog-more-network-s-meetings = … και { $value } ακόμη, στις συναντήσεις του δικτύου.
action-details-give-amount-source-pays = Δώστε το ποσό που καταβάλλει αυτή η πηγή, σε ευρώ.
action-table-moved-place = Το «{ $title }» μετακινήθηκε στη θέση { $value } από { $length }.
comments-write-comment-first = Γράψτε πρώτα το σχόλιο.
conflict-resolver-action = Δράση
conflict-resolver-indicator = Δείκτης
conflict-resolver-risk = Κίνδυνος
export-send-bar-word-docx = Word (.docx)
export-send-bar-markdown = Markdown
gantt-chart-timeline-actions = Χρονολόγιο των δράσεων
history-action = Δράση
history-indicator = Δείκτης
history-risk = Κίνδυνος
markdown-editor-all-changes-saved = Όλες οι αλλαγές αποθηκεύτηκαν
markdown-editor-saving = Αποθήκευση…
markdown-editor-unsaved-changes = Μη αποθηκευμένες αλλαγές
markdown-editor-not-saved = Δεν αποθηκεύτηκε: { $error }
new-plan-dialog-integrated-action-plan = Ολοκληρωμένο Σχέδιο Δράσης: { $name }
risk-table-rare = Σπάνιος
risk-table-unlikely = Απίθανος
risk-table-possible = Πιθανός
risk-table-likely = Μάλλον πιθανός
risk-table-almost-certain = Σχεδόν βέβαιος
risk-table-minor = Μικρή
risk-table-moderate = Μέτρια
risk-table-serious = Σοβαρή
risk-table-major = Μεγάλη
risk-table-severe = Πολύ σοβαρή
status-control-back-draft = Επιστροφή σε προσχέδιο
status-control-send-review = Αποστολή για αναθεώρηση
status-control-mark-final = Σήμανση ως τελικό
status-control-record-adoption-2 = Καταγραφή έγκρισης…
status-control-back = { $status ->
        [draft] Επιστροφή σε προσχέδιο
        [in_review] Επιστροφή σε αναθεώρηση
       *[final] Επιστροφή σε τελικό
    }
poll-form-give-meeting-title = Δώστε τίτλο στη συνάντηση.
poll-form-offer-at-least-date = Προτείνετε τουλάχιστον μία ημερομηνία, μία ανά γραμμή.
poll-form-write-deadline-yyyy-mm = Γράψτε την προθεσμία ως ΕΕΕΕ-ΜΜ-ΗΗ.
polls-section-poll-closed-was-created = Η δημοσκόπηση έκλεισε: δημιουργήθηκε η { $title } για { $text }.
polls-section-poll-started = { $count ->
    [one] Η δημοσκόπηση { $title } ξεκίνησε με { $count } ημερομηνία.
   *[other] Η δημοσκόπηση { $title } ξεκίνησε με { $count } ημερομηνίες.
}
first-run-examples-could-not-loaded = Τα παραδείγματα δεν φορτώθηκαν: { $error }
home-import = Εισαγωγή
home-soon-not-confirmed = Σύντομα, χωρίς επιβεβαίωση
home-no-host = Χωρίς οικοδεσπότη
home-travel = Ταξίδι
meeting-edit-enter-start-end-see = Δώστε έναρξη και λήξη για να δείτε την ώρα κάθε εταίρου.
meeting-edit-choose-network-meeting-belongs = Επιλέξτε το δίκτυο στο οποίο ανήκει η συνάντηση.
meeting-edit-list-time-zones-could = Η λίστα ζωνών ώρας δεν φορτώθηκε, γι' αυτό το πεδίο ζώνης δεν προτείνει καμία (η ζώνη ελέγχεται πάντως κατά την αποθήκευση): { $error }
meeting-edit-local-times-shown-meetings = Οι τοπικές ώρες εμφανίζονται για συναντήσεις με ώρα έναρξης και λήξης.
meeting-edit-choose-network-see-its = Επιλέξτε το δίκτυο για να δείτε τις τοπικές ώρες των εταίρων του.
meeting-edit-enter-start-end-time = Δώστε έναρξη, λήξη και ζώνη ώρας (ή οικοδεσπότη) για να δείτε την ώρα κάθε εταίρου.
meeting-edit-no-local-times-yet = Δεν υπάρχουν ακόμη τοπικές ώρες: { $error }
meeting-edit-form-now-has-time = Η φόρμα έχει τώρα αυτή την ώρα· ελέγξτε και αποθηκεύστε.
meeting-edit-form-now-has-those = Η φόρμα έχει τώρα αυτές τις ημέρες· ελέγξτε και αποθηκεύστε.
meeting-edit-was-added = Προστέθηκε η «{ $title }».
meeting-edit-was-saved = Αποθηκεύτηκε η «{ $title }».
meeting-page-confirm = Επιβεβαίωση
meeting-page-cancel-meeting = Ακύρωση συνάντησης
meeting-page-mark-held = Σήμανση ως πραγματοποιημένη
meeting-page-was-deleted = Διαγράφηκε η «{ $title }».
meeting-page-all-day-meeting-has = Μια ολοήμερη συνάντηση έχει παντού τις ίδιες ημερομηνίες· οι τοπικές ώρες εμφανίζονται για συναντήσεις με ώρα έναρξης και λήξης.
meeting-page-meeting-has-no-date = Η συνάντηση δεν έχει ακόμη ημερομηνία.
meetings-partners-holidays-could-not = Οι αργίες των εταίρων δεν μπόρεσαν να εμφανιστούν: { $error }
network-edit-was-added = Προστέθηκε: { $name }.
network-edit-was-saved = Αποθηκεύτηκε: { $name }.
networks-was-deleted = Διαγράφηκε: { $name }.
networks-dates-not-set = ημερομηνίες μη ορισμένες
plan-page-actions-budget-timeline = Δράσεις, προϋπολογισμός και χρονολόγιο
plan-page-indicators-2 = Δείκτες
plan-page-risks-2 = Κίνδυνοι
plan-page-history-2 = Ιστορικό
plan-page-conflicts-settle-2 = Διαφορές προς επίλυση
plan-page-was-removed-its-text = Αφαιρέθηκε το «{ $title }»· το κείμενό του μένει στο ιστορικό.
plan-page-new-action = Νέα δράση { $n }
plan-page-version-was-restored-new = Η έκδοση { $number } επανήλθε ως νέα έκδοση.
plan-page-plan-now = Το σχέδιο είναι τώρα «{ $next }».
practice-edit-list-countries-could-not = Η λίστα χωρών δεν φορτώθηκε: { $error }
practice-edit-was-added = Προστέθηκε: { $title }.
practice-edit-was-saved = Αποθηκεύτηκε: { $title }.
practice-page-country-names-could-not = Τα ονόματα χωρών δεν φορτώθηκαν, γι' αυτό εμφανίζονται κωδικοί: { $error }
practice-page-was-deleted = Διαγράφηκε: { $title }.
practice-page-practice = Η πρακτική
practice-page-practice-its-section = Η πρακτική και η ενότητά της
practice-page-practice-its-sections = Η πρακτική και οι { $sections } ενότητές της
practice-page-will-deleted-networks-transfer = { $what } θα διαγραφεί. Τα δίκτυα που τη μεταφέρουν μένουν ως έχουν.
practices-country-names-could-not = Τα ονόματα χωρών δεν φορτώθηκαν, γι' αυτό εμφανίζονται κωδικοί: { $error }
agenda-form-item-must-end-after = Το θέμα πρέπει να λήγει μετά την έναρξή του.
days-off-partners-off = { $length } εταίροι σε ρεπό
days-off-line = { $source ->
    [national] { $partner } ({ $place }): { $holiday } (επίσημη αργία)
    [regional] { $partner } ({ $place }): { $holiday } (περιφερειακή αργία)
   *[local] { $partner } ({ $place }): { $holiday } (τοπικό ρεπό)
}
days-off-line-estimated = { $source ->
    [national] { $partner } ({ $place }): { $holiday } (επίσημη αργία, εκτιμώμενη ημερομηνία)
    [regional] { $partner } ({ $place }): { $holiday } (περιφερειακή αργία, εκτιμώμενη ημερομηνία)
   *[local] { $partner } ({ $place }): { $holiday } (τοπικό ρεπό, εκτιμώμενη ημερομηνία)
}
days-off-holiday-of-kind = { $source ->
    [national] { $holiday }
    [regional] { $holiday } (περιφερειακή αργία)
   *[local] { $holiday } (τοπικό ρεπό)
}
days-off-holiday-of-kind-estimated = { $source ->
    [national] { $holiday } (εκτιμώμενη ημερομηνία)
    [regional] { $holiday } (περιφερειακή αργία, εκτιμώμενη ημερομηνία)
   *[local] { $holiday } (τοπικό ρεπό, εκτιμώμενη ημερομηνία)
}
days-off-holiday-kept-by = { $holiday }: { $partners }
days-off-names-off = { $names } σε ρεπό
days-off-choose-partner = Επιλέξτε τον εταίρο.
errors-something-went-wrong-no = Κάτι πήγε στραβά, και δεν δόθηκε αιτία.
find-time-h-min = { $h } ώ. { $m } λ.
find-time-days-write-how-many = Ημέρες: γράψτε πόσες ημέρες διαρκεί η συνάντηση, π.χ. 2.
find-time-working-day-write-its = Εργάσιμη ημέρα: γράψτε έναρξη και λήξη ως ΩΩ:ΛΛ, π.χ. 09:00 και 17:00.
long-work-saving-events = { $count ->
        [one] Αποθήκευση { $done } από { $total } συμβάν…
       *[other] Αποθήκευση { $done } από { $total } συμβάντα…
    }
long-work-writing-events = { $count ->
        [one] Εγγραφή { $total } συμβάντος…
       *[other] Εγγραφή { $total } συμβάντων…
    }
long-work-events-ready = { $count ->
        [one] { $total } συμβάν έτοιμο: επιλέξτε πού θα αποθηκευτεί το αρχείο.
       *[other] { $total } συμβάντα έτοιμα: επιλέξτε πού θα αποθηκευτεί το αρχείο.
    }
meeting-form-meeting-must-end-after = Η συνάντηση πρέπει να λήγει μετά την έναρξή της.
meeting-form-choose-time-zone-host = Επιλέξτε ζώνη ώρας ή οικοδεσπότη του οποίου τη ζώνη παίρνει η συνάντηση.
meeting-form-not-known-iana-time = Το «{ $zone }» δεν είναι γνωστή ζώνη ώρας IANA (π.χ. Europe/Riga).
meeting-form-last-day-before-first = Η τελευταία ημέρα, { $last }, είναι πριν από την πρώτη, { $first }.
meeting-form-write-year-between-leave = Γράψτε έτος από { $fIRST_YEAR } έως { $lAST_YEAR } ή αφήστε κενό.
meeting-form-say-words-when-planned = Πείτε με λόγια πότε προγραμματίζεται ή δώστε το έτος.
milestone-form-enter-month-yyyy-mm = Δώστε έναν μήνα (ΕΕΕΕ-ΜΜ).
milestone-form-not-month-write-yyyy = Το «{ $v }» δεν είναι μήνας· γράψτε τον ως ΕΕΕΕ-ΜΜ, π.χ. 2027-06.
milestone-form-year-outside = Το έτος { $year } είναι εκτός { $fIRST_YEAR }-{ $lAST_YEAR }.
partner-form-choose-country = Επιλέξτε τη χώρα.
partner-form-not-known-iana-time = Το «{ $zone }» δεν είναι γνωστή ζώνη ώρας IANA (π.χ. Europe/Riga).
plan-diff-no-change = Καμία αλλαγή
plan-diff-white-space-changed = Άλλαξαν τα κενά
plan-gantt-no-start-end-month = χωρίς μήνα έναρξης ή λήξης
plan-gantt-no-start-month = χωρίς μήνα έναρξης
plan-gantt-no-end-month = χωρίς μήνα λήξης
plan-gantt-its-end-month-comes = ο μήνας λήξης είναι πριν από τον μήνα έναρξης
plan-money-no-amount = χωρίς ποσό
plan-money-type-amount-euros-such = Γράψτε ποσό σε ευρώ, π.χ. 12500 ή 12.500,50.
plan-money-euros-have-two-decimals = Τα ευρώ έχουν το πολύ δύο δεκαδικά (λεπτά).
validation-must-not-empty = Δεν πρέπει να είναι κενό.
validation-characters-long-limit = Έχει { $n } χαρακτήρες· το όριο είναι { $max }.
validation-not-e-mail-address = Το «{ $v }» δεν είναι διεύθυνση e-mail (αναμένεται onoma@paradeigma.org).
validation-must-start-https-http = Το «{ $v }» πρέπει να ξεκινά με https:// ή http://.
validation-not-web-address = Το «{ $v }» δεν είναι διεύθυνση ιστού.
validation-enter-date-yyyy-mm = Δώστε ημερομηνία (ΕΕΕΕ-ΜΜ-ΗΗ).
validation-not-date-write-yyyy = Το «{ $v }» δεν είναι ημερομηνία· γράψτε τη ως ΕΕΕΕ-ΜΜ-ΗΗ, π.χ. 2027-03-10.
validation-year-outside = Το έτος { $year } είναι εκτός { $fIRST_YEAR }-{ $lAST_YEAR }.
validation-enter-time-hh-mm = Δώστε ώρα (ΩΩ:ΛΛ, 24ωρη μορφή).
validation-not-time-write-hh = Το «{ $v }» δεν είναι ώρα· γράψτε τη ως ΩΩ:ΛΛ, π.χ. 14:30.
validation-before-start = Το { $end } είναι πριν από την έναρξη, { $start }.
validation-not-whole-number = Το «{ $value }» δεν είναι ακέραιος αριθμός.
calendar-saved = Αποθηκεύτηκαν { $count ->
        [one] { $count } συνάντηση
       *[other] { $count } συναντήσεις
    } στο { $path }
calendar-left-out = { $head }· { $count ->
        [one] { $count } συνάντηση χωρίς ημερομηνία έμεινε εκτός.
       *[other] { $count } συναντήσεις χωρίς ημερομηνία έμειναν εκτός.
    }
calendar-cancellation = Η ακύρωση
calendar-invitation = Η πρόσκληση
calendar-was-written = { $what } «{ $subject }» γράφτηκε στο { $path }.
calendar-open-your-mail-program = { $what } «{ $subject }» είναι ανοιχτή στο πρόγραμμα e-mail: ελέγξτε τη και στείλτε τη από εκεί. Είναι επίσης αποθηκευμένη ως { $path }.
calendar-none-file-s-events = Κανένα συμβάν του αρχείου δεν εισήχθη: { $count ->
        [one] { $count } συμβάν παραλείφθηκε
       *[other] { $count } συμβάντα παραλείφθηκαν
    }, καθένα με τη γραμμή και την αιτία του· δεν εισήχθη τίποτα.
calendar-calendar-holds-no-events = Το ημερολόγιο δεν περιέχει συμβάντα για αυτό το δίκτυο· δεν εισήχθη τίποτα{ $skippedPart }.
calendar-nothing-changed-already-saved = Τίποτα δεν άλλαξε: { $count ->
        [one] το συμβάν αυτού του αρχείου είναι ήδη αποθηκευμένο
       *[other] τα { $count } συμβάντα αυτού του αρχείου είναι ήδη αποθηκευμένα
    }{ $skippedPart }.
calendar-created-updated-unchanged = Δημιουργήθηκαν { $count ->
        [one] { $count } συνάντηση
       *[other] { $count } συναντήσεις
    }, ενημερώθηκαν { $updated }, αμετάβλητες { $unchanged }{ $skippedPart }.
calendar-event = ένα συμβάν
calendar-line-uid = γραμμή { $line }: { $title } (UID { $uid })
calendar-line = γραμμή { $line }: { $title }
calendar-give-your-e-mail = Δώστε τη διεύθυνση e-mail σας: οι απαντήσεις των εταίρων επιστρέφουν εκεί.
calendar-choose-at-least-person = Επιλέξτε τουλάχιστον ένα άτομο για πρόσκληση ή προσθέστε μια διεύθυνση.
dates-happening-now = σε εξέλιξη
dates-earlier-today = νωρίτερα σήμερα
local-times-outside-working-hours = εκτός 08:00–19:00
local-times-on-saturday = Σάββατο
local-times-on-sunday = Κυριακή
local-times-unknown-zone = άγνωστη ζώνη
plan-actions-not-month-write-yyyy = Το «{ $typed }» δεν είναι μήνας: γράψτε τον ως ΕΕΕΕ-ΜΜ, π.χ. 2027-03.
plan-actions-not-span-months-write = Το «{ $typed }» δεν είναι διάστημα μηνών: γράψτε το ως 2027-03 – 2027-12.
plan-actions-from = Από { $shortMonth }
plan-actions-until = Έως { $shortMonth }
plan-actions-none-yet = Καμία ακόμη
plan-actions-details-funding-indicators = λεπτομέρειες, χρηματοδότηση και δείκτες…
section-outline-moved-place = Το «{ $title }» μετακινήθηκε στη θέση { $place } από { $count }.
dates-today = σήμερα
dates-tomorrow = αύριο
dates-yesterday = χθες
dates-in-days = { $count ->
        [one] σε { $count } ημέρα
       *[other] σε { $count } ημέρες
    }
dates-days-ago = { $count ->
        [one] πριν από { $count } ημέρα
       *[other] πριν από { $count } ημέρες
    }
dates-in-months = { $count ->
        [one] σε { $count } μήνα
       *[other] σε { $count } μήνες
    }
dates-months-ago = { $count ->
        [one] πριν από { $count } μήνα
       *[other] πριν από { $count } μήνες
    }
dates-in-minutes = { $count ->
        [one] σε { $count } λεπτό
       *[other] σε { $count } λεπτά
    }
dates-in-hours = { $count ->
        [one] σε { $count } ώρα
       *[other] σε { $count } ώρες
    }
plan-actions-column-title = Δράση
plan-actions-column-objective = Στόχος
plan-actions-column-months = Μήνες
plan-actions-column-cost = Κόστος
plan-actions-column-funding = Χρηματοδότηση
plan-actions-column-status = Κατάσταση
plan-actions-column-details = Περισσότερα
plan-diff-words-added = { $count ->
        [one] προστέθηκε { $count } λέξη
       *[other] προστέθηκαν { $count } λέξεις
    }
plan-diff-words-removed = { $count ->
        [one] αφαιρέθηκε { $count } λέξη
       *[other] αφαιρέθηκαν { $count } λέξεις
    }
calendar-events-skipped = { $count ->
        [one] · παραλείφθηκε { $count } συμβάν
       *[other] · παραλείφθηκαν { $count } συμβάντα
    }
import-report-count-networks = { $count ->
        [one] { $count } δίκτυο
       *[other] { $count } δίκτυα
    }
import-report-count-partners = { $count ->
        [one] { $count } εταίρος
       *[other] { $count } εταίροι
    }
import-report-count-contacts = { $count ->
        [one] { $count } e-mail επαφής
       *[other] { $count } e-mail επαφών
    }
import-report-count-meetings = { $count ->
        [one] { $count } συνάντηση
       *[other] { $count } συναντήσεις
    }
import-report-count-milestones = { $count ->
        [one] { $count } ορόσημο
       *[other] { $count } ορόσημα
    }
import-report-count-action-plans = { $count ->
        [one] { $count } σχέδιο δράσης
       *[other] { $count } σχέδια δράσης
    }
import-report-count-practices = { $count ->
        [one] { $count } καλή πρακτική
       *[other] { $count } καλές πρακτικές
    }
import-report-count-import-notes = { $count ->
        [one] { $count } σημείωση εισαγωγής
       *[other] { $count } σημειώσεις εισαγωγής
    }
plan-gantt-span-one-month = { $start } (1 μήνας)
plan-gantt-bar = { $label }: { $span }
plan-gantt-bar-pilot = { $label } (πιλοτική): { $span }
plan-gantt-span-months = { $start } έως { $end } ({ $count } μήνες)
calendar-reminder-none = Χωρίς υπενθύμιση
calendar-reminder-day = 1 ημέρα πριν
calendar-reminder-hour = 1 ώρα πριν
import-calendar-button-reading = Ανάγνωση του αρχείου ημερολογίου…
export-calendar-button-reading = Ανάγνωση των συναντήσεων…
export-send-bar-exported = Εξήχθη ως { $format } στο { $path }.
export-send-bar-plan-file-saved = Το αρχείο του σχεδίου αποθηκεύτηκε στο { $path }. Στείλτε το στον εταίρο σας με e-mail ή με οποιονδήποτε άλλο τρόπο.
budget-summary-by-funding-source = Ανά πηγή χρηματοδότησης
budget-summary-by-objective = Ανά στόχο
budget-summary-funding-source = Πηγή χρηματοδότησης
budget-summary-objective = Στόχος

## Calendar servers
## components/dav/DavAccountsSection.svelte: the accounts in Settings
dav-accounts-heading = Διακομιστές ημερολογίου
dav-accounts-intro = Δημοσιεύστε τις συναντήσεις ενός δικτύου στο ημερολόγιο CalDAV που χρησιμοποιούν οι εταίροι σας (Nextcloud, SOGo, Radicale, Fastmail). Ο κωδικός πρόσβασης φυλάσσεται στην κλειδοθήκη αυτού του υπολογιστή, ποτέ στα δεδομένα του Convene.
dav-accounts-added = Προστέθηκε ο λογαριασμός { $name }. { $note }
dav-accounts-none = Δεν υπάρχουν ακόμη λογαριασμοί.
dav-accounts-user-at-url = { $user } στο { $url }
dav-accounts-testing = Δοκιμή…
dav-accounts-test = Δοκιμή
dav-accounts-remove = Αφαίρεση
dav-accounts-test-works = { $count ->
        [0] Λειτουργεί. Φάκελος ημερολογίων { $home }· 0 ημερολόγια.
        [one] Λειτουργεί. Φάκελος ημερολογίων { $home }· { $count } ημερολόγιο:
       *[other] Λειτουργεί. Φάκελος ημερολογίων { $home }· { $count } ημερολόγια:
    }
dav-accounts-name = Όνομα
dav-accounts-name-placeholder = nextcloud
dav-accounts-url = Διεύθυνση διακομιστή
dav-accounts-url-hint = Για το Nextcloud: https://HOST/remote.php/dav
dav-accounts-url-placeholder = https://
dav-accounts-user = Όνομα χρήστη
dav-accounts-password = Κωδικός πρόσβασης
dav-accounts-ca-file = Αρχείο CA (προαιρετικό)
dav-accounts-ca-file-hint = Μόνο για διακομιστή με δικό του πιστοποιητικό: το αρχείο PEM της αρχής πιστοποίησής του.
dav-accounts-ca-file-choose = Επιλογή αρχείου…
dav-accounts-ca-file-none = Κανένα: το πιστοποιητικό του διακομιστή είναι δημόσιο.
dav-accounts-ca-file-clear = Χωρίς αρχείο
dav-accounts-cancel = Ακύρωση
dav-accounts-adding = Προσθήκη…
dav-accounts-add-account = Προσθήκη λογαριασμού
dav-accounts-add = Προσθήκη λογαριασμού…
dav-password-used-once = Κωδικός πρόσβασης (χρησιμοποιείται μία φορά, δεν αποθηκεύεται)
## components/dav/DavConflictCard.svelte: one conflict, both versions side by side
dav-conflict-in-convene = Στο Convene
dav-conflict-on-server = Στον διακομιστή
dav-conflict-label = Σύγκρουση: { $title }
dav-conflict-found = εντοπίστηκε { $when }
dav-conflict-deleted = Διαγράφηκε
dav-conflict-keep-mine = Διατήρηση της δικής μου
dav-conflict-keep-server = Διατήρηση του διακομιστή
## components/dav/PublishSection.svelte: publishing on the network page
dav-publish-heading = Διακομιστής ημερολογίου
dav-publish-no-account = Για να δημοσιεύσετε αυτές τις συναντήσεις στον διακομιστή ημερολογίου των εταίρων σας, προσθέστε έναν λογαριασμό στις { $link }.
dav-publish-cancelled = Η δημοσίευση ακυρώθηκε. Ό,τι έφτασε στον διακομιστή διατηρείται· η επόμενη δημοσίευση θα την ολοκληρώσει.
dav-publish-no-account-link = Ρυθμίσεις
dav-publish-account = Λογαριασμός
dav-publish-calendar = Όνομα ημερολογίου (προαιρετικό)
dav-publish-calendar-placeholder = Το όνομα του δικτύου
dav-publish-progress = Δημοσίευση στον διακομιστή ημερολογίου…
dav-publish-publishing = Δημοσίευση…
dav-publish-go = Δημοσίευση στον διακομιστή ημερολογίου
dav-publish-last = Τελευταία δημοσίευση { $when }, στο { $calendar } ({ $account }): { $result }
dav-publish-conflicts-heading = Συγκρούσεις προς επίλυση ({ $count })
dav-publish-conflicts-intro = Και οι δύο πλευρές άλλαξαν αυτές τις συναντήσεις από την τελευταία δημοσίευση, οπότε δεν γράφτηκε τίποτα γι' αυτές.

## lib/meetingWhen.ts: a meeting's when, outside English (English shows the core's own words)
# { $date }: a day such as "mer. 10 mars 2027"; { $times }: "10:00–12:00"; { $zone }: "Europe/Riga";
# { $days }: how many days after the start the end falls; { $known }: a month and year, or a year, of an undated meeting;
# { $wording }: the undated meeting's own words, as typed or imported.
meeting-when-timed = { $date }, { $times } ({ $zone })
meeting-when-timed-later = { $days ->
    [one] { $date }, { $times } +{ $days } ημέρα ({ $zone })
   *[other] { $date }, { $times } +{ $days } ημέρες ({ $zone })
}
meeting-when-timed-short = { $date }, { $time }
meeting-when-all-day = { $date }, όλη την ημέρα
meeting-when-all-days = { $dates }, ολόκληρες ημέρες
meeting-when-not-dated = χωρίς ημερομηνία ακόμη
meeting-when-not-dated-known = χωρίς ημερομηνία ακόμη ({ $known })
meeting-when-not-dated-wording = χωρίς ημερομηνία ακόμη («{ $wording }»)
meeting-when-not-dated-known-wording = χωρίς ημερομηνία ακόμη ({ $known }: «{ $wording }»)
meeting-when-known-not-dated = { $known }, χωρίς ημερομηνία ακόμη
meeting-when-month-year-unknown = { $month }, άγνωστο έτος

## The plan page's push and pull through a WebDAV folder (components/dav/PlanServerBar.svelte)

plan-server-heading = Κοινή χρήση μέσω διακομιστή ημερολογίων
plan-server-account = Λογαριασμός
plan-server-folder = Φάκελος στον διακομιστή (προαιρετικό)
plan-server-folder-placeholder = Ο φάκελος της τελευταίας αποστολής ή λήψης
plan-server-push = Αποστολή στον διακομιστή
plan-server-pushing = Αποστολή…
plan-server-pull = Λήψη από τον διακομιστή
plan-server-pulling = Λήψη…
# $href: the plan file's address on the server.
plan-server-pushed = Το σχέδιο βρίσκεται στον διακομιστή: { $href }.
# $link: plan-server-no-account-link, shown as a link to Settings.
plan-server-no-account = Για να μοιραστείτε αυτό το σχέδιο μέσω ενός φακέλου στον διακομιστή των εταίρων σας, προσθέστε λογαριασμό στις { $link }.
plan-server-no-account-link = Ρυθμίσεις
