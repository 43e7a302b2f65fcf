import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import PartnersTable from '../../src/components/PartnersTable.svelte';
import { iotPartners, partner } from '../fixtures';

describe('the partners table', () => {
  it('shows a name that looks like HTML exactly as typed, and runs nothing', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { container } = render(PartnersTable, { partners: [...iotPartners, partner(9, evil, 'FR', 'Europe/Paris')] });
    const row = container.querySelector(`tr[data-partner-id="9"]`) as HTMLElement;
    expect(within(row).getByTestId('partner-name').textContent).toBe(evil);
    expect(container.querySelector('img')).toBeNull();
    expect(row.getAttribute('data-partner')).toBe(evil);
  });

  it('lists city, country, role, zone and the time there now', () => {
    render(PartnersTable, { partners: iotPartners, countries: [{ code: 'LV', name: 'Latvia', default_zone: 'Europe/Riga' }] });
    const rows = screen.getAllByTestId('partner-row');
    expect(rows.map((r) => r.getAttribute('data-partner'))).toEqual(['Fundão', 'Jelgava', 'Nevers Agglomération']);
    const jelgava = rows[1];
    expect(within(jelgava).getByText('Latvia')).toBeInTheDocument();
    expect(within(jelgava).getByText('Lead partner')).toBeInTheDocument();
    expect(within(jelgava).getByText('Europe/Riga')).toBeInTheDocument();
    expect(within(jelgava).getByTestId('partner-local-time').textContent).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d\d:\d\d$/);
  });

  it('draws only the rows in view when there are 10,000 partners', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => partner(i + 1, `City ${String(i + 1).padStart(5, '0')}`, 'FR', 'Europe/Paris'));
    const { container } = render(PartnersTable, { partners: many });
    const drawn = container.querySelectorAll('tr[data-partner-id]').length;
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(100);
    expect(container.querySelector('table')?.getAttribute('aria-rowcount')).toBe('10001');
  });
});
