/**
 * A word-level difference between two revisions of a section, laid out side by side.
 *
 * The core computes the difference (words and the white space between them, in order)
 * as a list of pieces that are kept, removed or added. The older text is the kept and
 * removed pieces in order; the newer text is the kept and added pieces. Each side is split
 * into lines at the newlines inside the pieces, so paragraphs line up as written and a
 * marked piece that spans a line break is marked on both lines.
 */
import { t } from './i18n.svelte';


export type DiffKind = 'equal' | 'delete' | 'insert';

export interface DiffPiece {
  kind: DiffKind;
  text: string;
}

export interface SideBySide {
  /** The older text as lines of pieces (kept and removed). */
  before: DiffPiece[][];
  /** The newer text as lines of pieces (kept and added). */
  after: DiffPiece[][];
  added: number;
  removed: number;
  /** Nothing changed. */
  same: boolean;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function toLines(pieces: DiffPiece[]): DiffPiece[][] {
  const lines: DiffPiece[][] = [[]];
  for (const piece of pieces) {
    const parts = piece.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== '') lines[lines.length - 1].push({ kind: piece.kind, text: part });
    });
  }
  return lines;
}

export function sideBySide(pieces: DiffPiece[]): SideBySide {
  const before = pieces.filter((p) => p.kind !== 'insert');
  const after = pieces.filter((p) => p.kind !== 'delete');
  const added = pieces.filter((p) => p.kind === 'insert').reduce((n, p) => n + words(p.text), 0);
  const removed = pieces.filter((p) => p.kind === 'delete').reduce((n, p) => n + words(p.text), 0);
  return { before: toLines(before), after: toLines(after), added, removed, same: !pieces.some((p) => p.kind !== 'equal') };
}

/** The texts the pieces came from (for checks: the diff must rebuild both exactly). */
export function texts(pieces: DiffPiece[]): { before: string; after: string } {
  return {
    before: pieces.filter((p) => p.kind !== 'insert').map((p) => p.text).join(''),
    after: pieces.filter((p) => p.kind !== 'delete').map((p) => p.text).join(''),
  };
}

/** "3 words added, 1 removed" / "No change". */
export function changeSummary(d: SideBySide): string {
  if (d.same) return t('plan-diff-no-change');
  const parts: string[] = [];
  if (d.added) parts.push(t('plan-diff-words-added', { count: d.added }));
  if (d.removed) parts.push(t('plan-diff-words-removed', { count: d.removed }));
  return parts.join(', ') || t('plan-diff-white-space-changed');
}
