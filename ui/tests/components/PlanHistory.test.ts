import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import History from '../../src/components/plan/History.svelte';
import type { PlanDiff, Revision, RevisionKind } from '../../src/lib/planTypes';

const ILZE = 'Ilze Bērziņa';
const PORTAL = 'Changed action Open data portal';

function rev(number: number, minute: number, message: string, kind: RevisionKind = 'edit'): Revision {
  const at = new Date(Date.UTC(2026, 10, 29, 20, 0) + minute * 60_000).toISOString().replace('.000', '');
  return { number, uuid: `u${number}`, parent_uuid: null, merged_uuid: null, kind, author: ILZE, created_at: at, message };
}

const revisions = [
  rev(1, 0, 'Created', 'created'),
  rev(2, 1, 'Added action Open data portal'),
  rev(3, 3, PORTAL),
  rev(4, 4, PORTAL),
  rev(5, 4, PORTAL),
  rev(6, 5, PORTAL),
];

const noDiff = (from: number, to: number): Promise<PlanDiff> =>
  Promise.resolve({ from: revisions[from - 1], to: revisions[to - 1], sections: [], sections_reordered: false, rows: [] } as unknown as PlanDiff);

describe('the plan history', () => {
  it('shows a run of like saves as one row that a button expands into each save', async () => {
    const user = userEvent.setup();
    const onrestore = vi.fn().mockResolvedValue(undefined);
    render(History, { revisions, loadDiff: noDiff, onrestore });
    const list = screen.getByTestId('revision-list');
    expect([...list.children].map((li) => li.getAttribute('data-number'))).toEqual(['6', '2', '1']);
    expect(list.children[0].textContent).toContain('4 saves');

    const toggle = screen.getByRole('button', { name: 'Show the 4 saves' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const members = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(members).not.toBeVisible();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Hide the 4 saves');
    expect(members).toBeVisible();
    expect(within(members).getAllByTestId('revision').map((li) => li.getAttribute('data-number'))).toEqual(['6', '5', '4', '3']);

    const four = within(members).getAllByTestId('revision')[2];
    await user.click(within(four).getByRole('button', { name: 'Restore…' }));
    expect(screen.getByText('Restore version 4?')).toBeInTheDocument();

    // The pickers keep every version.
    expect(within(screen.getByTestId('diff-from')).getAllByRole('option')).toHaveLength(6);
    await waitFor(() => expect(screen.getByTestId('plan-diff')).toBeInTheDocument());
  });
});
