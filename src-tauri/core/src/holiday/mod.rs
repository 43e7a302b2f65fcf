//! Public holidays and partners' days off: which days a partner city does not work.
//!
//! Convene carries the public holidays of the 38 countries its networks come from (the EU
//! and EEA countries, Switzerland, the United Kingdom and the Western Balkans, Kosovo
//! included) from 1990, or from the first year python-holidays covers, to 2100. The dates
//! are python-holidays' own, written into `holidays.txt` by `scripts/generate-holidays.py`
//! at development time (`table.rs`); Convene computes no holiday itself, so an Easter Monday
//! or a substitute day is right exactly when python-holidays is (the interop test
//! `holidays_interop` compares every country and year with python-holidays itself).
//! Only python-holidays' `public` category is taken.
//!
//! Names: a holiday is named in the process's language ([`crate::i18n::current`]: the CLI's
//! `--lang`, the window's choice) where python-holidays translates that country's holidays
//! into it (its `supported_languages`: a country's own languages, and a few more, such as
//! German and French for Belgium, Luxembourg, Switzerland or Poland), and in python-holidays'
//! English otherwise: a French reader sees "Jour de l'An" for France and Belgium, and "New
//! Year's Day" for Latvia. The translations are python-holidays' too, written into
//! `holiday_names.txt` by the same script, keyed by the country's English names.
//!
//! A partner counts:
//! - its country's national holidays ([`DayOffSource::National`]);
//! - when it names its region (an ISO 3166-2 code such as `ES-CN` or `DE-BY`, checked
//!   against the regions the table knows by [`check_region`]), that region's holidays
//!   ([`DayOffSource::Regional`]), without the national days the region does not keep;
//! - the days off its coordinator recorded for it, a patron saint's day or a local
//!   election ([`days_off`], [`DayOffSource::Local`]).
//!
//! [`partner_days_off`] gives all three for every partner of a network over a range of
//! days; the slot finder, the warnings and the month calendar use it. A partner whose
//! country the table does not know, or a year the source does not cover, simply has no
//! public holidays there: nothing is guessed.

pub mod days_off;
mod table;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::country;
use crate::error::{Error, Result};
use crate::i18n::{self, Locale, Message};
use crate::labels::text_enum;
use crate::network::get_network;
use crate::store::Db;

pub use days_off::{add_day_off, delete_day_off, get_day_off, list_days_off, DayOff, DayOffInput};

/// A public holiday of a country or region.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Holiday {
    pub date: NaiveDate,
    /// The name in the process's language where python-holidays has it, else its English
    /// ("Easter Monday", "Christmas Day (observed)"); see the module docs.
    pub name: String,
    /// The region code (`ES-CN`) for a regional holiday; `None` for a national one.
    pub region: Option<String>,
    /// python-holidays gives the date as estimated (a feast whose date depends on the moon
    /// being seen); the real day may differ by one.
    pub estimated: bool,
}

text_enum! {
    /// Why a partner does not work on a day.
    pub enum DayOffSource {
        National = "national" / "Public holiday",
        Regional = "regional" / "Regional holiday",
        Local = "local" / "Local day off",
    }
}

/// A day a partner of a network does not work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PartnerDayOff {
    pub partner_id: i64,
    pub date: NaiveDate,
    pub name: String,
    pub source: DayOffSource,
}

/// A region the table knows holidays for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct HolidayRegion {
    /// ISO 3166-2 code, `ES-CN`.
    pub code: String,
    /// Its name as python-holidays gives it, in the region's language ("Canarias"); may be empty.
    pub name: String,
}

/// A country the table covers: which years and which regions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct HolidayCountry {
    /// ISO 3166-1 alpha-2 code.
    pub code: String,
    /// CLDR's name of the country in the process's language ("Lettonie").
    pub name: String,
    pub first_year: i32,
    pub last_year: i32,
    pub regions: Vec<HolidayRegion>,
}

/// The python-holidays version the table was generated from.
pub fn source_version() -> &'static str {
    table::source_version()
}

/// Every country the table covers, by code.
pub fn holiday_countries() -> Vec<HolidayCountry> {
    table::countries().keys().filter_map(|code| holiday_country(code)).collect()
}

