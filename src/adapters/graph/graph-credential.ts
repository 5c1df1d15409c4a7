import { ClientCertificateCredential, ClientSecretCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import type { GraphSettings } from '../../config';

/**
 * The @azure/identity credential for Graph: a client secret, a certificate, or the App Service's managed identity.
 * The authority host and instance discovery always come from config (never from the credential reading
 * AZURE_AUTHORITY_HOST itself), so a sovereign cloud or a test token endpoint is one validated setting.
 */
export function graphCredential(s: GraphSettings): TokenCredential {
  const options = { authorityHost: s.authority.authorityHost, disableInstanceDiscovery: s.authority.disableInstanceDiscovery };
  switch (s.credential.kind) {
    case 'secret': return new ClientSecretCredential(s.tenantId, s.clientId, s.credential.secret, options);
    case 'certificate': return new ClientCertificateCredential(s.tenantId, s.clientId, s.credential.path, options);
    case 'managedIdentity': return new ManagedIdentityCredential({ clientId: s.credential.clientId, ...options });
  }
}
