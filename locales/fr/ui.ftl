# La fenêtre de Convene, en français. Traduit de locales/en/ui.ftl (mêmes identifiants,
# mêmes variables). Termes URBACT : Plan d'action intégré, réunion transnationale,
# groupe local URBACT, ville partenaire, partenaire chef de file.

## screens/Settings.svelte
settings-settings = Paramètres
settings-your-name-your-data = Votre langue, votre nom, vos données, leurs sauvegardes, et l'import et l'export des données.
settings-language = Langue
settings-language-label = Langue de la fenêtre
settings-language-hint = Menus, boutons et messages, et la façon d'écrire les dates, les heures et les montants. Les plans et les invitations gardent leur propre langue.
settings-language-system = Langue du système ({ $language })
settings-language-changed = La fenêtre est maintenant en { $language }.
settings-your-name = Votre nom
settings-name-plan-versions-comments = Nom sur les versions des plans et les commentaires
settings-every-save-action-plan = Chaque enregistrement d'un plan d'action est signé de ce nom, pour que les partenaires voient qui a écrit quoi. Laissé vide, le nom de votre compte sur l'ordinateur est utilisé.
settings-every-save-action-plan-as-now = Chaque enregistrement d'un plan d'action est signé de ce nom, pour que les partenaires voient qui a écrit quoi. Laissé vide, le nom de votre compte sur l'ordinateur est utilisé (c'est le cas).
settings-saving = Enregistrement…
settings-save-name = Enregistrer le nom
settings-database = Base de données
settings-location = Emplacement
settings-schema-version = Version du schéma
settings-convene-version = Version de Convene
settings-everything-kept-one-file = Tout est conservé dans ce seul fichier. Pour utiliser un autre fichier, lancez Convene avec la variable d'environnement CONVENE_DB réglée sur son chemin.
settings-loading = Chargement…
settings-backup-restore = Sauvegarde et restauration
settings-backup-complete-copy-database = Une sauvegarde est une copie complète de la base de données ; on peut la faire sans risque pendant que Convene est ouvert.
settings-saving-backup = Sauvegarde en cours…
settings-back-up-now = Sauvegarder maintenant…
settings-restore-from-backup = Restaurer une sauvegarde…
settings-import-export = Import et export
settings-import-urbact-network-good = Importez des pages URBACT de réseaux et de bonnes pratiques enregistrées en texte. Les fiches déjà présentes restent telles quelles : importer deux fois le même fichier ne change rien.
settings-importing = Import en cours…
settings-import-pages = Importer des pages…
settings-exporting = Export en cours…
settings-export-everything-json = Tout exporter en JSON…
settings-import-report = Rapport d'import
settings-replace-all-data-backup = Remplacer toutes les données par la sauvegarde ?
settings-everything-now-convene-will = Tout ce que contient Convene sera remplacé par le contenu de { $path }. Une copie de la base actuelle est gardée à côté : on peut revenir en arrière en restaurant cette copie.
settings-restore-backup = Restaurer la sauvegarde
settings-keep-current-data = Garder les données actuelles

## App.svelte
app-skip-content = Aller au contenu
app-convene-could-not-open = Convene n'a pas pu ouvrir sa base de données : { $startError }
app-convene-try-again = Réessayer
app-page-not-found = Page introuvable
app-there-nothing-at-address = Il n'y a rien à cette adresse.
app-go-home-screen = Aller à l'accueil
app-dismiss-message = Fermer le message

## components/AgendaEditor.svelte
agenda-editor-agenda = Ordre du jour
agenda-editor-move-item-alt-alt = Déplacez un point avec Alt+↑ et Alt+↓, les boutons fléchés, ou en le faisant glisser ⠿.
agenda-editor-no-agenda-items-yet = Aucun point à l'ordre du jour pour l'instant.
agenda-editor-drag-move-item = Faire glisser pour déplacer le point { $value }
agenda-editor-move-item-up = Monter le point { $value }
agenda-editor-move-item-down = Descendre le point { $value }
agenda-editor-remove-item = Retirer le point { $value }
agenda-editor-remove = Retirer
agenda-editor-item-title = Titre du point { $value }
agenda-editor-from = De
agenda-editor-hh-mm = HH:MM
agenda-editor-to = À
agenda-editor-led = Animé par
agenda-editor-nobody-particular = Personne en particulier
agenda-editor-notes = Notes
agenda-editor-add-item = Ajouter un point
agenda-editor-saving = Enregistrement…
agenda-editor-save-agenda = Enregistrer l'ordre du jour
agenda-editor-unsaved-changes = Modifications non enregistrées

## components/AttendanceEditor.svelte
attendance-editor-attendance = Participation
attendance-editor-count = { $label } : { $count }
attendance-editor-network-has-no-partners = Le réseau n'a pas encore de partenaires.
attendance-editor-partner = Partenaire
attendance-editor-answer = Réponse
attendance-editor-not-invited = Pas invité
attendance-editor-people = Personnes

## components/ConfirmDialog.svelte
confirm-dialog-working = En cours…

