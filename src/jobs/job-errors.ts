/**
 * How a job handler tells the runner what went wrong. Anything else thrown is treated as transient and
 * retried with backoff until the attempts run out.
 */

/** Transient: try again, not before `retryAfterMs` when the far side said so (429/503 Retry-After). */
export class RetryLaterError extends Error {
  constructor(message: string, readonly retryAfterMs?: number) {
    super(message);
    this.name = 'RetryLaterError';
  }
}

/** Permanent: retrying cannot help (403 bot removed, 404 gone, a payload that no longer parses). */
export class PermanentJobError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

/**
 * The tenant's Teams app policy does not let the bot be installed for a person, so nobody can open a 1:1 chat
 * with them. The installation job has told the coordinators once, in words; callers must not alert again.
 */
export class AppInstallBlockedError extends PermanentJobError {
  constructor(message: string) {
    super(message, 'teams-app-install-blocked');
    this.name = 'AppInstallBlockedError';
  }
}
