# Plan documents (Word, PDF, Markdown, HTML), invitations, reminders and calendar texts.
# Written in the language of the record (a plan's language, a network's working
# language), not the window's.

## Plan documents (Word, PDF, Markdown, HTML), in the plan's language.

# What the document is, above its title: URBACT's name for a city's plan.
export-kind-iap = Integrated Action Plan
# Labels of the title page's facts, followed by a value.
export-fact-city = City
export-fact-network = Network
# The plan's review status (draft, in review, adopted...).
export-fact-status = Status
# The day the city council adopted the plan.
export-fact-adopted = Adopted
export-fact-revision = Revision
# $number: the revision's number; $date: the day it was saved, written out.
export-revision-of = { $number } of { $date }
# The headings of the nine standard sections of an Integrated Action Plan.
export-section-context = Context and needs
export-section-vision = Vision and objectives
export-section-approach = Integrated approach
export-section-actions = Actions
export-section-implementation = Implementation: timeline and resources
export-section-funding = Funding
export-section-risks = Risks
export-section-monitoring = Monitoring and indicators
export-section-local-group = Local group involvement
export-not-written = This section has not been written yet.
# $month: a month and year such as "Mar 2027".
export-period-from = from { $month }
export-period-until = until { $month }
# Marks an action that is a pilot (tested before the whole plan).
export-action-pilot = pilot
export-no-actions = No actions recorded yet.
# Column headings of the plan's tables.
export-column-action = Action
export-column-objective = Objective
export-column-lead-and-partners = Lead and partners
export-column-period = Period
export-column-cost = Cost
export-column-funding = Funding
export-column-status = Status
export-column-year = Year
# A number of actions.
export-column-actions = Actions
export-column-amount = Amount
export-column-source = Source
export-column-share-of-cost = Share of cost
# Funding already secured (a column of amounts).
export-column-secured = Secured
export-column-risk = Risk
export-column-likelihood = Likelihood
export-column-impact = Impact
export-column-score = Score
export-column-mitigation = Mitigation
export-column-owner = Owner
export-column-indicator = Indicator
# Output or result indicator.
export-column-type = Type
export-column-unit = Unit
export-column-baseline = Baseline
export-column-target = Target
# The month by which the target is to be met.
export-column-by = By
# How the figure is checked (the means of verification).
export-column-verification = Verification
# $partners: the partner organisations of an action, after its lead.
export-with-partners = with { $partners }
# An action's cost nobody has estimated yet.
export-not-estimated = not estimated
export-total = Total
export-total-without-dropped = Total (without dropped actions)
export-action-descriptions = Action descriptions
# Before the list of indicators an action is measured by.
export-indicators-label = Indicators:
export-actions-per-year = Actions per year
# $count: actions without start or end month.
export-unscheduled-actions = { $count ->
    [one] { $count } action is not scheduled yet.
   *[other] { $count } actions are not scheduled yet.
}
export-no-budget = No budget yet: the action table is empty.
export-total-estimated-cost = Total estimated cost
export-secured-funding = Secured funding
export-funding-above-cost = Funding above cost
export-funding-gap = Funding gap
export-budget-summary = Budget summary
# $count: actions without a cost; $zero: zero euros as the document writes it.
export-uncosted-actions = { $count ->
    [one] { $count } action has no cost estimate yet and counts as { $zero }.
   *[other] { $count } actions have no cost estimate yet and count as { $zero }.
}
export-not-yet-funded = Not yet funded
export-funding-by-source = Funding by source
export-no-objective = No objective given
export-cost-by-objective = Cost by objective
export-no-risks = No risks recorded yet.
export-no-indicators = No indicators recorded yet.

## Invitations and cancellations by e-mail, in the network's working language.
## $title: the meeting's title; $when: its date and time; $network: the network's name.

