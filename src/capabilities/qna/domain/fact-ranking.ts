import { escapeRegExp } from '../../../shared/escape-reg-exp';
import { keptValue } from '../../../shared/kept-value';
import { FOCUS_ASK } from './reader-vocabulary';
import type { FactTopic } from '../../../catalog/catalog.schema';
import type { Lang } from '../../../shared/i18n';
import { countsWhatIsAsked, factStates } from './expected-figures';
import { claimedAmounts } from './question-form';
import type { FactCoverage } from './fact-coverage';
import { GENERIC_TOPICS } from './question-intent';
import type { ReadQuestion } from './read-question';
import type { Hit } from './retrieval';
import { stem, words } from './text-analysis';

/** How much holding what was asked counts against the search score and the asked topic when facts are ranked. */
const COVERAGE_WEIGHT = 2;
/** What a fact of the program asked about adds, over one of a program under it, when the topic is generic. */
const OWN_PROGRAM_WEIGHT = 0.75;
const OWN_TIE_BREAK = 0.1;
/** How many facts at most hold a concept that names a situation of its own (#midterm, #lake). */
const RARE_CONCEPT = 2;
/** A question after several things at once: "hvilke …" (plural), "what are the …". */
const PLURAL_ASK = /\b(hvilke|kva for nokre|what are the|which are the)\b/;

/** A fact that says its detail is missing from the document. */
const NOT_GIVEN = /\b(er ikke oppgitt|ikke er oppgitt|is not given|are not given)\b/i;

export interface RankOptions {
  readonly topic: FactTopic | undefined;
  /** The asked topic and the topics that also answer it. */
  readonly accepted: readonly FactTopic[];
  /** The topic was read from a sure cue ("hvor", "koster"). */
  readonly specific: boolean;
  readonly cover: FactCoverage;
  /** The question names its program in words (not only by a word that points to it, as "instituttleder" does). */
  readonly named?: boolean;
}

/**
 * The facts the search found, best answer first: the search score against the best, what each holds of the
 * question, the asked topic, a count or figure the question expects, the asked program's own fact, a list under the
 * asked heading, a list of all when several are asked for.
 */
/** A capitalised name of a fact's text (a person, a town) that the question names too. */
const namedIn = (text: string, focus: string): boolean => [...text.matchAll(/(?<!\p{L})[A-ZÆØÅ][a-zæøå]{3,}/gu)].some((m) => focus.includes(m[0].toLowerCase()));

