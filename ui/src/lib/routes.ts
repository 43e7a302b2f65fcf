/**
 * The screens and their addresses: a tiny hash router ("#/networks/3").
 *
 * `parseRoute` turns a hash into a screen and its parameters; `href` builds the hash for a
 * screen. Every address a link in the app produces parses back to the same screen.
 */
export type Route =
  | { name: 'home' }
  | { name: 'welcome' }
  | { name: 'networks' }
  | { name: 'network-new' }
  | { name: 'network'; id: number; partner: number | null; section: string | null }
  | { name: 'network-edit'; id: number }
  | { name: 'meetings'; view: 'list' | 'calendar'; network: number | null; month: string | null }
  | { name: 'meeting-new'; network: number | null }
  | { name: 'meeting'; id: number }
  | { name: 'meeting-edit'; id: number }
  | { name: 'practices' }
  | { name: 'practice-new' }
  | { name: 'practice'; id: number }
  | { name: 'practice-edit'; id: number }
  | { name: 'plan'; id: number; view: string | null }
  | { name: 'search'; q: string }
  | { name: 'settings' }
  | { name: 'not-found'; path: string };

function id(text: string | undefined): number | null {
  return text && /^\d+$/.test(text) ? Number(text) : null;
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [pathPart, queryPart = ''] = raw.split('?', 2);
  const q = new URLSearchParams(queryPart);
  const parts = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  const [a, b, c, d] = parts;
  switch (a) {
    case undefined:
      return { name: 'home' };
    case 'welcome':
      return { name: 'welcome' };
    case 'networks': {
      if (b === undefined) return { name: 'networks' };
      if (b === 'new') return { name: 'network-new' };
      const n = id(b);
      if (n === null) break;
      if (c === undefined) return { name: 'network', id: n, partner: id(q.get('partner') ?? undefined), section: q.get('section') };
      if (c === 'edit') return { name: 'network-edit', id: n };
      if (c === 'meetings' && d === 'new') return { name: 'meeting-new', network: n };
      break;
    }
    case 'meetings': {
      if (b === undefined) {
        return {
          name: 'meetings',
          view: q.get('view') === 'calendar' ? 'calendar' : 'list',
          network: id(q.get('network') ?? undefined),
          month: /^\d{4}-\d{2}$/.test(q.get('month') ?? '') ? q.get('month') : null,
        };
      }
      if (b === 'new') return { name: 'meeting-new', network: id(q.get('network') ?? undefined) };
      const m = id(b);
      if (m === null) break;
      if (c === undefined) return { name: 'meeting', id: m };
      if (c === 'edit') return { name: 'meeting-edit', id: m };
      break;
    }
    case 'practices': {
      if (b === undefined) return { name: 'practices' };
      if (b === 'new' && c === undefined) return { name: 'practice-new' };
      const p = id(b);
      if (p !== null && c === undefined) return { name: 'practice', id: p };
      if (p !== null && c === 'edit' && d === undefined) return { name: 'practice-edit', id: p };
      break;
    }
    case 'plans': {
      const p = id(b);
      if (p !== null && c === undefined) return { name: 'plan', id: p, view: q.get('view') };
      break;
    }
    case 'search':
      return { name: 'search', q: q.get('q') ?? '' };
    case 'settings':
      return { name: 'settings' };
  }
  return { name: 'not-found', path: pathPart };
}

function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function href(route: Route): string {
  switch (route.name) {
    case 'home': return '#/';
    case 'welcome': return '#/welcome';
    case 'networks': return '#/networks';
    case 'network-new': return '#/networks/new';
    case 'network': return `#/networks/${route.id}${query({ partner: route.partner, section: route.section })}`;
    case 'network-edit': return `#/networks/${route.id}/edit`;
    case 'meetings':
      return `#/meetings${query({ view: route.view === 'calendar' ? 'calendar' : null, network: route.network, month: route.month })}`;
    case 'meeting-new': return route.network === null ? '#/meetings/new' : `#/networks/${route.network}/meetings/new`;
    case 'meeting': return `#/meetings/${route.id}`;
    case 'meeting-edit': return `#/meetings/${route.id}/edit`;
    case 'practices': return '#/practices';
    case 'practice-new': return '#/practices/new';
    case 'practice': return `#/practices/${route.id}`;
    case 'practice-edit': return `#/practices/${route.id}/edit`;
    case 'plan': return `#/plans/${route.id}${query({ view: route.view })}`;
    case 'search': return `#/search${query({ q: route.q })}`;
    case 'settings': return '#/settings';
    case 'not-found': return `#${route.path}`;
  }
}

/** Shorthands for links. */
export const to = {
  network: (id: number, partner: number | null = null, section: string | null = null) =>
    href({ name: 'network', id, partner, section }),
  meeting: (id: number) => href({ name: 'meeting', id }),
  meetingEdit: (id: number) => href({ name: 'meeting-edit', id }),
  practice: (id: number) => href({ name: 'practice', id }),
  practiceEdit: (id: number) => href({ name: 'practice-edit', id }),
  plan: (id: number, view: string | null = null) => href({ name: 'plan', id, view }),
};

/** Which left-navigation entry a screen belongs to. */
export function section(route: Route): 'home' | 'networks' | 'meetings' | 'practices' | 'search' | 'settings' | null {
  switch (route.name) {
    case 'home': return 'home';
    case 'networks': case 'network-new': case 'network': case 'network-edit': case 'plan': return 'networks';
    case 'meetings': case 'meeting-new': case 'meeting': case 'meeting-edit': return 'meetings';
    case 'practices': case 'practice-new': case 'practice': case 'practice-edit': return 'practices';
    case 'search': return 'search';
    case 'settings': return 'settings';
    default: return null;
  }
}
