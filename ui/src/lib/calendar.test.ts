import { describe, expect, it } from 'vitest';
import {
  attendeesToSend, importSummary, skippedEventName,
  invitationErrorTarget, invitationErrors, invitationMessage, invitees, parseAddresses, recipientCount,
  rangeErrors, rememberOrganizer, rememberedOrganizer, reminderMinutes, savedMessage,
} from './calendar';
import type { Partner } from './types';

const partner = (id: number, name: string, contacts: [string, string][]): Partner => ({
  id, network_id: 4, name, country: 'LV', region: '', role: 'partner', time_zone: 'Europe/Riga', population: null, notes: '',
  created_at: '2026-11-28T08:00:00Z', updated_at: '2026-11-28T08:00:00Z',
  contacts: contacts.map(([n, email], i) => ({ id: id * 10 + i, partner_id: id, name: n, role: '', email, phone: '' })),
  local_group: [],
});

describe('what an export says', () => {
  it('names the count and the file, and how many undated meetings were left out', () => {
    expect(savedMessage({ path: '/home/ana/TechTown.ics', events: 12, left_out_undated: 2 })).toBe(
      'Saved 12 meetings to /home/ana/TechTown.ics; 2 not yet dated were left out.',
    );
    expect(savedMessage({ path: '/tmp/Kick-off.ics', events: 1, left_out_undated: 0 })).toBe('Saved 1 meeting to /tmp/Kick-off.ics.');
    expect(savedMessage({ path: 'x.ics', events: 3, left_out_undated: 1 })).toBe('Saved 3 meetings to x.ics; 1 not yet dated was left out.');
  });

  it('turns the reminder choice into minutes before the start', () => {
    expect(reminderMinutes('none')).toBeNull();
    expect(reminderMinutes('day')).toBe(1440);
    expect(reminderMinutes('hour')).toBe(60);
    expect(reminderMinutes('fortnight')).toBeNull();
  });

  it('checks the optional date range as the core does, beside the field at fault', () => {
    expect(rangeErrors('', '')).toEqual({});
    expect(rangeErrors('2027-01-01', '')).toEqual({});
    expect(rangeErrors('2027-06-30', '2027-01-01').to).toContain('before the start');
    expect(Object.keys(rangeErrors('2027-13-01', ''))).toEqual(['from']);
  });
});

