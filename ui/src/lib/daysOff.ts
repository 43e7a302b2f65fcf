/**
 * Partners' holidays and days off as the window shows them: grouped by day for the month
 * calendar (with the hover text that says who and which holiday), the regions a partner
 * may choose, and the form that records a day off. The days themselves come from the core
 * (python-holidays' dates and the days off recorded), never from here.
 */
import { t } from './i18n.svelte';
import type { FieldErrors } from './errors';
import type { IsoDate } from './dates';
import type { DayOffInput, HolidayCountry, HolidayRegion, NamedDayOff } from './types';
import { NAME_MAX, dateError, put, requiredError } from './validation';

/** The days off of a range by date, each day's list in the order the core gave. */
export function daysOffByDate(days: NamedDayOff[]): Map<IsoDate, NamedDayOff[]> {
  const out = new Map<IsoDate, NamedDayOff[]>();
  for (const d of days) {
    const list = out.get(d.date);
    if (list) list.push(d);
    else out.set(d.date, [d]);
  }
  return out;
}

/** Where a partner is, for a reader: its region code when it has one, else its country. */
function place(d: NamedDayOff): string {
  return d.region || d.country;
}

/**
 * One line per partner and holiday that day: "Madrid (ES): San Isidro (local day off)"; a
 * line that several networks' partners share (the same city in two networks) once.
 */
export function dayOffLines(days: NamedDayOff[]): string[] {
  const lines = days.map((d) => {
    const args = { partner: d.partner_name, place: place(d), holiday: d.name, source: d.source };
    return d.estimated ? t('days-off-line-estimated', args) : t('days-off-line', args);
  });
  return [...new Set(lines)];
}

/** The short mark in a calendar day: who is off ("Madrid, Riga off"), or how many when more than two ("6 partners off"). */
export function dayOffMark(days: NamedDayOff[]): string {
  const names = [...new Set(days.map((d) => d.partner_name))];
  return names.length > 2 ? t('days-off-partners-off', { length: names.length }) : t('days-off-names-off', { names: names.join(', ') });
}

/**
 * A day's holidays with the partners that keep each, for a list that reads like a
 * sentence: "Christmas Day: Madrid (ES), Riga (LV)", "Corpus Christi (regional holiday):
 * München (DE-BY)". Holidays in the order the core gave them.
 */
export function dayOffSummary(days: NamedDayOff[]): string[] {
  const groups = new Map<string, string[]>();
  for (const d of days) {
    const args = { holiday: d.name, source: d.source };
    const key = d.estimated ? t('days-off-holiday-of-kind-estimated', args) : t('days-off-holiday-of-kind', args);
    const who = `${d.partner_name} (${place(d)})`;
    const list = groups.get(key);
    if (!list) groups.set(key, [who]);
    else if (!list.includes(who)) list.push(who);
  }
  return [...groups].map(([holiday, who]) => t('days-off-holiday-kept-by', { holiday, partners: who.join(', ') }));
}

/** The regions the holiday table knows for a country code, or none. */
export function regionsOf(countries: HolidayCountry[], code: string): HolidayRegion[] {
  return countries.find((c) => c.code === code.trim().toUpperCase())?.regions ?? [];
}

/** A region as a choice reads: "Canarias (ES-CN)". */
export function regionLabel(r: HolidayRegion): string {
  return r.name ? `${r.name} (${r.code})` : r.code;
}

export interface DayOffForm {
  partner: string;
  date: string;
  name: string;
}

export function emptyDayOffForm(): DayOffForm {
  return { partner: '', date: '', name: '' };
}

export function validateDayOffForm(f: DayOffForm): FieldErrors {
  const e: FieldErrors = {};
  if (!f.partner) e.partner = t('days-off-choose-partner');
  put(e, 'date', dateError(f.date, true));
  put(e, 'name', requiredError(f.name, NAME_MAX));
  return e;
}

export function dayOffInputFromForm(f: DayOffForm): DayOffInput {
  return { date: f.date.trim(), name: f.name };
}
