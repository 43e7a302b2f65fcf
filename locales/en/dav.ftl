# Convene's calendar server client (CalDAV and WebDAV, convene-dav): what `convene publish`,
# `convene pull` and `convene plan push|pull` report, and what failed on the server. The
# command line prints them; the window shows the reports and keeps its own error texts
# (error-window-dav-* in errors.ftl). Commands and options (`convene conflicts`,
# --ca-file) are never translated; PROPFIND, REPORT, PUT, MKCALENDAR and DELETE are the
# names of the requests, not words.

## What a publish or a pull did

# One sentence after `convene publish` and `convene pull`, also the network's last result
# in the window. $network: the network's name; $created, $updated, $deleted: meetings
# written to, changed on and deleted from the server; $taken: meetings changed here to
# the server's version; $conflicts: meetings changed on both sides, to settle.
dav-summary = { $network }: { $created } created, { $updated } updated, { $deleted } deleted on the server; { $taken } taken from the server{ $conflicts ->
    [0] {""}
    [one] ; { $conflicts } conflict to resolve (convene conflicts)
   *[other] ; { $conflicts } conflicts to resolve (convene conflicts)
}.
# The network's last result after `convene pull`. $summary: dav-summary.
dav-last-result-pull = pull: { $summary }
# The network's last result when a publish failed. $error: what failed.
dav-last-result-failed = failed: { $error }
# One line each under the summary. $title: a meeting's title.
dav-created-on-server = "{ $title }" was created on the server and is now a meeting here
dav-rewritten-on-server = "{ $title }" was rewritten on the server (no change Convene shows)
# $changes: what changed, publish-change-* phrases joined by "; ".
dav-changed-on-server = "{ $title }" was changed on the server: { $changes }
# A line taken from the server and who/when the event says: $details, publish-said-* phrases joined by "; ".
dav-line-with-provenance = { $line } ({ $details })
# A recurring event created on the server became meetings. $count: how many were made here.
dav-series-on-server = "{ $title }" repeats on the server: { $count ->
    [one] { $count } meeting made here
   *[other] { $count } meetings made here
}, one per occurrence within the network's dates; the series stays the server's (its changes come here, Convene does not write it back)
# $count: how many of the series' meetings here changed.
dav-series-changed-on-server = "{ $title }", a series on the server, was changed there: { $count ->
    [one] { $count } of its meetings here was updated
   *[other] { $count } of its meetings here were updated
}
# $date: the occurrence's date (YYYY-MM-DD).
dav-series-replaced-here = "{ $title }" on { $date } had been changed or deleted here, but it belongs to a series on the server: the series' version was taken
dav-series-not-published = "{ $title }" on { $date } belongs to a series on the server: changes made here are not published (change the series in a calendar program)
dav-series-deleted-here = the meeting on { $date } of a series on the server was deleted here: it stays in the series on the server
dav-changed-on-both-sides = "{ $title }" changed both here and on the server
dav-deleted-on-server = "{ $title }" was deleted on the server; it is kept here until you choose (convene conflicts)
dav-changed-meanwhile = "{ $title }" was changed on the server meanwhile (412); nothing was overwritten
# $href: an event's address on the server.
dav-no-readable-event = { $href } on the server holds no readable event; left alone
# $error: why the event could not be read into a meeting.
dav-not-taken = { $href }: the server's version could not be taken: { $error }

## What Convene was asking the server when it failed ($what in the messages below)

dav-request-principal = the principal lookup (PROPFIND)
dav-request-calendar-home = the calendar home lookup (PROPFIND)
dav-request-calendars = listing calendars
dav-request-create-calendar = creating the calendar (MKCALENDAR)
dav-request-calendar-changes = reading the calendar's changes (REPORT)
dav-request-calendar = reading the calendar (REPORT)
# $href: the calendar's address.
dav-request-calendar-at = reading the calendar { $href }
dav-request-calendar-listing = listing the calendar (PROPFIND)
dav-request-changed-events = reading changed events (REPORT calendar-multiget)
dav-request-create-event = creating an event (PUT)
dav-request-update-event = updating an event (PUT)
dav-request-delete-event = deleting an event (DELETE)
# $href: a file's address on the server.
dav-request-read-file = reading { $href }
dav-request-write-file = writing { $href }

