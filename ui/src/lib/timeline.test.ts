import { describe, expect, it } from 'vitest';
import { layoutTimeline, networkTimeline } from './timeline';
import type { MeetingSummary, Milestone, Network } from './types';

const item = (date: string, last_date: string | null = null, title = date) => ({ date, last_date, title });

describe('timeline layout', () => {
  it('spans whole months from the project start to its end', () => {
    const t = layoutTimeline({ start: '2027-03-15', end: '2027-06-10', items: [], width: 400 })!;
    expect(t.from).toBe('2027-03-01');
    expect(t.to).toBe('2027-07-01');
    expect(t.months.map((m) => m.label)).toEqual(['Mar', 'Apr', 'May', 'Jun']);
    expect(t.months[0].x).toBe(0);
    const last = t.months[t.months.length - 1];
    expect(last.x + last.width).toBeCloseTo(400);
  });

  it('places marks by date, inside the axis', () => {
    const t = layoutTimeline({ start: '2027-01-01', end: '2027-12-31', items: [item('2027-07-02')], width: 365 })!;
    expect(t.marks[0].x).toBeCloseTo(182, 0);
    expect(t.span).toEqual({ x: 0, x2: 365 });
  });

  it('extends the axis to an item outside the project dates', () => {
    const t = layoutTimeline({ start: '2027-01-01', end: '2027-03-31', items: [item('2027-05-20')], width: 500 })!;
    expect(t.to).toBe('2027-06-01');
    expect(t.marks[0].x).toBeLessThanOrEqual(500);
  });

  it('draws without project dates from the items alone, and returns null with nothing dated', () => {
    const t = layoutTimeline({ start: null, end: null, items: [item('2027-02-10'), item('2027-04-01')], width: 300 })!;
    expect(t.from).toBe('2027-02-01');
    expect(t.to).toBe('2027-05-01');
    expect(layoutTimeline({ start: null, end: null, items: [], width: 300 })).toBeNull();
  });

  it('puts marks too close together on separate lanes', () => {
    const t = layoutTimeline({
      start: '2027-01-01', end: '2027-12-31', width: 365, minGap: 10,
      items: [item('2027-03-01'), item('2027-03-03'), item('2027-03-05'), item('2027-09-01')],
    })!;
    const lanes = Object.fromEntries(t.marks.map((m) => [m.item.date, m.lane]));
    expect(lanes['2027-03-01']).toBe(0);
    expect(lanes['2027-03-03']).toBe(1);
    expect(lanes['2027-03-05']).toBe(2);
    expect(lanes['2027-09-01']).toBe(0);
    expect(t.lanes).toBe(3);
  });

  it('gives multi-day items a length to the end of their last day', () => {
    const t = layoutTimeline({ start: '2027-01-01', end: '2027-12-31', items: [item('2027-03-01', '2027-03-03')], width: 365 })!;
    expect(t.marks[0].x2 - t.marks[0].x).toBeCloseTo(3, 5);
  });

  it('thins month labels when months are narrow, and marks year starts', () => {
    const t = layoutTimeline({ start: '2026-01-01', end: '2028-12-31', items: [], width: 360, labelWidth: 30 })!;
    const shown = t.months.filter((m) => m.showLabel).map((m) => m.label);
    expect(shown.length).toBeLessThan(t.months.length);
    expect(shown[0]).toBe('Jan');
    expect(t.years.map((y) => y.year)).toEqual([2026, 2027, 2028]);
    const wide = layoutTimeline({ start: '2027-01-01', end: '2027-06-30', items: [], width: 1200 })!;
    expect(wide.months).toHaveLength(6);
    expect(wide.months.every((m) => m.showLabel)).toBe(true);
  });

  it('shows today only when it is on the axis', () => {
    const base = { start: '2027-01-01', end: '2027-12-31', items: [], width: 365 };
    expect(layoutTimeline({ ...base, today: '2027-01-11' })!.todayX).toBeCloseTo(10);
    expect(layoutTimeline({ ...base, today: '2029-01-01' })!.todayX).toBeNull();
  });
});

describe("a network page's timeline", () => {
  const network = {
    id: 4, slug: 'iotxchange', name: 'IoTXchange', kind: 'transfer', tagline: '', description: '', programme: 'URBACT',
    start_date: '2026-06-01', end_date: '2028-12-31', phases: [], contact_email: '', website: '', lead_partner_id: null,
    created_at: '', updated_at: '',
  } as unknown as Network;
  const meeting = (id: number, schedule: MeetingSummary['schedule']) =>
    ({ id, title: `Meeting ${id}`, status: 'confirmed', schedule }) as unknown as MeetingSummary;
  const milestone = (id: number, date: string, precision: 'day' | 'month', done: boolean) =>
    ({ id, network_id: 4, date, precision, kind: 'deadline', title: `Milestone ${id}`, description: '', done }) as Milestone;

  it('puts dated meetings and every milestone in date order, undated meetings apart', () => {
    const t = networkTimeline(
      network,
      [
        meeting(1, { type: 'all_day', first: '2027-03-10', last: '2027-03-12' }),
        meeting(2, { type: 'undated', year: 2027, month: null, wording: 'spring 2027' }),
      ],
      [milestone(5, '2027-06-01', 'month', false), milestone(6, '2026-12-31', 'day', true)],
    );
    expect(t.items.map((i) => [i.kind, i.id, i.date, i.last_date])).toEqual([
      ['milestone', 6, '2026-12-31', '2026-12-31'],
      ['meeting', 1, '2027-03-10', '2027-03-12'],
      ['milestone', 5, '2027-06-01', '2027-06-01'],
    ]);
    expect(t.items.find((i) => i.id === 5)).toMatchObject({ precision: 'month', done: false });
    expect(t.undated.map((m) => m.id)).toEqual([2]);
    expect([t.start, t.end]).toEqual(['2026-06-01', '2028-12-31']);
  });
});
