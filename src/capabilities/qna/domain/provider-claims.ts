import type { Program } from '../../../catalog/catalog.schema';
import { escapeRegExp } from '../../../shared/escape-reg-exp';
import { uniqueSources } from './answer';
import type { ComposeInput, Composed } from './composed';
import { NOT_RIGHT } from './verdicts';
import type { CatalogRetriever } from './retrieval';

/**
 * "Since LEDPRO is NTNU's own programme for research group leaders, who decides who gets in?", "Er LEDPRO NTNU sitt
 * program?": a programme said to belong to the provider of another document. The two documents are separate offers,
 * so the claim is corrected first, then what was asked is answered of the programme as it is.
 */

/** A provider as owner ("NTNU's", "NTNUs", "NTNU sitt"), `p` its escaped lower-case name. */
const ownerOf = (p: string): string => `(?:${p}'?s|${p}s|${p} sitt|${p} sin|${p} sine|${p} si)`;
/** What may stand between the owner and the programme ("NTNU's own", "NTNUs interne"). */
const OWN = '(?:own\\s+|eget\\s+|eige\\s+|interne?\\s+|internal\\s+)?';

/** The ways one says that a provider owns a programme, with `P` the provider and `X` the programme's names. */
function ownershipPatterns(provider: string, names: readonly string[]): RegExp[] {
  const p = escapeRegExp(provider.toLowerCase());
  const x = `(?:${names.map((n) => escapeRegExp(n.toLowerCase())).join('|')})`;
  const owner = ownerOf(p);
  return [
    // "NTNU's own LEDPRO", "NTNUs LEDPRO"
    new RegExp(`(?<![\\p{L}])${owner}\\s+${OWN}${x}(?![\\p{L}])`, 'u'),
    // "LEDPRO is NTNU's (internal) programme", "LEDPRO er et NTNU-program", and put as a question: "Er LEDPRO NTNU sitt
    // program?"
    new RegExp(`(?<![\\p{L}])${x}\\s+(?:(?:is|er|was|var)\\s+)?(?:(?:(?:et|eit|ett|ein|one) (?:av|of)|et|eit|an?)\\s+)?(?:${owner}(?![\\p{L}])|${p}-?(?:program\\w*|studium|studiet|kurs\\w*))`, 'u'),
    // "LEDPRO på NTNU", "LEDPRO at NTNU": held by that provider; not "something like LEDPRO at NTNU".
    new RegExp(`(?<!(?:like|as|som|lik|ligner på|liknar|similar to|tilsvarende)\\s+)(?<![\\p{L}])${x}\\s+(?:på|ved|at|hos)\\s+${p}(?![\\p{L}-])`, 'u'),
  ];
}

/** A programme's names, and each without its part number ("LEDPRO 1" is also "LEDPRO"). */
const namesOf = (program: Program): string[] => {
  const all = [...program.aliases, program.name.nb, program.name.en];
  return [...new Set([...all, ...all.map((n) => n.replace(/\s*(?:del|part)?\s*\d$/i, ''))])].filter((n) => n.length >= 4);
};

/** The provider words of the catalog ("NTNU"), not web addresses ("inn.no"); made once per catalog. */
const providerWords = new WeakMap<object, string[]>();
const providersOf = (retriever: CatalogRetriever): string[] => {
  const kept = providerWords.get(retriever.catalog);
  if (kept) return kept;
  const made = [...new Set(retriever.catalog.programs.map((p) => p.provider))].filter((p) => /^[\p{L}]+$/u.test(p));
  providerWords.set(retriever.catalog, made);
  return made;
};

/** The patterns of one programme claimed for one provider, compiled once (programmes and providers are fixed at load). */
const compiled = new WeakMap<Program, Map<string, RegExp[]>>();
function patternsFor(program: Program, provider: string): RegExp[] {
  const byProvider = compiled.get(program) ?? new Map<string, RegExp[]>();
  compiled.set(program, byProvider);
  const kept = byProvider.get(provider);
  if (kept) return kept;
  const made = ownershipPatterns(provider, namesOf(program));
  byProvider.set(provider, made);
  return made;
}

/** The programme a question claims for another provider, and that provider. */
function claimedOwnership(retriever: CatalogRetriever, question: string): { program: Program; provider: string } | undefined {
  const q = question.toLowerCase();
  // Most messages name no provider at all: nothing to read then.
  const named = providersOf(retriever).filter((p) => q.includes(p.toLowerCase()));
  if (named.length === 0) return undefined;
  for (const program of retriever.detectPrograms(question).programs) {
    for (const provider of named) {
      if (provider === program.provider) continue;
      if (patternsFor(program, provider).some((re) => re.test(q))) return { program, provider };
    }
  }
  return undefined;
}

/** A reply that only says the documents do not say. */
const UNANSWERED = /står ikke i programdokumentene|sier ikke noe om dette|programme documents .* do not say|says nothing about this/;

const CORRECTION = {
  nb: (name: string, provider: string): string => `${NOT_RIGHT.nb}: ${name} hører ikke til ${provider}. Det er et eget tilbud med sitt eget dokument.`,
  en: (name: string, provider: string): string => `${NOT_RIGHT.en}: ${name} is not ${provider}'s. It is a separate programme with its own document.`,
};

/** The claim corrected, then the question answered with the owner's words taken out; undefined without such a claim. */
export function providerClaimCorrected(input: ComposeInput, retriever: CatalogRetriever, composeOne: (input: ComposeInput) => Composed): Composed | undefined {
  const claim = claimedOwnership(retriever, input.question);
  if (!claim) return undefined;
  const p = escapeRegExp(claim.provider.toLowerCase());
  // What is asked, of the programme as it is: "Since LEDPRO is a programme for research group leaders, who decides?".
  const asked = input.question
    .replace(new RegExp(`(?<![\\p{L}])${ownerOf(p)}\\s+${OWN}`, 'giu'), '')
    .replace(new RegExp(`(?<![\\p{L}])${p}-(?=program|studi|kurs)`, 'giu'), '');
  // The programme's short name without a part ("LEDPRO"), as the asker named it.
  const name = claim.program.aliases[0]?.replace(/\s*(?:del|part)?\s*\d$/i, '') ?? claim.program.name[input.lang];
  const answered = composeOne({ ...input, question: asked });
  // Nothing else asked ("Er LEDPRO NTNU sitt program?"), or nothing the documents answer: whom the programme is for
  // says what it is instead of a refusal after the correction.
  const rest = answered.answer.kind === 'answer' && !UNANSWERED.test(answered.answer.text) ? answered
    : composeOne({ ...input, state: undefined, question: input.lang === 'nb' ? `Hvem er ${name} for?` : `Who is ${name} for?` });
  // Only what is said of the programme itself: a side by side the remaining words drew the provider's programmes into
  // ("… for research group leaders") keeps the claimed programme's paragraphs.
  const theirs = retriever.catalog.programs.filter((x) => x.provider === claim.provider).flatMap((x) => [x.name[input.lang], ...x.aliases]);
  const paragraphs = rest.answer.text.split('\n\n').filter((para) => !theirs.some((n) => para.toLowerCase().startsWith(n.toLowerCase())));
  const body = (paragraphs.length > 0 ? paragraphs.join('\n\n') : rest.answer.text).replace(/^(Ja|Nei|Jo|Delvis|Yes|No|Partly)(, [^.]*)?\.\s*/, '');
  const text = `${CORRECTION[input.lang](name, claim.provider)}\n\n${body}`;
  return { answer: { ...rest.answer, kind: 'answer', text, sources: uniqueSources(rest.answer.sources) }, state: rest.state };
}
