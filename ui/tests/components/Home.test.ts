import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../src/lib/i18n.svelte';
import { meeting } from '../fixtures';
import type { NetworkTimeline } from '../../src/lib/types';

vi.mock('../../src/lib/ipc', () => ({ homeOverview: vi.fn(), homeTimeline: vi.fn(), homeTravelWarnings: vi.fn(() => Promise.resolve([])) }));
import * as ipc from '../../src/lib/ipc';
import Home from '../../src/screens/Home.svelte';

describe('the home screen', () => {
  it('shows the core’s when of a meeting, and a month milestone by its month, hollow until done', async () => {
    const m = meeting();
    const summary = {
      id: m.id, uid: m.uid, network_id: 4, network_name: 'IoTXchange', kind: m.kind, title: m.title,
      host_partner_id: m.host_partner_id, host_name: m.host_name, venue: '', mode: m.mode, status: m.status,
      schedule: m.schedule, when: { ...m.when, text: 'the core’s own words for this meeting' },
    };
    const heading = { network_id: 4, network_name: 'IoTXchange', slug: 'iotxchange', start: '2026-06-01', end: '2028-12-31' };
    vi.mocked(ipc.homeOverview).mockResolvedValue({ upcoming: [summary], timelines: [heading], omitted_timelines: 0, attention: [] });
    vi.mocked(ipc.homeTimeline).mockResolvedValue({
        ...heading,
        items: [
          { kind: 'milestone', id: 1, date: '2027-06-01', last_date: '2027-06-01', title: 'Action plan', status: null, precision: 'month', done: false },
          { kind: 'milestone', id: 2, date: '2027-02-10', last_date: '2027-02-10', title: 'Baseline study', status: null, precision: 'day', done: true },
          { kind: 'meeting', id: 7, date: '2027-03-10', last_date: '2027-03-10', title: m.title, status: 'tentative' },
        ],
        undated: [], omitted_items: 0, omitted_undated: 0,
    });
    const { container } = render(Home);
    expect(await screen.findByText('the core’s own words for this meeting')).toBeInTheDocument();
    await screen.findAllByTestId('timeline-mark');
    expect(ipc.homeTimeline).toHaveBeenCalledWith(4);
    const mark = (title: string) => screen.getAllByTestId('timeline-mark').find((e) => e.dataset.title === title)!;
    expect(mark('Action plan').getAttribute('aria-label')).toBe('Milestone: Action plan, June 2027');
    expect(mark('Baseline study').getAttribute('aria-label')).toBe('Milestone: Baseline study, Wed 10 Feb 2027, done');
    expect(mark('Action plan').querySelector('rect.milestone')?.classList.contains('open')).toBe(true);
    expect(mark('Baseline study').querySelector('rect.milestone')?.classList.contains('open')).toBe(false);
    expect(container.querySelectorAll('rect.milestone')).toHaveLength(2);
  });

  it('writes a network’s project period and the items left off its timeline in the window’s language', async () => {
    const heading = { network_id: 4, network_name: 'IoTXchange', slug: 'iotxchange', start: '2026-09-01', end: '2029-06-30' };
    const timeline = { ...heading, items: [], undated: [], omitted_items: 1, omitted_undated: 0 };
    vi.mocked(ipc.homeOverview).mockResolvedValue({ upcoming: [], timelines: [heading], omitted_timelines: 0, attention: [] });
    vi.mocked(ipc.homeTimeline).mockResolvedValue(timeline);
    const { unmount } = render(Home);
    expect(await screen.findByText('September 2026 to June 2029')).toBeInTheDocument();
    expect(await screen.findByText('1 more dated item is not drawn; see the network\'s meetings.')).toBeInTheDocument();
    unmount();
    await setLocale('fr');
    try {
      vi.mocked(ipc.homeTimeline).mockResolvedValue({ ...timeline, omitted_items: 3 });
      render(Home);
      expect(await screen.findByText('De septembre 2026 à juin 2029')).toBeInTheDocument();
      expect(await screen.findByText('3 éléments datés de plus ne sont pas dessinés ; voir les réunions du réseau.')).toBeInTheDocument();
    } finally {
      await setLocale('en');
    }
  });

  it('names a timeline and its months before its items arrive, then draws them, its span widened to theirs', async () => {
    const heading = { network_id: 4, network_name: 'IoTXchange', slug: 'iotxchange', start: '2026-09-01', end: '2029-06-30' };
    vi.mocked(ipc.homeOverview).mockResolvedValue({ upcoming: [], timelines: [heading], omitted_timelines: 0, attention: [] });
    let answer: (t: NetworkTimeline) => void = () => {};
    vi.mocked(ipc.homeTimeline).mockReturnValue(new Promise((resolve) => (answer = resolve)));
    render(Home);
    expect(await screen.findByText('September 2026 to June 2029')).toBeInTheDocument();
    const card = screen.getByTestId('home-timeline');
    expect(card).toHaveAttribute('data-drawn', 'no');
    expect(card.querySelector('[aria-busy="true"]')).toHaveTextContent('Loading…');
    const item = { kind: 'meeting' as const, id: 7, date: '2026-08-31', last_date: '2026-08-31', title: 'Kick-off call', status: 'confirmed' as const };
    answer({ ...heading, start: '2026-08-31', items: [item], undated: [], omitted_items: 0, omitted_undated: 0 });
    expect(await screen.findByText('August 2026 to June 2029')).toBeInTheDocument();
    expect(card).toHaveAttribute('data-drawn', 'yes');
    expect(screen.getAllByTestId('timeline-mark').map((e) => e.dataset.title)).toEqual(['Kick-off call']);
    expect(card.querySelector('[aria-busy="true"]')).toBeNull();
  });

  it('says plainly when a timeline could not be read, and still draws the rest of Home', async () => {
    const heading = { network_id: 4, network_name: 'IoTXchange', slug: 'iotxchange', start: null, end: null };
    const noHost = { kind: 'no_host' as const, network_id: 4, meeting_id: 8, message: 'Seminar has no host city yet.' };
    vi.mocked(ipc.homeOverview).mockResolvedValue({ upcoming: [], timelines: [heading], omitted_timelines: 0, attention: [noHost] });
    vi.mocked(ipc.homeTimeline).mockRejectedValue({ kind: 'not_found', message: 'There is no network with id 4.' });
    render(Home);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This timeline could not be loaded: There is no network with id 4. Open the network\'s page to see its meetings.',
    );
    expect(screen.getByText('Seminar has no host city yet.')).toBeInTheDocument();
  });

  it('lists the first five of each kind that needs attention, and the rest on asking', async () => {
    const noHost = (i: number) => ({ kind: 'no_host' as const, network_id: 4, meeting_id: i, message: `Seminar ${i} has no host city yet.` });
    const rest = { kind: 'no_host' as const, network_id: null, meeting_id: null, message: '40 more meetings without a host city.' };
    vi.mocked(ipc.homeOverview).mockResolvedValue({ upcoming: [], timelines: [], omitted_timelines: 0, attention: [...[1, 2, 3, 4, 5, 6, 7, 8].map(noHost), rest] });
    render(Home);
    expect(await screen.findByText('Seminar 5 has no host city yet.')).toBeInTheDocument();
    expect(screen.queryByText('Seminar 6 has no host city yet.')).toBeNull();
    expect(screen.getByText('40 more meetings without a host city.')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Show the whole list (3 more)' }));
    expect(screen.getByText('Seminar 8 has no host city yet.')).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Seminar 6 has no host city yet.' }));
    expect(screen.getAllByTestId('attention-item')).toHaveLength(9);
    expect(screen.queryByTestId('attention-show-all')).toBeNull();
  });

  it('lists the travel warnings after the first frame, saying they are being checked till then', async () => {
    const noHost = { kind: 'no_host' as const, network_id: 4, meeting_id: 8, message: 'Seminar has no host city yet.' };
    const travel = { kind: 'travel_warning' as const, network_id: 4, meeting_id: 9, message: 'IoTXchange: Jelgava hosts twice in a row.' };
    vi.mocked(ipc.homeOverview).mockResolvedValue({ upcoming: [], timelines: [], omitted_timelines: 0, attention: [noHost] });
    let answer: (list: (typeof travel)[]) => void = () => {};
    vi.mocked(ipc.homeTravelWarnings).mockReturnValue(new Promise((resolve) => (answer = resolve)));
    render(Home);
    expect(await screen.findByText('Seminar has no host city yet.')).toBeInTheDocument();
    expect(await screen.findByTestId('travel-checking')).toHaveTextContent('Checking the coming meetings for travel and holidays…');
    answer([travel]);
    expect(await screen.findByText('IoTXchange: Jelgava hosts twice in a row.')).toBeInTheDocument();
    expect(screen.queryByTestId('travel-checking')).toBeNull();
    expect(screen.getAllByTestId('attention-item').map((li) => li.dataset.kind)).toEqual(['no_host', 'travel_warning']);
  });

  it('says nothing needs attention only once the travel check found nothing', async () => {
    vi.mocked(ipc.homeOverview).mockResolvedValue({ upcoming: [], timelines: [], omitted_timelines: 0, attention: [] });
    let answer: (list: never[]) => void = () => {};
    vi.mocked(ipc.homeTravelWarnings).mockReturnValue(new Promise((resolve) => (answer = resolve)));
    render(Home);
    await screen.findByTestId('travel-checking');
    expect(screen.queryByText('Nothing needs attention.')).toBeNull();
    answer([]);
    expect(await screen.findByText('Nothing needs attention.')).toBeInTheDocument();
  });

  it('says why the travel check failed, keeping the rest of the list', async () => {
    const noHost = { kind: 'no_host' as const, network_id: 4, meeting_id: 8, message: 'Seminar has no host city yet.' };
    vi.mocked(ipc.homeOverview).mockResolvedValue({ upcoming: [], timelines: [], omitted_timelines: 0, attention: [noHost] });
    vi.mocked(ipc.homeTravelWarnings).mockRejectedValue({ kind: 'internal', message: 'the disk could not be read' });
    render(Home);
    expect(await screen.findByRole('alert')).toHaveTextContent('The coming meetings could not be checked for travel and holidays:');
    expect(screen.getByText('Seminar has no host city yet.')).toBeInTheDocument();
    expect(screen.queryByText('Nothing needs attention.')).toBeNull();
  });
});
