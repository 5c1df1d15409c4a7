import { keptValue } from '../../../shared/kept-value';
import { EVERYDAY_CONCEPTS } from './everyday-lexicon';
/**
 * Text analysis for bokmål and English questions over the catalog: normalising, stop words, a light stemmer,
 * compound splitting ("deltakeravgiften" -> deltaker + avgift) and synonyms that map words of both languages
 * to shared concepts (samling/gathering, avgift/pris/fee), so a question in either language finds facts
 * written in either.
 */

const STOP = new Set(('og i jeg det at en et ei den til er som på de med han av ikke der så var meg seg men ett har om vi '
  + 'min mitt mine ha hadde hun nå over da ved fra du ut sin dem oss opp man kan hans hvor eller hva skal selv sjøl her '
  + 'alle vil bli ble blitt kunne inn når være kom noen noe ville dere deres kun ja etter ned skulle denne for deg si sine '
  + 'sitt mot å meget hvorfor dette disse uten hvordan ingen din ditt blir samme hvilken hvilke sånn inni mellom vår '
  + 'hver hvem vors hvis både bare enn fordi før mange også slik vært hos hvilket the a an and or of to in on at for '
  + 'is are was were be been being do does did i you he she it we they me my your our their this that these those '
  + 'what which who whom how when where why can could would should will shall may might must have has had with about '
  + 'from by as into than then there here so if not no yes any some all each its am get gets got getting tell me please '
  + 'våre vårt dykkar deira but yet heter hete called named går gå gjør gjøre er lurer finnes exist exists there ta take them those us its').split(' '));

/** Words that only say "this is a question" and carry no content. */
const QUESTION_WORDS = new Set(['spørsmål', 'question', 'lurte', 'lure', 'info', 'informasjon', 'information', 'vite', 'know', 'egentlig', 'sånn', 'cirka', 'liksom', 'altså', 'forresten', 'actually', 'roughly', 'approximately', 'really', 'please']);

