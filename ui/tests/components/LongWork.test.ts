import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/lib/ipc', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/lib/ipc')>()),
  importCalendarFile: vi.fn(),
  exportCalendarFile: vi.fn(),
  cancelWork: vi.fn(),
}));
import * as ipc from '../../src/lib/ipc';
import { CommandError, type WorkWatcher } from '../../src/lib/ipc';
import ImportCalendarButton from '../../src/components/calendar/ImportCalendarButton.svelte';
import ExportCalendarButton from '../../src/components/calendar/ExportCalendarButton.svelte';
import ImportCalendarDialog from '../../src/components/calendar/ImportCalendarDialog.svelte';
import { LongWork, progressText } from '../../src/lib/longWork.svelte';
import type { IcsImportReport } from '../../src/lib/bindings/IcsImportReport';

/** A command that has started (the watcher was told its id) and answers when told to. */
function pending<T>() {
  let watcher!: WorkWatcher;
  let answer!: (v: T) => void;
  let fail!: (e: unknown) => void;
  const start = (w: WorkWatcher | undefined) => {
    watcher = w!;
    watcher.started(42);
    return new Promise<T>((resolve, reject) => {
      answer = resolve;
      fail = reject;
    });
  };
  return { start, watcher: () => watcher, answer: (v: T) => answer(v), fail: (e: unknown) => fail(e) };
}

const cancelled = new CommandError({ code: 'cancelled', message: 'Cancelled; nothing was changed.' });
const report = (created: number): IcsImportReport => ({
  created: Array.from({ length: created }, (_, i) => ({ id: i + 1, uid: `u${i}`, title: `Working group ${i}` })),
  updated: [],
  unchanged: 0,
  warnings: [],
  skipped: [],
});

describe('a calendar import of many events', () => {
  beforeEach(() => {
    vi.mocked(ipc.importCalendarFile).mockReset();
    vi.mocked(ipc.cancelWork).mockReset().mockResolvedValue(true);
  });

  it('shows a labelled bar that follows the shell, and Cancel stops that work and says nothing was imported', async () => {
    const user = userEvent.setup();
    const run = pending<IcsImportReport | null>();
    vi.mocked(ipc.importCalendarFile).mockImplementation((_id, w) => run.start(w));
    const onresult = vi.fn();
    const onimported = vi.fn();
    render(ImportCalendarButton, { networkId: 3, onresult, onimported });

    await user.click(screen.getByTestId('import-calendar'));
    expect(screen.queryByRole('progressbar'), 'no bar while the open dialog is up').toBeNull();
    run.watcher().progressed({ stage: 'reading', done: 0, total: 0 });
    const reading = await screen.findByRole('progressbar');
    expect(reading).toHaveAccessibleName('Reading the calendar file…');
    expect(reading).not.toHaveAttribute('value');

    run.watcher().progressed({ stage: 'saving', done: 4000, total: 20000 });
    const bar = (await screen.findByLabelText('Saving 4,000 of 20,000 events…')) as HTMLProgressElement;
    expect(bar.max).toBe(20000);
    expect(bar.value).toBe(4000);
    expect(screen.getByTestId('import-calendar')).toBeDisabled();

    await user.click(screen.getByTestId('work-cancel'));
    expect(ipc.cancelWork).toHaveBeenCalledWith(42);
    expect(screen.getByRole('progressbar')).toHaveAccessibleName('Cancelling…');
    expect(screen.getByTestId('work-cancel')).toBeDisabled();

    run.fail(cancelled);
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(onresult).toHaveBeenLastCalledWith({ kind: 'warn', text: 'Import cancelled: nothing was imported, and the meetings are as they were.' });
    expect(onimported).not.toHaveBeenCalled();
    expect(screen.getByTestId('import-calendar')).toBeEnabled();
  });

  it('lets an import run to the end, then shows its report and no bar, even if a late figure arrives', async () => {
    const user = userEvent.setup();
    const run = pending<IcsImportReport | null>();
    vi.mocked(ipc.importCalendarFile).mockImplementation((_id, w) => run.start(w));
    const onresult = vi.fn();
    const onimported = vi.fn();
    render(ImportCalendarButton, { networkId: 3, onresult, onimported });
    await user.click(screen.getByTestId('import-calendar'));
    run.watcher().progressed({ stage: 'saving', done: 19800, total: 20000 });
    await screen.findByRole('progressbar');

    run.answer(report(3));
    await waitFor(() => expect(onimported).toHaveBeenCalled());
    run.watcher().progressed({ stage: 'saving', done: 20000, total: 20000 });
    await screen.findByTestId('ics-import-summary');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(onresult).toHaveBeenLastCalledWith({ kind: 'ok', text: 'Created 3 meetings, updated 0, 0 unchanged.' });
    expect(ipc.cancelWork).not.toHaveBeenCalled();
  });
});

