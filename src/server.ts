import { randomUUID } from 'node:crypto';
import * as restify from 'restify';
import type { TurnContext } from 'botbuilder';
import type { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { Config } from './config';
import { BotAuthenticator } from './adapters/http/bot-auth';
import { guardRequest } from './adapters/http/request-guard';
import { parseActivity, type ActivityBody } from './adapters/http/activity-shape';
import { answerUnhandledInvoke } from './adapters/teams/teams-app';
import type { VerifiedTokens } from './adapters/http/verified-tokens';
import type { HttpRoute } from './adapters/teams/teams-capability';
import { setTurnLogger } from './adapters/teams/turn';
import { describeError } from './shared/errors';
import type { Logger } from './shared/logger';

type BodyResult = { ok: true; body: unknown } | { ok: false; status: 400 | 413; reason: string };

/** Reads the request body with a hard size limit (restify's own parser is not used, so the limit is ours). */
function readBody(req: restify.Request, max: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > max) {
      resolve({ ok: false, status: 413, reason: `body over ${max} bytes` });
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > max) {
        done = true;
        resolve({ ok: false, status: 413, reason: `body over ${max} bytes` });
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      try {
        resolve({ ok: true, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown });
      } catch {
        resolve({ ok: false, status: 400, reason: 'body is not valid JSON' });
      }
    });
    req.on('error', () => {
      if (!done) { done = true; resolve({ ok: false, status: 400, reason: 'body could not be read' }); }
    });
  });
}

export interface ServerDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly adapter: TeamsAdapter;
  readonly app: Application<TurnState>;
  readonly httpRoutes: readonly HttpRoute[];
  readonly isReady: () => boolean;
  readonly authenticator?: BotAuthenticator;
  /** Where a verified Authorization header is held while its request runs, so botbuilder does not verify it again. */
  readonly verifiedTokens?: VerifiedTokens;
}

const tenantOfBody = (b: ActivityBody): string | undefined => {
  const cd = b.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromCd = typeof cd?.tenant?.id === 'string' ? cd.tenant.id : undefined;
  const conv = b.conversation as { tenantId?: unknown };
  return fromCd ?? (typeof conv.tenantId === 'string' ? conv.tenantId : undefined);
};

export function createServer(deps: ServerDeps): restify.Server {
  const { config, logger, adapter, app } = deps;
  const server = restify.createServer({ name: 'lederbot', handleUncaughtExceptions: false });
  const authenticator = deps.authenticator ?? (config.identity ? new BotAuthenticator(config.identity) : undefined);

  const refuse = (res: restify.Response, status: number, reason: string): void => {
    res.status(status);
    res.json({ error: { status, reason } });
  };

  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    const correlationId = randomUUID();
    const log = logger.child({ correlationId });
    const guard = guardRequest(req.headers, { anonymous: authenticator === undefined, anyHost: config.allowAnonymousNonLoopback });
    if (!guard.ok) {
      log.warn('request refused', { status: guard.status, reason: guard.reason });
      req.resume();
      refuse(res, guard.status, guard.reason);
      return;
    }
    const body = await readBody(req, config.maxBodyBytes);
    if (!body.ok) {
      log.warn('request refused', { status: body.status, reason: body.reason });
      refuse(res, body.status, body.reason);
      return;
    }
    const parsed = parseActivity(body.body);
    if (!parsed.success) {
      const reason = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
      log.warn('request refused', { status: 400, reason });
      refuse(res, 400, `not an activity: ${reason}`);
      return;
    }
    let verified: string | undefined;
    if (authenticator) {
      const auth = await authenticator.authenticate(req.headers.authorization, { serviceUrl: parsed.data.serviceUrl, channelId: parsed.data.channelId });
      if (!auth.ok) {
        log.warn('request refused', { status: 401, reason: auth.reason });
        refuse(res, 401, 'unauthorized');
        return;
      }
      verified = req.headers.authorization;
    }
    const tenant = tenantOfBody(parsed.data);
    if (config.allowedTenantIds && (!tenant || !config.allowedTenantIds.includes(tenant))) {
      log.warn('request refused', { status: 403, reason: 'tenant not allowed', tenantId: tenant ?? null });
      refuse(res, 403, 'tenant not allowed');
      return;
    }
    (req as restify.Request & { body: unknown }).body = parsed.data;
    const started = Date.now();
    const release = verified !== undefined ? deps.verifiedTokens?.hold(verified) : undefined;
    try {
      await adapter.process(req, res, async (context: TurnContext) => {
        setTurnLogger(context, log);
        await app.run(context);
        await answerUnhandledInvoke(context);
      });
      log.info('turn', { activityType: parsed.data.type, status: res.statusCode, ms: Date.now() - started });
    } catch (e) {
      log.error('turn failed outside the app', describeError(e));
      if (!res.headersSent) refuse(res, 500, 'internal error');
    } finally {
      release?.();
    }
  });

  server.get('/healthz', (_req: restify.Request, res: restify.Response, next: restify.Next) => {
    const ready = deps.isReady();
    res.status(ready ? 200 : 503);
    res.json({ status: ready ? 'ok' : 'starting' });
    next();
  });

  for (const route of deps.httpRoutes) {
    server.get(route.path, async (req: restify.Request, res: restify.Response) => {
      try {
        const out = await route.handle({
          params: (req.params ?? {}) as Record<string, string>,
          query: Object.fromEntries(new URL(req.url ?? '/', 'http://x').searchParams),
        });
        res.writeHead(out.status, out.headers ?? { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(out.body);
      } catch (e) {
        logger.error('http route failed', { path: route.path, ...describeError(e) });
        refuse(res, 500, 'internal error');
      }
    });
  }
  return server;
}
