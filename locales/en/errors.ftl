# Errors and validation messages of Convene's core, shown by the command line and the
# window. A validation message is shown beside the field it is about, so it does not
# repeat the field's name: "must not be empty" under "Name".

## Values typed or imported (src-tauri/core/src/validate.rs)

error-required = must not be empty
# $count: how many characters the text has; $max: how many are allowed.
error-too-long = is { $count } characters long; the limit is { $max }
error-not-an-email = "{ $value }" is not an e-mail address (expected name@example.org)
error-url-scheme = "{ $value }" must start with https:// or http://
error-not-a-url = "{ $value }" is not a web address
# $first and $last: the first and last years Convene accepts (1990 and 2100).
error-year-out-of-range = the year { $year } is outside { $first }-{ $last }
error-not-a-date = "{ $value }" is not a date; write it as YYYY-MM-DD
# $end and $start are dates written YYYY-MM-DD.
error-end-before-start = { $end } is before the start, { $start }
error-unknown-zone = "{ $value }" is not a known IANA time zone (for example Europe/Riga)
error-not-yes-or-no = "{ $value }" is not yes or no
# A value that must be unique appears twice in an imported file; $column is its name.
error-appears-twice = this { $column } appears twice; each must be unique
# $code: what was asked for; $codes: the list of codes Convene speaks.
error-unknown-language = "{ $code }" is not a language Convene speaks; use one of { $codes }

## Records that do not exist

# $key: what the person typed to name the network.
error-no-network = there is no network called "{ $key }"; `convene networks` lists them

## Other failures

error-cancelled = Cancelled; nothing was changed.
# $seconds: how long Convene waited for the other program.
error-database-busy = the database is busy: another Convene (the window or a command) kept it for more than { $seconds } seconds while saving. Nothing was saved; try again when that work has finished.
# $id: the number of a record, as lists and `--json` show it.
error-no-network-id = there is no network with id { $id }
error-no-partner-id = there is no partner with id { $id }
error-no-contact-id = there is no contact with id { $id }
error-no-local-group-member-id = there is no local group member with id { $id }
error-no-meeting-id = there is no meeting with id { $id }
error-no-milestone-id = there is no milestone with id { $id }
error-no-day-off-id = there is no day off with id { $id }
error-no-plan-id = there is no action plan with id { $id }
error-no-comment-id = there is no comment with id { $id }
error-no-conflict-id = there is no conflict with id { $id }
error-no-practice-id = there is no good practice with id { $id }

## Records: networks, partners, plans

# A network's short name (used in commands) is made of letters, digits and dashes.
error-slug-needs-letter = needs at least one letter or digit
error-slug-taken = the short name "{ $slug }" is already used by the network { $network }; choose another
error-lead-partner-after-network = add the network first, then choose its lead partner among its partners
error-lead-partner-elsewhere = the lead partner must be a partner of this network
# A number such as a population.
error-negative = must not be negative
error-partner-gone = that partner does not exist
error-not-a-partner-here = { $partner } is not a partner of this network
error-not-a-uuid = "{ $value }" is not a UUID
error-not-a-plan-key = "{ $key }" is not a plan: give its id (see `convene plans NETWORK`) or NETWORK/CITY, such as techtown/gavle
error-no-plan-of-city = { $network } has no plan of a partner called "{ $city }"; `convene plans { $slug }` lists them
## Files read and written

error-no-such-file = there is no such file
error-permission-denied = permission denied
# $file: the file's path; $reason: why it cannot be read.
error-cannot-read = cannot read { $file }: { $reason }
# $size and $max: megabytes; $what: what the file should be (error-expected-... below).
error-file-too-large = { $file } is { $size } MB, larger than { $what } can be (at most { $max } MB): is it the right file? Nothing was imported.
error-not-utf8-expected = { $file } is not a text file (it is not UTF-8); expected { $expected }. Nothing was imported
# What a file to import should be, put into the two messages above.
error-expected-urbact-pages = URBACT page text
error-expected-plan-file = a .convene-plan file
error-expected-json-export = a file written by `convene export json`
# A bug in Convene. $problem: what went wrong, in the program's words; $log: the log file.
error-internal = Convene hit an internal error: { $problem }. Please report it.
error-internal-with-log = Convene hit an internal error: { $problem }. The details are in { $log }; please send that file with a report.
# $folder: the folder's path; $reason: why it cannot be made.
error-cannot-create-folder = cannot create the folder { $folder }: { $reason }
## Disks and files written (a full disk, a read-only folder, a USB stick pulled out)

# What went wrong, put into error-cannot-write and error-cannot-save-database as $problem.
error-disk-full = the disk is full
error-disk-quota = your disk quota is used up
error-file-grew-too-large = the file grew larger than this system allows
error-read-only = the disk, the folder or the file is read-only
error-folder-gone = the folder does not exist (any more)
error-is-a-folder = it is a folder
error-not-a-folder = a file stands where its folder should be
error-disk-io = the disk could not be read or written (an input/output error: was it removed, or is it failing?)
error-database-folder-gone = its folder does not exist (any more: a disk or USB stick removed?)
# What to do, put at the end of the same messages as $todo.
error-todo-free-space = free some space or choose another disk, then try again
error-todo-writable-folder = choose a folder you can write to, or make this one writable, then try again
error-todo-check-disk = check that the disk is connected and writable, or choose another folder, then try again
# $file: the file's path; $problem and $todo: the messages above.
error-cannot-write = cannot write { $file }: { $problem }. Nothing was written there (a file already there is unchanged); { $todo }.
error-write-not-a-file-name = cannot write { $file }: it is a folder, not a file name
error-write-is-a-folder = cannot write { $file }: it is a folder; give a file name inside it
# $folder: the folder the file was to be written in.
error-write-folder-gone = cannot write { $file }: the folder { $folder } does not exist (any more); choose another folder
error-cannot-save-database = cannot save to the database { $file }: { $problem }. Nothing of this command was saved, and everything saved before is unchanged; { $todo }.
error-database-moved = cannot use the database { $file }: the file was moved or deleted while Convene had it open (a disk or USB stick removed?). Nothing of this change was saved; put the file back where it was (plug the disk back in), then try again.
# $seconds: how long Convene waited for the other program.
error-database-locked = the database { $file } is locked by another program (a Convene window or command, or a program such as a database browser) that kept it for more than { $seconds } seconds. Nothing was saved; close that program or wait for its work to finish, then try again.
## The database file and its backups

# $folder: the folder the backup was to be written in.
error-backup-folder-gone = cannot write the backup: the folder { $folder } does not exist
error-backup-is-the-database = the backup file must not be the database itself
# $file: the database's file name (convene.db); $variable: the environment variable (CONVENE_DB).
error-no-data-directory = cannot find a data directory for this user to keep { $file } in (is HOME set?); name the database file with the { $variable } environment variable (or --db PATH on the command line)

