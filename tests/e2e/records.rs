//! Records added in the window's own forms, as a coordinator adds them: a milestone on a
//! network's timeline (known only to the month, a deadline) and a good practice with its
//! city, country, network and a section; each is then found where a person looks for it
//! (the network's timeline and milestone list, its timeline on Home, the practice list),
//! still there after the app is restarted, and the practice is deleted only after the confirmation.
//!
//! Screenshots: tests/e2e/screenshots/records-NN-<screen>.png.

use crate::harness::App;

const MILESTONE: &str = "Integrated Action Plan due";
const PRACTICE: &str = "Kitchen gardens of Jelgava";

fn milestone_row(title: &str) -> String {
    format!("[data-testid=milestone][data-milestone=\"{title}\"]")
}

fn timeline_mark(title: &str) -> String {
    format!("[data-testid=timeline-mark][data-kind=milestone][data-title=\"{title}\"]")
}

fn practice_entry(title: &str) -> String {
    format!("[data-testid=practice-entry][data-practice=\"{title}\"]")
}

impl App {
    async fn add_milestone(&self) {
        self.click("[data-testid=add-milestone]").await;
        self.el("[data-testid=milestone-dialog]").await;
        self.fill("#milestone-title", MILESTONE).await;
        self.choose("#milestone-kind", "Deadline").await;
        self.click("#milestone-precision-month").await;
        self.fill("#milestone-date", "2027-06").await;
        self.shot("01-milestone-form").await;
        self.click("[data-testid=save-milestone]").await;
        self.gone("[data-testid=milestone-dialog]").await;
        self.wait_text("[data-testid=notice] span", &format!("{MILESTONE} was added.")).await;
    }

    async fn sees_the_milestone(&self) {
        let row = self.text(&milestone_row(MILESTONE)).await;
        assert!(row.contains("June 2027") && row.contains("Deadline"), "the list gives its month and kind: {row}");
        let mark = self.present(&timeline_mark(MILESTONE)).await;
        let label = mark.attr("aria-label").await.unwrap().unwrap_or_default();
        assert_eq!(label, format!("Milestone: {MILESTONE}, June 2027"), "the timeline places it in its month");
    }

    /// Home's card for the network, scrolled to, reads its items and draws the milestone.
    async fn sees_the_milestone_on_home(&self) {
        self.click("[data-testid=nav-home]").await;
        self.el("[data-testid=nav-home][aria-current=page]").await;
        let card = "[data-testid=home-timeline][data-network=\"IoTXchange\"]";
        let e = serde_json::to_value(self.present(card).await).unwrap();
        self.client.execute("arguments[0].scrollIntoView({ block: 'center' })", vec![e]).await.unwrap();
        self.present(&format!("{card}[data-drawn=yes]")).await;
        let mark = self.present(&format!("{card} {}", timeline_mark(MILESTONE))).await;
        let label = mark.attr("aria-label").await.unwrap().unwrap_or_default();
        assert_eq!(label, format!("Milestone: {MILESTONE}, June 2027"), "Home's timeline places it in its month");
        self.shot("03-home-timeline").await;
    }

    async fn add_practice(&self) {
        self.click("[data-testid=nav-practices]").await;
        self.click("[data-testid=new-practice]").await;
        self.fill("#practice-title", PRACTICE).await;
        self.fill("#practice-tagline", "Vacant lots become gardens run by their neighbours").await;
        self.fill("#practice-city", "Jelgava").await;
        self.choose("#practice-country", "Latvia").await;
        self.click("[data-testid=practice-network][data-network=\"IoTXchange\"]").await;
        self.click("[data-testid=add-practice-section]").await;
        self.fill("#section-0-heading", "The problem").await;
        self.fill("#section-0-body", "Forty vacant lots in the old town.").await;
        self.shot("04-practice-form").await;
        self.click("[data-testid=save-practice]").await;
        self.wait_route("#/practices/").await;
        self.wait_text("[data-testid=practice-title]", PRACTICE).await;
        let networks = self.text("[data-testid=practice-networks]").await;
        assert_eq!(networks.trim(), "IoTXchange", "the practice names the network that transfers it");
        self.shot("05-practice-page").await;
    }
}

#[tokio::test]
#[cfg_attr(skip_e2e, ignore = "CONVENE_SKIP_E2E=1 was set when the tests were built")]
async fn a_milestone_and_a_practice_added_in_the_window_are_found_where_they_belong() {
    let app = App::launch("records").await;
    app.load_examples().await;
    app.click("[data-testid=open-home]").await;
    app.open_network().await;
    app.add_milestone().await;
    app.sees_the_milestone().await;
    let heading = serde_json::to_value(app.el("#milestones-h").await).unwrap();
    app.client.execute("arguments[0].scrollIntoView({ block: 'start' })", vec![heading]).await.unwrap();
    app.shot("02-network-timeline").await;
    app.sees_the_milestone_on_home().await;

    app.add_practice().await;
    app.click("[data-testid=nav-practices]").await;
    let entry = app.text(&practice_entry(PRACTICE)).await;
    assert!(entry.contains("Jelgava, Latvia"), "the list gives its city and country: {entry}");
    app.shot("06-practice-list").await;

    let app = app.reopen().await;
    app.wait_for_title("Convene").await;
    app.open_network().await;
    app.sees_the_milestone().await;
    app.click("[data-testid=nav-practices]").await;
    app.click(&format!("{} a", practice_entry(PRACTICE))).await;
    app.click("[data-testid=delete-practice]").await;
    let question = app.text("[data-testid=confirm-dialog]").await;
    assert!(
        question.contains("The practice and its section will be deleted"),
        "the confirmation says what goes: {question}"
    );
    app.shot("07-practice-delete").await;
    app.click("[data-testid=confirm-yes]").await;
    app.wait_route("#/practices").await;
    app.wait_text("[data-testid=notice] span", &format!("{PRACTICE} was deleted.")).await;
    app.gone(&practice_entry(PRACTICE)).await;
    let others = app.all("[data-testid=practice-entry]").await;
    assert!(!others.is_empty(), "the example practices are still listed");
    app.close().await;
}
