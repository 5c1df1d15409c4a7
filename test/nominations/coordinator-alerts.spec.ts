import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/adapters/storage/sqlite/sqlite-store';
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { MemoryLogger } from '../../src/shared/logger';
import { main as rolesImport } from '../../src/cli/roles-import';
import { NOTIFY_COORDINATORS_JOB, notifyCoordinatorsJobKey, type NotifyCoordinatorsPayload } from '../../src/shared/integration-jobs';
import { RoleDirectory } from '../../src/shared/roles';
import type { Json } from '../../src/shared/store.port';
import { user } from '../support/activities';
import { CHANNEL, COORD, COORD2, defaultRoles, ILP, NOMINATOR, personalId, startHarness, type Harness } from './nominations-harness';

/** Alerts from other capabilities (NOTIFY_COORDINATORS_JOB) and the ways roles are loaded. */
describe('coordinator alerts (connector emulator)', () => {
  let h: Harness;

  // Known from roles.json's people (no Graph here), but has never spoken to the bot: no chat to reach her in.
  const nominee = user(160, 'Ukjent Leder');

  beforeAll(async () => {
    h = await startHarness({ roles: { ...defaultRoles, people: [...defaultRoles.people, { aadObjectId: nominee.aadObjectId, name: nominee.name }] } });
    await h.say('help', COORD, { locale: 'en-GB' });
    await h.say('hjelp', COORD2);
  });
  afterAll(() => h.stop());

  const enqueue = async (payload: NotifyCoordinatorsPayload, key = notifyCoordinatorsJobKey(payload.alertId)) => {
    await h.bot.app.context.store.commit([{ op: 'enqueue', job: { type: NOTIFY_COORDINATORS_JOB, key, payload: payload as unknown as Json, runAt: h.bot.clock.now() } }]);
    await h.drain();
  };
  const alert = (alertId: string, cohortId = ILP): NotifyCoordinatorsPayload => ({
    cohortId, alertId, text: { nb: 'Samling 3 mangler rom.', en: 'Gathering 3 has no room.' },
  });

  it('alerts the coordinators when a nominee cannot be reached, and dead-letters the notice', async () => {
    h.teams.reset();
    const a = await h.invoke('nominations.submit', { kind: 'nomination', cohortId: ILP, nominee: nominee.aadObjectId, justification: 'x' }, NOMINATOR);
    expect(a.statusCode).toBe(200);
    await h.drain();
    const [notice] = await h.bot.app.context.store.jobs.list({ type: 'nominations.notify-person' });
    expect(notice).toMatchObject({ status: 'dead', lastError: expect.stringContaining('no conversation with the person') });
    // No channel yet: the coordinator card and the alert reach each coordinator 1:1.
    const toKari = h.teams.sentTo(personalId(COORD));
    expect(toKari.map((r) => String(r.activity.summary ?? r.activity.text))).toEqual([
      'Nomination: Ukjent Leder: Awaiting decision',
      expect.stringContaining(`Alert for ${h.cohortName(ILP, 'en')}: Could not tell Ukjent Leder (the nominee) about the nomination of Ukjent Leder to ${h.cohortName(ILP, 'en')}: awaiting decision.`),
    ]);
    expect(String(h.teams.sentTo(personalId(COORD2)).at(-1)?.activity.text)).toContain(`Varsel for ${h.cohortName(ILP)}: Fikk ikke sendt beskjed`);
  });

  it('sends 1:1 to each coordinator in their language while the cohort has no channel', async () => {
    h.teams.reset();
    await enqueue(alert('a-1'));
    expect(h.teams.sentTo(personalId(COORD)).map((r) => r.activity.text)).toEqual([`Alert for ${h.cohortName(ILP, 'en')}: Gathering 3 has no room.`]);
    expect(h.teams.sentTo(personalId(COORD2)).map((r) => r.activity.text)).toEqual([`Varsel for ${h.cohortName(ILP)}: Samling 3 mangler rom.`]);
  });

  it('posts to the coordinators\' channel in bokmål and English once registered, once per alert id', async () => {
    await h.say('register coordinator channel ilp-2021-2025', COORD, { channel: true, locale: 'en-GB' });
    h.teams.reset();
    await enqueue(alert('a-2'));
    const [alertPost, repost] = h.teams.sentTo(CHANNEL);
    expect(alertPost.activity.text).toBe(`Varsel for ${h.cohortName(ILP)}: Samling 3 mangler rom.\n\nAlert for ${h.cohortName(ILP, 'en')}: Gathering 3 has no room.`);
    // Registering the channel also brought the pending nomination's card there, in the registrar's language.
    expect(repost.activity.summary).toBe('Nomination: Ukjent Leder: Awaiting decision');
    // The same alert again (another job key, same alert id): nobody hears it twice.
    await enqueue(alert('a-2'), 'alerts.notify-coordinators:a-2:retry');
    await enqueue(alert('a-2'));
    expect(h.teams.received).toHaveLength(2);
  });

  it('reaches the coordinators it can when one has blocked the bot', async () => {
    await h.bot.app.context.roles.set({ cohortId: 'ledpro-2-2024', coordinators: [COORD.aadObjectId, COORD2.aadObjectId], nominators: [] });
    h.teams.reset();
    h.teams.blocked.set(personalId(COORD2), 'MessageWritesBlocked');
    await enqueue(alert('a-3', 'ledpro-2-2024'));
    h.teams.blocked.clear();
    expect(h.teams.sentTo(personalId(COORD)).map((r) => r.activity.text)).toEqual([`Alert for ${h.cohortName('ledpro-2-2024', 'en')}: Gathering 3 has no room.`]);
    expect((await h.bot.app.context.store.jobs.byKey(notifyCoordinatorsJobKey('a-3')))?.status).toBe('done');
    expect(await h.bot.app.context.conversations.personalFor(COORD2.aadObjectId)).toMatchObject({ reachable: false });
  });

  it('dead-letters an alert for a cohort with nobody to tell', async () => {
    await enqueue(alert('a-4', 'ledpro-1-2024'));
    // ledpro-1-2024's coordinator is COORD, who is reachable: delivered.
    expect((await h.bot.app.context.store.jobs.byKey(notifyCoordinatorsJobKey('a-4')))?.status).toBe('done');
    await h.bot.app.context.roles.set({ cohortId: 'ledpro-2-2024', coordinators: [], nominators: [] });
    await enqueue(alert('a-5', 'ledpro-2-2024'));
    expect((await h.bot.app.context.store.jobs.byKey(notifyCoordinatorsJobKey('a-5')))?.status).toBe('dead');
  });
});