## Meetings

# A meeting's host was removed from the network's partners.
error-host-gone = the host is not a partner any more
# A meeting saved a moment ago cannot be read back (a bug, or the file changed under Convene).
error-inserted-meeting-missing = a meeting just inserted is missing
# $key: what the person typed to name the meeting.
error-no-meeting-key = there is no meeting with id or UID "{ $key }"
## Calendar files (.ics) that cannot be read. Property and component names (BEGIN,
## VCALENDAR, SUMMARY) are iCalendar's own and stay as they are.

# $line: the line of the file; $reason: one of the messages below.
error-ical-line = line { $line }: { $reason }
error-ical-starts-with-continuation = the file starts with a continuation line (a line beginning with a space)
# Said of a line, after "line 12: ".
error-ical-not-utf8 = is not UTF-8 text; save the calendar as UTF-8 and import it again
# $text: the line as written (shortened).
error-ical-not-a-line = "{ $text }" is not an iCalendar line (expected NAME:value, such as SUMMARY:Kick-off meeting)
# $name: the property's name, such as DTSTART.
error-ical-bad-parameter = a parameter of { $name } is malformed in "{ $text }" (expected ;NAME=value)
error-ical-unclosed-quote = a quoted parameter of { $name } is never closed in "{ $text }"
# $value: what follows BEGIN: on the line.
error-ical-begin-no-name = BEGIN:{ $value } does not name a component
# $depth: how deep the component is nested; $max: how deep a calendar may nest.
error-ical-too-deep = BEGIN:{ $name } is nested { $depth } components deep; a calendar nests at most { $max }
error-ical-end-closes-nothing = END:{ $name } closes nothing (there is no BEGIN:{ $name } before it)
# $begin: the component the END should close; $begin_line: the line of its BEGIN.
error-ical-end-mismatch = END:{ $name } does not match BEGIN:{ $begin } of line { $begin_line }
error-ical-outside-calendar = { $name } is outside BEGIN:VCALENDAR ... END:VCALENDAR
# $last_line: the file's last line.
error-ical-never-closed = BEGIN:{ $name } is never closed by END:{ $name } (the file ends at line { $last_line })
## Importing a calendar file (.ics) into a network's meetings

# $message: why the file was refused (it names the line).
error-ical-nothing-imported = { $message }. Nothing was imported.
error-ical-empty = the file is empty; expected an iCalendar file (.ics) starting with BEGIN:VCALENDAR
# $line: the first line that is not blank; $text: what it reads.
error-ical-not-icalendar = this is not an iCalendar file: it should start with BEGIN:VCALENDAR, but line { $line } reads "{ $text }"
# $title: the event's SUMMARY; $field and $reason: the meeting's field and what is wrong with it.
error-ical-event-refused = the event "{ $title }" cannot be imported: { $field }: { $reason }
# An event left out of an import. $title: its SUMMARY; $uid: its UID; $reason: why.
ical-skipped-titled-uid = line { $line }: "{ $title }" (UID { $uid }) was skipped: { $reason }
ical-skipped-titled = line { $line }: "{ $title }" was skipped: { $reason }
ical-skipped-uid = line { $line }: an event (UID { $uid }) was skipped: { $reason }
ical-skipped = line { $line }: an event was skipped: { $reason }
# What an import did, in one sentence. $skipped: how many events were left out;
# $created, $updated: how many meetings were made or changed; $unchanged: how many events
# were already saved as they are.
ical-summary-nothing-imported = None of the file's events could be imported: { $skipped ->
    [one] { $skipped } event was
   *[other] { $skipped } events were
} skipped, each listed with its line and reason; nothing was imported.
ical-summary-no-events = The calendar holds no events for this network; nothing was imported{ $skipped ->
    [0] {""}
    [one] ; { $skipped } event skipped
   *[other] ; { $skipped } events skipped
}.
ical-summary-unchanged = Nothing changed: the { $unchanged ->
    [one] { $unchanged } event of this file is
   *[other] { $unchanged } events of this file are
} already saved{ $skipped ->
    [0] {""}
    [one] ; { $skipped } event skipped
   *[other] ; { $skipped } events skipped
}.
ical-summary = Created { $created ->
    [one] { $created } meeting
   *[other] { $created } meetings
}, updated { $updated }, { $unchanged } unchanged{ $skipped ->
    [0] {""}
    [one] ; { $skipped } event skipped
   *[other] ; { $skipped } events skipped
}.
# $network: the network that already has the meeting.
ical-warning-other-network = line { $line }: "{ $title }" (UID { $uid }) is already a meeting of { $network }; it was left there and not imported here
# $uid: the occurrence's UID (UID/YYYYMMDD).
ical-warning-occurrence-cancelled = line { $line }: the occurrence { $uid } is no longer in the series; its meeting was cancelled
# Why an event of a calendar file cannot be read; said after "line 12: ". $name: the
# property (DTSTART, DTEND, RDATE...); $text: its value as written.
error-ical-not-a-date = { $name } "{ $text }" is not a date (iCalendar writes dates as YYYYMMDD, such as 20270310)
error-ical-not-a-date-time = { $name } "{ $text }" is not a date and time (iCalendar writes YYYYMMDDTHHMMSS, such as 20270310T100000, with Z for UTC)
error-ical-not-a-duration = DURATION "{ $text }" is not a duration (such as PT1H30M or P2D)
# $time: the local time (2027-03-28 02:30); $zone: the IANA zone (Europe/Riga).
error-ical-time-skipped = { $name } { $time } does not exist in { $zone } (the clocks change then)
# $tzid: the zone name the file gives.
error-ical-zone-unknown = { $name } uses the time zone "{ $tzid }", which is neither an IANA zone (such as Europe/Riga) nor a Windows zone name, and the file's VTIMEZONE for it does not match any zone
error-ical-not-a-sequence = SEQUENCE "{ $text }" is not a whole number (0, 1, 2, ...)
# $title: the event's SUMMARY; $max: the longest UID Convene keeps.
error-ical-uid-too-long = the UID of "{ $title }" is longer than { $max } characters
error-ical-no-start = the event "{ $title }" has no DTSTART (no start)
error-ical-date-and-time-mixed = "{ $title }" starts on a date but ends at a time, or the other way round; DTSTART and DTEND must both be dates or both date-times
error-ical-ends-before-start = "{ $title }" ends before it starts
# A recurring event that cannot be expanded. $reason: one of the three messages below.
error-ical-series = "{ $title }" { $reason }
# $rule: the RRULE as written; $detail: the technical cause, as the rrule library says it.
error-ical-rule-unreadable = RRULE "{ $rule }" cannot be read: { $detail }
error-ical-rule-unusable = RRULE "{ $rule }" cannot be used: { $detail }
# Said of a recurring event, after its title. $max: the most occurrences Convene makes;
# $from, $to: the dates it read the series between (YYYY-MM-DD).
error-ical-too-many-occurrences = repeats more than { $max } times between { $from } and { $to }; Convene makes one meeting per occurrence, so shorten the series (UNTIL or COUNT) and import again
## What an import of a calendar file changed or guessed, each about a line of the file.
## $line: the line; $title: the event's SUMMARY; $uid: its UID.

