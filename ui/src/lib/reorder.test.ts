import { describe, expect, it } from 'vitest';
import { moveAnnouncement, moveItem, reorderDirection } from './reorder';

describe('reordering', () => {
  const list = ['Welcome', 'Site visit', 'Lunch', 'Workshop'];

  it('moves an item up, down, to either end, without changing the original', () => {
    expect(moveItem(list, 2, 1)).toEqual(['Welcome', 'Lunch', 'Site visit', 'Workshop']);
    expect(moveItem(list, 0, 3)).toEqual(['Site visit', 'Lunch', 'Workshop', 'Welcome']);
    expect(moveItem(list, 3, 0)).toEqual(['Workshop', 'Welcome', 'Site visit', 'Lunch']);
    expect(list).toEqual(['Welcome', 'Site visit', 'Lunch', 'Workshop']);
  });

  it('leaves the order alone for moves past either end', () => {
    expect(moveItem(list, 0, -1)).toEqual(list);
    expect(moveItem(list, 3, 4)).toEqual(list);
  });

  it('takes Alt+ArrowUp and Alt+ArrowDown only', () => {
    expect(reorderDirection({ key: 'ArrowUp', altKey: true })).toBe(-1);
    expect(reorderDirection({ key: 'ArrowDown', altKey: true })).toBe(1);
    expect(reorderDirection({ key: 'ArrowDown', altKey: false })).toBe(0);
    expect(reorderDirection({ key: 'ArrowDown', altKey: true, ctrlKey: true })).toBe(0);
    expect(moveAnnouncement('Lunch', 1, 4)).toBe('Moved "Lunch" to position 2 of 4.');
  });
});
