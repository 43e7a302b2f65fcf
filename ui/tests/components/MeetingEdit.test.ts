import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { iotPartners, localTime, meeting } from '../fixtures';

vi.mock('../../src/lib/ipc', () => ({
  listNetworks: vi.fn(),
  listPartners: vi.fn(),
  getMeeting: vi.fn(),
  createMeeting: vi.fn(),
  updateMeeting: vi.fn(),
  previewLocalTimes: vi.fn(),
  listTimeZones: vi.fn(),
}));
import * as ipc from '../../src/lib/ipc';
import MeetingEdit from '../../src/screens/MeetingEdit.svelte';

const [fundao, jelgava, nevers] = iotPartners;
const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;

beforeEach(() => {
  vi.mocked(ipc.listNetworks).mockResolvedValue([
    { id: 4, slug: 'iotxchange', name: 'IoTXchange', kind: 'transfer', tagline: '', start_date: null, end_date: null, partner_count: 3, meeting_count: 0, lead_partner: 'Jelgava' },
  ]);
  vi.mocked(ipc.listPartners).mockResolvedValue(iotPartners);
  vi.mocked(ipc.listTimeZones).mockResolvedValue(['Europe/Lisbon', 'Europe/Paris', 'Europe/Riga']);
  vi.mocked(ipc.previewLocalTimes).mockImplementation(async (_n, s) => {
    if (s.type !== 'timed') return [];
    const h = Number(s.start_local.slice(11, 13));
    const at = (delta: number) => `${s.start_local.slice(0, 11)}${String(h + delta).padStart(2, '0')}:00:00`;
    return [
      localTime(fundao, at(-2), at(0), '+00:00'),
      localTime(jelgava, at(0), at(2), '+02:00'),
      localTime(nevers, at(-1), at(1), '+01:00'),
    ];
  });
  vi.mocked(ipc.createMeeting).mockReset();
  vi.mocked(ipc.updateMeeting).mockReset();
});

async function fillNewMeeting(user: ReturnType<typeof userEvent.setup>) {
  render(MeetingEdit, { id: null, network: 4 });
  const host = await screen.findByLabelText('Host');
  await waitFor(() => expect(within(host).getByText('Jelgava')).toBeInTheDocument());
  await user.type(screen.getByLabelText(/^Title/), 'Transnational meeting in Jelgava');
  await user.selectOptions(host, String(jelgava.id));
  await user.type(screen.getByLabelText(/^Start date/), '2027-03-10');
  await user.type(screen.getByLabelText(/^Start time/), '10:00');
  await user.type(screen.getByLabelText(/^End time/), '12:00');
  await user.tab();
}

describe('the meeting form', () => {
  it('takes the host zone and shows every partner local time', async () => {
    const user = userEvent.setup();
    await fillNewMeeting(user);
    expect(value('meeting-zone')).toBe('Europe/Riga');
    expect(value('meeting-end-date')).toBe(''); // the same day: nothing typed is rewritten
    const rows = await screen.findAllByTestId('local-time-row', {}, { timeout: 2000 });
    const start = (name: string) => within(rows.find((r) => r.dataset.partner === name)!).getByTestId('local-start').textContent;
    expect(start('Nevers Agglomération')).toBe('09:00');
    expect(start('Fundão')).toBe('08:00');
    expect(start('Jelgava')).toBe('10:00');
    expect(vi.mocked(ipc.previewLocalTimes)).toHaveBeenLastCalledWith(
      4,
      { type: 'timed', start_local: '2027-03-10T10:00:00', end_local: '2027-03-10T12:00:00', time_zone: 'Europe/Riga' },
      jelgava.id,
    );
  });

  it('says the end must be after the start, beside the end, as soon as the end is left', async () => {
    const user = userEvent.setup();
    await fillNewMeeting(user);
    const endTime = screen.getByLabelText(/^End time/);
    await user.clear(endTime);
    await user.type(endTime, '09:00');
    await user.tab();
    const error = document.getElementById('meeting-end-error')!;
    expect(error.textContent).toBe('The meeting must end after it starts.');
    expect(error.dataset.field).toBe('end');
    expect(endTime.getAttribute('aria-invalid')).toBe('true');
    await user.click(screen.getByTestId('save-meeting'));
    expect(ipc.createMeeting).not.toHaveBeenCalled();
  });

  it('shows the core refusal beside the right field and keeps everything typed', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.createMeeting).mockRejectedValue({
      code: 'invalid',
      message: '2027-03-28 03:30 does not exist in Europe/Riga (the clocks change then); choose another time',
      field: 'start',
    });
    await fillNewMeeting(user);
    await user.type(screen.getByLabelText('Venue'), 'Jelgava Palace');
    await user.click(screen.getByTestId('save-meeting'));

    const error = await screen.findByText(/does not exist in Europe\/Riga/);
    expect(error.dataset.field).toBe('start');
    expect(error.id).toBe('meeting-start-error');
    expect(error.dataset.testid).toBe('field-error');
    expect(screen.getByLabelText(/^Start time/).getAttribute('aria-describedby')).toContain('meeting-start-error');
    expect(value('meeting-title')).toBe('Transnational meeting in Jelgava');
    expect(value('meeting-venue')).toBe('Jelgava Palace');
    expect(value('meeting-start-date')).toBe('2027-03-10');
    expect(value('meeting-start-time')).toBe('10:00');
    expect((document.getElementById('meeting-host') as HTMLSelectElement).value).toBe(String(jelgava.id));
    expect(ipc.createMeeting).toHaveBeenCalledWith(4, expect.objectContaining({ title: 'Transnational meeting in Jelgava', venue: 'Jelgava Palace' }));

    // Editing the field clears the core's old verdict on it.
    await user.type(screen.getByLabelText(/^Start time/), '{backspace}5');
    expect(document.getElementById('meeting-start-error')).toBeNull();
  });

  it('edits a saved meeting with its values filled in', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.getMeeting).mockResolvedValue(meeting());
    vi.mocked(ipc.updateMeeting).mockImplementation(async (_id, input) => meeting({ title: input.title }));
    render(MeetingEdit, { id: 7, network: null });
    const title = await screen.findByLabelText(/^Title/);
    expect((title as HTMLInputElement).value).toBe('Transnational meeting in Jelgava');
    expect(value('meeting-zone')).toBe('Europe/Riga');
    await user.type(title, ' (2nd day)');
    await user.click(screen.getByTestId('save-meeting'));
    await waitFor(() => expect(ipc.updateMeeting).toHaveBeenCalled());
    expect(vi.mocked(ipc.updateMeeting).mock.calls[0][1]).toMatchObject({
      title: 'Transnational meeting in Jelgava (2nd day)',
      schedule: { type: 'timed', start_local: '2027-03-10T10:00:00', time_zone: 'Europe/Riga' },
    });
    await waitFor(() => expect(location.hash).toBe('#/meetings/7'));
  });
});
