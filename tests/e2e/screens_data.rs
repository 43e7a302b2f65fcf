//! What the README's screenshots show besides the example networks (screens.rs): a few
//! coming meetings with their agenda, partner contacts, and Jelgava's action plan (its
//! context section before and after a review, and three actions with costs and funding).

/// A coming meeting: (network, host, title, days, start, end, mode, status, venue).
type ComingMeeting = (
    &'static str,
    &'static str,
    &'static str,
    i64,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// Coming meetings, `days` from today (moved to the next weekday), in the example networks.
pub(crate) const COMING: &[ComingMeeting] = &[
    (
        "IoTXchange",
        "Jelgava",
        "Sensor lab study visit",
        9,
        "10:00",
        "12:30",
        "in_person",
        "confirmed",
        "Jelgava City Hall",
    ),
    ("IoTXchange", "Fundão", "Action plan check-in", 23, "14:00", "15:30", "online", "tentative", ""),
    (
        "TechTown",
        "Barnsley",
        "Digital skills workshop",
        16,
        "09:30",
        "17:00",
        "hybrid",
        "confirmed",
        "Barnsley Digital Media Centre",
    ),
    ("DigiPlace", "", "Steering group call", 4, "11:00", "12:00", "online", "tentative", ""),
];

/// Creates the coming meetings through the app's own commands (the form is tested elsewhere).
pub(crate) const CREATE_COMING: &str = r#"
    const [coming, done] = arguments;
    const invoke = window.__TAURI_INTERNALS__.invoke;
    const weekday = (days) => {
        const d = new Date(Date.now() + days * 86400000);
        while (d.getDay() === 0 || d.getDay() === 6) d.setDate(d.getDate() + 1);
        return d.toISOString().slice(0, 10);
    };
    (async () => {
        const networks = await invoke('list_networks', {});
        const made = [];
        for (const [network, host, title, days, start, end, mode, status, venue] of coming) {
            const net = networks.find((n) => n.name === network);
            const partners = await invoke('list_partners', { networkId: net.id });
            const hostPartner = partners.find((p) => p.name === host) ?? null;
            const date = weekday(days);
            const m = await invoke('create_meeting', {
                networkId: net.id,
                input: {
                    kind: mode === 'online' ? 'online_touch_base' : 'transnational', title,
                    host_partner_id: hostPartner ? hostPartner.id : null, venue, mode,
                    online_url: mode === 'in_person' ? '' : 'https://meet.example.org/' + net.id,
                    status, description: '',
                    schedule: {
                        type: 'timed', start_local: `${date}T${start}:00`, end_local: `${date}T${end}:00`,
                        time_zone: hostPartner ? hostPartner.time_zone : 'Europe/Brussels',
                    },
                },
            });
            made.push({ id: m.id, date });
        }
        return made;
    })().then(done, (e) => done({ error: JSON.stringify(e) }));
"#;

/// An agenda for the study visit, so its page shows one.
pub(crate) const AGENDA: &str = r#"
    const [meetingId, done] = arguments;
    window.__TAURI_INTERNALS__.invoke('set_agenda', { meetingId, items: [
        { start_time: '10:00', end_time: '10:20', title: 'Welcome by the host city', lead_partner_id: null, notes: '' },
        { start_time: '10:20', end_time: '11:30', title: 'Visit of the sensor lab', lead_partner_id: null, notes: 'Meet at the main entrance.' },
        { start_time: '11:30', end_time: '12:30', title: 'What each city takes home', lead_partner_id: null, notes: '' },
    ] }).then(() => done(true), (e) => done({ error: JSON.stringify(e) }));
"#;

/// Contacts of IoTXchange's partner cities, so an invitation has people to go to.
/// (partner, name, role, e-mail)
pub(crate) const CONTACTS: &[(&str, &str, &str, &str)] = &[
    ("Jelgava", "Ilze Bērziņa", "Project coordinator", "ilze.berzina@jelgava.lv"),
    ("Fundão", "Ana Ferreira", "Smart city officer", "ana.ferreira@cm-fundao.pt"),
    ("Kežmarok", "Peter Novák", "Local group lead", "peter.novak@kezmarok.sk"),
    ("Razlog", "Maria Ivanova", "EU projects officer", "maria.ivanova@razlog.bg"),
];

/// Adds [`CONTACTS`] and sets the name plan versions are signed with (Settings shows it).
pub(crate) const ADD_CONTACTS: &str = r#"
    const [contacts, done] = arguments;
    const invoke = window.__TAURI_INTERNALS__.invoke;
    (async () => {
        const net = (await invoke('list_networks', {})).find((n) => n.name === 'IoTXchange');
        const partners = await invoke('list_partners', { networkId: net.id });
        for (const [partner, name, role, email] of contacts) {
            const p = partners.find((x) => x.name === partner);
            await invoke('add_contact', { partnerId: p.id, input: { name, role, email, phone: '' } });
        }
        await invoke('set_author_name', { name: 'Ilze Bērziņa' });
        return true;
    })().then(done, (e) => done({ error: JSON.stringify(e) }));
"#;

pub(crate) const PLAN: &str = "Smart municipality development plan for Jelgava";

/// The context section as the city first writes it, then after a review.
pub(crate) const CONTEXT: &str = "Jelgava is a city of about **55,000 people** on the Lielupe river, 40 km south-west of Riga.\n\n## Needs found with the local group\n\n- Street lighting is one of the largest items on the city's electricity bill\n- Residents cannot see air quality or traffic data for their own street\n- Public services still run on paper forms in most departments\n\nThe **URBACT local group** chose these three needs as the starting point for the pilots.";
pub(crate) const CONTEXT_REVIEWED: &str = "Jelgava is a city of about **54,700 people** (2025) on the Lielupe river, 40 km south-west of Riga.\n\n## Needs found with the local group\n\n- Street lighting is one of the largest items on the city's electricity bill\n- Residents cannot see air quality or traffic data for their own street\n- Many public services still need a visit to the city hall\n\nThe **URBACT local group** chose these three needs as the starting point for the pilots.";

/// An action of the plan: (title, objective, months, cost, funding lines, pilot).
type PlanAction =
    (&'static str, &'static str, &'static str, &'static str, &'static [(&'static str, &'static str)], bool);

/// Actions of the plan.
pub(crate) const ACTIONS: &[PlanAction] = &[
    (
        "Smart street lighting pilot",
        "Energy savings",
        "2027-03 to 2027-12",
        "120000",
        &[("ERDF", "96000"), ("City budget", "24000")],
        true,
    ),
    ("Open data portal", "Open data", "2027-06 to 2028-09", "80000", &[("ERDF", "50000")], false),
    ("Air quality sensors in schools", "Clean air", "2027-09 to 2028-06", "45000", &[("City budget", "15000")], false),
];
