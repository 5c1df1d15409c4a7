import type { Fact, Program } from '../../../catalog/catalog.schema';
import { letterAware } from './letter-aware';

/**
 * A leader who starts partway through a program ("ny instituttleder midt i åremålsperioden", "nye leiarar som byrjar
 * undervegs", "joined after the others started"): what the documents say of newcomers is what answers, wherever it
 * stands (a pillar's last sentence, how the training is given), not the program's overview.
 */
const STARTING = letterAware(/\b(ny|nye|nytilsatt\w*|nytilsett\w*|nyansatt\w*|new|newly|begynte|begynner|byrja|byrjar|startet|starter|started|starts|joined|joins|ansatt|tilsett|tilsatt|hired|appointed|konstituert|overtok|tok over|took over)\b/);
const PARTWAY = letterAware(/\b(midt i (åremålsperioden|perioden|åremålet)|underveis|undervegs|midtveis|partway|part-way|midway|mid-term|halfway|(ikke|ikkje|not|didn't|did not) (startet|starta|start|begin|begynt|byrja) (sammen|saman|together|samtidig|at the same time)|after the (others|rest|start)|etter (oppstart|at de andre))\b/);
/** Facts that speak of newcomers: "nye ledere som begynner", "ansatt underveis i åremålsperioden". */
const OF_NEWCOMERS = /(nye ledere som begynner|ansatt underveis|new leaders who (start|join)|appointed during|hired during)/i;

/** `scopeOf`: the programs to look in, worked out only for a message about a newcomer. */
export function newcomerFacts(text: string, scopeOf: () => readonly Program[]): { p: Program; f: Fact }[] {
  if (!STARTING.test(text) || !PARTWAY.test(text)) return [];
  return scopeOf().flatMap((p) => p.facts.filter((f) => OF_NEWCOMERS.test(f.text.nb) || OF_NEWCOMERS.test(f.text.en)).map((f) => ({ p, f })));
}
