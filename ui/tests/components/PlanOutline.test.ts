import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import SectionOutline from '../../src/components/plan/SectionOutline.svelte';
import type { Section } from '../../src/lib/planTypes';

const sections: Section[] = [
  { key: 'context', title: 'Context and needs', body: 'Text', custom: false },
  { key: 'vision', title: 'Vision and objectives', body: '', custom: false },
  { key: 'digital', title: 'Digital inclusion', body: '', custom: true },
];

function setup() {
  const onreorder = vi.fn<(keys: string[]) => Promise<void>>(async () => {});
  const onaddsection = vi.fn(async () => {});
  render(SectionOutline, {
    sections, currentSection: 'vision', currentPart: null, commentCounts: { vision: 2 },
    extras: [{ key: 'history', label: 'History', count: 4 }],
    sectionHref: (k: string) => `#/plans/1?view=section:${k}`, partHref: (p: string) => `#/plans/1?view=${p}`,
    onaddsection, onreorder,
  });
  return { onreorder, onaddsection };
}

const link = (key: string) => document.querySelector<HTMLElement>(`[data-testid=outline-section][data-key="${key}"]`)!;

describe('the plan outline', () => {
  it('marks the current section, counts open comments and empty sections, links to each part', () => {
    setup();
    expect(link('vision')).toHaveAttribute('aria-current', 'page');
    expect(link('vision').textContent).toContain('2');
    expect(link('vision').querySelector('.empty')).not.toBeNull();
    expect(link('context').querySelector('.empty')).toBeNull();
    expect(link('digital').getAttribute('href')).toBe('#/plans/1?view=section:digital');
    expect(screen.getByTestId('outline-history').getAttribute('href')).toBe('#/plans/1?view=history');
  });

  it('moves a section with Alt+ArrowUp, keeping the focus on it, and stops at the top', async () => {
    const user = userEvent.setup();
    const { onreorder } = setup();
    link('digital').focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(onreorder).toHaveBeenCalledWith(['context', 'digital', 'vision']));
    await waitFor(() => expect(screen.getByTestId('outline-announcement').textContent).toBe('Moved “Digital inclusion” to place 2 of 3.'));
    link('context').focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(onreorder).toHaveBeenCalledTimes(1);
  });
});
