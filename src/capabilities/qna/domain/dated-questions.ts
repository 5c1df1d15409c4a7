import type { Gathering, Program } from '../../../catalog/catalog.schema';
import type { Lang } from '../../../shared/i18n';
import type { Answer } from './answer';
import type { QnaState } from './conversation-state';
import { joinNames, schedulesOf, shortName } from './date-answers';
import { sourceOf, type FactAnswers } from './fact-answers';
import { refusalAndWhom } from './answer-shapes';
import { borrowedFigure, borrowedLine } from './borrowed-figures';
import type { ReadQuestion } from './read-question';
import type { CatalogRetriever } from './retrieval';
import { conceptOfWord, normalise, words } from './text-analysis';

/**
 * Questions about the dated gatherings that dates alone do not answer: a year the documents give no gatherings for,
 * an event they name without a date, and what happens at one gathering.
 */
export class DatedQuestions {
  constructor(private readonly retriever: CatalogRetriever, private readonly facts: FactAnswers) {}

  /** Whether the question names a place or event of the documents that none of the dated gatherings is at or called. */
  namesUndated(focus: string, dated: readonly Program[]): boolean {
    // Only a name that says which gathering ("Oppdal-samlingen", "the Oppdal leadership gathering"), not where one
    // travels from ("fra Oslo").
    // "lerkendalsamlingen" is "Lerkendal-samlingen" written as one word: the name is read off the compound.
    const text = focus.replace(/(?<![\p{L}])(\p{L}{3,}?)(samling\p{L}*|samlinga\p{L}*)(?![\p{L}])/gu, (m, name: string, rest: string) => (this.retriever.namesIn(name).length > 0 ? `${name} ${rest}` : m));
    const ws = words(text);
    const near = (w: string): boolean => ws.some((x, i) => x === w && ws.slice(Math.max(0, i - 3), i + 4).some((y) => conceptOfWord(y) === '#gathering' || /(samling|gathering)/.test(y)));
    const names = this.retriever.namesIn(text).filter(near);
    if (names.length === 0) return false;
    const told = normalise(dated.flatMap((p) => [p.name.nb, p.name.en, ...p.aliases, ...p.cohorts.flatMap((c) => c.gatherings.flatMap((g) => [g.place?.name ?? '', g.place?.city ?? '', g.title.nb, g.title.en, g.agenda?.nb ?? '']))]).join(' '));
    return names.some((n) => !told.includes(n));
  }

  /**
   * "Når er samlingene på LEDPRO i 2025?": the documents date one cohort; a year they give no gatherings for is
   * not in them, said with the years they do give, never answered with another year's dates.
   */
  otherYear(read: ReadQuestion, dated: readonly Program[], lang: Lang): Answer | undefined {
    const named = new Set(dated.flatMap((p) => (`${p.name.nb} ${p.name.en} ${p.aliases.join(' ')}`.match(/\b20\d\d\b/g) ?? [])));
    const asked = [...new Set(read.focus.match(/\b20\d\d\b/g) ?? [])].map(Number).filter((y) => !named.has(String(y)));
    if (asked.length === 0 || dated.length === 0) return undefined;
    const years = new Set<number>();
    for (const s of schedulesOf(dated)) {
      for (const g of s.cohort.gatherings) {
        const day = g.start ?? g.firstDay;
        if (day) years.add(Number(day.slice(0, 4)));
      }
      if (s.cohort.applicationDeadline) years.add(Number(s.cohort.applicationDeadline.slice(0, 4)));
    }
    if (years.size === 0 || asked.some((y) => years.has(y))) return undefined;
    const given = [...years].sort().join(lang === 'nb' ? ' og ' : ' and ');
    const unknown = this.facts.unknown(lang, dated, dated, read.intent);
    const said = lang === 'nb'
      ? `Programdokumentene gir bare datoer for ${given}; datoer for ${asked.join(', ')} står ikke der.`
      : `The programme documents only give dates for ${given}; they do not give dates for ${asked.join(', ')}.`;
    return { ...unknown, text: `${said} ${unknown.text}` };
  }

