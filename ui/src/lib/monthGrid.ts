/**
 * The month calendar: weeks of a month from the locale's first day of the week, and the
 * meetings on each day.
 *
 * Invariants: a grid always has whole weeks (4 to 6 rows of 7 days) starting on the given
 * first day of the week (Monday unless told otherwise),
 * with the days before and after the month marked `inMonth: false`; a meeting appears on
 * every day it covers (an all-day meeting from its first to its last day, a timed one on
 * the days of its start and end on the clock it was entered in); undated meetings appear
 * on no day.
 */
import { addDays, daysInMonth, isoDate, weekdayIndex, type IsoDate } from './dates';
import { scheduleFirstDate, scheduleLastDate } from './dates';
import type { Schedule } from './types';

export interface GridDay {
  date: IsoDate;
  day: number;
  inMonth: boolean;
  weekend: boolean;
  today: boolean;
}

/** `firstDay`: the week's first day, 0 = Monday ... 6 = Sunday (localeFormat.firstDayOfWeek). */
export function monthGrid(year: number, month: number, today?: IsoDate, firstDay = 0): GridDay[][] {
  const first = isoDate(year, month, 1);
  const start = addDays(first, -((weekdayIndex(first) - firstDay + 7) % 7));
  const last = isoDate(year, month, daysInMonth(year, month));
  const weeks: GridDay[][] = [];
  let d = start;
  while (weeks.length === 0 || d <= last) {
    const week: GridDay[] = [];
    for (let column = 0; column < 7; column++) {
      week.push({
        date: d,
        day: Number(d.slice(8, 10)),
        inMonth: d.slice(0, 7) === first.slice(0, 7),
        weekend: weekdayIndex(d) >= 5,
        today: d === today,
      });
      d = addDays(d, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** The month before or after (`delta` months away). */
export function shiftMonth(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Meetings by the days they cover, limited to [from, to]. */
export function meetingsByDay<T extends { schedule: Schedule }>(
  meetings: T[],
  from: IsoDate,
  to: IsoDate,
): Map<IsoDate, T[]> {
  const byDay = new Map<IsoDate, T[]>();
  for (const m of meetings) {
    const first = scheduleFirstDate(m.schedule);
    const last = scheduleLastDate(m.schedule);
    if (!first || !last || last < from || first > to) continue;
    let d = first < from ? from : first;
    const end = last > to ? to : last;
    for (; d <= end; d = addDays(d, 1)) {
      const list = byDay.get(d);
      if (list) list.push(m);
      else byDay.set(d, [m]);
    }
  }
  return byDay;
}
