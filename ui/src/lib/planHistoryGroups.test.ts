import { describe, expect, it } from 'vitest';
import { groupRevisions, runPeriod, type HistoryEntry } from './planHistoryGroups';
import type { Revision, RevisionKind } from './planTypes';

const ILZE = 'Ilze Bērziņa';

function rev(number: number, minute: number, message: string, author = ILZE, kind: RevisionKind = 'edit'): Revision {
  const at = new Date(Date.UTC(2026, 10, 29, 20, 0) + minute * 60_000).toISOString().replace('.000', '');
  return { number, uuid: `u${number}`, parent_uuid: number > 1 ? `u${number - 1}` : null, merged_uuid: null, kind, author, created_at: at, message };
}

/** Each entry as the revision numbers it holds, newest first. */
const shape = (entries: HistoryEntry[]) =>
  entries.map((e) => (e.kind === 'single' ? e.revision.number : e.revisions.map((r) => r.number)));

const PORTAL = 'Changed action Open data portal';

describe('plan history groups', () => {
  it('groups a run of the same edit, newest first, whatever order the revisions come in', () => {
    const revisions = [
      rev(1, 0, 'Created', ILZE, 'created'),
      rev(2, 3, PORTAL),
      rev(3, 4, PORTAL),
      rev(4, 4, PORTAL),
      rev(5, 5, PORTAL),
      rev(6, 6, 'Edited section Vision and objectives'),
    ];
    expect(shape(groupRevisions([...revisions].reverse()))).toEqual([6, [5, 4, 3, 2], 1]);
    expect(shape(groupRevisions([revisions[3], revisions[0], revisions[5], revisions[1], revisions[4], revisions[2]])))
      .toEqual([6, [5, 4, 3, 2], 1]);
  });

  it('never groups the first revision with the edits after it', () => {
    expect(shape(groupRevisions([rev(1, 0, PORTAL, ILZE, 'created'), rev(2, 1, PORTAL)]))).toEqual([2, 1]);
  });

  it('breaks a run where another author saved', () => {
    const revisions = [rev(2, 1, PORTAL), rev(3, 2, PORTAL), rev(4, 3, PORTAL, 'Jānis Ozols'), rev(5, 4, PORTAL)];
    expect(shape(groupRevisions(revisions))).toEqual([5, 4, [3, 2]]);
  });

  it('breaks a run at a pause of more than ten minutes, measured from the previous save', () => {
    const revisions = [rev(2, 0, PORTAL), rev(3, 9, PORTAL), rev(4, 19, PORTAL), rev(5, 30, PORTAL)];
    expect(shape(groupRevisions(revisions))).toEqual([5, [4, 3, 2]]);
  });

  it('never groups restores, merges, received copies or resolutions, even with the same message', () => {
    const kinds: RevisionKind[] = ['restore', 'merge', 'received', 'resolve'];
    for (const kind of kinds) {
      const revisions = [rev(2, 0, PORTAL), rev(3, 1, PORTAL, ILZE, kind), rev(4, 2, PORTAL, ILZE, kind), rev(5, 3, PORTAL)];
      expect(shape(groupRevisions(revisions)), kind).toEqual([5, 4, 3, 2]);
    }
  });

  it('keeps different messages apart', () => {
    const revisions = [rev(2, 0, PORTAL), rev(3, 1, 'Changed action Street lighting'), rev(4, 2, PORTAL)];
    expect(shape(groupRevisions(revisions))).toEqual([4, 3, 2]);
  });

  it('shows a lone revision as a plain row', () => {
    const entries = groupRevisions([rev(1, 0, 'Created', ILZE, 'created')]);
    expect(entries).toEqual([{ kind: 'single', revision: rev(1, 0, 'Created', ILZE, 'created') }]);
    expect(groupRevisions([])).toEqual([]);
  });

  it('says when a run was saved, oldest to newest', () => {
    const run = [rev(5, 5, PORTAL), rev(4, 4, PORTAL), rev(3, 3, PORTAL)];
    expect(runPeriod(run, 'UTC')).toBe('29 Nov 2026, 20:03–20:05');
    expect(runPeriod([rev(3, 3, PORTAL), rev(2, 3, PORTAL)], 'UTC')).toBe('29 Nov 2026, 20:03');
    const midnight = [rev(3, 4 * 60 + 2, PORTAL), rev(2, 3 * 60 + 55, PORTAL)];
    expect(runPeriod(midnight, 'UTC')).toBe('29 Nov 2026, 23:55 – 30 Nov 2026, 00:02');
  });
});
