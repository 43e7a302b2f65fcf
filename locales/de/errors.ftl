# Errors and validation messages of Convene's core. Source: locales/en/errors.ftl (comments there).
error-required = darf nicht leer sein
error-too-long = { $count ->
    [one] ist { $count } Zeichen lang; erlaubt sind { $max }
   *[other] ist { $count } Zeichen lang; erlaubt sind { $max }
}
error-not-an-email = „{ $value }“ ist keine E-Mail-Adresse (erwartet: name@example.org)
error-url-scheme = „{ $value }“ muss mit https:// oder http:// beginnen
error-not-a-url = „{ $value }“ ist keine Webadresse
error-year-out-of-range = das Jahr { $year } liegt außerhalb von { $first }-{ $last }
error-not-a-date = „{ $value }“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT
error-end-before-start = { $end } liegt vor dem Beginn, { $start }
error-unknown-zone = „{ $value }“ ist keine bekannte IANA-Zeitzone (zum Beispiel Europe/Riga)
error-not-yes-or-no = „{ $value }“ ist weder yes noch no
error-appears-twice = dieser Wert von { $column } kommt zweimal vor; jeder muss eindeutig sein
error-unknown-language = „{ $code }“ ist keine Sprache von Convene; verwenden Sie einen der Codes { $codes }
error-no-network = es gibt kein Netzwerk namens „{ $key }“; `convene networks` listet sie auf
error-cancelled = Abgebrochen; nichts wurde geändert.
error-database-busy = die Datenbank ist belegt: ein anderes Convene (das Fenster oder ein Befehl) hat sie beim Speichern länger als { $seconds } Sekunden gehalten. Nichts wurde gespeichert; versuchen Sie es erneut, wenn diese Arbeit beendet ist.
error-no-network-id = es gibt kein Netzwerk mit der ID { $id }
error-no-partner-id = es gibt keinen Partner mit der ID { $id }
error-no-contact-id = es gibt keinen Kontakt mit der ID { $id }
error-no-local-group-member-id = es gibt kein Mitglied der lokalen Gruppe mit der ID { $id }
error-no-meeting-id = es gibt kein Treffen mit der ID { $id }
error-no-milestone-id = es gibt keinen Meilenstein mit der ID { $id }
error-no-day-off-id = es gibt keinen freien Tag mit der ID { $id }
error-no-plan-id = es gibt keinen Aktionsplan mit der ID { $id }
error-no-comment-id = es gibt keinen Kommentar mit der ID { $id }
error-no-conflict-id = es gibt keinen Konflikt mit der ID { $id }
error-no-practice-id = es gibt keine gute Praxis mit der ID { $id }
error-slug-needs-letter = braucht mindestens einen Buchstaben oder eine Ziffer
error-slug-taken = der Kurzname „{ $slug }“ wird schon vom Netzwerk { $network } verwendet; wählen Sie einen anderen
error-lead-partner-after-network = legen Sie zuerst das Netzwerk an und wählen Sie dann seinen Leadpartner unter seinen Partnern
error-lead-partner-elsewhere = der Leadpartner muss ein Partner dieses Netzwerks sein
error-negative = darf nicht negativ sein
error-partner-gone = diesen Partner gibt es nicht
error-not-a-partner-here = { $partner } ist kein Partner dieses Netzwerks
error-not-a-uuid = „{ $value }“ ist keine UUID
error-not-a-plan-key = „{ $key }“ ist kein Plan: geben Sie seine ID an (siehe `convene plans NETZWERK`) oder NETZWERK/STADT, etwa techtown/gavle
error-no-plan-of-city = { $network } hat keinen Plan eines Partners namens „{ $city }“; `convene plans { $slug }` listet sie auf
