//! The check a volunteer runs after translating: `cargo test -p convene-core --test catalogue`.
//!
//! Over every file of the catalogue (`locales/<code>/*.ftl`, the window's `ui.ftl` too):
//! each parses; the folders are exactly Convene's languages; each language has every
//! message of English, and none English lacks; each translation uses every variable the
//! English message uses (a translation that drops `{ $count }` would lie). Failures list
//! every problem at once, by file and message id.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use convene_core::i18n::{self, Locale};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

/// Message (and term) ids of one file, each with the variables it uses.
type Ids = BTreeMap<String, BTreeSet<String>>;

fn inline_variables(expression: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|e| inline_variables(e, out));
            arguments.named.iter().for_each(|a| inline_variables(&a.value, out));
        }
        InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            arguments.positional.iter().for_each(|e| inline_variables(e, out));
            arguments.named.iter().for_each(|a| inline_variables(&a.value, out));
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            variants.iter().for_each(|v| pattern_variables(&v.value, out));
        }
    }
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

/// The ids of `text` with their variables, or the file's problems.
fn read(path: &Path, text: &str, problems: &mut Vec<String>) -> Ids {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                let line = text[..error.pos.start.min(text.len())].lines().count().max(1);
                problems.push(format!("{}: line {line} does not parse: {:?}", path.display(), error.kind));
            }
            resource
        }
    };
    let mut ids = Ids::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            Entry::Junk { content } => {
                problems.push(format!("{}: cannot be read: {}", path.display(), content.trim()));
                continue;
            }
            _ => continue,
        };
        let mut variables = BTreeSet::new();
        if let Some(value) = value {
            pattern_variables(value, &mut variables);
        }
        for attribute in attributes {
            pattern_variables(&attribute.value, &mut variables);
        }
        if ids.insert(id.clone(), variables).is_some() {
            problems.push(format!("{}: {id} is defined twice", path.display()));
        }
    }
    ids
}

fn files(language: &Path) -> BTreeMap<String, PathBuf> {
    std::fs::read_dir(language)
        .unwrap_or_else(|e| panic!("{}: {e}", language.display()))
        .map(|e| e.expect("a readable folder").path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), p))
        .collect()
}

#[test]
fn every_language_has_every_message_with_its_variables() {
    let folders: BTreeSet<String> = std::fs::read_dir(root())
        .expect("the locales folder")
        .map(|e| e.expect("a readable folder").file_name().to_string_lossy().into_owned())
        .collect();
    let codes: BTreeSet<String> = Locale::ALL.iter().map(|l| l.code().to_string()).collect();
    assert_eq!(folders, codes, "locales/ must hold one folder per language of Locale::ALL");

    let mut problems = Vec::new();
    let english_files = files(&root().join("en"));
    for domain in ["cli.ftl", "errors.ftl", "export.ftl", "import.ftl", "overview.ftl"] {
        assert!(english_files.contains_key(domain), "locales/en/{domain} is missing");
    }
    let mut english = BTreeMap::new();
    for (name, path) in &english_files {
        let text = std::fs::read_to_string(path).unwrap();
        english.insert(name.clone(), read(path, &text, &mut problems));
    }
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
        let folder = root().join(locale.code());
        let translated_files = files(&folder);
        for name in translated_files.keys().filter(|n| !english.contains_key(*n)) {
            problems.push(format!("{}/{name}: English has no such file", locale.code()));
        }
        for (name, english_ids) in &english {
            let Some(path) = translated_files.get(name) else {
                problems.push(format!("{}/{name} is missing", locale.code()));
                continue;
            };
            let text = std::fs::read_to_string(path).unwrap();
            let ids = read(path, &text, &mut problems);
            for (id, variables) in english_ids {
                match ids.get(id) {
                    None => problems.push(format!("{}/{name}: {id} is missing", locale.code())),
                    Some(used) => {
                        for variable in variables.difference(used) {
                            problems.push(format!("{}/{name}: {id} does not use {{ ${variable} }}", locale.code()));
                        }
                    }
                }
            }
            for id in ids.keys().filter(|id| !english_ids.contains_key(*id)) {
                problems.push(format!("{}/{name}: {id} is not in English (remove it or add it to en)", locale.code()));
            }
        }
    }
    assert!(problems.is_empty(), "{} problems in the catalogue:\n{}", problems.len(), problems.join("\n"));
}

/// The embedded catalogue (what the binary carries) is the same as the files on disk.
#[test]
fn the_binary_carries_the_files_on_disk() {
    for locale in Locale::ALL {
        for (domain, embedded) in i18n::catalogue::DOMAINS.iter().zip(i18n::catalogue::sources(locale)) {
            let path = root().join(locale.code()).join(format!("{domain}.ftl"));
            assert_eq!(std::fs::read_to_string(&path).unwrap(), embedded, "{}", path.display());
        }
    }
}

#[test]
fn a_missing_message_falls_back_to_english_then_to_its_id() {
    assert_eq!(i18n::translate(Locale::Fr, "no-such-message", &[]), "no-such-message");
    for locale in Locale::ALL {
        assert!(!i18n::translate(locale, "error-required", &[]).is_empty());
        assert!(i18n::catalogue::has_message(locale, "error-required"), "{locale}");
    }
}

