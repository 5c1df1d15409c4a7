import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppOptions } from '../../src/app';
import { CatalogIndex } from '../../src/catalog/catalog-index';
import { execute, message, submit, user, type TestUser } from '../support/activities';
import { ConnectorEmulator, type ReceivedActivity } from '../support/connector-emulator';
import { startInProcessBot, type InProcessBot } from '../support/in-process-bot';
import { validateCard } from '../support/card-validation';

/**
 * The nominations capability through the real /api/messages path: the in-process bot (ManualClock, jobs run
 * by `drain()`) and the connector emulator playing Teams. Roles come from `${DATA_DIR}/roles.json`, read at
 * start like in production.
 */
export const COORD = user(101, 'Kari Koordinator');
export const COORD2 = user(102, 'Ola Koordinator');
export const NOMINATOR = user(103, 'Dekan Dahl');
export const LEADER = user(104, 'Lise Leder');
export const STRANGER = user(105, 'Sara Fremmed');
export const APPLICANT = user(106, 'Are Søker');

export const ILP = 'ilp-2021-2025';
export const TEAM = '19:leder-team@thread.tacv2';
export const CHANNEL = '19:koordinatorer@thread.tacv2';

export type Card = Record<string, unknown>;
export interface InvokeAnswer { statusCode: number; type: string; value: Card }

export const defaultRoles = {
  cohorts: [
    { cohortId: ILP, coordinators: [COORD.aadObjectId, COORD2.aadObjectId], nominators: [NOMINATOR.aadObjectId] },
    { cohortId: 'ledpro-1-2024', coordinators: [COORD.aadObjectId], nominators: [] },
    { cohortId: 'ledpro-2-2024', coordinators: [COORD.aadObjectId], nominators: [] },
  ],
  people: [{ aadObjectId: LEADER.aadObjectId, name: LEADER.name, email: 'lise.leder@example.no' }, { aadObjectId: STRANGER.aadObjectId, name: STRANGER.name }],
};

export interface Harness {
  readonly teams: ConnectorEmulator;
  readonly bot: InProcessBot;
  readonly serviceUrl: string;
  say(text: string, from: TestUser, o?: { locale?: string; channel?: boolean }): Promise<void>;
  invoke(verb: string, data: Record<string, unknown>, from: TestUser, o?: { locale?: string; channel?: boolean; replyToId?: string; trigger?: 'manual' | 'automatic' }): Promise<InvokeAnswer>;
  submitFallback(data: Record<string, unknown>, from: TestUser, o?: { locale?: string; channel?: boolean }): Promise<void>;
  drain(): Promise<number>;
  stop(): Promise<void>;
  /** Names from the shipped catalog, so the tests follow the data rather than repeat it. */
  cohortName(cohortId: string, lang?: 'nb' | 'en'): string;
  programName(programId: string, lang?: 'nb' | 'en'): string;
}

export const personalId = (u: TestUser): string => `a:personal-${u.aadObjectId}`;

/**
 * Tests start on 1 March 2021: the department-head cohort (gatherings from August 2021) takes nominations and
 * the LEDPRO 2024 cohorts take applications (deadline 15 December 2023). Oslo is UTC+1 then.
 */
export const START = '2021-03-01T09:00:00Z';

export async function startHarness(o: { now?: string; roles?: unknown; env?: Record<string, string>; appOptions?: AppOptions } = {}): Promise<Harness> {
  const teams = new ConnectorEmulator();
  const serviceUrl = await teams.start();
  const dataDir = mkdtempSync(join(tmpdir(), 'lederbot-nominations-'));
  writeFileSync(join(dataDir, 'roles.json'), JSON.stringify(o.roles ?? defaultRoles));
  const bot = await startInProcessBot({ dataDir, now: o.now ?? START, ...(o.env ? { env: o.env } : {}), ...(o.appOptions ? { appOptions: o.appOptions } : {}) });
  const where = (from: TestUser, channel?: boolean, locale?: string) => ({
    serviceUrl, from, locale: locale ?? 'nb-NO',
    ...(channel ? { conversationType: 'channel' as const, conversationId: `${CHANNEL};messageid=1700000000000`, teamId: TEAM, channelId: CHANNEL } : {}),
  });
  return {
    teams, bot, serviceUrl,
    async say(text, from, w = {}) {
      const r = await bot.post(message(text, where(from, w.channel, w.locale)));
      if (r.status !== 200) throw new Error(`message answered ${r.status}: ${r.text}`);
    },
    async invoke(verb, data, from, w = {}) {
      const r = await bot.post(execute(verb, data, { ...where(from, w.channel, w.locale), replyToId: w.replyToId, trigger: w.trigger }));
      if (r.status !== 200) throw new Error(`invoke answered ${r.status}: ${r.text}`);
      return r.body as InvokeAnswer;
    },
    async submitFallback(data, from, w = {}) {
      const r = await bot.post(submit(data, where(from, w.channel, w.locale)));
      if (r.status !== 200) throw new Error(`submit answered ${r.status}: ${r.text}`);
    },
    drain: () => bot.app.runner.drain(),
    cohortName(cohortId, lang = 'nb') {
      const c = new CatalogIndex(bot.app.context.catalog).cohort(cohortId);
      if (!c) throw new Error(`no cohort ${cohortId} in the catalog`);
      return c.cohort.name[lang];
    },
    programName(programId, lang = 'nb') {
      const p = new CatalogIndex(bot.app.context.catalog).program(programId);
      if (!p) throw new Error(`no program ${programId} in the catalog`);
      return p.name[lang];
    },
    async stop() {
      await bot.stop();
      await teams.stop();
    },
  };
}

export const cardOf = (a: ReceivedActivity | Record<string, unknown>): Card | undefined => {
  const activity = 'activity' in a && typeof a.activity === 'object' ? (a.activity as Record<string, unknown>) : a as Record<string, unknown>;
  return (activity.attachments as Array<{ contentType: string; content: Card }> | undefined)
    ?.find((x) => x.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
};

/** Every button of a card, nested ShowCards and ActionSets included (not the refresh action or fallbacks). */
export function actionsOf(card: unknown): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) { v.forEach(walk); return; }
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith('Action.')) out.push(o);
    for (const [k, x] of Object.entries(o)) if (k !== 'fallback' && k !== 'refresh') walk(x);
  };
  walk(card);
  return out;
}

export const verbsOf = (card: unknown): string[] => actionsOf(card).filter((a) => a.type === 'Action.Execute').map((a) => String(a.verb));

/** Problems the offline Adaptive Card parser reports, without the one the Teams people picker always causes. */
export function cardProblems(card: unknown): string[] {
  const p = validateCard(card);
  // Teams' people picker is an Input.ChoiceSet with `choices: []` and `choices.data` (Data.Query over
  // graph.microsoft.com/users), as Microsoft documents it; the generic parser does not know Data.Query.
  return [...p.parse, ...p.validation].filter((m) => m !== 'An Input.ChoiceSet must have at least one choice defined.');
}

export const text = (v: unknown): string => JSON.stringify(v);

/** Card text as a user sees it: Teams renders TextBlocks as markdown, so a backslash escape shows as the character. */
export function visible(card: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) { v.forEach(walk); return; }
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if ((k === 'text' || k === 'title' || k === 'value') && typeof x === 'string') out.push(x.replace(/\\(.)/g, '$1'));
      else walk(x);
    }
  };
  walk(card);
  return out.join('\n');
}
