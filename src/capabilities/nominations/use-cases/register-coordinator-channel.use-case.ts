import type { ConversationRef } from '../../../shared/messenger.port';
import { err, ok, type Result } from '../../../shared/result';
import type { WriteOp } from '../../../shared/store.port';
import { isOpen } from '../domain/nomination';
import type { NominationsDeps } from '../ports';
import { DeliveryRepository } from '../store/delivery.repository';
import { NominationRepository } from '../store/nomination.repository';
import { postCardOp } from './nomination-jobs';
import { recordRefusal } from './record-refusal';
import type { Caller } from './submit-nomination.use-case';

export type RegisterProblem =
  | { readonly code: 'no-identity' }
  | { readonly code: 'not-a-channel' }
  | { readonly code: 'cohort-unknown'; readonly cohortId: string }
  | { readonly code: 'not-coordinator' };

/**
 * A coordinator types "registrer koordinatorkanal <cohort>" in a channel: coordinator cards of that cohort go
 * there from now on. Open nominations whose card never reached this channel are posted there too.
 */
export async function registerCoordinatorChannel(deps: NominationsDeps, input: {
  cohortId: string; caller: Caller; ref: ConversationRef; locale: string | undefined;
}): Promise<Result<{ cohortId: string; reposted: number }, RegisterProblem>> {
  const aad = input.caller.aadObjectId;
  if (!aad) return err({ code: 'no-identity' });
  if (input.ref.conversationType === 'personal') return err({ code: 'not-a-channel' });
  const found = deps.catalog.find(input.cohortId);
  if (!found) return err({ code: 'cohort-unknown', cohortId: input.cohortId });
  const now = deps.clock.now();
  if (!(await deps.roles.has(found.cohort.id, 'coordinator', aad))) {
    await recordRefusal(deps, {
      nominationId: `channel:${found.cohort.id}`, cohortId: found.cohort.id, attempted: 'register-channel',
      actor: { aadObjectId: aad, name: input.caller.name }, at: now,
    });
    return err({ code: 'not-coordinator' });
  }
  const deliveries = new DeliveryRepository(deps.store);
  const conversationId = input.ref.conversationId;
  const open = (await new NominationRepository(deps.store).all()).filter((n) => n.cohortId === found.cohort.id && isOpen(n.status));
  const ops: WriteOp[] = [deliveries.channelOp({
    cohortId: found.cohort.id, ref: input.ref, registeredBy: aad, registeredAt: now.toISOString(), locale: input.locale,
  })];
  for (const n of open) {
    const posted = (await deliveries.posts(n.id)).some((p) => p.conversationId === conversationId);
    if (!posted) ops.push(postCardOp(n, conversationId, now));
  }
  await deps.store.commit(ops);
  deps.logger.info('coordinator channel registered', { cohortId: found.cohort.id, reposted: ops.length - 1 });
  return ok({ cohortId: found.cohort.id, reposted: ops.length - 1 });
}
