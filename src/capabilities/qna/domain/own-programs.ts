import type { Program } from '../../../catalog/catalog.schema';
import type { QnaState } from './conversation-state';
import { letterAware } from './letter-aware';
import type { CatalogRetriever } from './retrieval';

/**
 * The asker's own programs: "Jeg er seksjonsleder ved et fakultet på NTNU …" → "Gir vårt eget lederprogram
 * studiepoeng?", "so what's ours per head?", "Tilbake til oss – …". A leader who told where they work and then says
 * "ours" means the programs of that provider, not the other program the conversation weighed it against.
 */

/** Words that say "our own" of a program, or "us" as the place the conversation goes back to. */
const OURS = letterAware(/\b(vårt eget|vår egen|våre egne|vårt eige|vår eiga|våre eigne|our own|ours|hos oss|tilbake til oss|attende til oss|back to us|vårt (leder|leiar)?program\w*|vår (lederutvikling|leiarutvikling|lederopplæring|leiaropplæring|opplæring)\w*|our (leader(ship)? )?(programme|program|development|training))\b/);

/** A provider and how an asker says they work there ("… ved NTNU", "I'm head of department at NTNU", "NTNU-ansatt"). */
export interface Employer {
  readonly provider: string;
  readonly told: RegExp;
}

/** The providers the catalog's programs come from that are named by a word, each with its pattern, built once. */
export function employersOf(retriever: CatalogRetriever): Employer[] {
  return [...new Set(retriever.catalog.programs.map((p) => p.provider))].filter((p) => /^[a-zæøå]+$/i.test(p)).map((provider) => {
    const name = provider.toLowerCase();
    return { provider, told: new RegExp(`\\b(ved|på|at|hos|for|i|in)\\s+(\\p{L}+\\s+){0,4}?${name}\\b|\\b${name}-(ansatt|tilsett|employee)`, 'u') };
  });
}

/** The provider the asker told they work at, if any. */
export function employerTold(text: string, employers: readonly Employer[]): string | undefined {
  const t = text.toLowerCase();
  if (!/\b(jeg|eg|i|vi|we|me|meg|my|min|mitt|our|vår|vårt)\b/.test(t)) return undefined;
  return employers.find((e) => e.told.test(t))?.provider;
}

/**
 * The programs "ours" names: those of the asker's employer the conversation was on (now or before its last switch),
 * else that provider's umbrella programs. Undefined when the message says no "ours" or no employer was told.
 */
export function ownPrograms(retriever: CatalogRetriever, focus: string, state: QnaState | undefined): Program[] | undefined {
  if (!state?.employer || !OURS.test(focus)) return undefined;
  const mine = (ids: readonly string[]): Program[] => ids.map((id) => retriever.program(id)).filter((p): p is Program => p !== undefined && p.provider === state.employer);
  const talked = mine(state.programIds);
  if (talked.length > 0) return talked;
  const before = mine(state.earlier?.programIds ?? []);
  if (before.length > 0) return before;
  const umbrellas = retriever.catalog.programs.filter((p) => p.provider === state.employer && !p.parent);
  return umbrellas.length > 0 ? umbrellas : undefined;
}