# A time without a zone. $zone: the IANA zone it was read in; $why: one of the four
# messages after it.
ical-warning-floating = line { $line }: "{ $title }" has no time zone (a floating time); it was read in { $zone }, { $why }
ical-floating-calendar-zone = the calendar's own zone (X-WR-TIMEZONE)
# $name: the partner.
ical-floating-host-zone = the zone of the host, { $name }
ical-floating-lead-zone = the zone of the lead partner { $name }
ical-floating-utc = UTC, as the network has no lead partner
# $tzid: the zone name the file gives.
ical-warning-zone-by-rules = line { $line }: the time zone "{ $tzid }" matches no IANA zone; its times were read by the file's own VTIMEZONE rules and kept in UTC (here and for every event using it)
# $zone: the IANA zone whose offsets match.
ical-warning-zone-by-offsets = line { $line }: the time zone "{ $tzid }" is not a zone name; its VTIMEZONE's offsets match { $zone }, which was used (here and for every event using it)
# $url: the link as written.
ical-warning-not-a-link = line { $line }: "{ $url }" is not a web address (http or https); the online link of "{ $title }" was left empty
# $title: the title the meeting was saved with (English "Untitled meeting", as stored).
ical-warning-untitled = line { $line }: an event has no title (SUMMARY); it was called "{ $title }"
ical-warning-no-end = line { $line }: "{ $title }" has no end (DTEND or DURATION); it was given one hour
ical-warning-zero-length = line { $line }: "{ $title }" ends when it starts; it was given one hour
# Parts of a calendar that are not events. $count: how many; $name: the component
# (VTODO); $what: one of the four messages after it.
ical-warning-component-skipped = line { $line }: { $count } { $name } ({ $what }) skipped; only events (VEVENT) become meetings
ical-component-task = a task
ical-component-journal = a journal entry
ical-component-free-busy = free/busy time
ical-component-other = not an event
# $uid: the UID Convene made up (convene-import-...).
ical-warning-uid-made-up = line { $line }: "{ $title }" has no UID; it was given { $uid } (made from its start and title), so importing the file again finds it
# $first, $second: the lines of the two events.
ical-warning-uid-twice = line { $line }: the UID { $uid } appears twice (lines { $first } and { $second }); the version with the higher SEQUENCE was kept
ical-warning-lone-override = line { $line }: this RECURRENCE-ID changes an occurrence of { $uid }, which does not repeat; skipped
# $from, $to: the dates the series was read between (YYYY-MM-DD).
ical-warning-no-occurrence = line { $line }: no occurrence of "{ $title }" falls between { $from } and { $to }; nothing was made of it
# $count: how many occurrences; $open: "none" when the network has both dates,
# "no-start" or "no-end" when it lacks one; $years: how far an open series is read.
ical-warning-series-expanded = line { $line }: "{ $title }" repeats; its { $count ->
    [one] { $count } occurrence
   *[other] { $count } occurrences
} between { $from } and { $to } became separate meetings{ $open ->
    [no-start] {" "}(the network has no start date, so the series was read from its first occurrence)
    [no-end] {" "}(the network has no end date, so the series was read up to { $years } years on)
   *[none] {""}
}
# $edge: "start" or "end"; $time: the local time (2027-10-31 02:30); $zone: the IANA zone.
ical-warning-repeated-hour = line { $line }: "{ $title }" { $edge ->
    [start] starts
   *[end] ends
} at { $time } in { $zone }, in the hour the clocks repeat, on its second pass; Convene saves such a time on the first pass, an hour earlier
# $file: a file that should hold text.
error-not-utf8 = { $file } is not a text file (it is not UTF-8)
## A meeting's life: confirm, held, cancel, postpone. $title: the meeting's title.

error-meeting-already-held = "{ $title }" has already been held
error-meeting-undated-not-confirmed = "{ $title }" has no date yet; give it a date before confirming it
# $when: the day (and time) it starts.
error-meeting-not-begun = "{ $title }" starts on { $when }, which has not come yet; it cannot have been held
error-meeting-cancelled-not-held = "{ $title }" was cancelled; it cannot have been held
error-meeting-postponed-not-held = "{ $title }" is postponed; give it its new date, or confirm it, before marking it held
error-meeting-undated-not-held = "{ $title }" has no date yet; it cannot have been held
error-meeting-cancelled-not-postponed = "{ $title }" was cancelled; it cannot be postponed
error-meeting-already-postponed = "{ $title }" is already postponed without a new date
error-meeting-nothing-to-postpone = "{ $title }" has no date yet, so there is nothing to postpone; give it a date instead
error-postpone-needs-date = a postponed meeting needs its new date, or none at all
# $new and $old: dates and times written YYYY-MM-DD HH:MM.
error-postpone-not-later = the new date, { $new }, is not after the current one, { $old }; to bring a meeting forward, change its date

## A meeting's agenda

error-agenda-item-ends-before = the item must end after it starts
# $number: the item asked for; $title: the meeting's title.
error-agenda-empty-no-item = the agenda of "{ $title }" is empty; there is no item { $number }
# $count: how many items the agenda has.
error-agenda-no-item = there is no item { $number }; { $count ->
    [one] the agenda has { $count } item
   *[other] the agenda has items 1 to { $count }
}
# $position: the place asked for; $last: the last place there is.
error-agenda-not-a-place = { $position } is not a place in an agenda of { $count ->
    [one] { $count } item
   *[other] { $count } items
}; use 1 to { $last }

## Calendar files written and read

# $minutes: the reminder asked for.
error-reminder-out-of-range = a reminder { $minutes } minutes before is not possible; choose between 1 minute and 4 weeks before, or none
# $count: how many meetings were selected, none of them dated.
error-export-all-undated = { $count ->
    [one] The meeting here is
   *[other] All { $count } meetings here are
} not dated yet, so there is nothing to put in a calendar; give a date first. Nothing was saved.
# $from and $to: the dates asked for.
error-export-none-between = There is no meeting between { $from } and { $to }. Nothing was saved.
error-export-none-from = There is no meeting from { $from } on. Nothing was saved.
error-export-none-until = There is no meeting until { $to }. Nothing was saved.
error-export-none = There is no meeting to put in a calendar yet. Nothing was saved.
# $size and $max: megabytes.
error-calendar-too-large = { $file } is { $size } MB, more than a calendar of meetings can be ({ $max } MB at most); choose an export of the meetings you need. Nothing was imported.
## Words of closed lists, meetings' dates and attendees

