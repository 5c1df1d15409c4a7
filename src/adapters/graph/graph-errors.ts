import { PermanentJobError, RetryLaterError } from '../../jobs/job-errors';

interface GraphFailure { statusCode?: number; code?: string; message?: string; headers?: { get(name: string): string | null } }

/** Retry-After in ms from a header value in seconds (Graph sends seconds). */
export function retryAfterMs(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const s = Number(value);
  return Number.isFinite(s) && s >= 0 ? s * 1000 : undefined;
}

export const statusOf = (e: unknown): number | undefined =>
  (typeof e === 'object' && e !== null && typeof (e as GraphFailure).statusCode === 'number' ? (e as GraphFailure).statusCode : undefined);

/**
 * Turns a Graph failure into the job runner's language: throttling and server errors are retried (not before
 * Retry-After), refusals (403: no application access to the mailbox; 400: a request Graph will never take)
 * are permanent and reach a coordinator. Codes are stable: `graph-<status>`.
 */
export function toJobError(e: unknown, what: string): Error {
  const f = (typeof e === 'object' && e !== null ? e : {}) as GraphFailure;
  const status = f.statusCode ?? 0;
  const detail = `${what}: Graph ${status || 'network'} ${f.code ?? ''}`.trim();
  if (status === 429 || status === 0 || status >= 500 || status === 401) {
    return new RetryLaterError(detail, retryAfterMs(f.headers?.get('Retry-After')));
  }
  return new PermanentJobError(detail, `graph-${status}`);
}
