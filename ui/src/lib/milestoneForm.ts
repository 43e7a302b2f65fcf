/**
 * The milestone form: a title, a kind, a date known to the day ("2027-06-15") or only to
 * the month ("2027-06"), a description and whether it is done; its checks (the core's
 * rules, `convene-core` milestone.rs) and the `MilestoneInput` it sends. The core keeps a
 * month milestone on the first day of its month, so the form shows such a date as its
 * month and sends the first day. Field keys are the core's: "title", "date".
 */
import { t } from './i18n.svelte';
import { formatDate, formatMonthYear, parseIsoDate } from './dates';
import type { FieldErrors } from './errors';
import type { DatePrecision, Milestone, MilestoneInput, MilestoneKind } from './types';
import { FIRST_YEAR, LAST_YEAR, TEXT_MAX, TITLE_MAX, dateError, lengthError, put, requiredError } from './validation';

export interface MilestoneForm {
  title: string;
  kind: MilestoneKind;
  precision: DatePrecision;
  /** "YYYY-MM-DD" for a day, "YYYY-MM" for a month. */
  date: string;
  description: string;
  done: boolean;
}

export function emptyMilestoneForm(): MilestoneForm {
  return { title: '', kind: 'deadline', precision: 'day', date: '', description: '', done: false };
}

export function formFromMilestone(m: Milestone): MilestoneForm {
  return {
    title: m.title, kind: m.kind, precision: m.precision, date: m.precision === 'month' ? m.date.slice(0, 7) : m.date,
    description: m.description, done: m.done,
  };
}

/** Switching between a day and a month keeps what can be kept: "2027-06-15" <-> "2027-06". */
export function withPrecision(f: MilestoneForm, precision: DatePrecision): MilestoneForm {
  const d = f.date.trim();
  const date = precision === 'month' ? (/^\d{4}-\d{2}/.test(d) ? d.slice(0, 7) : d) : /^\d{4}-\d{2}$/.test(d) ? `${d}-01` : d;
  return { ...f, precision, date };
}

function monthError(value: string): string | null {
  const v = value.trim();
  if (!v) return t('milestone-form-enter-month-yyyy-mm');
  const m = /^(\d{4})-(\d{2})$/.exec(v);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return t('milestone-form-not-month-write-yyyy', { v: v });
  const year = Number(m[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return t('milestone-form-year-outside', { year: year, fIRST_YEAR: FIRST_YEAR, lAST_YEAR: LAST_YEAR });
  return null;
}

export function validateMilestoneForm(f: MilestoneForm): FieldErrors {
  const e: FieldErrors = {};
  put(e, 'title', requiredError(f.title, TITLE_MAX));
  put(e, 'date', f.precision === 'month' ? monthError(f.date) : dateError(f.date, true));
  put(e, 'description', lengthError(f.description, TEXT_MAX));
  return e;
}

export function milestoneInputFromForm(f: MilestoneForm): MilestoneInput {
  const date = f.date.trim();
  return {
    title: f.title, kind: f.kind, precision: f.precision, date: f.precision === 'month' ? `${date}-01` : date,
    description: f.description, done: f.done,
  };
}

/** "June 2027" for a month milestone, "Tue 15 Jun 2027" for a day. */
export function milestoneWhen(m: Pick<Milestone, 'date' | 'precision'>): string {
  const p = parseIsoDate(m.date);
  if (m.precision === 'month' && p) return formatMonthYear(p.year, p.month);
  return formatDate(m.date);
}
