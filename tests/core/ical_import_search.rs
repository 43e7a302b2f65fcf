//! Meetings imported from a calendar are found by the search box as any meeting is: the
//! import fills the search index of its new meetings in bulk (`meeting::bulk_index`)
//! rather than through the row trigger, and what it leaves in the index must be exactly
//! what the trigger would have left, word for word, and stay so on a second import.

mod common;

use common::iotxchange::*;
use convene_core::ical::import::import_ics;
use convene_core::search::{search, HitKind};
use convene_core::store::Db;

/// A calendar of `count` events whose texts hold accents, escapes, several lines and
/// places naming partner cities, in several zones and as all-day events.
fn calendar(count: usize) -> String {
    let mut ics = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n");
    let cities = ["Gävle", "Nyíregyháza", "Bragança", "Võru", "Riga"];
    for i in 0..count {
        let city = cities[i % cities.len()];
        let start = if i % 4 == 0 {
            format!(
                "DTSTART;VALUE=DATE:2027{:02}{:02}\r\nDTEND;VALUE=DATE:2027{:02}{:02}",
                1 + i % 12,
                1 + i % 27,
                1 + i % 12,
                2 + i % 27
            )
        } else {
            format!(
                "DTSTART;TZID=Europe/Riga:2027{:02}{:02}T0930{:02}\r\nDTEND;TZID=Europe/Riga:2027{:02}{:02}T1200{:02}",
                1 + i % 12,
                1 + i % 28,
                i % 60,
                1 + i % 12,
                1 + i % 28,
                i % 60
            )
        };
        ics.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:search-{i}@example.org\r\nSEQUENCE:{seq}\r\n{start}\r\n\
             SUMMARY:Straße {i} in {city}: Øresund\\, harbour\\; next steps\r\n\
             LOCATION:Rådhus {i}\\, {city}\r\n\
             DESCRIPTION:Partners présentent their work {i}.\\nBring the Łódź figures\r\n  and questions.\r\n\
             END:VEVENT\r\n",
            seq = i % 3
        ));
    }
    ics.push_str("END:VCALENDAR\r\n");
    ics
}

/// What the search tables hold.
#[derive(Debug, PartialEq)]
struct Index {
    /// Every word of every row of `search_index` (fts5vocab: term, row; the index keeps
    /// no columns or positions, migration 0011).
    words: Vec<(String, i64)>,
    /// Every word of every row of `search_titles` (term, row).
    titles: Vec<(String, i64)>,
    /// The values each row of `search_index` shows, in rowid order.
    shown: Vec<Vec<String>>,
}

/// Every word of every row of the two search tables (fts5vocab: term, row), and the
/// values each row shows, in order.
fn index_of(db: &Db) -> Index {
    let conn = db.conn();
    conn.execute_batch(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.index_words USING fts5vocab(main, search_index, 'instance');
         CREATE VIRTUAL TABLE IF NOT EXISTS temp.title_words USING fts5vocab(main, search_titles, 'instance');",
    )
    .unwrap();
    let mut words = conn.prepare("SELECT term, doc FROM temp.index_words ORDER BY 1, 2").unwrap();
    let words = words.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().collect::<Result<Vec<_>, _>>().unwrap();
    let mut titles = conn.prepare("SELECT term, doc FROM temp.title_words ORDER BY 1, 2").unwrap();
    let titles = titles.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().collect::<Result<Vec<_>, _>>().unwrap();
    let mut shown = conn
        .prepare(
            "SELECT CAST(rowid AS TEXT), kind, CAST(ref_id AS TEXT), coalesce(CAST(network_id AS TEXT), ''),
                    shown_title, coalesce(shown_body, '')
             FROM search_index ORDER BY rowid",
        )
        .unwrap();
    let shown = shown
        .query_map([], |r| (0..6).map(|i| r.get::<_, String>(i)).collect())
        .unwrap()
        .collect::<Result<Vec<Vec<String>>, _>>()
        .unwrap();
    Index { words, titles, shown }
}

#[test]
fn an_imported_calendar_is_indexed_as_the_meetings_trigger_indexes_it() {
    let mut net = Net::new();
    let report = import_ics(&mut net.db, net.id, &calendar(60)).unwrap();
    assert_eq!(report.created.len(), 60, "{report:?}");
    let imported = index_of(&net.db);
    assert!(imported.words.iter().any(|(term, ..)| term == "lodz"), "words are folded as the trigger folds them");

    // Every meeting indexed again by its UPDATE trigger, which writes what the INSERT
    // trigger writes: nothing may change.
    net.db.conn().execute("UPDATE meetings SET title = title", []).unwrap();
    assert_eq!(index_of(&net.db), imported, "the index the trigger writes");

    // The same file again changes nothing, the index included.
    let again = import_ics(&mut net.db, net.id, &calendar(60)).unwrap();
    assert_eq!((again.created.len(), again.updated.len(), again.unchanged), (0, 0, 60));
    assert_eq!(index_of(&net.db), imported, "a second import leaves the index as it was");

    // The settings the import gave FTS5 for itself are not left behind.
    for table in ["search_index_config", "search_titles_config"] {
        let keys: Vec<String> = net
            .db
            .conn()
            .prepare(&format!("SELECT k FROM {table} ORDER BY k"))
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(keys, ["version"], "{table}");
    }
}

#[test]
fn imported_meetings_are_found_by_words_typed_without_accents() {
    let mut net = Net::new();
    import_ics(&mut net.db, net.id, &calendar(40)).unwrap();
    let meeting = net.meeting("search-17@example.org");
    assert_eq!(meeting.title, "Straße 17 in Bragança: Øresund, harbour; next steps");

    let hits = search(&net.db, "strasse 17 braganca", 50).unwrap();
    assert_eq!(hits.first().map(|h| (h.kind, h.id)), Some((HitKind::Meeting, meeting.id)), "{hits:?}");
    let by_text = search(&net.db, "lodz figures", 50).unwrap();
    assert_eq!(by_text.iter().filter(|h| h.kind == HitKind::Meeting).count(), 40, "every description is indexed");
    let by_place = search(&net.db, "radhus 17", 50).unwrap();
    assert!(by_place.iter().any(|h| h.id == meeting.id), "the venue is indexed: {by_place:?}");

    // Edited afterwards, the meeting is found by its new title only: the triggers are
    // back on once the import is over.
    net.db.conn().execute("UPDATE meetings SET title = 'Kick-off in Tartu' WHERE id = ?1", [meeting.id]).unwrap();
    assert!(search(&net.db, "strasse 17 braganca", 50).unwrap().iter().all(|h| h.id != meeting.id));
    assert_eq!(search(&net.db, "kick-off tartu", 50).unwrap().first().map(|h| h.id), Some(meeting.id));
}

#[test]
fn meetings_ai_is_the_only_trigger_an_insert_of_meetings_fires() {
    // The bulk import of meetings turns triggers off and does meetings_ai's work itself;
    // another trigger on inserting meetings needs its set-based counterpart there too.
    let net = Net::new();
    let names: Vec<String> = net
        .db
        .conn()
        .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'meetings' AND sql LIKE '%INSERT ON meetings%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(names, ["meetings_ai"]);
}
