# Home's "Needs attention" lines and the travel warnings. Source: locales/en/overview.ftl (comments there).
overview-days-in-month = { $first_day }–{ $last }
overview-days-in-year = { $first } – { $last }
overview-days-across-years = { $first } – { $last }
overview-not-dated = nog niet gedateerd
overview-not-dated-known = nog niet gedateerd ({ $known })
overview-not-dated-wording = nog niet gedateerd (“{ $wording }”)
overview-not-dated-known-wording = nog niet gedateerd ({ $known }: “{ $wording }”)
overview-month-year-unknown = { $month }, jaar onbekend
overview-attention-import-unplaced = { $count ->
    [one] { $network }: { $count } regel van de geïmporteerde pagina kon niet worden geplaatst; lees hem bij de importnotities van het netwerk en voeg met de hand toe wat ertoe doet.
   *[other] { $network }: { $count } regels van de geïmporteerde pagina konden niet worden geplaatst; lees ze bij de importnotities van het netwerk en voeg met de hand toe wat ertoe doet.
}
overview-attention-import-no-network = { $count ->
    [one] { $count } regel van geïmporteerde pagina's hoort bij geen enkel netwerk; lees hem onder Importnotities.
   *[other] { $count } regels van geïmporteerde pagina's horen bij geen enkel netwerk; lees ze onder Importnotities.
}
overview-attention-tentative-soon = { $title } ({ $network }, { $dates }) is nog voorlopig: bevestig of verschuif de bijeenkomst.
overview-attention-tentative-soon-undated = { $title } ({ $network }, { $when }) is nog voorlopig: bevestig of verschuif de bijeenkomst.
overview-attention-tentative-more = { $count ->
    [one] Nog { $count } bijeenkomst in de komende { $days } dagen is voorlopig.
   *[other] Nog { $count } bijeenkomsten in de komende { $days } dagen zijn voorlopig.
}
overview-attention-no-host = { $title } ({ $network }, { $dates }) heeft geen gaststad: kies de partner die de bijeenkomst ontvangt.
overview-attention-no-host-undated = { $title } ({ $network }, { $when }) heeft geen gaststad: kies de partner die de bijeenkomst ontvangt.
overview-attention-no-host-more = { $count ->
    [one] Nog { $count } bijeenkomst zonder gaststad.
   *[other] Nog { $count } bijeenkomsten zonder gaststad.
}
overview-attention-travel-warning = { $network }: { $warning }
overview-attention-travel-more = { $count ->
    [one] Nog { $count } waarschuwing over waar en wanneer netwerken bijeenkomen.
   *[other] Nog { $count } waarschuwingen over waar en wanneer netwerken bijeenkomen.
}
overview-warning-meeting-hosted = “{ $title }” in { $host } ({ $dates })
overview-warning-meeting = “{ $title }” ({ $dates })
overview-warning-same-host = { $host } ontvangt “{ $title }” direct nadat het { $earlier } ontving: laat een andere partner gastheer zijn.
overview-warning-overlapping = { $later } overlapt met { $earlier }: partners kunnen niet in beide steden zijn.
overview-warning-too-close = { $gap ->
    [0] { $later } begint op de dag dat { $earlier } eindigt: partners reizen binnen { $days } dagen naar twee steden.
    [one] { $later } begint { $gap } dag nadat { $earlier } eindigt: partners reizen binnen { $days } dagen naar twee steden.
   *[other] { $later } begint { $gap } dagen nadat { $earlier } eindigt: partners reizen binnen { $days } dagen naar twee steden.
}
overview-warning-host-holiday = “{ $title }” valt op { $date } in { $host }, daar een feestdag ({ $holiday }): mensen kunnen afwezig zijn; kies een andere dag.
overview-warning-new-meeting = Nieuwe bijeenkomst
