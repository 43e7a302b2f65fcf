/**
 * Plain-English words for the plan's closed sets: the core's `label()` of each value
 * (convene_core::plan::content, plan::revisions), generated into bindings/labels.ts by the
 * bindings test. The TypeScript types make every value need a label.
 */
export { actionStatusLabel, fundingSourceLabel, indicatorKindLabel, revisionKindLabel } from './bindings/labels';
