//! The command line in the person's language: `--lang CODE` on every command, else
//! `LC_ALL` / `LC_MESSAGES` / `LANG`; errors of the core in that language.

mod common;

use std::process::Command;

use common::{command, text, Convene};

fn cmd(convene: &Convene) -> Command {
    let mut cmd = command();
    cmd.arg("--db").arg(&convene.db);
    cmd
}

#[test]
fn lang_de_prints_the_core_s_validation_errors_in_german() {
    let env = Convene::new();
    let out = cmd(&env).args(["--lang", "de", "network", "add", "--name", "  "]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.starts_with("Fehler: name (--name): darf nicht leer sein"), "{err}");

    let out = cmd(&env)
        .args(["network", "add", "--name", "Nexus", "--start", "2026-02-30", "--lang", "de"])
        .output()
        .unwrap();
    let err = text(&out.stderr);
    assert!(err.contains("ist kein Datum; schreiben Sie es als JJJJ-MM-TT"), "{err}");
}

#[test]
fn the_environment_chooses_the_language_and_lang_overrides_it() {
    let env = Convene::new();
    let french = cmd(&env).env("LANG", "fr_FR.UTF-8").args(["network", "show", "nowhere"]).output().unwrap();
    let err = text(&french.stderr);
    assert!(err.starts_with("erreur : il n’y a pas de réseau nommé « nowhere »"), "{err}");

    let english =
        cmd(&env).env("LANG", "fr_FR.UTF-8").args(["--lang", "en", "network", "show", "nowhere"]).output().unwrap();
    assert!(
        text(&english.stderr).starts_with("error: there is no network called \"nowhere\""),
        "{}",
        text(&english.stderr)
    );

    let greek = cmd(&env).env("LC_ALL", "el_GR.UTF-8").env("LANG", "de_DE.UTF-8").args(["networks"]).output().unwrap();
    assert!(text(&greek.stdout).starts_with("Δεν υπάρχουν ακόμη δίκτυα"), "{}", text(&greek.stdout));
}

