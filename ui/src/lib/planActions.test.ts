import { describe, expect, it } from 'vitest';
import { ACTION_COLUMNS, applyDraft, cellText, draftOf, parseMonthInput, parseMonthRange } from './planActions';
import type { Action } from './planTypes';

const col = (key: string) => ACTION_COLUMNS.find((c) => c.key === key)!;
const action: Action = {
  id: 'a1', objective: 'Smart mobility', title: 'Sensor pilot', description: '', lead: 'City of Jelgava', partners: '',
  start: '2027-03', end: '2027-09', cost: '12500.00', funding: [{ source: 'erdf', amount: '10000' }, { source: 'city', amount: '2500' }],
  status: 'planned', pilot: true, indicator_ids: [],
};

describe('action table cells', () => {
  it('show months, euros and funding lines', () => {
    expect(cellText(action, col('cost'))).toBe('€12,500.00');
    expect(cellText(action, col('funding'))).toBe('ERDF €10,000.00, City budget €2,500.00');
    expect(cellText(action, col('months'))).toBe('Mar 2027 – Sep 2027');
    expect(cellText({ ...action, start: null }, col('months'))).toBe('Until Sep 2027');
    expect(cellText({ ...action, start: null, end: null }, col('months'))).toBe('—');
    expect(cellText({ ...action, end: '2027-03' }, col('months'))).toBe('Mar 2027');
  });

  it('read months in the usual spellings, and refuse others with a hint', () => {
    expect(parseMonthInput('2027-3')).toEqual({ ok: true, value: '2027-03' });
    expect(parseMonthInput('03/2027')).toEqual({ ok: true, value: '2027-03' });
    expect(parseMonthInput('')).toEqual({ ok: true, value: null });
    const bad = parseMonthInput('March');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('YYYY-MM');
    expect(parseMonthInput('2027-13').ok).toBe(false);
  });

  it('put a typed cost into the action as a decimal string, keeping everything else', () => {
    const r = applyDraft(action, col('cost'), '15.000,50');
    expect(r).toEqual({ ok: true, input: expect.objectContaining({ cost: '15000.50', title: 'Sensor pilot', funding: action.funding }) });
    const cleared = applyDraft(action, col('cost'), '');
    expect(cleared.ok && cleared.input.cost).toBeNull();
    expect(applyDraft(action, col('cost'), 'a lot').ok).toBe(false);
    const r2 = applyDraft(action, col('months'), '2027-4 to 2028-1');
    expect(r2.ok && [r2.input.start, r2.input.end]).toEqual(['2027-04', '2028-01']);
    expect(r2.ok && r2.input.id).toBe(action.id);
    expect(draftOf(action, col('months'))).toBe('2027-03 – 2027-09');
  });

  it('read a span of months however it is separated; one month is a one-month action', () => {
    expect(parseMonthRange('2027-03 – 2027-12')).toEqual({ ok: true, start: '2027-03', end: '2027-12' });
    expect(parseMonthRange('2027-03 - 2027-12')).toEqual({ ok: true, start: '2027-03', end: '2027-12' });
    expect(parseMonthRange('03/2027..12/2027')).toEqual({ ok: true, start: '2027-03', end: '2027-12' });
    expect(parseMonthRange('2027-05')).toEqual({ ok: true, start: '2027-05', end: '2027-05' });
    expect(parseMonthRange(' ')).toEqual({ ok: true, start: null, end: null });
    expect(parseMonthRange('spring 2027').ok).toBe(false);
    expect(parseMonthRange('2027-01 to 2027-02 to 2027-03').ok).toBe(false);
  });
});
