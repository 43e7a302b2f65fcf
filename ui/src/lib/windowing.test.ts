import { describe, expect, it } from 'vitest';
import { rowWindow } from './windowing';

describe('row window', () => {
  it('draws only the rows in view and a few around them', () => {
    const w = rowWindow(3200, 400, 32, 10_000, 5);
    expect(w.total).toBe(320_000);
    expect(w.start).toBe(95);
    expect(w.end).toBe(100 + 14 + 5);
    expect(w.offset).toBe(95 * 32);
    expect(w.end - w.start).toBeLessThan(40);
  });

  it('stays within the list at both ends', () => {
    expect(rowWindow(0, 400, 32, 10_000, 5).start).toBe(0);
    const bottom = rowWindow(400_000, 400, 32, 10_000, 5);
    expect(bottom.end).toBe(10_000);
    expect(bottom.start).toBeLessThanOrEqual(bottom.end);
    expect(rowWindow(0, 400, 32, 3)).toEqual({ start: 0, end: 3, offset: 0, total: 96 });
  });
});
