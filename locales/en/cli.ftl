# The convene command line's own output. Options and commands (--lang, `convene networks`)
# are never translated.

# Printed before every error on the terminal. $message: the error itself.
cli-error = error: { $message }
# An error about a field set by a command-line option: $field is the field's name in
# Convene's data, $flag the option that sets it, $reason what is wrong with it.
cli-error-field-with-flag = { $field } ({ $flag }): { $reason }
cli-error-field = { $field }: { $reason }
# A delete refused because other records depend on it.
cli-error-run-with-cascade = { $message } (run again with --cascade)

## Records the command line cannot find. $key: what the person typed; $slug: the
## network's short name, to paste into the command that lists the records.

cli-no-partner = { $network } has no partner called "{ $key }"; `convene partners { $slug }` lists them
# $suggestion: the name of a partner whose name is close to what was typed.
cli-no-partner-did-you-mean = { $network } has no partner called "{ $key }"; did you mean { $suggestion }?
cli-no-meeting = { $network } has no meeting with id, UID or title "{ $key }"; `convene meetings { $slug }` lists them
# $message: why the meeting was not found by its id.
cli-meeting-title-needs-network = { $message }; to name a meeting by its title, give its network first (NETWORK MEETING)
cli-no-milestone = { $network } has no milestone with id or title "{ $key }"; `convene milestone list { $slug }` lists them
# $place: a network or a partner city.
cli-no-contact = { $place } has no contact with id or name "{ $key }"
cli-no-local-group-member = { $place } has no local group member with id or name "{ $key }"
cli-no-practice = there is no good practice with id or title "{ $key }"; `convene practices` lists them
cli-no-day-off = { $partner } has no day off on { $date }; `convene dayoff list { $slug } --partner { $partner_id }` lists them
cli-no-day-off-named = { $partner } has no day off on { $date } named "{ $name }"; `convene dayoff list { $slug } --partner { $partner_id }` lists them
# python-holidays: the library whose data Convene ships. $span: the dates asked for.
cli-holidays-not-covered = python-holidays covers { $country } ({ $code }) from { $first_year }; it has no dates for { $span }

## Dates of a network or a phase. $date: a date written YYYY-MM-DD.

cli-date-from = from { $date }
cli-date-until = until { $date }

## `convene networks` and `convene network show|add|update|delete`

cli-networks-none = No networks yet. Add one with `convene network add --name NAME` or import pages with `convene import urbact FILE`.
# Column headings of tables, in capitals as the terminal shows them.
cli-column-slug = SLUG
cli-column-name = NAME
cli-column-kind = KIND
cli-column-dates = DATES
cli-column-partner-count = #PARTNERS
cli-column-meeting-count = #MEETINGS
cli-column-lead-partner = LEAD PARTNER
# Labels of a record's details, followed by a colon and the value.
cli-label-id = Id
# A network's short name, used in commands (its "slug").
cli-label-short-name = Short name
cli-label-kind = Kind
cli-label-tagline = Tagline
cli-label-programme = Programme
cli-label-dates = Dates
cli-label-lead-partner = Lead partner
# A network's working language, or a plan's language.
cli-label-language = Language
cli-label-email = E-mail
cli-label-website = Website
# Headings of the parts of `convene network show`.
cli-network-phases = Phases
# $count: how many partner cities the network has.
cli-network-partner-count = { $count ->
    [0] No partners
    [one] { $count } partner
   *[other] { $count } partners
}
cli-network-milestones = Milestones
# After a milestone that is done.
cli-milestone-done = (done)
cli-network-plans = Action plans
# An action plan not yet tied to a partner city.
cli-plan-no-city = (no city)
cli-network-import-notes = Import notes (lines the importer could not place)
cli-network-meetings-hint = Meetings: `convene meetings { $slug }`
cli-network-added = Added the network { $name } (id { $id }, short name { $slug }).
cli-network-updated = Updated the network { $name } (short name { $slug }).
cli-network-deleted = Deleted the network { $name }.
# $also: the records deleted with it, such as "3 partners, 2 meetings".
cli-network-deleted-with = Deleted the network { $name } and { $also }.

## `convene plan language PLAN CODE`. $language: the language's name in itself (Français).

cli-plan-language-set = "{ $title }" is now exported in { $language }.
## Any command

# A JSON document could not be written; $reason: why, in the system's words.
cli-cannot-write-json = cannot write JSON: { $reason }
# Heading of the lines an import read but could not place.
cli-warnings-heading = Warnings:
# An error about a file. $file: its path; $message: what is wrong in it.
cli-file-error = { $file }: { $message }

## `convene backup`, `convene export json`, `convene import json|urbact`. $file: a path.

cli-backup-done = Backed up the database to { $file }.
cli-export-json-done = Exported the database to { $file }.
# $summary: what was imported, such as "Imported 4 networks, 31 partners".
cli-import-json-done = { $summary } from { $file }.
# A line of URBACT pages the importer could not place. $line: its number; $message: what
# the importer did with it; $text: the line as written.
cli-import-warning = line { $line }: { $message } ("{ $text }")

## `convene import ics`

# $count: how many events were skipped (each is listed above the error).
cli-ics-nothing-imported = { $file }: none of its events could be imported ({ $count } skipped, listed above); fix them, or import the file in the calendar program that made it and export it again
# Column headings of the meetings an import created or updated, in lower case.
cli-ics-column-id = id
cli-ics-column-when = when
cli-ics-column-status = status
cli-ics-column-title = title
cli-ics-created = Created:
cli-ics-updated = Updated:
# $count: how many more meetings there are than the list shows; $slug: the network's short name.
cli-ics-and-more = ... and { $count } more; `convene meetings { $slug }` lists every meeting.
# Heading of the events left out. $count: how many.
cli-ics-skipped = Skipped ({ $count }):

## `convene publish`, `convene pull`, `convene plan push|pull`

cli-warning = warning: { $warning }
# $path: where the network's whole .ics file is kept on the server.
cli-sync-ics-file = .ics file: { $path }
# $plan: the plan's title; $href: its address on the server.
cli-plan-pushed = Put "{ $plan }" at { $href }.
cli-plan-pulled = Read "{ $plan }" from { $href }.
# $count: how many parts of the plan were changed on both sides; $plan: the plan as the
# person named it.
cli-plan-pulled-conflicts = { $count ->
    [one] { $count } conflict, side by side in `convene plan conflicts { $plan }`; settle it with `convene plan resolve`.
   *[other] { $count } conflicts, side by side in `convene plan conflicts { $plan }`; settle each with `convene plan resolve`.
}

## `convene conflicts`: meetings changed both here and on the calendar server

cli-conflicts-none = No conflicts.
# Instead of a meeting's details, when it was deleted on that side.
cli-conflict-deleted = (deleted)
# $found: when the conflict was found.
cli-conflict-heading = { $id }: "{ $title }" ({ $network }), found { $found }
# Headings of the two versions of the meeting.
cli-conflict-here = here:
cli-conflict-on-server = on the server:
cli-conflicts-settle = Settle each with: convene conflict resolve ID --keep local|remote
## `convene plans` and `convene plan ...`: Integrated Action Plans

cli-plans-none = { $network } has no action plans yet. `convene plan create { $slug } --partner CITY --title T` starts one.
cli-column-id = ID
cli-column-partner = PARTNER
cli-column-title = TITLE
cli-column-status = STATUS
# A plan's revision number.
cli-column-revision = REV
cli-column-last-change-utc = LAST CHANGE (UTC)
# Who made the last change.
cli-column-by = BY
# What a change did, put into cli-plan-saved. $key: a section's key, such as "context".
cli-plan-section-added = added section { $key }
cli-plan-section-removed = removed section { $key }
cli-plan-section-saved = saved { $key }
cli-plan-revision-restored = restored revision { $revision }
cli-plan-conflict-settled = settled the conflict in { $key }
# $what: one of the messages above; $revision: the new revision's number; $author: who made it.
cli-plan-saved = { $what }: revision { $revision } by { $author }
cli-plan-unchanged = nothing changed: the plan already reads so (revision { $revision })
# A plan's status inside cli-plan-status-set. $status: draft, in_review, final or adopted.
cli-plan-status-word = { $status ->
    [draft] draft
    [in_review] in review
    [final] final
   *[adopted] adopted
}
# $status: cli-plan-status-word; $date: the day the council adopted it, YYYY-MM-DD.
cli-plan-status-set = "{ $title }" is now { $status }
cli-plan-status-set-on = "{ $title }" is now { $status } on { $date }
# $key: the section the comment is on.
cli-plan-comment-added = comment { $id } added to { $key } by { $author }
# $count: how many revisions the file holds.
cli-plan-sent = { $count ->
    [one] wrote "{ $title }" with { $count } revision to { $file }
   *[other] wrote "{ $title }" with { $count } revisions to { $file }
}
# $id: the plan's id.
cli-plan-received-settle = Settle each with `convene plan resolve { $id } KEY --ours | --theirs | --text T`.
cli-plan-conflicts-none = No conflicts to settle.
# $name: the author name changes are signed with, when none was set.
cli-plan-author-default = { $name } (the system user name; set one with `convene plan author NAME`)
# A part changed both here and in a partner's copy. $label: the part's name; $key: its key.
cli-plan-conflict = conflict in { $label } ({ $key }):
# Labels of the two versions, this copy's and the partner's; the texts are aligned after them.
cli-plan-conflict-ours = ours:
cli-plan-conflict-theirs = theirs:
# Instead of a version's text, when that side removed the part.
cli-plan-conflict-removed = (removed)
cli-plan-created = created plan { $id } "{ $title }" for { $partner }
# Below `convene plan show`. $keys: the sections' keys, separated by commas.
cli-plan-section-keys = Plan { $id }. Sections to write with `convene plan section set { $id } KEY`: { $keys }
cli-plan-open-comments = Open comments
cli-plan-open-conflicts = { $count ->
    [one] { $count } conflict with a partner's copy to settle: `convene plan conflicts { $id }`
   *[other] { $count } conflicts with a partner's copy to settle: `convene plan conflicts { $id }`
}
## `convene poll ...`: asking the partners which dates suit them

