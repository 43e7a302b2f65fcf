/**
 * Words for the plan's closed sets (convene_core::plan::content, plan::revisions), in the
 * window's language: the tables of ./labels.ts, whose English is the core's `label()`.
 */
export { actionStatusLabel, fundingSourceLabel, indicatorKindLabel, revisionKindLabel } from './labels';
