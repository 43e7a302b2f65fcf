//! The window without a mouse (issue 14): a whole task done with the keyboard only, every
//! control on the way showing where the focus is, dialogs closed with Escape giving the
//! focus back to the button that opened them, the month calendar walked with the arrows;
//! an action plan's section and action table written with keys only;
//! then the system's reduced-motion setting, and the main content at 200 % zoom.
//!
//! Every key goes through WebDriver's key actions to whatever has the focus, as a keyboard
//! would: no element is clicked, and no field is set by script. Screens are saved as
//! tests/e2e/screenshots/keyboard-NN-<what>.png.

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use serde_json::Value;

use crate::harness::App;

/// How many Tab presses a control may be away before the test calls it unreachable.
const MOST_TABS: usize = 120;

impl App {
    /// Types `text` (characters or [`Key`]s) into whatever has the focus.
    async fn type_keys(&self, text: &str) {
        let mut actions = KeyActions::new("keyboard".into());
        for c in text.chars() {
            actions = actions.then(KeyAction::Down { value: c }).then(KeyAction::Up { value: c });
        }
        self.client.perform_actions(actions).await.expect("the keys reached the window");
        self.client.release_actions().await.unwrap();
    }

    async fn key(&self, key: Key) {
        self.type_keys(&char::from(key).to_string()).await;
    }

    async fn shift_tab(&self) {
        let (shift, tab) = (char::from(Key::Shift), char::from(Key::Tab));
        let keys = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: shift })
            .then(KeyAction::Down { value: tab })
            .then(KeyAction::Up { value: tab })
            .then(KeyAction::Up { value: shift });
        self.client.perform_actions(keys).await.unwrap();
        self.client.release_actions().await.unwrap();
    }

    /// What has the focus: its test id, id, tag and text, and whether a focus indicator
    /// is drawn (an outline, or for the timeline's SVG links the focus stroke of its mark).
    async fn focus(&self) -> Value {
        let script = r#"
            const e = document.activeElement;
            if (!e || e === document.body) return null;
            const s = getComputedStyle(e);
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
            const mark = e.querySelector('.meeting, .milestone');
            const stroke = mark ? parseFloat(getComputedStyle(mark).strokeWidth) >= 3 : false;
            return {
                testid: e.dataset.testid ?? null, id: e.id, tag: e.tagName.toLowerCase(),
                text: (e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 50),
                visible: outline || stroke || s.boxShadow !== 'none' && e.matches(':focus-visible'),
            };
        "#;
        self.client.execute(script, vec![]).await.unwrap()
    }

    async fn focus_is(&self, css: &str) -> bool {
        let r = self.client.execute("return !!document.activeElement?.matches(arguments[0])", vec![css.into()]).await;
        r.unwrap() == Value::Bool(true)
    }

    /// Presses Tab until `css` has the focus, checking that every control passed on the way
    /// shows its focus; fails naming the controls that did not, or if `css` is never reached.
    async fn tab_to(&self, css: &str) {
        self.tab_towards(css, false).await;
    }

    /// [`App::tab_to`] backwards, with Shift+Tab.
    async fn shift_tab_to(&self, css: &str) {
        self.tab_towards(css, true).await;
    }

    async fn tab_towards(&self, css: &str, back: bool) {
        let mut passed = Vec::new();
        for _ in 0..MOST_TABS {
            if back {
                self.shift_tab().await;
            } else {
                self.key(Key::Tab).await;
            }
            let now = self.focus().await;
            if now.is_null() {
                continue;
            }
            assert_eq!(now["visible"], true, "the focus is not visible on {now} (on the way to `{css}`)");
            if self.focus_is(css).await {
                return;
            }
            passed.push(format!("{} {} {:?}", now["tag"], now["testid"], now["text"].as_str().unwrap_or_default()));
        }
        self.shot("timeout-tab").await;
        panic!("`{css}` was not reached in {MOST_TABS} presses of Tab; the focus went through:\n{}", passed.join("\n"));
    }

    /// Presses Escape in the dialog `dialog` and checks it closed and gave the focus back to
    /// `opener`.
    async fn escape_back_to(&self, dialog: &str, opener: &str) {
        self.el(dialog).await;
        assert!(
            !self.focus_is(opener).await,
            "the focus moved into the dialog `{dialog}` when it opened: {}",
            self.focus().await
        );
        self.key(Key::Escape).await;
        self.gone(dialog).await;
        let a = self;
        self.until(&format!("the focus to come back to `{opener}`"), move || async move {
            a.focus_is(opener).await.then_some(())
        })
        .await;
    }

    async fn focused_date(&self) -> String {
        let v = self.client.execute("return document.activeElement?.dataset.date ?? ''", vec![]).await.unwrap();
        v.as_str().unwrap_or_default().to_string()
    }
}

