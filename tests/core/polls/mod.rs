//! The poll the reply fixtures (tests/core/fixtures/poll-replies/) answer: IoTXchange with
//! partners in four zones, "Transnational meeting 3" hosted by Jelgava with two timed dates
//! on either side of the spring clock change and one all-day date, its invitations written,
//! and the options' UIDs and Nevers' token set to the ones the fixtures carry (as if these
//! were the invitations the fixtures reply to).
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use chrono::{TimeZone, Utc};
use convene_core::meeting::MeetingKind;
use convene_core::network::{create_network, NetworkInput, NetworkKind};
use convene_core::partner::{add_contact, create_partner, ContactInput, PartnerInput, PartnerRole};
use convene_core::poll::invite::{poll_invitations, PollInviteInput, PollMessage};
use convene_core::poll::{create_poll, get_poll, Poll, PollInput, ReplyFile};
use convene_core::Db;

pub const UIDS: [&str; 3] = [
    "7f1c2d3e-0001-4000-8000-0000000000a1",
    "7f1c2d3e-0002-4000-8000-0000000000a2",
    "7f1c2d3e-0003-4000-8000-0000000000a3",
];
pub const NEVERS_TOKEN: &str = "5c0ffee15bad";

pub struct Fixture {
    pub db: Db,
    pub poll_id: i64,
    pub invitations: Vec<PollMessage>,
}

pub fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/core/fixtures/poll-replies")
}

pub fn reply(name: &str) -> ReplyFile {
    let path = fixture_dir().join(name);
    ReplyFile::new(name, std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

fn contact(name: &str, email: &str) -> ContactInput {
    ContactInput { name: name.into(), role: String::new(), email: email.into(), phone: String::new() }
}

pub fn poll_fixture() -> Fixture {
    let mut db = Db::open_in_memory().unwrap();
    let network = create_network(&mut db, NetworkInput::named("IoTXchange", NetworkKind::ActionPlanning)).unwrap();
    let partner = |db: &mut Db, name: &str, country: &str, role: PartnerRole| {
        create_partner(db, network.id, PartnerInput { role, ..PartnerInput::named(name, country) }).unwrap()
    };
    let jelgava = partner(&mut db, "Jelgava", "LV", PartnerRole::Partner);
    let fundao = partner(&mut db, "Fundão", "PT", PartnerRole::LeadPartner);
    let nevers = partner(&mut db, "Nevers", "FR", PartnerRole::Partner);
    let voru = partner(&mut db, "Võru", "EE", PartnerRole::Partner);
    add_contact(&mut db, jelgava.id, contact("Anna Bērziņa", "anna.berzina@jelgava.lv")).unwrap();
    add_contact(&mut db, fundao.id, contact("João Silva", "joao@cm-fundao.pt")).unwrap();
    add_contact(&mut db, fundao.id, contact("Rita Costa", "rita.costa@gmail.com")).unwrap();
    add_contact(&mut db, nevers.id, contact("Claire Martin", "claire.martin@nevers.fr")).unwrap();
    add_contact(&mut db, voru.id, contact("Mari Tamm", "mari.tamm@voru.ee")).unwrap();
    let poll = create_poll(
        &mut db,
        network.id,
        PollInput {
            title: "Transnational meeting 3".into(),
            kind: MeetingKind::Transnational,
            host_partner_id: Some(jelgava.id),
            time_zone: String::new(),
            deadline: None,
            options: vec!["2027-03-15 10:00/12:00".into(), "2027-03-29 10:00/12:00".into(), "2027-04-12".into()],
        },
    )
    .unwrap();
    for (i, uid) in UIDS.iter().enumerate() {
        db.conn()
            .execute(
                "UPDATE poll_options SET uid = ?1 WHERE poll_id = ?2 AND position = ?3",
                (uid, poll.id, i as i64 + 1),
            )
            .unwrap();
    }
    let now = Utc.with_ymd_and_hms(2027, 1, 8, 9, 0, 0).unwrap();
    let input = PollInviteInput { organizer: "joao@cm-fundao.pt".into(), to: vec![] };
    poll_invitations(&mut db, poll.id, &input, now).unwrap();
    db.conn()
        .execute("UPDATE poll_recipients SET token = ?1 WHERE partner_id = ?2", (NEVERS_TOKEN, nevers.id))
        .unwrap();
    let invitations = poll_invitations(&mut db, poll.id, &input, now).unwrap();
    Fixture { db, poll_id: poll.id, invitations }
}

impl Fixture {
    pub fn poll(&self) -> Poll {
        get_poll(&self.db, self.poll_id).unwrap()
    }

    /// (partner, date number, answer word) of every answer saved, sorted.
    pub fn answers(&self) -> Vec<(String, i64, String)> {
        let mut stmt = self
            .db
            .conn()
            .prepare(
                "SELECT p.name, o.position, a.answer FROM poll_answers a JOIN poll_options o ON o.id = a.option_id
                 JOIN partners p ON p.id = a.partner_id ORDER BY p.name, o.position",
            )
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().map(|r| r.unwrap()).collect()
    }
}

pub fn answer(partner: &str, number: i64, word: &str) -> (String, i64, String) {
    (partner.to_string(), number, word.to_string())
}