describe('the invitation', () => {
  const partners = [
    partner(1, 'Jelgava', [['Ilze Bērziņa', 'ilze@jelgava.lv'], ['No mail', '']]),
    partner(2, 'Fundão', [['Ana Silva', 'Ana.Silva@cm-fundao.pt']]),
  ];

  it('shows the preselected addresses with the names and partners of their contacts, in the core’s order', () => {
    expect(invitees(['ana.silva@cm-fundao.pt', 'ilze@jelgava.lv', 'someone@else.org'], partners)).toEqual([
      { email: 'ana.silva@cm-fundao.pt', name: 'Ana Silva', partner: 'Fundão' },
      { email: 'ilze@jelgava.lv', name: 'Ilze Bērziņa', partner: 'Jelgava' },
      { email: 'someone@else.org', name: null, partner: null },
    ]);
  });

  it('reads other addresses separated by commas, semicolons, spaces or lines, with or without names', () => {
    expect(parseAddresses('a@x.org, b@y.org;c@z.org\n  d@w.org ')).toEqual(['a@x.org', 'b@y.org', 'c@z.org', 'd@w.org']);
    expect(parseAddresses('Ana Silva <ana@fundao.pt>, "Võru, city" <info@voru.ee>')).toEqual(['ana@fundao.pt', 'info@voru.ee']);
    expect(parseAddresses('A@x.org a@X.org')).toEqual(['A@x.org']);
    expect(parseAddresses('  ')).toEqual([]);
  });

  it('sends checked contacts first, then other addresses, each once', () => {
    expect(attendeesToSend(['ilze@jelgava.lv'], 'ILZE@jelgava.lv, guest@riga.lv')).toEqual([
      { kind: 'contact', email: 'ilze@jelgava.lv' },
      { kind: 'other', email: 'guest@riga.lv' },
    ]);
  });

  it('counts as recipients the ticked contacts and the well-formed typed addresses, each once', () => {
    expect(recipientCount(attendeesToSend(['ilze@jelgava.lv'], 'guest@riga'))).toBe(1);
    expect(recipientCount(attendeesToSend(['ilze@jelgava.lv'], 'ILZE@jelgava.lv guest@riga.lv, Guest@Riga.lv'))).toBe(2);
    expect(recipientCount(attendeesToSend([], 'not-an-address, ana@cm-fundao.pt'))).toBe(1);
    expect(recipientCount(attendeesToSend([], ''))).toBe(0);
  });

  it('shows the core’s verdict on an address beside where that address came from', () => {
    const sent = attendeesToSend(['ilze@jelgava.lv'], 'guest@riga');
    expect(invitationErrorTarget('to[0]', sent)).toEqual({ kind: 'contact', email: 'ilze@jelgava.lv' });
    expect(invitationErrorTarget('to[1]', sent)).toEqual({ kind: 'other' });
    expect(invitationErrorTarget('organizer', sent)).toEqual({ kind: 'organizer' });
    expect(invitationErrorTarget('to', sent)).toEqual({ kind: 'attendees' });
    expect(invitationErrorTarget('meeting', sent)).toEqual({ kind: 'general' });
    expect(invitationErrorTarget(null, sent)).toEqual({ kind: 'general' });
    expect(invitationErrorTarget('to[9]', sent)).toEqual({ kind: 'general' });
  });

  it('asks for the organizer and at least one person before sending', () => {
    expect(invitationErrors('', [])).toEqual({
      organizer: 'Give your e-mail address: the partners’ answers come back to it.',
      to: 'Choose at least one person to invite, or add an address.',
    });
    expect(invitationErrors('me@techtown.eu', [{ kind: 'other', email: 'guest@riga' }]).other).toContain('"guest@riga" is not an e-mail address');
    expect(invitationErrors('me@techtown', [{ kind: 'contact', email: 'a@b.org' }]).organizer).toContain('not an e-mail address');
    expect(invitationErrors('me@techtown.eu', [{ kind: 'contact', email: 'a@b.org' }])).toEqual({});
  });

  it('says whether the message is open in the mail program or only written', () => {
    const sent = { path: '/data/invitations/u-1.eml', method: 'request' as const, subject: 'Invitation: Kick-off (10 March 2027, 10:00 Europe/Riga)', opened: true };
    expect(invitationMessage(sent)).toBe(
      'The invitation “Invitation: Kick-off (10 March 2027, 10:00 Europe/Riga)” is open in your mail program: check it and send it from there. It is also saved as /data/invitations/u-1.eml.',
    );
    expect(invitationMessage({ ...sent, method: 'cancel', subject: 'Cancelled: Kick-off', opened: false })).toBe(
      'The cancellation “Cancelled: Kick-off” was written to /data/invitations/u-1.eml.',
    );
  });

  it('remembers the organizer’s address on this computer, and survives a storage that refuses', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(rememberedOrganizer(storage)).toBe('');
    rememberOrganizer(storage, ' coordinator@techtown.eu ');
    expect(rememberedOrganizer(storage)).toBe('coordinator@techtown.eu');
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } };
    expect(rememberedOrganizer(broken)).toBe('');
    expect(() => rememberOrganizer(broken, 'x@y.org')).not.toThrow();
  });
});

describe('what an import says', () => {
  const ref = (id: number) => ({ id, uid: `u${id}`, title: `Meeting ${id}` });
  it('counts what was created, updated and left unchanged', () => {
    expect(importSummary({ created: [ref(1), ref(2), ref(3)], updated: [ref(4)], unchanged: 2, warnings: [], skipped: [] })).toBe(
      'Created 3 meetings, updated 1, 2 unchanged.',
    );
    expect(importSummary({ created: [ref(1)], updated: [], unchanged: 0, warnings: [], skipped: [] })).toBe('Created 1 meeting, updated 0, 0 unchanged.');
    expect(importSummary({ created: [], updated: [], unchanged: 1, warnings: [], skipped: [] })).toBe('Nothing changed: the 1 event of this file is already saved.');
    expect(importSummary({ created: [], updated: [], unchanged: 0, warnings: [], skipped: [] })).toContain('nothing was imported');
  });

  it('says how many events were skipped, and when none could be imported', () => {
    const skip = (line: number) => ({ line, uid: `s${line}`, title: `Bad ${line}`, reason: 'the event has no DTSTART (no start)' });
    expect(importSummary({ created: [ref(1)], updated: [], unchanged: 0, warnings: [], skipped: [skip(9)] })).toBe(
      'Created 1 meeting, updated 0, 0 unchanged; 1 event skipped.',
    );
    expect(importSummary({ created: [], updated: [], unchanged: 2, warnings: [], skipped: [skip(9), skip(20)] })).toBe(
      'Nothing changed: the 2 events of this file are already saved; 2 events skipped.',
    );
    expect(importSummary({ created: [], updated: [], unchanged: 0, warnings: [], skipped: [skip(9)] })).toMatch(
      /^None of the file’s events could be imported: 1 event was skipped/,
    );
    expect(skippedEventName(skip(9))).toBe('line 9: “Bad 9” (UID s9)');
    expect(skippedEventName({ line: 4, uid: '', title: '', reason: 'x' })).toBe('line 4: an event');
  });
});
