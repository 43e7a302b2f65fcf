/**
 * The window's language: the Fluent catalogue (locales/<code>/ui.ftl and errors.ftl at the
 * repository root, embedded by Vite), the current locale as a rune, and `t(id, args)`.
 *
 * Invariants: English is always loaded and is the fallback for any message a language
 * lacks, so `t` never returns an empty string for an id of en/ui.ftl; the languages offered
 * are exactly the folders of locales/ that hold a ui.ftl (a volunteer who adds one adds a
 * language, no list to edit here); `t` reads `locale.code`, so every template and `$derived`
 * that calls it is redrawn when the language changes, without a restart.
 * English is bundled with the first screen; the other languages are loaded when chosen. The
 * catalogues arrive parsed (build/fluentCatalogues.ts), so the window parses no Fluent text.
 */
import { FluentBundle, FluentNumber, FluentResource, type FluentVariable } from '@fluent/bundle';
import enUi from '../../../locales/en/ui.ftl?fluent';

/** A catalogue's messages, parsed when the UI was built (build/fluentCatalogues.ts). */
type Catalogue = () => FluentResource['body'];

const lazyCatalogues = import.meta.glob<Catalogue>('../../../locales/*/{ui,errors}.ftl', {
  query: '?fluent',
  import: 'default',
});
const enErrors = import.meta.glob<Catalogue>('../../../locales/en/errors.ftl', { query: '?fluent', import: 'default', eager: true });

export const DEFAULT_LOCALE = 'en';

function codeOf(path: string): string {
  return path.split('/').at(-2) ?? '';
}

/** Every language with a window catalogue, English first, then by code. */
export const LANGUAGES: readonly string[] = [
  ...new Set(Object.keys(lazyCatalogues).filter((p) => p.endsWith('/ui.ftl')).map(codeOf)),
].sort((a, b) => (a === DEFAULT_LOCALE ? -1 : b === DEFAULT_LOCALE ? 1 : a.localeCompare(b)));

/** The region each language's own formats default to, when the system names none. */
const DEFAULT_REGION: Record<string, string> = {
  en: 'GB', fr: 'FR', de: 'DE', es: 'ES', it: 'IT', pt: 'PT', pl: 'PL', nl: 'NL', el: 'GR', ro: 'RO',
};

let systemLanguages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];

/** For tests: the languages the system prefers, most preferred first. */
export function setSystemLanguages(tags: readonly string[]) {
  systemLanguages = tags;
}

/** A resource holding `catalogue`'s messages, without parsing any text. */
function resourceOf(catalogue: Catalogue): FluentResource {
  const resource = new FluentResource('');
  resource.body = catalogue();
  return resource;
}

function makeBundle(code: string, catalogues: Catalogue[]): FluentBundle {
  const bundle = new FluentBundle(regionalTag(code), { useIsolating: false });
  for (const catalogue of catalogues) {
    const errors = bundle.addResource(resourceOf(catalogue));
    if (errors.length && import.meta.env.DEV) console.warn(`locales/${code}:`, errors);
  }
  return bundle;
}

// Start-up moments for scripts/measure-launch.sh (lib/ready.ts's startupMark, made here
// directly: importing it would tie this module into a cycle).
globalThis.performance?.mark?.('convene:catalogue-parse');
const bundles = new Map<string, FluentBundle>([[DEFAULT_LOCALE, makeBundle(DEFAULT_LOCALE, [enUi])]]);
globalThis.performance?.mark?.('convene:catalogue-parsed');

/**
 * English's errors.ftl (60 KB), added to the English bundle the first time a message is
 * not found in en/ui.ftl: the first screen needs none of it (docs/performance.md). Added
 * after ui.ftl, as it was before, so ui.ftl's messages keep precedence.
 */
let enErrorsPending: Catalogue[] | null = Object.values(enErrors);

/** The English bundle, with errors.ftl added when `id` is not in ui.ftl. */
function englishFor(id: string): FluentBundle {
  const english = bundles.get(DEFAULT_LOCALE)!;
  if (enErrorsPending && !english.hasMessage(id)) {
    for (const catalogue of enErrorsPending) english.addResource(resourceOf(catalogue));
    enErrorsPending = null;
  }
  return english;
}

/** The current language (a code of LANGUAGES) and the tag Intl formats with. */
export const locale = $state({ code: DEFAULT_LOCALE, tag: 'en-GB' });

function languageOf(tag: string): string {
  return tag.split(/[-_]/)[0].toLowerCase();
}

