import { describe, expect, it } from 'vitest';
import { href, parseRoute, type Route } from './routes';

describe('routes', () => {
  it('reads addresses', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/networks/3')).toEqual({ name: 'network', id: 3, partner: null, section: null });
    expect(parseRoute('#/networks/3?partner=12')).toEqual({ name: 'network', id: 3, partner: 12, section: null });
    expect(parseRoute('#/networks/3/meetings/new')).toEqual({ name: 'meeting-new', network: 3 });
    expect(parseRoute('#/meetings?view=calendar&month=2027-03')).toEqual({ name: 'meetings', view: 'calendar', network: null, month: '2027-03' });
    expect(parseRoute('#/search?q=G%C3%A4vle')).toEqual({ name: 'search', q: 'Gävle' });
    expect(parseRoute('#/networks/abc')).toEqual({ name: 'not-found', path: '/networks/abc' });
    expect(parseRoute('#/practices/new')).toEqual({ name: 'practice-new' });
    expect(parseRoute('#/practices/7/edit')).toEqual({ name: 'practice-edit', id: 7 });
    expect(parseRoute('#/practices/7/delete')).toEqual({ name: 'not-found', path: '/practices/7/delete' });
  });

  it('builds addresses that read back as the same screen', () => {
    const routes: Route[] = [
      { name: 'home' }, { name: 'networks' }, { name: 'network-new' },
      { name: 'network', id: 4, partner: 9, section: 'plans' }, { name: 'network-edit', id: 4 },
      { name: 'meetings', view: 'calendar', network: 2, month: '2027-11' }, { name: 'meetings', view: 'list', network: null, month: null },
      { name: 'meeting-new', network: 2 }, { name: 'meeting-new', network: null }, { name: 'meeting', id: 5 }, { name: 'meeting-edit', id: 5 },
      { name: 'practices' }, { name: 'practice', id: 1 }, { name: 'practice-new' }, { name: 'practice-edit', id: 1 }, { name: 'search', q: 'Nevers & co' }, { name: 'settings' },
    ];
    for (const r of routes) expect(parseRoute(href(r))).toEqual(r);
  });
});