#[test]
fn an_unknown_language_is_refused_with_the_codes_there_are() {
    let out = command().args(["--lang", "xx", "networks"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("\"xx\" is not a language Convene speaks; use one of en, fr, de, es, it, pt, pl, nl, el, ro"),
        "{err}"
    );
}

#[test]
fn a_network_shown_in_french_polish_and_romanian_counts_its_partners_in_that_language() {
    let env = Convene::new();
    assert!(cmd(&env).args(["network", "add", "--name", "Nexus"]).status().unwrap().success());
    for (city, country) in [("Nevers", "FR"), ("Łódź", "PL")] {
        let status =
            cmd(&env).args(["partner", "add", "nexus", "--name", city, "--country", country]).status().unwrap();
        assert!(status.success());
    }
    let show =
        |code: &str| text(&cmd(&env).args(["--lang", code, "network", "show", "nexus"]).output().unwrap().stdout);
    assert!(show("fr").contains("\n2 partenaires\n"), "{}", show("fr"));
    assert!(show("pl").contains("\n2 miasta partnerskie\n"), "{}", show("pl"));
    assert!(show("ro").contains("\n2 parteneri\n"), "{}", show("ro"));
    assert!(show("de").contains("Kurzname:"), "{}", show("de"));
}

#[test]
fn a_network_and_a_plan_keep_their_own_language_whatever_the_terminal_speaks() {
    let c = Convene::new();
    c.ok(&["network", "add", "--name", "TechTown", "--language", "fr"]);
    assert_eq!(c.json(&["network", "show", "techtown"])["language"], "fr");
    c.ok(&["network", "update", "techtown", "--language", "ro"]);
    assert_eq!(c.json(&["network", "show", "techtown"])["language"], "ro");
    c.ok(&["partner", "add", "techtown", "--name", "Gävle", "--country", "SE"]);
    c.ok(&["plan", "create", "techtown", "--partner", "gavle", "--title", "Digital jobs", "--language", "de"]);
    c.ok(&["plan", "action", "add", "1", "--title", "Makerspace", "--cost", "12500.1"]);
    let out = c.path("plan.md");
    let export = |lang: &str| {
        c.ok(&["--lang", lang, "plan", "export", "1", "--out", out.to_str().unwrap()]);
        std::fs::read_to_string(&out).unwrap()
    };
    let md = export("en");
    assert!(md.contains("Integrierter Aktionsplan") && md.contains("12.500,10\u{a0}€"), "{md}");

    let said = c.ok(&["--lang", "fr", "plan", "language", "1", "pl"]);
    assert_eq!(said, "« Digital jobs » est désormais exporté en Polski.\n");
    let md = export("de");
    assert!(md.contains("Zintegrowany Plan Działań") && md.contains("12\u{a0}500,10\u{a0}€"), "{md}");

    let err = c.fails(&["plan", "language", "1", "tlh"], 2);
    assert!(err.contains("language (--language): \"tlh\" is not a language Convene speaks"), "{err}");
    assert_eq!(c.json(&["plan", "show", "1"])["plan"]["language"], "pl", "nothing changed");
}

#[test]
fn lang_de_prints_a_command_s_sentences_tables_and_file_errors_in_german() {
    let c = Convene::new();
    c.ok(&["network", "add", "--name", "Nexus"]);
    let none = c.ok(&["--lang", "de", "plans", "nexus"]);
    assert_eq!(
        none,
        "Nexus hat noch keine Aktionspläne. `convene plan create nexus --partner STADT --title T` beginnt einen.\n"
    );
    assert_eq!(c.ok(&["--lang", "de", "conflicts"]), "Keine Konflikte.\n");

    c.ok(&["partner", "add", "nexus", "--name", "Nevers", "--country", "FR"]);
    c.ok(&["plan", "create", "nexus", "--partner", "nevers", "--title", "Digital jobs"]);
    let table = c.ok(&["--lang", "de", "plans", "nexus"]);
    assert!(table.starts_with("ID  PARTNER  TITEL         STATUS"), "{table}");
    assert!(table.contains("LETZTE ÄNDERUNG (UTC)"), "{table}");
    let in_review = c.ok(&["--lang", "de", "plan", "status", "1", "in-review"]);
    assert_eq!(in_review, "„Digital jobs“ ist jetzt in Prüfung\n");
    c.ok(&["plan", "status", "1", "final"]);
    let adopted = c.ok(&["--lang", "de", "plan", "status", "1", "adopted", "--date", "2026-03-12"]);
    assert_eq!(adopted, "„Digital jobs“ ist seit dem 2026-03-12 beschlossen\n");

    let missing = c.path("missing.json");
    let err = c.fails(&["--lang", "de", "import", "json", missing.to_str().unwrap()], 1);
    assert_eq!(
        err.trim(),
        format!("Fehler: {} kann nicht gelesen werden: diese Datei gibt es nicht", missing.display())
    );
    let err = c.fails(&["import", "json", missing.to_str().unwrap()], 1);
    assert_eq!(err.trim(), format!("error: cannot read {}: there is no such file", missing.display()));
    let folder = c.path("");
    let err = c.fails(&["--lang", "de", "import", "urbact", folder.to_str().unwrap()], 1);
    assert_eq!(err.trim(), format!("Fehler: {} kann nicht gelesen werden: es ist ein Ordner", folder.display()));
}

#[test]
fn counts_take_each_language_s_plural_forms() {
    let c = Convene::new();
    c.ok(&["network", "add", "--name", "Nexus"]);
    for (title, date) in [("Kick-off", "2027-03-10"), ("Study visit", "2027-05-10")] {
        c.ok(&["meeting", "add", "nexus", "--title", title, "--kind", "other", "--date", date]);
    }
    let written = |lang: &str| {
        let out = c.run(&["--lang", lang, "export", "ics", "nexus"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stderr).trim().to_string()
    };
    assert_eq!(written("en"), "Wrote 2 meetings.");
    assert_eq!(written("de"), "2 Treffen geschrieben.");
    assert_eq!(written("pl"), "Zapisano 2 spotkania.");
    assert_eq!(written("ro"), "Au fost scrise 2 întâlniri.");
    for (title, date) in [("Final event", "2027-09-10"), ("Closing", "2027-10-10"), ("Wrap-up", "2027-11-10")] {
        c.ok(&["meeting", "add", "nexus", "--title", title, "--kind", "other", "--date", date]);
    }
    assert_eq!(written("pl"), "Zapisano 5 spotkań.");
}

#[test]
fn an_ics_import_reports_and_refuses_in_the_person_s_language() {
    let c = Convene::new();
    c.ok(&["network", "add", "--name", "Nexus"]);
    let ics = c.path("kick-off.ics");
    std::fs::write(
        &ics,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:kick-off@example.org\r\nSUMMARY:Kick-off\r\n\
         DTSTART;VALUE=DATE:20270310\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    )
    .unwrap();
    let out = c.ok(&["--lang", "de", "import", "ics", ics.to_str().unwrap(), "--network", "nexus"]);
    assert!(out.starts_with("1 Treffen angelegt, 0 geändert, 0 unverändert.\n"), "{out}");
    assert!(out.contains("\nAngelegt:\n"), "{out}");
    let again = c.ok(&["--lang", "fr", "import", "ics", ics.to_str().unwrap(), "--network", "nexus"]);
    assert!(again.starts_with("Rien n’a changé : 1 événement de ce fichier est déjà enregistré."), "{again}");

    let broken = c.path("broken.ics");
    std::fs::write(&broken, "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n").unwrap();
    let err = c.fails(&["--lang", "de", "import", "ics", broken.to_str().unwrap(), "--network", "nexus"], 1);
    assert_eq!(
        err.trim(),
        format!(
            "Fehler: {}: Zeile 3: END:VCALENDAR passt nicht zu BEGIN:VEVENT in Zeile 2. Es wurde nichts importiert.",
            broken.display()
        )
    );
}

#[test]
fn a_refused_plan_status_a_bad_amount_and_an_unknown_country_come_out_in_german_and_french() {
    let c = Convene::new();
    c.ok(&["network", "add", "--name", "Nexus"]);
    c.ok(&["partner", "add", "nexus", "--name", "Nevers", "--country", "FR"]);
    c.ok(&["plan", "create", "nexus", "--partner", "nevers", "--title", "Digital jobs"]);

    let err = c.fails(&["--lang", "de", "plan", "status", "1", "adopted"], 2);
    assert!(
        err.contains("ein Plan im Status „Entwurf“ kann nur zu „In Prüfung“ wechseln, nicht zu „Beschlossen“"),
        "{err}"
    );
    let err = c.fails(&["plan", "status", "1", "adopted"], 2);
    assert!(err.contains("a plan that is draft can move to in review only, not to adopted"), "{err}");

    let err = c.fails(&["--lang", "fr", "holidays", "US", "--year", "2027"], 2);
    assert!(err.contains("Convene n’a pas de jours fériés pour « US »") && err.contains("XK"), "{err}");
}

#[test]
fn a_conflict_comes_out_in_the_person_s_language() {
    let c = Convene::new();
    c.ok(&["network", "add", "--name", "Nexus"]);
    c.ok(&["partner", "add", "nexus", "--name", "Nevers", "--country", "FR"]);
    let day_off = ["dayoff", "add", "nexus", "--partner", "nevers", "--date", "2027-05-15", "--name", "Fête locale"];
    c.ok(&day_off);
    let again = |lang: &str| {
        let mut args = vec!["--lang", lang];
        args.extend(day_off);
        c.run(&args)
    };
    let german = again("de");
    assert_ne!(german.status.code(), Some(0));
    let err = text(&german.stderr);
    assert!(err.contains("Nevers hat am 2027-05-15 bereits den freien Tag „Fête locale“"), "{err}");
    let english = text(&again("en").stderr);
    assert!(english.contains("Nevers already has the day off \"Fête locale\" on 2027-05-15"), "{english}");
}

#[test]
fn tables_and_show_output_name_kinds_modes_statuses_and_roles_in_the_person_s_language() {
    let c = Convene::new();
    common::iotxchange(&c);
    c.ok(&[
        "meeting",
        "add",
        "iotxchange",
        "--title",
        "Riga visit",
        "--kind",
        "transnational",
        "--host",
        "Jelgava",
        "--date",
        "2027-03-10",
    ]);
    c.ok(&["meeting", "confirm", "iotxchange", "Riga visit"]);
    c.ok(&["plan", "create", "iotxchange", "--partner", "jelgava", "--title", "Smart Jelgava"]);

    let meetings = c.ok(&["--lang", "de", "meetings", "iotxchange"]);
    assert!(meetings.contains("Transnationales Treffen") && meetings.contains("Vor Ort"), "{meetings}");
    assert!(meetings.contains("Bestätigt") && !meetings.contains("Confirmed"), "{meetings}");
    let show = c.ok(&["--lang", "fr", "meeting", "show", "iotxchange", "Riga visit"]);
    assert!(show.contains("Réunion transnationale") && show.contains("Confirmée"), "{show}");

    let partners = c.ok(&["--lang", "de", "partners", "iotxchange"]);
    assert!(partners.contains("Lead-Partner") && !partners.contains("Lead partner"), "{partners}");
    let networks = c.ok(&["--lang", "fr", "networks"]);
    assert!(networks.contains("Planification d'actions"), "{networks}");
    let plans = c.ok(&["--lang", "de", "plans", "iotxchange"]);
    assert!(plans.contains("Entwurf") && !plans.contains("Draft"), "{plans}");

    let english = c.ok(&["--lang", "en", "meetings", "iotxchange"]);
    assert!(english.contains("Transnational meeting") && english.contains("Confirmed"), "{english}");
    assert_eq!(c.json(&["--lang", "de", "meeting", "show", "iotxchange", "Riga visit"])["kind"], "transnational");
}

#[test]
fn help_lists_the_commands_in_the_person_s_language_and_keeps_the_commands_as_typed() {
    let german = text(&command().args(["--lang", "de", "--help"]).output().unwrap().stdout);
    assert!(german.starts_with("Netzwerke, Partnerstädte, Treffen, Aktionspläne und gute Praktiken"), "{german}");
    assert!(german.contains("\nAufruf: convene [OPTIONS] <COMMAND>\n"), "{german}");
    assert!(german.contains("  networks     Alle Netzwerke auflisten\n"), "{german}");
    assert!(german.contains("Kalenderserver (CalDAV, WebDAV):"), "{german}");

    let french = text(&command().env("LANG", "fr_FR.UTF-8").args(["meeting", "--help"]).output().unwrap().stdout);
    assert!(french.contains("La réunion :") && french.contains("-h, --help         Afficher l’aide"), "{french}");

    let publish = text(&command().args(["--lang", "de", "publish", "--help"]).output().unwrap().stdout);
    assert!(publish.contains("Woher das Passwort kommt: --password-stdin"), "{publish}");

    let english = text(&command().arg("--help").output().unwrap().stdout);
    assert!(english.contains("  networks     List every network\n") && english.contains("Print help"), "{english}");
}

#[test]
fn a_meeting_s_when_comes_out_in_the_person_s_language() {
    let c = Convene::new();
    common::iotxchange(&c);
    let add = |title: &str, when: &[&str]| {
        let mut args = vec!["meeting", "add", "iotxchange", "--title", title, "--kind", "transnational"];
        args.extend_from_slice(when);
        c.ok(&args);
    };
    add("Riga visit", &["--date", "2027-03-10", "--until", "2027-03-12"]);
    add("Autumn meeting", &["--month", "2027-09"]);

    let german = c.ok(&["--lang", "de", "meetings", "iotxchange"]);
    assert!(german.contains("2027-03-10 bis 2027-03-12"), "{german}");
    assert!(german.contains("noch nicht terminiert") && !german.contains("not dated yet"), "{german}");
    let english = c.ok(&["--lang", "en", "meetings", "iotxchange"]);
    assert!(english.contains("2027-03-10 to 2027-03-12") && english.contains("not dated yet"), "{english}");
}

#[test]
fn lang_de_writes_the_dates_of_a_command_s_sentences_in_german() {
    let c = Convene::new();
    common::iotxchange(&c);
    let meeting = |title: &str, start: &str, end: &str| {
        let add = ["meeting", "add", "iotxchange", "--title", title, "--kind", "transnational", "--host", "jelgava"];
        c.json(&[&add[..], &["--start", start, "--end", end]].concat())
    };
    meeting("Meeting in Jelgava", "2031-03-10 10:00", "2031-03-10 12:00");
    let held = ["meeting", "held", "iotxchange", "Meeting in Jelgava"];
    let err = c.fails(&[&held[..], &["--lang", "de"]].concat(), 2);
    assert!(err.contains("beginnt am 10. März 2031, 10:00 (Europe/Riga)"), "{err}");
    let err = c.fails(&[&held[..], &["--lang", "fr"]].concat(), 2);
    assert!(err.contains("10 mars 2031, 10:00 (Europe/Riga)"), "{err}");
    let err = c.fails(&held, 2);
    assert!(err.contains("starts on 10 March 2031, 10:00 (Europe/Riga)"), "English as before: {err}");

    let poll = c.json(&[
        "poll",
        "create",
        "iotxchange",
        "--title",
        "Transnational meeting 3",
        "--kind",
        "transnational",
        "--host",
        "jelgava",
        "--option",
        "2027-03-15 10:00/12:00",
        "--option",
        "2027-04-12",
    ]);
    let id = poll["id"].as_i64().unwrap().to_string();
    let closing = c.path("closing");
    let to = closing.to_str().unwrap();
    c.json(&["poll", "close", &id, "--option", "1", "--organizer", "joao@cm-fundao.pt", "--out", to]);
    let answer = ["poll", "answer", &id, "--partner", "fundão", "--option", "2=yes", "--lang", "de"];
    let err = c.fails(&answer, 1);
    assert!(err.contains("mit Option 1 (Mo., 15. März 2027, 10:00–12:00 (Europe/Riga)) geschlossen"), "{err}");
    let err = c.fails(&answer[..answer.len() - 2], 1);
    assert!(err.contains("closed on option 1 (Mon 15 Mar 2027, 10:00–12:00 (Europe/Riga))"), "{err}");
}

#[test]
fn clap_s_own_errors_come_out_in_the_person_s_language_naming_what_was_typed() {
    let c = Convene::new();
    let err = c.fails(&["--lang", "de", "meeting", "add", "--bogus"], 2);
    assert!(err.starts_with("Fehler: unerwartetes Argument „--bogus“"), "{err}");
    assert!(err.contains("Aufruf: convene meeting add") && err.contains("Mehr dazu mit „--help“."), "{err}");

    let err = c.fails(&["--lang", "fr", "conflict", "resolve", "1", "--keep", "both"], 2);
    assert!(err.starts_with("erreur : valeur « both » non valable pour « --keep <KEEP> »"), "{err}");
    assert!(err.contains("[valeurs possibles : local, remote]"), "{err}");

    let err = c.fails(&["--lang", "de", "conflict", "resolve", "one", "--keep", "local"], 2);
    assert!(err.starts_with("Fehler: ungültiger Wert „one“ für „<ID>“: keine ganze Zahl"), "{err}");

    let err = c.fails(&["--lang", "pl", "holidays", "FR", "--year"], 2);
    assert!(err.starts_with("błąd: „--year <YEAR>” wymaga wartości, ale nie podano żadnej"), "{err}");

    let err = c.fails(&["--lang", "fr", "meeting", "add", "nexus"], 2);
    assert!(err.starts_with("erreur : ces arguments obligatoires manquent :\n  --title <TITLE>"), "{err}");

    let err = c.fails(&["--lang", "es", "netwrk"], 2);
    assert!(err.starts_with("error: orden desconocida «netwrk»") && err.contains("networks"), "{err}");

    let english = c.fails(&["meeting", "add", "--bogus"], 2);
    assert!(english.starts_with("error: unexpected argument '--bogus' found"), "{english}");
    assert!(english.contains("For more information, try '--help'."), "{english}");
}

#[test]
fn countries_and_holidays_read_in_the_person_s_language() {
    let c = Convene::new();
    c.ok(&["network", "add", "--name", "Nexus"]);
    c.ok(&["partner", "add", "nexus", "--name", "Riga", "--country", "Lettland"]);
    c.ok(&["partner", "add", "nexus", "--name", "Nevers", "--country", "Francja"]);
    let fr = c.ok(&["--lang", "fr", "partner", "show", "nexus", "riga"]);
    assert!(fr.contains("Lettonie (LV)"), "{fr}");
    let pl = c.ok(&["--lang", "pl", "partner", "show", "nexus", "nevers"]);
    assert!(pl.contains("Francja (FR)"), "{pl}");

    let fr = c.ok(&["--lang", "fr", "holidays", "FR", "--year", "2027"]);
    assert!(fr.contains("France (FR)") && fr.contains("Lundi de Pâques"), "{fr}");
    let de = c.ok(&["--lang", "de", "holidays", "DE", "--year", "2027"]);
    assert!(de.contains("Deutschland (DE)") && de.contains("Tag der Deutschen Einheit"), "{de}");
    // Python-holidays has no Polish names for Latvia's holidays: English then.
    let pl = c.ok(&["--lang", "pl", "holidays", "LV", "--year", "2027"]);
    assert!(pl.contains("Łotwa (LV)") && pl.contains("New Year's Day"), "{pl}");
}

#[test]
fn every_command_s_help_is_in_the_person_s_language() {
    let help = |args: &[&str]| text(&command().args(args).output().unwrap().stdout);
    let german = help(&["--lang", "de", "meeting", "add", "--help"]);
    assert!(german.starts_with("Einem Netzwerk ein Treffen hinzufügen"), "{german}");
    assert!(german.contains("Aufruf: convene meeting add") && german.contains("Argumente:"), "{german}");
    assert!(german.contains("<NETWORK>  Der Kurzname oder Name des Netzwerks"), "{german}");
    assert!(
        german.contains("--start <DATETIME>") && german.contains("Beginn, „JJJJ-MM-TT HH:MM“ in der Uhrzeit von --tz")
    );

    let french = help(&["--lang", "fr", "network", "--help"]);
    assert!(french.contains("Commandes :") && french.contains("  add     Ajouter un réseau"), "{french}");
    assert!(french.contains("Afficher ce message ou l’aide des sous-commandes données"), "{french}");

    let polish = help(&["--lang", "pl", "holidays", "--help"]);
    assert!(polish.contains("Dwie litery oznaczają kraj"), "{polish}");
    assert!(polish.contains("--from <DATE>    Pierwszy dzień, RRRR-MM-DD"), "{polish}");

    let english = help(&["partner", "add", "--help"]);
    assert!(english.contains("--country <COUNTRY>  ISO 3166-1 code (LV), country name (Latvia)"), "{english}");
}
