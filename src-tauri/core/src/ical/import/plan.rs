//! Turning the events read into the meetings to save: one per event, or one per
//! occurrence of a recurring series within the network's dates, overrides applied.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Days, NaiveDate, TimeZone, Utc};

use super::super::reader::Component;
use super::super::recurrence::{self, occurrence_key, Series, Start};
use crate::error::Result;
use crate::i18n::{self, Message};
use crate::meeting::{MeetingInput, MeetingMode, ScheduleInput};

use super::event::{read_event, Event, TimeReader, When};
use super::{bad, shown, Context, IcsImportReport, Skips, OPEN_SERIES_YEARS};

/// A meeting to create or update, with the line of its VEVENT for messages.
#[derive(Debug)]
pub(super) struct Planned {
    pub(super) line: usize,
    pub(super) uid: String,
    pub(super) sequence: i64,
    pub(super) input: MeetingInput,
    /// For the master of a recurring event: the UID prefix of its occurrences, to cancel
    /// those no longer in the series.
    pub(super) series_prefix: Option<String>,
}

pub(super) fn plan_meetings(
    calendars: &[Component],
    context: &Context,
    report: &mut IcsImportReport,
    skips: &mut Skips,
) -> Result<Vec<Planned>> {
    let mut events: Vec<Event> = Vec::with_capacity(calendars.iter().map(|c| c.children.len()).sum());
    let mut skipped: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for calendar in calendars {
        let method_cancel = calendar.property("METHOD").is_some_and(|m| m.value.trim().eq_ignore_ascii_case("CANCEL"));
        let mut vevents = Vec::with_capacity(calendar.children.len());
        for child in &calendar.children {
            match &*child.name {
                "VEVENT" => vevents.push(child),
                "VTIMEZONE" => {}
                other => {
                    let entry = skipped.entry(other.to_string()).or_insert((child.begin_line, 0));
                    entry.1 += 1;
                }
            }
        }
        for (child, (read, mut warnings)) in vevents.iter().zip(read_events(calendar, &vevents, method_cancel, context))
        {
            match read {
                Ok(event) => {
                    events.push(event);
                    report.warnings.append(&mut warnings);
                }
                Err(e) => {
                    let said = |name: &str| child.property(name).map(|p| p.text().trim().to_string());
                    let (uid, title) = (said("UID").unwrap_or_default(), said("SUMMARY").unwrap_or_default());
                    skips.skip(child.begin_line, &uid, &title, e)?;
                }
            }
        }
    }
    for (name, (line, count)) in skipped {
        let what = match name.as_str() {
            "VTODO" => "ical-component-task",
            "VJOURNAL" => "ical-component-journal",
            "VFREEBUSY" => "ical-component-free-busy",
            _ => "ical-component-other",
        };
        report.warnings.push(
            Message::new("ical-warning-component-skipped")
                .arg("line", line.to_string())
                .arg("count", count)
                .arg("name", name.as_str())
                .arg("what", Message::new(what))
                .render(i18n::current()),
        );
    }
    for e in events.iter().filter(|e| e.uid_made_up && e.recurrence_id.is_none()) {
        report.warnings.push(
            Message::new("ical-warning-uid-made-up")
                .arg("line", e.line.to_string())
                .arg("title", shown(&e.title))
                .arg("uid", &e.uid)
                .render(i18n::current()),
        );
    }

    let mut masters: Vec<Event> = Vec::with_capacity(events.len());
    let mut master_index: HashMap<String, usize> = HashMap::with_capacity(events.len());
    let mut overrides: BTreeMap<String, Vec<Event>> = BTreeMap::new();
    for e in events {
        if e.recurrence_id.is_some() {
            overrides.entry(e.uid.clone()).or_default().push(e);
        } else if let Some(&i) = master_index.get(&e.uid) {
            let kept = if e.sequence > masters[i].sequence { e.clone() } else { masters[i].clone() };
            report.warnings.push(
                Message::new("ical-warning-uid-twice")
                    .arg("line", e.line.to_string())
                    .arg("uid", &e.uid)
                    .arg("first", masters[i].line.to_string())
                    .arg("second", e.line.to_string())
                    .render(i18n::current()),
            );
            masters[i] = kept;
        } else {
            master_index.insert(e.uid.clone(), masters.len());
            masters.push(e);
        }
    }

    let mut planned = Vec::with_capacity(masters.len());
    for mut master in masters {
        let own_overrides = overrides.remove(&master.uid).unwrap_or_default();
        if master.rules.is_empty() && master.rdates.is_empty() {
            for o in &own_overrides {
                report.warnings.push(
                    Message::new("ical-warning-lone-override")
                        .arg("line", o.line.to_string())
                        .arg("uid", &master.uid)
                        .render(i18n::current()),
                );
            }
            let uid = std::mem::take(&mut master.uid);
            planned.push(plan(master, uid, context, &mut report.warnings));
            continue;
        }
        match expand(&master, own_overrides, context, report) {
            Ok(occurrences) => planned.extend(occurrences),
            Err(e) => {
                let title = if master.titled { master.title.as_str() } else { "" };
                skips.skip(master.rule_line, &master.uid, title, e)?
            }
        }
    }
    for (uid, lone) in overrides {
        for o in lone {
            let key = occurrence_key(&o.recurrence_id.unwrap_or(o.when.start()), false);
            planned.push(plan(o, format!("{uid}/{key}"), context, &mut report.warnings));
        }
    }
    Ok(planned)
}

