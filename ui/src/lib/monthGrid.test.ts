import { describe, expect, it } from 'vitest';
import { meetingsByDay, monthGrid, shiftMonth } from './monthGrid';
import type { Schedule } from './types';

describe('month grid', () => {
  it('has whole weeks from Monday to Sunday covering every day of the month', () => {
    for (const [y, m] of [[2027, 2], [2027, 3], [2026, 11], [2028, 2], [2027, 8]]) {
      const weeks = monthGrid(y, m);
      expect(weeks.length).toBeGreaterThanOrEqual(4);
      expect(weeks.length).toBeLessThanOrEqual(6);
      for (const w of weeks) expect(w).toHaveLength(7);
      const inMonth = weeks.flat().filter((d) => d.inMonth);
      expect(inMonth[0].day).toBe(1);
      expect(inMonth.map((d) => d.day)).toEqual(inMonth.map((_, i) => i + 1));
      // The first cell is a Monday: its weekday in UTC is 1.
      expect(new Date(`${weeks[0][0].date}T00:00:00Z`).getUTCDay()).toBe(1);
    }
  });

  it('fills the days before the 1st from the month before', () => {
    const weeks = monthGrid(2027, 9, '2027-09-15'); // 1 September 2027 is a Wednesday
    expect(weeks[0].slice(0, 3).map((d) => [d.date, d.inMonth])).toEqual([
      ['2027-08-30', false], ['2027-08-31', false], ['2027-09-01', true],
    ]);
    expect(weeks.flat().filter((d) => d.today).map((d) => d.date)).toEqual(['2027-09-15']);
    expect(weeks[0][5].weekend && weeks[0][6].weekend && !weeks[0][4].weekend).toBe(true);
  });

  it('starts the week on Sunday where the locale does, keeping weekends on Saturday and Sunday', () => {
    const weeks = monthGrid(2027, 9, undefined, 6); // 1 September 2027 is a Wednesday
    expect(weeks[0].slice(0, 4).map((d) => [d.date, d.inMonth])).toEqual([
      ['2027-08-29', false], ['2027-08-30', false], ['2027-08-31', false], ['2027-09-01', true],
    ]);
    expect(weeks[0].map((d) => d.weekend)).toEqual([true, false, false, false, false, false, true]);
    const days = weeks.flat().filter((d) => d.inMonth).map((d) => d.day);
    expect(days).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    for (const w of weeks) expect(new Date(`${w[0].date}T00:00:00Z`).getUTCDay()).toBe(0);
  });

  it('moves across years', () => {
    expect(shiftMonth(2027, 12, 1)).toEqual({ year: 2028, month: 1 });
    expect(shiftMonth(2027, 1, -1)).toEqual({ year: 2026, month: 12 });
    expect(shiftMonth(2027, 5, -17)).toEqual({ year: 2025, month: 12 });
  });

  it('puts a meeting on every day it covers, within the shown range', () => {
    const m = (id: number, schedule: Schedule) => ({ id, schedule });
    const list = [
      m(1, { type: 'all_day', first: '2027-02-27', last: '2027-03-02' }),
      m(2, { type: 'timed', start: '2027-03-10T08:00:00Z', end: '2027-03-10T10:00:00Z', time_zone: 'Europe/Riga', start_local: '2027-03-10T10:00:00', end_local: '2027-03-10T12:00:00' }),
      m(3, { type: 'undated', year: 2027, month: 3, wording: '' }),
    ];
    const byDay = meetingsByDay(list, '2027-03-01', '2027-03-31');
    expect(byDay.get('2027-03-01')?.map((x) => x.id)).toEqual([1]);
    expect(byDay.get('2027-03-02')?.map((x) => x.id)).toEqual([1]);
    expect(byDay.has('2027-02-28')).toBe(false);
    expect(byDay.get('2027-03-10')?.map((x) => x.id)).toEqual([2]);
    expect([...byDay.values()].flat().some((x) => x.id === 3)).toBe(false);
  });
});
