import type { DataSubject, ErasePlan, Identifiers, PersonalDataHolder, PersonalRecord } from '../../../shared/personal-data.port';
import type { Entity, Json, Store, WriteOp } from '../../../shared/store.port';
import { isOpen, type Nomination, type PersonRef, type Transition } from '../domain/nomination';
import { DeliveryRepository, type CoordinatorChannel } from '../store/delivery.repository';
import { asJson, KINDS, personKey, type AuditEntry } from '../store/nomination.repository';
import { PEOPLE_KINDS } from '../store/people.repository';
import { updateCardOp } from './nomination-jobs';
import { REFUSAL_KINDS, type RefusalTally } from './record-refusal';

/** Records of sends whose keys may name a person (job keys, alert ids): re-keyed with the pseudonym. */
const DELIVERY_KINDS = ['nomination-notice', 'coordinator-alert'] as const;
/** The coordinators' channel names who registered it. */
const CHANNEL_KIND = 'coordinator-channel';

const withoutReason = (t: Transition): Transition => {
  const { reason: _reason, ...rest } = t;
  return rest;
};

/**
 * The nominations capability's part of a person's data (docs/privacy.md). What the program must keep of a
 * nomination (that it existed, for which cohort, its status and who decided when) stays with the person
 * replaced by a pseudonym; free text (justification, reasons), admission answers, the imported name and
 * address and the refusal history go.
 */
export class NominationsPersonalData implements PersonalDataHolder {
  readonly capability = 'nominations';

  constructor(private readonly store: Store) {}

  private async nominationsOf(aad: string): Promise<Array<Entity<Json> & { n: Nomination }>> {
    return (await this.store.list<Json>(KINDS.nomination))
      .map((e) => ({ ...e, n: e.value as unknown as Nomination }))
      .filter((e) => e.n.nominee.aadObjectId === aad || e.n.nominator.aadObjectId === aad);
  }

  /** Nominations the person only decided or moved (a coordinator): their name is on the decision. */
  private async decidedBy(aad: string): Promise<Array<Entity<Json> & { n: Nomination }>> {
    return (await this.store.list<Json>(KINDS.nomination))
      .map((e) => ({ ...e, n: e.value as unknown as Nomination }))
      .filter((e) => e.n.nominee.aadObjectId !== aad && e.n.nominator.aadObjectId !== aad
        && (e.n.decision?.by.aadObjectId === aad || e.n.last.by.aadObjectId === aad));
  }

  private async auditRows(): Promise<Array<Entity<Json> & { a: AuditEntry }>> {
    return (await this.store.list<Json>(KINDS.audit)).map((e) => ({ ...e, a: e.value as unknown as AuditEntry }));
  }

  async identify(aad: string): Promise<Partial<Identifiers>> {
    const imported = (await this.store.get<Json>(PEOPLE_KINDS.person, aad))?.value as unknown as PersonRef | undefined;
    const refs = (await this.nominationsOf(aad)).flatMap((e) => [e.n.nominee, e.n.nominator]).filter((p) => p.aadObjectId === aad);
    const all = [...(imported ? [imported] : []), ...refs];
    return {
      names: all.map((p) => p.name).filter(Boolean),
      emails: all.map((p) => p.email?.trim().toLowerCase()).filter((x): x is string => !!x),
    };
  }

