import { z } from 'zod';
import type { ConversationRef } from '../../../shared/messenger.port';
import { err, ok, type Result } from '../../../shared/result';
import type { WriteOp } from '../../../shared/store.port';
import type { BaseGroup } from '../domain/base-group';
import type { Caller, CheckinsDeps } from '../ports';
import { BaseGroupRepository } from '../store/base-group.repository';
import { cohortRounds } from './cohort-rounds';
import { planLink, type LinkError } from './link-base-group.use-case';

// userId (Teams' 29:… id) lets reminders open a 1:1 chat with someone who never wrote to the bot.
const person = z.object({ aadObjectId: z.string().min(1).max(200), name: z.string().min(1).max(200), userId: z.string().min(1).max(200).optional() }).strict();

export const baseGroupImportSchema = z.object({
  cohortId: z.string().min(1),
  groups: z.array(z.object({
    name: z.string().min(1).max(80),
    conversationId: z.string().min(1).max(300),
    members: z.array(person),
    facilitator: person.optional(),
  }).strict()).min(1),
}).strict();
export type BaseGroupImport = z.infer<typeof baseGroupImportSchema>;

export interface ImportDeps extends CheckinsDeps {
  /** The bot only knows conversations it was installed in or spoken to; it cannot post anywhere else. */
  readonly lookupConversation: (conversationId: string) => Promise<ConversationRef | undefined>;
}

export type ImportGroupError =
  | LinkError
  | { readonly code: 'unknown-conversation' }
  | { readonly code: 'facilitator-not-named' }
  | { readonly code: 'duplicate-in-import' };

export type ImportError =
  | { readonly code: 'invalid-import'; readonly issues: readonly string[] }
  | { readonly code: 'not-allowed' }
  | { readonly code: 'unknown-cohort' }
  | { readonly code: 'no-checkin-plan' }
  | { readonly code: 'conflict' };

export interface ImportReport {
  readonly imported: readonly BaseGroup[];
  readonly failed: ReadonlyArray<{ readonly name: string; readonly error: ImportGroupError }>;
}

/** Who may be chosen as a group's facilitator: the cohort's facilitators and coordinators in the role data. */
export async function facilitatorsOf(deps: Pick<CheckinsDeps, 'roles'>, cohortId: string): Promise<ReadonlySet<string>> {
  return new Set([...await deps.roles.holders(cohortId, 'facilitator'), ...await deps.roles.holders(cohortId, 'coordinator')]);
}

/** A file's text (JSON) or an object built by an adapter; both pass the same schema. */
function parse(source: string | BaseGroupImport): Result<BaseGroupImport, ImportError> {
  let raw: unknown = source;
  if (typeof source === 'string') {
    try {
      raw = JSON.parse(source);
    } catch {
      return err({ code: 'invalid-import', issues: ['not JSON'] });
    }
  }
  const parsed = baseGroupImportSchema.safeParse(raw);
  if (!parsed.success) {
    return err({ code: 'invalid-import', issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) });
  }
  return ok(parsed.data);
}

/**
 * A coordinator links many groups at once (from the base groups card in Teams, or a JSON file). A group that cannot be linked (unknown
 * conversation, too small) is reported and the rest are imported; the accepted groups and all their jobs are
 * one commit, so a failed commit leaves nothing half-imported.
 */
export async function importBaseGroups(deps: ImportDeps, input: { caller: Caller; source: string | BaseGroupImport }): Promise<Result<ImportReport, ImportError>> {
  const parsed = parse(input.source);
  if (!parsed.ok) return parsed;
  const { cohortId, groups } = parsed.value;
  if (!(await deps.roles.has(cohortId, 'coordinator', input.caller.aadObjectId))) return err({ code: 'not-allowed' });
  const rounds = await cohortRounds(deps, cohortId);
  if (!rounds) return err({ code: 'unknown-cohort' });
  if (!rounds.program.checkinPlan) return err({ code: 'no-checkin-plan' });

  // A facilitator reads the members' answers (the digest): only people the role data names for the cohort.
  const mayFacilitate = await facilitatorsOf(deps, cohortId);
  const existing = await new BaseGroupRepository(deps.store).all();
  const now = deps.clock.now();
  const imported: BaseGroup[] = [];
  const failed: Array<{ name: string; error: ImportGroupError }> = [];
  const ops: WriteOp[] = [];
  for (const g of groups) {
    if (g.facilitator && !mayFacilitate.has(g.facilitator.aadObjectId)) {
      failed.push({ name: g.name, error: { code: 'facilitator-not-named' } });
      continue;
    }
    const conversation = await deps.lookupConversation(g.conversationId);
    if (!conversation) {
      failed.push({ name: g.name, error: { code: 'unknown-conversation' } });
      continue;
    }
    const planned = planLink({ cohortId, name: g.name, conversation, members: g.members, ...(g.facilitator ? { facilitator: g.facilitator } : {}) }, rounds, existing, now);
    if (!planned.ok) {
      failed.push({ name: g.name, error: planned.error });
      continue;
    }
    const dup = imported.some((x) => x.id === planned.value.group.id || x.conversation.conversationId === conversation.conversationId);
    if (dup) {
      failed.push({ name: g.name, error: { code: 'duplicate-in-import' } });
      continue;
    }
    imported.push(planned.value.group);
    ops.push(...planned.value.ops);
  }
  if (ops.length > 0) {
    const committed = await deps.store.commit(ops);
    if (!committed.ok) return err({ code: 'conflict' });
  }
  deps.logger.info('base groups imported', { cohortId, imported: imported.length, failed: failed.length });
  return ok({ imported, failed });
}

