//! `convene poll create|invite|replies|answer|show|close|list`: deciding a meeting's date
//! by asking the partners, over [`convene_core::poll`].
//!
//! POLL is the poll's id, as `poll create` and `poll list` print it. Options are
//! `"YYYY-MM-DD HH:MM/HH:MM"` on the clock of `--tz` (else the host's zone) or
//! `YYYY-MM-DD` (whole days, the same everywhere). `poll invite` and `poll close` write
//! `.eml` files into `--out DIR`, one per recipient, and say what they wrote. `poll replies`
//! reads the answers partners sent back (e-mails or .ics files, or the answer grid pasted
//! into a text file); when any file cannot be used it lists every such file with why, saves
//! nothing and exits with 1.

use std::path::{Path, PathBuf};

use chrono::Utc;
use clap::{Args, Subcommand};
use convene_core::i18n::Message;
use convene_core::ical::invite::{invitation, InviteInput};
use convene_core::meeting::MeetingKind;
use convene_core::network::find_network;
use convene_core::poll::{
    close_poll, create_poll, get_poll, list_polls, poll_cancellations, poll_grid, poll_invitations, read_replies,
    set_answer, Answer, Poll, PollInput, PollInviteInput, PollMessage, ReplyFile,
};
use convene_core::schedule_text::DateStyle;
use convene_core::validate::parse_date;
use convene_core::{Error, Result};
use serde::Serialize;

use crate::labels::label;
use crate::language::{text, text_with};
use crate::output::{self, table};
use crate::partners::find_partner;
use crate::Ctx;

#[derive(Debug, Subcommand)]
pub enum PollCommand {
    /// Start a poll: the dates a meeting could take place on
    Create(CreateArgs),
    /// Write the invitations to answer (one .eml per recipient, a tentative hold per date)
    Invite(InviteArgs),
    /// Read the answers partners sent back: replies (.eml, .ics) or answer grids (.txt)
    Replies {
        /// The poll's id
        poll: i64,
        /// Reply files
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Record a partner's answers by hand
    Answer {
        /// The poll's id
        poll: i64,
        /// The partner city's name or id
        #[arg(long, value_name = "CITY")]
        partner: String,
        /// N=yes, N=maybe or N=no for date N; repeat the option for several dates
        #[arg(long = "option", value_name = "N=ANSWER", required = true)]
        options: Vec<String>,
    },
    /// Who can come when: every date by every partner, and who has not answered
    Show {
        /// The poll's id
        poll: i64,
    },
    /// Choose a date: creates the meeting and writes its invitation and the release of the other dates
    Close(CloseArgs),
    /// A network's polls, newest first
    List {
        /// The network's short name or name
        network: String,
    },
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The network's short name or name
    pub network: String,
    /// The meeting's title
    #[arg(long)]
    pub title: String,
    /// The meeting's kind: kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review, other
    #[arg(long)]
    pub kind: String,
    /// The host partner city
    #[arg(long, value_name = "CITY")]
    pub host: Option<String>,
    /// A date offered: "YYYY-MM-DD HH:MM/HH:MM" or YYYY-MM-DD (whole day); repeat for each
    #[arg(long = "option", value_name = "WHEN", required = true)]
    pub options: Vec<String>,
    /// The time zone of the options' times [default: the host's]
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// Answer by this day (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub deadline: Option<String>,
}

#[derive(Debug, Args)]
pub struct InviteArgs {
    /// The poll's id
    pub poll: i64,
    /// The organizer's e-mail address (the sender; replies come back to it)
    #[arg(long, value_name = "EMAIL")]
    pub organizer: String,
    /// A recipient, a contact of a partner [default: every partner's contacts]; repeat or separate with commas
    #[arg(long = "to", value_name = "EMAIL", value_delimiter = ',')]
    pub to: Vec<String>,
    /// The folder to write the messages into
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct CloseArgs {
    /// The poll's id
    pub poll: i64,
    /// The date chosen (its number)
    #[arg(long, value_name = "N")]
    pub option: i64,
    /// Write the meeting's invitation and the release of the other dates into this folder
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// The sender of those messages [default: the poll invitations' organizer]
    #[arg(long, value_name = "EMAIL")]
    pub organizer: Option<String>,
}

pub fn run(ctx: &mut Ctx, cmd: PollCommand) -> Result<()> {
    match cmd {
        PollCommand::Create(args) => create(ctx, args),
        PollCommand::Invite(args) => invite(ctx, args),
        PollCommand::Replies { poll, files } => replies(ctx, poll, &files),
        PollCommand::Answer { poll, partner, options } => answer(ctx, poll, &partner, &options),
        PollCommand::Show { poll } => show(ctx, poll),
        PollCommand::Close(args) => close(ctx, args),
        PollCommand::List { network } => list(ctx, &network),
    }
}

fn create(ctx: &mut Ctx, args: CreateArgs) -> Result<()> {
    let network = find_network(&ctx.db, &args.network)?;
    let host = args.host.as_deref().map(|h| find_partner(&ctx.db, &network, h)).transpose()?;
    let input = PollInput {
        title: args.title,
        kind: MeetingKind::parse("kind", &args.kind)?,
        host_partner_id: host.map(|h| h.id),
        time_zone: args.tz.unwrap_or_default(),
        deadline: args.deadline.as_deref().map(|d| parse_date("deadline", d)).transpose()?,
        options: args.options,
    };
    let poll = create_poll(&mut ctx.db, network.id, input)?;
    if ctx.json {
        return output::json(&poll);
    }
    let words = text_with(
        "cli-poll-created",
        &[("id", poll.id.to_string().into()), ("title", (&poll.title).into()), ("count", poll.options.len().into())],
    );
    output::print(&format!("{words}\n"))?;
    output::print(&options_text(&poll))
}

fn options_text(poll: &Poll) -> String {
    let zone = poll.time_zone.as_deref().and_then(|z| z.parse().ok());
    poll.options
        .iter()
        .map(|o| {
            format!(
                "  [{}] {}\n",
                o.number,
                convene_core::schedule_text::schedule_parts_in(
                    convene_core::i18n::current(),
                    &o.schedule,
                    zone,
                    DateStyle::Iso
                )
                .text
            )
        })
        .collect()
}

/// Makes the folder `dir` (and its parents), or says why it cannot be made.
fn create_folder(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| {
        Error::bad_input(
            Message::new("error-cannot-create-folder")
                .arg("folder", dir.display().to_string())
                .arg("reason", convene_core::input_file::io_reason(&e)),
        )
    })
}

fn write_messages(dir: &Path, messages: &[PollMessage]) -> Result<Vec<PathBuf>> {
    create_folder(dir)?;
    messages
        .iter()
        .map(|m| {
            let path = dir.join(&m.file_name);
            convene_core::file_write::write_file(&path, m.eml.as_bytes())?;
            Ok(path)
        })
        .collect()
}

#[derive(Serialize)]
struct WrittenMessage<'a> {
    file: PathBuf,
    email: &'a str,
    partner: &'a str,
    subject: &'a str,
}

