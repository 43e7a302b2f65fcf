/**
 * Plain-English words for the core's closed sets (kinds, roles, statuses), the same
 * words as the core's `label()`. The TypeScript types make every value need a label.
 */
import type {
  AttendanceStatus, HitKind, MeetingKind, MeetingMode, MeetingStatus, NetworkKind, PartnerRole, PlanStatus,
} from './types';

export const meetingKindLabel: Record<MeetingKind, string> = {
  kick_off: 'Kick-off',
  transnational: 'Transnational meeting',
  city_visit: 'City visit',
  final_event: 'Final event',
  local_group: 'Local group',
  online_touch_base: 'Online touch-base',
  phase_review: 'Phase review',
  other: 'Other',
};

export const meetingModeLabel: Record<MeetingMode, string> = {
  in_person: 'In person',
  online: 'Online',
  hybrid: 'Hybrid',
};

export const meetingStatusLabel: Record<MeetingStatus, string> = {
  tentative: 'Tentative',
  confirmed: 'Confirmed',
  held: 'Held',
  postponed: 'Postponed',
  cancelled: 'Cancelled',
};

export const attendanceLabel: Record<AttendanceStatus, string> = {
  invited: 'Invited',
  accepted: 'Accepted',
  declined: 'Declined',
  tentative: 'Tentative',
  attended: 'Attended',
};

export const networkKindLabel: Record<NetworkKind, string> = {
  action_planning: 'Action planning',
  transfer: 'Transfer',
  innovation_transfer: 'Innovation transfer',
  implementation: 'Implementation',
  other: 'Other',
};

export const partnerRoleLabel: Record<PartnerRole, string> = {
  lead_partner: 'Lead partner',
  partner: 'Partner',
  good_practice_city: 'Good practice city',
  transfer_city: 'Transfer city',
  associated: 'Associated',
};

export const planStatusLabel: Record<PlanStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  final: 'Final',
  adopted: 'Adopted',
};

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
