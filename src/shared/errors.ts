/**
 * Unexpected failures carry a stable code so that logs, alerts and the turn-error handler can tell them apart
 * without parsing messages. Expected failures are `Result` values instead (see result.ts).
 */
export const errorCodes = {
  configInvalid: 'LB_CONFIG_INVALID',
  catalogInvalid: 'LB_CATALOG_INVALID',
  storeConflict: 'LB_STORE_CONFLICT',
  storeFailure: 'LB_STORE_FAILURE',
  migrationFailed: 'LB_MIGRATION_FAILED',
  teamsSendFailed: 'LB_TEAMS_SEND_FAILED',
  graphFailed: 'LB_GRAPH_FAILED',
  jobFailed: 'LB_JOB_FAILED',
  unknownJobType: 'LB_UNKNOWN_JOB_TYPE',
  qnaWorkerFailed: 'LB_QNA_WORKER_FAILED',
  internal: 'LB_INTERNAL',
} as const;
export type ErrorCode = (typeof errorCodes)[keyof typeof errorCodes];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** A message safe to log for any thrown value (no stack of secrets, no request bodies). */
export function describeError(e: unknown): { code: string; message: string } {
  if (isAppError(e)) return { code: e.code, message: e.message };
  if (e instanceof Error) return { code: errorCodes.internal, message: e.message };
  return { code: errorCodes.internal, message: String(e) };
}
