//! A poll in the real window (issue 13): a coordinator starts a poll of three dates for
//! IoTXchange, hosted by Jelgava; the partners' calendar replies are dropped on the window
//! (through the drop seam: the files in [`App::dropped_dir`] stand for a drop, and the test
//! dispatches the page event the shell sends after one); the grid shows the answers, each
//! date on each partner's clock; one answer is chosen by hand; the poll is closed on the
//! date most can make, and the meeting it created opens. The invitations to answer, the
//! meeting's invitation and the release of the other dates are written into the app's
//! folder for the poll.
//!
//! Screens are saved as tests/e2e/screenshots/polls-NN-<what>.png.

use crate::harness::App;

const NETWORK: &str = "IoTXchange";
const HOST: &str = "Jelgava";
const EMAIL: &str = "ilze.berzina@jelgava.lv";
const TITLE: &str = "Transnational meeting on sensors";

fn option_uids(app: &App) -> Vec<String> {
    let db = rusqlite::Connection::open_with_flags(&app.db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let mut stmt = db
        .prepare(
            "SELECT o.uid FROM poll_options o JOIN polls p ON p.id = o.poll_id WHERE p.title = ?1 ORDER BY o.position",
        )
        .unwrap();
    stmt.query_map([TITLE], |r| r.get(0)).unwrap().map(|r| r.unwrap()).collect()
}

/// A calendar REPLY as Outlook sends it: the Windows zone name and the address in capitals.
fn outlook_reply(uid: &str, partstat: &str, start: &str) -> String {
    format!(
        "From: Ilze <{EMAIL}>\r\nTo: coordinator@iotxchange.eu\r\nSubject: Accepted\r\nDate: Sun, 10 Jan 2027 10:15:03 +0200\r\nMIME-Version: 1.0\r\nContent-Type: text/calendar; charset=utf-8; method=REPLY\r\n\r\nBEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nATTENDEE;PARTSTAT={partstat}:MAILTO:{}\r\nDTSTART;TZID=FLE Standard Time:{start}\r\nUID:{uid}\r\nDTSTAMP:20270110T081500Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        EMAIL.to_uppercase()
    )
}

/// Scrolls the poll's grid to the top of the window (for the screenshots and the clicks).
async fn show_grid(app: &App) {
    app.client
        .execute("document.querySelector('[data-testid=poll-grid]').scrollIntoView({ block: 'start' })", vec![])
        .await
        .unwrap();
}

#[tokio::test]
#[cfg_attr(skip_e2e, ignore = "CONVENE_SKIP_E2E=1 was set when the tests were built")]
async fn a_poll_is_answered_by_dropped_replies_and_closed_into_a_meeting() {
    let app = App::launch("polls").await;
    app.open_example_network(NETWORK).await;

    // Jelgava's contact, whose calendar will answer.
    app.click(&format!("[data-testid=partner-row][data-partner=\"{HOST}\"] [data-testid=partner-name]")).await;
    app.click("[data-testid=partner-details] [data-testid=add-contact]").await;
    app.fill("#contact-name", "Ilze Bērziņa").await;
    app.fill("#contact-email", EMAIL).await;
    app.click("[data-testid=partner-details] [data-testid=save-contact]").await;
    let a = &app;
    app.until("the new contact to be listed", move || async move {
        for item in a.all("[data-testid=partner-details] [data-testid=contact-item]").await {
            if item.text().await.ok()?.contains(EMAIL) {
                return Some(());
            }
        }
        None
    })
    .await;

    // The poll: two times on Riga's clock and a whole day.
    app.click("[data-testid=new-poll]").await;
    app.fill("#poll-title", TITLE).await;
    app.choose("#poll-host", HOST).await;
    // One date a line; WebDriver types a line break as the Enter key, so the value is set
    // as a paste would set it.
    app.el("#poll-dates").await;
    app.client
        .execute(
            "const t = document.querySelector('#poll-dates'); t.value = arguments[0]; t.dispatchEvent(new Event('input', { bubbles: true }));",
            vec![serde_json::json!("2027-03-15 10:00/12:00\n2027-03-29 10:00/12:00\n2027-04-12")],
        )
        .await
        .unwrap();
    app.click("[data-testid=save-poll]").await;
    app.gone("[data-testid=poll-dialog]").await;
    app.el("[data-testid=poll-grid]").await;
    let grid = app.text("[data-testid=poll-grid]").await;
    assert!(grid.contains("Mon 15 Mar 2027, 10:00–12:00 (Europe/Riga)"), "the date on the poll's clock:\n{grid}");
    let uids = option_uids(&app);
    assert_eq!(uids.len(), 3);

    // The invitations to answer: one per partner contact, each date a tentative hold.
    app.fill("[data-testid=poll-organizer]", "coordinator@iotxchange.eu").await;
    app.click("[data-testid=write-invitations]").await;
    let a = &app;
    app.until("the invitations to be written", move || async move {
        let written = a.el("[data-testid=poll-messages-written]").await.text().await.ok()?;
        written.contains(EMAIL).then_some(())
    })
    .await;
    let folder = app.invitations_dir().join("poll-1");
    let invitation = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .find(|eml| eml.to_lowercase().contains(&format!("mailto:{EMAIL}")))
        .expect("an invitation to Jelgava's contact");
    for uid in &uids {
        assert!(invitation.contains(&format!("UID:{uid}")), "a hold per date:\n{invitation}");
    }
    assert!(invitation.contains("STATUS:TENTATIVE") && invitation.contains("METHOD:REQUEST"), "{invitation}");
    show_grid(&app).await;
    app.shot("01-poll-started").await;

    // Replies dropped on the window: Jelgava can make date 1, not date 2.
    std::fs::create_dir_all(app.dropped_dir()).unwrap();
    std::fs::write(app.dropped_dir().join("accepted.eml"), outlook_reply(&uids[0], "ACCEPTED", "20270315T100000"))
        .unwrap();
    std::fs::write(app.dropped_dir().join("declined.eml"), outlook_reply(&uids[1], "DECLINED", "20270329T100000"))
        .unwrap();
    app.client
        .execute(
            "window.dispatchEvent(new CustomEvent('convene:files-dropped', { detail: ['accepted.eml', 'declined.eml'] }))",
            vec![],
        )
        .await
        .unwrap();
    app.until("the replies to be read", move || async move {
        let report = a.el("[data-testid=replies-report]").await.text().await.ok()?;
        report.contains("2 answers from 2 files: 2 new").then_some(())
    })
    .await;
    let jelgava = format!("[data-testid=poll-partner][data-partner=\"{HOST}\"] [data-testid=poll-cell]");
    let answers = app.all(&jelgava).await;
    let mut read = Vec::new();
    for cell in answers {
        read.push(cell.attr("data-answer").await.unwrap().unwrap_or_default());
    }
    assert_eq!(read, ["yes", "no", ""]);
    show_grid(&app).await;
    app.shot("02-replies-dropped").await;

    // Fundão answers date 1 by hand: "If need be".
    app.choose("[aria-label=\"Fundão, date 1\"]", "If need be").await;
    let a = &app;
    app.until("the tally of date 1 to count Fundão", move || async move {
        let tallies = a.all("[data-testid=poll-tally]").await;
        let first = tallies.first()?.text().await.ok()?;
        first.contains("1 yes · 1 if need be").then_some(())
    })
    .await;

    // Close on date 1: the meeting is created and the poll is read-only.
    let choose = app.all("[data-testid=choose-date]").await;
    choose[0].click().await.unwrap();
    app.click("[data-testid=confirm-yes]").await;
    app.el("[data-testid=poll-closed]").await;
    assert!(app.all("[data-testid=choose-date]").await.is_empty(), "a closed poll offers no date to choose");
    show_grid(&app).await;
    app.shot("03-poll-closed").await;
    let released = std::fs::read_dir(&folder)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().ends_with("-released.eml"))
        .count();
    assert_eq!(released, 1, "the other dates are released for the one recipient");
    let meeting_invitation = std::fs::read_to_string(folder.join("00-meeting-invitation.eml")).unwrap();
    assert!(meeting_invitation.contains(&format!("UID:{}", uids[0])), "{meeting_invitation}");
    app.click("[data-testid=poll-meeting]").await;
    app.wait_text("[data-testid=meeting-title]", TITLE).await;
    let page = app.text("main").await;
    assert!(page.contains(HOST), "the meeting is hosted by Jelgava:\n{page}");
    let db = rusqlite::Connection::open_with_flags(&app.db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let (uid, sequence, status): (String, i64, String) = db
        .query_row("SELECT uid, sequence, status FROM meetings WHERE title = ?1", [TITLE], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .unwrap();
    assert_eq!(
        (uid.as_str(), sequence, status.as_str()),
        (uids[0].as_str(), 1, "confirmed"),
        "the hold became the meeting"
    );
    app.shot("04-meeting").await;
    app.close().await;
}
