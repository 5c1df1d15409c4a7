import { Client, type FetchOptions } from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
import type { TokenCredential } from '@azure/identity';

/**
 * The Graph SDK client for an endpoint (global, national cloud, or a local emulator). The SDK only sends the
 * bearer token to Graph hosts and `customHosts`, so the endpoint's host is always listed; its RetryHandler
 * honours 429/503/504 Retry-After. `fetchOptions` reach fetch as they are (e.g. a dispatcher with a proxy or an
 * extra trusted certificate).
 */
export function createGraphClient(baseUrl: string, credential: TokenCredential, fetchOptions?: FetchOptions): Client {
  const url = new URL(baseUrl);
  const scope = url.hostname.endsWith('graph.microsoft.com') ? 'https://graph.microsoft.com/.default' : `${url.origin}/.default`;
  return Client.initWithMiddleware({
    authProvider: new TokenCredentialAuthenticationProvider(credential, { scopes: [scope] }),
    baseUrl: `${url.origin}/`,
    defaultVersion: 'v1.0',
    customHosts: new Set([url.hostname]),
    ...(fetchOptions ? { fetchOptions } : {}),
  });
}
