import type { Program } from '../../../catalog/catalog.schema';
import { letterAware } from './letter-aware';

/**
 * "Jeg er sykehjemsleder i en kommune. Er NTNUs lederprogram noe for meg?": a program for its provider's own leaders
 * ("for alle NTNUs instituttledere") does not take a leader who told they work somewhere else; their role being a
 * leader's ("sykehjemsleder" is one of the "ledere") does not make them one of the provider's.
 */

/** Where the asker told they work, outside any provider: a municipality, a school, a hospital, a state agency, a firm. */
const WORKS_ELSEWHERE = letterAware(/\b(?:i|ved|på|hos|in|at|for|from|fra|frå)\s+(?:(?:en|ei|et|ein|eit|a|an|the|vår|vårt|our|min|mi|mitt|my|den|det)\s+)?(?:[\p{L}-]+\s+)?(?:kommune\w*|fylkeskommune\w*|municipalit\w*|county|sykehus\w*|hospital\w*|helseforetak\w*|skole\w*|school\w*|barnehage\w*|kindergarten\w*|nursery|sykehjem\w*|nursing home\w*|bedrift\w*|firma\w*|company|private (?:company|firm)|konsern\w*|etat\w*|etaten|direktorat\w*|directorate|(?:state |government |public )?agency|nav|skatteetaten|bank\w*|departement\w*|ministry|høgskole\w*|høyskole\w*|høgskule\w*|university college|(?:annen|anna|et annet|eit anna|another|other|a different) (?:universitet\w*|university|institusjon\w*|institution|lærested\w*))\b|\b(?:ikke|ikkje|not|utenfor|utanfor|outside) (?:ved |på |at )?ntnu\b|\b(?:kommuneansatt\w*|kommunalsjef\w*|kommunedirektør\w*|rådmann\w*|sykehjemsleder\w*|barnehagestyrer\w*|styrer i (?:en |ein )?barnehage|konsulent\w*|consultant\w*|innleid\w*|contractor\w*)\b|\b(?:vi|we|me) (?:er|are|e) (?:en|ei|et|ein|eit|a|an) (?:[\p{L}-]+ )?(?:kommune\w*|fylkeskommune\w*|municipalit\w*|county|bedrift\w*|firma\w*|company|etat\w*|agency|sykehus\w*|hospital\w*)\b|\b(?:ingen|no) (?:kobling|tilknytning|connection|ties|link) (?:til|med|to|with) ntnu\b/u);

/** Whether the asker works outside the providers of the answer's programs, each of which is for its own people (the
 * answer says so: "NTNUs instituttledere", "NTNU's heads of department"). */
export function outsideProvider(text: string, answerText: string, programs: readonly Program[]): boolean {
  if (programs.length === 0 || !WORKS_ELSEWHERE.test(text)) return false;
  // A leader who told they work for the provider ("ved NTNU") is one of its own.
  // The program is for the provider's own people when its answer or its own facts say so ("for alle NTNUs
  // instituttledere"): a pillar's fact alone need not name them.
  const own = (p: Program): boolean => { const of = new RegExp(`\\b${p.provider}(?:s|'s)\\s`, 'i'); return of.test(answerText) || p.facts.some((f) => of.test(f.text.nb)); };
  return programs.every((p) => !new RegExp(`\\b(?:ved|på|at|hos|in)\\s+(?:\\p{L}+\\s+){0,3}?${p.provider}\\b`, 'iu').test(text) && own(p));
}
