//! A plan exports in its own language (`ActionPlan::language`): a French city's plan in
//! French, a German one in German, whatever the window's language. Headings of the
//! standard sections, labels, table headings, dates and amounts follow the plan's
//! language; what people wrote stays as written.

mod common;

use common::*;
use convene_core::i18n::Locale;
use convene_core::plan::{load_plan_document, set_plan_language};
use convene_plan_export::{export_plan, ExportFormat};

/// The export as text with CLDR's no-break spaces made plain, for reading.
fn exported(language: Locale, format: ExportFormat) -> String {
    let (mut db, id) = sample_plan();
    set_plan_language(&mut db, id, language).unwrap();
    let doc = load_plan_document(&db, id).unwrap();
    let bytes = export_plan(&doc, format).unwrap();
    let text = match format {
        ExportFormat::Docx => docx_text(&bytes),
        _ => String::from_utf8(bytes).unwrap(),
    };
    text.replace(['\u{a0}', '\u{202f}'], " ")
}

/// The text of a .docx's main part, tags dropped.
fn docx_text(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml).unwrap();
    let tags = regex_lite_strip(&xml);
    tags.replace("&amp;", "&")
}

fn regex_lite_strip(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut inside = false;
    for c in xml.chars() {
        match c {
            '<' => inside = true,
            '>' => {
                inside = false;
                out.push(' ');
            }
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn a_french_plan_exports_with_french_headings_and_amounts() {
    for format in [ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Docx] {
        let text = exported(Locale::Fr, format);
        for expected in [
            "Plan d’action intégré",
            "Contexte et besoins",
            "Financement",
            "Risques",
            "Suivi et indicateurs",
            "Synthèse du budget",
            "Coût total estimé",
            "Déficit de financement",
            "12 500,00 €",
            "48 000,50 €",
            "60 500,50 €",
            "25 000,00 €",
            "non estimé",
            "FEDER",
            "Adopté",
            "Résultat",
            "Budget municipal",
        ] {
            // Word's title style shows the document kind in capitals; the text is the same.
            let found = text.contains(expected) || text.contains(&expected.to_uppercase());
            assert!(found, "{format}: \"{expected}\" missing:\n{text}");
        }
        assert!(text.contains(CONTEXT_TEXT), "{format}: the section text stays as written");
        assert!(!text.contains("Funding gap") && !text.contains("€60,500.50"), "{format}: English left:\n{text}");
    }
}

#[test]
fn a_german_plan_exports_with_german_headings_and_amounts() {
    for format in [ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Docx] {
        let text = exported(Locale::De, format);
        for expected in [
            "Integrierter Aktionsplan",
            "Ausgangslage und Bedarf",
            "Finanzierung",
            "Risiken",
            "Budgetübersicht",
            "Geschätzte Gesamtkosten",
            "Finanzierungslücke",
            "12.500,00 €",
            "48.000,50 €",
            "60.500,50 €",
            "25.000,00 €",
            "EFRE",
            "Beschlossen",
            "Ergebnis",
            "Städtischer Haushalt",
        ] {
            // Word's title style shows the document kind in capitals; the text is the same.
            let found = text.contains(expected) || text.contains(&expected.to_uppercase());
            assert!(found, "{format}: \"{expected}\" missing:\n{text}");
        }
        assert!(!text.contains("Funding gap") && !text.contains("€60,500.50"), "{format}: English left:\n{text}");
    }
}
