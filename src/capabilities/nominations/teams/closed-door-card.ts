import { inSentence } from '../../../shared/name-in-sentence';
import { escapeCardText, renderCard } from '../../../adapters/teams/card-renderer';
import type { Cohort, Contact, Program } from '../../../catalog/catalog.schema';
import { formatWhen, instantsOf } from '../../../catalog/gathering-time';
import { format, pick, type Lang } from '../../../shared/i18n';
import type { OutboundMessage } from '../../../shared/messenger.port';
import { formatLocalDate } from '../../../shared/oslo-time';
import { QNA_VERBS } from '../../qna/teams/qna-verbs';
import type { NominationKind } from '../domain/nomination';
import type { CohortCatalog } from '../ports';
import { closedDoor as t } from './nominations-messages';
import template from './cards/closed-door.json';

export type ClosedDoor =
  /** No cohort takes this kind of request now. */
  | { readonly why: 'nothing-open' }
  /** Cohorts take nominations, but the person nominates for none of them. */
  | { readonly why: 'not-nominator'; readonly open: ReadonlyArray<{ program: Program; cohort: Cohort }>; readonly coordinators: ReadonlyMap<string, readonly string[]> };

/** Whom the catalog names for taking part: admission first, then general, then practical; a parent's too. */
function contactOf(catalog: CohortCatalog, p: Program): Contact | undefined {
  const chain = [p, ...(p.parent ? [catalog.program(p.parent)].filter((x): x is Program => x !== undefined) : [])];
  const all = chain.flatMap((x) => x.contacts);
  for (const concern of ['admission', 'general', 'practical'] as const) {
    const c = all.find((x) => x.concerns.includes(concern));
    if (c) return c;
  }
  return all[0];
}

const latest = (p: Program): Cohort | undefined => [...p.cohorts].filter((c) => !c.example).sort((a, b) => b.year - a.year)[0];

/** "15. februar 2024 – 8. oktober 2024": from the first gathering to the last, as the catalog dates them. */
function span(c: Cohort, lang: Lang): string {
  const gs = [...c.gatherings].sort((a, b) => (instantsOf(a)?.start.getTime() ?? 0) - (instantsOf(b)?.start.getTime() ?? 0));
  const first = gs[0];
  const last = gs[gs.length - 1];
  return first === last ? formatWhen(first, lang) : `${formatWhen(first, lang).replace(/ \(.*\)$/, '')} – ${formatWhen(last, lang).replace(/ \(.*\)$/, '')}`;
}

/**
 * What "søk", "nominer" meet when the door is closed: what is known (each program's last cohort, its deadline and
 * dates, that no new dates are published; or which cohorts take nominations and who registers nominators), whom
 * to contact (from the catalog, else the cohort's coordinators), and a button that asks Q&A about the program.
 */
export function closedDoorCard(catalog: CohortCatalog, o: { lang: Lang; kind: NominationKind; door: ClosedDoor }): OutboundMessage {
  const { lang, kind, door } = o;
  const accepting = (p: Program): boolean => (kind === 'application' ? p.admission?.applications : p.admission?.nominations) === true;
  const entries = door.why === 'not-nominator'
    ? door.open.map(({ program, cohort }) => ({ program, known: format(t.openForNominations, lang, { cohort: cohort.name[lang] }), cohortId: cohort.id }))
    : catalog.programs.filter((p) => accepting(p) && latest(p) !== undefined).map((program) => {
      const c = latest(program) as Cohort;
      const deadline = c.applicationDeadline ? format(t.deadline, lang, { date: formatLocalDate(c.applicationDeadline, lang) }) : '';
      return { program, known: format(t.lastCohort, lang, { cohort: c.name[lang], deadline, dates: span(c, lang) }), cohortId: c.id };
    });
  const programs = entries.map(({ program, known, cohortId }) => {
    const contact = contactOf(catalog, program);
    const coordinators = door.why === 'not-nominator' ? door.coordinators.get(cohortId) ?? [] : [];
    const who = contact
      ? format(t.contact, lang, { name: contact.name, role: contact.role[lang], details: [contact.email, ...contact.phones].filter(Boolean).join(', ') })
      : coordinators.length > 0 ? format(t.coordinators, lang, { names: coordinators.join(', ') }) : pick(t.noContact, lang);
    const name = program.name[lang];
    // "LEDPRO 1" rather than "Ledelse av prosesser del 1 (LEDPRO 1)" on a button and in the question it asks.
    // Inside the question and the button title: "Who is the Head of Department programme 2021-2025 for?".
    const short = inSentence(program.aliases.find((a) => /^[A-ZÆØÅ0-9 ]+$/.test(a) && a.length <= 12) ?? name, lang);
    const query = format(kind === 'application' ? t.askApply : t.askNominate, lang, { program: short });
    return { name: escapeCardText(name), known: escapeCardText(known), contact: escapeCardText(who), plainContact: who, plainKnown: known, askTitle: format(t.askTitle, lang, { program: short }), query };
  });
  const title = pick(door.why === 'not-nominator' ? t.notNominator : kind === 'application' ? t.noApplications : t.noNominations, lang);
  const text = [title, ...programs.map((p) => `${p.name.replace(/\\(.)/g, '$1')}: ${p.plainKnown} ${p.plainContact}`)].join('\n');
  return { text, card: renderCard(template, { title, askVerb: QNA_VERBS.ask, programs }) };
}
