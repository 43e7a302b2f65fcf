/**
 * The action table's cells: what each column shows and how a typed value becomes part of
 * the action the core saves. Checks here only catch typing slips early (a month written
 * "3/2027"); the core checks everything again and its message wins.
 */
import { formatEuros, parseEuroInput } from './planMoney';
import { fundingSourceLabel } from './planLabels';
import type { Action, ActionInput, ActionStatus } from './planTypes';

export type ColumnKind = 'text' | 'month' | 'money' | 'funding' | 'status' | 'pilot' | 'details';

export interface Column {
  key: 'title' | 'objective' | 'lead' | 'start' | 'end' | 'cost' | 'funding' | 'status' | 'pilot' | 'details';
  label: string;
  kind: ColumnKind;
}

export const ACTION_COLUMNS: Column[] = [
  { key: 'title', label: 'Action', kind: 'text' },
  { key: 'objective', label: 'Objective', kind: 'text' },
  { key: 'lead', label: 'Lead', kind: 'text' },
  { key: 'start', label: 'Start', kind: 'month' },
  { key: 'end', label: 'End', kind: 'month' },
  { key: 'cost', label: 'Cost', kind: 'money' },
  { key: 'funding', label: 'Funding', kind: 'funding' },
  { key: 'status', label: 'Status', kind: 'status' },
  { key: 'pilot', label: 'Pilot', kind: 'pilot' },
  { key: 'details', label: 'Details', kind: 'details' },
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

/** The action without its id, as the core takes it. */
export function toInput(a: Action): ActionInput {
  const { id: _id, ...input } = a;
  return { ...input, funding: a.funding.map((f) => ({ ...f })), indicator_ids: [...a.indicator_ids] };
}

/** What a cell shows when not being edited. */
export function cellText(a: Action, col: Column): string {
  switch (col.key) {
    case 'start':
    case 'end':
      return a[col.key] ?? '—';
    case 'cost':
      return formatEuros(a.cost);
    case 'funding':
      return a.funding.length === 0 ? 'None yet' : a.funding.map((f) => `${fundingSourceLabel[f.source]} ${formatEuros(f.amount)}`).join(', ');
    case 'pilot':
      return a.pilot ? 'Yes' : 'No';
    case 'details':
      return 'Details…';
    case 'status':
      return a.status;
    default:
      return a[col.key] || '—';
  }
}

/** What the edit field starts with. */
export function draftOf(a: Action, col: Column): string {
  switch (col.key) {
    case 'start':
    case 'end':
      return a[col.key] ?? '';
    case 'cost':
      return a.cost ?? '';
    case 'status':
      return a.status;
    case 'title':
    case 'objective':
    case 'lead':
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
    case 'lead':
      input[col.key] = draft;
      return { ok: true, input };
    case 'start':
    case 'end': {
      const m = parseMonthInput(draft);
      if (!m.ok) return m;
      input[col.key] = m.value;
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
    objective: '', title, description: '', lead: '', partners: '', start: null, end: null, cost: null,
    funding: [], status: 'planned', pilot: false, indicator_ids: [],
  };
}
