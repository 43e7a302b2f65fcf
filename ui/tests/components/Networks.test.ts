import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/lib/ipc', () => ({
  listNetworks: vi.fn(),
  networkDependents: vi.fn(),
  deleteNetwork: vi.fn(),
  loadExamples: vi.fn(),
  startEmpty: vi.fn(),
}));
import * as ipc from '../../src/lib/ipc';
import Networks from '../../src/screens/Networks.svelte';
import FirstRun from '../../src/screens/FirstRun.svelte';

const summary = (id: number, name: string) => ({
  id, slug: name.toLowerCase(), name, kind: 'action_planning' as const, tagline: '', start_date: '2015-06-01', end_date: '2018-04-30',
  partner_count: 11, meeting_count: 9, lead_partner: 'Barnsley',
});

beforeEach(() => {
  vi.mocked(ipc.listNetworks).mockReset();
  vi.mocked(ipc.deleteNetwork).mockReset();
});

describe('deleting a network', () => {
  it('says what goes with it before anything is deleted', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.listNetworks).mockResolvedValueOnce([summary(1, 'TechTown'), summary(2, 'DigiPlace')]).mockResolvedValueOnce([summary(2, 'DigiPlace')]);
    vi.mocked(ipc.networkDependents).mockResolvedValue({ items: ['11 partners', '1 contact', '9 meetings'] });
    vi.mocked(ipc.deleteNetwork).mockResolvedValue({ items: ['11 partners', '1 contact', '9 meetings'] });
    render(Networks);
    const entry = (await screen.findAllByTestId('network-entry')).find((e) => e.dataset.network === 'TechTown')!;
    await user.click(within(entry).getByTestId('delete-network'));

    const dialog = await screen.findByRole('dialog', { name: 'Delete TechTown?' });
    expect(within(dialog).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['11 partners', '1 contact', '9 meetings']);
    expect(ipc.deleteNetwork).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(within(dialog).getByTestId('confirm-no'));

    await user.click(within(dialog).getByTestId('confirm-yes'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(ipc.deleteNetwork).toHaveBeenCalledWith(1, true);
    expect(screen.getAllByTestId('network-entry').map((e) => e.dataset.network)).toEqual(['DigiPlace']);
  });

  it('can be called off with Escape', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.listNetworks).mockResolvedValue([summary(1, 'TechTown')]);
    vi.mocked(ipc.networkDependents).mockResolvedValue({ items: [] });
    render(Networks);
    await user.click(await screen.findByTestId('delete-network'));
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(ipc.deleteNetwork).not.toHaveBeenCalled();
  });
});

describe('the first run', () => {
  it('loads the examples and shows what the importer could not place, as text', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.loadExamples).mockResolvedValue({
      created: { networks: 4, partners: 35, contacts: 4, meetings: 30, milestones: 0, action_plans: 10, practices: 3, import_notes: 2 },
      skipped_existing: { networks: 0, partners: 0, contacts: 0, meetings: 0, milestones: 0, action_plans: 0, practices: 0, import_notes: 0 },
      networks: [], changed: true, dry_run: false,
      summary: 'Imported 4 networks and 35 partners.',
      warnings: [{ line: 14, text: '<b>Basingstoke and Deane</b>', message: 'No country: kept as a note.', kind: 'unplaced' }],
    } as never);
    render(FirstRun, { info: { db_path: '/tmp/convene.sqlite', schema_version: 1, version: '0.1.0', is_empty: true } });
    expect(screen.getByText(/one database file: \/tmp\/convene.sqlite/)).toBeInTheDocument();
    await user.click(screen.getByTestId('load-examples'));
    expect((await screen.findByTestId('import-summary')).textContent).toBe('Imported 4 networks and 35 partners.');
    const warning = screen.getByTestId('import-warning');
    expect(warning.textContent).toContain('Line 14');
    expect(warning.textContent).toContain('<b>Basingstoke and Deane</b>');
    expect(warning.querySelector('b')).toBeNull();
  });
});
