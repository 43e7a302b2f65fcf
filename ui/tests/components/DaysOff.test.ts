/** Partners' holidays and days off: on the network page (listed, recorded, removed) and in the month calendar. */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { iotPartners } from '../fixtures';
import type { DayOff, NamedDayOff } from '../../src/lib/types';

vi.mock('../../src/lib/ipc', () => ({
  listDaysOff: vi.fn(),
  networkDaysOff: vi.fn(),
  addDayOff: vi.fn(),
  deleteDayOff: vi.fn(),
}));
import * as ipc from '../../src/lib/ipc';
import DaysOffSection from '../../src/components/DaysOffSection.svelte';
import MonthCalendar from '../../src/components/MonthCalendar.svelte';

const partner = iotPartners[0];
const fair: DayOff = { id: 5, partner_id: partner.id, date: '2027-06-24', name: "Saint John's fair" };
const off = (date: string, name: string, more: Partial<NamedDayOff> = {}): NamedDayOff => ({
  partner_id: partner.id, partner_name: partner.name, country: partner.country, region: '', date, name, source: 'national', estimated: false, ...more,
});

beforeEach(() => {
  vi.mocked(ipc.listDaysOff).mockReset().mockResolvedValue([fair]);
  vi.mocked(ipc.networkDaysOff).mockReset().mockResolvedValue([off('2027-06-24', "Saint John's fair", { source: 'local' })]);
  vi.mocked(ipc.addDayOff).mockReset();
  vi.mocked(ipc.deleteDayOff).mockReset();
});

describe('the network page lists, records and removes days off', () => {
  it('shows the recorded days off and the coming holidays with who and what', async () => {
    render(DaysOffSection, { networkId: 4, partners: iotPartners });
    const row = await screen.findByTestId('day-off');
    expect(row).toHaveTextContent(`${partner.name}: Saint John's fair`);
    expect(await screen.findByTestId('upcoming-day-off')).toHaveTextContent(`Saint John's fair (local day off): ${partner.name} (${partner.country})`);
  });

  it('records a day off and shows it, sending the partner, the day and the name', async () => {
    const user = userEvent.setup();
    const election: DayOff = { id: 6, partner_id: partner.id, date: '2027-09-12', name: 'Local election' };
    vi.mocked(ipc.addDayOff).mockResolvedValue(election);
    render(DaysOffSection, { networkId: 4, partners: iotPartners });
    await screen.findByTestId('day-off');
    vi.mocked(ipc.listDaysOff).mockResolvedValue([fair, election]);
    await user.selectOptions(screen.getByLabelText(/^Partner/), String(partner.id));
    await user.type(screen.getByLabelText(/^Day/), '2027-09-12');
    await user.type(screen.getByLabelText(/^What it is/), 'Local election');
    await user.click(screen.getByRole('button', { name: 'Record the day off' }));
    await waitFor(() => expect(ipc.addDayOff).toHaveBeenCalledWith(partner.id, { date: '2027-09-12', name: 'Local election' }));
    await waitFor(() => expect(screen.getAllByTestId('day-off')).toHaveLength(2));
    expect(screen.getByLabelText(/^Day/)).toHaveValue('');
    expect(screen.queryByTestId('field-error')).toBeNull();
  });

  it('keeps what was typed and shows the core refusal beside its field', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.addDayOff).mockRejectedValue({ code: 'invalid', message: 'name: is 201 characters long; the limit is 200', field: 'name' });
    render(DaysOffSection, { networkId: 4, partners: iotPartners });
    await screen.findByTestId('day-off');
    await user.selectOptions(screen.getByLabelText(/^Partner/), String(partner.id));
    await user.type(screen.getByLabelText(/^Day/), '2027-09-12');
    await user.type(screen.getByLabelText(/^What it is/), 'Election');
    await user.click(screen.getByRole('button', { name: 'Record the day off' }));
    expect(await screen.findByText('Is 201 characters long; the limit is 200.')).toHaveAttribute('data-field', 'name');
    expect(screen.getByLabelText(/^Day/)).toHaveValue('2027-09-12');
    expect(screen.getAllByTestId('day-off')).toHaveLength(1);
  });

  it('does not send a day off without its day', async () => {
    const user = userEvent.setup();
    render(DaysOffSection, { networkId: 4, partners: iotPartners });
    await screen.findByTestId('day-off');
    await user.selectOptions(screen.getByLabelText(/^Partner/), String(partner.id));
    await user.type(screen.getByLabelText(/^What it is/), 'Election');
    await user.click(screen.getByRole('button', { name: 'Record the day off' }));
    expect(await screen.findByText('Enter a date (YYYY-MM-DD).')).toBeInTheDocument();
    expect(ipc.addDayOff).not.toHaveBeenCalled();
  });

  it('removes a day off', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.deleteDayOff).mockResolvedValue(undefined);
    render(DaysOffSection, { networkId: 4, partners: iotPartners });
    await screen.findByTestId('day-off');
    vi.mocked(ipc.listDaysOff).mockResolvedValue([]);
    await user.click(screen.getByRole('button', { name: `Remove Saint John's fair of ${partner.name}` }));
    await waitFor(() => expect(ipc.deleteDayOff).toHaveBeenCalledWith(5));
    await waitFor(() => expect(screen.queryByTestId('day-off')).toBeNull());
  });
});

describe('the month calendar', () => {
  it('names the partners off on a day, and which holiday on hover', () => {
    render(MonthCalendar, {
      meetings: [],
      year: 2027,
      month: 5,
      today: '2027-05-03',
      daysOff: [
        off('2027-05-17', 'Whit Monday'),
        { ...off('2027-05-17', 'Whit Monday'), partner_id: 99, partner_name: 'Riga', country: 'LV' },
        off('2027-05-27', 'Corpus Christi', { region: 'DE-BY', source: 'regional' }),
      ],
      onmonth: () => {},
    });
    const day = screen.getAllByTestId('calendar-day').find((d) => d.dataset.date === '2027-05-17')!;
    const mark = within(day).getByTestId('calendar-day-off');
    expect(mark).toHaveTextContent(`${partner.name}, Riga off`);
    expect(mark.getAttribute('title')).toBe(`${partner.name} (${partner.country}): Whit Monday (public holiday)\nRiga (LV): Whit Monday (public holiday)`);
    const corpus = screen.getAllByTestId('calendar-day').find((d) => d.dataset.date === '2027-05-27')!;
    expect(within(corpus).getByTestId('calendar-day-off').getAttribute('title')).toContain('(DE-BY): Corpus Christi (regional holiday)');
    const plain = screen.getAllByTestId('calendar-day').find((d) => d.dataset.date === '2027-05-18')!;
    expect(within(plain).queryByTestId('calendar-day-off')).toBeNull();
  });
});
