import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { iotPartners, meeting, partner } from '../fixtures';

vi.mock('../../src/lib/ipc', () => ({ invitationContacts: vi.fn(), emailInvitation: vi.fn(), exportCalendarFile: vi.fn() }));
import * as ipc from '../../src/lib/ipc';
import InvitationDialog from '../../src/components/calendar/InvitationDialog.svelte';
import ExportCalendarButton from '../../src/components/calendar/ExportCalendarButton.svelte';
import { ORGANIZER_KEY } from '../../src/lib/calendar';
import { LongWork } from '../../src/lib/longWork.svelte';

const contact = (id: number, partner_id: number, name: string, email: string) => ({ id, partner_id, name, role: '', email, phone: '' });
const partners = [
  partner(1, 'Fundão', 'PT', 'Europe/Lisbon', { contacts: [contact(11, 1, 'Ana Silva', 'ana@cm-fundao.pt')] }),
  partner(2, 'Jelgava', 'LV', 'Europe/Riga', { contacts: [contact(21, 2, 'Ilze Bērziņa', 'ilze@jelgava.lv')] }),
  iotPartners[2],
];

const boxes = () => screen.getAllByTestId('invitee') as HTMLInputElement[];

describe('the invitation dialog', () => {
  beforeEach(() => {
    vi.mocked(ipc.invitationContacts).mockReset().mockResolvedValue(['ana@cm-fundao.pt', 'ilze@jelgava.lv']);
    vi.mocked(ipc.emailInvitation).mockReset();
    localStorage.clear();
  });

  it('preselects the partners’ contacts with their names, sends them with other addresses, and remembers the organizer', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.emailInvitation).mockResolvedValue({ path: '/data/invitations/x-0.eml', method: 'request', subject: 'Invitation: Transnational meeting in Jelgava', opened: true });
    const onsent = vi.fn();
    render(InvitationDialog, { meeting: meeting(), partners, onclose: vi.fn(), onsent });

    await waitFor(() => expect(boxes()).toHaveLength(2));
    expect(boxes().every((b) => b.checked)).toBe(true);
    expect(screen.getByText('Ilze Bērziņa')).toBeInTheDocument();
    expect(screen.getByText('· Jelgava').parentElement?.textContent).toBe('Ilze Bērziņa · Jelgava');

    await user.click(boxes()[0]);
    await user.type(screen.getByTestId('invite-organizer'), 'coordinator@techtown.eu');
    await user.type(screen.getByTestId('invite-other'), 'Guest <guest@riga.lv>');
    await user.click(screen.getByTestId('invitation-send'));

    await waitFor(() => expect(onsent).toHaveBeenCalled());
    expect(vi.mocked(ipc.emailInvitation).mock.calls[0]).toEqual([7, 'coordinator@techtown.eu', ['ilze@jelgava.lv', 'guest@riga.lv']]);
    expect(onsent.mock.calls[0][0].text).toContain('is open in your mail program');
    expect(localStorage.getItem(ORGANIZER_KEY)).toBe('coordinator@techtown.eu');
  });

  it('shows the core’s refusal of an address beside that contact, and keeps everything chosen', async () => {
    const user = userEvent.setup();
    localStorage.setItem(ORGANIZER_KEY, 'coordinator@techtown.eu');
    vi.mocked(ipc.emailInvitation).mockImplementation(async () => {
      throw { code: 'invalid', field: 'to[1]', message: '"ilze@jelgava" is not an e-mail address (expected name@example.org)' };
    });
    vi.mocked(ipc.invitationContacts).mockResolvedValue(['ana@cm-fundao.pt', 'ilze@jelgava']);
    const onsent = vi.fn();
    render(InvitationDialog, { meeting: meeting(), partners, onclose: vi.fn(), onsent });
    await waitFor(() => expect(boxes()).toHaveLength(2));
    expect((screen.getByTestId('invite-organizer') as HTMLInputElement).value).toBe('coordinator@techtown.eu');

    await user.click(screen.getByTestId('invitation-send'));
    const error = await screen.findByText('"ilze@jelgava" is not an e-mail address (expected name@example.org).');
    expect(error.closest('li')?.querySelector('input')?.getAttribute('data-email')).toBe('ilze@jelgava');
    expect(boxes()[1].getAttribute('aria-invalid')).toBe('true');
    expect(boxes()).toHaveLength(2);
    expect(boxes().every((b) => b.checked)).toBe(true);
    expect(onsent).not.toHaveBeenCalled();
  });

  it('counts in its legend only the distinct addresses the message would go to', async () => {
    const user = userEvent.setup();
    render(InvitationDialog, { meeting: meeting(), partners, onclose: vi.fn(), onsent: vi.fn() });
    await waitFor(() => expect(boxes()).toHaveLength(2));
    const legend = () => screen.getByRole('group').querySelector('legend')?.textContent;
    expect(legend()).toBe('To (2 people)');
    await user.click(boxes()[0]);
    expect(legend()).toBe('To (1 person)');
    await user.type(screen.getByTestId('invite-other'), 'guest@riga, ILZE@jelgava.lv');
    expect(legend()).toBe('To (1 person)');
    await user.type(screen.getByTestId('invite-other'), ', guest@riga.lv');
    expect(legend()).toBe('To (2 people)');
  });

  it('asks for the organizer and someone to invite before anything is sent', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.invitationContacts).mockResolvedValue([]);
    render(InvitationDialog, { meeting: meeting(), partners, onclose: vi.fn(), onsent: vi.fn() });
    await screen.findByTestId('no-invitees');
    await user.click(screen.getByTestId('invitation-send'));
    expect(await screen.findByText('Give your e-mail address: the partners’ answers come back to it.')).toHaveAttribute('id', 'invite-organizer-error');
    expect(screen.getByText('Choose at least one person to invite, or add an address.')).toBeInTheDocument();
    expect(ipc.emailInvitation).not.toHaveBeenCalled();
  });
});

