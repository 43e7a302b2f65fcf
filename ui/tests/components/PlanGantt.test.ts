import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import GanttChart from '../../src/components/plan/GanttChart.svelte';
import DiffView from '../../src/components/plan/DiffView.svelte';
import BudgetSummary from '../../src/components/plan/BudgetSummary.svelte';
import { setLocale } from '../../src/lib/i18n.svelte';

describe('the Gantt chart', () => {
  it('labels every bar with its dates, offers the same facts as a table, and lists what it cannot place', async () => {
    render(GanttChart, {
      items: [
        { id: 1, label: 'Sensor pilot', start: '2027-03', end: '2027-08', pilot: true },
        { id: 2, label: 'Open data portal', start: '2027-01', end: '2028-12' },
        { id: 3, label: 'Citizen card', start: null, end: null },
      ],
    });
    const bars = screen.getAllByTestId('gantt-bar');
    expect(bars.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Sensor pilot (pilot): March 2027 to August 2027 (6 months)',
      'Open data portal: January 2027 to December 2028 (24 months)',
    ]);
    expect(bars[0].querySelector('title')?.textContent).toBe('Sensor pilot (pilot): March 2027 to August 2027 (6 months)');
    const rows = screen.getByTestId('gantt-table').querySelectorAll('tbody tr');
    expect(Array.from(rows).map((r) => r.textContent)).toEqual(['Sensor pilotMarch 2027August 20276Yes', 'Open data portalJanuary 2027December 202824No']);
    expect(screen.getByTestId('gantt-unscheduled').textContent).toContain('Citizen card — no start or end month');
    await userEvent.setup().click(screen.getByTestId('gantt-as-table'));
    expect(screen.getByTestId('gantt-as-table')).toHaveAttribute('aria-pressed', 'true');
  });

  it('says so when there are no actions', () => {
    render(GanttChart, { items: [] });
    expect(screen.getByText(/No actions yet/)).toBeInTheDocument();
  });
});

describe('the diff view', () => {
  it('shows removed words struck on the left and added words marked on the right', () => {
    render(DiffView, {
      title: 'Context and needs',
      beforeLabel: 'Version 2',
      afterLabel: 'Version 3',
      pieces: [
        { kind: 'equal', text: 'Gijón will ' },
        { kind: 'delete', text: 'test' },
        { kind: 'insert', text: 'pilot' },
        { kind: 'equal', text: ' a card.' },
      ],
    });
    const before = screen.getByTestId('diff-before');
    const after = screen.getByTestId('diff-after');
    expect(before.querySelector('del')?.textContent).toBe('test');
    expect(before.querySelector('ins')).toBeNull();
    expect(after.querySelector('ins')?.textContent).toBe('pilot');
    expect(after.textContent).toContain('Gijón will pilot a card.');
    expect(screen.getByTestId('diff-summary').textContent).toBe('1 word added, 1 word removed');
  });

  it('renders markup in the text as text', () => {
    render(DiffView, { title: 'X', beforeLabel: 'a', afterLabel: 'b', pieces: [{ kind: 'insert', text: '<img src=x onerror=alert(1)>' }] });
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTestId('diff-after').textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('the budget summary', () => {
  it('shows the core’s totals to the cent, the gap, and shares from exact cents', () => {
    render(BudgetSummary, {
      total: '27500.00', funded: '20000.00', gap: '7500.00',
      bySource: [{ label: 'ERDF', amount: '15000.00' }, { label: 'City budget', amount: '5000.00' }],
      byObjective: [{ label: 'Smart mobility', amount: '27500.00' }],
      perYear: [{ year: 2027, actions: 2 }],
      unestimated: 1,
    });
    expect(screen.getByTestId('budget-total').textContent).toBe('€27,500.00');
    expect(screen.getByTestId('budget-gap').textContent).toBe('€7,500.00');
    const shares = (testid: string) => [...screen.getByTestId(testid).querySelectorAll('td.share')].map((td) => td.textContent?.trim());
    expect(shares('budget-source')).toEqual(['75.0%', '25.0%']);
    expect(shares('budget-objective')).toEqual(['100.0%']);
    expect(screen.getByText(/1 action has no cost estimate/)).toBeInTheDocument();
  });

  it('writes every share with one decimal, so a column of shares reads alike', () => {
    render(BudgetSummary, {
      total: '200000.00', funded: '170000.00', gap: '30000.00',
      bySource: [{ label: 'City budget', amount: '24000.00' }, { label: 'ERDF', amount: '146000.00' }],
      byObjective: [{ label: 'Smart mobility', amount: '98000.00' }, { label: 'Open data', amount: '101950.00' }, { label: '', amount: '50.00' }],
      perYear: [],
    });
    const shares = (testid: string) => [...screen.getByTestId(testid).querySelectorAll('td.share')].map((td) => td.textContent?.trim());
    expect(shares('budget-source')).toEqual(['14.1%', '85.9%']);
    expect(shares('budget-objective')).toEqual(['49.0%', '51.0%', '< 0.1%']);
  });

  it('says when funding exceeds the cost instead of showing a negative gap', () => {
    render(BudgetSummary, { total: '100', funded: '150', gap: '-50', overFunded: true, bySource: [], byObjective: [], perYear: [] });
    expect(screen.getByText('Funding above the cost')).toBeInTheDocument();
    expect(screen.getByTestId('budget-gap').textContent).toBe('€50.00');
  });

  it('writes money and shares in the window’s language, the column headings its own words', async () => {
    await setLocale('fr');
    try {
      render(BudgetSummary, {
        total: '12500.10', funded: '12500.10', gap: '0.00',
        bySource: [{ label: 'FEDER', amount: '12500.10' }],
        byObjective: [],
        perYear: [],
      });
      const plain = (s: string | null) => (s ?? '').replace(/[\u202f\u00a0]/g, ' ').trim();
      expect(plain(screen.getByTestId('budget-total').textContent)).toBe('12 500,10 €');
      expect(plain(screen.getByTestId('budget-total').getAttribute('aria-label'))).toBe('12 500,10 euros');
      expect(plain(screen.getByTestId('budget-gap').textContent)).toBe('0,00 €');
      expect(screen.getByTestId('budget-gap').closest('div')?.classList.contains('gap')).toBe(false);
      expect(screen.getByRole('columnheader', { name: 'Source de financement' })).toBeInTheDocument();
      const share = screen.getByTestId('budget-source').querySelector('td.share')?.textContent;
      expect(plain(share ?? '')).toBe('100,0 %');
    } finally {
      await setLocale('en');
    }
  });
});
