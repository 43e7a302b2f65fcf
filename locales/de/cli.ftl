# The convene command line's own output. Source: locales/en/cli.ftl (comments there).
cli-error = Fehler: { $message }
cli-error-field-with-flag = { $field } ({ $flag }): { $reason }
cli-error-field = { $field }: { $reason }
cli-error-run-with-cascade = { $message } (erneut mit --cascade ausführen)
cli-no-partner = { $network } hat keinen Partner namens „{ $key }“; `convene partners { $slug }` listet sie auf
cli-no-partner-did-you-mean = { $network } hat keinen Partner namens „{ $key }“; meinten Sie { $suggestion }?
cli-no-meeting = { $network } hat kein Treffen mit der ID, UID oder dem Titel „{ $key }“; `convene meetings { $slug }` listet sie auf
cli-meeting-title-needs-network = { $message }; um ein Treffen über seinen Titel anzugeben, nennen Sie zuerst sein Netzwerk (NETZWERK TREFFEN)
cli-no-milestone = { $network } hat keinen Meilenstein mit der ID oder dem Titel „{ $key }“; `convene milestone list { $slug }` listet sie auf
cli-no-contact = { $place } hat keinen Kontakt mit der ID oder dem Namen „{ $key }“
cli-no-local-group-member = { $place } hat kein Mitglied der lokalen Gruppe mit der ID oder dem Namen „{ $key }“
cli-no-practice = es gibt keine gute Praxis mit der ID oder dem Titel „{ $key }“; `convene practices` listet sie auf
cli-no-day-off = { $partner } hat am { $date } keinen freien Tag; `convene dayoff list { $slug } --partner { $partner_id }` listet sie auf
cli-no-day-off-named = { $partner } hat am { $date } keinen freien Tag namens „{ $name }“; `convene dayoff list { $slug } --partner { $partner_id }` listet sie auf
cli-holidays-not-covered = python-holidays deckt { $country } ({ $code }) ab { $first_year } ab; für { $span } gibt es keine Daten
cli-date-from = ab { $date }
cli-date-until = bis { $date }
cli-networks-none = Noch keine Netzwerke. Fügen Sie eines mit `convene network add --name NAME` hinzu oder importieren Sie Seiten mit `convene import urbact DATEI`.
cli-column-slug = KURZNAME
cli-column-name = NAME
cli-column-kind = ART
cli-column-dates = DATEN
cli-column-partner-count = #PARTNER
cli-column-meeting-count = #TREFFEN
cli-column-lead-partner = LEADPARTNER
cli-label-id = ID
cli-label-short-name = Kurzname
cli-label-kind = Art
cli-label-tagline = Slogan
cli-label-programme = Programm
cli-label-dates = Daten
cli-label-lead-partner = Leadpartner
cli-label-language = Sprache
cli-label-email = E-Mail
cli-label-website = Website
cli-network-phases = Phasen
cli-network-partner-count = { $count ->
    [0] Keine Partner
    [one] { $count } Partner
   *[other] { $count } Partner
}
cli-network-milestones = Meilensteine
cli-milestone-done = (erledigt)
cli-network-plans = Aktionspläne
cli-plan-no-city = (keine Stadt)
cli-network-import-notes = Importhinweise (Zeilen, die der Import nicht zuordnen konnte)
cli-network-meetings-hint = Treffen: `convene meetings { $slug }`
cli-network-added = Netzwerk { $name } hinzugefügt (ID { $id }, Kurzname { $slug }).
cli-network-updated = Netzwerk { $name } geändert (Kurzname { $slug }).
cli-network-deleted = Netzwerk { $name } gelöscht.
cli-network-deleted-with = Netzwerk { $name } gelöscht, dazu { $also }.
cli-plan-language-set = „{ $title }“ wird jetzt auf { $language } exportiert.
