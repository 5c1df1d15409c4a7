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

/** The provider the asker told they work at ("… ved NTNU", "I'm head of department at NTNU", "NTNU-ansatt"). */
export function employerTold(text: string, providers: readonly string[]): string | undefined {
  const t = text.toLowerCase();
  if (!/\b(jeg|eg|i|vi|we|me|meg|my|min|mitt|our|vår|vårt)\b/.test(t)) return undefined;
  return providers.find((p) => /^[a-zæøå]+$/i.test(p) && new RegExp(`\\b(ved|på|at|hos|for|i|in)\\s+(\\p{L}+\\s+){0,4}?${p.toLowerCase()}\\b|\\b${p.toLowerCase()}-(ansatt|tilsett|employee)`, 'u').test(t));
}

/** The providers the catalog's programs come from. */
export function providersOf(retriever: CatalogRetriever): string[] {
  return [...new Set(retriever.catalog.programs.map((p) => p.provider))];
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
