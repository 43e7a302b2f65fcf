import { describe, expect, it } from 'vitest';
import { setLocale } from './i18n.svelte';
import { dayOffInputFromForm, dayOffLines, dayOffMark, dayOffSummary, daysOffByDate, emptyDayOffForm, regionLabel, regionsOf, validateDayOffForm } from './daysOff';
import type { HolidayCountry, NamedDayOff } from './types';

const off = (partner_name: string, date: string, name: string, more: Partial<NamedDayOff> = {}): NamedDayOff => ({
  partner_id: partner_name.length, partner_name, country: 'ES', region: '', date, name, source: 'national', estimated: false, ...more,
});

describe('partners days off in the calendar', () => {
  const days = [
    off('Candelaria', '2025-05-30', 'Day of the Canary Islands', { region: 'ES-CN', source: 'regional' }),
    off('Madrid', '2025-05-15', 'San Isidro', { source: 'local' }),
    off('Madrid', '2025-05-30', 'Town fair', { source: 'local' }),
    off('Sarajevo', '2025-06-06', 'Eid al-Adha', { country: 'BA', estimated: true }),
  ];

  it('groups them by day, keeping the order given', () => {
    const byDate = daysOffByDate(days);
    expect([...byDate.keys()]).toEqual(['2025-05-30', '2025-05-15', '2025-06-06']);
    expect(byDate.get('2025-05-30')!.map((d) => d.partner_name)).toEqual(['Candelaria', 'Madrid']);
  });

  it('says who is off and which holiday, with the region, the kind and an estimated date', () => {
    const byDate = daysOffByDate(days);
    expect(dayOffLines(byDate.get('2025-05-30')!)).toEqual([
      'Candelaria (ES-CN): Day of the Canary Islands (regional holiday)',
      'Madrid (ES): Town fair (local day off)',
    ]);
    expect(dayOffLines(byDate.get('2025-06-06')!)).toEqual(['Sarajevo (BA): Eid al-Adha (public holiday, date estimated)']);
  });

  it('says the same as whole sentences of the window’s language, its nouns as it writes them', async () => {
    await setLocale('de');
    try {
      const byDate = daysOffByDate(days);
      expect(dayOffLines(byDate.get('2025-05-30')!)[0]).toBe('Candelaria (ES-CN): Day of the Canary Islands (regionaler Feiertag)');
      expect(dayOffLines(byDate.get('2025-06-06')!)).toEqual(['Sarajevo (BA): Eid al-Adha (gesetzlicher Feiertag, Datum geschätzt)']);
      expect(dayOffMark([off('Madrid', '2025-05-01', 'Fair')])).toBe('Madrid frei');
      await setLocale('fr');
      expect(dayOffSummary([off('Madrid', '2025-05-15', 'San Isidro', { source: 'local' })])).toEqual(['San Isidro (jour chômé local) : Madrid (ES)']);
    } finally {
      await setLocale('en');
    }
  });

  it('names each partner once in the mark, or counts them when more than two', () => {
    expect(dayOffMark([off('Madrid', '2025-05-01', 'Labour Day'), off('Madrid', '2025-05-01', 'Fair'), off('Riga', '2025-05-01', 'Labour Day')])).toBe(
      'Madrid, Riga off',
    );
    expect(dayOffMark([off('Madrid', '2025-05-01', 'A'), off('Riga', '2025-05-01', 'B'), off('Oulu', '2025-05-01', 'C')])).toBe('3 partners off');
  });

  it('sums a day up by holiday, with the partners that keep it', () => {
    const day = [
      off('Madrid', '2027-05-27', 'Corpus Christi', { source: 'local' }),
      off('München', '2027-05-27', 'Corpus Christi', { country: 'DE', region: 'DE-BY', source: 'regional' }),
      off('Riga', '2027-05-27', 'Christmas Day', { country: 'LV' }),
      off('Oulu', '2027-05-27', 'Christmas Day', { country: 'FI' }),
    ];
    expect(dayOffSummary(day)).toEqual([
      'Corpus Christi (local day off): Madrid (ES)',
      'Corpus Christi (regional holiday): München (DE-BY)',
      'Christmas Day: Riga (LV), Oulu (FI)',
    ]);
  });
});

describe('regions and the day off form', () => {
  const countries: HolidayCountry[] = [
    { code: 'ES', name: 'Spain', first_year: 2008, last_year: 2100, regions: [{ code: 'ES-CN', name: 'Canarias' }, { code: 'ES-XX', name: '' }] },
    { code: 'FR', name: 'France', first_year: 1990, last_year: 2100, regions: [] },
  ];

  it('offers the regions of the chosen country only', () => {
    expect(regionsOf(countries, 'es').map(regionLabel)).toEqual(['Canarias (ES-CN)', 'ES-XX']);
    expect(regionsOf(countries, 'FR')).toEqual([]);
    expect(regionsOf(countries, 'US')).toEqual([]);
  });

  it('asks for a partner, a date and a name before sending', () => {
    expect(Object.keys(validateDayOffForm(emptyDayOffForm())).sort()).toEqual(['date', 'name', 'partner']);
    const f = { partner: '3', date: '2027-02-30', name: 'Fair' };
    expect(validateDayOffForm(f).date).toContain('is not a date');
    const ok = { partner: '3', date: ' 2027-06-24 ', name: "Saint John's Day" };
    expect(validateDayOffForm(ok)).toEqual({});
    expect(dayOffInputFromForm(ok)).toEqual({ date: '2027-06-24', name: "Saint John's Day" });
  });
});
