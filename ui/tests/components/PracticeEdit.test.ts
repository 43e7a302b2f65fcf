import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/lib/ipc', () => ({
  listNetworks: vi.fn(),
  getPractice: vi.fn(),
  createPractice: vi.fn(),
  updatePractice: vi.fn(),
}));
vi.mock('../../src/lib/router.svelte', () => ({ go: vi.fn(), router: { route: { name: 'practices' } } }));
// The country list is kept once per window (lib/choices.ts); each test decides what it gives.
vi.mock('../../src/lib/choices', () => ({ countryOptions: vi.fn() }));
import * as choices from '../../src/lib/choices';
import * as ipc from '../../src/lib/ipc';
import { go } from '../../src/lib/router.svelte';
import PracticeEdit from '../../src/screens/PracticeEdit.svelte';

const refusal = (message: string, field?: string) => ({ code: field ? 'invalid' : 'internal', message, field });

const network = { id: 4, slug: 'iotxchange', name: 'IoTXchange', kind: 'transfer' as const, tagline: '', start_date: null, end_date: null, partner_count: 3, meeting_count: 0, lead_partner: 'Jelgava' };

beforeEach(() => {
  vi.mocked(ipc.listNetworks).mockResolvedValue([network]);
  vi.mocked(choices.countryOptions).mockResolvedValue([{ code: 'SE', name: 'Sweden', default_zone: 'Europe/Stockholm' }]);
  vi.mocked(ipc.createPractice).mockReset();
  vi.mocked(go).mockReset();
});

describe('the good-practice form', () => {
  it('sends what was typed, with the chosen network and section, and opens the new practice', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.createPractice).mockImplementation(async (input) => ({
      id: 12, ...input, country: input.country || null, source_ref: null, created_at: '2026-11-28T08:00:00Z', updated_at: '2026-11-28T08:00:00Z',
    }));
    render(PracticeEdit, { id: null });
    await user.type(await screen.findByLabelText(/^Title/), 'Kitchen gardens');
    await waitFor(() => expect(screen.getByRole('option', { name: 'Sweden' })).toBeInTheDocument());
    await user.selectOptions(screen.getByLabelText('Country'), 'SE');
    await user.click(screen.getByRole('checkbox', { name: 'IoTXchange' }));
    await user.click(screen.getByRole('button', { name: 'Add a section' }));
    await user.type(screen.getByLabelText('Section 1 heading'), 'The problem');
    await user.click(screen.getByRole('button', { name: 'Add practice' }));
    await waitFor(() => expect(ipc.createPractice).toHaveBeenCalledOnce());
    expect(vi.mocked(ipc.createPractice).mock.calls[0][0]).toMatchObject({
      title: 'Kitchen gardens', country: 'SE', network_ids: [4], sections: [{ heading: 'The problem', body: '' }],
    });
    expect(go).toHaveBeenCalledWith('#/practices/12');
  });

  it('shows the core refusal beside its section and keeps what was typed', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.createPractice).mockRejectedValue(
      refusal('sections[0].body: contains a control character', 'sections[0].body'),
    );
    render(PracticeEdit, { id: null });
    await user.type(await screen.findByLabelText(/^Title/), 'Kitchen gardens');
    await user.click(screen.getByRole('button', { name: 'Add a section' }));
    await user.type(screen.getByLabelText('Section 1 text'), 'Some text');
    await user.click(screen.getByRole('button', { name: 'Add practice' }));
    const error = await screen.findByText('Contains a control character.');
    expect(error.dataset.field).toBe('sections[0].body');
    expect(screen.getByLabelText('Section 1 text')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Section 1 text')).toHaveValue('Some text');
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Kitchen gardens');
    expect(go).not.toHaveBeenCalled();
  });

  it('opens a practice with everything it has and saves the change in place', async () => {
    const user = userEvent.setup();
    const practice = {
      id: 7, title: 'Urban data scan', tagline: 'Knowing what data a city has', city: 'Antwerp', country: 'SE', author: 'Nathalie',
      author_role: 'Smart city officer', headline_figure: '521 946', is_transfer: true,
      sections: [{ heading: 'Problem', body: 'Data in silos.' }, { heading: 'Solution', body: 'A scan.' }], network_ids: [4],
      source_ref: null, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z',
    };
    vi.mocked(ipc.getPractice).mockResolvedValue(practice);
    vi.mocked(ipc.updatePractice).mockImplementation(async (id, input) => ({ ...practice, id, ...input, country: input.country || null }));
    render(PracticeEdit, { id: 7 });
    expect(await screen.findByLabelText(/^Title/)).toHaveValue('Urban data scan');
    expect(screen.getByRole('checkbox', { name: 'IoTXchange' })).toBeChecked();
    expect(screen.getByLabelText('Section 2 text')).toHaveValue('A scan.');
    await waitFor(() => expect(screen.getByRole('option', { name: 'Sweden' })).toBeInTheDocument());
    expect(screen.getByLabelText('Country')).toHaveValue('SE');
    await user.click(screen.getByRole('button', { name: 'Move section 2 up' }));
    await user.click(screen.getByRole('checkbox', { name: 'IoTXchange' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(ipc.updatePractice).toHaveBeenCalledOnce());
    const [id, input] = vi.mocked(ipc.updatePractice).mock.calls[0];
    expect(id).toBe(7);
    expect(input.sections.map((s) => s.heading)).toEqual(['Solution', 'Problem']);
    expect(input.network_ids).toEqual([]);
    expect(input).toMatchObject({ author: 'Nathalie', headline_figure: '521 946', is_transfer: true, country: 'SE' });
    expect(ipc.createPractice).not.toHaveBeenCalled();
    expect(go).toHaveBeenCalledWith('#/practices/7');
  });

  it('says so when the country list cannot be loaded, and still lets the practice be saved', async () => {
    vi.mocked(choices.countryOptions).mockRejectedValue(refusal('the database is busy'));
    render(PracticeEdit, { id: null });
    expect(await screen.findByTestId('list-error')).toHaveTextContent('The list of countries could not be loaded: The database is busy.');
    expect(screen.getByRole('button', { name: 'Add practice' })).toBeEnabled();
  });
});
