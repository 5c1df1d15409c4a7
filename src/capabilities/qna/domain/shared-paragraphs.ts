import type { Lang } from '../../../shared/i18n';

/**
 * The paragraphs of one reply ("LEDPRO 2: …" and "LEDPRO 1: …"), said once each. A reply built from the facts of two
 * parts, or from two questions of one message, may hold a paragraph twice, or two whose texts are the same but for
 * what one part adds ("del 2 bygger videre på del 1 …" before part 1's text): the shared text is then said once for
 * both, and what only one part has after it, so a leader does not read the same paragraph twice.
 */
export function tidyParagraphs(text: string, lang: Lang): string {
  const paragraphs = text.split('\n\n');
  if (paragraphs.length < 2) return text;
  const verdict = VERDICT.exec(paragraphs[0])?.[0] ?? '';
  const bare = [paragraphs[0].slice(verdict.length), ...paragraphs.slice(1)];
  const once = bare.filter((p, i) => bare.indexOf(p) === i);
  const out: string[] = [];
  for (let i = 0; i < once.length; i += 1) {
    const merged = i + 1 < once.length ? mergedPair(once[i], once[i + 1], lang) : undefined;
    if (merged) { out.push(...merged); i += 1; } else out.push(once[i]);
  }
  const tidy = out.join('\n\n');
  return tidy === bare.join('\n\n') ? text : `${verdict}${tidy}`;
}

const VERDICT = /^(?:Ja|Nei|Jo|Delvis|Yes|No|Partly)(?:, det stemmer ikke|, that is not right)?\.\s+/;
/** "LEDPRO 2: …": whose a paragraph is, before its text (a name, no sentence in it). */
const HEADED = /^([^:\n.?!]{2,40}): ([\s\S]+)$/;

/** A header that names a program or part ("LEDPRO 2", "NTNU", "Instituttlederprogrammet"), not a label of a list. */
const PROGRAM_HEADER = /^(LEDPRO \d(?: (?:og|and) LEDPRO \d)?(?: \([^)]*\))?|NTNU\b.*|.*program.*)$/i;
const whose = (header: string): string => header.replace(/\s*\([^)]*\)\s*$/, '');

function mergedPair(first: string, second: string, lang: Lang): string[] | undefined {
  const a = HEADED.exec(first);
  const b = HEADED.exec(second);
  if (!a || !b || a[2] === b[2] || !PROGRAM_HEADER.test(a[1]) || !PROGRAM_HEADER.test(b[1])) return undefined;
  const [long, short, own] = a[2].length > b[2].length ? [a[2], b[2], a[1]] : [b[2], a[2], b[1]];
  if (short.length < 40) return undefined;
  // The same programs headed twice ("LEDPRO 1 og LEDPRO 2" and "… (gjelder hver del)"): the fuller paragraph alone.
  if (whose(a[1]) === whose(b[1])) return long.includes(short) ? [a[2].length > b[2].length ? first : second] : undefined;
  const rest = long.startsWith(short) ? long.slice(short.length).trim() : long.endsWith(short) ? long.slice(0, long.length - short.length).trim() : '';
  if (!rest) return undefined;
  // The parts of one program ("LEDPRO 1", "LEDPRO 2") in their order; "likt for hver del" as the side-by-side says it.
  const parts = /^LEDPRO \d$/.test(a[1]) && /^LEDPRO \d$/.test(b[1]);
  const names = parts ? [a[1], b[1]].sort() : [a[1], b[1]];
  const both = `${names[0]} ${lang === 'nb' ? 'og' : 'and'} ${names[1]}`;
  const same = lang === 'nb' ? (parts ? 'likt for hver del' : 'likt for begge') : parts ? 'the same for each part' : 'the same for both';
  const extra = /^(Tillegg for|I tillegg for|In addition for|Addition for)\b/.test(rest) ? rest : `${lang === 'nb' ? 'I tillegg for' : 'In addition for'} ${own}: ${rest}`;
  return [`${both} (${same}): ${short}`, extra];
}