## components/DaysOffSection.svelte
days-off-section-holidays-days-off = Jours fériés et jours chômés
days-off-section-next-weeks = Dans les { $wEEKS } prochaines semaines
days-off-section-public-holidays-each-partner = Les jours fériés du pays de chaque partenaire (et de sa région, s'il en a une), et les jours chômés enregistrés ci-dessous.
days-off-section-no-partner-has-holiday = Aucun partenaire n'a de jour férié ni de jour chômé dans les { $wEEKS } prochaines semaines.
days-off-section-holidays-days-off-next = Jours fériés et jours chômés des { $wEEKS } prochaines semaines
days-off-section-recorded-days-off = Jours chômés enregistrés
days-off-section-none-yet-record-city = Aucun pour l'instant. Enregistrez les jours chômés propres à une ville, comme la fête de son saint patron ou une élection locale.
days-off-section-remove = Retirer { $name } de { $partnerName }
days-off-section-remove-2 = Retirer
days-off-section-record-day-off = Enregistrer un jour chômé
days-off-section-partner = Partenaire
days-off-section-choose = Choisir…
days-off-section-day = Jour
days-off-section-yyyy-mm-dd = AAAA-MM-JJ
days-off-section-what = De quoi il s'agit
days-off-section-patron-saint-s-day = Fête du saint patron
days-off-section-saving = Enregistrement…
days-off-section-record-day-off-2 = Enregistrer le jour chômé

## components/FindTimePanel.svelte
find-time-panel-find-time = Trouver une date
find-time-panel-close = Fermer
find-time-panel-find-days = Trouver des jours
find-time-panel-find-times = Trouver des horaires
find-time-panel-choose-network-first = Choisissez d'abord le réseau.
find-time-panel-choose-at-time-all = Choisissez « À une heure » ou « Toute la journée » pour chercher une date qui convient aux partenaires.
find-time-panel-days-which-no-partner = Les jours où aucun partenaire n'a de jour férié ni de jour chômé.
find-time-panel-times-ranked-how-well = Les horaires classés selon qu'ils conviennent à chaque partenaire : heures de travail, week-ends, jours fériés et autres réunions.
find-time-panel-from = Du
find-time-panel-yyyy-mm-dd = AAAA-MM-JJ
find-time-panel-to = Au
find-time-panel-days = Jours
find-time-panel-length = Durée
find-time-panel-working-day = Journée de travail
find-time-panel-working-day-starts = Début de la journée
find-time-panel-working-day-ends = Fin de la journée
find-time-panel-to-2 = à
find-time-panel-leave-out-weekends = Exclure les week-ends
find-time-panel-looking = Recherche…
find-time-panel-search = Chercher
find-time-panel-times-on-zone-clock = Horaires à l'heure de { $zone } ; l'heure de chaque partenaire est indiquée.
find-time-panel-times-in-utc = Horaires en UTC (choisissez un hôte ou un fuseau horaire pour les lire à son heure) ; l'heure de chaque partenaire est indiquée.
find-time-panel-times-suit-every-partner = { $suit_everyone ->
    [one] { $suit_everyone } horaire sur { $candidates } convient à tous les partenaires ; les { $length } premiers sont ci-dessous.
   *[other] { $suit_everyone } horaires sur { $candidates } conviennent à tous les partenaires ; les { $length } premiers sont ci-dessous.
}
find-time-panel-none-times-suits-every = Aucun des { $candidates } horaires ne convient à tous les partenaires ; les moins gênants viennent en premier.
find-time-panel-suits-everyone = convient à tous
find-time-panel-awkward-for = { $count ->
    [one] gênant pour { $count } partenaire
   *[other] gênant pour { $count } partenaires
}
find-time-panel-use-time = Prendre cet horaire
find-time-panel-no-run-days-free = Aucune suite de jours n'est libre pour tous les partenaires sur cette période.
find-time-panel-day-runs = { $days ->
    [one] Jours sans jour férié chez aucun partenaire : { $count }.
   *[other] Périodes de { $days } jours sans jour férié chez aucun partenaire : { $count }.
}
find-time-panel-also = aussi : { $other_meetings }
find-time-panel-use-these-days = Prendre ces jours
find-time-panel-days-left-out = Jours écartés ({ $length })

## components/ImportReport.svelte
import-report-import-report = Rapport d'import
import-report-already-there-left-they = Déjà présents et laissés tels quels : { $existing }.
import-report-check = { $count ->
        [one] { $count } point
       *[other] { $count } points
    } à vérifier
import-report-lines-importer-placed-guessing = — des lignes que l'import a placées en devinant, ou gardées comme notes
import-report-line = Ligne { $line }
import-report-lines-to-check = Lignes à vérifier
import-report-no-warnings-every-line = Aucun avertissement : chaque ligne a trouvé sa place.

## components/LocalTimesPanel.svelte
local-times-panel-local-times = Heures locales
local-times-panel-working-out-local-times = Calcul des heures locales…
local-times-panel-network-has-no-partners = Ce réseau n'a pas encore de partenaires.
local-times-panel-within-working-hours-08 = Dans les heures de travail (08:00–19:00) un jour de semaine pour chaque partenaire.
local-times-panel-of = { $awkward } sur { $length }
local-times-panel-partners-would-meet-outside = partenaires se réuniraient hors de 08:00–19:00 ou un week-end.
local-times-panel-partner = Partenaire
local-times-panel-starts-there = Début sur place
local-times-panel-ends-there = Fin sur place
local-times-panel-host = hôte

## components/MeetingList.svelte
meeting-list-all = { $caption }, { $length } en tout
meeting-list-when = Quand
meeting-list-meeting = Réunion
meeting-list-network = Réseau
meeting-list-host = Hôte
meeting-list-mode = Format
meeting-list-status = Statut

## components/MilestoneForm.svelte
milestone-form-edit = Modifier { $title }
milestone-form-add-milestone = Ajouter un jalon
milestone-form-title = Titre
milestone-form-integrated-action-plan-due = Remise du Plan d'action intégré
milestone-form-kind = Type
milestone-form-date-known = La date est connue
milestone-form-day = au jour près
milestone-form-only-month = au mois près seulement
milestone-form-month = Mois
milestone-form-yyyy-mm = AAAA-MM
milestone-form-example-2027-06-june = Par exemple 2027-06 pour juin 2027.
milestone-form-date = Date
milestone-form-yyyy-mm-dd = AAAA-MM-JJ
milestone-form-description = Description
milestone-form-done = Fait
milestone-form-saving = Enregistrement…
milestone-form-save-changes = Enregistrer les modifications
milestone-form-add-milestone-2 = Ajouter le jalon
milestone-form-close-without-saving = Fermer sans enregistrer

## components/MonthCalendar.svelte
month-calendar-meetings = { $count ->
        [one] { $count } réunion
       *[other] { $count } réunions
    }
month-calendar-previous-month = Mois précédent
month-calendar-previous = ‹ Précédent
month-calendar-month = Ce mois-ci
month-calendar-next-month = Mois suivant
month-calendar-next = Suivant ›
month-calendar-today = { $day }, aujourd'hui
month-calendar-days-off = Jours chômés : { $lines }
month-calendar-more = +{ $value } de plus

## components/Nav.svelte
nav-main = Principal
nav-convene = Convene
nav-search = Rechercher
nav-ctrl = Ctrl
nav-k = K

## components/PartnerDetails.svelte
partner-details-field-name = Nom
partner-details-field-role = Fonction
partner-details-field-email = E-mail
partner-details-field-phone = Téléphone
partner-details-field-organisation = Organisme
partner-details-field-group-role = Rôle dans le groupe
partner-details-now = { $value } · { $countryName } · { $time_zone } · maintenant { $clockIn }
partner-details-now-in-region = { $value } · { $countryName } ({ $region }) · { $time_zone } · maintenant { $clockIn }
partner-details-edit-partner = Modifier le partenaire
partner-details-delete-partner = Supprimer le partenaire
partner-details-close-details = Fermer la fiche de { $name }
partner-details-close = Fermer
partner-details-population = Population : { $population }
partner-details-contacts = Contacts
partner-details-local-group = Groupe local URBACT

## components/PartnerForm.svelte
partner-form-edit = Modifier { $name }
partner-form-add-partner = Ajouter un partenaire
partner-form-city-organisation = Ville ou organisme
partner-form-country = Pays
partner-form-choose = Choisir…
partner-form-role = Rôle
partner-form-time-zone = Fuseau horaire
partner-form-empty-means-country-s = Vide : le fuseau du pays, { $defaultZone }.
partner-form-empty-means-country-s-2 = Vide : le fuseau du pays.
partner-form-region = Région
partner-form-its-public-holidays-count = Ses jours fériés s'ajoutent à ceux du pays.
partner-form-convene-knows-no-regional = Convene ne connaît pas de jours fériés régionaux pour ce pays.
partner-form-none-national-holidays-only = Aucune (jours fériés nationaux seulement)
partner-form-population = Population
partner-form-notes = Notes
partner-form-saving = Enregistrement…
partner-form-save-changes = Enregistrer les modifications
partner-form-add-partner-2 = Ajouter le partenaire
partner-form-close-without-saving = Fermer sans enregistrer

## components/PartnersTable.svelte
partners-table-partners-all = Partenaires, { $length } en tout
partners-table-city-partner = Ville ou partenaire
partners-table-country = Pays
partners-table-role = Rôle
partners-table-time-zone = Fuseau horaire
partners-table-local-time-now = Heure locale
partners-table-people = Personnes

## components/PeopleEditor.svelte
people-editor-add = { $noun ->
        [contact] Ajouter un contact
       *[member] Ajouter un membre
    }
people-editor-none-yet = Aucun pour l'instant.
people-editor-delete = Supprimer { $primary } ?
people-editor-delete-2 = Supprimer
people-editor-keep = Garder
people-editor-edit = Modifier { $primary }
people-editor-edit-2 = Modifier
people-editor-delete-3 = Supprimer { $primary }
people-editor-new = { $noun ->
        [contact] Nouveau contact
       *[member] Nouveau membre
    }
people-editor-edit-3 = { $noun ->
        [contact] Modifier le contact
       *[member] Modifier le membre
    }
people-editor-saving = Enregistrement…
people-editor-save = Enregistrer
people-editor-close-without-saving = Fermer sans enregistrer

## components/PostponeDialog.svelte
postpone-dialog-postpone = Reporter « { $title } »
postpone-dialog-current-date-stays-record = La date actuelle reste notée dans la description (« Reportée du … »).
postpone-dialog-when-will-take-place = Quand aura-t-elle lieu ?
postpone-dialog-new-date-meeting-becomes = À une nouvelle date (la réunion redevient provisoire)
postpone-dialog-no-new-date-yet = Pas encore de nouvelle date (les agendas annulent la date actuelle)
postpone-dialog-first-day = Premier jour
postpone-dialog-new-date = Nouvelle date
postpone-dialog-yyyy-mm-dd = AAAA-MM-JJ
postpone-dialog-start-time = Heure de début
postpone-dialog-hh-mm = HH:MM
postpone-dialog-end-time = Heure de fin
postpone-dialog-last-day = Dernier jour
postpone-dialog-times-clock-meeting-s = Heures de { $time_zone }, le fuseau de la réunion.
postpone-dialog-without-last-day-meeting = Sans dernier jour, la réunion garde son nombre de jours.
postpone-dialog-go-back = Retour
postpone-dialog-working = En cours…
postpone-dialog-postpone-2 = Reporter

## components/SearchBox.svelte
search-box-search-networks-partners-meetings = Rechercher réseaux, partenaires, réunions, plans et pratiques
search-box-search-networks-partners-meetings-2 = Rechercher réseaux, partenaires, réunions, plans, pratiques…
search-box-results = { $length } résultats
search-box-results-2 = Résultats
search-box-nothing-found-try-fewer = Rien trouvé pour « { $searched } ». Essayez avec moins de mots, ou des mots plus courts.

## components/SearchDialog.svelte
search-dialog-search = Rechercher
search-dialog-choose-enter-open-esc = ↑ ↓ pour choisir, Entrée pour ouvrir, Échap pour fermer.

## components/Timeline.svelte
timeline-timeline = Calendrier de { $network_name }
timeline-today = Aujourd'hui
timeline-no-dates-yet-nothing = Pas encore de dates : rien à dessiner.

## components/WorkProgressBar.svelte
work-progress-bar-cancelling = Annulation…
work-progress-bar-cancel = Annuler

## components/calendar/AddToCalendarButton.svelte
add-to-calendar-button-saving = Enregistrement…
add-to-calendar-button-add-calendar = Ajouter à l'agenda…

## components/calendar/CalendarResult.svelte
calendar-result-dismiss-message = Fermer ce message

## components/calendar/ExportCalendarButton.svelte
export-calendar-button-export-calendar = Exporter l'agenda…
export-calendar-button-export-calendar-2 = Exporter l'agenda de { $name }
export-calendar-button-every-dated-meeting-goes = Chaque réunion datée va dans un seul fichier .ics qu'ouvrent Outlook, Google Agenda, Thunderbird et Calendrier d'Apple. Les réunions pas encore datées sont laissées de côté.
export-calendar-button-reminder = Rappel
export-calendar-button-only-meetings-between-optional = Seulement les réunions entre (facultatif)
export-calendar-button-first-day = Premier jour
export-calendar-button-yyyy-mm-dd = AAAA-MM-JJ
export-calendar-button-last-day = Dernier jour
export-calendar-button-cancel = Annuler
export-calendar-button-saving = Enregistrement…
export-calendar-button-save = Enregistrer…

## components/calendar/ImportCalendarButton.svelte
import-calendar-button-importing = Import en cours…
import-calendar-button-import-calendar = Importer un agenda…

## components/calendar/ImportCalendarDialog.svelte
import-calendar-dialog-calendar-imported = Agenda importé
import-calendar-dialog-import-report = Rapport d'import
import-calendar-dialog-already-saved-recent-file = { $count ->
        [one] { $count } événement était déjà enregistré, aussi récent que dans le fichier ou plus, et est resté tel quel.
       *[other] { $count } événements étaient déjà enregistrés, aussi récents que dans le fichier ou plus, et sont restés tels quels.
    }
import-calendar-dialog-skipped = { $count ->
        [one] { $count } événement ignoré
       *[other] { $count } événements ignorés
    }
import-calendar-dialog-not-imported-fix-calendar = { $count ->
        [one] , non importé ; corrigez-le dans le logiciel d'agenda et importez à nouveau le fichier
       *[other] , non importés ; corrigez-les dans le logiciel d'agenda et importez à nouveau le fichier
    }
import-calendar-dialog-more = … et { $value } de plus.
import-calendar-dialog-check = { $count ->
        [one] { $count } point
       *[other] { $count } points
    } à vérifier
import-calendar-dialog-no-warnings = Aucun avertissement.
import-calendar-dialog-close = Fermer

## components/calendar/InvitationDialog.svelte
invitation-dialog-email-invitation = Envoyer une invitation à « { $title } »
invitation-dialog-your-mail-program-opens = Votre messagerie ouvre le message prêt à partir ; il arrive comme une invitation à accepter ou à refuser.
invitation-dialog-cancellation-note = { $status ->
    [cancelled] La réunion est annulée : le message sera une annulation, qui la retire des agendas de ceux qui l'avaient acceptée.
   *[postponed] La réunion est reportée : le message sera une annulation, qui la retire des agendas de ceux qui l'avaient acceptée.
}
invitation-dialog-from-your-e-mail = De (votre adresse e-mail)
invitation-dialog-answers-come-back-remembered = Les réponses y reviennent. Mémorisée sur cet ordinateur.
invitation-dialog-to = À ({ $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    })
invitation-dialog-finding-partners-contacts = Recherche des contacts des partenaires…
invitation-dialog-no-contact-partners-meeting = Aucun contact des partenaires concernés par cette réunion n'a d'adresse e-mail. Ajoutez des adresses ci-dessous, ou ajoutez-les aux contacts des partenaires.
invitation-dialog-choose-all = Tout choisir
invitation-dialog-choose-none = Ne rien choisir
invitation-dialog-other-addresses = Autres adresses
invitation-dialog-separate-them-commas-new = Séparez-les par des virgules ou des retours à la ligne.
invitation-dialog-cancel = Annuler
invitation-dialog-writing = Rédaction…
invitation-dialog-write-cancellation = Rédiger l'annulation
invitation-dialog-write-invitation = Rédiger l'invitation

## components/calendar/MeetingCalendarBar.svelte
meeting-calendar-bar-calendars-invitations = Agendas et invitations
meeting-calendar-bar-calendars = Agendas :
meeting-calendar-bar-email-invitation = Invitation par e-mail…
meeting-calendar-bar-give-meeting-date-add = Donnez une date à la réunion pour l'ajouter aux agendas et inviter des personnes.

## components/plan/ActionDetails.svelte
action-details-action = Action : { $title }
action-details-title = Titre
action-details-objective = Objectif
action-details-lead = Organisation cheffe de file
action-details-partners = Organisations partenaires
action-details-start-month = Mois de début (AAAA-MM)
action-details-end-month = Mois de fin (AAAA-MM)
action-details-estimated-cost = Coût estimé (€)
action-details-status = Statut
action-details-pilot-small-scale-test = Une action pilote (test à petite échelle)
action-details-description = Description
action-details-funding = Financement
action-details-no-funding-found-yet = Aucun financement trouvé pour l'instant.
action-details-source = Source
action-details-amount = Montant (€)
action-details-remove-funding-line = Retirer la ligne de financement { $value }
action-details-remove = Retirer
action-details-add-funding-line = Ajouter une ligne de financement
action-details-indicators-action-feeds = Indicateurs que cette action alimente
action-details-saving = Enregistrement…
action-details-save-action = Enregistrer l'action
action-details-cancel = Annuler
action-details-delete-action = Supprimer cette action ?
action-details-delete = Supprimer
action-details-keep = La garder
action-details-delete-action-2 = Supprimer l'action…

## components/plan/ActionTable.svelte
action-table-no-actions-yet-add = Aucune action pour l'instant. Ajoutez la première : son titre, puis ses mois, son coût et son financement.
action-table-tab-arrows-move-between = Tab et les flèches passent d'une cellule à l'autre ; Entrée modifie et enregistre une cellule ; Échap annule ; Alt+↑/↓ déplace une action.
action-table-actions-plan-all = Actions du plan, { $length } en tout
action-table-of = { $label } de { $title }
action-table-yyyy-mm-yyyy-mm = AAAA-MM – AAAA-MM
action-table-pilot = Pilote
action-table-adding = Ajout…
action-table-add-action = Ajouter une action

## components/plan/BudgetSummary.svelte
budget-summary-total-cost = Coût total
budget-summary-funding-found = Financement trouvé
budget-summary-funding-above-cost = Financement au-delà du coût
budget-summary-funding-gap = Financement manquant
budget-summary-not-counted = { $count ->
        [one] { $count } action n'a pas encore d'estimation de coût et n'est pas comptée.
       *[other] { $count } actions n'ont pas encore d'estimation de coût et ne sont pas comptées.
    }
budget-summary-actions-per-year = Actions par année
budget-summary-no-action-has-months = Aucune action n'a encore de mois.
budget-summary-year = Année
budget-summary-actions-running = Actions en cours
budget-summary-nothing-yet = Rien pour l'instant.
budget-summary-euros = Euros
budget-summary-share = Part
budget-summary-no-objective = Sans objectif

## components/plan/Comments.svelte
comments-comments = Commentaires sur « { $sectionTitle } »
comments-open = ({ $length } ouverts)
comments-no-open-comments-section = Aucun commentaire ouvert sur cette section.
comments-mark-comment-resolved = Marquer le commentaire de { $author } comme résolu
comments-resolve = Résoudre
comments-add-comment = Ajouter un commentaire
comments-adding = Ajout…
comments-add-comment-2 = Ajouter le commentaire

## components/plan/ConflictResolver.svelte
conflict-resolver-both-copies-changed-since = Les deux copies ont modifié ceci depuis la dernière version que vous avez partagée.
conflict-resolver-ours-kept-plan-now = La nôtre (gardée dans le plan pour l'instant)
conflict-resolver-we-removed = Nous l'avons supprimé.
conflict-resolver-theirs = La leur
conflict-resolver-they-removed = Ils l'ont supprimé.
conflict-resolver-merged-text = Texte fusionné
conflict-resolver-keep-ours = Garder la nôtre
conflict-resolver-take-theirs = Prendre la leur
conflict-resolver-save-merged-text = Enregistrer le texte fusionné

## components/plan/DiffView.svelte
diff-view-changes = Modifications de { $title }

## components/plan/ExportSendBar.svelte
export-send-bar-export = Exporter en
export-send-bar-exporting = Export en cours…
export-send-bar-export-2 = Exporter…
export-send-bar-saving = Enregistrement…
export-send-bar-send-partner = Envoyer à un partenaire…
export-send-bar-reading = Lecture…
export-send-bar-receive-plan-file = Recevoir un fichier de plan…

## components/plan/GanttChart.svelte
gantt-chart-actions-scheduled = { $caption } : { $length } actions sur { $length2 } planifiées.
gantt-chart-show-chart = Afficher en graphique
gantt-chart-show-table = Afficher en tableau
gantt-chart-no-actions-yet-add = Aucune action pour l'instant : ajoutez des actions avec un mois de début et de fin pour les voir ici.
gantt-chart-pilot-action = Action pilote
gantt-chart-action = Action
gantt-chart-starts = Début
gantt-chart-ends = Fin
gantt-chart-months = Mois
gantt-chart-pilot = Pilote
gantt-chart-yes = Oui
gantt-chart-no = Non
gantt-chart-not-timeline = Hors du calendrier :

## components/plan/History.svelte
history-compare-version-newest = Comparer la version { $number } à la plus récente
history-compare = Comparer
history-restore = Restaurer…
history-version = Version { $number }
history-versions = Versions ({ $length })
history-saves = { $length } enregistrements · { $author } · { $runPeriod }
history-versions-2 = Versions { $number }–{ $number2 }
history-version-option = Version { $number } ({ $kind ->
        [created] créée
        [edit] modifiée
        [restore] restaurée
        [received] reçue
        [merge] fusionnée
       *[resolve] conflit réglé
    }, { $instant })
history-show-saves = Afficher les { $count } enregistrements
history-hide-saves = Masquer les { $count } enregistrements
history-saves-3 = Les { $length } enregistrements de { $message }
history-changes = Modifications
history-only-one-version-so = Une seule version pour l'instant : les modifications s'afficheront ici après le prochain enregistrement.
history-from = De
history-to = À
history-these-two-versions-say = Ces deux versions disent la même chose.
history-sections-were-put-another = Les sections ont été remises dans un autre ordre.
history-was = { $title } (auparavant { $old_title })
history-actions-indicators-risks = Actions, indicateurs et risques
history-comparing = Comparaison…
history-restore-version = Restaurer la version { $number } ?
history-plan-will-say-again = Le plan dira de nouveau ce qu'il disait dans la version { $number }. Ceci est enregistré comme une nouvelle version : le texte actuel reste dans l'historique et peut être restauré à son tour.
history-restore-version-2 = Restaurer la version { $number }
history-keep-current-text = Garder le texte actuel

## components/plan/IndicatorTable.svelte
indicator-table-no-indicators-yet-indicators = Aucun indicateur pour l'instant. Les indicateurs disent comment les résultats du plan seront mesurés.
indicator-table-indicators = Indicateurs
indicator-table-indicator = Indicateur
indicator-table-kind = Type
indicator-table-baseline = Valeur de départ
indicator-table-target = Cible
indicator-table-by = Échéance
indicator-table-verification = Vérification
indicator-table-actions = Actions
indicator-table-edit = Modifier
indicator-table-edit-2 = Modifier { $name }
indicator-table-add-indicator = Ajouter un indicateur
indicator-table-edit-indicator = Modifier l'indicateur
indicator-table-new-indicator = Nouvel indicateur
indicator-table-name = Nom
indicator-table-unit = Unité
indicator-table-target-month-yyyy-mm = Mois cible (AAAA-MM)
indicator-table-means-verification = Moyen de vérification
indicator-table-save-indicator = Enregistrer l'indicateur
indicator-table-cancel = Annuler
indicator-table-delete-indicator = Supprimer l'indicateur

## components/plan/MarkdownEditor.svelte
markdown-editor-text = Texte de « { $title } »
markdown-editor-markdown = (Markdown)
markdown-editor-hide-preview = Masquer l'aperçu
markdown-editor-show-preview = Afficher l'aperçu
markdown-editor-preview = Aperçu
markdown-editor-nothing-written-yet = Rien d'écrit pour l'instant.
markdown-editor-preview-2 = Aperçu de { $title }

## components/plan/NewPlanDialog.svelte
new-plan-dialog-new-action-plan = Nouveau plan d'action
new-plan-dialog-city = Ville
new-plan-dialog-no-partner-city = Aucune ville partenaire
new-plan-dialog-partner-has-plan = { $name } (a un plan)
new-plan-dialog-title = Titre
new-plan-dialog-creating = Création…
new-plan-dialog-create-plan = Créer le plan
new-plan-dialog-cancel = Annuler

## components/plan/RiskTable.svelte
risk-table-no-risks-recorded-yet = Aucun risque enregistré pour l'instant.
risk-table-risks-highest-score-first = Risques, le score le plus élevé d'abord
risk-table-risk = Risque
risk-table-likelihood = Probabilité
risk-table-impact = Impact
risk-table-score = Score
risk-table-mitigation = Atténuation
risk-table-owner = Responsable
risk-table-edit = Modifier
risk-table-edit-risk = Modifier le risque : { $description }
risk-table-add-risk = Ajouter un risque
risk-table-edit-risk-2 = Modifier le risque
risk-table-new-risk = Nouveau risque
risk-table-what-could-go-wrong = Ce qui pourrait mal tourner
risk-table-save-risk = Enregistrer le risque
risk-table-cancel = Annuler
risk-table-delete-risk = Supprimer le risque

## components/plan/SectionOutline.svelte
section-outline-plan-outline = Plan du document
section-outline-sections = Sections
section-outline-alt-up-alt-down = Alt+Haut et Alt+Bas déplacent une section.
section-outline-nothing-written-yet = Rien d'écrit pour l'instant
section-outline-empty = vide
section-outline-open-comment-count = { $count ->
    [one] { $count } commentaire ouvert
   *[other] { $count } commentaires ouverts
}
section-outline-title-new-section = Titre de la nouvelle section
section-outline-add = Ajouter
section-outline-cancel = Annuler
section-outline-add-section = + Ajouter une section
# "Plan" the noun: the action plan.
section-outline-plan = Plan

## components/plan/StatusControl.svelte
status-control-status = Statut :
status-control-on = le { $date }
status-control-date-council-adopted-plan = Date d'adoption du plan par le conseil
status-control-record-adoption = Enregistrer l'adoption
status-control-cancel = Annuler
status-control-status-history = Historique du statut ({ $length })
status-control-adopted = (adopté le { $date })

## components/poll/PollForm.svelte
poll-form-start-poll = Lancer un sondage
poll-form-meeting-title = Titre de la réunion
poll-form-transnational-meeting-3 = Réunion transnationale 3
poll-form-kind = Type
poll-form-host = Hôte
poll-form-no-host = Pas d'hôte
poll-form-dates-offered-one-line = Dates proposées, une par ligne
poll-form-time-clock-zone-below = Une heure dans le fuseau ci-dessous (celui de l'hôte s'il est vide) ; une date seule vaut une journée entière, la même partout.
poll-form-time-zone = Fuseau horaire
poll-form-europe-riga = Europe/Riga
poll-form-answer = Réponse avant le
poll-form-yyyy-mm-dd = AAAA-MM-JJ
poll-form-starting = Lancement…
poll-form-start-poll-2 = Lancer le sondage
poll-form-close-without-saving = Fermer sans enregistrer

## components/poll/PollsSection.svelte
polls-section-polls = Sondages
polls-section-new-poll = Nouveau sondage
polls-section-no-polls-yet-poll = Aucun sondage pour l'instant. Un sondage demande aux partenaires quelles dates leur conviennent, et la date choisie devient une réunion.
polls-section-list-dates = { $count ->
    [one] { $count } date
   *[other] { $count } dates
}
polls-section-list-dates-deadline = { $count ->
    [one] { $count } date, réponse avant le { $deadline }
   *[other] { $count } dates, réponse avant le { $deadline }
}
polls-section-closed = Clos
polls-section-open = Ouvert
polls-section-reading = Lecture…
polls-section-add-reply-files = Ajouter des fichiers de réponse…
polls-section-hosted = Accueilli par { $host_name }
polls-section-no-host = Pas d'hôte
polls-section-answer-by = réponse avant le { $deadline }
polls-section-invitations-written-to = { $count ->
    [one] invitations rédigées pour { $count } adresse
   *[other] invitations rédigées pour { $count } adresses
}
polls-section-closed-became-meeting = Clos : la date choisie est devenue une réunion. Le sondage est conservé tel quel.
polls-section-open-meeting = Ouvrir la réunion
polls-section-drop-partners-reply-e = Déposez sur la fenêtre les e-mails de réponse des partenaires (.eml) ou leurs fichiers d'agenda (.ics), ou ajoutez-les avec le bouton. Ou choisissez une réponse dans une cellule.
polls-section-your-e-mail-address = Votre adresse e-mail
polls-section-coordinator-network-eu = coordination@reseau.eu
polls-section-writing = Rédaction…
polls-section-write-invitations = Rédiger les invitations
polls-section-wrote-messages = { $count ->
    [one] { $count } message rédigé dans { $folder } : ouvrez-le dans votre messagerie et envoyez-le.
   *[other] { $count } messages rédigés dans { $folder } : ouvrez chacun dans votre messagerie et envoyez-le.
}
polls-section-wrote-messages-folder-open = { $count ->
    [one] { $count } message rédigé dans { $folder }, maintenant ouvert : ouvrez-le dans votre messagerie et envoyez-le.
   *[other] { $count } messages rédigés dans { $folder }, maintenant ouvert : ouvrez chacun dans votre messagerie et envoyez-le.
}
polls-section-one-e-mail-per = Un e-mail par contact de chaque partenaire : chaque date comme une option provisoire que le partenaire accepte ou refuse dans son agenda, et une grille de réponse à remplir à la main.
polls-section-dismiss = Fermer
polls-section-answers-partners-dates-each = Réponses pour { $title } : partenaires par date, chaque date à l'heure du partenaire
polls-section-partner = Partenaire
polls-section-date-2 = Date { $number }
polls-section-yes-if-need-no = { $yes } oui · { $maybe } si nécessaire · { $no } non
polls-section-choose-date = Choisir cette date
polls-section-date-3 = { $name }, date { $number }
polls-section-no-answer = Pas de réponse
polls-section-not-answered-yet = Pas encore répondu : { $not_answered }.
polls-section-choose-date-2 = Choisir la date { $number } ?
polls-section-will-created-confirmed-meeting = { $title } sera créée comme réunion confirmée le { $when }, et le sondage sera clos : on ne pourra plus y répondre.
polls-section-create-meeting = Créer la réunion
polls-section-dropped-no-poll = { $count ->
    [one] { $count } fichier a été déposé, mais aucun sondage ouvert n'est choisi : choisissez d'abord un sondage, puis déposez ses réponses.
   *[other] { $count } fichiers ont été déposés, mais aucun sondage ouvert n'est choisi : choisissez d'abord un sondage, puis déposez ses réponses.
}

## screens/FirstRun.svelte
first-run-welcome-convene = Bienvenue dans Convene
first-run-convene-helps-coordinators-partners = Convene aide les coordinateurs et les partenaires des réseaux transnationaux de villes — réseaux URBACT et projets européens du même type — à garder leur travail en un seul endroit.
first-run-networks-partner-cities = Réseaux et villes partenaires
first-run-point-networks = { $term }, avec leurs contacts et leurs groupes locaux.
first-run-meetings-across-time-zones = Réunions entre fuseaux horaires
first-run-point-meetings = { $term } : l'heure locale de chaque partenaire d'un coup d'œil, ordres du jour et participation.
first-run-everything-stays-on-computer = Tout reste sur cet ordinateur, dans un seul fichier de base de données.
first-run-everything-stays-in-file = Tout reste sur cet ordinateur, dans un seul fichier de base de données : { $path }.
first-run-timelines = Calendriers
first-run-meetings-milestones-what-needs = des réunions et des jalons, et ce qui demande votre attention ensuite.
first-run-action-plans-good-practices = Plans d'action et bonnes pratiques
first-run-cities-share-transfer = que les villes partagent et transfèrent.
first-run-example-networks-loaded = Les réseaux d'exemple sont chargés
first-run-open-convene = Ouvrir Convene
first-run-see-networks = Voir les réseaux
first-run-how-would-you-like = Comment voulez-vous commencer ?
first-run-loading-examples = Chargement des exemples…
first-run-load-example-networks = Charger les réseaux d'exemple
first-run-four-urbact-networks-techtown = Quatre réseaux URBACT (TechTown, Find your Greatness, DigiPlace, IoTXchange) et trois bonnes pratiques, lus depuis leurs pages publiques. Vous verrez ce que l'import n'a pas pu placer.
first-run-start-empty = Commencer à vide
first-run-begin-no-data-add = Commencer sans données et ajouter votre propre réseau.

## screens/Home.svelte
home-home = Accueil
home-what-coming-up-across = Ce qui arrive dans vos réseaux.
home-new-meeting = Nouvelle réunion
home-loading = Chargement…
home-next-meetings = Prochaines réunions
home-no-meetings-ahead = Aucune réunion à venir.
home-plan-one = En prévoir une
home-hosted = Accueillie par { $host_name }
home-no-host-yet = Pas encore d'hôte
home-needs-attention = À traiter
home-nothing-needs-attention = Rien à traiter.
home-attention-show-all = Afficher toute la liste ({ $count } de plus)
home-checking-travel = Vérification des prochaines réunions (déplacements et jours fériés)…
home-travel-check-failed = Les prochaines réunions n’ont pas pu être vérifiées (déplacements et jours fériés) : { $error }
home-timeline-failed = Ce calendrier n’a pas pu être chargé : { $error } Ouvrez la page du réseau pour voir ses réunions.
home-timelines = Calendriers
home-no-networks-yet = Aucun réseau pour l'instant.
home-add-network = Ajouter un réseau
home-project-months = De { $start } à { $end }
home-project-dates-not-set = Dates du projet non fixées
home-dated-items-not-drawn = { $count ->
    [one] { $count } élément daté de plus n'est pas dessiné ; voir les réunions du réseau.
   *[other] { $count } éléments datés de plus ne sont pas dessinés ; voir les réunions du réseau.
}
home-not-dated-yet = Pas encore datées
home-more = et { $omitted_undated } de plus.
home-meeting = réunion
home-tentative = provisoire
home-milestone = jalon
home-today = aujourd'hui

## screens/MeetingEdit.svelte
meeting-edit-new-meeting = Nouvelle réunion
meeting-edit-edit = Modifier « { $originalTitle } »
meeting-edit-fields-marked-required-times = Les champs marqués * sont obligatoires. Les heures s'écrivent HH:MM sur 24 heures.
meeting-edit-loading = Chargement…
meeting-edit-network = Réseau
meeting-edit-choose = Choisir…
meeting-edit-title = Titre
meeting-edit-kind = Type
meeting-edit-host = Hôte
meeting-edit-no-host-yet = Pas encore d'hôte
meeting-edit-status = Statut
meeting-edit-when = Quand
meeting-edit-kind-date = Type de date
meeting-edit-at-time = À une heure
meeting-edit-all-day = Toute la journée
meeting-edit-not-dated-yet = Pas encore datée
meeting-edit-start-date = Date de début *
meeting-edit-yyyy-mm-dd = AAAA-MM-JJ
meeting-edit-start-time = Heure de début *
meeting-edit-hh-mm = HH:MM
meeting-edit-end-date = Date de fin
meeting-edit-same-day = même jour
meeting-edit-end-time = Heure de fin *
meeting-edit-leave-end-date-empty = Laissez la date de fin vide pour une réunion sur une seule journée.
meeting-edit-time-zone-these-times = Fuseau horaire de ces heures
meeting-edit-europe-riga = Europe/Riga
meeting-edit-host-s-zone-unless = Le fuseau de l'hôte, sauf si vous en choisissez un autre.
meeting-edit-iana-zone-such-europe = Un fuseau IANA comme Europe/Riga ; choisir un hôte le remplit.
meeting-edit-first-day = Premier jour
meeting-edit-last-day = Dernier jour
meeting-edit-year-if-known = Année, si elle est connue
meeting-edit-month-if-known = Mois, s'il est connu
meeting-edit-not-known = Inconnu
meeting-edit-when-words = Quand, en toutes lettres
meeting-edit-after-summer-limerick = Après l'été, à Limerick
meeting-edit-worth-second-look = À revoir :
meeting-edit-mode = Format
meeting-edit-online-link = Lien en ligne
meeting-edit-https = https://
meeting-edit-only-needed-online-hybrid = Nécessaire seulement pour les réunions en ligne ou hybrides.
meeting-edit-venue = Lieu
meeting-edit-description = Description
meeting-edit-saving = Enregistrement…
meeting-edit-add-meeting = Ajouter la réunion
meeting-edit-save-changes = Enregistrer les modifications
meeting-edit-back-without-saving = Retour sans enregistrer

## screens/MeetingPage.svelte
meeting-page-back-meetings = Retour aux réunions
meeting-page-loading = Chargement…
meeting-page-network = Réseau
meeting-page-meetings = Réunions
meeting-page-edit = Modifier
meeting-page-delete = Supprimer
meeting-page-status = Statut
meeting-page-change-status = Changer le statut :
meeting-page-postpone = Reporter
meeting-page-status-changed = { $step ->
    [confirmed] « { $title } » est confirmée.
    [cancelled] « { $title } » est annulée.
    [held] « { $title } » est marquée comme tenue.
    [postponed-to-date] « { $title } » est reportée à sa nouvelle date (provisoire jusqu'à confirmation).
   *[postponed] « { $title } » est reportée sans nouvelle date.
}
meeting-page-details = Détails
meeting-page-host = Hôte
meeting-page-no-host-yet = Pas encore d'hôte
meeting-page-mode = Format
meeting-page-venue = Lieu
meeting-page-online-link = Lien en ligne
meeting-page-calendar-revision = Révision d'agenda
meeting-page-grows-every-change-calendars = Augmente à chaque modification que les agendas doivent connaître
meeting-page-delete-2 = Supprimer « { $title } » ?
meeting-page-meeting-its-agenda-its = La réunion, son ordre du jour et sa participation seront supprimés. Pour garder une trace qu'elle n'aura pas lieu, annulez-la plutôt.
meeting-page-delete-meeting = Supprimer la réunion

## screens/Meetings.svelte
meetings-meetings = Réunions
meetings-all-networks = Tous les réseaux
meetings-view = Affichage
meetings-list = Liste
meetings-calendar = Calendrier
meetings-new-meeting = Nouvelle réunion
meetings-network = Réseau
meetings-period = Période
meetings-upcoming-not-dated = À venir et non datées
meetings-past = Passées
meetings-all = Toutes
meetings-status = Statut
meetings-any = Tous
meetings-not-cancelled = Non annulées
meetings-words-title-host-venue = Mots du titre, de l'hôte, du lieu ou du réseau
meetings-loading = Chargement…
meetings-meetings-2 = { $length } réunions sur { $length2 }
meetings-no-meeting-matches = Aucune réunion ne correspond.

## screens/NetworkEdit.svelte
network-edit-new-network = Nouveau réseau
network-edit-edit = Modifier { $original }
network-edit-fields-marked-required = Les champs marqués * sont obligatoires.
network-edit-name = Nom
network-edit-short-name = Nom court
network-edit-used-file-names-command = Utilisé dans les noms de fichiers et en ligne de commande ; tiré du nom s'il est vide.
network-edit-kind-network = Type de réseau
network-edit-programme = Programme
network-edit-start-date = Date de début
network-edit-yyyy-mm-dd = AAAA-MM-JJ
network-edit-end-date = Date de fin
network-edit-contact-e-mail = E-mail de contact
network-edit-name-example-org = nom@exemple.org
network-edit-website = Site web
network-edit-https = https://
network-edit-lead-partner = Partenaire chef de file
network-edit-not-chosen = Non choisi
network-edit-tagline = Accroche
network-edit-description = Description
network-edit-phases = Phases
network-edit-no-phases-urbact-networks = Aucune phase. Les réseaux URBACT en ont généralement deux.
network-edit-phase-name = Nom de la phase { $value }
network-edit-starts = Début
network-edit-ends = Fin
network-edit-remove-phase = Retirer la phase { $value }
network-edit-remove = Retirer
network-edit-add-phase = Ajouter une phase
network-edit-saving = Enregistrement…
network-edit-add-network = Ajouter le réseau
network-edit-save-changes = Enregistrer les modifications
network-edit-back-without-saving = Retour sans enregistrer
network-edit-loading = Chargement…

## screens/NetworkPage.svelte
network-page-back-networks = Retour aux réseaux
network-page-loading = Chargement…
network-page-networks = Réseaux
network-page-new-meeting = Nouvelle réunion
network-page-edit-network = Modifier le réseau
network-page-delete-network = Supprimer le réseau
network-page-about-network = À propos du réseau
network-page-kind = Type
network-page-programme = Programme
network-page-runs = Durée
network-page-lead-partner = Partenaire chef de file
network-page-contact = Contact
network-page-website = Site web
network-page-dates-not-set = Dates non fixées
network-page-sections-page = Sections de cette page
network-page-partners = Partenaires ({ $length })
network-page-meetings = Réunions ({ $length })
network-page-polls = Sondages
network-page-milestones = Jalons ({ $length })
network-page-holidays-days-off = Jours fériés et jours chômés
network-page-action-plans = Plans d'action ({ $length })
network-page-import-notes = Notes d'import ({ $length })
network-page-partners-2 = Partenaires
network-page-add-partner = Ajouter un partenaire
network-page-no-partners-yet = Aucun partenaire pour l'instant.
network-page-choose-partner-see-edit = Choisissez un partenaire pour voir et modifier ses contacts et son groupe local.
network-page-meetings-2 = Réunions
network-page-calendar = Calendrier
network-page-no-meetings-yet = Aucune réunion pour l'instant.
network-page-meetings-3 = Réunions de { $name }
network-page-timeline-milestones = Calendrier et jalons
network-page-add-milestone = Ajouter un jalon
network-page-no-milestones-yet-add = Aucun jalon pour l'instant. Ajoutez les étapes qui ne sont pas des réunions : fins de phase, échéances, livrables.
network-page-milestones-2 = Jalons de { $name }
network-page-done = Fait
network-page-edit = Modifier { $title }
network-page-edit-2 = Modifier
network-page-delete = Supprimer { $title }
network-page-delete-2 = Supprimer
network-page-action-plans-2 = Plans d'action
network-page-new-plan = Nouveau plan
network-page-no-action-plans-yet = Aucun plan d'action pour l'instant.
network-page-action-plans-status-last = Plans d'action de { $name } : statut et dernière modification
network-page-plan = Plan
network-page-city = Ville
network-page-status = Statut
network-page-last-change = Dernière modification
network-page-comments = Commentaires
network-page-version = { $last_change_by }, version { $revision_number }
network-page-settle = { $open_conflicts } à régler
network-page-import-notes-2 = Notes d'import
network-page-lines-imported-pages-could = Les lignes des pages importées qui n'ont pas pu être placées, gardées mot pour mot.
network-page-none = Aucune.
network-page-line = Ligne { $line }
network-page-delete-3 = Supprimer { $name } ?
network-page-milestone-will-deleted-from = Le jalon { $name } sera retiré du calendrier.
network-page-deleting-also-affects = Supprimer { $name } touche aussi :
network-page-nothing-else-depends-will = Rien d'autre ne dépend de { $name }. Il sera supprimé.
network-page-delete-network-2 = Supprimer le réseau
network-page-delete-milestone = Supprimer le jalon
network-page-delete-partner = Supprimer le partenaire

## screens/Networks.svelte
networks-networks = Réseaux
networks-city-networks-you-coordinate = Les réseaux de villes que vous coordonnez ou auxquels vous participez.
networks-new-network = Nouveau réseau
networks-loading = Chargement…
networks-no-networks-yet = Aucun réseau pour l'instant.
networks-add-your-first-network = Ajoutez votre premier réseau
networks-filter-networks = Filtrer les réseaux
networks-name-tagline = Nom ou accroche
networks-partner-count = { $count ->
    [one] { $count } partenaire
   *[other] { $count } partenaires
}
networks-meeting-count = { $count ->
    [one] { $count } réunion
   *[other] { $count } réunions
}
networks-lead = Chef de file : { $lead_partner }
networks-edit = Modifier { $name }
networks-edit-2 = Modifier
networks-delete = Supprimer { $name }
networks-delete-2 = Supprimer
networks-no-network-matches = Aucun réseau ne correspond à « { $filter } ».
networks-delete-3 = Supprimer { $name } ?
networks-deleting-also-deletes-everything = Supprimer { $name } supprime aussi tout ce qui lui appartient :
networks-has-nothing-else-will = { $name } ne contient rien d'autre. Il sera supprimé.
networks-delete-network = Supprimer le réseau

## screens/PlanPage.svelte
plan-page-back-networks = Retour aux réseaux
plan-page-loading = Chargement…
plan-page-networks = Réseaux
plan-page-no-partner-city = Aucune ville partenaire
plan-page-version = { $value } · version { $number }, { $author }, { $instant }
plan-page-partner-changed-parts = { $count ->
    [one] La copie d'un partenaire a modifié une partie que vous avez aussi modifiée.
   *[other] La copie d'un partenaire a modifié { $count } parties que vous avez aussi modifiées.
}
plan-page-export-exchange = Export et échange
plan-page-choose-which-text-keep = Choisir le texte à garder
plan-page-rename = Renommer…
plan-page-remove = Retirer…
plan-page-new-title = Nouveau titre
plan-page-rename-2 = Renommer
plan-page-cancel = Annuler
plan-page-comments = Commentaires
plan-page-actions = Actions
plan-page-budget = Budget
plan-page-timeline = Calendrier
plan-page-timeline-actions = Calendrier des actions de { $title }
plan-page-indicators = Indicateurs
plan-page-risks = Risques
plan-page-history = Historique
plan-page-conflicts-settle = Conflits à régler
plan-page-nothing-settle = Rien à régler.
plan-page-remove-2 = Retirer « { $title } » ?
plan-page-section-leaves-plan-its = La section quitte le plan. Son texte reste dans l'historique et revient si une version antérieure est restaurée.
plan-page-remove-section = Retirer la section
plan-page-keep = La garder

## screens/PracticeEdit.svelte
practice-edit-good-practices = Bonnes pratiques
practice-edit-new-good-practice = Nouvelle bonne pratique
practice-edit-edit = Modifier { $original }
practice-edit-fields-marked-required = Les champs marqués * sont obligatoires.
practice-edit-back-good-practices = Retour aux bonnes pratiques
practice-edit-title = Titre
practice-edit-tagline = Accroche
practice-edit-one-sentence-says-what = Une phrase qui dit ce que fait la pratique.
practice-edit-city = Ville
practice-edit-country = Pays
practice-edit-not-given = Non indiqué
practice-edit-written = Rédigée par
practice-edit-author-s-role = Fonction de l'auteur
practice-edit-project-officer-city-ga = Chargée de projet, Ville de Gävle
practice-edit-key-figure = Chiffre clé
practice-edit-figure-practice-puts-forward = Un chiffre que la pratique met en avant, comme la population de la ville.
practice-edit-transfer-practice-networks-take = Une pratique de transfert (des réseaux la reprennent dans leurs villes)
practice-edit-networks-transfer = Réseaux qui la transfèrent
practice-edit-no-networks-yet = Aucun réseau pour l'instant.
practice-edit-sections = Sections
practice-edit-no-sections-yet-urbact = Aucune section pour l'instant. Les pages URBACT en ont généralement quelques-unes : le problème, la solution, les résultats.
practice-edit-section-heading = Titre de la section { $value }
practice-edit-section-text = Texte de la section { $value }
practice-edit-move-section-up = Monter la section { $value }
practice-edit-move-up = Monter
practice-edit-move-section-down = Descendre la section { $value }
practice-edit-move-down = Descendre
practice-edit-remove-section = Retirer la section { $value }
practice-edit-remove = Retirer
practice-edit-add-section = Ajouter une section
practice-edit-saving = Enregistrement…
practice-edit-add-practice = Ajouter la pratique
practice-edit-save-changes = Enregistrer les modifications
practice-edit-back-without-saving = Retour sans enregistrer
practice-edit-loading = Chargement…

## screens/PracticePage.svelte
practice-page-back-good-practices = Retour aux bonnes pratiques
practice-page-loading = Chargement…
practice-page-good-practices = Bonnes pratiques
practice-page-edit-practice = Modifier la pratique
practice-page-delete-practice = Supprimer la pratique
practice-page-city = Ville
practice-page-key-figure = Chiffre clé
practice-page-written = Rédigée par
practice-page-transferred = Transférée par
practice-page-no-network-yet = Aucun réseau pour l'instant
practice-page-practice-has-no-written = Cette pratique n'a pas encore de sections rédigées.
practice-page-delete = Supprimer { $title } ?
practice-page-delete-practice-2 = Supprimer la pratique

## screens/Practices.svelte
practices-good-practices = Bonnes pratiques
practices-solutions-worked-one-city = Des solutions qui ont marché dans une ville, décrites pour que d'autres puissent les reprendre.
practices-add-practice = Ajouter une pratique
practices-loading = Chargement…
practices-no-good-practices-yet = Aucune bonne pratique pour l'instant. Ajoutez-en une, ou importez des pages URBACT (Paramètres › Importer des pages).
practices-city-not-given = Ville non indiquée
practices-transfer = Transfert

## screens/SearchPage.svelte
search-page-search = Recherche
search-page-networks-partners-meetings-action = Réseaux, partenaires, réunions, plans d'action et bonnes pratiques. Les accents ne comptent pas : « Gavle » trouve Gävle. Appuyez sur Ctrl+K n'importe où pour chercher.

## Labels of the core's closed sets
label-meeting-kind-kick-off = Lancement
label-meeting-kind-transnational = Réunion transnationale
label-meeting-kind-city-visit = Visite de ville
label-meeting-kind-final-event = Événement final
label-meeting-kind-local-group = Groupe local URBACT
label-meeting-kind-online-touch-base = Point en ligne
label-meeting-kind-phase-review = Bilan de phase
label-meeting-kind-other = Autre
label-poll-answer-yes = Oui
label-poll-answer-maybe = Si nécessaire
label-poll-answer-no = Non
label-meeting-mode-in-person = En présentiel
label-meeting-mode-online = En ligne
label-meeting-mode-hybrid = Hybride
label-meeting-status-tentative = Provisoire
label-meeting-status-confirmed = Confirmée
label-meeting-status-held = Tenue
label-meeting-status-postponed = Reportée
label-meeting-status-cancelled = Annulée
label-attendance-invited = Invité
label-attendance-accepted = Accepté
label-attendance-declined = Refusé
label-attendance-tentative = Peut-être
label-attendance-attended = Présent
label-network-kind-action-planning = Planification d'actions
label-network-kind-transfer = Transfert
label-network-kind-innovation-transfer = Transfert d'innovation
label-network-kind-implementation = Mise en œuvre
label-network-kind-other = Autre
label-partner-role-lead-partner = Partenaire chef de file
label-partner-role-partner = Partenaire
label-partner-role-good-practice-city = Ville de bonne pratique
label-partner-role-transfer-city = Ville de transfert
label-partner-role-associated = Associé
label-plan-status-draft = Brouillon
label-plan-status-in-review = En relecture
label-plan-status-final = Définitif
label-plan-status-adopted = Adopté
label-funding-source-city = Budget municipal
label-funding-source-erdf = FEDER
label-funding-source-esf-plus = FSE+
label-funding-source-national = National
label-funding-source-regional = Régional
label-funding-source-private = Privé
label-funding-source-other = Autre
label-action-status-idea = Idée
label-action-status-planned = Prévue
label-action-status-ongoing = En cours
label-action-status-done = Terminée
label-action-status-dropped = Abandonnée
label-indicator-kind-output = Réalisation
label-indicator-kind-result = Résultat
label-revision-kind-created = Créé
label-revision-kind-edit = Modifié
label-revision-kind-restore = Restauré
label-revision-kind-received = Reçu
label-revision-kind-merge = Fusionné
label-revision-kind-resolve = Conflit réglé
label-milestone-kind-phase = Début ou fin de phase
label-milestone-kind-deadline = Échéance
label-milestone-kind-deliverable = Livrable
label-milestone-kind-decision = Décision
label-milestone-kind-event = Événement
label-milestone-kind-other = Autre
label-hit-kind-network = Réseau
label-hit-kind-partner = Partenaire
label-hit-kind-meeting = Réunion
label-hit-kind-plan = Plan d'action
label-hit-kind-practice = Bonne pratique
label-day-off-source-national = Jour férié
label-day-off-source-regional = Jour férié régional
label-day-off-source-local = Jour chômé local

## Messages written by the scripts
settings-plan-versions-comments-will = Les versions des plans et les commentaires seront signés « { $name } ».
settings-backup-saved = Sauvegarde enregistrée dans { $path }.
settings-everything-was-exported = Tout a été exporté dans { $path }.
settings-restored-from-data-you = Restauré depuis { $from }. Les données que vous aviez avant ont été gardées dans une copie à côté de la base de données.
settings-backup-restored = Sauvegarde restaurée.
network-page-list-countries-could-not = La liste des pays n'a pas pu être chargée : les codes des pays sont affichés et le pays d'un partenaire ne peut pas être choisi : { $error }
network-page-list-time-zones-could = La liste des fuseaux horaires n'a pas pu être chargée : le formulaire de partenaire n'en propose aucun : { $error }
network-page-was-saved = { $name } a été enregistré.
network-page-was-added = { $name } a été ajouté.
network-page-calendar-was-imported-but = L'agenda a été importé, mais les réunions n'ont pas pu être réaffichées : { $error } Rouvrez le réseau pour les voir.
network-page-meeting-was-created-but = La réunion a été créée, mais les réunions n'ont pas pu être réaffichées : { $error } Rouvrez le réseau pour la voir.
network-page-was-saved-2 = { $title } a été enregistrée.
network-page-was-added-2 = { $title } a été ajoutée.
network-page-was-deleted = { $name } a été supprimé.
network-page-plan-created = { $title } a été créé.
network-page-not-set = Non fixées
network-page-from = À partir du { $date }
network-page-until = Jusqu'au { $date }
agenda-editor-untitled-item = point sans titre
agenda-editor-removed-save-agenda-keep = « { $value } » retiré. Enregistrez l'ordre du jour pour garder la modification.
reorder-moved = « { $title } » déplacé en position { $position } sur { $count }.
reorder-moved-untitled = Élément sans titre déplacé en position { $position } sur { $count }.
agenda-editor-agenda-saved = Ordre du jour enregistré.
confirm-dialog-go-back = Retour
days-off-section-days-off-could-not = Les jours chômés n'ont pas pu être chargés : { $error }
days-off-section-day-off-was-recorded = Le jour chômé { $name } du { $date } a été enregistré pour { $partnerName }.
days-off-section-day-off-was-removed = Le jour chômé { $name } de { $partnerName } a été retiré.
meeting-list-meetings = Réunions
nav-home = Accueil
nav-networks = Réseaux
nav-meetings = Réunions
nav-good-practices = Bonnes pratiques
nav-search-2 = Recherche
nav-settings = Paramètres
partner-form-regions-could-not-loaded = Les régions n'ont pas pu être chargées, aucune ne peut donc être choisie : { $value }
postpone-dialog-give-new-date-yyyy = Indiquez la nouvelle date (AAAA-MM-JJ), ou choisissez « Pas encore de nouvelle date ».
postpone-dialog-give-start-end-times = Indiquez les heures de début et de fin (HH:MM), ou choisissez « Pas encore de nouvelle date ».
timeline-milestone = Jalon
timeline-meeting = Réunion
export-calendar-button-export-cancelled-no-file = Export annulé : aucun fichier n'a été écrit.
import-calendar-button-import-cancelled-nothing-was = Import annulé : rien n'a été importé, et les réunions sont restées telles quelles.
import-calendar-dialog-more-network-s-meetings = … et { $value } de plus, dans les réunions du réseau.
action-details-give-amount-source-pays = Indiquez le montant que paie cette source, en euros.
action-table-moved-place = « { $title } » déplacée à la place { $value } sur { $length }.
comments-write-comment-first = Écrivez d'abord le commentaire.
conflict-resolver-action = Action
conflict-resolver-indicator = Indicateur
conflict-resolver-risk = Risque
export-send-bar-word-docx = Word (.docx)
export-send-bar-markdown = Markdown
gantt-chart-timeline-actions = Calendrier des actions
history-action = Action
history-indicator = Indicateur
history-risk = Risque
markdown-editor-all-changes-saved = Toutes les modifications sont enregistrées
markdown-editor-saving = Enregistrement…
markdown-editor-unsaved-changes = Modifications non enregistrées
markdown-editor-not-saved = Non enregistré : { $error }
new-plan-dialog-integrated-action-plan = Plan d'action intégré de { $name }
risk-table-rare = Rare
risk-table-unlikely = Peu probable
risk-table-possible = Possible
risk-table-likely = Probable
risk-table-almost-certain = Presque certain
risk-table-minor = Mineur
risk-table-moderate = Modéré
risk-table-serious = Sérieux
risk-table-major = Majeur
risk-table-severe = Grave
status-control-back-draft = Revenir au brouillon
status-control-send-review = Envoyer en relecture
status-control-mark-final = Marquer comme définitif
status-control-record-adoption-2 = Enregistrer l'adoption…
status-control-back = { $status ->
        [draft] Revenir au brouillon
        [in_review] Revenir en relecture
       *[final] Revenir à la version définitive
    }
poll-form-give-meeting-title = Donnez un titre à la réunion.
poll-form-offer-at-least-date = Proposez au moins une date, une par ligne.
poll-form-write-deadline-yyyy-mm = Écrivez la date limite sous la forme AAAA-MM-JJ.
polls-section-poll-closed-was-created = Le sondage est clos : { $title } a été créée pour le { $text }.
polls-section-poll-started = { $count ->
    [one] Le sondage { $title } a été lancé avec { $count } date.
   *[other] Le sondage { $title } a été lancé avec { $count } dates.
}
first-run-examples-could-not-loaded = Les exemples n'ont pas pu être chargés : { $error }
home-import = Import
home-soon-not-confirmed = Bientôt, non confirmée
home-no-host = Pas d'hôte
home-travel = Voyage
meeting-edit-enter-start-end-see = Indiquez un début et une fin pour voir l'heure de chaque partenaire.
meeting-edit-choose-network-meeting-belongs = Choisissez le réseau auquel appartient la réunion.
meeting-edit-list-time-zones-could = La liste des fuseaux horaires n'a pas pu être chargée : le champ du fuseau n'en propose aucun (un fuseau est quand même vérifié à l'enregistrement) : { $error }
meeting-edit-local-times-shown-meetings = Les heures locales s'affichent pour les réunions avec une heure de début et de fin.
meeting-edit-choose-network-see-its = Choisissez le réseau pour voir les heures locales de ses partenaires.
meeting-edit-enter-start-end-time = Indiquez un début, une fin et un fuseau horaire (ou un hôte) pour voir l'heure de chaque partenaire.
meeting-edit-no-local-times-yet = Pas encore d'heures locales : { $error }
meeting-edit-form-now-has-time = Le formulaire a maintenant cet horaire ; vérifiez-le et enregistrez.
meeting-edit-form-now-has-those = Le formulaire a maintenant ces jours ; vérifiez-les et enregistrez.
meeting-edit-was-added = « { $title } » a été ajoutée.
meeting-edit-was-saved = « { $title } » a été enregistrée.
meeting-page-confirm = Confirmer
meeting-page-cancel-meeting = Annuler la réunion
meeting-page-mark-held = Marquer comme tenue
meeting-page-was-deleted = « { $title } » a été supprimée.
meeting-page-all-day-meeting-has = Une réunion sur des journées entières a les mêmes dates partout ; les heures locales s'affichent pour les réunions avec une heure de début et de fin.
meeting-page-meeting-has-no-date = La réunion n'a pas encore de date.
meetings-partners-holidays-could-not = Les jours fériés des partenaires n'ont pas pu être affichés : { $error }
network-edit-was-added = { $name } a été ajouté.
network-edit-was-saved = { $name } a été enregistré.
networks-was-deleted = { $name } a été supprimé.
networks-dates-not-set = dates non fixées
plan-page-actions-budget-timeline = Actions, budget et calendrier
plan-page-indicators-2 = Indicateurs
plan-page-risks-2 = Risques
plan-page-history-2 = Historique
plan-page-conflicts-settle-2 = Conflits à régler
plan-page-was-removed-its-text = « { $title } » a été retirée ; son texte reste dans l'historique.
plan-page-new-action = Nouvelle action { $n }
plan-page-version-was-restored-new = La version { $number } a été restaurée comme nouvelle version.
plan-page-plan-now = Le plan est maintenant « { $next } ».
practice-edit-list-countries-could-not = La liste des pays n'a pas pu être chargée : { $error }
practice-edit-was-added = { $title } a été ajoutée.
practice-edit-was-saved = { $title } a été enregistrée.
practice-page-country-names-could-not = Les noms des pays n'ont pas pu être chargés, les codes sont affichés : { $error }
practice-page-was-deleted = { $title } a été supprimée.
practice-page-practice = La pratique
practice-page-practice-its-section = La pratique et sa section
practice-page-practice-its-sections = La pratique et ses { $sections } sections
practice-page-will-deleted-networks-transfer = { $what } sera supprimée. Les réseaux qui la transfèrent restent tels quels.
practices-country-names-could-not = Les noms des pays n'ont pas pu être chargés, les codes sont affichés : { $error }
agenda-form-item-must-end-after = Le point doit finir après avoir commencé.
days-off-partners-off = { $length } partenaires absents
days-off-line = { $source ->
    [national] { $partner } ({ $place }) : { $holiday } (jour férié)
    [regional] { $partner } ({ $place }) : { $holiday } (jour férié régional)
   *[local] { $partner } ({ $place }) : { $holiday } (jour chômé local)
}
days-off-line-estimated = { $source ->
    [national] { $partner } ({ $place }) : { $holiday } (jour férié, date estimée)
    [regional] { $partner } ({ $place }) : { $holiday } (jour férié régional, date estimée)
   *[local] { $partner } ({ $place }) : { $holiday } (jour chômé local, date estimée)
}
days-off-holiday-of-kind = { $source ->
    [national] { $holiday }
    [regional] { $holiday } (jour férié régional)
   *[local] { $holiday } (jour chômé local)
}
days-off-holiday-of-kind-estimated = { $source ->
    [national] { $holiday } (date estimée)
    [regional] { $holiday } (jour férié régional, date estimée)
   *[local] { $holiday } (jour chômé local, date estimée)
}
days-off-holiday-kept-by = { $holiday } : { $partners }
days-off-names-off = { $names } absents
days-off-choose-partner = Choisissez le partenaire.
errors-something-went-wrong-no = Quelque chose n'a pas marché, et aucune raison n'a été donnée.
find-time-h-min = { $h } h { $m } min
find-time-days-write-how-many = Jours : écrivez combien de jours dure la réunion, par exemple 2.
find-time-working-day-write-its = Journée de travail : écrivez son début et sa fin sous la forme HH:MM, par exemple 09:00 et 17:00.
long-work-saving-events = { $count ->
        [one] Enregistrement de { $done } événement sur { $total }…
       *[other] Enregistrement de { $done } événements sur { $total }…
    }
long-work-writing-events = { $count ->
        [one] Écriture de { $total } événement…
       *[other] Écriture de { $total } événements…
    }
long-work-events-ready = { $count ->
        [one] { $total } événement prêt : choisissez où enregistrer le fichier.
       *[other] { $total } événements prêts : choisissez où enregistrer le fichier.
    }
meeting-form-meeting-must-end-after = La réunion doit finir après avoir commencé.
meeting-form-choose-time-zone-host = Choisissez un fuseau horaire, ou un hôte dont la réunion prend le fuseau.
meeting-form-not-known-iana-time = « { $zone } » n'est pas un fuseau horaire IANA connu (par exemple Europe/Riga).
meeting-form-last-day-before-first = Le dernier jour, { $last }, est avant le premier, { $first }.
meeting-form-write-year-between-leave = Écrivez une année entre { $fIRST_YEAR } et { $lAST_YEAR }, ou laissez vide.
meeting-form-say-words-when-planned = Dites en toutes lettres quand elle est prévue, ou indiquez l'année.
milestone-form-enter-month-yyyy-mm = Indiquez un mois (AAAA-MM).
milestone-form-not-month-write-yyyy = « { $v } » n'est pas un mois ; écrivez-le sous la forme AAAA-MM, par exemple 2027-06.
milestone-form-year-outside = L'année { $year } est hors de { $fIRST_YEAR }-{ $lAST_YEAR }.
partner-form-choose-country = Choisissez le pays.
partner-form-not-known-iana-time = « { $zone } » n'est pas un fuseau horaire IANA connu (par exemple Europe/Riga).
plan-diff-no-change = Aucune modification
plan-diff-white-space-changed = Espaces modifiés
plan-gantt-no-start-end-month = ni mois de début ni mois de fin
plan-gantt-no-start-month = pas de mois de début
plan-gantt-no-end-month = pas de mois de fin
plan-gantt-its-end-month-comes = son mois de fin précède son mois de début
plan-money-no-amount = pas de montant
plan-money-type-amount-euros-such = Saisissez un montant en euros, par exemple 12500 ou 12 500,50.
plan-money-euros-have-two-decimals = Les euros ont deux décimales au plus (les centimes).
validation-must-not-empty = Ne doit pas être vide.
validation-characters-long-limit = Fait { $n } caractères ; la limite est de { $max }.
validation-not-e-mail-address = « { $v } » n'est pas une adresse e-mail (attendu : nom@exemple.org).
validation-must-start-https-http = « { $v } » doit commencer par https:// ou http://.
validation-not-web-address = « { $v } » n'est pas une adresse web.
validation-enter-date-yyyy-mm = Indiquez une date (AAAA-MM-JJ).
validation-not-date-write-yyyy = « { $v } » n'est pas une date ; écrivez-la sous la forme AAAA-MM-JJ, par exemple 2027-03-10.
validation-year-outside = L'année { $year } est hors de { $fIRST_YEAR }-{ $lAST_YEAR }.
validation-enter-time-hh-mm = Indiquez une heure (HH:MM, sur 24 heures).
validation-not-time-write-hh = « { $v } » n'est pas une heure ; écrivez-la sous la forme HH:MM, par exemple 14:30.
validation-before-start = { $end } est avant le début, { $start }.
validation-not-whole-number = « { $value } » n'est pas un nombre entier.
calendar-saved = { $count ->
        [one] { $count } réunion enregistrée
       *[other] { $count } réunions enregistrées
    } dans { $path }
calendar-left-out = { $head } ; { $count ->
        [one] { $count } réunion pas encore datée a été laissée de côté.
       *[other] { $count } réunions pas encore datées ont été laissées de côté.
    }
calendar-cancellation = L'annulation
calendar-invitation = L'invitation
calendar-was-written = { $what } « { $subject } » a été écrite dans { $path }.
calendar-open-your-mail-program = { $what } « { $subject } » est ouverte dans votre messagerie : vérifiez-la et envoyez-la de là. Elle est aussi enregistrée dans { $path }.
calendar-none-file-s-events = Aucun événement du fichier n'a pu être importé : { $count ->
        [one] { $count } événement a été ignoré
       *[other] { $count } événements ont été ignorés
    }, chacun listé avec sa ligne et sa raison ; rien n'a été importé.
calendar-calendar-holds-no-events = L'agenda ne contient aucun événement pour ce réseau ; rien n'a été importé{ $skippedPart }.
calendar-nothing-changed-already-saved = Rien n'a changé : { $count ->
        [one] l'événement de ce fichier est déjà enregistré
       *[other] les { $count } événements de ce fichier sont déjà enregistrés
    }{ $skippedPart }.
calendar-created-updated-unchanged = { $count ->
        [one] { $count } réunion créée
       *[other] { $count } réunions créées
    }, { $updated } mises à jour, { $unchanged } inchangées{ $skippedPart }.
calendar-event = un événement
calendar-line-uid = ligne { $line } : { $title } (UID { $uid })
calendar-line = ligne { $line } : { $title }
calendar-give-your-e-mail = Indiquez votre adresse e-mail : les réponses des partenaires y reviennent.
calendar-choose-at-least-person = Choisissez au moins une personne à inviter, ou ajoutez une adresse.
dates-happening-now = en cours
dates-earlier-today = plus tôt aujourd'hui
local-times-outside-working-hours = hors de 08:00–19:00
local-times-on-saturday = un samedi
local-times-on-sunday = un dimanche
local-times-unknown-zone = fuseau inconnu
plan-actions-not-month-write-yyyy = « { $typed } » n'est pas un mois : écrivez-le sous la forme AAAA-MM, par exemple 2027-03.
plan-actions-not-span-months-write = « { $typed } » n'est pas une période en mois : écrivez-la sous la forme 2027-03 – 2027-12.
plan-actions-from = À partir de { $shortMonth }
plan-actions-until = Jusqu'à { $shortMonth }
plan-actions-none-yet = Aucun pour l'instant
plan-actions-details-funding-indicators = détails, financement et indicateurs…
section-outline-moved-place = « { $title } » déplacée à la place { $place } sur { $count }.
dates-today = aujourd'hui
dates-tomorrow = demain
dates-yesterday = hier
dates-in-days = { $count ->
        [one] dans { $count } jour
       *[other] dans { $count } jours
    }
dates-days-ago = { $count ->
        [one] il y a { $count } jour
       *[other] il y a { $count } jours
    }
dates-in-months = { $count ->
        [one] dans { $count } mois
       *[other] dans { $count } mois
    }
dates-months-ago = { $count ->
        [one] il y a { $count } mois
       *[other] il y a { $count } mois
    }
dates-in-minutes = { $count ->
        [one] dans { $count } minute
       *[other] dans { $count } minutes
    }
dates-in-hours = { $count ->
        [one] dans { $count } heure
       *[other] dans { $count } heures
    }
plan-actions-column-title = Action
plan-actions-column-objective = Objectif
plan-actions-column-months = Mois
plan-actions-column-cost = Coût
plan-actions-column-funding = Financement
plan-actions-column-status = Statut
plan-actions-column-details = Plus
plan-diff-words-added = { $count ->
        [one] { $count } mot ajouté
       *[other] { $count } mots ajoutés
    }
plan-diff-words-removed = { $count ->
        [one] { $count } mot supprimé
       *[other] { $count } mots supprimés
    }
calendar-events-skipped = { $count ->
        [one] ; { $count } événement ignoré
       *[other] ; { $count } événements ignorés
    }
import-report-count-networks = { $count ->
        [one] { $count } réseau
       *[other] { $count } réseaux
    }
import-report-count-partners = { $count ->
        [one] { $count } partenaire
       *[other] { $count } partenaires
    }
import-report-count-contacts = { $count ->
        [one] { $count } e-mail de contact
       *[other] { $count } e-mails de contact
    }
import-report-count-meetings = { $count ->
        [one] { $count } réunion
       *[other] { $count } réunions
    }
import-report-count-milestones = { $count ->
        [one] { $count } jalon
       *[other] { $count } jalons
    }
import-report-count-action-plans = { $count ->
        [one] { $count } plan d'action
       *[other] { $count } plans d'action
    }
import-report-count-practices = { $count ->
        [one] { $count } bonne pratique
       *[other] { $count } bonnes pratiques
    }
import-report-count-import-notes = { $count ->
        [one] { $count } note d'import
       *[other] { $count } notes d'import
    }
plan-gantt-span-one-month = { $start } (1 mois)
plan-gantt-bar = { $label } : { $span }
plan-gantt-bar-pilot = { $label } (pilote) : { $span }
plan-gantt-span-months = { $start } à { $end } ({ $count } mois)
calendar-reminder-none = Pas de rappel
calendar-reminder-day = 1 jour avant
calendar-reminder-hour = 1 heure avant
import-calendar-button-reading = Lecture du fichier d'agenda…
export-calendar-button-reading = Lecture des réunions…
export-send-bar-exported = Exporté en { $format } dans { $path }.
export-send-bar-plan-file-saved = Fichier du plan enregistré dans { $path }. Envoyez-le à votre partenaire par e-mail ou par tout autre moyen.
budget-summary-by-funding-source = Par source de financement
budget-summary-by-objective = Par objectif
budget-summary-funding-source = Source de financement
budget-summary-objective = Objectif

## Calendar servers
## components/dav/DavAccountsSection.svelte: the accounts in Settings
dav-accounts-heading = Serveurs d'agenda
dav-accounts-intro = Publiez les réunions d'un réseau dans l'agenda CalDAV qu'utilisent vos partenaires (Nextcloud, SOGo, Radicale, Fastmail). Le mot de passe est conservé dans le trousseau de clés de cet ordinateur, jamais dans les données de Convene.
dav-accounts-added = Compte { $name } ajouté. { $note }
dav-accounts-none = Aucun compte pour l'instant.
dav-accounts-user-at-url = { $user } sur { $url }
dav-accounts-testing = Test en cours…
dav-accounts-test = Tester
dav-accounts-remove = Retirer
dav-accounts-test-works = { $count ->
        [0] Cela fonctionne. Dossier des agendas { $home } ; 0 agenda.
        [one] Cela fonctionne. Dossier des agendas { $home } ; { $count } agenda :
        [many] Cela fonctionne. Dossier des agendas { $home } ; { $count } d'agendas :
       *[other] Cela fonctionne. Dossier des agendas { $home } ; { $count } agendas :
    }
dav-accounts-name = Nom
dav-accounts-name-placeholder = nextcloud
dav-accounts-url = Adresse du serveur
dav-accounts-url-hint = Pour Nextcloud : https://HOST/remote.php/dav
dav-accounts-url-placeholder = https://
dav-accounts-user = Nom d'utilisateur
dav-accounts-password = Mot de passe
dav-accounts-ca-file = Fichier d'autorité de certification (facultatif)
dav-accounts-ca-file-hint = Seulement pour un serveur qui a son propre certificat : le fichier PEM de son autorité de certification.
dav-accounts-ca-file-choose = Choisir le fichier…
dav-accounts-ca-file-none = Aucun : le certificat du serveur est public.
dav-accounts-ca-file-clear = N'en utiliser aucun
dav-accounts-cancel = Annuler
dav-accounts-adding = Ajout en cours…
dav-accounts-add-account = Ajouter le compte
dav-accounts-add = Ajouter un compte…
dav-password-used-once = Mot de passe (utilisé une fois, non enregistré)
## components/dav/DavConflictCard.svelte: one conflict, both versions side by side
dav-conflict-in-convene = Dans Convene
dav-conflict-on-server = Sur le serveur
dav-conflict-label = Conflit : { $title }
dav-conflict-found = constaté le { $when }
dav-conflict-deleted = Supprimé
dav-conflict-keep-mine = Garder ma version
dav-conflict-keep-server = Garder la version du serveur
## components/dav/PublishSection.svelte: publishing on the network page
dav-publish-heading = Serveur d'agenda
dav-publish-no-account = Pour publier ces réunions sur le serveur d'agenda de vos partenaires, ajoutez un compte dans { $link }.
dav-publish-cancelled = Publication annulée. Ce qui est arrivé sur le serveur y reste ; la prochaine publication la terminera.
dav-publish-no-account-link = Paramètres
dav-publish-account = Compte
dav-publish-calendar = Nom de l'agenda (facultatif)
dav-publish-calendar-placeholder = Le nom du réseau
dav-publish-progress = Publication sur le serveur d'agenda…
dav-publish-publishing = Publication en cours…
dav-publish-go = Publier sur le serveur d'agenda
dav-publish-last = Dernière publication { $when }, dans { $calendar } ({ $account }) : { $result }
dav-publish-conflicts-heading = Conflits à régler ({ $count })
dav-publish-conflicts-intro = Les deux côtés ont modifié ces réunions depuis la dernière publication : rien n'a donc été écrit pour elles.

## lib/meetingWhen.ts: a meeting's when, outside English (English shows the core's own words)
# { $date }: a day such as "mer. 10 mars 2027"; { $times }: "10:00–12:00"; { $zone }: "Europe/Riga";
# { $days }: how many days after the start the end falls; { $known }: a month and year, or a year, of an undated meeting;
# { $wording }: the undated meeting's own words, as typed or imported.
meeting-when-timed = { $date }, { $times } ({ $zone })
meeting-when-timed-later = { $days ->
    [one] { $date }, { $times } +{ $days } jour ({ $zone })
   *[other] { $date }, { $times } +{ $days } jours ({ $zone })
}
meeting-when-timed-short = { $date }, { $time }
meeting-when-all-day = { $date }, toute la journée
meeting-when-all-days = { $dates }, journées entières
meeting-when-not-dated = pas encore datée
meeting-when-not-dated-known = pas encore datée ({ $known })
meeting-when-not-dated-wording = pas encore datée (« { $wording } »)
meeting-when-not-dated-known-wording = pas encore datée ({ $known } : « { $wording } »)
meeting-when-known-not-dated = { $known }, pas encore datée
meeting-when-month-year-unknown = { $month }, année inconnue

## The plan page's push and pull through a WebDAV folder (components/dav/PlanServerBar.svelte)

plan-server-heading = Partager par un serveur d'agenda
plan-server-account = Compte
plan-server-folder = Dossier sur le serveur (facultatif)
plan-server-folder-placeholder = Le dossier du dernier envoi ou de la dernière récupération
plan-server-push = Envoyer sur le serveur
plan-server-pushing = Envoi…
plan-server-pull = Récupérer depuis le serveur
plan-server-pulling = Récupération…
# $href: the plan file's address on the server.
plan-server-pushed = Le plan est sur le serveur : { $href }.
# $link: plan-server-no-account-link, shown as a link to Settings.
plan-server-no-account = Pour partager ce plan par un dossier sur le serveur de vos partenaires, ajoutez un compte dans les { $link }.
plan-server-no-account-link = Paramètres
