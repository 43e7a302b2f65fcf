/**
 * Long work the window watches: a calendar import or export of thousands of meetings.
 *
 * A component makes a `LongWork`, hands it to the ipc.ts function that starts the work
 * (which names the work by its progress channel and feeds it the shell's figures, see
 * src-tauri/src/long_work.rs), shows `WorkProgressBar` while `progress` is set, and calls
 * `finished()` when the command answers. `cancel()` asks the shell to stop; the command
 * then fails with code "cancelled" and nothing of the work stays (`isCancelled`).
 *
 * Figures that arrive after `finished()` (a channel message can trail the answer) are
 * ignored, so a bar never reappears for work that is over.
 */
import { locale, t } from './i18n.svelte';
import { formatNumber } from './localeFormat';
import type { WorkProgress } from './bindings/WorkProgress';
import { cancelWork, type WorkWatcher } from './ipc';

export class LongWork implements WorkWatcher {
  /** The latest figures, or null until the shell's first (the work is registered and can be cancelled). */
  progress = $state.raw<WorkProgress | null>(null);
  /** Cancel was pressed and the work has not answered yet. */
  cancelling = $state(false);
  #id: number | null = null;

  started(id: number): void {
    this.#id = id;
    this.cancelling = false;
    this.progress = null;
  }

  progressed(p: WorkProgress): void {
    if (this.#id !== null) this.progress = p;
  }

  finished(): void {
    this.#id = null;
    this.progress = null;
    this.cancelling = false;
  }

  async cancel(): Promise<void> {
    if (this.#id === null || this.cancelling) return;
    this.cancelling = true;
    await cancelWork(this.#id);
  }
}

/** Whether a command failed because the person cancelled it. */
export function isCancelled(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'cancelled';
}

/**
 * The bar's label: `reading` while the input is read ("Reading the calendar file…"), then
 * "Saving 4,000 of 20,000 events…", or "Writing 20,000 events…" and then "20,000 events
 * ready: choose where to save the file." (the save dialog opens after the file is made).
 * Figures are grouped in the window's locale.
 */
export function progressText(p: WorkProgress | null, reading: string): string {
  if (!p || p.stage === 'reading' || p.total === 0) return reading;
  const total = formatNumber(p.total, locale.tag);
  if (p.stage === 'saving') return t('long-work-saving-events', { done: formatNumber(p.done, locale.tag), total, count: p.total });
  if (p.done < p.total) return t('long-work-writing-events', { total, count: p.total });
  return t('long-work-events-ready', { total, count: p.total });
}
