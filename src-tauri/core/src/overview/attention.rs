//! What needs someone's attention on the home screen: imported lines not placed, tentative
//! meetings starting soon, meetings in person without a host city, and the travel warnings
//! of coming meetings (same host twice, too close, on the host's holiday). Each kind lists at most
//! [`ATTENTION_MAX`] meetings and then one line counting the rest.
//!
//! Every line is one message of `locales/<code>/overview.ftl` (`overview-attention-*`) in
//! the language asked for, counts chosen by that language's plural rules, and a meeting's
//! days written out in it ([`days_text`]); a meeting not dated yet says what is known of
//! its date in the same language.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, Row};

use super::{AttentionItem, AttentionKind, ATTENTION_MAX, TENTATIVE_DAYS};
use crate::error::Result;
use crate::i18n::{format, translate, Locale};
use crate::meeting::schedule::schedule_from_row;
use crate::meeting::Schedule;
use crate::schedule_text::schedule_days;
use crate::scheduling::days_text::days_text;
use crate::scheduling::warnings::upcoming_warnings_in;
use crate::store::Db;
use crate::time_text::utc_text;

pub(super) fn import_warnings(db: &Db, locale: Locale) -> Result<Vec<AttentionItem>> {
    let mut stmt = db.conn().prepare_cached(
        "SELECT i.network_id, n.name, count(*) FROM import_notes i LEFT JOIN networks n ON n.id = i.network_id
         GROUP BY i.network_id ORDER BY n.name IS NULL, n.name COLLATE NOCASE",
    )?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, Option<i64>>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, i64>(2)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows
        .into_iter()
        .map(|(network_id, name, unplaced)| {
            let message = match name {
                Some(name) => translate(
                    locale,
                    "overview-attention-import-unplaced",
                    &[("network", name.into()), ("count", unplaced.into())],
                ),
                None => translate(locale, "overview-attention-import-no-network", &[("count", unplaced.into())]),
            };
            AttentionItem { kind: AttentionKind::ImportWarning, network_id, meeting_id: None, message }
        })
        .collect())
}

/// A meeting found by an attention query, with its date in the reader's language.
struct Flagged {
    id: i64,
    network_id: i64,
    network_name: String,
    title: String,
    when: When,
}

/// A flagged meeting's date: its days written out, or what is known of a date not set yet.
enum When {
    Days(String),
    NotDated(String),
}

impl Flagged {
    /// The line about it: `dated` when it has days, `undated` (with `$when`) when not.
    fn say(&self, locale: Locale, dated: &str, undated: &str) -> String {
        let (id, name, value) = match &self.when {
            When::Days(dates) => (dated, "dates", dates),
            When::NotDated(when) => (undated, "when", when),
        };
        translate(
            locale,
            id,
            &[("title", (&self.title).into()), ("network", (&self.network_name).into()), (name, value.into())],
        )
    }
}

/// "not dated yet (September 2027: "after the summer")" in `locale`, as
/// [`crate::schedule_text`] says it, in the words of `overview.ftl`.
fn not_dated_text(locale: Locale, year: Option<i32>, month: Option<u32>, wording: &str) -> String {
    let known = match (year, month) {
        (Some(y), Some(m)) => format::month_and_year(locale, y, m),
        (Some(y), None) => y.to_string(),
        (None, Some(m)) => {
            translate(locale, "overview-month-year-unknown", &[("month", format::month_name(locale, m).into())])
        }
        (None, None) => String::new(),
    };
    match (known.is_empty(), wording.is_empty()) {
        (true, true) => translate(locale, "overview-not-dated", &[]),
        (false, true) => translate(locale, "overview-not-dated-known", &[("known", known.into())]),
        (true, false) => translate(locale, "overview-not-dated-wording", &[("wording", wording.into())]),
        (false, false) => translate(
            locale,
            "overview-not-dated-known-wording",
            &[("known", known.into()), ("wording", wording.into())],
        ),
    }
}

const FLAGGED_COLUMNS: &str = "m.id, m.network_id, n.name AS network_name, m.title, m.schedule_kind, m.start_utc,
    m.end_utc, m.time_zone, m.first_date, m.last_date, m.undated_wording, m.undated_year, m.undated_month";

fn flagged(row: &Row<'_>, locale: Locale) -> rusqlite::Result<Flagged> {
    let schedule = schedule_from_row(row)?;
    let when = match &schedule {
        Schedule::AllDay { first, last } => When::Days(days_text(locale, *first, *last)),
        // A timed meeting is said by its first day on its own clock.
        Schedule::Timed { start_local, .. } => {
            let first = schedule_days(&schedule, None).map_or(start_local.date(), |(first, _)| first);
            When::Days(days_text(locale, first, first))
        }
        Schedule::Undated { year, month, wording } => {
            When::NotDated(not_dated_text(locale, *year, *month, wording.trim()))
        }
    };
    Ok(Flagged {
        id: row.get("id")?,
        network_id: row.get("network_id")?,
        network_name: row.get("network_name")?,
        title: row.get("title")?,
        when,
    })
}