/// Files of the core, the CLI, the calendar server client and the shell that still build user-visible English in Rust instead of
/// taking it from the catalogue. The list may only shrink: the test fails when a file not
/// on it gains a literal English message, and when a file on it no longer has one (then
/// remove it from the list). The publishing files (CalDAV) and the disk-error and file
/// writing ones were written while the catalogue was being made, on other branches, and
/// joined the list when the branches were merged.
const NOT_YET_IN_THE_CATALOGUE: &[&str] = &[];

/// A literal English text where a person reads it: an error made from a string literal
/// (`Error::invalid(field, "...")`, `not_found(format!("..."))`, `Error::BadInput("...")`,
/// `Error::bad_input(format!("..."))`)
/// or a printed sentence (`println!("Added ...")`, `output::print("...")`), or a window
/// error made from one (`IpcError::internal("...")`), or a reason or warning of a file's
/// import or a plan's summary, when it holds words (`bad(line, format!("DURATION \"{text}\"
/// is not ..."))`, `warnings.push(format!("line {line}: ..."))`), or a file dialog's
/// title or kind of file (`choose_save_path(&app, "Save ...", ..)`, `FileKind = ("Convene
/// backup", ..)`); `eprintln!` logs are not read. Unit tests (after `#[cfg(test)]`) are not read. The core, the command line, the calendar
/// server client and the window's shell are read.
fn holds_literal_english(source: &str) -> bool {
    let code = source.split("#[cfg(test)]").next().unwrap_or_default();
    let pattern = regex::Regex::new(concat!(
        r#"(?s)Error::invalid\([^;]*?,\s*(format!\(\s*)?""#,
        r#"|not_found\((format!\(\s*)?""#,
        r#"|Error::(BadInput|Conflict|NotFound)\((format!\(\s*)?""#,
        r#"|Error::bad_input\((format!\(\s*)?""#,
        r#"|(?:^|[^e])println!\("[^"{]*[A-Za-z]{3}"#,
        r#"|IpcError::internal\((format!\(\s*)?""#,
        r#"|message:\s*format!\(\s*""#,
        r#"|output::print\((&format!\()?"[^"{]*[A-Za-z]{3}"#,
        r#"|\bbad\([^;]*?,\s*(format!\(\s*)?"(?:[^"\\]|\\.)*?[A-Za-z]{2} [A-Za-z]{2}"#,
        r#"|warnings\s*\.push\(\s*(format!\(\s*)?"(?:[^"\\]|\\.)*?[A-Za-z]{2} [A-Za-z]{2}"#,
        r#"|choose_(?:save|open)_paths?\(\s*&app,\s*&?(format!\(\s*)?""#,
        r#"|FileKind<'static> = \("[^"]*[A-Z ]"#,
    ))
    .unwrap();
    pattern.is_match(code)
}

fn rust_files(folder: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_new_file_holds_literal_english_and_the_list_only_shrinks() {
    let src_tauri = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    rust_files(&src_tauri.join("core/src"), &mut files);
    rust_files(&src_tauri.join("cli/src"), &mut files);
    rust_files(&src_tauri.join("dav/src"), &mut files);
    rust_files(&src_tauri.join("src"), &mut files);
    let mut problems = Vec::new();
    for path in files {
        let name = path.strip_prefix(&src_tauri).unwrap().to_string_lossy().replace('\\', "/");
        let listed = NOT_YET_IN_THE_CATALOGUE.contains(&name.as_str());
        match (holds_literal_english(&std::fs::read_to_string(&path).unwrap()), listed) {
            (true, false) => {
                problems.push(format!("{name}: literal English text; use a catalogue message (i18n::Message)"))
            }
            (false, true) => problems.push(format!("{name}: has no literal English left; remove it from the list")),
            _ => {}
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The forms an import's reasons and warnings took before they moved into the catalogue
/// are caught; the catalogue's own forms, and a value put into a message, are not.
#[test]
fn the_check_catches_english_reasons_and_warnings() {
    for english in [
        r#"bad(line.line, format!("DURATION \"{text}\" is not a duration (such as PT1H30M or P2D)"))"#,
        r#"bad(line, "the file has no end")"#,
        "return Err(bad(\n    component.property(\"UID\").map_or(line, |p| p.line),\n    format!(\"the UID of \\\"{}\\\" is too long\", t),\n));",
        r#"warnings.push(format!("line {line}: an event has no title (SUMMARY); it was called \"Untitled meeting\""));"#,
        "report\n    .warnings\n    .push(format!(\"line {line}: {count} {name} skipped; only events become meetings\"));",
        r#"choose_save_path(&app, "Save a backup of Convene", name, BACKUP)"#,
        r#"choose_open_path(&app, format!("Import a calendar into {}", network.name), ICS)"#,
        r#"const BACKUP: FileKind<'static> = ("Convene backup", &["sqlite", "db", "bak"]);"#,
    ] {
        assert!(holds_literal_english(english), "not caught: {english}");
    }
    for catalogue in [
        r#"bad(line.line, Message::new("error-ical-not-a-duration").arg("text", text))"#,
        r#"bad(other.begin_line, Message::new("error-ical-outside-calendar").arg("name", format!("BEGIN:{}", other.name)))"#,
        r#"warnings.push(Message::new("ical-warning-no-end").arg("line", line.to_string()).render(i18n::current()));"#,
        r#"choose_open_path(&app, dialog_title(Message::new("window-dialog-backup-restore")), BACKUP)"#,
        r#"const BACKUP: FileKind<'static> = ("file-kind-backup", &["sqlite", "db", "bak"]);"#,
    ] {
        assert!(!holds_literal_english(catalogue), "caught, yet from the catalogue: {catalogue}");
    }
}