/** Concept groups: any member (stemmed) also yields the concept token, in questions and in facts. */
const SYNONYMS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['#gathering', ['samling', 'samlinger', 'samlingen', 'samlingene', 'gathering', 'gatherings', 'session', 'sessions', 'møte', 'seminar', 'ledersamling', 'instituttledersamling', 'dagssamling', 'samlingsdag', 'samlingsdager', 'meeting', 'meetings']],
  ['#fee', ['avgift', 'avgiften', 'deltakeravgift', 'deltageravgift', 'pris', 'prisen', 'koster', 'kostnad', 'kostnader', 'fee', 'fees', 'cost', 'costs', 'price', 'betale', 'pay', 'tuition', 'semesteravgift', 'dyrt', 'expensive', 'charge', 'charged', 'kostar', 'gratis', 'free']],
  ['#credits', ['studiepoeng', 'sp', 'stp', 'credits', 'credit', 'ects', 'poeng', 'worth', 'points', 'studypoints', 'studypoint']],
  ['#admission', ['opptak', 'opptakskrav', 'opptakskravet', 'admission', 'requirement', 'requirements', 'krav', 'kvalifisert', 'qualify', 'qualifications', 'eligible', 'kreves', 'required', 'inn']],
  ['#place', ['sted', 'stedet', 'hvor', 'where', 'place', 'location', 'venue', 'held', 'lokasjon', 'ligger', 'adresse', 'address', 'adress', 'located', 'hosts', 'host', 'hosted']],
  ['#contact', ['kontakt', 'kontakte', 'kontaktperson', 'kontaktpersoner', 'contact', 'contacts', 'spørre', 'ask', 'ringe', 'call', 'epost', 'e-post', 'email', 'mail', 'telefon', 'phone', 'telefonnummer', 'nummer', 'number', 'prosjektleder', 'fagansvarlig']],
  ['#deadline', ['frist', 'fristen', 'søknadsfrist', 'søknadsfristen', 'deadline', 'innen', 'last day', 'due']],
  ['#apply', ['søke', 'søker', 'søknad', 'apply', 'application', 'påmelding', 'melde', 'register', 'enrol', 'enroll', 'sign', 'søkje', 'applying']],
  ['#exam', ['eksamen', 'exam', 'examination', 'hjemmeoppgave', 'vurdering', 'assessment', 'assignment', 'test', 'eksamensform', 'innlevering', 'oppgave', 'paper']],
  ['#lodging', ['opphold', 'losji', 'overnatting', 'overnattingen', 'overnattinga', 'overnight', 'kost', 'hotellrom', 'lodging', 'accommodation', 'board', 'stay', 'middag', 'dinner', 'lunsj', 'lunch', 'mat', 'food', 'meals', 'måltider']],
  // The night before a gathering is its own price, beside board and lodging.
  ['#night', ['tilknytningsdøgn', 'tilknytningsdøgnet', 'døgn', 'døgnet', 'natt', 'natta', 'natten', 'night', 'nights']],
  ['#travel', ['reise', 'reiser', 'tog', 'toget', 'travel', 'train', 'fly', 'flyplass', 'airport', 'gardermoen', 'togstasjon', 'station', 'langt', 'far', 'distance', 'oslo', 'lufthavn']],
  ['#support', ['støtte', 'tilskudd', 'stipend', 'ou-fondet', 'oufondet', 'finansiering', 'support', 'grant', 'funding', 'subsidy', 'fund', 'fond', 'refusjon', 'midler', 'midlene', 'ou-midler', 'ou-midlene', 'oumidler']],
  ['#theme', ['tema', 'temaer', 'temaene', 'hovedtema', 'hovedtemaer', 'theme', 'themes', 'topic', 'topics', 'spor', 'sporene', 'hovedspor', 'hovedsporene', 'track', 'tracks', 'innhold', 'innholdet', 'hovedinnhold', 'hovedinnholdet', 'hovudinnhald', 'hovudinnhaldet', 'content', 'contents', 'covered', 'learn', 'lære', 'pensum', 'focus', 'fokus', 'fokuset', 'handler', 'about']],
  ['#target', ['målgruppe', 'målgruppen', 'målgrupper', 'målgruppene', 'target', 'audience', 'passer', 'aimed', 'intended', 'meant']],
  ['#between', ['mellom', 'between', 'oppfølging', 'follow-up', 'followup', 'hjemmearbeid', 'homework', 'lekser', 'lekse', 'mellomperiodene', 'mellomperiode']],
  ['#pillar', ['hovedsøyle', 'hovedsøyler', 'hovedsøylene', 'søyle', 'søyler', 'søylene', 'pillar', 'pillars']],
  ['#training', ['grunnopplæring', 'opplæring', 'opplæringen', 'training', 'opplæringsdag', 'opplæringsdager', 'kurs', 'course', 'courses']],
  ['#leader', ['leder', 'ledere', 'lederen', 'leader', 'leaders', 'leadership', 'ledelse', 'manager', 'managers', 'management', 'leiar']],
  ['#program', ['program', 'programmet', 'programme', 'programs', 'programmes', 'studie', 'studiet', 'emne', 'utdanning', 'utdanningen', 'studietilbud']],
  ['#prerequisite', ['forkunnskap', 'forkunnskaper', 'forutsetning', 'prerequisite', 'prerequisites', 'først', 'before', 'gjennomført', 'completed', 'tatt', 'taken']],
  ['#hotel', ['hotell', 'hotellet', 'hotellets', 'hotel']],
  ['#neighbour', ['nabo', 'naboen', 'neighbour', 'neighbor', 'nearby', 'surroundings', 'omgivelser', 'omgivelsene', 'omgjevnader', 'nærheten', 'nærleiken']],
  ['#group', ['gruppe', 'grupper', 'gruppene', 'group', 'groups', 'basisgruppe', 'basisgrupper']],
  ['#module', ['modul', 'moduler', 'fagmoduler', 'module', 'modules', 'byggestein', 'byggesteiner']],
  ['#web', ['nettside', 'nettsider', 'nettsiden', 'nettsted', 'hjemmeside', 'website', 'web', 'url', 'lenke', 'link', 'side']],
  ['#nominate', ['nominere', 'nominerer', 'nominasjon', 'nominert', 'nominate', 'nominates', 'nominated', 'nomination', 'velger', 'picks', 'selects', 'chooses', 'plukker']],
  ['#duration', ['lenge', 'varer', 'varighet', 'long', 'duration', 'lasts', 'last', 'strekker', 'tyngde', 'intensiv', 'intensivt', 'weight', 'emphasis', 'effort', 'åremålsperioden', 'åremål']],
  ['#union', ['tillitsvalgt', 'tillitsvalgte', 'union', 'representatives', 'representative', 'verneombud']],
  ['#value', ['verdi', 'verdier', 'verdiene', 'value', 'values', 'tillit', 'trust']],
  ['#network', ['nettverk', 'network', 'networks', 'tvers', 'across']],
  ['#literature', ['litteratur', 'litteraturen', 'literature', 'bøker', 'books', 'pensumlitteratur', 'pensum', 'pensumet', 'pensumbøker', 'syllabus']],
  ['#diversity', ['mangfold', 'likestilling', 'diversity', 'equality', 'inclusion']],
  ['#individual', ['individuelt', 'individuell', 'individually', 'individual', 'alene', 'alone', 'selv', 'på egen hånd']],
  ['#kickoff', ['kick-off', 'kickoff', 'oppstart', 'start', 'oppstarten']],
  // "our own problems from the job" are the participants' challenges the program starts from.
  ['#challenge', ['utfordring', 'utfordringer', 'utfordringene', 'utfordringane', 'challenge', 'challenges', 'problems', 'problemstilling', 'problemstillinger', 'problemstillingar']],
  ['#writing', ['writing', 'written', 'write', 'writes', 'skriftlig', 'skriftlige', 'skriftleg', 'skrive', 'skriving']],
  // "lede folk gjennom store omorganiseringer og nedskjæringer": leading change, which both documents name.
  ['#change', ['endringsledelse', 'omstilling', 'omlegging', 'omlegginger', 'omleggingar', 'omleggingene', 'omstillinger', 'omstillingane', 'omstillingskunnskap', 'omorganisering', 'omorganiseringer', 'omorganiseringar', 'omorganisere', 'nedskjæring', 'nedskjæringer', 'nedskjæringar', 'nedbemanning', 'nedbemanninger', 'restructuring', 'reorganisation', 'reorganization', 'reorganisations', 'downsizing', 'cutbacks']],
  // "krangling og dårlig stemning", "friction in the team": the conflicts the basic training takes up.
  ['#conflict', ['konflikt', 'konflikter', 'konfliktene', 'konfliktar', 'konfliktane', 'konflikthåndtering', 'konfliktforebygging', 'konfliktløsning', 'conflict', 'conflicts', 'krangel', 'krangling', 'krangler', 'kranglete', 'uenighet', 'uenigheter', 'usemje', 'friksjon', 'gnisninger', 'gnisningar', 'friction', 'disagreement', 'disagreements', 'quarrel', 'quarrels', 'quarrelling', 'dispute', 'disputes', 'stemning', 'stemningen', 'stemninga']],
  // "faculty-wide training days": the joint training held faculty by faculty (pillar 3), not the local one.
  ['#facultywide', ['fakultetsvis', 'fakultetsvise', 'faculty-wide', 'facultywide', 'fakultetsvidt', 'fakultetsvide']],
];

