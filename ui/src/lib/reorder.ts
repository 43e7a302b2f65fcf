/**
 * Reordering a list (the agenda) by keyboard, buttons or drag and drop.
 *
 * Every way of moving ends in [`moveItem`], which returns a new array holding the same
 * items in the new order; indices out of range leave the order as it was.
 */
import { t } from './i18n.svelte';

/** A copy of `list` with the item at `from` moved to `to`. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = list.slice();
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return copy;
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

/** -1 for Alt+ArrowUp, +1 for Alt+ArrowDown, 0 for any other key. */
export function reorderDirection(e: { key: string; altKey: boolean; ctrlKey?: boolean; metaKey?: boolean }): -1 | 0 | 1 {
  if (!e.altKey || e.ctrlKey || e.metaKey) return 0;
  if (e.key === 'ArrowUp') return -1;
  if (e.key === 'ArrowDown') return 1;
  return 0;
}

/** What a screen reader hears after a move. */
export function moveAnnouncement(title: string, to: number, length: number): string {
  const args = { title, position: to + 1, count: length };
  return title ? t('reorder-moved', args) : t('reorder-moved-untitled', args);
}
