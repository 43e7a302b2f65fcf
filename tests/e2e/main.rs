//! End-to-end tests: the real Convene window (WebKitGTK) driven through tauri-driver and
//! WebKitWebDriver, as a new user would use it. See harness.rs for how the app is started.
//!
//! Run them with `scripts/test-all.sh`, or by hand (after `npm run build --prefix ui`):
//! `xvfb-run -a cargo test -p convene --features custom-protocol --test e2e`.
//! They exist only with the `custom-protocol` feature (the window then carries ui/dist);
//! `CONVENE_SKIP_E2E=1` skips them, saying so.

mod harness;

use harness::App;

#[tokio::test]
async fn a_new_user_sees_the_first_run_screen() {
    let Some(app) = App::launch("first_run").await else { return };
    app.wait_for_title("Convene").await;
    let text = app.wait_for_text("Load the example networks").await;
    assert!(text.contains("Start empty"), "the first-run screen offers both choices:\n{text}");
    app.shot("first-run").await;
    assert!(app.db.exists(), "the app opened the database named by CONVENE_DB: {}", app.db.display());
    app.close().await;
}
