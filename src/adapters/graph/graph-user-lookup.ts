import type { Client } from '@microsoft/microsoft-graph-client';
import type { DirectoryUser, UserLookup } from '../../shared/person-directory';
import { statusOf } from './graph-errors';

interface GraphUser { displayName?: string | null; mail?: string | null; userPrincipalName?: string | null; preferredLanguage?: string | null }

/**
 * A user's name, mail and preferred language through Graph `GET /users/{id}` (User.Read.All). 404 means no such
 * user; 429 and 5xx are retried by the SDK's RetryHandler (honouring Retry-After) and, when that gives up, thrown.
 */
export class GraphUserLookup implements UserLookup {
  constructor(private readonly client: Client) {}

  async user(aadObjectId: string): Promise<DirectoryUser | undefined> {
    try {
      const u = await this.client.api(`/users/${encodeURIComponent(aadObjectId)}`)
        .select('displayName,mail,userPrincipalName,preferredLanguage').get() as GraphUser;
      return {
        ...(u.displayName ? { displayName: u.displayName } : {}),
        ...(u.mail ?? u.userPrincipalName ? { mail: (u.mail ?? u.userPrincipalName) as string } : {}),
        ...(u.preferredLanguage ? { preferredLanguage: u.preferredLanguage } : {}),
      };
    } catch (e) {
      if (statusOf(e) === 404) return undefined;
      throw e;
    }
  }
}
