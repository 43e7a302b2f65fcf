/**
 * The current screen, from the address after "#". Changing `location.hash` (a link, the
 * back button, `go`) changes `router.route`, and every screen that reads it follows.
 */
import { href, parseRoute, type Route } from './routes';

let current = $state<Route>(parseRoute(typeof location === 'undefined' ? '' : location.hash));

/** The address without its query: another screen, as opposed to the same one filtered. */
const screenOf = (hash: string) => hash.split('?', 1)[0];
let screen = typeof location === 'undefined' ? '' : screenOf(location.hash);

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    current = parseRoute(location.hash);
    // Another screen opens at its top, not at the previous screen's scroll position
    // (screens that open at a section scroll there themselves once loaded).
    const next = screenOf(location.hash);
    if (next !== screen && window.scrollY > 0) window.scrollTo(0, 0);
    screen = next;
  });
}

export const router = {
  get route(): Route {
    return current;
  },
};

/** Opens a screen. */
export function go(target: Route | string): void {
  const hash = typeof target === 'string' ? target : href(target);
  if (location.hash === hash) current = parseRoute(hash);
  else location.hash = hash;
}
