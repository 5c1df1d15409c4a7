import type { Fact, Program } from '../../../catalog/catalog.schema';

/** Where programs are looked up by id (the retriever). */
export interface ProgramLookup {
  program(id: string): Program | undefined;
}

/**
 * The facts an answer gave, kept in the conversation as `programId/factId`, looked up again; ids that no longer name a
 * fact are left out.
 */
export function factsAt(lookup: ProgramLookup, ids: readonly string[]): { p: Program; f: Fact }[] {
  return ids.flatMap((id) => {
    const [programId, factId] = id.split('/');
    const p = lookup.program(programId);
    const f = p?.facts.find((x) => x.id === factId);
    return p && f ? [{ p, f }] : [];
  });
}
