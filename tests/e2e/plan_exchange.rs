//! An Integrated Action Plan under review and on its travels, in the real window: a
//! comment added and resolved, the status moved back to review, an indicator and a risk
//! added, a version restored, the plan sent as a .convene-plan file and received again;
//! then two partners change the same section of their copies, and receiving the other's
//! file shows both texts to merge.
//!
//! Files the app writes through a save dialog land in the test's own folder (the
//! `CONVENE_E2E_SAVE_DIR` hook, see src-tauri/src/test_hooks.rs).
//! Screenshots: tests/e2e/screenshots/plans-review-NN-<screen>.png and plans-conflict-*.

use crate::harness::App;
use crate::plans::PLAN;

/// Review and exchange: a comment on a section is added and resolved, the plan goes back
/// to review (the network's list says so), and it is sent as a .convene-plan file and
/// received again (nothing changes: the app says it is up to date).
#[tokio::test]
#[cfg_attr(skip_e2e, ignore = "CONVENE_SKIP_E2E=1 was set when the tests were built")]
async fn a_reviewer_comments_and_the_plan_travels_as_a_file() {
    let app = App::launch("plans-review").await;
    app.wait_for_title("Convene").await;
    app.click("[data-testid=load-examples]").await;
    app.el("[data-testid=import-summary]").await;
    app.click("[data-testid=open-home]").await;
    app.open_plan_from_network().await;

    app.open_part("[data-testid=outline-section][data-key=context]").await;
    app.fill("[data-testid=comment-text]", "Add the 2026 population figure.").await;
    app.click("[data-testid=add-comment]").await;
    app.wait_text("[data-testid=comment] .body", "Add the 2026 population figure.").await;
    let counted = app.text("[data-testid=outline-section][data-key=context] .count").await;
    assert_eq!(counted.trim(), "1", "the outline counts the open comment");
    app.shot("10-comment").await;
    app.click("[data-testid=resolve-comment]").await;
    app.gone("[data-testid=comment]").await;

    app.click("[data-testid=status-in_review]").await;
    app.wait_text("[data-testid=plan-status]", "In review").await;

    // An indicator and a risk, through their dialogs.
    app.open_part("[data-testid=outline-indicators]").await;
    app.click("[data-testid=add-indicator]").await;
    app.fill("#ind-name", "Households reached by the sensor network").await;
    app.choose("#ind-kind", "Result").await;
    app.fill("#ind-unit", "%").await;
    app.fill("#ind-baseline", "0").await;
    app.fill("#ind-target", "60").await;
    app.fill("#ind-date", "2029-12").await;
    app.shot("10-indicator-form").await;
    app.click("[data-testid=indicator-form] button[type=submit]").await;
    app.gone("[data-testid=indicator-form]").await;
    let row = app.text("[data-testid=indicator-row]").await;
    assert!(
        row.contains("Households reached by the sensor network") && row.contains("2029-12"),
        "the indicator is listed: {row}"
    );
    app.open_part("[data-testid=outline-risks]").await;
    app.click("[data-testid=add-risk]").await;
    app.fill("#risk-description", "ERDF call delayed").await;
    app.choose("#risk-likelihood", "4 · Likely").await;
    app.choose("#risk-impact", "4 · Major").await;
    app.fill("#risk-mitigation", "Bridge with the city budget for six months").await;
    app.click("[data-testid=risk-form] button[type=submit]").await;
    app.gone("[data-testid=risk-form]").await;
    let risk = app.text("[data-testid=risk-row]").await;
    assert!(risk.contains("ERDF call delayed") && risk.contains("16"), "the risk is listed with its score: {risk}");
    app.shot("10-risks").await;

    // A section of the city's own: added, renamed, removed.
    app.click("[data-testid=add-section]").await;
    app.fill("#new-section-title", "Digital inclusion").await;
    app.click("#new-section-title ~ .actions button[type=submit]").await;
    app.wait_text("#section-h", "Digital inclusion").await;
    app.click("[data-testid=rename-section]").await;
    app.fill("#rename-section", "Digital inclusion of older people").await;
    app.click(".rename button[type=submit]").await;
    app.wait_text("#section-h", "Digital inclusion of older people").await;
    app.wait_text("[data-testid=outline-section].current .title", "Digital inclusion of older people").await;
    app.shot("10-custom-section").await;
    app.click("[data-testid=remove-section]").await;
    app.click("[data-testid=confirm-yes]").await;
    app.wait_text("#section-h", "Context and needs").await;
    let outline = app.text("[data-testid=plan-outline]").await;
    assert!(!outline.contains("Digital inclusion"), "the removed section left the outline:\n{outline}");

    // A text written, then the version before it restored: the text is gone, as a new version.
    app.write_and_save_section("approach", "A first draft to be undone.").await;
    app.open_part("[data-testid=outline-history]").await;
    let newest: i64 =
        app.el("[data-testid=revision]").await.attr("data-number").await.unwrap().unwrap().parse().unwrap();
    app.click(&format!("[data-testid=revision][data-number=\"{}\"] [data-testid=restore-revision]", newest - 1)).await;
    app.click("[data-testid=confirm-yes]").await;
    app.wait_text("[data-testid=notice] span", &format!("Version {} was restored as a new version.", newest - 1)).await;
    app.el(&format!("[data-testid=revision][data-number=\"{}\"]", newest + 1)).await;
    app.open_part("[data-testid=outline-section][data-key=approach]").await;
    let a = &app;
    app.until("the restored section to be empty again", move || async move {
        a.value("#section-text").await.is_empty().then_some(())
    })
    .await;

    app.click("[data-testid=send-plan]").await;
    let sent = app.saved_dir().join("Jelgava IAP.convene-plan");
    let result = app.text("[data-testid=export-result]").await;
    assert!(result.contains(&sent.display().to_string()), "the app says where the plan file went: {result}");
    let file = std::fs::read_to_string(&sent).unwrap_or_else(|e| panic!("{} was not written: {e}", sent.display()));
    assert!(file.contains(PLAN), "the file carries the plan");

    app.click("[data-testid=receive-plan]").await;
    app.wait_text("[data-testid=export-result]", &format!("\"{PLAN}\" is already up to date: nothing changed.")).await;
    app.shot("11-received").await;

    app.click(".crumbs a[href*=\"section=plans\"]").await;
    let row = format!("[data-testid=plan][data-plan=\"{PLAN}\"] [data-testid=plan-status]");
    app.wait_text(&row, "In review").await;
    app.shot("12-network-plans").await;
    app.close().await;
}

