//! The generated table of public holidays (`holidays.txt`), read once into memory.
//!
//! `holidays.txt` is written by `scripts/generate-holidays.py` from python-holidays and
//! compiled into the binary with `include_str!`; its format is described in that script.
//! It is parsed on first use (a few milliseconds) into one list of dated entries per
//! scope: a country (`ES`) or one of its regions (`ES-CN`). A region's scope holds only what
//! differs from its country: days it adds, and national days it does not keep.
//!
//! Size (python-holidays 0.109): 52,566 national and 48,171 regional dated holidays in
//! 254,522 bytes of text (31 KB as git stores it, zlib), about 2.5 bytes a date: a day that
//! repeats every year is one token for its whole run of years, a moving feast 5 bytes a
//! year. Compressing it in the binary would save some 220 KB at the cost of a
//! decompression dependency; not worth it. Parsed once, on first use.
//!
//! `holiday_names.txt` (14 KB), written by the same script, adds each country's names in
//! Convene's other languages where python-holidays has them, keyed by the number of the
//! English name; it is read into [`CountryTable::translated`] on the same first use.
//!
//! Invariant: the text is part of the build, so a malformed line is a bug of the generator;
//! the unit test below parses the whole table, which is how such a bug is caught.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::i18n::Locale;

const TEXT: &str = include_str!("holidays.txt");
/// The names in Convene's other languages, where python-holidays has them (format in the
/// generator: `C <code>` then `<lang> <n> <name>` lines).
const NAMES_TEXT: &str = include_str!("holiday_names.txt");

/// One dated holiday of a scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entry {
    pub date: NaiveDate,
    /// Index into the country's names.
    pub name: u16,
    pub estimated: bool,
}

/// A country's part of the table.
#[derive(Debug, Default)]
pub(crate) struct CountryTable {
    pub first_year: i32,
    pub last_year: i32,
    /// English names, as python-holidays gives them.
    pub names: Vec<String>,
    /// (language code, name number) -> the name in that language, where it differs.
    pub translated: HashMap<(Locale, u16), String>,
    /// National holidays, sorted by date.
    pub national: Vec<Entry>,
    /// Region code (`ES-CN`) -> its part.
    pub regions: BTreeMap<String, RegionTable>,
}

impl CountryTable {
    /// Name `n` in `locale`, or in English where python-holidays has no such name.
    pub fn name_in(&self, n: u16, locale: Locale) -> &str {
        self.translated.get(&(locale, n)).unwrap_or(&self.names[usize::from(n)])
    }
}

/// What a region changes in its country's list.
#[derive(Debug, Default)]
pub(crate) struct RegionTable {
    /// The region's name as python-holidays gives it ("Canarias"); may be empty.
    pub name: String,
    /// Days the region adds, sorted by date.
    pub added: Vec<Entry>,
    /// National days the region does not keep, sorted by date.
    pub dropped: Vec<Entry>,
}

/// The python-holidays version the table was generated from (from the header comment).
pub(crate) fn source_version() -> &'static str {
    TEXT.lines()
        .next()
        .and_then(|l| l.split("python-holidays ").nth(1))
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or("unknown")
}

/// Every country of the table, by alpha-2 code.
pub(crate) fn countries() -> &'static BTreeMap<String, CountryTable> {
    static TABLE: OnceLock<BTreeMap<String, CountryTable>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = parse(TEXT).unwrap_or_else(|e| panic!("holidays.txt is malformed: {e}"));
        parse_names(NAMES_TEXT, &mut table).unwrap_or_else(|e| panic!("holiday_names.txt is malformed: {e}"));
        table
    })
}

/// Reads `holiday_names.txt` into the countries' `translated` names.
fn parse_names(text: &str, countries: &mut BTreeMap<String, CountryTable>) -> Result<(), String> {
    let mut current: Option<&mut CountryTable> = None;
    for (number, line) in text.lines().enumerate() {
        let at = |what: &str| format!("line {}: {what}: {line}", number + 1);
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        if let Some(code) = line.strip_prefix("C ") {
            current = Some(countries.get_mut(code).ok_or_else(|| at("a country holidays.txt does not have"))?);
            continue;
        }
        let table = current.as_deref_mut().ok_or_else(|| at("before any country"))?;
        let mut parts = line.splitn(3, ' ');
        let locale = parts.next().and_then(Locale::from_code).ok_or_else(|| at("unknown language"))?;
        let n: u16 = parts.next().and_then(|n| n.parse().ok()).ok_or_else(|| at("bad name number"))?;
        let name = parts.next().filter(|n| !n.is_empty()).ok_or_else(|| at("no name"))?;
        if usize::from(n) >= table.names.len() {
            return Err(at("name number out of range"));
        }
        table.translated.insert((locale, n), name.to_string());
    }
    Ok(())
}

