# Convene's window, in English. Message ids are kebab-case and start with the screen or
# component they belong to. Variables are in { $braces }; plurals use Fluent selectors
# ({ $count -> [one] ... *[other] ... }, one variant a line).
# docs/translating.md says how to add a language.


## screens/Settings.svelte
settings-settings = Settings
settings-your-name-your-data = Your language, your name, your data, its backups, and bringing data in and out.
settings-language = Language
settings-language-label = Language of the window
settings-language-hint = Menus, buttons and messages, and how dates, times and amounts are written. Plans and invitations keep their own language.
# { $language } is the system's language named in that language, e.g. "Français".
settings-language-system = System language ({ $language })
# { $language } is the chosen language named in that language.
settings-language-changed = The window is now in { $language }.
settings-your-name = Your name
settings-name-plan-versions-comments = Name on plan versions and comments
settings-every-save-action-plan = Every save of an action plan is signed with it, so partners see who wrote what. Left empty, the name of your computer account is used.
# The same when the name field is empty now.
settings-every-save-action-plan-as-now = Every save of an action plan is signed with it, so partners see who wrote what. Left empty, the name of your computer account is used (as now).
settings-saving = Saving…
settings-save-name = Save name
settings-database = Database
settings-location = Location
settings-schema-version = Schema version
settings-convene-version = Convene version
settings-everything-kept-one-file = Everything is kept in this one file. To use another file, start Convene with the CONVENE_DB environment variable set to its path.
settings-loading = Loading…
settings-backup-restore = Backup and restore
settings-backup-complete-copy-database = A backup is a complete copy of the database, safe to take while Convene is open.
settings-saving-backup = Saving the backup…
settings-back-up-now = Back up now…
settings-restore-from-backup = Restore from a backup…
settings-import-export = Import and export
settings-import-urbact-network-good = Import URBACT network and good-practice pages saved as text. Records already there are left as they are, so importing the same file twice changes nothing.
settings-importing = Importing…
settings-import-pages = Import pages…
settings-exporting = Exporting…
settings-export-everything-json = Export everything as JSON…
settings-import-report = Import report
settings-replace-all-data-backup = Replace all data with the backup?
settings-everything-now-convene-will = Everything now in Convene will be replaced by the contents of { $path }. A copy of the current database is kept beside it, so this can be undone by restoring that copy.
settings-restore-backup = Restore the backup
settings-keep-current-data = Keep the current data

## App.svelte
app-skip-content = Skip to content
app-convene-could-not-open = Convene could not open its database: { $startError }
app-convene-try-again = Try again
app-page-not-found = Page not found
app-there-nothing-at-address = There is nothing at this address.
app-go-home-screen = Go to the home screen
app-dismiss-message = Dismiss message

## components/AgendaEditor.svelte
agenda-editor-agenda = Agenda
agenda-editor-move-item-alt-alt = Move an item with Alt+↑ and Alt+↓, the arrow buttons, or by dragging ⠿.
agenda-editor-no-agenda-items-yet = No agenda items yet.
agenda-editor-drag-move-item = Drag to move item { $value }
agenda-editor-move-item-up = Move item { $value } up
agenda-editor-move-item-down = Move item { $value } down
agenda-editor-remove-item = Remove item { $value }
agenda-editor-remove = Remove
agenda-editor-item-title = Item { $value } title
agenda-editor-from = From
agenda-editor-hh-mm = HH:MM
agenda-editor-to = To
agenda-editor-led = Led by
agenda-editor-nobody-particular = Nobody in particular
agenda-editor-notes = Notes
agenda-editor-add-item = Add an item
agenda-editor-saving = Saving…
agenda-editor-save-agenda = Save agenda
agenda-editor-unsaved-changes = Unsaved changes

## components/AttendanceEditor.svelte
attendance-editor-attendance = Attendance
# One count in the line under Attendance, "Accepted: 3 · Declined: 1"; { $label } is an answer (label-attendance-*).
attendance-editor-count = { $label }: { $count }
attendance-editor-network-has-no-partners = The network has no partners yet.
attendance-editor-partner = Partner
attendance-editor-answer = Answer
attendance-editor-not-invited = Not invited
attendance-editor-people = People

## components/ConfirmDialog.svelte
confirm-dialog-working = Working…

## components/DaysOffSection.svelte
days-off-section-holidays-days-off = Holidays and days off
days-off-section-next-weeks = In the next { $wEEKS } weeks
days-off-section-public-holidays-each-partner = Public holidays of each partner's country (and region, when it has one), and the days off recorded below.
days-off-section-no-partner-has-holiday = No partner has a holiday or day off in the next { $wEEKS } weeks.
days-off-section-holidays-days-off-next = Holidays and days off in the next { $wEEKS } weeks
days-off-section-recorded-days-off = Recorded days off
days-off-section-none-yet-record-city = None yet. Record a city's own days off, such as its patron saint's day or a local election.
days-off-section-remove = Remove { $name } of { $partnerName }
days-off-section-remove-2 = Remove
days-off-section-record-day-off = Record a day off
days-off-section-partner = Partner
days-off-section-choose = Choose…
days-off-section-day = Day
days-off-section-yyyy-mm-dd = YYYY-MM-DD
days-off-section-what = What it is
days-off-section-patron-saint-s-day = Patron saint's day
days-off-section-saving = Saving…
days-off-section-record-day-off-2 = Record the day off

## components/FindTimePanel.svelte
find-time-panel-find-time = Find a time
find-time-panel-close = Close
find-time-panel-find-days = Find days
find-time-panel-find-times = Find times
find-time-panel-choose-network-first = Choose the network first.
find-time-panel-choose-at-time-all = Choose “At a time” or “All day” to look for a date that suits the partners.
find-time-panel-days-which-no-partner = Days on which no partner has a public holiday or day off.
find-time-panel-times-ranked-how-well = Times ranked by how well they suit every partner: working hours, weekends, holidays and other meetings.
find-time-panel-from = From
find-time-panel-yyyy-mm-dd = YYYY-MM-DD
find-time-panel-to = To
find-time-panel-days = Days
find-time-panel-length = Length
find-time-panel-working-day = Working day
find-time-panel-working-day-starts = Working day starts
find-time-panel-working-day-ends = Working day ends
find-time-panel-to-2 = to
find-time-panel-leave-out-weekends = Leave out weekends
find-time-panel-looking = Looking…
find-time-panel-search = Search
# Below the search form. { $zone }: an IANA time zone such as "Europe/Riga".
find-time-panel-times-on-zone-clock = Times are on the clock of { $zone }; each partner’s own time is listed.
find-time-panel-times-in-utc = Times are in UTC (choose a host or a time zone to read them on its clock); each partner’s own time is listed.
find-time-panel-times-suit-every-partner = { $suit_everyone ->
    [one] { $suit_everyone } of { $candidates } times suits every partner; the first { $length } are below.
   *[other] { $suit_everyone } of { $candidates } times suit every partner; the first { $length } are below.
}
find-time-panel-none-times-suits-every = None of { $candidates } times suits every partner; the least awkward come first.
find-time-panel-suits-everyone = suits everyone
# A badge on a proposed time: { $count } partners for whom it is outside working hours, on a holiday or clashes.
find-time-panel-awkward-for = { $count ->
    [one] awkward for { $count } partner
   *[other] awkward for { $count } partners
}
find-time-panel-use-time = Use this time
find-time-panel-no-run-days-free = No run of days is free for every partner in that range.
# { $days }: how many days in a row were asked for (1 to 14); { $count }: how many such runs were found.
find-time-panel-day-runs = { $days ->
    [one] Single days with no partner’s holiday: { $count }.
   *[other] Runs of { $days } days with no partner’s holiday: { $count }.
}
find-time-panel-also = also: { $other_meetings }
find-time-panel-use-these-days = Use these days
find-time-panel-days-left-out = Days left out ({ $length })

## components/ImportReport.svelte
import-report-import-report = Import report
import-report-already-there-left-they = Already there and left as they were: { $existing }.
import-report-check = { $count ->
        [one] { $count } thing
       *[other] { $count } things
    } to check
import-report-lines-importer-placed-guessing = — lines the importer placed by guessing, or kept as notes
import-report-line = Line { $line }
import-report-lines-to-check = Lines to check
import-report-no-warnings-every-line = No warnings: every line found its place.

## components/LocalTimesPanel.svelte
local-times-panel-local-times = Local times
local-times-panel-working-out-local-times = Working out the local times…
local-times-panel-network-has-no-partners = This network has no partners yet.
local-times-panel-within-working-hours-08 = Within working hours (08:00–19:00) on a weekday for every partner.
local-times-panel-of = { $awkward } of { $length }
local-times-panel-partners-would-meet-outside = partners would meet outside 08:00–19:00 or on a weekend.
local-times-panel-partner = Partner
local-times-panel-starts-there = Starts there
local-times-panel-ends-there = Ends there
local-times-panel-host = host

## components/MeetingList.svelte
meeting-list-all = { $caption }, { $length } in all
meeting-list-when = When
meeting-list-meeting = Meeting
meeting-list-network = Network
meeting-list-host = Host
meeting-list-mode = Mode
meeting-list-status = Status

## components/MilestoneForm.svelte
milestone-form-edit = Edit { $title }
milestone-form-add-milestone = Add a milestone
milestone-form-title = Title
milestone-form-integrated-action-plan-due = Integrated Action Plan due
milestone-form-kind = Kind
milestone-form-date-known = The date is known
milestone-form-day = to the day
milestone-form-only-month = only to the month
milestone-form-month = Month
milestone-form-yyyy-mm = YYYY-MM
milestone-form-example-2027-06-june = For example 2027-06 for June 2027.
milestone-form-date = Date
milestone-form-yyyy-mm-dd = YYYY-MM-DD
milestone-form-description = Description
milestone-form-done = Done
milestone-form-saving = Saving…
milestone-form-save-changes = Save changes
milestone-form-add-milestone-2 = Add milestone
milestone-form-close-without-saving = Close without saving

