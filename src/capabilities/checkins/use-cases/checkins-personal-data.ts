import type { DataSubject, ErasePlan, Identifiers, PersonalDataHolder, PersonalRecord } from '../../../shared/personal-data.port';
import type { Json, Store, WriteOp } from '../../../shared/store.port';
import type { BaseGroup } from '../domain/base-group';
import type { Answer } from '../domain/checkin-answer';
import { BASE_GROUP_KIND, saveGroupOp } from '../store/base-group.repository';
import { CHECKIN_ANSWER_KIND } from '../store/checkin-answer.repository';

/** Delivery records of the Teams sends (kept in teams/, keyed `${group}/${round}/remind:${aadObjectId}`). */
const CHECKIN_DELIVERY_KIND = 'checkin-delivery';

/**
 * The check-ins capability's part of a person's data: their answers (personal reflections, deleted outright),
 * their place in base groups (as member or facilitator) and the records of reminders sent to them.
 */
export class CheckinsPersonalData implements PersonalDataHolder {
  readonly capability = 'checkins';

  constructor(private readonly store: Store) {}

  private async answersOf(aad: string): Promise<Answer[]> {
    return (await this.store.list<Json>(CHECKIN_ANSWER_KIND)).map((e) => e.value as unknown as Answer).filter((a) => a.aadObjectId === aad);
  }

  private async groupsOf(aad: string): Promise<Array<{ group: BaseGroup; version: number }>> {
    return (await this.store.list<Json>(BASE_GROUP_KIND))
      .map((e) => ({ group: e.value as unknown as BaseGroup, version: e.version }))
      .filter(({ group }) => group.facilitator?.aadObjectId === aad || group.members.some((m) => m.aadObjectId === aad));
  }

  async identify(aad: string): Promise<Partial<Identifiers>> {
    const people = (await this.groupsOf(aad)).flatMap(({ group }) => [...group.members, ...(group.facilitator ? [group.facilitator] : [])])
      .filter((m) => m.aadObjectId === aad);
    return {
      names: [...people.map((m) => m.name), ...(await this.answersOf(aad)).map((a) => a.name)],
      userIds: people.map((m) => m.userId).filter((x): x is string => !!x),
    };
  }

  async collect(subject: DataSubject): Promise<PersonalRecord[]> {
    const aad = subject.aadObjectId;
    const groups: PersonalRecord[] = (await this.groupsOf(aad)).map(({ group }) => ({
      category: 'base-groups' as const,
      data: { groupId: group.id, cohortId: group.cohortId, groupName: group.name, role: group.facilitator?.aadObjectId === aad ? 'facilitator' : 'member' },
    }));
    const answers: PersonalRecord[] = (await this.answersOf(aad)).map((a) => ({
      category: 'checkin-answers' as const, at: a.updatedAt,
      data: { groupId: a.groupId, roundId: a.roundId, text: a.text, choices: { ...a.choices }, updatedAt: a.updatedAt },
    }));
    return [...groups, ...answers];
  }

  async erase(subject: DataSubject): Promise<ErasePlan> {
    const aad = subject.aadObjectId;
    const ops: WriteOp[] = [];
    const cohorts = new Set<string>();
    const answers = await this.answersOf(aad);
    for (const a of answers) ops.push({ op: 'delete', kind: CHECKIN_ANSWER_KIND, key: `${a.groupId}/${a.roundId}/${a.aadObjectId}` });
    const groups = await this.groupsOf(aad);
    for (const { group, version } of groups) {
      cohorts.add(group.cohortId);
      const { facilitator, ...rest } = group;
      const next: BaseGroup = {
        ...rest, members: group.members.filter((m) => m.aadObjectId !== aad),
        ...(facilitator && facilitator.aadObjectId !== aad ? { facilitator } : {}),
      };
      ops.push(saveGroupOp(next, version));
    }
    const chats = new Set(subject.conversationIds);
    for (const e of await this.store.list<Json>(CHECKIN_DELIVERY_KIND)) {
      const to = (e.value as { conversationId?: string }).conversationId;
      if (e.key.includes(aad) || (to !== undefined && chats.has(to))) ops.push({ op: 'delete', kind: CHECKIN_DELIVERY_KIND, key: e.key });
    }
    for (const a of answers) cohorts.add(a.groupId.split('.')[0] ?? a.groupId);
    return {
      ops, cohortIds: [...cohorts],
      erased: { ...(answers.length ? { 'checkin-answers': answers.length } : {}), ...(groups.length ? { 'base-groups': groups.length } : {}) },
    };
  }

  /** After the retention period every answer of the cohort's groups goes (group ids start `${cohortId}.`). */
  async retain(cohortId: string): Promise<WriteOp[]> {
    return (await this.store.list<Json>(CHECKIN_ANSWER_KIND, { prefix: `${cohortId}.` }))
      .map((e): WriteOp => ({ op: 'delete', kind: CHECKIN_ANSWER_KIND, key: e.key, version: e.version }));
  }
}