fn written<'a>(paths: &[PathBuf], messages: &'a [PollMessage]) -> Vec<WrittenMessage<'a>> {
    paths
        .iter()
        .zip(messages)
        .map(|(p, m)| WrittenMessage {
            file: p.clone(),
            email: &m.email,
            partner: &m.partner_name,
            subject: &m.subject,
        })
        .collect()
}

fn invite(ctx: &mut Ctx, args: InviteArgs) -> Result<()> {
    let to: Vec<String> = args.to.iter().map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect();
    let input = PollInviteInput { organizer: args.organizer, to };
    let messages = poll_invitations(&mut ctx.db, args.poll, &input, Utc::now())?;
    let paths = write_messages(&args.out, &messages)?;
    if ctx.json {
        return output::json(&written(&paths, &messages));
    }
    for (path, m) in paths.iter().zip(&messages) {
        output::print(&format!("{}  {} ({})\n", path.display(), m.email, m.partner_name))?;
    }
    let args = [("count", messages.len().into()), ("folder", args.out.display().to_string().into())];
    eprintln!("{}", text_with("cli-poll-invitations-written", &args));
    Ok(())
}

fn replies(ctx: &mut Ctx, poll: i64, files: &[PathBuf]) -> Result<()> {
    let read: Vec<ReplyFile> = files.iter().map(|p| ReplyFile::read(p, p.display().to_string())).collect();
    let report = read_replies(&mut ctx.db, poll, &read)?;
    if ctx.json {
        output::json(&report)?;
    } else {
        let rows: Vec<Vec<String>> = report
            .answers
            .iter()
            .map(|a| {
                vec![
                    a.file.clone(),
                    a.partner_name.clone(),
                    a.option_number.to_string(),
                    label(a.answer),
                    a.outcome.clone(),
                ]
            })
            .collect();
        if !rows.is_empty() {
            let headers = [
                text("cli-poll-column-file"),
                text("cli-poll-column-partner"),
                format!("#{}", text("cli-poll-column-date")),
                text("cli-poll-column-answer"),
                text("cli-poll-column-recorded"),
            ];
            output::print(&table(&headers.each_ref().map(String::as_str), &rows))?;
        }
        for p in &report.problems {
            eprintln!("{}: {}", p.file, p.reason);
        }
        eprintln!("{}.", capitalized(&report.summary));
    }
    if report.saved {
        Ok(())
    } else {
        Err(Error::bad_input(Message::new("cli-poll-no-answer-recorded")))
    }
}