/// Lists up to [`ATTENTION_MAX`] flagged meetings, then one line for the rest.
fn attention_list(
    found: Vec<Flagged>,
    total: i64,
    kind: AttentionKind,
    say: impl Fn(&Flagged) -> String,
    rest: impl Fn(i64) -> String,
) -> Vec<AttentionItem> {
    let shown = found.len() as i64;
    let mut list: Vec<AttentionItem> = found
        .iter()
        .map(|f| AttentionItem { kind, network_id: Some(f.network_id), meeting_id: Some(f.id), message: say(f) })
        .collect();
    if total > shown {
        list.push(AttentionItem { kind, network_id: None, meeting_id: None, message: rest(total - shown) });
    }
    list
}

pub(super) fn tentative_soon(db: &Db, now: DateTime<Utc>, locale: Locale) -> Result<Vec<AttentionItem>> {
    let today = format!("{}T00:00:00Z", now.date_naive());
    let until = utc_text(now + Duration::days(TENTATIVE_DAYS));
    let condition = "m.status = 'tentative' AND m.sort_start >= ?1 AND m.sort_start < ?3
        AND (m.schedule_kind = 'all_day' OR m.sort_start >= ?2)";
    let conn = db.conn();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {FLAGGED_COLUMNS} FROM meetings m JOIN networks n ON n.id = m.network_id
         WHERE {condition} ORDER BY m.sort_start, m.id LIMIT ?4"
    ))?;
    let found = stmt
        .query_map(params![today, utc_text(now), until, ATTENTION_MAX as i64], |r| flagged(r, locale))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let total: i64 = conn.query_row(
        &format!("SELECT count(*) FROM meetings m WHERE {condition}"),
        params![today, utc_text(now), until],
        |r| r.get(0),
    )?;
    Ok(attention_list(
        found,
        total,
        AttentionKind::TentativeSoon,
        |f| f.say(locale, "overview-attention-tentative-soon", "overview-attention-tentative-soon-undated"),
        |n| {
            translate(
                locale,
                "overview-attention-tentative-more",
                &[("count", n.into()), ("days", TENTATIVE_DAYS.into())],
            )
        },
    ))
}

pub(super) fn without_host(db: &Db, now: DateTime<Utc>, locale: Locale) -> Result<Vec<AttentionItem>> {
    let today = format!("{}T00:00:00Z", now.date_naive());
    let condition = "m.host_partner_id IS NULL AND m.mode <> 'online' AND m.status NOT IN ('cancelled', 'held')
        AND (m.sort_start IS NULL OR m.sort_start >= ?1)";
    let conn = db.conn();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {FLAGGED_COLUMNS} FROM meetings m JOIN networks n ON n.id = m.network_id
         WHERE {condition} ORDER BY m.sort_start IS NULL, m.sort_start, m.undated_year, m.undated_month, m.id LIMIT ?2"
    ))?;
    let found = stmt
        .query_map(params![today, ATTENTION_MAX as i64], |r| flagged(r, locale))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let total: i64 =
        conn.query_row(&format!("SELECT count(*) FROM meetings m WHERE {condition}"), params![today], |r| r.get(0))?;
    Ok(attention_list(
        found,
        total,
        AttentionKind::NoHost,
        |f| f.say(locale, "overview-attention-no-host", "overview-attention-no-host-undated"),
        |n| translate(locale, "overview-attention-no-host-more", &[("count", n.into())]),
    ))
}

