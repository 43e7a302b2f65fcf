import { describe, expect, it } from 'vitest';
import { setLocale } from './i18n.svelte';
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
    expect(moveAnnouncement('', 0, 4)).toBe('Moved an untitled item to position 1 of 4.');
  });

  it('announces the move in the window’s language', async () => {
    await setLocale('fr');
    try {
      expect(moveAnnouncement('Déjeuner', 1, 4)).toBe('« Déjeuner » déplacé en position 2 sur 4.');
    } finally {
      await setLocale('en');
    }
  });
});
