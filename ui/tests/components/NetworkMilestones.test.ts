/** The network page's timeline and milestones: add, edit from the timeline, delete after asking. */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { iotPartners } from '../fixtures';
import type { Milestone, Network } from '../../src/lib/types';

vi.mock('../../src/lib/ipc', () => ({
  getNetwork: vi.fn(),
  listPartners: vi.fn(),
  listMeetings: vi.fn(),
  listMilestones: vi.fn(),
  listPlanOverviews: vi.fn(),
  listImportNotes: vi.fn(),
  createMilestone: vi.fn(),
  updateMilestone: vi.fn(),
  deleteMilestone: vi.fn(),
  listDaysOff: vi.fn(async () => []),
  networkDaysOff: vi.fn(async () => []),
  listPolls: vi.fn(async () => []),
  onFilesDropped: vi.fn(() => () => {}),
}));
vi.mock('../../src/lib/choices', () => ({ countryOptions: vi.fn(), timeZoneOptions: vi.fn(), countryName: (_: unknown, c: string) => c }));
import * as choices from '../../src/lib/choices';
import * as ipc from '../../src/lib/ipc';
import NetworkPage from '../../src/screens/NetworkPage.svelte';

const network: Network = {
  id: 4, slug: 'iotxchange', name: 'IoTXchange', kind: 'transfer', tagline: '', description: '', programme: 'URBACT',
  start_date: '2026-06-01', end_date: '2028-12-31', phases: [], contact_email: '', website: '', lead_partner_id: 2,
  source_ref: null, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', language: 'en',
};
const phaseEnd: Milestone = { id: 3, network_id: 4, date: '2026-12-31', precision: 'day', kind: 'phase', title: 'Phase 1 ends', description: '', done: true, source_ref: null };

const marks = () => screen.getAllByTestId('timeline-mark').map((m) => m.getAttribute('aria-label'));

beforeEach(() => {
  vi.mocked(ipc.getNetwork).mockResolvedValue(network);
  vi.mocked(ipc.listPartners).mockResolvedValue(iotPartners);
  vi.mocked(ipc.listMeetings).mockResolvedValue([]);
  vi.mocked(ipc.listMilestones).mockResolvedValue([phaseEnd]);
  vi.mocked(ipc.listPlanOverviews).mockResolvedValue([]);
  vi.mocked(ipc.listImportNotes).mockResolvedValue([]);
  vi.mocked(choices.countryOptions).mockResolvedValue([]);
  vi.mocked(choices.timeZoneOptions).mockResolvedValue([]);
  vi.mocked(ipc.createMilestone).mockReset();
  vi.mocked(ipc.deleteMilestone).mockReset();
});

describe("the network page's milestones", () => {
  it('adds a month milestone that then shows in the list and on the timeline', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.createMilestone).mockImplementation(async (networkId, input) => ({ id: 9, network_id: networkId, source_ref: null, ...input }));
    render(NetworkPage, { id: 4 });
    await screen.findByTestId('network-title');
    expect(marks()).toEqual(['Milestone: Phase 1 ends, Thu 31 Dec 2026, done']);

    await user.click(screen.getByRole('button', { name: 'Add milestone' }));
    await user.type(screen.getByLabelText(/^Title/), 'IAP due');
    await user.click(screen.getByLabelText('only to the month'));
    await user.type(screen.getByLabelText(/^Month/), '2027-06');
    await user.click(within(screen.getByTestId('milestone-dialog')).getByRole('button', { name: 'Add milestone' }));

    await waitFor(() => expect(ipc.createMilestone).toHaveBeenCalledOnce());
    expect(vi.mocked(ipc.createMilestone).mock.calls[0]).toEqual([
      4, { title: 'IAP due', kind: 'deadline', precision: 'month', date: '2027-06-01', description: '', done: false },
    ]);
    const row = await screen.findByText('IAP due', { selector: '[data-testid=milestone] strong' });
    expect(within(row.closest('li')!).getByText('June 2027')).toBeInTheDocument();
    expect(marks()).toEqual(['Milestone: Phase 1 ends, Thu 31 Dec 2026, done', 'Milestone: IAP due, June 2027']);
    expect(screen.queryByTestId('milestone-dialog')).toBeNull();
  });

  it('keeps the form open with the core refusal beside the date', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.createMilestone).mockRejectedValue({ code: 'invalid', message: 'date: the year 2150 is outside 1990-2100', field: 'date' });
    render(NetworkPage, { id: 4 });
    await user.click(await screen.findByRole('button', { name: 'Add milestone' }));
    await user.type(screen.getByLabelText(/^Title/), 'Far away');
    await user.type(screen.getByLabelText(/^Date/), '2099-01-01');
    await user.click(within(screen.getByTestId('milestone-dialog')).getByRole('button', { name: 'Add milestone' }));
    expect(await screen.findByText('The year 2150 is outside 1990-2100.')).toHaveAttribute('data-field', 'date');
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Far away');
    expect(screen.getAllByTestId('milestone')).toHaveLength(1);
  });

  it('opens a milestone from the timeline and deletes it only after asking', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.deleteMilestone).mockResolvedValue(undefined);
    render(NetworkPage, { id: 4 });
    await screen.findByTestId('network-title');
    await user.click(screen.getAllByTestId('timeline-mark')[0]);
    expect(within(screen.getByTestId('milestone-dialog')).getByLabelText(/^Title/)).toHaveValue('Phase 1 ends');
    await user.click(screen.getByRole('button', { name: 'Close without saving' }));

    await user.click(screen.getByRole('button', { name: 'Delete Phase 1 ends' }));
    expect(screen.getByTestId('confirm-dialog')).toHaveTextContent('The milestone Phase 1 ends will be deleted from the timeline.');
    await user.click(screen.getByTestId('confirm-no'));
    expect(ipc.deleteMilestone).not.toHaveBeenCalled();
    expect(screen.getAllByTestId('milestone')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Delete Phase 1 ends' }));
    await user.click(screen.getByTestId('confirm-yes'));
    await waitFor(() => expect(screen.queryAllByTestId('milestone')).toHaveLength(0));
    expect(ipc.deleteMilestone).toHaveBeenCalledWith(3);
  });

  it('names the choice lists that could not be loaded', async () => {
    vi.mocked(choices.countryOptions).mockRejectedValue({ code: 'internal', message: 'the database is busy' });
    vi.mocked(choices.timeZoneOptions).mockRejectedValue({ code: 'internal', message: 'the database is busy' });
    render(NetworkPage, { id: 4 });
    await waitFor(() => expect(screen.getAllByTestId('list-error')).toHaveLength(2));
    const texts = screen.getAllByTestId('list-error').map((e) => e.textContent);
    expect(texts.some((t) => t?.startsWith('The list of countries could not be loaded'))).toBe(true);
    expect(texts.some((t) => t?.startsWith('The list of time zones could not be loaded'))).toBe(true);
    expect(screen.getByTestId('network-title')).toHaveTextContent('IoTXchange');
  });
});
