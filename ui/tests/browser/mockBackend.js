/*
 * A stand-in for Convene's Tauri commands, for looking at the built UI in a plain browser
 * (tests/browser/screens.mjs). It keeps a small in-memory database shaped like the core's
 * payloads and answers `window.__TAURI_INTERNALS__.invoke` the way the real shell does,
 * errors included ({ code, message, field }). It is not the core: the real app and its
 * end-to-end tests are the judge; this only lets the screens be seen and clicked early.
 *
 * Runs as a page init script; `window.__MOCK_START__` = "empty" | "examples" chooses the
 * starting data.
 */
(() => {
  const start = window.__MOCK_START__ || 'empty';
  let nextId = 100;
  const db = { networks: [], partners: [], meetings: [], milestones: [], plans: [], notes: [], practices: [] };
  const now = () => new Date().toISOString();

  function offsetMinutes(zone, utcMs) {
    const f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    const p = Object.fromEntries(f.formatToParts(new Date(utcMs)).map((x) => [x.type, x.value]));
    const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
    return Math.round((asUtc - utcMs) / 60000);
  }
  function localToUtc(local, zone) {
    const [d, t] = local.split('T');
    const [y, m, day] = d.split('-').map(Number);
    const [h, mi] = t.split(':').map(Number);
    const naive = Date.UTC(y, m - 1, day, h, mi);
    let guess = naive - offsetMinutes(zone, naive) * 60000;
    guess = naive - offsetMinutes(zone, guess) * 60000;
    return guess;
  }
  function utcToLocal(ms, zone) {
    const off = offsetMinutes(zone, ms);
    return new Date(ms + off * 60000).toISOString().slice(0, 19);
  }
  function offsetText(ms, zone) {
    const off = offsetMinutes(zone, ms);
    const s = off < 0 ? '-' : '+';
    const a = Math.abs(off);
    return `${s}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
  }
  const invalid = (field, message) => ({ code: 'invalid', message, field });
  const notFound = (what) => ({ code: 'not_found', message: what });

  function addNetwork(n) {
    const net = { id: nextId++, slug: n.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), kind: 'action_planning', tagline: '', description: '', programme: 'URBACT',
      start_date: null, end_date: null, phases: [], contact_email: '', website: '', lead_partner_id: null, created_at: now(), updated_at: now(), ...n };
    db.networks.push(net);
    return net;
  }
  function addPartner(networkId, name, country, zone, role = 'partner') {
    const p = { id: nextId++, network_id: networkId, name, country, region: '', role, time_zone: zone, population: null, notes: '', contacts: [], local_group: [] };
    db.partners.push(p);
    if (role === 'lead_partner') db.networks.find((n) => n.id === networkId).lead_partner_id = p.id;
    return p;
  }
  function addMeeting(networkId, input) {
    const m = { id: nextId++, uid: crypto.randomUUID(), sequence: 0, network_id: networkId, agenda: [], attendance: [], created_at: now(), updated_at: now() };
    applyMeeting(m, input);
    db.meetings.push(m);
    return m;
  }
  function schedule(input, hostId) {
    const s = input;
    if (s.type === 'timed') {
      const zone = s.time_zone || db.partners.find((p) => p.id === hostId)?.time_zone;
      if (!zone) throw invalid('time_zone', 'choose a time zone, or a host whose zone the meeting takes');
      const a = localToUtc(s.start_local, zone);
      const b = localToUtc(s.end_local, zone);
      if (b <= a) throw invalid('end', 'the meeting must end after it starts');
      return { type: 'timed', start: new Date(a).toISOString().replace('.000', ''), end: new Date(b).toISOString().replace('.000', ''), time_zone: zone, start_local: utcToLocal(a, zone), end_local: utcToLocal(b, zone) };
    }
    if (s.type === 'all_day') {
      if (s.last < s.first) throw invalid('last', `the last day, ${s.last}, is before the first, ${s.first}`);
      return { type: 'all_day', first: s.first, last: s.last };
    }
    return { type: 'undated', year: s.year ?? null, month: s.month ?? null, wording: s.wording ?? '' };
  }
  function applyMeeting(m, input) {
    if (!input.title || !input.title.trim()) throw invalid('title', 'must not be empty');
    if (input.online_url && !/^https?:\/\//.test(input.online_url)) throw invalid('online_url', `"${input.online_url}" must start with https:// or http://`);
    const sched = schedule(input.schedule, input.host_partner_id);
    Object.assign(m, { ...input, title: input.title.trim(), schedule: sched, when: whenOf(sched), host_name: db.partners.find((p) => p.id === input.host_partner_id)?.name ?? null });
    m.updated_at = now();
  }
  // The core sends each meeting's when (schedule_text.rs); this mock writes a plainer one.
  function whenOf(s) {
    const none = { times: null, end_days_later: 0, end_day_note: '', time_zone: null, utc_offset: null, first_date: null, last_date: null };
    if (s.type === 'timed') {
      const times = `${s.start_local.slice(11, 16)}–${s.end_local.slice(11, 16)}`;
      const day = s.start_local.slice(0, 10);
      return { ...none, text: `${day}, ${times} (${s.time_zone})`, short: `${day}, ${s.start_local.slice(11, 16)}`, dates: day, times, time_zone: s.time_zone, first_date: day, last_date: s.end_local.slice(0, 10) };
    }
    if (s.type === 'all_day') {
      const dates = s.first === s.last ? s.first : `${s.first} – ${s.last}`;
      return { ...none, text: `${dates}, all day`, short: dates, dates, first_date: s.first, last_date: s.last };
    }
    const known = s.year ? `${s.month ? `${s.month}/` : ''}${s.year}` : '';
    return { ...none, text: known ? `not dated yet (${known})` : 'not dated yet', short: s.wording || 'not dated yet', dates: known };
  }
  const summary = (m) => ({ id: m.id, uid: m.uid, network_id: m.network_id, network_name: db.networks.find((n) => n.id === m.network_id)?.name ?? '', kind: m.kind, title: m.title, host_partner_id: m.host_partner_id, host_name: m.host_name, venue: m.venue, mode: m.mode, status: m.status, schedule: m.schedule, when: m.when });
  const sortKey = (m) => m.schedule.type === 'timed' ? m.schedule.start : m.schedule.type === 'all_day' ? `${m.schedule.first}T00:00:00Z` : '~';
  function localTimes(networkId, sched) {
    if (sched.type !== 'timed') return [];
    const a = Date.parse(sched.start);
    const b = Date.parse(sched.end);
    return db.partners.filter((p) => p.network_id === networkId).sort((x, y) => x.name.localeCompare(y.name)).map((p) => {
      const sl = utcToLocal(a, p.time_zone);
      const el = utcToLocal(b, p.time_zone);
      const hm = (x) => x.slice(11, 16);
      const wd = (x) => new Date(`${x.slice(0, 10)}T00:00:00Z`).getUTCDay();
      return { partner_id: p.id, partner_name: p.name, country: p.country, time_zone: p.time_zone, start_local: sl, end_local: el,
        outside_working_hours: hm(sl) < '08:00' || hm(sl) > '19:00' || hm(el) > '19:00' || sl.slice(0, 10) !== el.slice(0, 10),
        on_weekend: [0, 6].includes(wd(sl)) || [0, 6].includes(wd(el)), utc_offset: offsetText(a, p.time_zone) };
    });
  }

  function loadExamples() {
    const iot = addNetwork({ name: 'IoTXchange', kind: 'innovation_transfer', tagline: 'Internet of Things for public services', start_date: '2026-06-01', end_date: '2028-12-31', contact_email: 'iotxchange@jelgava.lv',
      phases: [{ name: 'Phase 1', start_date: '2026-06-01', end_date: '2026-12-31' }, { name: 'Phase 2', start_date: '2027-01-01', end_date: '2028-12-31' }] });
    const jel = addPartner(iot.id, 'Jelgava', 'LV', 'Europe/Riga', 'lead_partner');
    addPartner(iot.id, 'Nevers Agglomération', 'FR', 'Europe/Paris');
    addPartner(iot.id, 'Fundão', 'PT', 'Europe/Lisbon');
    addPartner(iot.id, 'Oulu', 'FI', 'Europe/Helsinki');
    addPartner(iot.id, '<img src=x onerror=alert(1)>', 'FR', 'Europe/Paris');
    jel.contacts.push({ id: nextId++, partner_id: jel.id, name: 'Ilze Bērziņa', role: 'Project coordinator', email: 'ilze@jelgava.lv', phone: '' });
    addMeeting(iot.id, { kind: 'kick_off', title: 'Kick-off meeting in Jelgava', host_partner_id: jel.id, venue: 'Jelgava Palace', mode: 'in_person', online_url: '', status: 'held', description: '', schedule: { type: 'all_day', first: '2026-09-15', last: '2026-09-16' } });
    addMeeting(iot.id, { kind: 'transnational', title: 'Transnational meeting in Nevers', host_partner_id: jel.id + 1, venue: '', mode: 'hybrid', online_url: 'https://meet.example.org/iot', status: 'tentative', description: '', schedule: { type: 'timed', start_local: '2027-02-10T09:30:00', end_local: '2027-02-10T16:00:00', time_zone: '' } });
    addMeeting(iot.id, { kind: 'final_event', title: 'Final event in Brussels', host_partner_id: null, venue: '', mode: 'in_person', online_url: '', status: 'tentative', description: '', schedule: { type: 'undated', year: 2028, month: 11, wording: 'November 2028 (Brussels)' } });
    db.milestones.push({ id: nextId++, network_id: iot.id, date: '2026-12-31', precision: 'day', kind: 'phase', title: 'Phase 1 ends', description: '', done: false });
    const tt = addNetwork({ name: 'TechTown', tagline: 'A digital city future, adapt or die', start_date: '2015-06-01', end_date: '2018-04-30', contact_email: 'DMC@Barnsley.gov.uk' });
    const bar = addPartner(tt.id, 'Barnsley', 'GB', 'Europe/London', 'lead_partner');
    for (const [n, c, z] of [['Limerick', 'IE', 'Europe/Dublin'], ['San Sebastián', 'ES', 'Europe/Madrid'], ['Gävle', 'SE', 'Europe/Stockholm'], ['Nyíregyháza', 'HU', 'Europe/Budapest'], ['Cesis', 'LV', 'Europe/Riga']]) addPartner(tt.id, n, c, z);
    addMeeting(tt.id, { kind: 'kick_off', title: 'Kick-off meeting', host_partner_id: bar.id, venue: 'Basingstoke', mode: 'in_person', online_url: '', status: 'held', description: '', schedule: { type: 'undated', year: 2015, month: 6, wording: 'June (Basingstoke)' } });
    db.notes.push({ id: nextId++, network_id: tt.id, line: 12, text: 'Basingstoke and Deane', reason: 'listed as a partner without a country; kept as a note' });
    db.practices.push({ id: nextId++, title: 'Urban data scan', tagline: 'Knowing what data a city has', city: 'Antwerp', country: 'BE', author: 'Nathalie', author_role: 'Smart city officer', headline_figure: '521 946', is_transfer: true,
      sections: [{ heading: 'What is it?', body: 'A scan of the data a city holds.\n\nIt starts with a survey of departments.' }, { heading: 'Results', body: 'Better data for decisions.' }], network_ids: [iot.id] });
    return { created: { networks: 2, partners: 11, contacts: 2, meetings: 4, milestones: 1, action_plans: 0, practices: 1, import_notes: 1 }, skipped_existing: { networks: 0, partners: 0, contacts: 0, meetings: 0, milestones: 0, action_plans: 0, practices: 0, import_notes: 0 }, networks: [], changed: true, dry_run: false,
      summary: 'Imported 2 networks, 11 partners, 2 contact e-mails, 4 meetings, 1 milestone, 1 good practice and 1 import note, with 3 warnings.',
      warnings: [
        { line: 12, text: 'Basingstoke and Deane', message: 'A partner without a country: kept as an import note.', kind: 'unplaced' },
        { line: 5, text: 'Clermond Ferrand', message: 'No country given: took France from the city name.', kind: 'inferred_country' },
        { line: 17, text: 'Kick-off meeting in June (Basingstoke)', message: 'A month without a year: kept undated with its words.', kind: 'inferred' },
      ] };
  }
  if (start === 'examples') loadExamples();
  if (start === 'large') {
    const big = addNetwork({ name: 'Big network', start_date: '2020-01-01', end_date: '2030-12-31' });
    const zones = ['Europe/Riga', 'Europe/Paris', 'Europe/Lisbon', 'Europe/Helsinki', 'Europe/Madrid'];
    const host = [];
    for (let i = 0; i < 10000; i++) host.push(addPartner(big.id, `City ${String(i).padStart(5, '0')}`, 'FR', zones[i % zones.length]));
    for (let i = 0; i < 10000; i++) {
      const day = new Date(Date.UTC(2020, 0, 1) + i * 8.64e7 / 3).toISOString().slice(0, 10);
      db.meetings.push({ id: nextId++, uid: `u${i}`, sequence: 0, network_id: big.id, kind: 'transnational', title: `Meeting ${i}`, host_partner_id: host[i].id, host_name: host[i].name,
        venue: '', mode: 'online', online_url: '', status: 'confirmed', description: '', schedule: { type: 'all_day', first: day, last: day }, when: whenOf({ type: 'all_day', first: day, last: day }), agenda: [], attendance: [], created_at: now(), updated_at: now() });
    }
  }

  const find = (list, id, what) => { const x = list.find((r) => r.id === id); if (!x) throw notFound(`there is no ${what} with id ${id}`); return x; };
  const commands = {
    app_info: () => ({ db_path: '/home/coordinator/.local/share/convene/convene.sqlite', schema_version: 3, version: '0.1.0', is_empty: db.networks.length === 0 && db.practices.length === 0 }),
    load_examples: () => loadExamples(),
    start_empty: () => null,
    list_networks: () => db.networks.map((n) => ({ id: n.id, slug: n.slug, name: n.name, kind: n.kind, tagline: n.tagline, start_date: n.start_date, end_date: n.end_date,
      partner_count: db.partners.filter((p) => p.network_id === n.id).length, meeting_count: db.meetings.filter((m) => m.network_id === n.id).length,
      lead_partner: db.partners.find((p) => p.id === n.lead_partner_id)?.name ?? null })).sort((a, b) => a.name.localeCompare(b.name)),
    get_network: ({ id }) => find(db.networks, id, 'network'),
    create_network: ({ input }) => { if (!input.name.trim()) throw invalid('name', 'must not be empty'); return addNetwork({ ...input, slug: input.slug || input.name.toLowerCase() }); },
    update_network: ({ id, input }) => { if (!input.name.trim()) throw invalid('name', 'must not be empty'); return Object.assign(find(db.networks, id, 'network'), input); },
    network_dependents: ({ id }) => ({ items: [`${db.partners.filter((p) => p.network_id === id).length} partners`, `${db.meetings.filter((m) => m.network_id === id).length} meetings`] }),
    delete_network: ({ id }) => { db.networks = db.networks.filter((n) => n.id !== id); return { items: [] }; },
    list_partners: ({ networkId }) => db.partners.filter((p) => p.network_id === networkId).sort((a, b) => a.name.localeCompare(b.name)),
    create_partner: ({ networkId, input }) => addPartner(networkId, input.name, input.country, input.time_zone || 'Europe/Brussels', input.role),
    update_partner: ({ id, input }) => Object.assign(find(db.partners, id, 'partner'), input),
    partner_dependents: () => ({ items: ['1 contact'] }),
    delete_partner: ({ id }) => { db.partners = db.partners.filter((p) => p.id !== id); return { items: [] }; },
    add_contact: ({ partnerId, input }) => { if (input.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(input.email)) throw invalid('email', `"${input.email}" is not an e-mail address (expected name@example.org)`); const c = { id: nextId++, partner_id: partnerId, ...input }; find(db.partners, partnerId, 'partner').contacts.push(c); return c; },
    list_meetings: ({ networkId }) => db.meetings.filter((m) => m.network_id === networkId).sort((a, b) => sortKey(a).localeCompare(sortKey(b))).map(summary),
    get_meeting: ({ id }) => find(db.meetings, id, 'meeting'),
    create_meeting: ({ networkId, input }) => addMeeting(networkId, input),
    update_meeting: ({ id, input }) => { const m = find(db.meetings, id, 'meeting'); applyMeeting(m, input); m.sequence++; return m; },
    confirm_meeting: ({ id }) => { const m = find(db.meetings, id, 'meeting'); m.status = 'confirmed'; m.sequence++; return m; },
    cancel_meeting: ({ id }) => { const m = find(db.meetings, id, 'meeting'); m.status = 'cancelled'; m.sequence++; return m; },
    mark_meeting_held: ({ id }) => { const m = find(db.meetings, id, 'meeting'); m.status = 'held'; m.sequence++; return m; },
    postpone_meeting: ({ id, to }) => {
      const m = find(db.meetings, id, 'meeting');
      m.description = `${m.description ? `${m.description}\n\n` : ''}Postponed from ${m.when.text}.`;
      if (to) { m.schedule = schedule(to, m.host_partner_id); m.when = whenOf(m.schedule); m.status = 'tentative'; } else { m.status = 'postponed'; }
      m.sequence++;
      return m;
    },
    delete_meeting: ({ id }) => { db.meetings = db.meetings.filter((m) => m.id !== id); return null; },
    set_agenda: ({ meetingId, items }) => { const m = find(db.meetings, meetingId, 'meeting'); m.agenda = items.map((x, i) => ({ ...x, id: nextId++, position: i })); return m; },
    set_attendance: ({ meetingId, attendee, status }) => { const m = find(db.meetings, meetingId, 'meeting'); m.attendance = m.attendance.filter((a) => a.attendee.id !== attendee.id); if (status) m.attendance.push({ attendee, status, name: find(db.partners, attendee.id, 'partner').name }); return m; },
    meeting_local_times: ({ meetingId }) => { const m = find(db.meetings, meetingId, 'meeting'); return localTimes(m.network_id, m.schedule); },
    preview_local_times: ({ networkId, schedule: s, hostPartnerId }) => localTimes(networkId, schedule(s, hostPartnerId)),
    home_overview: () => {
      const upcoming = db.meetings.filter((m) => m.status !== 'cancelled' && sortKey(m) !== '~' && sortKey(m) >= new Date().toISOString().slice(0, 10)).sort((a, b) => sortKey(a).localeCompare(sortKey(b))).slice(0, 20).map(summary);
      const timelines = [...db.networks].sort((a, b) => a.name.localeCompare(b.name)).map((n) => ({ network_id: n.id, network_name: n.name, slug: n.slug, start: n.start_date, end: n.end_date }));
      const attention = db.notes.map((x) => ({ kind: 'import_warning', network_id: x.network_id, meeting_id: null, message: `Line ${x.line}: “${x.text}” — ${x.reason}` }))
        .concat(db.meetings.filter((m) => m.host_partner_id === null && m.status !== 'cancelled').map((m) => ({ kind: 'no_host', network_id: m.network_id, meeting_id: m.id, message: `“${m.title}” has no host yet` })));
      return { upcoming, timelines, attention };
    },
    home_timeline: ({ networkId }) => {
      const n = find(db.networks, networkId, 'network');
      const ms = db.meetings.filter((m) => m.network_id === n.id);
      const items = ms.filter((m) => m.schedule.type !== 'undated').map((m) => ({ kind: 'meeting', id: m.id, date: m.schedule.type === 'timed' ? m.schedule.start_local.slice(0, 10) : m.schedule.first, last_date: m.schedule.type === 'timed' ? m.schedule.end_local.slice(0, 10) : m.schedule.last, title: m.title, status: m.status }))
        .concat(db.milestones.filter((x) => x.network_id === n.id).map((x) => ({ kind: 'milestone', id: x.id, date: x.date, last_date: x.date, title: x.title, status: null })));
      return { network_id: n.id, network_name: n.name, slug: n.slug, start: n.start_date, end: n.end_date, items, undated: ms.filter((m) => m.schedule.type === 'undated').map(summary), omitted_items: 0, omitted_undated: 0 };
    },
    home_travel_warnings: () => [],
    launch_settled: () => null,
    list_milestones: ({ networkId }) => db.milestones.filter((m) => m.network_id === networkId),
    create_milestone: ({ networkId, input }) => {
      if (!input.title.trim()) throw invalid('title', 'title: must not be empty');
      const m = { id: nextId++, network_id: networkId, ...input };
      db.milestones.push(m);
      return m;
    },
    update_milestone: ({ id, input }) => Object.assign(find(db.milestones, id, 'milestone'), input),
    delete_milestone: ({ id }) => { find(db.milestones, id, 'milestone'); db.milestones = db.milestones.filter((m) => m.id !== id); return null; },
    list_import_notes: ({ networkId }) => db.notes.filter((x) => networkId === null || x.network_id === networkId),
    list_practices: () => db.practices.map(({ id, title, tagline, city, country, is_transfer }) => ({ id, title, tagline, city, country, is_transfer })),
    get_practice: ({ id }) => find(db.practices, id, 'practice'),
    create_practice: ({ input }) => {
      if (!input.title.trim()) throw invalid('title', 'title: must not be empty');
      const p = { id: nextId++, ...input, country: input.country || null };
      db.practices.push(p);
      return p;
    },
    update_practice: ({ id, input }) => Object.assign(find(db.practices, id, 'practice'), input, { country: input.country || null }),
    delete_practice: ({ id }) => { find(db.practices, id, 'practice'); db.practices = db.practices.filter((p) => p.id !== id); return null; },
    search: ({ text }) => {
      const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      const words = fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      const hit = (s) => words.every((w) => fold(s).split(/[^\p{L}\p{N}]+/u).some((x) => x.startsWith(w)));
      const net = (id) => db.networks.find((n) => n.id === id)?.name ?? null;
      return [
        ...db.networks.filter((n) => hit(`${n.name} ${n.tagline}`)).map((n) => ({ kind: 'network', id: n.id, network_id: n.id, network_name: n.name, title: n.name, snippet: n.tagline })),
        ...db.partners.filter((p) => hit(p.name)).map((p) => ({ kind: 'partner', id: p.id, network_id: p.network_id, network_name: net(p.network_id), title: p.name, snippet: '' })),
        ...db.meetings.filter((m) => hit(`${m.title} ${m.venue}`)).map((m) => ({ kind: 'meeting', id: m.id, network_id: m.network_id, network_name: net(m.network_id), title: m.title, snippet: m.venue })),
        ...db.practices.filter((p) => hit(`${p.title} ${p.city}`)).map((p) => ({ kind: 'practice', id: p.id, network_id: null, network_name: null, title: p.title, snippet: p.tagline })),
      ].slice(0, 20);
    },
    list_countries: () => [['BE', 'Belgium', 'Europe/Brussels'], ['FI', 'Finland', 'Europe/Helsinki'], ['FR', 'France', 'Europe/Paris'], ['GB', 'United Kingdom', 'Europe/London'], ['HU', 'Hungary', 'Europe/Budapest'], ['IE', 'Ireland', 'Europe/Dublin'], ['LV', 'Latvia', 'Europe/Riga'], ['PT', 'Portugal', 'Europe/Lisbon'], ['ES', 'Spain', 'Europe/Madrid'], ['SE', 'Sweden', 'Europe/Stockholm']].map(([code, name, default_zone]) => ({ code, name, default_zone })),
    list_time_zones: () => ['Europe/Brussels', 'Europe/Budapest', 'Europe/Dublin', 'Europe/Helsinki', 'Europe/Lisbon', 'Europe/London', 'Europe/Madrid', 'Europe/Paris', 'Europe/Riga', 'Europe/Stockholm'],
    holiday_countries: () => [
      { code: 'ES', name: 'Spain', first_year: 2008, last_year: 2100, regions: [{ code: 'ES-CN', name: 'Canarias' }, { code: 'ES-MD', name: 'Madrid' }] },
      { code: 'FR', name: 'France', first_year: 1990, last_year: 2100, regions: [] },
      { code: 'LV', name: 'Latvia', first_year: 1991, last_year: 2100, regions: [] },
    ],
    network_days_off: ({ networkId, from, to }) => (db.daysOff ?? [])
      .filter((d) => d.date >= from && d.date <= to)
      .map((d) => ({ d, p: db.partners.find((p) => p.id === d.partner_id && p.network_id === networkId) }))
      .filter(({ p }) => p)
      .map(({ d, p }) => ({ partner_id: p.id, partner_name: p.name, country: p.country, region: p.region ?? '', date: d.date, name: d.name, source: 'local', estimated: false })),
    list_days_off: ({ networkId }) => (db.daysOff ?? []).filter((d) => db.partners.some((p) => p.id === d.partner_id && p.network_id === networkId)),
    add_day_off: ({ partnerId, input }) => {
      if (!input.name.trim()) throw invalid('name', 'name: must not be empty');
      const d = { id: nextId++, partner_id: partnerId, ...input };
      db.daysOff = [...(db.daysOff ?? []), d];
      return d;
    },
    delete_day_off: ({ id }) => { db.daysOff = (db.daysOff ?? []).filter((d) => d.id !== id); return null; },
    // The slot finder is the core's; the stand-in answers that nothing was found.
    find_slots: ({ request }) => ({ time_zone: request.time_zone || 'UTC', hours: request.hours, duration_minutes: request.duration_minutes, candidates: 0, suit_everyone: 0, slots: [] }),
    find_free_days: ({ request }) => ({ days: request.days, windows: [], blocked: [] }),
    preview_meeting_warnings: () => [],
    backup_file: () => '/home/you/convene-backup.sqlite',
    export_json_file: () => '/home/you/convene-export.json',
    choose_backup_to_restore: () => '/home/you/convene-backup.sqlite',
    restore_chosen_backup: () => commands.app_info(),
    import_pages_file: () => loadExamples(),
  };

  window.__MOCK_DB__ = db;
  window.__TAURI_INTERNALS__ = {
    invoke: async (cmd, args = {}) => {
      const f = commands[cmd];
      if (!f) throw { code: 'internal', message: `the mock has no command ${cmd}` };
      await new Promise((r) => setTimeout(r, 20));
      try {
        return JSON.parse(JSON.stringify(f(args) ?? null));
      } catch (e) {
        if (e && typeof e === 'object' && 'code' in e) throw e;
        throw { code: 'internal', message: String(e) };
      }
    },
    transformCallback: (cb) => { const id = nextId++; window[`_${id}`] = cb; return id; },
    metadata: { currentWindow: { label: 'main' }, currentWebview: { label: 'main', windowLabel: 'main' } },
  };
})();
