import type { Lang } from '../../../shared/i18n';
import { words } from './text-analysis';

/**
 * "Jeg er forskningsgruppeleder – hvilken gruppe hører jeg til?" over a fact that lists groups of leaders with their
 * members ("nivå 4-ledere (forskningsgruppeledere, studieprogramledere, …)"): the groups that hold the asker's role,
 * said first. Undefined when the fact lists no such groups or the question names no member of them.
 */
export function groupsOfRole(fact: string, question: string, lang: Lang): string | undefined {
  const groups = [...fact.matchAll(/([^;:()]+?)\s*\(([^()]+)\)/g)].map((m) => ({ name: m[1].trim(), members: m[2].split(/,\s*|\s+(?:og|and)\s+/).map((x) => x.trim()) }));
  if (groups.length < 3) return undefined;
  const asked = words(question);
  // A member is named when each of its words starts a word of the question, endings aside ("forskningsgruppeleder"
  // names "forskningsgruppeledere", "research group leader" names "research group leaders").
  const names = (item: string): boolean => item.length >= 8 && words(item).every((w) => asked.some((a) => a.startsWith(w.slice(0, Math.max(4, w.length - 2)))));
  const holding = groups.filter((g) => g.members.some(names) || names(g.name));
  if (holding.length === 0 || holding.length === groups.length) return undefined;
  const role = holding.flatMap((g) => [g.name, ...g.members]).find(names) ?? '';
  const listed = holding.map((g) => `${g.name} (${g.members.join(', ')})`).join('; ');
  const who = `${role.charAt(0).toUpperCase()}${role.slice(1)}`;
  if (lang === 'nb') return holding.length === 1 ? `${who} står i målgruppen ${listed}.` : `${who} står i målgruppene ${listed}.`;
  return holding.length === 1 ? `${who} are in the target group ${listed}.` : `${who} are in the target groups ${listed}.`;
}
