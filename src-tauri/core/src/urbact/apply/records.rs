//! A network page's dated records, once its partners are saved: meetings (hosted by the
//! partner their place names, see [`resolve_host`]), milestones and action plans, each
//! found again by its source reference; then the lines nothing could place, as notes.

use crate::error::Result;
use crate::meeting::{insert_meeting, MeetingInput, MeetingMode, MeetingStatus, ScheduleInput};
use crate::milestone::{insert_milestone, MilestoneInput};
use crate::names::fold;
use crate::origin::Origin;
use crate::partner::match_partner;
use crate::plan::{insert_plan, ActionPlanInput, PlanStatus};

use crate::i18n::Message;

use super::super::dates::month_said;
use super::super::network_page::{EventWhat, MeetingDraft, PlanEntry, When};
use super::super::report::{ImportReport, WarningKind};
use super::{exists, keep_note, names, warn, NetworkImport, Table};

impl NetworkImport<'_> {
    /// The page's meetings and milestones, in page order.
    pub(super) fn events(&mut self, start_year: Option<i32>) -> Result<()> {
        let page = self.page;
        let slug = self.slug.clone();
        let partner_names = names(&self.partners);
        for e in &page.events {
            match &e.what {
                EventWhat::Milestone { date, title } => {
                    let key = self.refs.make(format!("urbact:{slug}:milestone:{}", fold(&e.text)));
                    if exists(self.db, Table::Milestones, &key)? {
                        self.out.existing.milestones += 1;
                        continue;
                    }
                    let input = MilestoneInput::on(*date, title);
                    let result = insert_milestone(self.db, self.network_id, &input, &Origin::Page(key.clone()));
                    if self.saved(result, e.line, &e.text)?.is_some() {
                        self.out.created.milestones += 1;
                    }
                }
                EventWhat::Meeting(m) => {
                    let base = format!("urbact:{slug}:meeting:{}", fold(&e.text));
                    let key = self.refs.make(if e.part == 0 { base } else { format!("{base}#part{}", e.part + 1) });
                    let host =
                        m.place.as_deref().and_then(|place| match resolve_host(place, &partner_names, &self.unsaved) {
                            Host::Partner(id) => Some(id),
                            Host::Venue => None,
                            Host::Unsaved(name) => {
                                warn(
                                    self.report,
                                    e.line,
                                    &e.text,
                                    WarningKind::HostNotSaved,
                                    Message::new("import-warning-host-not-saved")
                                        .arg("place", place)
                                        .arg("partner", &name),
                                );
                                None
                            }
                        });
                    let given_year = match &m.when {
                        When::Month { month, year: Some(year), .. } => Some((*month, *year)),
                        _ => None,
                    };
                    if exists(self.db, Table::Meetings, &key)? {
                        self.out.existing.meetings += 1;
                        if given_year.is_some() {
                            warn(
                                self.report,
                                e.line,
                                &e.text,
                                WarningKind::Inferred,
                                Message::new("import-warning-meeting-exists").arg("meeting", &m.title),
                            );
                        }
                        continue;
                    }
                    if let (Some((month, year)), Some(start)) = (given_year, start_year) {
                        warn(
                            self.report,
                            e.line,
                            &e.text,
                            WarningKind::Inferred,
                            Message::new("import-warning-month-only")
                                .arg("meeting", &m.title)
                                .arg(
                                    "place",
                                    m.place
                                        .as_deref()
                                        .map_or_else(|| Message::new("import-unnamed-place"), Message::from),
                                )
                                .arg("month", month_said(month))
                                .arg("year", year.to_string())
                                .arg("start", start.to_string()),
                        );
                    }
                    let input = meeting_input(m, host);
                    let result = insert_meeting(self.db, self.network_id, &input, &Origin::Page(key.clone()));
                    if self.saved(result, e.line, &e.text)?.is_some() {
                        self.out.created.meetings += 1;
                    }
                }
            }
        }
        Ok(())
    }

    /// The page's action plans, each linked to its city's partner.
    pub(super) fn plans(&mut self) -> Result<()> {
        let page = self.page;
        let partner_names = names(&self.partners);
        for plan in &page.plans {
            let partner_id = plan_partner(plan, &partner_names, self.report);
            let key = self.refs.make(format!("urbact:{}:plan:{}", self.slug, fold(&plan.title)));
            if exists(self.db, Table::Plans, &key)? {
                self.out.existing.action_plans += 1;
                continue;
            }
            let input = ActionPlanInput {
                partner_id,
                title: plan.title.clone(),
                summary: plan.summary.clone(),
                status: PlanStatus::Final,
            };
            let result = insert_plan(self.db, self.network_id, &input, &Origin::Page(key.clone()));
            if self.saved(result, plan.line, &plan.text)?.is_some() {
                self.out.created.action_plans += 1;
            }
        }
        Ok(())
    }

    /// The page's warnings, and the lines nothing could place, kept as notes.
    pub(super) fn notes(&mut self) -> Result<()> {
        let page = self.page;
        self.report.warnings.extend(page.warnings.iter().cloned());
        for u in &page.unplaced {
            let key = self.refs.make(format!("urbact:{}:note:{}", self.slug, fold(&u.text)));
            keep_note(self.db, Some(self.network_id), u, &key, &mut self.out.created, &mut self.out.existing)?;
            warn(
                self.report,
                u.line,
                &u.text,
                WarningKind::Unplaced,
                Message::new("import-warning-not-placed-in-network")
                    .arg("reason", &u.reason)
                    .arg("network", &page.name),
            );
        }
        Ok(())
    }
}