## components/MonthCalendar.svelte
month-calendar-meetings = { $count ->
        [one] { $count } meeting
       *[other] { $count } meetings
    }
month-calendar-previous-month = Previous month
month-calendar-previous = ‹ Previous
month-calendar-month = This month
month-calendar-next-month = Next month
month-calendar-next = Next ›
month-calendar-today = { $day }, today
month-calendar-days-off = Days off: { $lines }
month-calendar-more = +{ $value } more

## components/Nav.svelte
nav-main = Main
nav-convene = Convene
nav-search = Search
nav-ctrl = Ctrl
nav-k = K

## components/PartnerDetails.svelte
partner-details-field-name = Name
partner-details-field-role = Role
partner-details-field-email = E-mail
partner-details-field-phone = Phone
partner-details-field-organisation = Organisation
partner-details-field-group-role = Role in the group
partner-details-now = { $value } · { $countryName } · { $time_zone } · now { $clockIn }
# The same for a partner with a region, { $region }: a code such as "ES-CN".
partner-details-now-in-region = { $value } · { $countryName } ({ $region }) · { $time_zone } · now { $clockIn }
partner-details-edit-partner = Edit partner
partner-details-delete-partner = Delete partner
partner-details-close-details = Close the details of { $name }
partner-details-close = Close
partner-details-population = Population: { $population }
partner-details-contacts = Contacts
partner-details-local-group = Local group

## components/PartnerForm.svelte
partner-form-edit = Edit { $name }
partner-form-add-partner = Add a partner
partner-form-city-organisation = City or organisation
partner-form-country = Country
partner-form-choose = Choose…
partner-form-role = Role
partner-form-time-zone = Time zone
partner-form-empty-means-country-s = Empty means the country's zone, { $defaultZone }.
partner-form-empty-means-country-s-2 = Empty means the country’s zone.
partner-form-region = Region
partner-form-its-public-holidays-count = Its public holidays count besides the national ones.
partner-form-convene-knows-no-regional = Convene knows no regional holidays for this country.
partner-form-none-national-holidays-only = None (national holidays only)
partner-form-population = Population
partner-form-notes = Notes
partner-form-saving = Saving…
partner-form-save-changes = Save changes
partner-form-add-partner-2 = Add partner
partner-form-close-without-saving = Close without saving

## components/PartnersTable.svelte
partners-table-partners-all = Partners, { $length } in all
partners-table-city-partner = City or partner
partners-table-country = Country
partners-table-role = Role
partners-table-time-zone = Time zone
partners-table-local-time-now = Local time now
partners-table-people = People

## components/PeopleEditor.svelte
# $noun is contact (a partner city's contact person) or member (of the URBACT Local Group).
people-editor-add = { $noun ->
        [contact] Add contact
       *[member] Add member
    }
people-editor-none-yet = None yet.
people-editor-delete = Delete { $primary }?
people-editor-delete-2 = Delete
people-editor-keep = Keep
people-editor-edit = Edit { $primary }
people-editor-edit-2 = Edit
people-editor-delete-3 = Delete { $primary }
people-editor-new = { $noun ->
        [contact] New contact
       *[member] New member
    }
people-editor-edit-3 = { $noun ->
        [contact] Edit contact
       *[member] Edit member
    }
people-editor-saving = Saving…
people-editor-save = Save
people-editor-close-without-saving = Close without saving

## components/PostponeDialog.svelte
postpone-dialog-postpone = Postpone “{ $title }”
postpone-dialog-current-date-stays-record = The current date stays on record in the description (“Postponed from …”).
postpone-dialog-when-will-take-place = When will it take place?
postpone-dialog-new-date-meeting-becomes = On a new date (the meeting becomes tentative again)
postpone-dialog-no-new-date-yet = No new date yet (calendars cancel the current date)
postpone-dialog-first-day = First day
postpone-dialog-new-date = New date
postpone-dialog-yyyy-mm-dd = YYYY-MM-DD
postpone-dialog-start-time = Start time
postpone-dialog-hh-mm = HH:MM
postpone-dialog-end-time = End time
postpone-dialog-last-day = Last day
postpone-dialog-times-clock-meeting-s = Times on the clock of { $time_zone }, the meeting’s zone.
postpone-dialog-without-last-day-meeting = Without a last day, the meeting keeps its number of days.
postpone-dialog-go-back = Go back
postpone-dialog-working = Working…
postpone-dialog-postpone-2 = Postpone

## components/SearchBox.svelte
search-box-search-networks-partners-meetings = Search networks, partners, meetings, plans and practices
search-box-search-networks-partners-meetings-2 = Search networks, partners, meetings, plans, practices…
search-box-results = { $length } results
search-box-results-2 = Results
search-box-nothing-found-try-fewer = Nothing found for “{ $searched }”. Try fewer or shorter words.

## components/SearchDialog.svelte
search-dialog-search = Search
search-dialog-choose-enter-open-esc = ↑ ↓ to choose, Enter to open, Esc to close.

## components/Timeline.svelte
timeline-timeline = Timeline of { $network_name }
timeline-today = Today
timeline-no-dates-yet-nothing = No dates yet: nothing to draw.

## components/WorkProgressBar.svelte
work-progress-bar-cancelling = Cancelling…
work-progress-bar-cancel = Cancel

## components/calendar/AddToCalendarButton.svelte
add-to-calendar-button-saving = Saving…
add-to-calendar-button-add-calendar = Add to calendar…

## components/calendar/CalendarResult.svelte
calendar-result-dismiss-message = Dismiss this message

## components/calendar/ExportCalendarButton.svelte
export-calendar-button-export-calendar = Export calendar…
export-calendar-button-export-calendar-2 = Export the calendar of { $name }
export-calendar-button-every-dated-meeting-goes = Every dated meeting goes into one .ics file that Outlook, Google Calendar, Thunderbird and Apple Calendar open. Meetings not dated yet are left out.
export-calendar-button-reminder = Reminder
export-calendar-button-only-meetings-between-optional = Only the meetings between (optional)
export-calendar-button-first-day = First day
export-calendar-button-yyyy-mm-dd = YYYY-MM-DD
export-calendar-button-last-day = Last day
export-calendar-button-cancel = Cancel
export-calendar-button-saving = Saving…
export-calendar-button-save = Save…

## components/calendar/ImportCalendarButton.svelte
import-calendar-button-importing = Importing…
import-calendar-button-import-calendar = Import calendar…

## components/calendar/ImportCalendarDialog.svelte
import-calendar-dialog-calendar-imported = Calendar imported
import-calendar-dialog-import-report = Import report
import-calendar-dialog-already-saved-recent-file = { $count ->
        [one] { $count } event was already saved, as recent as in the file or more, and left as it was.
       *[other] { $count } events were already saved, as recent as in the file or more, and left as they were.
    }
import-calendar-dialog-skipped = { $count ->
        [one] { $count } event
       *[other] { $count } events
    } skipped
# Follows "3 events skipped" in bold.
import-calendar-dialog-not-imported-fix-calendar = { $count ->
        [one] , not imported; fix it in the calendar program and import the file again
       *[other] , not imported; fix them in the calendar program and import the file again
    }
import-calendar-dialog-more = … and { $value } more.
import-calendar-dialog-check = { $count ->
        [one] { $count } thing
       *[other] { $count } things
    } to check
import-calendar-dialog-no-warnings = No warnings.
import-calendar-dialog-close = Close

## components/calendar/InvitationDialog.svelte
invitation-dialog-email-invitation = Email an invitation to “{ $title }”
invitation-dialog-your-mail-program-opens = Your mail program opens the message ready to send; it arrives as an invitation to accept or decline.
# { $status } is cancelled or postponed.
invitation-dialog-cancellation-note = { $status ->
    [cancelled] The meeting is cancelled: the message will be a cancellation, which removes it from the calendars of those who accepted.
   *[postponed] The meeting is postponed: the message will be a cancellation, which removes it from the calendars of those who accepted.
}
invitation-dialog-from-your-e-mail = From (your e-mail address)
invitation-dialog-answers-come-back-remembered = Answers come back to it. Remembered on this computer.
invitation-dialog-to = To ({ $count ->
        [one] { $count } person
       *[other] { $count } people
    })
invitation-dialog-finding-partners-contacts = Finding the partners’ contacts…
invitation-dialog-no-contact-partners-meeting = No contact of the partners this meeting concerns has an e-mail address. Add addresses below, or add them to the partners’ contacts.
invitation-dialog-choose-all = Choose all
invitation-dialog-choose-none = Choose none
invitation-dialog-other-addresses = Other addresses
invitation-dialog-separate-them-commas-new = Separate them with commas or new lines.
invitation-dialog-cancel = Cancel
invitation-dialog-writing = Writing…
invitation-dialog-write-cancellation = Write the cancellation
invitation-dialog-write-invitation = Write the invitation

## components/calendar/MeetingCalendarBar.svelte
meeting-calendar-bar-calendars-invitations = Calendars and invitations
meeting-calendar-bar-calendars = Calendars:
meeting-calendar-bar-email-invitation = Email invitation…
meeting-calendar-bar-give-meeting-date-add = Give the meeting a date to add it to calendars and invite people.

