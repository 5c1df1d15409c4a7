import type { Json } from '../../shared/store.port';

/**
 * A fast path for the simplest card templates, giving exactly what adaptivecards-templating's `expand` gives
 * (its template-engine.js is the reference, and card-renderer.spec.ts compares the two): each `${…}` names one
 * field of the current data (no paths, functions or `$root`), `$when` and `$data` are one such field. Templating
 * evaluates every `${…}` through adaptive-expressions, which cost more per Q&A answer card than the rest of the
 * turn's own code; here a field is a property read. Anything the fast path cannot vouch for (a template using more
 * of the language, a field that is missing, null or of another type, a `$when` that is not a boolean) makes
 * `compileTemplate` or the compiled function answer undefined, and the caller expands with the engine instead.
 */

type Node =
  | { readonly t: 'lit'; readonly v: Json }
  | { readonly t: 'field'; readonly name: string }
  | { readonly t: 'text'; readonly parts: ReadonlyArray<string | { readonly name: string }> }
  | { readonly t: 'arr'; readonly items: readonly Node[] }
  | { readonly t: 'obj'; readonly entries: ReadonlyArray<readonly [string, Node]>; readonly when?: string; readonly data?: string };

/** Keys the engine never copies into a card (EvaluationContext._reservedFields). */
const RESERVED = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);
const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Names adaptive-expressions reads as constants, not fields. */
const CONSTANTS = new Set(['true', 'false', 'null', 'undefined']);
/** Text between expressions that the engine's string parsing surely keeps as it is. */
const PLAIN = /^[^$`\\{}\u0000-\u001f]*$/;

class Unsupported extends Error {}
const NO = Symbol('no fast path');
type Out = Json | undefined | typeof NO;

function fieldOf(expr: string): string {
  if (!FIELD.test(expr) || CONSTANTS.has(expr)) throw new Unsupported(expr);
  return expr;
}

function prepareString(s: string): Node {
  if (!s.includes('${')) return { t: 'lit', v: s };
  const parts: Array<string | { name: string }> = [];
  let rest = s;
  while (rest.length > 0) {
    const start = rest.indexOf('${');
    if (start < 0) { parts.push(rest); break; }
    if (start > 0) parts.push(rest.slice(0, start));
    const end = rest.indexOf('}', start);
    if (end < 0) throw new Unsupported(s);
    parts.push({ name: fieldOf(rest.slice(start + 2, end)) });
    rest = rest.slice(end + 1);
  }
  for (const p of parts) if (typeof p === 'string' && !PLAIN.test(p)) throw new Unsupported(s);
  const [only] = parts;
  return parts.length === 1 && typeof only !== 'string' ? { t: 'field', name: only.name } : { t: 'text', parts };
}

/** `${field}` and nothing else (what `$when` and `$data` may be here). */
function wholeField(v: unknown): string {
  const n = typeof v === 'string' ? prepareString(v) : undefined;
  if (n?.t !== 'field') throw new Unsupported(String(v));
  return n.name;
}

function prepare(v: unknown): Node {
  if (typeof v === 'string') return prepareString(v);
  if (Array.isArray(v)) return { t: 'arr', items: v.map(prepare) };
  if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    const entries: Array<readonly [string, Node]> = [];
    for (const k of Object.keys(o)) {
      if (k === '$when' || k === '$data') continue;
      if (RESERVED.has(k)) throw new Unsupported(k);
      entries.push([k, prepare(o[k])]);
    }
    return { t: 'obj', entries, ...('$when' in o ? { when: wholeField(o.$when) } : {}), ...('$data' in o ? { data: wholeField(o.$data) } : {}) };
  }
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return { t: 'lit', v };
  throw new Unsupported(typeof v);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** A field's value when the engine would give it unchanged: an own string, boolean or finite number. */
function read(scope: Record<string, unknown>, name: string): string | number | boolean | typeof NO {
  if (!Object.prototype.hasOwnProperty.call(scope, name)) return NO;
  const v = scope[name];
  return typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)) ? v : NO;
}

/** template-engine.js `internalExpand`, for the nodes above. */
function expand(n: Node, scope: Record<string, unknown>): Out {
  switch (n.t) {
    case 'lit': return n.v;
    case 'field': return read(scope, n.name);
    case 'text': {
      let s = '';
      for (const p of n.parts) {
        if (typeof p === 'string') { s += p; continue; }
        const v = read(scope, p.name);
        if (v === NO) return NO;
        s += v.toString();
      }
      return s;
    }
    case 'arr': {
      const out: Json[] = [];
      for (const item of n.items) {
        const v = expand(item, scope);
        if (v === NO) return NO;
        // The engine drops nulls (a false $when, an empty $data) and splices arrays (a $data of several) in.
        if (v === null || v === undefined) continue;
        if (Array.isArray(v)) out.push(...v); else out.push(v);
      }
      return out;
    }
    case 'obj': {
      let scopes: Array<Record<string, unknown>> = [scope];
      if (n.data !== undefined) {
        if (!Object.prototype.hasOwnProperty.call(scope, n.data)) return NO;
        const d = scope[n.data];
        if (Array.isArray(d)) {
          if (!d.every(isPlainObject)) return NO;
          scopes = d;
        } else if (isPlainObject(d)) {
          scopes = [d];
        } else {
          return NO;
        }
      }
      const results: Json[] = [];
      for (const s of scopes) {
        if (n.when !== undefined) {
          const w = Object.prototype.hasOwnProperty.call(s, n.when) ? s[n.when] : undefined;
          if (typeof w !== 'boolean') return NO;
          if (!w) continue;
        }
        const o: Record<string, Json> = {};
        for (const [k, child] of n.entries) {
          const v = expand(child, s);
          if (v === NO) return NO;
          if (v !== undefined) o[k] = v;
        }
        results.push(o);
      }
      return results.length === 0 ? null : results.length === 1 ? results[0] : results;
    }
  }
}

/** The template as a function of its data, or undefined when it uses more than this fast path knows. */
export function compileTemplate(template: object): ((data: object) => Json | undefined) | undefined {
  let root: Node;
  try {
    root = prepare(template);
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  return (data) => {
    if (!isPlainObject(data)) return undefined;
    const v = expand(root, data);
    return v === NO ? undefined : v;
  };
}
