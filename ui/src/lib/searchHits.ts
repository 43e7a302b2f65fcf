/** Where a search hit leads. */
import { to } from './routes';
import type { SearchHit } from './types';

export function hitHref(hit: SearchHit): string {
  switch (hit.kind) {
    case 'network': return to.network(hit.id);
    case 'partner': return hit.network_id !== null ? to.network(hit.network_id, hit.id) : '#/networks';
    case 'meeting': return to.meeting(hit.id);
    case 'plan': return hit.network_id !== null ? to.network(hit.network_id, null, 'plans') : '#/networks';
    case 'practice': return to.practice(hit.id);
  }
}
