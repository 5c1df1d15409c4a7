import { RetryHandlerOptions, type Client } from '@microsoft/microsoft-graph-client';
import type { DirectoryUser, UserLookup } from '../../shared/person-directory';
import { statusOf } from './graph-errors';

interface GraphUser { displayName?: string | null; mail?: string | null; userPrincipalName?: string | null; preferredLanguage?: string | null }

/** Longest Retry-After (seconds) worth waiting for inside a person's turn; a longer one fails the look-up now. */
const MAX_WAIT_SECONDS = 3;

/**
 * Look-ups often run while a person waits for a card's answer: the SDK's RetryHandler waits out a short
 * Retry-After (twice at most), and a long one fails at once. The caller then goes on without the name and the
 * directory is asked again at the next use (the jobs that draw cards and notices).
 */
const inTurnRetry = new RetryHandlerOptions(1, 2, (_delay, _attempt, _request, _options, response) => {
  const after = Number(response.headers.get('Retry-After') ?? '1');
  return Number.isFinite(after) && after <= MAX_WAIT_SECONDS;
});

/**
 * A user's name, mail and preferred language through Graph `GET /users/{id}` (User.Read.All). 404 means no such
 * user; 429 and 5xx are retried briefly (above) and, when that gives up, thrown.
 */
export class GraphUserLookup implements UserLookup {
  constructor(private readonly client: Client) {}

  async user(aadObjectId: string): Promise<DirectoryUser | undefined> {
    try {
      const u = await this.client.api(`/users/${encodeURIComponent(aadObjectId)}`)
        .select('displayName,mail,userPrincipalName,preferredLanguage').middlewareOptions([inTurnRetry]).get() as GraphUser;
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
