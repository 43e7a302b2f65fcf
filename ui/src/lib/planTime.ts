/**
 * When something happened to a plan (a revision, a comment, a status change), as people
 * read it. The core sends instants as UTC `YYYY-MM-DDTHH:MM:SSZ`; they are shown on the
 * viewer's clock ("29 Nov 2026, 19:05"), in English built from parts as the core writes
 * dates, in every other language as CLDR writes it ("29 nov. 2026, 19:05").
 */
import { locale } from './i18n.svelte';
import { instantDateTime } from './localeFormat';

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const shortMonths = () => ENGLISH_MONTHS;

export function formatInstant(utc: string, zone?: string): string {
  const d = new Date(utc);
  if (Number.isNaN(d.getTime())) return utc;
  if (locale.code !== 'en') return instantDateTime(d, locale.tag, zone);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false,
  }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${Number(get('day'))} ${shortMonths()[Number(get('month')) - 1]} ${get('year')}, ${get('hour')}:${get('minute')}`;
}
