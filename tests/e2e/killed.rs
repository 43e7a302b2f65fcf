//! The app process itself killed (SIGKILL, as a crash or a power button would stop it)
//! while a plan section is being saved: the database is sound, holds the section as it
//! was last saved or whole as it was being saved, never a mix, and the window reopens on
//! it with that text.

use crate::disk::paste_and_leave;
use crate::harness::App;

fn vision(db: &std::path::Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, "ok", "the database is sound after the kill");
    let broken: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
    assert_eq!(broken, 0);
    conn.query_row(
        "SELECT s.body FROM plan_sections s JOIN action_plans p ON p.id = s.plan_id \
         WHERE p.title = 'Smart municipality development plan for Jelgava' AND s.key = 'vision'",
        [],
        |r| r.get(0),
    )
    .unwrap()
}

#[tokio::test]
#[cfg_attr(skip_e2e, ignore = "CONVENE_SKIP_E2E=1 was set when the tests were built")]
async fn the_window_killed_while_it_saves_reopens_with_the_section_whole() {
    let app = App::launch("killed").await;
    app.wait_for_title("Convene").await;
    app.click("[data-testid=load-examples]").await;
    app.el("[data-testid=import-summary]").await;
    app.click("[data-testid=open-home]").await;
    app.open_plan_from_network().await;
    let saved = "Jelgava will be a city where sensors serve people.";
    app.write_and_save_section("vision", saved).await;

    let being_saved: String =
        (0..900).map(|n| format!("Line {n:03} of the pilots in Jelgava's districts.\n")).collect();
    paste_and_leave(&app, &being_saved).await;
    assert!(app.kill_hard(), "the app process was found and killed");

    let after = vision(&app.db);
    assert!(
        after == saved || after == being_saved,
        "the section is one save whole, not a mix ({} characters)",
        after.len()
    );

    let app = app.reopen().await;
    app.open_plan_from_network().await;
    app.open_part("[data-testid=outline-section][data-key=vision]").await;
    app.el("[data-testid=plan-section][data-key=vision]").await;
    assert_eq!(app.value("#section-text").await, after, "the window shows what the database kept");
    app.close().await;
}
