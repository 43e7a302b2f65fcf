//! Reading the answers partners send back: calendar replies and filled-in answer grids.
//!
//! A file is one of:
//! - an e-mail (`.eml`) as Outlook, Thunderbird, Apple Mail or Gmail send a reply to an
//!   invitation: MIME, its parts base64 or quoted-printable, the `text/calendar;
//!   method=REPLY` part inline and often again as an `invite.ics` attachment (the same
//!   answers twice are counted once). MIME is the `mail-parser` crate's;
//! - a bare iCalendar REPLY (`.ics`), as a calendar program saves one;
//! - an e-mail or a text whose body holds the answer grid of the invitation filled in
//!   (`[2] ...: yes`) with its `Token:` line.
//!
//! In a REPLY, each VEVENT's UID names the option, each ATTENDEE (any case) the partner
//! whose contact it is, and its PARTSTAT the answer: ACCEPTED yes, TENTATIVE if need be,
//! DECLINED no. A DTSTART in the reply must be the option's time (Outlook writes its zone
//! by its Windows name, "FLE Standard Time", read by [`crate::ical::tzid`]); a reply for a
//! time the option does not have is refused rather than counted for the wrong date. An
//! answer is as old as the reply's DTSTAMP (else the message's Date), so a later reply
//! overrides an earlier one whatever order the files come in.
//!
//! Invariants:
//! - Nothing is saved unless every file is read: a file that cannot be read, an address
//!   that is no partner's contact, a UID or token of another poll, is reported with the
//!   file's name and why, and the database is left as it was.
//! - Reading the same files again changes nothing ([`super::answer`]).
//! - [`parse_reply`] is a pure function of the bytes that never panics, and refuses a file
//!   over [`REPLY_FILE_MAX`] bytes before looking at it (`tests/core/poll_replies.rs` runs
//!   it over arbitrary bytes).

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use mail_parser::{MessageParser, MimeHeaders, PartType};
use regex::Regex;
use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::i18n::{self, Message};
use crate::ical::invite::schedule_in;
use crate::ical::reader::{file_components, Component};
use crate::ical::tzid::ZoneResolver;
use crate::meeting::Schedule;
use crate::network::get_network;
use crate::partner::list_partners;
use crate::store::{now_text, Db};
use crate::time_text::utc_text;

use super::answer::{record_answer, Recorded};
use super::invite::partner_of_email;
use super::{get_poll, Answer, AnswerSource};

/// The largest reply file read: a reply is a few kilobytes, so anything larger is not one.
pub const REPLY_FILE_MAX: usize = 1024 * 1024;

/// A file handed in, by its name (for the report) and its bytes, or why it could not be
/// read from disk.
#[derive(Debug, Clone)]
pub struct ReplyFile {
    pub name: String,
    pub bytes: Vec<u8>,
    pub unreadable: Option<String>,
}

impl ReplyFile {
    pub fn new(name: impl Into<String>, bytes: Vec<u8>) -> ReplyFile {
        ReplyFile { name: name.into(), bytes, unreadable: None }
    }

    /// Reads `path` (at most [`REPLY_FILE_MAX`] bytes and one more, so a larger file is
    /// refused as such without being read whole); a file that cannot be opened is kept
    /// with the system's reason, to be reported with the others. `name` is what the
    /// report calls it.
    pub fn read(path: &std::path::Path, name: impl Into<String>) -> ReplyFile {
        use std::io::Read;
        let mut bytes = Vec::new();
        let read = std::fs::File::open(path).and_then(|f| f.take(REPLY_FILE_MAX as u64 + 1).read_to_end(&mut bytes));
        match read {
            Ok(_) => ReplyFile::new(name, bytes),
            Err(e) => {
                let why = Message::new("error-reply-unreadable").arg("reason", e.to_string()).render(i18n::current());
                ReplyFile { name: name.into(), bytes: Vec::new(), unreadable: Some(why) }
            }
        }
    }
}

/// When a reply says the option is.
#[derive(Debug, Clone, PartialEq)]
pub enum ReplyStart {
    Instant(DateTime<Utc>),
    Day(NaiveDate),
}

