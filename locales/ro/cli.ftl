# The convene command line's own output. Source: locales/en/cli.ftl (comments there).
cli-error = eroare: { $message }
cli-error-field-with-flag = { $field } ({ $flag }): { $reason }
cli-error-field = { $field }: { $reason }
cli-error-run-with-cascade = { $message } (rulați din nou cu --cascade)
cli-no-partner = { $network } nu are niciun partener numit „{ $key }”; `convene partners { $slug }` îi listează
cli-no-partner-did-you-mean = { $network } nu are niciun partener numit „{ $key }”; vă referiți la { $suggestion }?
cli-no-meeting = { $network } nu are nicio întâlnire cu id-ul, UID-ul sau titlul „{ $key }”; `convene meetings { $slug }` le listează
cli-meeting-title-needs-network = { $message }; pentru a numi o întâlnire după titlu, dați mai întâi rețeaua ei (REȚEA ÎNTÂLNIRE)
cli-no-milestone = { $network } nu are nicio etapă cu id-ul sau titlul „{ $key }”; `convene milestone list { $slug }` le listează
cli-no-contact = { $place } nu are niciun contact cu id-ul sau numele „{ $key }”
cli-no-local-group-member = { $place } nu are niciun membru al grupului local cu id-ul sau numele „{ $key }”
cli-no-practice = nu există nicio bună practică cu id-ul sau titlul „{ $key }”; `convene practices` le listează
cli-no-day-off = { $partner } nu are nicio zi liberă pe { $date }; `convene dayoff list { $slug } --partner { $partner_id }` le listează
cli-no-day-off-named = { $partner } nu are nicio zi liberă „{ $name }” pe { $date }; `convene dayoff list { $slug } --partner { $partner_id }` le listează
cli-holidays-not-covered = python-holidays acoperă { $country } ({ $code }) din { $first_year }; nu are date pentru { $span }
cli-date-from = din { $date }
cli-date-until = până la { $date }
cli-networks-none = Încă nu există rețele. Adăugați una cu `convene network add --name NUME` sau importați pagini cu `convene import urbact FIȘIER`.
cli-column-slug = NUME SCURT
cli-column-name = NUME
cli-column-kind = TIP
cli-column-dates = DATE
cli-column-partner-count = NR. PARTENERI
cli-column-meeting-count = NR. ÎNTÂLNIRI
cli-column-lead-partner = PARTENER PRINCIPAL
cli-label-id = Id
cli-label-short-name = Nume scurt
cli-label-kind = Tip
cli-label-tagline = Slogan
cli-label-programme = Program
cli-label-dates = Date
cli-label-lead-partner = Partener principal
cli-label-language = Limbă
cli-label-email = E-mail
cli-label-website = Site web
cli-network-phases = Faze
cli-network-partner-count = { $count ->
    [0] Niciun partener
    [one] { $count } partener
    [few] { $count } parteneri
   *[other] { $count } de parteneri
}
cli-network-milestones = Etape
cli-milestone-done = (gata)
cli-network-plans = Planuri de acțiune
cli-plan-no-city = (fără oraș)
cli-network-import-notes = Note de import (rânduri pe care importul nu le-a putut plasa)
cli-network-meetings-hint = Întâlniri: `convene meetings { $slug }`
cli-network-added = Rețeaua { $name } a fost adăugată (id { $id }, nume scurt { $slug }).
cli-network-updated = Rețeaua { $name } a fost modificată (nume scurt { $slug }).
cli-network-deleted = Rețeaua { $name } a fost ștearsă.
cli-network-deleted-with = Rețeaua { $name } a fost ștearsă, împreună cu { $also }.
cli-plan-language-set = „{ $title }” se exportă acum în { $language }.
