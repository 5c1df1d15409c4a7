import { Client } from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
import type { TokenCredential } from '@azure/identity';

/**
 * The Graph SDK client for an endpoint (global, national cloud, or a local emulator). The SDK only sends the
 * bearer token to Graph hosts and `customHosts`, so the endpoint's host is always listed; its RetryHandler
 * honours 429/503/504 Retry-After.
 */
export function createGraphClient(baseUrl: string, credential: TokenCredential): Client {
  const url = new URL(baseUrl);
  const scope = url.hostname.endsWith('graph.microsoft.com') ? 'https://graph.microsoft.com/.default' : `${url.origin}/.default`;
  return Client.initWithMiddleware({
    authProvider: new TokenCredentialAuthenticationProvider(credential, { scopes: [scope] }),
    baseUrl: `${url.origin}/`,
    defaultVersion: 'v1.0',
    customHosts: new Set([url.hostname]),
  });
}