invite-subject-invitation = Invitation: { $title } ({ $when })
invite-subject-updated = Updated invitation: { $title } ({ $when })
invite-subject-cancelled = Cancelled: { $title } ({ $when })
invite-subject-postponed = Postponed: { $title } ({ $when })
# $who: the organiser's name or e-mail address.
invite-intro-request = { $who } invites you to { $title } ({ $network }).
invite-intro-postponed = { $title } ({ $network }) is postponed; a new date will follow.
invite-intro-cancelled = { $title } ({ $network }) is cancelled.
# $clock: day and hours; $zone: a time zone such as Europe/Riga; $offset: such as UTC+02:00.
invite-clock = { $clock } ({ $zone } time, { $offset })
invite-all-day = { $date } (all day)
invite-all-days = { $first } to { $last } (all day)
invite-when = When: { $when }
invite-where = Where: { $place }
invite-online = Join online: { $url }
# The partner city that hosts the meeting.
invite-host = Host: { $host }
invite-agenda = Agenda:
invite-footer-request = Your calendar program shows this message as an invitation to accept or decline.
invite-footer-cancel = Your calendar program removes the meeting when you open this message.

## Words of closed lists as plan documents print them.

# A plan's review status.
export-plan-status-draft = Draft
export-plan-status-in_review = In review
export-plan-status-final = Final
export-plan-status-adopted = Adopted
# An action's progress.
export-action-status-idea = Idea
export-action-status-planned = Planned
export-action-status-ongoing = Ongoing
export-action-status-done = Done
export-action-status-dropped = Dropped
# Output indicators count what an action produces; result indicators the change it brings.
export-indicator-kind-output = Output
export-indicator-kind-result = Result
# Where an action's money comes from. ERDF and ESF+ are the EU funds (European Regional
# Development Fund, European Social Fund Plus): use their official name in your language.
export-funding-source-city = City budget
export-funding-source-erdf = ERDF
export-funding-source-esf_plus = ESF+
export-funding-source-national = National
export-funding-source-regional = Regional
export-funding-source-private = Private
export-funding-source-other = Other

## A plan's history: the summary Convene writes for a save nobody described, shown in the
## reader's language (plan::revision_summary). English must stay exactly as below: it is
## also the form stored in the database and in .convene-plan files.
# $section, $old, $new: section titles; $action, $indicator, $risk: a row's title, name or
# description, as typed; $number: a revision's number.
plan-revision-created = Created
plan-revision-created-from-page = Created from the imported IAP summary
plan-revision-sections-reordered = Reordered sections
plan-revision-edited = Edited { $section }
plan-revision-section-added = Added section { $section }
plan-revision-section-renamed = Renamed section { $old } to { $new }
plan-revision-section-removed = Removed section { $section }
plan-revision-action-added = Added action { $action }
plan-revision-action-changed = Changed action { $action }
plan-revision-action-deleted = Deleted action { $action }
plan-revision-action-moved = Moved action { $action }
plan-revision-indicator-added = Added indicator { $indicator }
plan-revision-indicator-changed = Changed indicator { $indicator }
plan-revision-indicator-deleted = Deleted indicator { $indicator }
plan-revision-risk-added = Added risk { $risk }
plan-revision-risk-changed = Changed risk { $risk }
plan-revision-risk-deleted = Deleted risk { $risk }
plan-revision-restored = Restored revision { $number }
# $label: the section or row both copies changed.
plan-revision-settled-ours = Settled the conflict in { $label }: kept our text
plan-revision-settled-theirs = Settled the conflict in { $label }: kept their text
plan-revision-settled-merged = Settled the conflict in { $label }: kept a merged text
# A partner's copy merged in. $count: revisions brought in; $author: who signed their newest.
plan-revision-merged = Merged { $count ->
    [one] { $count } revision
   *[other] { $count } revisions
} from { $author }'s copy
# As plan-revision-merged; $conflicts: texts both sides changed (1 or more).
plan-revision-merged-conflicts = Merged { $count ->
    [one] { $count } revision
   *[other] { $count } revisions
} from { $author }'s copy; { $conflicts ->
    [one] { $conflicts } conflict to settle
   *[other] { $conflicts } conflicts to settle
}
# Who made a change when no author name was known.
plan-author-unknown = Unknown
# The kind of a revision, in a history's column.
plan-revision-kind-created = Created
plan-revision-kind-edit = Edited
plan-revision-kind-restore = Restored
plan-revision-kind-received = Received
plan-revision-kind-merge = Merged
plan-revision-kind-resolve = Conflict resolved

