//! End-to-end tests: the real Convene window (WebKitGTK) driven through tauri-driver and
//! WebKitWebDriver, as a new user would use it. See harness.rs for how the app is started.
//!
//! Run them with `scripts/test-all.sh`, or by hand (docs/e2e.md):
//! `npm run build --prefix ui && cargo build -p convene --features custom-protocol,e2e-hooks`
//! then `xvfb-run -a -s "-screen 0 1280x800x24" cargo test -p convene-e2e`.
//! Built with `CONVENE_SKIP_E2E=1`, every test is reported as ignored (build.rs).

mod accessibility;
mod calendar;
mod data;
mod dav;
mod dav_plans;
mod disk;
mod harness;
mod internal_error;
mod keyboard;
mod killed;
mod languages;
mod long_work;
mod plan_exchange;
mod plans;
mod polls;
mod records;
mod scenario;
mod scheduling;
mod screens;
mod screens_data;
mod steps;

use harness::App;

#[tokio::test]
#[cfg_attr(skip_e2e, ignore = "CONVENE_SKIP_E2E=1 was set when the tests were built")]
async fn a_new_user_sees_the_first_run_screen() {
    let app = App::launch("first_run").await;
    app.wait_for_title("Convene").await;
    let text = app.wait_for_text("Load the example networks").await;
    assert!(text.contains("Start empty"), "the first-run screen offers both choices:\n{text}");
    app.shot("first-run").await;
    assert!(app.db.exists(), "the app opened the database named by CONVENE_DB: {}", app.db.display());
    app.close().await;
}

/// The window loads nothing from the network and runs no injected code: the CSP refuses
/// remote requests, remote images and `eval`, and says so with a violation event.
#[tokio::test]
#[cfg_attr(skip_e2e, ignore = "CONVENE_SKIP_E2E=1 was set when the tests were built")]
async fn the_content_security_policy_keeps_remote_content_out() {
    let app = App::launch("csp").await;
    app.wait_for_title("Convene").await;
    let script = r#"
        const done = arguments[0];
        const seen = [];
        document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
        let evalResult = 'allowed';
        try { eval('1 + 1'); } catch (e) { evalResult = 'blocked'; }
        const img = document.createElement('img');
        img.src = 'https://example.org/tracker.png';
        document.body.appendChild(img);
        fetch('https://example.org/data.json').catch(() => null).finally(() =>
            setTimeout(() => { img.remove(); done({ eval: evalResult, violations: seen }); }, 300));
    "#;
    let result = app.client.execute_async(script, vec![]).await.expect("the probe ran in the window");
    assert_eq!(result["eval"], "blocked", "eval must be refused: {result}");
    let violations: Vec<String> =
        result["violations"].as_array().unwrap().iter().map(|v| v.as_str().unwrap_or_default().to_string()).collect();
    assert!(violations.iter().any(|v| v.starts_with("img-src")), "a remote image is refused: {violations:?}");
    assert!(violations.iter().any(|v| v.starts_with("connect-src")), "a remote request is refused: {violations:?}");
    app.close().await;
}

/// The window may call Convene's commands and nothing else of Tauri: a message box, an
/// open dialog (files are chosen in dialogs the commands open in Rust) or retitling the
/// window is refused.
#[tokio::test]
#[cfg_attr(skip_e2e, ignore = "CONVENE_SKIP_E2E=1 was set when the tests were built")]
async fn capabilities_allow_only_what_the_ui_uses() {
    let app = App::launch("capabilities").await;
    app.wait_for_title("Convene").await;
    let script = r#"
        const done = arguments[0];
        const invoke = window.__TAURI_INTERNALS__.invoke;
        const attempt = (cmd, args) => invoke(cmd, args).then(() => 'allowed', (e) => 'refused: ' + e);
        Promise.all([
            attempt('app_info', {}),
            attempt('plugin:dialog|message', { message: 'hello', title: 'x', kind: 'info' }),
            attempt('plugin:window|set_title', { label: 'main', value: 'Hacked' }),
            attempt('plugin:dialog|open', { options: { multiple: false, directory: false } }),
        ]).then(done);
    "#;
    let result = app.client.execute_async(script, vec![]).await.expect("the probe ran in the window");
    let outcomes: Vec<&str> = result.as_array().unwrap().iter().map(|v| v.as_str().unwrap_or_default()).collect();
    assert_eq!(outcomes[0], "allowed", "Convene's own commands work: {outcomes:?}");
    assert!(outcomes[1].starts_with("refused"), "no message boxes: {outcomes:?}");
    assert!(outcomes[2].starts_with("refused"), "no window changes: {outcomes:?}");
    assert!(outcomes[3].starts_with("refused"), "no dialog opened by the page: {outcomes:?}");
    assert_eq!(app.client.title().await.unwrap(), "Convene");
    app.close().await;
}
