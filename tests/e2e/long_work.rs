//! Long work in the real window (issue 12): importing a calendar of 20,000 events shows a
//! progress bar that moves, the window keeps answering while it runs, Cancel leaves the
//! network's meetings exactly as they were, and an import left to run saves every event.
//!
//! The calendar is generated here and picked through the open dialog's test seam
//! ([`App::picked_file`]); what was saved is read from the app's database.
//!
//! Screens are saved as tests/e2e/screenshots/long_work-NN-<what>.png.

use std::time::{Duration, Instant};

use crate::harness::App;

const NETWORK: &str = "IoTXchange";
const EVENTS: usize = 20_000;

/// A calendar of `n` one-hour working sessions, as another program would export them.
fn calendar_of(n: usize) -> String {
    let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other program//EN\r\n");
    for i in 0..n {
        let day = format!("{}{:02}{:02}", 2027 + (i / 336) % 3, 1 + (i / 28) % 12, 1 + i % 28);
        let hour = 8 + i % 9;
        text.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:session-{i}@other.example\r\nDTSTAMP:20261201T090000Z\r\n\
             DTSTART:{day}T{hour:02}0000Z\r\nDTEND:{day}T{:02}0000Z\r\nSUMMARY:Working session {i}\r\nEND:VEVENT\r\n",
            hour + 1
        ));
    }
    text.push_str("END:VCALENDAR\r\n");
    text
}

fn meetings_of_network(app: &App) -> i64 {
    let db = rusqlite::Connection::open_with_flags(&app.db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    db.query_row(
        "SELECT count(*) FROM meetings m JOIN networks n ON n.id = m.network_id WHERE n.name = ?1",
        [NETWORK],
        |r| r.get(0),
    )
    .unwrap()
}

impl App {
    /// The progress bar's stage and figures, once it shows.
    async fn work_progress(&self) -> (String, u64, u64) {
        let bar = self.el("[data-testid=work-progress]").await;
        let attr = |v: Option<String>| v.unwrap_or_default();
        let stage = attr(bar.attr("data-stage").await.unwrap());
        let done = attr(bar.attr("data-done").await.unwrap()).parse().unwrap_or(0);
        let total = attr(bar.attr("data-total").await.unwrap()).parse().unwrap_or(0);
        (stage, done, total)
    }
}

#[tokio::test]
#[cfg_attr(skip_e2e, ignore = "CONVENE_SKIP_E2E=1 was set when the tests were built")]
async fn a_large_calendar_import_shows_progress_and_can_be_cancelled_or_left_to_finish() {
    let app = App::launch("long_work").await;
    app.open_example_network(NETWORK).await;
    let before = meetings_of_network(&app);
    std::fs::write(app.picked_file(), calendar_of(EVENTS)).unwrap();

    // Started and cancelled at once: the bar shows, labelled, and Cancel leaves nothing.
    app.click("[data-testid=import-calendar]").await;
    app.click("[data-testid=work-cancel]").await;
    let bar = app.present("[data-testid=work-progress] progress").await;
    let label = app.el("[data-testid=work-progress] label").await;
    assert_eq!(bar.attr("id").await.unwrap(), label.attr("for").await.unwrap(), "the bar is labelled");
    app.gone("[data-testid=work-progress]").await;
    let result = app.el("[data-testid=calendar-result]").await;
    assert_eq!(result.attr("data-kind").await.unwrap().as_deref(), Some("warn"));
    assert_eq!(
        app.text("[data-testid=calendar-result-text]").await,
        "Import cancelled: nothing was imported, and the meetings are as they were."
    );
    assert_eq!(meetings_of_network(&app), before, "a cancelled import saves nothing");
    assert!(app.all("[data-testid=import-calendar-dialog]").await.is_empty(), "no report for a cancelled import");
    app.shot("01-import-cancelled").await;

    // Left to finish: the bar counts the file's events and moves; the window keeps
    // answering (another command returns while the import runs); every event is saved.
    app.click("[data-testid=import-calendar]").await;
    let started = Instant::now();
    let a = &app;
    let (done, total) = app
        .until("the import to save events", move || async move {
            let (stage, done, total) = a.work_progress().await;
            (stage == "saving").then_some((done, total))
        })
        .await;
    assert_eq!(total, EVENTS as u64, "the bar counts the file's events");
    assert!(done < total, "still running: {done} of {total}");
    let probe = r#"
        const done = arguments[0];
        const started = performance.now();
        window.__TAURI_INTERNALS__.invoke('list_networks', {}).then((list) => done({
            networks: list.length,
            ms: performance.now() - started,
            importStillRunning: document.querySelector('[data-testid=work-progress]') !== null,
        }), (e) => done({ error: String(e) }));
    "#;
    let answer = app.client.execute_async(probe, vec![]).await.unwrap();
    assert!(answer["networks"].as_u64().unwrap_or(0) > 0, "{answer}");
    assert_eq!(answer["importStillRunning"], true, "another command answered before the import ended: {answer}");
    eprintln!("list_networks answered in {} ms during the import", answer["ms"]);
    app.shot("02-import-progress").await;
    while app.all("[data-testid=ics-import-summary]").await.is_empty() {
        assert!(started.elapsed() < Duration::from_secs(300), "the import did not finish in 5 minutes");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    eprintln!("the import of {EVENTS} events took {:?} in this build", started.elapsed());
    assert_eq!(app.text("[data-testid=ics-import-summary]").await, "Created 20000 meetings, updated 0, 0 unchanged.");
    assert!(app.all("[data-testid=work-progress]").await.is_empty(), "the bar is gone once the import is done");
    assert_eq!(meetings_of_network(&app), before + EVENTS as i64);
    app.shot("03-import-finished").await;
    app.close().await;
}
