import {
  CallerIdConstants, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory,
  type ConfigurationBotFrameworkAuthenticationOptions, type Request, type Response, type TurnContext,
} from 'botbuilder';
import { AuthenticationConstants, type ServiceClientCredentialsFactory } from 'botframework-connector';
import type { INodeBuffer, INodeDuplex, INodeSocket } from 'botframework-streaming';
import { version as teamsAiVersion } from '@microsoft/teams-ai/package.json';
import type { BotIdentity } from '../../config';
import { ChannelKeyEndorsements } from '../http/channel-key-endorsements';
import { VerifiedTokens } from '../http/verified-tokens';
import { ReusingBotFrameworkAuthentication, type ChannelTokenRules } from './reusing-bot-auth';

const USER_AGENT = `teamsai-js/${teamsAiVersion}`;

/**
 * Issuer, audience, callerId and metadata of channel tokens as botbuilder's BotFrameworkAuthenticationFactory
 * derives them from the same options: public cloud unless any endpoint is given. A national cloud
 * (ChannelService) gets no rules, so its tokens keep botbuilder's full validation.
 */
function channelTokenRules(o: ConfigurationBotFrameworkAuthenticationOptions): ChannelTokenRules | undefined {
  if (o.ChannelService) return undefined;
  const metadata = o.ToBotFromChannelOpenIdMetadataUrl ?? o.BotOpenIdMetadata ?? undefined;
  const parameterized = [o.ToChannelFromBotLoginUrl, o.ToChannelFromBotOAuthScope, o.ToBotFromChannelTokenIssuer, o.OAuthUrl ?? o.OAuthApiEndpoint,
    metadata, o.ToBotFromEmulatorOpenIdMetadataUrl, o.CallerId].some((v) => typeof v === 'string' && v.length > 0);
  const issuer = parameterized ? o.ToBotFromChannelTokenIssuer : AuthenticationConstants.ToBotFromChannelTokenIssuer;
  const metadataUrl = parameterized ? metadata : AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl;
  if (!issuer || !metadataUrl) return undefined;
  const keys = new ChannelKeyEndorsements(metadataUrl);
  return {
    issuer,
    audience: parameterized ? o.ToChannelFromBotOAuthScope : AuthenticationConstants.ToChannelFromBotOAuthScope,
    callerId: parameterized ? o.CallerId : CallerIdConstants.PublicAzureChannel,
    endorsementsOf: (kid) => keys.of(kid),
  };
}

/**
 * teams-ai's TeamsAdapter (a CloudAdapter with its user agent and credentials factory), built on
 * ReusingBotFrameworkAuthentication: TeamsAdapter always makes its own authentication, so this class does what its
 * constructor does with ours instead. Everything else is CloudAdapter's.
 */
export class LederbotAdapter extends CloudAdapter {
  readonly credentialsFactory: ServiceClientCredentialsFactory;
  /** Authorization headers the server verified for requests in flight (see VerifiedTokens). */
  readonly verifiedTokens: VerifiedTokens;

  constructor(
    readonly botFrameworkAuthConfig: ConfigurationBotFrameworkAuthenticationOptions,
    identity: BotIdentity | undefined,
    credentialsFactory?: ServiceClientCredentialsFactory,
  ) {
    const credentials = credentialsFactory ?? new ConfigurationServiceClientCredentialFactory(botFrameworkAuthConfig);
    const inner = new ConfigurationBotFrameworkAuthentication(botFrameworkAuthConfig, credentials, undefined, undefined, {
      userAgent: USER_AGENT, userAgentHeaderName: undefined,
    });
    const tokens = new VerifiedTokens();
    const rules = identity ? channelTokenRules(botFrameworkAuthConfig) : undefined;
    super(new ReusingBotFrameworkAuthentication(inner, credentials, rules ? { tokens, rules } : undefined));
    this.credentialsFactory = credentials;
    this.verifiedTokens = tokens;
  }

  get userAgent(): string {
    return USER_AGENT;
  }

  override process(req: Request, res: Response, logic: (context: TurnContext) => Promise<void>): Promise<void>;
  override process(req: Request, socket: INodeSocket, head: INodeBuffer, logic: (context: TurnContext) => Promise<void>): Promise<void>;
  override process(req: Request, socket: INodeDuplex, head: INodeBuffer, logic: (context: TurnContext) => Promise<void>): Promise<void>;
  override async process(req: Request, resOrSocket: Response | INodeSocket | INodeDuplex, logicOrHead: ((context: TurnContext) => Promise<void>) | INodeBuffer,
    maybeLogic?: (context: TurnContext) => Promise<void>): Promise<void> {
    if (typeof logicOrHead === 'function') {
      const res = resOrSocket as Response;
      res.header('User-Agent', USER_AGENT);
      return super.process(req, res, logicOrHead);
    }
    if (maybeLogic) return super.process(req, resOrSocket as INodeSocket, logicOrHead, maybeLogic);
  }
}
