import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/lib/ipc', () => ({
  listDavAccounts: vi.fn(),
  addDavAccount: vi.fn(),
  testDavAccount: vi.fn(),
  removeDavAccount: vi.fn(),
  chooseDavCaFile: vi.fn(),
  forgetDavCaFile: vi.fn(),
}));
import * as ipc from '../../src/lib/ipc';
import DavAccountsSection from '../../src/components/dav/DavAccountsSection.svelte';

const nextcloud = { id: 1, name: 'nextcloud', url: 'https://cloud.riga.lv/remote.php/dav', user: 'anna', ca_file: null, created_at: '2026-12-06T10:00:00Z' };

describe('calendar-server accounts in Settings', () => {
  beforeEach(() => {
    vi.mocked(ipc.listDavAccounts).mockReset().mockResolvedValue([]);
    vi.mocked(ipc.addDavAccount).mockReset();
    vi.mocked(ipc.testDavAccount).mockReset();
    vi.mocked(ipc.removeDavAccount).mockReset().mockResolvedValue(undefined);
    vi.mocked(ipc.forgetDavCaFile).mockReset().mockResolvedValue(undefined);
  });

  it('adds an account with its password and says plainly when no keyring kept it', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.addDavAccount).mockResolvedValue({
      account: nextcloud,
      password_stored: false,
      note: 'This computer has no keyring, so the password was not saved: publishing will ask for it.',
    });
    render(DavAccountsSection);
    await screen.findByText('No accounts yet.');
    await user.click(screen.getByTestId('dav-add'));
    await user.type(screen.getByTestId('dav-name'), 'nextcloud');
    await user.type(screen.getByTestId('dav-url'), nextcloud.url);
    await user.type(screen.getByTestId('dav-user'), 'anna');
    await user.type(screen.getByTestId('dav-password'), 's3cret');
    vi.mocked(ipc.listDavAccounts).mockResolvedValue([nextcloud]);
    await user.click(screen.getByTestId('dav-add-save'));

    expect(vi.mocked(ipc.addDavAccount).mock.calls[0][0]).toEqual({ name: 'nextcloud', url: nextcloud.url, user: 'anna', password: 's3cret', with_chosen_ca_file: false });
    const note = await screen.findByTestId('dav-added');
    expect(note).toHaveTextContent('Added nextcloud. This computer has no keyring, so the password was not saved: publishing will ask for it.');
    expect(note).toHaveClass('warn');
    expect(await screen.findByTestId('dav-account')).toHaveTextContent('anna at https://cloud.riga.lv/remote.php/dav');
    expect(screen.queryByTestId('dav-password')).toBeNull();
  });

  it('shows a refused address beside its field and keeps everything typed', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.addDavAccount).mockRejectedValue({ code: 'invalid', field: 'url', message: '"cloud.riga.lv" is not a web address: it must begin with https://' });
    render(DavAccountsSection);
    await user.click(await screen.findByTestId('dav-add'));
    await user.type(screen.getByTestId('dav-name'), 'nextcloud');
    await user.type(screen.getByTestId('dav-url'), 'cloud.riga.lv');
    await user.type(screen.getByTestId('dav-user'), 'anna');
    await user.type(screen.getByTestId('dav-password'), 's3cret');
    await user.click(screen.getByTestId('dav-add-save'));

    expect(await screen.findByText('"cloud.riga.lv" is not a web address: it must begin with https://.')).toBeInTheDocument();
    expect(screen.getByTestId('dav-url')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('dav-name')).toHaveValue('nextcloud');
    expect(screen.getByTestId('dav-password')).toHaveValue('s3cret');
  });

  it("adds a server with its own certificate authority's file chosen in the dialog, and shows a refused one beside its field", async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.chooseDavCaFile).mockReset().mockResolvedValue('office-ca.pem');
    vi.mocked(ipc.addDavAccount).mockRejectedValueOnce({
      code: 'invalid',
      field: 'ca_file',
      message: "/home/anna/office-ca.pem is not a file: give the PEM file of the server's certificate authority",
    });
    render(DavAccountsSection);
    await user.click(await screen.findByTestId('dav-add'));
    await user.type(screen.getByTestId('dav-name'), 'office');
    await user.type(screen.getByTestId('dav-url'), 'https://dav.office.lan/');
    await user.type(screen.getByTestId('dav-user'), 'anna');
    expect(screen.getByTestId('dav-ca-file-chosen')).toHaveTextContent("None: the server's certificate is public.");
    await user.click(screen.getByRole('button', { name: 'CA file (optional)' }));
    expect(screen.getByTestId('dav-ca-file-chosen')).toHaveTextContent('office-ca.pem');
    await user.click(screen.getByTestId('dav-add-save'));

    expect(vi.mocked(ipc.addDavAccount).mock.calls[0][0]).toEqual({ name: 'office', url: 'https://dav.office.lan/', user: 'anna', password: null, with_chosen_ca_file: true });
    expect(await screen.findByText("/home/anna/office-ca.pem is not a file: give the PEM file of the server's certificate authority.")).toBeInTheDocument();
    const beside = screen.getAllByTestId('field-error').find((e) => e.dataset.field === 'ca_file');
    expect(beside).toHaveTextContent('is not a file');
    expect(screen.getByTestId('dav-ca-file').getAttribute('aria-describedby')).toContain(beside!.id);
    expect(screen.getByTestId('dav-name')).toHaveValue('office');

    await user.click(screen.getByRole('button', { name: 'Use none' }));
    expect(vi.mocked(ipc.forgetDavCaFile)).toHaveBeenCalled();
    vi.mocked(ipc.addDavAccount).mockResolvedValueOnce({ account: { ...nextcloud, name: 'office' }, password_stored: false, note: 'No password given: publishing will ask for it.' });
    await user.click(screen.getByTestId('dav-add-save'));
    expect(vi.mocked(ipc.addDavAccount).mock.calls[1][0]).toMatchObject({ with_chosen_ca_file: false });
  });

  it('tests an account: what discovery found, or exactly what failed', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.listDavAccounts).mockResolvedValue([nextcloud]);
    vi.mocked(ipc.testDavAccount).mockResolvedValueOnce({
      principal: '/principals/anna/',
      calendar_home: '/calendars/anna/',
      calendars: [{ href: '/calendars/anna/techtown/', name: 'TechTown' }, { href: '/calendars/anna/personal/', name: null }],
    });
    render(DavAccountsSection);
    const row = await screen.findByTestId('dav-account');
    await user.click(within(row).getByTestId('dav-test'));
    const found = await screen.findByTestId('dav-test-found');
    expect(found).toHaveTextContent('It works. Calendar home /calendars/anna/; 2 calendars:');
    expect(within(found).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['TechTown', '/calendars/anna/personal/']);

    vi.mocked(ipc.testDavAccount).mockRejectedValueOnce({ code: 'connection_refused', message: 'https://cloud.riga.lv/remote.php/dav refused the connection: the server is down or the address or port is wrong' });
    await user.click(within(row).getByTestId('dav-test'));
    expect(await screen.findByTestId('dav-test-error')).toHaveTextContent('refused the connection: the server is down or the address or port is wrong');
    expect(screen.queryByTestId('dav-test-found')).toBeNull();
  });

  it('asks for the password when no keyring holds it, and uses the typed one', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.listDavAccounts).mockResolvedValue([nextcloud]);
    vi.mocked(ipc.testDavAccount)
      .mockRejectedValueOnce({ code: 'no_password', field: 'password', message: 'No password is saved for "nextcloud": this computer has no keyring. Type the password to go on.' })
      .mockResolvedValueOnce({ principal: '/p/', calendar_home: '/c/', calendars: [] });
    render(DavAccountsSection);
    await user.click(within(await screen.findByTestId('dav-account')).getByTestId('dav-test'));
    expect(await screen.findByTestId('dav-test-error')).toHaveTextContent('this computer has no keyring');
    await user.type(screen.getByTestId('dav-test-password'), 's3cret');
    await user.click(screen.getByTestId('dav-test'));

    expect(vi.mocked(ipc.testDavAccount).mock.calls[1]).toEqual(['nextcloud', 's3cret']);
    expect(await screen.findByTestId('dav-test-found')).toHaveTextContent('0 calendars.');
  });

  it('removes an account and lists the others', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.listDavAccounts).mockResolvedValueOnce([nextcloud]).mockResolvedValue([]);
    render(DavAccountsSection);
    await user.click(within(await screen.findByTestId('dav-account')).getByTestId('dav-remove'));
    expect(vi.mocked(ipc.removeDavAccount)).toHaveBeenCalledWith('nextcloud');
    await waitFor(() => expect(screen.queryByTestId('dav-account')).toBeNull());
    expect(screen.getByText('No accounts yet.')).toBeInTheDocument();
  });
});
