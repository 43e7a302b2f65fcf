# Home's "Needs attention" lines and the travel warnings. Source: locales/en/overview.ftl (comments there).
overview-days-in-month = { $first_day }–{ $last }
overview-days-in-year = { $first } – { $last }
overview-days-across-years = { $first } – { $last }
overview-not-dated = pas encore datée
overview-not-dated-known = pas encore datée ({ $known })
overview-not-dated-wording = pas encore datée (« { $wording } »)
overview-not-dated-known-wording = pas encore datée ({ $known } : « { $wording } »)
overview-month-year-unknown = { $month }, année inconnue
overview-attention-import-unplaced = { $count ->
    [one] { $network } : { $count } ligne de la page importée n'a pas pu être placée ; lisez-la dans les notes d'import du réseau et ajoutez à la main ce qui compte.
   *[other] { $network } : { $count } lignes de la page importée n'ont pas pu être placées ; lisez-les dans les notes d'import du réseau et ajoutez à la main ce qui compte.
}
overview-attention-import-no-network = { $count ->
    [one] { $count } ligne de pages importées n'appartient à aucun réseau ; lisez-la dans Notes d'import.
   *[other] { $count } lignes de pages importées n'appartiennent à aucun réseau ; lisez-les dans Notes d'import.
}
overview-attention-tentative-soon = { $title } ({ $network }, { $dates }) est encore provisoire : confirmez ou reportez cette réunion.
overview-attention-tentative-soon-undated = { $title } ({ $network }, { $when }) est encore provisoire : confirmez ou reportez cette réunion.
overview-attention-tentative-more = { $count ->
    [one] { $count } autre réunion est provisoire dans les { $days } prochains jours.
   *[other] { $count } autres réunions sont provisoires dans les { $days } prochains jours.
}
overview-attention-no-host = { $title } ({ $network }, { $dates }) n'a pas de ville hôte : choisissez le partenaire qui accueille cette réunion.
overview-attention-no-host-undated = { $title } ({ $network }, { $when }) n'a pas de ville hôte : choisissez le partenaire qui accueille cette réunion.
overview-attention-no-host-more = { $count ->
    [one] { $count } autre réunion sans ville hôte.
   *[other] { $count } autres réunions sans ville hôte.
}
overview-attention-travel-warning = { $network } : { $warning }
overview-attention-travel-more = { $count ->
    [one] { $count } autre avertissement sur le lieu et la date des réunions des réseaux.
   *[other] { $count } autres avertissements sur le lieu et la date des réunions des réseaux.
}
overview-warning-meeting-hosted = « { $title } » à { $host } ({ $dates })
overview-warning-meeting = « { $title } » ({ $dates })
overview-warning-same-host = { $host } accueille « { $title } » juste après avoir accueilli { $earlier } : confiez l'accueil à un autre partenaire.
overview-warning-overlapping = { $later } chevauche { $earlier } : les partenaires ne peuvent pas être dans les deux villes.
overview-warning-too-close = { $gap ->
    [0] { $later } commence le jour où se termine { $earlier } : les partenaires se déplacent dans deux villes en { $days } jours.
    [one] { $later } commence { $gap } jour après la fin de { $earlier } : les partenaires se déplacent dans deux villes en { $days } jours.
   *[other] { $later } commence { $gap } jours après la fin de { $earlier } : les partenaires se déplacent dans deux villes en { $days } jours.
}
overview-warning-host-holiday = « { $title } » a lieu le { $date } à { $host }, un jour férié là-bas ({ $holiday }) : des participants risquent d'être absents ; choisissez un autre jour.
overview-warning-new-meeting = Nouvelle réunion
