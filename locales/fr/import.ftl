## Types d’avertissement

import-kind-unplaced = Ligne non placée
import-kind-inferred-country = Pays déduit
import-kind-missing-country = Pays manquant
import-kind-country-conflict = Pays en conflit
import-kind-partner-added = Partenaire ajouté
import-kind-host-not-saved = Hôte non enregistré
import-kind-out-of-sequence = Date hors de l’ordre
import-kind-inferred = Déduit
import-kind-bad-date = Date inexistante
import-kind-refused = Refusé par une règle
import-kind-unknown-record = Fiche inconnue

## Pourquoi une ligne n’a pas pu être placée

import-reason-unknown-record = partie de la fiche qui se termine à la ligne { $line }, qui n’est ni une page de réseau (ni partenaire chef de file ni liste « Ville - Pays ») ni une page de bonne pratique
import-reason-after-last-record = après la dernière ligne « Ref nid », elle n’appartient donc à aucune fiche
import-reason-not-network-content = ni partenaire, ni réunion, ni jalon, ni plan d’action, ni description, ni slogan
import-reason-early-paragraph = un paragraphe placé avant les derniers paragraphes de la page, qui sont sa description
import-reason-other-email = une adresse e-mail autre que l’adresse de contact du réseau, { $email }
import-reason-address = une adresse qui ne commence pas par le nom d’un partenaire
import-reason-lone-plan-line = une ligne parmi les plans d’action qui n’a ni résumé, ni lien, ni ligne de ville
import-reason-practice-header = une ligne entre l’en-tête de la pratique (slogan, auteur, rôle) et son texte
import-reason-refused = refusé : { $error }
import-reason-partner-without-country = partenaire sans pays : { $partner }
import-reason-both = { $first } ; { $second }
import-field-problem = { $field } : { $reason }

## Des dates qui n’en sont pas

import-date-not-a-day = le { $day } { $month } { $year } n’existe pas dans le calendrier
import-date-range-backwards = la période se termine ({ $end }) avant de commencer ({ $start })

## Pourquoi le pays d’un partenaire a été déduit

import-country-because-email = son adresse e-mail { $email } (ligne { $line }) est sous le domaine .{ $tld }
import-country-because-mention = la ligne { $line } du fichier écrit « { $quote } »
import-country-because-both = { $first }, et { $second }
import-country-option = { $country } ({ $because })

## Avertissements

import-warning-host-not-saved = le lieu { $place } est le partenaire { $partner }, qui n’est pas enregistré (son pays est inconnu) ; la réunion garde { $place } comme lieu et n’a pas d’hôte
import-warning-meeting-exists = « { $meeting } » est déjà dans la base de données et reste tel quel : l’année de départ ne modifie pas les réunions enregistrées (datez-la en la modifiant)
import-warning-month-only = la page ne donne que le mois de « { $meeting } » à { $place } ; elle est fixée à { $month } { $year }, en comptant à partir de l’année de départ { $start } dans l’ordre de la page, et reste sans jour
import-unnamed-place = un lieu sans nom
import-warning-plan-linked-by-title = ce plan d’action n’a pas de ligne de ville ; il est rattaché à { $partner }, que son titre nomme
import-warning-plan-without-city = ce plan d’action n’a pas de ligne de ville et son titre ne nomme aucun partenaire unique ; il est enregistré sans ville
import-warning-not-placed-in-network = non placée ({ $reason }) ; gardée dans les notes d’import de { $network }
import-warning-not-placed = non placée ({ $reason }) ; gardée dans les notes d’import
import-warning-unknown-record = { $reason } ; gardée dans les notes d’import
import-warning-kind-not-stated = la page ne dit pas quel type de réseau est { $network } ; il est enregistré comme réseau de planification d’actions, le type dont les pages listent partenaires et réunions comme celle-ci (changez-le si c’est faux)
import-warning-cannot-save = ne peut pas être enregistrée ({ $error }) ; gardée dans les notes d’import
import-warning-practice-cannot-save = la bonne pratique ne peut pas être enregistrée ({ $error }) ; son titre est gardé dans les notes d’import
import-warning-country-conflict = la page place { $partner } en { $country }, mais le partenaire enregistré est en { $saved } ; le pays enregistré est conservé
import-warning-country-inferred = la page ne donne pas de pays pour { $partner } ; fixé à { $country } car { $because }
import-warning-country-missing = la page ne donne pas de pays pour { $partner } et rien dans le fichier ne dit dans quel pays il se trouve ; le partenaire n’est pas enregistré (un partenaire a besoin d’un pays) et la ligne est gardée dans les notes d’import. Ajoutez-le avec : convene partner add { $network } --name "{ $partner }" --country CODE
import-warning-country-disputed = la page ne donne pas de pays pour { $partner } et le fichier suggère des pays différents : { $options } ; le partenaire n’est pas enregistré (un partenaire a besoin d’un pays) et la ligne est gardée dans les notes d’import. Ajoutez-le avec : convene partner add { $network } --name "{ $partner }" --country CODE
import-warning-plan-city-conflict = la page place { $city } en { $country }, mais le partenaire { $partner } est en { $saved } ; le plan d’action est rattaché à { $partner } et aucun partenaire n’est ajouté
import-warning-plan-city-added = { $city } a un plan d’action (« { $plan } ») mais ne figure pas dans la liste des partenaires ; ajoutée comme partenaire associé en { $country }
import-warning-postal-address = lue comme l’adresse postale de { $partner } (elle commence par son nom et se termine par son pays) ; gardée dans les notes du partenaire
import-warning-bad-date = { $reason } ; la ligne est gardée dans les notes d’import
import-warning-out-of-sequence = { $date } est antérieur à { $before } (ligne { $line }), listé au-dessus ; gardé tel qu’écrit, vérifiez l’année
import-warning-practice-no-city = le texte de la pratique ne nomme aucune ville sous la forme « Ville (CC) » ; sa ville et son pays restent vides

## Mois

import-month-1 = janvier
import-month-2 = février
import-month-3 = mars
import-month-4 = avril
import-month-5 = mai
import-month-6 = juin
import-month-7 = juillet
import-month-8 = août
import-month-9 = septembre
import-month-10 = octobre
import-month-11 = novembre
import-month-12 = décembre

import-month-of-day-1 = janvier
import-month-of-day-2 = février
import-month-of-day-3 = mars
import-month-of-day-4 = avril
import-month-of-day-5 = mai
import-month-of-day-6 = juin
import-month-of-day-7 = juillet
import-month-of-day-8 = août
import-month-of-day-9 = septembre
import-month-of-day-10 = octobre
import-month-of-day-11 = novembre
import-month-of-day-12 = décembre

## Jours

import-day = { $day } { $month } { $year }
import-day-and-month = { $day } { $month }
import-days-in-month = { $first_day }–{ $last }
import-days-in-year = { $first } – { $last }
import-days-across-years = { $first } – { $last }
