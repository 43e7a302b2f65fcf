# Home's "Needs attention" lines and the travel warnings. Source: locales/en/overview.ftl (comments there).
overview-days-in-month = { $first_day }–{ $last }
overview-days-in-year = { $first } – { $last }
overview-days-across-years = { $first } – { $last }
overview-not-dated = sin fecha todavía
overview-not-dated-known = sin fecha todavía ({ $known })
overview-not-dated-wording = sin fecha todavía («{ $wording }»)
overview-not-dated-known-wording = sin fecha todavía ({ $known }: «{ $wording }»)
overview-month-year-unknown = { $month }, año desconocido
overview-attention-import-unplaced = { $count ->
    [one] { $network }: { $count } línea de la página importada no se pudo ubicar; léala en las notas de importación de la red y añada a mano lo que importe.
   *[other] { $network }: { $count } líneas de la página importada no se pudieron ubicar; léalas en las notas de importación de la red y añada a mano lo que importe.
}
overview-attention-import-no-network = { $count ->
    [one] { $count } línea de páginas importadas no pertenece a ninguna red; léala en Notas de importación.
   *[other] { $count } líneas de páginas importadas no pertenecen a ninguna red; léalas en Notas de importación.
}
overview-attention-tentative-soon = { $title } ({ $network }, { $dates }) sigue siendo provisional: confirme o aplace la reunión.
overview-attention-tentative-soon-undated = { $title } ({ $network }, { $when }) sigue siendo provisional: confirme o aplace la reunión.
overview-attention-tentative-more = { $count ->
    [one] { $count } reunión más de los próximos { $days } días es provisional.
   *[other] { $count } reuniones más de los próximos { $days } días son provisionales.
}
overview-attention-no-host = { $title } ({ $network }, { $dates }) no tiene ciudad anfitriona: elija el socio que acoge la reunión.
overview-attention-no-host-undated = { $title } ({ $network }, { $when }) no tiene ciudad anfitriona: elija el socio que acoge la reunión.
overview-attention-no-host-more = { $count ->
    [one] { $count } reunión más sin ciudad anfitriona.
   *[other] { $count } reuniones más sin ciudad anfitriona.
}
overview-attention-travel-warning = { $network }: { $warning }
overview-attention-travel-more = { $count ->
    [one] { $count } aviso más sobre dónde y cuándo se reúnen las redes.
   *[other] { $count } avisos más sobre dónde y cuándo se reúnen las redes.
}
overview-warning-meeting-hosted = «{ $title }» en { $host } ({ $dates })
overview-warning-meeting = «{ $title }» ({ $dates })
overview-warning-same-host = { $host } acoge «{ $title }» justo después de acoger { $earlier }: deje que otro socio sea el anfitrión.
overview-warning-overlapping = { $later } se solapa con { $earlier }: los socios no pueden estar en las dos ciudades.
overview-warning-too-close = { $gap ->
    [0] { $later } empieza el día en que termina { $earlier }: los socios viajan a dos ciudades en menos de { $days } días.
    [one] { $later } empieza { $gap } día después de que termine { $earlier }: los socios viajan a dos ciudades en menos de { $days } días.
   *[other] { $later } empieza { $gap } días después de que termine { $earlier }: los socios viajan a dos ciudades en menos de { $days } días.
}
overview-warning-host-holiday = «{ $title }» es el { $date } en { $host }, festivo allí ({ $holiday }): puede que falte gente; elija otro día.
overview-warning-new-meeting = Nueva reunión
