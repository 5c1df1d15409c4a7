import { letterAware } from './letter-aware';

/** Applicants who do not meet the admission requirement, told of in a question ("søkere som ikke oppfyller kravet"). */
const UNQUALIFIED = letterAware(/\b(ikke|ikkje|not|don't|do not|doesn't|does not)\s+(oppfyller|oppfyl|fyller|meet|meets|fulfil|fulfill|fulfils|fulfills|satisfy)\b|\b(uten|utan|without)\s+(bachelor\w*|grad|graden|degree|a degree|høyere utdanning|høgare utdanning|higher education)\b|\b(kursdeltak\w*|course participants?)\b/);
/** A follow-up that asks of "them" what the program gives: credits, a certificate, an exam. */
const THEY_GET = letterAware(/\b(de|dei|dem|they|them|hun|han|ho|she|he)\b[^.?!]{0,30}\b(studiepoeng|credits?|ects|kursbevis|certificate|eksamen|exam|vitnemål|diploma)\b/);

/**
 * "Hva skjer med søkere som ikke oppfyller opptakskravet?" → "Får de studiepoeng da?": "they" take part as course
 * participants, which the admission rules speak of (a certificate, no credits), not the program's own credits.
 */
export function withCourseParticipants(question: string, last: string | undefined): string {
  if (!last || !UNQUALIFIED.test(last.toLowerCase()) || !THEY_GET.test(question.toLowerCase()) || UNQUALIFIED.test(question.toLowerCase())) return question;
  const en = /\b(they|them|she|he|credits?|certificate|exam)\b/i.test(question);
  return `${question.replace(/[?.!\s]*$/, '')} ${en ? 'as course participants' : 'som kursdeltakere'}?`;
}
