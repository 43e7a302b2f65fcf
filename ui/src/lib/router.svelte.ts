/**
 * The current screen, from the address after "#". Changing `location.hash` (a link, the
 * back button, `go`) changes `router.route`, and every screen that reads it follows.
 */
import { href, parseRoute, type Route } from './routes';

let current = $state<Route>(parseRoute(typeof location === 'undefined' ? '' : location.hash));

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    current = parseRoute(location.hash);
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