# $count: how many dates the poll offers.
cli-poll-created = { $count ->
    [one] Created poll { $id } "{ $title }" with { $count } date.
   *[other] Created poll { $id } "{ $title }" with { $count } dates.
}
# $count: how many .eml files were written; $folder: where.
cli-poll-invitations-written = { $count ->
    [one] Wrote { $count } invitation to { $folder }: send it from your mail program.
   *[other] Wrote { $count } invitations to { $folder }: send each from your mail program.
}
# Column headings of the answers read from replies, and of a poll's grid.
cli-poll-column-file = File
cli-poll-column-partner = Partner
cli-poll-column-date = Date
cli-poll-column-answer = Answer
# What was done with an answer read from a reply.
cli-poll-column-recorded = Recorded
cli-poll-column-yes = Yes
# The answer "maybe": the partner can come if no other date suits.
cli-poll-column-if-need-be = If need be
cli-poll-column-no = No
cli-poll-column-zone = Zone
cli-poll-column-id = Id
cli-poll-column-title = Title
cli-poll-column-dates = Dates
# How many partners answered.
cli-poll-column-answered = Answered
cli-poll-no-answer-recorded = no answer was recorded
# $text: what was typed after --option. yes, maybe and no are typed as they are.
cli-poll-not-an-answer = "{ $text }" is not N=ANSWER; write the date's number and yes, maybe or no, such as 2=yes
# $count: how many answers; $partner: the partner city that gave them.
cli-poll-answers-recorded = { $count ->
    [one] Recorded { $count } answer of { $partner }.
   *[other] Recorded { $count } answers of { $partner }.
}
# Labels of `convene poll show`.
cli-label-poll = Poll
cli-label-host = Host
cli-label-deadline = Deadline
cli-label-state = State
# $number: the chosen date's number; $meeting: the id of the meeting made from it.
cli-poll-state-closed-on = closed on date { $number } (meeting { $meeting })
cli-poll-state-open = open
cli-poll-state-closed = closed
cli-poll-all-answered = Every partner has answered.
# $partners: the partner cities that have not answered, separated by commas.
cli-poll-not-answered = Not answered: { $partners }
cli-poll-organizer-needed = the poll's invitations were never written, so give the sender of the meeting's invitation with --organizer
# $when: the meeting's date and time.
cli-poll-closed = Closed poll { $id } on date { $number }: created meeting { $meeting } "{ $title }", { $when }.
cli-poll-no-messages-written = No messages written: give --out DIR to write the meeting's invitation and the release of the other dates.
cli-polls-none = { $network } has no polls yet.
## `convene export ics` and `convene invite`

# $text: what was typed after --reminder. The units d, h, m and w are typed as they are.
cli-reminder-not-a-duration = "{ $text }" is not a duration; write it as 1d, 2h or 30m
# $count: how many meetings the calendar file holds; $file: where it was written;
# $undated: how many meetings were left out because they have no date yet.
cli-ics-export-written = { $count ->
    [one] Wrote { $count } meeting.
   *[other] Wrote { $count } meetings.
}
cli-ics-export-written-to = { $count ->
    [one] Wrote { $count } meeting to { $file }.
   *[other] Wrote { $count } meetings to { $file }.
}
cli-ics-export-written-left-out = Wrote { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
}; { $undated ->
    [one] { $undated } not yet dated was left out.
   *[other] { $undated } not yet dated were left out.
}
cli-ics-export-written-to-left-out = Wrote { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
} to { $file }; { $undated ->
    [one] { $undated } not yet dated was left out.
   *[other] { $undated } not yet dated were left out.
}
# $method: request (an invitation) or cancel (a cancellation); $subject: the e-mail's subject.
cli-invite-written = { $method ->
    [cancel] Wrote the cancellation: { $subject }.
   *[request] Wrote the invitation: { $subject }.
}
cli-invite-written-to = { $method ->
    [cancel] Wrote the cancellation to { $file }: { $subject }.
   *[request] Wrote the invitation to { $file }: { $subject }.
}

## A meeting's date and time on the command line (`meeting add|update|postpone`)

# $text: what was typed. YYYY-MM-DD HH:MM is the form to type, as it is.
cli-not-a-date-time = "{ $text }" is not a date and time; write it as "YYYY-MM-DD HH:MM"
cli-not-a-month = "{ $text }" is not a month; write it as YYYY-MM (or a year, YYYY)
cli-meeting-no-start-yet = the meeting has no start time yet; give --start and --end
cli-meeting-end-needed = give --end with --start ("YYYY-MM-DD HH:MM" or "HH:MM")
cli-meeting-no-day-yet = the meeting has no day yet; give --date (and --until)

## `convene agenda NETWORK MEETING`

cli-not-a-time-of-day = "{ $text }" is not a time of day; write it as HH:MM (14:30)
# After an agenda item; $speaker: the partner city that presents it.
cli-agenda-speaker = (speaker: { $speaker })
# $slug: the network's short name; $meeting: the meeting's id.
cli-agenda-empty = The agenda is empty. Add an item with `convene agenda { $slug } { $meeting } add --title TEXT`.
# $title: the meeting's title.
cli-agenda-heading = Agenda of { $title } (meeting { $meeting })
# Headings above the agenda after a change. $number: the item's number; $place: where it moved to.
cli-agenda-item-added = Added item { $number } to the agenda of { $title }:
cli-agenda-item-changed = Changed item { $number } of the agenda of { $title }:
cli-agenda-item-moved = Moved item { $number } to place { $place } in the agenda of { $title }:
cli-agenda-item-removed = Removed item { $number } from the agenda of { $title }:
# $item: the removed item's title.
cli-agenda-item-removed-named = Removed item { $number } ({ $item }) from the agenda of { $title }:
## `convene holidays` and `convene dayoff`

cli-holidays-which-days = say which days: --year YEAR, or --from DATE --to DATE
cli-holidays-region-needs-country = --region goes with a country code (convene holidays ES --region ES-CN ...); a network's partners each have their own region (convene partner update NETWORK CITY --region CODE)
# $country: the country's name; $code: its two-letter code; $span: the year or the dates asked for.
cli-holidays-heading = Public holidays in { $country } ({ $code }), { $span }:
# $region: the region asked for, such as "Canarias (ES-CN)".
cli-holidays-heading-region = Public holidays in { $country } ({ $code }) with { $region }, { $span }:
# Below the heading when there is no public holiday in those days.
cli-holidays-none = none.
# $name: a holiday whose date follows a lunar calendar and is only estimated.
cli-holiday-estimated = { $name } (estimated date)
# A holiday of the whole country, in the column that names the region.
cli-holiday-national = national
cli-column-date = DATE
# The day of the week.
cli-column-day = DAY
cli-column-holiday = HOLIDAY
# The region a holiday is kept in.
cli-column-where = WHERE
# $first_year: the first year python-holidays has dates for that country.
cli-holidays-no-dates-before = (python-holidays has no dates before { $first_year } for { $code }.)
cli-holidays-network-none = No partner of { $network } has a holiday or day off, { $span }.
cli-holidays-network-heading = Days off of the partners of { $network }, { $span }:
# $partners: partner cities whose countries Convene has no holidays for, as "Nuuk (GL)".
cli-holidays-uncovered = Convene has no public holidays for: { $partners } (only their recorded days off count).
# A day off in messages. $weekday: its short name, such as "Thu".
cli-day-off-line = "{ $name }" on { $date } ({ $weekday })
cli-days-off-none-partner = No day off is recorded for { $partner }. Add one with `convene dayoff add { $slug } --partner CITY --date YYYY-MM-DD --name TEXT`.
cli-days-off-none-network = No day off is recorded for the partners of { $network }. Add one with `convene dayoff add { $slug } --partner CITY --date YYYY-MM-DD --name TEXT`.
# $day: cli-day-off-line; $id: the new day off's id.
cli-day-off-added = Added the day off { $day } for { $partner } (id { $id }).
# $holidays: the public holidays on that day in the partner's country or region.
cli-day-off-added-also-holiday = Added the day off { $day } for { $partner } (id { $id }). It is also a public holiday there: { $holidays }.
# $count: how many days off the partner has on $date (two or more); $names: their names.
cli-day-off-which = { $partner } has { $count } days off on { $date }: { $names }; say which with --name
cli-day-off-removed = Removed the day off { $day } of { $partner }.
## `convene meetings` and `convene meeting show|add|update|delete`

