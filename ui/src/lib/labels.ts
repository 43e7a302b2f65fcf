/**
 * Plain-English words for the core's closed sets (kinds, roles, statuses): the core's
 * `label()` of each value, generated into bindings/labels.ts by the bindings test. The
 * TypeScript types make every value need a label.
 *
 * Search hit kinds are not one of the core's labelled sets (convene-core `search.rs`
 * declares `HitKind` without words), so their words are here until it does.
 */
import type { HitKind } from './types';

export {
  attendanceLabel, meetingKindLabel, meetingModeLabel, meetingStatusLabel, milestoneKindLabel, networkKindLabel,
  partnerRoleLabel, planStatusLabel,
} from './bindings/labels';

export const hitKindLabel: Record<HitKind, string> = {
  network: 'Network',
  partner: 'Partner',
  meeting: 'Meeting',
  plan: 'Action plan',
  practice: 'Good practice',
};

/** The entries of a label table, for a <select>. */
export function options<K extends string>(table: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(table) as K[]).map((value) => ({ value, label: table[value] }));
}