## components/plan/ActionDetails.svelte
action-details-action = Action: { $title }
action-details-title = Title
action-details-objective = Objective
action-details-lead = Lead organisation
action-details-partners = Partner organisations
action-details-start-month = Start month (YYYY-MM)
action-details-end-month = End month (YYYY-MM)
action-details-estimated-cost = Estimated cost (€)
action-details-status = Status
action-details-pilot-small-scale-test = A pilot (small-scale test action)
action-details-description = Description
action-details-funding = Funding
action-details-no-funding-found-yet = No funding found yet.
action-details-source = Source
action-details-amount = Amount (€)
action-details-remove-funding-line = Remove funding line { $value }
action-details-remove = Remove
action-details-add-funding-line = Add funding line
action-details-indicators-action-feeds = Indicators this action feeds
action-details-saving = Saving…
action-details-save-action = Save action
action-details-cancel = Cancel
action-details-delete-action = Delete this action?
action-details-delete = Delete
action-details-keep = Keep it
action-details-delete-action-2 = Delete action…

## components/plan/ActionTable.svelte
action-table-no-actions-yet-add = No actions yet. Add the first one: its title, then its months, cost and funding.
action-table-tab-arrows-move-between = Tab and arrows move between cells; Enter edits and saves a cell; Escape cancels; Alt+↑/↓ moves an action.
action-table-actions-plan-all = Actions of the plan, { $length } in all
action-table-of = { $label } of { $title }
action-table-yyyy-mm-yyyy-mm = YYYY-MM – YYYY-MM
action-table-pilot = Pilot
action-table-adding = Adding…
action-table-add-action = Add action

## components/plan/BudgetSummary.svelte
budget-summary-total-cost = Total cost
budget-summary-funding-found = Funding found
budget-summary-funding-above-cost = Funding above the cost
budget-summary-funding-gap = Funding gap
budget-summary-not-counted = { $count ->
        [one] { $count } action has no cost estimate yet and is
       *[other] { $count } actions have no cost estimate yet and are
    } not counted.
budget-summary-actions-per-year = Actions per year
budget-summary-no-action-has-months = No action has months yet.
budget-summary-year = Year
budget-summary-actions-running = Actions running
budget-summary-nothing-yet = Nothing yet.
budget-summary-euros = Euros
budget-summary-share = Share
budget-summary-no-objective = No objective

## components/plan/Comments.svelte
comments-comments = Comments on “{ $sectionTitle }”
comments-open = ({ $length } open)
comments-no-open-comments-section = No open comments on this section.
comments-mark-comment-resolved = Mark the comment of { $author } as resolved
comments-resolve = Resolve
comments-add-comment = Add a comment
comments-adding = Adding…
comments-add-comment-2 = Add comment

## components/plan/ConflictResolver.svelte
conflict-resolver-both-copies-changed-since = Both copies changed this since the last version you shared.
conflict-resolver-ours-kept-plan-now = Ours (kept in the plan for now)
conflict-resolver-we-removed = We removed it.
conflict-resolver-theirs = Theirs
conflict-resolver-they-removed = They removed it.
conflict-resolver-merged-text = Merged text
conflict-resolver-keep-ours = Keep ours
conflict-resolver-take-theirs = Take theirs
conflict-resolver-save-merged-text = Save the merged text

## components/plan/DiffView.svelte
diff-view-changes = Changes in { $title }

## components/plan/ExportSendBar.svelte
export-send-bar-export = Export as
export-send-bar-exporting = Exporting…
export-send-bar-export-2 = Export…
export-send-bar-saving = Saving…
export-send-bar-send-partner = Send to a partner…
export-send-bar-reading = Reading…
export-send-bar-receive-plan-file = Receive a plan file…

## components/plan/GanttChart.svelte
gantt-chart-actions-scheduled = { $caption }: { $length } of { $length2 } actions scheduled.
gantt-chart-show-chart = Show as a chart
gantt-chart-show-table = Show as a table
gantt-chart-no-actions-yet-add = No actions yet: add actions with start and end months to see them here.
gantt-chart-pilot-action = Pilot action
gantt-chart-action = Action
gantt-chart-starts = Starts
gantt-chart-ends = Ends
gantt-chart-months = Months
gantt-chart-pilot = Pilot
gantt-chart-yes = Yes
gantt-chart-no = No
gantt-chart-not-timeline = Not on the timeline:

## components/plan/History.svelte
history-compare-version-newest = Compare version { $number } with the newest
history-compare = Compare
history-restore = Restore…
history-version = Version { $number }
history-versions = Versions ({ $length })
history-saves = { $length } saves · { $author } · { $runPeriod }
history-versions-2 = Versions { $number }–{ $number2 }
# A version in the lists to compare; { $kind }: how it was made; { $instant }: when ("29 Nov 2026, 19:05").
history-version-option = Version { $number } ({ $kind ->
        [created] created
        [edit] edited
        [restore] restored
        [received] received
        [merge] merged
       *[resolve] conflict resolved
    }, { $instant })
# Toggles a run of saves in a row by one person; { $count } is 2 or more.
history-show-saves = Show the { $count } saves
history-hide-saves = Hide the { $count } saves
history-saves-3 = The { $length } saves of { $message }
history-changes = Changes
history-only-one-version-so = Only one version so far: changes show here after the next save.
history-from = From
history-to = To
history-these-two-versions-say = These two versions say the same.
history-sections-were-put-another = The sections were put in another order.
history-was = { $title } (was { $old_title })
history-actions-indicators-risks = Actions, indicators and risks
history-comparing = Comparing…
history-restore-version = Restore version { $number }?
history-plan-will-say-again = The plan will say again what it said in version { $number }. This is saved as a new version: the current text stays in the history and can be restored in turn.
history-restore-version-2 = Restore version { $number }
history-keep-current-text = Keep the current text

## components/plan/IndicatorTable.svelte
indicator-table-no-indicators-yet-indicators = No indicators yet. Indicators say how the plan's results will be measured.
indicator-table-indicators = Indicators
indicator-table-indicator = Indicator
indicator-table-kind = Kind
indicator-table-baseline = Baseline
indicator-table-target = Target
indicator-table-by = By
indicator-table-verification = Verification
indicator-table-actions = Actions
indicator-table-edit = Edit
indicator-table-edit-2 = Edit { $name }
indicator-table-add-indicator = Add indicator
indicator-table-edit-indicator = Edit indicator
indicator-table-new-indicator = New indicator
indicator-table-name = Name
indicator-table-unit = Unit
indicator-table-target-month-yyyy-mm = Target month (YYYY-MM)
indicator-table-means-verification = Means of verification
indicator-table-save-indicator = Save indicator
indicator-table-cancel = Cancel
indicator-table-delete-indicator = Delete indicator

## components/plan/MarkdownEditor.svelte
markdown-editor-text = Text of “{ $title }”
markdown-editor-markdown = (Markdown)
markdown-editor-hide-preview = Hide preview
markdown-editor-show-preview = Show preview
markdown-editor-preview = Preview
markdown-editor-nothing-written-yet = Nothing written yet.
markdown-editor-preview-2 = Preview of { $title }

## components/plan/NewPlanDialog.svelte
new-plan-dialog-new-action-plan = New action plan
new-plan-dialog-city = City
new-plan-dialog-no-partner-city = No partner city
new-plan-dialog-partner-has-plan = { $name } (has a plan)
new-plan-dialog-title = Title
new-plan-dialog-creating = Creating…
new-plan-dialog-create-plan = Create the plan
new-plan-dialog-cancel = Cancel

## components/plan/RiskTable.svelte
risk-table-no-risks-recorded-yet = No risks recorded yet.
risk-table-risks-highest-score-first = Risks, highest score first
risk-table-risk = Risk
risk-table-likelihood = Likelihood
risk-table-impact = Impact
risk-table-score = Score
risk-table-mitigation = Mitigation
risk-table-owner = Owner
risk-table-edit = Edit
risk-table-edit-risk = Edit risk: { $description }
risk-table-add-risk = Add risk
risk-table-edit-risk-2 = Edit risk
risk-table-new-risk = New risk
risk-table-what-could-go-wrong = What could go wrong
risk-table-save-risk = Save risk
risk-table-cancel = Cancel
risk-table-delete-risk = Delete risk

## components/plan/SectionOutline.svelte
section-outline-plan-outline = Plan outline
section-outline-sections = Sections
section-outline-alt-up-alt-down = Alt+Up and Alt+Down move a section.
section-outline-nothing-written-yet = Nothing written yet
section-outline-empty = empty
section-outline-open-comment-count = { $count ->
    [one] { $count } open comment
   *[other] { $count } open comments
}
section-outline-title-new-section = Title of the new section
section-outline-add = Add
section-outline-cancel = Cancel
section-outline-add-section = + Add a section
section-outline-plan = Plan

## components/plan/StatusControl.svelte
status-control-status = Status:
status-control-on = on { $date }
status-control-date-council-adopted-plan = Date the council adopted the plan
status-control-record-adoption = Record adoption
status-control-cancel = Cancel
status-control-status-history = Status history ({ $length })
status-control-adopted = (adopted { $date })