/// An answer found in a calendar REPLY.
#[derive(Debug, Clone, PartialEq)]
pub struct CalendarAnswer {
    pub uid: String,
    pub email: String,
    pub answer: Answer,
    pub stamp: Option<DateTime<Utc>>,
    pub start: Option<ReplyStart>,
}

/// An answer found in a filled-in grid.
#[derive(Debug, Clone, PartialEq)]
pub struct GridAnswer {
    pub number: i64,
    pub answer: Answer,
}

/// What one file says, before it is matched against a poll.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParsedReply {
    pub calendar: Vec<CalendarAnswer>,
    pub token: Option<String>,
    pub grid: Vec<GridAnswer>,
    /// The message's Date.
    pub sent: Option<DateTime<Utc>>,
}

/// One answer read, and what became of it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ReadAnswer {
    pub file: String,
    pub partner_name: String,
    pub option_number: i64,
    pub answer: Answer,
    /// "new", "changed", "same" (already recorded), "older" (a newer answer is recorded).
    pub outcome: String,
}

/// A file that could not be used, and why.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ReplyProblem {
    pub file: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct RepliesReport {
    pub files: usize,
    /// False when any file had a problem: then nothing was saved.
    pub saved: bool,
    pub answers: Vec<ReadAnswer>,
    pub problems: Vec<ReplyProblem>,
    /// One line for people: "12 answers from 4 files: 9 new, 1 changed, 2 already recorded".
    pub summary: String,
}

fn token_pattern() -> &'static Regex {
    static P: OnceLock<Regex> = OnceLock::new();
    P.get_or_init(|| Regex::new(r"(?i)\btoken:\s*([0-9a-f]{12})\b").expect("a valid pattern"))
}

fn grid_line_pattern() -> &'static Regex {
    static P: OnceLock<Regex> = OnceLock::new();
    P.get_or_init(|| {
        Regex::new(r"(?m)^[>\s]*\[(\d{1,3})\][^\r\n]*[:=][ \t]*(\p{L}[\p{L}? -]{0,17}?|\?)[ \t.!]*\r?$")
            .expect("a valid pattern")
    })
}

/// Reads what a file says (see the module docs); `Err` says why it cannot be read, in the
/// reader's language ([`i18n::current`]).
pub fn parse_reply(bytes: &[u8]) -> std::result::Result<ParsedReply, String> {
    read_reply(bytes).map_err(|why| why.render(i18n::current()))
}

/// The words of an error of the iCalendar reader, as a reason.
fn reason_of(error: Error) -> Message {
    match error {
        Error::BadInput(m) | Error::NotFound(m) | Error::Conflict(m) | Error::Invalid { reason: m, .. } => m,
        other => Message::from(other.to_string()),
    }
}