#[tokio::test]
#[cfg_attr(skip_e2e, ignore = "CONVENE_SKIP_E2E=1 was set when the tests were built")]
async fn a_meeting_is_created_and_its_calendar_exported_with_the_keyboard_only() {
    let app = App::launch("keyboard").await;
    app.wait_for_title("Convene").await;
    app.el("[data-testid=load-examples]").await;

    app.tab_to("[data-testid=load-examples]").await;
    app.key(Key::Enter).await;
    app.el("[data-testid=import-summary]").await;
    app.tab_to("[data-testid=open-home]").await;
    app.key(Key::Enter).await;
    app.el("[data-testid=nav-home][aria-current=page]").await;

    // The skip link comes first and takes the focus to the screen.
    app.tab_to("a.skip").await;
    app.shot("01-skip-link").await;
    app.tab_to("[data-testid=nav-networks]").await;
    app.key(Key::Enter).await;
    app.el("[data-testid=network-entry]").await;
    app.tab_to("[data-testid=network-entry][data-network=\"IoTXchange\"] [data-testid=network-link]").await;
    app.key(Key::Enter).await;
    app.wait_text("[data-testid=network-title]", "IoTXchange").await;

    // A dialog: the focus goes in, Escape closes it, the focus comes back.
    app.tab_to("[data-testid=add-partner]").await;
    app.key(Key::Enter).await;
    app.escape_back_to("[data-testid=partner-dialog]", "[data-testid=add-partner]").await;

    // The meeting, typed in.
    app.shift_tab_to(".page-head [data-testid=new-meeting]").await;
    app.key(Key::Enter).await;
    app.el("#meeting-title").await;
    app.tab_to("#meeting-title").await;
    app.type_keys("Keyboard-only working session").await;
    app.tab_to("#meeting-start-date").await;
    app.type_keys("2027-05-12").await;
    app.tab_to("#meeting-start-time").await;
    app.type_keys("09:30").await;
    app.tab_to("#meeting-end-time").await;
    app.type_keys("11:00").await;
    app.tab_to("#meeting-zone").await;
    app.type_keys("Europe/Riga").await;
    app.shot("02-meeting-typed").await;
    app.tab_to("#meeting-save").await;
    app.key(Key::Enter).await;
    app.wait_route("#/meetings/").await;
    app.wait_text("[data-testid=meeting-title]", "Keyboard-only working session").await;
    let when = app.text("[data-testid=meeting-when]").await;
    assert!(when.contains("12 May 2027") && when.contains("09:30"), "the meeting typed is saved: {when}");

    // The invitation and postpone dialogs: Escape gives the focus back.
    app.tab_to("[data-testid=email-invitation]").await;
    app.key(Key::Enter).await;
    app.escape_back_to("[data-testid=invitation-dialog]", "[data-testid=email-invitation]").await;
    app.shift_tab_to("[data-testid=postpone-meeting]").await;
    app.key(Key::Enter).await;
    app.escape_back_to("[data-testid=postpone-dialog]", "[data-testid=postpone-meeting]").await;

    // Its calendar, exported: the save dialog is answered by the test hook.
    app.tab_to("[data-testid=add-to-calendar]").await;
    app.key(Key::Enter).await;
    let saved = app.saved_dir().join("Keyboard-only working session.ics");
    let file = saved.clone();
    app.until("the meeting's calendar file to be written", move || {
        let file = file.clone();
        async move { std::fs::read_to_string(&file).ok().filter(|t| t.contains("END:VCALENDAR")) }
    })
    .await;
    let ics = std::fs::read_to_string(&saved).unwrap();
    assert!(ics.contains("SUMMARY:Keyboard-only working session"), "{ics}");
    assert!(ics.contains("DTSTART;TZID=Europe/Riga:20270512T093000"), "{ics}");
    app.shot("03-calendar-exported").await;

    // The month calendar: one tab stop, the arrows move by day and week, Page Down turns the page.
    app.client.execute("location.hash = '#/meetings?view=calendar&month=2027-05'", vec![]).await.unwrap();
    app.el("[data-testid=month-calendar]").await;
    app.tab_to("[data-testid=calendar-day]").await;
    assert_eq!(app.focused_date().await, "2027-05-01", "the grid's tab stop is the month's first day");
    app.key(Key::Right).await;
    assert_eq!(app.focused_date().await, "2027-05-02");
    app.key(Key::Down).await;
    assert_eq!(app.focused_date().await, "2027-05-09");
    app.key(Key::Down).await;
    app.key(Key::Right).await;
    app.key(Key::Right).await;
    assert_eq!(app.focused_date().await, "2027-05-18");
    app.key(Key::Home).await;
    assert_eq!(app.focused_date().await, "2027-05-17", "Home goes to the Monday");
    app.key(Key::Left).await;
    app.key(Key::Right).await;
    app.key(Key::Right).await;
    app.key(Key::Right).await;
    assert_eq!(app.focused_date().await, "2027-05-19");
    // The meeting of the 12th is reached from its day with Tab.
    app.key(Key::Up).await;
    assert_eq!(app.focused_date().await, "2027-05-12");
    app.key(Key::Tab).await;
    let focus = app.focus().await;
    assert_eq!(focus["tag"], "a", "Tab goes from the day to its meeting: {focus}");
    assert!(focus["text"].as_str().unwrap().contains("Keyboard-only working session"), "{focus}");
    app.shift_tab().await;
    assert_eq!(app.focused_date().await, "2027-05-12");
    app.key(Key::PageDown).await;
    app.wait_text("#cal-title", "June 2027").await;
    app.until("the focus to be on 12 June", || async { (app.focused_date().await == "2027-06-12").then_some(()) })
        .await;
    app.shot("04-calendar-keyboard").await;
    app.close().await;
}

