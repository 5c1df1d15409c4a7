import type { Program } from '../../../catalog/catalog.schema';
import { letterAware, WORD_START } from './letter-aware';
import { TOLD_ROLE } from './role-groups';
import { GENERAL_WORDS } from './general-words';

/**
 * A program asked for by the role it is for. NTNU's document names programs after their roles
 * ("Forskergruppelederprogrammet", "Innovasjonslederprogrammet"); a leader asks for "et eget program for
 * forskningsgruppeledere", or for one "for people in my kind of role" after telling theirs.
 */
// "I run a research group", "jeg leder et studieprogram": the role told by what one leads (not "to lead one day").
const LEADS = String.raw`(?<!(?:\bto|${WORD_START}å) )\b(?:run|runs|running|lead|leads|leading|head|heads|manage|manages|leier|leiar|leder|styrer)`;
const ROLES: ReadonlyArray<readonly [RegExp, string]> = [
  [letterAware(new RegExp(String.raw`\b(forsknings?gruppe|forskings?gruppe|forskergruppe)(leder|leiar)\w*|\bresearch group (leader|lead|head)s?\b|${LEADS} (a|an|ei|en|ein|my|min|mi) (research group|forsk\w*gruppe)\b`)), 'forskergruppelederprogrammet'],
  [letterAware(new RegExp(String.raw`\bstudieprogram(leder|leiar)\w*|\bstudy program(me)? (leader|lead|head)s?\b|${LEADS} (a|an|et|eit|my|mitt|our|vårt) (study program(me)?|studieprogram)\b`)), 'studieprogramlederprogrammet'],
  [letterAware(/\binnovasjons(leder|leiar)\w*|\binnovation (leader|lead|manager)s?\b/), 'innovasjonslederprogrammet'],
];

/** "det programmet NTNU har for instituttledere": a program with content of its own, named by its role only here. */
const HEADS: readonly [RegExp, string] = [letterAware(/\binstitutt(leder|leiar)\w*|\bheads? of department\b|\bdepartment heads?\b/), 'instituttlederprogrammet'];

/** "et (eget) program for forskningsgruppeledere", "a programme specifically for innovation leads", "NTNU-opplegget for
 * instituttledere". */
const PROGRAM_FOR = letterAware(/\b(et |eit |noe |noko |a |any )?(?:eget |eige |own |separate |dedicated )?(?:leder|leiar|leadership |leader )?(?:utviklings|development )?(?:program(?:me|met)?s?|opplegg(?:et)?|tilbud(?:et)?|course|offering) (?:(?:som |that |which )?(?:ntnu|de|dei|dere|dykk|they|you) (?:har|has|have|runs?|tilbyr|offers?) )?(?:(?:specifically|especially|just|only|spesielt|særskilt|bare|berre) )?(?:for|til|retta mot|rettet mot|aimed at|meant for) (\S+(?: \S+){0,2})/);
/** "for people in my kind of role", "for folk som meg", "for oss": the role the asker told. */
const FOR_MY_ROLE = letterAware(/\bfor (?:(?:people|someone|leaders) (?:in|like|with) )?(?:my|our) (?:kind of |type of |sort of )?(?:role|position|job)s?\b|\bfor (?:people|someone) like (?:me|us)\b|\bfor (?:folk|slike|sånne|ledere) som (?:meg|oss)\b|\bfor (?:min|vår|mi) (?:rolle|stilling)\b|\bfor oss\b/);

/** The message with a program asked for by its role named by the program's name. */
export function withRoleProgram(text: string, told: string | undefined): string {
  const mine = FOR_MY_ROLE.exec(text);
  // "I run a research group": the role by its program's own word ("forskergruppeleder"), whatever the words told.
  const saidRole = mine ? ROLES.map(([re, name]) => (re.test(`${told ?? ''} ${text.slice(0, mine.index)}`) ? name.replace(/programmet$/, '') : undefined)).find((r) => r !== undefined) : undefined;
  const t = mine && saidRole ? text.replace(mine[0], `for ${saidRole}`) : text;
  const asked = PROGRAM_FOR.exec(t);
  // "Is the department head programme only for department heads?" asks whom that program is for.
  const heads = asked && !/\b(only|just|solely|strictly|exclusively|bare|berre|kun|utelukkende)\b/.test(asked[0]) ? [HEADS] : [];
  const found = asked ? [...ROLES, ...heads].map(([re, name]) => [re.exec(asked[2]), name] as const).find(([m]) => m !== null) : undefined;
  if (!asked || !found?.[0]) return t;
  // "er det et eget program for studieprogramledere?" → "er det et studieprogramlederprogrammet?": the article and
  // what follows the role stay.
  const [m, name] = found;
  return t.replace(asked[0], `${asked[1] ?? ''}${name}${asked[2].slice((m.index) + m[0].length)}`);
}

