//! Deciding when in the window: the meeting form's "Find a time" panel ranks times for the
//! nine IoTXchange partners across the March 2027 clock change, lists every partner's
//! own time and offset, and picking one fills the form; a time on the host's public
//! holiday is flagged in the form before saving.
//!
//! Screenshots: tests/e2e/screenshots/scheduling-NN-<screen>.png.

use crate::harness::App;

fn slot_partner(slot: usize, partner: &str) -> String {
    format!("[data-testid=slot]:nth-child({slot}) [data-testid=slot-partner][data-partner=\"{partner}\"]")
}

#[tokio::test]
#[cfg_attr(skip_e2e, ignore = "CONVENE_SKIP_E2E=1 was set when the tests were built")]
async fn find_a_time_fills_the_form_and_the_hosts_holiday_is_flagged() {
    let app = App::launch("scheduling").await;
    app.load_examples().await;
    app.click("[data-testid=open-home]").await;
    app.open_network().await;
    app.click(".page-head [data-testid=new-meeting]").await;
    app.fill("#meeting-title", "Spring meeting").await;
    app.choose("#meeting-host", "Jelgava").await;

    app.click("[data-testid=find-time-toggle]").await;
    // Monday 29 March 2027 is Easter Monday in most partners' countries; the clocks went
    // forward the day before.
    app.fill("[data-testid=find-from]", "2027-03-29").await;
    app.fill("[data-testid=find-to]", "2027-04-02").await;
    app.click("[data-testid=find-run]").await;
    let summary = app.text("[data-testid=find-summary]").await;
    assert!(summary.contains("times suit every partner"), "{summary}");
    let first = app.el("[data-testid=slot]:nth-child(1)").await;
    assert_eq!(first.attr("data-worst").await.unwrap().as_deref(), Some("0"), "the best time suits everybody");
    let heading = first.text().await.unwrap();
    assert!(heading.starts_with("Tue 30 Mar, 11:00–13:00"), "Riga's clock, after Easter Monday: {heading}");
    let fundao = app.text(&slot_partner(1, "Fundão")).await;
    assert!(fundao.contains("09:00–11:00") && fundao.contains("UTC+01:00"), "Lisbon's summer time: {fundao}");
    let jelgava = app.text(&slot_partner(1, "Jelgava")).await;
    assert!(jelgava.contains("11:00–13:00") && jelgava.contains("UTC+03:00"), "{jelgava}");
    app.shot("01-find-a-time").await;

    app.click("[data-testid=slot]:nth-child(1) [data-testid=use-slot]").await;
    assert_eq!(app.value("#meeting-start-date").await, "2027-03-30");
    assert_eq!(app.value("#meeting-start-time").await, "11:00");
    assert_eq!(app.value("#meeting-end-time").await, "13:00");
    assert_eq!(app.value("#meeting-zone").await, "Europe/Riga");
    app.wait_text("[data-testid=local-time-row][data-partner=\"Fundão\"] [data-testid=local-start]", "09:00").await;

    // Good Friday is a public holiday in Latvia: the form says so before saving.
    app.fill("#meeting-start-date", "2027-03-26").await;
    let warning = app.text("[data-testid=meeting-warning][data-kind=host_holiday]").await;
    assert!(warning.contains("a holiday there (Good Friday)"), "{warning}");
    let box_ = serde_json::to_value(app.el("[data-testid=meeting-warnings]").await).unwrap();
    app.client.execute("arguments[0].scrollIntoView({ block: 'center' })", vec![box_]).await.unwrap();
    app.shot("02-host-holiday").await;
    app.close().await;
}