/// Starts the app with the system asking for less motion (GTK's `gtk-enable-animations`,
/// which WebKitGTK reports as `prefers-reduced-motion: reduce`).
async fn launch_without_animations(test: &str) -> App {
    let dir = tempfile::tempdir().unwrap();
    let gtk = dir.path().join("config/gtk-3.0");
    std::fs::create_dir_all(&gtk).unwrap();
    std::fs::write(gtk.join("settings.ini"), "[Settings]\ngtk-enable-animations=false\n").unwrap();
    App::resume(test, dir).await
}

/// The longest transition or animation any element has (in ms).
const LONGEST_MOTION: &str = r#"
    const ms = (v) => Math.max(...v.split(',').map((t) => parseFloat(t) * (t.trim().endsWith('ms') ? 1 : 1000)));
    let longest = 0, where = '';
    for (const e of document.querySelectorAll('*')) {
        const s = getComputedStyle(e);
        const m = Math.max(ms(s.transitionDuration), ms(s.animationDuration));
        if (m > longest) { longest = m; where = e.tagName + (e.className ? '.' + e.className : ''); }
    }
    return { longest, where };
"#;

#[tokio::test]
#[cfg_attr(skip_e2e, ignore = "CONVENE_SKIP_E2E=1 was set when the tests were built")]
async fn nothing_moves_when_the_system_asks_for_less_motion() {
    let app = launch_without_animations("reduced_motion").await;
    app.wait_for_title("Convene").await;
    let reduced = app.client.execute("return matchMedia('(prefers-reduced-motion: reduce)').matches", vec![]).await;
    assert_eq!(reduced.unwrap(), Value::Bool(true), "the window sees the system's reduced-motion setting");
    // A transition added by a screen would be cut short as well: one is given to a probe.
    let probe = app
        .client
        .execute(
            "const p = document.createElement('div'); p.style.transition = 'opacity 2s'; p.style.animation = 'x 3s infinite';
             document.body.append(p); const s = getComputedStyle(p);
             const r = [parseFloat(s.transitionDuration), parseFloat(s.animationDuration)]; p.remove(); return r;",
            vec![],
        )
        .await
        .unwrap();
    let seconds: Vec<f64> = probe.as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
    assert!(seconds.iter().all(|&s| s <= 0.00001), "motion is cut to nothing (seconds): {seconds:?}");
    app.open_example_network("IoTXchange").await;
    let motion = app.client.execute(LONGEST_MOTION, vec![]).await.unwrap();
    assert!(motion["longest"].as_f64().unwrap() <= 0.01, "something still moves: {motion}");
    app.close().await;
}