# $value: what was typed; $choices: the words there are, separated by commas (typed as they are).
error-not-one-of = "{ $value }" is not one of: { $choices }
# $contact: a contact person's name.
error-not-a-contact-here = { $contact } is not a contact of this network
error-attendee-twice = this attendee is listed twice for the meeting
error-meeting-needs-zone = choose a time zone, or a host whose zone the meeting takes
error-undated-needs-words = say in words when it is planned, or give the year
error-meeting-ends-before = the meeting must end after it starts
# $last and $first: dates written YYYY-MM-DD.
error-last-day-before-first = the last day, { $last }, is before the first, { $first }
# $month: the number given.
error-not-a-month-number = { $month } is not a month (1-12)
# $value: what the file holds.
error-not-a-timestamp = "{ $value }" is not a timestamp (expected e.g. 2024-05-01T09:30:00Z)
## Finding times and days for a meeting

# $text: what was typed; HH:MM-HH:MM is the form to type.
error-not-working-hours = "{ $text }" is not a span of working hours; write it as HH:MM-HH:MM, such as 09:00-17:00
# $end and $start: times of day, HH:MM.
error-working-day-ends-before = the working day must end after it starts ({ $end } is not after { $start })
error-no-partners-to-schedule = { $network } has no partners yet, so there is nobody to find a time for; add its partners first
# $id: a partner id given that is not one of the network's.
error-not-a-partner-of = { $id } is not a partner of { $network }
# $zone: the partner's time zone as saved.
error-partner-zone-unknown = { $partner }'s time zone "{ $zone }" is not known
# $max: the most days searched at once.
error-range-too-long = choose a range of at most { $max } days
# $days: the length asked for; $max: the longest there can be.
error-days-out-of-range = a meeting of { $days } days? Choose 1 to { $max }
# $text: what was typed; 2h, 90m, 1h30 and 1:30 are typed as they are.
error-not-a-duration = "{ $text }" is not a length of time; write it as 2h, 90m, 1h30 or 1:30
error-slot-range-too-long = { $days } days is more than the finder searches at once ({ $max }); choose a shorter range
error-slot-length-out-of-range = { $minutes } minutes is not a meeting length the finder places; choose between 15 minutes and 24 hours (for whole days, ask for days)
error-slot-limit-out-of-range = choose between 1 and { $max } slots to list
## Records that belong elsewhere, plans' rows and revisions

# $id: the partner id the file gives.
error-not-a-partner-id-here = { $id } is not the id of a partner of this network
error-partner-not-in-network = { $partner } is not a partner of { $network }
# $id: the meeting's id; $title: its title; $network: the network asked about.
error-meeting-of-another-network = meeting { $id } ({ $title }) belongs to another network, not { $network }
# $row: action, indicator or risk; $id: the id asked for.
error-plan-no-row = this plan has no { $row ->
    [indicator] indicator
    [risk] risk
   *[action] action
} with id { $id }
# $id: the plan's id.
error-plan-no-revisions = the action plan { $id } has no revision
# $number: the revision asked for; $newest: the plan's latest revision.
error-plan-no-revision = this plan has no revision { $number }; its revisions are 1 to { $newest }
error-poll-partner-elsewhere = partner { $id } is not a partner of this poll's network
error-poll-option-elsewhere = option { $id } is not an option of this poll

## The window's calendar-server messages (src-tauri/src/commands/dav.rs): the client's
## failures without the command line's options, as whole sentences.

