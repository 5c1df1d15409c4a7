import type { Program } from '../../../catalog/catalog.schema';
import { TAKEN_PART } from './intent-adjustments';
import type { QuestionForm } from './question-form';
import type { ProgramMatch } from './program-names';
import { gathersIn } from './question-clauses';
import { designatedPart } from './reader-lookups';
import { setAsideIn, THE_TWO } from './reader-vocabulary';
import type { CatalogRetriever } from './retrieval';
import { letterAware } from './letter-aware';

/** "det er åpent for …", "siden det er …", "is it open to …": a claim whose subject points back. */
/** "… financial support for it?", "hvem spør jeg om det?": a question that ends pointing back at what was talked of. */
const ASKED_OF_IT = /\b(for|to|of|about|on|in|with|til|på|om|i|med|for|av)\s+(it|that|this|det|den|dette|denne)\s*[?.!]*\s*$/;
const CLAIM_OF_IT = letterAware(/^(?:(?:ok|okay|så|men|og|and|so|but|siden|sidan|since|as)[,.]?\s+){0,2}(?:det|den|it)\s+(?:er|is)\s+(?:vel\s+|jo\s+|bare\s+|berre\s+|only\s+)?(?:åpent?|ope|opent|open|meant|ment|meint|for)\b/);
const GATHERINGS_COUNTED = letterAware(/\b(\d|two|three|four|five|six|seven|eight|to|tre|fire|fem|seks|sju|syv|åtte)\s+(samling\w*|gatherings?|sessions?|seminars?)\b/);
const COUNT: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8 };

/** What the reader knows of the programs when it decides which one a message asks about. */
interface Named {
  /** Programs named anywhere in the message, and in its question. */
  readonly named: ProgramMatch;
  readonly namedFocus: ProgramMatch;
  /** A program named only to compare with ("sånn som på LEDPRO"). */
  readonly compared: boolean;
  readonly fromState: Program[];
  readonly focus: string;
  readonly text: string;
  readonly form: QuestionForm;
  /** The program of a linked base group. */
  readonly home?: string;
  /** "LEDPRO 1 og 2": the two designators. */
  readonly both: readonly string[] | null;
}

/**
 * The programs a message asks about: those it names, a part it designates of the family it or the conversation
 * names (not a part told as taken), the programs its words sign, else the conversation's. `designated`: a part was
 * picked by its designator. `aside`: the words of a program set aside ("andre programmer enn …").
 */
