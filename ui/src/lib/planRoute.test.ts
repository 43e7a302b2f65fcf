import { describe, expect, it } from 'vitest';
import { href, parseRoute, section, to } from './routes';

describe('the plan page address', () => {
  it('reads and builds #/plans/ID with the part of the plan shown', () => {
    expect(parseRoute('#/plans/7')).toEqual({ name: 'plan', id: 7, view: null });
    expect(parseRoute('#/plans/7?view=history')).toEqual({ name: 'plan', id: 7, view: 'history' });
    expect(parseRoute('#/plans/x')).toEqual({ name: 'not-found', path: '/plans/x' });
    expect(to.plan(7, 'section:local-group')).toBe('#/plans/7?view=section%3Alocal-group');
    expect(parseRoute(href({ name: 'plan', id: 7, view: 'section:local-group' }))).toEqual({ name: 'plan', id: 7, view: 'section:local-group' });
    expect(section({ name: 'plan', id: 7, view: null })).toBe('networks');
  });
});
