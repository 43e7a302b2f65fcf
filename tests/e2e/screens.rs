//! The README's screenshots (docs/screenshots/*.png): the main screens of the real window
//! at 1280x800 with the example networks loaded, plus a few coming meetings so the home
//! screen and the calendar show what a coordinator would see on a working day. After the
//! original screens (so those do not change), partner contacts are added and Jelgava's
//! action plan is written in the window: a section with its preview, two versions of it
//! compared word by word, three actions with costs and funding, their budget and timeline;
//! then the network's calendar export and a meeting's e-mail invitation.
//!
//! Not a test of behaviour, so ignored by default. Regenerate (after `npm run build --prefix ui`):
//! `xvfb-run -a -s "-screen 0 1280x800x24" cargo test -p convene-e2e -- --ignored readme_screenshots` (after building the app as docs/e2e.md says)
//! then look at every file before committing it.

use std::path::Path;

use fantoccini::key::Key;

use crate::harness::App;
use crate::screens_data::{
    ACTIONS, ADD_CONTACTS, AGENDA, COMING, CONTACTS, CONTEXT, CONTEXT_REVIEWED, CREATE_COMING, PLAN,
};

impl App {
    async fn readme_shot(&self, name: &str) {
        self.shot_to(&Path::new("docs/screenshots").join(format!("{name}.png"))).await;
    }

    async fn open(&self, hash: &str) {
        self.client.execute("location.hash = arguments[0]", vec![hash.into()]).await.unwrap();
        self.wait_route(hash.split('?').next().unwrap()).await;
    }

    async fn scroll_to(&self, css: &str) {
        let e = self.el(css).await;
        self.client
            .execute(
                "arguments[0].scrollIntoView({ block: 'start' }); window.scrollBy(0, -16);",
                vec![serde_json::to_value(&e).unwrap()],
            )
            .await
            .unwrap();
    }

    /// Scrolls the window so that `css` is `offset` pixels below the top.
    async fn scroll_below(&self, css: &str, offset: i64) {
        let e = self.el(css).await;
        self.client
            .execute(
                "arguments[0].scrollIntoView({ block: 'start' }); window.scrollBy(0, -arguments[1]);",
                vec![serde_json::to_value(&e).unwrap(), offset.into()],
            )
            .await
            .unwrap();
    }

    /// The version the plan page says it shows ("Jelgava · version 3, ...").
    async fn plan_version(&self) -> i64 {
        let line = self.text(".page-head .title p.muted").await;
        line.split("version ")
            .nth(1)
            .and_then(|r| r.split(',').next())
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or_else(|| panic!("no version in {line:?}"))
    }

    /// Replaces the section's text by typing, leaves the field and waits for the save.
    async fn write_section(&self, text: &str) {
        let e = self.el("#section-text").await;
        e.click().await.unwrap();
        let ctrl = char::from(Key::Control);
        e.send_keys(&format!("{ctrl}a{ctrl}")).await.unwrap();
        e.send_keys(&char::from(Key::Backspace).to_string()).await.unwrap();
        e.send_keys(&text.replace('\n', &char::from(Key::Enter).to_string())).await.unwrap();
        self.until("the section to hold the text typed", move || async move {
            (self.value("#section-text").await == text).then_some(())
        })
        .await;
        self.click("[data-testid=plan-title]").await;
        self.wait_text("[data-testid=save-status]", "All changes saved").await;
    }

    /// Opens a cell of the action table, types `text`, presses Enter and waits for the
    /// plan to be saved and shown again (a cell opened before that would be redrawn).
    async fn set_action_cell(&self, action: &str, key: &str, text: &str) {
        let before = self.plan_version().await;
        let cell = format!("[data-testid=action-row][data-action=\"{action}\"] td[data-key={key}]");
        self.click(&cell).await;
        let input = format!("{cell} [data-testid=action-edit]");
        self.type_in_cell(&cell, &input, text).await;
        self.gone(&input).await;
        self.until("the action's change to be saved", move || async move {
            (self.plan_version().await > before).then_some(())
        })
        .await;
    }

    /// Types `text` and Enter into the cell editor `input`, again when the table redrew it
    /// meanwhile (a save of the previous cell reloads the plan), opening `cell` if it closed.
    async fn type_in_cell(&self, cell: &str, input: &str, text: &str) {
        let ctrl = char::from(Key::Control);
        let keys = format!("{ctrl}a{ctrl}{}{text}", char::from(Key::Backspace));
        for _ in 0..5 {
            if self.all(input).await.is_empty() {
                self.click(cell).await;
            }
            let e = self.el(input).await;
            if e.send_keys(&keys).await.is_err() {
                continue;
            }
            if e.prop("value").await.ok().flatten().as_deref() != Some(text) {
                continue;
            }
            if e.send_keys(&char::from(Key::Enter).to_string()).await.is_ok() {
                return;
            }
        }
        panic!("could not type {text:?} into `{input}`");
    }