pub(super) fn travel_warnings(db: &Db, now: DateTime<Utc>, locale: Locale) -> Result<Vec<AttentionItem>> {
    let found = upcoming_warnings_in(db, now.date_naive(), locale)?;
    let total = found.len();
    let mut list: Vec<AttentionItem> = found
        .into_iter()
        .take(ATTENTION_MAX)
        .map(|u| AttentionItem {
            kind: AttentionKind::TravelWarning,
            network_id: Some(u.network_id),
            meeting_id: Some(u.warning.meeting_id),
            message: translate(
                locale,
                "overview-attention-travel-warning",
                &[("network", u.network_name.into()), ("warning", u.warning.message.into())],
            ),
        })
        .collect();
    if total > ATTENTION_MAX {
        list.push(AttentionItem {
            kind: AttentionKind::TravelWarning,
            network_id: None,
            meeting_id: None,
            message: translate(locale, "overview-attention-travel-more", &[("count", (total - ATTENTION_MAX).into())]),
        });
    }
    Ok(list)
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use super::super::*;
    use crate::import_note::insert_note;
    use crate::meeting::{create_meeting, MeetingMode, MeetingStatus, ScheduleInput};
    use crate::network::{create_network, NetworkInput, NetworkKind};
    use crate::origin::Origin;

    #[test]
    fn attention_lists_are_capped_with_a_line_for_the_rest() {
        let mut db = Db::open_in_memory().unwrap();
        let id = create_network(&mut db, NetworkInput::named("Busy", NetworkKind::Other)).unwrap().id;
        for n in 0..(ATTENTION_MAX + 3) {
            create_meeting(
                &mut db,
                id,
                meeting(
                    &format!("Visit {n}"),
                    None,
                    MeetingMode::InPerson,
                    MeetingStatus::Confirmed,
                    all_day("2027-09-01", "2027-09-01"),
                ),
            )
            .unwrap();
        }
        let o = home_overview(&db, now()).unwrap();
        let no_host: Vec<_> = o.attention.iter().filter(|a| a.kind == AttentionKind::NoHost).collect();
        assert_eq!(no_host.len(), ATTENTION_MAX + 1);
        let last = no_host.last().unwrap();
        assert_eq!(last.meeting_id, None);
        assert!(last.message.starts_with("3 more meetings"), "{}", last.message);
    }

    /// The network, meetings and import notes the language tests read: a tentative meeting
    /// hosted by Jelgava soon, a second one hosted by Jelgava right after (the same host
    /// twice), a seminar over two days and a study visit not dated yet, both without a
    /// host, one import line of the network left unplaced and five of no network.
    fn a_network_needing_attention() -> Db {
        let mut db = Db::open_in_memory().unwrap();
        let iot = create_network(&mut db, NetworkInput::named("IoTXchange", NetworkKind::Transfer)).unwrap().id;
        let jelgava = partner(&mut db, iot, "Jelgava", "LV");
        let timed = ScheduleInput::Timed {
            start_local: local("2027-03-11 10:00"),
            end_local: local("2027-03-11 12:00"),
            time_zone: String::new(),
        };
        let soon = meeting("Kick-off", Some(jelgava), MeetingMode::InPerson, MeetingStatus::Tentative, timed);
        create_meeting(&mut db, iot, soon).unwrap();
        let again = all_day("2027-05-10", "2027-05-10");
        create_meeting(
            &mut db,
            iot,
            meeting("Final event", Some(jelgava), MeetingMode::InPerson, MeetingStatus::Confirmed, again),
        )
        .unwrap();
        let seminar = all_day("2027-04-20", "2027-04-21");
        create_meeting(
            &mut db,
            iot,
            meeting("Seminar", None, MeetingMode::InPerson, MeetingStatus::Confirmed, seminar),
        )
        .unwrap();
        let autumn = ScheduleInput::Undated { year: Some(2027), month: Some(9), wording: String::new() };
        create_meeting(
            &mut db,
            iot,
            meeting("Study visit", None, MeetingMode::Hybrid, MeetingStatus::Tentative, autumn),
        )
        .unwrap();
        insert_note(&db, Some(iot), 12, "Meeting in Oulo, date tbc", "no date", &Origin::Form).unwrap();
        for line in 1..=5 {
            insert_note(&db, None, line, "stray line", "no network", &Origin::Form).unwrap();
        }
        db
    }

    /// The home screen's attention list as the window shows it: the overview's lines, then
    /// the travel warnings of their own read.
    fn lines(db: &Db, locale: Locale) -> Vec<String> {
        let first = home_overview_in(db, now(), locale).unwrap().attention;
        let travel = home_travel_attention_in(db, now(), locale).unwrap();
        first.into_iter().chain(travel).map(|a| a.message).collect()
    }

    /// The slow travel check is not part of the first read, and is complete on its own.
    #[test]
    fn travel_warnings_come_from_their_own_read_only() {
        let db = a_network_needing_attention();
        let first = home_overview_in(&db, now(), Locale::En).unwrap().attention;
        assert!(first.iter().all(|a| a.kind != AttentionKind::TravelWarning), "{first:?}");
        let travel = home_travel_attention_in(&db, now(), Locale::En).unwrap();
        assert_eq!(travel.len(), 1, "{travel:?}");
        assert_eq!(travel[0].kind, AttentionKind::TravelWarning);
        assert!(travel[0].meeting_id.is_some());
    }

    #[test]
    fn attention_lines_in_english_stay_as_they_were() {
        let lines = lines(&a_network_needing_attention(), Locale::En);
        assert_eq!(
            lines,
            [
                "IoTXchange: 1 line of the imported page could not be placed; read it under the network's import notes and add what matters by hand.",
                "5 lines of imported pages belong to no network; read them under Import notes.",
                "Kick-off (IoTXchange), on 11 March 2027, is still tentative: confirm it, or postpone it.",
                "Seminar (IoTXchange), on 20–21 April 2027, has no host city: choose the partner that hosts it.",
                "Study visit (IoTXchange), not dated yet (September 2027), has no host city: choose the partner that hosts it.",
                "IoTXchange: Jelgava hosts “Final event” right after hosting “Kick-off” in Jelgava (11 March 2027): let another partner host.",
            ]
        );
    }

    #[test]
    fn attention_lines_in_french() {
        let lines = lines(&a_network_needing_attention(), Locale::Fr);
        assert_eq!(
            lines,
            [
                "IoTXchange : 1 ligne de la page importée n'a pas pu être placée ; lisez-la dans les notes d'import du réseau et ajoutez à la main ce qui compte.",
                "5 lignes de pages importées n'appartiennent à aucun réseau ; lisez-les dans Notes d'import.",
                "Kick-off (IoTXchange, 11 mars 2027) est encore provisoire : confirmez ou reportez cette réunion.",
                "Seminar (IoTXchange, 20–21 avril 2027) n'a pas de ville hôte : choisissez le partenaire qui accueille cette réunion.",
                "Study visit (IoTXchange, pas encore datée (septembre 2027)) n'a pas de ville hôte : choisissez le partenaire qui accueille cette réunion.",
                "IoTXchange : Jelgava accueille « Final event » juste après avoir accueilli « Kick-off » à Jelgava (11 mars 2027) : confiez l'accueil à un autre partenaire.",
            ]
        );
    }

    #[test]
    fn attention_lines_in_german() {
        let lines = lines(&a_network_needing_attention(), Locale::De);
        assert_eq!(
            lines,
            [
                "IoTXchange: 1 Zeile der importierten Seite konnte nicht zugeordnet werden; lesen Sie sie in den Importnotizen des Netzwerks und ergänzen Sie Wichtiges von Hand.",
                "5 Zeilen importierter Seiten gehören zu keinem Netzwerk; lesen Sie sie unter Importnotizen.",
                "Kick-off (IoTXchange, 11. März 2027) ist noch vorläufig: Bestätigen oder verschieben Sie das Treffen.",
                "Seminar (IoTXchange, 20.–21. April 2027) hat keine Gastgeberstadt: Wählen Sie den Partner, der das Treffen ausrichtet.",
                "Study visit (IoTXchange, noch nicht datiert (September 2027)) hat keine Gastgeberstadt: Wählen Sie den Partner, der das Treffen ausrichtet.",
                "IoTXchange: Jelgava richtet „Final event“ direkt im Anschluss an „Kick-off“ in Jelgava (11. März 2027) aus: Überlassen Sie die Ausrichtung einem anderen Partner.",
            ]
        );
    }

    /// The lines counting what is not listed, with one and with five left over.
    #[test]
    fn the_rest_is_counted_with_each_languages_plurals() {
        let mut db = Db::open_in_memory().unwrap();
        let id = create_network(&mut db, NetworkInput::named("Busy", NetworkKind::Other)).unwrap().id;
        for n in 0..(ATTENTION_MAX + 5) {
            let visit = meeting(
                &format!("Visit {n}"),
                None,
                MeetingMode::InPerson,
                MeetingStatus::Confirmed,
                all_day("2027-09-01", "2027-09-01"),
            );
            create_meeting(&mut db, id, visit).unwrap();
        }
        for n in 0..(ATTENTION_MAX + 1) {
            let call = meeting(
                &format!("Call {n}"),
                None,
                MeetingMode::Online,
                MeetingStatus::Tentative,
                all_day("2027-03-10", "2027-03-10"),
            );
            create_meeting(&mut db, id, call).unwrap();
        }
        let rest = |locale| -> Vec<String> {
            let o = home_overview_in(&db, now(), locale).unwrap();
            o.attention.into_iter().filter(|a| a.meeting_id.is_none()).map(|a| a.message).collect()
        };
        assert_eq!(
            rest(Locale::En),
            ["1 more meeting is tentative in the next 30 days.", "5 more meetings without a host city."]
        );
        assert_eq!(
            rest(Locale::Fr),
            ["1 autre réunion est provisoire dans les 30 prochains jours.", "5 autres réunions sans ville hôte."]
        );
        assert_eq!(
            rest(Locale::De),
            [
                "1 weiteres Treffen in den nächsten 30 Tagen ist noch vorläufig.",
                "5 weitere Treffen ohne Gastgeberstadt."
            ]
        );
    }
}
