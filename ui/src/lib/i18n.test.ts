import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES, locale, nativeName, negotiate, recordLang, regionalTag, setLocale, setSystemLanguages, t, tAround } from './i18n.svelte';

afterEach(async () => {
  setSystemLanguages([]);
  await setLocale('en');
});

describe('choosing the language', () => {
  it('offers English first', () => {
    expect(LANGUAGES[0]).toBe('en');
  });

  it('takes the first system language that has a catalogue, else English', () => {
    expect(negotiate(['xx-YY', 'en-US'], ['en', 'fr'])).toBe('en');
    expect(negotiate(['fr-CA', 'en'], ['en', 'fr'])).toBe('fr');
    expect(negotiate(['ja-JP'], ['en', 'fr'])).toBe('en');
    expect(negotiate([], ['en', 'fr'])).toBe('en');
  });

  it('formats with the system’s region when it speaks the language, else the usual one', () => {
    setSystemLanguages(['de-AT']);
    expect(regionalTag('de')).toBe('de-AT');
    expect(regionalTag('fr')).toBe('fr-FR');
    expect(regionalTag('pt')).toBe('pt-PT');
  });

  it('names each language in that language', () => {
    expect(nativeName('fr')).toBe('Français');
    expect(nativeName('de')).toBe('Deutsch');
    expect(nativeName('el')).toBe('Ελληνικά');
  });

  it('falls back to English for an unknown language and sets the document language', async () => {
    expect(await setLocale('xx')).toBe('en');
    expect(locale.code).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('t', () => {
  it('returns the id itself for a message that does not exist, so a gap is visible', () => {
    expect(t('no-such-message-anywhere')).toBe('no-such-message-anywhere');
  });
});

describe('text in a record’s own language', () => {
  it('is marked with its language only when the window speaks another', async () => {
    expect(recordLang('fr')).toBe('fr');
    expect(recordLang('en')).toBeUndefined();
    expect(recordLang(null)).toBeUndefined();
    await setLocale('fr');
    expect(recordLang('fr')).toBeUndefined();
    expect(recordLang('de')).toBe('de');
  });
});

describe('tAround', () => {
  it('cuts one message around a value, in the order the language puts it', async () => {
    const args = { count: 2, folder: '/data/poll-7' };
    expect(tAround('polls-section-wrote-messages', 'folder', args)).toEqual({
      before: 'Wrote 2 messages to ', value: '/data/poll-7', after: ': open each in your mail program and send it.',
    });
    await setLocale('de');
    expect(tAround('polls-section-wrote-messages', 'folder', args)).toEqual({
      before: '2 Nachrichten in ', value: '/data/poll-7', after: ' verfasst: Öffnen Sie jede in Ihrem E-Mail-Programm und senden Sie sie.',
    });
  });
});
