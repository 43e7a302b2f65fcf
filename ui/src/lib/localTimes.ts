/**
 * A meeting's start and end on every partner's clock, as rows a person reads, and the
 * current time in a partner's zone.
 *
 * The core computes the local times and flags (outside 08:00-19:00, weekend) for a
 * schedule; this module only formats them. "Local time now" in the partners table is
 * computed here, in the browser, from the IANA zone with `Intl.DateTimeFormat`; one
 * formatter per zone is kept, so a table of 10,000 partners in a dozen zones builds a
 * dozen formatters, not 10,000.
 */
import { locale, t } from './i18n.svelte';
import { dateOf, formatShortDate, timeOf, weekdayIndex, isWeekend } from './dates';
import type { PartnerLocalTime } from './types';

export interface LocalTimeRow {
  partnerId: number;
  partnerName: string;
  country: string;
  zone: string;
  /** "Wed 10 Mar" */
  startDate: string;
  /** "09:00" */
  startTime: string;
  /** "Wed 10 Mar" when the meeting ends on another day there, else "". */
  endDate: string;
  endTime: string;
  /** "UTC+01:00" */
  offset: string;
  outsideHours: boolean;
  weekend: boolean;
  /** Plain words for what is awkward there, or "". */
  warning: string;
}

export function localTimeRow(time: PartnerLocalTime): LocalTimeRow {
  const startDay = dateOf(time.start_local);
  const endDay = dateOf(time.end_local);
  const warnings: string[] = [];
  if (time.outside_working_hours) warnings.push(t('local-times-outside-working-hours'));
  if (time.on_weekend) {
    const day = [startDay, endDay].find(isWeekend) ?? startDay;
    warnings.push(weekdayIndex(day) === 5 ? t('local-times-on-saturday') : t('local-times-on-sunday'));
  }
  return {
    partnerId: time.partner_id,
    partnerName: time.partner_name,
    country: time.country,
    zone: time.time_zone,
    startDate: formatShortDate(startDay),
    startTime: timeOf(time.start_local),
    endDate: endDay === startDay ? '' : formatShortDate(endDay),
    endTime: timeOf(time.end_local),
    offset: formatOffset(time.utc_offset),
    outsideHours: time.outside_working_hours,
    weekend: time.on_weekend,
    warning: warnings.length ? capitalise(warnings.join(', ')) : '',
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "+02:00" -> "UTC+02:00"; "+00:00" -> "UTC". */
export function formatOffset(offset: string): string {
  if (!offset || offset === '+00:00' || offset === 'Z') return 'UTC';
  return `UTC${offset}`;
}

const clockFormats = new Map<string, Intl.DateTimeFormat | null>();

/** One formatter per zone and language (null for a zone this browser does not know). */
function clockFormat(zone: string, tag = locale.tag): Intl.DateTimeFormat | null {
  const key = `${tag}|${zone}`;
  if (!clockFormats.has(key)) {
    let f: Intl.DateTimeFormat | null = null;
    try {
      f = new Intl.DateTimeFormat(tag, {
        weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone,
      });
    } catch {
      f = null;
    }
    clockFormats.set(key, f);
  }
  return clockFormats.get(key) ?? null;
}

/**
 * The time now in `zone` with its weekday, in the window's language: "Tue 14:05",
 * "mar. 14:05", "Di., 14:05"; "unknown zone" when the zone is not valid.
 */
export function clockIn(zone: string, now: Date, tag = locale.tag): string {
  const f = clockFormat(zone, tag);
  if (!f) return t('local-times-unknown-zone');
  return f.format(now);
}

/** Whether `zone` is an IANA zone this browser knows. */
export function isKnownZone(zone: string): boolean {
  return zone.trim() !== '' && clockFormat(zone.trim()) !== null;
}
