import type { Fact, Program } from '../../../catalog/catalog.schema';
import type { Lang } from '../../../shared/i18n';
import type { Answer } from './answer';
import type { QnaState } from './conversation-state';
import { sourceOf, type FactAnswers } from './fact-answers';
import { verdictWord } from './verdicts';
import type { QuestionReader, ReadQuestion } from './question-reader';
import { compareQuantities, comparedDirection, quantityOf, type Quantity } from './quantity-comparison';
import type { CatalogRetriever } from './retrieval';
import { ORDINALS, SAME_ASKED, TWO_PILLARS } from './reader-vocabulary';
import { comparedKind } from './side-by-side';

/**
 * Two pillars of one program side by side: named by number, by title or as "the two" of the last message, or one
 * named against the one just told; their gatherings' lengths weighed when that is asked.
 */
/** "hvordan er det i forhold?", "how does it compare?": how two things stand against each other. */
const IN_RELATION = /\b(i forhold|samanlikna|sammenlignet|in comparison|compared|how does (it|that) compare)\b/;
/** Something asked "in the two", "for both": of each of two things named before. */
const OF_THE_TWO = /\b(i|for|på|of|in|at|about|om) (de to|dei to|disse to|desse to|begge|both|the two|both of them)\b/;
/** "hvilken av dem", "which of the two": one of two things named before, picked out. */
const WHICH_OF_THEM = /\b(hvilken|hvilket|hvilke|kva for ein|kva for eit|which)( one)? (av|of) (dem|dei|de to|dei to|them|the two|these|those)\b/;
/** Two items of a list by number or ordinal ("number 3 and number 4", "den tredje og den fjerde"). */
const ITEM = String.raw`(?:(?:number|nummer|nr\.?|no\.?)\s*)?(\d|første|andre|tredje|fjerde|first|second|third|fourth)`;
const NUMBERED_PAIR = new RegExp(String.raw`(?<![\p{L}\d])${ITEM}\s*(?:,|og|and|&|vs\.?|versus|mot)\s*(?:the |den |det )?${ITEM}(?![\p{L}\d])`, 'u');
/** "de to", "the two", "them": the two things the last message named. */
const POINTS_TO_TWO = /\b(de to|dei to|disse to|desse to|the two|them|those|these|begge|both|av dem|av dei|av de|dem|hverandre|kvarandre|each other|each)\b/;

export class PillarsSideBySide {
  constructor(private readonly retriever: CatalogRetriever, private readonly facts: FactAnswers, private readonly reader: QuestionReader) {}