  /**
   * "Hva er søknadsfristen for instituttlederprogrammet?": a program one does not apply to has no deadline; how one
   * gets onto it (its umbrella's "fakultetene nominerer deltakere") is said with that, rather than a bare unknown.
   */
  nominatedInstead(read: ReadQuestion, lang: Lang): Answer | undefined {
    if (!read.intent.topics.includes('deadline') || read.programs.length === 0) return undefined;
    const own = this.retriever.withDescendants(read.programs);
    if (own.some((p) => p.cohorts.some((c) => c.applicationDeadline) || p.facts.some((f) => f.topic === 'deadline' || f.topic === 'apply'))) return undefined;
    const umbrellas = [...new Set(read.programs.map((p) => (p.parent ? this.retriever.program(p.parent) : p)).filter((p): p is Program => p !== undefined))];
    const way = umbrellas.flatMap((p) => p.facts.filter((f) => f.topic === 'apply').map((f) => ({ p, f })))[0];
    if (!way || umbrellas.length !== 1) return undefined;
    const names = joinNames(read.programs.map((p) => shortName(p, lang)), lang);
    const none = lang === 'nb' ? `Dokumentet oppgir ingen søknadsfrist for ${names}` : `The document gives no application deadline for ${names}`;
    // Still an honest "not in the documents" (no deadline is given), with whom to ask after the way in.
    const unknown = this.facts.unknown(lang, read.programs, read.programs, read.intent);
    const { whom } = refusalAndWhom(unknown.text);
    const told = `${none}; ${way.f.text[lang].replace(/^./, (c) => c.toLowerCase())}`;
    // "Er søknadsfristen for instituttlederprogrammet 15. desember?": the date claimed is LEDPRO's, which is said too.
    const borrowed = borrowedFigure(read.focus, 'deadline', read.programs, this.retriever.catalog.programs, lang);
    if (borrowed) {
      const line = borrowedLine(lang, borrowed, names);
      return { ...unknown, kind: 'answer', text: `${told} ${line} ${whom}`.trim(), sources: [sourceOf(way.p, way.f, lang), sourceOf(borrowed.p, borrowed.f, lang)], facts: [`${way.p.id}/${way.f.id}`, `${borrowed.p.id}/${borrowed.f.id}`] };
    }
    return { ...unknown, text: `${told} ${whom}`.trim() };
  }

  /**
   * A question about what happens at one gathering ("hvilket tema har den samlingen?"): its agenda when the catalog
   * has one, else an honest "the document does not say" — never the program's themes in general.
   */
  aboutOneGathering(read: ReadQuestion, dated: readonly Program[], state: QnaState | undefined, lang: Lang): Answer | undefined {
    const topic = read.intent.topics[0];
    if (!topic || !['themes', 'content', 'format'].includes(topic)) return undefined;
    const m = /\b(?:samling|gathering|session)\s*(\d)\b/.exec(read.focus);
    // "den tredje samlingen", "the third session": the number the intent read from the ordinal.
    const ordinal = read.intent.date?.kind === 'gathering' && read.intent.date.also === undefined ? read.intent.date.number : undefined;
    const number = m ? Number(m[1]) : /\b(den samlingen|denne samlingen|den samlinga|that gathering|this gathering)\b/.test(read.focus) ? state?.gathering : ordinal;
    if (number === undefined) return undefined;
    const found = schedulesOf(dated).flatMap((s) => s.cohort.gatherings.filter((g) => g.number === number).map((g) => ({ g, ps: s.programs })));
    // An agenda every gathering shares ("Hver samling har et hovedtema") says nothing about this one.
    const specific = (x: { g: Gathering; ps: Program[] }): boolean => {
      const all = schedulesOf(x.ps).flatMap((s) => s.cohort.gatherings);
      return x.g.agenda !== undefined && all.filter((o) => o.agenda?.nb === x.g.agenda?.nb).length === 1;
    };
    const withAgenda = found.find(specific);
    if (withAgenda?.g.agenda) {
      const ps = withAgenda.ps;
      return this.facts.answer(lang, `${lang === 'nb' ? 'Samling' : 'Gathering'} ${number}: ${withAgenda.g.agenda[lang]}`, ps.map((p) => sourceOf(p, p.facts.find((f) => f.topic === 'dates'), lang)), ps, read.intent);
    }
    return found.length > 0 ? this.facts.unknown(lang, found[0].ps, found[0].ps, read.intent) : undefined;
  }
}
