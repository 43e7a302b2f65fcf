/**
 * The action table's cells: what each column shows and how a typed value becomes part of
 * the action the core saves. Checks here only catch typing slips early (a month written
 * "3/2027"); the core checks everything again and its message wins.
 */
import { formatEuros, parseEuroInput } from './planMoney';
import { fundingSourceLabel } from './planLabels';
import type { Action, ActionInput, ActionStatus } from './planTypes';

export type ColumnKind = 'text' | 'months' | 'money' | 'funding' | 'status' | 'details';

export interface Column {
  key: 'title' | 'objective' | 'months' | 'cost' | 'funding' | 'status' | 'details';
  label: string;
  kind: ColumnKind;
}

export const ACTION_COLUMNS: Column[] = [
  { key: 'title', label: 'Action', kind: 'text' },
  { key: 'objective', label: 'Objective', kind: 'text' },
  { key: 'months', label: 'Months', kind: 'months' },
  { key: 'cost', label: 'Cost', kind: 'money' },
  { key: 'funding', label: 'Funding', kind: 'funding' },
  { key: 'status', label: 'Status', kind: 'status' },
  { key: 'details', label: 'More', kind: 'details' },
];

export type MonthInput = { ok: true; value: string | null } | { ok: false; message: string };

/** "2027-03", "2027-3", "03/2027", "3.2027" as "2027-03"; empty as no month. */
export function parseMonthInput(text: string): MonthInput {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  let m = /^(\d{4})-(\d{1,2})$/.exec(t);
  let year: string | undefined;
  let month: string | undefined;
  if (m) [year, month] = [m[1], m[2]];
  else if ((m = /^(\d{1,2})[/.](\d{4})$/.exec(t))) [year, month] = [m[2], m[1]];
  if (!year || !month || Number(month) < 1 || Number(month) > 12) {
    return { ok: false, message: `“${t}” is not a month: write it as YYYY-MM, such as 2027-03.` };
  }
  return { ok: true, value: `${year}-${month.padStart(2, '0')}` };
}

export type MonthRange = { ok: true; start: string | null; end: string | null } | { ok: false; message: string };

/**
 * "2027-03 – 2027-12" (also "to", "-" with spaces, "..") as start and end; one month alone
 * is a one-month action; empty clears both.
 */
export function parseMonthRange(text: string): MonthRange {
  const t = text.trim();
  if (t === '') return { ok: true, start: null, end: null };
  const parts = t.split(/\s*(?:–|—|\.\.|\bto\b|\s-\s)\s*/i).filter((p) => p !== '');
  if (parts.length > 2) return { ok: false, message: `“${t}” is not a span of months: write it as 2027-03 – 2027-12.` };
  const start = parseMonthInput(parts[0]);
  if (!start.ok) return start;
  const end = parseMonthInput(parts[1] ?? parts[0]);
  if (!end.ok) return end;
  return { ok: true, start: start.value, end: end.value };
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2027-03" as "Mar 2027". */
export function shortMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${SHORT_MONTHS[Number(m[2]) - 1]} ${m[1]}` : month;
}

/** The action's months as the table shows them. */
export function monthsText(a: Pick<Action, 'start' | 'end'>): string {
  if (a.start && a.end) return a.start === a.end ? shortMonth(a.start) : `${shortMonth(a.start)} – ${shortMonth(a.end)}`;
  if (a.start) return `From ${shortMonth(a.start)}`;
  if (a.end) return `Until ${shortMonth(a.end)}`;
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
      return a.funding.length === 0 ? 'None yet' : a.funding.map((f) => `${fundingSourceLabel[f.source]} ${formatEuros(f.amount)}`).join(', ');
    case 'details':
      return 'details, funding and indicators…';
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
      return a.cost ?? '';
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
