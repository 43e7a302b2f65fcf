//! Integrated Action Plans through the core API, as the plan page and the command line use
//! them: sections with revisions on every save (and none for an unchanged autosave),
//! word-level diffs, restore that destroys nothing, exact budget summaries, the review
//! workflow, comments, search and upgrades. Exchanging plans between two partners'
//! databases is in plan_exchange.rs.

mod common;

use chrono::NaiveDate;
use common::gavle_plan::*;
use convene_core::i18n::Locale;
use convene_core::plan::diff::{side, ChangeKind, RowTable, SegmentKind};
use convene_core::plan::*;
use convene_core::search::{search, HitKind};
use convene_core::Error;
use rust_decimal::Decimal;

fn field_of(err: Error) -> String {
    match err {
        Error::Invalid { field, .. } => field,
        other => panic!("expected a field error, got {other:?}"),
    }
}

#[test]
fn a_new_plan_has_the_nine_sections_its_summary_as_context_and_revision_1() {
    let f = gavle_plan();
    let doc = load_plan_document(&f.db, f.plan_id).unwrap();
    let keys: Vec<&str> = doc.sections.iter().map(|s| s.key.as_str()).collect();
    assert_eq!(
        keys,
        ["context", "vision", "approach", "actions", "implementation", "funding", "risks", "monitoring", "local-group"]
    );
    assert_eq!(doc.sections[0].body, "Gävle wants young people to find digital jobs at home.");
    assert_eq!(doc.revision.number, 1);
    assert_eq!(doc.revision.kind, RevisionKind::Created);
    assert_eq!(doc.revision.author, "Anna Lindqvist");
    assert_eq!(doc.revision_count, 1);
    assert_eq!((doc.network_name.as_str(), doc.partner_country.as_deref()), ("TechTown", Some("SE")));
    assert_eq!(doc.plan.partner_name.as_deref(), Some("Gävle"));
}

#[test]
fn every_save_is_a_revision_and_an_unchanged_autosave_is_not() {
    let mut f = gavle_plan();
    let saved = save_section(&mut f.db, f.plan_id, "vision", "By 2030 every young person …", None).unwrap();
    assert!(saved.created);
    assert_eq!(saved.revision.number, 2);
    assert_eq!(saved.revision.message, "Edited Vision and objectives");
    // The debounced autosave fires again with the same text: no new revision.
    let again = save_section(&mut f.db, f.plan_id, "vision", "By 2030 every young person …", None).unwrap();
    assert!(!again.created);
    assert_eq!(again.revision.number, 2);
    let with_message = save_section(
        &mut f.db,
        f.plan_id,
        "vision",
        "By 2030 every young person in Gävle …",
        Some("after the ULG meeting"),
    )
    .unwrap();
    assert_eq!((with_message.revision.number, with_message.revision.message.as_str()), (3, "after the ULG meeting"));
    assert_eq!(list_revisions(&f.db, f.plan_id).unwrap().iter().map(|r| r.number).collect::<Vec<_>>(), [3, 2, 1]);
    // Reopening shows exactly what was saved, spaces and blank lines included.
    let text = "  Line one\n\n- a list item\n\n\tindented  ";
    save_section(&mut f.db, f.plan_id, "approach", text, None).unwrap();
    assert_eq!(load_plan_document(&f.db, f.plan_id).unwrap().sections[2].body, text);
}

