/**
 * The meeting form's "Find a time" panel: what it asks the core (`findSlots`, or
 * `findFreeDays` for whole days) from the form as it stands, and what picking an answer
 * writes back into the form.
 *
 * The core ranks and words everything; this module only chooses defaults and moves values.
 * Defaults follow the form: the range starts on the day typed (else two weeks from today)
 * and covers four weeks; the length is the one typed (else two hours); the clock is the
 * form's zone, else the host's. Picking a slot writes its start and end on that clock and
 * that zone into the form, so the saved meeting is the slot shown.
 */
import { t } from './i18n.svelte';
import { addDays, dateOf, daysBetween, timeOf, type IsoDate } from './dates';
import { endDate, type MeetingForm } from './meetingForm';
import type { DayRequest, DayWindow, Slot, SlotRequest } from './types';
import { dateError, normaliseTime } from './validation';

/** The lengths offered, in minutes. */
export const LENGTHS = [30, 60, 90, 120, 180, 240, 360, 480];

export function lengthLabel(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} minutes`;
  return m === 0 ? `${h} hour${h === 1 ? '' : 's'}` : t('find-time-h-min', { h: h, m: m });
}

export interface FindTimeOptions {
  from: IsoDate;
  to: IsoDate;
  minutes: number;
  /** "HH:MM" */
  hoursStart: string;
  hoursEnd: string;
  excludeWeekends: boolean;
  days: number;
}

function minutesOf(time: string | null): number | null {
  if (!time) return null;
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

/** What the panel starts with for this form, `today` being the viewer's date. */
export function defaultOptions(f: MeetingForm, today: IsoDate): FindTimeOptions {
  const typed = f.schedule_type === 'all_day' ? f.first.trim() : f.start_date.trim();
  const from = /^\d{4}-\d{2}-\d{2}$/.test(typed) ? typed : addDays(today, 14);
  let minutes = 120;
  const st = minutesOf(normaliseTime(f.start_time));
  const et = minutesOf(normaliseTime(f.end_time));
  if (st !== null && et !== null && endDate(f) === f.start_date.trim() && et > st && LENGTHS.includes(et - st)) {
    minutes = et - st;
  }
  let days = 1;
  if (/^\d{4}-\d{2}-\d{2}$/.test(f.first.trim()) && /^\d{4}-\d{2}-\d{2}$/.test(f.last.trim())) {
    days = Math.min(14, Math.max(1, daysBetween(f.first.trim(), f.last.trim()) + 1));
  }
  return { from, to: addDays(from, 27), minutes, hoursStart: '09:00', hoursEnd: '17:00', excludeWeekends: true, days };
}

/**
 * What keeps the question from being asked, in words, or null. Only what cannot travel as
 * a date or a time of day is checked here; the core checks the rest (the order of the days,
 * the length of the range, the working day ending after it starts) and says why.
 */
export function optionsError(o: FindTimeOptions, wholeDays: boolean): string | null {
  const from = dateError(o.from, true);
  if (from) return `From: ${from}`;
  const to = dateError(o.to, true);
  if (to) return `To: ${to}`;
  if (wholeDays) return Number.isInteger(o.days) && o.days >= 1 ? null : t('find-time-days-write-how-many');
  if (!normaliseTime(o.hoursStart) || !normaliseTime(o.hoursEnd)) {
    return t('find-time-working-day-write-its');
  }
  return null;
}

/** The clock slots are read on: the form's zone, else the host's, else UTC (""). */
export function requestZone(f: MeetingForm, hostZone: string): string {
  return f.time_zone.trim() || hostZone;
}

export function slotRequest(o: FindTimeOptions, zone: string, limit = 10): SlotRequest {
  const t = (s: string) => `${normaliseTime(s) ?? s.trim()}:00`;
  return {
    from: o.from.trim(),
    to: o.to.trim(),
    duration_minutes: o.minutes,
    hours: { start: t(o.hoursStart), end: t(o.hoursEnd) },
    partner_ids: [],
    exclude_weekends: o.excludeWeekends,
    limit,
    time_zone: zone,
  };
}

export function dayRequest(o: FindTimeOptions): DayRequest {
  return { from: o.from.trim(), to: o.to.trim(), days: o.days, partner_ids: [], exclude_weekends: o.excludeWeekends };
}

/** The form with the slot's start and end on the request's clock (`zone`, "" for UTC). */
export function formWithSlot(f: MeetingForm, slot: Slot, zone: string): MeetingForm {
  const startDay = dateOf(slot.start_local);
  const endDay = dateOf(slot.end_local);
  return {
    ...f,
    schedule_type: 'timed',
    start_date: startDay,
    start_time: timeOf(slot.start_local),
    end_date: endDay === startDay ? '' : endDay,
    end_time: timeOf(slot.end_local),
    time_zone: zone || 'UTC',
  };
}

export function formWithDays(f: MeetingForm, w: DayWindow): MeetingForm {
  return { ...f, schedule_type: 'all_day', first: w.first, last: w.last };
}
