/**
 * The payload types the UI uses, re-exported from the bindings generated from the Rust
 * types (ui/src/lib/bindings/, one file per type). Components import from here so that a
 * renamed binding file is fixed in one place.
 */
export type { AgendaItem } from './bindings/AgendaItem';
export type { AgendaItemInput } from './bindings/AgendaItemInput';
export type { Attendance } from './bindings/Attendance';
export type { AttendanceStatus } from './bindings/AttendanceStatus';
export type { Attendee } from './bindings/Attendee';
export type { Contact } from './bindings/Contact';
export type { ContactInput } from './bindings/ContactInput';
export type { DateRange } from './bindings/DateRange';
export type { Dependents } from './bindings/Dependents';
export type { HitKind } from './bindings/HitKind';
export type { ImportNote } from './bindings/ImportNote';
export type { LocalGroupMember } from './bindings/LocalGroupMember';
export type { LocalGroupMemberInput } from './bindings/LocalGroupMemberInput';
export type { Meeting } from './bindings/Meeting';
export type { MeetingInput } from './bindings/MeetingInput';
export type { MeetingKind } from './bindings/MeetingKind';
export type { MeetingMode } from './bindings/MeetingMode';
export type { MeetingStatus } from './bindings/MeetingStatus';
export type { MeetingSummary } from './bindings/MeetingSummary';
export type { DatePrecision } from './bindings/DatePrecision';
export type { Milestone } from './bindings/Milestone';
export type { MilestoneInput } from './bindings/MilestoneInput';
export type { MilestoneKind } from './bindings/MilestoneKind';
export type { Network } from './bindings/Network';
export type { NetworkInput } from './bindings/NetworkInput';
export type { NetworkKind } from './bindings/NetworkKind';
export type { NetworkSummary } from './bindings/NetworkSummary';
export type { Partner } from './bindings/Partner';
export type { PartnerInput } from './bindings/PartnerInput';
export type { PartnerLocalTime } from './bindings/PartnerLocalTime';
export type { PartnerRole } from './bindings/PartnerRole';
export type { Phase } from './bindings/Phase';
export type { ActionPlan } from './bindings/ActionPlan';
export type { PlanStatus } from './bindings/PlanStatus';
export type { Practice } from './bindings/Practice';
export type { PracticeInput } from './bindings/PracticeInput';
export type { PracticeSection } from './bindings/PracticeSection';
export type { PracticeSummary } from './bindings/PracticeSummary';
export type { Schedule } from './bindings/Schedule';
export type { ScheduleInput } from './bindings/ScheduleInput';
export type { SearchHit } from './bindings/SearchHit';
export type { AppInfo } from './bindings/AppInfo';
export type { Overview } from './bindings/Overview';
export type { NetworkTimeline } from './bindings/NetworkTimeline';
export type { TimelineItem } from './bindings/TimelineItem';
export type { AttentionItem } from './bindings/AttentionItem';
export type { AttentionKind } from './bindings/AttentionKind';
export type { IpcError } from './bindings/IpcError';
export type { CountryOption } from './bindings/CountryOption';