export function rankHits(found: readonly Hit[], read: ReadQuestion, lang: Lang, o: RankOptions): Hit[] {
  const { form, programs } = read;
  const topic = o.topic;
  // Among close candidates, the fact that holds more of what was asked wins ("hvor lange er instituttledersamlingene").
  const top = found[0]?.score ?? 0;
  // A premise with a count ("10 samlinger") is checked against the fact that counts the same thing.
  const units = form.numbers.map((c) => c.unit).filter((u): u is string => u !== undefined);
  // Compiled once per question, not once per candidate.
  const unitPatterns = units.map((u) => new RegExp(`\\d+\\s*${u}`, 'i'));
  const counts = (h: Hit): number => (unitPatterns.some((re) => re.test(h.doc.fact.text[lang]) || re.test(h.doc.fact.text.nb)) ? 1 : 0);
  // "kost og losji er vel 3175 per natt?": the fact that states the amount claimed is the one to check it against.
  const amounts = claimedAmounts(form);
  const states = (h: Hit): number => (amounts.some((re) => re.test(h.doc.fact.text.nb) || re.test(h.doc.fact.text.en)) ? COVERAGE_WEIGHT : 0);
  const fits = (h: Hit): number => (form.expects && factStates(form.expects, h.doc.fact.text[lang]) ? 0.5 : 0);
  // A definite topic ("hvor", "koster") is read from sure cues; a looser one ("hva går det ut på") weighs less than
  // what the fact holds of the question's own words.
  const topicWeight = o.specific ? COVERAGE_WEIGHT : 1;
  // "Hva er tanken bak at NTNU satser på lederutvikling?": a purpose asked of the umbrella is its own, not that of a
  // program under it.
  // Of any other topic, the named program's own fact breaks a near tie with one of a program under it ("Which leaders is
  // NTNU's leader development meant for?": the umbrella's target groups, not the Head of Department programme's).
  const own = (h: Hit): number => (topic !== undefined && programs.includes(h.doc.program) ? (GENERIC_TOPICS.has(topic) ? OWN_PROGRAM_WEIGHT : o.named ? OWN_TIE_BREAK : 0) : 0);
  // "Hvilke temaer under virksomhetsstyring …?": a fact that lists under that very heading ("virksomhetsstyring: 1) …").
  const headings = read.coverageTerms.filter((t) => t.length >= 5);
  // Only a text with a "1)" can have one (a cheap test before the letter-aware patterns).
  const heads = (h: Hit): number => (h.doc.fact.text[lang].includes('1)') && headings.some((t) => listsUnder(t, h.doc.fact.text[lang])) ? 1 : 0);
  // "Hvilke hoveddeler består programmet av?": among close facts, the one that lists them all, not one of them.
  const listsAll = (h: Hit): number => (PLURAL_ASK.test(read.focus) && /1\)[^]*2\)[^]*3\)/.test(h.doc.fact.text[lang]) ? 0.5 : 0);
  // "halfway through the term", "et år ut i åremålsperioden": a concept of the question that one or two facts hold
  // names the situation those facts are about; it decides among close candidates as the asked topic does.
  const rare = read.terms.filter((t) => t.startsWith('#') && o.cover.rarity(t) <= RARE_CONCEPT);
  const holdsRare = (h: Hit): number => (rare.some((t) => h.doc.terms.has(t)) ? 1 : 0);
  // "LEDPRO talks about a 'learning organisation' – what is that?": a phrase the asker quotes is what is asked about;
  // the fact that has it (in any inflection) answers, whatever topic the words around it suggest.
  const quoted = quotedPhrases(read.text);
  // A fact that has the phrase among its keywords is about it; one that only mentions it in passing counts half.
  const quotes = (h: Hit): number => (quoted.some((re) => re.test(h.doc.fact.keywords.join(' '))) ? COVERAGE_WEIGHT
    : quoted.some((re) => re.test(`${h.doc.fact.text.nb} ${h.doc.fact.text.en}`)) ? COVERAGE_WEIGHT / 2 : 0);
  // "What does the programme focus on?": the fact that says what its focus is ("Fokus er både …"), not one that names
  // an important focus among others.
  const focusAsked = FOCUS_ASK.test(read.focus);
  const statesFocus = (h: Hit): number => (focusAsked && /\b(fokus er|the focus is)\b/i.test(h.doc.fact.text[lang]) ? 1 : 0);
  // "Hva er lærende ledelse i del 2?": a fact whose keywords hold a phrase of two or more words the question names is
  // about that very thing, as a quoted phrase is; looked at only when no word of the question tells facts apart.
  const spaced = ` ${read.focus.replace(/[^\p{L}\d]+/gu, ' ')} `;
  const names = (h: Hit): number => (read.coverageTerms.length === 0 && h.doc.fact.keywords.some((k) => k.length >= 8 && k.includes(' ') && spaced.includes(` ${k.toLowerCase()} `)) ? 1 : 0);
  // A testimonial ("Molde kommune har valgt …") shares the everyday words of a leader's story (kommune, erfaring,
  // resultater); with another topic asked, it does not answer in that topic's place.
  // Asked of by its own words in the question ("Molde", "results", the writer's name), it answers as any fact does.
  const ownWords = (h: Hit): boolean => h.doc.fact.keywords.some((k) => k.length >= 5 && read.focus.includes(k.slice(0, 6).toLowerCase()));
  const story = (h: Hit): number => (h.doc.fact.topic === 'testimonial' && topic !== undefined && topic !== 'testimonial' && !GENERIC_TOPICS.has(topic)
    && !ownWords(h) && !namedIn(h.doc.fact.text.nb, read.focus) ? -COVERAGE_WEIGHT : 0)
    // So does the OU fund's fact ("Offentlig ansatte kan søke OU-fondet …") for who may apply ("er det bare offentlig
    // ansatte som kan søke?"): it answers funding, asked of by its own words (fund, grant, støtte).
    + (h.doc.fact.topic === 'support' && topic === 'target-group' && !o.accepted.includes('support') && !ownWords(h) ? -COVERAGE_WEIGHT : 0);
  // "er alle samlingene på samme sted?" with no program named: a fact that gives the place answers before one that says
  // its program's places are not given ("Sted for de enkelte samlingene … er ikke oppgitt").
  const unstated = (h: Hit): number => (programs.length === 0 && NOT_GIVEN.test(h.doc.fact.text[lang]) ? -1 : 0);
  const rank = (h: Hit): number => unstated(h) + story(h) + h.score / Math.max(1, top) + COVERAGE_WEIGHT * o.cover.of(read, h) + counts(h) + fits(h) + (o.accepted.includes(h.doc.fact.topic) ? topicWeight : 0) + own(h) + heads(h) + listsAll(h) + holdsRare(h) + quotes(h) + states(h) + statesFocus(h) + names(h);
  const near = found.filter((h) => h.score >= top * 0.35 || counts(h) > 0 || states(h) > 0);
  // Each candidate ranked once: a sort compares it many times, and fits() runs a regex over the fact.
  const ranks = new Map(near.map((h) => [h, rank(h)] as const));
  const ranked = [...near.sort((a, b) => (ranks.get(b) ?? 0) - (ranks.get(a) ?? 0)), ...found.filter((h) => !near.includes(h))];
  // "Hvor lange er …?": among the close candidates, the first that states a duration (a count, a date) answers.
  // "Hvor mange hoveddeler …?": the one that counts what is asked ("fire hovedsøyler"), not any number ("Hovedsøyle 3").
  // What a fund gives is its own fact's to say: "hvor mye får man (fra fondet)?" is not answered by the fee's amount.
  const ofTopic = topic === 'support' && near.some((h) => o.accepted.includes(h.doc.fact.topic));
  const fitting = form.expects ? near.find((h) => (!ofTopic || o.accepted.includes(h.doc.fact.topic)) && factStates(form.expects ?? 'count', h.doc.fact.text[lang]) && (form.expects !== 'count' || countsWhatIsAsked(read.focus, h.doc.fact.text[lang]))) : undefined;
  return fitting && fitting !== ranked[0] && fitting.score >= top * 0.6 ? [fitting, ...ranked.filter((h) => h !== fitting)] : ranked;
}

