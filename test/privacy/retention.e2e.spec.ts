import { CheckinAnswerRepository } from '../../src/capabilities/checkins/store/checkin-answer.repository';
import { user } from '../support/activities';
import { createTestDatabase } from '../support/pg-server';
import {
  APPLICANT, COORD, ILP, LEADER, NOMINATOR, startHarness, STRANGER, type Harness,
} from '../nominations/nominations-harness';

/**
 * The daily retention job on the real app with an injected clock (RETENTION_DAYS_AFTER_COHORT=30): the
 * department-head cohort (ILP 2021–2025, last gathering January 2022, so it ends 1 February 2022 00:00 Oslo and
 * falls due 30 days later, 3 March 2022 00:00 Oslo = 2 March 23:00 UTC) loses its check-in answers and free texts
 * then; LEDPRO 1 2024 (last gathering ends 9 October 2024 00:00 Oslo) keeps everything until 7 November 2024 22:00 UTC.
 */
const LEDPRO = 'ledpro-1-2024';
const ILP_WHY = 'ILP-begrunnelse fra dekanen';
const ILP_REASON = 'ILP-avslag: fullt kull';
const LEDPRO_WHY = 'LEDPRO-begrunnelse fra søkeren';
const ILP_ANSWER = 'ILP-refleksjon om ledelse';
const LEDPRO_ANSWER = 'LEDPRO-refleksjon om team';
const MEMBER = user(208, 'Maja Medlem');

interface Stored { key: string; version: number; value: unknown }

describe.each([['sqlite'], ['postgres']])('retention of finished cohorts, end to end (injected clock, %s)', (storeKind) => {
  let h: Harness;
  const store = () => h.bot.app.context.store;
  const rows = async (kind: string): Promise<Stored[]> => (await store().list(kind)).map((e) => ({ key: e.key, version: e.version, value: e.value }));
  const everything = async (): Promise<string> => JSON.stringify(await Promise.all(['nomination', 'nomination-audit', 'checkin-answer'].map(rows)));
  const retentionJobs = async () => (await store().jobs.list({ keyPrefix: 'privacy.retention:' })).map((j) => ({ key: j.key, status: j.status }));
  const runDay = async (at: string): Promise<void> => { h.bot.clock.set(at); await h.drain(); };

  beforeAll(async () => {
    const databaseUrl = storeKind === 'postgres' ? await createTestDatabase('retention') : undefined;
    h = await startHarness({ env: { RETENTION_DAYS_AFTER_COHORT: '30', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) } });
    await h.say('registrer koordinatorkanal ilp-2021-2025', COORD, { channel: true });
    const nominated = await h.invoke('nominations.submit', { kind: 'nomination', cohortId: ILP, nominee: LEADER.aadObjectId, justification: ILP_WHY }, NOMINATOR);
    expect(nominated.statusCode).toBe(200);
    await h.invoke('nominations.submit', { kind: 'application', cohortId: LEDPRO, degree: 'bachelor', justification: LEDPRO_WHY }, APPLICANT);
    await h.drain();
    const ilp = (await rows('nomination')).find((r) => (r.value as { cohortId: string }).cohortId === ILP);
    const id = (ilp?.value as { id: string }).id;
    // A forged approval (refused, in the audit log), then the coordinators' rejection with its reason.
    await h.invoke('nominations.approve', { nominationId: id, rev: 1 }, STRANGER);
    await h.invoke('nominations.reject', { nominationId: id, rev: 1, reason: ILP_REASON }, COORD, { channel: true });
    await h.drain();
    // Answers as the check-in card stores them (linking groups and running rounds is covered in test/checkins).
    const answers = new CheckinAnswerRepository(store());
    const now = h.bot.clock.now().toISOString();
    await store().commit([
      answers.upsertOp({ groupId: `${ILP}.gruppe-x`, roundId: `${ILP}.after-1`, aadObjectId: LEADER.aadObjectId, name: LEADER.name, text: ILP_ANSWER, choices: {}, updatedAt: now }),
      answers.upsertOp({ groupId: `${LEDPRO}.gruppe-y`, roundId: `${LEDPRO}.after-1`, aadObjectId: MEMBER.aadObjectId, name: MEMBER.name, text: LEDPRO_ANSWER, choices: {}, updatedAt: now }),
    ]);
  });
  afterAll(async () => { await h.stop(); });

  it('plans one daily run from the start and keeps exactly one waiting', async () => {
    const jobs = await retentionJobs();
    expect(jobs.filter((j) => j.status === 'pending')).toHaveLength(1);
    const text = await everything();
    for (const t of [ILP_WHY, ILP_REASON, LEDPRO_WHY, ILP_ANSWER, LEDPRO_ANSWER, '"refused"']) expect(text).toContain(t);
  });

  it('deletes nothing an hour before a cohort falls due', async () => {
    const before = await everything();
    await runDay('2022-03-02T22:00:00Z');
    expect(await everything()).toBe(before);
    expect((await retentionJobs()).filter((j) => j.status === 'pending')).toEqual([{ key: 'privacy.retention:2022-03-03', status: 'pending' }]);
  });

  it('deletes the finished cohort\'s answers, justifications, reasons and refused attempts once due, and nothing else', async () => {
    await runDay('2022-03-03T23:00:00Z');
    const text = await everything();
    for (const gone of [ILP_WHY, ILP_REASON, ILP_ANSWER, '"refused"']) expect(text).not.toContain(gone);
    for (const kept of [LEDPRO_WHY, LEDPRO_ANSWER]) expect(text).toContain(kept);
    // What the program must keep: the nomination, its status and who decided when.
    const ilp = (await rows('nomination')).map((r) => r.value as { cohortId: string; status: string; justification: string; decision?: { by: { aadObjectId: string }; reason?: string } })
      .find((n) => n.cohortId === ILP);
    expect(ilp).toMatchObject({ status: 'rejected', justification: '', decision: { by: { aadObjectId: COORD.aadObjectId } } });
    expect(ilp?.decision?.reason).toBeUndefined();
    const audit = (await rows('nomination-audit')).map((r) => r.value as { cohortId: string; action: string; reason?: string });
    expect(audit.filter((a) => a.cohortId === ILP).map((a) => a.action).sort()).toEqual(['reject', 'submit']);
  });

  it('changes nothing when it runs again', async () => {
    const before = JSON.stringify(await Promise.all(['nomination', 'nomination-audit', 'checkin-answer'].map(rows)));
    await runDay('2022-03-04T23:00:00Z');
    await runDay('2022-03-05T23:00:00Z');
    expect(JSON.stringify(await Promise.all(['nomination', 'nomination-audit', 'checkin-answer'].map(rows)))).toBe(before);
    const jobs = await retentionJobs();
    expect(jobs.filter((j) => j.status === 'pending')).toEqual([{ key: 'privacy.retention:2022-03-06', status: 'pending' }]);
    expect(jobs.filter((j) => j.status === 'done').map((j) => j.key)).toEqual(expect.arrayContaining(['privacy.retention:2022-03-03', 'privacy.retention:2022-03-04', 'privacy.retention:2022-03-05']));
  });

  it('deletes the later cohort\'s data only after its own period', async () => {
    await runDay('2024-11-06T22:00:00Z');
    expect(await everything()).toContain(LEDPRO_ANSWER);
    await runDay('2024-11-07T23:30:00Z');
    const text = await everything();
    for (const gone of [LEDPRO_WHY, LEDPRO_ANSWER]) expect(text).not.toContain(gone);
    expect((await rows('nomination')).map((r) => (r.value as { cohortId: string }).cohortId).sort()).toEqual([ILP, LEDPRO]);
  });
});
