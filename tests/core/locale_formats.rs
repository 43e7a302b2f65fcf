//! Dates, times, weekday and month names, numbers, money and plurals in each of the ten
//! languages, as a person in that country expects to read them (CLDR through ICU4X,
//! plurals through Fluent's rules).

use chrono::{NaiveDate, NaiveTime, Weekday};
use convene_core::i18n::{format, translate, Arg, Locale};
use rust_decimal::Decimal;

/// Spaces CLDR puts in numbers and before the euro sign, made visible for comparing.
fn plain(text: String) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
}

#[test]
fn each_language_writes_dates_times_names_and_money_its_own_way() {
    let day = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
    let afternoon = NaiveTime::from_hms_opt(14, 30, 0).unwrap();
    let amount: Decimal = "12500.10".parse().unwrap();
    // (locale, long date, time, Monday, the month as a calendar's title, money)
    let expected = [
        (Locale::En, "5 December 2026", "14:30", "Monday", "December 2026", "€12,500.10"),
        (Locale::Fr, "5 décembre 2026", "14:30", "lundi", "décembre 2026", "12 500,10 €"),
        (Locale::De, "5. Dezember 2026", "14:30", "Montag", "Dezember 2026", "12.500,10 €"),
        (Locale::Es, "5 de diciembre de 2026", "14:30", "lunes", "diciembre de 2026", "12.500,10 €"),
        (Locale::It, "5 dicembre 2026", "14:30", "lunedì", "dicembre 2026", "12.500,10 €"),
        (Locale::Pt, "5 de dezembro de 2026", "14:30", "segunda-feira", "dezembro de 2026", "12 500,10 €"),
        (Locale::Pl, "5 grudnia 2026", "14:30", "poniedziałek", "grudzień 2026", "12 500,10 €"),
        (Locale::Nl, "5 december 2026", "14:30", "maandag", "december 2026", "€ 12.500,10"),
        (Locale::El, "5 Δεκεμβρίου 2026", "2:30 μ.μ.", "Δευτέρα", "Δεκέμβριος 2026", "12.500,10 €"),
        (Locale::Ro, "5 decembrie 2026", "14:30", "luni", "decembrie 2026", "12.500,10 €"),
    ];
    let mut wrong = Vec::new();
    for (locale, date, time, monday, december, money) in expected {
        let got = (
            plain(format::date_long(locale, day)),
            plain(format::time(locale, afternoon)),
            format::weekday_name(locale, Weekday::Mon),
            format::month_and_year(locale, 2026, 12),
            plain(format::money(locale, &amount)),
        );
        let want = (date.to_string(), time.to_string(), monday.to_string(), december.to_string(), money.to_string());
        if got != want {
            wrong.push(format!("{locale}: got {got:?}, expected {want:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn money_stays_exact_and_rounds_half_away_from_zero() {
    let eur = |s: &str, l| plain(format::money(l, &s.parse().unwrap()));
    assert_eq!(eur("0.1", Locale::De), "0,10 €");
    assert_eq!(eur("1234567.895", Locale::Fr), "1 234 567,90 €");
    assert_eq!(eur("1234567.885", Locale::Fr), "1 234 567,89 €");
    assert_eq!(eur("-2500.125", Locale::En), "-€2,500.13");
    assert_eq!(eur("-0.001", Locale::De), "0,00 €");
    assert_eq!(eur("-40", Locale::En), "-€40.00");
    assert_eq!(eur("99999999999999.99", Locale::En), "€99,999,999,999,999.99");
    assert_eq!(plain(format::number(Locale::De, &"12500.50".parse().unwrap())), "12.500,5");
}

#[test]
fn plurals_follow_each_language_s_rules() {
    let count = |locale, n: i64| translate(locale, "cli-network-partner-count", &[("count", Arg::from(n))]);
    let expected = [
        (Locale::En, ["No partners", "1 partner", "2 partners", "5 partners", "22 partners"]),
        (Locale::Fr, ["Aucun partenaire", "1 partenaire", "2 partenaires", "5 partenaires", "22 partenaires"]),
        (
            Locale::Pl,
            [
                "Brak miast partnerskich",
                "1 miasto partnerskie",
                "2 miasta partnerskie",
                "5 miast partnerskich",
                "22 miasta partnerskie",
            ],
        ),
        (Locale::Ro, ["Niciun partener", "1 partener", "2 parteneri", "5 parteneri", "22 de parteneri"]),
    ];
    for (locale, words) in expected {
        for (n, want) in [0, 1, 2, 5, 22].into_iter().zip(words) {
            assert_eq!(count(locale, n), want, "{locale} {n}");
        }
    }
    // French counts 0 as singular, Romanian counts 0 with 2-19 ("few"): the CLDR rules.
    let chars =
        |locale, n: i64| translate(locale, "error-too-long", &[("count", Arg::from(n)), ("max", Arg::from(200))]);
    assert!(chars(Locale::Fr, 0).starts_with("compte 0 caractère ;"), "{}", chars(Locale::Fr, 0));
    assert!(chars(Locale::Ro, 0).starts_with("are 0 caractere;"), "{}", chars(Locale::Ro, 0));
    assert!(chars(Locale::Ro, 22).starts_with("are 22 de caractere;"), "{}", chars(Locale::Ro, 22));
    assert!(chars(Locale::Pl, 22).starts_with("ma 22 znaki;"), "{}", chars(Locale::Pl, 22));
    assert!(chars(Locale::Pl, 5).starts_with("ma 5 znaków;"), "{}", chars(Locale::Pl, 5));
}
