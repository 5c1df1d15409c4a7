/* The yardstick of `npm run bench:messages`: a bare botbuilder echo bot as the samples write it (CloudAdapter,
 * ConfigurationBotFrameworkAuthentication, restify with its body parser, an ActivityHandler replying with the
 * text). Test-only. Settings from the environment: PORT; with BOT_ID also BOT_TENANT_ID, BOT_OPENID_METADATA_URL
 * and BOT_TOKEN_ISSUER, and every request's JWT is validated by botbuilder. Replies are not signed (the bench has
 * no token service), exactly like the Lederbot process it is compared with. */
import * as restify from 'restify';
import {
  ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import { NoSignInCredentials } from './no-sign-in-credentials';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

function main(): void {
  const env = process.env;
  const appId = env.BOT_ID;
  const options: ConfigurationBotFrameworkAuthenticationOptions = appId ? {
    MicrosoftAppId: appId, MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: env.BOT_TENANT_ID,
    ToBotFromChannelOpenIdMetadataUrl: env.BOT_OPENID_METADATA_URL, ToBotFromChannelTokenIssuer: env.BOT_TOKEN_ISSUER,
  } : {};
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options, new NoSignInCredentials(appId)));
  const bot = new EchoBot();
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => { await adapter.process(req, res, (context) => bot.run(context)); });
  server.get('/healthz', (_req, res, next) => { res.json({ status: 'ok' }); next(); });
  server.listen(Number(env.PORT ?? 3979), '127.0.0.1');
  process.on('SIGTERM', () => { server.close(() => process.exit(0)); });
}

main();
