import type { IncomingHttpHeaders } from 'node:http';
import { hostOfHeader, isLoopbackAddress } from '../../shared/loopback';

export type GuardOutcome = { ok: true } | { ok: false; status: 403 | 415; reason: string };

/**
 * Checks on `/api/messages` before the body is read. The Bot Connector posts JSON; a browser page can post
 * `text/plain` without a CORS preflight, so anything but JSON is refused (415) in every mode. Without a bot
 * identity nothing authenticates the caller, so the anonymous endpoint must not be reachable from a web page
 * the developer visits: a request carrying an Origin (browsers send one on every POST) is refused, and so is a
 * Host header that is not a loopback literal (DNS rebinding gives the attacker's name, which resolves to
 * 127.0.0.1 only in the browser). With ALLOW_ANONYMOUS_NON_LOOPBACK the operator chose a reachable address, so
 * the Host check is off there; the Origin check stays.
 */
export function guardRequest(headers: IncomingHttpHeaders, o: { anonymous: boolean; anyHost: boolean }): GuardOutcome {
  const type = (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') return { ok: false, status: 415, reason: 'content type must be application/json' };
  if (!o.anonymous) return { ok: true };
  if (headers.origin !== undefined) return { ok: false, status: 403, reason: 'requests from web pages are refused in anonymous mode' };
  if (!o.anyHost) {
    const host = hostOfHeader(headers.host);
    if (!host || !isLoopbackAddress(host)) return { ok: false, status: 403, reason: 'host is not loopback in anonymous mode' };
  }
  return { ok: true };
}
