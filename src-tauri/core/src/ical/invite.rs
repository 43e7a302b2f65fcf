//! Invitations and cancellations as email messages: iTIP (RFC 5546) in MIME (RFC 6047).
//!
//! [`invitation`] writes a whole RFC 5322 message that an email program shows as a meeting
//! request with Accept and Decline: `multipart/alternative` with a `text/plain` summary
//! (the time on the meeting's own clock, the place, the link, the agenda) and the
//! `text/calendar; method=REQUEST` (or `CANCEL`) part, whose VCALENDAR carries `METHOD`,
//! the meeting's VTIMEZONE, and a VEVENT with `ORGANIZER` and one
//! `ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE` per address. The event
//! is written by [`super::export`], so a file and an invitation never disagree.
//! MIME building (headers, RFC 2047 words for accented names, quoted-printable or base64
//! for UTF-8 bodies, lines within 78 octets) is the `mail-builder` crate's.
//!
//! Rules:
//! - The method follows the meeting's status: cancelled and postponed meetings give a
//!   `CANCEL` (with `STATUS:CANCELLED`), every other status a `REQUEST`.
//! - `UID` is the meeting's, and `SEQUENCE` the meeting's: the core raises it with every
//!   change of time, place or status, so after a change the new REQUEST, and the CANCEL
//!   (cancelling is a change of status), always carry a higher SEQUENCE than any message
//!   sent before. A meeting created already cancelled has sequence 0, but then no REQUEST
//!   was ever sent for it.
//! - The addresses are checked ([`crate::validate::email`]); an error names the bad one.
//!   Addresses repeated (in any case) are kept once. An attendee's `CN` is the name of the
//!   network's contact with that address, when there is one.
//! - An undated meeting cannot be invited to: the error says to date it first.
//! - The message carries `X-Unsent: 1`, so that Outlook opens the saved `.eml` as a draft
//!   ready to send rather than as a received message.
//! - Date, Message-ID and the MIME boundary derive from `now`, the UID and the sequence:
//!   the same input gives the same bytes.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;
use mail_builder::headers::address::Address;
use mail_builder::headers::content_type::ContentType;
use mail_builder::headers::date::Date;
use mail_builder::headers::message_id::MessageId;
use mail_builder::headers::raw::Raw;
use mail_builder::mime::MimePart;
use mail_builder::MessageBuilder;
use serde::Serialize;
use ts_rs::TS;

use super::export::{is_network_wide, location, write_calendar, Itip, Party};
use crate::error::{Error, Result};
use crate::i18n::{format, translate, Arg, Locale, Message};
use crate::meeting::{get_meeting, AttendanceStatus, Attendee, Meeting, MeetingStatus, Schedule};
use crate::network::get_network;
use crate::partner::list_partners;
use crate::store::Db;
use crate::validate;

/// What the message asks of the calendar program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum InviteMethod {
    /// Add or update the meeting (`METHOD:REQUEST`).
    Request,
    /// Remove the meeting (`METHOD:CANCEL`).
    Cancel,
}

impl InviteMethod {
    /// CANCEL for cancelled and postponed meetings, REQUEST otherwise.
    pub fn for_status(status: MeetingStatus) -> InviteMethod {
        match status {
            MeetingStatus::Cancelled | MeetingStatus::Postponed => InviteMethod::Cancel,
            _ => InviteMethod::Request,
        }
    }

    pub fn as_ical(self) -> &'static str {
        match self {
            InviteMethod::Request => "REQUEST",
            InviteMethod::Cancel => "CANCEL",
        }
    }
}

/// Who sends the invitation, to whom, and when.
#[derive(Debug, Clone)]
pub struct InviteInput {
    pub organizer: String,
    pub attendees: Vec<String>,
    /// The message's Date and the event's DTSTAMP.
    pub now: DateTime<Utc>,
}

/// An email message ready to save as `.eml` and open in a mail program.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Invitation {
    pub method: InviteMethod,
    pub subject: String,
    /// The whole RFC 5322 message, CRLF line endings.
    pub eml: String,
}