# $account: the account's name.
error-window-dav-no-password = No password is saved for “{ $account }”: this computer has no keyring. Type the password to go on.
# $url: the server's address.
error-window-dav-unauthorized = The server at { $url } refused the user name or password (401): check both and try again.
# $host: the server's name.
error-window-dav-dns = The server's name { $host } could not be found: check the account's address in Settings and your internet connection.
error-window-dav-refused = The server at { $url } refused the connection: the server is down or the address or port is wrong; nothing was changed here, try again when it is up.
# $seconds: how long Convene waited.
error-window-dav-timeout = The server at { $url } did not answer within { $seconds } seconds: the server or the network is down; nothing was changed here, try again later.
# $detail: the technical reason, as the TLS library gives it.
error-window-dav-tls = The certificate of the server at { $url } is not trusted ({ $detail }). If the server uses its own certificate authority, add the account again in Settings with its CA file.
error-window-dav-not-caldav = The server at { $url } is not a calendar server ({ $detail }): give the address of the CalDAV server (for Nextcloud, https://HOST/remote.php/dav).
# $status: the HTTP status the server answered (403, 404...).
error-window-dav-forbidden = The server at { $url } answered { $status }: this account may not do this. Check its rights on the server.
error-window-dav-not-found = The server at { $url } answered { $status }: the calendar or file is not there any more. Publish again to create it.
error-window-dav-not-supported = The server at { $url } answered { $status }: it does not offer this, so it may not be a CalDAV or WebDAV server.
error-window-dav-changed = The server at { $url } answered { $status }: someone changed it on the server in the meantime. Nothing was overwritten.
error-window-dav-full = The server at { $url } answered { $status }: it is out of space.
error-window-dav-failed = The server at { $url } answered { $status }: it failed. Try again later.
error-window-dav-unexpected = The server at { $url } answered { $status }, an answer Convene does not know what to do with.
error-window-dav-other = Talking to the server at { $url } failed: { $detail }
error-window-plan-changed-on-server = Someone pushed this plan to the server since this computer last read it, so nothing was overwritten. Pull from the server first, then push again.
error-window-plan-not-on-server = There is no file of this plan on { $url } yet: push it to the server first.
error-window-dav-ca-file-not-chosen = Choose the CA file again: this window no longer holds the one chosen before.
# The title of the open dialog for a CA file.
window-dav-choose-ca-file = The certificate authority's PEM file of the server
# The window's file dialogs: their titles, and the names of the kinds of file they offer.
# $name: a file name without its extension; $network: a network's name; $plan: a plan's
# title; $format: one of the file-kind names below.
window-dialog-calendar-add-meeting = Add “{ $name }” to a calendar
window-dialog-calendar-save = Save the calendar of { $name }
window-dialog-calendar-import = Import a calendar into { $network }
window-dialog-plan-export = Export { $plan } as a { $format }
window-dialog-plan-send = Send { $plan } to a partner
window-dialog-plan-receive = Receive a plan from a partner
window-dialog-backup-save = Save a backup of Convene
window-dialog-backup-restore = Restore Convene from a backup
window-dialog-urbact-import = Import URBACT pages saved as text
window-dialog-export-json = Export everything as JSON
window-dialog-poll-replies = Add replies to the poll
file-kind-icalendar = iCalendar
file-kind-plan = Convene plan
file-kind-backup = Convene backup
file-kind-urbact-pages = URBACT pages saved as text
file-kind-json = JSON
file-kind-pem = PEM
file-kind-replies = Replies (e-mail or calendar)
file-kind-docx = Word document
file-kind-pdf = PDF document
file-kind-markdown = Markdown
file-kind-html = Web page
error-window-no-backup-chosen = no backup is chosen; choose the backup to restore first
window-dav-password-not-given = No password given: publishing will ask for it.
window-dav-password-stored = The password is in this computer's keyring.
window-dav-password-no-keyring = This computer has no keyring, so the password was not saved: publishing will ask for it.

## Databases, conflicts, deleting with dependents, publishing accounts

# $path: the database file; $version: its schema version; $expected: this version's.
error-database-schema-mismatch = { $path } is at schema version { $version }, expected { $expected }
# $name: the migration's file name; $reason: SQLite's own words.
error-database-migration-failed = migration { $name } failed: { $reason }
# $path: the file; $detail: why (SQLite's words or error-database-no-schema-version).
error-not-a-convene-database = { $path } is not a Convene database ({ $detail })
error-database-no-schema-version = it holds tables but no Convene schema version
# $path: the file; $version: its schema version; $latest: the newest this version reads.
error-database-newer = { $path } was written by a newer version of Convene (schema { $version }; this version reads up to { $latest }). Update Convene to open it; the file was not changed.
# $network: the network's name; $dependents: what belongs to it, such as "8 partners, 12 meetings".
error-network-has-dependents = deleting { $network } would also delete { $dependents }; confirm the cascade to delete them all
# $partner: the city's name; $dependents: what would change, such as "3 contacts, 2 meetings that would lose their host".
error-partner-has-dependents = deleting { $partner } would also affect { $dependents }; confirm the cascade to go ahead
# Counted records, one kind each: what deleting a network or a partner would also remove or
# change (listed in error-network-has-dependents and error-partner-has-dependents, and shown
# alone, one a line, in the window's confirmation), and what an import wrote
# (export-imported). Each stands alone or after a colon, so the plain (nominative) form.
# $count: how many, 1 or more.
count-partners = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
}
count-contacts = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}
count-meetings = { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
}
count-milestones = { $count ->
    [one] { $count } milestone
   *[other] { $count } milestones
}
count-action-plans = { $count ->
    [one] { $count } action plan
   *[other] { $count } action plans
}
count-import-notes = { $count ->
    [one] { $count } import note
   *[other] { $count } import notes
}
count-local-group-members = { $count ->
    [one] { $count } local group member
   *[other] { $count } local group members
}
count-attendance-records = { $count ->
    [one] { $count } attendance record
   *[other] { $count } attendance records
}
count-days-off = { $count ->
    [one] { $count } day off
   *[other] { $count } days off
}
count-networks = { $count ->
    [one] { $count } network
   *[other] { $count } networks
}
count-agenda-items = { $count ->
    [one] { $count } agenda item
   *[other] { $count } agenda items
}
count-good-practices = { $count ->
    [one] { $count } good practice
   *[other] { $count } good practices
}
count-polls = { $count ->
    [one] { $count } poll
   *[other] { $count } polls
}
count-contact-emails = { $count ->
    [one] { $count } contact e-mail
   *[other] { $count } contact e-mails
}
# Several counts in a sentence: $first, the counts but the last joined with commas; $last, the last.
count-list-and = { $first } and { $last }
# Meetings the partner hosts: deleting the partner leaves them without a host city.
count-hosted-meetings = { $count ->
    [one] { $count } meeting that would lose its host
   *[other] { $count } meetings that would lose their host
}
# The partner's action plans: deleting the partner leaves them without their city.
count-city-plans = { $count ->
    [one] { $count } action plan that would lose its city
   *[other] { $count } action plans that would lose their city
}
# $network: the network; $count: how many plans (2 or more); $city: the city typed; $ids: their ids.
error-several-plans-of-city = { $network } has { $count } plans of { $city } (ids { $ids }); give the plan's id
# $other: the account the network is published with; $account: the account asked for.
error-published-with-other-account = this network is published with the account "{ $other }", not "{ $account }"; use --account { $other }
# $href: the file on the server; $plan: the plan as typed; $account: the account.
error-plan-file-changed-on-server = { $href } was changed on the server since this computer last read it; nothing was overwritten: run convene plan pull { $plan } --account { $account } first, then push
# $poll: the poll's title.
error-poll-closed = the poll "{ $poll }" was closed; a closed poll is kept as it was and cannot be changed. Change the meeting it created instead
# $poll: the poll's title; $number: the chosen option's number; $when: its date and time as written.
error-poll-closed-on-option = the poll "{ $poll }" was closed on option { $number } ({ $when }); a closed poll is kept as it was and cannot be changed. Change the meeting it created instead
# $partner: the city; $name: the day off's name; $date: its date (YYYY-MM-DD).
error-day-off-twice = { $partner } already has the day off "{ $name }" on { $date }
# $label: the row or section in conflict; $resolution: ours, theirs or merged, as stored.
error-plan-conflict-settled = the conflict in "{ $label }" was already settled ({ $resolution })
# $held: what the database holds, such as "2 networks, 1 good practice".
error-import-database-not-empty = the database already holds data ({ $held }); a JSON export is imported only into an empty database, so that every id stays as it was. Import it into a new database file instead, for example: convene --db new.db import json FILE. Nothing was changed
# $path: the database file; $held: what it holds.
error-import-database-not-empty-at = the database { $path } already holds data ({ $held }); a JSON export is imported only into an empty database, so that every id stays as it was. Import it into a new database file instead, for example: convene --db new.db import json FILE. Nothing was changed
error-account-needs-name = an account needs a name (for example "nextcloud")
# $max: the longest name.
error-account-name-too-long = an account name is at most { $max } characters
# $url: what was typed.
error-account-url-not-web = "{ $url }" is not a web address: it must begin with https:// (or http:// for a server on this computer)
# $url: what was typed.
error-account-url-no-server = "{ $url }" names no server
error-account-url-spaces-or-long = the address has spaces in it or is too long
error-account-needs-user = the server needs a user name
# $file: the path typed.
error-account-ca-not-a-file = { $file } is not a file: give the PEM file of the server's certificate authority
# $name: the account's name.
error-account-exists = there is already an account called "{ $name }"; remove it first (convene account remove { $name }) or choose another name
# $name: the account asked for.
error-no-account-named = there is no account called "{ $name }" (convene account list shows them)
# $id: the account's id.
error-account-removed = account { $id } was removed
# $id: the conflict's number.
error-no-open-calendar-conflict = there is no open conflict { $id } (convene conflicts lists them)

## Action plans: amounts, months, sections, status and comments