/// Who hosts a meeting held at a place the page names.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Host {
    Partner(i64),
    /// Not a partner (or several places): the place is only the venue.
    Venue,
    /// A listed partner that could not be saved.
    Unsaved(String),
}

pub(super) fn resolve_host(place: &str, partners: &[(i64, String)], unsaved: &[String]) -> Host {
    let key = fold(place);
    if let Some((id, _)) = partners.iter().find(|(_, n)| fold(n) == key) {
        return Host::Partner(*id);
    }
    let several =
        place.split(['/', ',', '&']).flat_map(|p| p.split(" and ")).filter(|p| !p.trim().is_empty()).count() > 1;
    if several {
        return Host::Venue;
    }
    if let Some((id, _, _)) = match_partner(place, partners) {
        return Host::Partner(id);
    }
    if let Some(name) = unsaved.iter().find(|n| match_partner(place, &[(0, (*n).clone())]).is_some()) {
        return Host::Unsaved(name.clone());
    }
    Host::Venue
}

fn meeting_input(m: &MeetingDraft, host: Option<i64>) -> MeetingInput {
    let (schedule, status) = match &m.when {
        When::Days(span) => (ScheduleInput::AllDay { first: span.first, last: span.last }, MeetingStatus::Confirmed),
        When::Month { month, year, wording } => (
            ScheduleInput::Undated { year: *year, month: Some(*month), wording: wording.clone() },
            MeetingStatus::Tentative,
        ),
        When::Undated { wording } => {
            (ScheduleInput::Undated { year: None, month: None, wording: wording.clone() }, MeetingStatus::Tentative)
        }
    };
    MeetingInput {
        kind: m.kind,
        title: m.title.clone(),
        host_partner_id: host,
        venue: m.place.clone().unwrap_or_default(),
        mode: if m.online { MeetingMode::Online } else { MeetingMode::InPerson },
        online_url: String::new(),
        status,
        description: String::new(),
        schedule,
    }
}

/// The partner an action plan belongs to: the one its city line names, else the one its
/// title names (reported), else none (reported).
fn plan_partner(plan: &PlanEntry, partners: &[(i64, String)], report: &mut ImportReport) -> Option<i64> {
    if let Some(city) = &plan.city {
        return match_partner(&city.city, partners).map(|(id, _, _)| id);
    }
    let title = format!(" {} ", fold(&plan.title));
    let named: Vec<&(i64, String)> =
        partners.iter().filter(|(_, n)| !fold(n).is_empty() && title.contains(&format!(" {} ", fold(n)))).collect();
    match named.as_slice() {
        [(id, name)] => {
            warn(
                report,
                plan.line,
                &plan.text,
                WarningKind::Inferred,
                Message::new("import-warning-plan-linked-by-title").arg("partner", name),
            );
            Some(*id)
        }
        _ => {
            warn(
                report,
                plan.line,
                &plan.text,
                WarningKind::Unplaced,
                Message::new("import-warning-plan-without-city"),
            );
            None
        }
    }
}