/// With text at 200 % (the root's font size doubled: every size in the app is in rem, so
/// the whole layout grows as with the webview's zoom, while the window keeps its width and
/// its wide-screen layout, which is harder than a real zoom, where the sidebar moves above),
/// the main content fits the window's width: no screen scrolls sideways. Wide tables may
/// scroll inside their own box, as WCAG 1.4.10 allows for data tables. A failure names the
/// elements that stick out.
#[tokio::test]
#[cfg_attr(skip_e2e, ignore = "CONVENE_SKIP_E2E=1 was set when the tests were built")]
async fn at_200_percent_zoom_no_screen_scrolls_sideways() {
    let app = App::launch("zoom").await;
    app.open_example_network("IoTXchange").await;
    let network = app.route().await;
    let overflow = r#"
        document.documentElement.style.fontSize = '200%';
        const done = arguments[0];
        requestAnimationFrame(() => requestAnimationFrame(() => {
            const doc = document.scrollingElement;
            const main = document.querySelector('main');
            const limit = main ? main.clientWidth : doc.clientWidth;
            const name = (e) => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : '') + (e.dataset.testid ? `[${e.dataset.testid}]` : '');
            const past = [...(main?.querySelectorAll('*') ?? [])]
                .filter((e) => e.offsetWidth > limit)
                .filter((e, _, all) => !all.some((c) => c !== e && e.contains(c)))
                .slice(0, 5).map((e) => `${name(e)} ${e.offsetWidth}/${limit}`);
            const clipped = (e) => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o !== 'visible') return true; } return false; };
            const beyond = [...document.body.querySelectorAll('*')]
                .filter((e) => e.getBoundingClientRect().right > doc.clientWidth + 1 && !clipped(e))
                .filter((e, _, all) => !all.some((c) => c !== e && e.contains(c)))
                .slice(0, 5).map((e) => `${name(e)} right ${Math.round(e.getBoundingClientRect().right)}`);
            past.push(...beyond);
            done({ doc: doc.scrollWidth - doc.clientWidth, main: main ? main.scrollWidth - main.clientWidth : 0, past });
        }));
    "#;
    let mut wide = Vec::new();
    let screens = [
        ("home", "#/"),
        ("networks", "#/networks"),
        ("network", network.as_str()),
        ("meetings", "#/meetings"),
        ("calendar", "#/meetings?view=calendar&month=2027-03"),
        ("practices", "#/practices"),
        ("search", "#/search?q=Jelgava"),
        ("settings", "#/settings"),
        ("new meeting", "#/meetings/new"),
        ("meeting", "#/meetings/1"),
        ("plan", "#/plans/1"),
        ("plan actions", "#/plans/1?view=actions"),
        ("plan history", "#/plans/1?view=history"),
        ("practice", "#/practices/1"),
        ("new practice", "#/practices/new"),
    ];
    for (name, hash) in screens {
        app.client.execute("location.hash = arguments[0]", vec![hash.into()]).await.unwrap();
        app.el("main h1").await;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let o = app.client.execute_async(overflow, vec![]).await.unwrap();
        app.shot(&format!("200-{}", name.replace(' ', "-"))).await;
        if o["doc"].as_i64().unwrap_or(0) > 0 || o["main"].as_i64().unwrap_or(0) > 0 {
            wide.push(format!("{name}: {o}"));
        }
    }
    assert!(wide.is_empty(), "these screens scroll sideways at 200 %:\n{}", wide.join("\n"));
    app.close().await;
}