    /// Adds an action with its objective, months, cost and funding, as plans.rs does.
    async fn write_action(
        &self,
        (title, objective, months, cost, funding, pilot): (&str, &str, &str, &str, &[(&str, &str)], bool),
    ) {
        let before = self.all("[data-testid=action-row]").await.len();
        self.click("[data-testid=add-action]").await;
        self.until("the new action's row", move || async move {
            (self.all("[data-testid=action-row]").await.len() == before + 1).then_some(())
        })
        .await;
        let input = "td[data-key=title] [data-testid=action-edit]";
        self.type_in_cell("td[data-key=title]:has([data-testid=action-edit])", input, title).await;
        self.el(&format!("[data-testid=action-row][data-action=\"{title}\"]")).await;
        self.set_action_cell(title, "objective", objective).await;
        self.set_action_cell(title, "months", months).await;
        self.set_action_cell(title, "cost", cost).await;
        self.click(&format!("[data-testid=action-row][data-action=\"{title}\"] td[data-key=details]")).await;
        self.el("[data-testid=action-details]").await;
        if pilot {
            self.click("#ad-pilot").await;
        }
        for (i, (source, amount)) in funding.iter().enumerate() {
            self.click("[data-testid=add-funding]").await;
            self.choose(&format!("#ad-funding-{i}-source"), source).await;
            self.fill(&format!("#ad-funding-{i}-amount"), amount).await;
        }
        self.click("[data-testid=save-action]").await;
        self.gone("[data-testid=action-details]").await;
    }

    /// Closes the open dialog with its Cancel button.
    async fn cancel_dialog(&self, dialog: &str) {
        let d = self.el(dialog).await;
        self.client
            .execute(
                "[...arguments[0].querySelectorAll('button')].find((b) => b.textContent.trim() === 'Cancel').click();",
                vec![serde_json::to_value(&d).unwrap()],
            )
            .await
            .unwrap();
        self.gone(dialog).await;
    }
}

