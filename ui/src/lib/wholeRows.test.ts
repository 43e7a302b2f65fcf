import { describe, expect, it } from 'vitest';
import { wholeRowsHeight } from './wholeRows';

describe('a list box of whole rows', () => {
  it('is as tall as its first rows, ending on a row’s bottom edge, whatever their heights', () => {
    const rows = [
      { top: 100, bottom: 160.5 },
      { top: 160.5, bottom: 221 },
      { top: 221, bottom: 302 },
      { top: 302, bottom: 362.5 },
      { top: 362.5, bottom: 423 },
    ];
    expect(wholeRowsHeight(rows, 4)).toBe(262.5);
    expect(wholeRowsHeight(rows, 1)).toBe(60.5);
  });

  it('sets no limit when every row fits', () => {
    const rows = [{ top: 0, bottom: 60 }, { top: 60, bottom: 120 }];
    expect(wholeRowsHeight(rows, 4)).toBeNull();
    expect(wholeRowsHeight(rows, 2)).toBeNull();
    expect(wholeRowsHeight([], 4)).toBeNull();
    expect(wholeRowsHeight(rows, 0)).toBeNull();
  });
});