#[test]
fn a_plans_history_reads_in_the_readers_language_and_old_rows_do_too() {
    let mut f = gavle_plan();
    save_section(&mut f.db, f.plan_id, "vision", "By 2030 every young person …", None).unwrap();
    save_section(&mut f.db, f.plan_id, "vision", "By 2031 …", Some("after the ULG meeting")).unwrap();
    restore_revision(&mut f.db, f.plan_id, 2).unwrap();
    // A row signed by an older version that knew no author name.
    f.db.conn().execute("UPDATE plan_revisions SET author = 'Unknown' WHERE number = 1", []).unwrap();

    let read = |locale| -> Vec<(String, String, String)> {
        list_revisions_in(&f.db, f.plan_id, locale)
            .unwrap()
            .into_iter()
            .map(|r| (r.kind.label_in(locale), r.message, r.author))
            .collect()
    };
    let anna = || "Anna Lindqvist".to_string();
    assert_eq!(
        read(Locale::Fr),
        [
            ("Restauré".into(), "Version 2 restaurée".into(), anna()),
            ("Modifié".into(), "after the ULG meeting".into(), anna()),
            ("Modifié".into(), "Modification de « Vision and objectives »".into(), anna()),
            ("Créé".into(), "Créé".into(), "Inconnu".into()),
        ]
    );
    let german = read(Locale::De);
    assert_eq!(german[0].1, "Version 2 wiederhergestellt");
    assert_eq!(german[3], ("Erstellt".into(), "Erstellt".into(), "Unbekannt".into()));
    let english = read(Locale::En);
    assert_eq!(english[2], ("Edited".into(), "Edited Vision and objectives".into(), anna()));
    assert_eq!(english[3].2, "Unknown");
    // What is stored, and what a .convene-plan file carries, stays the same form.
    let stored: Vec<String> =
        f.db.conn()
            .prepare("SELECT message FROM plan_revisions ORDER BY number")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
    assert_eq!(stored, ["Created", "Edited Vision and objectives", "after the ULG meeting", "Restored revision 2"]);
}

#[test]
fn an_unsigned_change_reads_unknown_in_each_language() {
    use convene_core::plan::author::shown_author;
    assert_eq!(shown_author("", Locale::It), "Sconosciuto");
    assert_eq!(shown_author("Unknown", Locale::Pl), "Nieznany autor");
    assert_eq!(shown_author("Ana", Locale::Pl), "Ana");

    // A comment and a status change signed with no name are listed as "Unknown", and
    // stored (and sent in files) as they are.
    let mut f = gavle_plan();
    let input = CommentInput { section_key: "vision".into(), author: String::new(), text: "Ambitious?".into() };
    add_comment(&mut f.db, f.plan_id, input).unwrap();
    f.db.conn().execute("UPDATE plan_comments SET author = ''", []).unwrap();
    let listed = list_comments(&f.db, f.plan_id, true).unwrap();
    assert_eq!(listed[0].author, "Unknown");
    let stored: String = f.db.conn().query_row("SELECT author FROM plan_comments", [], |r| r.get(0)).unwrap();
    assert_eq!(stored, "");
}

#[test]
fn a_bad_save_changes_nothing() {
    let mut f = gavle_plan();
    let err = save_section(&mut f.db, f.plan_id, "nowhere", "text", None).unwrap_err();
    assert!(err.to_string().contains("nowhere"), "{err}");
    let too_long = "x".repeat(50_001);
    assert_eq!(
        field_of(save_section(&mut f.db, f.plan_id, "context", &too_long, None).unwrap_err()),
        "sections[context].body"
    );
    let err = add_action(&mut f.db, f.plan_id, action("Coding club", "", Some("12.345"), &[])).unwrap_err();
    assert_eq!(field_of(err), "actions[0].cost");
    let err = add_action(&mut f.db, f.plan_id, action("Coding club", "", Some("100"), &[(FundingSource::Erdf, "-5")]))
        .unwrap_err();
    assert_eq!(field_of(err), "actions[0].funding[0].amount");
    let mut backwards = action("Coding club", "", None, &[]);
    backwards.start = month("2026-05");
    backwards.end = month("2026-04");
    assert_eq!(field_of(add_action(&mut f.db, f.plan_id, backwards).unwrap_err()), "actions[0].end");
    let risk = RiskInput {
        id: String::new(),
        description: "Nobody comes".into(),
        likelihood: 6,
        impact: 2,
        mitigation: String::new(),
        owner: String::new(),
    };
    assert_eq!(field_of(add_risk(&mut f.db, f.plan_id, risk).unwrap_err()), "risks[0].likelihood");
    assert_eq!(list_revisions(&f.db, f.plan_id).unwrap().len(), 1, "no refused change left a revision");
    assert!(load_plan_document(&f.db, f.plan_id).unwrap().actions.is_empty());
}

