import { describe, expect, it } from 'vitest';
import { firstOfEachKind } from './attentionList';
import type { AttentionItem } from './types';

const about = (kind: AttentionItem['kind'], id: number): AttentionItem => ({ kind, network_id: 1, meeting_id: id, message: `${kind} ${id}` });
const rest = (kind: AttentionItem['kind'], count: number): AttentionItem => ({ kind, network_id: null, meeting_id: null, message: `${count} more ${kind}` });

describe('the attention list before it is opened in full', () => {
  it('keeps the first lines of each kind and the lines counting the rest, in order', () => {
    const list = [
      { kind: 'import_warning' as const, network_id: 1, meeting_id: null, message: 'notes of network 1' },
      { kind: 'import_warning' as const, network_id: null, meeting_id: null, message: 'notes of no network' },
      ...[1, 2, 3].map((i) => about('tentative_soon', i)),
      rest('tentative_soon', 40),
      ...[4, 5, 6, 7].map((i) => about('no_host', i)),
      about('travel_warning', 8),
    ];
    const shown = firstOfEachKind(list, 2).map((a) => a.message);
    expect(shown).toEqual([
      'notes of network 1',
      'notes of no network',
      'tentative_soon 1',
      'tentative_soon 2',
      '40 more tentative_soon',
      'no_host 4',
      'no_host 5',
      'travel_warning 8',
    ]);
  });

  it('leaves a short list whole', () => {
    const list = [about('no_host', 1), about('travel_warning', 2)];
    expect(firstOfEachKind(list)).toEqual(list);
  });
});
