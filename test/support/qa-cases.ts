import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The question files' own rules: every `must` group matches the answer (any regex of the group,
 * case-insensitive), no `must_not` matches, kind=unknown questions get an honest "I don't know", and
 * kind=smalltalk messages get a friendly reply, never a refusal. A conversation is judged on its last turn.
 */
export interface QaCase {
  id: string;
  lang: 'nb' | 'en';
  q: string;
  /** Earlier turns of the same conversation (not judged), oldest first. */
  before: string[];
  class?: string;
  kind?: 'unknown' | 'smalltalk';
  must?: string[][];
  must_not?: string[];
  now?: string;
  context?: string;
}

interface RawCase extends Omit<QaCase, 'q' | 'before'> { q?: string; turns?: string[] }

/** The fixtures folder, from the sources (jest) or from dist/ (benchmarks). */
const FIXTURES = [join(__dirname, '..', 'fixtures', 'qa'), join(__dirname, '..', '..', '..', 'test', 'fixtures', 'qa')].find((d) => existsSync(d))
  ?? join(__dirname, '..', 'fixtures', 'qa');

const toCase = (r: RawCase): QaCase => {
  const turns = r.turns ?? [r.q ?? ''];
  return { ...r, q: turns[turns.length - 1], before: turns.slice(0, -1) };
};

export const readCases = (file: string): QaCase[] => {
  const raw = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as { questions?: RawCase[]; conversations?: RawCase[] };
  return [...(raw.questions ?? []), ...(raw.conversations ?? [])].map(toCase);
};

/**
 * The evaluation parts written by people who read only the documents: `dev` (looked at while building) and
 * `heldout` (scored, never tuned on). Each file of a part is a set (questions or conversations).
 */
export type Part = 'dev' | 'heldout';
export const readPart = (part: Part): Array<{ set: string; cases: QaCase[] }> =>
  readdirSync(join(FIXTURES, part)).filter((f) => f.endsWith('.json')).sort()
    .map((f) => ({ set: f.replace(/\.json$/, ''), cases: readCases(join(part, f)) }));

/**
 * What kind of reply a person sees: an honest "not in the documents" with nothing sourced beside it, one that says what
 * the documents leave out and then gives what they do say (partial), small talk (no source, no refusal), or an answer.
 */
export type SeenKind = 'answer' | 'unknown' | 'partial' | 'smalltalk';

/** The bot's general refusal, wherever it stands in the reply. */
const GENERAL_REFUSAL = /står ikke i programdokumentene|programme documents.* do not say/;
/** A first sentence saying that the document leaves something out ("Gateadressen er ikke oppgitt i dokumentet."). */
const REFUSING = /står ikke|sier ikke|oppgir (ingen|ikke)|(er|blir) ikke oppgitt|nevner ikke|does not (say|give|state|name)|do not say|gives no|names no|not given|doesn't say/i;

/**
 * The kind read from the reply's text and whether it names a source, as a person reads it: the judge of both the
 * answerer and the /api/messages path, so that the same reply gets the same verdict on either.
 */
export function seenKind(text: string, sourced: boolean): SeenKind {
  const opening = text.split(/(?<=[.!?])\s|\n/)[0];
  if (GENERAL_REFUSAL.test(text) || REFUSING.test(opening)) return sourced ? 'partial' : 'unknown';
  return sourced ? 'answer' : 'smalltalk';
}

export function judge(c: QaCase, kind: SeenKind | 'clarify', text: string): string[] {
  const problems: string[] = [];
  for (const group of c.must ?? []) {
    if (!group.some((re) => new RegExp(re, 'i').test(text))) problems.push(`missing one of ${JSON.stringify(group)}`);
  }
  for (const re of c.must_not ?? []) if (new RegExp(re, 'i').test(text)) problems.push(`must not match ${re}`);
  // A reply that says what the documents leave out before what they give is honest about the unknown part; the
  // case's must and must_not groups judge what it says beside it.
  if (c.kind === 'unknown' && kind !== 'unknown' && kind !== 'partial') problems.push(`expected an honest "not in the documents", got ${kind}`);
  if (c.kind === 'smalltalk' && (kind === 'unknown' || kind === 'partial')) problems.push('refused small talk');
  if (c.kind === undefined && kind === 'unknown' && !isHonestNegative(c)) problems.push('answered "not in the documents" to a question the catalog answers');
  return problems;
}

/** A case whose right answer is itself "the document does not say" for one program (a trap or a switch). */
const isHonestNegative = (c: QaCase): boolean => c.class === 'trap' || (c.must ?? []).some((g) => g.some((re) => /ikke\|/.test(re)));
