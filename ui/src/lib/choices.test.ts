import { describe, expect, it, vi } from 'vitest';

const named = { en: [{ code: 'LV', name: 'Latvia', default_zone: 'Europe/Riga' }], fr: [{ code: 'LV', name: 'Lettonie', default_zone: 'Europe/Riga' }] };
let language: 'en' | 'fr' = 'en';

vi.mock('./ipc', () => ({
  listCountries: vi.fn(() => Promise.resolve(named[language])),
  holidayCountries: vi.fn(() => Promise.resolve([])),
  listTimeZones: vi.fn(() => Promise.resolve([])),
}));

describe('the countries a form offers', () => {
  it('are asked once, and again in the new language after the window changes language', async () => {
    const { countryOptions, countryName, forgetNamedLists } = await import('./choices');
    const { listCountries } = await import('./ipc');
    expect(countryName(await countryOptions(), 'LV')).toBe('Latvia');
    await countryOptions();
    expect(listCountries).toHaveBeenCalledTimes(1);

    language = 'fr';
    forgetNamedLists();
    expect(countryName(await countryOptions(), 'LV')).toBe('Lettonie');
    expect(listCountries).toHaveBeenCalledTimes(2);
  });
});
