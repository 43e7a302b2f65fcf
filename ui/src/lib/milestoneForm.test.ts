import { describe, expect, it } from 'vitest';
import { emptyMilestoneForm, formFromMilestone, milestoneInputFromForm, milestoneWhen, validateMilestoneForm, withPrecision } from './milestoneForm';
import type { Milestone } from './types';

const due: Milestone = {
  id: 3, network_id: 4, date: '2027-06-01', precision: 'month', kind: 'deadline', title: 'IAP due', description: 'Final version', done: false, source_ref: null,
};

describe('the milestone form', () => {
  it('shows a month milestone as its month and sends the first day back with every field', () => {
    const f = formFromMilestone(due);
    expect(f.date).toBe('2027-06');
    const { id: _i, network_id: _n, source_ref: _s, ...rest } = due;
    expect(milestoneInputFromForm(f)).toEqual(rest);
  });

  it('keeps the date when switching between a day and a month', () => {
    const day = { ...emptyMilestoneForm(), date: '2027-06-15' };
    expect(withPrecision(day, 'month').date).toBe('2027-06');
    expect(withPrecision(withPrecision(day, 'month'), 'day').date).toBe('2027-06-01');
    expect(withPrecision({ ...day, date: 'soon' }, 'month').date).toBe('soon');
  });

  it('asks for a title and a date written as the precision says', () => {
    const e = validateMilestoneForm(emptyMilestoneForm());
    expect(e.title).toBe('Must not be empty.');
    expect(e.date).toBe('Enter a date (YYYY-MM-DD).');
    const month = { ...emptyMilestoneForm(), title: 'IAP due', precision: 'month' as const };
    expect(validateMilestoneForm({ ...month, date: '2027-13' }).date).toMatch(/not a month; write it as YYYY-MM/);
    expect(validateMilestoneForm({ ...month, date: '2027-06-15' }).date).toMatch(/not a month/);
    expect(validateMilestoneForm({ ...month, date: '1980-06' }).date).toMatch(/outside 1990-2100/);
    expect(validateMilestoneForm({ ...month, date: '2027-06' })).toEqual({});
    expect(validateMilestoneForm({ ...month, precision: 'day', date: '2027-06' }).date).toMatch(/not a date/);
  });

  it('names the month of a month milestone and the day of the others', () => {
    expect(milestoneWhen(due)).toBe('June 2027');
    expect(milestoneWhen({ date: '2027-06-15', precision: 'day' })).toBe('Tue 15 Jun 2027');
  });
});