fn read_reply(bytes: &[u8]) -> std::result::Result<ParsedReply, Message> {
    if bytes.len() > REPLY_FILE_MAX {
        return Err(Message::new("error-reply-too-large").arg("kb", REPLY_FILE_MAX / 1024));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Message::new("error-reply-empty"));
    }
    let start = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first_line = start.iter().position(|b| !b.is_ascii_whitespace()).map(|i| &start[i..]).unwrap_or(start);
    let mut parsed = ParsedReply::default();
    if first_line.len() >= 15 && first_line[..15].eq_ignore_ascii_case(b"BEGIN:VCALENDAR") {
        parsed.calendar = calendar_answers(bytes)?;
        return Ok(parsed);
    }
    let message = MessageParser::default().parse(bytes);
    let Some(message) = message.filter(|m| m.from().is_some() || m.date().is_some() || m.subject().is_some()) else {
        let text = std::str::from_utf8(bytes).map_err(|_| Message::new("error-reply-not-text"))?;
        grid_answers(text, &mut parsed)?;
        return Ok(parsed);
    };
    parsed.sent = message.date().and_then(|d| Utc.timestamp_opt(d.to_timestamp(), 0).single());
    let mut calendar_error = None;
    for part in &message.parts {
        let is_calendar = part.is_content_type("text", "calendar")
            || part.is_content_type("application", "ics")
            || part.attachment_name().is_some_and(|n| n.to_ascii_lowercase().ends_with(".ics"));
        if is_calendar {
            match calendar_answers(part.contents()) {
                Ok(found) => {
                    for a in found {
                        if !parsed.calendar.contains(&a) {
                            parsed.calendar.push(a);
                        }
                    }
                }
                Err(e) => calendar_error = Some(e),
            }
        }
    }
    let texts: Vec<&str> = message
        .text_bodies()
        .filter_map(|p| match &p.body {
            PartType::Text(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect();
    let mut grid = ParsedReply::default();
    let grid_result = texts.iter().try_for_each(|t| grid_answers(t, &mut grid));
    if !grid.grid.is_empty() {
        grid_result?;
        parsed.token = grid.token.clone();
        parsed.grid = grid.grid.clone();
    }
    if parsed.calendar.is_empty() && parsed.grid.is_empty() {
        if let Some(e) = calendar_error {
            return Err(Message::new("error-reply-calendar-unreadable").arg("reason", e));
        }
        if grid.token.is_some() {
            return Err(Message::new("error-reply-grid-unanswered"));
        }
        return Err(Message::new("error-reply-no-answer"));
    }
    Ok(parsed)
}

/// The filled-in lines of an answer grid and its token.
fn grid_answers(text: &str, parsed: &mut ParsedReply) -> std::result::Result<(), Message> {
    if parsed.token.is_none() {
        parsed.token = token_pattern().captures(text).and_then(|c| c.get(1)).map(|m| m.as_str().to_ascii_lowercase());
    }
    for caps in grid_line_pattern().captures_iter(text) {
        let (Some(number), Some(word)) = (caps.get(1), caps.get(2)) else { continue };
        let Ok(number) = number.as_str().parse::<i64>() else { continue };
        let Some(answer) = Answer::from_word(word.as_str()) else {
            return Err(Message::new("error-reply-grid-bad-word")
                .arg("number", number)
                .arg("word", word.as_str().trim()));
        };
        parsed.grid.retain(|g| g.number != number);
        parsed.grid.push(GridAnswer { number, answer });
    }
    if !parsed.grid.is_empty() && parsed.token.is_none() {
        return Err(Message::new("error-reply-grid-no-token"));
    }
    Ok(())
}

fn calendar_answers(bytes: &[u8]) -> std::result::Result<Vec<CalendarAnswer>, Message> {
    let calendars = file_components(bytes).map_err(reason_of)?;
    let mut found = Vec::new();
    for calendar in calendars.iter().filter(|c| c.name == "VCALENDAR") {
        if let Some(method) = calendar.property("METHOD") {
            let method = method.value.trim().to_ascii_uppercase();
            if method != "REPLY" {
                return Err(Message::new("error-reply-not-a-reply").arg("method", method));
            }
        }
        let zones = ZoneResolver::new(calendar, Vec::new());
        for event in calendar.children.iter().filter(|c| c.name == "VEVENT") {
            let uid = event
                .property("UID")
                .map(|p| p.text().trim().to_string())
                .filter(|u| !u.is_empty())
                .ok_or_else(|| Message::new("error-reply-event-no-uid").arg("line", event.begin_line))?;
            let stamp = event.property("DTSTAMP").and_then(|p| parse_utc(&p.value));
            let start = event_start(event, &zones)?;
            for attendee in event.properties_named("ATTENDEE") {
                let Some(answer) = attendee.param("PARTSTAT").and_then(Answer::from_partstat) else { continue };
                let value = attendee.value.trim();
                let email = value
                    .get(..7)
                    .filter(|p| p.eq_ignore_ascii_case("mailto:"))
                    .map(|_| &value[7..])
                    .unwrap_or(value)
                    .trim()
                    .to_string();
                let answer = CalendarAnswer { uid: uid.clone(), email, answer, stamp, start: start.clone() };
                if !found.contains(&answer) {
                    found.push(answer);
                }
            }
        }
    }
    if found.is_empty() {
        return Err(Message::new("error-reply-calendar-no-answer"));
    }
    Ok(found)
}

fn parse_utc(text: &str) -> Option<DateTime<Utc>> {
    let t = text.trim().strip_suffix(['Z', 'z'])?;
    NaiveDateTime::parse_from_str(t, "%Y%m%dT%H%M%S").ok().map(|n| Utc.from_utc_datetime(&n))
}

/// The DTSTART of a reply's event, resolved; `None` when it has none.
fn event_start(event: &Component, zones: &ZoneResolver<'_>) -> std::result::Result<Option<ReplyStart>, Message> {
    let Some(line) = event.property("DTSTART") else { return Ok(None) };
    let text = line.value.trim();
    let bad = || Message::new("error-reply-bad-dtstart").arg("line", line.line).arg("text", text);
    let is_date = line.param("VALUE").is_some_and(|v| v.eq_ignore_ascii_case("DATE")) || !text.contains(['T', 't']);
    if is_date {
        return NaiveDate::parse_from_str(text, "%Y%m%d").map(|d| Some(ReplyStart::Day(d))).map_err(|_| bad());
    }
    if let Some(utc) = parse_utc(text) {
        return Ok(Some(ReplyStart::Instant(utc)));
    }
    let local = NaiveDateTime::parse_from_str(text, "%Y%m%dT%H%M%S").map_err(|_| bad())?;
    let Some(tzid) = line.param("TZID") else {
        // A floating time says nothing about the instant; the UID alone names the option.
        return Ok(None);
    };
    let (tz, _) = zones
        .resolve(tzid, local, None)
        .ok_or_else(|| Message::new("error-reply-unknown-zone").arg("line", line.line).arg("zone", tzid))?;
    let instant = tz.from_local_datetime(&local).earliest().ok_or_else(|| {
        Message::new("error-reply-time-skipped")
            .arg("line", line.line)
            .arg("time", local.to_string())
            .arg("zone", tz.name())
    })?;
    Ok(Some(ReplyStart::Instant(instant.with_timezone(&Utc))))
}

fn same_start(schedule: &Schedule, start: &ReplyStart) -> bool {
    match (schedule, start) {
        (Schedule::Timed { start: s, .. }, ReplyStart::Instant(t)) => s == t,
        (Schedule::AllDay { first, .. }, ReplyStart::Day(d)) => first == d,
        _ => false,
    }
}

fn start_text(start: &ReplyStart) -> String {
    match start {
        ReplyStart::Instant(t) => format!("{} UTC", t.format("%Y-%m-%d %H:%M")),
        ReplyStart::Day(d) => d.to_string(),
    }
}

struct Found {
    file: usize,
    option_id: i64,
    number: i64,
    partner_id: i64,
    partner_name: String,
    answer: Answer,
    source: AnswerSource,
    stamp: String,
}

/// Reads `files` as answers to the poll and records them, all or nothing; see the module docs.
pub fn read_replies(db: &mut Db, poll_id: i64, files: &[ReplyFile]) -> Result<RepliesReport> {
    read_replies_in(db, poll_id, files, i18n::current())
}

/// [`read_replies`], its problems and summary written for a reader of `locale`.
pub fn read_replies_in(db: &mut Db, poll_id: i64, files: &[ReplyFile], locale: i18n::Locale) -> Result<RepliesReport> {
    let poll = get_poll(db, poll_id)?;
    poll.check_open()?;
    let network = get_network(db, poll.network_id)?;
    let partners = list_partners(db, poll.network_id)?;
    let poll_zone: Option<chrono_tz::Tz> = poll.time_zone.as_deref().and_then(|z| z.parse().ok());
    let by_uid: HashMap<&str, &super::PollOption> = poll.options.iter().map(|o| (o.uid.as_str(), o)).collect();
    let now = now_text();
    let mut problems = Vec::new();
    let mut found: Vec<Found> = Vec::new();
    for (index, file) in files.iter().enumerate() {
        let mut problem =
            |reason: Message| problems.push(ReplyProblem { file: file.name.clone(), reason: reason.render(locale) });
        if let Some(why) = &file.unreadable {
            problem(Message::from(why));
            continue;
        }
        let parsed = match read_reply(&file.bytes) {
            Ok(p) => p,
            Err(why) => {
                problem(why);
                continue;
            }
        };
        let sent = parsed.sent.map(utc_text);
        for a in &parsed.calendar {
            let Some(option) = by_uid.get(a.uid.as_str()) else {
                problem(Message::new("error-reply-other-event").arg("uid", &a.uid));
                continue;
            };
            let Some(partner) = partner_of_email(&partners, &a.email) else {
                problem(Message::new("error-reply-not-a-contact").arg("email", &a.email).arg("network", &network.name));
                continue;
            };
            if let Some(start) = a.start.as_ref().filter(|s| !same_start(&option.schedule, s)) {
                problem(
                    Message::new("error-reply-wrong-date")
                        .arg("number", option.number)
                        .arg("start", start_text(start))
                        .arg("when", schedule_in(locale, &option.schedule, poll_zone)),
                );
                continue;
            }
            found.push(Found {
                file: index,
                option_id: option.id,
                number: option.number,
                partner_id: partner.id,
                partner_name: partner.name.clone(),
                answer: a.answer,
                source: AnswerSource::Calendar,
                stamp: a.stamp.map(utc_text).or_else(|| sent.clone()).unwrap_or_else(|| now.clone()),
            });
        }
        if !parsed.grid.is_empty() {
            let token = parsed.token.clone().unwrap_or_default();
            let Some(recipient) = poll.recipients.iter().find(|r| r.token.eq_ignore_ascii_case(&token)) else {
                problem(Message::new("error-reply-other-token").arg("token", &token));
                continue;
            };
            let partner_name = partners.iter().find(|p| p.id == recipient.partner_id).map(|p| p.name.clone());
            for g in &parsed.grid {
                let Ok(option) = poll.option_numbered(g.number) else {
                    problem(Message::new("error-reply-no-such-date").arg("number", g.number));
                    continue;
                };
                found.push(Found {
                    file: index,
                    option_id: option.id,
                    number: option.number,
                    partner_id: recipient.partner_id,
                    partner_name: partner_name.clone().unwrap_or_default(),
                    answer: g.answer,
                    source: AnswerSource::Text,
                    stamp: sent.clone().unwrap_or_else(|| now.clone()),
                });
            }
        }
    }
    let mut answers: Vec<ReadAnswer> = Vec::new();
    let saved = problems.is_empty();
    if saved {
        found.sort_by(|a, b| a.stamp.cmp(&b.stamp).then(a.file.cmp(&b.file)));
        let outcomes = db.in_transaction(|db| {
            let mut outcomes = Vec::new();
            for f in &found {
                outcomes.push(record_answer(db, f.option_id, f.partner_id, f.answer, f.source, &f.stamp)?);
            }
            if outcomes.iter().any(|o| matches!(o, Recorded::New | Recorded::Changed)) {
                db.conn().execute(
                    "UPDATE polls SET updated_at = ?2 WHERE id = ?1",
                    rusqlite::params![poll.id, now_text()],
                )?;
            }
            Ok(outcomes)
        })?;
        for (f, outcome) in found.iter().zip(outcomes) {
            answers.push(ReadAnswer {
                file: files[f.file].name.clone(),
                partner_name: f.partner_name.clone(),
                option_number: f.number,
                answer: f.answer,
                outcome: match outcome {
                    Recorded::New => "new",
                    Recorded::Changed => "changed",
                    Recorded::Same => "same",
                    Recorded::Older => "older",
                }
                .into(),
            });
        }
    }
    let summary = summary(files.len(), &answers, &problems).render(locale);
    Ok(RepliesReport { files: files.len(), saved, answers, problems, summary })
}

/// The report's one line (`poll-replies-*` of `export.ftl`).
fn summary(files: usize, answers: &[ReadAnswer], problems: &[ReplyProblem]) -> Message {
    if !problems.is_empty() {
        let bad: std::collections::BTreeSet<&str> = problems.iter().map(|p| p.file.as_str()).collect();
        return Message::new("poll-replies-unusable").arg("bad", bad.len()).arg("files", files);
    }
    let n = |what: &str| answers.iter().filter(|a| a.outcome == what).count();
    let parts: Vec<Message> = [
        ("new", "poll-replies-new"),
        ("changed", "poll-replies-changed"),
        ("same", "poll-replies-same"),
        ("older", "poll-replies-older"),
    ]
    .into_iter()
    .filter(|(k, _)| n(k) > 0)
    .map(|(k, id)| Message::new(id).arg("count", n(k)))
    .collect();
    let read =
        if parts.is_empty() { Message::new("poll-replies-read") } else { Message::new("poll-replies-read-detail") };
    read.arg("answers", answers.len()).arg("files", files).arg("parts", parts)
}
