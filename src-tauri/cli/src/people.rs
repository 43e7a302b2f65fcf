//! The people of a partner: `convene contacts`, `convene contact add|update|remove`,
//! `convene local-group NETWORK` and `convene local-group add|update|remove`.
//!
//! Contacts (who a partner sends to meetings, with e-mail and phone) and local group
//! members (the people of a city's URBACT Local Group, with their organisation) are
//! addressed the same way: `NETWORK PERSON`, where PERSON is the id the list prints or
//! the person's whole name ignoring case and accents, among the partners of that network
//! (`--partner CITY` narrows the search when two partners have someone of that name).
//! Adding needs `--partner CITY`, the partner the person belongs to. Like partners, only an
//! exact match is acted on; an id of someone in another network is "not found".

use clap::{Args, Subcommand};
use convene_core::i18n::Message;
use convene_core::names::fold;
use convene_core::network::{find_network, Network};
use convene_core::partner::{
    add_contact, add_local_group_member, delete_contact, delete_local_group_member, list_partners, update_contact,
    update_local_group_member, Contact, ContactInput, LocalGroupMember, LocalGroupMemberInput, Partner,
};
use convene_core::{Db, Error, Result};
use serde::Serialize;

use crate::language::{text, text_with};
use crate::networks::relabel;
use crate::output::{self, table};
use crate::partners::find_partner;
use crate::Ctx;

