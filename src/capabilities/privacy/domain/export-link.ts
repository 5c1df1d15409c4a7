import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A person's export is served at an address only they were given: it carries when it expires and an HMAC of
 * the person and that time (the calendar feeds' secret, with its own label so a feed token is never an export
 * token). It cannot be guessed, edited into someone else's, or used after it expired.
 */
export const EXPORT_LINK_TTL_MS = 15 * 60_000;

export function exportToken(secret: string, aadObjectId: string, expiresAtMs: number): string {
  return createHmac('sha256', secret).update(`privacy-export:${aadObjectId}:${expiresAtMs}`).digest('base64url').slice(0, 32);
}

export type ExportLinkCheck = 'valid' | 'expired' | 'invalid';

export function checkExportToken(secret: string, aadObjectId: string, expiresAtMs: number, token: string, now: Date): ExportLinkCheck {
  const want = Buffer.from(exportToken(secret, aadObjectId, expiresAtMs));
  const got = Buffer.from(token);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return 'invalid';
  return now.getTime() <= expiresAtMs ? 'valid' : 'expired';
}
