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
cli-clap-unknown-subcommand = unrecognized command '{ $command }'
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
