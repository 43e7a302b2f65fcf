import { describe, expect, it } from 'vitest';
import { dayRequest, defaultOptions, formWithDays, formWithSlot, lengthLabel, optionsError, requestZone, slotRequest } from './findTime';
import { emptyMeetingForm } from './meetingForm';
import type { Slot } from './types';

const slot = (start_local: string, end_local: string): Slot => ({
  start: '2027-03-29T08:00:00Z', end: '2027-03-29T10:00:00Z', start_local, end_local,
  worst_burden: 0, total_burden: 0, partners: [],
});

describe('find a time', () => {
  it('starts from what the form says, else two weeks from today for two hours', () => {
    const blank = defaultOptions(emptyMeetingForm(), '2027-03-01');
    expect(blank).toMatchObject({ from: '2027-03-15', to: '2027-04-11', minutes: 120, days: 1, excludeWeekends: true });
    const typed = { ...emptyMeetingForm(), start_date: '2027-05-03', start_time: '10:00', end_time: '11:30' };
    expect(defaultOptions(typed, '2027-03-01')).toMatchObject({ from: '2027-05-03', to: '2027-05-30', minutes: 90 });
    const allDay = { ...emptyMeetingForm(), schedule_type: 'all_day' as const, first: '2027-06-21', last: '2027-06-23' };
    expect(defaultOptions(allDay, '2027-03-01')).toMatchObject({ from: '2027-06-21', days: 3 });
  });

  it('asks the core on the form’s clock, else the host’s', () => {
    const f = { ...emptyMeetingForm(), time_zone: '' };
    expect(requestZone(f, 'Europe/Riga')).toBe('Europe/Riga');
    expect(requestZone({ ...f, time_zone: 'Europe/Lisbon' }, 'Europe/Riga')).toBe('Europe/Lisbon');
    const r = slotRequest({ ...defaultOptions(f, '2027-03-01'), hoursStart: '8', hoursEnd: '16:30' }, 'Europe/Riga');
    expect(r).toMatchObject({ hours: { start: '08:00:00', end: '16:30:00' }, time_zone: 'Europe/Riga', limit: 10, duration_minutes: 120 });
    expect(dayRequest({ ...defaultOptions(f, '2027-03-01'), days: 2 })).toMatchObject({ days: 2, exclude_weekends: true });
  });

  it('picking a slot writes its start, end and zone into the form; picking days writes the days', () => {
    const f = { ...emptyMeetingForm(), title: 'Kept', schedule_type: 'all_day' as const };
    const timed = formWithSlot(f, slot('2027-03-29T09:00:00', '2027-03-29T11:00:00'), 'Europe/Lisbon');
    expect(timed).toMatchObject({ title: 'Kept', schedule_type: 'timed', start_date: '2027-03-29', start_time: '09:00', end_date: '', end_time: '11:00', time_zone: 'Europe/Lisbon' });
    const overnight = formWithSlot(f, slot('2027-03-29T23:00:00', '2027-03-30T01:00:00'), '');
    expect(overnight).toMatchObject({ end_date: '2027-03-30', time_zone: 'UTC' });
    expect(formWithDays(f, { first: '2027-06-21', last: '2027-06-22', other_meetings: [] })).toMatchObject({ schedule_type: 'all_day', first: '2027-06-21', last: '2027-06-22' });
    expect([30, 60, 90, 120].map(lengthLabel)).toEqual(['30 minutes', '1 hour', '1 h 30 min', '2 hours']);
  });

  it('says what is malformed before asking the core', () => {
    const o = defaultOptions(emptyMeetingForm(), '2027-03-01');
    expect(optionsError(o, false)).toBeNull();
    expect(optionsError({ ...o, from: '2027-02-30' }, false)).toMatch(/^From: "2027-02-30" is not a date/);
    expect(optionsError({ ...o, to: '' }, false)).toBe('To: Enter a date (YYYY-MM-DD).');
    expect(optionsError({ ...o, hoursEnd: '25:00' }, false)).toMatch(/^Working day: write its start and end as HH:MM/);
    expect(optionsError({ ...o, hoursEnd: '25:00' }, true)).toBeNull();
    expect(optionsError({ ...o, days: 0 }, true)).toMatch(/^Days:/);
  });
});
