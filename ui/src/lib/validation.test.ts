import { describe, expect, it } from 'vitest';
import { emptyMeetingForm, meetingInputFromForm, scheduleFromForm, validateMeetingForm, type MeetingForm } from './meetingForm';
import { countError, dateError, emailError, normaliseTime, requiredError, urlError } from './validation';

const form = (over: Partial<MeetingForm>): MeetingForm => ({ ...emptyMeetingForm(), ...over });

describe('field checks', () => {
  it('wants required text, within its limit', () => {
    expect(requiredError('   ', 200)).toBe('Must not be empty.');
    expect(requiredError('Gävle', 200)).toBeNull();
    expect(requiredError('x'.repeat(201), 200)).toBe('Is 201 characters long; the limit is 200.');
  });

  it('checks the shape of e-mail addresses like the core', () => {
    expect(emailError('')).toBeNull();
    expect(emailError('DMC@Barnsley.gov.uk')).toBeNull();
    for (const bad of ['dmc', 'dmc@', '@barnsley.gov.uk', 'a b@c.org', 'a@b', 'a@@b.org', 'a@b..org']) {
      expect(emailError(bad), bad).toMatch(/is not an e-mail address/);
    }
  });

  it('wants web links to start with http(s)', () => {
    expect(urlError('https://meet.example.org/x')).toBeNull();
    expect(urlError('meet.example.org')).toMatch(/must start with https:\/\//);
  });

  it('reads dates and times as people type them', () => {
    expect(dateError('2027-02-30', true)).toMatch(/is not a date/);
    expect(dateError('1989-05-01', true)).toMatch(/outside 1990-2100/);
    expect(dateError('', false)).toBeNull();
    expect(normaliseTime('9:00')).toBe('09:00');
    expect(normaliseTime('0930')).toBe('09:30');
    expect(normaliseTime('14.15')).toBe('14:15');
    expect(normaliseTime('24:00')).toBeNull();
    expect(countError('521 946')).toBeNull();
    expect(countError('-3')).toMatch(/not a whole number/);
  });
});

describe('the meeting form', () => {
  const good = form({
    title: 'Transnational meeting in Jelgava', host_partner_id: '7',
    start_date: '2027-03-10', start_time: '10:00', end_date: '2027-03-10', end_time: '12:00', time_zone: 'Europe/Riga',
  });

  it('accepts a complete timed meeting and sends local times with the zone', () => {
    expect(validateMeetingForm(good)).toEqual({});
    expect(meetingInputFromForm(good)).toMatchObject({
      title: 'Transnational meeting in Jelgava', host_partner_id: 7,
      schedule: { type: 'timed', start_local: '2027-03-10T10:00:00', end_local: '2027-03-10T12:00:00', time_zone: 'Europe/Riga' },
    });
  });

  it('says the end must come after the start, on the end field', () => {
    const e = validateMeetingForm({ ...good, end_time: '09:30' });
    expect(e).toEqual({ end: 'The meeting must end after it starts.' });
    expect(validateMeetingForm({ ...good, end_date: '2027-03-09', end_time: '15:00' }).end).toBe('The meeting must end after it starts.');
  });

  it('needs a title and a zone or a host', () => {
    const e = validateMeetingForm({ ...good, title: ' ', host_partner_id: '', time_zone: '' });
    expect(e.title).toBe('Must not be empty.');
    expect(e.time_zone).toMatch(/Choose a time zone/);
    expect(validateMeetingForm({ ...good, time_zone: '' })).toEqual({}); // the host's zone is used
    expect(validateMeetingForm({ ...good, time_zone: 'Europe/Atlantis' }, (z) => z === 'Europe/Riga').time_zone).toMatch(
      /not a known IANA time zone/,
    );
  });

  it('checks only the chosen kind of schedule, and keeps the others as typed', () => {
    const allDay = { ...good, schedule_type: 'all_day' as const, first: '2027-06-02', last: '2027-06-01' };
    expect(validateMeetingForm(allDay)).toEqual({ last: 'The last day, 2027-06-01, is before the first, 2027-06-02.' });
    expect(allDay.start_time).toBe('10:00');
    const undated = { ...good, schedule_type: 'undated' as const, year: '', month: '9', wording: '' };
    expect(validateMeetingForm(undated).wording).toMatch(/Say in words/);
    expect(scheduleFromForm({ ...undated, year: '2027' })).toEqual({ type: 'undated', year: 2027, month: 9, wording: '' });
  });

  it('has no schedule to preview while the times are incomplete', () => {
    expect(scheduleFromForm({ ...good, end_time: '' })).toBeNull();
    expect(scheduleFromForm({ ...good, start_date: '10/03/2027' })).toBeNull();
  });

  it('takes an empty end date as the day of the start, and never rewrites what was typed', () => {
    const f = form({ title: 'x', time_zone: 'Europe/Riga', start_date: '2027-03-10', start_time: '10:00', end_time: '12:00' });
    expect(validateMeetingForm(f)).toEqual({});
    expect(scheduleFromForm(f)).toMatchObject({ start_local: '2027-03-10T10:00:00', end_local: '2027-03-10T12:00:00' });
    expect(f.end_date).toBe('');
    expect(validateMeetingForm({ ...f, end_time: '' }).end).toBe('Enter a time (HH:MM, 24-hour clock).');
    expect(validateMeetingForm({ ...f, end_date: '2027-03-11', end_time: '09:00' })).toEqual({});
  });
});
