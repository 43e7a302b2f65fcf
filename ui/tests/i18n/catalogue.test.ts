/**
 * The window's catalogue against its sources: every message id the UI asks for exists in
 * locales/en/ui.ftl, every message there is asked for, and no component shows English
 * that did not come through `t()` (so a new label cannot skip translation unnoticed).
 */
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const UI_SRC = join(__dirname, '../../src');
const LOCALES = join(__dirname, '../../../locales');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'bindings' ? [] : sources(path);
    return /\.(svelte|ts)$/.test(e.name) && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

function messageIds(code: string): string[] {
  const resource = new FluentResource(readFileSync(join(LOCALES, code, 'ui.ftl'), 'utf8'));
  return (resource as unknown as { body: { id: string }[] }).body.map((m) => m.id);
}

const files = sources(UI_SRC);
const text = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
/** Ids asked for by name: t('id') and tAround('id', ...), and ids a table or a prefix stands for (`t(\`prefix-${key}\`)`). */
const literalIds = new Set<string>();
const dynamicPrefixes = new Set<string>();
for (const source of text.values()) {
  for (const m of source.matchAll(/\b(?:t|tAround)\(\s*'([a-z0-9][a-z0-9-]*)'/g)) literalIds.add(m[1]);
  for (const m of source.matchAll(/\bt\(\s*`([a-z0-9][a-z0-9-]*-)\$\{/g)) dynamicPrefixes.add(m[1]);
  for (const m of source.matchAll(/\/\*\s*ids:\s*([a-z0-9-]+-)\s*\*\//g)) dynamicPrefixes.add(m[1]);
}
const english = messageIds('en');

describe('the window catalogue (locales/en/ui.ftl)', () => {
  it('parses, every message of it, with no id twice', () => {
    expect(english.length).toBeGreaterThan(100);
    // @fluent/bundle drops a message it cannot parse: every "id =" line must have come through.
    const written = [...readFileSync(join(LOCALES, 'en', 'ui.ftl'), 'utf8').matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((m) => m[1]);
    expect(written.filter((id) => !english.includes(id)), 'messages that do not parse').toEqual([]);
    expect(english.filter((id, i) => english.indexOf(id) !== i)).toEqual([]);
  });

  it('has every message the window asks for', () => {
    const missing = [...literalIds].filter((id) => !english.includes(id));
    expect(missing, 'ids used in ui/src but missing from locales/en/ui.ftl').toEqual([]);
    for (const prefix of dynamicPrefixes) {
      expect(english.some((id) => id.startsWith(prefix)), `no message starts with ${prefix}`).toBe(true);
    }
  });

  it('has no message the window never asks for', () => {
    const unused = english.filter((id) => !literalIds.has(id) && ![...dynamicPrefixes].some((p) => id.startsWith(p)));
    expect(unused, 'ids of locales/en/ui.ftl that no file of ui/src uses').toEqual([]);
  });
});

/** Text that is the same in every language: symbols and names. */
const ALLOWED = new Set(['Convene', 'URBACT', 'JSON', 'iCalendar', '.ics', 'CSV', 'Markdown', 'PDF', 'Word', 'HTML', 'Ctrl', 'K', 'Ctrl+K', 'UTC']);
const USER_ATTRIBUTES = new Set(['title', 'placeholder', 'aria-label', 'alt', 'aria-valuetext', 'aria-roledescription', 'aria-description']);
const COMPONENT_TEXT_PROPS = /^(label|placeholder|title|hint|message|confirmLabel|cancelLabel|caption|legend|noun|emptyText)$/;

function isEnglish(s: string): boolean {
  const words = s.replace(/\s+/g, ' ').trim();
  if (!/[A-Za-z]/.test(words)) return false;
  return !ALLOWED.has(words);
}

type Node = { type: string; [k: string]: unknown };

/** Literal English in a component's markup: "file:line text". */
function literalText(file: string, source: string): string[] {
  const found: string[] = [];
  const line = (at: number) => source.slice(0, at).split('\n').length;
  const where = (n: { start: number }) => `${relative(UI_SRC, file)}:${line(n.start)}`;
  function strings(e: Node | null | undefined, at: Node) {
    if (!e) return;
    if (e.type === 'Literal' && typeof e.value === 'string' && isEnglish(e.value)) found.push(`${where(at as never)} '${e.value}'`);
    else if (e.type === 'TemplateLiteral') {
      const q = (e.quasis as { value: { cooked: string } }[]).map((x) => x.value.cooked).join(' ');
      if (isEnglish(q)) found.push(`${where(at as never)} \`${q}\``);
    } else if (e.type === 'ConditionalExpression') {
      strings(e.consequent as Node, at);
      strings(e.alternate as Node, at);
    } else if (e.type === 'LogicalExpression') strings(e.right as Node, at);
  }
  function visit(n: unknown, inStyle = false) {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach((x) => visit(x, inStyle));
    const node = n as Node;
    if (node.type === 'RegularElement' && (node.name === 'style' || node.name === 'script')) return;
    if (node.type === 'Text' && isEnglish(node.data as string)) found.push(`${where(node as never)} "${(node.data as string).trim()}"`);
    if (node.type === 'ExpressionTag') strings(node.expression as Node, node);
    // {@render field('ad-cost', 'Estimated cost (€)', ...)}: a snippet's text arguments
    // (words: a capital or a space; 'ad-cost' is an id).
    if (node.type === 'RenderTag') {
      const call = node.expression as Node;
      for (const arg of (call.arguments as Node[] | undefined) ?? []) {
        if (arg.type === 'Literal' && typeof arg.value === 'string' && /[A-Z]|\s/.test(arg.value) && isEnglish(arg.value)) {
          found.push(`${where(node as never)} '${arg.value}'`);
        }
      }
    }
    if ((node.type === 'RegularElement' || node.type === 'Component') && Array.isArray(node.attributes)) {
      const userFacing = (name: string) => (node.type === 'Component' ? COMPONENT_TEXT_PROPS.test(name) : USER_ATTRIBUTES.has(name));
      for (const a of node.attributes as Node[]) {
        if (a.type !== 'Attribute' || !userFacing(a.name as string) || !Array.isArray(a.value)) continue;
        for (const v of a.value as Node[]) {
          if (v.type === 'Text' && isEnglish(v.data as string)) found.push(`${where(v as never)} ${a.name}="${v.data}"`);
          if (v.type === 'ExpressionTag') strings(v.expression as Node, v);
        }
      }
      visit(node.fragment);
      return;
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'attributes' && k !== 'metadata' && k !== 'parent') visit(v);
  }
  visit(parse(source, { modern: true }).fragment);
  return found;
}

describe('the components', () => {
  it('show no literal English: every text and label comes from the catalogue', () => {
    const found = files.filter((f) => f.endsWith('.svelte')).flatMap((f) => literalText(f, text.get(f)!));
    expect(found).toEqual([]);
  });

  it('are checked by a scanner that does find literal text', () => {
    const sample =
      '<p title="Close it">Hello {name}</p><Modal title="Delete?" /><span>{busy ? \'Saving…\' : t(\'x\')}</span><b>·</b>{@render field(\'ad-cost\', \'Estimated cost\')}';
    expect(literalText(join(UI_SRC, 'Sample.svelte'), sample)).toEqual([
      'Sample.svelte:1 title="Close it"',
      'Sample.svelte:1 "Hello"',
      'Sample.svelte:1 title="Delete?"',
      "Sample.svelte:1 'Saving…'",
      "Sample.svelte:1 'Estimated cost'",
    ]);
  });
});

/**
 * English sentences in scripts (.ts files and components' <script>): any string of two
 * words or more that is not handed to the console, an Error or the DOM. Such a text reaches
 * a person without passing through the catalogue (a notice, an aria-label built in code).
 */
function scriptSentences(file: string, source: string): string[] {
  const code = file.endsWith('.svelte') ? [...source.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n') : source;
  const tree = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (n: ts.Node) => {
    let text: string | null = null;
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) text = n.text;
    else if (ts.isTemplateExpression(n)) text = [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' ');
    if (text !== null && /[A-Za-z]{2,}\s+[a-z]{2,}/.test(text)) {
      const p = n.parent;
      const callee = p && (ts.isCallExpression(p) || ts.isNewExpression(p)) ? p.expression.getText(tree) : '';
      if (!/^console\.|Error$|querySelector|matchMedia|EventListener/.test(callee)) {
        found.push(`${relative(UI_SRC, file)}:${tree.getLineAndCharacterOfPosition(n.getStart()).line + 1} ${JSON.stringify(text.trim())}`);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(tree);
  return found;
}

describe('the scripts', () => {
  it('write no English sentence outside the catalogue', () => {
    expect(files.flatMap((f) => scriptSentences(f, text.get(f)!))).toEqual([]);
  });

  it('are checked by a scanner that does find such sentences', () => {
    const sample = "notify(`${p.title} was created.`); console.warn('not this one'); const id = 'plan-page';";
    expect(scriptSentences(join(UI_SRC, 'sample.ts'), sample)).toEqual(['sample.ts:1 "was created."']);
  });
});

const CODES = readdirSync(LOCALES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

function bundleOf(code: string): FluentBundle {
  const bundle = new FluentBundle(code, { useIsolating: false });
  bundle.addResource(new FluentResource(readFileSync(join(LOCALES, code, 'ui.ftl'), 'utf8')));
  return bundle;
}

/** Every variable a message of English uses: `{ $name }`. */
function variablesOf(id: string): string[] {
  const source = readFileSync(join(LOCALES, 'en', 'ui.ftl'), 'utf8');
  const block = new RegExp(`^${id} =([^\\n]*(?:\\n(?:[ \\t}][^\\n]*))*)`, 'm').exec(source)?.[1] ?? '';
  return [...new Set([...block.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))];
}

describe('every language of the window', () => {
  it('says every count as a whole sentence: 0, 1, 2, 5, 22 and 101 give text, no error, no stray variable', () => {
    const counted = english.filter((id) => variablesOf(id).includes('count'));
    expect(counted.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const code of CODES) {
      const bundle = bundleOf(code);
      for (const id of counted) {
        const message = bundle.getMessage(id);
        if (!message?.value) continue; // a missing message is the Rust catalogue test's to report
        for (const count of [0, 1, 2, 5, 22, 101]) {
          const args = Object.fromEntries(variablesOf(id).map((v) => [v, v === 'count' || v === 'days' || v === 'suit_everyone' ? count : `«${v}»`]));
          const errors: Error[] = [];
          const text = bundle.formatPattern(message.value, args, errors);
          if (errors.length || !text.trim() || text.includes('{')) problems.push(`${code} ${id} (${count}): ${errors.join('; ') || text}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('agrees the polls’ nouns with their number, Polish and Romanian too', () => {
    const say = (code: string, id: string, args: Record<string, string | number>) => bundleOf(code).formatPattern(bundleOf(code).getMessage(id)!.value!, args);
    expect(say('en', 'polls-section-list-dates', { count: 1 })).toBe('1 date');
    expect(say('en', 'polls-section-list-dates', { count: 3 })).toBe('3 dates');
    expect(say('pl', 'polls-section-list-dates', { count: 3 })).toBe('3 terminy');
    expect(say('pl', 'polls-section-list-dates', { count: 5 })).toBe('5 terminów');
    expect(say('ro', 'polls-section-list-dates', { count: 3 })).toBe('3 date');
    expect(say('ro', 'polls-section-list-dates', { count: 20 })).toBe('20 de date');
    expect(say('fr', 'find-time-panel-awkward-for', { count: 2 })).toBe('gênant pour 2 partenaires');
    expect(say('de', 'find-time-panel-day-runs', { days: 3, count: 4 })).toBe('Zeiträume von 3 Tagen ohne Feiertag bei einem Partner: 4.');
    expect(say('ro', 'find-time-panel-day-runs', { days: 3, count: 4 })).toBe('Perioade de 3 zile fără sărbătoare la niciun partener: 4.');
  });
});
