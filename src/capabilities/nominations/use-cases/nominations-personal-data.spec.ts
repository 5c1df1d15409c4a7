import { MemoryStore } from '../../../adapters/storage/memory/memory-store';
import type { DataSubject } from '../../../shared/personal-data.port';
import type { Json } from '../../../shared/store.port';
import type { Nomination } from '../domain/nomination';
import { asJson, KINDS, personKey } from '../store/nomination.repository';
import { NominationsPersonalData } from './nominations-personal-data';

const DEAN = { aadObjectId: 'dean', name: 'Dekan Dahl', email: 'dekan@example.no' };
const LISE = { aadObjectId: 'lise', name: 'Lise Leder' };
const COORD = { aadObjectId: 'coord', name: 'Kari Koordinator' };
const at = '2021-03-01T09:00:00.000Z';

const nomination = (o: Partial<Nomination>): Nomination => ({
  id: 'n1', kind: 'nomination', programId: 'ilp', cohortId: 'ilp-2021-2025', nominee: LISE, nominator: DEAN, justification: 'Lise er modig',
  answers: { degree: 'bachelor', completedPrerequisites: [] }, track: 'credits', status: 'pending', rev: 1, submittedAt: at,
  last: { action: 'submit', from: null, to: 'pending', by: DEAN, at }, ...o,
});
const subject = (aad: string): DataSubject => ({ aadObjectId: aad, names: [], emails: [], userIds: [], conversationIds: [] });

async function world(n: Nomination) {
  const store = new MemoryStore();
  await store.commit([
    { op: 'insert', kind: KINDS.nomination, key: n.id, value: asJson(n) },
    { op: 'insert', kind: KINDS.byPerson, key: personKey(n.cohortId, n.nominee.aadObjectId), value: { nominationId: n.id } },
    { op: 'insert', kind: KINDS.audit, key: `${n.id}:${at}:a`, value: asJson({ nominationId: n.id, cohortId: n.cohortId, action: 'submit', from: null, to: 'pending', actor: DEAN, at }) },
  ]);
  return { store, holder: new NominationsPersonalData(store) };
}

describe('the nominations capability\'s personal-data port', () => {
  it('erasing a nominator keeps the nominee\'s nomination open, with the nominator pseudonymised and their text gone', async () => {
    const { store, holder } = await world(nomination({}));
    const plan = await holder.erase(subject('dean'), 'erased-1', new Date('2021-03-02T09:00:00Z'));
    expect(plan.cohortIds).toEqual(['ilp-2021-2025']);
    expect((await store.commit(plan.ops)).ok).toBe(true);
    const n = (await store.get<Json>(KINDS.nomination, 'n1'))?.value as unknown as Nomination;
    expect(n).toMatchObject({ status: 'pending', nominee: LISE, nominator: { aadObjectId: 'erased-1', name: 'erased-1' }, justification: '' });
    expect(n.answers.degree).toBe('bachelor');
    expect(await store.get(KINDS.byPerson, personKey('ilp-2021-2025', 'lise'))).toBeDefined();
    const text = JSON.stringify(await store.list(KINDS.audit)) + JSON.stringify(n);
    expect(text).not.toMatch(/dean|Dekan|dekan@/);
    expect((await holder.erase(subject('dean'), 'erased-2', new Date())).ops.filter((o) => o.op !== 'enqueue')).toEqual([]);
  });

  it('erasing a nominee of an open nomination ends it as withdrawn and frees their place in the cohort', async () => {
    const { store, holder } = await world(nomination({}));
    const plan = await holder.erase(subject('lise'), 'erased-9', new Date('2021-03-02T09:00:00Z'));
    expect((await store.commit(plan.ops)).ok).toBe(true);
    const n = (await store.get<Json>(KINDS.nomination, 'n1'))?.value as unknown as Nomination;
    expect(n).toMatchObject({ status: 'withdrawn', rev: 2, nominee: { aadObjectId: 'erased-9' }, nominator: DEAN, justification: '', answers: { completedPrerequisites: [] } });
    expect(await store.get(KINDS.byPerson, personKey('ilp-2021-2025', 'lise'))).toBeUndefined();
    expect(JSON.stringify(n)).not.toMatch(/lise|Lise/);
  });

  it('exports to a nominee no justification and no other person\'s name, and to a nominator their own text', async () => {
    const decided = nomination({ status: 'rejected', decision: { action: 'reject', from: 'pending', to: 'rejected', by: COORD, at, reason: 'Fullt' } });
    const { holder } = await world(decided);
    const nominee = JSON.stringify(await holder.collect(subject('lise')));
    expect(nominee).toContain('"reason":"Fullt"');
    expect(nominee).not.toMatch(/Lise er modig|Dekan|Kari|coord|dean/);
    const nominator = JSON.stringify(await holder.collect(subject('dean')));
    expect(nominator).toContain('Lise er modig');
    expect(nominator).not.toMatch(/Lise Leder|"lise"|Kari/);
  });

  it('erasing a coordinator keeps their decisions on the record under the pseudonym, and the nomination otherwise as it was', async () => {
    const decided = nomination({ status: 'rejected', rev: 2, decision: { action: 'reject', from: 'pending', to: 'rejected', by: COORD, at, reason: 'Fullt' },
      last: { action: 'reject', from: 'pending', to: 'rejected', by: COORD, at, reason: 'Fullt' } });
    const { store, holder } = await world(decided);
    await store.commit([{ op: 'insert', kind: 'coordinator-channel', key: 'ilp-2021-2025', value: { cohortId: 'ilp-2021-2025', registeredBy: 'coord', registeredAt: at, ref: { conversationId: '19:c' } } }]);
    const plan = await holder.erase(subject('coord'), 'erased-c', new Date('2021-03-02T09:00:00Z'));
    expect((await store.commit(plan.ops)).ok).toBe(true);
    const n = (await store.get<Json>(KINDS.nomination, 'n1'))?.value as unknown as Nomination;
    expect(n).toMatchObject({ status: 'rejected', nominee: LISE, nominator: DEAN, justification: 'Lise er modig', decision: { by: { aadObjectId: 'erased-c' }, reason: 'Fullt' } });
    expect(JSON.stringify([n, await store.list('coordinator-channel')])).not.toMatch(/coord"|Kari/);
  });
});
