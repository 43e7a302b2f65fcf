/**
 * Autosave for a plan section: what the person types is saved shortly after they stop
 * typing (debounced), at once when they leave the field or the page (`flush`), and never
 * twice at the same time.
 *
 * Invariants the editor relies on:
 * - At most `delay` ms of typing is ever unsaved while the app runs; leaving the field
 *   saves immediately.
 * - A save is sent only when the text differs from what was last saved: the core makes a
 *   revision on every save, and a revision with unchanged content would be noise.
 * - Saves never overlap and never reorder: while one is in flight, further edits wait for
 *   it, and the last text typed is the last text saved.
 * - A failed save keeps the text, reports the message, and is tried again on the next
 *   edit or flush; nothing typed is dropped.
 */

export type AutosaveState = 'saved' | 'pending' | 'saving' | 'error';

export interface AutosaveStatus {
  state: AutosaveState;
  /** Why the last save failed (state "error"). */
  error: string;
}

export interface AutosaveOptions {
  /** Saves `text`; rejects with a reason when it cannot. */
  save: (text: string) => Promise<void>;
  /** The text as it was loaded (already saved). */
  initial: string;
  /** Quiet time after the last keystroke before saving, in ms. */
  delay?: number;
  onstatus?: (status: AutosaveStatus) => void;
  describeError?: (e: unknown) => string;
}

export const AUTOSAVE_DELAY_MS = 1200;

export class Autosaver {
  private current: string;
  private saved: string;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private status: AutosaveStatus = { state: 'saved', error: '' };
  private readonly delay: number;

  constructor(private readonly options: AutosaveOptions) {
    this.current = options.initial;
    this.saved = options.initial;
    this.delay = options.delay ?? AUTOSAVE_DELAY_MS;
  }

  get state(): AutosaveStatus {
    return this.status;
  }

  /** The text last saved (what reopening the plan will show). */
  get savedText(): string {
    return this.saved;
  }

  /** Whether what is typed differs from what is saved. */
  get dirty(): boolean {
    return this.current !== this.saved;
  }

  /** Records the text as typed now and (re)starts the quiet-time countdown. */
  edit(text: string): void {
    this.current = text;
    this.clearTimer();
    if (!this.dirty) {
      if (!this.inFlight) this.set({ state: 'saved', error: '' });
      return;
    }
    this.set({ state: 'pending', error: '' });
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.delay);
  }

  /** Saves now if anything is unsaved; resolves once what was typed is saved (or failed). */
  async flush(): Promise<void> {
    this.clearTimer();
    while (this.inFlight) await this.inFlight;
    if (!this.dirty) {
      if (this.status.state !== 'error') this.set({ state: 'saved', error: '' });
      return;
    }
    const text = this.current;
    this.set({ state: 'saving', error: '' });
    this.inFlight = this.options
      .save(text)
      .then(() => {
        this.saved = text;
        this.set(this.dirty ? { state: 'pending', error: '' } : { state: 'saved', error: '' });
      })
      .catch((e: unknown) => {
        this.set({ state: 'error', error: this.options.describeError ? this.options.describeError(e) : String(e) });
      })
      .finally(() => {
        this.inFlight = null;
      });
    await this.inFlight;
    // Typed while that save ran: save the newer text too, unless it just failed.
    if (this.dirty && this.status.state !== 'error' && !this.timer) await this.flush();
  }

  /** Forgets pending work without saving (the plan was replaced, e.g. by a restore). */
  reset(text: string): void {
    this.clearTimer();
    this.current = text;
    this.saved = text;
    this.set({ state: 'saved', error: '' });
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private set(status: AutosaveStatus): void {
    this.status = status;
    this.options.onstatus?.(status);
  }
}
