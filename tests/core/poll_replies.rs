//! Partners' answers to a poll, read from the replies their programs send back.
//!
//! The fixtures (tests/core/fixtures/poll-replies/, written by make_fixtures.py there) are
//! shaped as Outlook, Thunderbird, Apple Mail and Gmail send a REPLY: base64 and
//! quoted-printable parts, a Windows zone name, attendee addresses in another case than the
//! contacts', the same calendar inline and attached, and a second Gmail reply that changes
//! the answer. What a coordinator relies on: each answer counts for the right partner and
//! the right date; a later reply wins whatever order the files come in; reading twice
//! changes nothing; a file that cannot be used is named with why, and then nothing is saved.

mod polls;

use convene_core::poll::reply::REPLY_FILE_MAX;
use convene_core::poll::{close_poll, parse_reply, read_replies, ReplyFile};
use convene_core::Error;
use mail_parser::MessageParser;
use polls::*;
use proptest::prelude::*;

#[test]
fn each_clients_reply_counts_for_its_partner_and_date() {
    let mut f = poll_fixture();
    let files = [
        reply("outlook-jelgava-date1.eml"),
        reply("outlook-jelgava-date2.eml"),
        reply("thunderbird-nevers-date3.eml"),
        reply("applemail-voru-date1.eml"),
        reply("gmail-fundao-date1-accepted.eml"),
    ];
    let report = read_replies(&mut f.db, f.poll_id, &files).unwrap();
    assert!(report.saved, "{:?}", report.problems);
    assert_eq!(
        f.answers(),
        [
            answer("Fundão", 1, "yes"),
            answer("Jelgava", 1, "yes"),
            answer("Jelgava", 2, "no"),
            answer("Nevers", 3, "maybe"),
            answer("Võru", 1, "no"),
        ]
    );
    assert_eq!(report.answers.len(), 5, "Gmail's calendar inline and as invite.ics count once: {:?}", report.answers);
    assert_eq!(report.summary, "5 answers from 5 files: 5 new");
}

#[test]
fn a_later_reply_overrides_an_earlier_one_in_whatever_order_they_are_read() {
    for order in [
        ["gmail-fundao-date1-accepted.eml", "gmail-fundao-date1-declined-later.eml"],
        ["gmail-fundao-date1-declined-later.eml", "gmail-fundao-date1-accepted.eml"],
    ] {
        let mut f = poll_fixture();
        let files: Vec<ReplyFile> = order.iter().map(|n| reply(n)).collect();
        read_replies(&mut f.db, f.poll_id, &files).unwrap();
        assert_eq!(f.answers(), [answer("Fundão", 1, "no")], "{order:?}");
    }
    let mut f = poll_fixture();
    read_replies(&mut f.db, f.poll_id, &[reply("gmail-fundao-date1-declined-later.eml")]).unwrap();
    let report = read_replies(&mut f.db, f.poll_id, &[reply("gmail-fundao-date1-accepted.eml")]).unwrap();
    assert_eq!(report.answers[0].outcome, "older");
    assert_eq!(f.answers(), [answer("Fundão", 1, "no")]);
}

#[test]
fn reading_the_same_replies_again_changes_nothing() {
    let mut f = poll_fixture();
    let files: Vec<ReplyFile> = [
        "outlook-jelgava-date1.eml",
        "thunderbird-nevers-date3.eml",
        "applemail-voru-date1.eml",
        "gmail-fundao-date1-declined-later.eml",
        "text-grid-nevers.eml",
    ]
    .iter()
    .map(|n| reply(n))
    .collect();
    read_replies(&mut f.db, f.poll_id, &files).unwrap();
    let before = f.poll();
    let again = read_replies(&mut f.db, f.poll_id, &files).unwrap();
    assert!(again.answers.iter().all(|a| a.outcome == "same"), "{:?}", again.answers);
    let after = f.poll();
    assert_eq!(before.answers, after.answers);
    assert_eq!(before.updated_at, after.updated_at, "nothing changed, so the poll is not touched");
}

#[test]
fn a_pasted_answer_grid_counts_for_the_partner_whose_token_it_carries() {
    let mut f = poll_fixture();
    let report = read_replies(&mut f.db, f.poll_id, &[reply("text-grid-nevers.eml")]).unwrap();
    assert!(report.saved, "{:?}", report.problems);
    assert_eq!(f.answers(), [answer("Nevers", 1, "yes"), answer("Nevers", 2, "no")], "date 3 was left blank");
}

