/**
 * Plain decimal strings ("-1234.5"), as the core sends amounts of money, taken apart into
 * sign and digits. Its own module because both the locale formatter (localeFormat.ts) and
 * the plan's money (planMoney.ts) read amounts this way, and neither may turn an amount
 * into a JavaScript number.
 */

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