  /** Two pillars side by side, or undefined when the question does not set two apart. */
  pillars(read: ReadQuestion, scope: Program[], state: QnaState | undefined, lang: Lang): Answer | undefined {
    const { form, programs, intent } = read;
    // "what's the difference between pillar 3 and pillar 4?": both pillars, of the program that has pillars.
    // "Instituttlederprogrammet har både instituttledersamlinger og ledergruppesamlinger" → "hva er forskjellen på de to?"
    // "Er samlingene i søyle 3 like lange som instituttledersamlingene?": whether two are alike weighs them too.
    const weighs = form.compare || (SAME_ASKED.test(read.focus) && comparedKind(read) === 'duration');
    const named = weighs ? this.reader.pillarsTitled(read.focus, programs) : [];
    // "Hvor lange er samlingene i de to?" after a message naming two pillars asks the same of each.
    // "Hvilken av dem tar lengst tid?" weighs the two against each other too.
    // "Hvilken av dem er mest tilpasset den enkelte?" weighs the two as well.
    const ofEach = form.compare || form.comparative || OF_THE_TWO.test(read.focus) || WHICH_OF_THEM.test(read.focus);
    const last = ofEach && POINTS_TO_TWO.test(read.focus) ? state?.question : undefined;
    const before = named.length < 2 && last ? this.reader.pillarsTitled(last, programs) : [];
    const titled = named.length === 2 ? named : before.length === 2 ? before : [];
    // "How do the institute leader gatherings (pillar 1) differ from the leader group gatherings (pillar 2)?": two
    // pillars named by number anywhere in a comparison.
    const digitsNamed = weighs ? [...new Set([...read.focus.matchAll(/(?:s[øo]yle|pillar)\s*(\d)/g)].map((m) => m[1]))] : [];
    // One pillar by number, the other by its title ("søyle 3 … som instituttledersamlingene").
    const digits = digitsNamed.length === 1 && named.length === 1 && String(named[0]) !== digitsNamed[0] ? [digitsNamed[0], String(named[0])] : digitsNamed;
    // "Hovedsøyle 1 og 2 i instituttlederprogrammet" → "hva skiller de to?": the two pillars the last message named.
    const pointed = digits.length < 2 && titled.length < 2 && last ? TWO_PILLARS.exec(last) : null;
    // "What's the practical difference between number 3 and number 4?" right after the pillars were listed: those two.
    const listed = form.compare && state?.list === 'pillars' ? NUMBERED_PAIR.exec(read.focus) : null;
    const byNumber = listed ? ['', String(ORDINALS[listed[1]] ?? listed[1]), String(ORDINALS[listed[2]] ?? listed[2])] : null;
    const two = TWO_PILLARS.exec(read.focus) ?? byNumber
      ?? (titled.length === 2 ? ['', String(titled[0]), String(titled[1])] : digits.length === 2 ? ['', digits[0], digits[1]] : pointed);
    if (two) {
      const withPillars = (scope.some((p) => p.facts.some((f) => f.topic === 'pillars')) ? scope : this.retriever.catalog.programs).filter((p) => p.facts.some((f) => f.topic === 'pillars'));
      const found = [two[1], two[2]].map((n) => withPillars.flatMap((p) => p.facts.filter((f) => f.id === `pillar-${n}`).map((f) => ({ p, f })))[0]);
      if (withPillars.length === 1 && found.every((x) => x !== undefined)) {
        const hits = found as { p: Program; f: Fact }[];
        return lengthsWeighed(read, this.facts.ofFacts(lang, hits, intent, [hits[0].p]), hits.map(({ f }) => f), lang);
      }
    }
    // "og korleis skil det seg frå instituttleiarsamlingane?" after a pillar: the two pillars side by side.
    const lastPillar = state?.facts?.filter((id) => /\/pillar-\d$/.test(id));
    // "Hvor lange er instituttledersamlingene?" → "Og fellesopplæringen for alle ledere fakultetsvis – er den like lang,
    // eller hvordan er det i forhold?": another pillar named by its title anywhere in the message, set against the one
    // just told, when how they compare is asked.
    const weighed = form.compare || form.comparative || SAME_ASKED.test(read.focus) || IN_RELATION.test(read.focus);
    const lastProgram = weighed && lastPillar?.length === 1 ? this.retriever.program(lastPillar[0].split('/')[0]) : undefined;
    // "Og samlingene i søyle 3, er de like lange?": the other pillar named by number.
    const other = lastProgram ? [...new Set([...this.reader.pillarsTitled(read.text, [lastProgram]), ...(intent.pillar !== undefined ? [intent.pillar] : [])])].filter((n) => !lastPillar?.[0].endsWith(`/pillar-${n}`)) : [];
    if (lastProgram && other.length === 1) {
      const facts = [lastPillar?.[0].split('/')[1], `pillar-${other[0]}`].map((id) => lastProgram.facts.find((f) => f.id === id)).filter((f): f is Fact => f !== undefined);
      if (facts.length === 2) return lengthsWeighed(read, this.facts.answer(lang, facts.map((f) => f.text[lang]).join('\n\n'), facts.map((f) => sourceOf(lastProgram, f, lang)), [lastProgram], intent, facts.map((f) => `${lastProgram.id}/${f.id}`)), facts, lang, 1);
    }
    if (form.compare && intent.pillar !== undefined && lastPillar && lastPillar.length > 0 && !lastPillar.some((id) => id.endsWith(`pillar-${intent.pillar}`))) {
      const before = this.facts.again(lastPillar, lang, read);
      const now = this.facts.best(read, scope, lang);
      if (before && now.kind === 'answer') return { ...now, text: `${before.text}\n\n${now.text}`, sources: [...before.sources, ...now.sources], facts: [...(before.facts ?? []), ...(now.facts ?? [])] };
    }
    return undefined;
  }
}

/**
 * Two pillars' gatherings weighed by length ("er de like lange?", "which is longer?"): the two lengths in words first,
 * "Nei"/"No" when the same length is asked of lengths that differ. The answer as it is when a fact gives no length.
 */
function lengthsWeighed(read: ReadQuestion, answer: Answer, facts: readonly Fact[], lang: Lang, subject = 0): Answer {
  if (comparedKind(read) !== 'duration' && read.form.expects !== 'duration') return answer;
  const sides = facts.map((f) => ({ name: (lang === 'nb' ? /^Hovedsøyle \d/ : /^Pillar \d/).exec(f.text[lang])?.[0].toLowerCase(), q: quantityOf(f.text[lang], 'duration', true) }));
  if (sides.some((x) => !x.name || !x.q)) return answer;
  const direction = comparedDirection(read.focus) ?? 'either';
  const result = compareQuantities(sides.map((x) => ({ name: x.name as string, q: x.q as Quantity })), subject, direction, 'duration', lang);
  if (!result) return answer;
  const same = direction === 'either' && read.form.yesNo && SAME_ASKED.test(read.focus) ? (sides[0].q?.value === sides[1].q?.value ? 'yes' : 'no') : result.verdict;
  const said = `${result.text.charAt(0).toUpperCase()}${result.text.slice(1)}`;
  const lead = same && read.form.yesNo ? `${verdictWord(same, lang)}. ${said}` : said;
  return { ...answer, text: `${lead}\n\n${answer.text}` };
}
