/**
 * The action table's cells: what each column shows and how a typed value becomes part of
 * the action the core saves. Checks here only catch typing slips early (a month written
 * "3/2027"); the core checks everything again and its message wins.
 */
import { locale, t } from './i18n.svelte';
import { monthNames } from './localeFormat';
import { amountForEditing, formatEuros, parseEuroInput } from './planMoney';
import { fundingSourceLabel } from './planLabels';
import type { Action, ActionInput, ActionStatus } from './planTypes';

export type ColumnKind = 'text' | 'months' | 'money' | 'funding' | 'status' | 'details';

export interface Column {
  key: 'title' | 'objective' | 'months' | 'cost' | 'funding' | 'status' | 'details';
  label: string;
  kind: ColumnKind;
}

export const ACTION_COLUMNS: Column[] = [
  { key: 'title', get label() { return t('plan-actions-column-title'); }, kind: 'text' },
  { key: 'objective', get label() { return t('plan-actions-column-objective'); }, kind: 'text' },
  { key: 'months', get label() { return t('plan-actions-column-months'); }, kind: 'months' },
  { key: 'cost', get label() { return t('plan-actions-column-cost'); }, kind: 'money' },
  { key: 'funding', get label() { return t('plan-actions-column-funding'); }, kind: 'funding' },
  { key: 'status', get label() { return t('plan-actions-column-status'); }, kind: 'status' },
  { key: 'details', get label() { return t('plan-actions-column-details'); }, kind: 'details' },
];

export type MonthInput = { ok: true; value: string | null } | { ok: false; message: string };

/** "2027-03", "2027-3", "03/2027", "3.2027" as "2027-03"; empty as no month. */
export function parseMonthInput(text: string): MonthInput {
  const typed = text.trim();
  if (typed === '') return { ok: true, value: null };
  let m = /^(\d{4})-(\d{1,2})$/.exec(typed);
  let year: string | undefined;
  let month: string | undefined;
  if (m) [year, month] = [m[1], m[2]];
  else if ((m = /^(\d{1,2})[/.](\d{4})$/.exec(typed))) [year, month] = [m[2], m[1]];
  if (!year || !month || Number(month) < 1 || Number(month) > 12) {
    return { ok: false, message: t('plan-actions-not-month-write-yyyy', { typed: typed }) };
  }
  return { ok: true, value: `${year}-${month.padStart(2, '0')}` };
}

export type MonthRange = { ok: true; start: string | null; end: string | null } | { ok: false; message: string };

/**
 * "2027-03 – 2027-12" (also "to", "-" with spaces, "..") as start and end; one month alone
 * is a one-month action; empty clears both.
 */
export function parseMonthRange(text: string): MonthRange {
  const typed = text.trim();
  if (typed === '') return { ok: true, start: null, end: null };
  const parts = typed.split(/\s*(?:–|—|\.\.|\bto\b|\s-\s)\s*/i).filter((p) => p !== '');
  if (parts.length > 2) return { ok: false, message: t('plan-actions-not-span-months-write', { typed: typed }) };
  const start = parseMonthInput(parts[0]);
  if (!start.ok) return start;
  const end = parseMonthInput(parts[1] ?? parts[0]);
  if (!end.ok) return end;
  return { ok: true, start: start.value, end: end.value };
}

const ENGLISH_SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const shortMonths = () => (locale.code === 'en' ? ENGLISH_SHORT_MONTHS : monthNames(locale.tag, 'short'));

/** "2027-03" as "Mar 2027". */
export function shortMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${shortMonths()[Number(m[2]) - 1]} ${m[1]}` : month;
}

/** The action's months as the table shows them. */
export function monthsText(a: Pick<Action, 'start' | 'end'>): string {
  if (a.start && a.end) return a.start === a.end ? shortMonth(a.start) : `${shortMonth(a.start)} – ${shortMonth(a.end)}`;
  if (a.start) return t('plan-actions-from', { shortMonth: shortMonth(a.start) });
  if (a.end) return t('plan-actions-until', { shortMonth: shortMonth(a.end) });
  return '—';
}

/** The action as a form edits it (a copy; the core keeps the row's id on update). */
export function toInput(a: Action): ActionInput {
  return { ...a, funding: a.funding.map((f) => ({ ...f })), indicator_ids: [...a.indicator_ids] };
}

/** What a cell shows when not being edited. */
export function cellText(a: Action, col: Column): string {
  switch (col.key) {
    case 'months':
      return monthsText(a);
    case 'cost':
      return formatEuros(a.cost);
    case 'funding':
      return a.funding.length === 0 ? t('plan-actions-none-yet') : a.funding.map((f) => `${fundingSourceLabel[f.source]} ${formatEuros(f.amount)}`).join(', ');
    case 'details':
      return t('plan-actions-details-funding-indicators');
    case 'status':
      return a.status;
    default:
      return a[col.key] || '—';
  }
}

/** What the edit field starts with. */
export function draftOf(a: Action, col: Column): string {
  switch (col.key) {
    case 'months':
      return a.start || a.end ? `${a.start ?? ''} – ${a.end ?? ''}`.trim() : '';
    case 'cost':
      return amountForEditing(a.cost);
    case 'status':
      return a.status;
    case 'title':
    case 'objective':
      return a[col.key];
    default:
      return '';
  }
}

export type CellEdit = { ok: true; input: ActionInput } | { ok: false; message: string };

/** The action with the cell's typed value in place, or why the value cannot be used. */
export function applyDraft(a: Action, col: Column, draft: string): CellEdit {
  const input = toInput(a);
  switch (col.key) {
    case 'title':
    case 'objective':
      input[col.key] = draft;
      return { ok: true, input };
    case 'months': {
      const m = parseMonthRange(draft);
      if (!m.ok) return m;
      input.start = m.start;
      input.end = m.end;
      return { ok: true, input };
    }
    case 'cost': {
      const c = parseEuroInput(draft);
      if (!c.ok) return c;
      input.cost = c.value === '' ? null : c.value;
      return { ok: true, input };
    }
    case 'status':
      input.status = draft as ActionStatus;
      return { ok: true, input };
    default:
      return { ok: true, input };
  }
}

/** A new row of the table, before the person names it. */
export function blankAction(title: string): ActionInput {
  return {
    id: '', objective: '', title, description: '', lead: '', partners: '', start: null, end: null, cost: null,
    funding: [], status: 'planned', pilot: false, indicator_ids: [],
  };
}