/**
 * The BCP 47 tag that Intl formats `code` with: the system's own tag when it is in that
 * language ("de-AT" keeps Austrian formats), else the language's usual region ("pt-PT").
 */
export function regionalTag(code: string): string {
  const own = systemLanguages.find((t) => languageOf(t) === code && t.includes('-'));
  if (own) return own;
  const region = DEFAULT_REGION[code];
  return region ? `${code}-${region}` : code;
}

/** The first language of `preferred` (navigator.languages) that has a catalogue, else English. */
export function negotiate(preferred: readonly string[], available: readonly string[] = LANGUAGES): string {
  for (const tag of preferred) {
    const code = languageOf(tag);
    if (available.includes(code)) return code;
  }
  return DEFAULT_LOCALE;
}

/** The language the system asks for. */
export function systemLocale(): string {
  return negotiate(systemLanguages);
}

/**
 * A language's name in that language, capitalised for a menu ("Français", "Ελληνικά"), or
 * as it is written within a sentence ("français", "Deutsch") when `inSentence`.
 */
export function nativeName(code: string, inSentence = false): string {
  let name = code;
  try {
    name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    /* an engine without DisplayNames: the code */
  }
  return inSentence ? name : name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

async function loadBundle(code: string): Promise<FluentBundle> {
  const loaded = bundles.get(code);
  if (loaded) return loaded;
  const catalogues = await Promise.all(
    Object.entries(lazyCatalogues)
      .filter(([path]) => codeOf(path) === code)
      .map(([, load]) => load()),
  );
  const bundle = makeBundle(code, catalogues);
  bundles.set(code, bundle);
  return bundle;
}

/**
 * Makes `code` the window's language (an unknown code means English): loads its catalogue,
 * redraws every text, and sets the document's `lang`. Returns the code in use.
 */
export async function setLocale(code: string): Promise<string> {
  const chosen = LANGUAGES.includes(code) ? code : DEFAULT_LOCALE;
  await loadBundle(chosen);
  locale.code = chosen;
  locale.tag = regionalTag(chosen);
  if (typeof document !== 'undefined') document.documentElement.lang = chosen;
  return chosen;
}

function format(bundle: FluentBundle, id: string, args?: Record<string, FluentVariable>): string | null {
  const message = bundle.getMessage(id);
  if (!message?.value) return null;
  return bundle.formatPattern(message.value, args);
}

/**
 * Numbers are written without grouping ("1990", "1001 characters", as the English text
 * always had them); a message that wants grouping says so with NUMBER($n, useGrouping: "true").
 */
function plainNumbers(args?: Record<string, FluentVariable>): Record<string, FluentVariable> | undefined {
  if (!args) return args;
  const out: Record<string, FluentVariable> = {};
  for (const [k, v] of Object.entries(args)) out[k] = typeof v === 'number' ? new FluentNumber(v, { useGrouping: false }) : v;
  return out;
}

/** The message `id` in the current language (English when it has none), with `args`. */
export function t(id: string, rawArgs?: Record<string, FluentVariable>): string {
  const args = plainNumbers(rawArgs);
  const current = locale.code === DEFAULT_LOCALE ? englishFor(id) : bundles.get(locale.code);
  const text = (current && format(current, id, args)) ?? format(englishFor(id), id, args);
  if (text !== null) return text;
  if (import.meta.env.DEV) console.warn(`no message "${id}" in locales/en/ui.ftl`);
  return id;
}

/**
 * The message `id` cut around the value of its variable `name`, so markup can wrap that one
 * value (a path in monospace) while the sentence stays one message, in the order the
 * language puts it: "Wrote 2 messages to ", "/data/poll-7", ": open each ...".
 */
export function tAround(id: string, name: string, args: Record<string, FluentVariable>): { before: string; value: string; after: string } {
  const marker = '\u0000';
  const text = t(id, { ...args, [name]: marker });
  const at = text.indexOf(marker);
  const value = String(args[name]);
  if (at < 0) return { before: text, value: '', after: '' };
  return { before: text.slice(0, at), value, after: text.slice(at + marker.length) };
}

/**
 * The `lang` attribute for text written in a record's own language (a plan's, a network's
 * working language): that code when it differs from the window's, so a screen reader
 * pronounces it and the spellchecker checks it in its language; `undefined` (no attribute)
 * when it is the window's language, which the document root already declares.
 */
export function recordLang(code: string | null | undefined): string | undefined {
  return code && code !== locale.code ? code : undefined;
}

/** Whether English has message `id` (for tests and for optional texts). */
export function hasMessage(id: string): boolean {
  return englishFor(id).hasMessage(id);
}
