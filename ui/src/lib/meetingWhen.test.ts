import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from './i18n.svelte';
import { meetingWhenShort, meetingWhenText } from './meetingWhen';
import type { Schedule } from './bindings/Schedule';
import type { ScheduleParts } from './bindings/ScheduleParts';

afterEach(async () => {
  await setLocale('en');
});

const parts = (p: Partial<ScheduleParts>): ScheduleParts => ({
  text: '', short: '', dates: '', times: null, end_days_later: 0, end_day_note: '', time_zone: null, utc_offset: null,
  first_date: null, last_date: null, ...p,
});

const timed = {
  schedule: {
    type: 'timed', start: '2027-03-10T08:00:00Z', end: '2027-03-10T10:00:00Z', time_zone: 'Europe/Riga',
    start_local: '2027-03-10T10:00:00', end_local: '2027-03-10T12:00:00',
  } as Schedule,
  when: parts({
    text: 'Wed 10 Mar 2027, 10:00–12:00 (Europe/Riga)', short: 'Wed 10 Mar 2027, 10:00', dates: 'Wed 10 Mar 2027',
    times: '10:00–12:00', time_zone: 'Europe/Riga', utc_offset: '+02:00', first_date: '2027-03-10', last_date: '2027-03-10',
  }),
};
const overnight = {
  schedule: timed.schedule,
  when: parts({ ...timed.when, times: '22:00–02:00', end_days_later: 1, end_day_note: '+1 day', text: 'Wed 10 Mar 2027, 22:00–02:00 +1 day (Europe/Riga)' }),
};
const allDays = {
  schedule: { type: 'all_day', first: '2027-06-01', last: '2027-06-02' } as Schedule,
  when: parts({ text: '1–2 Jun 2027, all days', short: '1–2 Jun 2027', first_date: '2027-06-01', last_date: '2027-06-02' }),
};
const undated = {
  schedule: { type: 'undated', year: 2027, month: 9, wording: 'after the summer' } as Schedule,
  when: parts({ text: 'not dated yet (September 2027: "after the summer")', short: 'after the summer', dates: 'September 2027' }),
};

describe('a meeting’s when', () => {
  it('is the core’s own words in English', () => {
    expect(meetingWhenText(timed)).toBe('Wed 10 Mar 2027, 10:00–12:00 (Europe/Riga)');
    expect(meetingWhenShort(allDays)).toBe('1–2 Jun 2027');
  });

  it('is written in French from the same facts', async () => {
    await setLocale('fr');
    expect(meetingWhenText(timed)).toBe('mer. 10 mars 2027, 10:00–12:00 (Europe/Riga)');
    expect(meetingWhenShort(timed)).toBe('mer. 10 mars 2027, 10:00');
    expect(meetingWhenText(overnight)).toBe('mer. 10 mars 2027, 22:00–02:00 +1 jour (Europe/Riga)');
    expect(meetingWhenText(allDays)).toBe('1–2 juin 2027, journées entières');
    expect(meetingWhenText(undated)).toBe('pas encore datée (septembre 2027 : « after the summer »)');
    expect(meetingWhenShort(undated)).toBe('after the summer');
  });

  it('is written in German, with German plurals', async () => {
    await setLocale('de');
    expect(meetingWhenText({ ...overnight, when: { ...overnight.when, end_days_later: 2 } })).toBe('Mi., 10. März 2027, 22:00–02:00 +2 Tage (Europe/Riga)');
    expect(meetingWhenShort({ ...undated, schedule: { type: 'undated', year: 2027, month: null, wording: '' } })).toBe('2027, noch nicht datiert');
  });
});
