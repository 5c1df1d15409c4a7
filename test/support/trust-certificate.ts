import { rootCertificates } from 'node:tls';
import type { FetchOptions } from '@microsoft/microsoft-graph-client';
import { Agent } from 'undici';

/**
 * Fetch options that trust a certificate made at test start, for the Graph client in this process (a child
 * process would use NODE_EXTRA_CA_CERTS). Jest's sandbox has its own global, so the dispatcher is passed to
 * the client rather than set globally.
 */
export function trustingFetch(pem: string): FetchOptions {
  return { dispatcher: new Agent({ connect: { ca: [...rootCertificates, pem] } }) } as unknown as FetchOptions;
}

/** A token credential for tests: the emulator checks a bearer token is sent, not who issued it. */
export const testGraphCredential = {
  getToken: () => Promise.resolve({ token: 'test-graph-token', expiresOnTimestamp: Date.now() + 3_600_000 }),
};
