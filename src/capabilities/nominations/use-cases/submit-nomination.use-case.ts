import { err, ok, type Result } from '../../../shared/result';
import type { WriteOp } from '../../../shared/store.port';
import { assessEligibility, type IneligibleReason } from '../domain/eligibility';
import {
  blocksNewNomination, createNomination, JUSTIFICATION_MAX, type DegreeAnswer, type Nomination, type NominationKind,
  type NominationStatus, type PersonRef,
} from '../domain/nomination';
import type { NominationsDeps } from '../ports';
import { DeliveryRepository } from '../store/delivery.repository';
import { NominationRepository } from '../store/nomination.repository';
import { noticeOps, postCardOp } from './nomination-jobs';
import { recordRefusal } from './record-refusal';

export interface Caller {
  readonly aadObjectId: string | undefined;
  readonly name: string;
}

/** What the card sent, already parsed for types and sizes; the rules are checked here. */
export interface SubmitInput {
  readonly kind: NominationKind;
  readonly caller: Caller;
  readonly cohortId?: string;
  /** Entra object id from the people picker. */
  readonly nomineeId?: string;
  readonly nomineeEmail?: string;
  readonly justification?: string;
  readonly degree?: string;
  readonly completed?: readonly string[];
}

export type SubmitProblem =
  | { readonly code: 'no-identity' }
  | { readonly code: 'cohort-missing' }
  | { readonly code: 'cohort-unknown' }
  | { readonly code: 'not-nominator' }
  | { readonly code: 'nominee-missing' }
  | { readonly code: 'nominee-email-invalid' }
  | { readonly code: 'nominee-unknown' }
  | { readonly code: 'nominee-not-found' }
  | { readonly code: 'nominee-is-self' }
  | { readonly code: 'justification-missing' }
  | { readonly code: 'justification-too-long'; readonly length: number; readonly max: number }
  | { readonly code: 'degree-invalid' }
  | { readonly code: 'duplicate'; readonly status: NominationStatus }
  | IneligibleReason;

const AAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
const DEGREES: readonly DegreeAnswer[] = ['bachelor', 'experience', 'none'];

async function resolveNominee(deps: NominationsDeps, input: SubmitInput, caller: PersonRef): Promise<Result<PersonRef, SubmitProblem>> {
  if (input.kind === 'application') return ok(caller);
  const id = input.nomineeId?.trim();
  const email = input.nomineeEmail?.trim();
  if (id) {
    if (!AAD_ID.test(id)) return err({ code: 'nominee-not-found' });
    const known = await deps.people.byId(id.toLowerCase());
    // Nobody knows a name for the id: coordinators could not tell whom they decide about.
    if (known === 'unknown') return err({ code: 'nominee-not-found' });
    // The directory is down for now: the nomination stands, and cards look the name up again when drawn.
    return ok(known === 'unavailable' ? { aadObjectId: id.toLowerCase(), name: '' } : known);
  }
  if (email) {
    if (!EMAIL.test(email) || email.length > 254) return err({ code: 'nominee-email-invalid' });
    const found = await deps.people.byEmail(email);
    return found ? ok({ ...found, email: found.email ?? email }) : err({ code: 'nominee-unknown' });
  }
  return err({ code: 'nominee-missing' });
}

/**
 * A nominator nominates someone, or a leader applies, from the card. Every problem is reported at once so the
 * card can show them together; nothing is written unless all rules hold. The nomination, its person index
 * entry, its audit entry and the jobs that post the coordinator card and tell the nominee are one commit.
 */
export async function submitNomination(deps: NominationsDeps, input: SubmitInput): Promise<Result<Nomination, SubmitProblem[]>> {
  const aad = input.caller.aadObjectId;
  if (!aad) return err([{ code: 'no-identity' }]);
  const caller: PersonRef = { aadObjectId: aad, name: input.caller.name };
  const problems: SubmitProblem[] = [];
  const now = deps.clock.now();

  const cohortId = input.cohortId?.trim();
  const found = cohortId ? deps.catalog.find(cohortId) : undefined;
  if (!cohortId) problems.push({ code: 'cohort-missing' });
  else if (!found) problems.push({ code: 'cohort-unknown' });

  if (found && input.kind === 'nomination' && !(await deps.roles.has(found.cohort.id, 'nominator', aad))) {
    await recordRefusal(deps, { nominationId: `submit:${found.cohort.id}`, cohortId: found.cohort.id, attempted: 'nominate', actor: caller, at: now });
    return err([{ code: 'not-nominator' }]);
  }

  const nominee = await resolveNominee(deps, input, caller);
  if (!nominee.ok) problems.push(nominee.error);
  else if (input.kind === 'nomination' && nominee.value.aadObjectId === aad) problems.push({ code: 'nominee-is-self' });

  const justification = input.justification?.trim() ?? '';
  if (!justification) problems.push({ code: 'justification-missing' });
  else if (justification.length > JUSTIFICATION_MAX) problems.push({ code: 'justification-too-long', length: justification.length, max: JUSTIFICATION_MAX });

  const degreeText = input.degree?.trim();
  const degree = degreeText ? DEGREES.find((d) => d === degreeText) : undefined;
  if (degreeText && !degree) problems.push({ code: 'degree-invalid' });
  const answers = { ...(degree ? { degree } : {}), completedPrerequisites: [...new Set(input.completed ?? [])] };

  const repo = new NominationRepository(deps.store);
  if (!found) return err(problems);
  const { seats } = await repo.seats(found.cohort.id);
  const eligibility = assessEligibility({ kind: input.kind, program: found.program, cohort: found.cohort, answers, now, seatsTaken: seats.approved });
  if (!eligibility.ok) problems.push(...eligibility.error.filter((r) => r.code !== 'degree-answer-missing' || !degreeText));
  if (!nominee.ok || problems.length > 0 || !eligibility.ok) return err(problems);

  const existing = await repo.forPerson(found.cohort.id, nominee.value.aadObjectId);
  let existingVersion: number | undefined;
  if (existing) {
    const prior = await repo.find(existing.nominationId);
    if (prior && blocksNewNomination(prior.nomination.status)) return err([{ code: 'duplicate', status: prior.nomination.status }]);
    existingVersion = existing.version;
  }

  const n = createNomination({
    id: deps.newId(), kind: input.kind, programId: found.program.id, cohortId: found.cohort.id, nominee: nominee.value,
    nominator: caller, justification, answers, track: eligibility.value, at: now,
  });
  const channel = await new DeliveryRepository(deps.store).channel(n.cohortId);
  const ops: WriteOp[] = [
    repo.insertOp(n),
    repo.personOp(n, existingVersion),
    repo.auditOp({ nominationId: n.id, cohortId: n.cohortId, action: 'submit', from: null, to: 'pending', actor: caller, at: n.submittedAt }, deps.newId()),
    postCardOp(n, channel?.ref.conversationId, now),
    ...noticeOps(n, n.last, now),
  ];
  const committed = await deps.store.commit(ops);
  if (!committed.ok) {
    // Someone nominated the same person to the same cohort at the same moment: theirs stands.
    const winner = await repo.forPerson(n.cohortId, n.nominee.aadObjectId);
    const status = winner ? (await repo.find(winner.nominationId))?.nomination.status : undefined;
    return err([{ code: 'duplicate', status: status ?? 'pending' }]);
  }
  deps.logger.info('nomination submitted', { nominationId: n.id, cohortId: n.cohortId, kind: n.kind });
  return ok(n);
}
