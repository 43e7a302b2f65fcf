import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Timeline from '../../src/components/Timeline.svelte';

describe('the timeline picture', () => {
  it('draws each meeting and milestone as a labelled link, and today on the axis', () => {
    const { container } = render(Timeline, {
      today: '2027-03-01',
      timeline: {
        network_id: 4, network_name: 'IoTXchange', slug: 'iotxchange', start: '2026-06-01', end: '2028-12-31',
        items: [
          { kind: 'meeting', id: 7, date: '2027-03-10', last_date: '2027-03-10', title: 'Transnational meeting in Jelgava', status: 'confirmed' },
          { kind: 'meeting', id: 8, date: '2026-09-15', last_date: '2026-09-16', title: 'Kick-off', status: 'held' },
          { kind: 'milestone', id: 3, date: '2026-12-31', last_date: '2026-12-31', title: 'Phase 1 ends', status: null },
        ],
        undated: [], omitted_items: 0, omitted_undated: 0,
      },
    });
    const marks = screen.getAllByTestId('timeline-mark');
    expect(marks.map((m) => m.getAttribute('aria-label'))).toEqual([
      'Meeting: Kick-off, 15–16 Sep 2026, Held',
      'Milestone: Phase 1 ends, Thu 31 Dec 2026',
      'Meeting: Transnational meeting in Jelgava, Wed 10 Mar 2027, Confirmed',
    ]);
    expect(marks[2].getAttribute('href')).toBe('#/meetings/7');
    expect(container.querySelector('svg')?.getAttribute('aria-label')).toBe('Timeline of IoTXchange');
    expect(screen.getByText('Today')).toBeInTheDocument();
    expect([...container.querySelectorAll('text.yearlabel')].map((t) => t.textContent)).toEqual(['2026', '2027', '2028']);
  });

  it('says so when nothing is dated', () => {
    render(Timeline, {
      today: '2027-03-01',
      timeline: { network_id: 1, network_name: 'TechTown', slug: 'techtown', start: null, end: null, items: [], undated: [], omitted_items: 0, omitted_undated: 0 },
    });
    expect(screen.getByText('No dates yet: nothing to draw.')).toBeInTheDocument();
  });
});
