import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';

/**
 * A loopback Entra ID v2 token issuer for Teams SSO: tenant OpenID metadata (issuer with the tenant id,
 * jwks_uri) and an RSA key. Tests mint the tokens `authentication.getAuthToken()` gives a tab: audience the app
 * id URI, `oid`, `tid`, `name`, `scp: access_as_user`.
 */
export class EntraTokenIssuer {
  private server: Server | undefined;
  private key: KeyLike | undefined;
  private jwk: JWK | undefined;
  readonly kid = 'entra-test-key';

  constructor(readonly tenantId: string) {}

  get base(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  get issuer(): string {
    return `https://login.microsoftonline.test/${this.tenantId}/v2.0`;
  }

  get metadataUrl(): string {
    return `${this.base}/${this.tenantId}/v2.0/.well-known/openid-configuration`;
  }

  async start(): Promise<void> {
    const pair = await generateKeyPair('RS256');
    this.key = pair.privateKey;
    this.jwk = { ...(await exportJWK(pair.publicKey)), kid: this.kid, use: 'sig', alg: 'RS256' };
    this.server = createServer((req, res) => {
      res.setHeader('Content-Type', 'application/json');
      if (req.url === `/${this.tenantId}/v2.0/.well-known/openid-configuration`) {
        res.end(JSON.stringify({ issuer: this.issuer, jwks_uri: `${this.base}/${this.tenantId}/discovery/v2.0/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
      } else if (req.url === `/${this.tenantId}/discovery/v2.0/keys`) {
        res.end(JSON.stringify({ keys: [this.jwk] }));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  /** A tab SSO token; override a claim or the key to break it. */
  async token(o: {
    audience: string; oid: string; name: string; tid?: string; scp?: string; issuer?: string; expiresIn?: string | number; key?: KeyLike;
  }): Promise<string> {
    const key = o.key ?? this.key;
    if (!key) throw new Error('not started');
    const tid = o.tid ?? this.tenantId;
    return new SignJWT({ oid: o.oid, tid, name: o.name, scp: o.scp ?? 'access_as_user', ver: '2.0' })
      .setProtectedHeader({ alg: 'RS256', kid: this.kid, typ: 'JWT' })
      .setIssuer(o.issuer ?? `https://login.microsoftonline.test/${tid}/v2.0`)
      .setAudience(o.audience)
      .setIssuedAt()
      .setNotBefore('-1m')
      .setExpirationTime(o.expiresIn ?? '1h')
      .sign(key);
  }
}
