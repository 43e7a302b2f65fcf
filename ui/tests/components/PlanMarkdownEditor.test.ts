import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/lib/ipc', () => ({ renderMarkdownPreview: vi.fn(async (text: string) => `<p>${text.length} characters</p>`) }));
import MarkdownEditor from '../../src/components/plan/MarkdownEditor.svelte';

describe('the section editor', () => {
  it('saves what was typed when the person leaves the field, once, and says it is saved', async () => {
    const user = userEvent.setup();
    const onsave = vi.fn(async () => {});
    render(MarkdownEditor, { id: 'ed', title: 'Context and needs', text: 'Old', onsave, delay: 60_000 });
    const box = screen.getByLabelText(/Text of “Context and needs”/);
    await user.click(box);
    await user.keyboard(' and new');
    expect(screen.getByTestId('save-status').textContent?.trim()).toBe('Unsaved changes');
    expect(onsave).not.toHaveBeenCalled();
    await user.tab();
    await waitFor(() => expect(onsave).toHaveBeenCalledWith('Old and new'));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent?.trim()).toBe('All changes saved'));
    await user.click(box);
    await user.tab();
    expect(onsave).toHaveBeenCalledTimes(1);
  });

  it('saves by itself shortly after typing stops', async () => {
    const user = userEvent.setup();
    const onsave = vi.fn(async () => {});
    render(MarkdownEditor, { id: 'ed', title: 'Vision', text: '', onsave, delay: 50 });
    await user.click(screen.getByLabelText(/Text of “Vision”/));
    await user.keyboard('A city for all');
    await waitFor(() => expect(onsave).toHaveBeenLastCalledWith('A city for all'));
  });

  it('keeps the text and shows why when a save fails', async () => {
    const user = userEvent.setup();
    const onsave = vi.fn(async () => {
      throw { code: 'invalid', message: 'body: the text is longer than 100,000 characters', field: 'body' };
    });
    render(MarkdownEditor, { id: 'ed', title: 'Vision', text: '', onsave, delay: 60_000 });
    const box = screen.getByLabelText(/Text of “Vision”/);
    await user.click(box);
    await user.keyboard('Too long');
    await user.tab();
    await waitFor(() => expect(screen.getByTestId('save-status').textContent?.trim()).toBe('Not saved: The text is longer than 100,000 characters.'));
    expect(box).toHaveValue('Too long');
  });

  it('shows the preview the Rust side rendered', async () => {
    render(MarkdownEditor, { id: 'ed', title: 'Vision', text: 'Hello', onsave: vi.fn(async () => {}) });
    await waitFor(() => expect(screen.getByTestId('markdown-preview').innerHTML).toContain('<p>5 characters</p>'));
  });
});

describe('the preview', () => {
  it('does not follow links (the window would leave Convene)', async () => {
    const { default: SanitizedHtml } = await import('../../src/components/plan/SanitizedHtml.svelte');
    render(SanitizedHtml, { html: '<p><a href="https://example.org/">a link</a></p>', label: 'Preview' });
    const link = screen.getByText('a link');
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('a section written in the plan’s language', () => {
  it('declares that language on the text and its preview, for screen readers and the spellchecker', () => {
    render(MarkdownEditor, { id: 'ed', title: 'Vision', text: 'Une ville pour tous', onsave: vi.fn(async () => {}), lang: 'fr' });
    expect(screen.getByLabelText(/Text of “Vision”/).getAttribute('lang')).toBe('fr');
    expect(document.querySelector('.preview')?.getAttribute('lang')).toBe('fr');
  });

  it('adds no lang when the plan is in the window’s language', () => {
    render(MarkdownEditor, { id: 'ed', title: 'Vision', text: 'A city for all', onsave: vi.fn(async () => {}) });
    expect(screen.getByLabelText(/Text of “Vision”/).hasAttribute('lang')).toBe(false);
  });
});
