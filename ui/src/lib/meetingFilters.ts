/**
 * The meetings list across networks: one order (by start, undated last) and the filters
 * the Meetings screen offers (period, status, words in the title, host or network).
 */
import { scheduleLastDate } from './dates';
import type { MeetingStatus, MeetingSummary, Schedule } from './types';

export type Period = 'upcoming' | 'past' | 'all';

/** Sorts by the instant a meeting starts (all-day ones from 00:00 UTC); undated last. */
export function sortKey(s: Schedule): string {
  if (s.type === 'timed') return s.start.replace(/\.\d+/, '');
  if (s.type === 'all_day') return `${s.first}T00:00:00Z`;
  return `~${s.year ?? 9999}-${String(s.month ?? 13).padStart(2, '0')}`;
}

export function sortMeetings(list: MeetingSummary[]): MeetingSummary[] {
  return list
    .map((m) => ({ m, k: sortKey(m.schedule) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.m.id - b.m.id))
    .map((x) => x.m);
}

export interface MeetingFilter {
  period: Period;
  status: MeetingStatus | 'active' | '';
  text: string;
}

/** Whether a meeting is shown; `today` is the viewer's date. Undated meetings count as upcoming. */
export function matches(m: MeetingSummary, f: MeetingFilter, today: string): boolean {
  if (f.period !== 'all') {
    const last = scheduleLastDate(m.schedule);
    const upcoming = last === null || last >= today;
    if ((f.period === 'upcoming') !== upcoming) return false;
  }
  if (f.status === 'active' && m.status === 'cancelled') return false;
  if (f.status && f.status !== 'active' && m.status !== f.status) return false;
  const words = f.text.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length) {
    const hay = `${m.title} ${m.host_name ?? ''} ${m.network_name} ${m.venue}`.toLocaleLowerCase();
    if (!words.every((w) => hay.includes(w))) return false;
  }
  return true;
}
