import { describe, expect, it } from 'vitest';
import { changeSummary, sideBySide, texts } from './planDiff';

describe('a section diff side by side', () => {
  const pieces = [
    { kind: 'equal' as const, text: 'Gijón will ' },
    { kind: 'delete' as const, text: 'test' },
    { kind: 'insert' as const, text: 'pilot' },
    { kind: 'equal' as const, text: ' a citizen card.\n\nFunding ' },
    { kind: 'insert' as const, text: 'from ERDF and ' },
    { kind: 'equal' as const, text: 'from the city.' },
  ];

  it('puts kept and removed words on the left, kept and added words on the right', () => {
    const d = sideBySide(pieces);
    expect(d.before[0]).toEqual([
      { kind: 'equal', text: 'Gijón will ' },
      { kind: 'delete', text: 'test' },
      { kind: 'equal', text: ' a citizen card.' },
    ]);
    expect(d.after[0]).toEqual([
      { kind: 'equal', text: 'Gijón will ' },
      { kind: 'insert', text: 'pilot' },
      { kind: 'equal', text: ' a citizen card.' },
    ]);
    expect(d.before[1]).toEqual([]);
    expect(d.after[2]).toEqual([
      { kind: 'equal', text: 'Funding ' },
      { kind: 'insert', text: 'from ERDF and ' },
      { kind: 'equal', text: 'from the city.' },
    ]);
    expect(d.before).toHaveLength(3);
    expect(d.after).toHaveLength(3);
  });

  it('rebuilds both texts exactly and counts the words changed', () => {
    expect(texts(pieces)).toEqual({
      before: 'Gijón will test a citizen card.\n\nFunding from the city.',
      after: 'Gijón will pilot a citizen card.\n\nFunding from ERDF and from the city.',
    });
    const d = sideBySide(pieces);
    expect(d.added).toBe(4);
    expect(d.removed).toBe(1);
    expect(changeSummary(d)).toBe('4 words added, 1 word removed');
  });

  it('says when nothing changed', () => {
    const d = sideBySide([{ kind: 'equal', text: 'Same words.' }]);
    expect(d.same).toBe(true);
    expect(changeSummary(d)).toBe('No change');
    expect(changeSummary(sideBySide([]))).toBe('No change');
  });

  it('marks a removed piece that spans a line break on both lines', () => {
    const d = sideBySide([{ kind: 'delete', text: 'one\ntwo' }, { kind: 'insert', text: 'three' }]);
    expect(d.before).toEqual([[{ kind: 'delete', text: 'one' }], [{ kind: 'delete', text: 'two' }]]);
    expect(d.after).toEqual([[{ kind: 'insert', text: 'three' }]]);
  });
});
