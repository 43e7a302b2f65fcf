/**
 * Calendar dates and wall-clock times as the core sends them, formatted for people.
 *
 * The core sends dates as "YYYY-MM-DD", wall-clock times as "YYYY-MM-DDTHH:MM:SS" (no
 * zone: they are read on a stated clock) and instants as RFC 3339 UTC strings. A date
 * string is never handed to `new Date(...)`, which would read it in the viewer's zone and
 * shift it by a day; arithmetic on dates goes through UTC midnights instead, so a date
 * printed here is always the date the core meant.
 */
import type { Schedule } from './types';

export type IsoDate = string;

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const DAY_MS = 86_400_000;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** The parts of a real calendar date "YYYY-MM-DD", or null for anything else. */
export function parseIsoDate(text: string): DateParts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { year, month, day };
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function utcMidnight(date: IsoDate): number {
  const p = parseIsoDate(date);
  if (!p) throw new Error(`not a date: ${date}`);
  return Date.UTC(p.year, p.month - 1, p.day);
}

function fromUtc(ms: number): IsoDate {
  const d = new Date(ms);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(utcMidnight(date) + days * DAY_MS);
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((utcMidnight(b) - utcMidnight(a)) / DAY_MS);
}

/** Day of the week, Monday = 0 ... Sunday = 6. */
export function weekdayIndex(date: IsoDate): number {
  return (new Date(utcMidnight(date)).getUTCDay() + 6) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  return weekdayIndex(date) >= 5;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

export function formatMonthYear(year: number, month: number): string {
  return `${monthName(month)} ${year}`;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "Wed 10 Mar 2027" (built from parts, so every webview prints it the same way). */
export function formatDate(date: IsoDate): string {
  const p = parseIsoDate(date);
  if (!p) return date;
  return `${WEEKDAYS[weekdayIndex(date)]} ${p.day} ${monthName(p.month).slice(0, 3)} ${p.year}`;
}

/** "Wed 10 Mar" */
export function formatShortDate(date: IsoDate): string {
  const p = parseIsoDate(date);
  if (!p) return date;
  return `${WEEKDAYS[weekdayIndex(date)]} ${p.day} ${monthName(p.month).slice(0, 3)}`;
}

/** "10–12 Mar 2027", "30 Mar – 2 Apr 2027", "30 Dec 2027 – 2 Jan 2028", or one date. */
export function formatDateRange(first: IsoDate, last: IsoDate): string {
  const a = parseIsoDate(first);
  const b = parseIsoDate(last);
  if (!a || !b) return `${first} – ${last}`;
  if (first === last) return formatDate(first);
  const mon = (m: number) => monthName(m).slice(0, 3);
  if (a.year !== b.year) return `${a.day} ${mon(a.month)} ${a.year} – ${b.day} ${mon(b.month)} ${b.year}`;
  if (a.month !== b.month) return `${a.day} ${mon(a.month)} – ${b.day} ${mon(b.month)} ${b.year}`;
  return `${a.day}–${b.day} ${mon(a.month)} ${a.year}`;
}

/** The date part of a wall-clock time "YYYY-MM-DDTHH:MM:SS". */
export function dateOf(local: string): IsoDate {
  return local.slice(0, 10);
}

/** "HH:MM" of a wall-clock time "YYYY-MM-DDTHH:MM[:SS]" or a time "HH:MM[:SS]". */
export function timeOf(local: string): string {
  const t = local.includes('T') ? local.slice(local.indexOf('T') + 1) : local;
  return t.slice(0, 5);
}

/** The first day a schedule covers, on the clock it was entered in. */
export function scheduleFirstDate(s: Schedule): IsoDate | null {
  switch (s.type) {
    case 'timed': return dateOf(s.start_local);
    case 'all_day': return s.first;
    default: return null;
  }
}

/** The last day a schedule covers, on the clock it was entered in. */
export function scheduleLastDate(s: Schedule): IsoDate | null {
  switch (s.type) {
    case 'timed': {
      const end = s.end_local;
      // A meeting ending at midnight does not occupy the next day.
      const day = dateOf(end);
      return timeOf(end) === '00:00' && day > dateOf(s.start_local) ? addDays(day, -1) : day;
    }
    case 'all_day': return s.last;
    default: return null;
  }
}

/** What an undated schedule says about when: its words, its month, or nothing known. */
export function describeUndated(year: number | null, month: number | null, wording: string): string {
  if (wording.trim()) return wording.trim();
  if (year && month) return `${formatMonthYear(year, month)} (day not set)`;
  if (year) return `${year} (date not set)`;
  return 'Date not set yet';
}

/** A schedule in one line: "Wed 10 Mar 2027, 10:00–12:00 (Europe/Riga)". */
export function formatSchedule(s: Schedule): string {
  switch (s.type) {
    case 'timed': {
      const sameDay = dateOf(s.start_local) === dateOf(s.end_local);
      const start = `${formatDate(dateOf(s.start_local))}, ${timeOf(s.start_local)}`;
      const end = sameDay ? timeOf(s.end_local) : `${formatDate(dateOf(s.end_local))}, ${timeOf(s.end_local)}`;
      return `${start}–${end} (${s.time_zone})`;
    }
    case 'all_day':
      return s.first === s.last ? `${formatDate(s.first)}, all day` : `${formatDateRange(s.first, s.last)}, all days`;
    case 'undated':
      return describeUndated(s.year, s.month, s.wording);
  }
}

const zoneDateFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(zone: string | undefined): Intl.DateTimeFormat {
  const key = zone ?? '';
  let f = zoneDateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
      hourCycle: 'h23', timeZone: zone,
    });
    zoneDateFormats.set(key, f);
  }
  return f;
}

