/**
 * Keyboard editing of a table of cells (the action table): which cell is active, and what
 * a key does there. Pure, so the rules are tested without a DOM.
 *
 * Browsing (no cell open): Tab and Shift+Tab go to the next and previous cell, row after
 * row, and leave the table at either end (so Tab reaches the "Add action" button); the
 * arrow keys move within the table and stop at its edges; Home and End go to the first
 * and last cell of the row; Enter or F2 opens the cell for editing.
 * Editing (a cell open): Enter saves it and stays on the cell; Tab and Shift+Tab save it
 * and move on; Escape puts back what the cell held. Shift+Enter is left to the field (a
 * new line in a multi-line cell).
 */

export interface Cell {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
}

export type GridCommand =
  | { kind: 'move'; to: Cell }
  | { kind: 'leave'; direction: 'forward' | 'backward' }
  | { kind: 'edit' }
  | { kind: 'commit'; then: Cell | null; leave?: 'forward' | 'backward' }
  | { kind: 'cancel' }
  | { kind: 'none' };

export interface KeyInput {
  key: string;
  shift?: boolean;
  ctrl?: boolean;
  alt?: boolean;
}

/** The cell after (or before) `at`, row after row, or null past either end. */
export function step(at: Cell, size: GridSize, backward: boolean): Cell | null {
  const index = at.row * size.cols + at.col + (backward ? -1 : 1);
  if (index < 0 || index >= size.rows * size.cols) return null;
  return { row: Math.floor(index / size.cols), col: index % size.cols };
}

function clamp(cell: Cell, size: GridSize): Cell {
  return {
    row: Math.min(Math.max(cell.row, 0), size.rows - 1),
    col: Math.min(Math.max(cell.col, 0), size.cols - 1),
  };
}

/** What `key` does in the cell `at`, given whether that cell is open for editing. */
export function gridKey(input: KeyInput, at: Cell, size: GridSize, editing: boolean): GridCommand {
  if (size.rows === 0 || size.cols === 0) return { kind: 'none' };
  if (input.ctrl || input.alt) return { kind: 'none' };
  const { key, shift = false } = input;

  if (editing) {
    if (key === 'Escape') return { kind: 'cancel' };
    if (key === 'Enter' && !shift) return { kind: 'commit', then: null };
    if (key === 'Tab') {
      const next = step(at, size, shift);
      return next ? { kind: 'commit', then: next } : { kind: 'commit', then: null, leave: shift ? 'backward' : 'forward' };
    }
    return { kind: 'none' };
  }

  switch (key) {
    case 'Tab': {
      const next = step(at, size, shift);
      return next ? { kind: 'move', to: next } : { kind: 'leave', direction: shift ? 'backward' : 'forward' };
    }
    case 'ArrowRight':
      return { kind: 'move', to: clamp({ row: at.row, col: at.col + 1 }, size) };
    case 'ArrowLeft':
      return { kind: 'move', to: clamp({ row: at.row, col: at.col - 1 }, size) };
    case 'ArrowDown':
      return { kind: 'move', to: clamp({ row: at.row + 1, col: at.col }, size) };
    case 'ArrowUp':
      return { kind: 'move', to: clamp({ row: at.row - 1, col: at.col }, size) };
    case 'Home':
      return { kind: 'move', to: { row: at.row, col: 0 } };
    case 'End':
      return { kind: 'move', to: { row: at.row, col: size.cols - 1 } };
    case 'Enter':
    case 'F2':
      return { kind: 'edit' };
    default:
      return { kind: 'none' };
  }
}
