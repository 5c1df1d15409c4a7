import { ClientCertificateCredential, ClientSecretCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import type { GraphSettings } from '../../config';

/** The @azure/identity credential for Graph: a client secret, a certificate, or the App Service's managed identity. */
export function graphCredential(s: GraphSettings): TokenCredential {
  switch (s.credential.kind) {
    case 'secret': return new ClientSecretCredential(s.tenantId, s.clientId, s.credential.secret);
    case 'certificate': return new ClientCertificateCredential(s.tenantId, s.clientId, s.credential.path);
    case 'managedIdentity': return new ManagedIdentityCredential({ clientId: s.credential.clientId });
  }
}
