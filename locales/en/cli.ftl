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
