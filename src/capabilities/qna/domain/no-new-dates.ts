import type { Contact, Program } from '../../../catalog/catalog.schema';
import { instantsOf } from '../../../catalog/gathering-time';
import type { Lang } from '../../../shared/i18n';
import type { Answer, AnswerContact } from './answer';
import { shortName, type Schedule } from './date-answers';

/** True when no schedule has a gathering still to start: "neste samling" then meets a closed door. */
export function nothingAhead(schedules: readonly Schedule[], now: Date): boolean {
  return schedules.length > 0 && schedules.every((s) => s.cohort.gatherings.every((g) => {
    const span = instantsOf(g);
    return span !== undefined && span.start.getTime() <= now.getTime();
  }));
}

/** Whom the catalog names for questions about taking part: admission first, then general, then practical. */
export function admissionContact(programs: readonly Program[]): Contact | undefined {
  const all = programs.flatMap((p) => p.contacts);
  for (const concern of ['admission', 'general', 'practical'] as const) {
    const c = all.find((x) => x.concerns.includes(concern));
    if (c) return c;
  }
  return all[0];
}

const asContact = (c: Contact, lang: Lang): AnswerContact => ({ name: c.name, role: c.role[lang], ...(c.email ? { email: c.email } : {}), phones: c.phones });

/**
 * A date answer when every gathering is past says what is known (the last cohort, that no new dates are
 * published); this adds whom to ask (from the catalog) and, first among the follow-ups, a question about
 * taking part in the program, so the person is not left at a closed door.
 */
export function withWhomToAsk(answer: Answer, programs: readonly Program[], lang: Lang): Answer {
  const p = programs.find((x) => x.contacts.length > 0) ?? programs[0];
  const c = p ? admissionContact([p]) : undefined;
  if (!p) return answer;
  const name = shortName(p, lang);
  const q = lang === 'nb' ? `Hvordan søker jeg på ${name}?` : `How do I apply for ${name}?`;
  const ask = p.admission?.nominations && !p.admission.applications
    ? (lang === 'nb' ? `Hvem nominerer til ${name}?` : `Who nominates for ${name}?`) : q;
  return {
    ...answer,
    ...(c ? { contact: asContact(c, lang) } : {}),
    showContact: c !== undefined,
    followUps: [{ title: ask, query: ask }, ...answer.followUps.filter((f) => f.query !== ask)].slice(0, 3),
  };
}