fn capitalized(text: &str) -> String {
    let mut c = text.chars();
    match c.next() {
        Some(first) => first.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn answer(ctx: &mut Ctx, poll_id: i64, partner: &str, options: &[String]) -> Result<()> {
    let poll = get_poll(&ctx.db, poll_id)?;
    let network = convene_core::network::get_network(&ctx.db, poll.network_id)?;
    let partner = find_partner(&ctx.db, &network, partner)?;
    let mut answers = Vec::new();
    for text in options {
        let bad = || Error::invalid("option", Message::new("cli-poll-not-an-answer").arg("text", text));
        let (n, word) = text.split_once('=').ok_or_else(bad)?;
        let n: i64 = n.trim().parse().map_err(|_| bad())?;
        let a = Answer::from_word(word).ok_or_else(bad)?;
        poll.option_numbered(n)?;
        answers.push((n, a));
    }
    let mut updated = poll;
    for (n, a) in answers {
        updated = set_answer(&mut ctx.db, poll_id, partner.id, n, a)?;
    }
    if ctx.json {
        return output::json(&updated);
    }
    let args = [("count", options.len().into()), ("partner", (&partner.name).into())];
    eprintln!("{}", text_with("cli-poll-answers-recorded", &args));
    Ok(())
}

fn show(ctx: &Ctx, poll_id: i64) -> Result<()> {
    let grid = poll_grid(&ctx.db, poll_id, DateStyle::Iso)?;
    if ctx.json {
        return output::json(&grid);
    }
    let poll = &grid.poll;
    let state = match (&poll.closed_at, poll.closed_option_id) {
        (Some(_), Some(o)) => {
            let n = poll.options.iter().find(|x| x.id == o).map(|x| x.number).unwrap_or_default();
            let meeting = poll.meeting_id.map(|m| m.to_string()).unwrap_or_default();
            text_with("cli-poll-state-closed-on", &[("number", n.into()), ("meeting", meeting.into())])
        }
        _ => text("cli-poll-state-open"),
    };
    let labels =
        ["cli-label-poll", "cli-label-kind", "cli-label-host", "cli-label-deadline", "cli-label-state"].map(text);
    let values = [
        format!("{} {}", poll.id, poll.title),
        label(poll.kind),
        poll.host_name.clone().unwrap_or_default(),
        poll.deadline.map(|d| d.to_string()).unwrap_or_default(),
        state,
    ];
    let fields: Vec<(&str, String)> = labels.iter().map(String::as_str).zip(values).collect();
    output::print(&output::fields(&fields))?;
    output::print("\n")?;
    let rows: Vec<Vec<String>> = grid
        .options
        .iter()
        .map(|o| vec![o.number.to_string(), o.when.clone(), o.yes.to_string(), o.maybe.to_string(), o.no.to_string()])
        .collect();
    let headers = [
        "#".to_string(),
        text("cli-poll-column-date"),
        format!("#{}", text("cli-poll-column-yes")),
        format!("#{}", text("cli-poll-column-if-need-be")),
        format!("#{}", text("cli-poll-column-no")),
    ];
    output::print(&table(&headers.each_ref().map(String::as_str), &rows))?;
    output::print("\n")?;
    let mut headers: Vec<String> = vec![text("cli-poll-column-partner"), text("cli-poll-column-zone")];
    headers.extend(grid.options.iter().map(|o| format!("[{}]", o.number)));
    let rows: Vec<Vec<String>> = grid
        .partners
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut row = vec![p.name.clone(), p.time_zone.clone()];
            row.extend(grid.options.iter().map(|o| match o.cells[i].answer {
                Some(a) => label(a),
                None => "-".into(),
            }));
            row
        })
        .collect();
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    output::print(&table(&headers, &rows))?;
    let words = if grid.not_answered.is_empty() {
        text("cli-poll-all-answered")
    } else {
        text_with("cli-poll-not-answered", &[("partners", grid.not_answered.join(", ").into())])
    };
    output::print(&format!("\n{words}\n"))
}