# $amount: the amount typed.
error-amount-negative = { $amount } is negative; amounts are euros spent or received, 0 or more
# $amount: the amount typed; 1250.50 is an example to type as it is.
error-amount-too-many-decimals = { $amount } has more than two decimals; write euros and cents, such as 1250.50
# $amount: the amount typed; $max: the largest accepted.
error-amount-too-large = { $amount } is more than { $max } euros
# $text: what was typed.
error-amount-has-comma = "{ $text }" has a comma; write euros with a dot for the cents and no thousands separator, such as 1250.50
# $text: what was typed.
error-not-an-amount = "{ $text }" is not an amount in euros (such as 1250.50)
# $text: what was typed. Write YYYY-MM the way your language abbreviates year and month (as in error-not-a-date); 2025-03 stays.
error-not-a-month = "{ $text }" is not a month; write it as YYYY-MM, such as 2025-03
# $key: the section's key.
error-plan-no-section = this plan has no section "{ $key }"
# $key: the section asked for; $keys: the plan's section keys.
error-plan-no-section-of = this plan has no section "{ $key }"; its sections are { $keys }
# $max: the most sections a plan holds.
error-plan-too-many-sections = a plan holds at most { $max } sections
# $key: the key in the file.
error-not-a-section-key = "{ $key }" is not a section key (lower-case letters, digits and -)
# $key: the section's key.
error-section-twice = the section "{ $key }" appears twice
error-custom-section-standard-key = a custom section cannot use a standard key
# Said of a section marked as standard whose key is not a standard one.
error-not-a-standard-section = is not one of the standard sections
# $title: the section's English title; $key: its key.
error-standard-section-missing = the standard section "{ $title }" ({ $key }) is missing
# $max: the most rows of each kind.
error-plan-too-many-rows = a plan holds at most { $max } actions, indicators and risks each
# $max: the most funding lines of an action.
error-action-too-many-funding-lines = an action has at most { $max } funding lines
# $id: the indicator's id.
error-indicator-not-of-plan = the indicator { $id } is not one of this plan's
# $id: the indicator's id.
error-indicator-linked-twice = the indicator { $id } is linked twice
# $value: a risk's likelihood or impact as given.
error-not-one-to-five = { $value } is not between 1 and 5
error-plan-adoption-date-not-adopted = only an adopted plan has an adoption date
error-plan-already-adopted = the plan is already adopted; move it back to final to record another adoption date
# A plan's status cannot move from $from to $to (each: draft, in_review, final or adopted).
# Each variant of $from names the statuses that plan can move to.
error-plan-status-move = { $from ->
    [in_review] a plan that is in review can move to draft or final only
    [final] a plan that is final can move to in review or adopted only
    [adopted] a plan that is adopted can move to final only
   *[draft] a plan that is draft can move to in review only
}, not to { $to ->
    [draft] draft
    [in_review] in review
    [final] final
   *[adopted] adopted
}
# YYYY-MM-DD as in error-not-a-date.
error-plan-adoption-date-needed = give the date the city council adopted the plan (YYYY-MM-DD)
# $title: the section's title. IAP: Integrated Action Plan.
error-standard-section-title = "{ $title }" is a standard IAP section; its title stays
# $key: a key in the new order.
error-section-order-unknown = "{ $key }" is not a section of this plan, or is listed twice
# $key: the section left out.
error-section-order-leaves-out = the new order leaves out the section "{ $key }"
# $key: the section's key. IAP: Integrated Action Plan.
error-standard-section-remove = "{ $key }" is a standard IAP section and cannot be removed; leave it empty instead

## Ids in files

# $id: a row's id (a UUID) that a file gives twice.
error-id-twice = { $id } appears twice

## Importing URBACT pages

# $reason: why the file cannot be URBACT pages (one of the error-urbact-* messages below).
error-urbact-refused = { $reason }; expected the text of URBACT network or good-practice pages, each ending with a line that reads "Ref nid". Nothing was imported.
# $line: the line of the first NUL byte.
error-urbact-nul-byte = the file is binary, not text (it has a NUL byte on line { $line })
# $line: the line of the first control byte.
error-urbact-control-byte = the file is binary, not text (it has a control byte on line { $line })
# $byte: the position of the first byte that is not UTF-8; $line: its line.
error-urbact-not-utf8 = the file is not UTF-8 text (byte { $byte } on line { $line } is not valid UTF-8); save the pages' text as UTF-8 and import it again. Nothing was imported.
error-urbact-empty = the file is empty
# A local time a clock change skips. $time: the time (2027-03-28 02:30); $zone: the IANA zone.
error-time-skipped = { $time } does not exist in { $zone } (the clocks change then); choose another time
# A network of an URBACT file that Convene's rules refuse. $line: its line; $network: its
# name; $error: what is wrong.
error-urbact-network-unsaved = line { $line }: the network "{ $network }" cannot be saved ({ $error }); nothing was imported
error-urbact-markup = the file is HTML or XML markup, not page text; open the page in a browser, copy its text and save that. Expected the text of URBACT network or good-practice pages, each ending with a line that reads "Ref nid". Nothing was imported.
error-urbact-no-ref-nid = the file has no line that reads "Ref nid", so it holds no page record
# $count: how many page records (each ending with "Ref nid") the file holds.
error-urbact-no-page-records = { $count ->
    [one] none of the file's { $count } record is
   *[other] none of the file's { $count } records is
} a network page (with a lead partner or a "City - Country" partner list) or a good-practice page

## Public holidays and calendar servers

# $country: the country typed; $codes: the ISO 3166-1 codes Convene has holidays for.
error-holidays-unknown-country = Convene has no public holidays for "{ $country }"; it knows these countries (ISO 3166-1 codes): { $codes }
# $country: the partner's country code; $codes: the countries whose regions Convene knows.
error-holidays-no-regions-of = Convene knows no regions of { $country }; leave the region empty (it has regions for: { $codes })
# $country: the partner's country code.
error-holidays-no-regional = Convene knows no regional holidays in { $country }; leave the region empty
# $region: what was typed; $country: the country code; $example: one region code; $codes: all of them.
error-holidays-unknown-region = "{ $region }" is not a region of { $country } Convene knows; use an ISO 3166-2 code such as { $example }: { $codes }
error-server-resource-no-uid = the server's resource holds no event with a UID
# $skipped: the event skipped and why.
error-server-version-unreadable = the server's version could not be read: { $skipped }

## Plan files: conflicts, revisions and their parts

