# What Convene's core writes for Home's "Needs attention" list and for the travel
# warnings (the same host twice, two meetings too close or overlapping, a meeting on its
# host's holiday), in the reader's language: the window's, or the command line's --lang.
# Titles and the names of networks, cities and holidays are the records' own words; dates
# are written by Convene from CLDR data ("21 April 2027", "21 avril 2027").

## A meeting's days, inside the sentences below

# Days in one month. $first_day: the first day's number ("20"); $last: the last day written
# out ("21 April 2027"). Gives "20–21 April 2027".
overview-days-in-month = { $first_day }–{ $last }
# Days in one year. $first: the first day and its month ("30 March"); $last: the last day
# written out ("2 April 2027"). Gives "30 March – 2 April 2027".
overview-days-in-year = { $first } – { $last }
# Days across two years, both written out: "30 December 2027 – 2 January 2028".
overview-days-across-years = { $first } – { $last }

# A meeting that has no date yet, said of the meeting inside a sentence.
overview-not-dated = not dated yet
# $known: what is known of its date: "September 2027", "2027", or overview-month-year-unknown.
overview-not-dated-known = not dated yet ({ $known })
# $wording: the source's own words for when it happens ("after the summer").
overview-not-dated-wording = not dated yet ("{ $wording }")
overview-not-dated-known-wording = not dated yet ({ $known }: "{ $wording }")
# $month: a month's name ("May") whose year is not known.
overview-month-year-unknown = { $month }, year not known

## Home: Needs attention

# Lines of an imported page that Convene could not place. $network: the network's name;
# $count: how many lines. "Import notes" are listed on the network's page.
overview-attention-import-unplaced = { $count ->
    [one] { $network }: { $count } line of the imported page could not be placed; read it under the network's import notes and add what matters by hand.
   *[other] { $network }: { $count } lines of the imported page could not be placed; read them under the network's import notes and add what matters by hand.
}
# Lines of imported pages that belong to no network; "Import notes" is where they are listed.
overview-attention-import-no-network = { $count ->
    [one] { $count } line of imported pages belongs to no network; read it under Import notes.
   *[other] { $count } lines of imported pages belong to no network; read them under Import notes.
}
# A tentative meeting that starts within the next 30 days. $title: the meeting's title;
# $network: its network's name; $dates: its day or days ("11 March 2027", "20–21 April 2027").
overview-attention-tentative-soon = { $title } ({ $network }), on { $dates }, is still tentative: confirm it, or postpone it.
# The same for a meeting not dated yet; $when: overview-not-dated or one of its variants.
overview-attention-tentative-soon-undated = { $title } ({ $network }), { $when }, is still tentative: confirm it, or postpone it.
# After the listed ones: $count more tentative meetings that start within $days days (30).
overview-attention-tentative-more = { $count ->
    [one] { $count } more meeting is tentative in the next { $days } days.
   *[other] { $count } more meetings are tentative in the next { $days } days.
}
# A meeting in person or hybrid without a host city (the partner city that hosts it).
# $title, $network, $dates as for overview-attention-tentative-soon.
overview-attention-no-host = { $title } ({ $network }), on { $dates }, has no host city: choose the partner that hosts it.
overview-attention-no-host-undated = { $title } ({ $network }), { $when }, has no host city: choose the partner that hosts it.
overview-attention-no-host-more = { $count ->
    [one] { $count } more meeting without a host city.
   *[other] { $count } more meetings without a host city.
}
# A travel warning (one of the overview-warning- messages below) after its network's name.
overview-attention-travel-warning = { $network }: { $warning }
overview-attention-travel-more = { $count ->
    [one] { $count } more warning about where and when networks meet.
   *[other] { $count } more warnings about where and when networks meet.
}

## Travel warnings: on Home, under the meeting form and in `convene meeting show`

# A meeting named inside a warning: its title, its host city and its days ($dates).
overview-warning-meeting-hosted = “{ $title }” in { $host } ({ $dates })
# A meeting without a host city, named inside a warning.
overview-warning-meeting = “{ $title }” ({ $dates })
# The same partner hosts two meetings in a row. $host: the host city; $title: the later
# meeting's title; $earlier: the meeting before (overview-warning-meeting-hosted).
overview-warning-same-host = { $host } hosts “{ $title }” right after hosting { $earlier }: let another partner host.
# Two meetings in different cities overlap. $later, $earlier: the two meetings, named as in
# overview-warning-meeting-hosted.
overview-warning-overlapping = { $later } overlaps { $earlier }: partners cannot be in both cities.
# Two meetings in different cities too close together. $gap: the days between the end of
# the earlier and the start of the later (0: the same day); $days: the least gap wanted (7).
overview-warning-too-close = { $gap ->
    [0] { $later } starts on the day { $earlier } ends: partners travel to two cities within { $days } days.
    [one] { $later } starts { $gap } day after { $earlier } ends: partners travel to two cities within { $days } days.
   *[other] { $later } starts { $gap } days after { $earlier } ends: partners travel to two cities within { $days } days.
}
# A meeting on a public holiday or day off of its host. $title: the meeting's title;
# $date: the day written out; $host: the host city; $holiday: the holiday's name.
overview-warning-host-holiday = “{ $title }” is on { $date } in { $host }, a holiday there ({ $holiday }): people may be away; choose another day.
# The title of a meeting being created while its title field is still empty.
overview-warning-new-meeting = New meeting