/// The invitation (or cancellation) of a meeting; see the module docs.
pub fn invitation(db: &Db, meeting_id: i64, input: &InviteInput) -> Result<Invitation> {
    let meeting = get_meeting(db, meeting_id)?;
    if let Schedule::Undated { wording, .. } = &meeting.schedule {
        let undated = match wording.trim() {
            "" => Message::new("error-invite-undated"),
            planned => Message::new("error-invite-undated-planned").arg("planned", planned),
        };
        return Err(Error::invalid("meeting", undated.arg("title", &meeting.title)));
    }
    let organizer_email = validate::email("organizer", &input.organizer)?;
    if organizer_email.is_empty() {
        return Err(Error::invalid("organizer", Message::new("error-organizer-email-needed")));
    }
    let mut emails: Vec<String> = Vec::new();
    for (i, address) in input.attendees.iter().enumerate() {
        let email = validate::email(&format!("to[{i}]"), address)?;
        if email.is_empty() {
            return Err(Error::invalid(format!("to[{i}]"), Message::new("error-attendee-email-empty")));
        }
        if !emails.iter().any(|e| e.eq_ignore_ascii_case(&email)) {
            emails.push(email);
        }
    }
    if emails.is_empty() {
        return Err(Error::invalid("to", Message::new("error-attendees-needed")));
    }
    let network = get_network(db, meeting.network_id)?;
    let partners = list_partners(db, meeting.network_id)?;
    let name_of = |email: &str| {
        partners
            .iter()
            .flat_map(|p| p.contacts.iter())
            .find(|c| c.email.eq_ignore_ascii_case(email))
            .map(|c| c.name.clone())
    };
    let organizer = Party { name: name_of(&organizer_email), email: organizer_email };
    let attendees: Vec<Party> = emails.into_iter().map(|e| Party { name: name_of(&e), email: e }).collect();
    let method = InviteMethod::for_status(meeting.status);
    let itip = Itip { method: method.as_ical(), organizer: &organizer, attendees: &attendees };
    let calendar =
        write_calendar(std::slice::from_ref(&meeting), input.now, None, None, Some(&itip), network.language).text;

    let l = network.language;
    let when = when_text(l, &meeting.schedule);
    let subject_id = match method {
        InviteMethod::Cancel if meeting.status == MeetingStatus::Postponed => "invite-subject-postponed",
        InviteMethod::Cancel => "invite-subject-cancelled",
        InviteMethod::Request if meeting.sequence > 0 => "invite-subject-updated",
        InviteMethod::Request => "invite-subject-invitation",
    };
    let subject = translate(l, subject_id, &[("title", (&meeting.title).into()), ("when", when.into())]);
    let text = summary_text(l, &meeting, &network.name, method, &organizer);

    let key = format!("{}.{}.{}", meeting.uid, meeting.sequence, input.now.timestamp());
    let boundary =
        format!("=_convene_{}_{}", meeting.uid.replace(|c: char| !c.is_ascii_alphanumeric(), ""), meeting.sequence);
    let eml = mime_message(&Envelope {
        organizer: &organizer,
        attendees: &attendees,
        subject: &subject,
        now: input.now,
        key: &key,
        boundary: &boundary,
        method,
        text,
        calendar,
    })?;
    Ok(Invitation { method, subject, eml })
}

/// What [`mime_message`] puts into a message: who, the subject, the plain-text part and the
/// calendar part, and the keys its Message-ID and MIME boundary derive from.
pub(crate) struct Envelope<'a> {
    pub organizer: &'a Party,
    pub attendees: &'a [Party],
    pub subject: &'a str,
    pub now: DateTime<Utc>,
    /// The left part of the Message-ID (the domain is the organizer's).
    pub key: &'a str,
    pub boundary: &'a str,
    pub method: InviteMethod,
    pub text: String,
    pub calendar: String,
}