## components/poll/PollForm.svelte
poll-form-start-poll = Start a poll
poll-form-meeting-title = Meeting title
poll-form-transnational-meeting-3 = Transnational meeting 3
poll-form-kind = Kind
poll-form-host = Host
poll-form-no-host = No host
poll-form-dates-offered-one-line = Dates offered, one a line
poll-form-time-clock-zone-below = A time on the clock of the zone below (the host's when empty); a date alone is a whole day, the same day everywhere.
poll-form-time-zone = Time zone
poll-form-europe-riga = Europe/Riga
poll-form-answer = Answer by
poll-form-yyyy-mm-dd = YYYY-MM-DD
poll-form-starting = Starting…
poll-form-start-poll-2 = Start the poll
poll-form-close-without-saving = Close without saving

## components/poll/PollsSection.svelte
polls-section-polls = Polls
polls-section-new-poll = New poll
polls-section-no-polls-yet-poll = No polls yet. A poll asks the partners which dates suit them, and the date chosen becomes a meeting.
# In the list of polls, after the poll's title and a dash. { $count }: the dates offered.
polls-section-list-dates = { $count ->
    [one] { $count } date
   *[other] { $count } dates
}
# The same with the deadline for answers, { $deadline }: a date such as "Wed 10 Mar 2027".
polls-section-list-dates-deadline = { $count ->
    [one] { $count } date, answer by { $deadline }
   *[other] { $count } dates, answer by { $deadline }
}
polls-section-closed = Closed
polls-section-open = Open
polls-section-reading = Reading…
polls-section-add-reply-files = Add reply files…
polls-section-hosted = Hosted by { $host_name }
polls-section-no-host = No host
# The facts line under a poll's title is made of these pieces, separated by " · ": host, deadline, invitations.
polls-section-answer-by = answer by { $deadline }
polls-section-invitations-written-to = { $count ->
    [one] invitations written to { $count } address
   *[other] invitations written to { $count } addresses
}
# A closed poll; "Open the meeting" follows as a link when the meeting still exists.
polls-section-closed-became-meeting = Closed: the date chosen became a meeting. The poll is kept as it was.
polls-section-open-meeting = Open the meeting
polls-section-drop-partners-reply-e = Drop the partners' reply e-mails (.eml) or calendar files (.ics) on the window, or add them with the button. Or choose an answer in a cell.
polls-section-your-e-mail-address = Your e-mail address
polls-section-coordinator-network-eu = coordinator@network.eu
polls-section-writing = Writing…
polls-section-write-invitations = Write the invitations
# { $count }: invitations written; { $folder }: the folder they are in (a path).
polls-section-wrote-messages = { $count ->
    [one] Wrote { $count } message to { $folder }: open it in your mail program and send it.
   *[other] Wrote { $count } messages to { $folder }: open each in your mail program and send it.
}
# The same when Convene has opened the folder for the person.
polls-section-wrote-messages-folder-open = { $count ->
    [one] Wrote { $count } message to { $folder }, now open: open it in your mail program and send it.
   *[other] Wrote { $count } messages to { $folder }, now open: open each in your mail program and send it.
}
polls-section-one-e-mail-per = One e-mail per contact of every partner: each date as a tentative hold the partner accepts or declines in their calendar, and an answer grid to fill in by hand.
polls-section-dismiss = Dismiss
polls-section-answers-partners-dates-each = Answers to { $title }: partners by dates, each date on the partner's clock
polls-section-partner = Partner
polls-section-date-2 = Date { $number }
polls-section-yes-if-need-no = { $yes } yes · { $maybe } if need be · { $no } no
polls-section-choose-date = Choose this date
polls-section-date-3 = { $name }, date { $number }
polls-section-no-answer = No answer
polls-section-not-answered-yet = Not answered yet: { $not_answered }.
polls-section-choose-date-2 = Choose date { $number }?
polls-section-will-created-confirmed-meeting = { $title } will be created as a confirmed meeting on { $when }, and the poll closed: it can no longer be answered.
polls-section-create-meeting = Create the meeting
# { $count }: reply files dropped on the window.
polls-section-dropped-no-poll = { $count ->
    [one] A file was dropped, but no open poll is chosen: choose a poll first, then drop its replies.
   *[other] { $count } files were dropped, but no open poll is chosen: choose a poll first, then drop its replies.
}

## screens/FirstRun.svelte
first-run-welcome-convene = Welcome to Convene
first-run-convene-helps-coordinators-partners = Convene helps coordinators and partners of transnational city networks — URBACT networks and similar EU projects — keep their work in one place.
first-run-networks-partner-cities = Networks and partner cities
# { $term } is first-run-networks-partner-cities, shown in bold.
first-run-point-networks = { $term }, with their contacts and local groups.
first-run-meetings-across-time-zones = Meetings across time zones
# { $term } is first-run-meetings-across-time-zones, shown in bold.
first-run-point-meetings = { $term }: every partner's local time at a glance, agendas and attendance.
first-run-everything-stays-on-computer = Everything stays on this computer, in one database file.
# { $path }: the database file's full path.
first-run-everything-stays-in-file = Everything stays on this computer, in one database file: { $path }.
first-run-timelines = Timelines
first-run-meetings-milestones-what-needs = of meetings and milestones, and what needs your attention next.
first-run-action-plans-good-practices = Action plans and good practices
first-run-cities-share-transfer = that cities share and transfer.
first-run-example-networks-loaded = The example networks are loaded
first-run-open-convene = Open Convene
first-run-see-networks = See the networks
first-run-how-would-you-like = How would you like to start?
first-run-loading-examples = Loading the examples…
first-run-load-example-networks = Load the example networks
first-run-four-urbact-networks-techtown = Four URBACT networks (TechTown, Find your Greatness, DigiPlace, IoTXchange) and three good practices, read from their public pages. You will see what the importer could not place.
first-run-start-empty = Start empty
first-run-begin-no-data-add = Begin with no data and add your own network.

## screens/Home.svelte
home-home = Home
home-what-coming-up-across = What is coming up across your networks.
home-new-meeting = New meeting
home-loading = Loading…
home-next-meetings = Next meetings
home-no-meetings-ahead = No meetings ahead.
home-plan-one = Plan one
home-hosted = Hosted by { $host_name }
home-no-host-yet = No host yet
home-needs-attention = Needs attention
home-nothing-needs-attention = Nothing needs attention.
home-attention-show-all = Show the whole list ({ $count } more)
# Shown in Home's attention list while the travel warnings are read (after the first frame).
home-checking-travel = Checking the coming meetings for travel and holidays…
# $error: why the check failed.
home-travel-check-failed = The coming meetings could not be checked for travel and holidays: { $error }
home-timeline-failed = This timeline could not be loaded: { $error } Open the network's page to see its meetings.
home-timelines = Timelines
home-no-networks-yet = No networks yet.
home-add-network = Add a network
# A network's project period on its timeline; { $start } and { $end } are months such as "September 2026".
home-project-months = { $start } to { $end }
home-project-dates-not-set = Project dates not set
# { $count }: meetings and milestones of the period left off a crowded timeline.
home-dated-items-not-drawn = { $count ->
    [one] { $count } more dated item is not drawn; see the network's meetings.
   *[other] { $count } more dated items are not drawn; see the network's meetings.
}
home-not-dated-yet = Not dated yet
home-more = and { $omitted_undated } more.
home-meeting = meeting
home-tentative = tentative
home-milestone = milestone
home-today = today

## screens/MeetingEdit.svelte
meeting-edit-new-meeting = New meeting
meeting-edit-edit = Edit “{ $originalTitle }”
meeting-edit-fields-marked-required-times = Fields marked * are required. Times are written HH:MM on a 24-hour clock.
meeting-edit-loading = Loading…
meeting-edit-network = Network
meeting-edit-choose = Choose…
meeting-edit-title = Title
meeting-edit-kind = Kind
meeting-edit-host = Host
meeting-edit-no-host-yet = No host yet
meeting-edit-status = Status
meeting-edit-when = When
meeting-edit-kind-date = Kind of date
meeting-edit-at-time = At a time
meeting-edit-all-day = All day
meeting-edit-not-dated-yet = Not dated yet
meeting-edit-start-date = Start date *
meeting-edit-yyyy-mm-dd = YYYY-MM-DD
meeting-edit-start-time = Start time *
meeting-edit-hh-mm = HH:MM
meeting-edit-end-date = End date
meeting-edit-same-day = same day
meeting-edit-end-time = End time *
meeting-edit-leave-end-date-empty = Leave the end date empty for a meeting within one day.
meeting-edit-time-zone-these-times = Time zone of these times
meeting-edit-europe-riga = Europe/Riga
meeting-edit-host-s-zone-unless = The host’s zone unless you choose another.
meeting-edit-iana-zone-such-europe = An IANA zone such as Europe/Riga; choosing a host fills it in.
meeting-edit-first-day = First day
meeting-edit-last-day = Last day
meeting-edit-year-if-known = Year, if known
meeting-edit-month-if-known = Month, if known
meeting-edit-not-known = Not known
meeting-edit-when-words = When, in words
meeting-edit-after-summer-limerick = After the summer, in Limerick
meeting-edit-worth-second-look = Worth a second look:
meeting-edit-mode = Mode
meeting-edit-online-link = Online link
meeting-edit-https = https://
meeting-edit-only-needed-online-hybrid = Only needed for online or hybrid meetings.
meeting-edit-venue = Venue
meeting-edit-description = Description
meeting-edit-saving = Saving…
meeting-edit-add-meeting = Add meeting
meeting-edit-save-changes = Save changes
meeting-edit-back-without-saving = Back without saving

## screens/MeetingPage.svelte
meeting-page-back-meetings = Back to the meetings
meeting-page-loading = Loading…
meeting-page-network = Network
meeting-page-meetings = Meetings
meeting-page-edit = Edit
meeting-page-delete = Delete
meeting-page-status = Status
meeting-page-change-status = Change the status:
meeting-page-postpone = Postpone
# After a step of a meeting's life; { $title } is the meeting's title, { $step } what was done.
meeting-page-status-changed = { $step ->
    [confirmed] “{ $title }” is confirmed.
    [cancelled] “{ $title }” is cancelled.
    [held] “{ $title }” is marked as held.
    [postponed-to-date] “{ $title }” is postponed to its new date (tentative until confirmed).
   *[postponed] “{ $title }” is postponed without a new date.
}
meeting-page-details = Details
meeting-page-host = Host
meeting-page-no-host-yet = No host yet
meeting-page-mode = Mode
meeting-page-venue = Venue
meeting-page-online-link = Online link
meeting-page-calendar-revision = Calendar revision
meeting-page-grows-every-change-calendars = Grows with every change calendars need to know about
meeting-page-delete-2 = Delete “{ $title }”?
meeting-page-meeting-its-agenda-its = The meeting, its agenda and its attendance will be deleted. To keep a record that it will not take place, cancel it instead.
meeting-page-delete-meeting = Delete the meeting

## screens/Meetings.svelte
meetings-meetings = Meetings
meetings-all-networks = All networks
meetings-view = View
meetings-list = List
meetings-calendar = Calendar
meetings-new-meeting = New meeting
meetings-network = Network
meetings-period = Period
meetings-upcoming-not-dated = Upcoming and not dated
meetings-past = Past
meetings-all = All
meetings-status = Status
meetings-any = Any
meetings-not-cancelled = Not cancelled
meetings-words-title-host-venue = Words in the title, host, venue or network
meetings-loading = Loading…
meetings-meetings-2 = { $length } of { $length2 } meetings
meetings-no-meeting-matches = No meeting matches.

## screens/NetworkEdit.svelte
network-edit-new-network = New network
network-edit-edit = Edit { $original }
network-edit-fields-marked-required = Fields marked * are required.
network-edit-name = Name
network-edit-short-name = Short name
network-edit-used-file-names-command = Used in file names and the command line; made from the name when empty.
network-edit-kind-network = Kind of network
network-edit-programme = Programme
network-edit-start-date = Start date
network-edit-yyyy-mm-dd = YYYY-MM-DD
network-edit-end-date = End date
network-edit-contact-e-mail = Contact e-mail
network-edit-name-example-org = name@example.org
network-edit-website = Website
network-edit-https = https://
network-edit-lead-partner = Lead partner
network-edit-not-chosen = Not chosen
network-edit-tagline = Tagline
network-edit-description = Description
network-edit-phases = Phases
network-edit-no-phases-urbact-networks = No phases. URBACT networks usually have two.
network-edit-phase-name = Phase { $value } name
network-edit-starts = Starts
network-edit-ends = Ends
network-edit-remove-phase = Remove phase { $value }
network-edit-remove = Remove
network-edit-add-phase = Add a phase
network-edit-saving = Saving…
network-edit-add-network = Add network
network-edit-save-changes = Save changes
network-edit-back-without-saving = Back without saving
network-edit-loading = Loading…

## screens/NetworkPage.svelte
network-page-back-networks = Back to the networks
network-page-loading = Loading…
network-page-networks = Networks
network-page-new-meeting = New meeting
network-page-edit-network = Edit network
network-page-delete-network = Delete network
network-page-about-network = About the network
network-page-kind = Kind
network-page-programme = Programme
network-page-runs = Runs
network-page-lead-partner = Lead partner
network-page-contact = Contact
network-page-website = Website
network-page-dates-not-set = Dates not set
network-page-sections-page = Sections of this page
network-page-partners = Partners ({ $length })
network-page-meetings = Meetings ({ $length })
network-page-polls = Polls
network-page-milestones = Milestones ({ $length })
network-page-holidays-days-off = Holidays and days off
network-page-action-plans = Action plans ({ $length })
network-page-import-notes = Import notes ({ $length })
network-page-partners-2 = Partners
network-page-add-partner = Add partner
network-page-no-partners-yet = No partners yet.
network-page-choose-partner-see-edit = Choose a partner to see and edit its contacts and local group.
network-page-meetings-2 = Meetings
network-page-calendar = Calendar
network-page-no-meetings-yet = No meetings yet.
network-page-meetings-3 = Meetings of { $name }
network-page-timeline-milestones = Timeline and milestones
network-page-add-milestone = Add milestone
network-page-no-milestones-yet-add = No milestones yet. Add the steps that are not meetings: phase ends, deadlines, deliverables.
network-page-milestones-2 = Milestones of { $name }
network-page-done = Done
network-page-edit = Edit { $title }
network-page-edit-2 = Edit
network-page-delete = Delete { $title }
network-page-delete-2 = Delete
network-page-action-plans-2 = Action plans
network-page-new-plan = New plan
network-page-no-action-plans-yet = No action plans yet.
network-page-action-plans-status-last = Action plans of { $name }: status and last change
network-page-plan = Plan
network-page-city = City
network-page-status = Status
network-page-last-change = Last change
network-page-comments = Comments
network-page-version = { $last_change_by }, version { $revision_number }
network-page-settle = { $open_conflicts } to settle
network-page-import-notes-2 = Import notes
network-page-lines-imported-pages-could = Lines of the imported pages that could not be placed, kept word for word.
network-page-none = None.
network-page-line = Line { $line }
network-page-delete-3 = Delete { $name }?
network-page-milestone-will-deleted-from = The milestone { $name } will be deleted from the timeline.
network-page-deleting-also-affects = Deleting { $name } also affects:
network-page-nothing-else-depends-will = Nothing else depends on { $name }. It will be deleted.
network-page-delete-network-2 = Delete the network
network-page-delete-milestone = Delete the milestone
network-page-delete-partner = Delete the partner

## screens/Networks.svelte
networks-networks = Networks
networks-city-networks-you-coordinate = The city networks you coordinate or take part in.
networks-new-network = New network
networks-loading = Loading…
networks-no-networks-yet = No networks yet.
networks-add-your-first-network = Add your first network
networks-filter-networks = Filter networks
networks-name-tagline = Name or tagline
networks-partner-count = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
}
networks-meeting-count = { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
}
networks-lead = Lead: { $lead_partner }
networks-edit = Edit { $name }
networks-edit-2 = Edit
networks-delete = Delete { $name }
networks-delete-2 = Delete
networks-no-network-matches = No network matches “{ $filter }”.
networks-delete-3 = Delete { $name }?
networks-deleting-also-deletes-everything = Deleting { $name } also deletes everything that belongs to it:
networks-has-nothing-else-will = { $name } has nothing else in it. It will be deleted.
networks-delete-network = Delete the network

