import { inflectionVariants, standardise } from './dialect';
import { EVERYDAY_WORDS } from './everyday-words';
import { GENERAL_WORDS } from './general-words';
import { CUE_WORDS, FILLER_WORDS, FILLERS, IDIOMS, ORDINAL_PILLARS, PHRASINGS, pillarsByNumber } from './reader-vocabulary';
import type { CatalogRetriever } from './retrieval';
import { editDistance, SpellingVocabulary } from './spelling';
import { conceptOf, isStopWord, stem, SYNONYM_WORDS } from './text-analysis';
import { letterAware } from './letter-aware';

/** A compound that names a part by its subject: "virksomhetsstyringsdelen", "HMS-biten". */
const PART_OF = /^([a-zæøå]{6,}?)s?(delen|dela|delene|bolken|biten|bitene|modulen|modulene)$/;

/** Two pillars named by where they stand in the list: "de to første søylene", "the last two pillars". */
const FIRST_OR_LAST_TWO_PILLARS = letterAware(/\b(?:the |de |dei )?(?:(?:to|two|2) (første|fyrste|siste|first|last)|(første|fyrste|siste|first|last) (?:to|two|2)) (hovedsøyle\w*|hovudsøyle\w*|søyle\w*|pillars?)\b/g);

/**
 * A message made ready to read: dialect and set phrases in the documents' words, thousands written short as sums,
 * words written apart joined, and typos mended against the catalog's own words and everyday words.
 */
export class QuestionPreparer {
  private readonly speller: SpellingVocabulary;

  /** `everyday`: words that are right as written ("sending" is no typo of "spending"); see everyday-words.ts. */
  constructor(private readonly retriever: CatalogRetriever, everyday: ReadonlySet<string> = EVERYDAY_WORDS) {
    // Everyday words are words too: "completely" is not a typo of "completed".
    const vocab = new Set<string>([...retriever.surfaceWords(), ...SYNONYM_WORDS, ...CUE_WORDS]);
    this.speller = new SpellingVocabulary(vocab, (w) => retriever.documentFrequency(stem(w)), new Set([...GENERAL_WORDS, ...everyday]));
  }

  /** Dialect, run-together designators and typos repaired, word by word, keeping the punctuation. */
  prepare(question: string): string {
    // "35k", "53 tusen": thousands written short are sums like any other ("35000").
    const std = PHRASINGS.apply(standardise(question).replace(/\b(\d{1,3})\s?(?:k|tusen|thousand)\b/g, (_, d: string) => String(Number(d) * 1000))).replace(/\b(del|part|samling|gathering|ledpro)(\d)\b/g, '$1 $2').replace(IDIOMS, ' ')
      .replace(ORDINAL_PILLARS, pillarsByNumber)
      // "de to første søylene", "the last two pillars": two pillars by their place in the list of four.
      .replace(FIRST_OR_LAST_TWO_PILLARS, (_: string, a: string | undefined, b: string | undefined, p: string) => {
        const [one, two] = /^(første|fyrste|first)$/.test(a ?? b ?? '') ? ['1', '2'] : ['3', '4'];
        return /^(hoved|hovud|s)/.test(p) ? `søyle ${one} og søyle ${two}` : `pillar ${one} and pillar ${two}`;
      });
    const tokens = std.split(/([^a-zæøåéü0-9-]+)/);
    // Split words that belong together ("instituttleder programmet" -> "instituttlederprogrammet").
    for (let i = 0; i + 2 < tokens.length; i += 2) {
      const joined = `${tokens[i]}${tokens[i + 2]}`;
      if (/^\s+$/.test(tokens[i + 1]) && tokens[i].length >= 4 && tokens[i + 2].length >= 4 && !this.speller.has(tokens[i + 2]) && this.speller.has(joined)) {
        tokens[i] = joined;
        tokens[i + 1] = '';
        tokens[i + 2] = '';
      } else if (/^\s+$/.test(tokens[i + 1]) && tokens[i].length >= 4 && tokens[i + 2].length >= 4 && this.speller.has(joined) && !this.speller.has(tokens[i])) {
        tokens[i] = joined;
        tokens[i + 1] = '';
        tokens[i + 2] = '';
      }
    }
    const repaired = tokens.map((t, i) => (i % 2 === 0 ? this.repair(t) : t)).join('');
    // Words mended by the speller ("instiute assesment webinar") are read as if typed right: the phrases they make
    // are standardised too.
    return repaired === std ? repaired : standardise(repaired);
  }

  private repair(word: string): string {
    // Everyday words are never "corrected" into catalog words ("matter" is not "master").
    if (!/^[a-zæøåéü]{4,}$/.test(word) || isStopWord(word) || FILLERS.has(word) || GENERAL_WORDS.has(word) || this.speller.has(word)) return word;
    if (this.retriever.isKnown(stem(word)) || conceptOf(stem(word))) return word;
    for (const v of inflectionVariants(word)) if (this.speller.has(v)) return v;
    // "egentli" is "egentlig": a filler one letter off is still a filler, not a subject the documents lack.
    const filler = word.length >= 6 ? FILLER_WORDS.find((f) => Math.abs(f.length - word.length) <= 1 && f.length >= 6 && editDistance(word, f, 1) <= 1) : undefined;
    if (filler) return filler;
    // "instituttlederprogramet" splits into known parts, but it is the program's name with one letter missing.
    const near = word.length >= 12 ? this.speller.correct(word) : undefined;
    if (near && editDistance(word, near, 1) <= 1) return near;
    // "virksomhetsstyringsdelen": the part named by its subject ("virksomhetsstyring"), which the facts know.
    const part = PART_OF.exec(word);
    if (part && this.retriever.isKnown(stem(part[1]))) return `${part[1]} ${part[2]}`;
    if (this.retriever.splitsIntoKnown(word)) return word;
    return this.speller.correct(word) ?? word;
  }
}