## What failed. $url: the account's address; $detail: the technical cause, as the
## server or the system said it (not translated).

dav-error-dns = the server's name { $host } could not be found (DNS): check the account's address (convene account list) and your internet connection
dav-error-refused = { $url } refused the connection: the server is down or the address or port is wrong; nothing was changed here, try again when it is up
dav-error-timeout = { $url } did not answer within { $seconds } seconds: the server or the network is down; nothing was changed here, try again later
dav-error-tls = the TLS certificate of { $url } is not trusted ({ $detail }): if the server uses its own certificate authority, add the account again with --ca-file PEM
dav-error-unauthorized = { $url } refused the user name or password (401): check the user name (convene account list) and give the right password (--password-stdin, CONVENE_DAV_PASSWORD or the keyring)
dav-error-not-caldav = { $url } is not a CalDAV server ({ $detail }): give the address of the calendar server (for Nextcloud, https://HOST/remote.php/dav)
# $account: the account's short name.
dav-error-no-password = no password for the account "{ $account }": no keyring answered ({ $detail }); give it with --password-stdin or in CONVENE_DAV_PASSWORD
# The server answered an HTTP error. $status: its number (403, 404, ...); $what: dav-request-*.
dav-error-forbidden = { $url } answered { $status } to { $what }: the account may not do this; check its rights on the server
dav-error-not-found = { $url } answered { $status } to { $what }: the calendar or file is not there (any more); publish again to create it
dav-error-not-supported = { $url } answered { $status } to { $what }: the server does not offer this; it may not be a CalDAV/WebDAV server
dav-error-changed = { $url } answered { $status } to { $what }: someone changed it on the server in the meantime; nothing was overwritten
dav-error-full = { $url } answered { $status } to { $what }: the server is out of space
dav-error-failed = { $url } answered { $status } to { $what }: the server failed; try again later
dav-error-unexpected = { $url } answered { $status } to { $what }: an answer Convene does not know what to do with
dav-error-other = talking to { $url } failed: { $detail }
# Causes Convene names itself ($detail of dav-error-not-caldav and dav-error-other).
dav-detail-not-webdav-xml = its answer to { $what } is not WebDAV XML: { $detail }
dav-detail-request = { $what }: { $detail }
# $principal: the address of the user on the server.
dav-detail-no-calendar-home = the principal { $principal } names no calendar home (calendar-home-set)
# $home: the address under which the user's calendars are.
dav-detail-no-free-calendar-name = no free name for the calendar under { $home }
dav-detail-not-utf8 = { $href } is not UTF-8 text

## What a command was given that cannot work

# $path: the file given with --ca-file.
dav-ca-file-unreadable = { $path } could not be read as PEM certificates ({ $detail }); give the server's CA certificate in PEM form
dav-ca-file-empty = { $path } holds no certificate; give the server's CA certificate in PEM form
dav-not-a-web-address = "{ $url }" is not a web address ({ $detail })
dav-user-not-for-http = the user name holds characters HTTP cannot carry
dav-password-stdin-empty = --password-stdin read an empty line: pipe the password in, e.g. `printf %s "$PASS" | convene ...`
# $network: the network's name; $slug: its short name, for the command.
dav-network-not-published = { $network } is not published yet: run convene publish { $slug } --account NAME first
# $href: where the file was looked for; $server: the account's address; $plan: the plan
# as the person named it; $account: the account's short name.
dav-no-plan-file = there is no plan file at { $href } on { $server }: push it first (convene plan push { $plan } --account { $account })
