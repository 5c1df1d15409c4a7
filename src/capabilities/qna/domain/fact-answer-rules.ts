import type { FactTopic } from '../../../catalog/catalog.schema';

// The thresholds and topic relations the fact answers are decided by.

/** Below this BM25 score nothing in the catalog really matches the question. */
export const MIN_SCORE = 2.5;

/** How something is run: "hvordan foregår", "gjennomført i praksis", "i hvilke former", "what does it look like". */
/** A way training is run, named: one to one, seminars, short group sessions, visits to management meetings. */
export const WAY_OF_RUNNING = /(en[- ]til[- ]en|ein[- ]til[- ]ein|one[- ]to[- ]one|one[- ]on[- ]one|\b1[:-]1\b|seminar|korte økter|short sessions|ledermøte|leiarmøte|management meetings|leadership meetings)/;
export const HOW_RUN = /\b(hvordan|korleis|how)\b|i praksis|in practice|\bformer\b|\bforms?\b|\b(måter|måtar|ways)\b|look like|funker|fungerer|delivered|gjennomført|gjennomføres/;

/** A BM25 score at which a fact that covers half the question answers it despite words the documents lack. */
export const STRONG_SCORE = 4;
/** Share of the question's content (weighted by rarity) a fact must contain to answer it. */
export const MIN_COVERAGE = 0.34;

/** Topics that ask for one definite fact: if the program has none, the honest answer is "not in the documents". */
export const SPECIFIC: ReadonlySet<FactTopic> = new Set(['fee', 'dates', 'place', 'credits', 'exam', 'admission', 'prerequisite', 'deadline', 'contacts', 'travel', 'lodging', 'support', 'examples']);
/**
 * Facts of these topics answer the asked one for programs that have no fact of it: NTNU's programmes have no fact on
 * the time between gatherings, and the one on how they work says it ("hjemmearbeid mellom samlingene").
 */
export const WHEN_NONE: Partial<Record<FactTopic, FactTopic[]>> = { 'between-gatherings': ['format'] };
/** Facts of these topics also answer the asked one. */
export const ALSO_ANSWERS: Partial<Record<FactTopic, FactTopic[]>> = {
  apply: ['deadline', 'admission'], admission: ['apply', 'prerequisite'], pillars: ['themes'], themes: ['content', 'training', 'pillars', 'modules', 'overview'], content: ['themes'],
  prerequisite: ['admission'], training: ['pillars'], overview: ['purpose', 'target-group'], purpose: ['overview'], format: ['between-gatherings'],
};