describe('roles from data', () => {
  it('imports roles with the CLI into the store under DATA_DIR, and reports problems without writing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lederbot-roles-'));
    const file = join(dataDir, 'import.json');
    writeFileSync(file, JSON.stringify(defaultRoles));
    const out: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((s) => { out.push(String(s)); return true; });
    const errWrite = jest.spyOn(process.stderr, 'write').mockImplementation((s) => { out.push(String(s)); return true; });
    try {
      expect(await rolesImport([file], { DATA_DIR: dataDir, LOG_LEVEL: 'error' })).toBe(0);
      writeFileSync(file, JSON.stringify({ cohorts: [{ cohortId: 'ukjent', coordinators: [] }] }));
      expect(await rolesImport([file], { DATA_DIR: dataDir, LOG_LEVEL: 'error' })).toBe(1);
      expect(await rolesImport([], { DATA_DIR: dataDir })).toBe(2);
    } finally {
      write.mockRestore();
      errWrite.mockRestore();
    }
    expect(out.join('')).toContain('roles-import: 3 cohorts (3 changed), 2 people');
    expect(out.join('')).toContain('cohorts.0.cohortId: unknown cohort ukjent');
    const store = new SqliteStore(join(dataDir, 'lederbot.sqlite'));
    const roles = new RoleDirectory(store);
    expect(await roles.holders(ILP, 'coordinator')).toEqual([COORD.aadObjectId, COORD2.aadObjectId]);
    expect((await roles.all()).map((r) => r.cohortId).sort()).toEqual(['ilp-2021-2025', 'ledpro-1-2024', 'ledpro-2-2024']);
    await store.close();
  });

  it('refuses to start with a broken roles.json, naming the problem', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lederbot-roles-'));
    writeFileSync(join(dataDir, 'roles.json'), JSON.stringify({ cohorts: [{ cohortId: ILP, coordinators: ['kari@example.no'] }] }));
    const app = buildApp(loadConfig({ PORT: '0', DATA_DIR: dataDir, JOBS_ENABLED: 'false', QNA_WORKERS: '0' }), new MemoryLogger());
    try {
      await expect(app.listen()).rejects.toThrow(/roles\.json: cohorts\.0\.coordinators\.0: must be an Entra object id/);
    } finally {
      await app.stop();
    }
  });
});