/// The country with this code (any case), when the table covers it.
pub fn holiday_country(code: &str) -> Option<HolidayCountry> {
    let code = code.trim().to_ascii_uppercase();
    let t = table::countries().get(&code)?;
    Some(HolidayCountry {
        name: country::display_name(&code, i18n::current()),
        first_year: t.first_year,
        last_year: t.last_year,
        regions: t.regions.iter().map(|(code, r)| HolidayRegion { code: code.clone(), name: r.name.clone() }).collect(),
        code,
    })
}

fn covered_codes() -> String {
    table::countries().keys().cloned().collect::<Vec<_>>().join(", ")
}

/// The table's part for `country` (a code in any case), or an error on `field` naming the
/// countries it covers.
fn country_table(field: &str, country: &str) -> Result<(&'static str, &'static table::CountryTable)> {
    let code = country.trim().to_ascii_uppercase();
    table::countries().get_key_value(&code).map(|(k, t)| (k.as_str(), t)).ok_or_else(|| {
        Error::invalid(
            field,
            Message::new("error-holidays-unknown-country").arg("country", country.trim()).arg("codes", covered_codes()),
        )
    })
}

/// Checks a partner's region against the regions the table knows for `country` and gives
/// it in its stored form: `ES-CN` (`es-cn` and `CN` are accepted too), or empty when
/// `region` is empty. Fails on the field `region` with the form expected and an example.
pub fn check_region(country: &str, region: &str) -> Result<String> {
    let region = region.trim();
    if region.is_empty() {
        return Ok(String::new());
    }
    let code = country.trim().to_ascii_uppercase();
    let Some(t) = table::countries().get(&code) else {
        let with: Vec<&str> =
            table::countries().iter().filter(|(_, t)| !t.regions.is_empty()).map(|(c, _)| c.as_str()).collect();
        let unknown = Message::new("error-holidays-no-regions-of").arg("country", &code).arg("codes", with.join(", "));
        return Err(Error::invalid("region", unknown));
    };
    let upper = region.to_ascii_uppercase();
    let full = if upper.contains('-') { upper } else { format!("{code}-{upper}") };
    if t.regions.contains_key(&full) {
        return Ok(full);
    }
    let known: Vec<&str> = t.regions.keys().map(String::as_str).collect();
    let reason = if known.is_empty() {
        Message::new("error-holidays-no-regional").arg("country", &code)
    } else {
        Message::new("error-holidays-unknown-region")
            .arg("region", region)
            .arg("country", &code)
            .arg("example", known[0])
            .arg("codes", known.join(", "))
    };
    Err(Error::invalid("region", reason))
}

/// The public holidays of `country` (an ISO 3166-1 code, any case), and of `region` when
/// given (see [`check_region`]), from `from` to `to` inclusive, by date. Days in years the
/// source does not cover are simply absent ([`holiday_country`] says which years it covers).
pub fn country_holidays(country: &str, region: Option<&str>, from: NaiveDate, to: NaiveDate) -> Result<Vec<Holiday>> {
    country_holidays_in(i18n::current(), country, region, from, to)
}

