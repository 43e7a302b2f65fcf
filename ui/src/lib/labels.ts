/**
 * Plain-English words for the core's closed sets (kinds, roles, statuses): the core's
 * `label()` of each value, generated into bindings/labels.ts by the bindings test. The
 * TypeScript types make every value need a label.
 */
export {
  attendanceLabel, hitKindLabel, meetingKindLabel, meetingModeLabel, meetingStatusLabel, milestoneKindLabel,
  networkKindLabel, partnerRoleLabel, planStatusLabel,
} from './bindings/labels';

/** The entries of a label table, for a <select>. */
export function options<K extends string>(table: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(table) as K[]).map((value) => ({ value, label: table[value] }));
}
