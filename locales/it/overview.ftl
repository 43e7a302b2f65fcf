# Home's "Needs attention" lines and the travel warnings. Source: locales/en/overview.ftl (comments there).
overview-days-in-month = { $first_day }–{ $last }
overview-days-in-year = { $first } – { $last }
overview-days-across-years = { $first } – { $last }
overview-not-dated = non ancora datata
overview-not-dated-known = non ancora datata ({ $known })
overview-not-dated-wording = non ancora datata («{ $wording }»)
overview-not-dated-known-wording = non ancora datata ({ $known }: «{ $wording }»)
overview-month-year-unknown = { $month }, anno sconosciuto
overview-attention-import-unplaced = { $count ->
    [one] { $network }: { $count } riga della pagina importata non è stata collocata; la legga nelle note di importazione della rete e aggiunga a mano ciò che conta.
   *[other] { $network }: { $count } righe della pagina importata non sono state collocate; le legga nelle note di importazione della rete e aggiunga a mano ciò che conta.
}
overview-attention-import-no-network = { $count ->
    [one] { $count } riga di pagine importate non appartiene a nessuna rete; la legga in Note di importazione.
   *[other] { $count } righe di pagine importate non appartengono a nessuna rete; le legga in Note di importazione.
}
overview-attention-tentative-soon = { $title } ({ $network }, { $dates }) è ancora da confermare: confermi o rinvii la riunione.
overview-attention-tentative-soon-undated = { $title } ({ $network }, { $when }) è ancora da confermare: confermi o rinvii la riunione.
overview-attention-tentative-more = { $count ->
    [one] { $count } altra riunione nei prossimi { $days } giorni è ancora da confermare.
   *[other] Altre { $count } riunioni nei prossimi { $days } giorni sono ancora da confermare.
}
overview-attention-no-host = { $title } ({ $network }, { $dates }) non ha una città ospitante: scelga il partner che ospita la riunione.
overview-attention-no-host-undated = { $title } ({ $network }, { $when }) non ha una città ospitante: scelga il partner che ospita la riunione.
overview-attention-no-host-more = { $count ->
    [one] { $count } altra riunione senza città ospitante.
   *[other] Altre { $count } riunioni senza città ospitante.
}
overview-attention-travel-warning = { $network }: { $warning }
overview-attention-travel-more = { $count ->
    [one] { $count } altro avviso su dove e quando si riuniscono le reti.
   *[other] Altri { $count } avvisi su dove e quando si riuniscono le reti.
}
overview-warning-meeting-hosted = «{ $title }» a { $host } ({ $dates })
overview-warning-meeting = «{ $title }» ({ $dates })
overview-warning-same-host = { $host } ospita «{ $title }» subito dopo aver ospitato { $earlier }: lasci ospitare un altro partner.
overview-warning-overlapping = { $later } si sovrappone a { $earlier }: i partner non possono essere in entrambe le città.
overview-warning-too-close = { $gap ->
    [0] { $later } inizia il giorno in cui finisce { $earlier }: i partner viaggiano verso due città nel giro di { $days } giorni.
    [one] { $later } inizia { $gap } giorno dopo la fine di { $earlier }: i partner viaggiano verso due città nel giro di { $days } giorni.
   *[other] { $later } inizia { $gap } giorni dopo la fine di { $earlier }: i partner viaggiano verso due città nel giro di { $days } giorni.
}
overview-warning-host-holiday = «{ $title }» è il { $date } a { $host }, giorno festivo lì ({ $holiday }): molti potrebbero essere assenti; scelga un altro giorno.
overview-warning-new-meeting = Nuovo incontro
