import type { Lang } from '../../../shared/i18n';
import { uniqueSources, type Answer } from './answer';
import type { Composed } from './composed';
import { LEANS_BACK } from './composer-patterns';

/**
 * Two questions of one message, each answered in turn (the second leaning on the first), said together: a fact
 * once, a part the documents do not answer in one plain line beside the part they do, never a refusal that then
 * answers.
 */
/** "og den siste?", "and part 2?", "hva med del 2?": a part of a message that asks only by leaning on what came before. */
const ELLIPTIC = /^(?:(?:og|and|men|but|hva med|kva med|what about)\s+)?(?:\S+\s+){0,2}\S+\s*\?$/i;
/** Whose a fact is, said before it ("LEDPRO 1 og LEDPRO 2 (gjelder hver del): "). */
const HEADER = /^[^:\n]{3,90}\((gjelder hver del|for each part|each part)\): /;

export function bothTogether(a: Composed, b: Composed, first: string, second: string, lang: Lang): Composed {
  // "Blir det et nytt kull i 2025, og når er fristen for det?": the second asks about what the documents do not
  // have; a fact of something else would answer a question nobody asked.
  if (a.answer.kind === 'unknown' && b.answer.kind === 'answer' && LEANS_BACK.test(second)) return a;
  // The second answer may hold the first ("Ja, <the page>" and "<the page> <more>"): the fact is said once.
  const core = (t: string): string => t.replace(/^(Ja|Nei|Jo|Delvis|Yes|No|Partly)[,.]\s+/, '');
  if (a.answer.kind === 'answer' && b.answer.kind === 'answer' && a.answer.text !== b.answer.text) {
    const verdict = a.answer.text.slice(0, a.answer.text.length - core(a.answer.text).length);
    // "Deltakeravgiften var 35 000, var det ikke det? Kan du sjekke?": one verdict, the first question's. But a first
    // part that only leans back ("og den siste? er den på samme hotell som den første?") carries a claim made in an
    // earlier message; the yes or no asked in this one is the second's.
    const own = b.answer.text.slice(0, b.answer.text.length - core(b.answer.text).length);
    const said = own && verdict && own !== verdict && ELLIPTIC.test(first.trim()) ? own : verdict;
    if (b.answer.text.includes(core(a.answer.text))) return { answer: { ...b.answer, text: said ? `${said}${core(b.answer.text)}` : b.answer.text }, state: b.state };
    if (a.answer.text.includes(core(b.answer.text))) return { answer: a.answer, state: b.state };
    // "Er det Randi jeg ringer om hotellet? Hva er nummeret?": the first answer already gives the right person in
    // full; the second would only say the same number again.
    const person = a.answer.contact;
    if (person && b.answer.contact?.name === person.name && [...person.phones, person.email ?? ''].every((d) => a.answer.text.includes(d))) return { answer: a.answer, state: b.state };
  }
  const parts = [a.answer, b.answer].filter((x) => x.kind !== 'smalltalk');
  if (parts.length < 2 || a.answer.text === b.answer.text) return parts.length === 0 ? b : { answer: parts[parts.length - 1], state: b.state };
  const answered = parts.filter((x) => x.kind === 'answer');
  if (answered.length === 0) return { answer: a.answer, state: b.state };
  // One part answered, the other not in the documents: the answer, and a plain word on the other question, so the
  // reply never reads as a refusal that then answers.
  const told = [{ x: a.answer, q: first }, { x: b.answer, q: second }].filter(({ x }) => x.kind !== 'smalltalk');
  const ordered = [...told.filter(({ x }) => x.kind !== 'unknown').map(({ x }) => x.text), ...told.filter(({ x }) => x.kind === 'unknown').map(({ x, q }) => notCovered(q, lang, x.contact))];
  // "Hva er opptakskravet og søknadsfristen for LEDPRO?": both answers of one program say whose they are once.
  const head = HEADER.exec(ordered[0] ?? '')?.[0];
  if (head) for (let i = 1; i < ordered.length; i += 1) if (ordered[i].startsWith(head)) ordered[i] = ordered[i].slice(head.length);
  const answer: Answer = {
    ...answered[answered.length - 1],
    text: ordered.join('\n\n'),
    sources: uniqueSources(parts.flatMap((x) => x.sources)),
    programIds: [...new Set(parts.flatMap((x) => x.programIds))],
    facts: parts.flatMap((x) => x.facts ?? []),
    contact: parts.find((x) => x.contact)?.contact,
  };
  return { answer, state: b.state };
}

/** The part of a two-part message the documents do not answer, said in one line beside the part they do. */
function notCovered(question: string, lang: Lang, contact: Answer['contact']): string {
  // The other question quoted as a question ("«Er det parkering ved hotellet?»"), so the line reads on its own.
  const bare = question.trim().replace(/[?.!\s]+$/, '');
  const q = `${bare.charAt(0).toUpperCase()}${bare.slice(1)}?`;
  const who = contact ? (lang === 'nb' ? ` Spør gjerne ${contact.name}${contact.email ? `, ${contact.email}` : ''}.` : ` Please ask ${contact.name}${contact.email ? `, ${contact.email}` : ''}.`) : '';
  return lang === 'nb' ? `«${q}» – det sier programdokumentene ingenting om.${who}` : `"${q}" – the programme documents say nothing about that.${who}`;
}

