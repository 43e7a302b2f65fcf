import { describe, expect, it } from 'vitest';
import {
  clockTime, firstDayFromTable, firstDayOfWeek, formatMoney, longDate, monthNames, monthYear, shortDate, weekdayNames,
} from './localeFormat';

// Intl separates "12 500,10 €" with narrow no-break spaces: compare with plain spaces.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('dates in the locale', () => {
  it('writes a long date as each language does', () => {
    expect(longDate('2026-12-05', 'en-GB')).toBe('5 December 2026');
    expect(longDate('2026-12-05', 'fr-FR')).toBe('5 décembre 2026');
    expect(longDate('2026-12-05', 'de-DE')).toBe('5. Dezember 2026');
  });

  it('keeps the calendar day whatever the zone (a date is not an instant)', () => {
    expect(longDate('2027-01-01', 'fr-FR')).toBe('1 janvier 2027');
    expect(longDate('not a date', 'fr-FR')).toBe('not a date');
  });

  it('names weekdays Monday first and months January first', () => {
    expect(weekdayNames('fr-FR')[0]).toBe('lundi');
    expect(weekdayNames('de-DE')[6]).toBe('Sonntag');
    expect(monthNames('de-DE')[2]).toBe('März');
    expect(monthYear(2026, 12, 'fr-FR')).toBe('décembre 2026');
    expect(shortDate('2026-12-05', 'de-DE')).toContain('Dez');
  });

  it('uses 24-hour times where the locale does', () => {
    expect(clockTime('14:30', 'fr-FR')).toBe('14:30');
    expect(clockTime('14:30', 'de-DE')).toBe('14:30');
    expect(clockTime('09:05', 'en-GB')).toBe('09:05');
  });
});

describe('money in the locale', () => {
  it('writes euros as French, German and English readers expect', () => {
    expect(plain(formatMoney('12500.10', 'fr-FR'))).toBe('12 500,10 €');
    expect(plain(formatMoney('12500.10', 'de-DE'))).toBe('12.500,10 €');
    expect(formatMoney('12500.10', 'en-GB')).toBe('€12,500.10');
  });

  it('keeps every digit of an amount too large for a JavaScript number', () => {
    expect(plain(formatMoney('123456789012345678.05', 'fr-FR'))).toBe('123 456 789 012 345 678,05 €');
    expect(formatMoney('0.125', 'en-GB')).toBe('€0.125');
  });

  it('puts the minus sign where the locale does, and leaves non-amounts alone', () => {
    expect(formatMoney('-300.5', 'en-GB')).toBe('-€300.50');
    expect(plain(formatMoney('-300.5', 'de-DE'))).toBe('-300,50 €');
    expect(formatMoney('abc', 'de-DE')).toBe('abc');
  });
});

describe('first day of the week', () => {
  it('is Monday in France, Germany and Britain, Sunday in the United States', () => {
    expect(firstDayOfWeek('fr-FR')).toBe(0);
    expect(firstDayOfWeek('de-DE')).toBe(0);
    expect(firstDayOfWeek('en-GB')).toBe(0);
    expect(firstDayOfWeek('en-US')).toBe(6);
  });

  it('has the same answers from CLDR’s table when Intl has no week data', () => {
    for (const tag of ['fr-FR', 'de-DE', 'en-GB', 'en-US', 'pt-PT', 'pt-BR', 'el-GR', 'ro-RO', 'pl-PL', 'nl-NL', 'es-ES', 'it-IT', 'en', 'pt']) {
      expect(firstDayFromTable(tag), tag).toBe(firstDayOfWeek(tag));
    }
  });
});

describe('money in languages that group from five digits', () => {
  it('groups 12 500 but not 1500 in Polish, Spanish, Italian and Portuguese', () => {
    expect(plain(formatMoney('12500.10', 'pl-PL'))).toBe('12 500,10 €');
    expect(plain(formatMoney('1500', 'pl-PL'))).toBe('1500,00 €');
    expect(plain(formatMoney('12500.10', 'es-ES'))).toBe('12.500,10 €');
    expect(plain(formatMoney('12500.10', 'it-IT'))).toBe('12.500,10 €');
    expect(plain(formatMoney('12500.10', 'pt-PT'))).toBe('12 500,10 €');
  });
});