/** The wall clock of `zone` (the viewer's own when omitted) at `instant`: date and "HH:MM". */
export function wallClock(instant: Date, zone?: string): { date: IsoDate; time: string } {
  const parts = Object.fromEntries(zoneFormat(zone).formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

export function todayIn(now: Date, zone?: string): IsoDate {
  return wallClock(now, zone).date;
}

/** "today", "tomorrow", "in 12 days", "in 3 months", "yesterday", "4 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  const n = Math.abs(days);
  const text = n <= 60 ? `${n} days` : plural(Math.round(n / 30.44), 'month');
  return days > 0 ? `in ${text}` : `${text} ago`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * How far away a meeting is, from the viewer's point of view: "in 12 days", "tomorrow",
 * "in 3 hours", "happening now". Days are counted on the viewer's calendar (`viewerZone`,
 * the system zone by default). Undated meetings have no countdown ("").
 */
export function countdown(s: Schedule, now: Date, viewerZone?: string): string {
  const today = todayIn(now, viewerZone);
  if (s.type === 'timed') {
    const start = Date.parse(s.start);
    const end = Date.parse(s.end);
    const t = now.getTime();
    if (t >= start && t < end) return 'happening now';
    const ms = start - t;
    if (ms > 0 && ms < 3_600_000) return `in ${plural(Math.max(1, Math.round(ms / 60_000)), 'minute')}`;
    if (ms > 0 && ms < 12 * 3_600_000) return `in ${plural(Math.round(ms / 3_600_000), 'hour')}`;
    const days = daysBetween(today, wallClock(new Date(start), viewerZone).date);
    if (t >= end && days === 0) return 'earlier today';
    return relativeDays(days);
  }
  if (s.type === 'all_day') {
    if (today >= s.first && today <= s.last) return 'happening now';
    return relativeDays(daysBetween(today, today < s.first ? s.first : s.last));
  }
  return '';
}

/** A schedule in a few words for lists: "Wed 10 Mar 2027, 10:00", "10–12 Mar 2027", "June (Limerick)". */
export function formatWhen(s: Schedule): string {
  switch (s.type) {
    case 'timed': return `${formatDate(dateOf(s.start_local))}, ${timeOf(s.start_local)}`;
    case 'all_day': return formatDateRange(s.first, s.last);
    case 'undated': return describeUndated(s.year, s.month, s.wording);
  }
}
