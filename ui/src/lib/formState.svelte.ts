/**
 * The messages a form shows, and when.
 *
 * A field's own check shows once the person has left the field (blur) or tried to save,
 * and from then on follows every keystroke. An error the core returned on save stays
 * beside its field until that field is edited. An error for a field the form does not show
 * goes into `general`, with the field's name, so no message is ever dropped. Values are
 * never touched here: a failed save keeps everything typed.
 */
import { tick } from 'svelte';
import { splitError, type FieldErrors } from './errors';

/** Moves the focus to the first input of `form` (default: the page) that shows an error, once drawn. */
export async function focusFirstError(within: ParentNode = document): Promise<void> {
  await tick();
  within.querySelector<HTMLElement>('[aria-invalid="true"], [data-testid=form-error]')?.focus();
}

export class FormErrors {
  touched = $state<Record<string, boolean>>({});
  submitted = $state(false);
  server = $state<FieldErrors>({});
  general = $state('');
  /** A save is on its way (the form's save button waits). */
  saving = $state(false);
  #validate: () => FieldErrors;
  #fields: () => string[];

  /**
   * @param validate the form's own checks, keyed by the core's field names
   * @param fields the field names the form shows now (others' errors go to `general`)
   */
  constructor(validate: () => FieldErrors, fields: () => string[]) {
    this.#validate = validate;
    this.#fields = fields;
  }

  readonly client = $derived.by(() => this.#validate());

  /** The person left the field: show its check from now on. */
  blur(field: string): void {
    this.touched[field] = true;
  }

  /** The person changed the field: the core's old verdict on it no longer applies. */
  edit(field: string): void {
    if (field in this.server) delete this.server[field];
    if (this.general && this.general.startsWith(`${field}: `)) this.general = '';
  }

  /** The message to show beside `field`, or "". */
  show(field: string): string {
    return this.server[field] ?? (this.touched[field] || this.submitted ? (this.client[field] ?? '') : '');
  }

  /** Call before saving: shows every check; true when the form may be sent. */
  beforeSave(): boolean {
    this.submitted = true;
    this.general = '';
    return Object.keys(this.client).length === 0;
  }

  /**
   * Saves the form: shows every check first and sends nothing while one fails, then runs
   * `send`; the core's refusal goes beside its field. After a failure the focus moves to
   * the first field showing an error. Resolves to what `send` gave, or null when nothing
   * was saved. What was typed is never touched.
   */
  async submit<T>(send: () => Promise<T>): Promise<T | null> {
    if (!this.beforeSave()) {
      void focusFirstError();
      return null;
    }
    this.saving = true;
    try {
      return await send();
    } catch (e) {
      this.fail(e);
      void focusFirstError();
      return null;
    } finally {
      this.saving = false;
    }
  }

  /** Takes the core's refusal: beside its field when shown, else as a general message. */
  fail(e: unknown): void {
    const { fieldErrors, general } = splitError(e);
    const shown = new Set(this.#fields());
    this.general = general ?? '';
    for (const [field, message] of Object.entries(fieldErrors)) {
      if (shown.has(field)) this.server[field] = message;
      else this.general = `${field}: ${message}`;
    }
  }

  /** Attributes for an input showing `field`. */
  aria(field: string, id: string, hint = false): { 'aria-invalid': 'true' | undefined; 'aria-describedby': string | undefined } {
    const error = this.show(field);
    const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return { 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': ids || undefined };
  }
}
