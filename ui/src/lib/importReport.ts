/**
 * The importer's report as the UI reads it. The binding (ImportReport) is the core's
 * type; this is the part the screens show, so they work with any report that has it.
 */
import { t } from './i18n.svelte';

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

/** The counts named in a report, in this order; each is message `import-report-count-<key>` (plural). */
const COUNTED: (keyof ImportCountsView)[] = ['networks', 'partners', 'contacts', 'meetings', 'milestones', 'action_plans', 'practices', 'import_notes'];

/** The non-zero counts as "4 networks", "35 partners", ... */
export function countPhrases(counts: ImportCountsView | undefined): string[] {
  if (!counts) return [];
  return COUNTED.filter((k) => counts[k] > 0).map((k) => t(`import-report-count-${k.replaceAll('_', '-')}`, { count: counts[k] }));
}
