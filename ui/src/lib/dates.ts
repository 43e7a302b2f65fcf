/**
 * Calendar dates and wall-clock times as the core sends them, formatted for people.
 *
 * The core sends dates as "YYYY-MM-DD", wall-clock times as "YYYY-MM-DDTHH:MM:SS" (no
 * zone: they are read on a stated clock) and instants as RFC 3339 UTC strings. A date
 * string is never handed to `new Date(...)`, which would read it in the viewer's zone and
 * shift it by a day; arithmetic on dates goes through UTC midnights instead, so a date
 * printed here is always the date the core meant.
 *
 * A meeting's when is not formatted here: the core sends it with every meeting and
 * meeting summary (`when`, from its one formatter in `schedule_text.rs`), and
 * meetingWhen.ts puts those facts into the window's language outside English. What stays here
 * needs the browser or works on plain dates: the viewer's own today and the countdown to a
 * meeting, the wall clock of another zone, and dates such as a milestone's or a plan's, in
 * the core's words (bindings/calendarWords.ts, generated).
 */
import { locale, t } from './i18n.svelte';
import { dateRange, monthNames, monthYear, shortDate } from './localeFormat';
import { MONTH_NAMES, RANGE_DASH, WEEKDAY_ABBREVIATIONS } from './bindings/calendarWords';
import type { Schedule } from './types';

export type IsoDate = string;

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

/** English keeps the core's own words; every other language is written by Intl (CLDR). */
const inEnglish = () => locale.code === 'en';

export function monthName(month: number): string {
  if (!inEnglish()) return monthNames(locale.tag)[month - 1] ?? '';
  return MONTH_NAMES[month - 1] ?? '';
}

export function formatMonthYear(year: number, month: number): string {
  if (!inEnglish()) return monthYear(year, month, locale.tag);
  return `${monthName(month)} ${year}`;
}

const monthAbbreviation = (month: number) => monthName(month).slice(0, 3);

/** "Wed 10 Mar 2027" (built from parts, so every webview prints it the same way); "mer. 10 mars 2027". */
export function formatDate(date: IsoDate): string {
  const p = parseIsoDate(date);
  if (!p) return date;
  if (!inEnglish()) return shortDate(date, locale.tag);
  return `${formatShortDate(date)} ${p.year}`;
}

/** "Wed 10 Mar" */
export function formatShortDate(date: IsoDate): string {
  const p = parseIsoDate(date);
  if (!p) return date;
  if (!inEnglish()) return shortDate(date, locale.tag, false);
  return `${WEEKDAY_ABBREVIATIONS[weekdayIndex(date)]} ${p.day} ${monthAbbreviation(p.month)}`;
}

/** "10–12 Mar 2027", "30 Mar – 2 Apr 2027", "30 Dec 2027 – 2 Jan 2028", or one date. */
export function formatDateRange(first: IsoDate, last: IsoDate): string {
  if (!inEnglish() && parseIsoDate(first) && parseIsoDate(last)) {
    return first === last ? formatDate(first) : dateRange(first, last, locale.tag);
  }
  const a = parseIsoDate(first);
  const b = parseIsoDate(last);
  const dash = RANGE_DASH;
  if (!a || !b) return `${first} ${dash} ${last}`;
  if (first === last) return formatDate(first);
  const mon = monthAbbreviation;
  if (a.year !== b.year) return `${a.day} ${mon(a.month)} ${a.year} ${dash} ${b.day} ${mon(b.month)} ${b.year}`;
  if (a.month !== b.month) return `${a.day} ${mon(a.month)} ${dash} ${b.day} ${mon(b.month)} ${b.year}`;
  return `${a.day}${dash}${b.day} ${mon(a.month)} ${a.year}`;
}

/** The date part of a wall-clock time "YYYY-MM-DDTHH:MM:SS". */
export function dateOf(local: string): IsoDate {
  return local.slice(0, 10);
}

