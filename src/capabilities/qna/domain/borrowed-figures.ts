import type { Fact, FactTopic, Program } from '../../../catalog/catalog.schema';
import type { Lang } from '../../../shared/i18n';
import { ALSO_ANSWERS } from './fact-answer-rules';
import { grouped } from './cost-words';
import { joinNames, shortName } from './date-answers';
import { claimedNumbers } from './question-form';

/** A figure the question gives for one program that only another program's document gives. */
export interface BorrowedFigure {
  readonly figure: number;
  readonly p: Program;
  readonly f: Fact;
  /** Every program of that provider whose fact on the topic gives the same figure (LEDPRO 1 and LEDPRO 2). */
  readonly owners: readonly Program[];
  /** The sentence of that fact which gives the figure. */
  readonly sentence: string;
}

/** "53 000", "kr 53 000", "3 175": thousands written with a space are one number. */
const numbersIn = (text: string): Set<number> =>
  new Set([...text.replace(/(\d)[\u00a0\u202f ](\d{3})\b/g, '$1$2').matchAll(/\d+/g)].map((m) => Number(m[0])));

/**
 * "Siden instituttlederprogrammet gir 30 studiepoeng, …", "Koster instituttlederprogrammet 53 000?": the program asked
 * about has no fact on the topic, and the figure claimed for it is another provider's (LEDPRO's credits or fee). A
 * figure under 10 ("2 semestre", "del 1") proves nothing and is not taken.
 */
export function borrowedFigure(focus: string, topic: FactTopic, asked: readonly Program[], all: readonly Program[], lang: Lang): BorrowedFigure | undefined {
  const figures = claimedNumbers(focus).map((c) => c.n).filter((n) => n >= 10);
  if (figures.length === 0) return undefined;
  const providers = new Set(asked.map((p) => p.provider));
  const accepted = new Set([topic, ...(ALSO_ANSWERS[topic] ?? [])]);
  for (const p of all) {
    if (providers.has(p.provider)) continue;
    for (const f of p.facts) {
      if (!accepted.has(f.topic)) continue;
      const figure = figures.find((n) => numbersIn(f.text[lang]).has(n));
      if (figure === undefined) continue;
      const sentence = f.text[lang].split(/(?<=[.!?])\s+(?=\p{Lu})/u).find((s) => numbersIn(s).has(figure)) ?? f.text[lang];
      const owners = all.filter((o) => o.provider === p.provider && o.facts.some((x) => accepted.has(x.topic) && numbersIn(x.text[lang]).has(figure)));
      return { figure, p, f, owners, sentence };
    }
  }
  return undefined;
}

/** "Tallet 30 gjelder LEDPRO 1 og LEDPRO 2, ikke Instituttlederprogrammet 2021-2025: LEDPRO 1 består av …". */
export function borrowedLine(lang: Lang, b: BorrowedFigure, asked: string): string {
  const theirs = joinNames(b.owners.map((p) => shortName(p, lang)), lang);
  const dated = b.f.topic === 'deadline' || b.f.topic === 'dates';
  const figure = grouped(b.figure, ' ');
  const what = dated ? { nb: 'Den datoen', en: 'That date' } : { nb: `Tallet ${figure}`, en: `The figure ${figure}` };
  return lang === 'nb' ? `${what.nb} gjelder ${theirs}, ikke ${asked}: ${b.sentence}` : `${what.en} belongs to ${theirs}, not to ${asked}: ${b.sentence}`;
}
