import { describe, expect, it } from 'vitest';
import { formatInstant } from './planTime';

describe('plan times', () => {
  it('show a UTC instant on the given clock', () => {
    expect(formatInstant('2026-11-29T19:05:00Z', 'UTC')).toBe('29 Nov 2026, 19:05');
    expect(formatInstant('2026-11-29T23:30:00Z', 'Europe/Riga')).toBe('30 Nov 2026, 01:30');
    expect(formatInstant('not a time')).toBe('not a time');
  });
});
