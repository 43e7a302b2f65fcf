/** A form whose choice list (countries, time zones) cannot be loaded says so, and still works. */
import { render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { iotPartners, meeting } from '../fixtures';

vi.mock('../../src/lib/ipc', () => ({
  listNetworks: vi.fn(),
  listPartners: vi.fn(),
  getMeeting: vi.fn(),
  createMeeting: vi.fn(),
  updateMeeting: vi.fn(),
  previewLocalTimes: vi.fn(),
}));
vi.mock('../../src/lib/choices', () => ({ countryOptions: vi.fn(), timeZoneOptions: vi.fn(), countryName: (_: unknown, c: string) => c }));
import * as choices from '../../src/lib/choices';
import * as ipc from '../../src/lib/ipc';
import MeetingEdit from '../../src/screens/MeetingEdit.svelte';

beforeEach(() => {
  vi.mocked(ipc.listPartners).mockResolvedValue(iotPartners);
  vi.mocked(ipc.getMeeting).mockResolvedValue(meeting());
  vi.mocked(ipc.previewLocalTimes).mockResolvedValue([]);
});

describe('a choice list that cannot be loaded', () => {
  it('is named on the meeting form, which still shows the meeting to edit', async () => {
    vi.mocked(choices.timeZoneOptions).mockRejectedValue({ code: 'internal', message: 'the command stopped unexpectedly' });
    render(MeetingEdit, { id: 7, network: null });
    const notice = await screen.findByTestId('list-error');
    expect(notice).toHaveTextContent('The list of time zones could not be loaded');
    expect(notice).toHaveTextContent('The command stopped unexpectedly.');
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Transnational meeting in Jelgava');
  });

  it('shows nothing when the list loads', async () => {
    vi.mocked(choices.timeZoneOptions).mockResolvedValue(['Europe/Riga']);
    render(MeetingEdit, { id: 7, network: null });
    expect(await screen.findByLabelText(/^Title/)).toHaveValue('Transnational meeting in Jelgava');
    await Promise.resolve();
    expect(screen.queryByTestId('list-error')).toBeNull();
  });
});