/** "hvilket program passer for meg?", "Which program is meant for me?", "finnes eget program?": a program that fits. */
// "Hvilket av NTNUs programmer er mest aktuelt for meg?": "of NTNU's" and "most" may come between.
const FIT_ASKED = letterAware(/\b(?:hvilke[tn]?|kva(?: for(?: eit| ein)?)?|hva for(?: et| en)?|which|what)\s+(?:\S+\s+){0,2}(?:program\w*|tilbud\w*|tilbod\w*|opplæring\w*|kurs\w*|training|courses?|offers?)\b[^?]*?\b(?:passer|passar|egner|eignar|er (?:mest |best |mer )?(?:ment|meint|beregnet|berekna|relevant|aktuelt|aktuell|riktig|rett|laget|laga|for)|bør|skal|fits?|suits?|(?:is|are) (?:meant|right|relevant|designed|best|made|intended|for)|should)\b|\b(?:finnes|fins|finst|is there|are there|har (?:ntnu|dere|dykk|de|dei))\b[^?]*?\b(?:eget|eige|own|separate|dedicated|specific|særskilt|spesielt)\s+(?:program\w*|tilbud\w*|tilbod\w*)|\b(?:finnes|fins|finst|is there|are there|har (?:ntnu|dere|dykk|de|dei))\b[^?]*?\w*program\w*\b[^?]*?\bfor\s+(?:meg|oss|me|us|people|someone|folk|slike|sånne|min|mi|vår|my|our)\b/);
/** "hvilket program …?", "which programme …?": a program asked for by a question word, not whether one exists. */
export const WHICH_ASKED = letterAware(/\b(?:hvilke[tn]?|kva for|hva for|which|what)\s+(?:\S+\s+)?(?:program\w*|tilbud\w*|tilbod\w*|opplæring\w*|kurs\w*|training|courses?|offers?)\b/);

/**
 * "Er studieprogramleder, hvilket program passer for meg?": the program named after the role the asker told (in the
 * message or before it), when one is; its id's tail ("studieprogramlederprogrammet").
 */
export function roleProgramAsked(text: string, told: string | undefined): string | undefined {
  const question = text.split(/(?<=[.!?])\s+/).filter((s) => s.includes('?')).pop() ?? text;
  if (!FIT_ASKED.test(question)) return undefined;
  const said = `${told ?? ''} ${text}`;
  const found = ROLES.filter(([re]) => re.test(said));
  return found.length === 1 ? found[0][1] : undefined;
}

/** "Finnes det …?", "Is there …?": whether a thing exists, asked yes or no. */
// "Er Stjerneprogrammet (fortsatt) en del av NTNUs lederutvikling?", "Is the mentor programme part of it?": belonging to the
// umbrella is what its list of examples says too.
const EXISTS = letterAware(/^(?:(?:og|and|men|but|så|so)\s+)?(?:finnes|fins|finst|er det (?:et|eit|noe|noko)|har (?:ntnu|dere|dykk)|is there|are there|does ntnu (?:have|run|offer|provide)|do (?:you|they) (?:have|run|offer)|has ntnu|(?:driver|tilbyr|arrangerer|kjører) (?:ntnu|dere|dykk))\b|^(?:(?:og|and|men|but|så|so)\s+)?(?:er|is)\s+(?:\S+\s+){1,3}?(?:(?:fortsatt|framleis|fremdeles|ennå|still|really|egentlig)\s+)?(?:en |ein |a )?(?:del av|part of)\b/);

/**
 * "Finnes det et forskergruppelederprogram?": a program the documents only name as an example exists, and the
 * umbrella's list of examples says so; undefined when the question is not that.
 */
// `asksOfIt`: the question names a topic of the program; `words`, what else it names ("a deposit for the Star
// programme" asks of a thing of the program, not whether the program is there).
export function exampleAskedOf(focus: string, yesNo: boolean, programs: readonly Program[], program: (id: string) => Program | undefined, asksOfIt: boolean, words: readonly string[]): Program | undefined {
  const asked = focus.trim().split(/(?<=[.!?])\s+/).pop() ?? '';
  if (!yesNo || asksOfIt || programs.length !== 1 || !EXISTS.test(asked)) return undefined;
  const [p] = programs;
  const parent = p.parent ? program(p.parent) : undefined;
  // Words of the program's or its umbrella's name ("part of NTNU's leadership development") and words of how one asks
  // ("fortsatt") ask nothing of the program's own.
  const names = [p, parent].flatMap((x) => (x ? [x.name.nb, x.name.en, ...x.aliases] : [])).join(' ').toLowerCase();
  if (words.some((w) => !names.includes(w) && !GENERAL_WORDS.has(w))) return undefined;
  return parent?.facts.some((f) => f.topic === 'examples' && f.text.nb.includes(p.name.nb)) ? parent : undefined;
}

/**
 * "ny forskningsgruppeleder … hvilken ledergruppe hører jeg til, og hvilket program er aktuelt for meg?": the role the
 * first of two questions tells, told to the second when that asks for the program that fits; "Nyansatt
 * studieprogramleder her. Hvilken ledergruppe …, og hvilket program passer for meg?": so is a statement that opens
 * the message. Undefined otherwise: what else the second part asks is read as before.
 */
export function roleToldForSecond(first: string, second: string): string | undefined {
  const statement = first.split(/(?<=[.!])\s+/).filter((x) => !x.includes('?')).join(' ');
  const role = TOLD_ROLE.test(first.toLowerCase()) ? first : statement;
  return role && roleProgramAsked(second.toLowerCase(), role.toLowerCase()) ? role : undefined;
}
