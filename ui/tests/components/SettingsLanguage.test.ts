import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/lib/ipc', () => ({
  appInfo: vi.fn().mockResolvedValue({ db_path: '/tmp/convene.db', schema_version: 7, version: '0.1.0', is_empty: false }),
  getAuthorName: vi.fn().mockResolvedValue({ name: 'Ana', is_default: false }),
  setLanguage: vi.fn().mockResolvedValue(undefined),
  backupFile: vi.fn(), chooseBackupToRestore: vi.fn(), exportJsonFile: vi.fn(), importPagesFile: vi.fn(),
  restoreChosenBackup: vi.fn(), setAuthorName: vi.fn(),
}));
import * as ipc from '../../src/lib/ipc';
import { setLocale, setSystemLanguages } from '../../src/lib/i18n.svelte';
import { chosenLanguage } from '../../src/lib/languageChoice';
import Settings from '../../src/screens/Settings.svelte';
import Nav from '../../src/components/Nav.svelte';
import MonthCalendar from '../../src/components/MonthCalendar.svelte';

afterEach(async () => {
  localStorage.clear();
  setSystemLanguages([]);
  await setLocale('en');
});

describe('the language in Settings', () => {
  it('offers the system language first, then each language in its own name', async () => {
    render(Settings);
    const select = await screen.findByTestId('language');
    const options = within(select).getAllByRole('option').map((o) => o.textContent);
    expect(options[0]).toMatch(/^System language \(/);
    expect(options).toEqual(expect.arrayContaining(['English', 'Français', 'Deutsch']));
  });

  it('switches the window at once, remembers the choice and tells the shell', async () => {
    render(Nav, { onsearch: () => {} });
    render(Settings);
    expect(screen.getByTestId('nav-networks').textContent).toBe('Networks');
    await userEvent.selectOptions(await screen.findByTestId('language'), 'fr');
    expect(await screen.findByRole('heading', { level: 1, name: 'Paramètres' })).toBeInTheDocument();
    expect(screen.getByTestId('nav-networks').textContent).toBe('Réseaux');
    expect(document.documentElement.lang).toBe('fr');
    expect(chosenLanguage()).toBe('fr');
    expect(ipc.setLanguage).toHaveBeenLastCalledWith('fr');

    await userEvent.selectOptions(screen.getByTestId('language'), '');
    expect(chosenLanguage()).toBe('');
  });

  it('starts the month calendar on the locale’s first day of the week, with its names', async () => {
    await setLocale('de');
    render(MonthCalendar, { meetings: [], year: 2027, month: 9, today: '2027-09-15', onmonth: () => {} });
    const heads = screen.getAllByRole('columnheader').map((h) => h.querySelector('abbr')?.getAttribute('title'));
    expect(heads[0]).toBe('Montag');
    expect(heads[6]).toBe('Sonntag');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('September 2027');
    expect(screen.getAllByTestId('calendar-day')[0].dataset.date).toBe('2027-08-30');
  });

  it('starts the week on Sunday for English as the United States writes it', async () => {
    setSystemLanguages(['en-US']);
    await setLocale('en');
    render(MonthCalendar, { meetings: [], year: 2027, month: 9, today: '2027-09-15', onmonth: () => {} });
    const heads = screen.getAllByRole('columnheader').map((h) => h.querySelector('abbr')?.getAttribute('title'));
    expect(heads[0]).toBe('Sunday');
    expect(screen.getAllByTestId('calendar-day')[0].dataset.date).toBe('2027-08-29');
  });
});