#[test]
fn custom_sections_are_added_renamed_moved_and_removed_but_standard_ones_stay() {
    let mut f = gavle_plan();
    let added = add_section(&mut f.db, f.plan_id, "Digital skills for all", Some("vision")).unwrap();
    assert_eq!(added.item_id.as_deref(), Some("digital-skills-for-all"));
    let doc = load_plan_document(&f.db, f.plan_id).unwrap();
    assert_eq!(doc.sections[2].title, "Digital skills for all");
    assert!(doc.sections[2].custom);
    rename_section(&mut f.db, f.plan_id, "digital-skills-for-all", "Skills").unwrap();
    assert!(rename_section(&mut f.db, f.plan_id, "context", "Our city").is_err());
    let mut keys: Vec<String> =
        load_plan_document(&f.db, f.plan_id).unwrap().sections.iter().map(|s| s.key.clone()).collect();
    keys.reverse();
    reorder_sections(&mut f.db, f.plan_id, &keys).unwrap();
    let doc = load_plan_document(&f.db, f.plan_id).unwrap();
    assert_eq!(doc.sections[0].key, "local-group");
    assert!(reorder_sections(&mut f.db, f.plan_id, &keys[1..]).is_err(), "leaving a section out is refused");
    let err = remove_section(&mut f.db, f.plan_id, "risks").unwrap_err();
    assert!(err.to_string().contains("cannot be removed"), "{err}");
    save_section(&mut f.db, f.plan_id, "digital-skills-for-all", "Teach coding in libraries.", None).unwrap();
    remove_section(&mut f.db, f.plan_id, "digital-skills-for-all").unwrap();
    assert_eq!(load_plan_document(&f.db, f.plan_id).unwrap().sections.len(), 9);
    // The removed text is still in the history.
    let before = list_revisions(&f.db, f.plan_id).unwrap()[1].number;
    let old = revision_content(&f.db, f.plan_id, before).unwrap();
    assert_eq!(old.section("digital-skills-for-all").unwrap().body, "Teach coding in libraries.");
}

#[test]
fn the_diff_between_two_revisions_is_word_by_word_per_section_and_lists_changed_rows() {
    let mut f = gavle_plan();
    save_section(&mut f.db, f.plan_id, "vision", "Gävle will train 200 young people by 2027.", None).unwrap();
    let first = add_action(&mut f.db, f.plan_id, action("Coding club", "Skills", Some("1000"), &[])).unwrap();
    let a = first.revision.number;
    save_section(&mut f.db, f.plan_id, "vision", "Gävle will train 500 young people by 2028.", None).unwrap();
    let id = first.item_id.unwrap();
    update_action(&mut f.db, f.plan_id, &id, action("Coding club", "Skills", Some("1500"), &[])).unwrap();
    let b = add_action(&mut f.db, f.plan_id, action("Maker space", "Skills", None, &[])).unwrap().revision.number;

    let diff = diff_revisions(&f.db, f.plan_id, a, b).unwrap();
    assert_eq!(diff.sections.len(), 1);
    let vision = &diff.sections[0];
    assert_eq!((vision.key.as_str(), vision.change), ("vision", ChangeKind::Changed));
    assert_eq!(side(&vision.segments, true), "Gävle will train 200 young people by 2027.");
    assert_eq!(side(&vision.segments, false), "Gävle will train 500 young people by 2028.");
    let deleted: Vec<&str> =
        vision.segments.iter().filter(|s| s.kind == SegmentKind::Delete).map(|s| s.text.as_str()).collect();
    assert_eq!(deleted, ["200", "2027."]);
    let rows: Vec<(RowTable, &str, ChangeKind, Vec<String>)> =
        diff.rows.iter().map(|r| (r.table, r.label.as_str(), r.change, r.fields.clone())).collect();
    assert_eq!(
        rows,
        [
            (RowTable::Action, "Coding club", ChangeKind::Changed, vec!["cost".to_string()]),
            (RowTable::Action, "Maker space", ChangeKind::Added, vec![]),
        ]
    );
    // And backwards: the same change seen the other way.
    let back = diff_revisions(&f.db, f.plan_id, b, a).unwrap();
    assert_eq!(side(&back.sections[0].segments, false), "Gävle will train 200 young people by 2027.");
    assert!(diff_revisions(&f.db, f.plan_id, 1, 99).unwrap_err().to_string().contains("revisions are 1 to"));
}