/** The catalog's concept groups with the everyday words leaders use for them (everyday-lexicon.ts). */
const CONCEPTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ...SYNONYMS.map(([c, members]) => [c, [...members, ...EVERYDAY_CONCEPTS.filter(([e]) => e === c).flatMap(([, m]) => m)]] as const),
  ...EVERYDAY_CONCEPTS.filter(([e]) => !SYNONYMS.some(([c]) => c === e)),
];

const SUFFIXES = ['hetene', 'heten', 'elsen', 'ene', 'ane', 'erne', 'ende', 'ets', 'ens', 'ing', 'ene', 'ers', 'er', 'en', 'et', 'ed', 'es', 'ly', 'e', 's', 'a'];

/**
 * Texts normalised and split lately: one message's text, focus and clauses are normalised and split about ten
 * times while it is read and answered, but only about five differ. A few suffice (cleared when full): they save the
 * repeats within a message; they keep no answers across users.
 */
const RECENT_TEXTS = 32;
const recentNormalised = new Map<string, string>();
const recentWords = new Map<string, readonly string[]>();

export function normalise(text: string): string {
  return keptValue(recentNormalised, text, (t) => t.toLowerCase().normalize('NFC').replace(/[’`´]/g, "'").replace(/[–—]/g, '-'), RECENT_TEXTS);
}

/** Words and numbers; hyphenated words keep both the joined form and their parts. A new array the caller may change. */
export function words(text: string): string[] {
  return [...keptValue(recentWords, text, wordsOf, RECENT_TEXTS)];
}

function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const raw of normalise(text).match(/[a-zæøåéü0-9][a-zæøåéü0-9'-]*/g) ?? []) {
    const w = raw.replace(/'s$/, '').replace(/['-]+$/, '');
    if (!w) continue;
    out.push(w);
    if (w.includes('-')) out.push(...w.split('-').filter(Boolean));
  }
  return out;
}

/** Stems of words seen, kept: a question's words are stemmed several times each, and words recur across questions. */
const stems = new Map<string, string>();
const STEMS_MAX = 20_000;

export function stem(word: string): string {
  if (word.length <= 4) return word;
  return keptValue(stems, word, stemOf, STEMS_MAX);
}

/** Strong verbs whose past forms share no stem with the present: "blir hun fulgt opp?" against "følger opp". */
const STRONG_FORMS: ReadonlyMap<string, string> = new Map([['fulgt', 'følg'], ['fulgte', 'følg'], ['følgt', 'følg'], ['fylgt', 'følg'], ['fylgde', 'følg']]);

function stemOf(word: string): string {
  if (/^\d/.test(word)) return word;
  const strong = STRONG_FORMS.get(word);
  if (strong) return strong;
  // An English adverb is its adjective's stem: "separately" meets "separate".
  if (word.endsWith('ly') && word.length >= 7) return stem(word.slice(0, -2));
  // An English plural in -ies is its singular in -y: "faculties" meets "faculty", "studies" "study".
  if (word.endsWith('ies') && word.length >= 6) return `${word.slice(0, -3)}y`;
  for (const s of SUFFIXES) {
    if (word.endsWith(s) && word.length - s.length >= 4) return word.slice(0, -s.length);
  }
  return word;
}

export const isStopWord = (w: string): boolean => STOP.has(w) || QUESTION_WORDS.has(w);

const synonymIndex = new Map<string, string>();
const wordIndex = new Map<string, string>();
const curated = new Set(SYNONYMS.flatMap(([, members]) => members.map((m) => normalise(m))));
for (const [concept, members] of CONCEPTS) {
  for (const m of members) {
    const w = normalise(m);
    wordIndex.set(w, concept);
    // An everyday word lends its stem only when the stem is long enough to be its own ("regning" must not make
    // "regnes" a fee).
    if (!synonymIndex.has(stem(w)) && (curated.has(w) || stem(w).length >= 6)) synonymIndex.set(stem(w), concept);
  }
}

/** The concept of a stem ("kost" -> #lodging); prefer conceptOfWord when the written word is at hand. */
export const conceptOf = (stemmed: string): string | undefined => synonymIndex.get(stemmed);

/**
 * Forms whose stem belongs to a concept they do not mean: "poenget" / "the point" is the point of something, not its credits;
 * "jeg vurderer LEDPRO" considers the program, it does not ask about its assessment; "det første året" is no
 * prerequisite ("del 1 først" is); "learning leadership", "lærende ledelse" are ideas of the documents, not what one
 * learns (the themes cue still reads "what will I be learning?"); "beregne tid" reckons time, it is not "beregnet for";
 * "den lokale opplæringen" is local, not premises ("lokalet", "lokaler" still are); "completely apart" is no
 * completed part.
 */
const FALSE_FRIENDS: ReadonlySet<string> = new Set(['poenget', 'point', 'completely', 'completly', 'vurderer', 'vurdere', 'første', 'forste', 'fyrste', 'learning', 'lærende', 'beregne', 'berekne', 'beregner', 'lokale']);

/** The concept of a written word, exact forms first: "koster" is a fee although its stem "kost" is board. */
export const conceptOfWord = (word: string): string | undefined => (FALSE_FRIENDS.has(word) ? undefined : wordIndex.get(word) ?? synonymIndex.get(stem(word)));

/** Every synonym as written, so the spelling step knows them. */
export const SYNONYM_WORDS: readonly string[] = CONCEPTS.flatMap(([, members]) => members.map((m) => normalise(m)));

/**
 * Splits a compound into known parts ("instituttlederprogrammet" -> instituttleder, program), trying a
 * linking -s- or -e- between parts. Parts must be at least 3 letters and known to the vocabulary.
 */
export function splitCompound(word: string, known: (stemmed: string) => boolean, depth = 0): string[] | undefined {
  if (depth > 2 || word.length < 7) return undefined;
  for (let i = word.length - 3; i >= 3; i -= 1) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    const tailStem = stem(tail);
    if (!known(tailStem) && !synonymIndex.has(tailStem)) continue;
    for (const h of [head, head.endsWith('s') || head.endsWith('e') ? head.slice(0, -1) : undefined]) {
      if (!h || h.length < 3) continue;
      const hs = stem(h);
      if (known(hs) || synonymIndex.has(hs)) return [hs, tailStem];
      const deeper = splitCompound(h, known, depth + 1);
      if (deeper) return [...deeper, tailStem];
    }
  }
  return undefined;
}

/**
 * A word the vocabulary knows in another form: short ones lose their ending ("målet" -> "mål"), compounds are
 * known by their last part ("endagssamlinger" -> "samlinger"). Words under four letters say little either way.
 */
function knownForm(w: string, known: (stemmed: string) => boolean): boolean {
  if (w.length < 4) return true;
  for (const end of ['ene', 'et', 'en', 'er', 'a', 'e', 's']) if (w.endsWith(end) && w.length - end.length >= 3 && known(w.slice(0, -end.length))) return true;
  for (let i = 2; i <= w.length - 5; i += 1) if (known(stem(w.slice(i))) || synonymIndex.has(stem(w.slice(i)))) return true;
  return false;
}

export interface Analysed {
  /** Stemmed content words (stop words removed). */
  readonly terms: string[];
  /** Concept tokens found (#fee, #gathering...). */
  readonly concepts: Set<string>;
  /** Content words the vocabulary does not know, not even as parts of a compound. */
  readonly unknown: string[];
}

const TOTAL_PHRASE = /\b(til ?sammen|til saman)\b/giu;

/**
 * Terms and concepts of a text. `known` is the vocabulary of the catalog, used to split compounds the
 * catalog does not contain as a whole.
 */
export function analyse(text: string, known: (stemmed: string) => boolean = () => false): Analysed {
  const terms: string[] = [];
  const concepts = new Set<string>();
  const unknown: string[] = [];
  // "til sammen 12 dager" is a total, not the parts of a program going together.
  for (const w of words(text.replace(TOTAL_PHRASE, ' totalt '))) {
    if (isStopWord(w)) continue;
    const s = stem(w);
    terms.push(s);
    const c = conceptOfWord(w);
    if (c) concepts.add(c);
    if (!known(s) && !c) {
      const parts = splitCompound(w, known);
      // A hyphenated word is judged by its parts, which follow it in the list.
      if (!parts && !/^\d/.test(w) && !w.includes('-') && !knownForm(w, known)) unknown.push(w);
      for (const part of parts ?? []) {
        terms.push(part);
        const pc = conceptOf(part);
        if (pc) concepts.add(pc);
      }
    }
  }
  return { terms, concepts, unknown };
}
