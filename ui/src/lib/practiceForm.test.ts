import { describe, expect, it } from 'vitest';
import { emptyPracticeForm, formFromPractice, practiceInputFromForm, validatePracticeForm } from './practiceForm';
import type { Practice } from './types';

const gavle: Practice = {
  id: 7, title: 'Gävle Cultural Heritage', tagline: 'Old buildings, new uses', city: 'Gävle', country: 'SE',
  author: 'Anna Berg', author_role: 'Project officer', headline_figure: '102 000', is_transfer: true,
  sections: [{ heading: 'The problem', body: 'Empty mills.' }, { heading: '', body: 'Without a heading.' }],
  network_ids: [3, 5], source_ref: null, created_at: '2026-11-28T08:00:00Z', updated_at: '2026-11-28T08:00:00Z',
};

describe('the good-practice form', () => {
  it('sends back every field of a practice it was opened with', () => {
    const { id: _id, source_ref: _ref, created_at: _created, updated_at: _updated, ...rest } = gavle;
    expect(practiceInputFromForm(formFromPractice(gavle))).toEqual({ ...rest, country: 'SE' });
  });

  it('sends no country as an empty code and keeps each network once', () => {
    const f = { ...emptyPracticeForm(), title: 'Kitchen gardens', network_ids: [2, 2, 9] };
    const input = practiceInputFromForm(f);
    expect(input.country).toBe('');
    expect(input.network_ids).toEqual([2, 9]);
  });

  it('asks for a title and names the section whose text is too long by its place', () => {
    const f = { ...emptyPracticeForm(), sections: [{ heading: 'Fine', body: '' }, { heading: 'x'.repeat(1001), body: '' }] };
    const e = validatePracticeForm(f);
    expect(e.title).toBe('Must not be empty.');
    expect(e['sections[1].heading']).toMatch(/1001 characters long; the limit is 1000/);
    expect(e['sections[0].heading']).toBeUndefined();
    expect(validatePracticeForm({ ...f, title: 'Kitchen gardens', sections: [] })).toEqual({});
  });
});