#[test]
fn the_grid_of_the_invitation_itself_filled_in_is_read() {
    let mut f = poll_fixture();
    let invitation = f.invitations.iter().find(|m| m.partner_name == "Võru").unwrap();
    let message = MessageParser::default().parse(invitation.eml.as_bytes()).unwrap();
    let text = message.body_text(0).unwrap().to_string();
    assert!(text.contains("your time"), "the grid shows Võru's own clock: {text}");
    let answered: String = text
        .lines()
        .map(|l| match l {
            l if l.starts_with("[1]") => format!("> {l} yes\n"),
            l if l.starts_with("[2]") => format!("> {l} maybe\n"),
            l if l.starts_with("[3]") => format!("> {l} No.\n"),
            l => format!("> {l}\n"),
        })
        .collect();
    let eml = format!(
        "From: Mari Tamm <mari.tamm@voru.ee>\r\nTo: joao@cm-fundao.pt\r\nSubject: Re: dates\r\nDate: Thu, 14 Jan 2027 08:00:00 +0200\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHere you are.\r\n\r\n{answered}"
    );
    let report = read_replies(&mut f.db, f.poll_id, &[ReplyFile::new("grid.eml", eml.into_bytes())]).unwrap();
    assert!(report.saved, "{:?}", report.problems);
    assert_eq!(f.answers(), [answer("Võru", 1, "yes"), answer("Võru", 2, "maybe"), answer("Võru", 3, "no")]);
}

#[test]
fn a_network_working_in_french_sends_its_poll_in_french_and_reads_the_french_words_back() {
    use convene_core::i18n::Locale;
    use convene_core::network::set_network_language;
    use convene_core::poll::invite::{poll_invitations, PollInviteInput};
    let mut f = poll_fixture();
    let network_id = f.poll().network_id;
    set_network_language(&mut f.db, network_id, Locale::Fr).unwrap();
    let input = PollInviteInput { organizer: "joao@cm-fundao.pt".into(), to: vec!["claire.martin@nevers.fr".into()] };
    let now = chrono::Utc::now();
    let invitation = poll_invitations(&mut f.db, f.poll_id, &input, now).unwrap().remove(0);
    assert_eq!(invitation.subject, "Quelles dates vous conviennent ? Transnational meeting 3 (3 dates)");
    assert!(invitation.eml.contains("SUMMARY:[Sondage 2/3] Transnational meeting 3"), "{}", invitation.eml);
    let message = MessageParser::default().parse(invitation.eml.as_bytes()).unwrap();
    let text = message.body_text(0).unwrap().to_string();
    assert!(text.contains("en écrivant oui, peut-être ou non après chaque date"), "{text}");
    assert!(text.contains("[3] lundi 12 avril 2027 (toute la journée):"), "{text}");
    let answered: String = text
        .lines()
        .map(|l| match l {
            l if l.starts_with("[1]") => format!("> {l} Oui\n"),
            l if l.starts_with("[2]") => format!("> {l} peut-être\n"),
            l if l.starts_with("[3]") => format!("> {l} non.\n"),
            l => format!("> {l}\n"),
        })
        .collect();
    let eml = format!(
        "From: Claire Martin <claire.martin@nevers.fr>\r\nTo: joao@cm-fundao.pt\r\nSubject: Re: dates\r\nDate: Thu, 14 Jan 2027 08:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nVoici.\r\n\r\n{answered}"
    );
    let report = read_replies(&mut f.db, f.poll_id, &[ReplyFile::new("grille.eml", eml.into_bytes())]).unwrap();
    assert!(report.saved, "{:?}", report.problems);
    assert_eq!(f.answers(), [answer("Nevers", 1, "yes"), answer("Nevers", 2, "maybe"), answer("Nevers", 3, "no")]);
}

