//! Calendar servers in the real window (issue 15): Settings adds an account whose server
//! is not there (a refused port on this computer) with a password; the window says where
//! the password went (this test machine has no keyring, or has one) and never shows it
//! again; "Test" then says plainly that the connection was refused. On the network page,
//! "Publish to calendar server" fails the same plain way and changes nothing. A conflict
//! (as a publish records it, written into the database by the test) is shown with both
//! versions side by side, and "Keep mine" settles it.
//!
//! Screenshots: tests/e2e/screenshots/dav-NN-<screen>.png.

use std::net::TcpListener;

use crate::harness::App;

const PASSWORD: &str = "e2e-s3cret-password";

/// An address on this computer where nothing listens (the port was free a moment ago).
fn refused_url() -> String {
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    format!("http://127.0.0.1:{port}/dav/")
}

/// Where the window asks for a password no keyring holds, types it and presses `button`.
async fn give_password_if_asked(app: &App, field: &str, button: &str) {
    if !app.all(field).await.is_empty() {
        app.fill(field, PASSWORD).await;
        app.click(button).await;
    }
}

#[tokio::test]
#[cfg_attr(skip_e2e, ignore = "CONVENE_SKIP_E2E=1 was set when the tests were built")]
async fn an_unreachable_server_is_reported_plainly_and_a_conflict_is_settled_side_by_side() {
    let app = App::launch("dav").await;
    app.open_example_network("TechTown").await;

    app.click("[data-testid=nav-settings]").await;
    app.click("[data-testid=dav-add]").await;
    let url = refused_url();
    app.fill("[data-testid=dav-name]", "partners").await;
    app.fill("[data-testid=dav-url]", &url).await;
    app.fill("[data-testid=dav-user]", "anna").await;
    app.fill("[data-testid=dav-password]", PASSWORD).await;
    app.click("[data-testid=dav-add-save]").await;
    let added = app.text("[data-testid=dav-added]").await;
    assert!(
        added == "Added partners. The password is in this computer's keyring."
            || added
                == "Added partners. This computer has no keyring, so the password was not saved: publishing will ask for it.",
        "where the password went: {added}"
    );
    let listed = app.text("[data-testid=dav-account][data-name=partners]").await;
    assert!(listed.contains(&format!("anna at {url}")), "the account is listed: {listed}");

    app.click("[data-testid=dav-test]").await;
    app.el("[data-testid=dav-test-error]").await;
    give_password_if_asked(&app, "[data-testid=dav-test-password]", "[data-testid=dav-test]").await;
    let refused = app
        .until("the refused connection to be reported", || async {
            let t = app.text("[data-testid=dav-test-error]").await;
            t.contains("refused the connection").then_some(t)
        })
        .await;
    assert!(
        refused.contains(&url) && refused.contains("the server is down or the address or port is wrong"),
        "{refused}"
    );
    app.shot("01-settings-account-refused").await;

    app.click("[data-testid=nav-networks]").await;
    app.click("[data-testid=network-entry][data-network=\"TechTown\"] [data-testid=network-link]").await;
    app.client.execute("document.querySelector('[data-testid=dav-publish]').scrollIntoView()", vec![]).await.unwrap();
    app.click("[data-testid=dav-publish-go]").await;
    app.el("[data-testid=dav-publish-result]").await;
    give_password_if_asked(&app, "[data-testid=dav-publish-password]", "[data-testid=dav-publish-go]").await;
    let failed = app
        .until("the publish to fail plainly", || async {
            let t = app.text("[data-testid=dav-publish-result]").await;
            t.contains("refused the connection").then_some(t)
        })
        .await;
    assert!(failed.contains("nothing was changed here"), "{failed}");
    assert!(app.all("[data-testid=dav-last-publish]").await.is_empty(), "nothing was published");
    app.shot("02-publish-refused").await;

    let db = rusqlite::Connection::open(app.saved_dir().parent().unwrap().join("convene.db")).unwrap();
    let network_id: i64 = db.query_row("SELECT id FROM networks WHERE name = 'TechTown'", [], |r| r.get(0)).unwrap();
    let (uid, title) = ("e2e-conflict@convene", "Transnational meeting in Riga");
    let event = |day: &str| {
        format!("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{title}\r\nDTSTART;TZID=Europe/Riga:{day}T100000\r\nDTEND;TZID=Europe/Riga:{day}T120000\r\nLOCATION:Riga City Council\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    };
    db.execute(
        "INSERT INTO dav_calendars (network_id, account_id, href, display_name, last_sync_at, last_result)
         SELECT ?1, id, '/dav/techtown/', 'TechTown', '2026-12-06T09:30:00Z', 'TechTown: 1 conflict(s) to resolve.' FROM dav_accounts WHERE name = 'partners'",
        [network_id],
    )
    .unwrap();
    db.execute(
        "INSERT INTO dav_conflicts (network_id, uid, href, title, local_ics, remote_ics, remote_etag, found_at)
         VALUES (?1, ?2, '/dav/techtown/x.ics', ?3, ?4, ?5, '\"2\"', '2026-12-06T09:30:00Z')",
        rusqlite::params![network_id, uid, title, event("20270301"), event("20270302")],
    )
    .unwrap();

    app.click("[data-testid=nav-networks]").await;
    app.click("[data-testid=network-entry][data-network=\"TechTown\"] [data-testid=network-link]").await;
    let mine = app.text("[data-testid=dav-conflict] [data-testid=dav-conflict-local]").await;
    let theirs = app.text("[data-testid=dav-conflict] [data-testid=dav-conflict-remote]").await;
    assert!(mine.contains("Starts: 2027-03-01 10:00 (Europe/Riga)"), "Convene's side: {mine}");
    assert!(theirs.contains("Starts: 2027-03-02 10:00 (Europe/Riga)"), "the server's side: {theirs}");
    let last = app.text("[data-testid=dav-last-publish]").await;
    assert!(
        last.starts_with("Last publish 6 Dec 2026")
            && last.ends_with("to TechTown (partners): TechTown: 1 conflict(s) to resolve."),
        "{last}"
    );
    app.client.execute("document.querySelector('[data-testid=dav-publish]').scrollIntoView()", vec![]).await.unwrap();
    app.shot("03-conflict-side-by-side").await;

    app.click("[data-testid=dav-keep-local]").await;
    app.gone("[data-testid=dav-conflict]").await;
    let said = app.text("[data-testid=dav-publish-result]").await;
    assert!(said.contains("keeps Convene's version; the next publish writes it over the server's"), "{said}");
    let page = app.text("body").await;
    assert!(!page.contains(PASSWORD), "the password is never shown back");
    app.close().await;
}