#[test]
fn restoring_an_old_revision_creates_a_new_one_and_destroys_nothing() {
    let mut f = gavle_plan();
    save_section(&mut f.db, f.plan_id, "vision", "First vision", None).unwrap();
    add_action(&mut f.db, f.plan_id, action("Coding club", "", Some("10"), &[])).unwrap();
    save_section(&mut f.db, f.plan_id, "vision", "Second vision", None).unwrap();
    let restored = restore_revision(&mut f.db, f.plan_id, 2).unwrap();
    assert!(restored.created);
    assert_eq!(restored.revision.number, 5);
    assert_eq!(restored.revision.kind, RevisionKind::Restore);
    let doc = load_plan_document(&f.db, f.plan_id).unwrap();
    assert_eq!(doc.sections[1].body, "First vision");
    assert!(doc.actions.is_empty(), "revision 2 had no action");
    assert_eq!(revision_content(&f.db, f.plan_id, 5).unwrap(), revision_content(&f.db, f.plan_id, 2).unwrap());
    assert_eq!(revision_content(&f.db, f.plan_id, 4).unwrap().section("vision").unwrap().body, "Second vision");
    // Restoring what the plan already holds creates nothing.
    assert!(!restore_revision(&mut f.db, f.plan_id, 5).unwrap().created);
    assert!(restore_revision(&mut f.db, f.plan_id, 42).is_err());
}

#[test]
fn the_document_carries_exact_summaries_of_the_action_table() {
    let mut f = gavle_plan();
    let indicator = add_indicator(
        &mut f.db,
        f.plan_id,
        IndicatorInput {
            id: String::new(),
            name: "Young people trained".into(),
            kind: IndicatorKind::Output,
            unit: "people".into(),
            baseline: "0".into(),
            target: "500".into(),
            target_date: month("2028-12"),
            verification: "Attendance lists".into(),
        },
    )
    .unwrap()
    .item_id
    .unwrap();
    let mut club = action(
        "Coding club",
        "Skills",
        Some("120000.10"),
        &[(FundingSource::Erdf, "80000.05"), (FundingSource::City, "20000")],
    );
    club.start = month("2025-09");
    club.end = month("2027-06");
    club.indicator_ids = vec![indicator.clone()];
    club.pilot = true;
    add_action(&mut f.db, f.plan_id, club).unwrap();
    let mut space = action("Maker space", "Jobs", Some("0.20"), &[(FundingSource::Private, "0.30")]);
    space.start = month("2026-01");
    add_action(&mut f.db, f.plan_id, space).unwrap();

    let doc = load_plan_document(&f.db, f.plan_id).unwrap();
    let s = &doc.summary;
    assert_eq!(s.total_cost, d("120000.30"));
    assert_eq!(s.secured_funding, d("100000.35"));
    assert_eq!(s.funding_gap, d("19999.95"));
    assert_eq!(s.pilot_actions, 1);
    let by_objective: Vec<(&str, Decimal)> =
        s.cost_by_objective.iter().map(|o| (o.objective.as_str(), o.cost)).collect();
    assert_eq!(by_objective, [("Skills", d("120000.10")), ("Jobs", d("0.20"))]);
    let years: Vec<(i32, u32)> = s.actions_per_year.iter().map(|y| (y.year, y.actions)).collect();
    assert_eq!(years, [(2025, 1), (2026, 2), (2027, 1)]);
    assert!(s.warnings.iter().any(|w| w.contains("Maker space") && w.contains("exceeds its cost")), "{:?}", s.warnings);
    assert_eq!(doc.actions[0].indicator_ids, std::slice::from_ref(&indicator));
    // JSON carries money as strings, never floats.
    let json = serde_json::to_value(&doc).unwrap();
    assert_eq!(json["summary"]["total_cost"], "120000.30");
    assert_eq!(json["actions"][0]["funding"][0]["amount"], "80000.05");
    // Deleting the indicator unlinks it from the action, in the same revision.
    delete_indicator(&mut f.db, f.plan_id, &indicator).unwrap();
    assert!(load_plan_document(&f.db, f.plan_id).unwrap().actions[0].indicator_ids.is_empty());
}