## screens/PlanPage.svelte
plan-page-back-networks = Back to the networks
plan-page-loading = Loading…
plan-page-networks = Networks
plan-page-no-partner-city = No partner city
plan-page-version = { $value } · version { $number }, { $author }, { $instant }
# { $count }: parts of the plan both sides changed since they last exchanged it.
plan-page-partner-changed-parts = { $count ->
    [one] A partner's copy changed one part you changed too.
   *[other] A partner's copy changed { $count } parts you changed too.
}
plan-page-export-exchange = Export and exchange
plan-page-choose-which-text-keep = Choose which text to keep
plan-page-rename = Rename…
plan-page-remove = Remove…
plan-page-new-title = New title
plan-page-rename-2 = Rename
plan-page-cancel = Cancel
plan-page-comments = Comments
plan-page-actions = Actions
plan-page-budget = Budget
plan-page-timeline = Timeline
plan-page-timeline-actions = Timeline of the actions of { $title }
plan-page-indicators = Indicators
plan-page-risks = Risks
plan-page-history = History
plan-page-conflicts-settle = Conflicts to settle
plan-page-nothing-settle = Nothing to settle.
plan-page-remove-2 = Remove “{ $title }”?
plan-page-section-leaves-plan-its = The section leaves the plan. Its text is kept in the history and comes back if an earlier version is restored.
plan-page-remove-section = Remove the section
plan-page-keep = Keep it

## screens/PracticeEdit.svelte
practice-edit-good-practices = Good practices
practice-edit-new-good-practice = New good practice
practice-edit-edit = Edit { $original }
practice-edit-fields-marked-required = Fields marked * are required.
practice-edit-back-good-practices = Back to the good practices
practice-edit-title = Title
practice-edit-tagline = Tagline
practice-edit-one-sentence-says-what = One sentence that says what the practice does.
practice-edit-city = City
practice-edit-country = Country
practice-edit-not-given = Not given
practice-edit-written = Written by
practice-edit-author-s-role = Author's role
practice-edit-project-officer-city-ga = Project officer, City of Gävle
practice-edit-key-figure = Key figure
practice-edit-figure-practice-puts-forward = A figure the practice puts forward, such as the city's population.
practice-edit-transfer-practice-networks-take = A transfer practice (networks take it on in their cities)
practice-edit-networks-transfer = Networks that transfer it
practice-edit-no-networks-yet = No networks yet.
practice-edit-sections = Sections
practice-edit-no-sections-yet-urbact = No sections yet. URBACT pages usually have a few: the problem, the solution, the results.
practice-edit-section-heading = Section { $value } heading
practice-edit-section-text = Section { $value } text
practice-edit-move-section-up = Move section { $value } up
practice-edit-move-up = Move up
practice-edit-move-section-down = Move section { $value } down
practice-edit-move-down = Move down
practice-edit-remove-section = Remove section { $value }
practice-edit-remove = Remove
practice-edit-add-section = Add a section
practice-edit-saving = Saving…
practice-edit-add-practice = Add practice
practice-edit-save-changes = Save changes
practice-edit-back-without-saving = Back without saving
practice-edit-loading = Loading…

## screens/PracticePage.svelte
practice-page-back-good-practices = Back to the good practices
practice-page-loading = Loading…
practice-page-good-practices = Good practices
practice-page-edit-practice = Edit practice
practice-page-delete-practice = Delete practice
practice-page-city = City
practice-page-key-figure = Key figure
practice-page-written = Written by
practice-page-transferred = Transferred by
practice-page-no-network-yet = No network yet
practice-page-practice-has-no-written = This practice has no written sections yet.
practice-page-delete = Delete { $title }?
practice-page-delete-practice-2 = Delete the practice

