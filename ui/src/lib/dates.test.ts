import { describe, expect, it } from 'vitest';
import {
  addDays, countdown, daysBetween, formatDate, formatDateRange, parseIsoDate, relativeDays, scheduleFirstDate,
  scheduleLastDate, wallClock, weekdayIndex, zoneWallClock,
} from './dates';
import type { Schedule } from './types';

const timed = (start: string, end: string, startLocal: string, endLocal: string, zone = 'Europe/Riga'): Schedule => ({
  type: 'timed', start, end, time_zone: zone, start_local: startLocal, end_local: endLocal,
});

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseIsoDate('2027-02-29')).toBeNull();
    expect(parseIsoDate('2027-13-01')).toBeNull();
    expect(parseIsoDate('10/03/2027')).toBeNull();
  });

  it('counts days across months, years and clock changes', () => {
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(daysBetween('2027-03-01', '2027-03-31')).toBe(30);
    expect(daysBetween('2027-03-31', '2027-03-01')).toBe(-30);
    expect(weekdayIndex('2027-03-10')).toBe(2); // a Wednesday
  });

  it('prints the date the core meant, whatever the viewer zone', () => {
    expect(formatDate('2027-03-10')).toBe('Wed 10 Mar 2027');
    expect(formatDateRange('2027-03-10', '2027-03-12')).toBe('10–12 Mar 2027');
    expect(formatDateRange('2027-03-30', '2027-04-02')).toBe('30 Mar – 2 Apr 2027');
    expect(formatDateRange('2027-12-30', '2028-01-02')).toBe('30 Dec 2027 – 2 Jan 2028');
  });

  it('places the days of a meeting on its own clock', () => {
    const late = timed('2027-06-15T21:00:00Z', '2027-06-16T01:00:00Z', '2027-06-15T22:00:00', '2027-06-16T02:00:00', 'Europe/Lisbon');
    expect([scheduleFirstDate(late), scheduleLastDate(late)]).toEqual(['2027-06-15', '2027-06-16']);
    expect([scheduleFirstDate({ type: 'all_day', first: '2027-06-01', last: '2027-06-02' }), scheduleLastDate({ type: 'all_day', first: '2027-06-01', last: '2027-06-02' })]).toEqual(['2027-06-01', '2027-06-02']);
    expect(scheduleFirstDate({ type: 'undated', year: 2027, month: 9, wording: '' })).toBeNull();
  });

  it('does not count a meeting that ends at midnight on the next day', () => {
    const s = timed('2027-03-10T17:00:00Z', '2027-03-10T22:00:00Z', '2027-03-10T19:00:00', '2027-03-11T00:00:00');
    expect(scheduleLastDate(s)).toBe('2027-03-10');
  });

  it('reads the wall clock of a zone', () => {
    expect(wallClock(new Date('2027-03-10T08:00:00Z'), 'Europe/Lisbon')).toEqual({ date: '2027-03-10', time: '08:00' });
    expect(wallClock(new Date('2027-03-10T23:30:00Z'), 'Asia/Tokyo')).toEqual({ date: '2027-03-11', time: '08:30' });
  });

  it("reads the viewer's own wall clock as Intl does for their zone, across its clock changes", () => {
    const system = process.env.TZ;
    try {
      for (const zone of ['Europe/Riga', 'America/Sao_Paulo', 'Pacific/Chatham', 'Asia/Kolkata', 'UTC']) {
        process.env.TZ = zone;
        expect(new Date('2027-01-15T12:00:00Z').getTimezoneOffset(), `the process follows TZ=${zone}`).toBe(
          0 - offsetMinutes(zone, new Date('2027-01-15T12:00:00Z')) + 0,
        );
        // Every 47 minutes through 2026 and 2027: each zone's clock changes on both sides.
        for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 47 * 60_000) {
          const instant = new Date(t);
          expect(wallClock(instant), `${zone} at ${instant.toISOString()}`).toEqual(zoneWallClock(instant, zone));
        }
      }
    } finally {
      if (system === undefined) delete process.env.TZ;
      else process.env.TZ = system;
    }
  });
});

/** The UTC offset of `zone` at `instant`, in minutes east of UTC, by Intl. */
function offsetMinutes(zone: string, instant: Date): number {
  const { date, time } = zoneWallClock(instant, zone);
  const local = Date.parse(`${date}T${time}:00Z`);
  return Math.round((local - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

describe('countdown', () => {
  const now = new Date('2027-03-01T09:00:00Z');

  it('says how many days until a meeting', () => {
    const s = timed('2027-03-13T08:00:00Z', '2027-03-13T10:00:00Z', '2027-03-13T10:00:00', '2027-03-13T12:00:00');
    expect(countdown(s, now, 'Europe/Paris')).toBe('in 12 days');
    expect(countdown({ type: 'all_day', first: '2027-03-02', last: '2027-03-03' }, now, 'Europe/Paris')).toBe('tomorrow');
  });

  it('counts hours and minutes on the day, and knows a meeting under way', () => {
    const soon = timed('2027-03-01T12:00:00Z', '2027-03-01T14:00:00Z', '2027-03-01T14:00:00', '2027-03-01T16:00:00');
    expect(countdown(soon, now, 'Europe/Paris')).toBe('in 3 hours');
    const close = timed('2027-03-01T09:20:00Z', '2027-03-01T10:00:00Z', '2027-03-01T11:20:00', '2027-03-01T12:00:00');
    expect(countdown(close, now, 'Europe/Paris')).toBe('in 20 minutes');
    const running = timed('2027-03-01T08:00:00Z', '2027-03-01T10:00:00Z', '2027-03-01T10:00:00', '2027-03-01T12:00:00');
    expect(countdown(running, now, 'Europe/Paris')).toBe('happening now');
    expect(countdown({ type: 'all_day', first: '2027-02-28', last: '2027-03-02' }, now, 'Europe/Paris')).toBe('happening now');
  });

  it('counts the days on the viewer calendar', () => {
    // 23:30 UTC on 1 March is already 2 March in Tokyo.
    const s = timed('2027-03-01T23:30:00Z', '2027-03-02T01:00:00Z', '2027-03-02T01:30:00', '2027-03-02T03:00:00');
    const evening = new Date('2027-03-01T09:00:00Z');
    expect(countdown(s, evening, 'Asia/Tokyo')).toBe('tomorrow');
    expect(countdown(s, evening, 'Europe/London')).toBe('today');
  });

  it('speaks of months far ahead, of the past, and has nothing for undated meetings', () => {
    expect(relativeDays(91)).toBe('in 3 months');
    expect(relativeDays(-4)).toBe('4 days ago');
    expect(relativeDays(-1)).toBe('yesterday');
    expect(countdown({ type: 'undated', year: 2027, month: 9, wording: '' }, now)).toBe('');
  });
});
