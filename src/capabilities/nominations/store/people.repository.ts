import { ROLES_PEOPLE_KIND, type People, type PersonLookup } from '../../../shared/person-directory';
import type { Store, WriteOp } from '../../../shared/store.port';
import type { PersonRef } from '../domain/nomination';
import type { PeopleDirectory } from '../ports';
import { asJson } from './nomination.repository';

const EMAIL = 'nomination-people-email';
/** Exported for the privacy port (nominations-personal-data.ts). */
export const PEOPLE_KINDS = { person: ROLES_PEOPLE_KIND, email: EMAIL } as const;

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

const toRef = (found: PersonLookup): PersonRef | undefined => (found.kind === 'found'
  ? { aadObjectId: found.person.aadObjectId, name: found.person.name, ...(found.person.email ? { email: found.person.email } : {}) }
  : undefined);

/**
 * People for nominations: names and addresses through the shared person directory (Graph once, roles.json's
 * `people`, Teams turns); the `people` list of roles.json also maps e-mail addresses to Entra object ids for
 * nominators whose client has no people picker.
 */
export class StorePeopleDirectory implements PeopleDirectory {
  constructor(private readonly store: Store, private readonly people: People) {}

  async byId(aadObjectId: string): Promise<PersonRef | 'unknown' | 'unavailable'> {
    const found = await this.people.find(aadObjectId);
    return toRef(found) ?? (found.kind === 'unknown' ? 'unknown' : 'unavailable');
  }

  async byEmail(email: string): Promise<PersonRef | undefined> {
    const id = (await this.store.get<string>(EMAIL, normalizeEmail(email)))?.value;
    return id ? toRef(await this.people.find(id)) : undefined;
  }

  /** Ops that write the imported people (committed with the roles). */
  static upsertOps(people: readonly PersonRef[]): WriteOp[] {
    return people.flatMap((p): WriteOp[] => [
      { op: 'upsert', kind: ROLES_PEOPLE_KIND, key: p.aadObjectId, value: asJson(p) },
      ...(p.email ? [{ op: 'upsert' as const, kind: EMAIL, key: normalizeEmail(p.email), value: p.aadObjectId }] : []),
    ]);
  }
}
