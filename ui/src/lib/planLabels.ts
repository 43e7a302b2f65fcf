/**
 * Plain-English words for the plan's closed sets, the same words as the core's `label()`
 * (convene_core::plan::content). The TypeScript types make every value need a label.
 */
import type { ActionStatus, FundingSource, IndicatorKind, RevisionKind } from './planTypes';

export const fundingSourceLabel: Record<FundingSource, string> = {
  city: 'City budget',
  erdf: 'ERDF',
  esf_plus: 'ESF+',
  national: 'National',
  regional: 'Regional',
  private: 'Private',
  other: 'Other',
};

export const actionStatusLabel: Record<ActionStatus, string> = {
  idea: 'Idea',
  planned: 'Planned',
  ongoing: 'Ongoing',
  done: 'Done',
  dropped: 'Dropped',
};

export const indicatorKindLabel: Record<IndicatorKind, string> = {
  output: 'Output',
  result: 'Result',
};

export const revisionKindLabel: Record<RevisionKind, string> = {
  created: 'Created',
  edit: 'Edited',
  restore: 'Restored',
  received: 'Received',
  merge: 'Merged',
  resolve: 'Conflict resolved',
};
