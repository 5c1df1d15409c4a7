import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app-context';
import type { TeamsCapability } from '../../../adapters/teams/teams-capability';
import { textCommands } from '../../../adapters/teams/text-commands';
import { AppError, errorCodes } from '../../../shared/errors';
import { cohortCatalog, type NominationsDeps } from '../ports';
import { StorePeopleDirectory } from '../store/people.repository';
import { importRoles } from '../use-cases/import-roles.use-case';
import { answerInvoke, answerSubmit } from '../../../adapters/teams/invoke-response';
import { postCardJob } from './jobs/post-card.job';
import { notifyCoordinatorsJob } from './jobs/notify-coordinators.job';
import { notifyPersonJob } from './jobs/notify-person.job';
import { notifyParticipantJob } from './jobs/notify-participant.job';
import { updateCardJob } from './jobs/update-card.job';
import { nominationAction, refreshAction, submitAction } from './nomination-actions';
import { registerChannel, registerUsage, showMine, showPending, startForm } from './nomination-commands';
import { help } from './nominations-messages';
import { createEnv, type NominationsEnv } from './nominations-env';
import { VERBS, type NominationVerb } from './nominations-verbs';

/** The roles file read at start, under DATA_DIR. */
export const ROLES_FILE = 'roles.json';

/** The bokmål command words (the rest are English). */
const BOKMAL_COMMAND = /^(nominer|søk|mine|til|registrer)/i;

const ACTION_VERBS: readonly NominationVerb[] = [VERBS.approve, VERBS.reject, VERBS.waitlist, VERBS.decline, VERBS.withdraw];

function register(app: Application<TurnState>, env: NominationsEnv): void {
  const command = textCommands(app, BOKMAL_COMMAND);
  command('(nominer|nominate)', (c, lang) => startForm(env, c, 'nomination', lang));
  command('(søk|apply)', (c, lang) => startForm(env, c, 'application', lang));
  command('(mine\\s+nominasjoner|my\\s+nominations)', (c, lang) => showMine(env, c, lang));
  command('(til\\s+behandling|pending)', (c, lang) => showPending(env, c, lang));
  command('(registrer\\s+koordinatorkanal|register\\s+coordinator\\s+channel)\\s+(\\S{1,100})', (c, lang, m) => registerChannel(env, c, m[2], lang));
  command('(registrer\\s+koordinatorkanal|register\\s+coordinator\\s+channel)', (c, lang) => registerUsage(env, c, lang));

  app.adaptiveCards.actionExecute(VERBS.submit, async (context, _state, data) => answerInvoke(context, await submitAction(env, context, data)));
  app.adaptiveCards.actionSubmit(VERBS.submit, async (context, _state, data) => answerSubmit(context, await submitAction(env, context, data)));
  for (const verb of ACTION_VERBS) {
    app.adaptiveCards.actionExecute(verb, async (context, _state, data) => answerInvoke(context, await nominationAction(env, context, verb, data)));
    app.adaptiveCards.actionSubmit(verb, async (context, _state, data) => answerSubmit(context, await nominationAction(env, context, verb, data)));
  }
  app.adaptiveCards.actionExecute(VERBS.refresh, async (context, _state, data) => answerInvoke(context, await refreshAction(env, context, data)));
}

/** Reads `${DATA_DIR}/roles.json` when it exists; a broken file stops the start with the problems named. */
async function importRolesFile(ctx: AppContext, deps: NominationsDeps): Promise<void> {
  const path = join(ctx.config.dataDir, ROLES_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  const r = await importRoles({ store: ctx.store, roles: ctx.roles, catalog: deps.catalog, logger: deps.logger }, text);
  if (!r.ok) throw new AppError(errorCodes.configInvalid, `${ROLES_FILE}: ${r.error.join('; ')}`, { file: ROLES_FILE });
}

/**
 * Nominations and applications: nominators nominate and leaders apply from a card in personal chat, the
 * cohort's coordinators decide from a card in their channel (Universal Actions), approval books the
 * participant (BOOK_PARTICIPANT_JOB), nominees and nominators hear the outcome 1:1, and other capabilities'
 * alerts reach the coordinators (NOTIFY_COORDINATORS_JOB).
 */
export function createNominationsCapability(ctx: AppContext): TeamsCapability {
  const deps: NominationsDeps = {
    store: ctx.store, clock: ctx.clock, logger: ctx.logger.child({ capability: 'nominations' }), catalog: cohortCatalog(ctx.catalog),
    roles: ctx.roles, people: new StorePeopleDirectory(ctx.store, ctx.people), newId: randomUUID,
  };
  const env = createEnv(ctx, deps);
  return {
    name: 'nominations',
    help: [help.nominate, help.apply, help.mine, help.pending, { ...help.register, where: ['personal', 'channel'] }],
    register: (app) => register(app, env),
    jobHandlers: [postCardJob(env), updateCardJob(env), notifyPersonJob(env), notifyParticipantJob(env), notifyCoordinatorsJob(env)],
    start: () => importRolesFile(ctx, deps),
  };
}