/// The whole RFC 5322 message of an iTIP REQUEST or CANCEL (see the module docs): the one
/// mail builder of every invitation Convene writes, a meeting's or a poll's.
pub(crate) fn mime_message(e: &Envelope<'_>) -> Result<String> {
    let domain = e.organizer.email.rsplit('@').next().unwrap_or("convene.invalid").to_string();
    let body = MimePart::new(
        ContentType::new("multipart/alternative").attribute("boundary", e.boundary.to_string()),
        vec![
            MimePart::new(ContentType::new("text/plain").attribute("charset", "utf-8"), e.text.clone()),
            MimePart::new(
                ContentType::new("text/calendar").attribute("charset", "utf-8").attribute("method", e.method.as_ical()),
                e.calendar.clone(),
            ),
        ],
    );
    let address = |p: &Party| Address::new_address(p.name.clone(), p.email.clone());
    MessageBuilder::new()
        .from(address(e.organizer))
        .to(Address::new_list(e.attendees.iter().map(address).collect()))
        .subject(e.subject.to_string())
        .date(Date::new(e.now.timestamp()))
        .message_id(MessageId::new(format!("{}@{domain}", e.key)))
        .header("X-Unsent", Raw::new("1"))
        .header("Content-Class", Raw::new("urn:content-classes:calendarmessage"))
        .body(body)
        .write_to_string()
        .map_err(Error::Io)
}

/// The e-mail addresses of the contacts of the partners a meeting concerns (its host, the
/// partners and contacts that attend and did not decline, and every partner for a
/// network-wide meeting), once each, in the order partners are listed.
pub fn partner_contact_emails(db: &Db, meeting_id: i64) -> Result<Vec<String>> {
    let meeting = get_meeting(db, meeting_id)?;
    let partners = list_partners(db, meeting.network_id)?;
    let everyone = is_network_wide(&meeting);
    let mut emails: Vec<String> = Vec::new();
    let mut add = |email: &str| {
        let email = email.trim();
        if !email.is_empty() && !emails.iter().any(|e| e.eq_ignore_ascii_case(email)) {
            emails.push(email.to_string());
        }
    };
    for partner in &partners {
        let whole_partner = everyone
            || meeting.host_partner_id == Some(partner.id)
            || meeting
                .attendance
                .iter()
                .any(|a| a.attendee == Attendee::Partner(partner.id) && a.status != AttendanceStatus::Declined);
        for contact in &partner.contacts {
            let invited_alone = meeting
                .attendance
                .iter()
                .any(|a| a.attendee == Attendee::Contact(contact.id) && a.status != AttendanceStatus::Declined);
            if whole_partner || invited_alone {
                add(&contact.email);
            }
        }
    }
    Ok(emails)
}

fn long_date(l: Locale, d: NaiveDate) -> String {
    format::date_long_with_weekday(l, d)
}

fn utc_offset(zone: &str, utc: DateTime<Utc>) -> String {
    match zone.parse::<Tz>() {
        Ok(tz) => format!("UTC{}", utc.with_timezone(&tz).format("%:z")),
        Err(_) => "UTC".to_string(),
    }
}

/// A schedule as an invitation writes it in `l`, on the clock of `clock` (the zone it was
/// entered in when none): "Monday 15 March 2027, 10:00-12:00 (Europe/Riga time,
/// UTC+02:00)", "Monday 12 April 2027 (all day)". A poll's dates are written the same way.
pub(crate) fn schedule_in(l: Locale, schedule: &Schedule, clock: Option<Tz>) -> String {
    match schedule {
        Schedule::Timed { start, end, start_local, end_local, time_zone } => {
            let zone = clock.or_else(|| time_zone.parse::<Tz>().ok());
            let (start_local, end_local, zone_name) = match zone {
                Some(tz) => (
                    start.with_timezone(&tz).naive_local(),
                    end.with_timezone(&tz).naive_local(),
                    tz.name().to_string(),
                ),
                None => (*start_local, *end_local, time_zone.clone()),
            };
            let (from, to) = (format::time(l, start_local.time()), format::time(l, end_local.time()));
            let clock = if start_local.date() == end_local.date() {
                format!("{}, {from}-{to}", long_date(l, start_local.date()))
            } else {
                format!("{} {from} - {} {to}", long_date(l, start_local.date()), long_date(l, end_local.date()))
            };
            let offset = utc_offset(&zone_name, *start);
            translate(
                l,
                "invite-clock",
                &[("clock", clock.into()), ("zone", zone_name.into()), ("offset", offset.into())],
            )
        }
        Schedule::AllDay { first, last } if first == last => {
            translate(l, "invite-all-day", &[("date", long_date(l, *first).into())])
        }
        Schedule::AllDay { first, last } => translate(
            l,
            "invite-all-days",
            &[("first", long_date(l, *first).into()), ("last", long_date(l, *last).into())],
        ),
        Schedule::Undated { wording, .. } => wording.clone(),
    }
}

