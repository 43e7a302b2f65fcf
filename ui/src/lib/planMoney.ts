/**
 * Amounts of money in an action plan, as people read and type them.
 *
 * The core sends euros as decimal strings ("12500.00", "-300.5") and computes every total,
 * share and gap itself (exact decimals in Rust). This module never turns an amount into a
 * JavaScript number: formatting works on the digits, the typed-input check only rewrites
 * separators, and the one ratio the UI draws (a bar's length) is computed on whole cents
 * with BigInt. So a total shown is the core's total to the cent, however large.
 */
import { decimalParts } from './decimal';
import { locale, t } from './i18n.svelte';
import { decimalSeparator, formatMoney, formatPercent } from './localeFormat';

export { decimalParts, type DecimalParts } from './decimal';

/**
 * "12500.5" as the window's language writes money: "€12,500.50", "12 500,50 €",
 * "12.500,50 €"; at least two decimals (more are kept, never rounded away). Anything that
 * is not a decimal is shown as it came, so a surprise from the core is visible rather
 * than hidden; no amount is a dash.
 */
export function formatEuros(amount: string | null | undefined, tag: string = locale.tag): string {
  if (amount === null || amount === undefined || amount.trim() === '') return '—';
  return formatMoney(amount, tag);
}

/**
 * Spoken form for an aria-label, the currency named in words ("12,500.50 euros",
 * "12 500,50 euros", "12.500,50 Euro"): a screen reader may skip the € sign.
 */
export function spokenEuros(amount: string | null | undefined, tag: string = locale.tag): string {
  if (amount === null || amount === undefined || amount.trim() === '') return t('plan-money-no-amount');
  return formatMoney(amount, tag, 'EUR', 'name');
}

/** Whether an amount is zero to the cent ("0", "0.00", "-0"); false for anything not an amount. */
export function isZeroAmount(amount: string): boolean {
  return toCents(amount) === 0n;
}

/**
 * An amount as its edit field starts: no grouping, the window language's decimal
 * separator ("12500,10" in French, "12500.10" in English), so what the person sees is
 * what they would type; parseEuroInput reads it back exactly.
 */
export function amountForEditing(amount: string | null | undefined, tag: string = locale.tag): string {
  if (amount === null || amount === undefined) return '';
  const p = decimalParts(amount);
  if (!p) return amount;
  const sign = p.negative ? '-' : '';
  return p.fraction === '' ? `${sign}${p.whole}` : `${sign}${p.whole}${decimalSeparator(tag)}${p.fraction}`;
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
  const raw = text.replace(/[\s\u00a0\u202f'\u2019]/g, '').replace(/^€|€$|EUR$/gi, '');
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
 * A share from basis points (for labels next to a bar) as the window's language writes a
 * percentage ("37.5%", "37,5 %"): always one decimal, rounded half up on whole tenths
 * ("60.0%", "33.3%", "100.0%"), so shares in a column read alike. A share that is not
 * zero but rounds to nothing reads "< 0.1%", never "0.0%".
 */
export function formatShare(basisPoints: number, tag: string = locale.tag): string {
  const bp = Math.max(0, Math.trunc(basisPoints));
  if (bp > 0 && bp < 5) return `< ${formatPercent(1, tag)}`;
  return formatPercent(Math.floor((bp + 5) / 10), tag);
}
