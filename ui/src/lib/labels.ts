/**
 * Words for the core's closed sets (kinds, roles, statuses), in the window's language.
 *
 * The core's `label()` of each value is generated into bindings/labels.ts (English); each
 * table here reads the same keys from the catalogue instead (`label-<set>-<value>` in
 * locales/*\/ui.ftl, whose English is the core's words), so `meetingKindLabel[kind]` stays
 * the way to name a value and follows a change of language. The TypeScript types still make
 * every value need a label; labels.test.ts holds the catalogue to the generated tables.
 */
import * as core from './bindings/labels';
import { t } from './i18n.svelte';

/** The message id of `key` in table `prefix` ("label-meeting-kind-" + "kick_off"). */
export function labelId(prefix: string, key: string): string {
  return `${prefix}${key.replaceAll('_', '-')}`;
}

function translated<K extends string>(prefix: string, table: Record<K, string>): Record<K, string> {
  return new Proxy(table, {
    get(target, key, receiver) {
      if (typeof key === 'string' && Object.hasOwn(target, key)) return t(labelId(prefix, key));
      return Reflect.get(target, key, receiver);
    },
  });
}

/** Every table with its catalogue prefix (the ids are `prefix` + value, "_" as "-"). */
export const LABEL_TABLES = {
  /* ids: label-meeting-kind- */ meetingKind: ['label-meeting-kind-', core.meetingKindLabel],
  /* ids: label-poll-answer- */ pollAnswer: ['label-poll-answer-', core.pollAnswerLabel],
  /* ids: label-meeting-mode- */ meetingMode: ['label-meeting-mode-', core.meetingModeLabel],
  /* ids: label-meeting-status- */ meetingStatus: ['label-meeting-status-', core.meetingStatusLabel],
  /* ids: label-attendance- */ attendance: ['label-attendance-', core.attendanceLabel],
  /* ids: label-network-kind- */ networkKind: ['label-network-kind-', core.networkKindLabel],
  /* ids: label-partner-role- */ partnerRole: ['label-partner-role-', core.partnerRoleLabel],
  /* ids: label-plan-status- */ planStatus: ['label-plan-status-', core.planStatusLabel],
  /* ids: label-funding-source- */ fundingSource: ['label-funding-source-', core.fundingSourceLabel],
  /* ids: label-action-status- */ actionStatus: ['label-action-status-', core.actionStatusLabel],
  /* ids: label-indicator-kind- */ indicatorKind: ['label-indicator-kind-', core.indicatorKindLabel],
  /* ids: label-revision-kind- */ revisionKind: ['label-revision-kind-', core.revisionKindLabel],
  /* ids: label-milestone-kind- */ milestoneKind: ['label-milestone-kind-', core.milestoneKindLabel],
  /* ids: label-hit-kind- */ hitKind: ['label-hit-kind-', core.hitKindLabel],
  /* ids: label-day-off-source- */ dayOffSource: ['label-day-off-source-', core.dayOffSourceLabel],
} as const;

const table = <K extends string>([prefix, words]: readonly [string, Record<K, string>]) => translated(prefix, words);

export const meetingKindLabel = table(LABEL_TABLES.meetingKind);
export const pollAnswerLabel = table(LABEL_TABLES.pollAnswer);
export const meetingModeLabel = table(LABEL_TABLES.meetingMode);
export const meetingStatusLabel = table(LABEL_TABLES.meetingStatus);
export const attendanceLabel = table(LABEL_TABLES.attendance);
export const networkKindLabel = table(LABEL_TABLES.networkKind);
export const partnerRoleLabel = table(LABEL_TABLES.partnerRole);
export const planStatusLabel = table(LABEL_TABLES.planStatus);
export const fundingSourceLabel = table(LABEL_TABLES.fundingSource);
export const actionStatusLabel = table(LABEL_TABLES.actionStatus);
export const indicatorKindLabel = table(LABEL_TABLES.indicatorKind);
export const revisionKindLabel = table(LABEL_TABLES.revisionKind);
export const milestoneKindLabel = table(LABEL_TABLES.milestoneKind);
export const hitKindLabel = table(LABEL_TABLES.hitKind);
export const dayOffSourceLabel = table(LABEL_TABLES.dayOffSource);

/** The entries of a label table, for a <select>. */
export function options<K extends string>(table: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(table) as K[]).map((value) => ({ value, label: table[value] }));
}
