/**
 * Fluent catalogues parsed when the UI is built, not when the window starts.
 *
 * `import body from '…/ui.ftl?fluent'` gives a function that returns the catalogue's
 * messages as `@fluent/bundle` parses them (`FluentResource.body`), read from JSON: parsing
 * English's ui.ftl (1,250 messages) with `FluentResource` took 5 to 7 ms of every launch
 * (the `catalogue-parse` phase of scripts/measure-launch.sh), `JSON.parse` of the same
 * messages about a fifth of that. The function defers even that until a catalogue is used
 * (English's errors.ftl is bundled with the first screen but read on the first error).
 *
 * Invariant: the messages are exactly those `new FluentResource(source)` yields for the
 * file, parsed by the same `@fluent/bundle` the window bundles, so `t()` formats the same
 * text (a unit test compares the two for every catalogue).
 */
import { readFileSync } from 'node:fs';
import { FluentResource } from '@fluent/bundle';
import type { Plugin } from 'vite';

const QUERY = 'fluent';

export function fluentCatalogues(): Plugin {
  return {
    name: 'convene-fluent-catalogues',
    enforce: 'pre',
    load(id) {
      const [path, query] = id.split('?', 2);
      if (query !== QUERY || !path.endsWith('.ftl')) return null;
      this.addWatchFile(path);
      const body = new FluentResource(readFileSync(path, 'utf8')).body;
      // A JSON string given to JSON.parse is read faster than the same object literal.
      return `const json = ${JSON.stringify(JSON.stringify(body))};\nexport default () => JSON.parse(json);\n`;
    },
  };
}