# One of several meetings with the same title. $date: its day, or what is known of it.
cli-meeting-id-and-date = id { $id } ({ $date })
# $count: how many meetings have the title $key (two or more); $meetings: each as cli-meeting-id-and-date.
cli-meetings-same-title = { $count } meetings of { $network } are titled "{ $key }": { $meetings }; use the id
# $to and $from: dates typed after --to and --from.
cli-to-before-from = { $to } is before --from { $from }
cli-meetings-none = { $network } has no meetings.
cli-meetings-none-in-period = { $network } has no meetings in that period.
cli-column-when = WHEN
# In person, online or hybrid.
cli-column-mode = MODE
cli-column-country = COUNTRY
# A time zone.
cli-column-zone = ZONE
# The difference from UTC, such as UTC+02:00.
cli-column-offset = OFFSET
cli-column-local-time = LOCAL TIME
cli-column-note = NOTE
cli-label-network = Network
cli-label-when = When
cli-label-venue = Venue
cli-label-mode = Mode
cli-label-status = Status
cli-label-uid = UID
# How many times the meeting's calendar entry was changed (iCalendar's SEQUENCE).
cli-label-sequence = Sequence
# Headings of the parts of `convene meeting show`.
cli-meeting-warnings = Warnings
# The meeting's times on each partner city's clock.
cli-meeting-local-times = Local times
cli-local-time-outside-working-hours = outside working hours
cli-local-time-weekend = weekend
cli-meeting-agenda = Agenda
cli-meeting-attendance = Attendance
# A contact person's answer to the invitation. $answer: such as "declined".
cli-meeting-attendance-contact = { $name } (contact): { $answer }
cli-meeting-needs-start-and-end = a timed meeting needs both --start and --end
cli-meeting-tz-needs-times = --tz applies to --start and --end; give them too
cli-meeting-until-needs-date = --until needs --date (the first day)
# $when: the meeting's date and time.
cli-meeting-added = Added meeting { $id } to { $network }: { $title }, { $when }.
cli-meeting-updated = Updated meeting { $id }: { $title } ({ $when }).
# $sequence: the meeting's new SEQUENCE, which makes calendars take the change.
cli-meeting-updated-sequence = Updated meeting { $id }: { $title } ({ $when }); calendars will see the change (sequence { $sequence }).
cli-meeting-deleted = Deleted meeting { $id }: { $title }.
## `convene partners` and `convene partner show|add|update|delete`

# $text: what was typed after --population.
cli-not-a-population = "{ $text }" is not a whole number of inhabitants
# One of several partners with the same name.
cli-partner-name-and-id = { $name } (id { $id })
# $count: how many partners are called $key (two or more); $partners: each as cli-partner-name-and-id.
cli-partners-same-name = { $count } partners of { $network } are called "{ $key }": { $partners }; use the id
cli-partners-none = { $network } has no partners yet. Add one with `convene partner add { $slug } --name CITY --country CC`.
cli-column-role = ROLE
cli-column-time-zone = TIME ZONE
cli-column-population = POPULATION
# How many contact people a partner has.
cli-column-contacts = CONTACTS
cli-label-country = Country
cli-label-region = Region
cli-label-role = Role
cli-label-time-zone = Time zone
cli-label-population = Population
cli-label-notes = Notes
# Headings of the parts of `convene partner show`.
cli-partner-contacts = Contacts
# The partner's URBACT Local Group.
cli-partner-local-group = Local group
# $country: the partner's two-letter country code; $zone: its time zone; $role: its role in
# the network (lead_partner, partner, good_practice_city, transfer_city or associated).
cli-partner-added = Added { $name } ({ $country }, { $zone }) to { $network } as { $role ->
    [lead_partner] lead partner
    [good_practice_city] good practice city
    [transfer_city] transfer city
    [associated] associated
   *[partner] partner
} (id { $id }).
cli-partner-updated = Updated { $name } ({ $country }, { $zone }) in { $network }.
cli-partner-deleted = Deleted { $name } from { $network }.
# $also: what was deleted or changed with it, such as "2 contacts, 1 meeting's host".
cli-partner-deleted-with = Deleted { $name } from { $network } ({ $also }).
## `convene milestone list|add|update|remove`

cli-milestone-not-a-month = "{ $text }" is not a month; write it as YYYY-MM
# $count: how many milestones are titled $key (two or more); $milestones: each as cli-meeting-id-and-date.
cli-milestones-same-title = { $count } milestones are titled "{ $key }": { $milestones }; use the id
# A milestone in messages. $when: its day or month; $kind: its kind as cli-value-milestone-kind-* words it ("Decision").
cli-milestone-line = { $title } ({ $when }, { $kind }, id { $id })
cli-milestone-line-done = { $title } ({ $when }, { $kind }, done, id { $id })
cli-milestone-needs-date = a milestone needs its day (--date YYYY-MM-DD) or its month (--month YYYY-MM)
# $milestone: cli-milestone-line.
cli-milestone-added = Added the milestone { $milestone } to { $network }.
cli-milestone-updated = Updated the milestone { $milestone }.
cli-milestone-removed = Removed the milestone { $milestone } from { $network }.
cli-milestones-none = { $network } has no milestones yet. Add one with `convene milestone add { $slug } --title TEXT --date YYYY-MM-DD`.
# In the DONE column of a milestone that is done.
cli-milestone-done-word = done
cli-column-done = DONE
## `convene practices`, `convene practice ...` and `convene search`

cli-practices-none = No good practices yet. Add one with `convene practice add --title TITLE`, or import them from URBACT pages with `convene import urbact FILE`.
# In a yes-or-no column, such as TRANSFER.
cli-yes = yes
cli-column-city = CITY
# Whether the good practice was transferred by a Transfer network.
cli-column-transfer = TRANSFER
cli-column-network = NETWORK
# The words of a search result that match.
cli-column-match = MATCH
# $count: how many good practices are titled $key (two or more).
cli-practices-same-title = { $count } good practices are titled "{ $key }"; use the id
cli-label-city = City
cli-label-author = Author
# The good practice's headline figure, such as "40% less energy".
cli-label-figure = Figure
cli-label-transfer = Transfer
cli-label-networks = Networks
cli-practice-transferred = yes, transferred by networks
cli-limit-at-least-one = must be at least 1
# $text: the words searched for.
cli-search-nothing = Nothing matches "{ $text }".
# $reason: the system's words.
cli-cannot-read-stdin = cannot read the sections from standard input: { $reason }
# A good practice in messages. $from: its city and country, such as "Gävle (SE)"; $count: how many sections it has.
cli-practice-line = { $title } (id { $id }, { $count ->
    [one] { $count } section
   *[other] { $count } sections
})
cli-practice-line-from = { $title } (id { $id }, { $from }, { $count ->
    [one] { $count } section
   *[other] { $count } sections
})
# $practice: cli-practice-line.
cli-practice-added = Added the good practice { $practice }.
cli-practice-updated = Updated the good practice { $practice }.
cli-practice-removed = Removed the good practice { $title } (id { $id }).
## `convene contacts`, `convene contact ...` and `convene local-group ...`: the people of a partner city

# One of several people with the same name. $partner: their partner city.
cli-person-of-partner = { $name } of { $partner } (id { $id })
# $count: how many people of $place are called $key (two or more); $people: each as cli-person-of-partner.
cli-people-same-name = { $count } people of { $place } are called "{ $key }": { $people }; use the id
# $place: a network or a partner city.
cli-contacts-none = { $place } has no contacts yet. Add one with `convene contact add { $slug } --partner CITY --name NAME`.
cli-local-group-none = { $place } has no local group members yet. Add one with `convene local-group add { $slug } --partner CITY --name NAME`.
cli-column-email = E-MAIL
cli-column-phone = PHONE
cli-column-organisation = ORGANISATION
# $name: the person; $partner: the partner city; $id: the person's id.
cli-contact-added = Added { $name } to the contacts of { $partner } (id { $id }).
cli-contact-updated = Updated { $name }, contact of { $partner } (id { $id }).
cli-contact-removed = Removed { $name } from the contacts of { $partner }.
# The partner's URBACT Local Group.
cli-member-added = Added { $name } to the local group of { $partner } (id { $id }).
cli-member-updated = Updated { $name }, local group of { $partner } (id { $id }).
cli-member-removed = Removed { $name } from the local group of { $partner }.
## `convene plan export` and the tables of a plan (`plan action|indicator|risk add`)

