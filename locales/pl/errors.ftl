# Errors and validation messages of Convene's core. Source: locales/en/errors.ftl (comments there).
error-required = nie może być puste
error-too-long = { $count ->
    [one] ma { $count } znak; limit to { $max }
    [few] ma { $count } znaki; limit to { $max }
   *[other] ma { $count } znaków; limit to { $max }
}
error-not-an-email = „{ $value }” nie jest adresem e-mail (oczekiwano nazwa@example.org)
error-url-scheme = „{ $value }” musi zaczynać się od https:// lub http://
error-not-a-url = „{ $value }” nie jest adresem internetowym
error-year-out-of-range = rok { $year } jest poza zakresem { $first }-{ $last }
error-not-a-date = „{ $value }” nie jest datą; zapisz ją jako RRRR-MM-DD
error-end-before-start = { $end } jest przed początkiem, { $start }
error-unknown-zone = „{ $value }” nie jest znaną strefą czasową IANA (na przykład Europe/Riga)
error-not-yes-or-no = „{ $value }” nie jest ani yes, ani no
error-appears-twice = ta wartość { $column } występuje dwa razy; każda musi być niepowtarzalna
error-unknown-language = „{ $code }” nie jest językiem Convene; użyj jednego z kodów { $codes }
error-no-network = nie ma sieci o nazwie „{ $key }”; `convene networks` je wymienia
error-cancelled = Anulowano; nic nie zostało zmienione.
error-database-busy = baza danych jest zajęta: inny Convene (okno lub polecenie) trzymał ją dłużej niż { $seconds } s podczas zapisu. Nic nie zostało zapisane; spróbuj ponownie, gdy ta praca się zakończy.
error-no-network-id = nie ma sieci o identyfikatorze { $id }
error-no-partner-id = nie ma partnera o identyfikatorze { $id }
error-no-contact-id = nie ma kontaktu o identyfikatorze { $id }
error-no-local-group-member-id = nie ma członka grupy lokalnej o identyfikatorze { $id }
error-no-meeting-id = nie ma spotkania o identyfikatorze { $id }
error-no-milestone-id = nie ma kamienia milowego o identyfikatorze { $id }
error-no-day-off-id = nie ma dnia wolnego o identyfikatorze { $id }
error-no-plan-id = nie ma planu działań o identyfikatorze { $id }
error-no-comment-id = nie ma komentarza o identyfikatorze { $id }
error-no-conflict-id = nie ma konfliktu o identyfikatorze { $id }
error-no-practice-id = nie ma dobrej praktyki o identyfikatorze { $id }
