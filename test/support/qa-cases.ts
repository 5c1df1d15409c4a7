import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The question file's own rules: every `must` group matches the answer (any regex of the group,
 * case-insensitive), no `must_not` matches, and kind=unknown questions get a plain "I don't know".
 */
export interface QaCase { id: string; lang: 'nb' | 'en'; q: string; kind?: 'unknown'; must?: string[][]; must_not?: string[]; now?: string; context?: string }

/** The fixtures folder, from the sources (jest) or from dist/ (benchmarks). */
const FIXTURES = [join(__dirname, '..', 'fixtures', 'qa'), join(__dirname, '..', '..', '..', 'test', 'fixtures', 'qa')].find((d) => existsSync(d))
  ?? join(__dirname, '..', 'fixtures', 'qa');

export const readCases = (file: string): QaCase[] =>
  (JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as { questions: QaCase[] }).questions;

export function judge(c: QaCase, kind: string, text: string): string[] {
  const problems: string[] = [];
  for (const group of c.must ?? []) {
    if (!group.some((re) => new RegExp(re, 'i').test(text))) problems.push(`missing one of ${JSON.stringify(group)}`);
  }
  for (const re of c.must_not ?? []) if (new RegExp(re, 'i').test(text)) problems.push(`must not match ${re}`);
  if (c.kind === 'unknown' && kind !== 'unknown') problems.push(`expected an honest "not in the documents", got ${kind}`);
  if (c.kind !== 'unknown' && kind === 'unknown') problems.push('answered "not in the documents" to a question the catalog answers');
  return problems;
}

