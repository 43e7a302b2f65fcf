//! Dates, times, weekday and month names, numbers and money as each locale writes them,
//! from CLDR data compiled into the binary by ICU4X.
//!
//! Only the Gregorian calendar and static field sets are used, so only their data is
//! linked. Money is exact to the end: a `rust_decimal::Decimal` becomes a
//! `fixed_decimal::Decimal` through its exact decimal text, never through a float.
//! ICU4X's currency formatter is still experimental, so where the euro sign goes (before
//! or after, with which space) follows each locale's CLDR standard currency pattern,
//! written out in [`money`].

use std::cell::OnceCell;

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike, Weekday};
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{E, M, MD, T, YM, YMD, YMDE};
use icu_datetime::input::Time;
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale as IcuLocale;

use super::Locale;

fn icu_locale(locale: Locale) -> IcuLocale {
    locale.bcp47().parse().unwrap_or(icu_locale_core::locale!("en"))
}

fn gregorian(date: NaiveDate) -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(date.year(), date.month() as u8, date.day() as u8).ok()
}

/// `$date` formatted with the field set `$fields` (of type `$set`) in `$locale`; none when
/// ICU cannot. One formatter per language and thread at each use, made on first use:
/// making one costs far more than formatting, and a list of meetings writes thousands of
/// dates.
macro_rules! formatted {
    ($locale:expr, $date:expr, $set:ty, $fields:expr) => {{
        type Formatter = FixedCalendarDateTimeFormatter<Gregorian, $set>;
        thread_local! {
            static FORMATTERS: [OnceCell<Option<Formatter>>; Locale::ALL.len()] = Default::default();
        }
        let locale: Locale = $locale;
        let index = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
        gregorian($date).and_then(|d| {
            FORMATTERS.with(|cache| {
                cache[index]
                    .get_or_init(|| Formatter::try_new(icu_locale(locale).into(), $fields).ok())
                    .as_ref()
                    .map(|formatter| formatter.format(&d).to_string())
            })
        })
    }};
}

/// A date written out: "5 décembre 2026", "5. Dezember 2026", "5 December 2026".
/// ISO `2026-12-05` for a date ICU cannot take (none within Convene's 1990-2100).
pub fn date_long(locale: Locale, date: NaiveDate) -> String {
    formatted!(locale, date, YMD, YMD::long()).unwrap_or_else(|| date.to_string())
}

/// A day and its month, without the year (the first day of a range that ends in the same
/// year): "30 mars", "30. März", "30 March".
pub fn day_and_month(locale: Locale, date: NaiveDate) -> String {
    formatted!(locale, date, MD, MD::long()).unwrap_or_else(|| date.format("%m-%d").to_string())
}

/// A date with its weekday: "Monday 15 March 2027", "lundi 15 mars 2027".
pub fn date_long_with_weekday(locale: Locale, date: NaiveDate) -> String {
    formatted!(locale, date, YMDE, YMDE::long()).unwrap_or_else(|| date.to_string())
}

/// A date with its weekday, abbreviated as a list or a grid shows it: "mer. 10 mars 2027",
/// "Mi., 10. März 2027", "mié, 10 mar 2027" (CLDR's medium date with its weekday). Where a
/// language's medium date is digits only (German `10.03.2027`, Portuguese `10/03/2027`),
/// its long date takes the digits' place, so that every language names the month, as the
/// window's own dates do: "quarta, 10 de março de 2027".
pub fn date_short_with_weekday(locale: Locale, date: NaiveDate) -> String {
    let Some(text) = formatted!(locale, date, YMDE, YMDE::medium()) else {
        return date_long(locale, date);
    };
    let digits_only =
        formatted!(locale, date, YMD, YMD::medium()).filter(|medium| !medium.chars().any(char::is_alphabetic));
    match digits_only {
        Some(medium) if text.contains(&medium) => text.replacen(&medium, &date_long(locale, date), 1),
        _ => text,
    }
}

/// A time of day as the locale writes it: "14:30" in most of Europe, "2:30 μ.μ." in Greek.
pub fn time(locale: Locale, time: NaiveTime) -> String {
    let fallback = || time.format("%H:%M").to_string();
    let Ok(formatter) = NoCalendarFormatter::try_new(icu_locale(locale).into(), T::hm()) else {
        return fallback();
    };
    match Time::try_new(time.hour() as u8, time.minute() as u8, 0, 0) {
        Ok(t) => formatter.format(&t).to_string(),
        Err(_) => fallback(),
    }
}

/// A weekday's name: "lundi", "Montag", "Monday".
pub fn weekday_name(locale: Locale, weekday: Weekday) -> String {
    use icu_calendar::types::Weekday as W;
    let day = match weekday {
        Weekday::Mon => W::Monday,
        Weekday::Tue => W::Tuesday,
        Weekday::Wed => W::Wednesday,
        Weekday::Thu => W::Thursday,
        Weekday::Fri => W::Friday,
        Weekday::Sat => W::Saturday,
        Weekday::Sun => W::Sunday,
    };
    FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(icu_locale(locale).into(), E::long())
        .map(|formatter| formatter.format(&day).to_string())
        .unwrap_or_else(|_| weekday.to_string())
}

