# Home's "Needs attention" lines and the travel warnings. Source: locales/en/overview.ftl (comments there).
overview-days-in-month = { $first_day }–{ $last }
overview-days-in-year = { $first } – { $last }
overview-days-across-years = { $first } – { $last }
overview-not-dated = încă nedatată
overview-not-dated-known = încă nedatată ({ $known })
overview-not-dated-wording = încă nedatată („{ $wording }”)
overview-not-dated-known-wording = încă nedatată ({ $known }: „{ $wording }”)
overview-month-year-unknown = { $month }, an necunoscut
overview-attention-import-unplaced = { $count ->
    [one] { $network }: { $count } rând din pagina importată nu a putut fi plasat; citiți-l în notele de import ale rețelei și adăugați de mână ce contează.
    [few] { $network }: { $count } rânduri din pagina importată nu au putut fi plasate; citiți-le în notele de import ale rețelei și adăugați de mână ce contează.
   *[other] { $network }: { $count } de rânduri din pagina importată nu au putut fi plasate; citiți-le în notele de import ale rețelei și adăugați de mână ce contează.
}
overview-attention-import-no-network = { $count ->
    [one] { $count } rând din paginile importate nu aparține niciunei rețele; citiți-l în Note de import.
    [few] { $count } rânduri din paginile importate nu aparțin niciunei rețele; citiți-le în Note de import.
   *[other] { $count } de rânduri din paginile importate nu aparțin niciunei rețele; citiți-le în Note de import.
}
overview-attention-tentative-soon = { $title } ({ $network }, { $dates }) are încă statut provizoriu: confirmați sau amânați reuniunea.
overview-attention-tentative-soon-undated = { $title } ({ $network }, { $when }) are încă statut provizoriu: confirmați sau amânați reuniunea.
overview-attention-tentative-more = { $count ->
    [one] Încă { $count } reuniune din { $days ->
        [few] următoarele { $days } zile
       *[other] următoarele { $days } de zile
    } este provizorie.
    [few] Încă { $count } reuniuni din { $days ->
        [few] următoarele { $days } zile
       *[other] următoarele { $days } de zile
    } sunt provizorii.
   *[other] Încă { $count } de reuniuni din { $days ->
        [few] următoarele { $days } zile
       *[other] următoarele { $days } de zile
    } sunt provizorii.
}
overview-attention-no-host = { $title } ({ $network }, { $dates }) nu are oraș gazdă: alegeți partenerul care găzduiește reuniunea.
overview-attention-no-host-undated = { $title } ({ $network }, { $when }) nu are oraș gazdă: alegeți partenerul care găzduiește reuniunea.
overview-attention-no-host-more = { $count ->
    [one] Încă { $count } reuniune fără oraș gazdă.
    [few] Încă { $count } reuniuni fără oraș gazdă.
   *[other] Încă { $count } de reuniuni fără oraș gazdă.
}
overview-attention-travel-warning = { $network }: { $warning }
overview-attention-travel-more = { $count ->
    [one] Încă { $count } avertisment despre unde și când se reunesc rețelele.
    [few] Încă { $count } avertismente despre unde și când se reunesc rețelele.
   *[other] Încă { $count } de avertismente despre unde și când se reunesc rețelele.
}
overview-warning-meeting-hosted = „{ $title }” la { $host } ({ $dates })
overview-warning-meeting = „{ $title }” ({ $dates })
overview-warning-same-host = { $host } găzduiește „{ $title }” imediat după ce a găzduit { $earlier }: lăsați alt partener să găzduiască.
overview-warning-overlapping = { $later } se suprapune cu { $earlier }: partenerii nu pot fi în ambele orașe.
overview-warning-too-close = { $gap ->
    [0] { $later } începe în ziua în care se termină { $earlier }: partenerii călătoresc în două orașe în { $days ->
        [few] { $days } zile
       *[other] { $days } de zile
    }.
    [one] { $later } începe la { $gap } zi după ce se termină { $earlier }: partenerii călătoresc în două orașe în { $days ->
        [few] { $days } zile
       *[other] { $days } de zile
    }.
   *[other] { $later } începe la { $gap } zile după ce se termină { $earlier }: partenerii călătoresc în două orașe în { $days ->
        [few] { $days } zile
       *[other] { $days } de zile
    }.
}
overview-warning-host-holiday = „{ $title }” are loc pe { $date } la { $host }, zi de sărbătoare acolo ({ $holiday }): oamenii ar putea lipsi; alegeți altă zi.
overview-warning-new-meeting = Reuniune nouă
