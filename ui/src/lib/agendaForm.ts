/**
 * The agenda editor's rows: what the person types for each item, the checks (a title;
 * times HH:MM; an end after the start), and the list sent to the core in screen order.
 * Field keys are the core's: "agenda[2].title", "agenda[2].end_time".
 */
import { t } from './i18n.svelte';
import type { FieldErrors } from './errors';
import type { AgendaItem, AgendaItemInput } from './types';
import { TEXT_MAX, TITLE_MAX, lengthError, normaliseTime, put, requiredError, timeError } from './validation';
import { timeOf } from './dates';

export interface AgendaRow {
  /** Stable while the person edits, so moved rows keep their inputs. */
  key: number;
  title: string;
  start_time: string;
  end_time: string;
  lead_partner_id: string;
  notes: string;
}

let nextKey = 1;

export function newAgendaRow(): AgendaRow {
  return { key: nextKey++, title: '', start_time: '', end_time: '', lead_partner_id: '', notes: '' };
}

export function agendaRows(items: AgendaItem[]): AgendaRow[] {
  return items.map((i) => ({
    key: nextKey++,
    title: i.title,
    start_time: i.start_time ? timeOf(i.start_time) : '',
    end_time: i.end_time ? timeOf(i.end_time) : '',
    lead_partner_id: i.lead_partner_id == null ? '' : String(i.lead_partner_id),
    notes: i.notes,
  }));
}

export function validateAgenda(rows: AgendaRow[]): FieldErrors {
  const e: FieldErrors = {};
  rows.forEach((r, i) => {
    const f = `agenda[${i}]`;
    put(e, `${f}.title`, requiredError(r.title, TITLE_MAX));
    put(e, `${f}.start_time`, timeError(r.start_time, false));
    put(e, `${f}.end_time`, timeError(r.end_time, false));
    const s = normaliseTime(r.start_time);
    const en = normaliseTime(r.end_time);
    if (s && en && en <= s && !e[`${f}.end_time`]) e[`${f}.end_time`] = t('agenda-form-item-must-end-after');
    put(e, `${f}.notes`, lengthError(r.notes, TEXT_MAX));
  });
  return e;
}

export function agendaInput(rows: AgendaRow[]): AgendaItemInput[] {
  return rows.map((r) => {
    const s = normaliseTime(r.start_time);
    const e = normaliseTime(r.end_time);
    return {
      title: r.title,
      start_time: s ? `${s}:00` : null,
      end_time: e ? `${e}:00` : null,
      lead_partner_id: r.lead_partner_id ? Number(r.lead_partner_id) : null,
      notes: r.notes,
    };
  });
}
