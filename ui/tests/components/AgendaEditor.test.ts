import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { iotPartners, meeting } from '../fixtures';

vi.mock('../../src/lib/ipc', () => ({ setAgenda: vi.fn() }));
import * as ipc from '../../src/lib/ipc';
import AgendaEditor from '../../src/components/AgendaEditor.svelte';

const item = (id: number, title: string, start: string | null = null) => ({
  id, position: id, start_time: start, end_time: null, title, lead_partner_id: null, notes: '',
});

const titles = () => screen.getAllByTestId('agenda-item').map((li) => (li.querySelector('input[id$="-title"]') as HTMLInputElement).value);

describe('the agenda editor', () => {
  beforeEach(() => {
    vi.mocked(ipc.setAgenda).mockReset();
  });

  it('moves an item with Alt+ArrowUp and Alt+ArrowDown, keeping focus on it, and saves that order', async () => {
    const user = userEvent.setup();
    const m = meeting({ agenda: [item(1, 'Welcome', '09:00:00'), item(2, 'Site visit'), item(3, 'Lunch')] });
    vi.mocked(ipc.setAgenda).mockImplementation(async (_id, items) => meeting({ agenda: items.map((x, i) => ({ ...x, id: i + 10, position: i })) }));
    const onsaved = vi.fn();
    render(AgendaEditor, { meeting: m, partners: iotPartners, onsaved });

    expect(titles()).toEqual(['Welcome', 'Site visit', 'Lunch']);
    await user.click(document.getElementById('agenda-2-title')!);
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(titles()).toEqual(['Welcome', 'Lunch', 'Site visit']);
    expect(document.activeElement?.id).toBe('agenda-1-title');
    expect((document.activeElement as HTMLInputElement).value).toBe('Lunch');
    expect(screen.getByTestId('agenda-announcement').textContent).toBe('Moved "Lunch" to position 2 of 3.');

    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(titles()).toEqual(['Lunch', 'Welcome', 'Site visit']);
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}'); // already first: nothing moves
    expect(titles()).toEqual(['Lunch', 'Welcome', 'Site visit']);

    await user.click(document.getElementById('agenda-1-start_time')!);
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(titles()).toEqual(['Lunch', 'Site visit', 'Welcome']);
    expect(document.activeElement?.id).toBe('agenda-2-start_time');
    expect((document.activeElement as HTMLInputElement).value).toBe('09:00');

    await user.click(screen.getByTestId('agenda-save'));
    await waitFor(() => expect(onsaved).toHaveBeenCalled());
    const sent = vi.mocked(ipc.setAgenda).mock.calls[0][1];
    expect(sent.map((x) => x.title)).toEqual(['Lunch', 'Site visit', 'Welcome']);
    expect(sent[2].start_time).toBe('09:00:00');
  });

  it('moves with the buttons too', async () => {
    const user = userEvent.setup();
    render(AgendaEditor, { meeting: meeting({ agenda: [item(1, 'Welcome'), item(2, 'Site visit')] }), partners: iotPartners, onsaved: vi.fn() });
    await user.click(screen.getAllByTestId('agenda-down')[0]);
    expect(titles()).toEqual(['Site visit', 'Welcome']);
  });

  it('shows the core error for an item on that item, and keeps what was typed', async () => {
    const user = userEvent.setup();
    vi.mocked(ipc.setAgenda).mockRejectedValue({ code: 'invalid', message: 'the item must end after it starts', field: 'agenda[1].end_time' });
    render(AgendaEditor, { meeting: meeting({ agenda: [item(1, 'Welcome'), item(2, 'Site visit')] }), partners: iotPartners, onsaved: vi.fn() });
    await user.type(document.getElementById('agenda-1-notes')!, 'Bring boots');
    await user.click(screen.getByTestId('agenda-save'));
    const error = await screen.findByText('The item must end after it starts.');
    expect(error.getAttribute('data-field')).toBe('agenda[1].end_time');
    expect(error.id).toBe('agenda-1-end_time-error');
    expect((document.getElementById('agenda-1-notes') as HTMLInputElement).value).toBe('Bring boots');
  });
});