# $reason: why the JSON of the merged row cannot be read.
error-merged-row-invalid = the merged row is not valid: { $reason }
error-merged-row-id-changed = the merged row must keep its id
error-plan-no-conflicts = this plan has no conflict to settle
# $key: the item asked for; $keys: the items with open conflicts.
error-plan-no-conflict-in = this plan has no open conflict in "{ $key }"; open conflicts: { $keys }
# Said of a revision's parent or merged revision ($uuid) that a file lists later than the revision.
error-revision-parent-not-earlier = { $uuid } is not earlier in the file
# $uuid: the revision's UUID.
error-revision-twice = the revision { $uuid } appears twice
# Said of a revision's snapshot; $id: the part it names.
error-snapshot-part-missing = refers to the part { $id }, which is not in the file
# Said of a revision's number: $number is the file's, $expected the one it should be.
error-revision-misnumbered = is { $number }, not { $expected }; revisions are numbered 1, 2, 3 in order
# $id: a part of a plan (a hash); $reason: why its JSON cannot be read.
error-part-unreadable = the part { $id } cannot be read: { $reason }
# $reason: why a revision saved in the database cannot be read.
error-stored-revision-unreadable = a stored revision cannot be read: { $reason }
# $id: the part a saved revision names.
error-stored-part-missing = a stored revision refers to the part { $id }, which is missing
# $id: a part saved in the database; $reason: why it cannot be read.
error-stored-part-unreadable = the stored part { $id } cannot be read: { $reason }
# $what: where in the file (such as revisions[2].snapshot); $id: the part it names.
error-file-part-missing = { $what } refers to the part { $id }, which is not in the file
# $what: where in the file (such as revisions[2].snapshot); $reason: what is wrong there.
error-in-file-part = { $what }: { $reason }

## Date polls: options and the poll

# The forms a poll's option is written in (in the messages below); write the patterns as your language abbreviates them (as in error-not-a-date).
-poll-option-forms = YYYY-MM-DD HH:MM/HH:MM for a time, YYYY-MM-DD (or YYYY-MM-DD/YYYY-MM-DD) for whole days
# $option: the date typed.
error-poll-option-not-a-date = "{ $option }" is not a date; write an option as { -poll-option-forms }
# $option: the option typed; $time: the part that should be a clock time.
error-poll-option-no-clock = "{ $option }" has no clock time "{ $time }"; write an option as { -poll-option-forms }
error-poll-option-empty = an option is empty; write it as { -poll-option-forms }
# $option: the option typed.
error-poll-option-no-end = "{ $option }" gives no end time; write an option as { -poll-option-forms }
# $option: the option typed.
error-poll-option-end-not-after-start = in "{ $option }" the end is not after the start; an option starts and ends on the same day
# $option: the option typed.
error-poll-option-last-before-first = in "{ $option }" the last day is before the first
# $option: the option typed; --tz is typed as it is.
error-poll-option-needs-zone = "{ $option }" is a time: give the time zone it is in (--tz), or a host
error-poll-option-undated = a poll's option is a date or a time, never undated
# $poll: the poll's title; $number: the option asked for; $count: how many options it has.
error-poll-no-option = the poll "{ $poll }" has no option { $number }; its options are numbered 1 to { $count }
# $id: the poll's id; NETWORK is typed as a network's short name.
error-no-poll-id = there is no poll with id { $id }; `convene poll list NETWORK` lists them
# The forms as in -poll-option-forms.
error-poll-no-options = offer at least one date (YYYY-MM-DD HH:MM/HH:MM, or YYYY-MM-DD)
# $count: the options offered; $max: the most a poll offers.
error-poll-too-many-options = { $count } options are offered; a poll offers at most { $max }
# $option: the option typed; $first and $second: the two places it is offered.
error-poll-option-twice = "{ $option }" is offered twice (options { $first } and { $second })
error-poll-closed-option-elsewhere = a closed poll names one of its own options
# $id: the meeting's id.
error-poll-meeting-elsewhere = meeting { $id } is not a meeting of this network

## Whole-database exports (convene export json, convene import json)

# $reason: the JSON writer's words.
error-export-json-unwritable = cannot write the export as JSON: { $reason }
# $reason: the JSON reader's words.
error-export-not-json = the file is not valid JSON ({ $reason }); expected a file written by `convene export json`
# $why: what is wrong (one of the error-export-* messages below).
error-not-an-export = this JSON is not a Convene export: { $why }. Use a file written by `convene export json`; nothing was imported
error-export-top-not-object = its top level is not a JSON object
# $format: the file's format, in quotes; $expected: convene.
error-export-other-format = its "format" is { $format }, not "{ $expected }"
error-export-no-format = it has no "format" field
error-export-no-schema-version = it has no whole-number "schema_version" field
error-export-schema-version-zero = its "schema_version" is 0; versions start at 1
# $reason: which field cannot be read, in the JSON reader's words.
error-export-unreadable = the Convene export cannot be read: { $reason }; nothing was imported
# $version: the file's schema_version; $latest: the newest this version reads.
error-export-newer = this export was written by a newer version of Convene (schema_version { $version }; this version reads up to { $latest }). Update Convene to import it; nothing was imported

## Plan files (.convene-plan): reading and checking

# $reason: the JSON writer's words.
error-plan-json-unwritable = cannot write the plan as JSON: { $reason }
# $why: what the file is instead (one of the error-plan-file-* messages below).
error-not-a-plan-file = this is not a Convene plan file: { $why }
# $reason: the JSON reader's words.
error-plan-file-not-json = it is not valid JSON ({ $reason })
# Data > Import: the window's place for importing.
error-plan-file-is-export = it is a whole-database export; use `convene import` (Data > Import) for it
# $format: the file's format; $expected: convene-plan.
error-plan-file-other-format = its format is "{ $format }", not "{ $expected }"
# $expected: convene-plan; "format" is typed as it is.
error-plan-file-no-format = it has no "format": "{ $expected }"
# $version: the file's version; $latest: the newest this version reads.
error-plan-file-newer = this plan file was written by a newer version of Convene (version { $version }; this version reads up to { $latest }); update Convene to read it
# "version" is typed as it is.
error-plan-file-no-version = this plan file has no "version" number
# $reason: which field cannot be read, in the JSON reader's words.
error-plan-file-unreadable = this plan file cannot be read: { $reason }
# $what: what is wrong (one of the error-plan-file-* messages below, or a field's error).
error-plan-file-damaged = this plan file is damaged: { $what }
# $uuid: what the file gives as the plan's UUID.
error-plan-file-uuid = the plan's uuid "{ $uuid }" is not a UUID
error-plan-file-no-revision = it holds no revision
# $number: the revision's place in the file; $uuid: its UUID.
error-plan-file-revision-no-parent = revision { $number } ({ $uuid }) has no parent; only the first revision may have none
# $number: the revision's place in the file; $uuid: its UUID.
error-plan-file-first-revision-parent = revision { $number } ({ $uuid }) is the first revision but names a parent
# $number: the comment's place in the file; $uuid: blank.
error-plan-file-comment-no-uuid = comment { $number } ({ $uuid }) has no uuid
# $number: the comment's place in the file; $uuid: its UUID; $reason: what is wrong with it.
error-plan-file-comment-invalid = comment { $number } ({ $uuid }): { $reason }
# $number: the comment's place in the file; $uuid: its UUID.
error-plan-file-comment-twice = comment { $number } ({ $uuid }) appears twice
# $uuid: a revision; $head: the file's latest revision.
error-plan-file-stray-revision = the revision { $uuid } is not in the history of its latest revision { $head }

