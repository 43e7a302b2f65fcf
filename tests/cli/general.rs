//! How `convene` finds its database and how it exits: `--db`, then `CONVENE_DB`, then the
//! desktop app's own file; 0 on success, 1 for bad input or data, 2 for a wrong command line.

mod common;

use common::{command, text, Convene};

#[test]
fn help_and_version_succeed() {
    let out = command().arg("--help").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let help = text(&out.stdout);
    for cmd in ["import", "networks", "partners", "meetings", "practices", "search", "backup", "export"] {
        assert!(help.contains(&format!("\n  {cmd} ")), "--help lists {cmd}:\n{help}");
    }
    let out = command().arg("--version").output().unwrap();
    assert!(text(&out.stdout).starts_with("convene "));
}

/// The lines of a help text under `heading`, up to the next blank line: the command names.
fn commands_under(help: &str, heading: &str) -> Vec<String> {
    help.split(&format!("{heading}:\n"))
        .nth(1)
        .unwrap_or_else(|| panic!("no heading \"{heading}\" in:\n{help}"))
        .lines()
        .take_while(|l| !l.is_empty())
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect()
}

#[test]
fn help_lists_the_commands_grouped_by_object() {
    let help = text(&command().arg("--help").output().unwrap().stdout);
    assert_eq!(commands_under(&help, "Networks"), ["networks", "network", "milestone"]);
    assert_eq!(
        commands_under(&help, "Partners and their people"),
        ["partners", "partner", "contacts", "contact", "local-group"]
    );
    assert_eq!(
        commands_under(&help, "Meetings"),
        ["meetings", "meeting", "agenda", "attendance", "invite", "slots", "rotation", "poll"]
    );
    assert_eq!(commands_under(&help, "Good practices"), ["practices", "practice"]);
    assert_eq!(commands_under(&help, "Holidays and days off"), ["holidays", "dayoff"]);
    assert!(help.contains("Options:\n      --db <PATH>"), "{help}");

    let meeting = text(&command().args(["meeting", "--help"]).output().unwrap().stdout);
    assert_eq!(commands_under(&meeting, "Its life"), ["confirm", "postpone", "held", "cancel", "help"]);
    assert!(meeting.contains("`convene agenda NETWORK MEETING`"), "{meeting}");
    let plan = text(&command().args(["help", "plan"]).output().unwrap().stdout);
    assert_eq!(commands_under(&plan, "Its content"), ["section", "action", "indicator", "risk"]);
    let contact = text(&command().args(["contact", "--help"]).output().unwrap().stdout);
    assert!(contact.contains("add") && contact.contains("remove"), "{contact}");
}

#[test]
fn usage_errors_exit_with_2_and_touch_nothing() {
    let c = Convene::new();
    c.ok(&["network", "add", "--name", "TechTown"]);
    let before = c.snapshot();
    let err = c.fails(&["frobnicate"], 2);
    assert!(err.contains("unrecognized subcommand"), "{err}");
    let err = c.fails(&["network", "add", "--kind", "transfer"], 2);
    assert!(err.contains("--name"), "{err}");
    let err = c.fails(
        &["meeting", "add", "techtown", "--title", "Kick-off", "--kind", "kick-off", "--start", "2027-03-10 10:00"],
        2,
    );
    assert!(err.contains("--start and --end"), "{err}");
    assert!(err.contains("convene meeting add"), "the usage shown is the subcommand's: {err}");
    let err = c.fails(
        &[
            "meeting",
            "add",
            "techtown",
            "--title",
            "X",
            "--kind",
            "other",
            "--date",
            "2027-03-10",
            "--start",
            "2027-03-10 10:00",
            "--end",
            "11:00",
        ],
        2,
    );
    assert!(err.contains("cannot be used with"), "{err}");
    c.fails(&["meeting", "add", "techtown", "--title", "X", "--kind", "other", "--until", "2027-03-12"], 2);
    c.fails(&["network", "delete"], 2);
    assert_eq!(c.snapshot(), before);
}

#[test]
fn bad_input_exits_with_1_and_says_why_on_stderr() {
    let c = Convene::new();
    let out = c.run(&["network", "show", "Nowhere"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "errors go to stderr only");
    let err = text(&out.stderr);
    assert!(err.starts_with("error: "), "{err}");
    assert!(err.contains("there is no network called \"Nowhere\""), "{err}");
}

#[test]
fn the_convene_db_variable_chooses_the_database_and_db_overrides_it() {
    let c = Convene::new();
    let from_env = c.path("from-env.db");
    let out = command()
        .env("CONVENE_DB", &from_env)
        .args(["network", "add", "--name", "Find your Greatness", "--kind", "transfer"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(from_env.exists(), "the database was created where CONVENE_DB points");

    let listed = command().env("CONVENE_DB", &from_env).args(["networks"]).output().unwrap();
    assert!(text(&listed.stdout).contains("Find your Greatness"));

    // --db wins over the variable.
    let other = c.path("other.db");
    let out = command().env("CONVENE_DB", &from_env).arg("--db").arg(&other).arg("networks").output().unwrap();
    assert!(out.status.success());
    assert!(!text(&out.stdout).contains("Find your Greatness"));
    assert!(other.exists());
}

/// The default is the desktop app's own file (Tauri's `app_data_dir`, named after the
/// identifier in tauri.conf.json), so networks imported here show in the window.
#[cfg(target_os = "linux")]
#[test]
fn without_db_or_variable_the_desktop_apps_database_is_used() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let out = command()
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", &data)
        .args(["network", "add", "--name", "DigiPlace"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let app_db = data.join("eu.convene.app/convene.db");
    assert!(app_db.exists(), "the database was created in the app's data folder");
    let listed = command().arg("--db").arg(&app_db).arg("networks").output().unwrap();
    assert!(text(&listed.stdout).contains("DigiPlace"));

    // Without XDG_DATA_HOME the folder is under ~/.local/share.
    let out = command().env("HOME", home.path()).env_remove("XDG_DATA_HOME").args(["networks"]).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(home.path().join(".local/share/eu.convene.app/convene.db").exists());
}

#[test]
fn the_database_can_be_given_before_or_after_the_command() {
    let c = Convene::new();
    let out = command().args(["network", "add", "--name", "TechTown", "--db"]).arg(&c.db).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(c.ok(&["networks"]).contains("TechTown"));
}

#[test]
fn a_file_that_is_not_a_convene_database_is_refused_untouched() {
    let c = Convene::new();
    std::fs::write(&c.db, b"this is not SQLite at all, just some text that happens to be long enough").unwrap();
    let before = std::fs::read(&c.db).unwrap();
    let err = c.fails(&["networks"], 1);
    assert!(err.contains("not a Convene database"), "{err}");
    assert_eq!(std::fs::read(&c.db).unwrap(), before);
}
