import { renderCard } from '../../../adapters/teams/card-renderer';
import { format, pick, type Lang } from '../../../shared/i18n';
import type { OutboundMessage } from '../../../shared/messenger.port';
import { formatLocalDate } from '../../../shared/oslo-time';
import type { Cohort, Program } from '../../../catalog/catalog.schema';
import { JUSTIFICATION_MAX, type DegreeAnswer, type NominationKind } from '../domain/nomination';
import type { CohortCatalog } from '../ports';
import template from './cards/nomination-form.json';
import { degreeName, form as m } from './nominations-messages';

/** What the user entered, echoed back when the card returns with problems so nothing typed is lost. */
export interface FormValues {
  readonly cohortId?: string;
  readonly nominee?: string;
  readonly nomineeEmail?: string;
  readonly justification?: string;
  readonly degree?: string;
  readonly completed?: readonly string[];
}

const DEGREES: readonly DegreeAnswer[] = ['bachelor', 'experience', 'none'];
/** Inputs echo at most this much; the problem list already says when a text was too long. */
const ECHO_MAX = JUSTIFICATION_MAX;

/**
 * The nomination or application form. It asks only what the offered cohorts' admission rules need: the
 * education question when a program requires a degree, the completed-programs question when one has
 * prerequisites. The nominee comes from the Teams people picker (Data.Query over Graph users), with an
 * e-mail field for clients without it.
 */
export function nominationFormCard(catalog: CohortCatalog, o: {
  lang: Lang; kind: NominationKind; cohorts: ReadonlyArray<{ program: Program; cohort: Cohort }>;
  values?: FormValues; problems?: readonly string[];
}): OutboundMessage {
  const { lang, kind } = o;
  const v = o.values ?? {};
  const degreePrograms = [...new Set(o.cohorts.filter((c) => c.program.admission?.requiresDegree).map((c) => pick(c.program.name, lang)))];
  const prerequisites = [...new Set(o.cohorts.flatMap((c) => c.program.admission?.prerequisites ?? []))];
  const problems = o.problems ?? [];
  const data = {
    kind,
    // The reply to the form speaks the language the form was asked for in ("nominate" vs "nominer").
    lang,
    title: pick(kind === 'nomination' ? m.titleNomination : m.titleApplication, lang),
    intro: pick(kind === 'nomination' ? m.introNomination : m.introApplication, lang),
    showProblems: problems.length > 0,
    problemsTitle: pick(kind === 'nomination' ? m.problemsNomination : m.problemsApplication, lang),
    problems: problems.map((text) => ({ text })),
    cohortLabel: pick(m.cohort, lang),
    cohortError: pick(m.cohortError, lang),
    cohortValue: o.cohorts.some((c) => c.cohort.id === v.cohortId) ? v.cohortId : (o.cohorts.length === 1 ? o.cohorts[0].cohort.id : ''),
    cohortChoices: o.cohorts.map(({ cohort }) => ({
      value: cohort.id,
      title: cohort.applicationDeadline
        ? format(m.cohortDeadline, lang, { name: pick(cohort.name, lang), deadline: formatLocalDate(cohort.applicationDeadline, lang) })
        : pick(cohort.name, lang),
    })),
    showNominee: kind === 'nomination',
    nomineeLabel: pick(m.nominee, lang),
    nomineePlaceholder: pick(m.nomineePlaceholder, lang),
    nomineeValue: v.nominee ?? '',
    nomineeEmailLabel: pick(m.nomineeEmail, lang),
    nomineeEmailValue: (v.nomineeEmail ?? '').slice(0, 254),
    showDegree: degreePrograms.length > 0,
    degreeLabel: format(m.degree, lang, { programs: degreePrograms.join(', ') }),
    degreeValue: DEGREES.find((d) => d === v.degree) ?? '',
    degreeChoices: DEGREES.map((d) => ({ value: d, title: pick(degreeName[d], lang) })),
    showCompleted: prerequisites.length > 0,
    completedLabel: pick(m.completed, lang),
    completedValue: (v.completed ?? []).filter((c) => prerequisites.includes(c)).join(','),
    completedChoices: prerequisites.map((id) => {
      const p = catalog.program(id);
      return { value: id, title: format(m.completedChoice, lang, { program: p ? pick(p.name, lang) : id }) };
    }),
    justificationLabel: pick(kind === 'nomination' ? m.justificationNomination : m.justificationApplication, lang),
    justificationError: pick(m.justificationError, lang),
    justificationMax: JUSTIFICATION_MAX,
    justificationValue: (v.justification ?? '').slice(0, ECHO_MAX),
    submitTitle: pick(kind === 'nomination' ? m.submitNomination : m.submitApplication, lang),
  };
  const text = [data.title, ...problems].join('\n');
  return { text, card: renderCard(template, data) };
}
