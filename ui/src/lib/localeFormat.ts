/**
 * Dates, times, weekday and month names, numbers and money as a locale writes them, from
 * the webview's CLDR data (`Intl`), and the first day of its week.
 *
 * Every function takes the BCP 47 tag to format with (`locale.tag` of i18n.svelte.ts is the
 * window's), so tests can ask for any locale. Invariants: a date "YYYY-MM-DD" is formatted
 * as that calendar day whatever the viewer's zone (it is read as UTC midnight and printed in
 * UTC); an amount of money is never turned into a JavaScript number: its digits are placed
 * into the locale's pattern, so "12500.10" prints every cent ("12 500,10 €", "12.500,10 €",
 * "€12,500.10").
 */
import { decimalParts } from './decimal';

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${tag}|${JSON.stringify(options)}`;
  let f = formats.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', ...options });
    formats.set(key, f);
  }
  return f;
}

function numberFormat(tag: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n|${tag}|${JSON.stringify(options)}`;
  let f = formats.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(tag, options);
    formats.set(key, f);
  }
  return f;
}

function utcDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** "5 December 2026", "5 décembre 2026", "5. Dezember 2026". */
export function longDate(iso: string, tag: string): string {
  const d = utcDate(iso);
  return d ? dateFormat(tag, { day: 'numeric', month: 'long', year: 'numeric' }).format(d) : iso;
}

/** "Sat 5 Dec 2026", "sam. 5 déc. 2026", "Sa., 5. Dez. 2026". */
export function shortDate(iso: string, tag: string, withYear = true): string {
  const d = utcDate(iso);
  if (!d) return iso;
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
  return dateFormat(tag, withYear ? { ...options, year: 'numeric' } : options).format(d);
}

/** "5–7 Dec 2026", "5–7 déc. 2026", a locale's own way of writing a range of days. */
export function dateRange(first: string, last: string, tag: string): string {
  const a = utcDate(first);
  const b = utcDate(last);
  if (!a || !b) return `${first} – ${last}`;
  return dateFormat(tag, { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(a, b);
}

/** "HH:MM" as the locale writes it: "14:30" in French and German, "14:30" or "2:30 pm" in English. */
export function clockTime(hhmm: string, tag: string): string {
  const m = /^(\d{1,2}):(\d{2})/.exec(hhmm);
  if (!m) return hhmm;
  const d = new Date(Date.UTC(2000, 0, 3, Number(m[1]), Number(m[2])));
  return dateFormat(tag, { hour: '2-digit', minute: '2-digit' }).format(d);
}

/**
 * An instant on the clock of `zone` (the viewer's own when omitted), day, short month, year
 * and 24-hour time: "29 nov. 2026, 19:05", "29. Nov. 2026, 19:05".
 */
export function instantDateTime(instant: Date, tag: string, zone?: string): string {
  const key = `i|${tag}|${zone ?? ''}`;
  let f = formats.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(tag, {
      timeZone: zone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    formats.set(key, f);
  }
  return f.format(instant);
}

/** "December 2026", "décembre 2026". */
export function monthYear(year: number, month: number, tag: string): string {
  return dateFormat(tag, { month: 'long', year: 'numeric' }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** The twelve month names, January first. */
export function monthNames(tag: string, width: 'long' | 'short' = 'long'): string[] {
  const f = dateFormat(tag, { month: width });
  return Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2021, i, 1))));
}

/** The seven weekday names, Monday first (2021-03-01 was a Monday). */
export function weekdayNames(tag: string, width: 'long' | 'short' | 'narrow' = 'long'): string[] {
  const f = dateFormat(tag, { weekday: width });
  return Array.from({ length: 7 }, (_, i) => f.format(new Date(Date.UTC(2021, 2, 1 + i))));
}

/** "12,500", "12 500", "12.500". */
export function formatNumber(n: number, tag: string, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(tag, options).format(n);
}

/** The locale's decimal separator: "." in English, "," in French and German. */
export function decimalSeparator(tag: string): string {
  return numberFormat(tag).formatToParts(1.5).find((x) => x.type === 'decimal')?.value ?? '.';
}

/**
 * A percentage given in whole tenths of a percent (375 is 37.5 %), with one decimal, as the
 * locale writes it: "37.5%", "37,5 %". Tenths are whole, so nothing is rounded here.
 */
export function formatPercent(tenths: number, tag: string): string {
  return numberFormat(tag, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(tenths / 1000);
}

/**
 * A decimal amount "12500.1" in `currency` as the locale writes money, every digit kept:
 * at least the currency's two decimals, more when the amount has them; with
 * `currencyDisplay: 'name'` the currency is a word ("12,500.10 euros"), for screen readers. Anything that is
 * not a decimal is returned as it came.
 */
export function formatMoney(
  amount: string,
  tag: string,
  currency = 'EUR',
  currencyDisplay: 'symbol' | 'name' = 'symbol',
): string {
  const p = decimalParts(amount);
  if (!p) return amount;
  const fraction = p.fraction.replace(/0+$/, '').padEnd(2, '0');
  const f = numberFormat(tag, { style: 'currency', currency, currencyDisplay });
  const sample = f.formatToParts(p.negative ? -1234.5 : 1234.5);
  // Polish, Spanish, Italian and Portuguese group from five digits only: 12345 shows the separator.
  const group = f.formatToParts(12345.5).find((x) => x.type === 'group')?.value;
  const groupsFourDigits = f.formatToParts(1234).some((x) => x.type === 'group');
  const grouped =
    group !== undefined && (p.whole.length > 4 || (p.whole.length === 4 && groupsFourDigits))
      ? p.whole.replace(/\B(?=(\d{3})+(?!\d))/g, group)
      : p.whole;
  let wholeDone = false;
  return sample
    .map((part) => {
      if (part.type === 'integer') {
        if (wholeDone) return '';
        wholeDone = true;
        return grouped;
      }
      if (part.type === 'group') return '';
      if (part.type === 'fraction') return fraction;
      return part.value;
    })
    .join('');
}

/**
 * CLDR's first day of the week by territory (supplemental weekData), for engines whose
 * Intl.Locale has no week information: every territory not listed starts on Monday.
 */
const SUNDAY_FIRST = new Set(
  'AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(' '),
);
const SATURDAY_FIRST = new Set('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));
/** The territory CLDR assumes for a bare language (its likely subtags), for the ten languages. */
const LIKELY_REGION: Record<string, string> = {
  en: 'US', fr: 'FR', de: 'DE', es: 'ES', it: 'IT', pt: 'BR', pl: 'PL', nl: 'NL', el: 'GR', ro: 'RO',
};

/** The first day of the week in `tag`'s locale: 0 = Monday ... 6 = Sunday. */
export function firstDayOfWeek(tag: string): number {
  try {
    const loc = new Intl.Locale(tag) as Intl.Locale & {
      weekInfo?: { firstDay: number };
      getWeekInfo?: () => { firstDay: number };
    };
    const info = loc.getWeekInfo?.() ?? loc.weekInfo;
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return info.firstDay - 1;
  } catch {
    /* fall through to the table */
  }
  return firstDayFromTable(tag);
}

/** The same answer from CLDR's table alone. */
export function firstDayFromTable(tag: string): number {
  const [language, ...rest] = tag.split(/[-_]/);
  const region = rest.find((s) => /^[A-Za-z]{2}$|^\d{3}$/.test(s))?.toUpperCase() ?? LIKELY_REGION[language.toLowerCase()] ?? '001';
  if (SUNDAY_FIRST.has(region)) return 6;
  if (SATURDAY_FIRST.has(region)) return 5;
  return 0;
}