export function programsAsked(retriever: CatalogRetriever, { named, namedFocus, compared, fromState, focus, text, form, home, both }: Named): { programs: Program[]; designated: boolean; aside: string } {
  let programs = named.programs.filter((p) => !named.programs.some((c) => c.parent === p.id));
  // "Hvilke andre programmer enn instituttlederprogrammet nevner NTNU?": a program set aside is not the one asked
  // about; its umbrella is.
  const aside = setAsideIn(focus);
  const asideNamed = aside ? retriever.detectPrograms(aside).programs : [];
  if (asideNamed.length > 0 && programs.every((p) => asideNamed.includes(p))) {
    const umbrellas = [...new Set(asideNamed.map((p) => (p.parent ? retriever.program(p.parent) : undefined)).filter((p): p is Program => p !== undefined))];
    if (umbrellas.length > 0) programs = umbrellas;
  }
  let designated = false;
  // "I finished LEDPRO part 1 … What's different about part 2?": a part named in the question of the family the
  // message names is the one asked about.
  const partInFocus = namedFocus.programs.length === 0 && !compared && named.programs.length > 0 ? designatedPart(retriever, focus, named.programs) : undefined;
  if (partInFocus) { programs = [partInFocus]; designated = true; }
  // "I haven't done LEDPRO part 1. Can I go straight into part 2?": the part taken (or not) is the prerequisite; the
  // other part named is the program asked about.
  // "Hun har ikke tatt del 1, men …": the part told of may stand before the clause asked.
  const taken = TAKEN_PART.exec(focus) ?? TAKEN_PART.exec(text);
  const takenPart = taken ? /([12])\s*$/.exec(taken[0])?.[1] : undefined;
  const otherPart = takenPart ? [...focus.matchAll(/\b(?:del|part)\s*([12])\b/g)].map((m) => m[1]).find((n) => n !== takenPart) : undefined;
  const family = programs[0] ? retriever.familyOf(programs[0]) : fromState[0] ? retriever.familyOf(fromState[0]) : [];
  const asked = otherPart ? family.find((p) => p.aliases.some((a) => new RegExp(`(del|part) ${otherPart}$`, 'i').test(a))) : undefined;
  if (asked) { programs = [asked]; designated = true; }
  // "Vil ta LEDPRO del 2. … har aldri tatt del 1. Kan han hoppe rett på?": the part taken (or not) is no program
  // asked about; the other part the message or the conversation names is.
  const told = takenPart && !asked && programs.length === 1 ? [...text.matchAll(/\b(?:del|part)\s*([12])\b/g), ...fromState.flatMap((p) => p.aliases.flatMap((a) => [...a.matchAll(/\b(?:del|part)\s*([12])$/g)]))].map((m) => m[1]).find((n) => n !== takenPart) : undefined;
  const toldPart = told ? family.find((p) => p.aliases.some((a) => new RegExp(`(del|part) ${told}$`, 'i').test(a))) : undefined;
  if (toldPart && programs[0] !== toldPart && programs[0].aliases.some((a) => new RegExp(`(del|part) ${takenPart}$`, 'i').test(a))) { programs = [toldPart]; designated = true; }
  if (programs.length === 0) {
    // "så jeg må ha tatt del 1 først?" about part 2: a part one has taken is a prerequisite, not the program asked about.
    const taken = TAKEN_PART.test(focus);
    const part = taken ? undefined : designatedPart(retriever, focus, fromState) ?? designatedPart(retriever, text, fromState);
    // "Det er åpent for alle ledere i offentlig sektor, ikke sant?" about the program talked of: words one document
    // uses, claimed of "it", are a claim about that program, not a switch to the document that has them.
    const claimedOfIt = fromState.length > 0 && ((form.yesNo && CLAIM_OF_IT.test(focus)) || ASKED_OF_IT.test(focus));
    const inFocus = claimedOfIt ? [] : retriever.signaturePrograms(focus, fromState.length > 0);
    const signed = inFocus.length > 0 || claimedOfIt ? inFocus : retriever.signaturePrograms(text, fromState.length > 0);
    // "forskjellen på del 1 og del 2?" after LEDPRO: both parts of the conversation's family.
    // "Har del 1 og del 2 like mange samlinger?" with no program anywhere: the parts of the one family that has them.
    // "Eg tok del 1 … ho har fått plass på del 1, og eg vurderer del 2.": a scene that names two parts apart, with
    // nothing talked of, is about both. (A question's other part is mostly a prerequisite or a contrast.)
    const apart = new Set(text.includes('?') ? [] : [...text.matchAll(/\b(?:del|part)\s*([12])\b/g)].map((m) => m[1]));
    const numbers = both ? [both[1], both[2]] : fromState.length === 0 && apart.size > 1 ? [...apart] : [];
    const partsOf = (ps: readonly Program[]): Program[] => ps.filter((p) => p.aliases.some((a) => new RegExp(`(del|part) (${numbers.join('|')})$`, 'i').test(a)));
    const parts = numbers.length > 1 ? partsOf(fromState.length > 0 ? retriever.familyOf(fromState[0]) : retriever.catalog.programs) : [];
    // "forskjellen mellom de to?" / "hvis jeg tar begge, hva blir det totalt?" after one part of a family of two: both
    // parts.
    const pair = parts.length < 2 && (form.compare || form.total) && THE_TWO.test(focus) && fromState.length > 0 ? retriever.familyOf(fromState[0]) : [];
    if (parts.length === 2) { programs = parts; designated = true; } else if (pair.length === 2) { programs = pair; designated = true; } else if (part) { programs = [part]; designated = true; } else programs = signed.length > 0 ? signed : fromState;
    // In a linked base group, the group's program is the one meant among those the words point to, and when
    // nothing points anywhere; a program the conversation turned to stays.
    const own = home ? retriever.program(home) : undefined;
    if (own && !designated) programs = programs.includes(own) ? [own] : programs.length === 0 ? [own] : programs;
  }
  // "Når er første og siste samling i 2024?": with no program named, a year names those that gather in it.
  const year = programs.length === 0 ? /\b(20\d\d)\b/.exec(focus)?.[1] : undefined;
  if (year) programs = retriever.catalog.programs.filter((p) => gathersIn(p, year));
  // "Are all six sessions at the same place?": with no program named, the number of gatherings names those that have it.
  const counted = programs.length === 0 ? GATHERINGS_COUNTED.exec(focus) : null;
  const n = counted ? COUNT[counted[1]] ?? Number(counted[1]) : NaN;
  if (n > 1) {
    const having = retriever.catalog.programs.filter((p) => p.cohorts.some((c) => c.gatherings.length === n));
    if (having.length > 0) programs = having;
  }
  // "Hvor lang er en instituttledersamling sammenlignet med en LEDPRO-samling?": a comparison that names one family
  // and signs another by its own words sets the two side by side.
  if (form.compare && named.programs.length > 0 && programs.length > 0) {
    const family = retriever.familyOf(programs[0]);
    const others = retriever.signaturePrograms(focus).filter((p) => !family.includes(p) && !retriever.familyOf(p).some((q) => programs.includes(q)));
    if (others.length > 0 && programs.every((p) => family.includes(p))) programs = [...programs, ...others];
  }
  return { programs, designated, aside };
}