#[test]
fn every_file_that_cannot_be_used_is_named_with_why_and_nothing_is_saved() {
    let mut f = poll_fixture();
    let refused = [
        ("refused/empty.eml", "empty"),
        ("refused/picture.png", "neither an e-mail message"),
        ("refused/unknown-sender.ics", "stranger@example.com, who is not a contact of any partner"),
        ("refused/unknown-uid.ics", "UID 00000000-dead-beef-0000-000000000000, which is none of this poll's dates"),
        ("refused/different-time.ics", "answers date 1 for 2027-03-15 09:00 UTC"),
        ("refused/an-invitation.ics", "calendar REQUEST, not a REPLY"),
        ("refused/no-answer.eml", "holds no answer"),
    ];
    let mut files = vec![reply("outlook-jelgava-date1.eml")];
    files.extend(refused.iter().map(|(name, _)| reply(name)));
    let report = read_replies(&mut f.db, f.poll_id, &files).unwrap();
    assert!(!report.saved);
    assert!(f.answers().is_empty(), "the good Outlook reply is not saved either");
    for (name, why) in refused {
        let problem = report.problems.iter().find(|p| p.file == name).unwrap_or_else(|| panic!("{name} not reported"));
        assert!(problem.reason.contains(why), "{name}: {}", problem.reason);
    }
    assert_eq!(report.problems.len(), refused.len(), "{:?}", report.problems);
    assert!(report.summary.starts_with("7 of 8 files cannot be used, so nothing was recorded"), "{}", report.summary);
}

#[test]
fn a_file_that_cannot_be_used_is_said_in_the_readers_language() {
    use convene_core::i18n::Locale;
    use convene_core::poll::reply::read_replies_in;
    let mut f = poll_fixture();
    let files = [reply("outlook-jelgava-date1.eml"), ReplyFile::new("leer.eml", b"  \n".to_vec())];
    let report = read_replies_in(&mut f.db, f.poll_id, &files, Locale::De).unwrap();
    assert!(!report.saved);
    assert_eq!(report.problems.len(), 1);
    assert_eq!(report.problems[0].reason, "sie ist leer");
    assert!(
        report.summary.starts_with("1 von 2 Dateien ist nicht verwendbar, daher wurde nichts gespeichert"),
        "{}",
        report.summary
    );
    let read = read_replies_in(&mut f.db, f.poll_id, &files[..1], Locale::Pl).unwrap();
    assert!(read.summary.starts_with("1 odpowiedź z 1 pliku: nowe: 1"), "{}", read.summary);
}

#[test]
fn a_file_that_cannot_be_opened_is_reported_with_the_others() {
    let mut f = poll_fixture();
    let missing = ReplyFile::read(std::path::Path::new("/nonexistent/reply.eml"), "reply.eml");
    let report = read_replies(&mut f.db, f.poll_id, &[reply("outlook-jelgava-date1.eml"), missing]).unwrap();
    assert!(!report.saved);
    assert_eq!(report.problems.len(), 1);
    assert_eq!(report.problems[0].file, "reply.eml");
    assert!(report.problems[0].reason.starts_with("it cannot be read: "), "{}", report.problems[0].reason);
    assert!(f.answers().is_empty());
}

#[test]
fn a_file_larger_than_a_reply_is_refused_before_it_is_read() {
    let mut bytes = b"BEGIN:VCALENDAR\r\n".to_vec();
    bytes.resize(REPLY_FILE_MAX + 1, b'x');
    let err = parse_reply(&bytes).unwrap_err();
    assert!(err.contains("larger than 1024 KB"), "{err}");
}

#[test]
fn a_closed_poll_takes_no_more_replies() {
    let mut f = poll_fixture();
    close_poll(&mut f.db, f.poll_id, 1).unwrap();
    let err = read_replies(&mut f.db, f.poll_id, &[reply("outlook-jelgava-date1.eml")]).unwrap_err();
    assert!(matches!(err, Error::Conflict(_)), "{err}");
    assert!(err.to_string().contains("was closed on option 1"), "{err}");
    assert!(f.answers().is_empty());
}

fn fixture_bytes() -> Vec<Vec<u8>> {
    [
        "outlook-jelgava-date1.eml",
        "thunderbird-nevers-date3.eml",
        "applemail-voru-date1.eml",
        "gmail-fundao-date1-accepted.eml",
        "text-grid-nevers.eml",
    ]
    .iter()
    .map(|n| reply(n).bytes)
    .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The reader never panics, whatever the bytes.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let _ = parse_reply(&bytes);
    }

    /// Nor do real replies with bytes changed, cut or inserted anywhere.
    #[test]
    fn damaged_replies_never_panic(
        which in 0usize..5,
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..12),
    ) {
        let mut bytes = fixture_bytes()[which].clone();
        for (at, byte, how) in edits {
            if bytes.is_empty() {
                break;
            }
            let i = at.index(bytes.len());
            match how {
                0 => bytes[i] = byte,
                1 => bytes.truncate(i),
                _ => bytes.insert(i, byte),
            }
        }
        let _ = parse_reply(&bytes);
    }
}
