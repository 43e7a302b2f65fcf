/**
 * Errors from the core as the UI shows them.
 *
 * Every command fails with `{ code, message, field? }`. An error that names a field is
 * shown beside that input (`fieldErrors`); any other is shown at the top of the form or
 * screen (`general`). Nothing here clears what the person typed: forms keep their values
 * and only gain messages.
 */
import { t } from './i18n.svelte';
export interface IpcErrorLike {
  code: string;
  message: string;
  field?: string | null;
}

export type FieldErrors = Record<string, string>;

/** Whatever a rejected command gave, as `{ code, message, field? }`. */
export function toIpcError(e: unknown): IpcErrorLike {
  if (e && typeof e === 'object' && 'message' in e) {
    const o = e as { code?: unknown; message?: unknown; field?: unknown };
    return {
      code: typeof o.code === 'string' ? o.code : 'error',
      message: String(o.message),
      field: typeof o.field === 'string' && o.field ? o.field : null,
    };
  }
  if (typeof e === 'string') {
    try {
      const parsed = JSON.parse(e);
      if (parsed && typeof parsed === 'object' && 'message' in parsed) return toIpcError(parsed);
    } catch {
      /* a plain string */
    }
    return { code: 'error', message: e, field: null };
  }
  return { code: 'error', message: t('errors-something-went-wrong-no'), field: null };
}

/** A message as a sentence: capitalised, ending with a full stop, without a "field: " prefix. */
export function sentence(message: string, field?: string | null): string {
  let m = message.trim();
  if (field && m.startsWith(`${field}: `)) m = m.slice(field.length + 2);
  if (!m) return m;
  m = m.charAt(0).toUpperCase() + m.slice(1);
  return /[.!?…]$/.test(m) ? m : `${m}.`;
}

/** Splits an error into a message for one field or a general message. */
export function splitError(e: unknown): { fieldErrors: FieldErrors; general: string | null } {
  const err = toIpcError(e);
  if (err.field) return { fieldErrors: { [err.field]: sentence(err.message, err.field) }, general: null };
  return { fieldErrors: {}, general: sentence(err.message) };
}

/** One line for a notice: the message as a sentence. */
export function errorText(e: unknown): string {
  const err = toIpcError(e);
  return sentence(err.message, err.field);
}