/// The span a series is expanded over: the network's dates, else bounds from the series.
pub(super) fn series_bounds(master: &Event, context: &Context) -> (NaiveDate, NaiveDate) {
    let first = master.when.start().date();
    let from = context.network_dates.0.unwrap_or(first);
    let to = context.network_dates.1.unwrap_or_else(|| {
        let base = context.network_dates.0.map_or(first, |s| s.max(first));
        base.checked_add_months(chrono::Months::new(12 * OPEN_SERIES_YEARS)).unwrap_or(base)
    });
    (from, to)
}

pub(super) fn expand(
    master: &Event,
    own_overrides: Vec<Event>,
    context: &Context,
    report: &mut IcsImportReport,
) -> Result<Vec<Planned>> {
    let (from, to) = series_bounds(master, context);
    let series =
        Series { start: master.when.start(), rules: &master.rules, rdates: &master.rdates, exdates: &master.exdates };
    let rule_line = master.rule_line;
    let starts = recurrence::occurrences(&series, from, to).map_err(|e| {
        bad(rule_line, Message::new("error-ical-series").arg("title", shown(&master.title)).arg("reason", e))
    })?;
    let mut per_day: HashMap<NaiveDate, usize> = HashMap::new();
    for s in &starts {
        *per_day.entry(s.date()).or_default() += 1;
    }
    let twice = per_day.values().any(|n| *n > 1);
    let key_of = |s: &Start| occurrence_key(s, twice);
    let mut by_key: BTreeMap<String, Event> = BTreeMap::new();
    for s in &starts {
        let mut occurrence = master.clone();
        occurrence.when = master.when.moved_to(*s);
        by_key.insert(key_of(s), occurrence);
    }
    for o in own_overrides {
        let key = key_of(&o.recurrence_id.unwrap_or(o.when.start()));
        if by_key.contains_key(&key) || (from..=to).contains(&o.when.start().date()) {
            by_key.insert(key, o);
        }
    }
    if by_key.is_empty() {
        report.warnings.push(
            Message::new("ical-warning-no-occurrence")
                .arg("line", master.line.to_string())
                .arg("title", shown(&master.title))
                .arg("from", from.to_string())
                .arg("to", to.to_string())
                .render(i18n::current()),
        );
        return Ok(Vec::new());
    }
    let open = match context.network_dates {
        (Some(_), Some(_)) => "none",
        (None, _) => "no-start",
        (Some(_), None) => "no-end",
    };
    report.warnings.push(
        Message::new("ical-warning-series-expanded")
            .arg("line", master.line.to_string())
            .arg("title", shown(&master.title))
            .arg("count", by_key.len())
            .arg("from", from.to_string())
            .arg("to", to.to_string())
            .arg("open", open)
            .arg("years", OPEN_SERIES_YEARS.to_string())
            .render(i18n::current()),
    );
    let mut planned: Vec<Planned> = by_key
        .into_iter()
        .map(|(key, e)| {
            let mut p = plan(e, format!("{}/{key}", master.uid), context, &mut report.warnings);
            p.series_prefix = None;
            p
        })
        .collect();
    if let Some(first) = planned.first_mut() {
        first.series_prefix = Some(format!("{}/", master.uid));
    }
    Ok(planned)
}

