//! Partners' answers to a poll's options: yes, if need be, or no.
//!
//! One answer per partner and option. [`record_answer`] keeps the newest: an answer older
//! than the one saved (by when it was given: a reply's DTSTAMP, the time one was typed)
//! changes nothing, and the same answer again changes nothing, which makes reading the same
//! replies twice harmless.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, OptionalExt, Result};
use crate::labels::text_enum;
use crate::origin::instant;
use crate::store::{now_text, Db};

use super::get_poll;

text_enum! {
    pub enum Answer {
        Yes = "yes" / "Yes",
        Maybe = "maybe" / "If need be",
        No = "no" / "No",
    }
}

text_enum! {
    /// How an answer arrived.
    pub enum AnswerSource {
        Hand = "hand" / "Typed in",
        Calendar = "calendar" / "Calendar reply",
        Text = "text" / "Answer grid in an e-mail",
    }
}

impl Answer {
    /// The answer an iCalendar PARTSTAT gives: ACCEPTED yes, TENTATIVE if need be,
    /// DECLINED no; anything else (NEEDS-ACTION, DELEGATED) is no answer.
    pub fn from_partstat(partstat: &str) -> Option<Answer> {
        match partstat.trim().to_ascii_uppercase().as_str() {
            "ACCEPTED" => Some(Answer::Yes),
            "TENTATIVE" => Some(Answer::Maybe),
            "DECLINED" => Some(Answer::No),
            _ => None,
        }
    }

    /// A word typed in an answer grid or on the command line: yes, maybe (if need be), no,
    /// in any of Convene's ten languages (a poll's e-mail asks for them in the network's
    /// language, `poll-grid-reply`), with or without accents.
    pub fn from_word(word: &str) -> Option<Answer> {
        match word.trim().to_lowercase().as_str() {
            "yes" | "y" | "ok" | "accept" | "accepted" | "oui" | "ja" | "sí" | "si" | "sì" | "sim" | "tak" | "ναι"
            | "ναί" | "da" => Some(Answer::Yes),
            "maybe"
            | "if need be"
            | "ifneedbe"
            | "if-need-be"
            | "tentative"
            | "?"
            | "peut-être"
            | "peut-etre"
            | "peut être"
            | "si nécessaire"
            | "vielleicht"
            | "notfalls"
            | "quizás"
            | "quizas"
            | "tal vez"
            | "si hace falta"
            | "forse"
            | "se necessario"
            | "talvez"
            | "se for preciso"
            | "może"
            | "moze"
            | "w razie potrzeby"
            | "misschien"
            | "zo nodig"
            | "ίσως"
            | "ισως"
            | "αν χρειαστεί"
            | "poate"
            | "la nevoie" => Some(Answer::Maybe),
            "no" | "n" | "decline" | "declined" | "non" | "nein" | "não" | "nao" | "nie" | "nee" | "όχι" | "οχι"
            | "nu" => Some(Answer::No),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PollAnswer {
    pub option_id: i64,
    pub partner_id: i64,
    pub answer: Answer,
    pub source: AnswerSource,
    /// When the answer was given (RFC 3339, UTC).
    pub answered_at: String,
}

pub(crate) fn answers_of(db: &Db, poll_id: i64) -> Result<Vec<PollAnswer>> {
    let mut stmt = db.conn().prepare_cached(
        "SELECT a.option_id, a.partner_id, a.answer, a.source, a.answered_at
         FROM poll_answers a JOIN poll_options o ON o.id = a.option_id
         WHERE o.poll_id = ?1 ORDER BY o.position, a.partner_id",
    )?;
    let rows = stmt.query_map([poll_id], |r| {
        Ok(PollAnswer {
            option_id: r.get(0)?,
            partner_id: r.get(1)?,
            answer: r.get(2)?,
            source: r.get(3)?,
            answered_at: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// What [`record_answer`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Recorded {
    New,
    Changed,
    Same,
    /// A newer answer is already saved.
    Older,
}

/// Saves `answer` unless a newer or identical one is saved; `answered_at` is RFC 3339 UTC.
pub(crate) fn record_answer(
    db: &Db,
    option_id: i64,
    partner_id: i64,
    answer: Answer,
    source: AnswerSource,
    answered_at: &str,
) -> Result<Recorded> {
    let saved: Option<(Answer, String)> = db
        .conn()
        .query_row(
            "SELECT answer, answered_at FROM poll_answers WHERE option_id = ?1 AND partner_id = ?2",
            [option_id, partner_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let outcome = match &saved {
        None => Recorded::New,
        Some((_, at)) if at.as_str() > answered_at => return Ok(Recorded::Older),
        Some((a, _)) if *a == answer => return Ok(Recorded::Same),
        Some(_) => Recorded::Changed,
    };
    db.conn().execute(
        "INSERT INTO poll_answers (option_id, partner_id, answer, source, answered_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (option_id, partner_id) DO UPDATE SET answer = ?3, source = ?4, answered_at = ?5",
        params![option_id, partner_id, answer, source, answered_at],
    )?;
    Ok(outcome)
}

/// Records a partner's answer to option `number` by hand (now).
pub fn set_answer(db: &mut Db, poll_id: i64, partner_id: i64, number: i64, answer: Answer) -> Result<super::Poll> {
    let poll = get_poll(db, poll_id)?;
    poll.check_open()?;
    check_partner(db, poll.network_id, partner_id)?;
    let option = poll.option_numbered(number)?;
    record_answer(db, option.id, partner_id, answer, AnswerSource::Hand, &now_text())?;
    db.conn().execute("UPDATE polls SET updated_at = ?2 WHERE id = ?1", params![poll_id, now_text()])?;
    get_poll(db, poll_id)
}

fn check_partner(db: &Db, network_id: i64, partner_id: i64) -> Result<()> {
    let owner: Option<i64> =
        db.conn().query_row("SELECT network_id FROM partners WHERE id = ?1", [partner_id], |r| r.get(0)).optional()?;
    if owner != Some(network_id) {
        let message = crate::i18n::Message::new("error-poll-partner-elsewhere").arg("id", partner_id.to_string());
        return Err(Error::invalid("partner", message));
    }
    Ok(())
}

pub(crate) fn import_answer(db: &Db, network_id: i64, poll_id: i64, a: &PollAnswer) -> Result<()> {
    check_partner(db, network_id, a.partner_id)?;
    let owner: Option<i64> = db
        .conn()
        .query_row("SELECT poll_id FROM poll_options WHERE id = ?1", [a.option_id], |r| r.get(0))
        .optional()?;
    if owner != Some(poll_id) {
        let message = crate::i18n::Message::new("error-poll-option-elsewhere").arg("id", a.option_id.to_string());
        return Err(Error::invalid("option_id", message));
    }
    let at = instant("answered_at", &a.answered_at)?;
    record_answer(db, a.option_id, a.partner_id, a.answer, a.source, &at)?;
    Ok(())
}
