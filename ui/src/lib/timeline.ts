/**
 * Layout of a network's timeline: a horizontal axis of whole months, with meetings and
 * milestones placed as marks by date.
 *
 * Invariants: the axis starts on the first day of a month and ends on the first day of the
 * month after the last covered day, so every mark lies within [0, width]; the axis covers
 * the project's dates and every dated item, even one outside the project's stated span;
 * marks closer than `minGap` pixels go to separate lanes so no two overlap; month labels
 * are thinned out (every 2nd, 3rd, 6th... month) when months are too narrow to hold them.
 */
import { addDays, daysBetween, daysInMonth, monthName, parseIsoDate, isoDate, scheduleFirstDate, scheduleLastDate, type IsoDate } from './dates';
import type { DatePrecision, MeetingSummary, Milestone, Network, NetworkTimeline, TimelineItem } from './types';

/** A mark's item: the overview's `TimelineItem`, with what the network page also knows of a milestone. */
export type TimelineEntry = TimelineItem & { precision?: DatePrecision; done?: boolean };

/**
 * A network's timeline as its page draws it: the project's span, its dated meetings and
 * every milestone (month milestones on the first of their month), in date order. The home
 * screen's timelines come from the core's overview instead, which also leaves items out.
 */
export function networkTimeline(network: Network, meetings: MeetingSummary[], milestones: Milestone[]): NetworkTimeline & { items: TimelineEntry[] } {
  const items: TimelineEntry[] = [];
  for (const m of meetings) {
    const first = scheduleFirstDate(m.schedule);
    if (!first) continue;
    items.push({ kind: 'meeting', id: m.id, date: first, last_date: scheduleLastDate(m.schedule) ?? first, title: m.title, status: m.status });
  }
  for (const m of milestones) {
    items.push({ kind: 'milestone', id: m.id, date: m.date, last_date: m.date, title: m.title, status: null, precision: m.precision, done: m.done });
  }
  items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    network_id: network.id, network_name: network.name, slug: network.slug, start: network.start_date, end: network.end_date,
    items, undated: meetings.filter((m) => !scheduleFirstDate(m.schedule)), omitted_items: 0, omitted_undated: 0,
  };
}

export interface TimelineInput<T> {
  start: IsoDate | null;
  end: IsoDate | null;
  items: T[];
  /** Pixels available for the axis. */
  width: number;
  today?: IsoDate;
  /** Smallest horizontal distance between two marks in one lane, in pixels. */
  minGap?: number;
  /** Smallest room a month label needs, in pixels. */
  labelWidth?: number;
}

export interface MonthTick {
  date: IsoDate;
  x: number;
  width: number;
  /** "Mar" */
  label: string;
  year: number;
  month: number;
  showLabel: boolean;
}

export interface Mark<T> {
  item: T;
  x: number;
  /** End of a multi-day item; equals x for a one-day item. */
  x2: number;
  lane: number;
}

export interface TimelineLayout<T> {
  from: IsoDate;
  to: IsoDate;
  months: MonthTick[];
  years: { year: number; x: number }[];
  marks: Mark<T>[];
  lanes: number;
  /** Position of today, when it lies on the axis. */
  todayX: number | null;
  /** Project span on the axis, when the network has one. */
  span: { x: number; x2: number } | null;
}

interface Dated {
  date: IsoDate;
  last_date?: IsoDate | null;
}

function monthStart(d: IsoDate): IsoDate {
  return `${d.slice(0, 7)}-01`;
}

function nextMonthStart(d: IsoDate): IsoDate {
  const p = parseIsoDate(d)!;
  return addDays(isoDate(p.year, p.month, 1), daysInMonth(p.year, p.month));
}

const LABEL_STEPS = [1, 2, 3, 4, 6, 12];

/** Lays out the timeline, or returns null when there is nothing dated to draw. */
export function layoutTimeline<T extends Dated>(input: TimelineInput<T>): TimelineLayout<T> | null {
  const width = Math.max(1, input.width);
  const minGap = input.minGap ?? 14;
  const labelWidth = input.labelWidth ?? 34;
  const dated = input.items.filter((i) => parseIsoDate(i.date));
  const candidates: IsoDate[] = [];
  for (const d of [input.start, input.end]) if (d && parseIsoDate(d)) candidates.push(d);
  for (const i of dated) {
    candidates.push(i.date);
    if (i.last_date && parseIsoDate(i.last_date)) candidates.push(i.last_date);
  }
  if (candidates.length === 0) return null;
  candidates.sort();
  const from = monthStart(candidates[0]);
  const to = nextMonthStart(candidates[candidates.length - 1]);
  const total = daysBetween(from, to);
  const xOf = (d: IsoDate) => (daysBetween(from, d) / total) * width;

  const months: MonthTick[] = [];
  for (let d = from; d < to; d = nextMonthStart(d)) {
    const p = parseIsoDate(d)!;
    months.push({
      date: d,
      x: xOf(d),
      width: (daysInMonth(p.year, p.month) / total) * width,
      label: monthName(p.month).slice(0, 3),
      year: p.year,
      month: p.month,
      showLabel: false,
    });
  }
  const narrowest = Math.min(...months.map((m) => m.width));
  const step = LABEL_STEPS.find((s) => s * narrowest >= labelWidth) ?? 12;
  for (const m of months) m.showLabel = (m.month - 1) % step === 0;

  const years: { year: number; x: number }[] = [];
  for (const m of months) {
    if (years.length === 0 || m.month === 1) years.push({ year: m.year, x: m.x });
  }

  const laneEnds: number[] = [];
  const marks: Mark<T>[] = dated
    .map((item) => {
      const x = xOf(item.date);
      const last = item.last_date && parseIsoDate(item.last_date) && item.last_date > item.date ? item.last_date : null;
      // A multi-day item reaches to the end of its last day.
      const x2 = last ? xOf(addDays(last, 1)) : x;
      return { item, x, x2, lane: 0 };
    })
    .sort((a, b) => a.x - b.x || a.x2 - b.x2);
  for (const mark of marks) {
    let lane = laneEnds.findIndex((end) => mark.x - end >= minGap);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(mark.x2);
    } else {
      laneEnds[lane] = mark.x2;
    }
    mark.lane = lane;
  }

  const today = input.today;
  const todayX = today && today >= from && today < to ? xOf(today) : null;
  const span =
    input.start && input.end && parseIsoDate(input.start) && parseIsoDate(input.end)
      ? { x: xOf(input.start), x2: xOf(addDays(input.end, 1)) }
      : null;
  return { from, to, months, years, marks, lanes: Math.max(1, laneEnds.length), todayX, span };
}
