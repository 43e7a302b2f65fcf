import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type AutosaveStatus } from './planAutosave';

function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('autosave of a section', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, after the person stops typing for the delay', async () => {
    const save = vi.fn(async () => {});
    const a = new Autosaver({ save, initial: '', delay: 1000 });
    a.edit('H');
    await vi.advanceTimersByTimeAsync(600);
    a.edit('He');
    await vi.advanceTimersByTimeAsync(600);
    a.edit('Hello');
    expect(a.state.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(999);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('Hello');
    expect(a.state.state).toBe('saved');
    expect(a.savedText).toBe('Hello');
  });

  it('saves at once on leaving the field, and not again when the timer would have fired', async () => {
    const save = vi.fn(async () => {});
    const a = new Autosaver({ save, initial: 'Old', delay: 1000 });
    a.edit('New text');
    await a.flush();
    expect(save).toHaveBeenCalledWith('New text');
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('sends nothing when the text is back to what was saved (no empty revision)', async () => {
    const save = vi.fn(async () => {});
    const a = new Autosaver({ save, initial: 'Same', delay: 1000 });
    a.edit('Samex');
    a.edit('Same');
    expect(a.state.state).toBe('saved');
    await vi.advanceTimersByTimeAsync(2000);
    await a.flush();
    expect(save).not.toHaveBeenCalled();
  });

  it('never overlaps saves, and the last text typed is the last text saved', async () => {
    const first = deferred();
    const calls: string[] = [];
    const save = vi.fn((text: string) => {
      calls.push(text);
      return calls.length === 1 ? first.promise : Promise.resolve();
    });
    const a = new Autosaver({ save, initial: '', delay: 100 });
    a.edit('one');
    await vi.advanceTimersByTimeAsync(100);
    expect(a.state.state).toBe('saving');
    a.edit('one two');
    await vi.advanceTimersByTimeAsync(100); // timer fires while the first save is in flight
    expect(calls).toEqual(['one']);
    const flushed = a.flush();
    first.resolve();
    await flushed;
    expect(calls).toEqual(['one', 'one two']);
    expect(a.savedText).toBe('one two');
    expect(a.state.state).toBe('saved');
  });

  it('keeps the text after a failed save, says why, and tries again on the next flush', async () => {
    const statuses: AutosaveStatus[] = [];
    let fail = true;
    const save = vi.fn(async () => {
      if (fail) throw new Error('disk full');
    });
    const a = new Autosaver({ save, initial: '', delay: 100, onstatus: (s) => statuses.push(s), describeError: (e) => (e as Error).message });
    a.edit('Precious words');
    await vi.advanceTimersByTimeAsync(100);
    expect(a.state).toEqual({ state: 'error', error: 'disk full' });
    expect(a.dirty).toBe(true);
    fail = false;
    await a.flush();
    expect(save).toHaveBeenLastCalledWith('Precious words');
    expect(a.state.state).toBe('saved');
    expect(statuses.map((s) => s.state)).toEqual(['pending', 'saving', 'error', 'saving', 'saved']);
  });

  it('forgets pending typing when the section is replaced (a restore)', async () => {
    const save = vi.fn(async () => {});
    const a = new Autosaver({ save, initial: 'v1', delay: 100 });
    a.edit('v1 typing');
    a.reset('v0 restored');
    await vi.advanceTimersByTimeAsync(500);
    expect(save).not.toHaveBeenCalled();
    expect(a.savedText).toBe('v0 restored');
  });
});
