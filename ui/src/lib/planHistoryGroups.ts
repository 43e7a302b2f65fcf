/**
 * The plan's history as a coordinator reads it. The core keeps one revision per save
 * (every cell edit in the action table is one), so three actions typed in make a screen
 * of near-identical "Changed action …" rows. For display only, a run of consecutive
 * edits by the same author with the same message, each made within
 * `RUN_GAP_MINUTES` of the one before it, becomes one entry that can be expanded back
 * into its revisions.
 *
 * Invariants: every revision appears in exactly one entry, entries and the revisions
 * inside them are newest first, and only plain edits (`kind: "edit"`) are ever grouped:
 * the first revision, restores, received copies, merges and resolutions always stand
 * alone, as do revisions without a message.
 */
import { formatInstant } from './planTime';
import type { Revision } from './planTypes';

/** The longest pause between two saves of one run, in minutes. */
export const RUN_GAP_MINUTES = 10;

/** One line of the history: a single revision, or a run of like saves (newest first, two or more). */
export type HistoryEntry =
  | { kind: 'single'; revision: Revision }
  | { kind: 'run'; revisions: Revision[] };

const instant = (r: Revision) => new Date(r.created_at).getTime();

function continues(newer: Revision, older: Revision): boolean {
  if (newer.kind !== 'edit' || older.kind !== 'edit') return false;
  if (!newer.message || newer.message !== older.message || newer.author !== older.author) return false;
  const gap = instant(newer) - instant(older);
  return Number.isFinite(gap) && gap >= 0 && gap <= RUN_GAP_MINUTES * 60_000;
}

/** Groups revisions (in any order) into history entries, newest first. */
export function groupRevisions(revisions: readonly Revision[]): HistoryEntry[] {
  const listed = [...revisions].sort((a, b) => b.number - a.number);
  const runs: Revision[][] = [];
  for (const r of listed) {
    const run = runs.at(-1);
    if (run && continues(run[run.length - 1], r)) run.push(r);
    else runs.push([r]);
  }
  return runs.map((run) => (run.length === 1 ? { kind: 'single', revision: run[0] } : { kind: 'run', revisions: run }));
}

/**
 * When a run was saved, oldest to newest: "29 Nov 2026, 20:03–20:05", or both instants
 * in full when the run crosses midnight on the viewer's clock.
 */
export function runPeriod(run: readonly Revision[], zone?: string): string {
  const first = formatInstant(run[run.length - 1].created_at, zone);
  const last = formatInstant(run[0].created_at, zone);
  const [firstDay, firstTime] = first.split(', ');
  const [lastDay, lastTime] = last.split(', ');
  if (first === last) return first;
  if (firstDay === lastDay && firstTime && lastTime) return `${firstDay}, ${firstTime}–${lastTime}`;
  return `${first} – ${last}`;
}