cli-plan-export-format-unknown = cannot tell the format from "{ $file }"; add --format docx, pdf, md or html
# $format: Word, PDF, Markdown or HTML; $size: cli-size-bytes or cli-size-kilobytes.
cli-plan-exported = "{ $title }" written to { $file } ({ $format }, { $size })
cli-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
cli-size-kilobytes = { $count } KB
# $text: what was typed after --funding; SOURCE=EUR and erdf=12000 are typed as they are.
cli-not-a-funding-line = "{ $text }" is not SOURCE=EUR (such as erdf=12000)
# What a change did, put into cli-plan-saved.
cli-plan-action-added = added action "{ $title }"
cli-plan-indicator-added = added indicator "{ $name }"
cli-plan-risk-added = added the risk
## `convene meeting confirm|held|cancel|postpone`

# $status: the step the meeting had already taken (confirmed, held or cancelled).
cli-meeting-already = Meeting { $id } ({ $title }) was already { $status ->
    [confirmed] confirmed
    [held] held
    [postponed] postponed
    [tentative] tentative
   *[cancelled] cancelled
}.
# $when: the meeting's day; $changed: yes when calendars get the change, with the new $sequence.
cli-meeting-confirmed = Confirmed meeting { $id }: { $title } ({ $when }){ $changed ->
    [yes] ; calendars will see the change (sequence { $sequence })
   *[no] {""}
}.
cli-meeting-marked-held = Marked meeting { $id } as held: { $title } ({ $when }){ $changed ->
    [yes] ; calendars will see the change (sequence { $sequence })
   *[no] {""}
}.
cli-meeting-cancelled = Cancelled meeting { $id }: { $title } ({ $when }){ $changed ->
    [yes] ; calendars will see the change (sequence { $sequence })
   *[no] {""}
}.
# $when: the old day, which calendars are told is off.
cli-meeting-postponed-undated = Postponed meeting { $id }: { $title }; no new date yet, so calendars are told it will not take place on { $when } (sequence { $sequence }).
# $when: the new date and time.
cli-meeting-postponed-to = Postponed meeting { $id }: { $title }; now { $when }, tentative until confirmed (sequence { $sequence }).

## `convene attendance NETWORK MEETING`: who is invited and what they answered

# $text: what was typed after --status. The words listed are typed as they are.
cli-not-an-attendance-status = "{ $text }" is not one of: invited, confirmed (or accepted), declined, tentative, attended, none
# An answer to an invitation.
cli-attendance-status = { $status ->
    [accepted] accepted
    [declined] declined
    [tentative] tentative
    [attended] attended
   *[invited] invited
}
cli-attendance-none = Nobody is on the list yet.
# In the WHO column: a partner city or one of its contact people.
cli-attendee-partner = partner
cli-attendee-contact = contact
cli-column-who = WHO
cli-attendance-heading = Attendance of { $title } (meeting { $meeting })
# $answer: cli-attendance-status; $title: the meeting's title.
cli-attendance-set = { $name }: { $answer } for { $title }.
cli-attendance-removed = { $name } is off the list of { $title }.
## `convene slots` and `convene rotation`: times and hosts that suit the partners

