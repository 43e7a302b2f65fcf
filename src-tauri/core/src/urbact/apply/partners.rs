//! A network page's partners: the ones listed (matched by name with those already saved;
//! a country taken from the page or from evidence in the file, else the line kept as a
//! note), then the cities with an action plan that are not listed, as associated partners.

use crate::error::Result;
use crate::i18n::Message;
use crate::names::fold;
use crate::partner::{create_partner, match_partner, PartnerInput, PartnerRole};

use super::super::countries::{self, Evidence, Mention};
use super::super::network_page::{PartnerLine, Unplaced};
use super::super::report::WarningKind;
use super::{country_name, keep_note, names, warn, NetworkImport};

impl NetworkImport<'_> {
    /// The partners the page lists.
    pub(super) fn partners(&mut self, mentions: &[Mention]) -> Result<()> {
        let page = self.page;
        let page_emails: Vec<(i64, &str)> = page.emails.iter().map(|(l, e)| (*l, e.as_str())).collect();
        for p in &page.partners {
            if let Some(saved) = self.partners.iter().find(|s| fold(&s.1) == fold(&p.name)) {
                self.out.existing.partners += 1;
                if let Some(code) = p.country.filter(|c| *c != saved.2) {
                    warn(
                        self.report,
                        p.line,
                        &p.text,
                        WarningKind::CountryConflict,
                        Message::new("import-warning-country-conflict")
                            .arg("partner", &p.name)
                            .arg("country", country_name(code))
                            .arg("saved", country_name(&saved.2)),
                    );
                }
                continue;
            }
            let code = match p.country {
                Some(code) => code,
                None => match countries::infer(&p.name, &page_emails, mentions) {
                    Evidence::One(inference) => {
                        warn(
                            self.report,
                            p.line,
                            &p.text,
                            WarningKind::InferredCountry,
                            Message::new("import-warning-country-inferred")
                                .arg("partner", &p.name)
                                .arg("country", country_name(inference.country.code))
                                .arg("because", inference.because),
                        );
                        inference.country.code
                    }
                    evidence => {
                        self.without_country(p, evidence)?;
                        continue;
                    }
                },
            };
            self.save_partner(p, code)?;
        }
        Ok(())
    }

    /// A listed partner no country is known for: not saved (a partner needs a country, and
    /// none is made up); its line is kept as a note, with a warning saying how to add it.
    fn without_country(&mut self, p: &PartnerLine, evidence: Evidence) -> Result<()> {
        let message = match evidence.options() {
            Some(options) => Message::new("import-warning-country-disputed").arg("options", options),
            None => Message::new("import-warning-country-missing"),
        };
        let message = message.arg("partner", &p.name).arg("network", self.slug.as_str());
        warn(self.report, p.line, &p.text, WarningKind::MissingCountry, message);
        let reason = Message::new("import-reason-partner-without-country").arg("partner", &p.name);
        let u = Unplaced { line: p.line, text: p.text.clone(), reason };
        let key = self.refs.make(format!("urbact:{}:note:{}", self.slug, fold(&p.text)));
        keep_note(self.db, Some(self.network_id), &u, &key, &mut self.out.created, &mut self.out.existing)?;
        self.unsaved.push(p.name.clone());
        Ok(())
    }

    /// Cities with an action plan that are not listed partners become associated partners.
    pub(super) fn plan_cities(&mut self) -> Result<()> {
        let page = self.page;
        let listed: Vec<(i64, String)> = page.partners.iter().map(|p| (0, p.name.clone())).collect();
        let mut added: Vec<i64> = Vec::new();
        for plan in &page.plans {
            let Some(city) = &plan.city else { continue };
            match match_partner(&city.city, &names(&self.partners)) {
                Some((id, name, _)) => {
                    if match_partner(&city.city, &listed).is_none() && !added.contains(&id) {
                        // Added as an associated partner by an earlier import of this page.
                        self.out.existing.partners += 1;
                        added.push(id);
                    }
                    let saved = self.partners.iter().find(|s| s.0 == id).map(|s| s.2.clone()).unwrap_or_default();
                    if saved != city.country {
                        warn(
                            self.report,
                            city.line,
                            &city.text,
                            WarningKind::CountryConflict,
                            Message::new("import-warning-plan-city-conflict")
                                .arg("city", &city.city)
                                .arg("country", country_name(city.country))
                                .arg("partner", name)
                                .arg("saved", country_name(&saved)),
                        );
                    }
                }
                None => {
                    let line = PartnerLine {
                        line: city.line,
                        text: city.text.clone(),
                        name: city.city.clone(),
                        country: Some(city.country),
                        lead: false,
                        address: None,
                    };
                    if self.save_partner_as(&line, city.country, PartnerRole::Associated)? {
                        added.extend(self.partners.last().map(|p| p.0));
                        warn(
                            self.report,
                            city.line,
                            &city.text,
                            WarningKind::PartnerAdded,
                            Message::new("import-warning-plan-city-added")
                                .arg("city", &city.city)
                                .arg("plan", &plan.title)
                                .arg("country", country_name(city.country)),
                        );
                    }
                }
            }
        }
        Ok(())
    }

    fn save_partner(&mut self, p: &PartnerLine, code: &str) -> Result<bool> {
        let role = if p.lead { PartnerRole::LeadPartner } else { PartnerRole::Partner };
        self.save_partner_as(p, code, role)
    }

    /// Saves a partner through the core's rules; one they refuse becomes a note. Returns
    /// whether it was saved.
    fn save_partner_as(&mut self, p: &PartnerLine, code: &str, role: PartnerRole) -> Result<bool> {
        let notes = p.address.as_ref().map(|(_, a)| format!("Address: {a}")).unwrap_or_default();
        let input = PartnerInput { role, notes, ..PartnerInput::named(&p.name, code) };
        let result = create_partner(self.db, self.network_id, input);
        let Some(saved) = self.saved(result, p.line, &p.text)? else { return Ok(false) };
        self.out.created.partners += 1;
        if let Some((line, address)) = &p.address {
            warn(
                self.report,
                *line,
                address,
                WarningKind::Inferred,
                Message::new("import-warning-postal-address").arg("partner", &p.name),
            );
        }
        self.partners.push((saved.id, saved.name, saved.country));
        Ok(true)
    }
}
