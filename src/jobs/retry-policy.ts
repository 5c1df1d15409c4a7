/**
 * Exponential backoff with full jitter and a cap; a server's Retry-After wins when it asks for longer.
 * `random` is injected so tests are repeatable.
 */
export interface RetryPolicy {
  readonly maxAttempts: number;
  delayMs(attempt: number, retryAfterMs?: number): number;
}

export function exponentialBackoff(options: {
  maxAttempts?: number; baseMs?: number; capMs?: number; random?: () => number;
} = {}): RetryPolicy {
  const { maxAttempts = 8, baseMs = 1_000, capMs = 5 * 60_000, random = Math.random } = options;
  return {
    maxAttempts,
    delayMs(attempt: number, retryAfterMs?: number): number {
      const exp = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
      const jittered = Math.round(exp / 2 + random() * (exp / 2));
      return retryAfterMs !== undefined ? Math.max(retryAfterMs, Math.min(jittered, retryAfterMs + baseMs)) : jittered;
    },
  };
}
