import type { Program } from '../../../catalog/catalog.schema';
import type { Lang } from '../../../shared/i18n';
import { uniqueSources, type Answer } from './answer';
import { withMissingDetail } from './asked-details';
import { evidenceOf, statedIn } from './claim-evidence';
import { SKIPS_PART_ONE } from './composer-patterns';
import { pastDeadlineNote } from './date-calculations';
import { sourceOf } from './fact-answers';
import type { ReadQuestion } from './question-reader';
import type { CatalogRetriever } from './retrieval';
import { roundTripLine } from './travel-times';
import { withVerdict } from './yes-no-answers';
import { HOW_IN } from './reader-vocabulary';
import { SITTING_EXAM, TAKE_HOME } from './everyday-cues';

/**
 * What every answer gets before it is given: the detail asked that the documents lack said first, a round trip
 * computed, the yes/no verdict, a premise of skipping part 1 corrected, and a passed deadline noted.
 */
/** "… og kommer det noe semesteravgift i tillegg?": "in addition" asks whether something is added, it names no
 * subject whose sentence alone would hold the price. */
const IN_ADDITION = /^(tillegg|additional|addition|extra|ekstra)$/;

/** Applying now or still ("kan jeg søke nå?", "kan eg søkje no?", "can I still apply?"). */
const APPLY_NOW = /(?<![\p{L}])(?:søke|søkje|søker|søkjer|apply|melde (?:meg|oss) på)(?![\p{L}])[^?.]{0,30}(?<![\p{L}])(?:nå|no|now|fortsatt|framleis|fremdeles|ennå|enno|still|i år|this year)(?![\p{L}])|(?<![\p{L}])(?:still|fortsatt|framleis|fremdeles|ennå|enno)\s+(?:søke|søkje|apply)(?![\p{L}])/iu;

export function finished(given: Answer, read: ReadQuestion, programs: readonly Program[], now: Date, lang: Lang, retriever: CatalogRetriever): Answer {
  let answer = given;
  // The asked detail (a street address, a time of day) is not in the documents: said first, and the answer is an
  // "unknown" with what the documents do say beside it.
  // An exam claimed to be sat at a gathering ("… at the last gathering in October?") is answered by its being a
  // take-home assignment: when that gathering is does not matter, and the verdict says no.
  const satNotAsked = SITTING_EXAM.test(read.focus) && TAKE_HOME.test(answer.text);
  const detailed = answer.kind === 'answer' && !answer.contact && !satNotAsked ? withMissingDetail(read.focus, answer.text, lang, (s) => { const e = evidenceOf(s, retriever.isKnown); return read.subjectWords.some((w) => !IN_ADDITION.test(w) && statedIn(e, w)); }) : undefined;
  if (detailed) answer = { ...answer, kind: detailed.unanswered ? 'unknown' : 'answer', text: detailed.text };
  // "tur-retur Oslo S?": the time both ways, computed from the one-way time the answer gives.
  const both = answer.kind === 'answer' ? roundTripLine(read.focus, answer.text, lang) : undefined;
  if (both) answer = { ...answer, text: `${both} ${answer.text}` };
  // "hvilket program passer for meg?" from a study programme leader: the program of the role first, then the examples.
  const role = read.roleProgram;
  if (role && answer.kind === 'answer' && !answer.text.startsWith(role.name[lang])) {
    const lead = lang === 'nb'
      ? `For denne rollen har NTNU ${role.name.nb}. Dokumentet nevner det bare som et eksempel på lederutviklingsprogram ved NTNU, uten innhold, tider eller pris.`
      : `For this role NTNU has ${role.name.en} (${role.name.nb}). The document only names it as an example of NTNU's leader development programmes, without content, times or price.`;
    // The buttons follow the role's program, not the umbrella's one program with gatherings (a study programme
    // leader has no use for "Where are the Head of Department programme's gatherings held?").
    // The first button's title is short (the program's long name clipped it in the card); its question names it.
    const roleName = lang === 'nb' ? role.name.nb : role.name.en;
    const next = lang === 'nb'
      ? [{ title: 'Hvordan kommer jeg med?', query: `Hvordan kommer jeg med i ${roleName}?` }, { title: 'Hvilke fagmoduler har NTNUs lederutvikling?', query: 'Hvilke fagmoduler har NTNUs lederutvikling?' }]
      : [{ title: 'How do I get in?', query: `How do I get into ${roleName}?` }, { title: "What modules does NTNU's leader development have?", query: "What modules does NTNU's leader development have?" }];
    answer = { ...answer, text: `${lead}\n\n${answer.text}`, followUps: next };
  }
  answer = withVerdict(answer, read, lang, retriever);
  // "I'll sign her straight up for part 2 – part 1 would be a waste. Where do I apply?": the premise is corrected
  // first with what part 2 requires, then the question is answered.
  if (answer.kind === 'answer' && SKIPS_PART_ONE.test(read.text) && !/(må du ha gjennomført|must have completed)/i.test(answer.text)) {
    const ids = answer.programIds;
    const required = retriever.catalog.programs.flatMap((p) => p.facts.filter((f) => f.topic === 'prerequisite').map((f) => ({ p, f })))
      .find(({ p }) => retriever.familyOf(p).some((x) => ids.includes(x.id) || programs.includes(x)));
    if (required) answer = { ...answer, text: `${required.f.text[lang]}\n\n${answer.text}`, sources: uniqueSources([sourceOf(required.p, required.f, lang), ...answer.sources]) };
  }
  // An answer about applying, given after the deadline, says that the deadline has passed.
  // So does one about how to get in, which says how to apply too.
  // So does "kan eg søkje no?", "can I still apply?": whether one may apply now is the deadline's to say too.
  const applyTold = ['apply', 'deadline'].includes(read.intent.topics[0] ?? '') || (read.intent.topics[0] === 'admission' && (HOW_IN.test(read.focus) || APPLY_NOW.test(read.focus)));
  if (answer.kind === 'answer' && applyTold && !/gått ut|has passed|for sent|too late/.test(answer.text)) {
    const ids = answer.programIds;
    const note = pastDeadlineNote(retriever.catalog.programs.filter((p) => ids.includes(p.id)), now, lang);
    if (note) answer = { ...answer, text: withNoteBesideDate(answer.text, note) };
  }
  return answer;
}

/**
 * The passed-deadline note goes after the paragraph that gives that deadline: in programs set side by side ("…
 * innen 15. desember 2023 … \n\nTil NTNUs lederutviklingsprogrammer … nominerer …") it belongs to the one that has it.
 */
function withNoteBesideDate(text: string, note: { readonly text: string; readonly dates: string }): string {
  const paragraphs = text.split('\n\n');
  const at = paragraphs.map((x) => x.includes(note.dates)).lastIndexOf(true);
  if (at < 0 || at === paragraphs.length - 1) return `${text} ${note.text}`;
  return [...paragraphs.slice(0, at), `${paragraphs[at]} ${note.text}`, ...paragraphs.slice(at + 1)].join('\n\n');
}