describe('the export calendar button', () => {
  beforeEach(() => {
    vi.mocked(ipc.exportCalendarFile).mockReset();
  });

  it('sends the reminder and range, and says how many were saved and left out', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.exportCalendarFile).mockResolvedValue({ path: '/home/ana/TechTown.ics', events: 12, left_out_undated: 2 });
    const onresult = vi.fn();
    render(ExportCalendarButton, { networkId: 4, name: 'TechTown', range: true, onresult });
    await user.click(screen.getByTestId('export-calendar'));
    await user.selectOptions(screen.getByTestId('calendar-reminder'), 'day');
    await user.type(screen.getByTestId('calendar-from'), '2027-01-01');
    await user.click(screen.getByTestId('export-calendar-save'));
    await waitFor(() => expect(onresult).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'ok' })));
    expect(vi.mocked(ipc.exportCalendarFile).mock.calls[0]).toEqual([4, { partnerId: null, from: '2027-01-01', to: '', reminderMinutes: 1440 }, expect.any(LongWork)]);
    expect(onresult.mock.lastCall![0].text).toBe('Saved 12 meetings to /home/ana/TechTown.ics; 2 not yet dated were left out.');
    expect(screen.queryByTestId('export-calendar-dialog')).toBeNull();
  });

  it('shows a range the core refuses beside its field and keeps the dialog open', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.exportCalendarFile).mockImplementation(async () => {
      throw { code: 'invalid', field: 'to', message: 'the last day is before the first' };
    });
    render(ExportCalendarButton, { networkId: 4, name: 'TechTown', range: true, onresult: vi.fn() });
    await user.click(screen.getByTestId('export-calendar'));
    await user.click(screen.getByTestId('export-calendar-save'));
    const error = await screen.findByText('The last day is before the first.');
    expect(error.getAttribute('data-field')).toBe('to');
    expect(screen.getByTestId('export-calendar-dialog')).toBeInTheDocument();
  });
});
