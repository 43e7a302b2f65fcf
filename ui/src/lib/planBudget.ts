/**
 * The budget summary as the screen shows it, from the core's computed summary. Labels
 * come from the label tables; amounts stay the core's decimal strings.
 */
import type { PlanSummary } from './planTypes';

/** One line of a money breakdown: a label and its euros (a decimal string from the core). */
export interface MoneyRow {
  label: string;
  amount: string;
}

/** The breakdowns of a summary as rows of label and euros. */
export function budgetRows(s: PlanSummary): { bySource: MoneyRow[]; byObjective: MoneyRow[] } {
  return {
    bySource: s.funding_by_source.map((x) => ({ label: x.label, amount: x.amount })),
    byObjective: s.cost_by_objective.map((x) => ({ label: x.objective, amount: x.cost })),
  };
}
