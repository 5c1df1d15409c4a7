import type { ConversationDirectory } from '../../../shared/conversation-directory';
import type { Json, Store, WriteOp } from '../../../shared/store.port';
import type { PersonRef } from '../domain/nomination';
import type { PeopleDirectory } from '../ports';
import { asJson } from './nomination.repository';

const PERSON = 'nomination-people';
const EMAIL = 'nomination-people-email';
/** Exported for the privacy port (nominations-personal-data.ts). */
export const PEOPLE_KINDS = { person: PERSON, email: EMAIL } as const;

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/**
 * People known from data (the `people` list of roles.json) and from Teams turns (names only). The data list
 * maps e-mail addresses to Entra object ids for nominators whose client has no people picker.
 */
export class StorePeopleDirectory implements PeopleDirectory {
  constructor(private readonly store: Store, private readonly conversations: ConversationDirectory) {}

  async byId(aadObjectId: string): Promise<PersonRef | undefined> {
    const imported = (await this.store.get<Json>(PERSON, aadObjectId))?.value as unknown as PersonRef | undefined;
    if (imported) return imported;
    const known = await this.conversations.user(aadObjectId);
    return known ? { aadObjectId, name: known.name } : undefined;
  }

  async byEmail(email: string): Promise<PersonRef | undefined> {
    const id = (await this.store.get<string>(EMAIL, normalizeEmail(email)))?.value;
    return id ? this.byId(id) : undefined;
  }

  /** Ops that write the imported people (committed with the roles). */
  static upsertOps(people: readonly PersonRef[]): WriteOp[] {
    return people.flatMap((p): WriteOp[] => [
      { op: 'upsert', kind: PERSON, key: p.aadObjectId, value: asJson(p) },
      ...(p.email ? [{ op: 'upsert' as const, kind: EMAIL, key: normalizeEmail(p.email), value: p.aadObjectId }] : []),
    ]);
  }
}
