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
