/**
 * The add/edit dialog of a plan table's row (indicators, risks): one save path and one
 * delete path, with the state the dialog shows. The core's refusal goes beside its field
 * (or above the form when it names no field shown); the dialog closes only when the core
 * saved, so nothing typed is lost to a refusal.
 */
import { errorText, splitError, type FieldErrors } from './errors';

export class RowDialog {
  errors = $state<FieldErrors>({});
  general = $state('');
  /** A save or delete is on its way (the dialog's buttons wait). */
  busy = $state(false);

  /** A freshly opened dialog: no messages. */
  clear(): void {
    this.errors = {};
    this.general = '';
  }

  /** Runs `send`; true when it saved (close the dialog), false when it was refused. */
  async save(send: () => Promise<void>): Promise<boolean> {
    return this.#run(send, (e) => {
      const s = splitError(e);
      this.errors = s.fieldErrors;
      this.general = s.general ?? '';
    });
  }

  /** Runs `send` for a delete; true when it was deleted, false (with the reason) when not. */
  async remove(send: () => Promise<void>): Promise<boolean> {
    return this.#run(send, (e) => {
      this.general = errorText(e);
    });
  }

  async #run(send: () => Promise<void>, refused: (e: unknown) => void): Promise<boolean> {
    this.busy = true;
    try {
      await send();
      return true;
    } catch (e) {
      refused(e);
      return false;
    } finally {
      this.busy = false;
    }
  }
}
