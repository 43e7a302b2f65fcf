import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from './i18n.svelte';
import { formatInstant } from './planTime';

afterEach(async () => {
  await setLocale('en');
});

describe('plan times', () => {
  it('show a UTC instant on the given clock', () => {
    expect(formatInstant('2026-11-29T19:05:00Z', 'UTC')).toBe('29 Nov 2026, 19:05');
    expect(formatInstant('2026-11-29T23:30:00Z', 'Europe/Riga')).toBe('30 Nov 2026, 01:30');
    expect(formatInstant('not a time')).toBe('not a time');
  });

  it('are written as the window’s language writes a date and a time', async () => {
    await setLocale('fr');
    expect(formatInstant('2026-11-29T19:05:00Z', 'UTC')).toBe('29 nov. 2026, 19:05');
    await setLocale('de');
    expect(formatInstant('2026-11-29T23:30:00Z', 'Europe/Berlin')).toBe('30. Nov. 2026, 00:30');
  });
});
