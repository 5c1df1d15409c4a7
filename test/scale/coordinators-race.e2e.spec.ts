import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PgStore } from '../../src/adapters/storage/postgres/pg-store';
import { BOOK_PARTICIPANT_JOB } from '../../src/shared/integration-jobs';
import { execute, user } from '../support/activities';
import { startInProcessBot, type InProcessBot } from '../support/in-process-bot';
import { createTestDatabase } from '../support/pg-server';
import { CHANNEL, COORD, COORD2, defaultRoles, ILP, NOMINATOR, START, TEAM, startHarness, visible, type Harness, type InvokeAnswer } from '../nominations/nominations-harness';

/**
 * Two instances of the bot on one PostgreSQL database (each its own HTTP server, connection pool and job
 * runner; nothing shared but the database), and coordinators deciding the same nomination on both at once.
 */
describe('coordinators racing across two instances on PostgreSQL', () => {
  let h: Harness;
  let second: InProcessBot;
  let n = 500;

  beforeAll(async () => {
    const env = { DATABASE_URL: await createTestDatabase('race') };
    // The nominees are people roles.json names (there is no Graph here to name them).
    const people = Array.from({ length: 30 }, (_, i) => ({ aadObjectId: user(501 + i).aadObjectId, name: `Leder ${501 + i}` }));
    h = await startHarness({ env, roles: { ...defaultRoles, people: [...defaultRoles.people, ...people] } });
    second = await startInProcessBot({ dataDir: h.bot.dataDir, now: START, env });
    await h.say('hjelp', COORD);
    await h.say('hjelp', COORD2);
    await h.say('registrer koordinatorkanal ilp-2021-2025', COORD, { channel: true });
  }, 60_000);
  afterAll(async () => {
    await second.stop();
    await h.stop();
  });

  /** The same card action, sent to the second instance. */
  async function onSecond(verb: string, data: Record<string, unknown>, from: typeof COORD): Promise<InvokeAnswer> {
    const r = await second.post(execute(verb, data, {
      serviceUrl: h.serviceUrl, from, locale: 'nb-NO', conversationType: 'channel', conversationId: `${CHANNEL};messageid=1700000000000`, teamId: TEAM, channelId: CHANNEL,
    }));
    if (r.status !== 200) throw new Error(`invoke answered ${r.status}: ${r.text}`);
    return r.body as InvokeAnswer;
  }

  async function nominate(): Promise<string> {
    n += 1;
    const nominee = user(n, `Leder ${n}`);
    await h.invoke('nominations.submit', { kind: 'nomination', cohortId: ILP, nominee: nominee.aadObjectId, justification: 'God grunn' }, NOMINATOR);
    const all = (await second.app.context.store.list('nomination')).map((e) => e.value as { id: string; nominee: { aadObjectId: string } });
    const found = all.find((x) => x.nominee.aadObjectId === nominee.aadObjectId);
    if (!found) throw new Error('nomination not stored');
    return found.id;
  }

  it('gives exactly one decision, one audit entry and one booking job, whichever instance each click reaches', async () => {
    expect(h.bot.app.context.store).toBeInstanceOf(PgStore);
    expect(second.app.context.store).toBeInstanceOf(PgStore);
    for (let round = 0; round < 4; round += 1) {
      const id = await nominate();
      const answers = await Promise.all([
        h.invoke('nominations.approve', { nominationId: id, rev: 1 }, COORD, { channel: true }),
        onSecond('nominations.approve', { nominationId: id, rev: 1 }, COORD2),
        onSecond('nominations.reject', { nominationId: id, rev: 1, reason: 'Fullt' }, COORD),
        h.invoke('nominations.waitlist', { nominationId: id, rev: 1 }, COORD2, { channel: true }),
      ]);
      expect(answers.filter((a) => !visible(a.value).includes('Nominasjonen var allerede endret'))).toHaveLength(1);
      const store = second.app.context.store;
      const audit = (await store.list('nomination-audit', { prefix: `${id}:` })).map((e) => (e.value as { action: string }).action);
      expect(audit.filter((a) => ['approve', 'reject', 'waitlist'].includes(a))).toHaveLength(1);
      const nomination = (await h.bot.app.context.store.get('nomination', id))?.value as { status: string; rev: number };
      expect(nomination.rev).toBe(2);
      const booked = (await store.jobs.list({ type: BOOK_PARTICIPANT_JOB })).filter((j) => (j.payload as { sourceId: string }).sourceId === id);
      expect(booked).toHaveLength(nomination.status === 'approved' ? 1 : 0);
    }
    // Nothing went to the embedded store: the database is the only thing the instances share.
    expect(existsSync(join(h.bot.dataDir, 'lederbot.sqlite'))).toBe(false);
  }, 60_000);
});
