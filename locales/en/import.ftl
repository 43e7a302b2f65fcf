# What the URBACT page importer (`convene import urbact`, "Load the example networks")
# tells a person about the lines of a file: its warnings, each with its kind, and the
# reasons a line could not be placed. A warning is one sentence in lower case, as the
# command line prints it after "line 12:"; { $line } values are line numbers of the file.

## The kinds of warning

import-kind-unplaced = Line not placed
import-kind-inferred-country = Country inferred
import-kind-missing-country = Country missing
import-kind-country-conflict = Country conflict
import-kind-partner-added = Partner added
import-kind-host-not-saved = Host not saved
import-kind-out-of-sequence = Date out of sequence
import-kind-inferred = Inferred
import-kind-bad-date = Not a real date
import-kind-refused = Refused by a rule
import-kind-unknown-record = Unknown record

## Why a line could not be placed (kept word for word in the import notes)

# $line: the line number where the record ends.
import-reason-unknown-record = part of the record ending at line { $line }, which is neither a network page (no lead partner or "City - Country" list) nor a good-practice page
import-reason-after-last-record = after the last "Ref nid" line, so it belongs to no record
import-reason-not-network-content = not a partner, meeting, milestone, action plan, description or tagline
import-reason-early-paragraph = a paragraph that comes before the page's last paragraphs, which are its description
# $email: the network's contact address.
import-reason-other-email = an e-mail address other than the network's contact address, { $email }
import-reason-address = an address that does not start with a partner's name
import-reason-lone-plan-line = a line among the action plans that has no summary, link or city line
import-reason-practice-header = a line between the practice's header (tagline, author, role) and its text
# $error: why Convene's rules refused the line.
import-reason-refused = refused: { $error }
# $partner: the partner's name as the page writes it.
import-reason-partner-without-country = partner without a country: { $partner }
# Two reasons or problems one after the other.
import-reason-both = { $first }; { $second }
# A refusal about one field. $field: the field's name as Convene stores it ("name"); $reason: what is wrong.
import-field-problem = { $field }: { $reason }

## Dates that are not dates

# $day, $year: numbers; $month: the month's name.
import-date-not-a-day = { $day } { $month } { $year } is not a day of the calendar
# $start, $end: the days as written ("30 June 2020").
import-date-range-backwards = the range ends ({ $end }) before it starts ({ $start })

## Why a partner's country was guessed

# $email: the address; $tld: its last part ("fr", "uk").
import-country-because-email = its e-mail address { $email } (line { $line }) is under the .{ $tld } domain
# $quote: the words as the file writes them, "Clermont Ferrand (France)".
import-country-because-mention = line { $line } of the file writes "{ $quote }"
# Two reasons for the same country.
import-country-because-both = { $first }, and { $second }
# One country of several the file suggests. $country: its name; $because: why.
import-country-option = { $country } ({ $because })

## Warnings

# $place: where the meeting is held; $partner: the partner it names.
import-warning-host-not-saved = the place { $place } is the partner { $partner }, which is not saved (its country is unknown); the meeting keeps { $place } as its venue and has no host
# $meeting: the meeting's title as the page writes it ("Transnational meeting").
import-warning-meeting-exists = the { $meeting } is already in the database and is left as it is: the start year does not change saved meetings (date it by editing it)
# $place: where the meeting is held, or import-unnamed-place; $month: the month's name; $year, $start: years.
import-warning-month-only = the page gives only the month of the { $meeting } at { $place }; it is set to { $month } { $year }, counting on from the start year { $start } in page order, and stays without a day
import-unnamed-place = an unnamed place
import-warning-plan-linked-by-title = this action plan has no city line; it is linked to { $partner }, which its title names
import-warning-plan-without-city = this action plan has no city line and its title names no single partner; it is saved without a city
# $reason: an import-reason-* message; $network: the network's name.
import-warning-not-placed-in-network = not placed ({ $reason }); kept in the import notes of { $network }
import-warning-not-placed = not placed ({ $reason }); kept in the import notes
import-warning-unknown-record = { $reason }; kept in the import notes
import-warning-kind-not-stated = the page does not say what kind of network { $network } is; it is recorded as an action planning network, the kind whose pages list partners and meetings like this one (change it if that is wrong)
# $error: why Convene's rules refused it.
import-warning-cannot-save = cannot be saved ({ $error }); kept in the import notes
import-warning-practice-cannot-save = the good practice cannot be saved ({ $error }); its title is kept in the import notes
# $country, $saved: a country's name and code, "France (FR)".
import-warning-country-conflict = the page places { $partner } in { $country }, but the saved partner is in { $saved }; the saved country is kept
# $because: one or more import-country-because-* messages.
import-warning-country-inferred = the page gives no country for { $partner }; set to { $country } because { $because }
# $network: the network's short name, typed in the command as it is.
import-warning-country-missing = the page gives no country for { $partner } and nothing in the file says which country it is in; the partner is not saved (a partner needs a country) and the line is kept in the import notes. Add it with: convene partner add { $network } --name "{ $partner }" --country CODE
# $options: import-country-option messages.
import-warning-country-disputed = the page gives no country for { $partner } and the file suggests different countries: { $options }; the partner is not saved (a partner needs a country) and the line is kept in the import notes. Add it with: convene partner add { $network } --name "{ $partner }" --country CODE
# $city: the city of an action plan; $partner: the saved partner it is linked to.
import-warning-plan-city-conflict = the page places { $city } in { $country }, but the partner { $partner } is in { $saved }; the action plan is linked to { $partner } and no new partner is added
# $plan: the action plan's title.
import-warning-plan-city-added = { $city } has an action plan ("{ $plan }") but is not in the partner list; added as an associated partner in { $country }
import-warning-postal-address = read as the postal address of { $partner } (it starts with its name and ends with its country); kept in the partner's notes
# $reason: an import-date-* message.
import-warning-bad-date = { $reason }; the line is kept in the import notes
# $date, $before: days as written; $line: the line of the earlier entry.
import-warning-out-of-sequence = { $date } is earlier than { $before } (line { $line }) listed above it; kept as written, check the year
import-warning-practice-no-city = the practice's text names no city as "City (CC)"; its city and country are left empty

## Months

# A month standing alone, as in "set to June 2019".
import-month-1 = January
import-month-2 = February
import-month-3 = March
import-month-4 = April
import-month-5 = May
import-month-6 = June
import-month-7 = July
import-month-8 = August
import-month-9 = September
import-month-10 = October
import-month-11 = November
import-month-12 = December

# A month inside a day's date, as in "31 February 2021" (Polish and Greek say it in the genitive).
import-month-of-day-1 = January
import-month-of-day-2 = February
import-month-of-day-3 = March
import-month-of-day-4 = April
import-month-of-day-5 = May
import-month-of-day-6 = June
import-month-of-day-7 = July
import-month-of-day-8 = August
import-month-of-day-9 = September
import-month-of-day-10 = October
import-month-of-day-11 = November
import-month-of-day-12 = December

## Days, as a warning writes them ("17–19 February 2021")

# One day. $day, $year: numbers; $month: an import-month-of-day-* message.
import-day = { $day } { $month } { $year }
# A day and its month, the first of a range within one year ("30 June").
import-day-and-month = { $day } { $month }
# Days in one month. $first_day: the first day's number; $last: the last day (import-day).
import-days-in-month = { $first_day }–{ $last }
# Days in one year. $first: import-day-and-month; $last: import-day.
import-days-in-year = { $first } – { $last }
# Days across two years, both import-day.
import-days-across-years = { $first } – { $last }
