import type { PersonRef } from '../domain/nomination';
import type { NominationsDeps } from '../ports';
import { NominationRepository } from '../store/nomination.repository';

/**
 * An attempt by someone without the role (a forged or stale card action) changes nothing but the audit log,
 * so coordinators can see who tried what. Logged with ids only.
 */
export async function recordRefusal(deps: NominationsDeps, r: {
  nominationId: string; cohortId: string | null; attempted: string; actor: PersonRef; at: Date;
}): Promise<void> {
  const repo = new NominationRepository(deps.store);
  const entry = {
    nominationId: r.nominationId, cohortId: r.cohortId, action: 'refused' as const, attempted: r.attempted, from: null, to: null,
    actor: r.actor, at: r.at.toISOString(),
  };
  const done = await deps.store.commit([repo.auditOp(entry, deps.newId())]);
  deps.logger.warn('nomination action refused', {
    nominationId: r.nominationId, cohortId: r.cohortId, attempted: r.attempted, actorId: r.actor.aadObjectId, audited: done.ok,
  });
}
