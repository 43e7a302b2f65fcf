import { describe, expect, it } from 'vitest';
import { FluentBundle, FluentResource } from '@fluent/bundle';

// The catalogues as the window imports them (parsed at build time, build/fluentCatalogues.ts)
// and as text, for every language.
const built = import.meta.glob<() => FluentResource['body']>('../../locales/*/{ui,errors}.ftl', {
  query: '?fluent',
  import: 'default',
  eager: true,
});
const raw = import.meta.glob<string>('../../locales/*/{ui,errors}.ftl', { query: '?raw', import: 'default', eager: true });

describe('catalogues parsed when the UI is built', () => {
  it('covers every catalogue file', () => {
    expect(Object.keys(built).sort()).toEqual(Object.keys(raw).sort());
    expect(Object.keys(built).length).toBeGreaterThanOrEqual(20);
  });

  it.each(Object.keys(raw))('%s holds exactly the messages FluentResource parses from its text', (path) => {
    const parsed = new FluentResource(raw[path]).body;
    const body = built[path]();
    expect(body.length).toBe(parsed.length);
    expect(body).toEqual(parsed);
  });

  it('formats the same text as a bundle of the parsed text', () => {
    const path = Object.keys(raw).find((p) => p.endsWith('/en/ui.ftl'))!;
    const fromText = new FluentBundle('en', { useIsolating: false });
    fromText.addResource(new FluentResource(raw[path]));
    const fromBuild = new FluentBundle('en', { useIsolating: false });
    const resource = new FluentResource('');
    resource.body = built[path]();
    fromBuild.addResource(resource);
    let compared = 0;
    for (const entry of resource.body) {
      if (entry.id.startsWith('-') || !entry.value) continue;
      const args = { count: 3, name: 'Gävle', error: 'disk full', start: 'May 2026', end: 'June 2027' };
      const a = fromText.formatPattern(fromText.getMessage(entry.id)!.value!, args, []);
      const b = fromBuild.formatPattern(fromBuild.getMessage(entry.id)!.value!, args, []);
      expect(b).toBe(a);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
