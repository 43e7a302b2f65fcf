//! What each fuzz target checks, one function per reader of outside data. The fuzz
//! targets (fuzz/fuzz_targets/, nightly, libFuzzer) and the stable replay test
//! (tests/core/fuzz_replay.rs, in the ordinary test run) call the same functions, so every
//! committed corpus file and every input a fuzzer found is checked again in CI.
//!
//! Each check feeds the bytes to the reader exactly as a file a person opened: no panic
//! (a panic is the failure libFuzzer reports), an `Ok` or a clean `Err`, and for the
//! readers that write to the database an `Err` leaves every table as it was. The database
//! is a new one in memory for each input, so a finding replays alone: a copy of a database
//! migrated once per thread ([`fresh_database`]), because migrating one per input made the
//! database readers spend most of their time creating the schema (about 30 inputs a second).

use convene_core::network::{create_network, NetworkInput, NetworkKind};
use convene_core::Db;

/// Rows per table: what "the database is unchanged" is checked by.
pub fn table_counts(db: &Db) -> Vec<(String, i64)> {
    let conn = db.conn();
    let mut tables = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .expect("the schema can be listed");
    let names: Vec<String> = tables.query_map([], |r| r.get(0)).expect("tables").map(|n| n.expect("a name")).collect();
    names
        .into_iter()
        .map(|t| {
            let n = conn.query_row(&format!("SELECT count(*) FROM \"{t}\""), [], |r| r.get(0)).expect("a count");
            (t, n)
        })
        .collect()
}

thread_local! {
    static EMPTY: Db = Db::open_in_memory().expect("a database in memory");
    static WITH_A_NETWORK: Db = {
        let mut db = Db::open_in_memory().expect("a database in memory");
        create_network(&mut db, NetworkInput::named("TechTown", NetworkKind::ActionPlanning)).expect("a network");
        db
    };
}

/// A new, empty database in memory, as `Db::open_in_memory` makes it.
fn fresh_database() -> Db {
    EMPTY.with(|template| template.copy_in_memory().expect("a copy in memory"))
}

/// A new database with one network (id 1) for the readers that import into a network.
fn database_with_a_network() -> Db {
    WITH_A_NETWORK.with(|template| template.copy_in_memory().expect("a copy in memory"))
}

/// Runs a database-writing reader; on `Err`, the database must be as it was.
fn unchanged_on_error<T, E: std::fmt::Display>(
    db: &mut Db,
    read: impl FnOnce(&mut Db) -> Result<T, E>,
) -> Result<T, String> {
    let before = table_counts(db);
    match read(db) {
        Ok(done) => Ok(done),
        Err(e) => {
            let message = e.to_string();
            assert!(!message.trim().is_empty(), "an error says what was wrong");
            assert_eq!(table_counts(db), before, "a refused input changed the database: {message}");
            Err(message)
        }
    }
}

/// URBACT network pages (`convene import urbact`, "Import from URBACT pages").
pub fn urbact_import(data: &[u8]) {
    let mut db = fresh_database();
    let options = convene_core::urbact::ImportOptions::default();
    let _ = unchanged_on_error(&mut db, |db| convene_core::urbact::import_urbact_bytes(db, data, &options));
}

/// An iCalendar file imported into a network (`convene import ics`), lenient as by default.
pub fn ics_import(data: &[u8]) {
    // A large file's lines are parsed in two parts at once (`reader::file_components`):
    // split wherever this input allows, it must read exactly as in one piece.
    use convene_core::ical::reader;
    let whole = reader::components(reader::content_lines(data)).map_err(|e| e.to_string());
    let split = reader::file_components_from(data, 1).map_err(|e| e.to_string());
    assert_eq!(split, whole, "the file read in two parts differs from the file read in one");
    let mut db = database_with_a_network();
    let _ = unchanged_on_error(&mut db, |db| convene_core::ical::import::import_ics_bytes(db, 1, data));
}

/// An e-mail with an iTIP REPLY (a poll answer, `convene poll replies`): parsing only.
pub fn itip_reply(data: &[u8]) {
    let _ = convene_core::poll::reply::parse_reply(data);
}

/// A `.convene-plan` file received from a partner.
pub fn plan_file(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut db = database_with_a_network();
    let _ = unchanged_on_error(&mut db, |db| convene_core::plan::receive_plan(db, text));
}

/// A JSON export restored into an empty database (`convene import json`).
pub fn json_import(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut db = fresh_database();
    let _ = unchanged_on_error(&mut db, |db| convene_core::exchange::import_json(db, text));
}

/// A plan section's Markdown, rendered to the sanitized HTML the window shows: no script
/// or frame element, no event handler attribute and no `javascript:` link ever comes out.
pub fn markdown(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let html = convene_plan_export::sanitize::markdown_to_safe_html(text);
    for tag in html.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or_default().to_ascii_lowercase();
        let name =
            tag.trim_start_matches('/').split(|c: char| c.is_whitespace() || c == '/').next().unwrap_or_default();
        assert!(!["script", "iframe", "object", "embed", "style"].contains(&name), "<{tag}> survived in {html}");
        let mut outside_quotes = String::new();
        for (n, part) in tag.split('"').enumerate() {
            if n % 2 == 0 {
                outside_quotes.push_str(part);
            } else if part.trim_start().starts_with("javascript:") {
                panic!("a javascript: value survived in <{tag}>");
            }
        }
        for attribute in outside_quotes.split_whitespace().skip(1) {
            assert!(!attribute.starts_with("on"), "an event handler survived in <{tag}>");
        }
    }
}

/// A calendar server's answers (`convene publish`, `pull`, `account test`): the WebDAV
/// multistatus XML of each request Convene sends, read by libdav, and the calendar data of
/// each event in them, read into the network as a change made on the server. The first
/// byte chooses the request; the rest is the body of a `207 Multi-Status`.
pub fn dav_response(data: &[u8]) {
    use libdav::caldav::{FindCalendarHomeSet, FindCalendars, GetCalendarResources};
    use libdav::dav::{FindPropertyHrefs, ListResources, SyncCollection};
    use libdav::requests::DavRequest;

    let Some((&request, body)) = data.split_first() else { return };
    let (parts, ()) = http::Response::builder()
        .status(207)
        .header("Content-Type", "application/xml; charset=utf-8")
        .body(())
        .expect("a response head")
        .into_parts();
    match request % 7 {
        0 => drop(FindPropertyHrefs::new("/", &libdav::names::CURRENT_USER_PRINCIPAL).parse_response(&parts, body)),
        1 => drop(FindCalendarHomeSet::new("/principals/anna/").parse_response(&parts, body)),
        2 => drop(FindCalendars::new("/calendars/anna/").parse_response(&parts, body)),
        3 => drop(SyncCollection::new("/calendars/anna/techtown/").parse_response(&parts, body)),
        4 => drop(ListResources::new("/calendars/anna/techtown/").parse_response(&parts, body)),
        5 => {
            let fetched = GetCalendarResources::new("/calendars/anna/techtown/").parse_response(&parts, body);
            for resource in fetched.map(|r| r.resources).unwrap_or_default() {
                if let Ok(content) = resource.content {
                    calendar_data_from_a_server(content.data.as_bytes());
                }
            }
        }
        _ => calendar_data_from_a_server(body),
    }
}

/// One event's calendar data as a server sent it: its UIDs read, and the event taken into
/// the network as a change someone made in their calendar client.
fn calendar_data_from_a_server(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = convene_core::publish::apply::event_uids(text);
    let mut db = database_with_a_network();
    let _ = unchanged_on_error(&mut db, |db| convene_core::publish::apply::accept_remote(db, 1, text));
}
