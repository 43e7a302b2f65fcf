# Errors and validation messages of Convene's core. Source: locales/en/errors.ftl (comments there).
error-required = mag niet leeg zijn
error-too-long = { $count ->
    [one] is { $count } teken lang; de limiet is { $max }
   *[other] is { $count } tekens lang; de limiet is { $max }
}
error-not-an-email = "{ $value }" is geen e-mailadres (verwacht: naam@voorbeeld.org)
error-url-scheme = "{ $value }" moet beginnen met https:// of http://
error-not-a-url = "{ $value }" is geen webadres
error-year-out-of-range = het jaar { $year } valt buiten { $first }-{ $last }
error-not-a-date = "{ $value }" is geen datum; schrijf hem als JJJJ-MM-DD
error-end-before-start = { $end } ligt vóór het begin, { $start }
error-unknown-zone = "{ $value }" is geen bekende IANA-tijdzone (bijvoorbeeld Europe/Riga)
error-not-yes-or-no = "{ $value }" is geen yes of no
error-appears-twice = deze { $column } komt twee keer voor; elke waarde moet uniek zijn
error-unknown-language = "{ $code }" is geen taal van Convene; gebruik een van { $codes }
error-no-network = er is geen netwerk met de naam "{ $key }"; `convene networks` toont ze
error-cancelled = Geannuleerd; er is niets gewijzigd.
error-database-busy = de database is bezet: een andere Convene (het venster of een opdracht) hield hem langer dan { $seconds } seconden vast bij het opslaan. Er is niets opgeslagen; probeer het opnieuw als dat werk klaar is.
error-no-network-id = er is geen netwerk met id { $id }
error-no-partner-id = er is geen partner met id { $id }
error-no-contact-id = er is geen contactpersoon met id { $id }
error-no-local-group-member-id = er is geen lid van de lokale groep met id { $id }
error-no-meeting-id = er is geen bijeenkomst met id { $id }
error-no-milestone-id = er is geen mijlpaal met id { $id }
error-no-day-off-id = er is geen vrije dag met id { $id }
error-no-plan-id = er is geen actieplan met id { $id }
error-no-comment-id = er is geen opmerking met id { $id }
error-no-conflict-id = er is geen conflict met id { $id }
error-no-practice-id = er is geen goede praktijk met id { $id }
error-slug-needs-letter = moet minstens één letter of cijfer bevatten
error-slug-taken = de korte naam "{ $slug }" wordt al gebruikt door het netwerk { $network }; kies een andere
error-lead-partner-after-network = voeg eerst het netwerk toe en kies daarna de leidende partner uit de partners
error-lead-partner-elsewhere = de leidende partner moet een partner van dit netwerk zijn
error-negative = mag niet negatief zijn
error-partner-gone = die partner bestaat niet
error-not-a-partner-here = { $partner } is geen partner van dit netwerk
error-not-a-uuid = "{ $value }" is geen UUID
error-not-a-plan-key = "{ $key }" is geen plan: geef het id (zie `convene plans NETWERK`) of NETWERK/STAD, zoals techtown/gavle
error-no-plan-of-city = { $network } heeft geen plan van een partner met de naam "{ $city }"; `convene plans { $slug }` toont ze
