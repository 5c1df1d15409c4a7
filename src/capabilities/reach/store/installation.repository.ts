import type { Json, Store, WriteOp } from '../../../shared/store.port';
import type { Installation } from '../domain/installation';

const KIND = 'reach-installation';

/** The app's installation per person (Entra object id), as the bot last learned it. */
export class InstallationRepository {
  constructor(private readonly store: Store) {}

  async get(aadObjectId: string): Promise<Installation | undefined> {
    return (await this.store.get<Json>(KIND, aadObjectId))?.value as unknown as Installation | undefined;
  }

  put(aadObjectId: string, value: Installation): WriteOp {
    return { op: 'upsert', kind: KIND, key: aadObjectId, value: value as unknown as Json };
  }
}
