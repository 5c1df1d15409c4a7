import type { Next, Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { TabAuthenticator } from '../../../adapters/http/tab-auth';
import { describeError } from '../../../shared/errors';
import type { Lang } from '../../../shared/i18n';
import { toCsv } from '../domain/participant-rows';
import type { Caller, CoordinationDeps } from '../ports';
import { alertsOf, checkinsOf, nominationsOf, seatsOf } from '../use-cases/cohort-views.use-case';
import { coordinatedCohorts, programsToPlan, requireCoordinator } from '../use-cases/coordinator-access.use-case';
import { decideFromTab } from '../use-cases/decide-nomination.use-case';
import { exportParticipants } from '../use-cases/export-participants.use-case';
import { retryDeadJob } from '../use-cases/retry-dead-job.use-case';
import { cohortDefinition, createCohort, updateCohort, type SaveProblem } from '../use-cases/save-cohort.use-case';
import { langOf, readJson, sendJson, sendProblem } from './tab-http';

export interface TabApiOptions {
  readonly deps: CoordinationDeps;
  readonly auth: TabAuthenticator;
  readonly maxBodyBytes: number;
  /** Before each request: other instances' cohort changes are laid over the catalog. */
  readonly beforeRequest: () => Promise<void>;
}

const idParam = z.string().regex(/^[A-Za-z0-9._:-]{1,200}$/);
const decisionBody = z.object({
  action: z.enum(['approve', 'reject', 'waitlist']),
  rev: z.number().int().nonnegative(),
  reason: z.string().max(2000).optional(),
}).strict();
const exportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv'), gathering: idParam.optional(), lang: z.enum(['nb', 'en']).optional() }).strict();
/** The cohort itself is checked by the catalog's schema in the use case; here only that it is an object. */
const cohortBody = z.object({ cohort: z.record(z.unknown()) }).strict();

type Handler = (ctx: { req: Request; res: Response; caller: Caller; lang: Lang; params: Record<string, string> }) => Promise<void>;

/**
 * The coordinator tab's JSON API under /api/tab. Each handler authenticates the bearer token, parses its
 * input with a schema, calls one use case and renders it; every cohort route checks the coordinator role on
 * the server inside the use case.
 */
export function registerTabApi(server: Server, o: TabApiOptions): void {
  const { deps, auth } = o;
  const route = (handler: Handler) => async (req: Request, res: Response): Promise<void> => {
    const lang = langOf(req);
    try {
      const a = await auth.authenticate(req.headers);
      if (!a.ok) {
        deps.logger.warn('tab request refused', { status: a.status, reason: a.reason, path: req.path() });
        req.resume();
        sendProblem(res, lang, a.status, a.status === 401 ? 'unauthorized' : 'forbidden');
        return;
      }
      const params: Record<string, string> = {};
      for (const [k, v] of Object.entries((req.params ?? {}) as Record<string, unknown>)) {
        const parsed = idParam.safeParse(v);
        if (!parsed.success) { req.resume(); sendProblem(res, lang, 400, 'badRequest', { detail: `${k}` }); return; }
        params[k] = parsed.data;
      }
      await o.beforeRequest();
      await handler({ req, res, caller: { aadObjectId: a.caller.aadObjectId, name: a.caller.name }, lang, params });
    } catch (e) {
      deps.logger.error('tab request failed', { path: req.path(), ...describeError(e) });
      if (!res.headersSent) sendProblem(res, lang, 500, 'internal');
    }
  };
  /** Cohort reads: the role check, then the view. */
  const cohortView = (view: (cohortId: string) => Promise<unknown>): Handler => async ({ res, caller, lang, params }) => {
    const access = await requireCoordinator(deps, caller, params.cohortId);
    if (!access.ok) { sendProblem(res, lang, 403, 'forbidden'); return; }
    sendJson(res, 200, await view(params.cohortId));
  };

  // The only route without a caller: which sign-in the page must use (no data, nothing about anyone).
  server.get('/api/tab/mode', (_req: Request, res: Response, next: Next) => { sendJson(res, 200, { mode: auth.mode }); next(); });
  server.get('/api/tab/session', route(async ({ res, caller }) => {
    const cohorts = await coordinatedCohorts(deps, caller);
    const programs = (await programsToPlan(deps, caller)).map((p) => ({ programId: p.id, name: p.name, hasCheckinPlan: p.checkinPlan !== undefined }));
    sendJson(res, 200, { mode: auth.mode, user: { name: caller.name }, cohorts, programs });
  }));
  server.get('/api/tab/cohorts/:cohortId/nominations', route(cohortView(async (id) => ({ nominations: await nominationsOf(deps, id) }))));
  server.get('/api/tab/cohorts/:cohortId/seats', route(cohortView(async (id) => ({ gatherings: await seatsOf(deps, id) }))));
  server.get('/api/tab/cohorts/:cohortId/checkins', route(cohortView(async (id) => ({ groups: await checkinsOf(deps, id) }))));
  server.get('/api/tab/cohorts/:cohortId/alerts', route(cohortView((id) => alertsOf(deps, id))));

  server.post('/api/tab/cohorts/:cohortId/nominations/:nominationId/decision', route(async ({ req, res, caller, lang, params }) => {
    const body = await readJson(req, o.maxBodyBytes, decisionBody);
    if (!body.ok) { sendProblem(res, lang, body.status, body.status === 413 ? 'tooLarge' : 'badRequest', { detail: body.detail }); return; }
    const r = await decideFromTab(deps, caller, { cohortId: params.cohortId, nominationId: params.nominationId, ...body.value });
    if (r.ok) { sendJson(res, 200, { outcome: r.value.kind, status: r.value.nomination.status, rev: r.value.nomination.rev }); return; }
    const e = r.error;
    switch (e.code) {
      case 'forbidden-cohort': sendProblem(res, lang, 403, 'forbidden'); return;
      case 'forbidden': sendProblem(res, lang, 403, 'forbidden'); return;
      case 'not-found': sendProblem(res, lang, 404, 'notFound'); return;
      case 'no-identity': sendProblem(res, lang, 401, 'unauthorized'); return;
      case 'reason-required': sendProblem(res, lang, 400, 'reasonRequired'); return;
      case 'reason-too-long': sendProblem(res, lang, 400, 'reasonTooLong', { max: e.max }); return;
      case 'cohort-full': sendProblem(res, lang, 409, 'cohortFull', { capacity: e.capacity }); return;
      case 'busy': sendProblem(res, lang, 503, 'busy'); return;
    }
  }));

  server.post('/api/tab/cohorts/:cohortId/alerts/:jobId/retry', route(async ({ req, res, caller, lang, params }) => {
    req.resume();
    const r = await retryDeadJob(deps, caller, params.cohortId, params.jobId);
    if (r.ok) sendJson(res, 200, r.value);
    else if (r.error.code === 'forbidden') sendProblem(res, lang, 403, 'forbidden');
    else sendProblem(res, lang, 404, 'notFound');
  }));

  server.get('/api/tab/cohorts/:cohortId/export', route(async ({ req, res, caller, lang, params }) => {
    const q = exportQuery.safeParse(Object.fromEntries(new URL(req.url ?? '/', 'http://x').searchParams));
    if (!q.success) { sendProblem(res, lang, 400, 'badRequest', { detail: q.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }); return; }
    const r = await exportParticipants(deps, caller, params.cohortId, q.data.gathering, lang);
    if (!r.ok) { if (r.error.code === 'forbidden') sendProblem(res, lang, 403, 'forbidden'); else sendProblem(res, lang, 404, 'unknownGathering'); return; }
    const { fileStem, sheetTitle, rows } = r.value;
    const xlsx = q.data.format === 'xlsx';
    const body = xlsx ? await (await import('./xlsx-export')).participantsWorkbook(rows, sheetTitle, lang) : Buffer.from(toCsv(rows, lang), 'utf8');
    res.writeHead(200, {
      'Content-Type': xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileStem}.${xlsx ? 'xlsx' : 'csv'}"`,
      'Content-Length': body.length, 'Cache-Control': 'no-store',
    });
    res.end(body);
  }));

  const saved = (res: Response, lang: Lang, r: { ok: true; value: unknown } | { ok: false; error: SaveProblem }, created: boolean): void => {
    if (r.ok) { sendJson(res, created ? 201 : 200, { cohort: r.value }); return; }
    const e = r.error;
    if (e.code === 'forbidden') sendProblem(res, lang, 403, created ? 'forbiddenProgram' : 'forbidden');
    else if (e.code === 'invalid') sendProblem(res, lang, 400, 'invalidCohort', { detail: e.issues.join('; ') }, { issues: e.issues });
    else if (e.code === 'not-editable') sendProblem(res, lang, 409, 'notEditable');
    else sendProblem(res, lang, 409, 'conflict');
  };
  server.get('/api/tab/cohorts/:cohortId/definition', route(async ({ res, caller, lang, params }) => {
    const r = await cohortDefinition(deps, caller, params.cohortId);
    if (r.ok) sendJson(res, 200, r.value);
    else sendProblem(res, lang, 403, 'forbidden');
  }));
  server.post('/api/tab/programs/:programId/cohorts', route(async ({ req, res, caller, lang, params }) => {
    const body = await readJson(req, o.maxBodyBytes, cohortBody);
    if (!body.ok) { sendProblem(res, lang, body.status, body.status === 413 ? 'tooLarge' : 'badRequest', { detail: body.detail }); return; }
    saved(res, lang, await createCohort(deps, caller, params.programId, body.value.cohort), true);
  }));
  server.put('/api/tab/cohorts/:cohortId', route(async ({ req, res, caller, lang, params }) => {
    const body = await readJson(req, o.maxBodyBytes, cohortBody);
    if (!body.ok) { sendProblem(res, lang, body.status, body.status === 413 ? 'tooLarge' : 'badRequest', { detail: body.detail }); return; }
    saved(res, lang, await updateCohort(deps, caller, params.cohortId, body.value.cohort), false);
  }));
}
