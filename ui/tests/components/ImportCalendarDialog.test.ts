/**
 * The calendar import's report in the window: the events skipped (left out because they
 * could not be read or saved) are listed with their line, title, UID and reason, and the
 * summary says so; a report without skipped events shows no such list.
 */
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import ImportCalendarDialog from '../../src/components/calendar/ImportCalendarDialog.svelte';
import type { IcsImportReport } from '../../src/lib/bindings/IcsImportReport';

const report = (skipped: IcsImportReport['skipped']): IcsImportReport => ({
  created: [{ id: 1, uid: 'g@x.eu', title: 'Transnational meeting Gävle' }],
  updated: [],
  unchanged: 0,
  warnings: [],
  skipped,
});

describe('the import report', () => {
  it('lists each skipped event with its line and reason', () => {
    render(ImportCalendarDialog, {
      report: report([
        { line: 42, uid: 'lenient-no-start@iotxchange.example.eu', title: 'Thematic webinar: data sharing', reason: 'the event has no DTSTART (no start)' },
        { line: 57, uid: '', title: '', reason: 'RRULE "FREQ=FORTNIGHTLY" cannot be read' },
      ]),
      onclose: vi.fn(),
    });
    expect(screen.getByTestId('ics-import-summary').textContent).toBe('Created 1 meeting, updated 0, 0 unchanged; 2 events skipped.');
    const items = screen.getAllByTestId('ics-skipped-event').map((li) => li.textContent);
    expect(items).toEqual([
      'line 42: “Thematic webinar: data sharing” (UID lenient-no-start@iotxchange.example.eu): the event has no DTSTART (no start)',
      'line 57: an event: RRULE "FREQ=FORTNIGHTLY" cannot be read',
    ]);
    expect(screen.getByTestId('ics-skipped').textContent).toContain('2 events skipped');
  });

  it('shows no skipped list when every event was imported', () => {
    render(ImportCalendarDialog, { report: report([]), onclose: vi.fn() });
    expect(screen.queryByTestId('ics-skipped')).toBeNull();
    expect(screen.getByTestId('ics-import-summary').textContent).toBe('Created 1 meeting, updated 0, 0 unchanged.');
  });
});
