import type { TurnContext } from 'botbuilder';
import { caller } from '../../../adapters/teams/turn';
import { format, pick, type Lang } from '../../../shared/i18n';
import type { Role } from '../../../shared/roles';
import type { CheckinsEnv } from './checkins-env';
import { syntax, usage as u } from './checkins-messages';

export type CheckinCommand = keyof typeof syntax;

/** Who may use each command: linking is open to a cohort's facilitators too, the rest is the coordinators'. */
const rolesFor = (c: CheckinCommand): readonly Role[] => (c === 'link' ? ['coordinator', 'facilitator'] : ['coordinator']);

/** Cohorts where the person holds one of the roles, from role data (groups expanded), sorted by id. */
async function cohortsOf(env: CheckinsEnv, aadObjectId: string | undefined, roles: readonly Role[]): Promise<string[]> {
  if (!aadObjectId) return [];
  const all = await env.ctx.roles.all();
  const mine: string[] = [];
  for (const r of all) {
    for (const role of roles) {
      if (await env.ctx.roles.has(r.cohortId, role, aadObjectId)) { mine.push(r.cohortId); break; }
    }
  }
  return mine.sort();
}

function example(c: CheckinCommand, lang: Lang, cohortId: string): string {
  const words = pick(syntax[c], lang).replace(/\s*«.*$/, '');
  const rest: Record<CheckinCommand, string> = {
    link: `${cohortId} ${lang === 'nb' ? 'Gruppe 1' : 'Group 1'}`,
    groups: cohortId,
    plan: cohortId,
    move: `${cohortId}.after-1 2024-03-01 09:00`,
    skip: `${cohortId}.after-1`,
  };
  return `${words} ${rest[c]}`;
}

/**
 * A command typed without its arguments (or with ones that cannot be read) gets its syntax in the language it
 * was typed in, rather than falling through to Q&A, with the cohorts the person may use it for. Listing
 * cohort ids only to people who hold a role in them keeps the answer from being a directory for strangers.
 */
export async function showUsage(env: CheckinsEnv, context: TurnContext, lang: Lang, c: CheckinCommand): Promise<void> {
  const cohorts = await cohortsOf(env, caller(context).aadObjectId, rolesFor(c));
  const lines = [format(u.write, lang, { command: pick(syntax[c], lang) })];
  if (cohorts.length === 0) {
    lines.push(pick(c === 'link' ? u.noCohortsLink : u.noCohorts, lang));
  } else {
    lines.push(format(u.example, lang, { example: example(c, lang, cohorts[0]) }));
    if (c === 'move' || c === 'skip') lines.push(format(u.rounds, lang, { plan: pick(syntax.plan, lang) }));
    lines.push(format(u.cohorts, lang, { ids: cohorts.join(', ') }));
  }
  await context.sendActivity(lines.join('\n'));
}
