# Home's "Needs attention" lines and the travel warnings. Source: locales/en/overview.ftl (comments there).
overview-days-in-month = { $first_day }–{ $last }
overview-days-in-year = { $first } – { $last }
overview-days-across-years = { $first } – { $last }
overview-not-dated = jeszcze bez daty
overview-not-dated-known = jeszcze bez daty ({ $known })
overview-not-dated-wording = jeszcze bez daty („{ $wording }”)
overview-not-dated-known-wording = jeszcze bez daty ({ $known }: „{ $wording }”)
overview-month-year-unknown = { $month }, rok nieznany
overview-attention-import-unplaced = { $count ->
    [one] { $network }: nie udało się umieścić { $count } wiersza zaimportowanej strony; przeczytaj go w notatkach z importu sieci i ręcznie dodaj to, co ważne.
   *[other] { $network }: nie udało się umieścić { $count } wierszy zaimportowanej strony; przeczytaj je w notatkach z importu sieci i ręcznie dodaj to, co ważne.
}
overview-attention-import-no-network = { $count ->
    [one] { $count } wiersz zaimportowanych stron nie należy do żadnej sieci; przeczytaj go w Notatkach z importu.
    [few] { $count } wiersze zaimportowanych stron nie należą do żadnej sieci; przeczytaj je w Notatkach z importu.
   *[other] { $count } wierszy zaimportowanych stron nie należy do żadnej sieci; przeczytaj je w Notatkach z importu.
}
overview-attention-tentative-soon = { $title } ({ $network }, { $dates }) wciąż ma status wstępny: potwierdź lub przełóż to spotkanie.
overview-attention-tentative-soon-undated = { $title } ({ $network }, { $when }) wciąż ma status wstępny: potwierdź lub przełóż to spotkanie.
overview-attention-tentative-more = { $count ->
    [one] Jeszcze { $count } spotkanie w ciągu najbliższych { $days } dni ma status wstępny.
    [few] Jeszcze { $count } spotkania w ciągu najbliższych { $days } dni mają status wstępny.
   *[other] Jeszcze { $count } spotkań w ciągu najbliższych { $days } dni ma status wstępny.
}
overview-attention-no-host = { $title } ({ $network }, { $dates }) nie ma miasta-gospodarza: wybierz partnera, który będzie gospodarzem.
overview-attention-no-host-undated = { $title } ({ $network }, { $when }) nie ma miasta-gospodarza: wybierz partnera, który będzie gospodarzem.
overview-attention-no-host-more = { $count ->
    [one] Jeszcze { $count } spotkanie bez miasta-gospodarza.
    [few] Jeszcze { $count } spotkania bez miasta-gospodarza.
   *[other] Jeszcze { $count } spotkań bez miasta-gospodarza.
}
overview-attention-travel-warning = { $network }: { $warning }
overview-attention-travel-more = { $count ->
    [one] Jeszcze { $count } ostrzeżenie o tym, gdzie i kiedy spotykają się sieci.
    [few] Jeszcze { $count } ostrzeżenia o tym, gdzie i kiedy spotykają się sieci.
   *[other] Jeszcze { $count } ostrzeżeń o tym, gdzie i kiedy spotykają się sieci.
}
overview-warning-meeting-hosted = „{ $title }” ({ $host }, { $dates })
overview-warning-meeting = „{ $title }” ({ $dates })
overview-warning-same-host = { $host } jest gospodarzem spotkania „{ $title }” zaraz po spotkaniu { $earlier }: niech gospodarzem będzie inny partner.
overview-warning-overlapping = Spotkanie { $later } pokrywa się ze spotkaniem { $earlier }: partnerzy nie mogą być jednocześnie w obu miastach.
overview-warning-too-close = { $gap ->
    [0] Spotkanie { $later } zaczyna się w dniu zakończenia spotkania { $earlier }: partnerzy jadą do dwóch miast w ciągu { $days } dni.
    [one] Spotkanie { $later } zaczyna się { $gap } dzień po zakończeniu spotkania { $earlier }: partnerzy jadą do dwóch miast w ciągu { $days } dni.
   *[other] Spotkanie { $later } zaczyna się { $gap } dni po zakończeniu spotkania { $earlier }: partnerzy jadą do dwóch miast w ciągu { $days } dni.
}
overview-warning-host-holiday = Spotkanie „{ $title }” odbywa się { $date } w mieście { $host }, gdzie jest to dzień wolny ({ $holiday }): ludzie mogą być nieobecni; wybierz inny dzień.
overview-warning-new-meeting = Nowe spotkanie