## screens/Practices.svelte
practices-good-practices = Good practices
practices-solutions-worked-one-city = Solutions that worked in one city, written up so others can take them on.
practices-add-practice = Add a practice
practices-loading = Loading…
practices-no-good-practices-yet = No good practices yet. Add one, or import URBACT pages (Settings › Import pages).
practices-city-not-given = City not given
practices-transfer = Transfer

## screens/SearchPage.svelte
search-page-search = Search
search-page-networks-partners-meetings-action = Networks, partners, meetings, action plans and good practices. Accents do not matter: “Gavle” finds Gävle. Press Ctrl+K anywhere to search.

## Labels of the core's closed sets (kinds, statuses, roles), the same words as the core's label()
label-meeting-kind-kick-off = Kick-off
label-meeting-kind-transnational = Transnational meeting
label-meeting-kind-city-visit = City visit
label-meeting-kind-final-event = Final event
label-meeting-kind-local-group = Local group
label-meeting-kind-online-touch-base = Online touch-base
label-meeting-kind-phase-review = Phase review
label-meeting-kind-other = Other
label-poll-answer-yes = Yes
label-poll-answer-maybe = If need be
label-poll-answer-no = No
label-meeting-mode-in-person = In person
label-meeting-mode-online = Online
label-meeting-mode-hybrid = Hybrid
label-meeting-status-tentative = Tentative
label-meeting-status-confirmed = Confirmed
label-meeting-status-held = Held
label-meeting-status-postponed = Postponed
label-meeting-status-cancelled = Cancelled
label-attendance-invited = Invited
label-attendance-accepted = Accepted
label-attendance-declined = Declined
label-attendance-tentative = Tentative
label-attendance-attended = Attended
label-network-kind-action-planning = Action planning
label-network-kind-transfer = Transfer
label-network-kind-innovation-transfer = Innovation transfer
label-network-kind-implementation = Implementation
label-network-kind-other = Other
label-partner-role-lead-partner = Lead partner
label-partner-role-partner = Partner
label-partner-role-good-practice-city = Good practice city
label-partner-role-transfer-city = Transfer city
label-partner-role-associated = Associated
label-plan-status-draft = Draft
label-plan-status-in-review = In review
label-plan-status-final = Final
label-plan-status-adopted = Adopted
label-funding-source-city = City budget
label-funding-source-erdf = ERDF
label-funding-source-esf-plus = ESF+
label-funding-source-national = National
label-funding-source-regional = Regional
label-funding-source-private = Private
label-funding-source-other = Other
label-action-status-idea = Idea
label-action-status-planned = Planned
label-action-status-ongoing = Ongoing
label-action-status-done = Done
label-action-status-dropped = Dropped
label-indicator-kind-output = Output
label-indicator-kind-result = Result
label-revision-kind-created = Created
label-revision-kind-edit = Edited
label-revision-kind-restore = Restored
label-revision-kind-received = Received
label-revision-kind-merge = Merged
label-revision-kind-resolve = Conflict resolved
label-milestone-kind-phase = Phase start or end
label-milestone-kind-deadline = Deadline
label-milestone-kind-deliverable = Deliverable
label-milestone-kind-decision = Decision
label-milestone-kind-event = Event
label-milestone-kind-other = Other
label-hit-kind-network = Network
label-hit-kind-partner = Partner
label-hit-kind-meeting = Meeting
label-hit-kind-plan = Action plan
label-hit-kind-practice = Good practice
label-day-off-source-national = Public holiday
label-day-off-source-regional = Regional holiday
label-day-off-source-local = Local day off

## screens/Settings.svelte (script)
settings-plan-versions-comments-will = Plan versions and comments will be signed “{ $name }”.
settings-backup-saved = Backup saved to { $path }.
settings-everything-was-exported = Everything was exported to { $path }.
settings-restored-from-data-you = Restored from { $from }. The data you had before was kept in a copy beside the database.
settings-backup-restored = Backup restored.

## screens/NetworkPage.svelte (script)
network-page-list-countries-could-not = The list of countries could not be loaded, so country codes are shown and a partner's country cannot be chosen: { $error }
network-page-list-time-zones-could = The list of time zones could not be loaded, so the partner form suggests none: { $error }
network-page-was-saved = { $name } was saved.
network-page-was-added = { $name } was added.
network-page-calendar-was-imported-but = The calendar was imported, but the meetings could not be shown again: { $error } Open the network again to see them.
network-page-meeting-was-created-but = The meeting was created, but the meetings could not be shown again: { $error } Open the network again to see it.
network-page-was-saved-2 = { $title } was saved.
network-page-was-added-2 = { $title } was added.
network-page-was-deleted = { $name } was deleted.
network-page-plan-created = { $title } was created.
network-page-not-set = Not set

## screens/NetworkPage.svelte (script)
network-page-from = From { $date }
network-page-until = Until { $date }

## components/AgendaEditor.svelte (script)
agenda-editor-untitled-item = untitled item
agenda-editor-removed-save-agenda-keep = Removed "{ $value }". Save the agenda to keep the change.
# Said by a screen reader after an agenda item is moved with Alt+arrow.
reorder-moved = Moved "{ $title }" to position { $position } of { $count }.
reorder-moved-untitled = Moved an untitled item to position { $position } of { $count }.
agenda-editor-agenda-saved = Agenda saved.

## components/ConfirmDialog.svelte (script)
confirm-dialog-go-back = Go back

## components/DaysOffSection.svelte (script)
days-off-section-days-off-could-not = The days off could not be loaded: { $error }
days-off-section-day-off-was-recorded = The day off { $name } on { $date } was recorded for { $partnerName }.
days-off-section-day-off-was-removed = The day off { $name } of { $partnerName } was removed.

## components/MeetingList.svelte (script)
meeting-list-meetings = Meetings

## components/Nav.svelte (script)
nav-home = Home
nav-networks = Networks
nav-meetings = Meetings
nav-good-practices = Good practices
nav-search-2 = Search
nav-settings = Settings

## components/PartnerForm.svelte (script)
partner-form-regions-could-not-loaded = The regions could not be loaded, so none can be chosen: { $value }

## components/PostponeDialog.svelte (script)
postpone-dialog-give-new-date-yyyy = Give the new date (YYYY-MM-DD), or choose “No new date yet”.
postpone-dialog-give-start-end-times = Give the start and end times (HH:MM), or choose “No new date yet”.

## components/Timeline.svelte (script)
timeline-milestone = Milestone
timeline-meeting = Meeting

## components/calendar/ExportCalendarButton.svelte (script)
export-calendar-button-export-cancelled-no-file = Export cancelled: no file was written.

## components/calendar/ImportCalendarButton.svelte (script)
import-calendar-button-import-cancelled-nothing-was = Import cancelled: nothing was imported, and the meetings are as they were.

## components/calendar/ImportCalendarDialog.svelte (script)
import-calendar-dialog-more-network-s-meetings = … and { $value } more, in the network’s meetings.

## components/plan/ActionDetails.svelte (script)
action-details-give-amount-source-pays = Give the amount this source pays, in euros.

## components/plan/ActionTable.svelte (script)
action-table-moved-place = Moved “{ $title }” to place { $value } of { $length }.

## components/plan/Comments.svelte (script)
comments-write-comment-first = Write the comment first.

## components/plan/ConflictResolver.svelte (script)
conflict-resolver-action = Action
conflict-resolver-indicator = Indicator
conflict-resolver-risk = Risk

## components/plan/ExportSendBar.svelte (script)
export-send-bar-word-docx = Word (.docx)
export-send-bar-markdown = Markdown

## components/plan/GanttChart.svelte (script)
gantt-chart-timeline-actions = Timeline of the actions

## components/plan/History.svelte (script)
history-action = Action
history-indicator = Indicator
history-risk = Risk

## components/plan/MarkdownEditor.svelte (script)
markdown-editor-all-changes-saved = All changes saved
markdown-editor-saving = Saving…
markdown-editor-unsaved-changes = Unsaved changes
markdown-editor-not-saved = Not saved: { $error }

## components/plan/NewPlanDialog.svelte (script)
new-plan-dialog-integrated-action-plan = Integrated Action Plan of { $name }

## components/plan/RiskTable.svelte (script)
risk-table-rare = Rare
risk-table-unlikely = Unlikely
risk-table-possible = Possible
risk-table-likely = Likely
risk-table-almost-certain = Almost certain
risk-table-minor = Minor
risk-table-moderate = Moderate
risk-table-serious = Serious
risk-table-major = Major
risk-table-severe = Severe


## components/plan/StatusControl.svelte (script)
status-control-back-draft = Back to draft
status-control-send-review = Send for review
status-control-mark-final = Mark final
status-control-record-adoption-2 = Record adoption…
# $status is the plan status the button goes back to: draft, in_review or final.
status-control-back = { $status ->
        [draft] Back to draft
        [in_review] Back to in review
       *[final] Back to final
    }

## components/poll/PollForm.svelte (script)
poll-form-give-meeting-title = Give the meeting a title.
poll-form-offer-at-least-date = Offer at least one date, one a line.
poll-form-write-deadline-yyyy-mm = Write the deadline as YYYY-MM-DD.

## components/poll/PollsSection.svelte (script)
polls-section-poll-closed-was-created = The poll is closed: { $title } was created for { $text }.
polls-section-poll-started = { $count ->
    [one] The poll { $title } was started with { $count } date.
   *[other] The poll { $title } was started with { $count } dates.
}

## screens/FirstRun.svelte (script)
first-run-examples-could-not-loaded = The examples could not be loaded: { $error }

## screens/Home.svelte (script)
home-import = Import
home-soon-not-confirmed = Soon, not confirmed
home-no-host = No host
home-travel = Travel

