import { PermanentJobError } from '../../../../jobs/job-errors';
import type { Logger } from '../../../../shared/logger';
import type { BaseGroup } from '../../domain/base-group';
import { membershipChanged } from '../../use-cases/membership-changed.use-case';
import type { CheckinsEnv } from '../checkins-env';

/**
 * Teams refused a post to the group (403: the bot was removed from the chat or blocked). Retrying cannot help,
 * so the conversation is marked unreachable, and the group too: `membershipChanged` with botRemoved writes that
 * and the coordinators' alert (alert id stable per group and version) in one commit. The job then completes.
 */
export async function groupUnreachable(env: CheckinsEnv, group: BaseGroup, e: PermanentJobError, logger: Logger): Promise<void> {
  await env.ctx.conversations.markUnreachable(group.conversation.conversationId, e.code);
  const r = await membershipChanged(env.deps, { conversationId: group.conversation.conversationId, added: [], removed: [], botRemoved: true });
  // A concurrent change to the group: throw so the job runs again and records it (the send will 403 again).
  if (!r.ok && r.error.code === 'conflict') throw new Error('base group changed while marking it unreachable');
  env.ctx.notifyJobs();
  logger.warn('base group unreachable', { groupId: group.id, code: e.code });
}

/** Rethrows anything that is not Teams' "never" (403/404): those are retried by the runner. */
export function permanent(e: unknown): PermanentJobError {
  if (e instanceof PermanentJobError) return e;
  throw e;
}