/// "15 March 2027, 10:00 Europe/Riga" or "15-17 March 2027", in the network's language.
fn when_text(l: Locale, schedule: &Schedule) -> String {
    match schedule {
        Schedule::Timed { start_local, time_zone, .. } => {
            let time = format::time(l, start_local.time());
            format!("{}, {time} {time_zone}", format::date_long(l, start_local.date()))
        }
        Schedule::AllDay { first, last } if first == last => format::date_long(l, *first),
        Schedule::AllDay { first, last } if first.year() == last.year() && first.month() == last.month() => {
            format!("{}-{}", first.day(), format::date_long(l, *last))
        }
        Schedule::AllDay { first, last } => {
            format!("{} - {}", format::date_long(l, *first), format::date_long(l, *last))
        }
        Schedule::Undated { wording, .. } => wording.clone(),
    }
}

/// The plain-text part: what a person reads before accepting, in the network's language.
fn summary_text(l: Locale, m: &Meeting, network: &str, method: InviteMethod, organizer: &Party) -> String {
    let say = |id: &str, args: &[(&str, Arg)]| translate(l, id, args);
    let mut t = String::new();
    let who = organizer.name.as_deref().unwrap_or(&organizer.email);
    let about = [("title", Arg::from(&m.title)), ("network", Arg::from(network))];
    let intro = match method {
        InviteMethod::Request => {
            say("invite-intro-request", &[("who", who.into()), about[0].clone(), about[1].clone()])
        }
        InviteMethod::Cancel if m.status == MeetingStatus::Postponed => say("invite-intro-postponed", &about),
        InviteMethod::Cancel => say("invite-intro-cancelled", &about),
    };
    t.push_str(&format!("{intro}\n\n"));
    let when = schedule_in(l, &m.schedule, None);
    t.push_str(&format!("{}\n", say("invite-when", &[("when", when.into())])));
    if let Some(place) = location(m, l) {
        t.push_str(&format!("{}\n", say("invite-where", &[("place", place.into())])));
    }
    if !m.online_url.is_empty() {
        t.push_str(&format!("{}\n", say("invite-online", &[("url", (&m.online_url).into())])));
    }
    if let Some(host) = &m.host_name {
        t.push_str(&format!("{}\n", say("invite-host", &[("host", host.into())])));
    }
    if !m.description.trim().is_empty() {
        t.push_str(&format!("\n{}\n", m.description.trim()));
    }
    if !m.agenda.is_empty() {
        t.push_str(&format!("\n{}\n", say("invite-agenda", &[])));
        for item in &m.agenda {
            match (item.start_time, item.end_time) {
                (Some(s), Some(e)) => {
                    t.push_str(&format!("{}-{} {}\n", format::time(l, s), format::time(l, e), item.title))
                }
                (Some(s), None) => t.push_str(&format!("{} {}\n", format::time(l, s), item.title)),
                _ => t.push_str(&format!("- {}\n", item.title)),
            }
        }
    }
    let footer = match method {
        InviteMethod::Request => say("invite-footer-request", &[]),
        InviteMethod::Cancel => say("invite-footer-cancel", &[]),
    };
    t.push_str(&format!("\n{footer}\n"));
    t
}