cli-slots-how-long = say how long the meeting lasts: --duration 2h, or --days N for whole days
# A meeting's length, put into cli-slots-heading as $length ("a 2-hour meeting").
cli-length-minutes = { $minutes }-minute
cli-length-hours = { $hours }-hour
# $minutes: two digits, such as 05.
cli-length-hours-minutes = { $hours }h{ $minutes }
# $count: how many start times were weighed; $zone: the clock of the headings; $hours:
# the working hours, such as 09:00-17:00.
cli-slots-heading = { $network }: { $count ->
    [one] { $count } start
   *[other] { $count } starts
} for a { $length } meeting from { $from } to { $to } ({ $zone }; working hours { $hours } on each partner's clock).
cli-slots-none-suit-all = None suits every partner; the least awkward come first.
# $count: how many start times suit every partner.
cli-slots-suit-all = { $count ->
    [one] { $count } suits every partner.
   *[other] { $count } suit every partner.
}
cli-slots-nothing-fits = No time fits in that range; widen it or shorten the meeting.
cli-slot-suits-everyone = suits everyone
# $troubled: partners for whom the time is awkward, of $count; $worst, $total: burden points.
cli-slot-awkward = awkward for { $troubled } of { $count } (burden: worst { $worst }, total { $total })
# What makes a time awkward for a partner (a holiday, a night hour).
cli-column-problems = PROBLEMS
# $count: how many choices of $days days were found; $weekends: left-out or counted.
cli-days-heading = { $network }: { $count ->
    [one] { $count } choice
   *[other] { $count } choices
} of { $days ->
    [one] { $days } day
   *[other] { $days } days
} from { $from } to { $to } on which no partner has a holiday{ $weekends ->
    [left-out] {" "}(weekends left out)
   *[counted] {""}
}.
# Two dates, the first and last of a span.
cli-date-span = { $first } to { $last }
# $meetings: other meetings of the network on those days.
cli-days-also = (also: { $meetings })
cli-days-left-out = Days left out:
# $count: the in-person meetings counted.
cli-rotation-heading = { $network }: { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
} in person, held or planned.
cli-rotation-no-partners = It has no partners yet.
# How many meetings each partner city hosted, held or planned.
cli-column-hosted = HOSTED
cli-column-held = HELD
cli-column-planned = PLANNED
cli-column-last-hosted = LAST HOSTED
cli-rotation-without-host = { $count ->
    [one] { $count } meeting has no host city yet.
   *[other] { $count } meetings have no host city yet.
}
cli-rotation-not-hosted = Not hosted yet: { $partners }.
cli-rotation-next = Next hosts, fairest first: { $partners }.
## `convene plan revisions` and `convene plan diff`

cli-column-time-utc = TIME (UTC)
cli-column-author = AUTHOR
cli-column-message = MESSAGE
# $from and $to: revision numbers, each with its author and time.
cli-plan-diff-heading = revision { $from } ({ $from_author }, { $from_time }) -> revision { $to } ({ $to_author }, { $to_time })
cli-plan-diff-none = No differences.
# After a section's title.
cli-plan-diff-section-added = (added)
cli-plan-diff-section-removed = (removed)
# $title: the section's title before.
cli-plan-diff-section-renamed = (was { $title })
cli-plan-diff-reordered = The sections were put in another order.
# A row of the plan's tables that changed. $row: action, indicator or risk; $label: its
# title; $change: added, removed or changed; $fields: the fields that changed.
cli-plan-diff-row = { $row ->
    [indicator] indicator
    [risk] risk
   *[action] action
} "{ $label }" { $change ->
    [added] added
    [removed] removed
   *[changed] changed: { $fields }
}
## `convene account add|list|test|remove`: calendar server accounts

# After an account was added: where its password is. $variable: CONVENE_DAV_PASSWORD.
cli-account-password-stored = the password is in the keyring
# $reason: why the keyring did not answer.
cli-account-no-keyring = no keyring answered ({ $reason }), so the password was not stored: give it with --password-stdin or { $variable } on each command
cli-account-no-password = no password given: give it with --password-stdin or { $variable } on each command
# $url: the server's address; $user: the user name; $password: one of the three messages above.
cli-account-added = Added the account { $name } ({ $url } as { $user }); { $password }.
cli-accounts-none = No accounts yet: convene account add NAME --url URL --user USER --password-stdin
# Column headings of `convene account list`, in lower case.
cli-account-column-name = name
cli-account-column-url = url
cli-account-column-user = user
# A certificate authority's file the account trusts.
cli-account-column-ca-file = CA file
# What the server answered. $principal and $home: addresses on the server; $count: how many calendars.
cli-account-works = { $name } works.
    principal: { $principal }
    calendar home: { $home }
    calendars: { $count }
cli-account-calendar-no-name = (no name)
cli-account-removed = Removed the account { $name } and its keyring password.
# $text: what was typed after --format; docx, pdf, md and html are typed as they are.
cli-not-an-export-format = "{ $text }" is not an export format; use docx, pdf, md or html

## Settling a calendar conflict, and what the server changed in a meeting

# $title: the meeting's title.
publish-kept-local-create = "{ $title }" keeps Convene's version; the next publish creates it on the server again.
# $title: the meeting's title.
publish-kept-local-overwrite = "{ $title }" keeps Convene's version; the next publish writes it over the server's.
# $title: the meeting's title.
publish-kept-local-deleted = "{ $title }" stays deleted; the next publish deletes it on the server.
# $title: the meeting's title.
publish-kept-remote-deleted = "{ $title }" was deleted here, as on the server.
# $title: the meeting's title.
publish-kept-remote = "{ $title }" now has the server's version here.
# A change the server made to a meeting: $before and $after are the date and time (YYYY-MM-DD).
publish-change-time = time: { $before } -> { $after }
# $before and $after: the titles.
publish-change-title = title: "{ $before }" -> "{ $after }"
# $before and $after: the venues.
publish-change-place = place: "{ $before }" -> "{ $after }"
# $before and $after: the statuses as the CLI types them (planned, confirmed, ...).
publish-change-status = status: { $before } -> { $after }
# The description changed (too long to show).
publish-change-description = description
# $before and $after: the online meeting links.
publish-change-online-link = online link: { $before } -> { $after }
# Who changed a server's event and when, as far as the event says. $when: its LAST-MODIFIED
# (YYYY-MM-DD HH:MM UTC).
publish-said-last-modified = last modified { $when }
# $who: a name and address from an X-...-MODIFIED-BY property of the event.
publish-said-changed-by = changed by { $who }
# $who: the event's ORGANIZER (a name and address), set by another calendar program.
publish-said-organiser = organiser: { $who }
# The event names nobody: no standard property says who changed it.
publish-said-who-unknown = the event does not say who changed it

## Words of the core's closed sets (kinds, modes, statuses, roles) in tables and `show` output: the
## same words as the window's label-* messages in ui.ftl; English as the core's label().
cli-value-meeting-kind-kick-off = Kick-off
cli-value-meeting-kind-transnational = Transnational meeting
cli-value-meeting-kind-city-visit = City visit
cli-value-meeting-kind-final-event = Final event
cli-value-meeting-kind-local-group = Local group
cli-value-meeting-kind-online-touch-base = Online touch-base
cli-value-meeting-kind-phase-review = Phase review
cli-value-meeting-kind-other = Other
cli-value-poll-answer-yes = Yes
cli-value-poll-answer-maybe = If need be
cli-value-poll-answer-no = No
cli-value-meeting-mode-in-person = In person
cli-value-meeting-mode-online = Online
cli-value-meeting-mode-hybrid = Hybrid
cli-value-meeting-status-tentative = Tentative
cli-value-meeting-status-confirmed = Confirmed
cli-value-meeting-status-held = Held
cli-value-meeting-status-postponed = Postponed
cli-value-meeting-status-cancelled = Cancelled
cli-value-attendance-invited = Invited
cli-value-attendance-accepted = Accepted
cli-value-attendance-declined = Declined
cli-value-attendance-tentative = Tentative
cli-value-attendance-attended = Attended
cli-value-network-kind-action-planning = Action planning
cli-value-network-kind-transfer = Transfer
cli-value-network-kind-innovation-transfer = Innovation transfer
cli-value-network-kind-implementation = Implementation
cli-value-network-kind-other = Other
cli-value-partner-role-lead-partner = Lead partner
cli-value-partner-role-partner = Partner
cli-value-partner-role-good-practice-city = Good practice city
cli-value-partner-role-transfer-city = Transfer city
cli-value-partner-role-associated = Associated
cli-value-plan-status-draft = Draft
cli-value-plan-status-in-review = In review
cli-value-plan-status-final = Final
cli-value-plan-status-adopted = Adopted
cli-value-funding-source-city = City budget
cli-value-funding-source-erdf = ERDF
cli-value-funding-source-esf-plus = ESF+
cli-value-funding-source-national = National
cli-value-funding-source-regional = Regional
cli-value-funding-source-private = Private
cli-value-funding-source-other = Other
cli-value-action-status-idea = Idea
cli-value-action-status-planned = Planned
cli-value-action-status-ongoing = Ongoing
cli-value-action-status-done = Done
cli-value-action-status-dropped = Dropped
cli-value-indicator-kind-output = Output
cli-value-indicator-kind-result = Result
cli-value-revision-kind-created = Created
cli-value-revision-kind-edit = Edited
cli-value-revision-kind-restore = Restored
cli-value-revision-kind-received = Received
cli-value-revision-kind-merge = Merged
cli-value-revision-kind-resolve = Conflict resolved
cli-value-milestone-kind-phase = Phase start or end
cli-value-milestone-kind-deadline = Deadline
cli-value-milestone-kind-deliverable = Deliverable
cli-value-milestone-kind-decision = Decision
cli-value-milestone-kind-event = Event
cli-value-milestone-kind-other = Other
cli-value-hit-kind-network = Network
cli-value-hit-kind-partner = Partner
cli-value-hit-kind-meeting = Meeting
cli-value-hit-kind-plan = Action plan
cli-value-hit-kind-practice = Good practice
cli-value-day-off-source-national = Public holiday
cli-value-day-off-source-regional = Regional holiday
cli-value-day-off-source-local = Local day off

## `convene --help`: the headings of the command lists (also of `convene meeting --help` and
## `convene plan --help`), convene's own description, its commands' one-line descriptions
## and its options. English is the doc comments of the code (a unit test keeps them equal).

cli-help-usage = Usage:
cli-help-options = Options:
cli-help-group-networks = Networks:
cli-help-group-partners = Partners and their people:
cli-help-group-meetings = Meetings:
cli-help-group-holidays = Holidays and days off:
cli-help-group-plans = Action plans:
cli-help-group-practices = Good practices:
cli-help-group-data = All data:
cli-help-group-servers = Calendar servers (CalDAV, WebDAV):
cli-help-group-meeting = The meeting:
cli-help-group-meeting-life = Its life:
cli-help-group-plan = The plan:
cli-help-group-plan-content = Its content:
cli-help-group-plan-review = Review and history:
cli-help-group-plan-exchange = Exchange with partner cities:
cli-help-about = Networks, partner cities, meetings, action plans and good practices of transnational city networks
# After the options. NETWORK, --db PATH and $CONVENE_DB are typed as they are.
cli-help-after =
    NETWORK is a network's short name (slug) or name, in any case, with or without accents.
    The database is --db PATH, else $CONVENE_DB, else the desktop app's convene.db
    (on Linux ~/.local/share/eu.convene.app/convene.db).
cli-help-option-db = The database file [default: $CONVENE_DB, else the desktop app's convene.db]
cli-help-option-json = Print machine-readable JSON instead of text
cli-help-option-lang = The language of messages: en, fr, de, es, it, pt, pl, nl, el, ro [default: from $LC_ALL, $LC_MESSAGES, $LANG]
cli-help-option-help = Print help
cli-help-option-version = Print version
cli-help-command-networks = List every network
cli-help-command-network = Show, add, change or delete a network
cli-help-command-milestone = List, add, change or remove a network's milestones
cli-help-command-partners = List the partners of a network
cli-help-command-partner = Show, add, change or delete a partner of a network
cli-help-command-contacts = List the contact people of a network's partners
cli-help-command-contact = Add, change or remove a partner's contact person
cli-help-command-local-group = List a network's local group members, or add, change or remove one
cli-help-command-meetings = List the meetings of a network in date order (undated ones last)
cli-help-command-meeting = Show, add, change, confirm, postpone, mark held, cancel or delete a meeting
cli-help-command-agenda = Show a meeting's agenda, or add, change, move or remove an item
cli-help-command-attendance = Show who is invited to a meeting, or record a partner's or contact's answer
cli-help-command-invite = Write an email invitation to a meeting (a cancellation if it is cancelled or postponed)
cli-help-command-slots = Find times that suit a network's partners: working hours, weekends, holidays, other meetings
cli-help-command-rotation = Who has hosted the network's in-person meetings, and who should host next
cli-help-command-poll = Ask the partners which dates suit them, read their answers, and turn the chosen date into a meeting
cli-help-command-holidays = A country's public holidays, or the days a network's partners do not work
cli-help-command-dayoff = List, add or remove a partner's own days off (a patron saint's day, a local election)
cli-help-command-plans = List the action plans of a network with their status and last change
cli-help-command-plan = Draft, review, compare, restore, send and receive an Integrated Action Plan
cli-help-command-practices = List the good practices
cli-help-command-practice = Show, add, change or remove a good practice
cli-help-command-search = Search networks, partners, meetings, action plans and good practices
cli-help-command-import = Import URBACT network pages, a Convene JSON export or an iCalendar file
cli-help-command-export = Export the whole database, or meetings as an iCalendar file
cli-help-command-backup = Copy the whole database to FILE (SQLite online backup; safe while the app runs)
cli-help-command-help = Print this message or the help of the given subcommand(s)
cli-help-command-account = Add, list, test or remove a CalDAV/WebDAV server account (passwords stay in the keyring)
cli-help-command-publish = Publish a network's meetings to a calendar on a CalDAV server (and read its changes first)
cli-help-command-pull = Read changes made on the CalDAV server into a published network
cli-help-command-conflicts = List meetings changed both here and on the server, with both versions
cli-help-command-conflict = Settle a conflict: keep local or remote
# After the options of the commands that talk to a calendar server.
cli-help-password = Where the password comes from: --password-stdin (the first line of standard input), else $CONVENE_DAV_PASSWORD, else the operating system's keyring (where `account add` stored it). A headless machine has no keyring: use --password-stdin or CONVENE_DAV_PASSWORD there.
# After the options of `convene meeting --help`.
cli-help-meeting-note = A meeting's agenda and who comes: `convene agenda NETWORK MEETING`, `convene attendance NETWORK MEETING`.
# The commands of `convene meeting --help` and `convene plan --help`.
cli-help-command-meeting-show = A meeting with its agenda, attendance and the time on every partner's clock
cli-help-command-meeting-add = Add a meeting to a network
cli-help-command-meeting-update = Change a meeting; only the options given change
cli-help-command-meeting-delete = Delete a meeting with its agenda and attendance
cli-help-command-meeting-confirm = Mark a meeting confirmed: it takes place at its date
cli-help-command-meeting-postpone = Move a meeting to a later date, or off the calendar until one is known (the old date is kept in its description)
cli-help-command-meeting-held = Mark a meeting held (it must have begun)
cli-help-command-meeting-cancel = Mark a meeting cancelled (it stays, so calendars learn of the cancellation)
cli-help-command-plan-show = A plan as its document (the Markdown export), then its section keys, warnings, open comments and conflicts
cli-help-command-plan-create = Start a plan for a partner city (nine standard sections, revision 1)
cli-help-command-plan-status = Move the plan on: draft, in-review, final, adopted (with --date), or back one step
cli-help-command-plan-language = Set the language the plan's documents are exported in (headings, labels, dates, amounts)
cli-help-command-plan-export = Write the plan as a Word, PDF, Markdown or HTML document for the council
cli-help-command-plan-author = Show the name changes are signed with, or set it
cli-help-command-plan-section = Write a section's text
cli-help-command-plan-action = Add to the action table
cli-help-command-plan-indicator = Add to the results framework
cli-help-command-plan-risk = Add to the risks
cli-help-command-plan-comment = Comment on a section, as a reviewer
cli-help-command-plan-revisions = Every revision, newest first
cli-help-command-plan-diff = What changed between two revisions, word by word
cli-help-command-plan-restore = Make an old revision's content current again (as a new revision; nothing is lost)
cli-help-command-plan-send = Write the plan with its whole history to a .convene-plan file for a partner
cli-help-command-plan-receive = Read a .convene-plan file: a new plan, newer revisions, or a merge (conflicts are reported)
cli-help-command-plan-push = Put the plan's .convene-plan file in a WebDAV folder (never over a copy not pulled first)
cli-help-command-plan-pull = Read the plan's .convene-plan file from the WebDAV folder and merge it, as `plan receive` does
cli-help-command-plan-conflicts = The differences with a partner's copy waiting for a choice
cli-help-command-plan-resolve = Settle a conflict: keep ours, take theirs, or put a merged text

## clap's own errors (src-tauri/cli/src/usage_errors.rs)
# clap's errors on the command line itself, in the person's language. $arg: the option or value as typed.
cli-clap-unknown-argument = unexpected argument '{ $arg }' found
cli-clap-tip-similar-argument = tip: a similar argument exists: '{ $arg }'
cli-clap-tip-similar-subcommand = tip: a similar command exists: '{ $command }'
cli-clap-tip-escape = tip: to pass '{ $arg }' as a value, use '-- { $arg }'
cli-clap-missing-value = a value is required for '{ $arg }' but none was supplied
# $value: what was typed; $arg: the option, such as --kind <KIND>.
cli-clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
# $reason: why the value was refused (already in the person's language).
cli-clap-invalid-value-reason = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-clap-possible-values = possible values: { $values }
cli-clap-unknown-subcommand = unrecognized subcommand '{ $command }'
# $args: the missing arguments, each on its own indented line.
cli-clap-missing-arguments = the following required arguments were not provided:{ $args }
cli-clap-missing-subcommand = '{ $command }' needs a command after it, and none was given
cli-clap-subcommands = commands: { $values }
cli-clap-used-twice = the argument '{ $arg }' cannot be used more than once
# $other: the other arguments, quoted.
cli-clap-conflict = the argument '{ $arg }' cannot be used with { $other }
cli-clap-too-many-values = unexpected value '{ $value }' for '{ $arg }'; no more were expected
# $expected, $actual: numbers of values.
cli-clap-wrong-number-of-values = '{ $arg }' takes { $expected } values, { $actual } given
cli-clap-no-equals = '{ $arg }' takes its value after an equals sign ({ $arg }=VALUE)
cli-clap-invalid-utf8 = the command line holds text that is not valid UTF-8
# Any other mistake clap finds, with no detail to give.
cli-clap-not-valid = the command line is not valid
cli-clap-more-information = For more information, try '--help'.

# Why a value such as an id was refused.
cli-clap-not-a-whole-number = not a whole number

## Help of every command below the top level (src-tauri/cli/src/help.rs)
cli-help-command-import-urbact = Import networks, partners, meetings, plans and practices from URBACT pages
cli-help-arg-import-urbact-file = A text file of URBACT pages (each record ends with a `Ref nid` line)
cli-help-arg-import-urbact-start-year = Date month-only schedules ("June (Basingstoke)") in sequence from this year
cli-help-arg-import-urbact-dry-run = Show what would be imported, without saving anything
cli-help-command-import-json = Import a file written by `convene export json` into an empty database
cli-help-arg-import-json-file = The JSON export to read
cli-help-command-import-ics = Import the events of an iCalendar file (.ics) as meetings of a network
cli-help-arg-import-ics-file = An iCalendar file (.ics) exported by a calendar program
cli-help-arg-import-ics-network = The network whose meetings the events become (short name or name)
cli-help-arg-import-ics-strict = Refuse the whole file at its first event that cannot be imported, instead of importing the others and listing the ones skipped
cli-help-command-network-show = Everything about one network: details, phases, partners, milestones, plans, import notes
cli-help-arg-network = The network's short name or name
cli-help-command-network-add = Add a network
cli-help-arg-network-add-name = The network's name
cli-help-arg-kind = action-planning, transfer, innovation-transfer, implementation or other [add: other]
cli-help-arg-slug = Short name used on the command line [add: made from the name]
cli-help-arg-tagline = One line saying what the network is about
cli-help-arg-description = What the network does, in a paragraph or more
cli-help-arg-programme = e.g. "URBACT IV"
cli-help-arg-start = First day, YYYY-MM-DD
cli-help-arg-end = Last day, YYYY-MM-DD
cli-help-arg-email = Contact e-mail address
cli-help-arg-website = Web address (https://...)
cli-help-arg-language = Working language of its invitations, reminders and calendar texts: en, fr, de, es, it, pt, pl, nl, el, ro [add: en]
cli-help-command-network-update = Change a network; only the options given change
cli-help-arg-name = A new name
cli-help-arg-network-update-lead = The lead partner: a partner's id or name
cli-help-command-network-delete = Delete a network; with --cascade, also everything that belongs to it
cli-help-arg-network-delete-cascade = Also delete its partners, meetings, milestones, plans and import notes
cli-help-command-milestone-list = A network's milestones in date order
cli-help-command-milestone-add = Add a milestone, dated to the day (--date) or the month (--month)
cli-help-arg-milestone-add-title = What happens ("IAP submitted")
cli-help-arg-date = Its day, YYYY-MM-DD
cli-help-arg-month = Its month when the day is not known, YYYY-MM
cli-help-arg-milestone-add-kind = phase, deadline, deliverable, decision, event or other [add: other]
cli-help-arg-milestone-add-description = Free text about it
cli-help-arg-done = Whether it is done: --done, or --done no
cli-help-command-milestone-update = Change a milestone; only the options given change
cli-help-arg-milestone = The milestone's id or title
cli-help-arg-title = A new title
cli-help-arg-milestone-update-kind = phase, deadline, deliverable, decision, event or other [add: other]
cli-help-arg-milestone-update-description = Free text about it
cli-help-command-milestone-remove = Remove a milestone
cli-help-command-partner-show = A partner with its contacts and local group
cli-help-arg-partner = The partner's id or name
cli-help-command-partner-add = Add a partner city or organisation to a network
cli-help-arg-partner-add-name = The city's or organisation's name
cli-help-arg-partner-add-country = ISO 3166-1 code (LV), country name (Latvia) or region (Saxony-Anhalt)
cli-help-arg-role = lead-partner, partner, good-practice-city, transfer-city or associated [add: partner]
cli-help-arg-tz = IANA time zone such as Europe/Riga [add: the country's]
cli-help-arg-region = ISO 3166-2 region (ES-CN, DE-BY) whose public holidays count for the partner besides the national ones (empty to clear); `convene holidays CC --region CODE` checks one
cli-help-arg-population = Number of inhabitants (empty to clear)
cli-help-arg-notes = Free text
cli-help-command-partner-update = Change a partner; only the options given change
cli-help-arg-partner-update-country = A new country; the zone follows it unless it was changed by hand or --tz is given
cli-help-command-partner-delete = Delete a partner; with --cascade, also its contacts, local group and attendance
cli-help-arg-partner-delete-cascade = Also delete its contacts, local group members and attendance; meetings and plans it hosts or owns stay, without it
cli-help-arg-contacts-partner = Only this partner's contacts (id or name)
cli-help-command-contact-add = Add a contact person to a partner
cli-help-arg-contact-add-partner = The partner (id or name) the person works for
cli-help-arg-contact-add-name = The person's name
cli-help-arg-contact-add-role = What they do ("Project coordinator")
cli-help-arg-contact-add-email = E-mail address
cli-help-arg-phone = Phone number, as they write it
cli-help-command-contact-update = Change a contact; only the options given change (an empty value clears it)
cli-help-arg-person = The person's id (as listed) or name
cli-help-arg-contact-update-partner = The partner (id or name) the person belongs to, when the name is not enough
cli-help-arg-contact-update-role = What they do ("Project coordinator")
cli-help-arg-contact-update-email = E-mail address
cli-help-command-contact-remove = Remove a contact (and their answers to meeting invitations)
cli-help-arg-contact-remove-partner = The partner (id or name) the person belongs to, when the name is not enough
cli-help-arg-local-group-partner = Only this partner's local group (id or name)
cli-help-command-local-group-add = Add a member to a partner's local group
cli-help-arg-local-group-add-partner = The partner (id or name) whose local group it is
cli-help-arg-local-group-add-name = The member's name
cli-help-arg-organisation = The organisation they come from ("Chamber of Commerce")
cli-help-arg-local-group-add-role = Their role in the group
cli-help-command-local-group-update = Change a local group member; only the options given change (an empty value clears it)
cli-help-arg-local-group-update-partner = The partner (id or name) the person belongs to, when the name is not enough
cli-help-arg-local-group-update-role = Their role in the group
cli-help-command-local-group-remove = Remove a member from a local group
cli-help-arg-local-group-remove-partner = The partner (id or name) the person belongs to, when the name is not enough
cli-help-arg-meetings-from = Only meetings on or after this day (YYYY-MM-DD); undated ones are left out
cli-help-arg-meetings-to = Only meetings on or before this day (YYYY-MM-DD); undated ones are left out
cli-help-arg-meeting-show-network = The network's short name or name (or, given alone, the meeting's id or UID)
cli-help-arg-meeting = The meeting's id, UID or title in that network
cli-help-arg-meeting-add-title = What the meeting is called ("Transnational Meeting Nr. 3")
cli-help-arg-meeting-add-kind = kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review or other
cli-help-arg-host = The hosting partner's id or name (empty to remove the host)
cli-help-arg-meeting-add-start = Start, "YYYY-MM-DD HH:MM" on the clock of --tz
cli-help-arg-meeting-add-end = End, "YYYY-MM-DD HH:MM" or "HH:MM" on the start's day
cli-help-arg-meeting-add-tz = IANA time zone of --start and --end [default: the host's]
cli-help-arg-meeting-add-date = All-day meeting: its (first) day, YYYY-MM-DD
cli-help-arg-until = All-day meeting: its last day, YYYY-MM-DD [default: --date]
cli-help-arg-meeting-add-month = Not dated yet, but planned for this month: YYYY-MM (or just the year, YYYY)
cli-help-arg-wording = Not dated yet: when it is planned, in words ("after the summer")
cli-help-arg-mode = in-person, online or hybrid [add: in-person]
cli-help-arg-online = Link to join online (https://...)
cli-help-arg-venue = Where it takes place, when that is not simply the host city ("Town hall, Jelgava")
cli-help-arg-meeting-add-description = Free text about the meeting
cli-help-arg-status = tentative, confirmed, held, postponed or cancelled [add: tentative]
cli-help-arg-meeting-update-network = The network's short name or name (or, given alone, the meeting's id or UID)
cli-help-arg-meeting-update-kind = kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review or other
cli-help-arg-meeting-update-undated = Make the meeting not dated again (keeps --month and --wording if given)
cli-help-arg-meeting-update-start = Start, "YYYY-MM-DD HH:MM" on the clock of --tz
cli-help-arg-meeting-update-end = End, "YYYY-MM-DD HH:MM" or "HH:MM" on the start's day
cli-help-arg-meeting-update-tz = IANA time zone of --start and --end [default: the host's]
cli-help-arg-meeting-update-date = All-day meeting: its (first) day, YYYY-MM-DD
cli-help-arg-meeting-update-month = Not dated yet, but planned for this month: YYYY-MM (or just the year, YYYY)
cli-help-arg-meeting-update-description = Free text about the meeting
cli-help-arg-meeting-confirm-network = The network's short name or name (or, given alone, the meeting's id or UID)
cli-help-arg-meeting-postpone-network = The network's short name or name (or, given alone, the meeting's id or UID)
cli-help-arg-meeting-postpone-to = The new date: "YYYY-MM-DD HH:MM" (keeps the length unless --end is given) or YYYY-MM-DD for whole days (keeps the number of days unless --until is given)
cli-help-arg-meeting-postpone-end = End of the new date: "YYYY-MM-DD HH:MM", or "HH:MM" on the day of --to
cli-help-arg-meeting-postpone-until = Last day of the new dates, YYYY-MM-DD
cli-help-arg-meeting-postpone-tz = IANA time zone of --to and --end [default: the meeting's]
cli-help-arg-meeting-postpone-undated = No new date yet: the meeting is marked postponed and calendars cancel the old date
cli-help-arg-meeting-held-network = The network's short name or name (or, given alone, the meeting's id or UID)
cli-help-arg-meeting-cancel-network = The network's short name or name (or, given alone, the meeting's id or UID)
cli-help-arg-meeting-delete-network = The network's short name or name (or, given alone, the meeting's id or UID)
cli-help-arg-agenda-meeting = The meeting's id, UID or title
cli-help-command-agenda-add = Add an item, at the end or as number --at
cli-help-arg-agenda-add-title = What the item is ("Welcome and introductions")
cli-help-arg-agenda-add-at = Its place: 1 for the first [default: after the last]
cli-help-arg-agenda-add-start = When it starts, HH:MM on the meeting's clock
cli-help-arg-agenda-add-end = When it ends, HH:MM
cli-help-arg-speaker = The partner who leads it (id or name)
cli-help-arg-agenda-add-notes = Free text about the item
cli-help-command-agenda-update = Change item N; only the options given change (an empty value clears it)
cli-help-arg-item = The item's number
cli-help-arg-agenda-update-start = When it starts, HH:MM on the meeting's clock
cli-help-arg-agenda-update-end = When it ends, HH:MM
cli-help-arg-agenda-update-notes = Free text about the item
cli-help-command-agenda-move = Move item N so that it becomes number --to
cli-help-arg-agenda-move-to = Its new number
cli-help-command-agenda-remove = Remove item N; the items after it move up
cli-help-arg-attendance-meeting = The meeting's id, UID or title
cli-help-arg-attendance-partner = The partner (id or name) whose answer this is
cli-help-arg-attendance-contact = A contact person (id or name) whose answer this is
cli-help-arg-attendance-status = invited, confirmed (accepted), declined, tentative, attended, or none to take them off the list
cli-help-arg-plan = The plan's id or NETWORK/CITY
cli-help-arg-plan-create-partner = The partner city whose plan it is (its name or id)
cli-help-arg-plan-create-summary = A few lines on the plan; they become the first text of its context section
cli-help-arg-plan-create-language = The language of its exported documents: en, fr, de, es, it, pt, pl, nl, el, ro [default: en]
cli-help-arg-plan-language-code = en, fr, de, es, it, pt, pl, nl, el or ro
cli-help-command-plan-section-set = Replace a section's text (Markdown) with --text or the contents of --file
cli-help-arg-plan-section-set-key = The section's key: context, vision, approach, actions, implementation, funding, risks, monitoring, local-group, or a custom one
cli-help-arg-plan-section-set-text = The new text
cli-help-arg-plan-section-set-file = A file holding the new text (UTF-8 Markdown)
cli-help-arg-plan-section-set-message = Why it changed, for the history
cli-help-command-plan-section-add = Add a custom section (its key is made from the title)
cli-help-arg-plan-section-add-after = Put it after this section [default: at the end]
cli-help-command-plan-section-remove = Remove a custom section (its text stays in the history)
cli-help-arg-key = The section's key
cli-help-command-plan-action-add = Add an action at the end of the table
cli-help-arg-plan-action-add-objective = The objective it serves (actions are summed by objective)
cli-help-arg-plan-action-add-lead = The lead organisation
cli-help-arg-plan-action-add-partners = Partner organisations
cli-help-arg-plan-action-add-start = First month (YYYY-MM)
cli-help-arg-plan-action-add-end = Last month (YYYY-MM)
cli-help-arg-plan-action-add-cost = Estimated cost in euros, such as 12500.50
cli-help-arg-plan-action-add-funding = Secured funding: city, erdf, esf-plus, national, regional, private or other, then = and euros; repeatable
cli-help-arg-plan-action-add-status = idea, planned, ongoing, done or dropped [default: planned]
cli-help-arg-plan-action-add-pilot = A small-scale pilot (test action)
cli-help-command-plan-indicator-add = Add an indicator
cli-help-arg-plan-indicator-add-kind = output or result
cli-help-arg-plan-indicator-add-by = When the target should be reached (YYYY-MM)
cli-help-arg-plan-indicator-add-verification = Means of verification
cli-help-command-plan-risk-add = Add a risk
cli-help-arg-plan-risk-add-likelihood = 1 (rare) to 5 (almost certain)
cli-help-arg-plan-risk-add-impact = 1 (minor) to 5 (severe)
cli-help-arg-plan-diff-rev-a = The older revision's number
cli-help-arg-plan-diff-rev-b = The newer revision's number
cli-help-arg-plan-restore-rev = The revision's number
cli-help-arg-plan-status-status = draft, in-review, final or adopted
cli-help-arg-plan-status-date = The day the council adopted the plan (YYYY-MM-DD), for adopted
cli-help-arg-plan-comment-author = The reviewer's name
cli-help-arg-plan-send-out = The file to write
cli-help-arg-plan-receive-file = The .convene-plan file
cli-help-arg-plan-resolve-key = The conflict's key: a section key, or action:ID, indicator:ID, risk:ID (`convene plan conflicts` lists them)
cli-help-arg-plan-resolve-ours = Keep our text
cli-help-arg-plan-resolve-theirs = Take their text
cli-help-arg-plan-resolve-text = Put this merged text
cli-help-arg-plan-resolve-file = Put the merged text in this file
cli-help-arg-plan-export-format = docx, pdf, md (or markdown) or html [default: from the extension of --out]
cli-help-arg-plan-export-out = The file to write (replaced if it exists)
cli-help-arg-plan-author-name = The new name ("" goes back to the system user name)
cli-help-arg-account = The account whose WebDAV folder holds the file (convene account list)
cli-help-arg-folder = The folder on the server (absolute, or relative to the account's address) [default: the folder of the last push or pull, else the account's address]
cli-help-arg-password-stdin = Read the password from the first line of standard input
cli-help-command-practice-show = A good practice with all its sections and the networks that use it
cli-help-arg-practice-show-id = The practice's id or title
cli-help-command-practice-add = Add a good practice
cli-help-arg-practice-add-title = What the practice is called
cli-help-arg-practice-add-tagline = One line saying what it is
cli-help-arg-city = The city it comes from
cli-help-arg-country = ISO 3166-1 code (ES), country name (Spain) or region
cli-help-arg-author = Who wrote it up
cli-help-arg-author-role = The author's role ("Project coordinator")
cli-help-arg-figure = A figure the practice puts forward ("521 946 inhabitants")
cli-help-arg-transfer = Whether networks transfer it: yes or no [add: no]
cli-help-arg-networks = The networks that use it, by short name or name, separated by commas ("" for none)
cli-help-arg-sections = A text file of its sections ("## Heading" lines, text below); - reads standard input
cli-help-command-practice-update = Change a good practice; only the options given change (an empty value clears it)
cli-help-arg-practice = The practice's id or title
cli-help-arg-practice-update-tagline = One line saying what it is
cli-help-command-practice-remove = Remove a good practice
cli-help-arg-search-text = Words to look for (all must match; accents and case do not matter)
cli-help-arg-search-limit = At most this many results
cli-help-arg-backup-file = Where to write the copy
cli-help-command-export-json = Everything, as one JSON document (see docs/json.md); to stdout unless --out is given
cli-help-arg-out = Write to this file instead of stdout
cli-help-command-export-ics = Meetings of a network as an iCalendar file (.ics); to stdout unless --out is given
cli-help-arg-export-ics-partner = Only this partner's view: what it hosts or attends, and the network-wide meetings
cli-help-arg-export-ics-meeting = Only this meeting (its id or UID)
cli-help-arg-export-ics-from = Only meetings with a day on or after this one (YYYY-MM-DD)
cli-help-arg-export-ics-to = Only meetings with a day on or before this one (YYYY-MM-DD)
cli-help-arg-export-ics-reminder = A reminder this long before each meeting: 1d, 2h, 30m, 1w, or combined (1d12h)
cli-help-note-holidays = Two letters name a country, as an ISO 3166-1 code (FR, es, XK): its public holidays.
    Anything else names a network (its short name or name): every day one of its partners does not
    work (national and regional holidays, and the days off recorded with `convene dayoff add`).
    The period is --year YEAR, or --from DATE --to DATE (both days included).
    Dates come from python-holidays; a country it does not cover is refused with the list of those it does.
