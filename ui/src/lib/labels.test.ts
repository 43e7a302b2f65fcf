import { describe, expect, it } from 'vitest';
import { meetingKindLabel, meetingStatusLabel, options } from './labels';
import { actionStatusLabel, revisionKindLabel } from './planLabels';

describe('labels from the core', () => {
  it('offers every choice in the order the core declares it, with the core words', () => {
    expect(options(meetingStatusLabel)).toEqual([
      { value: 'tentative', label: 'Tentative' },
      { value: 'confirmed', label: 'Confirmed' },
      { value: 'held', label: 'Held' },
      { value: 'postponed', label: 'Postponed' },
      { value: 'cancelled', label: 'Cancelled' },
    ]);
    expect(options(meetingKindLabel).map((o) => o.value).slice(0, 2)).toEqual(['kick_off', 'transnational']);
    expect(meetingKindLabel.online_touch_base).toBe('Online touch-base');
    expect(actionStatusLabel.dropped).toBe('Dropped');
    expect(revisionKindLabel.resolve).toBe('Conflict resolved');
  });
});
