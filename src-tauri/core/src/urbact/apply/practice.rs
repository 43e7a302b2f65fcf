//! A good-practice page: the practice (found again by its title and city), and the lines
//! that could not be placed, as import notes.

use crate::error::{Error, Result};
use crate::names::{fold, slugify};
use crate::origin::Origin;
use crate::practice::{insert_practice, PracticeInput};
use crate::store::Db;

use crate::i18n::Message;

use super::super::network_page::{error_said, Unplaced};
use super::super::practice_page::PracticePage;
use super::super::report::{ImportReport, WarningKind};
use super::{exists, keep_note, refused_reason, warn, Refs, Table};

pub(super) fn apply_practice(
    db: &mut Db,
    page: &PracticePage,
    refs: &mut Refs,
    report: &mut ImportReport,
) -> Result<()> {
    let mut key = format!("urbact:practice:{}", slugify(&page.title));
    if !page.city.is_empty() {
        key.push(':');
        key.push_str(&slugify(&page.city));
    }
    let key = refs.make(key);
    report.warnings.extend(page.warnings.iter().cloned());
    if exists(db, Table::Practices, &key)? {
        report.skipped_existing.practices += 1;
    } else {
        let input = PracticeInput {
            title: page.title.clone(),
            tagline: page.tagline.clone(),
            city: page.city.clone(),
            country: page.country.unwrap_or_default().to_string(),
            author: page.author.clone(),
            author_role: page.author_role.clone(),
            headline_figure: page.figure.clone(),
            is_transfer: page.is_transfer,
            sections: page.sections.clone(),
            network_ids: Vec::new(),
        };
        match insert_practice(db, &input, &Origin::Page(key.clone())) {
            Ok(_) => report.created.practices += 1,
            Err(err @ Error::Invalid { .. }) => {
                let u = Unplaced { line: page.line, text: page.title.clone(), reason: refused_reason(&err) };
                let note_key = refs.make(format!("{key}:note:{}", fold(&page.title)));
                keep_note(db, None, &u, &note_key, &mut report.created, &mut report.skipped_existing)?;
                warn(
                    report,
                    page.line,
                    &page.title,
                    WarningKind::Refused,
                    Message::new("import-warning-practice-cannot-save").arg("error", error_said(&err)),
                );
            }
            Err(err) => return Err(err),
        }
    }
    for u in &page.unplaced {
        let note_key = refs.make(format!("{key}:note:{}", fold(&u.text)));
        keep_note(db, None, u, &note_key, &mut report.created, &mut report.skipped_existing)?;
        warn(
            report,
            u.line,
            &u.text,
            WarningKind::Unplaced,
            Message::new("import-warning-not-placed").arg("reason", &u.reason),
        );
    }
    Ok(())
}