## Invitations and date polls sent by e-mail

# $title: the meeting's title.
error-invite-undated = "{ $title }" is not dated yet; give it a date and time before sending an invitation
# $title: the meeting's title; $planned: when it is planned, in words ("spring 2027").
error-invite-undated-planned = "{ $title }" is not dated yet (planned: { $planned }); give it a date and time before sending an invitation
# name@example.org is an example address; keep it.
error-organizer-email-needed = give the organizer's e-mail address (name@example.org)
error-attendee-email-empty = an attendee's e-mail address is empty
error-attendees-needed = give at least one attendee's e-mail address
# $network: the network's name.
error-poll-no-contact-emails = no partner of { $network } has a contact with an e-mail address; add contacts first, or name the addresses
error-address-empty = an address is empty
# $email: the address given; $network: the network's name.
error-poll-address-not-a-contact = { $email } is not the address of a contact of any partner of { $network }; add it to that partner's contacts first, so that its answers count for the partner
# $poll: the poll's title.
error-poll-not-closed = the poll "{ $poll }" is not closed yet
# $id: the partner's id.
error-partner-not-of-network = partner { $id } is not a partner of this network

## Receiving a plan file

# Inside error-plan-file-damaged. $uuid: the comment's UUID; $id: the plan here that has it.
error-plan-file-comment-elsewhere = its comment { $uuid } belongs to another plan here (id { $id })
# Inside error-plan-file-damaged. $uuid: the revision's UUID; $id: the plan here that has it.
error-plan-file-revision-elsewhere = its revision { $uuid } belongs to another plan here (id { $id })
# $path: the file.
error-plan-file-not-utf8 = { $path } is not a .convene-plan file (it is not UTF-8 text)
# $network: the network named in the file.
error-plan-network-missing = this plan belongs to the network { $network }, which is not in this database; import that network first

## Reading partners' replies to a date poll (poll::reply): why a file cannot be used. The
## words yes, maybe and no are the ones poll-grid-reply asks for; METHOD, REPLY, PARTSTAT,
## ATTENDEE, UID and DTSTART are iCalendar's own and stay as they are.
# $reason: the system's words.
error-reply-unreadable = it cannot be read: { $reason }
# $kb: the largest size read.
error-reply-too-large = it is larger than { $kb } KB, and a reply is a few KB: it is not a reply
error-reply-empty = it is empty
error-reply-not-text = it is neither an e-mail message, an iCalendar file nor text (it holds bytes that are not UTF-8)
# $reason: why the calendar reader refused it.
error-reply-calendar-unreadable = its calendar part cannot be read: { $reason }
error-reply-grid-unanswered = it holds the answer grid, but no date has an answer after it (write yes, maybe or no after each date)
error-reply-no-answer = it holds no answer: neither a calendar reply (METHOD:REPLY with PARTSTAT) nor an answer grid with its Token line
# $number: the date's number in the grid; $word: what was written after it.
error-reply-grid-bad-word = in the answer grid, date [{ $number }] is answered "{ $word }"; write yes, maybe or no
error-reply-grid-no-token = it holds answers to the grid but not its "Token:" line, which says whose answers they are
# $method: the calendar's METHOD, such as REQUEST.
error-reply-not-a-reply = it is a calendar { $method }, not a REPLY: use the answers the partners sent back, not the invitations
error-reply-event-no-uid = line { $line }: the event has no UID, so it answers no date
error-reply-calendar-no-answer = its calendar part holds no answer (no ATTENDEE with PARTSTAT ACCEPTED, TENTATIVE or DECLINED)
error-reply-bad-dtstart = line { $line }: DTSTART "{ $text }" is not a date or a date and time
error-reply-unknown-zone = line { $line }: DTSTART uses the time zone "{ $zone }", which is neither an IANA nor a Windows zone name and matches no zone
# $time: the local time; $zone: its zone.
error-reply-time-skipped = line { $line }: DTSTART { $time } does not exist in { $zone } (the clocks change then)
error-reply-other-event = it answers the event with UID { $uid }, which is none of this poll's dates (a reply to another poll or meeting?)
error-reply-not-a-contact = it is from { $email }, who is not a contact of any partner of { $network }; add the address to the partner's contacts and read it again
# $number: the date's number; $start: the start the reply gives; $when: the date's own.
error-reply-wrong-date = it answers date { $number } for { $start }, but that date is { $when }; it was not counted for the wrong date
error-reply-other-token = its answer grid has the token { $token }, which is not one this poll sent (a grid of another poll?)
error-reply-no-such-date = its answer grid answers date [{ $number }], which this poll does not have

# Restoring a backup in the window (Settings), and a database busy for too long.
# $file: a path; $why: one of the error-restore-* reasons; $reason, $problem: what SQLite said.
error-restore-refused = { $file } cannot be restored: { $why }
error-restore-is-open = it is the database Convene has open
error-restore-cannot-open = it cannot be opened ({ $reason })
error-restore-not-sqlite = it is not a Convene backup (not an SQLite database)
error-restore-no-schema = it is not a Convene backup (no Convene schema in it)
error-restore-damaged = { $file } is damaged ({ $problem }); it was not restored
error-restore-busy = the database stayed busy, so the backup was not restored; try again
error-window-database-busy = the database is busy ({ $reason }); try again
error-window-cannot-open-database = cannot open the database { $file }: { $reason }
error-window-cannot-reopen-database = cannot open the restored database again: { $reason }
error-window-dialog-not-a-file = the dialog gave a place that is not a file ({ $reason })
error-window-no-data-folder = the app's data folder is unknown ({ $reason })
error-window-pull-read-nothing = the pull read no plan file
error-window-no-mail-program = the invitation was saved as { $path }, but no mail program opened it ({ $reason }); open that file with your mail program
error-window-folder-not-shown = the messages were saved in { $path }, but that folder could not be opened ({ $reason }); open it yourself

# $text: what the person typed as a country.
error-unknown-country = "{ $text }" is not a country Convene knows; use an ISO 3166-1 code such as LV or a name such as Latvia
## A plan's budget warnings (plan::summary), in the reader's language. Amounts are in
## euros with two decimals (1250.00). $action: the action's title.

plan-warning-funding-no-cost = "{ $action }" has { $funding } euros of funding but no cost estimate
# $excess: how much the funding is above the cost.
plan-warning-funding-over-cost = funding for "{ $action }" ({ $funding } euros) exceeds its cost ({ $cost } euros) by { $excess } euros
# $excess: how much the secured funding is above the total cost.
plan-warning-secured-over-total = secured funding ({ $secured } euros) is { $excess } euros more than the total cost ({ $total } euros)
