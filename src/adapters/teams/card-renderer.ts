import * as ACData from 'adaptivecards-templating';
import type { Json } from '../../shared/store.port';
import { compileTemplate } from './compiled-template';

/**
 * Parsed templates, one per template object. Parsing runs adaptive-expressions' ANTLR parser over every `${…}`
 * of the card, which cost more than the rest of a Q&A turn together; a prepared Template keeps only parsed
 * expressions (never data), and `expand` builds a new card on every call, so one instance serves every render.
 * Keyed by the template object itself (the imported JSON module), so a template that is no longer referenced
 * is collected with its entry.
 */
const parsed = new WeakMap<object, ACData.Template>();

function templateOf(template: object): ACData.Template {
  let t = parsed.get(template);
  if (!t) {
    t = new ACData.Template(template);
    parsed.set(template, t);
  }
  return t;
}

/** Each template's fast path (compiled-template.ts), null when it uses more of the template language. */
const compiled = new WeakMap<object, ((data: object) => Json | undefined) | null>();

function compiledOf(template: object): ((data: object) => Json | undefined) | null {
  let c = compiled.get(template);
  if (c === undefined) {
    c = compileTemplate(template) ?? null;
    compiled.set(template, c);
  }
  return c;
}

/**
 * Cards are JSON templates (teams/cards/*.json) expanded from a typed data object. Templating keeps layout in
 * JSON and logic in TypeScript; text from users is data, so it never becomes card structure.
 * Templates must not be changed after their first render (they are imported JSON and never are).
 */
export function renderCard<T extends object>(template: object, data: T): Json {
  const fast = compiledOf(template)?.(data);
  if (fast !== undefined) return fast;
  const expanded = templateOf(template).expand({ $root: data }) as unknown;
  return expanded as Json;
}

/** The same card from a freshly parsed template (the reference the cached path is tested against). */
export function renderCardUncached<T extends object>(template: object, data: T): Json {
  return new ACData.Template(template).expand({ $root: data }) as Json;
}

/**
 * Text from users shown in a card TextBlock: Teams renders a subset of markdown there, so markdown and link
 * syntax are escaped and the length is bounded.
 */
export function escapeCardText(text: string, max = 2000): string {
  const cut = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return cut.replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1');
}

/**
 * The inverse of escapeCardText. A message's text is built from the same (escaped) parts as its card, but
 * Teams shows it unrendered as the notification and activity-feed line, where "1\. mars" would show its
 * backslash; this makes it plain. Our own texts carry no backslashes, so only escapes are removed.
 */
export function plainCardText(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}
