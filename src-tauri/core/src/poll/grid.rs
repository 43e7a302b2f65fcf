//! Who can come when: a poll as a grid of partners by options, with the tally per option
//! and the partners who have not answered.
//!
//! Every cell carries the option on that partner's own clock (a timed option at 10:00 in
//! Riga is 08:00 in Lisbon; an all-day option is the same days everywhere), because the
//! complaint people have about every polling tool is an option that seemed to move.
//! The dates are written in the reader's language ([`crate::i18n::current`]: the window's
//! or the command line's).

use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::i18n::{self, Locale};
use crate::partner::list_partners;
use crate::schedule_text::{schedule_parts_in, DateStyle};
use crate::store::Db;

use super::{get_poll, Answer, Poll};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct GridPartner {
    pub partner_id: i64,
    pub name: String,
    pub time_zone: String,
    /// The partner answered at least one option.
    pub answered: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct GridCell {
    pub partner_id: i64,
    /// The option on this partner's clock: "Mon 15 Mar 2027, 08:00–10:00 (Europe/Lisbon)".
    pub local: String,
    pub answer: Option<Answer>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct GridOption {
    pub option_id: i64,
    pub number: i64,
    /// On the poll's clock.
    pub when: String,
    pub yes: usize,
    pub maybe: usize,
    pub no: usize,
    /// In the order of [`PollGrid::partners`].
    pub cells: Vec<GridCell>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PollGrid {
    pub poll: Poll,
    /// Every partner of the network, in the network's order.
    pub partners: Vec<GridPartner>,
    pub options: Vec<GridOption>,
    /// Names of the partners that have not answered any option.
    pub not_answered: Vec<String>,
}

/// The grid of a poll; `style` is how days are written (the window's or the CLI's), in the
/// reader's language.
pub fn poll_grid(db: &Db, poll_id: i64, style: DateStyle) -> Result<PollGrid> {
    poll_grid_in(db, poll_id, style, i18n::current())
}

/// [`poll_grid`] with its dates written in `locale`.
pub fn poll_grid_in(db: &Db, poll_id: i64, style: DateStyle, locale: Locale) -> Result<PollGrid> {
    let poll = get_poll(db, poll_id)?;
    let partners = list_partners(db, poll.network_id)?;
    let poll_zone: Option<Tz> = poll.time_zone.as_deref().and_then(|z| z.parse().ok());
    let options = poll
        .options
        .iter()
        .map(|o| {
            let cells: Vec<GridCell> = partners
                .iter()
                .map(|p| GridCell {
                    partner_id: p.id,
                    local: schedule_parts_in(locale, &o.schedule, p.time_zone.parse::<Tz>().ok(), style).text,
                    answer: poll.answers.iter().find(|a| a.option_id == o.id && a.partner_id == p.id).map(|a| a.answer),
                })
                .collect();
            let count = |want: Answer| cells.iter().filter(|c| c.answer == Some(want)).count();
            GridOption {
                option_id: o.id,
                number: o.number,
                when: schedule_parts_in(locale, &o.schedule, poll_zone, style).text,
                yes: count(Answer::Yes),
                maybe: count(Answer::Maybe),
                no: count(Answer::No),
                cells,
            }
        })
        .collect();
    let grid_partners: Vec<GridPartner> = partners
        .iter()
        .map(|p| GridPartner {
            partner_id: p.id,
            name: p.name.clone(),
            time_zone: p.time_zone.clone(),
            answered: poll.answers.iter().any(|a| a.partner_id == p.id),
        })
        .collect();
    let not_answered = grid_partners.iter().filter(|p| !p.answered).map(|p| p.name.clone()).collect();
    Ok(PollGrid { poll, partners: grid_partners, options, not_answered })
}