/// What the focused cell of the action table says (its accessible name, "Objective: Open data").
async fn focused_cell(app: &App) -> String {
    let v = app
        .client
        .execute(
            "const e = document.activeElement; return e?.dataset.testid === 'action-cell' ? e.getAttribute('aria-label') : ''",
            vec![],
        )
        .await
        .unwrap();
    v.as_str().unwrap_or_default().to_string()
}

#[tokio::test]
#[cfg_attr(skip_e2e, ignore = "CONVENE_SKIP_E2E=1 was set when the tests were built")]
async fn an_action_plan_is_written_with_the_keyboard_only() {
    let app = App::launch("keyboard_plan").await;
    app.wait_for_title("Convene").await;
    app.el("[data-testid=load-examples]").await;
    app.tab_to("[data-testid=load-examples]").await;
    app.key(Key::Enter).await;
    app.el("[data-testid=import-summary]").await;
    app.tab_to("[data-testid=open-home]").await;
    app.key(Key::Enter).await;
    app.el("[data-testid=nav-home][aria-current=page]").await;
    app.tab_to("[data-testid=nav-networks]").await;
    app.key(Key::Enter).await;
    app.el("[data-testid=network-entry]").await;
    app.tab_to("[data-testid=network-entry][data-network=\"IoTXchange\"] [data-testid=network-link]").await;
    app.key(Key::Enter).await;
    app.wait_text("[data-testid=network-title]", "IoTXchange").await;
    app.tab_to("[data-testid=plan] [data-testid=plan-link]").await;
    app.key(Key::Enter).await;
    app.el("[data-testid=plan-title]").await;

    // A section's text, typed and saved on leaving the field.
    app.tab_to("[data-testid=outline-section][data-key=context]").await;
    app.key(Key::Enter).await;
    app.el("#section-text").await;
    app.tab_to("#section-text").await;
    let before = app.value("#section-text").await;
    app.key(Key::Home).await;
    app.type_keys("Typed without a mouse. ").await;
    app.key(Key::Tab).await;
    app.wait_text("[data-testid=save-status]", "All changes saved").await;
    let after = app.value("#section-text").await;
    assert!(after.contains("Typed without a mouse.") && after.len() > before.len(), "the text was typed: {after:?}");

    // The action table: a new action's title, then its objective, moved to with the arrows.
    app.shift_tab_to("[data-testid=outline-actions]").await;
    app.key(Key::Enter).await;
    app.el("[data-testid=add-action]").await;
    app.tab_to("[data-testid=add-action]").await;
    app.key(Key::Enter).await;
    app.until("the new action's title to be open", || async {
        app.focus_is("td[data-key=title] [data-testid=action-edit]").await.then_some(())
    })
    .await;
    app.type_keys("Sensor pilot").await;
    app.key(Key::Enter).await;
    app.el("[data-testid=action-row][data-action=\"Sensor pilot\"]").await;
    app.until("the focus to be on the saved title", || async {
        (focused_cell(&app).await == "Action: Sensor pilot").then_some(())
    })
    .await;
    app.key(Key::Right).await;
    assert!(
        focused_cell(&app).await.starts_with("Objective:"),
        "→ goes to the next cell: {}",
        focused_cell(&app).await
    );
    app.key(Key::Enter).await;
    app.until("the objective to be open", || async {
        app.focus_is("td[data-key=objective] [data-testid=action-edit]").await.then_some(())
    })
    .await;
    app.type_keys("Open data").await;
    app.key(Key::Enter).await;
    app.until("the objective to be saved", || async {
        (focused_cell(&app).await == "Objective: Open data").then_some(())
    })
    .await;
    app.wait_text("[data-testid=action-row][data-action=\"Sensor pilot\"] td[data-key=objective]", "Open data").await;

    // The action's details open from the last cell with Enter, and Escape comes back to it.
    app.key(Key::End).await;
    assert!(
        focused_cell(&app).await.starts_with("More"),
        "End goes to the row's last cell: {}",
        focused_cell(&app).await
    );
    app.key(Key::Enter).await;
    app.escape_back_to("[data-testid=action-details]", "td[data-key=details]").await;
    app.shot("plan-actions").await;
    app.close().await;
}
