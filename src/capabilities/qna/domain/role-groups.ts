import { keptValue } from '../../../shared/kept-value';
import type { Fact, Program } from '../../../catalog/catalog.schema';
import type { Lang } from '../../../shared/i18n';
import { isGeneralWord } from './general-words';
import { isStopWord, words } from './text-analysis';
import { letterAware } from './letter-aware';
import { GROUP_OF_MINE } from './everyday-cues';

/** The role the asker tells ("jeg er rådgiver på …", "I work at …"), up to where it is placed. */
const ROLE_TOLD = letterAware(/\b(?:i'm|i am|im|jeg er|eg er|vi er|we are|we're|hen er|han er|hun er|ho er|she is|he is|she's|he's|(?:i|we|jeg|eg|vi) (?:work|jobber|jobbar|arbeider|arbeidar) (?:at|in|for|i|på|hos|ved|som|as))\s+(?:a |an |the |en |ein |ei |et |eit )?([^.,;!?]+?)(?=\s+(?:at|in|for|with|i|på|hos|ved|med|og|and|but|men|who|som)\b|[.,;!?]|$)/i);

/** The asker tells their own role (or a colleague's): "jeg er …", "im a …", "hen er nettopp blitt …", "just started as …". */
export const TOLD_ROLE = /(^|[.!?]\s+|\b(og|and|men|but)\s+)(jeg|eg|i|vi|we|hen|han|hun|ho|he|she)\s*('m|\s+am|\s+er|\s+is|\s+are|\s+(har|have|has)\s+(nettopp\s+|nyleg\s+|akkurat\s+|just\s+)?(blitt|become|been made|been appointed))\b|\bim\s+(a|an|the)\b|^(?:just |nettopp )?(?:started|startet|begynte|begynt) (?:as|som)\b|^(?:(?:er|am) )?(?:new|ny|nyansatt|nyutnevnt|nytilsatt|newly appointed)\s+(?!(?:program|course|kurs|studie)\w*\b)[a-zæøå-]{4,}/;

/** Whether the asker takes part in something: "skal jeg være med på noe", "which parts would I take part in". */
export const TAKES_PART = letterAware(/\b((være|vere) med|(er|am|is) (jeg|eg|i|hun|han|ho|she|he) (\w+ )?(med på|med i|included in|involved in)|involves? (me|us|her|him|them)|delta|deltar|deltek|take part|participate|join|be involved|be (a )?part of|(være|vere) (en )?del av|involvert|aktuelt for (meg|oss)|relevant (for|to) (me|us))\b/);

/** Whether the asker asks if a program suits them: "would LEDPRO be relevant for me?", "passar studiet for meg òg?". */
// "am I part of it at all?", "er jeg med i det?", "hører jeg inn under det?": belonging asked of oneself; "Er LEDPRO
// for meg?", "is it for me?": plainly.
export const FITS_ME = /(?:\b(?:closed|stengt|lukket|lukka|relevant|aktuel\w*|suitable|suit(s|ed)?|fit(s|ted)?|right|meant|passe[rt]?|passar|passa|egna|egnet|noe|noko|something|for|open|ope|opent)|(?<![a-zæøå])(?:åpen|åpent))\b.{0,25}\b(for|to)\s+((someone|somebody|people|anyone) like |sånne som |slike som |folk som |en som |ein som |ei som |noen som |nokon som )?(meg|me|oss|us|henne|han|ho|her|him)\b|\b(am i|are we|is she|is he|er jeg|er eg|er vi|er me|er hun|er han|er ho)\s+(really\s+|actually\s+|egentlig\s+|eigentleg\s+)?(a\s+)?(part of|included in|covered by|in the target group|med i|en del av|ein del av|omfattet av|omfatta av|inkludert i|i målgruppa|i målgruppen)\b|\b(do|does) (i|we|she|he) (belong|count|qualify|fall under)\b|\b(hører|høyrer|tilhører) (jeg|eg|vi|me|hun|han|ho) (til|inn under|med)\b|^(?:så |so |men |but |og |and )?(?:er|is)\s+(?:det|dette|den|denne|it|this|that|ledpro(?: ?[12])?|(?:del|part) ?[12]|programmet|studiet|kurset|instituttlederprogram\w*|the (?:program\w*|course|study)|this (?:program\w*|course)|dette (?:programmet|kurset|studiet))\s+(?:(?:egentlig|eigentleg|really|actually|virkelig)\s+)?for\s+(?:meg|me|oss|us|henne|han|ho|her|him)\b/;

/** An adviser's role ("seniorrådgiver", "HR adviser"): a staff role. */
const ADVISER = /(rådgiver|rådgjevar|rådgivar|adviser|advisor|konsulent|consultant)$/;

/**
 * Whether a role the asker tells of themselves ("I'm a union rep at …", "Eg er hovudtillitsvald i kommunen") is named
 * in the text: a word of the role that starts a word of the text, or a word of the text (its first eight letters)
 * that stands inside a compound of the role ("hovudtillitsvald" holds "tillitsv" of "tillitsvalgte"). Undefined when
 * the asker tells no role.
 */
export function roleNamedIn(question: string, text: string): boolean | undefined {
  const told = ROLE_TOLD.exec(question)?.[1];
  if (!told) return undefined;
  const role = words(told).filter((w) => w.length >= 3 && !isStopWord(w));
  const stated = words(text).filter((w) => w.length >= 5);
  // An adviser (rådgiver) works in a staff: the staff members and consultants a target group names.
  if (role.some((r) => ADVISER.test(r)) && /(stabsmedarbeid|staff advis|staff member|konsulent|consultant)/i.test(text)) return true;
  // A compound's head names its kind too: an "enhetsleder" is one of the "ledere".
  return role.some((r) => stated.some((s) => (r.length >= 5 && s.startsWith(r.slice(0, Math.max(5, r.length - 2))))
    || (s.length >= 8 && r.length > 8 && r.includes(s.slice(0, 8))) || (r.length > s.length && r.endsWith(s.slice(0, 5)))));
}

/** "Hvilken ledergruppe hører jeg til?", "Which leader group am I in?": the asker's place among the groups listed. */
export const GROUP_OF_ME = /\b(hvilken|hvilke|kva for ei?n?|which|what)\s+(?:leader |leadership |lede?r|leiar)?(gruppe|group|kategori|category|nivå|level|målgruppe|target group)\w*\s+(?:(?:of|av) (?:leaders|managers|ledere|leiarar)\s+)?(hører|høyrer|havner|hamnar|faller|fell|tilhører|er|blir|kommer|kjem|regnes|reknast|rekna|inngår|am|do|would|does|fall|belong|fit|are|is)\b|\b(samme|same)\s+(gruppe|group|kategori|category|nivå|level)\w*|\b(havner|hamnar|hører|høyrer|faller|fell|fall|falls|belong|belongs|am|are|is|er)\b[^?]{0,30}\b(i|in|til|to|under|into)\s+(den|denne|that|this)\s+(kategorien|gruppen|gruppa|category|group|level|nivået)/;

/** "jeg leder en forskergruppe", "I run a research group": the role as its own word ("forskergruppeleder", "leader"). */
const LED_BY_ME = /\b(?:leder|leier|leiar|styrer|run|runs|lead|leads|head|heads|manage|manages)\s+(?:a|an|en|ei|ein|et|eit|my|min|mi|mitt)\s+(\p{L}+)(?:\s+(group|team|programme|program))?/gu;
const ledWords = (question: string): string[] => [...question.matchAll(LED_BY_ME)]
  .flatMap((m) => (m[2] ? [m[1], m[2], 'leader'] : [`${m[1]}leder`, `${m[1]}leiar`]));

interface Group { readonly name: string; readonly members: readonly string[] }
const readGroups = (fact: string): readonly Group[] => [...fact.matchAll(/([^;:()]+?)\s*\(([^()]+)\)/g)]
  .map((m) => ({ name: m[1].trim(), members: m[2].split(/,\s*|\s+(?:og|and)\s+/).map((x) => x.trim()) }));

/**
 * The groups a fact lists, read once per fact text: every question that tells a role reads the target-group facts
 * again, and the pattern scans the whole text. Bounded (cleared when full), though facts are few.
 */
const groupsOfText = new Map<string, readonly Group[]>();
function groupsIn(fact: string): readonly Group[] {
  return keptValue(groupsOfText, fact, readGroups, 500);
}

/**
 * "Jeg er forskningsgruppeleder – hvilken gruppe hører jeg til?" over a fact that lists groups of leaders with their
 * members ("nivå 4-ledere (forskningsgruppeledere, studieprogramledere, …)"): the groups that hold the asker's role,
 * said first. `other` is the same fact in the other language, which lists the groups in the same order: a role
 * written in bokmål in an English question is found there. Undefined when the fact lists no such groups or the
 * question names no member of them.
 */
export function groupsOfRole(fact: string, question: string, lang: Lang, other?: string): string | undefined {
  const groups = groupsIn(fact);
  if (groups.length < 3) return undefined;
  const others = other ? groupsIn(other) : [];
  const asked = [...words(question), ...ledWords(question)];
  const bare = (w: string): string => w.replace(/(ene|ere|er|e|s)$/, '');
  // A member is named when each of its words starts a word of the question, endings aside ("forskningsgruppeleder"
  // names "forskningsgruppeledere", "research group leader" names "research group leaders"), or by a compound with
  // the same head and first letters ("forskergruppeleder" for "forskningsgruppeledere").
  const names = (item: string): boolean => item.length >= 8 && (words(item).every((w) => asked.some((a) => a.startsWith(w.slice(0, Math.max(4, w.length - 2)))))
    || (!item.includes(' ') && asked.some((a) => a.length >= 8 && bare(a).slice(-7) === bare(item).slice(-7) && a.slice(0, 5) === item.slice(0, 5))));
  const held = (g: Group, i: number): boolean => g.members.some(names) || names(g.name) || (others.length === groups.length && (others[i].members.some(names) || names(others[i].name)));
  const holding = groups.filter(held);
  if (holding.length === 0 || holding.length === groups.length) return undefined;
  // The role as the answer's language writes it: the member named, or the one in the same place of the other list.
  const first = groups.indexOf(holding[0]);
  const at = others[first]?.members.findIndex(names) ?? -1;
  const role = holding.flatMap((g) => [...g.members, g.name]).find(names) ?? (at >= 0 ? groups[first].members[at] : undefined) ?? holding[0].name;
  const listed = holding.map((g) => `${g.name} (${g.members.join(', ')})`).join('; ');
  const who = `${role.charAt(0).toUpperCase()}${role.slice(1)}`;
  if (lang === 'nb') return holding.length === 1 ? `${who} står i målgruppen ${listed}.` : `${who} står i målgruppene ${listed}.`;
  return holding.length === 1 ? `${who} are in the target group ${listed}.` : `${who} are in the target groups ${listed}.`;
}

/** "Hvilke ledere regnes som nivå 4-ledere?", "who counts as a level 4 leader?": the members of a group named. */
export const MEMBERS_ASKED = /\b(hvilke|hvem|kven|kva for|which|who|what)\b[^?]{0,40}\b(regnes som|reknast som|rekna som|counts? as|are counted as|is counted as|hører til|høyrer til|inngår i|belong to|are in|is in|er i)\b/;

/**
 * The group of a listing that the question names by its name ("nivå 4-ledere", "level 4 leaders"), with its members;
 * undefined when no group's every word stands in the question.
 */
// `other`: the same fact in the other language, whose group names an English question may quote ("'nivå 4-ledere'").
export function membersOfGroup(fact: string, question: string, lang: Lang, other?: string): string | undefined {
  const asked = words(question);
  const groups = groupsIn(fact);
  const others = other ? groupsIn(other) : [];
  const says = (name: string): boolean => words(name).every((w) => asked.some((a) => a.startsWith(w.slice(0, Math.max(4, w.length - 2))) || (w.length <= 2 && a === w)));
  const named = groups.filter((g, i) => says(g.name) || (others.length === groups.length && says(others[i].name)));
  if (named.length !== 1) return undefined;
  const g = named[0];
  const name = `${g.name.charAt(0).toUpperCase()}${g.name.slice(1)}`;
  return lang === 'nb' ? `${name} er ${joinList(g.members, 'og')}.` : `${name} are ${joinList(g.members, 'and')}.`;
}
const joinList = (xs: readonly string[], and: string): string => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1]}`);

/** The listing among the programs' target-group facts that holds the role the question tells, with its answer. */
// `by`: 'members', only a group named after "regnes som" answers ("who else is in it besides people like me?" is no
// question of one's own group); 'role', only the role told does ("Så jeg faller inn i den kategorien?").
export function listingOfRole(question: string, programs: readonly Program[], lang: Lang, by: 'members' | 'role' | 'either' = 'either'): { text: string; program: Program; fact: Fact } | undefined {
  for (const p of programs) {
    for (const f of p.facts.filter((x) => x.topic === 'target-group')) {
      // The group is named after "regnes som" ("which level do I count as?" names none: the asker's role decides).
      const members = by === 'role' ? null : MEMBERS_ASKED.exec(question);
      const other = f.text[lang === 'nb' ? 'en' : 'nb'];
      const named = members ? membersOfGroup(f.text[lang], question.slice(members.index + members[0].length), lang, other) : undefined;
      const text = named ?? (by === 'members' ? undefined : groupsOfRole(f.text[lang], question, lang, other));
      if (text) return { text, program: p, fact: f };
    }
  }
  return undefined;
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

/**
 * "Jeg er forskergruppeleder. Hvilken ledergruppe hører jeg til?": the group of the documents' listing (in `listingOf`,
 * the programs asked about, their umbrellas, then all) that holds the role; "Hvilke ledere regnes som nivå
 * 4-ledere?": the members of the group named; "Så jeg faller inn i den kategorien?": the role told in the question
 * before (`before`, the conversation's last question and what was told).
 */
export function groupListingAsked(read: { focus: string; text: string }, topics: readonly string[], listingOf: () => readonly Program[], lang: Lang, before?: { told?: string; question?: string }): { text: string; program: Program; fact: Fact } | undefined {
  const ofMine = GROUP_OF_ME.test(read.focus) || GROUP_OF_MINE.test(read.focus);
  if (!ofMine && !(MEMBERS_ASKED.test(read.focus) && (topics.length === 0 || topics[0] === 'target-group'))) return undefined;
  // Gathered only for a question that asks a group: most do not.
  const listing = listingOf();
  return listingOfRole(read.text, listing, lang, ofMine ? 'either' : 'members')
    ?? (ofMine && before?.question ? listingOfRole(`${before.told ?? ''} ${before.question} ${read.text}`, listing, lang, 'role') : undefined);
}
