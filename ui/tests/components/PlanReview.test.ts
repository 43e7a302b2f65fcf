import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import Comments from '../../src/components/plan/Comments.svelte';
import ConflictResolver from '../../src/components/plan/ConflictResolver.svelte';
import History from '../../src/components/plan/History.svelte';
import StatusControl from '../../src/components/plan/StatusControl.svelte';
import type { PlanConflict, PlanDiff, Revision } from '../../src/lib/planTypes';

const conflict = (over: Partial<PlanConflict> = {}): PlanConflict => ({
  id: 3, plan_id: 1, item_key: 'vision', label: 'Vision and objectives', base_text: 'A city.',
  ours_text: 'A smart city.', their_text: 'A green city.', their_revision_uuid: 'u', created_at: '2026-11-29T10:00:00Z',
  resolved_at: null, resolution: null, ...over,
});

const revision = (number: number, kind: Revision['kind'] = 'edit'): Revision => ({
  number, uuid: `u${number}`, parent_uuid: null, merged_uuid: null, kind, author: 'Ilze Bērziņa',
  created_at: '2026-11-29T10:00:00Z', message: '',
});

describe('conflicts from a partner’s copy', () => {
  it('show both texts side by side and send the choice, or the merged text as edited', async () => {
    const user = userEvent.setup();
    const onresolve = vi.fn(async () => {});
    render(ConflictResolver, { conflicts: [conflict()], onresolve });
    expect(screen.getByTestId('conflict-ours').textContent).toBe('A smart city.');
    expect(screen.getByTestId('conflict-theirs').textContent).toBe('A green city.');
    await user.click(screen.getByTestId('take-theirs'));
    expect(onresolve).toHaveBeenLastCalledWith(3, { choice: 'theirs' });
    const merged = screen.getByTestId('conflict-merged');
    expect(merged).toHaveValue('A smart city.');
    await user.clear(merged);
    await user.type(merged, 'A smart and green city.');
    await user.click(screen.getByTestId('save-merged'));
    expect(onresolve).toHaveBeenLastCalledWith(3, { choice: 'merged', text: 'A smart and green city.' });
  });

  it('say when a side removed the item, and show a refusal', async () => {
    const user = userEvent.setup();
    const onresolve = vi.fn(async () => {
      throw { code: 'not_found', message: 'that conflict was already settled' };
    });
    render(ConflictResolver, { conflicts: [conflict({ their_text: null })], onresolve });
    expect(screen.getByTestId('conflict-theirs').textContent).toBe('They removed it.');
    await user.click(screen.getByTestId('keep-ours'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('That conflict was already settled.'));
  });
});

describe('the review status', () => {
  it('offers the next steps and asks for the adoption date before adopting', async () => {
    const user = userEvent.setup();
    const onchange = vi.fn(async () => {});
    render(StatusControl, { status: 'final', changes: [], onchange });
    expect(screen.getByTestId('status-in_review').textContent?.trim()).toBe('Back to in review');
    await user.click(screen.getByTestId('status-adopted'));
    expect(onchange).not.toHaveBeenCalled();
    const date = screen.getByTestId('adoption-date');
    await user.type(date, '2027-02-14');
    await user.click(screen.getByRole('button', { name: 'Record adoption' }));
    expect(onchange).toHaveBeenCalledWith('adopted', '2027-02-14');
  });
});

describe('comments on a section', () => {
  it('are added, shown as text, and resolved', async () => {
    const user = userEvent.setup();
    const onadd = vi.fn(async () => {});
    const onresolve = vi.fn(async () => {});
    const c = { id: 9, plan_id: 1, uuid: '9c0e1d2f-0000-4000-8000-000000000009', section_key: 'vision', author: 'Ana', text: '<b>Too vague</b>', created_at: '2026-11-29T10:00:00Z', resolved_at: null, resolved_by: null };
    render(Comments, { sectionTitle: 'Vision', comments: [c], onadd, onresolve });
    expect(screen.getByTestId('comment').querySelector('b')).toBeNull();
    expect(screen.getByTestId('comment').textContent).toContain('<b>Too vague</b>');
    await user.click(screen.getByTestId('add-comment'));
    expect(onadd).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Write the comment first.');
    await user.type(screen.getByTestId('comment-text'), 'Add a target year.');
    await user.click(screen.getByTestId('add-comment'));
    expect(onadd).toHaveBeenCalledWith('Add a target year.');
    await waitFor(() => expect(screen.getByTestId('comment-text')).toHaveValue(''));
    await user.click(screen.getByTestId('resolve-comment'));
    expect(onresolve).toHaveBeenCalledWith(9);
  });
});

describe('the history', () => {
  it('compares the newest version with the one before, and restores only after confirming', async () => {
    const user = userEvent.setup();
    const diff: PlanDiff = {
      from: revision(2), to: revision(3), sections_reordered: false, rows: [],
      sections: [{ key: 'vision', title: 'Vision', old_title: null, change: 'changed', segments: [{ kind: 'equal', text: 'A ' }, { kind: 'insert', text: 'green ' }, { kind: 'equal', text: 'city.' }] }],
    };
    const loadDiff = vi.fn(async () => diff);
    const onrestore = vi.fn(async () => {});
    render(History, { revisions: [revision(3), revision(2), revision(1, 'created')], loadDiff, onrestore });
    await waitFor(() => expect(loadDiff).toHaveBeenCalledWith(2, 3));
    await waitFor(() => expect(screen.getByTestId('diff-after').querySelector('ins')?.textContent).toBe('green '));
    expect(screen.getAllByTestId('restore-revision')).toHaveLength(2);
    await user.click(screen.getAllByTestId('restore-revision')[1]);
    expect(onrestore).not.toHaveBeenCalled();
    await user.click(screen.getByTestId('confirm-yes'));
    await waitFor(() => expect(onrestore).toHaveBeenCalledWith(1));
  });
});

describe('the history after a restore', () => {
  it('compares the new newest version with the one before it', async () => {
    const diff = (from: number, to: number): PlanDiff => ({ from: revision(from), to: revision(to), sections: [], sections_reordered: false, rows: [] });
    const loadDiff = vi.fn(async (a: number, b: number) => diff(a, b));
    const { rerender } = render(History, { revisions: [revision(2), revision(1, 'created')], loadDiff, onrestore: vi.fn(async () => {}) });
    await waitFor(() => expect(loadDiff).toHaveBeenLastCalledWith(1, 2));
    await rerender({ revisions: [revision(3, 'restore'), revision(2), revision(1, 'created')], loadDiff, onrestore: vi.fn(async () => {}) });
    await waitFor(() => expect(loadDiff).toHaveBeenLastCalledWith(2, 3));
    expect(screen.getByText('These two versions say the same.')).toBeInTheDocument();
  });
});