## A date poll's e-mails to partners, in the network's working language (poll::invite).
## Replies are read by the "Token:" line and the [1], [2] numbers of the answer grid, which
## Convene writes itself; the words for yes, maybe and no are read in every language.
# The summary of a date's tentative hold in the partner's calendar. $number: the date's
# number; $total: how many dates; $title: the poll's title.
poll-hold-title = [Poll { $number }/{ $total }] { $title }
# The hold's description. Accept, Tentative and Decline are the calendar program's buttons.
poll-hold-description = One of { $total } dates offered for { $title }. Accept if this date suits you, Tentative if need be, Decline if not.
# $count: how many dates are offered.
poll-subject-invitation = Which dates suit you? { $title } ({ $count ->
    [one] { $count } date
   *[other] { $count } dates
})
# $who: the organizer; $partner: the recipient's city; $title: the poll; $network: the network.
poll-grid-intro = { $who } asks which of these dates suit { $partner } for "{ $title }" ({ $network }).
# $date: the deadline, written out.
poll-grid-deadline = Please answer by { $date }.
# $example: a hold's summary, as poll-hold-title writes it.
poll-grid-calendar = Your calendar program shows each date as a tentative hold, "{ $example }". Answer each one: Accept = yes, Tentative = if need be, Decline = no.
# The words to write (here yes, maybe, no) are read back from the reply.
poll-grid-reply = If it does not show them, reply to this e-mail writing yes, maybe or no after each date below, and keep the Token line: it says the answers are yours.
# A date of the grid on the poll's clock ($when) and on the recipient's own ($local).
poll-grid-option-your-time = { $when }, your time { $local }
# After the poll is closed. $when: the chosen date.
poll-subject-released = Dates released: { $title } takes place { $when }
poll-released-intro = The poll for "{ $title }" is closed: it takes place { $when }. An invitation to it follows.
poll-released-list = These dates are released; your calendar program removes their holds:

## The whole-database import (convene import json): what it wrote.
# $parts: the counts, such as "4 networks, 45 partners" (count-* of errors.ftl).
export-imported = imported { $parts }
export-imported-nothing = imported nothing: the file holds no data

## Receiving a .convene-plan file (plan::exchange::receive): one sentence for the person.
## $title: the plan; $count: revisions added; $note: plan-received-note or nothing, put
## where the sentence ends; $partner_note: plan-received-partner-unknown or nothing.
plan-received-created = added the plan "{ $title }" with { $count ->
    [one] { $count } revision
   *[other] { $count } revisions
}{ $note }{ $partner_note }
# $partner: the partner city the file names, which this network does not have.
plan-received-partner-unknown = {" "}({ $partner } is not a partner of this network here, so the plan has no partner)
plan-received-up-to-date = "{ $title }" is already up to date: nothing changed{ $note }
# As plan-received-up-to-date, when only comments came with the file.
plan-received-up-to-date-text = "{ $title }" is already up to date: its text is unchanged{ $note }
plan-received-ours-newer = This copy of "{ $title }" is newer than the file's: nothing changed{ $note }
plan-received-ours-newer-text = This copy of "{ $title }" is newer than the file's: its text is unchanged{ $note }
plan-received-fast-forward = Added { $count ->
    [one] { $count } revision
   *[other] { $count } revisions
} to "{ $title }"; it now reads as the file's latest revision{ $note }
plan-received-merged = Merged { $count ->
    [one] { $count } revision
   *[other] { $count } revisions
} into "{ $title }"; both sides' changes are kept{ $note }
# $labels: the sections and rows both sides changed, such as "Vision, Bike lanes".
plan-received-merged-conflicts = Merged { $count ->
    [one] { $count } revision
   *[other] { $count } revisions
} into "{ $title }", but both sides changed { $labels }: nothing was overwritten; choose which text to keep{ $note }
# $notes: the comment counts below, joined with commas.
plan-received-note = {" "}({ $notes })
plan-received-comments-added = { $count ->
    [one] { $count } new comment
   *[other] { $count } new comments
}
plan-received-comments-resolved = { $count ->
    [one] { $count } comment resolved
   *[other] { $count } comments resolved
}

