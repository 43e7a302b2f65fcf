/** Polls on the network page: the grid on each partner's clock, answers by hand, dropped reply files, closing. */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Poll } from '../../src/lib/bindings/Poll';
import type { PollGrid } from '../../src/lib/bindings/PollGrid';

vi.mock('../../src/lib/ipc', () => ({
  listPolls: vi.fn(),
  pollGrid: vi.fn(),
  setPollAnswer: vi.fn(),
  closePollAndWrite: vi.fn(),
  writePollInvitations: vi.fn(),
  choosePollReplyFiles: vi.fn(),
  readDroppedPollReplies: vi.fn(),
  createPoll: vi.fn(),
  onFilesDropped: (handler: (names: string[]) => void) => {
    const listener = (e: Event) => handler((e as CustomEvent).detail as string[]);
    window.addEventListener('convene:files-dropped', listener);
    return () => window.removeEventListener('convene:files-dropped', listener);
  },
}));
import * as ipc from '../../src/lib/ipc';
import PollsSection from '../../src/components/poll/PollsSection.svelte';

const poll: Poll = {
  id: 7, network_id: 4, title: 'Transnational meeting 3', kind: 'transnational', host_partner_id: 1, host_name: 'Jelgava',
  time_zone: 'Europe/Riga', deadline: '2027-02-20', organizer: '', closed_option_id: null, meeting_id: null, closed_at: null,
  created_at: '2027-01-01T00:00:00Z', updated_at: '2027-01-01T00:00:00Z', options: [], answers: [], recipients: [],
};

function grid(answers: (('yes' | 'maybe' | 'no') | null)[], closed = false): PollGrid {
  return {
    poll: closed ? { ...poll, closed_at: '2027-02-01T00:00:00Z', closed_option_id: 11, meeting_id: 99 } : poll,
    partners: [
      { partner_id: 1, name: 'Jelgava', time_zone: 'Europe/Riga', answered: answers[0] !== null },
      { partner_id: 2, name: 'Fundão', time_zone: 'Europe/Lisbon', answered: false },
    ],
    options: [{
      option_id: 11, number: 1, when: 'Mon 15 Mar 2027, 10:00–12:00 (Europe/Riga)', yes: answers.filter((a) => a === 'yes').length, maybe: 0, no: 0,
      cells: [
        { partner_id: 1, local: 'Mon 15 Mar 2027, 10:00–12:00 (Europe/Riga)', answer: answers[0] ?? null },
        { partner_id: 2, local: 'Mon 15 Mar 2027, 08:00–10:00 (Europe/Lisbon)', answer: null },
      ],
    }],
    not_answered: answers[0] ? ['Fundão'] : ['Jelgava', 'Fundão'],
  };
}

beforeEach(() => {
  vi.mocked(ipc.listPolls).mockResolvedValue([poll]);
  vi.mocked(ipc.pollGrid).mockResolvedValue(grid([null]));
  vi.mocked(ipc.setPollAnswer).mockReset().mockResolvedValue(poll);
  vi.mocked(ipc.readDroppedPollReplies).mockReset();
  vi.mocked(ipc.closePollAndWrite).mockReset();
  vi.mocked(ipc.writePollInvitations).mockReset();
});

async function openPoll() {
  const user = userEvent.setup();
  render(PollsSection, { networkId: 4, partners: [], onmeeting: vi.fn() });
  await user.click(await screen.findByTestId('poll'));
  await screen.findByTestId('poll-grid');
  return user;
}