describe('the report of a large import', () => {
  it('lists the first hundred meetings and says how many more there are', () => {
    render(ImportCalendarDialog, { report: report(20000), onclose: vi.fn() });
    expect(screen.getByTestId('ics-import-summary')).toHaveTextContent('Created 20000 meetings, updated 0, 0 unchanged.');
    expect(screen.getAllByTestId('ics-created')).toHaveLength(100);
    expect(screen.getByTestId('ics-created-more')).toHaveTextContent('… and 19900 more, in the network’s meetings.');
  });
});

describe('a calendar export of many meetings', () => {
  beforeEach(() => {
    vi.mocked(ipc.exportCalendarFile).mockReset();
    vi.mocked(ipc.cancelWork).mockReset().mockResolvedValue(true);
  });

  it('puts the bar in place of the dialog’s buttons, and a cancel closes it saying no file was written', async () => {
    const user = userEvent.setup();
    const run = pending<Awaited<ReturnType<typeof ipc.exportCalendarFile>>>();
    vi.mocked(ipc.exportCalendarFile).mockImplementation((_id, _options, w) => run.start(w));
    const onresult = vi.fn();
    render(ExportCalendarButton, { networkId: 3, name: 'TechTown', onresult });
    await user.click(screen.getByTestId('export-calendar'));
    await user.click(screen.getByTestId('export-calendar-save'));
    run.watcher().progressed({ stage: 'writing', done: 0, total: 20000 });

    expect(await screen.findByRole('progressbar')).toHaveAccessibleName('Writing 20,000 events…');
    expect(screen.queryByTestId('export-calendar-save')).toBeNull();
    await user.click(screen.getByTestId('work-cancel'));
    expect(ipc.cancelWork).toHaveBeenCalledWith(42);
    run.fail(cancelled);

    await waitFor(() => expect(screen.queryByTestId('export-calendar-dialog')).toBeNull());
    expect(onresult).toHaveBeenLastCalledWith({ kind: 'warn', text: 'Export cancelled: no file was written.' });
  });
});

describe('the bar’s words', () => {
  it('names the stage and counts with thousands separators', () => {
    expect(progressText(null, 'Reading the meetings…')).toBe('Reading the meetings…');
    expect(progressText({ stage: 'saving', done: 0, total: 1 }, 'r')).toBe('Saving 0 of 1 event…');
    expect(progressText({ stage: 'writing', done: 20000, total: 20000 }, 'r')).toBe(
      '20,000 events ready: choose where to save the file.',
    );
  });

  it('asks the shell to stop only work that is running, once', async () => {
    vi.mocked(ipc.cancelWork).mockReset().mockResolvedValue(true);
    const work = new LongWork();
    await work.cancel();
    expect(ipc.cancelWork).not.toHaveBeenCalled();
    work.started(7);
    await Promise.all([work.cancel(), work.cancel()]);
    expect(ipc.cancelWork).toHaveBeenCalledTimes(1);
    work.finished();
    work.progressed({ stage: 'saving', done: 1, total: 2 });
    expect(work.progress).toBeNull();
  });
});