/// The meeting `e` becomes under `uid`; its texts are moved, not copied.
pub(super) fn plan(e: Event, uid: String, context: &Context, warnings: &mut Vec<String>) -> Planned {
    let schedule = match &e.when {
        When::AllDay { first, days } => {
            ScheduleInput::AllDay { first: *first, last: *first + Days::new(days.saturating_sub(1)) }
        }
        When::Timed { start, length, store_zone } => {
            let zone = store_zone
                .or_else(|| e.host.and_then(|h| context.zones_by_partner.get(&h).copied()))
                .or_else(|| context.lead.as_ref().map(|(_, z)| *z))
                .unwrap_or(chrono_tz::UTC);
            let start_utc = start.with_timezone(&Utc);
            let end_utc: DateTime<Utc> = start_utc + *length;
            for (edge, instant) in [("start", start_utc), ("end", end_utc)] {
                let local = instant.with_timezone(&zone).naive_local();
                if let chrono::LocalResult::Ambiguous(first, _) = zone.from_local_datetime(&local) {
                    if first.with_timezone(&Utc) != instant {
                        warnings.push(
                            Message::new("ical-warning-repeated-hour")
                                .arg("line", e.line.to_string())
                                .arg("title", shown(&e.title))
                                .arg("edge", edge)
                                .arg("time", local.format("%Y-%m-%d %H:%M").to_string())
                                .arg("zone", zone.name())
                                .render(i18n::current()),
                        );
                    }
                }
            }
            ScheduleInput::Timed {
                start_local: start_utc.with_timezone(&zone).naive_local(),
                end_local: end_utc.with_timezone(&zone).naive_local(),
                time_zone: zone.name().to_string(),
            }
        }
    };
    let mode = match (e.online, e.venue.is_empty()) {
        (false, _) => MeetingMode::InPerson,
        (true, true) => MeetingMode::Online,
        (true, false) => MeetingMode::Hybrid,
    };
    let kind = context
        .existing_kinds
        .get(&uid)
        .copied()
        .or(e.kind)
        .unwrap_or_else(|| crate::urbact::events::kind_of(&e.title));
    Planned {
        line: e.line,
        uid,
        sequence: e.sequence,
        input: MeetingInput {
            kind,
            title: e.title,
            host_partner_id: e.host,
            venue: e.venue,
            mode,
            online_url: e.online_url,
            status: e.status,
            description: e.description,
            schedule,
        },
        series_prefix: None,
    }
}

/// How many events a calendar must have for [`read_events`] to read them on two threads
/// (2,000 events take about 4 ms to read; below that a second thread saves too little).
const TWO_THREADS_FROM: usize = 2_000;

/// Each of `vevents` read ([`read_event`]), with the warnings it gave, in the file's order.
///
/// A large calendar is read in two halves at once, the second on a thread of its own with
/// its own [`TimeReader`]. What a reader says once per file (a TZID matched by its
/// offsets or read by its own rules) the second half may then say again: such a warning
/// is dropped from the second half when the first half gave one for that TZID, so the
/// warnings are those, and in the order, one reader gives.
fn read_events(
    calendar: &Component,
    vevents: &[&Component],
    method_cancel: bool,
    context: &Context,
) -> Vec<(Result<Event>, Vec<String>)> {
    let read_all = |part: &[&Component], reader: &TimeReader| -> Vec<(Result<Event>, Vec<String>)> {
        part.iter()
            .map(|child| {
                let mut warnings = Vec::new();
                (read_event(child, method_cancel, reader, context, &mut warnings), warnings)
            })
            .collect()
    };
    let reader = TimeReader::of(calendar, context);
    if vevents.len() < TWO_THREADS_FROM {
        return read_all(vevents, &reader);
    }
    let (first, second) = vevents.split_at(vevents.len() / 2);
    std::thread::scope(|scope| {
        let other = std::thread::Builder::new().spawn_scoped(scope, || {
            let reader = TimeReader::of(calendar, context);
            let read = read_all(second, &reader);
            (read, reader.reported.into_inner())
        });
        let Ok(other) = other else {
            return read_all(vevents, &reader);
        };
        let mut read = read_all(first, &reader);
        let (mut read_second, reported_second) = other.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        let reported_first = reader.reported.into_inner();
        let said_twice: HashSet<&String> = reported_second
            .iter()
            .filter(|(tzid, _)| reported_first.contains_key(*tzid))
            .map(|(_, warning)| warning)
            .collect();
        if !said_twice.is_empty() {
            for (_, warnings) in &mut read_second {
                warnings.retain(|w| !said_twice.contains(w));
            }
        }
        read.append(&mut read_second);
        read
    })
}
