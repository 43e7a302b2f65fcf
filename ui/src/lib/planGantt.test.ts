import { describe, expect, it } from 'vitest';
import { LABEL_CHAR_PX, fitLabel, ganttLabelWidth, ganttLayout, monthNumber, monthText } from './planGantt';

describe('months', () => {
  it('read "YYYY-MM" and nothing else', () => {
    expect(monthNumber('2027-03')).toBe(2027 * 12 + 2);
    expect(monthNumber('2027-13')).toBeNull();
    expect(monthNumber('2027-3')).toBeNull();
    expect(monthNumber(null)).toBeNull();
    expect(monthText(2027 * 12 + 2)).toBe('March 2027');
  });
});

describe('the Gantt layout', () => {
  const items = [
    { id: 1, label: 'Sensor pilot in the old town', start: '2027-03', end: '2028-06', pilot: true },
    { id: 2, label: 'Open data portal', start: '2026-11', end: '2026-11' },
    { id: 3, label: 'Citizen card', start: null, end: '2027-01' },
    { id: 4, label: 'Backwards', start: '2028-01', end: '2027-01' },
  ];

  it('spans whole calendar years from the first start to the last end', () => {
    const g = ganttLayout(items, { available: 0, labelWidth: 100, maxMonthWidth: 20 });
    expect(g.first).toBe(2026 * 12);
    expect(g.last).toBe(2028 * 12 + 11);
    expect(g.years.map((y) => y.year)).toEqual([2026, 2027, 2028]);
    expect(g.years.map((y) => y.x)).toEqual([100, 340, 580]);
    expect(g.width).toBe(100 + 36 * 20);
    expect(g.monthLines).toHaveLength(36 - 3);
  });

  it('draws a bar over whole months, both ends included, one row per scheduled action', () => {
    const g = ganttLayout(items, { available: 0, labelWidth: 100, maxMonthWidth: 20, rowHeight: 30, headerHeight: 28 });
    const [pilot, portal] = g.bars;
    expect(pilot).toMatchObject({ id: 1, x: 100 + 14 * 20, width: 16 * 20, months: 16, y: 28, pilot: true });
    expect(pilot.description).toBe('Sensor pilot in the old town (pilot): March 2027 to June 2028 (16 months)');
    expect(portal).toMatchObject({ x: 100 + 10 * 20, width: 20, months: 1, y: 58 });
    expect(portal.description).toBe('Open data portal: November 2026 (1 month)');
    expect(g.height).toBe(28 + 2 * 30);
  });

  it('lists actions it cannot place, with the reason, instead of guessing', () => {
    const g = ganttLayout(items, { available: 0 });
    expect(g.unscheduled).toEqual([
      { id: 3, label: 'Citizen card', reason: 'no start month' },
      { id: 4, label: 'Backwards', reason: 'its end month comes before its start month' },
    ]);
    expect(ganttLayout([], { available: 800 })).toMatchObject({ bars: [], width: 0, first: null });
  });

  it('fits the months into the width available, within bounds', () => {
    const one = [{ id: 1, label: 'A', start: '2027-01', end: '2027-12' }];
    expect(ganttLayout(one, { available: 200 + 2 + 12 * 30, labelWidth: 200 }).monthWidth).toBe(30);
    expect(ganttLayout(one, { available: 300, labelWidth: 200, minMonthWidth: 12 }).monthWidth).toBe(12);
    expect(ganttLayout(one, { available: 5000, labelWidth: 200, maxMonthWidth: 48 }).monthWidth).toBe(48);
  });

  it('gives the names a column as wide as the longest needs, so a title of 40 characters fits whole at 640 px', () => {
    const forty = 'Smart street lighting pilots, Lielā iela';
    expect(Array.from(forty)).toHaveLength(40);
    const width = ganttLabelWidth(['Open data portal', forty], 640);
    expect(fitLabel(forty, width - 14)).toBe(forty);
    const g = ganttLayout([{ id: 1, label: forty, start: '2027-01', end: '2028-12' }], { available: 640 });
    expect(g.labelWidth).toBe(width);
    expect(g.bars[0].x).toBe(width);
    expect(g.bars[0].description).toBe(`${forty}: January 2027 to December 2028 (24 months)`);
  });

  it('keeps at least half the room for the months: short names, a narrow chart, a very long name', () => {
    expect(ganttLabelWidth(['Portal'], 1000)).toBe(120);
    expect(ganttLabelWidth(['Open data portal'], 1000)).toBe(16 * LABEL_CHAR_PX + 14);
    expect(ganttLabelWidth(['x'.repeat(200)], 1000)).toBe(360);
    expect(ganttLabelWidth(['x'.repeat(200)], 500)).toBe(250);
    expect(ganttLabelWidth(['x'.repeat(200)], 200)).toBe(140);
    expect(ganttLabelWidth(['x'.repeat(200)], 0)).toBe(360);
    expect(ganttLabelWidth([], 800)).toBe(120);
    expect(fitLabel('x'.repeat(200), 360 - 14)).toMatch(/^x+…$/);
  });

  it('shortens long labels with an ellipsis', () => {
    expect(fitLabel('Short', 100)).toBe('Short');
    expect(fitLabel('A very long action title indeed', 70)).toBe('A very lo…');
  });
});
