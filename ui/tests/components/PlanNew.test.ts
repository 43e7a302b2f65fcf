import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { iotPartners } from '../fixtures';

vi.mock('../../src/lib/ipc', () => ({ createPlan: vi.fn() }));
import * as ipc from '../../src/lib/ipc';
import NewPlanDialog from '../../src/components/plan/NewPlanDialog.svelte';

describe('a new plan', () => {
  it('is proposed for a city without a plan, titled after it, and created as a draft', async () => {
    const user = userEvent.setup();
    const plan = { id: 12, network_id: 4, partner_id: 3, partner_name: 'Nevers Agglomération', title: 'x', summary: '', status: 'draft' as const, adoption_date: null,
      uuid: '5d1c9a2e-0000-4000-8000-000000000012', source_ref: null, created_at: '2026-11-28T08:00:00Z', updated_at: '2026-11-28T08:00:00Z', language: 'en' as const };
    vi.mocked(ipc.createPlan).mockResolvedValue(plan);
    const oncreated = vi.fn();
    render(NewPlanDialog, { networkId: 4, partners: iotPartners, planned: [1, 2], oncreated, onclose: vi.fn() });
    expect(screen.getByLabelText('Title')).toHaveValue('Integrated Action Plan of Nevers Agglomération');
    await user.click(screen.getByTestId('create-plan'));
    await waitFor(() => expect(oncreated).toHaveBeenCalledWith(plan));
    expect(ipc.createPlan).toHaveBeenCalledWith(4, { partner_id: 3, title: 'Integrated Action Plan of Nevers Agglomération', summary: '', status: 'draft' });
  });

  it('shows the core’s refusal beside the title and keeps what was typed', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.createPlan).mockRejectedValue({ code: 'invalid', message: 'title: a title is required', field: 'title' });
    render(NewPlanDialog, { networkId: 4, partners: iotPartners, planned: [], oncreated: vi.fn(), onclose: vi.fn() });
    await user.clear(screen.getByLabelText('Title'));
    await user.click(screen.getByTestId('create-plan'));
    await waitFor(() => expect(screen.getByTestId('field-error').textContent).toBe('A title is required.'));
    expect(screen.getByLabelText('Title')).toHaveValue('');
  });
});
