import type { FactTopic, Program } from '../../../catalog/catalog.schema';
import type { Lang } from '../../../shared/i18n';
import type { FollowUp } from './answer';
import type { Intent } from './question-intent';
import type { CatalogRetriever } from './retrieval';
import { shortName } from './date-answers';

/** Questions offered as buttons under an answer, each about a topic the program has and the question did not ask. */
const FOLLOW_UPS: Partial<Record<FactTopic, { nb: string; en: string }>> = {
  fee: { nb: 'Hva koster {p}?', en: 'What does {p} cost?' },
  dates: { nb: 'Når er neste samling i {p}?', en: 'When is the next gathering of {p}?' },
  place: { nb: 'Hvor holdes samlingene i {p}?', en: 'Where are the gatherings of {p} held?' },
  admission: { nb: 'Hva er opptakskravet til {p}?', en: 'What are the admission requirements for {p}?' },
  contacts: { nb: 'Hvem kan jeg kontakte om {p}?', en: 'Who can I contact about {p}?' },
  'target-group': { nb: 'Hvem er {p} for?', en: 'Who is {p} for?' },
  themes: { nb: 'Hva er innholdet i {p}?', en: 'What is the content of {p}?' },
  lodging: { nb: 'Hva koster kost og losji på samlingene i {p}?', en: 'What does board and lodging cost on {p}?' },
  pillars: { nb: 'Hva er hovedsøylene i {p}?', en: 'What are the pillars of {p}?' },
};

/**
 * The name the parts of one offer share ("LEDPRO" for LEDPRO 1 and LEDPRO 2): a reply about both parts offers buttons
 * about the offer as a whole, not about whichever part came first.
 */
function sharedName(programs: readonly Program[], lang: Lang): string | undefined {
  if (programs.length < 2 || new Set(programs.map((x) => x.provider)).size > 1) return undefined;
  const words = programs.map((x) => shortName(x, lang).split(/\s+/));
  const common: string[] = [];
  for (let i = 0; words.every((w) => i < w.length - 1 && w[i] === words[0][i]); i++) common.push(words[0][i]);
  return common.length > 0 ? common.join(' ') : undefined;
}

export function suggestedQuestions(retriever: CatalogRetriever, lang: Lang, programs: readonly Program[], intent: Intent, hasTopic: (programs: readonly Program[], topic: FactTopic) => boolean): FollowUp[] {
  const parts = programs.filter((x) => x.cohorts.length > 0);
  const whole = sharedName(parts, lang);
  if (whole) return offers(lang, whole, intent, (t) => hasTopic(parts, t));
  // An umbrella offer (NTNU's leader development) is no program to ask "where is it held" about: suggest its programs.
  const first = programs.find((x) => x.cohorts.length > 0) ?? programs.find((x) => !retriever.isUmbrella(x)) ?? programs[0];
  if (!first) return [];
  // An umbrella's long name makes a clipped button: its program with gatherings is what one asks about next.
  const p = retriever.isUmbrella(first) ? retriever.withDescendants([first]).find((x) => x.cohorts.length > 0) ?? first : first;
  // "Instituttlederprogrammet", not "… 2021-2025": a button title that fits.
  const name = (retriever.isUmbrella(p) ? p.name[lang] : shortName(p, lang)).replace(/\s+\d{4}\s*[-–]\s*\d{4}$/, '');
  return offers(lang, name, intent, (t) => hasTopic(retriever.withDescendants([p]), t));
}

function offers(lang: Lang, name: string, intent: Intent, has: (topic: FactTopic) => boolean): FollowUp[] {
  const out: FollowUp[] = [];
  // The first three topics the program has, in order; the rest are not looked at.
  for (const t of OFFERED) {
    if (out.length === 3) break;
    if (intent.topics.includes(t) || !has(t)) continue;
    const q = (FOLLOW_UPS[t] ?? { nb: '', en: '' })[lang].replace('{p}', name);
    out.push({ title: q, query: q });
  }
  return out;
}

const OFFERED = Object.keys(FOLLOW_UPS) as FactTopic[];