#[derive(Serialize)]
struct CloseOutput<'a> {
    #[serde(flatten)]
    closed: &'a convene_core::poll::ClosedPoll,
    written: Vec<PathBuf>,
}

fn close(ctx: &mut Ctx, args: CloseArgs) -> Result<()> {
    let poll = get_poll(&ctx.db, args.poll)?;
    poll.check_open()?;
    poll.option_numbered(args.option)?;
    let organizer = args.organizer.clone().unwrap_or_else(|| poll.organizer.clone());
    if args.out.is_some() && organizer.trim().is_empty() {
        return Err(Error::invalid("organizer", Message::new("cli-poll-organizer-needed")));
    }
    let closed = close_poll(&mut ctx.db, args.poll, args.option)?;
    let mut paths = Vec::new();
    if let Some(dir) = &args.out {
        let now = Utc::now();
        let mut emails: Vec<String> = Vec::new();
        for r in &closed.poll.recipients {
            if !emails.iter().any(|e| e.eq_ignore_ascii_case(&r.email)) {
                emails.push(r.email.clone());
            }
        }
        if emails.is_empty() {
            emails = convene_core::ical::invite::partner_contact_emails(&ctx.db, closed.meeting.id)?;
        }
        if !emails.is_empty() {
            let input = InviteInput { organizer: organizer.clone(), attendees: emails, now };
            let message = invitation(&ctx.db, closed.meeting.id, &input)?;
            create_folder(dir)?;
            let path = dir.join("meeting-invitation.eml");
            convene_core::file_write::write_file(&path, message.eml.as_bytes())?;
            paths.push(path);
        }
        let releases = poll_cancellations(&ctx.db, closed.poll.id, now)?;
        paths.extend(write_messages(dir, &releases)?);
    }
    if ctx.json {
        return output::json(&CloseOutput { closed: &closed, written: paths });
    }
    let words = text_with(
        "cli-poll-closed",
        &[
            ("id", closed.poll.id.to_string().into()),
            ("number", args.option.into()),
            ("meeting", closed.meeting.id.to_string().into()),
            ("title", (&closed.meeting.title).into()),
            ("when", output::schedule(&closed.meeting.schedule).into()),
        ],
    );
    output::print(&format!("{words}\n"))?;
    for p in &paths {
        output::print(&format!("{}\n", p.display()))?;
    }
    if args.out.is_none() {
        eprintln!("{}", text("cli-poll-no-messages-written"));
    }
    Ok(())
}

fn list(ctx: &Ctx, network: &str) -> Result<()> {
    let network = find_network(&ctx.db, network)?;
    let polls = list_polls(&ctx.db, network.id)?;
    if ctx.json {
        return output::json(&polls);
    }
    if polls.is_empty() {
        let words = text_with("cli-polls-none", &[("network", (&network.name).into())]);
        return output::print(&format!("{words}\n"));
    }
    let rows: Vec<Vec<String>> = polls
        .iter()
        .map(|p| {
            let partners: std::collections::BTreeSet<i64> = p.answers.iter().map(|a| a.partner_id).collect();
            vec![
                p.id.to_string(),
                p.title.clone(),
                p.options.len().to_string(),
                partners.len().to_string(),
                p.deadline.map(|d| d.to_string()).unwrap_or_default(),
                if p.is_closed() { text("cli-poll-state-closed") } else { text("cli-poll-state-open") },
            ]
        })
        .collect();
    let headers = [
        format!("#{}", text("cli-poll-column-id")),
        text("cli-poll-column-title"),
        format!("#{}", text("cli-poll-column-dates")),
        format!("#{}", text("cli-poll-column-answered")),
        text("cli-label-deadline"),
        text("cli-label-state"),
    ];
    output::print(&table(&headers.each_ref().map(String::as_str), &rows))
}
