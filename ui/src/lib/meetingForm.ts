/**
 * The meeting form: what the person types (all text), its checks, and the `MeetingInput`
 * sent to the core.
 *
 * The form keeps every field as typed, including the fields of the schedule types not
 * chosen, so switching from "timed" to "all day" and back loses nothing. Only the chosen
 * schedule type is checked and sent. The zone defaults to the host's zone: choosing a host
 * sets the zone while the person has not typed one of their own. An empty end date means
 * the day of the start. Nothing the person typed is ever rewritten by the form.
 */
import { t } from './i18n.svelte';
import { dateOf, timeOf } from './dates';
import type { FieldErrors } from './errors';
import type {
  Meeting, MeetingInput, MeetingKind, MeetingMode, MeetingStatus, ScheduleInput,
} from './types';
import {
  FIRST_YEAR, LAST_YEAR, LINE_MAX, TEXT_MAX, TITLE_MAX, dateError, lengthError,
  normaliseTime, put, requiredError, timeError, urlError,
} from './validation';

export type ScheduleType = 'timed' | 'all_day' | 'undated';

export interface MeetingForm {
  title: string;
  kind: MeetingKind;
  /** "" for no host yet, else the partner id. */
  host_partner_id: string;
  status: MeetingStatus;
  mode: MeetingMode;
  online_url: string;
  venue: string;
  description: string;
  schedule_type: ScheduleType;
  start_date: string;
  start_time: string;
  end_date: string;
  end_time: string;
  time_zone: string;
  first: string;
  last: string;
  year: string;
  month: string;
  wording: string;
}

export function emptyMeetingForm(): MeetingForm {
  return {
    title: '', kind: 'transnational', host_partner_id: '', status: 'tentative', mode: 'in_person',
    online_url: '', venue: '', description: '', schedule_type: 'timed',
    start_date: '', start_time: '', end_date: '', end_time: '', time_zone: '',
    first: '', last: '', year: '', month: '', wording: '',
  };
}

export function formFromMeeting(m: Meeting): MeetingForm {
  const f = emptyMeetingForm();
  Object.assign(f, {
    title: m.title, kind: m.kind, host_partner_id: m.host_partner_id == null ? '' : String(m.host_partner_id),
    status: m.status, mode: m.mode, online_url: m.online_url, venue: m.venue, description: m.description,
    schedule_type: m.schedule.type,
  });
  const s = m.schedule;
  if (s.type === 'timed') {
    Object.assign(f, {
      start_date: dateOf(s.start_local), start_time: timeOf(s.start_local),
      end_date: dateOf(s.end_local), end_time: timeOf(s.end_local), time_zone: s.time_zone,
    });
  } else if (s.type === 'all_day') {
    Object.assign(f, { first: s.first, last: s.last });
  } else {
    Object.assign(f, { year: s.year == null ? '' : String(s.year), month: s.month == null ? '' : String(s.month), wording: s.wording });
  }
  return f;
}

/** The fields the form shows for the chosen schedule type, in screen order. */
export function scheduleFields(type: ScheduleType): string[] {
  if (type === 'timed') return ['start', 'end', 'time_zone'];
  if (type === 'all_day') return ['first', 'last'];
  return ['year', 'month', 'wording'];
}

