import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ActionTable from '../../src/components/plan/ActionTable.svelte';
import type { Action, ActionInput } from '../../src/lib/planTypes';

const action = (id: string, title: string, over: Partial<Action> = {}): Action => ({
  id, objective: '', title, description: '', lead: '', partners: '', start: null, end: null, cost: null,
  funding: [], status: 'planned', pilot: false, indicator_ids: [], ...over,
});

const cell = (row: number, key: string) => document.querySelector<HTMLElement>(`td[data-row="${row}"][data-key="${key}"]`)!;

function setup(actions: Action[]) {
  const onsave = vi.fn<(id: string, input: ActionInput) => Promise<void>>(async () => {});
  const onadd = vi.fn(async () => 'new');
  const ondetails = vi.fn();
  const onmove = vi.fn<(id: string, to: number) => Promise<void>>(async () => {});
  render(ActionTable, { actions, onsave, onadd, ondetails, onmove });
  return { onsave, onadd, ondetails, onmove };
}

describe('the action table by keyboard', () => {
  it('moves with Tab, edits with Enter, saves the cell and stays on it', async () => {
    const user = userEvent.setup();
    const { onsave } = setup([action('a', 'Sensor pilot'), action('b', 'Data portal')]);
    await user.click(cell(0, 'title'));
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(cell(0, 'title'));
    await user.keyboard('{Tab}{Tab}{Tab}');
    expect(document.activeElement).toBe(cell(0, 'cost'));
    await user.keyboard('{Enter}');
    const input = screen.getByTestId('action-edit') as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    await user.keyboard('12.500,50{Enter}');
    await waitFor(() => expect(onsave).toHaveBeenCalledTimes(1));
    expect(onsave.mock.calls[0][0]).toBe('a');
    expect(onsave.mock.calls[0][1].cost).toBe('12500.50');
    expect(onsave.mock.calls[0][1].title).toBe('Sensor pilot');
    await waitFor(() => expect(document.activeElement).toBe(cell(0, 'cost')));
  });

  it('Escape puts the old value back and saves nothing', async () => {
    const user = userEvent.setup();
    const { onsave } = setup([action('a', 'Sensor pilot')]);
    await user.click(cell(0, 'title'));
    await user.keyboard('{Control>}a{/Control}Renamed{Escape}');
    expect(screen.queryByTestId('action-edit')).toBeNull();
    expect(cell(0, 'title').textContent).toContain('Sensor pilot');
    expect(onsave).not.toHaveBeenCalled();
  });

  it('Tab in an open cell saves it and goes on to the next cell, row after row', async () => {
    const user = userEvent.setup();
    const { onsave } = setup([action('a', 'One'), action('b', 'Two')]);
    await user.click(cell(0, 'months'));
    await user.keyboard('2027-9 – 2028-6{Tab}');
    await waitFor(() => expect(onsave).toHaveBeenCalledTimes(1));
    expect(onsave.mock.calls[0][1].start).toBe('2027-09');
    expect(onsave.mock.calls[0][1].end).toBe('2028-06');
    await waitFor(() => expect(document.activeElement).toBe(cell(0, 'cost')));
    cell(0, 'details').focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(cell(1, 'details'));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(cell(1, 'title'));
  });

  it('refuses a cost it cannot read, says why, and keeps the cell open', async () => {
    const user = userEvent.setup();
    const { onsave } = setup([action('a', 'One')]);
    await user.click(cell(0, 'cost'));
    await user.keyboard('lots{Enter}');
    expect(screen.getByTestId('action-error').textContent).toMatch(/amount in euros/);
    expect(screen.getByTestId('action-edit')).toHaveValue('lots');
    expect(onsave).not.toHaveBeenCalled();
  });

  it('shows the core’s refusal and keeps what was typed', async () => {
    const user = userEvent.setup();
    const { onsave } = setup([action('a', 'One', { start: '2027-05' })]);
    onsave.mockRejectedValueOnce({ code: 'invalid', message: 'end: 2027-01 is before the start, 2027-05', field: 'end' });
    await user.click(cell(0, 'months'));
    await user.keyboard('{Control>}a{/Control}2027-05 – 2027-01{Enter}');
    await waitFor(() => expect(screen.getByTestId('action-error').textContent).toBe('2027-01 is before the start, 2027-05.'));
    expect(screen.getByTestId('action-edit')).toHaveValue('2027-05 – 2027-01');
  });

  it('opens the details with Enter on the last cell or the funding cell, and marks pilots', async () => {
    const user = userEvent.setup();
    const { onsave, ondetails } = setup([action('a', 'One', { pilot: true })]);
    cell(0, 'details').focus();
    await user.keyboard('{Enter}');
    expect(ondetails).toHaveBeenCalledWith(expect.objectContaining({ id: 'a' }));
    cell(0, 'funding').focus();
    await user.keyboard('{Enter}');
    expect(ondetails).toHaveBeenCalledTimes(2);
    expect(onsave).not.toHaveBeenCalled();
    expect(cell(0, 'title').getAttribute('aria-label')).toBe('Action: One (pilot)');
  });

  it('has one tab stop, labelled cells, and a clear Add action button', async () => {
    setup([action('a', 'One', { cost: '1500' }), action('b', 'Two')]);
    const stops = Array.from(document.querySelectorAll('td[tabindex="0"]'));
    expect(stops).toHaveLength(1);
    expect(cell(0, 'cost').getAttribute('aria-label')).toBe('Cost: €1,500.00');
    expect(screen.getByRole('button', { name: 'Add action' })).toBeInTheDocument();
  });
});

describe('moving actions by keyboard', () => {
  it('Alt+ArrowDown and Alt+ArrowUp move the action one place and say so; not past the ends', async () => {
    const user = userEvent.setup();
    const { onmove } = setup([action('a', 'One'), action('b', 'Two')]);
    cell(0, 'cost').focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(onmove).not.toHaveBeenCalled();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(onmove).toHaveBeenCalledWith('a', 1));
    await waitFor(() => expect(screen.getByTestId('action-announcement').textContent).toBe('Moved “One” to place 2 of 2.'));
    expect(document.activeElement).toBe(cell(1, 'cost'));
  });
});