## screens/MeetingEdit.svelte (script)
meeting-edit-enter-start-end-see = Enter a start and an end to see the time for every partner.
meeting-edit-choose-network-meeting-belongs = Choose the network the meeting belongs to.
meeting-edit-list-time-zones-could = The list of time zones could not be loaded, so the zone field suggests none (a zone is still checked when saved): { $error }
meeting-edit-local-times-shown-meetings = Local times are shown for meetings with a start and an end time.
meeting-edit-choose-network-see-its = Choose the network to see its partners’ local times.
meeting-edit-enter-start-end-time = Enter a start, an end and a time zone (or a host) to see the time for every partner.
meeting-edit-no-local-times-yet = No local times yet: { $error }
meeting-edit-form-now-has-time = The form now has that time; check it and save.
meeting-edit-form-now-has-those = The form now has those days; check them and save.
meeting-edit-was-added = “{ $title }” was added.
meeting-edit-was-saved = “{ $title }” was saved.

## screens/MeetingPage.svelte (script)
meeting-page-confirm = Confirm
meeting-page-cancel-meeting = Cancel meeting
meeting-page-mark-held = Mark as held
meeting-page-was-deleted = “{ $title }” was deleted.
meeting-page-all-day-meeting-has = An all-day meeting has the same dates everywhere; local times are shown for meetings with a start and an end time.
meeting-page-meeting-has-no-date = The meeting has no date yet.

## screens/Meetings.svelte (script)
meetings-partners-holidays-could-not = The partners' holidays could not be shown: { $error }

## screens/NetworkEdit.svelte (script)
network-edit-was-added = { $name } was added.
network-edit-was-saved = { $name } was saved.

## screens/Networks.svelte (script)
networks-was-deleted = { $name } was deleted.
networks-dates-not-set = dates not set

## screens/PlanPage.svelte (script)
plan-page-actions-budget-timeline = Actions, budget and timeline
plan-page-indicators-2 = Indicators
plan-page-risks-2 = Risks
plan-page-history-2 = History
plan-page-conflicts-settle-2 = Conflicts to settle
plan-page-was-removed-its-text = “{ $title }” was removed; its text stays in the history.
plan-page-new-action = New action { $n }
plan-page-version-was-restored-new = Version { $number } was restored as a new version.
plan-page-plan-now = The plan is now { $next }.

## screens/PracticeEdit.svelte (script)
practice-edit-list-countries-could-not = The list of countries could not be loaded: { $error }
practice-edit-was-added = { $title } was added.
practice-edit-was-saved = { $title } was saved.

## screens/PracticePage.svelte (script)
practice-page-country-names-could-not = Country names could not be loaded, so codes are shown: { $error }
practice-page-was-deleted = { $title } was deleted.
practice-page-practice = The practice
practice-page-practice-its-section = The practice and its section
practice-page-practice-its-sections = The practice and its { $sections } sections
practice-page-will-deleted-networks-transfer = { $what } will be deleted. The networks that transfer it stay as they are.

## screens/Practices.svelte (script)
practices-country-names-could-not = Country names could not be loaded, so codes are shown: { $error }

## lib/agendaForm.ts (script)
agenda-form-item-must-end-after = The item must end after it starts.



## lib/daysOff.ts (script)
days-off-partners-off = { $length } partners off
# A holiday on a calendar day: { $partner } city, { $place } its country or region code, { $holiday } the holiday's name; { $source } is national, regional or local.
days-off-line = { $source ->
    [national] { $partner } ({ $place }): { $holiday } (public holiday)
    [regional] { $partner } ({ $place }): { $holiday } (regional holiday)
   *[local] { $partner } ({ $place }): { $holiday } (local day off)
}
days-off-line-estimated = { $source ->
    [national] { $partner } ({ $place }): { $holiday } (public holiday, date estimated)
    [regional] { $partner } ({ $place }): { $holiday } (regional holiday, date estimated)
   *[local] { $partner } ({ $place }): { $holiday } (local day off, date estimated)
}
# A holiday with its kind, before the partners that keep it (a national holiday needs no word).
days-off-holiday-of-kind = { $source ->
    [national] { $holiday }
    [regional] { $holiday } (regional holiday)
   *[local] { $holiday } (local day off)
}
days-off-holiday-of-kind-estimated = { $source ->
    [national] { $holiday } (date estimated)
    [regional] { $holiday } (regional holiday, date estimated)
   *[local] { $holiday } (local day off, date estimated)
}
# { $holiday } is one of the two messages above; { $partners }: "Madrid (ES), Riga (LV)".
days-off-holiday-kept-by = { $holiday }: { $partners }
# A day in the month calendar where one or two partners are off; { $names }: "Madrid, Riga".
days-off-names-off = { $names } off
days-off-choose-partner = Choose the partner.

## lib/errors.ts (script)
errors-something-went-wrong-no = Something went wrong, and no reason was given.

## lib/findTime.ts (script)
find-time-h-min = { $h } h { $m } min
find-time-days-write-how-many = Days: write how many days the meeting lasts, such as 2.
find-time-working-day-write-its = Working day: write its start and end as HH:MM, such as 09:00 and 17:00.


## lib/longWork.svelte.ts (script)
# $done and $total are figures already written as the locale groups them ("4,000"); $count is the total as a number, for the plural.
long-work-saving-events = { $count ->
        [one] Saving { $done } of { $total } event…
       *[other] Saving { $done } of { $total } events…
    }
long-work-writing-events = { $count ->
        [one] Writing { $total } event…
       *[other] Writing { $total } events…
    }
long-work-events-ready = { $count ->
        [one] { $total } event ready: choose where to save the file.
       *[other] { $total } events ready: choose where to save the file.
    }

## lib/meetingForm.ts (script)
meeting-form-meeting-must-end-after = The meeting must end after it starts.
meeting-form-choose-time-zone-host = Choose a time zone, or a host whose zone the meeting takes.
meeting-form-not-known-iana-time = "{ $zone }" is not a known IANA time zone (for example Europe/Riga).
meeting-form-last-day-before-first = The last day, { $last }, is before the first, { $first }.
meeting-form-write-year-between-leave = Write a year between { $fIRST_YEAR } and { $lAST_YEAR }, or leave it empty.
meeting-form-say-words-when-planned = Say in words when it is planned, or give the year.

## lib/milestoneForm.ts (script)
milestone-form-enter-month-yyyy-mm = Enter a month (YYYY-MM).
milestone-form-not-month-write-yyyy = "{ $v }" is not a month; write it as YYYY-MM, for example 2027-06.
milestone-form-year-outside = The year { $year } is outside { $fIRST_YEAR }-{ $lAST_YEAR }.

## lib/networkForm.ts (script)

## lib/partnerForm.ts (script)
partner-form-choose-country = Choose the country.
partner-form-not-known-iana-time = "{ $zone }" is not a known IANA time zone (for example Europe/Riga).


## lib/planDiff.ts (script)
plan-diff-no-change = No change
plan-diff-white-space-changed = White space changed

## lib/planGantt.ts (script)
plan-gantt-no-start-end-month = no start or end month
plan-gantt-no-start-month = no start month
plan-gantt-no-end-month = no end month
plan-gantt-its-end-month-comes = its end month comes before its start month

## lib/planMoney.ts (script)
plan-money-no-amount = no amount
plan-money-type-amount-euros-such = Type an amount in euros, such as 12500 or 12,500.50.
plan-money-euros-have-two-decimals = Euros have two decimals at most (cents).

## lib/practiceForm.ts (script)

## lib/validation.ts (script)
validation-must-not-empty = Must not be empty.
validation-characters-long-limit = Is { $n } characters long; the limit is { $max }.
validation-not-e-mail-address = "{ $v }" is not an e-mail address (expected name@example.org).
validation-must-start-https-http = "{ $v }" must start with https:// or http://.
validation-not-web-address = "{ $v }" is not a web address.
validation-enter-date-yyyy-mm = Enter a date (YYYY-MM-DD).
validation-not-date-write-yyyy = "{ $v }" is not a date; write it as YYYY-MM-DD, for example 2027-03-10.
validation-year-outside = The year { $year } is outside { $fIRST_YEAR }-{ $lAST_YEAR }.
validation-enter-time-hh-mm = Enter a time (HH:MM, 24-hour clock).
validation-not-time-write-hh = "{ $v }" is not a time; write it as HH:MM, for example 14:30.
validation-before-start = { $end } is before the start, { $start }.
validation-not-whole-number = "{ $value }" is not a whole number.

## lib/calendar.ts (script)
calendar-saved = Saved { $count ->
        [one] { $count } meeting
       *[other] { $count } meetings
    } to { $path }
calendar-left-out = { $head }; { $count ->
        [one] { $count } not yet dated was
       *[other] { $count } not yet dated were
    } left out.
calendar-cancellation = The cancellation
calendar-invitation = The invitation
calendar-was-written = { $what } “{ $subject }” was written to { $path }.
calendar-open-your-mail-program = { $what } “{ $subject }” is open in your mail program: check it and send it from there. It is also saved as { $path }.
calendar-none-file-s-events = None of the file’s events could be imported: { $count ->
        [one] { $count } event was
       *[other] { $count } events were
    } skipped, each listed with its line and reason; nothing was imported.
calendar-calendar-holds-no-events = The calendar holds no events for this network; nothing was imported{ $skippedPart }.
calendar-nothing-changed-already-saved = Nothing changed: the { $count ->
        [one] { $count } event of this file is
       *[other] { $count } events of this file are
    } already saved{ $skippedPart }.
calendar-created-updated-unchanged = Created { $count ->
        [one] { $count } meeting
       *[other] { $count } meetings
    }, updated { $updated }, { $unchanged } unchanged{ $skippedPart }.
