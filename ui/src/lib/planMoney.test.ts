import { describe, expect, it } from 'vitest';
import { amountForEditing, formatEuros, formatShare, isZeroAmount, parseEuroInput, shareBasisPoints, spokenEuros, toCents } from './planMoney';

// Intl separates "12 500,10 €" with narrow no-break spaces: compare with plain spaces.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('euro amounts from the core', () => {
  it('are shown with grouped thousands and cents, exactly as sent', () => {
    expect(formatEuros('12500')).toBe('€12,500.00');
    expect(formatEuros('12500.5')).toBe('€12,500.50');
    expect(formatEuros('1234567.89')).toBe('€1,234,567.89');
    expect(formatEuros('0')).toBe('€0.00');
    expect(formatEuros('-300.00')).toBe('-€300.00');
    expect(formatEuros('-0.00')).toBe('€0.00');
    expect(formatEuros('999')).toBe('€999.00');
  });

  it('never round through floating point, even beyond 2^53 cents', () => {
    expect(formatEuros('90071992547409931.07')).toBe('€90,071,992,547,409,931.07');
    expect(formatEuros('0.10')).toBe('€0.10');
    expect(formatEuros('12.345')).toBe('€12.345');
  });

  it('show a missing amount as a dash and anything unexpected as it came', () => {
    expect(formatEuros(null)).toBe('—');
    expect(formatEuros('')).toBe('—');
    expect(formatEuros('twelve')).toBe('twelve');
    expect(spokenEuros('1500')).toBe('1,500.00 euros');
  });

  it('give exact cents and shares for bars', () => {
    expect(toCents('12.3')).toBe(1230n);
    expect(toCents('-0.05')).toBe(-5n);
    expect(shareBasisPoints('250', '1000')).toBe(2500);
    expect(shareBasisPoints('1', '3')).toBe(3333);
    expect(shareBasisPoints('5', '0')).toBeNull();
    expect(shareBasisPoints('2000', '1000')).toBe(10000);
    expect(formatShare(2500)).toBe('25.0%');
    expect(formatShare(3333)).toBe('33.3%');
    expect(formatShare(3265)).toBe('32.7%');
    expect(formatShare(9996)).toBe('100.0%');
    expect(formatShare(10000)).toBe('100.0%');
    expect(formatShare(0)).toBe('0.0%');
    expect(formatShare(4)).toBe('< 0.1%');
    expect(formatShare(5)).toBe('0.1%');
  });
});

describe('euro amounts in the window language', () => {
  it('are written as French, German, Polish and English readers expect', () => {
    expect(plain(formatEuros('12500.10', 'fr-FR'))).toBe('12 500,10 €');
    expect(plain(formatEuros('12500.10', 'de-DE'))).toBe('12.500,10 €');
    expect(plain(formatEuros('12500.10', 'pl-PL'))).toBe('12 500,10 €');
    expect(formatEuros('12500.10', 'en-GB')).toBe('€12,500.10');
    expect(plain(formatEuros('0', 'fr-FR'))).toBe('0,00 €');
    expect(plain(formatEuros('0', 'de-DE'))).toBe('0,00 €');
    expect(formatEuros('0', 'en-GB')).toBe('€0.00');
  });

  it('keep every cent of an amount beyond 2^53 cents in every language', () => {
    expect(plain(formatEuros('90071992547409931.07', 'de-DE'))).toBe('90.071.992.547.409.931,07 €');
    expect(plain(formatEuros('90071992547409931.07', 'fr-FR'))).toBe('90 071 992 547 409 931,07 €');
  });

  it('group four-digit amounts only where the language does', () => {
    expect(plain(formatEuros('1500', 'de-DE'))).toBe('1.500,00 €');
    expect(plain(formatEuros('1500', 'es-ES'))).toBe('1500,00 €');
    expect(plain(formatEuros('1500', 'pl-PL'))).toBe('1500,00 €');
  });

  it('name the currency in words for screen readers', () => {
    expect(plain(spokenEuros('12500.10', 'fr-FR'))).toBe('12 500,10 euros');
    expect(spokenEuros('12500.10', 'de-DE')).toBe('12.500,10 Euro');
    expect(spokenEuros('0', 'en-GB')).toBe('0.00 euros');
  });

  it('write shares with the language’s decimal comma and percent spacing', () => {
    expect(plain(formatShare(3265, 'fr-FR'))).toBe('32,7 %');
    expect(plain(formatShare(2500, 'de-DE'))).toBe('25,0 %');
    expect(plain(formatShare(0, 'fr-FR'))).toBe('0,0 %');
    expect(plain(formatShare(4, 'fr-FR'))).toBe('< 0,1 %');
  });

  it('start an edit field with the language’s decimal separator, read back exactly', () => {
    expect(amountForEditing('12500.10', 'fr-FR')).toBe('12500,10');
    expect(amountForEditing('12500.10', 'en-GB')).toBe('12500.10');
    expect(amountForEditing('0', 'de-DE')).toBe('0');
    expect(amountForEditing(null, 'de-DE')).toBe('');
    for (const tag of ['fr-FR', 'de-DE', 'en-GB', 'pl-PL', 'el-GR']) {
      expect(parseEuroInput(amountForEditing('12500.10', tag)), tag).toEqual({ ok: true, value: '12500.10' });
      expect(parseEuroInput(amountForEditing('0.05', tag)), tag).toEqual({ ok: true, value: '0.05' });
    }
  });

  it('tell a zero gap from a real one to the cent', () => {
    expect(isZeroAmount('0.00')).toBe(true);
    expect(isZeroAmount('-0')).toBe(true);
    expect(isZeroAmount('0.01')).toBe(false);
    expect(isZeroAmount('—')).toBe(false);
  });
});

describe('amounts people type', () => {
  const ok = (text: string) => {
    const r = parseEuroInput(text);
    if (!r.ok) throw new Error(`${text}: ${r.message}`);
    return r.value;
  };
  it('accept the usual European and English spellings', () => {
    expect(ok('12500')).toBe('12500');
    expect(ok('12 500')).toBe('12500');
    expect(ok('12,500.50')).toBe('12500.50');
    expect(ok('12.500,50')).toBe('12500.50');
    expect(ok('€ 1 200')).toBe('1200');
    expect(ok('1200,5')).toBe('1200.5');
    expect(ok('1,500')).toBe('1500');
    expect(ok('1.500')).toBe('1500');
    expect(ok('1,000,000')).toBe('1000000');
    expect(ok('0,75')).toBe('0.75');
    expect(ok(',75')).toBe('0.75');
    expect(ok('')).toBe('');
    expect(ok('007')).toBe('7');
    expect(ok('12 500,10 €')).toBe('12500.10');
    expect(ok('12\u202f500,10\u00a0€')).toBe('12500.10');
    expect(ok('12.500,10 €')).toBe('12500.10');
    expect(ok('12’500.10')).toBe('12500.10');
  });

  it('refuse what cannot be read as euros, saying what to type', () => {
    for (const text of ['12a', '1.2.3', '1234,567', '1,50.0', 'ten euros', '1,2,3.4']) {
      const r = parseEuroInput(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/euros/);
    }
    const cents = parseEuroInput('12.345,678');
    expect(cents.ok).toBe(false);
  });

  it('refuse fractions of a cent instead of rounding them', () => {
    const r = parseEuroInput('10.555');
    // "10.555" groups thousands: ten thousand five hundred and fifty-five
    expect(r).toEqual({ ok: true, value: '10555' });
    const c = parseEuroInput('10,5555');
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.message).toBe('Euros have two decimals at most (cents).');
  });
});