  async collect(subject: DataSubject): Promise<PersonalRecord[]> {
    const aad = subject.aadObjectId;
    const out: PersonalRecord[] = [];
    const imported = (await this.store.get<Json>(PEOPLE_KINDS.person, aad))?.value as unknown as PersonRef | undefined;
    if (imported) out.push({ category: 'profile', data: { source: 'roles.json', name: imported.name, email: imported.email ?? null } });
    const mine = await this.nominationsOf(aad);
    for (const { n } of mine) {
      const isNominee = n.nominee.aadObjectId === aad;
      const role = n.kind === 'application' ? 'applicant' : isNominee ? 'nominee' : 'nominator';
      // Text the person wrote is theirs; a nominator's justification about a nominee is the nominator's.
      const ownText = role !== 'nominee';
      out.push({
        category: 'nominations', at: n.submittedAt,
        data: asJson({
          id: n.id, kind: n.kind, role, programId: n.programId, cohortId: n.cohortId, status: n.status, submittedAt: n.submittedAt,
          ...(ownText ? { justification: n.justification } : {}),
          ...(isNominee ? { admissionAnswers: n.answers, track: n.track } : {}),
        }),
      });
      if (isNominee && n.decision) {
        out.push({
          category: 'decisions', at: n.decision.at,
          data: asJson({ nominationId: n.id, decision: n.decision.action, status: n.decision.to, at: n.decision.at, ...(n.decision.reason ? { reason: n.decision.reason } : {}) }),
        });
      }
    }
    const ids = new Set(mine.map((e) => e.n.id));
    for (const { a } of await this.auditRows()) {
      if (a.actor.aadObjectId !== aad) continue;
      out.push({
        category: 'decisions', at: a.at,
        data: asJson({ nominationId: ids.has(a.nominationId) ? a.nominationId : null, yourAction: a.action, attempted: a.attempted ?? null, from: a.from, to: a.to, at: a.at }),
      });
    }
    const tally = (await this.store.get<Json>(REFUSAL_KINDS.tally, aad))?.value as unknown as RefusalTally | undefined;
    if (tally) out.push({ category: 'decisions', at: tally.lastAt, data: asJson({ refusedAttempts: tally.count, firstAt: tally.firstAt, lastAt: tally.lastAt }) });
    return out;
  }