/// [`country_holidays`] with the names in `locale` rather than the process's language.
pub fn country_holidays_in(
    locale: Locale,
    country: &str,
    region: Option<&str>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Holiday>> {
    let (code, t) = country_table("country", country)?;
    if to < from {
        let before = Message::new("error-end-before-start").arg("end", to.to_string()).arg("start", from.to_string());
        return Err(Error::invalid("to", before));
    }
    let region = match region.map(str::trim).filter(|r| !r.is_empty()) {
        Some(r) => Some(check_region(code, r)?),
        None => None,
    };
    Ok(holidays_in(t, region.as_deref(), from, to, locale))
}

/// What [`country_holidays`] gives, for a country and region already checked; a region
/// the table does not know (any more) counts as none.
fn holidays_in(
    t: &table::CountryTable,
    region: Option<&str>,
    from: NaiveDate,
    to: NaiveDate,
    locale: Locale,
) -> Vec<Holiday> {
    fn within(entries: &[table::Entry], from: NaiveDate, to: NaiveDate) -> &[table::Entry] {
        let start = entries.partition_point(|e| e.date < from);
        let end = entries.partition_point(|e| e.date <= to);
        &entries[start..end]
    }
    let holiday = |e: &table::Entry, region: Option<&str>| Holiday {
        date: e.date,
        name: t.name_in(e.name, locale).to_string(),
        region: region.map(str::to_string),
        estimated: e.estimated,
    };
    let regional = region.and_then(|r| t.regions.get_key_value(r));
    let mut out: Vec<Holiday> = within(&t.national, from, to)
        .iter()
        .filter(|e| regional.is_none_or(|(_, r)| !r.dropped.iter().any(|d| d.date == e.date && d.name == e.name)))
        .map(|e| holiday(e, None))
        .collect();
    if let Some((code, r)) = regional {
        out.extend(within(&r.added, from, to).iter().map(|e| holiday(e, Some(code))));
    }
    out.sort_by(|a, b| (a.date, &a.name).cmp(&(b.date, &b.name)));
    out
}

/// Every day from `from` to `to` (inclusive) on which a partner of the network does not
/// work: its country's public holidays, its region's, and the days off recorded for it
/// (see the module docs), ordered by date, then partner, then name. A partner whose country
/// the table does not cover gets only its recorded days off.
pub fn partner_days_off(db: &Db, network_id: i64, from: NaiveDate, to: NaiveDate) -> Result<Vec<PartnerDayOff>> {
    Ok(named_partner_days_off(db, network_id, from, to)?
        .into_iter()
        .map(|d| PartnerDayOff { partner_id: d.partner_id, date: d.date, name: d.name, source: d.source })
        .collect())
}

/// A [`PartnerDayOff`] with what a person reads beside it: the partner's name, country and
/// region, and whether python-holidays gives the date as estimated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NamedDayOff {
    pub partner_id: i64,
    pub partner_name: String,
    pub country: String,
    /// The partner's region (`ES-CN`), empty when none.
    pub region: String,
    pub date: NaiveDate,
    pub name: String,
    pub source: DayOffSource,
    pub estimated: bool,
}

/// [`partner_days_off`] with each partner's name, country and region, in the same order;
/// what `convene holidays NETWORK` and the month calendar show.
pub fn named_partner_days_off(db: &Db, network_id: i64, from: NaiveDate, to: NaiveDate) -> Result<Vec<NamedDayOff>> {
    get_network(db, network_id)?;
    if to < from {
        let before = Message::new("error-end-before-start").arg("end", to.to_string()).arg("start", from.to_string());
        return Err(Error::invalid("to", before));
    }
    let mut stmt = db.conn().prepare_cached("SELECT id, name, country, region FROM partners WHERE network_id = ?1")?;
    let partners: Vec<(i64, String, String, String)> = stmt
        .query_map([network_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let named = |(id, partner_name, country, region): &(i64, String, String, String), date, name, source, estimated| {
        NamedDayOff {
            partner_id: *id,
            partner_name: partner_name.clone(),
            country: country.clone(),
            region: region.clone(),
            date,
            name,
            source,
            estimated,
        }
    };
    let mut out = Vec::new();
    for partner in &partners {
        let Some(t) = table::countries().get(&partner.2) else { continue };
        let region = Some(partner.3.as_str()).filter(|r| !r.is_empty());
        for h in holidays_in(t, region, from, to, i18n::current()) {
            let source = if h.region.is_some() { DayOffSource::Regional } else { DayOffSource::National };
            out.push(named(partner, h.date, h.name, source, h.estimated));
        }
    }
    for d in days_off::days_off_between(db, network_id, from, to)? {
        if let Some(partner) = partners.iter().find(|p| p.0 == d.partner_id) {
            out.push(named(partner, d.date, d.name, DayOffSource::Local, false));
        }
    }
    out.sort_by(|a, b| (a.date, a.partner_id, &a.name).cmp(&(b.date, b.partner_id, &b.name)));
    Ok(out)
}

/// The years `country_holidays` can answer for a country, or an error naming the
/// countries covered. For a caller that wants to say "not covered" rather than show nothing.
pub fn covered_years(country: &str) -> Result<std::ops::RangeInclusive<i32>> {
    let (_, t) = country_table("country", country)?;
    Ok(t.first_year..=t.last_year)
}

/// Whether `date` falls in a year the table covers for `country`.
pub fn covers(country: &str, date: NaiveDate) -> bool {
    covered_years(country).is_ok_and(|years| years.contains(&date.year()))
}