/// Two partners change the same section of a copy of the plan: receiving the other's file
/// shows both texts side by side, and the merged text chosen becomes the section's text.
/// The partner's copy is a second app on its own database; one app runs at a time, so the
/// first is suspended (closed, its folder kept) while the partner works.
#[tokio::test]
#[cfg_attr(skip_e2e, ignore = "CONVENE_SKIP_E2E=1 was set when the tests were built")]
async fn two_partners_change_the_same_section_and_merge_it() {
    let app = App::launch("plans-conflict").await;
    app.wait_for_title("Convene").await;
    app.click("[data-testid=load-examples]").await;
    app.el("[data-testid=import-summary]").await;
    app.click("[data-testid=open-home]").await;
    app.open_plan_from_network().await;
    app.click("[data-testid=send-plan]").await;
    app.el("[data-testid=export-result]").await;
    let shared = app.saved_dir().join("Jelgava IAP.convene-plan");
    let base = std::fs::read(&shared).expect("the plan file was sent");
    app.write_and_save_section("vision", "Ours: sensors in every school by 2028.").await;
    let ours = app.suspend().await;

    // The partner receives the shared copy, writes the same section and sends it back.
    let partner = App::launch("plans-conflict-partner").await;
    partner.wait_for_title("Convene").await;
    partner.click("[data-testid=load-examples]").await;
    partner.el("[data-testid=import-summary]").await;
    partner.click("[data-testid=open-home]").await;
    partner.open_plan_from_network().await;
    std::fs::write(partner.saved_dir().join("from Jelgava.convene-plan"), &base).unwrap();
    partner.click("[data-testid=receive-plan]").await;
    partner.el("[data-testid=export-result]").await;
    partner.wait_route("#/plans/").await;
    partner.el("[data-testid=plan-title]").await;
    partner.write_and_save_section("vision", "Theirs: open data for every neighbourhood.").await;
    let hold = tempfile::tempdir().unwrap();
    let sent_back = hold.path().join("back to Jelgava.convene-plan");
    partner.click("[data-testid=send-plan]").await;
    let result = partner.text("[data-testid=export-result]").await;
    let written =
        result.split(" to ").nth(1).and_then(|r| r.split(". Send").next()).expect("the path is named").to_string();
    std::fs::copy(&written, &sent_back).unwrap();
    partner.close().await;

    // Back in the first app: receiving their file brings the conflict to settle.
    let app = App::resume("plans-conflict", ours).await;
    app.wait_for_title("Convene").await;
    app.el("[data-testid=nav-networks]").await;
    app.open_plan_from_network().await;
    std::fs::copy(&sent_back, app.saved_dir().join("from the partner.convene-plan")).unwrap();
    app.click("[data-testid=receive-plan]").await;
    let said = app.text("[data-testid=export-result].warn").await;
    assert!(said.contains("choose which text to keep"), "receiving says what waits for a choice: {said}");
    app.el("[data-testid=conflict]").await;
    app.wait_text("[data-testid=conflict-ours]", "Ours: sensors in every school by 2028.").await;
    app.wait_text("[data-testid=conflict-theirs]", "Theirs: open data for every neighbourhood.").await;
    app.shot("20-conflict").await;
    let merged = "Sensors in every school by 2028, and open data for every neighbourhood.";
    app.fill("[data-testid=conflict-merged]", merged).await;
    app.click("[data-testid=save-merged]").await;
    app.gone("[data-testid=conflict]").await;
    app.open_part("[data-testid=outline-section][data-key=vision]").await;
    let a = &app;
    app.until("the section to hold the merged text", move || async move {
        (a.value("#section-text").await == merged).then_some(())
    })
    .await;
    app.shot("21-merged").await;
    app.close().await;
}