/// A weekday's abbreviated name, for a table's column: "Thu", "jeu.", "Do.".
pub fn weekday_short_name(locale: Locale, weekday: Weekday) -> String {
    use icu_calendar::types::Weekday as W;
    let day = match weekday {
        Weekday::Mon => W::Monday,
        Weekday::Tue => W::Tuesday,
        Weekday::Wed => W::Wednesday,
        Weekday::Thu => W::Thursday,
        Weekday::Fri => W::Friday,
        Weekday::Sat => W::Saturday,
        Weekday::Sun => W::Sunday,
    };
    FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(icu_locale(locale).into(), E::medium())
        .map(|formatter| formatter.format(&day).to_string())
        .unwrap_or_else(|_| weekday.to_string())
}

/// A month's name standing alone: "septembre", "September", "Σεπτέμβριος" (a month whose
/// year is not known).
pub fn month_name(locale: Locale, month: u32) -> String {
    let date = NaiveDate::from_ymd_opt(2000, month.clamp(1, 12), 1).and_then(gregorian);
    FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(icu_locale(locale).into(), M::long())
        .ok()
        .zip(date)
        .map(|(formatter, d)| formatter.format(&d).to_string())
        .unwrap_or_else(|| format!("{month:02}"))
}

/// A month and its year as a calendar's title: "décembre 2026", "Dezember 2026",
/// "Δεκέμβριος 2026" (the month standing alone: Greek and Polish name it differently
/// inside a date, "5 Δεκεμβρίου").
pub fn month_and_year(locale: Locale, year: i32, month: u32) -> String {
    let date = NaiveDate::from_ymd_opt(year, month.clamp(1, 12), 1).and_then(gregorian);
    FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(icu_locale(locale).into(), YM::long())
        .ok()
        .zip(date)
        .map(|(formatter, d)| formatter.format(&d).to_string())
        .unwrap_or_else(|| format!("{year}-{month:02}"))
}

/// A month and year in short: "Mar 2027", "mars 2027", "März 2027" (a period in a table).
pub fn month_and_year_short(locale: Locale, year: i32, month: u32) -> String {
    let date = NaiveDate::from_ymd_opt(year, month.clamp(1, 12), 1).and_then(gregorian);
    FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(icu_locale(locale).into(), YM::medium())
        .ok()
        .zip(date)
        .map(|(formatter, d)| formatter.format(&d).to_string())
        .unwrap_or_else(|| format!("{year}-{month:02}"))
}

fn fixed(value: &rust_decimal::Decimal) -> fixed_decimal::Decimal {
    value.to_string().parse().unwrap_or_default()
}

fn decimal_text(locale: Locale, mut value: fixed_decimal::Decimal) -> String {
    match DecimalFormatter::try_new(icu_locale(locale).into(), Default::default()) {
        Ok(formatter) => formatter.format(&value).to_string(),
        Err(_) => {
            value.absolute.trim_end();
            value.to_string()
        }
    }
}

/// A number with the locale's grouping and decimal separators, every digit kept:
/// "12 500,5" in French, "12.500,5" in German, "12,500.5" in English.
pub fn number(locale: Locale, value: &rust_decimal::Decimal) -> String {
    decimal_text(locale, fixed(&value.normalize()))
}

/// A number with the locale's separators and exactly the digits it has, trailing zeros
/// included: "33,0" stays "33,0" (a share with one decimal).
pub fn number_as_written(locale: Locale, value: &rust_decimal::Decimal) -> String {
    decimal_text(locale, fixed(value))
}

/// A sum of euros with two decimals, in the locale's currency pattern:
/// "12 500,10 €" (fr), "12.500,10 €" (de), "€12,500.10" (en), "€ 12.500,10" (nl).
/// Amounts with more than two decimals are rounded half away from zero (as the plan's
/// screens round), and an amount that rounds to zero has no minus sign.
pub fn money(locale: Locale, value: &rust_decimal::Decimal) -> String {
    let mut rounded = value.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    if rounded.is_zero() {
        rounded = rust_decimal::Decimal::ZERO;
    }
    let mut amount = fixed(&rounded);
    amount.absolute.pad_end(-2);
    let digits = decimal_text(locale, amount);
    const NBSP: char = '\u{a0}';
    match locale {
        Locale::En => match digits.strip_prefix('-') {
            Some(positive) => format!("-€{positive}"),
            None => format!("€{digits}"),
        },
        Locale::Nl => format!("€{NBSP}{digits}"),
        _ => format!("{digits}{NBSP}€"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_a_time_and_money_in_french() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
        assert_eq!(date_long(Locale::Fr, d), "5 décembre 2026");
        assert_eq!(time(Locale::Fr, NaiveTime::from_hms_opt(14, 30, 0).unwrap()), "14:30");
        assert_eq!(money(Locale::Fr, &"12500.1".parse().unwrap()), "12\u{202f}500,10\u{a0}€");
    }

    #[test]
    fn a_short_date_with_its_weekday_names_the_month_in_every_language() {
        let d = NaiveDate::from_ymd_opt(2027, 3, 10).unwrap();
        let short = |l| date_short_with_weekday(l, d);
        assert_eq!(short(Locale::Fr), "mer. 10 mars 2027");
        assert_eq!(short(Locale::De), "Mi., 10. März 2027", "German's medium date is digits: its long one instead");
        assert_eq!(short(Locale::Pt), "quarta, 10 de março de 2027");
        assert_eq!(short(Locale::Es), "mié, 10 mar 2027");
        for locale in Locale::ALL {
            assert!(short(locale).chars().filter(|c| c.is_alphabetic()).count() >= 4, "{locale}: {}", short(locale));
        }
    }
}