/**
 * The pattern of a list under a heading that starts with a word, kept by word: a letter-aware pattern is compiled on
 * its first use, which cost more than the test itself when each question made its own. Bounded: cleared when full.
 */
const headingPatterns = new Map<string, RegExp>();
function headingPattern(term: string): RegExp {
  // "performance and operations management (virksomhetsstyring): 1) …": the heading may close a bracket.
  return keptValue(headingPatterns, term, (t) => new RegExp(`${t}\\p{L}*\\)?:\\s*1\\)`, 'iu'), 2_000);
}

/**
 * Whether a fact's text lists under a heading that starts with the word, kept per word and text: the same facts come
 * up for the same words on many questions, and the pattern is slow to rule out over a long list. Bounded.
 */
const headingLists = new Map<string, Map<string, boolean>>();
function listsUnder(term: string, text: string): boolean {
  // By word, then by text: the fact's text is kept as the key it is (a joined key would copy the long text each time).
  const ofTerm = keptValue(headingLists, term, () => new Map<string, boolean>(), 2_000);
  return keptValue(ofTerm, text, (t) => headingPattern(term).test(t));
}

/** Phrases the question puts in quotes ('…', "…", «…», “…”), as patterns that accept any inflection of each word. */
function quotedPhrases(text: string): RegExp[] {
  const out: RegExp[] = [];
  for (const m of text.matchAll(/(?:^|[\s(])['"«“‘]([^'"»”’]{4,60})['"»”’]/gu)) {
    const ws = words(m[1]).filter((w) => !w.includes('-'));
    if (ws.length === 0 || ws.every((w) => w.length < 4)) continue;
    out.push(new RegExp(`(?<![\\p{L}])${ws.map((w) => `${escapeRegExp(stem(w))}\\p{L}*`).join('[\\s-]+')}`, 'iu'));
  }
  return out;
}

