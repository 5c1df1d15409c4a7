import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { makeTestCertificate } from './test-certificate';

/**
 * A loopback Entra authority (HTTPS, as MSAL requires): the tenant's OpenID configuration and the v2.0 token
 * endpoint for the client-credentials grant, answering like login.microsoftonline.com (AADSTS errors as
 * `invalid_client`). The real @azure/identity credential gets its tokens here when the bot is told
 * AZURE_AUTHORITY_HOST and AZURE_DISABLE_INSTANCE_DISCOVERY; a request for instance discovery is recorded so a
 * test can show none was made.
 */
export class TokenEndpoint {
  readonly requests: Array<{ method: string; path: string; form?: Record<string, string> }> = [];
  /** Tokens issued, with the app and scope they were for. */
  readonly issued: Array<{ token: string; clientId: string; scope: string; tenant: string }> = [];
  private server: Server | undefined;
  private cert = { pem: '', file: '' };

  constructor(private readonly clients: Record<string, string>) {}

  get url(): string {
    if (!this.server) throw new Error('TokenEndpoint is not started');
    return `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get certFile(): string { return this.cert.file; }
  get certPem(): string { return this.cert.pem; }

  async start(): Promise<string> {
    const c = makeTestCertificate();
    this.cert = { pem: c.cert, file: c.certFile };
    this.server = createServer({ key: c.key, cert: c.cert }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (d: Buffer) => chunks.push(d));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'https://x');
        const parts = url.pathname.split('/').filter(Boolean);
        const json = (status: number, body: unknown): void => {
          res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify(body));
        };
        const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
        this.requests.push({ method: req.method ?? '', path: url.pathname, ...(req.method === 'POST' ? { form } : {}) });
        const tenant = parts[0] ?? '';
        if (req.method === 'GET' && url.pathname.endsWith('/v2.0/.well-known/openid-configuration')) {
          const base = `${this.url}/${tenant}`;
          json(200, {
            token_endpoint: `${base}/oauth2/v2.0/token`, authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
            issuer: `${base}/v2.0`, jwks_uri: `${base}/discovery/v2.0/keys`, end_session_endpoint: `${base}/oauth2/v2.0/logout`,
            response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
            subject_types_supported: ['pairwise'], id_token_signing_alg_values_supported: ['RS256'],
            token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
            scopes_supported: ['openid', 'profile', 'email', 'offline_access'], tenant_region_scope: null,
          });
          return;
        }
        if (req.method === 'POST' && url.pathname === `/${tenant}/oauth2/v2.0/token`) {
          const clientId = form.client_id ?? '';
          if (form.grant_type !== 'client_credentials' || this.clients[clientId] === undefined || this.clients[clientId] !== form.client_secret) {
            json(401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.', error_codes: [7000215] });
            return;
          }
          const claims = { aud: (form.scope ?? '').replace(/\/\.default$/, ''), appid: clientId, tid: tenant, iss: `${this.url}/${tenant}/v2.0`, jti: randomUUID() };
          const token = [{ typ: 'JWT', alg: 'none' }, claims].map((p) => Buffer.from(JSON.stringify(p)).toString('base64url')).join('.') + '.';
          this.issued.push({ token, clientId, scope: form.scope ?? '', tenant });
          json(200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token });
          return;
        }
        json(404, { error: 'not_found', error_description: `AADSTS90002: ${url.pathname} is not served here.` });
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server?.closeAllConnections();
  }
}
