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
