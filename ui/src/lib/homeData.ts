/**
 * Home's first read (`home_overview`), asked for as early as the window can: when the
 * window opens on Home, `main.ts` starts it as soon as the language is applied, so it runs
 * beside the app's facts (`App.svelte`'s first command) instead of after them and after
 * Home's mounting. Home takes that read once; every later visit to Home reads afresh.
 *
 * Invariant: a read started at launch is used only by the Home it was started for. When
 * the window goes to the first-run screen instead, `App.svelte` drops it, so a Home opened
 * later (after the examples are loaded, say) never shows the empty database of the launch.
 *
 * Once the first Home of a page load has drawn its travel warnings (the last of its launch
 * work), it tells the shell so ({@link settleLaunch}), which gives back the memory that work
 * used (src-tauri/src/memory.rs); later visits to Home do not.
 */
import { homeOverview, launchSettled } from './ipc';
import type { Overview } from './types';

let early: Promise<Overview> | null = null;

/** Starts Home's read now, for the Home about to be drawn. */
export function startHomeOverview(): void {
  early = homeOverview();
  // A failure is reported by Home when it takes the read, not here.
  early.catch(() => {});
}

/** Forgets a read started at launch that no Home will take. */
export function dropHomeOverview(): void {
  early = null;
}

/** The read started for this Home, or a new one. */
export function takeHomeOverview(): Promise<Overview> {
  const read = early ?? homeOverview();
  early = null;
  return read;
}

let settled = false;

/** Tells the shell, once per page load, that Home's launch work is done; failures are ignored. */
export function settleLaunch(): void {
  if (settled) return;
  settled = true;
  Promise.resolve()
    .then(() => launchSettled())
    .catch(() => {});
}
