import { MemoryStore } from '../../../adapters/storage/memory/memory-store';
import { catalogSchema } from '../../../catalog/catalog.schema';
import { ManualClock } from '../../../shared/clock';
import { ConversationDirectory } from '../../../shared/conversation-directory';
import { PersonDirectory } from '../../../shared/person-directory';
import { MemoryLogger } from '../../../shared/logger';
import { RoleDirectory } from '../../../shared/roles';
import { cohortCatalog, type NominationsDeps } from '../ports';
import { StorePeopleDirectory } from '../store/people.repository';
import { recordRefusal, REFUSAL_KINDS, refusalTally, type RefusalLimits } from './record-refusal';

const catalog = catalogSchema.parse({
  version: 1,
  programs: [{
    id: 'p', provider: 'NTNU', name: { nb: 'P', en: 'P' }, source: { title: 'P', file: 'p.txt' },
    facts: [{ id: 'f', topic: 'overview', section: { nb: 'Om', en: 'About' }, text: { nb: 'T', en: 'T' }, quotes: ['T'] }],
  }],
});

function setup(): { store: MemoryStore; deps: NominationsDeps; clock: ManualClock } {
  const store = new MemoryStore();
  const clock = new ManualClock('2024-01-10T09:00:00Z');
  let seq = 0;
  const deps: NominationsDeps = {
    store, clock, logger: new MemoryLogger(), catalog: cohortCatalog(catalog), roles: new RoleDirectory(store),
    people: new StorePeopleDirectory(store, new PersonDirectory(store, new ConversationDirectory(store), undefined, new MemoryLogger())), newId: () => `id-${++seq}`,
  };
  return { store, deps, clock };
}

const limits: RefusalLimits = { perPerson: 3, total: 5, people: 4 };
const refuse = (s: ReturnType<typeof setup>, who: string, n: number) => recordRefusal(s.deps, {
  nominationId: `nom-${n}`, cohortId: 'c', attempted: 'approve', actor: { aadObjectId: who, name: who }, at: s.clock.now(),
}, limits);
const audited = async (s: ReturnType<typeof setup>) => (await s.store.list('nomination-audit')).map((e) => (e.value as { actor: { aadObjectId: string }; nominationId: string }));

describe('recordRefusal bounds', () => {
  it('keeps each person\'s first refusals in full and only counts the rest', async () => {
    const s = setup();
    for (let i = 1; i <= 10; i += 1) {
      await refuse(s, 'mallory', i);
      s.clock.advance(1000);
    }
    expect((await audited(s)).map((a) => a.nominationId)).toEqual(['nom-1', 'nom-2', 'nom-3']);
    expect(await refusalTally(s.store, 'mallory')).toEqual({
      count: 10, firstAt: '2024-01-10T09:00:00.000Z', lastAt: '2024-01-10T09:00:09.000Z', lastAttempted: 'approve',
    });
  });

  it('bounds the total, still keeping every new person\'s first refusal, and stops tallying new people at the limit', async () => {
    const s = setup();
    for (let i = 1; i <= 3; i += 1) await refuse(s, 'a', i);
    for (let i = 1; i <= 3; i += 1) await refuse(s, 'b', i);
    // 5 in full reached: b's third is only counted.
    expect((await audited(s)).filter((x) => x.actor.aadObjectId === 'b')).toHaveLength(2);
    await refuse(s, 'c', 1);
    await refuse(s, 'c', 2);
    expect((await audited(s)).filter((x) => x.actor.aadObjectId === 'c').map((x) => x.nominationId)).toEqual(['nom-1']);
    await refuse(s, 'd', 1);
    await refuse(s, 'e', 1);
    await refuse(s, 'f', 1);
    expect(await refusalTally(s.store, 'e')).toBeUndefined();
    expect((await audited(s)).length).toBe(7);
    expect((await s.store.get(REFUSAL_KINDS.totals, 'all'))?.value).toEqual({ audited: 7, people: 4, dropped: 2 });
    expect(await s.store.list(REFUSAL_KINDS.tally)).toHaveLength(4);
  });

  it('loses no count when refusals of one person race', async () => {
    const s = setup();
    await Promise.all(Array.from({ length: 4 }, (_, i) => refuse(s, 'racer', i + 1)));
    expect((await refusalTally(s.store, 'racer'))?.count).toBe(4);
    expect(await audited(s)).toHaveLength(3);
  });
});