  async erase(subject: DataSubject, pseudonym: string, now: Date): Promise<ErasePlan> {
    const aad = subject.aadObjectId;
    const alias: PersonRef = { aadObjectId: pseudonym, name: pseudonym };
    const swap = (p: PersonRef): PersonRef => (p.aadObjectId === aad ? alias : p);
    const ops: WriteOp[] = [];
    const cohorts = new Set<string>();
    let profile = 0;
    if (await this.store.get<Json>(PEOPLE_KINDS.person, aad)) { ops.push({ op: 'delete', kind: PEOPLE_KINDS.person, key: aad }); profile = 1; }
    for (const email of subject.emails) {
      const e = await this.store.get<string>(PEOPLE_KINDS.email, email);
      if (e?.value === aad) ops.push({ op: 'delete', kind: PEOPLE_KINDS.email, key: email });
    }
    const mine = await this.nominationsOf(aad);
    const deliveries = new DeliveryRepository(this.store);
    for (const { n, version } of mine) {
      cohorts.add(n.cohortId);
      const isNominee = n.nominee.aadObjectId === aad;
      let next: Nomination = {
        ...n, nominee: swap(n.nominee), nominator: swap(n.nominator), justification: '', rev: n.rev + 1,
        ...(isNominee ? { answers: { completedPrerequisites: [] } } : {}),
        last: { ...(isNominee ? withoutReason(n.last) : n.last), by: swap(n.last.by) },
        ...(n.decision ? { decision: { ...(isNominee ? withoutReason(n.decision) : n.decision), by: swap(n.decision.by) } } : {}),
      };
      // An open nomination of someone who erased themselves cannot be decided any more: it ends as withdrawn.
      if (isNominee && isOpen(n.status)) {
        next = { ...next, status: 'withdrawn', last: { action: 'withdraw', from: n.status, to: 'withdrawn', by: alias, at: now.toISOString() } };
      }
      ops.push({ op: 'update', kind: KINDS.nomination, key: n.id, value: asJson(next), version });
      if (isNominee && (await this.store.get<Json>(KINDS.byPerson, personKey(n.cohortId, aad)))) {
        ops.push({ op: 'delete', kind: KINDS.byPerson, key: personKey(n.cohortId, aad) });
      }
      // The coordinators' cards in Teams are redrawn from the pseudonymised record.
      ops.push(updateCardOp(next, (await deliveries.channel(n.cohortId))?.ref.conversationId, now));
    }
    let decisions = 0;
    // A coordinator's decisions stay on the record (the program needs them), under the pseudonym.
    for (const { n, version } of await this.decidedBy(aad)) {
      const next: Nomination = {
        ...n, rev: n.rev + 1, last: { ...n.last, by: swap(n.last.by) }, ...(n.decision ? { decision: { ...n.decision, by: swap(n.decision.by) } } : {}),
      };
      ops.push({ op: 'update', kind: KINDS.nomination, key: n.id, value: asJson(next), version });
      ops.push(updateCardOp(next, (await deliveries.channel(n.cohortId))?.ref.conversationId, now));
      cohorts.add(n.cohortId);
      decisions += 1;
    }
    for (const e of await this.store.list<Json>(CHANNEL_KIND)) {
      const c = e.value as unknown as CoordinatorChannel;
      if (c.registeredBy === aad) ops.push({ op: 'update', kind: CHANNEL_KIND, key: e.key, value: asJson({ ...c, registeredBy: pseudonym }), version: e.version });
    }
    const nominee = new Set(mine.filter((e) => e.n.nominee.aadObjectId === aad).map((e) => e.n.id));
    for (const { key, version, a } of await this.auditRows()) {
      const mineAsActor = a.actor.aadObjectId === aad;
      const aboutThem = nominee.has(a.nominationId) && a.reason !== undefined;
      if (!mineAsActor && !aboutThem) continue;
      const { reason: _reason, ...rest } = a;
      const next: AuditEntry = { ...(nominee.has(a.nominationId) ? rest : a), actor: swap(a.actor) };
      ops.push({ op: 'update', kind: KINDS.audit, key, value: asJson(next), version });
      decisions += 1;
    }
    if (await this.store.get<Json>(REFUSAL_KINDS.tally, aad)) { ops.push({ op: 'delete', kind: REFUSAL_KINDS.tally, key: aad }); decisions += 1; }
    // Send records name the person in their key (a job key) or value (their 1:1 chat): both get the pseudonym.
    const ids = [aad, ...subject.conversationIds, ...subject.userIds];
    const scrub = (text: string): string => ids.reduce((t, id) => t.split(id).join(pseudonym), text);
    for (const kind of DELIVERY_KINDS) {
      for (const e of await this.store.list<Json>(kind)) {
        const text = JSON.stringify(e.value);
        if (scrub(e.key) === e.key && scrub(text) === text) continue;
        if (scrub(e.key) !== e.key) ops.push({ op: 'delete', kind, key: e.key });
        ops.push({ op: 'upsert', kind, key: scrub(e.key), value: JSON.parse(scrub(text)) as Json });
      }
    }
    return {
      ops, cohortIds: [...cohorts],
      erased: { ...(profile ? { profile } : {}), ...(mine.length ? { nominations: mine.length } : {}), ...(decisions ? { decisions } : {}) },
    };
  }

  /**
   * After the retention period: justifications, admission answers and the reasons of decisions go, and the
   * audit log keeps only the transitions (who moved which nomination from what to what, when).
   */
  async retain(cohortId: string): Promise<WriteOp[]> {
    const ops: WriteOp[] = [];
    const ids = new Set<string>();
    for (const e of await this.store.list<Json>(KINDS.nomination)) {
      const n = e.value as unknown as Nomination;
      if (n.cohortId !== cohortId) continue;
      ids.add(n.id);
      const hasText = n.justification !== '' || n.last.reason !== undefined || n.decision?.reason !== undefined;
      if (!hasText) continue;
      const next: Nomination = { ...n, justification: '', last: withoutReason(n.last), ...(n.decision ? { decision: withoutReason(n.decision) } : {}) };
      ops.push({ op: 'update', kind: KINDS.nomination, key: n.id, value: asJson(next), version: e.version });
    }
    for (const { key, version, a } of await this.auditRows()) {
      if (!ids.has(a.nominationId) && a.cohortId !== cohortId) continue;
      if (a.action === 'refused') { ops.push({ op: 'delete', kind: KINDS.audit, key, version }); continue; }
      if (a.reason === undefined) continue;
      const { reason: _reason, ...rest } = a;
      ops.push({ op: 'update', kind: KINDS.audit, key, value: asJson(rest), version });
    }
    return ops;
  }
}
