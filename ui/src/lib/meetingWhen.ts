/**
 * A meeting's when in the window's language.
 *
 * The core sends every meeting with its when (`ScheduleParts`, from its one formatter in
 * schedule_text.rs) in the shell's language at the time it was read: "Wed 10 Mar 2027,
 * 10:00–12:00 (Europe/Riga)", "mer. 10 mars 2027, 10:00–12:00 (Europe/Riga)". In English
 * those words are shown as they came. In any other language the same facts the core worked
 * out (the days on the meeting's clock, the times, the zone, how many days later it ends,
 * what is known of an undated meeting) are put into that language's messages and dates
 * (localeFormat.ts), so nothing is computed twice: only the words change.
 */
import { formatDate, formatDateRange, formatMonthYear, monthName } from './dates';
import { locale, t } from './i18n.svelte';
import type { Schedule } from './bindings/Schedule';
import type { ScheduleParts } from './bindings/ScheduleParts';

interface Dated {
  schedule: Schedule;
  when: ScheduleParts;
}

/** What is known of an undated meeting: "septembre 2027", "2027", "septembre, année inconnue"; "" when nothing. */
function knownOf(s: Extract<Schedule, { type: 'undated' }>): string {
  if (s.year !== null && s.month !== null) return formatMonthYear(s.year, s.month);
  if (s.year !== null) return String(s.year);
  if (s.month !== null) return t('meeting-when-month-year-unknown', { month: monthName(s.month) });
  return '';
}

/** The whole when in one line (the core's `text`): "mer. 10 mars 2027, 10:00–12:00 (Europe/Riga)". */
export function meetingWhenText(m: Dated): string {
  const { schedule: s, when: w } = m;
  if (locale.code === 'en') return w.text;
  if (s.type === 'undated') {
    const known = knownOf(s);
    const wording = s.wording.trim();
    if (known && wording) return t('meeting-when-not-dated-known-wording', { known, wording });
    if (known) return t('meeting-when-not-dated-known', { known });
    if (wording) return t('meeting-when-not-dated-wording', { wording });
    return t('meeting-when-not-dated');
  }
  if (!w.first_date) return w.text; // parts not worked out (a meeting read from a file)
  if (s.type === 'all_day') {
    return s.first === s.last
      ? t('meeting-when-all-day', { date: formatDate(s.first) })
      : t('meeting-when-all-days', { dates: formatDateRange(s.first, s.last) });
  }
  const args = { date: formatDate(w.first_date), times: w.times ?? '', zone: w.time_zone ?? '' };
  return w.end_days_later > 0 ? t('meeting-when-timed-later', { ...args, days: w.end_days_later }) : t('meeting-when-timed', args);
}

/** A few words for lists (the core's `short`): "mer. 10 mars 2027, 10:00", "10–12 mars 2027". */
export function meetingWhenShort(m: Dated): string {
  const { schedule: s, when: w } = m;
  if (locale.code === 'en') return w.short;
  if (s.type === 'undated') {
    const wording = s.wording.trim();
    if (wording) return wording;
    const known = knownOf(s);
    return known ? t('meeting-when-known-not-dated', { known }) : t('meeting-when-not-dated');
  }
  if (!w.first_date) return w.short;
  if (s.type === 'all_day') return s.first === s.last ? formatDate(s.first) : formatDateRange(s.first, s.last);
  return t('meeting-when-timed-short', { date: formatDate(w.first_date), time: (w.times ?? '').slice(0, 5) });
}
