/**
 * Amounts of money in an action plan, as people read and type them.
 *
 * The core sends euros as decimal strings ("12500.00", "-300.5") and computes every total,
 * share and gap itself (exact decimals in Rust). This module never turns an amount into a
 * JavaScript number: formatting works on the digits, the typed-input check only rewrites
 * separators, and the one ratio the UI draws (a bar's length) is computed on whole cents
 * with BigInt. So a total shown is the core's total to the cent, however large.
 */
import { t } from './i18n.svelte';

export interface DecimalParts {
  negative: boolean;
  /** Digits before the decimal point, without leading zeros ("0" for none). */
  whole: string;
  /** Digits after the decimal point, as sent (may be empty). */
  fraction: string;
}

/** The parts of a plain decimal string ("-1234.5"), or null for anything else. */
export function decimalParts(text: string): DecimalParts | null {
  const m = /^([+-])?(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const whole = m[2].replace(/^0+(?=\d)/, '') || '0';
  const fraction = m[3] ?? '';
  const zero = /^0*$/.test(whole + fraction);
  return { negative: m[1] === '-' && !zero, whole, fraction };
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * "12500.5" as "€12,500.50": thousands grouped, at least two decimals (more are kept, never
 * rounded away), a minus sign before the euro sign. Anything that is not a decimal is
 * shown as it came, so a surprise from the core is visible rather than hidden.
 */
export function formatEuros(amount: string | null | undefined): string {
  if (amount === null || amount === undefined || amount.trim() === '') return '—';
  const p = decimalParts(amount);
  if (!p) return amount;
  const fraction = p.fraction.replace(/0+$/, '').padEnd(2, '0');
  return `${p.negative ? '−' : ''}€${groupThousands(p.whole)}.${fraction}`;
}

/** Spoken form for an aria-label: "12,500.50 euros" (a screen reader may skip the € sign). */
export function spokenEuros(amount: string | null | undefined): string {
  const shown = formatEuros(amount);
  if (shown === '—') return t('plan-money-no-amount');
  return `${shown.replace('€', '')} euros`;
}

export type AmountInput = { ok: true; value: string } | { ok: false; message: string };

/**
 * What a person typed in an amount field, as the decimal string the core takes.
 *
 * Accepted: "12500", "12 500", "12,500.50", "12.500,50", "€ 1 200", "1200,5". Euros have
 * cents, so a separator followed by exactly three digits groups thousands ("1,500" and
 * "1.500" are both one thousand five hundred), and when both "." and "," appear the last
 * one is the decimal point. Empty input is `""` (no amount). Anything else is refused
 * with a message saying what to type; nothing is guessed or cut.
 */
export function parseEuroInput(text: string): AmountInput {
  const raw = text.replace(/[\s\u00a0\u202f']/g, '').replace(/^€|€$|EUR$/gi, '');
  if (raw === '') return { ok: true, value: '' };
  const bad: AmountInput = { ok: false, message: t('plan-money-type-amount-euros-such') };
  const m = /^(-)?([\d.,]+)$/.exec(raw);
  if (!m) return bad;
  const body = m[2];
  const seps = body.replace(/\d/g, '');
  let whole = body;
  let fraction = '';
  if (seps.length > 0) {
    const last = Math.max(body.lastIndexOf('.'), body.lastIndexOf(','));
    const tail = body.slice(last + 1);
    const mixed = seps.includes('.') && seps.includes(',');
    const lastIsDecimal = mixed || (seps.length === 1 && tail.length !== 3);
    if (lastIsDecimal) {
      whole = body.slice(0, last);
      fraction = tail;
      const grouping = whole.replace(/\d/g, '');
      if (grouping && !/^(\.+|,+)$/.test(grouping)) return bad;
      if (grouping && grouping[0] === body[last]) return bad;
    }
    const groups = whole.split(/[.,]/);
    if (groups.length > 1 && (groups[0] === '' || groups[0].length > 3 || groups.slice(1).some((g) => g.length !== 3))) return bad;
    whole = groups.join('');
  }
  if (whole === '' && fraction !== '') whole = '0';
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction)) return bad;
  if (fraction.length > 2) return { ok: false, message: t('plan-money-euros-have-two-decimals') };
  const normal = `${m[1] ?? ''}${whole.replace(/^0+(?=\d)/, '')}${fraction ? `.${fraction}` : ''}`;
  return { ok: true, value: normal };
}

/** An amount in whole cents, exactly (null when not a decimal). Fractions of a cent are dropped. */
export function toCents(amount: string): bigint | null {
  const p = decimalParts(amount);
  if (!p) return null;
  const cents = BigInt(p.whole) * 100n + BigInt((p.fraction + '00').slice(0, 2));
  return p.negative ? -cents : cents;
}

/**
 * How much of `total` `part` is, in hundredths of a percent (0..10000), for drawing a bar.
 * Null when either is not an amount or the total is not positive.
 */
export function shareBasisPoints(part: string, total: string): number | null {
  const p = toCents(part);
  const t = toCents(total);
  if (p === null || t === null || t <= 0n) return null;
  const clamped = p < 0n ? 0n : p > t ? t : p;
  return Number((clamped * 10000n) / t);
}

/**
 * "37.5 %" from basis points (for labels next to a bar): always one decimal, rounded half
 * up ("60.0 %", "33.3 %", "100.0 %"), so shares in a column read alike. A share that is not
 * zero but rounds to nothing reads "< 0.1 %", never "0.0 %".
 */
export function formatShare(basisPoints: number): string {
  const bp = Math.max(0, Math.trunc(basisPoints));
  if (bp > 0 && bp < 5) return '< 0.1 %';
  const tenths = Math.floor((bp + 5) / 10);
  return `${Math.floor(tenths / 10)}.${tenths % 10} %`;
}
