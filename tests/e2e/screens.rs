//! The README's screenshots (docs/screenshots/*.png): the main screens of the real window
//! at 1280x800 with the example networks loaded, plus a few coming meetings so the home
//! screen and the calendar show what a coordinator would see on a working day.
//!
//! Not a test of behaviour, so ignored by default. Regenerate (after `npm run build --prefix ui`):
//! `CONVENE_SKIP_E2E= xvfb-run -a -s "-screen 0 1280x800x24" cargo test -p convene --features custom-protocol --test e2e -- --ignored readme_screenshots`
//! then look at every file before committing it.

use std::path::Path;

use crate::harness::App;

/// Coming meetings, `days` from today (moved to the next weekday), in the example networks.
/// (network, host, title, days, start, end, mode, status, venue)
const COMING: &[(&str, &str, &str, i64, &str, &str, &str, &str, &str)] = &[
    (
        "IoTXchange",
        "Jelgava",
        "Sensor lab study visit",
        9,
        "10:00",
        "12:30",
        "in_person",
        "confirmed",
        "Jelgava City Hall",
    ),
    ("IoTXchange", "Fundão", "Action plan check-in", 23, "14:00", "15:30", "online", "tentative", ""),
    (
        "TechTown",
        "Barnsley",
        "Digital skills workshop",
        16,
        "09:30",
        "17:00",
        "hybrid",
        "confirmed",
        "Barnsley Digital Media Centre",
    ),
    ("DigiPlace", "", "Steering group call", 4, "11:00", "12:00", "online", "tentative", ""),
];

/// Creates the coming meetings through the app's own commands (the form is tested elsewhere).
const CREATE_COMING: &str = r#"
    const [coming, done] = arguments;
    const invoke = window.__TAURI_INTERNALS__.invoke;
    const weekday = (days) => {
        const d = new Date(Date.now() + days * 86400000);
        while (d.getDay() === 0 || d.getDay() === 6) d.setDate(d.getDate() + 1);
        return d.toISOString().slice(0, 10);
    };
    (async () => {
        const networks = await invoke('list_networks', {});
        const made = [];
        for (const [network, host, title, days, start, end, mode, status, venue] of coming) {
            const net = networks.find((n) => n.name === network);
            const partners = await invoke('list_partners', { networkId: net.id });
            const hostPartner = partners.find((p) => p.name === host) ?? null;
            const date = weekday(days);
            const m = await invoke('create_meeting', {
                networkId: net.id,
                input: {
                    kind: mode === 'online' ? 'online_touch_base' : 'transnational', title,
                    host_partner_id: hostPartner ? hostPartner.id : null, venue, mode,
                    online_url: mode === 'in_person' ? '' : 'https://meet.example.org/' + net.id,
                    status, description: '',
                    schedule: {
                        type: 'timed', start_local: `${date}T${start}:00`, end_local: `${date}T${end}:00`,
                        time_zone: hostPartner ? hostPartner.time_zone : 'Europe/Brussels',
                    },
                },
            });
            made.push({ id: m.id, date });
        }
        return made;
    })().then(done, (e) => done({ error: JSON.stringify(e) }));
"#;

/// An agenda for the study visit, so its page shows one.
const AGENDA: &str = r#"
    const [meetingId, done] = arguments;
    window.__TAURI_INTERNALS__.invoke('set_agenda', { meetingId, items: [
        { start_time: '10:00', end_time: '10:20', title: 'Welcome by the host city', lead_partner_id: null, notes: '' },
        { start_time: '10:20', end_time: '11:30', title: 'Visit of the sensor lab', lead_partner_id: null, notes: 'Meet at the main entrance.' },
        { start_time: '11:30', end_time: '12:30', title: 'What each city takes home', lead_partner_id: null, notes: '' },
    ] }).then(() => done(true), (e) => done({ error: JSON.stringify(e) }));
"#;

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
}

#[tokio::test]
#[ignore = "writes docs/screenshots/; run explicitly to regenerate them"]
async fn readme_screenshots() {
    let Some(app) = App::launch("readme").await else { return };
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
    app.readme_shot("home").await;
    app.scroll_to("#timelines-h").await;
    app.readme_shot("home-timelines").await;

    app.click("[data-testid=nav-networks]").await;
    app.click("[data-testid=network-entry][data-network=\"IoTXchange\"] [data-testid=network-link]").await;
    app.el("[data-testid=partners-table]").await;
    app.readme_shot("network").await;
    app.scroll_to("#section-partners").await;
    app.readme_shot("network-partners").await;

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

    app.click("[data-testid=nav-search]").await;
    app.fill("main [data-testid=search-input]", "Jelgava").await;
    app.el("main [data-testid=search-result][data-kind=meeting]").await;
    app.readme_shot("search").await;

    app.click("[data-testid=nav-settings]").await;
    app.el("[data-testid=db-path]").await;
    app.readme_shot("settings").await;

    app.close().await;
}