#[tokio::test]
#[ignore = "writes docs/screenshots/; run explicitly to regenerate them"]
async fn readme_screenshots() {
    let app = App::launch("readme").await;
    app.wait_for_title("Convene").await;
    app.client.set_window_size(1280, 800).await.expect("the window can be resized");
    app.click("[data-testid=load-examples]").await;
    app.el("[data-testid=import-summary]").await;
    let coming: Vec<serde_json::Value> =
        COMING.iter().map(|(n, h, t, d, s, e, m, st, v)| serde_json::json!([n, h, t, d, s, e, m, st, v])).collect();
    let made = app.client.execute_async(CREATE_COMING, vec![coming.into()]).await.unwrap();
    assert!(made.is_array(), "the coming meetings were created: {made}");
    app.click("[data-testid=open-home]").await;

    app.el("[data-testid=nav-home][aria-current=page]").await;
    app.wait_for_text("Sensor lab study visit").await;
    app.home_timelines_drawn().await;
    app.readme_shot("home").await;
    app.scroll_to("#timelines-h").await;
    app.home_timelines_drawn().await;
    app.readme_shot("home-timelines").await;

    app.click("[data-testid=nav-networks]").await;
    app.click("[data-testid=network-entry][data-network=\"IoTXchange\"] [data-testid=network-link]").await;
    app.el("[data-testid=partners-table]").await;
    app.readme_shot("network").await;
    app.scroll_to("#section-partners").await;
    app.readme_shot("network-partners").await;
    // A milestone known only to its month, added in its form: the timeline and the list.
    app.click("[data-testid=add-milestone]").await;
    app.el("[data-testid=milestone-dialog]").await;
    app.fill("#milestone-title", "Integrated Action Plan due").await;
    app.choose("#milestone-kind", "Deadline").await;
    app.click("#milestone-precision-month").await;
    app.fill("#milestone-date", "2027-06").await;
    app.click("[data-testid=save-milestone]").await;
    app.gone("[data-testid=milestone-dialog]").await;
    app.el("[data-testid=milestone][data-milestone=\"Integrated Action Plan due\"]").await;
    app.click("[data-testid=notice] button").await;
    app.gone("[data-testid=notice]").await;
    app.scroll_to("#section-milestones").await;
    app.readme_shot("network-milestones").await;
    // The partners' public holidays of the coming weeks, by day.
    app.scroll_to("#section-days-off").await;
    app.readme_shot("network-holidays").await;

    app.click(".page-head [data-testid=new-meeting]").await;
    app.fill("#meeting-title", "Sensor lab follow-up").await;
    app.choose("#meeting-host", "Jelgava").await;
    app.fill("#meeting-start-date", "2027-03-10").await;
    // Early in Riga: the panel marks the partners for whom it is before 08:00.
    app.fill("#meeting-start-time", "08:30").await;
    app.fill("#meeting-end-time", "10:30").await;
    app.wait_text("[data-testid=local-time-row][data-partner=\"Fundão\"] [data-testid=local-start]", "06:30").await;
    app.client.execute("window.scrollTo(0, 0); document.activeElement?.blur();", vec![]).await.unwrap();
    app.readme_shot("meeting-form").await;
    // Finding a time in Easter week 2027 (the clocks changed the day before): every
    // partner's own clock, and what is wrong where.
    app.click("[data-testid=find-time-toggle]").await;
    app.fill("[data-testid=find-from]", "2027-03-29").await;
    app.fill("[data-testid=find-to]", "2027-04-02").await;
    app.click("[data-testid=find-run]").await;
    app.el("[data-testid=slot]:nth-child(1)").await;
    app.scroll_to("#find-time-h").await;
    app.readme_shot("find-a-time").await;

    let visit = made[0]["id"].as_i64().unwrap();
    app.client.execute_async(AGENDA, vec![visit.into()]).await.unwrap();
    app.open(&format!("#/meetings/{visit}")).await;
    app.wait_text("[data-testid=meeting-title]", "Sensor lab study visit").await;
    app.readme_shot("meeting").await;

    // The month of the study visit, with the meetings around it.
    let month = &made[0]["date"].as_str().unwrap()[..7];
    app.open(&format!("#/meetings?view=calendar&month={month}")).await;
    app.el("[data-testid=month-calendar]").await;
    app.present("[data-testid=calendar-day] a[title=\"Sensor lab study visit\"]").await;
    app.readme_shot("calendar").await;

    app.click("[data-testid=nav-practices]").await;
    let practice = app.el("[data-testid=practice-entry] a").await;
    practice.click().await.unwrap();
    app.el("[data-testid=practice-title]").await;
    app.readme_shot("practice").await;

    // A practice typed in, with the fields the importer fills (not saved).
    app.click("[data-testid=nav-practices]").await;
    app.click("[data-testid=new-practice]").await;
    app.fill("#practice-title", "Kitchen gardens of Jelgava").await;
    app.fill("#practice-tagline", "Vacant lots become gardens run by their neighbours").await;
    app.fill("#practice-city", "Jelgava").await;
    app.choose("#practice-country", "Latvia").await;
    app.click("[data-testid=practice-network][data-network=\"IoTXchange\"]").await;
    app.click("[data-testid=add-practice-section]").await;
    app.fill("#section-0-heading", "The problem").await;
    app.fill("#section-0-body", "Forty vacant lots in the old town, and a waiting list for allotments.").await;
    app.client.execute("window.scrollTo(0, 0); document.activeElement?.blur();", vec![]).await.unwrap();
    app.readme_shot("practice-form").await;

    app.click("[data-testid=nav-search]").await;
    app.fill("main [data-testid=search-input]", "Jelgava").await;
    app.el("main [data-testid=search-result][data-kind=meeting]").await;
    app.readme_shot("search").await;

    // Contacts and the name plans are signed with: the screens above would show them, so
    // they come after those (Settings shows the name).
    let contacts: Vec<serde_json::Value> =
        CONTACTS.iter().map(|(p, n, r, e)| serde_json::json!([p, n, r, e])).collect();
    let added = app.client.execute_async(ADD_CONTACTS, vec![contacts.into()]).await.unwrap();
    assert_eq!(added, serde_json::json!(true), "the contacts were added: {added}");

    app.click("[data-testid=nav-settings]").await;
    app.el("[data-testid=db-path]").await;
    let a = &app;
    app.until("Settings to show the author's name", move || async move {
        (a.value("#author-name").await == "Ilze Bērziņa").then_some(())
    })
    .await;
    // Every card whole: the page's title is the one scrolled away.
    app.scroll_below("section[aria-labelledby=author-h]", 16).await;
    app.readme_shot("settings").await;

    // The plan: a section written, with its preview.
    app.click("[data-testid=nav-networks]").await;
    app.click("[data-testid=network-entry][data-network=\"IoTXchange\"] [data-testid=network-link]").await;
    app.click(&format!("[data-testid=plan][data-plan=\"{PLAN}\"] [data-testid=plan-link]")).await;
    app.wait_text("[data-testid=plan-title]", PLAN).await;
    app.click("[data-testid=outline-section][data-key=context]").await;
    app.el("[data-testid=plan-section][data-key=context]").await;
    app.write_section(CONTEXT).await;
    let written = app.plan_version().await;
    app.wait_text("[data-testid=markdown-preview] h2", "Needs found with the local group").await;
    app.scroll_below("[data-testid=plan-section][data-key=context]", 16).await;
    app.client.execute("document.querySelector('#section-text').scrollTop = 0;", vec![]).await.unwrap();
    app.readme_shot("plan-section").await;
    app.write_section(CONTEXT_REVIEWED).await;
    let reviewed = app.plan_version().await;
    assert!(reviewed > written, "the reviewed text is a new version: {written} then {reviewed}");

    // Actions with costs and funding; the budget and the timeline follow.
    app.click("[data-testid=outline-actions]").await;
    for action in ACTIONS {
        app.write_action(*action).await;
    }
    app.wait_text("[data-testid=budget-total]", "€245,000.00").await;
    app.wait_text("[data-testid=budget-funded]", "€185,000.00").await;
    assert_eq!(app.all("[data-testid=gantt-bar]").await.len(), ACTIONS.len(), "a bar per action");
    app.client.execute("window.scrollTo(0, 0); document.activeElement?.blur();", vec![]).await.unwrap();
    app.readme_shot("plan-actions").await;
    // The whole timeline at the bottom of the window, the budget's breakdown above it.
    let gantt = app.el("[data-testid=gantt]").await;
    app.client
        .execute(
            "arguments[0].closest('section').scrollIntoView({ block: 'end' }); window.scrollBy(0, 16);",
            vec![serde_json::to_value(&gantt).unwrap()],
        )
        .await
        .unwrap();
    app.readme_shot("plan-budget").await;

    // The history: the first text against the reviewed one, word by word.
    app.click("[data-testid=outline-history]").await;
    app.el("[data-testid=revision]").await;
    app.present(&format!("#diff-from option[value=\"{written}\"]")).await.click().await.unwrap();
    app.present(&format!("#diff-to option[value=\"{reviewed}\"]")).await.click().await.unwrap();
    let diff = "[data-testid=diff-section][data-section=\"Context and needs\"]";
    app.until("the context's changed words to be marked", || async {
        let shown = app.text(&format!("{diff} [data-testid=diff-after]")).await;
        let marked = app.all(&format!("{diff} [data-testid=diff-after] ins")).await;
        (shown.contains("city hall") && !marked.is_empty()).then_some(())
    })
    .await;
    // The page's end, with the two versions compared at the top of the list of versions.
    let list = app.el("[data-testid=revision-list]").await;
    app.client
        .execute(
            "window.scrollTo(0, document.scrollingElement.scrollHeight);
             const [list, to] = arguments;
             const row = list.querySelector(`[data-testid=revision][data-number=\"${to}\"]`);
             list.scrollTop += row.getBoundingClientRect().top;",
            vec![serde_json::to_value(&list).unwrap(), reviewed.into()],
        )
        .await
        .unwrap();
    app.readme_shot("plan-history").await;

    // The network's calendar, with a reminder.
    app.click(".crumbs a[href*=\"section=plans\"]").await;
    app.wait_text("[data-testid=network-title]", "IoTXchange").await;
    app.scroll_below("#section-meetings", 16).await;
    app.click("#section-meetings [data-testid=export-calendar]").await;
    app.el("[data-testid=export-calendar-dialog]").await;
    app.choose("[data-testid=calendar-reminder]", "1 day before").await;
    app.readme_shot("calendar-export").await;
    app.cancel_dialog("[data-testid=export-calendar-dialog]").await;

    // An invitation to the study visit: every partner's contacts preselected.
    app.open(&format!("#/meetings/{visit}")).await;
    app.wait_text("[data-testid=meeting-title]", "Sensor lab study visit").await;
    app.click("[data-testid=email-invitation]").await;
    app.el("[data-testid=invitation-dialog]").await;
    for (_, _, _, email) in CONTACTS {
        let checkbox = app.el(&format!("[data-testid=invitee][data-email=\"{email}\"]")).await;
        assert_eq!(checkbox.prop("checked").await.unwrap().as_deref(), Some("true"), "{email} is preselected");
    }
    app.fill("[data-testid=invite-organizer]", "coordinator@iotxchange.eu").await;
    app.readme_shot("invitation").await;
    app.cancel_dialog("[data-testid=invitation-dialog]").await;

    app.close().await;
}
