/**
 * Home's "Needs attention" list, short at first: of each kind, the first few lines about a
 * meeting or a network, and the core's line counting the ones it did not list; the rest
 * come with "Show the whole list".
 *
 * Why: on a large database the core lists up to 50 meetings of each kind (tentative soon,
 * no host, travel), about 150 lines and some 25,000 pixels in Home's narrow column, where
 * the first few of each kind already say what needs doing and the rest is one press away.
 * This is for the reader: its effect on the launch was within the noise
 * (docs/performance.md). A list with at most five lines of each kind is shown whole.
 */
import type { AttentionItem } from './types';

/** How many lines of each kind Home shows before "Show the whole list". */
export const FIRST_OF_EACH_KIND = 5;

/** The core's line counting the items of its kind it did not list. */
function isCountLine(a: AttentionItem): boolean {
  return a.kind !== 'import_warning' && a.meeting_id === null && a.network_id === null;
}

/** The lines shown before the list is opened in full, in the list's order. */
export function firstOfEachKind(items: AttentionItem[], perKind = FIRST_OF_EACH_KIND): AttentionItem[] {
  const seen = new Map<string, number>();
  return items.filter((a) => {
    if (isCountLine(a)) return true;
    const n = seen.get(a.kind) ?? 0;
    seen.set(a.kind, n + 1);
    return n < perKind;
  });
}
