/**
 * The Gantt chart of an action plan: one bar per action from its start month to its end
 * month, laid out on a month grid with the years marked.
 *
 * Months are "YYYY-MM" strings as the core sends them, turned into month numbers
 * (year * 12 + month - 1) so that no `Date` and no time zone is involved. A bar covers
 * whole months, both ends included. An action without both months, or whose end comes
 * before its start, gets no bar; it is listed as not scheduled, with the reason, so the
 * chart never draws a guess.
 */
import { t } from './i18n.svelte';
import { monthName } from './dates';

export interface GanttItem {
  id: number;
  label: string;
  start: string | null;
  end: string | null;
  pilot?: boolean;
}

export interface GanttBar {
  id: number;
  label: string;
  pilot: boolean;
  x: number;
  y: number;
  width: number;
  months: number;
  /** The bar in words, for its <title> and aria-label: "Pilot: March 2027 to June 2028 (16 months)". */
  description: string;
  startText: string;
  endText: string;
}

export interface GanttYear {
  year: number;
  x: number;
  width: number;
}

export interface GanttLayout {
  bars: GanttBar[];
  years: GanttYear[];
  /** x of every month boundary inside the chart (for light grid lines). */
  monthLines: number[];
  unscheduled: { id: number; label: string; reason: string }[];
  width: number;
  height: number;
  labelWidth: number;
  headerHeight: number;
  monthWidth: number;
  /** First and last month shown, as month numbers (null when nothing is scheduled). */
  first: number | null;
  last: number | null;
}

export interface GanttOptions {
  /** Width available for the whole chart, in px (0 or less: unknown, use the widest months). */
  available: number;
  /** Width of the column of action names; by default as wide as the longest name needs (see `ganttLabelWidth`). */
  labelWidth?: number;
  rowHeight?: number;
  headerHeight?: number;
  minMonthWidth?: number;
  maxMonthWidth?: number;
}

/** "2027-03" as a month number, or null when not a real month. */
export function monthNumber(text: string | null | undefined): number | null {
  const m = /^(\d{4})-(\d{2})$/.exec((text ?? '').trim());
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return Number(m[1]) * 12 + month - 1;
}

export function monthText(n: number): string {
  return `${monthName((n % 12) + 1)} ${Math.floor(n / 12)}`;
}

/** About how wide a character of a label is, in px (13 px sans-serif; generous, so a name said to fit does). */
export const LABEL_CHAR_PX = 7;
/** Left margin of a label plus the gap before the bars, in px. */
const LABEL_PADDING = 14;

/**
 * The width of the column of action names: as wide as the longest name needs, but never
 * narrower than 120 px nor wider than half the chart (at least 140 px, at most 360 px),
 * so the months keep at least half the room. At 640 px a name of 40 characters fits whole; a
 * longer one is cut with an ellipsis and read in full in the bar's title.
 */
export function ganttLabelWidth(labels: string[], available: number, charPx = LABEL_CHAR_PX): number {
  const longest = Math.max(0, ...labels.map((l) => Array.from(l).length));
  const needed = longest * charPx + LABEL_PADDING;
  const ceiling = available > 0 ? Math.min(360, Math.max(140, Math.floor(available / 2))) : 360;
  return Math.min(ceiling, Math.max(120, needed));
}

export function ganttLayout(items: GanttItem[], options: GanttOptions): GanttLayout {
  const labelWidth = options.labelWidth ?? ganttLabelWidth(items.map((i) => i.label), options.available);
  const rowHeight = options.rowHeight ?? 30;
  const headerHeight = options.headerHeight ?? 28;
  const minMonth = options.minMonthWidth ?? 10;
  const maxMonth = options.maxMonthWidth ?? 48;

  const scheduled: { item: GanttItem; start: number; end: number }[] = [];
  const unscheduled: GanttLayout['unscheduled'] = [];
  for (const item of items) {
    const start = monthNumber(item.start);
    const end = monthNumber(item.end);
    if (start === null || end === null) {
      const missing = start === null && end === null ? t('plan-gantt-no-start-end-month') : start === null ? t('plan-gantt-no-start-month') : t('plan-gantt-no-end-month');
      unscheduled.push({ id: item.id, label: item.label, reason: missing });
    } else if (end < start) {
      unscheduled.push({ id: item.id, label: item.label, reason: t('plan-gantt-its-end-month-comes') });
    } else {
      scheduled.push({ item, start, end });
    }
  }

  if (scheduled.length === 0) {
    return { bars: [], years: [], monthLines: [], unscheduled, width: 0, height: 0, labelWidth, headerHeight, monthWidth: 0, first: null, last: null };
  }

  // Whole years: the chart reads as calendar years, and a lone action still shows where it falls.
  const first = Math.floor(Math.min(...scheduled.map((s) => s.start)) / 12) * 12;
  const last = Math.floor(Math.max(...scheduled.map((s) => s.end)) / 12) * 12 + 11;
  const count = last - first + 1;
  const room = options.available > 0 ? (options.available - labelWidth - 2) / count : maxMonth;
  const monthWidth = Math.max(minMonth, Math.min(maxMonth, Math.floor(room * 100) / 100));

  const bars = scheduled.map(({ item, start, end }, row): GanttBar => {
    const months = end - start + 1;
    const startText = monthText(start);
    const endText = monthText(end);
    const span = months === 1 ? t('plan-gantt-span-one-month', { start: startText }) : t('plan-gantt-span-months', { start: startText, end: endText, count: months });
    return {
      id: item.id,
      label: item.label,
      pilot: !!item.pilot,
      x: labelWidth + (start - first) * monthWidth,
      y: headerHeight + row * rowHeight,
      width: months * monthWidth,
      months,
      description: item.pilot ? t('plan-gantt-bar-pilot', { label: item.label, span }) : t('plan-gantt-bar', { label: item.label, span }),
      startText,
      endText,
    };
  });

  const years: GanttYear[] = [];
  for (let m = first; m <= last; m += 12) years.push({ year: m / 12, x: labelWidth + (m - first) * monthWidth, width: 12 * monthWidth });
  const monthLines: number[] = [];
  for (let m = first + 1; m <= last; m++) if ((m - first) % 12 !== 0) monthLines.push(labelWidth + (m - first) * monthWidth);

  return {
    bars,
    years,
    monthLines,
    unscheduled,
    width: labelWidth + count * monthWidth,
    height: headerHeight + scheduled.length * rowHeight,
    labelWidth,
    headerHeight,
    monthWidth,
    first,
    last,
  };
}

/** A label cut to fit `px` at about `charPx` per character, with an ellipsis (the full text stays in the bar's title). */
export function fitLabel(text: string, px: number, charPx = LABEL_CHAR_PX): string {
  const max = Math.max(1, Math.floor(px / charPx));
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}
