import { describe, expect, it } from 'vitest';
import { gridKey, step } from './planGrid';

const size = { rows: 2, cols: 3 };

describe('browsing the action table by keyboard', () => {
  it('Tab goes cell by cell, row after row, and leaves at the end', () => {
    expect(gridKey({ key: 'Tab' }, { row: 0, col: 0 }, size, false)).toEqual({ kind: 'move', to: { row: 0, col: 1 } });
    expect(gridKey({ key: 'Tab' }, { row: 0, col: 2 }, size, false)).toEqual({ kind: 'move', to: { row: 1, col: 0 } });
    expect(gridKey({ key: 'Tab' }, { row: 1, col: 2 }, size, false)).toEqual({ kind: 'leave', direction: 'forward' });
  });

  it('Shift+Tab goes back, and leaves before the first cell', () => {
    expect(gridKey({ key: 'Tab', shift: true }, { row: 1, col: 0 }, size, false)).toEqual({ kind: 'move', to: { row: 0, col: 2 } });
    expect(gridKey({ key: 'Tab', shift: true }, { row: 0, col: 0 }, size, false)).toEqual({ kind: 'leave', direction: 'backward' });
  });

  it('arrows move and stop at the edges; Home and End go to the ends of the row', () => {
    expect(gridKey({ key: 'ArrowDown' }, { row: 0, col: 1 }, size, false)).toEqual({ kind: 'move', to: { row: 1, col: 1 } });
    expect(gridKey({ key: 'ArrowDown' }, { row: 1, col: 1 }, size, false)).toEqual({ kind: 'move', to: { row: 1, col: 1 } });
    expect(gridKey({ key: 'ArrowLeft' }, { row: 0, col: 0 }, size, false)).toEqual({ kind: 'move', to: { row: 0, col: 0 } });
    expect(gridKey({ key: 'End' }, { row: 1, col: 0 }, size, false)).toEqual({ kind: 'move', to: { row: 1, col: 2 } });
    expect(gridKey({ key: 'Home' }, { row: 1, col: 2 }, size, false)).toEqual({ kind: 'move', to: { row: 1, col: 0 } });
  });

  it('Enter or F2 opens a cell; other keys leave it closed', () => {
    expect(gridKey({ key: 'Enter' }, { row: 0, col: 0 }, size, false)).toEqual({ kind: 'edit' });
    expect(gridKey({ key: 'F2' }, { row: 0, col: 0 }, size, false)).toEqual({ kind: 'edit' });
    expect(gridKey({ key: ' ' }, { row: 0, col: 0 }, size, false)).toEqual({ kind: 'none' });
  });

  it('leaves shortcuts with Ctrl or Alt to the window', () => {
    expect(gridKey({ key: 'k', ctrl: true }, { row: 0, col: 0 }, size, false)).toEqual({ kind: 'none' });
    expect(gridKey({ key: 'Tab' }, { row: 0, col: 0 }, { rows: 0, cols: 3 }, false)).toEqual({ kind: 'none' });
  });
});

describe('editing a cell by keyboard', () => {
  it('Enter saves and stays; Escape puts the old value back', () => {
    expect(gridKey({ key: 'Enter' }, { row: 0, col: 1 }, size, true)).toEqual({ kind: 'commit', then: null });
    expect(gridKey({ key: 'Escape' }, { row: 0, col: 1 }, size, true)).toEqual({ kind: 'cancel' });
    expect(gridKey({ key: 'Enter', shift: true }, { row: 0, col: 1 }, size, true)).toEqual({ kind: 'none' });
  });

  it('Tab saves and moves on; at the last cell it saves and leaves the table', () => {
    expect(gridKey({ key: 'Tab' }, { row: 0, col: 1 }, size, true)).toEqual({ kind: 'commit', then: { row: 0, col: 2 } });
    expect(gridKey({ key: 'Tab', shift: true }, { row: 0, col: 0 }, size, true)).toEqual({ kind: 'commit', then: null, leave: 'backward' });
    expect(gridKey({ key: 'Tab' }, { row: 1, col: 2 }, size, true)).toEqual({ kind: 'commit', then: null, leave: 'forward' });
  });

  it('arrow keys belong to the open field (moving the caret), not the table', () => {
    expect(gridKey({ key: 'ArrowLeft' }, { row: 0, col: 1 }, size, true)).toEqual({ kind: 'none' });
    expect(step({ row: 0, col: 2 }, size, false)).toEqual({ row: 1, col: 0 });
  });
});
