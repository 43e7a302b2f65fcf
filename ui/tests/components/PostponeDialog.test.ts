import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import PostponeDialog from '../../src/components/PostponeDialog.svelte';
import { meeting } from '../fixtures';

function open(m = meeting(), error = '') {
  const onpostpone = vi.fn();
  const oncancel = vi.fn();
  render(PostponeDialog, { meeting: m, error, onpostpone, oncancel });
  return { onpostpone, oncancel };
}

describe('the postpone dialog', () => {
  it('sends the new date on the meeting zone clock, keeping its times unless changed', async () => {
    const user = userEvent.setup();
    const { onpostpone } = open();
    expect(screen.getByText(/Europe\/Riga/)).toBeInTheDocument();
    await user.type(screen.getByTestId('postpone-date'), '2027-04-02');
    await user.clear(screen.getByTestId('postpone-end'));
    await user.type(screen.getByTestId('postpone-end'), '13:30');
    await user.click(screen.getByTestId('postpone-yes'));
    expect(onpostpone).toHaveBeenCalledWith({
      type: 'timed', start_local: '2027-04-02T10:00:00', end_local: '2027-04-02T13:30:00', time_zone: 'Europe/Riga',
    });
  });

  it('sends no date for “No new date yet”', async () => {
    const user = userEvent.setup();
    const { onpostpone } = open();
    await user.click(screen.getByTestId('postpone-undated'));
    expect(screen.queryByTestId('postpone-date')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('postpone-yes'));
    expect(onpostpone).toHaveBeenCalledWith(null);
  });

  it('asks for a date instead of sending an empty one', async () => {
    const user = userEvent.setup();
    const { onpostpone } = open();
    await user.click(screen.getByTestId('postpone-yes'));
    expect(screen.getByTestId('postpone-missing')).toHaveTextContent('Give the new date');
    expect(onpostpone).not.toHaveBeenCalled();
  });

  it('keeps an all-day meeting’s number of days', async () => {
    const user = userEvent.setup();
    const { onpostpone } = open(meeting({ schedule: { type: 'all_day', first: '2027-03-10', last: '2027-03-11' } }));
    await user.type(screen.getByTestId('postpone-date'), '2027-05-31');
    await user.click(screen.getByTestId('postpone-yes'));
    expect(onpostpone).toHaveBeenCalledWith({ type: 'all_day', first: '2027-05-31', last: '2027-06-01' });
  });

  it('shows the core’s refusal and goes back without postponing', async () => {
    const user = userEvent.setup();
    const { onpostpone, oncancel } = open(meeting(), 'start: the new date, 2027-03-09 10:00, is not after the current one');
    expect(screen.getByTestId('postpone-error')).toHaveTextContent('is not after the current one');
    await user.click(screen.getByTestId('postpone-back'));
    expect(oncancel).toHaveBeenCalled();
    expect(onpostpone).not.toHaveBeenCalled();
  });
});