#[test]
fn status_follows_the_review_path_and_every_change_is_recorded() {
    let mut f = gavle_plan();
    let err =
        set_plan_status(&mut f.db, f.plan_id, PlanStatus::Adopted, Some(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()))
            .unwrap_err();
    assert!(err.to_string().contains("in review only"), "{err}");
    set_plan_status(&mut f.db, f.plan_id, PlanStatus::InReview, None).unwrap();
    set_plan_status(&mut f.db, f.plan_id, PlanStatus::Draft, None).unwrap();
    set_plan_status(&mut f.db, f.plan_id, PlanStatus::InReview, None).unwrap();
    set_plan_status(&mut f.db, f.plan_id, PlanStatus::Final, None).unwrap();
    assert_eq!(
        field_of(set_plan_status(&mut f.db, f.plan_id, PlanStatus::Adopted, None).unwrap_err()),
        "adoption_date"
    );
    let adopted =
        set_plan_status(&mut f.db, f.plan_id, PlanStatus::Adopted, NaiveDate::from_ymd_opt(2026, 3, 1)).unwrap();
    assert_eq!(adopted.adoption_date, NaiveDate::from_ymd_opt(2026, 3, 1));
    let changes = list_status_changes(&f.db, f.plan_id).unwrap();
    let path: Vec<(PlanStatus, PlanStatus)> = changes.iter().map(|c| (c.from, c.to)).collect();
    assert_eq!(
        path,
        [
            (PlanStatus::Draft, PlanStatus::InReview),
            (PlanStatus::InReview, PlanStatus::Draft),
            (PlanStatus::Draft, PlanStatus::InReview),
            (PlanStatus::InReview, PlanStatus::Final),
            (PlanStatus::Final, PlanStatus::Adopted),
        ]
    );
    assert!(changes.iter().all(|c| c.author == "Anna Lindqvist"));
    assert_eq!(load_plan_document(&f.db, f.plan_id).unwrap().status_changes.len(), 5);
}

#[test]
fn comments_are_anchored_to_sections_and_resolvable() {
    let mut f = gavle_plan();
    let c = add_comment(
        &mut f.db,
        f.plan_id,
        CommentInput { section_key: "funding".into(), author: "Lead expert".into(), text: "Which ERDF call?".into() },
    )
    .unwrap();
    assert_eq!((c.author.as_str(), c.resolved_at.is_none()), ("Lead expert", true));
    let err = add_comment(
        &mut f.db,
        f.plan_id,
        CommentInput { section_key: "budget".into(), author: String::new(), text: "?".into() },
    )
    .unwrap_err();
    assert_eq!(field_of(err), "section_key");
    assert_eq!(load_plan_document(&f.db, f.plan_id).unwrap().open_comments.len(), 1);
    let resolved = resolve_comment(&mut f.db, c.id, "").unwrap();
    assert_eq!(resolved.resolved_by.as_deref(), Some("Anna Lindqvist"));
    assert!(load_plan_document(&f.db, f.plan_id).unwrap().open_comments.is_empty());
    assert_eq!(list_comments(&f.db, f.plan_id, true).unwrap().len(), 1);
    unresolve_comment(&mut f.db, c.id).unwrap();
    assert_eq!(list_comments(&f.db, f.plan_id, false).unwrap().len(), 1);
}

#[test]
fn section_text_is_found_by_search() {
    let mut f = gavle_plan();
    save_section(&mut f.db, f.plan_id, "risks", "The broadband rollout might be late.", None).unwrap();
    let hits = search(&f.db, "broadband", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(
        (hits[0].kind, hits[0].id, hits[0].title.as_str()),
        (HitKind::Plan, f.plan_id, "Gävle digital jobs plan")
    );
    save_section(&mut f.db, f.plan_id, "risks", "Nothing here.", None).unwrap();
    assert!(search(&f.db, "broadband", 10).unwrap().is_empty(), "the old text left the index");
}

#[test]
fn the_network_list_shows_status_and_last_change() {
    let mut f = gavle_plan();
    set_author(&mut f.db, "Erik").unwrap();
    save_section(&mut f.db, f.plan_id, "vision", "v", None).unwrap();
    let list = list_plan_overviews(&f.db, f.network_id).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!((list[0].revision_number, list[0].last_change_by.as_str()), (2, "Erik"));
    assert_eq!(find_plan(&f.db, "techtown/gavle").unwrap().id, f.plan_id);
    assert_eq!(find_plan(&f.db, &f.plan_id.to_string()).unwrap().id, f.plan_id);
    assert!(find_plan(&f.db, "techtown/oulu").is_err());
}
