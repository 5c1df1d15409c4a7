import type { Lang } from '../../../shared/i18n';
import { timesNotAnnounced } from '../../../catalog/gathering-time';
import { edgeFree } from './pattern-screens';
import { letterAware } from './letter-aware';

/**
 * Details a question may ask of a fact that the fact does not hold: the hotel's street address, the time of day a
 * gathering starts. The answer then says first that the document does not give that detail, and gives what it
 * does say ("Wood Hotel i Brumunddal, nær stasjonen"), so a leader is neither misled nor left with nothing.
 */
interface Detail {
  readonly asked: RegExp;
  readonly given: RegExp;
  readonly missing: Readonly<Record<Lang, string>>;
  /** Whether lacking the detail leaves the question unanswered (a time of day), or the rest answers it (a place). */
  readonly unanswered: boolean;
  /** Checked against the whole answer: a date ("20.–21. juni") spans what the sentence split cuts apart. */
  readonly whole?: boolean;
}

const DETAILS: readonly Detail[] = [
  {
    // Not a web address ("the address of the website", "web adress"), which the application fact gives.
    asked: letterAware(/(?<!\b(web|nett)[ -]?)\b(gateadress\w*|postadress\w*|besøksadress\w*|street address|postal address|visiting address|adress\w*|address)\b(?![^?.]{0,25}\b(web|webiste|website|webpage|site|nettside\w*|nettstad\w*|hjemmeside\w*|heimeside\w*|url)\b)/),
    given: /\b\d{4}\s+\p{Lu}|\b(gate|gata|vei|veien|veg|vegen|street|road)\b\s*\d/u,
    missing: { nb: 'Gateadressen er ikke oppgitt i dokumentet.', en: 'The document does not give the street address.' },
    unanswered: false,
  },
  {
    asked: letterAware(/\b(klokkeslett\w*|hva tid på dagen|kva tid på dagen|når på dagen|what time|which time|start time|starttid\w*|sluttid\w*|tidspunkt\w*|hvilken tid|kl\.?\s*\?)/),
    given: /\bkl\.?\s*\d|\b\d{1,2}[:.]\d{2}\b/,
    missing: { nb: 'Klokkeslett er ikke oppgitt i dokumentet.', en: 'The document does not give the times of day.' },
    unanswered: true,
  },
  {
    asked: letterAware(/\b((hvor mye|kor mykje|how much)\b.{0,40}\b(koster|kostar|costs?)|hva koster|kva kostar|what does \w+( \w+)? cost|how much (is|are|does|do|will)(?! (it|this|that|the course|the programme|the program|the study|ledpro\w*) worth\b)|(?<!\b(i|in|into|inkludert i|included in|del av|part of) (the )?)(prisen på|price of|the cost of|kostnaden for))\b/),
    given: /\b(kr|nok)\.?\s*\d|\d\s*(kr|kroner|nok)\b/i,
    missing: { nb: 'Prisen er ikke oppgitt i dokumentet.', en: 'The document does not give the price.' },
    unanswered: true,
  },
  {
    asked: letterAware(/\b(hvor stor (andel|del|prosent\w*)|kor stor (del|andel)|hvor mye (av \w+ )?(dekker|dekkes|refunderes|får (jeg|vi|man) dekket)|(hvor|kor) (mye|mykje) (får|pleier|pleiar|kan) (jeg|eg|vi|me|man|en|ein)( \w+)?( å)?( få)?\b|how much (do|can|will|would|does) (you|we|i|one|they|people) (usually |typically |normally )?(get|receive)|how much (of \w+ )?(does|do|will|is|are) (\w+ ){0,3}(cover|covered|refund\w*|reimburs\w*)|what (share|percentage|proportion)|prosentandel|percentage)\b/),
    given: /\d\s*(%|prosent|percent)|\b(kr|nok)\.?\s*\d|\b(halvparten|half|hele|the whole|all of it|full)\b/i,
    missing: { nb: 'Hvor mye som dekkes, er ikke oppgitt i dokumentet.', en: 'The document does not say how much is covered.' },
    unanswered: true,
  },
  {
    asked: letterAware(/\b(hvor mange timer|kor mange timar|how many hours|timer (i|per|pr\.?) (uka|uken|uke|veka|veke|måned|måneden)|hours (a|per|each) (week|month)|timer i uka)\b/),
    given: /\d+\s*(timer?|timar|hours?|t)\b/,
    missing: { nb: 'Hvor mange timer det tar, er ikke oppgitt i dokumentet.', en: 'The document does not say how many hours it takes.' },
    unanswered: true,
  },
  {
    asked: letterAware(/\b(karakter\w*|bokstavkarakter\w*|bestått\s*\/?\s*ikke bestått|grade[sd]?|grading|letter grades?|pass\s*\/\s*fail|pass or fail)\b/),
    given: /(karakter|bestått|grade|pass\b)/i,
    missing: { nb: 'Hvordan eksamen vurderes (karakterskala), er ikke oppgitt i dokumentet.', en: 'The document does not say how the exam is graded.' },
    unanswered: true,
  },
  {
    asked: letterAware(/\b((hvor|kor) ofte|how often|how frequently|hvor mange ganger (i året|i semesteret|i måneden|per år)|how many times (a|per) (year|term|month))\b/),
    // The dates of each gathering say how often they are, too.
    given: letterAware(/\b(hver|hvert|every|each|per|annually|årlig\w*|ukentlig\w*|monthly|månedlig\w*|weekly|\d+ ganger|\d+ times|\d+ samlinger|\d+ gatherings|samling \d|gathering \d)\b/i),
    missing: { nb: 'Hvor ofte, er ikke oppgitt i dokumentet.', en: 'The document does not say how often.' },
    unanswered: true,
  },
  {
    asked: letterAware(/\b(page limit|word limit|word count|how many (pages|words)|(hvor|kor) mange (sider|ord)|sidegrense\w*|ordgrense\w*|sidetall\w*|antall (sider|ord)|maks(imalt)? (antall )?(sider|ord))\b|\b(how long|hvor lang|kor lang)\b.{0,30}\b(oppgave\w*|oppgåv\w*|assignment|paper|essay|eksamen\w*|exam|besvarelse\w*)/),
    given: /\b\d+\s*(sider|pages|ord|words)\b/i,
    missing: { nb: 'Hvor lang oppgaven skal være, er ikke oppgitt i dokumentet.', en: 'The document does not say how long the assignment should be.' },
    unanswered: true,
  },
  {
    asked: letterAware(/\b(enkeltrom\w*|dobbeltrom\w*|single rooms?|double rooms?|share (a )?rooms?|sharing (a )?rooms?|dele rom|deler rom|romdeling|own room|eget rom|(do|will) (people|we|they|participants) share|(deler|dele) (vi|man|folk|deltakerne))\b/),
    given: /(enkeltrom|dobbeltrom|single room|double room|eget rom|own room)/i,
    missing: { nb: 'Romtype (enkeltrom eller delt rom) er ikke oppgitt i dokumentet.', en: 'The document does not say whether rooms are single or shared.' },
    unanswered: true,
  },
  {
    // "Is the Oppdal gathering in January?" against a fact that names the gathering but no time of year: the month
    // cannot be confirmed or denied.
    asked: letterAware(/\b(i|in|during|på|paa)\s+(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|january|february|march|may|june|july|october|december)\b(?!\s*\d{4})/),
    given: letterAware(/\b(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|january|february|march|may|june|july|october|december|vår|våren|høst|høsten|spring|autumn|fall)\b|\b\d{1,2}\.\s?\d|\b\d{1,2}\.(\s?[-–]\s?\d{1,2}\.)?\s+\p{L}/iu),
    missing: { nb: 'Dokumentet sier ikke når det er.', en: 'The document does not say when that is.' },
    unanswered: true,
    whole: true,
  },
];

