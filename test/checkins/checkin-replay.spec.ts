import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/adapters/storage/sqlite/sqlite-store';
import { CheckinDeliveryRepository } from '../../src/capabilities/checkins/teams/checkin-delivery.repository';
import { CheckinRoundRepository, plannedState } from '../../src/capabilities/checkins/store/checkin-round.repository';
import { defaultCatalogDir, loadCatalog } from '../../src/catalog/catalog-loader';
import { seedBaseGroups } from '../support/base-groups-seed';
import { ConnectorEmulator } from '../support/connector-emulator';
import { startInProcessBot, type InProcessBot } from '../support/in-process-bot';

/**
 * A process that dies after Teams accepted a send and the bot recorded it, but before the job was marked done,
 * leaves a job that runs again once its lease is out. These are the states such a crash leaves, written into the
 * store as the crash would leave them; the re-run must finish the work without a second message.
 */
const COHORT = 'ledpro-1-2024';
const ROUND1 = `${COHORT}.after-1`;

describe('check-in jobs re-run after a crash', () => {
  const teams = new ConnectorEmulator();
  let bot: InProcessBot;
  let groups: Array<{ groupId: string; conversationId: string }>;
  let rounds: CheckinRoundRepository;
  let deliveries: CheckinDeliveryRepository;

  beforeAll(async () => {
    const serviceUrl = await teams.start();
    const dataDir = mkdtempSync(join(tmpdir(), 'lederbot-checkin-replay-'));
    const seededAt = new Date('2024-02-20T12:00:00Z');
    const seed = new SqliteStore(join(dataDir, 'lederbot.sqlite'), () => seededAt);
    groups = await seedBaseGroups({ store: seed, catalog: loadCatalog(defaultCatalogDir), cohortId: COHORT, serviceUrl, count: 3, now: seededAt });
    const seedRounds = new CheckinRoundRepository(seed);
    const seedDeliveries = new CheckinDeliveryRepository(seed);
    // Group 1 died after recording Teams' answer, before the round was marked posted.
    await seedDeliveries.record(groups[0].groupId, ROUND1, 'post', { conversationId: groups[0].conversationId, activityId: 'earlier-1', at: '2024-02-23T08:00:01.000Z' });
    // Group 2 died after the round was marked posted, before the job was marked done.
    await seedDeliveries.record(groups[1].groupId, ROUND1, 'post', { conversationId: groups[1].conversationId, activityId: 'earlier-2', at: '2024-02-23T08:00:01.000Z' });
    await seed.commit([seedRounds.saveOp({ ...plannedState(groups[1].groupId, ROUND1), status: 'posted', activityId: 'earlier-2', postedAt: '2024-02-23T08:00:01.000Z' }, undefined)]);
    await seed.close();

    bot = await startInProcessBot({ dataDir, now: '2024-02-23T08:00:00Z' });
    rounds = new CheckinRoundRepository(bot.app.context.store);
    deliveries = new CheckinDeliveryRepository(bot.app.context.store);
  });
  afterAll(async () => { await bot.stop(); await teams.stop(); });

  it('posts only to the group Teams never got a card from, and finishes the others from the record', async () => {
    await bot.app.runner.drain();
    expect(teams.sentTo(groups[0].conversationId)).toHaveLength(0);
    expect(teams.sentTo(groups[1].conversationId)).toHaveLength(0);
    expect(teams.sentTo(groups[2].conversationId)).toHaveLength(1);
    expect((await rounds.get(groups[0].groupId, ROUND1))?.state).toMatchObject({ status: 'posted', activityId: 'earlier-1' });
    expect((await rounds.get(groups[1].groupId, ROUND1))?.state).toMatchObject({ status: 'posted', activityId: 'earlier-2' });
    const third = teams.sentTo(groups[2].conversationId)[0];
    expect((await rounds.get(groups[2].groupId, ROUND1))?.state).toMatchObject({ status: 'posted', activityId: third.assignedId });
  });

  it('closes a round whose group digest went out before the crash without posting that digest again', async () => {
    await deliveries.record(groups[0].groupId, ROUND1, 'digest-group', { conversationId: groups[0].conversationId, activityId: 'digest-earlier', at: '2024-04-02T07:00:01.000Z' });
    bot.clock.set('2024-04-02T07:00:00Z');
    await bot.app.runner.drain();
    // Group 1: no second digest, but its card is still closed and the round recorded as closed.
    expect(teams.sentTo(groups[0].conversationId)).toHaveLength(0);
    expect(teams.updatesOf('earlier-1')).toHaveLength(1);
    expect((await rounds.get(groups[0].groupId, ROUND1))?.state.status).toBe('closed');
    // The others get their one digest.
    expect(teams.sentTo(groups[1].conversationId)).toHaveLength(1);
    expect(teams.sentTo(groups[2].conversationId)).toHaveLength(2);
  });
});
