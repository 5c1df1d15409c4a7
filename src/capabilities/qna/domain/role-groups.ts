import type { Fact, Program } from '../../../catalog/catalog.schema';
import type { Lang } from '../../../shared/i18n';
import { isGeneralWord } from './general-words';
import { isStopWord, words } from './text-analysis';

/** The asker tells their own role (or a colleague's): "jeg er …", "im a …", "hen er nettopp blitt …". */
export const TOLD_ROLE = /(^|[.!?]\s+|\b(og|and|men|but)\s+)(jeg|eg|i|vi|we|hen|han|hun|ho|he|she)\s*('m|\s+am|\s+er|\s+is|\s+are|\s+(har|have|has)\s+(nettopp\s+|nyleg\s+|akkurat\s+|just\s+)?(blitt|become|been made|been appointed))\b|\bim\s+(a|an|the)\b/;

/** Whether the asker takes part in something: "skal jeg være med på noe", "which parts would I take part in". */
export const TAKES_PART = /\b((være|vere) med|delta|deltar|deltek|take part|participate|join|be involved|involvert|aktuelt for (meg|oss)|relevant (for|to) (me|us))\b/;

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

/**
 * The facts of the programs that name the role the asker told before the question ("Jeg er kontorsjef …": pillar 2
 * "utvidet med kontorsjefer", pillar 3 "med kontorsjefer"). The rarest role word the facts hold decides; undefined
 * when no word of the context names anything in one to four facts.
 */
export function roleFacts(text: string, focus: string, programs: readonly Program[]): Array<{ p: Program; f: Fact }> | undefined {
  const context = text.replace(focus, ' ');
  const facts = programs.flatMap((p) => p.facts.map((f) => ({ p, f, words: words(`${f.text.nb} ${f.text.en}`) })));
  const candidates = words(context).filter((w) => w.length >= 6 && !isStopWord(w) && !isGeneralWord(w) && !programs.some((p) => p.name.nb.toLowerCase().includes(w)))
    .map((w) => {
      const prefix = w.slice(0, Math.max(5, w.length - 2));
      return facts.filter((x) => x.words.some((fw) => fw.startsWith(prefix)));
    })
    // The timeline's cells name roles too ("kontorsjef" in a kick-off's cell); the parts of the program that name
    // the role come first, the timeline only when nothing else does.
    .map((found) => (found.some((x) => x.f.topic !== 'timeline') ? found.filter((x) => x.f.topic !== 'timeline') : found))
    .filter((found) => found.length >= 1 && found.length <= 4)
    .sort((a, b) => a.length - b.length);
  return candidates[0]?.map(({ p, f }) => ({ p, f }));
}