describe('a poll on the network page', () => {
  it("shows each date on each partner's own clock and who has not answered", async () => {
    await openPoll();
    const fundao = screen.getAllByTestId('poll-partner').find((r) => r.dataset.partner === 'Fundão')!;
    expect(within(fundao).getByText('Mon 15 Mar 2027, 08:00–10:00 (Europe/Lisbon)')).toBeTruthy();
    expect(screen.getByTestId('not-answered').textContent).toContain('Jelgava, Fundão');
  });

  it('records an answer chosen in a cell', async () => {
    const user = await openPoll();
    vi.mocked(ipc.pollGrid).mockResolvedValue(grid(['yes']));
    await user.selectOptions(screen.getByLabelText('Jelgava, date 1'), 'yes');
    expect(ipc.setPollAnswer).toHaveBeenCalledWith(7, 1, 1, 'yes');
    await waitFor(() => expect(screen.getAllByTestId('poll-cell')[0].dataset.answer).toBe('yes'));
  });

  it('reads dropped reply files and names each one that cannot be used', async () => {
    await openPoll();
    vi.mocked(ipc.readDroppedPollReplies).mockResolvedValue({
      files: 2, saved: false, answers: [],
      problems: [{ file: 'junk.eml', reason: 'it holds no answer' }],
      summary: '1 of 2 files cannot be used, so nothing was recorded; remove or fix it and read the replies again',
    });
    window.dispatchEvent(new CustomEvent('convene:files-dropped', { detail: ['reply.eml', 'junk.eml'] }));
    const report = await screen.findByTestId('replies-report');
    expect(ipc.readDroppedPollReplies).toHaveBeenCalledWith(7);
    expect(report.textContent).toContain('junk.eml: it holds no answer');
    expect(report.textContent).toContain('nothing was recorded');
  });

  it('writes the invitations, or says beside the address what is wrong with it', async () => {
    const user = await openPoll();
    const { CommandError } = await vi.importActual<typeof import('../../src/lib/ipc')>('../../src/lib/ipc');
    vi.mocked(ipc.writePollInvitations).mockRejectedValueOnce(
      new CommandError({ code: 'invalid', message: '"me@" is not an e-mail address (expected name@example.org)', field: 'organizer' }),
    );
    await user.type(screen.getByTestId('poll-organizer'), 'me@');
    await user.click(screen.getByTestId('write-invitations'));
    expect((await screen.findByRole('alert')).textContent).toContain('"me@" is not an e-mail address');
    vi.mocked(ipc.writePollInvitations).mockResolvedValueOnce({ folder: '/data/invitations/poll-7', recipients: ['anna@jelgava.lv (Jelgava)', 'joao@cm-fundao.pt (Fundão)'], opened: true });
    await user.clear(screen.getByTestId('poll-organizer'));
    await user.type(screen.getByTestId('poll-organizer'), 'me@iot.eu');
    await user.click(screen.getByTestId('write-invitations'));
    const written = await screen.findByTestId('poll-messages-written');
    expect(ipc.writePollInvitations).toHaveBeenLastCalledWith(7, 'me@iot.eu');
    expect(written.textContent).toContain('Wrote 2 messages');
    expect(written.textContent).toContain('joao@cm-fundao.pt (Fundão)');
  });

  it('closes on the date chosen, after asking, and then offers nothing to change', async () => {
    const user = await openPoll();
    vi.mocked(ipc.closePollAndWrite).mockResolvedValue([{
      poll: { ...poll, closed_at: '2027-02-01T00:00:00Z' },
      meeting: { title: 'Transnational meeting 3', when: { text: 'Mon 15 Mar 2027, 10:00–12:00 (Europe/Riga)' } } as never,
    }, { folder: '/data/invitations/poll-7', recipients: ['anna@jelgava.lv (Jelgava)'], opened: true }]);
    vi.mocked(ipc.pollGrid).mockResolvedValue(grid(['yes'], true));
    await user.click(screen.getByTestId('choose-date'));
    await user.click(screen.getByRole('button', { name: 'Create the meeting' }));
    expect(ipc.closePollAndWrite).toHaveBeenCalledWith(7, 1);
    await screen.findByTestId('poll-closed');
    expect(screen.getByTestId('poll-messages-written').textContent).toContain('/data/invitations/poll-7');
    expect(screen.queryByTestId('choose-date')).toBeNull();
    expect(screen.queryByTestId('add-replies')).toBeNull();
    expect(screen.queryByTestId('write-invitations')).toBeNull();
    expect((screen.getByLabelText('Fundão, date 1') as HTMLSelectElement).disabled).toBe(true);
  });
});
