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

describe('labels in the catalogue', () => {
  it('has every value of every core table, in English with the core’s own words', async () => {
    const { LABEL_TABLES, labelId } = await import('./labels');
    const { hasMessage, t } = await import('./i18n.svelte');
    for (const [prefix, words] of Object.values(LABEL_TABLES)) {
      for (const [key, english] of Object.entries(words as Record<string, string>)) {
        expect(hasMessage(labelId(prefix, key)), labelId(prefix, key)).toBe(true);
        expect(t(labelId(prefix, key))).toBe(english);
      }
    }
  });
});