#[derive(Debug, Args)]
pub struct ContactsArgs {
    /// The network's short name or name
    pub network: String,
    /// Only this partner's contacts (id or name)
    #[arg(long, value_name = "CITY")]
    pub partner: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ContactCommand {
    /// Add a contact person to a partner
    Add {
        /// The network's short name or name
        network: String,
        /// The partner (id or name) the person works for
        #[arg(long, value_name = "CITY")]
        partner: String,
        /// The person's name
        #[arg(long)]
        name: String,
        #[command(flatten)]
        details: ContactDetails,
    },
    /// Change a contact; only the options given change (an empty value clears it)
    Update {
        #[command(flatten)]
        who: PersonRef,
        /// A new name
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        details: ContactDetails,
    },
    /// Remove a contact (and their answers to meeting invitations)
    Remove {
        #[command(flatten)]
        who: PersonRef,
    },
}

#[derive(Debug, Args)]
pub struct ContactDetails {
    /// What they do ("Project coordinator")
    #[arg(long)]
    pub role: Option<String>,
    /// E-mail address
    #[arg(long)]
    pub email: Option<String>,
    /// Phone number, as they write it
    #[arg(long)]
    pub phone: Option<String>,
}

/// `convene local-group NETWORK [--partner CITY]` lists; `convene local-group add|update|remove`.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct LocalGroupArgs {
    #[command(subcommand)]
    pub command: Option<LocalGroupCommand>,
    /// The network's short name or name
    #[arg(required = true)]
    pub network: Option<String>,
    /// Only this partner's local group (id or name)
    #[arg(long, value_name = "CITY")]
    pub partner: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum LocalGroupCommand {
    /// Add a member to a partner's local group
    Add {
        /// The network's short name or name
        network: String,
        /// The partner (id or name) whose local group it is
        #[arg(long, value_name = "CITY")]
        partner: String,
        /// The member's name
        #[arg(long)]
        name: String,
        #[command(flatten)]
        details: MemberDetails,
    },
    /// Change a local group member; only the options given change (an empty value clears it)
    Update {
        #[command(flatten)]
        who: PersonRef,
        /// A new name
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        details: MemberDetails,
    },
    /// Remove a member from a local group
    Remove {
        #[command(flatten)]
        who: PersonRef,
    },
}

#[derive(Debug, Args)]
pub struct MemberDetails {
    /// The organisation they come from ("Chamber of Commerce")
    #[arg(long)]
    pub organisation: Option<String>,
    /// Their role in the group
    #[arg(long)]
    pub role: Option<String>,
}

/// Names one person: the network, their id or name, and optionally their partner.
#[derive(Debug, Args)]
pub struct PersonRef {
    /// The network's short name or name
    pub network: String,
    /// The person's id (as listed) or name
    #[arg(value_name = "PERSON")]
    pub person: String,
    /// The partner (id or name) the person belongs to, when the name is not enough
    #[arg(long, value_name = "CITY")]
    pub partner: Option<String>,
}

/// What every person record offers for finding it.
trait Person {
    /// The catalogue message of a person not found (`$place`, `$key`).
    const NOT_FOUND: &'static str;
    fn id(&self) -> i64;
    fn name(&self) -> &str;
}

impl Person for Contact {
    const NOT_FOUND: &'static str = "cli-no-contact";
    fn id(&self) -> i64 {
        self.id
    }
    fn name(&self) -> &str {
        &self.name
    }
}

impl Person for LocalGroupMember {
    const NOT_FOUND: &'static str = "cli-no-local-group-member";
    fn id(&self) -> i64 {
        self.id
    }
    fn name(&self) -> &str {
        &self.name
    }
}

/// The network's partners, or just the one `--partner` names.
fn partners_in(db: &Db, network: &Network, partner: Option<&str>) -> Result<Vec<Partner>> {
    match partner {
        Some(key) => Ok(vec![find_partner(db, network, key).map_err(|e| relabel(e, "partner"))?]),
        None => list_partners(db, network.id),
    }
}

/// Finds the person `who` names among `people` of each partner (see the module docs).
fn find_person<T: Person + Clone>(
    db: &Db,
    who: &PersonRef,
    people: impl Fn(&Partner) -> &Vec<T>,
) -> Result<(Partner, T)> {
    let network = find_network(db, &who.network)?;
    find_among(db, &network, &who.person, who.partner.as_deref(), people)
}

/// A contact of `network` by id or name (see the module docs).
pub fn find_contact(db: &Db, network: &Network, key: &str) -> Result<Contact> {
    find_among(db, network, key, None, |p| &p.contacts).map(|(_, contact)| contact)
}

fn find_among<T: Person + Clone>(
    db: &Db,
    network: &Network,
    key: &str,
    partner: Option<&str>,
    people: impl Fn(&Partner) -> &Vec<T>,
) -> Result<(Partner, T)> {
    let partners = partners_in(db, network, partner)?;
    let key = key.trim();
    let by_id = key.parse::<i64>().ok();
    let mut hits: Vec<(&Partner, &T)> = Vec::new();
    for partner in &partners {
        for person in people(partner) {
            let matches = match by_id {
                Some(id) => person.id() == id,
                None => fold(person.name()) == fold(key),
            };
            if matches {
                hits.push((partner, person));
            }
        }
    }
    let place = match partner {
        Some(_) => partners[0].name.clone(),
        None => network.name.clone(),
    };
    match hits.as_slice() {
        [(partner, person)] => Ok(((*partner).clone(), (*person).clone())),
        [] => Err(Error::NotFound(Message::new(T::NOT_FOUND).arg("place", place).arg("key", key))),
        many => {
            let each: Vec<String> = many
                .iter()
                .map(|(p, t)| {
                    let args =
                        [("name", t.name().into()), ("partner", (&p.name).into()), ("id", t.id().to_string().into())];
                    text_with("cli-person-of-partner", &args)
                })
                .collect();
            let message = Message::new("cli-people-same-name")
                .arg("count", many.len())
                .arg("place", place)
                .arg("key", key)
                .arg("people", each.join(", "));
            let ambiguous = Error::invalid("person", message);
            Err(ambiguous)
        }
    }
}

#[derive(Serialize)]
struct Removed {
    removed: String,
    id: i64,
    partner: String,
}

pub fn list_contacts(ctx: &Ctx, args: ContactsArgs) -> Result<()> {
    let network = find_network(&ctx.db, &args.network)?;
    let partners = partners_in(&ctx.db, &network, args.partner.as_deref())?;
    let contacts: Vec<&Contact> = partners.iter().flat_map(|p| &p.contacts).collect();
    if ctx.json {
        return output::json(&contacts);
    }
    if contacts.is_empty() {
        let whose = if args.partner.is_some() { &partners[0].name } else { &network.name };
        let args = [("place", whose.into()), ("slug", (&network.slug).into())];
        return output::print(&format!("{}\n", text_with("cli-contacts-none", &args)));
    }
    let rows: Vec<Vec<String>> = partners
        .iter()
        .flat_map(|p| {
            p.contacts.iter().map(|c| {
                vec![c.id.to_string(), p.name.clone(), c.name.clone(), c.role.clone(), c.email.clone(), c.phone.clone()]
            })
        })
        .collect();
    let headers = [
        format!("#{}", text("cli-column-id")),
        text("cli-column-partner"),
        text("cli-column-name"),
        text("cli-column-role"),
        text("cli-column-email"),
        text("cli-column-phone"),
    ];
    output::print(&table(&headers.each_ref().map(String::as_str), &rows))
}

fn apply_contact(input: &mut ContactInput, d: ContactDetails) {
    if let Some(v) = d.role {
        input.role = v;
    }
    if let Some(v) = d.email {
        input.email = v;
    }
    if let Some(v) = d.phone {
        input.phone = v;
    }
}

pub fn run_contact(ctx: &mut Ctx, cmd: ContactCommand) -> Result<()> {
    match cmd {
        ContactCommand::Add { network, partner, name, details } => {
            let network = find_network(&ctx.db, &network)?;
            let partner = find_partner(&ctx.db, &network, &partner).map_err(|e| relabel(e, "partner"))?;
            let mut input = ContactInput { name, role: String::new(), email: String::new(), phone: String::new() };
            apply_contact(&mut input, details);
            let contact = add_contact(&mut ctx.db, partner.id, input)?;
            if ctx.json {
                return output::json(&contact);
            }
            output::print(&format!("{}\n", person_words("cli-contact-added", &contact.name, &partner.name, contact.id)))
        }
        ContactCommand::Update { who, name, details } => {
            let (partner, before) = find_person(&ctx.db, &who, |p| &p.contacts)?;
            let mut input = ContactInput {
                name: name.unwrap_or(before.name),
                role: before.role,
                email: before.email,
                phone: before.phone,
            };
            apply_contact(&mut input, details);
            let contact = update_contact(&mut ctx.db, before.id, input)?;
            if ctx.json {
                return output::json(&contact);
            }
            output::print(&format!(
                "{}\n",
                person_words("cli-contact-updated", &contact.name, &partner.name, contact.id)
            ))
        }
        ContactCommand::Remove { who } => {
            let (partner, contact) = find_person(&ctx.db, &who, |p| &p.contacts)?;
            delete_contact(&mut ctx.db, contact.id)?;
            if ctx.json {
                return output::json(&Removed { removed: contact.name, id: contact.id, partner: partner.name });
            }
            output::print(&format!(
                "{}\n",
                person_words("cli-contact-removed", &contact.name, &partner.name, contact.id)
            ))
        }
    }
}

pub fn run_local_group(ctx: &mut Ctx, args: LocalGroupArgs) -> Result<()> {
    let Some(cmd) = args.command else {
        let network = args.network.expect("clap requires NETWORK without a subcommand");
        return list_local_group(ctx, &network, args.partner.as_deref());
    };
    match cmd {
        LocalGroupCommand::Add { network, partner, name, details } => {
            let network = find_network(&ctx.db, &network)?;
            let partner = find_partner(&ctx.db, &network, &partner).map_err(|e| relabel(e, "partner"))?;
            let mut input = LocalGroupMemberInput { name, organisation: String::new(), role: String::new() };
            apply_member(&mut input, details);
            let member = add_local_group_member(&mut ctx.db, partner.id, input)?;
            if ctx.json {
                return output::json(&member);
            }
            output::print(&format!("{}\n", person_words("cli-member-added", &member.name, &partner.name, member.id)))
        }
        LocalGroupCommand::Update { who, name, details } => {
            let (partner, before) = find_person(&ctx.db, &who, |p| &p.local_group)?;
            let mut input = LocalGroupMemberInput {
                name: name.unwrap_or(before.name),
                organisation: before.organisation,
                role: before.role,
            };
            apply_member(&mut input, details);
            let member = update_local_group_member(&mut ctx.db, before.id, input)?;
            if ctx.json {
                return output::json(&member);
            }
            output::print(&format!("{}\n", person_words("cli-member-updated", &member.name, &partner.name, member.id)))
        }
        LocalGroupCommand::Remove { who } => {
            let (partner, member) = find_person(&ctx.db, &who, |p| &p.local_group)?;
            delete_local_group_member(&mut ctx.db, member.id)?;
            if ctx.json {
                return output::json(&Removed { removed: member.name, id: member.id, partner: partner.name });
            }
            output::print(&format!("{}\n", person_words("cli-member-removed", &member.name, &partner.name, member.id)))
        }
    }
}

fn apply_member(input: &mut LocalGroupMemberInput, d: MemberDetails) {
    if let Some(v) = d.organisation {
        input.organisation = v;
    }
    if let Some(v) = d.role {
        input.role = v;
    }
}

fn list_local_group(ctx: &Ctx, network: &str, partner: Option<&str>) -> Result<()> {
    let network = find_network(&ctx.db, network)?;
    let partners = partners_in(&ctx.db, &network, partner)?;
    let members: Vec<&LocalGroupMember> = partners.iter().flat_map(|p| &p.local_group).collect();
    if ctx.json {
        return output::json(&members);
    }
    if members.is_empty() {
        let whose = if partner.is_some() { &partners[0].name } else { &network.name };
        let args = [("place", whose.into()), ("slug", (&network.slug).into())];
        return output::print(&format!("{}\n", text_with("cli-local-group-none", &args)));
    }
    let rows: Vec<Vec<String>> = partners
        .iter()
        .flat_map(|p| {
            p.local_group
                .iter()
                .map(|m| vec![m.id.to_string(), p.name.clone(), m.name.clone(), m.organisation.clone(), m.role.clone()])
        })
        .collect();
    let headers = [
        format!("#{}", text("cli-column-id")),
        text("cli-column-partner"),
        text("cli-column-name"),
        text("cli-column-organisation"),
        text("cli-column-role"),
    ];
    output::print(&table(&headers.each_ref().map(String::as_str), &rows))
}

/// A sentence about a person of a partner city: "Added Ana to the contacts of Fundão (id 3)."
fn person_words(id: &str, name: &str, partner: &str, person_id: i64) -> String {
    text_with(id, &[("name", name.into()), ("partner", partner.into()), ("id", person_id.to_string().into())])
}
