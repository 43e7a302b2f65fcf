/**
 * The language chosen in Settings: "" follows the system, else a code of locales/.
 *
 * Kept in the webview's localStorage, not the database's settings table: it must be known
 * before the first screen is drawn (a command round trip would draw English first), the
 * shell has no generic settings command (only the author's name), and it belongs to this
 * computer's user rather than to the data a backup or an export carries.
 */
import { forgetNamedLists } from './choices';
import { setLanguage } from './ipc';
import { LANGUAGES, setLocale, systemLocale } from './i18n.svelte';

const KEY = 'convene.language';

/** The stored choice: "" for the system's language, or a code that has a catalogue. */
export function chosenLanguage(): string {
  try {
    const code = localStorage.getItem(KEY) ?? '';
    return LANGUAGES.includes(code) ? code : '';
  } catch {
    return '';
  }
}

/**
 * Remembers `choice` ("" for the system's) and applies it at once: the window's text, the
 * document's `lang`, and the shell's language. Returns the code now in use.
 */
export async function chooseLanguage(choice: string): Promise<string> {
  try {
    if (choice) localStorage.setItem(KEY, choice);
    else localStorage.removeItem(KEY);
  } catch {
    /* no storage: the choice lasts until the window closes */
  }
  return applyLanguage(choice);
}

/** Applies the stored choice (or the system's language), at start-up and after a change. */
export async function applyLanguage(choice = chosenLanguage()): Promise<string> {
  const code = await setLocale(choice || systemLocale());
  // Awaited: the core writes Home's lines and the travel warnings in the shell's language,
  // so the first screen must not ask for them before the shell knows it. Outside Tauri
  // (the component tests, the browser preview) there is no shell and only the window changes.
  await setLanguage(code).catch(() => {});
  forgetNamedLists();
  return code;
}
