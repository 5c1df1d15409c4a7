import { format, pick, type Lang } from '../../../shared/i18n';
import { formatLocalDate } from '../../../shared/oslo-time';
import type { SubmitProblem } from '../use-cases/submit-nomination.use-case';
import type { CohortCatalog } from '../ports';
import { problem as m, statusName } from './nominations-messages';

/** One clear sentence per problem with a submitted form, in the user's language. */
export function problemText(catalog: CohortCatalog, p: SubmitProblem, lang: Lang): string {
  switch (p.code) {
    case 'justification-too-long': return format(m[p.code], lang, { length: p.length, max: p.max });
    case 'duplicate': return format(m.duplicate, lang, { status: pick(statusName[p.status], lang).toLowerCase() });
    case 'kind-not-accepted': return pick(p.kind === 'nomination' ? m['kind-not-accepted-nomination'] : m['kind-not-accepted-application'], lang);
    case 'deadline-passed': return format(m[p.code], lang, { deadline: formatLocalDate(p.deadline, lang) });
    case 'cohort-full': return format(m[p.code], lang, { capacity: p.capacity });
    case 'prerequisite-missing': {
      const names = p.programIds.map((id) => { const pr = catalog.program(id); return pr ? pick(pr.name, lang) : id; });
      return format(m[p.code], lang, { programs: names.join(', ') });
    }
    default: return pick(m[p.code], lang);
  }
}