cli-help-arg-holidays-target = A country's two-letter code (FR), or a network's short name or name
cli-help-arg-holidays-region = With a country: also its region's holidays, an ISO 3166-2 code such as ES-CN or DE-BY
cli-help-arg-holidays-year = The whole year
cli-help-arg-holidays-from = The first day, YYYY-MM-DD
cli-help-arg-holidays-to = The last day, YYYY-MM-DD
cli-help-command-dayoff-list = The days off recorded for a network's partners, in date order
cli-help-arg-dayoff-list-partner = Only this partner's (its id or name)
cli-help-command-dayoff-add = Record a day a partner does not work (a patron saint's day, a local election)
cli-help-arg-dayoff-add-date = The day, YYYY-MM-DD
cli-help-arg-dayoff-add-name = What the day is ("Saint John's Day")
cli-help-command-dayoff-remove = Remove a partner's day off; --name chooses when it has several that day
cli-help-arg-dayoff-remove-date = The day, YYYY-MM-DD
cli-help-arg-dayoff-remove-name = The day off's name
cli-help-arg-invite-network = The network's short name or name (or, given alone, the meeting's id or UID)
cli-help-arg-organizer = The organizer's e-mail address (the sender; replies come back to it)
cli-help-arg-invite-to = An attendee's e-mail address; repeat the option, or separate addresses with commas
cli-help-arg-invite-out = Write the message to this file (.eml) instead of stdout
cli-help-arg-slots-from = First day to search, YYYY-MM-DD
cli-help-arg-slots-to = Last day to search, YYYY-MM-DD (a meeting must end by its midnight)
cli-help-arg-slots-duration = How long the meeting lasts: 2h, 90m, 1h30
cli-help-arg-slots-days = Whole days instead: N consecutive days on which no partner has a holiday
cli-help-arg-slots-hours = Working hours on every partner's clock [default: 09:00-17:00]
cli-help-arg-slots-partners = Only this partner's clock counts (repeat for several) [default: every partner]
cli-help-arg-slots-exclude-weekends = Leave out times that fall on a Saturday or Sunday for any partner
cli-help-arg-slots-limit = How many slots to list, best first
cli-help-arg-slots-tz = The clock of --from, --to and each slot's heading [default: UTC]
cli-help-command-poll-create = Start a poll: the dates a meeting could take place on
cli-help-arg-poll-create-title = The meeting's title
cli-help-arg-poll-create-kind = The meeting's kind: kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review, other
cli-help-arg-poll-create-host = The host partner city
cli-help-arg-poll-create-options = A date offered: "YYYY-MM-DD HH:MM/HH:MM" or YYYY-MM-DD (whole day); repeat for each
cli-help-arg-poll-create-tz = The time zone of the options' times [default: the host's]
cli-help-arg-poll-create-deadline = Answer by this day (YYYY-MM-DD)
cli-help-command-poll-invite = Write the invitations to answer (one .eml per recipient, a tentative hold per date)
cli-help-arg-poll = The poll's id
cli-help-arg-poll-invite-to = A recipient, a contact of a partner [default: every partner's contacts]; repeat or separate with commas
cli-help-arg-poll-invite-out = The folder to write the messages into
cli-help-command-poll-replies = Read the answers partners sent back: replies (.eml, .ics) or answer grids (.txt)
cli-help-arg-poll-replies-files = Reply files
cli-help-command-poll-answer = Record a partner's answers by hand
cli-help-arg-poll-answer-partner = The partner city's name or id
cli-help-arg-poll-answer-options = N=yes, N=maybe or N=no for date N; repeat the option for several dates
cli-help-command-poll-show = Who can come when: every date by every partner, and who has not answered
cli-help-command-poll-close = Choose a date: creates the meeting and writes its invitation and the release of the other dates
cli-help-arg-poll-close-option = The date chosen (its number)
cli-help-arg-poll-close-out = Write the meeting's invitation and the release of the other dates into this folder
cli-help-arg-poll-close-organizer = The sender of those messages [default: the poll invitations' organizer]
cli-help-command-poll-list = A network's polls, newest first
cli-help-command-account-add = Add a CalDAV/WebDAV server account (the password goes to the keyring)
cli-help-arg-account-add-name = A short name to refer to it (for example nextcloud)
cli-help-arg-account-add-url = The server's address (for Nextcloud https://HOST/remote.php/dav; a bare https://HOST is discovered)
cli-help-arg-account-add-user = The user name on the server
cli-help-arg-account-add-ca-file = A PEM file of the certificate authority of a server with its own certificate
cli-help-command-account-list = List the accounts (never their passwords)
cli-help-command-account-test = Connect, discover the calendars and say what was found or exactly what failed
cli-help-command-account-remove = Remove an account, its keyring password and what was remembered through it
cli-help-arg-publish-account = The account (convene account list)
cli-help-arg-publish-calendar = The calendar's name on the server [default: the network's name]
cli-help-arg-publish-ics-file = Also keep the network's whole .ics at this path on the server (for subscribers)
cli-help-command-conflict-resolve = Settle a conflict by keeping one side
cli-help-arg-conflict-resolve-id = The conflict's id (convene conflicts)

# Headings of the help of every command below the top level.
cli-help-arguments = Arguments:
cli-help-commands = Commands:
