//! The e-mails of a poll: the invitation to answer, and the release of the dates not chosen.
//!
//! [`poll_invitations`] writes one message per recipient (iTIP REQUEST in MIME, through the
//! same builder as a meeting's invitation, [`crate::ical::invite`]), whose calendar part
//! holds one tentative hold per option: a VEVENT written by the one VEVENT writer
//! ([`crate::ical::export`]) with the option's UID, `STATUS:TENTATIVE`, SEQUENCE 0 and
//! "[Poll 2/5] Title" as its summary, the recipient as the only ATTENDEE with RSVP. The
//! calendar program shows each hold with Accept / Tentative / Decline, and its REPLY says
//! yes / if need be / no for that date ([`super::reply`]).
//!
//! Not every program handles several events in one invitation (Outlook shows the first),
//! so the plain-text part also holds an answer grid: every option on the poll's clock and
//! on the recipient's partner's clock, and a token that says whose answers they are. A
//! partner can reply with the grid filled in (`[2] ...: yes`), and that reply is read too.
//!
//! Rules:
//! - Recipients are the contacts of the network's partners (all of them when none are
//!   named, but the organizer); an address that is no partner's contact is refused, since its answers could
//!   count for nobody. Each (poll, address) keeps its token: inviting again gives the same.
//! - A closed poll sends nothing.
//! - [`poll_cancellations`] (on closing) cancels, for every recipient, the holds of the
//!   options not chosen: iTIP CANCEL, SEQUENCE 1, `STATUS:CANCELLED`. The chosen option's
//!   hold becomes the meeting, whose invitation has the same UID and SEQUENCE 1.
//!
//! - The e-mails' words (subject, hold summaries, answer grid, release notice) and dates are
//!   in the network's working language, as a meeting's invitation is (`poll-*` and
//!   `invite-*` in `export.ftl`, [`crate::ical::invite::schedule_in`]). What replies are
//!   read by stays the same in every language: the `Token:` line and the `[n]` numbers; the
//!   words for yes, maybe and no are read in all ten languages ([`super::answer`]).

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::i18n::{format, translate, Arg, Locale, Message};
use crate::ical::export::{write_calendar, Itip, Party};
use crate::ical::invite::schedule_in;
use crate::ical::invite::{mime_message, Envelope, InviteMethod};
use crate::meeting::{Meeting, MeetingMode, MeetingStatus};
use crate::network::get_network;
use crate::partner::{list_partners, Partner};
use crate::store::{now_text, Db};
use crate::validate;

use super::{get_poll, Poll, PollOption, PollRecipient};

/// Who sends a poll's messages and to whom (no one named: every partner's contacts).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PollInviteInput {
    pub organizer: String,
    #[serde(default)]
    pub to: Vec<String>,
}

/// One message, ready to save as `.eml`.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PollMessage {
    pub email: String,
    pub partner_name: String,
    /// A file name for it: `01-anna.berzina-riga.lv.eml`.
    pub file_name: String,
    pub method: InviteMethod,
    pub subject: String,
    /// The whole RFC 5322 message, CRLF line endings.
    pub eml: String,
}

/// What the desktop app reports after writing a poll's messages into a folder (the reply
/// of the shell's poll commands; here so that its TypeScript binding is generated).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PollMessagesWritten {
    /// The folder the `.eml` files were written into.
    pub folder: String,
    /// "name@city.eu (City)" for each message, in the order written.
    pub recipients: Vec<String>,
    /// Whether the folder was opened for the person (false with the end-to-end tests' seam).
    pub opened: bool,
}

impl PollMessagesWritten {
    pub fn new(folder: impl Into<String>, messages: &[PollMessage], opened: bool) -> PollMessagesWritten {
        PollMessagesWritten {
            folder: folder.into(),
            recipients: messages.iter().map(|m| format!("{} ({})", m.email, m.partner_name)).collect(),
            opened,
        }
    }
}

/// The summary of option `number`'s hold in `l`: "[Poll 2/5] Title".
fn hold_title(l: Locale, number: impl Into<Arg>, total: impl Into<Arg>, title: &str) -> String {
    translate(l, "poll-hold-title", &[("number", number.into()), ("total", total.into()), ("title", title.into())])
}

/// The tentative hold of an option, as the VEVENT writer takes a meeting, in `l`.
pub(crate) fn hold(l: Locale, poll: &Poll, option: &PollOption, sequence: i64) -> Meeting {
    let total = poll.options.len();
    Meeting {
        id: 0,
        uid: option.uid.clone(),
        sequence,
        network_id: poll.network_id,
        kind: poll.kind,
        title: hold_title(l, option.number, total, &poll.title),
        host_partner_id: poll.host_partner_id,
        host_name: poll.host_name.clone(),
        venue: String::new(),
        mode: MeetingMode::InPerson,
        online_url: String::new(),
        status: MeetingStatus::Tentative,
        description: translate(l, "poll-hold-description", &[("total", total.into()), ("title", (&poll.title).into())]),
        schedule: option.schedule.clone(),
        when: Default::default(),
        agenda: Vec::new(),
        attendance: Vec::new(),
        source_ref: None,
        created_at: String::new(),
        updated_at: String::new(),
    }
}

fn file_name(index: usize, email: &str) -> String {
    let safe: String =
        email.chars().map(|c| if c.is_ascii_alphanumeric() || c == '.' || c == '-' { c } else { '-' }).collect();
    format!("{:02}-{safe}.eml", index + 1)
}

fn new_token() -> String {
    uuid::Uuid::new_v4().simple().to_string()[..12].to_string()
}

/// The partner whose contact `email` is, in `partners`.
pub(crate) fn partner_of_email<'a>(partners: &'a [Partner], email: &str) -> Option<&'a Partner> {
    partners.iter().find(|p| p.contacts.iter().any(|c| c.email.trim().eq_ignore_ascii_case(email.trim())))
}

fn party(partners: &[Partner], email: &str) -> Party {
    let name = partners
        .iter()
        .flat_map(|p| p.contacts.iter())
        .find(|c| c.email.trim().eq_ignore_ascii_case(email))
        .map(|c| c.name.clone())
        .filter(|n| !n.trim().is_empty());
    Party { email: email.to_string(), name }
}

/// The recipients' addresses with their partners: the ones named, else every contact but
/// the organizer.
fn recipients<'a>(
    partners: &'a [Partner],
    to: &[String],
    organizer: &str,
    network: &str,
) -> Result<Vec<(String, &'a Partner)>> {
    let mut out: Vec<(String, &Partner)> = Vec::new();
    let mut add = |email: String, partner: &'a Partner| {
        if !out.iter().any(|(e, _)| e.eq_ignore_ascii_case(&email)) {
            out.push((email, partner));
        }
    };
    if to.is_empty() {
        for p in partners {
            for c in p
                .contacts
                .iter()
                .filter(|c| !c.email.trim().is_empty() && !c.email.trim().eq_ignore_ascii_case(organizer))
            {
                add(c.email.trim().to_string(), p);
            }
        }
        if out.is_empty() {
            return Err(Error::invalid("to", Message::new("error-poll-no-contact-emails").arg("network", network)));
        }
        return Ok(out);
    }
    for (i, address) in to.iter().enumerate() {
        let field = format!("to[{i}]");
        let email = validate::email(&field, address)?;
        if email.is_empty() {
            return Err(Error::invalid(field, Message::new("error-address-empty")));
        }
        let partner = partner_of_email(partners, &email).ok_or_else(|| {
            Error::invalid(
                &field,
                Message::new("error-poll-address-not-a-contact").arg("email", &email).arg("network", network),
            )
        })?;
        add(email, partner);
    }
    Ok(out)
}

/// The plain-text part of an invitation to answer, in `l`: what to do, and the answer grid.
fn grid_text(l: Locale, poll: &Poll, network: &str, partner: &Partner, organizer: &Party, token: &str) -> String {
    let who = organizer.name.as_deref().unwrap_or(&organizer.email);
    let intro = [
        ("who", Arg::from(who)),
        ("partner", Arg::from(&partner.name)),
        ("title", Arg::from(&poll.title)),
        ("network", Arg::from(network)),
    ];
    let mut t = format!("{}\n", translate(l, "poll-grid-intro", &intro));
    if let Some(deadline) = poll.deadline {
        let date = format::date_long_with_weekday(l, deadline);
        t.push_str(&format!("{}\n", translate(l, "poll-grid-deadline", &[("date", date.into())])));
    }
    let example = hold_title(l, 1, "N", "...");
    t.push_str(&format!("\n{}\n", translate(l, "poll-grid-calendar", &[("example", example.into())])));
    t.push_str(&format!("\n{}\n\n", translate(l, "poll-grid-reply", &[])));
    t.push_str(&format!("Token: {token}\n"));
    let partner_zone: Option<Tz> = partner.time_zone.parse().ok();
    let poll_zone: Option<Tz> = poll.time_zone.as_deref().and_then(|z| z.parse().ok());
    for o in &poll.options {
        let on_poll_clock = schedule_in(l, &o.schedule, poll_zone);
        let on_partner_clock = schedule_in(l, &o.schedule, partner_zone);
        if on_partner_clock == on_poll_clock {
            t.push_str(&format!("[{}] {on_poll_clock}:\n", o.number));
        } else {
            let both = [("when", on_poll_clock.into()), ("local", on_partner_clock.into())];
            t.push_str(&format!("[{}] {}:\n", o.number, translate(l, "poll-grid-option-your-time", &both)));
        }
    }
    t
}

/// One message per recipient, with one tentative hold per option; see the module docs.
/// Saves the organizer and each recipient's token.
pub fn poll_invitations(
    db: &mut Db,
    poll_id: i64,
    input: &PollInviteInput,
    now: DateTime<Utc>,
) -> Result<Vec<PollMessage>> {
    let poll = get_poll(db, poll_id)?;
    poll.check_open()?;
    let organizer_email = validate::email("organizer", &input.organizer)?;
    if organizer_email.is_empty() {
        return Err(Error::invalid("organizer", Message::new("error-organizer-email-needed")));
    }
    let network = get_network(db, poll.network_id)?;
    let partners = list_partners(db, poll.network_id)?;
    let to = recipients(&partners, &input.to, &organizer_email, &network.name)?;
    let organizer = party(&partners, &organizer_email);
    let l = network.language;
    let holds: Vec<Meeting> = poll.options.iter().map(|o| hold(l, &poll, o, 0)).collect();
    let messages = db.in_transaction(|db| {
        db.conn().execute(
            "UPDATE polls SET organizer = ?2, updated_at = ?3 WHERE id = ?1",
            params![poll.id, organizer.email, now_text()],
        )?;
        let mut messages = Vec::new();
        for (i, (email, partner)) in to.iter().enumerate() {
            let token = match poll.recipients.iter().find(|r| r.email.eq_ignore_ascii_case(email)) {
                Some(r) => r.token.clone(),
                None => {
                    let token = new_token();
                    db.conn().execute(
                        "INSERT INTO poll_recipients (poll_id, partner_id, email, token) VALUES (?1, ?2, ?3, ?4)",
                        params![poll.id, partner.id, email, token],
                    )?;
                    token
                }
            };
            let attendee = [party(&partners, email)];
            let itip = Itip { method: "REQUEST", organizer: &organizer, attendees: &attendee };
            let calendar = write_calendar(&holds, now, None, None, Some(&itip), l).text;
            let subject = translate(
                l,
                "poll-subject-invitation",
                &[("title", (&poll.title).into()), ("count", poll.options.len().into())],
            );
            let eml = mime_message(&Envelope {
                organizer: &organizer,
                attendees: &attendee,
                subject: &subject,
                now,
                key: &format!("poll{}.{token}.{}", poll.id, now.timestamp()),
                boundary: &format!("=_convene_poll_{}_{token}", poll.id),
                method: InviteMethod::Request,
                text: grid_text(l, &poll, &network.name, partner, &organizer, &token),
                calendar,
            })?;
            messages.push(PollMessage {
                email: email.clone(),
                partner_name: partner.name.clone(),
                file_name: file_name(i, email),
                method: InviteMethod::Request,
                subject,
                eml,
            });
        }
        Ok(messages)
    })?;
    Ok(messages)
}

/// For every recipient of a closed poll, the CANCEL of the holds not chosen.
pub fn poll_cancellations(db: &Db, poll_id: i64, now: DateTime<Utc>) -> Result<Vec<PollMessage>> {
    let poll = get_poll(db, poll_id)?;
    let Some(chosen) = poll.options.iter().find(|o| Some(o.id) == poll.closed_option_id) else {
        return Err(Error::invalid("poll", Message::new("error-poll-not-closed").arg("poll", &poll.title)));
    };
    let l = get_network(db, poll.network_id)?.language;
    let released: Vec<Meeting> =
        poll.options.iter().filter(|o| o.id != chosen.id).map(|o| hold(l, &poll, o, 1)).collect();
    let poll_zone: Option<Tz> = poll.time_zone.as_deref().and_then(|z| z.parse().ok());
    let chosen_when = schedule_in(l, &chosen.schedule, poll_zone);
    if released.is_empty() || poll.recipients.is_empty() {
        return Ok(Vec::new());
    }
    let organizer_email = if poll.organizer.is_empty() { "organizer@convene.invalid" } else { &poll.organizer };
    let partners = list_partners(db, poll.network_id)?;
    let organizer = party(&partners, organizer_email);
    let mut messages = Vec::new();
    let mut emails: Vec<&PollRecipient> = Vec::new();
    for r in &poll.recipients {
        if !emails.iter().any(|e| e.email.eq_ignore_ascii_case(&r.email)) {
            emails.push(r);
        }
    }
    for (i, r) in emails.iter().enumerate() {
        let attendee = [party(&partners, &r.email)];
        let itip = Itip { method: "CANCEL", organizer: &organizer, attendees: &attendee };
        let calendar = write_calendar(&released, now, None, None, Some(&itip), l).text;
        let about = [("title", Arg::from(&poll.title)), ("when", Arg::from(&chosen_when))];
        let subject = translate(l, "poll-subject-released", &about);
        let mut text =
            format!("{}\n\n{}\n", translate(l, "poll-released-intro", &about), translate(l, "poll-released-list", &[]));
        for o in poll.options.iter().filter(|o| o.id != chosen.id) {
            text.push_str(&format!("[{}] {}\n", o.number, schedule_in(l, &o.schedule, poll_zone)));
        }
        let eml = mime_message(&Envelope {
            organizer: &organizer,
            attendees: &attendee,
            subject: &subject,
            now,
            key: &format!("poll{}.{}.cancel.{}", poll.id, r.token, now.timestamp()),
            boundary: &format!("=_convene_poll_{}_{}_cancel", poll.id, r.token),
            method: InviteMethod::Cancel,
            text,
            calendar,
        })?;
        let partner_name = partners.iter().find(|p| p.id == r.partner_id).map(|p| p.name.clone()).unwrap_or_default();
        messages.push(PollMessage {
            email: r.email.clone(),
            partner_name,
            file_name: file_name(i, &r.email).replace(".eml", "-released.eml"),
            method: InviteMethod::Cancel,
            subject,
            eml,
        });
    }
    Ok(messages)
}

pub(crate) fn import_recipient(db: &Db, network_id: i64, poll_id: i64, r: &PollRecipient) -> Result<()> {
    let email = validate::email("email", &r.email)?;
    let token = validate::required("token", &r.token, 64)?;
    let owner: Option<i64> = crate::error::OptionalExt::optional(db.conn().query_row(
        "SELECT network_id FROM partners WHERE id = ?1",
        [r.partner_id],
        |row| row.get(0),
    ))?;
    if owner != Some(network_id) {
        let elsewhere = Message::new("error-partner-not-of-network").arg("id", r.partner_id.to_string());
        return Err(Error::invalid("partner_id", elsewhere));
    }
    db.conn().execute(
        "INSERT INTO poll_recipients (poll_id, partner_id, email, token) VALUES (?1, ?2, ?3, ?4)",
        params![poll_id, r.partner_id, email, token],
    )?;
    Ok(())
}