## Importing URBACT pages (convene import urbact): the report's sentences. $counts: count-*
## joined as count-list-and writes them ("4 networks, 35 partners and 1 meeting").
urbact-created = Created { $counts }.
urbact-would-create = Dry run, nothing saved: would create { $counts }.
urbact-already-there = Already in the database and left as they are: { $counts }.
urbact-nothing-changed = Nothing changed: everything in this file is already in the database.
urbact-nothing-would-change = Nothing would change: everything in this file is already in the database.
# $count: how many lines to look at.
urbact-warnings = { $count ->
    [one] { $count } warning.
   *[other] { $count } warnings.
}

## Reading poll replies (poll::reply): the report's line. $files: files read; $bad: files
## that cannot be used; $answers: answers found; $parts: the outcomes below, joined.
poll-replies-unusable = { $bad } of { $files ->
    [one] { $files } file
   *[other] { $files } files
} cannot be used, so nothing was recorded; remove or fix { $bad ->
    [one] it
   *[other] them
} and read the replies again
poll-replies-read = { $answers ->
    [one] { $answers } answer
   *[other] { $answers } answers
} from { $files ->
    [one] { $files } file
   *[other] { $files } files
}
poll-replies-read-detail = { $answers ->
    [one] { $answers } answer
   *[other] { $answers } answers
} from { $files ->
    [one] { $files } file
   *[other] { $files } files
}: { $parts }
# How many answers were new, changed, already recorded, or older than the one recorded.
poll-replies-new = { $count } new
poll-replies-changed = { $count } changed
poll-replies-same = { $count } already recorded
poll-replies-older = { $count } older than the answer recorded

## The words a calendar file (.ics) writes around a meeting's own text, in the network's
## working language (ical::export::words); invitations carry the same file. English
## must stay as it is: calendar files already written hold it.
# Opens the description of a postponed meeting, which the file cancels at its old date.
calendar-postponed = Postponed: a new date will follow.
# LOCATION of an online meeting that names no venue and no host city.
calendar-location-online = Online
# A meeting's kind as the event's category (CATEGORIES); each kind needs its own words.
calendar-kind-kick-off = Kick-off
calendar-kind-transnational = Transnational meeting
calendar-kind-city-visit = City visit
calendar-kind-final-event = Final event
calendar-kind-local-group = Local group
calendar-kind-online-touch-base = Online touch-base
calendar-kind-phase-review = Phase review
calendar-kind-other = Other

## A meeting's when in words (schedule_text): the command line's lists and details, in
## the reader's language, and invitations' texts, in the network's working language.
# $dates: a day or a range of days, written by Convene.
when-all-day = { $dates }, all day
when-all-days = { $dates }, all days
# After a time when a meeting ends on a later day than it starts ("22:00-01:00 +1 day").
# $count: how many days later.
when-end-days-later = +{ $count ->
    [one] { $count } day
   *[other] { $count } days
}
# A range of days as the command line writes it; $first, $last: days written 2027-03-10.
when-days-iso = { $first } to { $last }
# A meeting without a date yet. $known: what is known of its date (a month and year, a
# year, or a month); $wording: the source's own words for it, such as "after the summer".
when-not-dated = not dated yet
when-not-dated-known = not dated yet ({ $known })
when-not-dated-wording = not dated yet ("{ $wording }")
when-not-dated-known-wording = not dated yet ({ $known }: "{ $wording }")
# In a list: what is known of the date, then that it is not fixed.
when-known-not-dated = { $known }, not dated yet
# $month: a month's name, when the year is not known.
when-month-year-unknown = { $month }, year not known

## A meeting postponed (meeting_status): the line added to its description, in the
## network's working language. $when: its old date and time, written out.
meeting-postponed-from = Postponed from { $when }.

## What is wrong with a proposed time for one partner (scheduling::burden), in the
## reader's language.
# $name: the public holiday or day off there.
slot-problem-holiday = holiday: { $name }
# $title: the network's other meeting at that time.
slot-problem-overlap = overlaps “{ $title }”
slot-problem-weekend = weekend
# $early, $late: times of day, such as 08:00 and 19:00.
slot-problem-early-or-late = before { $early } or after { $late }
# $hours: the working hours asked for, such as 09:00-17:00.
slot-problem-outside-hours = outside working hours ({ $hours })
