import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import RiskTable from '../../src/components/plan/RiskTable.svelte';
import type { Risk, RiskInput } from '../../src/lib/planTypes';

const risk: Risk = { id: 'r1', description: 'Sensors arrive late', likelihood: 3, impact: 4, mitigation: 'Order early', owner: 'IT' };

function setup(onupdate: (id: string, input: RiskInput) => Promise<void>, ondelete: (id: string) => Promise<void> = async () => {}) {
  const onadd = vi.fn(async () => {});
  render(RiskTable, { risks: [risk], onadd, onupdate, ondelete });
  return { onadd };
}

describe("a plan risk's dialog", () => {
  it('keeps what was typed and shows the refusal beside its field, then closes once saved', async () => {
    const user = userEvent.setup();
    const onupdate = vi
      .fn<(id: string, input: RiskInput) => Promise<void>>()
      .mockRejectedValueOnce({ code: 'invalid', field: 'description', message: 'is too long (at most 2000 characters)' })
      .mockResolvedValueOnce(undefined);
    setup(onupdate);
    await user.click(screen.getByRole('button', { name: /edit/i }));
    const text = screen.getByLabelText('What could go wrong');
    await user.clear(text);
    await user.type(text, 'Sensors arrive very late');
    await user.click(screen.getByRole('button', { name: 'Save risk' }));
    expect(await screen.findByText(/too long/)).toBeInTheDocument();
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(text).toHaveValue('Sensors arrive very late');
    expect(onupdate).toHaveBeenLastCalledWith('r1', expect.objectContaining({ description: 'Sensors arrive very late', id: '' }));
    await user.click(screen.getByRole('button', { name: 'Save risk' }));
    await waitFor(() => expect(screen.queryByLabelText('What could go wrong')).not.toBeInTheDocument());
    expect(onupdate).toHaveBeenCalledTimes(2);
  });

  it('says why a delete was refused and stays open', async () => {
    const user = userEvent.setup();
    const ondelete = vi.fn(async () => {
      throw { code: 'conflict', message: 'the plan was adopted; it can no longer change' };
    });
    setup(vi.fn(async () => {}), ondelete);
    await user.click(screen.getByRole('button', { name: /edit/i }));
    await user.click(screen.getByRole('button', { name: 'Delete risk' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/adopted/);
    expect(screen.getByLabelText('What could go wrong')).toHaveValue('Sensors arrive late');
  });
});
