import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';

/**
 * A loopback OpenID provider playing the Bot Framework token service: metadata with issuer and jwks_uri, and
 * an RSA signing key. Tests mint tokens with it (and with a stranger's key, to prove the bot refuses them).
 */
export class OpenIdServer {
  readonly issuer = 'https://api.botframework.test';
  private server: Server | undefined;
  private key: KeyLike | undefined;
  private jwk: JWK | undefined;
  private readonly kid = 'test-key-1';
  /** A second published key, endorsed for another channel only (Web Chat), to prove endorsements are checked. */
  private webchatKey: KeyLike | undefined;
  private webchatJwk: JWK | undefined;
  readonly webchatKid = 'test-key-webchat';

  /** `endorsements`: the channels the signing key is endorsed for (the Bot Connector's keys list `msteams`). */
  constructor(private readonly options: { endorsements?: string[] } = {}) {}

  get metadataUrl(): string {
    return `${this.base}/.well-known/openid-configuration`;
  }

  private get base(): string {
    const a = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${a.port}`;
  }

  async start(): Promise<void> {
    const pair = await generateKeyPair('RS256');
    this.key = pair.privateKey;
    this.jwk = { ...(await exportJWK(pair.publicKey)), kid: this.kid, use: 'sig', alg: 'RS256' };
    const webchat = await generateKeyPair('RS256');
    this.webchatKey = webchat.privateKey;
    this.webchatJwk = { ...(await exportJWK(webchat.publicKey)), kid: this.webchatKid, use: 'sig', alg: 'RS256' };
    this.server = createServer((req, res) => {
      res.setHeader('Content-Type', 'application/json');
      if (req.url === '/.well-known/openid-configuration') {
        res.end(JSON.stringify({ issuer: this.issuer, jwks_uri: `${this.base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
      } else if (req.url === '/keys') {
        res.end(JSON.stringify({ keys: [{ ...this.jwk, endorsements: this.options.endorsements ?? ['msteams'] }, { ...this.webchatJwk, endorsements: ['webchat'] }] }));
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

  /** A token as the Bot Connector sends it; override claims, the algorithm or the key to break it. */
  async token(o: {
    audience: string; serviceUrl?: string; issuer?: string; expiresIn?: string | number; key?: KeyLike; kid?: string;
    alg?: 'RS256' | 'RS384' | 'PS256'; signer?: 'teams' | 'webchat';
  }): Promise<string> {
    const webchat = o.signer === 'webchat';
    const key = o.key ?? (webchat ? this.webchatKey : this.key);
    if (!key) throw new Error('not started');
    return new SignJWT(o.serviceUrl === undefined ? {} : { serviceurl: o.serviceUrl })
      .setProtectedHeader({ alg: o.alg ?? 'RS256', kid: o.kid ?? (webchat ? this.webchatKid : this.kid), typ: 'JWT' })
      .setIssuer(o.issuer ?? this.issuer)
      .setAudience(o.audience)
      .setIssuedAt()
      .setNotBefore('-1m')
      .setExpirationTime(o.expiresIn ?? '10m')
      .sign(key);
  }
}
