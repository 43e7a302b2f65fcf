import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/lib/ipc', () => ({
  listDavAccounts: vi.fn(),
  davPublishState: vi.fn(),
  publishNetwork: vi.fn(),
  resolveDavConflict: vi.fn(),
  cancelWork: vi.fn(),
}));
import * as ipc from '../../src/lib/ipc';
import PublishSection from '../../src/components/dav/PublishSection.svelte';
import type { WorkWatcher } from '../../src/lib/ipc';

const account = (id: number, name: string) => ({ id, name, url: `https://${name}.example.org/dav`, user: 'anna', ca_file: null, created_at: '2026-12-01T10:00:00Z' });
const never = { account: null, calendar: null, last_sync_at: null, last_result: null, conflicts: [] };
const report = (over = {}) => ({ summary: 'TechTown: 3 created, 0 updated, 0 deleted on the server; 0 taken from the server.', calendar_created: true, taken_from_server: [], deleted_on_server: [], conflicts: [], warnings: [], ...over });
const conflict = {
  id: 4,
  title: 'Transnational meeting in Riga',
  found_at: '2026-12-06T09:30:00Z',
  local: ['Title: Transnational meeting in Riga', 'Starts: 2027-03-01 10:00 (Europe/Riga)'],
  remote: ['Title: Transnational meeting in Riga', 'Starts: 2027-03-02 10:00 (Europe/Riga)'],
};

