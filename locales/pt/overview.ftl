# Home's "Needs attention" lines and the travel warnings. Source: locales/en/overview.ftl (comments there).
overview-days-in-month = { $first_day }–{ $last }
overview-days-in-year = { $first } – { $last }
overview-days-across-years = { $first } – { $last }
overview-not-dated = ainda sem data
overview-not-dated-known = ainda sem data ({ $known })
overview-not-dated-wording = ainda sem data («{ $wording }»)
overview-not-dated-known-wording = ainda sem data ({ $known }: «{ $wording }»)
overview-month-year-unknown = { $month }, ano desconhecido
overview-attention-import-unplaced = { $count ->
    [one] { $network }: { $count } linha da página importada não pôde ser colocada; leia-a nas notas de importação da rede e acrescente à mão o que importar.
   *[other] { $network }: { $count } linhas da página importada não puderam ser colocadas; leia-as nas notas de importação da rede e acrescente à mão o que importar.
}
overview-attention-import-no-network = { $count ->
    [one] { $count } linha de páginas importadas não pertence a nenhuma rede; leia-a em Notas de importação.
   *[other] { $count } linhas de páginas importadas não pertencem a nenhuma rede; leia-as em Notas de importação.
}
overview-attention-tentative-soon = { $title } ({ $network }, { $dates }) ainda está por confirmar: confirme ou adie a reunião.
overview-attention-tentative-soon-undated = { $title } ({ $network }, { $when }) ainda está por confirmar: confirme ou adie a reunião.
overview-attention-tentative-more = { $count ->
    [one] Mais { $count } reunião nos próximos { $days } dias está por confirmar.
   *[other] Mais { $count } reuniões nos próximos { $days } dias estão por confirmar.
}
overview-attention-no-host = { $title } ({ $network }, { $dates }) não tem cidade anfitriã: escolha o parceiro que acolhe a reunião.
overview-attention-no-host-undated = { $title } ({ $network }, { $when }) não tem cidade anfitriã: escolha o parceiro que acolhe a reunião.
overview-attention-no-host-more = { $count ->
    [one] Mais { $count } reunião sem cidade anfitriã.
   *[other] Mais { $count } reuniões sem cidade anfitriã.
}
overview-attention-travel-warning = { $network }: { $warning }
overview-attention-travel-more = { $count ->
    [one] Mais { $count } aviso sobre onde e quando as redes se reúnem.
   *[other] Mais { $count } avisos sobre onde e quando as redes se reúnem.
}
overview-warning-meeting-hosted = «{ $title }» em { $host } ({ $dates })
overview-warning-meeting = «{ $title }» ({ $dates })
overview-warning-same-host = { $host } acolhe «{ $title }» logo depois de ter acolhido { $earlier }: deixe outro parceiro acolher.
overview-warning-overlapping = { $later } sobrepõe-se a { $earlier }: os parceiros não podem estar nas duas cidades.
overview-warning-too-close = { $gap ->
    [0] { $later } começa no dia em que termina { $earlier }: os parceiros viajam para duas cidades num prazo de { $days } dias.
    [one] { $later } começa { $gap } dia depois do fim de { $earlier }: os parceiros viajam para duas cidades num prazo de { $days } dias.
   *[other] { $later } começa { $gap } dias depois do fim de { $earlier }: os parceiros viajam para duas cidades num prazo de { $days } dias.
}
overview-warning-host-holiday = «{ $title }» é a { $date } em { $host }, feriado lá ({ $holiday }): pode faltar gente; escolha outro dia.
overview-warning-new-meeting = Nova reunião
