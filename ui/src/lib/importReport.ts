/**
 * The importer's report as the UI reads it. The binding (ImportReport) is the core's
 * type; this is the part the screens show, so they work with any report that has it.
 */
import { count } from './wording';

export interface ImportCountsView {
  networks: number;
  partners: number;
  contacts: number;
  meetings: number;
  milestones: number;
  action_plans: number;
  practices: number;
  import_notes: number;
}

export interface ImportReportView {
  summary: string;
  changed: boolean;
  created?: ImportCountsView;
  skipped_existing?: ImportCountsView;
  networks?: { name: string; slug: string; line: number; created: ImportCountsView; existing: ImportCountsView }[];
  warnings: { line: number; text: string; message: string; kind?: string }[];
}

const COUNT_LABELS: [keyof ImportCountsView, string, string][] = [
  ['networks', 'network', 'networks'],
  ['partners', 'partner', 'partners'],
  ['contacts', 'contact e-mail', 'contact e-mails'],
  ['meetings', 'meeting', 'meetings'],
  ['milestones', 'milestone', 'milestones'],
  ['action_plans', 'action plan', 'action plans'],
  ['practices', 'good practice', 'good practices'],
  ['import_notes', 'import note', 'import notes'],
];

/** The non-zero counts as "4 networks", "35 partners", ... */
export function countPhrases(counts: ImportCountsView | undefined): string[] {
  if (!counts) return [];
  return COUNT_LABELS.filter(([k]) => counts[k] > 0).map(([k, one, many]) => count(counts[k], one, many));
}
