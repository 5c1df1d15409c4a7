import type { Activity } from 'botbuilder';
import {
  AseChannelValidation, AuthenticationConstants, BotFrameworkAuthentication, ClaimsIdentity, ConnectorFactory, EmulatorValidation,
  EndorsementsValidator, SkillValidation,
  type AuthenticateRequestResult, type BotFrameworkClient, type ConnectorClient, type ServiceClientCredentialsFactory, type UserTokenClient,
} from 'botframework-connector';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import type { VerifiedTokens } from '../http/verified-tokens';

/** What botbuilder's channel validation compares a Bot Connector token with (from the same configuration). */
export interface ChannelTokenRules {
  /** ToBotFromChannelTokenIssuer. */
  readonly issuer: string;
  /** The callerId botbuilder puts on channel activities (it depends on the configuration, not on the token). */
  readonly callerId: string | undefined;
  /** ToChannelFromBotOAuthScope: the audience of replies to a channel activity. */
  readonly audience: string | undefined;
  /** Endorsements of the signing key, by key id; undefined for a key the metadata does not have. */
  endorsementsOf(kid: string): Promise<readonly string[] | undefined>;
}

const MAX_CLIENTS = 1_000;

/** A small map that forgets its oldest entry past `max` (service URLs are few; this only bounds abuse). */
function remember<V>(map: Map<string, V>, key: string, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
    if (map.size > MAX_CLIENTS) map.delete(map.keys().next().value as string);
  }
  return v;
}

const appIdOf = (identity: ClaimsIdentity): string =>
  identity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? identity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';

/** Connector clients reused per (service URL, audience); the factory itself is per app id. */
class ReusingConnectorFactory extends ConnectorFactory {
  private readonly clients = new Map<string, Promise<ConnectorClient>>();
  constructor(private readonly inner: ConnectorFactory) { super(); }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const key = `${serviceUrl}\n${audience ?? ''}`;
    return remember(this.clients, key, () => {
      const made = this.inner.create(serviceUrl, audience);
      // A failed creation (credentials) is tried again on the next turn, not cached.
      made.catch(() => { if (this.clients.get(key) === made) this.clients.delete(key); });
      return made;
    });
  }
}

/**
 * botbuilder's authentication (ConfigurationBotFrameworkAuthentication) with two savings on every turn:
 * - ConnectorClients and UserTokenClients are made once per (app id, service URL, audience) instead of per turn.
 *   They hold only configuration and the app's credentials (whose token cache then lives across turns).
 * - A Bot Connector token the server's BotAuthenticator verified for this very request (signature against the
 *   OpenID metadata's keys, issuer, audience, lifetime) is not verified a second time. Every other check of
 *   botbuilder's channel validation is made here on the decoded token: RS256/384/512 only, issuer, audience
 *   through the credentials factory, `serviceurl` equal to the activity's serviceUrl, and the signing key
 *   endorsed for the activity's channel. Anything else (emulator, skill and ASE tokens, a failed check, a header
 *   the server did not verify) goes through botbuilder's full validation as before.
 */
export class ReusingBotFrameworkAuthentication extends BotFrameworkAuthentication {
  private readonly factories = new Map<string, ConnectorFactory>();
  private readonly tokenClients = new Map<string, Promise<UserTokenClient>>();

  constructor(
    private readonly inner: BotFrameworkAuthentication,
    private readonly credentials: ServiceClientCredentialsFactory,
    private readonly verified?: { readonly tokens: VerifiedTokens; readonly rules: ChannelTokenRules },
  ) { super(); }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const identity = await this.alreadyVerified(activity, authHeader);
    if (identity && this.verified) {
      return {
        audience: this.verified.rules.audience as string, callerId: this.verified.rules.callerId, claimsIdentity: identity,
        connectorFactory: this.createConnectorFactory(identity),
      };
    }
    const r = await this.inner.authenticateRequest(activity, authHeader);
    return { ...r, connectorFactory: this.createConnectorFactory(r.claimsIdentity) };
  }

  authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  /** botbuilder's factory depends only on the app id (and configuration), so one per app id serves every turn. */
  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return remember(this.factories, appIdOf(claimsIdentity), () => new ReusingConnectorFactory(this.inner.createConnectorFactory(claimsIdentity)));
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const key = appIdOf(claimsIdentity);
    return remember(this.tokenClients, key, () => {
      const made = this.inner.createUserTokenClient(claimsIdentity);
      made.catch(() => { if (this.tokenClients.get(key) === made) this.tokenClients.delete(key); });
      return made;
    });
  }

  /** The claims of a token verified by the server for this request that passes botbuilder's remaining checks. */
  private async alreadyVerified(activity: Activity, authHeader: string): Promise<ClaimsIdentity | undefined> {
    if (!this.verified?.tokens.has(authHeader)) return undefined;
    const parts = authHeader.split(' ');
    if (parts.length !== 2 || parts[0] !== 'Bearer') return undefined;
    if (await this.credentials.isAuthenticationDisabled()) return undefined;
    if (AseChannelValidation.isTokenFromAseChannel(activity.channelId) || SkillValidation.isSkillToken(authHeader)
      || EmulatorValidation.isTokenFromEmulator(authHeader)) return undefined;
    let header: ReturnType<typeof decodeProtectedHeader>;
    let payload: ReturnType<typeof decodeJwt>;
    try {
      header = decodeProtectedHeader(parts[1]);
      payload = decodeJwt(parts[1]);
    } catch {
      return undefined;
    }
    const rules = this.verified.rules;
    if (!header.alg || !AuthenticationConstants.AllowedSigningAlgorithms.includes(header.alg)) return undefined;
    if (payload.iss !== rules.issuer) return undefined;
    if (typeof payload.aud !== 'string' || !(await this.credentials.isValidAppId(payload.aud))) return undefined;
    const now = Date.now() / 1000;
    if (typeof payload.exp !== 'number' || payload.exp + 300 < now || (typeof payload.nbf === 'number' && payload.nbf - 300 > now)) return undefined;
    if (activity.serviceUrl && payload.serviceurl !== activity.serviceUrl) return undefined;
    if (!header.kid) return undefined;
    const endorsements = await rules.endorsementsOf(header.kid);
    if (endorsements === undefined) return undefined;
    // botbuilder also requires the AuthenticationConfiguration's requiredEndorsements; this app configures none.
    if (endorsements.length > 0 && !EndorsementsValidator.validate(activity.channelId, [...endorsements])) return undefined;
    // The claims as botbuilder's JwtTokenExtractor makes them: every decoded member, values as they are.
    const identity = new ClaimsIdentity(Object.entries(payload).map(([type, value]) => ({ type, value: value as string })), true);
    return SkillValidation.isSkillClaim(identity.claims) ? undefined : identity;
  }
}
