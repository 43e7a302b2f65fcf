/**
 * The action plan payloads the plan screens use, re-exported from the bindings generated
 * from the Rust types of convene_core::plan (ui/src/lib/bindings/), so that a renamed
 * binding file is fixed in one place.
 */
export type { Action } from './bindings/Action';
/** What a form sends to add or change an action: an Action, whose id the plan gives. */
export type { Action as ActionInput } from './bindings/Action';
export type { ActionStatus } from './bindings/ActionStatus';
export type { AuthorSetting } from './bindings/AuthorSetting';
export type { ChangeKind } from './bindings/ChangeKind';
export type { Comment } from './bindings/Comment';
export type { CommentInput } from './bindings/CommentInput';
export type { ConflictChoice } from './bindings/ConflictChoice';
export type { DiffSegment } from './bindings/DiffSegment';
export type { FundingLine } from './bindings/FundingLine';
export type { FundingSource } from './bindings/FundingSource';
export type { Indicator } from './bindings/Indicator';
export type { Indicator as IndicatorInput } from './bindings/Indicator';
export type { IndicatorKind } from './bindings/IndicatorKind';
export type { ObjectiveCost } from './bindings/ObjectiveCost';
export type { PlanConflict } from './bindings/PlanConflict';
export type { PlanDiff } from './bindings/PlanDiff';
export type { PlanDocument } from './bindings/PlanDocument';
export type { PlanListItem } from './bindings/PlanListItem';
export type { PlanSummary } from './bindings/PlanSummary';
export type { ReceiveOutcome } from './bindings/ReceiveOutcome';
export type { ReceiveReport } from './bindings/ReceiveReport';
export type { Revision } from './bindings/Revision';
export type { RevisionKind } from './bindings/RevisionKind';
export type { Risk } from './bindings/Risk';
export type { Risk as RiskInput } from './bindings/Risk';
export type { RowDiff } from './bindings/RowDiff';
export type { RowTable } from './bindings/RowTable';
export type { SavedRevision } from './bindings/SavedRevision';
export type { Section } from './bindings/Section';
export type { SectionDiff } from './bindings/SectionDiff';
export type { SegmentKind } from './bindings/SegmentKind';
export type { SourceAmount } from './bindings/SourceAmount';
export type { StatusChange } from './bindings/StatusChange';
export type { YearCount } from './bindings/YearCount';

/** The document formats of convene_plan_export::ExportFormat, by extension. */
export type ExportFormat = 'docx' | 'pdf' | 'md' | 'html';
