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

export function suggestedQuestions(retriever: CatalogRetriever, lang: Lang, programs: readonly Program[], intent: Intent, hasTopic: (programs: readonly Program[], topic: FactTopic) => boolean): FollowUp[] {
  // An umbrella offer (NTNU's leader development) is no program to ask "where is it held" about: suggest its programs.
  const first = programs.find((x) => x.cohorts.length > 0) ?? programs.find((x) => !retriever.isUmbrella(x)) ?? programs[0];
  if (!first) return [];
  // An umbrella's long name makes a clipped button: its program with gatherings is what one asks about next.
  const p = retriever.isUmbrella(first) ? retriever.withDescendants([first]).find((x) => x.cohorts.length > 0) ?? first : first;
  // "Instituttlederprogrammet", not "… 2021-2025": a button title that fits.
  const name = (retriever.isUmbrella(p) ? p.name[lang] : shortName(p, lang)).replace(/\s+\d{4}\s*[-–]\s*\d{4}$/, '');
  const asked = new Set(intent.topics);
  return (Object.keys(FOLLOW_UPS) as FactTopic[])
    .filter((t) => !asked.has(t) && hasTopic(retriever.withDescendants([p]), t))
    .slice(0, 3)
    .map((t) => {
      const q = (FOLLOW_UPS[t] ?? { nb: '', en: '' })[lang].replace('{p}', name);
      return { title: q, query: q };
    });
}
