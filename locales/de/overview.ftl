# Home's "Needs attention" lines and the travel warnings. Source: locales/en/overview.ftl (comments there).
overview-days-in-month = { $first_day }.–{ $last }
overview-days-in-year = { $first } – { $last }
overview-days-across-years = { $first } – { $last }
overview-not-dated = noch nicht datiert
overview-not-dated-known = noch nicht datiert ({ $known })
overview-not-dated-wording = noch nicht datiert („{ $wording }“)
overview-not-dated-known-wording = noch nicht datiert ({ $known }: „{ $wording }“)
overview-month-year-unknown = { $month }, Jahr unbekannt
overview-attention-import-unplaced = { $count ->
    [one] { $network }: { $count } Zeile der importierten Seite konnte nicht zugeordnet werden; lesen Sie sie in den Importnotizen des Netzwerks und ergänzen Sie Wichtiges von Hand.
   *[other] { $network }: { $count } Zeilen der importierten Seite konnten nicht zugeordnet werden; lesen Sie sie in den Importnotizen des Netzwerks und ergänzen Sie Wichtiges von Hand.
}
overview-attention-import-no-network = { $count ->
    [one] { $count } Zeile importierter Seiten gehört zu keinem Netzwerk; lesen Sie sie unter Importnotizen.
   *[other] { $count } Zeilen importierter Seiten gehören zu keinem Netzwerk; lesen Sie sie unter Importnotizen.
}
overview-attention-tentative-soon = { $title } ({ $network }, { $dates }) ist noch vorläufig: Bestätigen oder verschieben Sie das Treffen.
overview-attention-tentative-soon-undated = { $title } ({ $network }, { $when }) ist noch vorläufig: Bestätigen oder verschieben Sie das Treffen.
overview-attention-tentative-more = { $count ->
    [one] { $count } weiteres Treffen in den nächsten { $days } Tagen ist noch vorläufig.
   *[other] { $count } weitere Treffen in den nächsten { $days } Tagen sind noch vorläufig.
}
overview-attention-no-host = { $title } ({ $network }, { $dates }) hat keine Gastgeberstadt: Wählen Sie den Partner, der das Treffen ausrichtet.
overview-attention-no-host-undated = { $title } ({ $network }, { $when }) hat keine Gastgeberstadt: Wählen Sie den Partner, der das Treffen ausrichtet.
overview-attention-no-host-more = { $count ->
    [one] { $count } weiteres Treffen ohne Gastgeberstadt.
   *[other] { $count } weitere Treffen ohne Gastgeberstadt.
}
overview-attention-travel-warning = { $network }: { $warning }
overview-attention-travel-more = { $count ->
    [one] { $count } weitere Warnung dazu, wo und wann sich Netzwerke treffen.
   *[other] { $count } weitere Warnungen dazu, wo und wann sich Netzwerke treffen.
}
overview-warning-meeting-hosted = „{ $title }“ in { $host } ({ $dates })
overview-warning-meeting = „{ $title }“ ({ $dates })
overview-warning-same-host = { $host } richtet „{ $title }“ direkt im Anschluss an { $earlier } aus: Überlassen Sie die Ausrichtung einem anderen Partner.
overview-warning-overlapping = { $later } überschneidet sich mit { $earlier }: Die Partner können nicht in beiden Städten sein.
overview-warning-too-close = { $gap ->
    [0] { $later } beginnt an dem Tag, an dem { $earlier } endet: Die Partner reisen innerhalb von { $days } Tagen in zwei Städte.
    [one] { $later } beginnt { $gap } Tag nach dem Ende von { $earlier }: Die Partner reisen innerhalb von { $days } Tagen in zwei Städte.
   *[other] { $later } beginnt { $gap } Tage nach dem Ende von { $earlier }: Die Partner reisen innerhalb von { $days } Tagen in zwei Städte.
}
overview-warning-host-holiday = „{ $title }“ findet am { $date } in { $host } statt, dort ein Feiertag ({ $holiday }): Viele könnten abwesend sein; wählen Sie einen anderen Tag.
overview-warning-new-meeting = Neues Treffen