/**
 * Each detail's quick first test (its pattern without word edges, see edgeFree): most questions ask no detail, and the
 * letter-aware edges are what makes the full pattern slow to rule out.
 */
const QUICK: ReadonlyArray<RegExp | undefined> = DETAILS.map((d) => edgeFree(d.asked));

/** What an answer says when its document lacks a detail ("dokumentet sier ikke noe om pris"). */
const SAYS_NOT_GIVEN = /\b(sier ikke noe om|ikke oppgitt|says nothing about|does not say|does not give|gives no)\b/;

/**
 * The answer text with "the document does not give …" first when the question asks a detail it lacks, and whether
 * the question is then left unanswered; undefined when nothing is missing.
 */
export function withMissingDetail(question: string, text: string, lang: Lang, mentions?: (sentence: string) => boolean): { text: string; unanswered: boolean } | undefined {
  // "e-postadressen", "her email adress" ask for an e-mail, which contact answers give.
  const q = question.replace(/(e-?post|e-?mail|epost|emial|\bmail)\w*(\s*(adress\w*|address\w*))?/g, ' ');
  // "hva koster pensumbøkene?" against "kr 53 000 … litteratur kommer i tillegg": the sentence about the books has no
  // price. Picked only once a detail is asked: reading each sentence for the question's words is the costly part.
  let checked: string | undefined;
  for (const [i, d] of DETAILS.entries()) {
    const quick = QUICK[i];
    if ((quick && !quick.test(q)) || !d.asked.test(q)) continue;
    if (checked === undefined) {
      const about = mentions ? text.split(/(?<=[.!?])\s+/).filter(mentions) : [];
      checked = about.length > 0 ? about.join(' ') : text;
    }
    if (d.given.test(d.whole ? text : checked)) continue;
    // "Hva koster LEDPRO, og NTNUs lederutvikling til sammenligning?": a side by side that gives one price and says of
    // the other side that its document has none has said what is missing already; a refusal in front of it would
    // then answer.
    if (d.given.test(text) && SAYS_NOT_GIVEN.test(checked)) continue;
    const bare = text.replace(` (${timesNotAnnounced[lang]})`, '');
    return { text: `${d.missing[lang]} ${bare}`, unanswered: d.unanswered };
  }
  return undefined;
}