fn parse(text: &str) -> Result<BTreeMap<String, CountryTable>, String> {
    let mut countries = BTreeMap::new();
    let mut current: Option<(String, CountryTable)> = None;
    let mut scope: Option<String> = None;
    for (number, line) in text.lines().enumerate() {
        let at = |what: &str| format!("line {}: {what}: {line}", number + 1);
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        if let Some(rest) = line.strip_prefix("C ") {
            if let Some((code, table)) = current.take() {
                countries.insert(code, table);
            }
            let mut parts = rest.split(' ');
            let code = parts.next().ok_or_else(|| at("no country code"))?.to_string();
            let year = |p: Option<&str>| p.and_then(|y| y.parse().ok()).ok_or_else(|| at("bad year"));
            let first_year = year(parts.next())?;
            let last_year = year(parts.next())?;
            current = Some((code, CountryTable { first_year, last_year, ..CountryTable::default() }));
            scope = None;
            continue;
        }
        let (code, table) = current.as_mut().ok_or_else(|| at("before any country"))?;
        if let Some(name) = line.strip_prefix("N ") {
            table.names.push(name.to_string());
        } else if let Some(s) = line.strip_prefix("S ") {
            let (s, region_name) = s.split_once(' ').unwrap_or((s, ""));
            if s != code {
                table.regions.entry(s.to_string()).or_default().name = region_name.to_string();
            }
            scope = Some(s.to_string());
        } else {
            let scope = scope.as_deref().ok_or_else(|| at("dates before any scope"))?;
            let (removed, rest) = match line.strip_prefix('-') {
                Some(rest) => (true, rest),
                None => (false, line),
            };
            let mut parts = rest.split(' ');
            let name: u16 = parts.next().and_then(|n| n.parse().ok()).ok_or_else(|| at("bad name number"))?;
            if usize::from(name) >= table.names.len() {
                return Err(at("name number out of range"));
            }
            let target = if scope == code {
                if removed {
                    return Err(at("a removal in the national scope"));
                }
                &mut table.national
            } else {
                let region = table.regions.get_mut(scope).expect("scope registered");
                if removed {
                    &mut region.dropped
                } else {
                    &mut region.added
                }
            };
            for token in parts {
                read_token(token, name, target).map_err(|e| at(&e))?;
            }
        }
    }
    if let Some((code, table)) = current.take() {
        countries.insert(code, table);
    }
    for table in countries.values_mut() {
        table.national.sort_by_key(|e| e.date);
        for region in table.regions.values_mut() {
            region.added.sort_by_key(|e| e.date);
            region.dropped.sort_by_key(|e| e.date);
        }
    }
    Ok(countries)
}

/// Reads `Y1-Y2=MMDD`, `Y=MMDD` or `Y:MMDD,MMDD,...` (each MMDD maybe followed by `*`).
fn read_token(token: &str, name: u16, out: &mut Vec<Entry>) -> Result<(), String> {
    let day = |year: i32, text: &str| -> Result<Entry, String> {
        let (mmdd, estimated) = match text.strip_suffix('*') {
            Some(d) => (d, true),
            None => (text, false),
        };
        let bad = || format!("bad day {text} in {token}");
        if mmdd.len() != 4 {
            return Err(bad());
        }
        let month = mmdd[..2].parse().map_err(|_| bad())?;
        let dom = mmdd[2..].parse().map_err(|_| bad())?;
        let date = NaiveDate::from_ymd_opt(year, month, dom).ok_or_else(bad)?;
        Ok(Entry { date, name, estimated })
    };
    let year = |text: &str| text.parse::<i32>().map_err(|_| format!("bad year {text} in {token}"));
    if let Some((years, mmdd)) = token.split_once('=') {
        let (first, last) = match years.split_once('-') {
            Some((a, b)) => (year(a)?, year(b)?),
            None => (year(years)?, year(years)?),
        };
        for y in first..=last {
            out.push(day(y, mmdd)?);
        }
    } else if let Some((first, days)) = token.split_once(':') {
        let first = year(first)?;
        for (i, mmdd) in days.split(',').enumerate() {
            out.push(day(first + i as i32, mmdd)?);
        }
    } else {
        return Err(format!("unknown token {token}"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_whole_table_parses_and_covers_38_countries() {
        let table = parse(TEXT).unwrap();
        assert_eq!(table.len(), 38, "{:?}", table.keys().collect::<Vec<_>>());
        for (code, country) in &table {
            assert!(!country.national.is_empty(), "{code} has no national holidays");
            assert!(country.first_year >= 1990 && country.last_year == 2100, "{code}");
            let years = country.national.iter().map(|e| chrono::Datelike::year(&e.date));
            assert!(years.clone().all(|y| (country.first_year..=country.last_year).contains(&y)), "{code}");
        }
        assert_ne!(source_version(), "unknown");
    }

    #[test]
    fn the_names_table_parses_and_names_in_the_country_s_own_language() {
        let mut table = parse(TEXT).unwrap();
        parse_names(NAMES_TEXT, &mut table).unwrap();
        for (code, locale) in [("FR", Locale::Fr), ("DE", Locale::De), ("PL", Locale::Pl), ("RO", Locale::Ro)] {
            let t = &table[code];
            assert!(t.translated.keys().any(|(l, _)| *l == locale), "{code} has no names in {locale}");
        }
    }

    #[test]
    fn the_three_token_forms() {
        let mut out = Vec::new();
        read_token("2020-2022=0101", 0, &mut out).unwrap();
        read_token("2030=0210*", 1, &mut out).unwrap();
        read_token("2024:0401,0421", 2, &mut out).unwrap();
        let days: Vec<String> =
            out.iter().map(|e| format!("{}{}", e.date, if e.estimated { "*" } else { "" })).collect();
        assert_eq!(days, ["2020-01-01", "2021-01-01", "2022-01-01", "2030-02-10*", "2024-04-01", "2025-04-21"]);
        assert!(read_token("2021=0229", 0, &mut out).is_err());
        assert!(read_token("2021", 0, &mut out).is_err());
    }
}
