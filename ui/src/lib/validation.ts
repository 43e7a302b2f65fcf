/**
 * Checks a form runs while the person types, before anything is sent to the core.
 *
 * They mirror the core's rules (convene-core `validate.rs` and each module's `clean`) so a
 * mistake shows at once, beside the right input, in the same words whether it was caught
 * here or by the core. The limits themselves are the core's, generated into
 * bindings/limits.ts by the bindings test (never copied here). Field keys are the core's field names ("title", "start", "end",
 * "time_zone", "contact_email", "phases[0].name", ...), so an error the core returns lands
 * on the same input. The core still checks everything: these are a courtesy, not the rule.
 */
import { t } from './i18n.svelte';
import { FIRST_YEAR, LAST_YEAR, LINE_MAX, NAME_MAX } from './bindings/limits';
import { parseIsoDate, type IsoDate } from './dates';
import type { FieldErrors } from './errors';

export { FIRST_YEAR, LAST_YEAR, LINE_MAX, NAME_MAX, TEXT_MAX, TITLE_MAX } from './bindings/limits';

export function requiredError(value: string, max: number): string | null {
  if (!value.trim()) return t('validation-must-not-empty');
  return lengthError(value, max);
}

export function lengthError(value: string, max: number): string | null {
  const n = [...value.trim()].length;
  return n > max ? t('validation-characters-long-limit', { n: n, max: max }) : null;
}

/** Same rule as the core: name@domain.tld, no spaces, one @. Empty is allowed. */
export function emailError(value: string): string | null {
  const v = value.trim();
  if (!v) return null;
  const bad = t('validation-not-e-mail-address', { v: v });
  const at = v.indexOf('@');
  if (at <= 0 || /\s/.test(v)) return bad;
  const domain = v.slice(at + 1);
  if (
    domain.includes('@') || !domain.includes('.') || domain.startsWith('.') || domain.endsWith('.') ||
    domain.includes('..') || !/^[\p{L}\p{N}.-]+$/u.test(domain)
  ) {
    return bad;
  }
  return lengthError(v, NAME_MAX);
}

/** An http(s) address; empty is allowed. */
export function urlError(value: string): string | null {
  const v = value.trim();
  if (!v) return null;
  const rest = v.startsWith('https://') ? v.slice(8) : v.startsWith('http://') ? v.slice(7) : null;
  if (rest === null) return t('validation-must-start-https-http', { v: v });
  if (!rest || /\s/.test(v)) return t('validation-not-web-address', { v: v });
  return lengthError(v, LINE_MAX);
}

/** A date written YYYY-MM-DD in 1990-2100; empty is an error only when `required`. */
export function dateError(value: string, required: boolean): string | null {
  const v = value.trim();
  if (!v) return required ? t('validation-enter-date-yyyy-mm') : null;
  const p = parseIsoDate(v);
  if (!p) return t('validation-not-date-write-yyyy', { v: v });
  if (p.year < FIRST_YEAR || p.year > LAST_YEAR) return t('validation-year-outside', { year: p.year, fIRST_YEAR: FIRST_YEAR, lAST_YEAR: LAST_YEAR });
  return null;
}

/** "9:00", "09.00", "0900" -> "09:00"; null when it is not a time of day. */
export function normaliseTime(value: string): string | null {
  const m = /^(\d{1,2})(?:[:.h]?(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

export function timeError(value: string, required: boolean): string | null {
  const v = value.trim();
  if (!v) return required ? t('validation-enter-time-hh-mm') : null;
  return normaliseTime(v) ? null : t('validation-not-time-write-hh', { v: v });
}

/** Adds `message` under `field` unless it is null. */
export function put(errors: FieldErrors, field: string, message: string | null): void {
  if (message) errors[field] = message;
}

/** End date not before start date (both optional). */
export function dateOrderError(start: IsoDate, end: IsoDate): string | null {
  if (!parseIsoDate(start) || !parseIsoDate(end)) return null;
  return end < start ? t('validation-before-start', { end: end, start: start }) : null;
}

/** A whole, non-negative number or nothing. */
export function countError(value: string): string | null {
  const v = value.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!v) return null;
  if (!/^\d+$/.test(v)) return t('validation-not-whole-number', { value: value.trim() });
  return null;
}

export function parseCount(value: string): number | null {
  const v = value.trim().replace(/[\s\u00a0\u202f]/g, '');
  return /^\d+$/.test(v) ? Number(v) : null;
}
