import type { DataSubject, Identifiers } from '../../../shared/personal-data.port';
import type { PrivacyDeps } from '../ports';

const unique = (xs: ReadonlyArray<string | undefined>): string[] => [...new Set(xs.map((x) => x?.trim()).filter((x): x is string => !!x))];

/** Everything every capability knows the caller by: the key to find (and redact) them anywhere. */
export async function dataSubject(deps: PrivacyDeps, aadObjectId: string): Promise<DataSubject> {
  const parts: Array<Partial<Identifiers>> = await Promise.all(deps.holders.map((h) => h.identify(aadObjectId)));
  return {
    aadObjectId,
    names: unique(parts.flatMap((p) => p.names ?? [])),
    emails: unique(parts.flatMap((p) => p.emails ?? []).map((e) => e.toLowerCase())),
    userIds: unique(parts.flatMap((p) => p.userIds ?? [])),
    conversationIds: unique(parts.flatMap((p) => p.conversationIds ?? [])),
  };
}