calendar-event = an event
calendar-line-uid = line { $line }: { $title } (UID { $uid })
calendar-line = line { $line }: { $title }
calendar-give-your-e-mail = Give your e-mail address: the partners’ answers come back to it.
calendar-choose-at-least-person = Choose at least one person to invite, or add an address.

## lib/dates.ts (script)
dates-happening-now = happening now
dates-earlier-today = earlier today

## lib/localTimes.ts (script)
# Warnings shown beside a partner's local time, joined by commas.
local-times-outside-working-hours = outside 08:00–19:00
local-times-on-saturday = on a Saturday
local-times-on-sunday = on a Sunday
local-times-unknown-zone = unknown zone

## lib/planActions.ts (script)
plan-actions-not-month-write-yyyy = “{ $typed }” is not a month: write it as YYYY-MM, such as 2027-03.
plan-actions-not-span-months-write = “{ $typed }” is not a span of months: write it as 2027-03 – 2027-12.
plan-actions-from = From { $shortMonth }
plan-actions-until = Until { $shortMonth }
plan-actions-none-yet = None yet
plan-actions-details-funding-indicators = details, funding and indicators…

## components/plan/SectionOutline.svelte (script)
section-outline-moved-place = Moved “{ $title }” to place { $place } of { $count }.

## lib/dates.ts: how far away a day or a meeting is
dates-today = today
dates-tomorrow = tomorrow
dates-yesterday = yesterday
dates-in-days = { $count ->
        [one] in { $count } day
       *[other] in { $count } days
    }
dates-days-ago = { $count ->
        [one] { $count } day ago
       *[other] { $count } days ago
    }
dates-in-months = { $count ->
        [one] in { $count } month
       *[other] in { $count } months
    }
dates-months-ago = { $count ->
        [one] { $count } month ago
       *[other] { $count } months ago
    }
dates-in-minutes = { $count ->
        [one] in { $count } minute
       *[other] in { $count } minutes
    }
dates-in-hours = { $count ->
        [one] in { $count } hour
       *[other] in { $count } hours
    }

## lib/planActions.ts: the columns of the action table
plan-actions-column-title = Action
plan-actions-column-objective = Objective
plan-actions-column-months = Months
plan-actions-column-cost = Cost
plan-actions-column-funding = Funding
plan-actions-column-status = Status
# The column that opens an action's details, funding and indicators.
plan-actions-column-details = More

## lib/planDiff.ts
plan-diff-words-added = { $count ->
        [one] { $count } word added
       *[other] { $count } words added
    }
plan-diff-words-removed = { $count ->
        [one] { $count } word removed
       *[other] { $count } words removed
    }

## lib/calendar.ts: appended to a sentence about an import, before its full stop
calendar-events-skipped = { $count ->
        [one] ; { $count } event skipped
       *[other] ; { $count } events skipped
    }

## lib/importReport.ts: what an import brought in
import-report-count-networks = { $count ->
        [one] { $count } network
       *[other] { $count } networks
    }
import-report-count-partners = { $count ->
        [one] { $count } partner
       *[other] { $count } partners
    }
import-report-count-contacts = { $count ->
        [one] { $count } contact e-mail
       *[other] { $count } contact e-mails
    }
import-report-count-meetings = { $count ->
        [one] { $count } meeting
       *[other] { $count } meetings
    }
import-report-count-milestones = { $count ->
        [one] { $count } milestone
       *[other] { $count } milestones
    }
import-report-count-action-plans = { $count ->
        [one] { $count } action plan
       *[other] { $count } action plans
    }
import-report-count-practices = { $count ->
        [one] { $count } good practice
       *[other] { $count } good practices
    }
import-report-count-import-notes = { $count ->
        [one] { $count } import note
       *[other] { $count } import notes
    }

## lib/planGantt.ts: an action's months on the timeline
plan-gantt-span-one-month = { $start } (1 month)
# A bar of the plan's timeline for screen readers: { $label } the action, { $span } its months.
plan-gantt-bar = { $label }: { $span }
plan-gantt-bar-pilot = { $label } (pilot): { $span }
plan-gantt-span-months = { $start } to { $end } ({ $count } months)

## lib/calendar.ts: the reminder of an exported calendar
calendar-reminder-none = No reminder
calendar-reminder-day = 1 day before
calendar-reminder-hour = 1 hour before

## components/calendar: the progress bar while reading
import-calendar-button-reading = Reading the calendar file…
export-calendar-button-reading = Reading the meetings…

## components/plan/ExportSendBar.svelte and BudgetSummary.svelte (script)
export-send-bar-exported = Exported as { $format } to { $path }.
export-send-bar-plan-file-saved = Plan file saved to { $path }. Send it to your partner by e-mail or any other way.
budget-summary-by-funding-source = By funding source
budget-summary-by-objective = By objective
# Column headings of the two money tables (the rows are funding sources, objectives).
budget-summary-funding-source = Funding source
budget-summary-objective = Objective

## Calendar servers
## components/dav/DavAccountsSection.svelte: the accounts in Settings
dav-accounts-heading = Calendar servers
dav-accounts-intro = Publish a network's meetings to the CalDAV calendar your partners use (Nextcloud, SOGo, Radicale, Fastmail). The password is kept in this computer's keyring, never in Convene's data.
# $note: what the shell says about the password (kept in the keyring, or not saved)
dav-accounts-added = Added { $name }. { $note }
dav-accounts-none = No accounts yet.
dav-accounts-user-at-url = { $user } at { $url }
dav-accounts-testing = Testing…
dav-accounts-test = Test
dav-accounts-remove = Remove
# $home: the path of the calendar home on the server; $count: how many calendars it holds
dav-accounts-test-works = { $count ->
        [0] It works. Calendar home { $home }; 0 calendars.
        [one] It works. Calendar home { $home }; 1 calendar:
       *[other] It works. Calendar home { $home }; { $count } calendars:
    }
dav-accounts-name = Name
dav-accounts-name-placeholder = nextcloud
dav-accounts-url = Server address
dav-accounts-url-hint = For Nextcloud: https://HOST/remote.php/dav
dav-accounts-url-placeholder = https://
dav-accounts-user = User name
dav-accounts-password = Password
dav-accounts-ca-file = CA file (optional)
dav-accounts-ca-file-hint = Only for a server with its own certificate: the PEM file of its certificate authority.
dav-accounts-ca-file-choose = Choose file…
dav-accounts-ca-file-none = None: the server's certificate is public.
dav-accounts-ca-file-clear = Use none
dav-accounts-cancel = Cancel
dav-accounts-adding = Adding…
dav-accounts-add-account = Add account
dav-accounts-add = Add account…
dav-password-used-once = Password (used once, not saved)
## components/dav/DavConflictCard.svelte: one conflict, both versions side by side
dav-conflict-in-convene = In Convene
dav-conflict-on-server = On the server
dav-conflict-label = Conflict: { $title }
dav-conflict-found = found { $when }
dav-conflict-deleted = Deleted
dav-conflict-keep-mine = Keep mine
dav-conflict-keep-server = Keep the server's
## components/dav/PublishSection.svelte: publishing on the network page
dav-publish-heading = Calendar server
# { $link } is dav-publish-no-account-link, a link to Settings.
dav-publish-no-account = To publish these meetings to your partners' calendar server, add an account in { $link }.
dav-publish-cancelled = Publish cancelled. What reached the server is kept; the next publish completes it.
dav-publish-no-account-link = Settings
dav-publish-account = Account
dav-publish-calendar = Calendar name (optional)
dav-publish-calendar-placeholder = The network's name
dav-publish-progress = Publishing to the calendar server…
dav-publish-publishing = Publishing…
dav-publish-go = Publish to calendar server
# $when: date and time; $calendar, $account: names; $result: the publish's summary
dav-publish-last = Last publish { $when }, to { $calendar } ({ $account }): { $result }
dav-publish-conflicts-heading = Conflicts to settle ({ $count })
dav-publish-conflicts-intro = Both sides changed these meetings since the last publish, so nothing was written for them.

## lib/meetingWhen.ts: a meeting's when, outside English (English shows the core's own words)
# { $date }: a day such as "mer. 10 mars 2027"; { $times }: "10:00–12:00"; { $zone }: "Europe/Riga";
# { $days }: how many days after the start the end falls; { $known }: a month and year, or a year, of an undated meeting;
# { $wording }: the undated meeting's own words, as typed or imported.
meeting-when-timed = { $date }, { $times } ({ $zone })
meeting-when-timed-later = { $days ->
    [one] { $date }, { $times } +{ $days } day ({ $zone })
   *[other] { $date }, { $times } +{ $days } days ({ $zone })
}
meeting-when-timed-short = { $date }, { $time }
meeting-when-all-day = { $date }, all day
meeting-when-all-days = { $dates }, all days
meeting-when-not-dated = not dated yet
meeting-when-not-dated-known = not dated yet ({ $known })
meeting-when-not-dated-wording = not dated yet ("{ $wording }")
meeting-when-not-dated-known-wording = not dated yet ({ $known }: "{ $wording }")
meeting-when-known-not-dated = { $known }, not dated yet
meeting-when-month-year-unknown = { $month }, year not known

## The plan page's push and pull through a WebDAV folder (components/dav/PlanServerBar.svelte)

plan-server-heading = Share through a calendar server
plan-server-account = Account
plan-server-folder = Folder on the server (optional)
plan-server-folder-placeholder = The folder of the last push or pull
plan-server-push = Push to server
plan-server-pushing = Pushing…
plan-server-pull = Pull from server
plan-server-pulling = Pulling…
# $href: the plan file's address on the server.
plan-server-pushed = The plan is on the server: { $href }.
# $link: plan-server-no-account-link, shown as a link to Settings.
plan-server-no-account = To share this plan through a folder on your partners' server, add an account in { $link }.
plan-server-no-account-link = Settings