describe('publishing a network to a calendar server', () => {
  beforeEach(() => {
    vi.mocked(ipc.listDavAccounts).mockReset().mockResolvedValue([account(1, 'nextcloud'), account(2, 'radicale')]);
    vi.mocked(ipc.davPublishState).mockReset().mockResolvedValue(never);
    vi.mocked(ipc.publishNetwork).mockReset();
    vi.mocked(ipc.resolveDavConflict).mockReset();
    vi.mocked(ipc.cancelWork).mockReset().mockResolvedValue(true);
  });

  it('points to Settings when there is no account', async () => {
    vi.mocked(ipc.listDavAccounts).mockResolvedValue([]);
    render(PublishSection, { networkId: 3, onchanged: vi.fn() });
    const link = await screen.findByRole('link', { name: 'Settings' });
    expect(link).toHaveAttribute('href', '#/settings');
    expect(screen.queryByTestId('dav-publish-go')).toBeNull();
  });

  it('publishes to the chosen account and calendar, then shows the result and the last publish', async () => {
    const user = userEvent.setup();
    const onchanged = vi.fn();
    vi.mocked(ipc.publishNetwork).mockResolvedValue(report({ taken_from_server: ['"Kick-off": time: 1 Mar 10:00 -> 2 Mar 10:00'] }));
    render(PublishSection, { networkId: 3, onchanged });
    await screen.findByTestId('dav-publish-go');
    await user.selectOptions(screen.getByTestId('dav-publish-account'), 'radicale');
    await user.type(screen.getByTestId('dav-publish-calendar'), 'TechTown meetings');
    vi.mocked(ipc.davPublishState).mockResolvedValue({ ...never, account: 'radicale', calendar: 'TechTown meetings', last_sync_at: '2026-12-06T10:15:00Z', last_result: 'TechTown: 3 created.' });
    await user.click(screen.getByTestId('dav-publish-go'));

    const [networkId, name, options] = vi.mocked(ipc.publishNetwork).mock.calls[0];
    expect([networkId, name, options]).toEqual([3, 'radicale', { calendar: 'TechTown meetings', password: null }]);
    const result = await screen.findByTestId('dav-publish-result');
    expect(result).toHaveTextContent('TechTown: 3 created, 0 updated');
    expect(result).toHaveTextContent('"Kick-off": time: 1 Mar 10:00 -> 2 Mar 10:00');
    expect(onchanged).toHaveBeenCalled();
    expect(await screen.findByTestId('dav-last-publish')).toHaveTextContent(/^Last publish 6 Dec 2026, \d\d:\d\d, to TechTown meetings \(radicale\)/);
    expect(screen.getByTestId('dav-last-publish')).toHaveTextContent('(radicale): TechTown: 3 created.');
  });

  it('shows Cancel while publishing, and says a cancelled publish is completed by the next one', async () => {
    const user = userEvent.setup();
    let fail: (e: unknown) => void = () => {};
    vi.mocked(ipc.publishNetwork).mockImplementation((_n, _a, _o, watcher?: WorkWatcher) => {
      watcher?.started(9);
      watcher?.progressed({ stage: 'writing', done: 0, total: 0 });
      return new Promise((_, reject) => (fail = reject));
    });
    render(PublishSection, { networkId: 3, onchanged: vi.fn() });
    await user.click(await screen.findByTestId('dav-publish-go'));
    await user.click(await screen.findByTestId('work-cancel'));
    expect(vi.mocked(ipc.cancelWork)).toHaveBeenCalledWith(9);
    fail({ code: 'cancelled', message: 'Cancelled; nothing was changed.' });
    expect(await screen.findByTestId('dav-publish-result')).toHaveTextContent('Publish cancelled. What reached the server is kept; the next publish completes it.');
    expect(screen.queryByTestId('work-progress')).toBeNull();
  });

  it('asks for the password when no keyring holds it, and sends it with the next publish', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.publishNetwork)
      .mockRejectedValueOnce({ code: 'no_password', field: 'password', message: 'No password is saved for "nextcloud": this computer has no keyring. Type the password to go on.' })
      .mockResolvedValueOnce(report());
    render(PublishSection, { networkId: 3, onchanged: vi.fn() });
    await user.click(await screen.findByTestId('dav-publish-go'));
    expect(await screen.findByTestId('dav-publish-result')).toHaveTextContent('this computer has no keyring');
    await user.type(screen.getByTestId('dav-publish-password'), 's3cret');
    await user.click(screen.getByTestId('dav-publish-go'));
    expect(vi.mocked(ipc.publishNetwork).mock.calls[1][2]).toEqual({ calendar: '', password: 's3cret' });
    await waitFor(() => expect(screen.queryByTestId('dav-publish-password')).toBeNull());
  });

  it('shows each conflict with both versions side by side and settles it with the side chosen', async () => {
    const user = userEvent.setup();
    const onchanged = vi.fn();
    vi.mocked(ipc.davPublishState).mockResolvedValue({ ...never, account: 'nextcloud', calendar: 'TechTown', last_sync_at: '2026-12-06T09:30:00Z', last_result: 'TechTown: 1 conflict(s) to resolve.', conflicts: [conflict, { ...conflict, id: 5, title: 'Steering group', remote: null }] });
    vi.mocked(ipc.resolveDavConflict).mockResolvedValue('Kept the server’s version of "Transnational meeting in Riga".');
    render(PublishSection, { networkId: 3, onchanged });

    const cards = await screen.findAllByTestId('dav-conflict');
    expect(cards).toHaveLength(2);
    const lines = (side: HTMLElement) => within(side).getAllByRole('listitem').map((li) => li.textContent);
    expect(lines(within(cards[0]).getByTestId('dav-conflict-local'))).toEqual(conflict.local);
    expect(lines(within(cards[0]).getByTestId('dav-conflict-remote'))).toEqual(conflict.remote);
    expect(within(cards[1]).getByTestId('dav-conflict-remote')).toHaveTextContent('On the server Deleted');
    expect(within(cards[1]).getByTestId('dav-conflict-local')).toHaveTextContent('Starts: 2027-03-01 10:00');

    vi.mocked(ipc.davPublishState).mockResolvedValue({ ...never, conflicts: [] });
    await user.click(within(cards[0]).getByRole('button', { name: 'Keep the server\'s' }));
    expect(vi.mocked(ipc.resolveDavConflict)).toHaveBeenCalledWith(4, 'remote');
    expect(await screen.findByTestId('dav-publish-result')).toHaveTextContent('Kept the server’s version');
    expect(onchanged).toHaveBeenCalled();
    await waitFor(() => expect(screen.queryByTestId('dav-conflict')).toBeNull());
  });
});
