import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/lib/ipc', () => ({
  listDavAccounts: vi.fn(),
  pushPlanToServer: vi.fn(),
  pullPlanFromServer: vi.fn(),
}));
import * as ipc from '../../src/lib/ipc';
import PlanServerBar from '../../src/components/dav/PlanServerBar.svelte';
import type { ReceiveReport } from '../../src/lib/bindings/ReceiveReport';

const account = (id: number, name: string) => ({ id, name, url: `https://${name}.example.org/dav`, user: 'anna', ca_file: null, created_at: '2026-12-01T10:00:00Z' });
const merged: ReceiveReport = {
  plan_id: 7,
  plan_title: 'Digital jobs in Gävle',
  outcome: 'merged_with_conflicts',
  added_revisions: 1,
  merged_items: ['vision'],
  added_comments: 0,
  resolved_comments: 0,
  conflicts: [],
  message: 'Merged "Digital jobs in Gävle": 1 part taken from their side, 1 conflict to settle',
};

describe("a plan's file in a calendar server's WebDAV folder", () => {
  beforeEach(() => {
    // Each test starts as a plan that never went through a server (planServerChoice.ts).
    localStorage.clear();
    vi.mocked(ipc.listDavAccounts).mockReset().mockResolvedValue([account(1, 'nextcloud'), account(2, 'share')]);
    vi.mocked(ipc.pushPlanToServer).mockReset();
    vi.mocked(ipc.pullPlanFromServer).mockReset();
  });

  it('points to Settings when there is no account', async () => {
    vi.mocked(ipc.listDavAccounts).mockResolvedValue([]);
    render(PlanServerBar, { planId: 7, onpulled: vi.fn() });
    expect(await screen.findByRole('link', { name: 'Settings' })).toHaveAttribute('href', '#/settings');
    expect(screen.queryByTestId('plan-server-push')).toBeNull();
  });

  it('pushes to the chosen account and folder and says where the file is', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.pushPlanToServer).mockResolvedValue('/dav/plans/0b7e.convene-plan');
    render(PlanServerBar, { planId: 7, onpulled: vi.fn() });
    await user.selectOptions(await screen.findByTestId('plan-server-account'), 'share');
    await user.type(screen.getByTestId('plan-server-folder'), 'plans');
    await user.click(screen.getByRole('button', { name: 'Push to server' }));

    expect(vi.mocked(ipc.pushPlanToServer).mock.calls[0]).toEqual([7, 'share', { folder: 'plans', password: null }]);
    const result = await screen.findByTestId('plan-server-result');
    expect(result).toHaveTextContent('The plan is on the server: /dav/plans/0b7e.convene-plan.');
    expect(result).toHaveClass('ok');
  });

  it("hands a pull's report to the page's receive path and shows what it answers", async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.pullPlanFromServer).mockResolvedValue(merged);
    const onpulled = vi.fn().mockResolvedValue({ kind: 'warn', text: 'Merged "Digital jobs in Gävle": 1 conflict to settle.' });
    render(PlanServerBar, { planId: 7, onpulled });
    await user.click(await screen.findByRole('button', { name: 'Pull from server' }));

    expect(vi.mocked(ipc.pullPlanFromServer).mock.calls[0]).toEqual([7, 'nextcloud', { folder: '', password: null }]);
    expect(onpulled).toHaveBeenCalledWith(merged);
    const result = await screen.findByTestId('plan-server-result');
    expect(result).toHaveTextContent('Merged "Digital jobs in Gävle": 1 conflict to settle.');
    expect(result).toHaveClass('warn');
  });

  it('says to pull first when someone else pushed in the meantime, and the pull is one click away', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.pushPlanToServer).mockRejectedValue({
      code: 'conflict',
      message: 'Someone pushed this plan to the server since this computer last read it, so nothing was overwritten. Pull from the server first, then push again.',
    });
    render(PlanServerBar, { planId: 7, onpulled: vi.fn() });
    await user.click(await screen.findByRole('button', { name: 'Push to server' }));

    const error = await screen.findByRole('alert');
    expect(error).toHaveTextContent('nothing was overwritten. Pull from the server first, then push again.');
    expect(screen.getByRole('button', { name: 'Pull from server' })).toBeEnabled();
  });

  it('asks for the password where no keyring holds it and uses the typed one once', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.pushPlanToServer)
      .mockRejectedValueOnce({ code: 'no_password', field: 'password', message: 'No password is saved for “nextcloud”: this computer has no keyring. Type the password to go on.' })
      .mockResolvedValueOnce('/dav/0b7e.convene-plan');
    render(PlanServerBar, { planId: 7, onpulled: vi.fn() });
    await user.click(await screen.findByRole('button', { name: 'Push to server' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('this computer has no keyring');

    await user.type(screen.getByLabelText('Password (used once, not saved)'), 's3cret');
    await user.click(screen.getByRole('button', { name: 'Push to server' }));
    expect(vi.mocked(ipc.pushPlanToServer).mock.calls[1]).toEqual([7, 'nextcloud', { folder: '', password: 's3cret' }]);
    await waitFor(() => expect(screen.queryByTestId('plan-server-password')).toBeNull());
    expect(screen.getByTestId('plan-server-result')).toHaveTextContent('The plan is on the server: /dav/0b7e.convene-plan.');
  });

  it('shows a server that is down in plain words', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.pullPlanFromServer).mockRejectedValue({
      code: 'connection_refused',
      message: 'The server at https://nextcloud.example.org/dav refused the connection: the server is down or the address or port is wrong; nothing was changed here, try again when it is up.',
    });
    const onpulled = vi.fn();
    render(PlanServerBar, { planId: 7, onpulled });
    await user.click(await screen.findByRole('button', { name: 'Pull from server' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('refused the connection: the server is down');
    expect(onpulled).not.toHaveBeenCalled();
  });
});