/** Checks everything the core would, for the chosen schedule type. */
export function validateMeetingForm(f: MeetingForm, knownZone?: (zone: string) => boolean): FieldErrors {
  const e: FieldErrors = {};
  put(e, 'title', requiredError(f.title, TITLE_MAX));
  put(e, 'venue', lengthError(f.venue, LINE_MAX));
  put(e, 'online_url', urlError(f.online_url));
  put(e, 'description', lengthError(f.description, TEXT_MAX));
  if (f.schedule_type === 'timed') {
    put(e, 'start', dateError(f.start_date, true) ?? timeError(f.start_time, true));
    put(e, 'end', dateError(f.end_date, false) ?? timeError(f.end_time, true));
    if (!e.start && !e.end) {
      const start = `${f.start_date.trim()}T${normaliseTime(f.start_time)}`;
      const end = `${endDate(f)}T${normaliseTime(f.end_time)}`;
      if (end <= start) e.end = t('meeting-form-meeting-must-end-after');
    }
    const zone = f.time_zone.trim();
    if (!zone && !f.host_partner_id) put(e, 'time_zone', t('meeting-form-choose-time-zone-host'));
    else if (zone && knownZone && !knownZone(zone)) {
      put(e, 'time_zone', t('meeting-form-not-known-iana-time', { zone: zone }));
    }
  } else if (f.schedule_type === 'all_day') {
    put(e, 'first', dateError(f.first, true));
    put(e, 'last', dateError(f.last, true));
    if (!e.first && !e.last && f.last.trim() < f.first.trim()) {
      e.last = t('meeting-form-last-day-before-first', { last: f.last.trim(), first: f.first.trim() });
    }
  } else {
    const y = f.year.trim();
    if (y && (!/^\d{4}$/.test(y) || Number(y) < FIRST_YEAR || Number(y) > LAST_YEAR)) {
      e.year = t('meeting-form-write-year-between-leave', { fIRST_YEAR: FIRST_YEAR, lAST_YEAR: LAST_YEAR });
    }
    if (f.month && !y && !f.wording.trim()) e.wording = t('meeting-form-say-words-when-planned');
    put(e, 'wording', lengthError(f.wording, LINE_MAX));
  }
  return e;
}

/** The end date as meant: the one typed, or the start date when none is. */
export function endDate(f: MeetingForm): string {
  return f.end_date.trim() || f.start_date.trim();
}

/** The schedule as the core takes it, or null while it is incomplete or wrong. */
export function scheduleFromForm(f: MeetingForm): ScheduleInput | null {
  if (f.schedule_type === 'timed') {
    const st = normaliseTime(f.start_time);
    const et = normaliseTime(f.end_time);
    if (dateError(f.start_date, true) || dateError(f.end_date, false) || !st || !et) return null;
    return {
      type: 'timed',
      start_local: `${f.start_date.trim()}T${st}:00`,
      end_local: `${endDate(f)}T${et}:00`,
      time_zone: f.time_zone.trim(),
    };
  }
  if (f.schedule_type === 'all_day') {
    if (dateError(f.first, true) || dateError(f.last, true)) return null;
    return { type: 'all_day', first: f.first.trim(), last: f.last.trim() };
  }
  const year = /^\d{4}$/.test(f.year.trim()) ? Number(f.year.trim()) : null;
  const month = f.month ? Number(f.month) : null;
  return { type: 'undated', year, month, wording: f.wording.trim() };
}

/**
 * The input for the core. Text is sent as typed (the core trims); a schedule that does not
 * parse is sent as typed too, so the core's error names the field.
 */
export function meetingInputFromForm(f: MeetingForm): MeetingInput {
  const schedule: ScheduleInput = scheduleFromForm(f) ?? fallbackSchedule(f);
  return {
    kind: f.kind,
    title: f.title,
    host_partner_id: f.host_partner_id ? Number(f.host_partner_id) : null,
    venue: f.venue,
    mode: f.mode,
    online_url: f.online_url,
    status: f.status,
    description: f.description,
    schedule,
  };
}

function fallbackSchedule(f: MeetingForm): ScheduleInput {
  if (f.schedule_type === 'timed') {
    return {
      type: 'timed',
      start_local: `${f.start_date.trim()}T${normaliseTime(f.start_time) ?? f.start_time.trim()}:00`,
      end_local: `${endDate(f)}T${normaliseTime(f.end_time) ?? f.end_time.trim()}:00`,
      time_zone: f.time_zone.trim(),
    };
  }
  return { type: 'all_day', first: f.first.trim(), last: f.last.trim() };
}
