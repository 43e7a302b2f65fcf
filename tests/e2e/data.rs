//! Settings > Data in the real window: a backup and a JSON export written through the save
//! dialog (the e2e hooks answer it with the test's folder), a network deleted, then the
//! backup chosen in the open dialog and restored after the confirmation: the network is
//! back; the example pages imported again through the open dialog change nothing. The
//! dialogs open in Rust; the page never names a path.
//!
//! Screenshots: tests/e2e/screenshots/data-NN-<screen>.png.

use crate::harness::App;

const GONE: &str = "TechTown";

fn entry(name: &str) -> String {
    format!("[data-testid=network-entry][data-network=\"{name}\"]")
}

#[tokio::test]
#[cfg_attr(skip_e2e, ignore = "CONVENE_SKIP_E2E=1 was set when the tests were built")]
async fn a_backup_and_an_export_are_saved_and_the_backup_brings_a_deleted_network_back() {
    let app = App::launch("data").await;
    app.load_examples().await;
    app.click("[data-testid=open-home]").await;

    app.click("[data-testid=nav-settings]").await;
    app.click("[data-testid=backup-now]").await;
    let said = app.text("[data-testid=settings-result]").await;
    let saved: Vec<_> = std::fs::read_dir(app.saved_dir()).unwrap().map(|e| e.unwrap().path()).collect();
    let backup = saved
        .iter()
        .find(|p| p.extension().is_some_and(|x| x == "sqlite"))
        .unwrap_or_else(|| panic!("a backup in {}: {saved:?}", app.saved_dir().display()));
    let name = backup.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("convene-backup-"), "named as the dialog suggests: {name}");
    assert_eq!(said, format!("Backup saved to {}.", backup.display()), "the window says where it went");

    app.click("[data-testid=export-json]").await;
    app.until("the export to be reported", || async {
        app.text("[data-testid=settings-result]").await.starts_with("Everything was exported to").then_some(())
    })
    .await;
    let json = std::fs::read_dir(app.saved_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "json"))
        .expect("the JSON export was written");
    let exported: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert!(exported.to_string().contains("IoTXchange"), "the export holds the networks");
    app.shot("01-settings-saved").await;

    app.click("[data-testid=nav-networks]").await;
    app.click(&format!("{} [data-testid=delete-network]", entry(GONE))).await;
    app.click("[data-testid=confirm-yes]").await;
    app.gone(&entry(GONE)).await;

    app.click("[data-testid=nav-settings]").await;
    app.click("[data-testid=restore-backup]").await;
    let question = app.text("[data-testid=confirm-dialog]").await;
    assert!(question.contains(&backup.display().to_string()), "the confirmation names the backup: {question}");
    app.shot("02-restore-confirm").await;
    app.click("[data-testid=confirm-yes]").await;
    app.until("the restore to be reported", || async {
        app.text("[data-testid=settings-result]").await.starts_with("Restored from").then_some(())
    })
    .await;
    app.click("[data-testid=nav-networks]").await;
    app.el(&entry(GONE)).await;
    app.shot("03-network-back").await;

    let pages = super::harness::root().join("src-tauri/core/examples-data/urbact-network-pages.txt");
    std::fs::copy(&pages, app.saved_dir().join("urbact-pages.txt")).unwrap();
    app.click("[data-testid=nav-settings]").await;
    app.click("[data-testid=import-pages]").await;
    let summary = app.text("[data-testid=import-summary]").await;
    assert!(
        summary.starts_with("Nothing changed: everything in this file is already in the database."),
        "the same pages again change nothing: {summary}"
    );
    app.shot("04-import-again").await;
    app.close().await;
}