/** "HH:MM" of a wall-clock time "YYYY-MM-DDTHH:MM[:SS]" or a time "HH:MM[:SS]". */
export function timeOf(local: string): string {
  const clock = local.includes('T') ? local.slice(local.indexOf('T') + 1) : local;
  return clock.slice(0, 5);
}

/**
 * The first day a schedule covers, on the clock it was entered in, for placing meetings on
 * a grid or a timeline (the core's `when.first_date`, for a schedule the core has not read).
 */
export function scheduleFirstDate(s: Schedule): IsoDate | null {
  if (s.type === 'timed') return dateOf(s.start_local);
  return s.type === 'all_day' ? s.first : null;
}

/** The last day a schedule covers on its clock; a meeting ending at midnight does not occupy the next day. */
export function scheduleLastDate(s: Schedule): IsoDate | null {
  if (s.type === 'timed') {
    const [startDay, endDay] = [dateOf(s.start_local), dateOf(s.end_local)];
    return endDay > startDay && timeOf(s.end_local) === '00:00' ? addDays(endDay, -1) : endDay;
  }
  return s.type === 'all_day' ? s.last : null;
}

const zoneDateFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(zone: string): Intl.DateTimeFormat {
  let f = zoneDateFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
      hourCycle: 'h23', timeZone: zone,
    });
    zoneDateFormats.set(zone, f);
  }
  return f;
}

/**
 * The wall clock of `zone` (the viewer's own when omitted) at `instant`: date and "HH:MM".
 * The viewer's own zone is read from the `Date` itself: the same clock as an
 * `Intl.DateTimeFormat` without a zone, without making one (the first costs WebKit about
 * 9 ms of ICU set-up, in the middle of drawing Home at launch).
 */
export function wallClock(instant: Date, zone?: string): { date: IsoDate; time: string } {
  if (zone === undefined) return localWallClock(instant);
  return zoneWallClock(instant, zone);
}

function localWallClock(instant: Date): { date: IsoDate; time: string } {
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    date: isoDate(instant.getFullYear(), instant.getMonth() + 1, instant.getDate()),
    time: `${two(instant.getHours())}:${two(instant.getMinutes())}`,
  };
}

/** [`wallClock`] of a named zone, through `Intl.DateTimeFormat`. */
export function zoneWallClock(instant: Date, zone: string): { date: IsoDate; time: string } {
  const parts = Object.fromEntries(zoneFormat(zone).formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

export function todayIn(now: Date, zone?: string): IsoDate {
  return wallClock(now, zone).date;
}

/** "today", "tomorrow", "in 12 days", "in 3 months", "yesterday", "4 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return t('dates-today');
  if (days === 1) return t('dates-tomorrow');
  if (days === -1) return t('dates-yesterday');
  const n = Math.abs(days);
  if (n <= 60) return days > 0 ? t('dates-in-days', { count: n }) : t('dates-days-ago', { count: n });
  const months = Math.round(n / 30.44);
  return days > 0 ? t('dates-in-months', { count: months }) : t('dates-months-ago', { count: months });
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
    const nowMs = now.getTime();
    if (nowMs >= start && nowMs < end) return t('dates-happening-now');
    const ms = start - nowMs;
    if (ms > 0 && ms < 3_600_000) return t('dates-in-minutes', { count: Math.max(1, Math.round(ms / 60_000)) });
    if (ms > 0 && ms < 12 * 3_600_000) return t('dates-in-hours', { count: Math.round(ms / 3_600_000) });
    const days = daysBetween(today, wallClock(new Date(start), viewerZone).date);
    if (nowMs >= end && days === 0) return t('dates-earlier-today');
    return relativeDays(days);
  }
  if (s.type === 'all_day') {
    if (today >= s.first && today <= s.last) return t('dates-happening-now');
    return relativeDays(daysBetween(today, today < s.first ? s.first : s.last));
  }
  return '';
}
