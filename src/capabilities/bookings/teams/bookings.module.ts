import type { Application, TurnState } from '@microsoft/teams-ai';
import { participantName } from '../use-cases/booking-notices';
import type { AppContext } from '../../../app-context';
import { answerInvoke, answerSubmit } from '../../../adapters/teams/invoke-response';
import type { TeamsCapability } from '../../../adapters/teams/teams-capability';
import { textCommands } from '../../../adapters/teams/text-commands';
import { toActivity } from '../../../adapters/teams/proactive-messenger';
import { caller } from '../../../adapters/teams/turn';
import { CatalogIndex } from '../../../catalog/catalog-index';
import { format } from '../../../shared/i18n';
import type { BookingsDeps, CalendarPort } from '../ports';
import { publishCohortJobs } from '../use-cases/publish-cohort.use-case';
import { POLL_RESPONSES_JOB } from '../use-cases/booking-jobs';
import { bookingAction, showMyGatherings, type BookingsEnv } from './bookings-actions';
import { help, outcome } from './bookings-messages';
import { BOOKING_VERBS } from './bookings-verbs';
import { calendarFeedRoutes, feedSecret } from './calendar-feed.routes';
import { bookParticipantJob, pollJobKey, pollResponsesJob, publishCohortJob, syncEventJob } from './jobs/bookings.jobs';

/** Mailbox of the local calendar when no tenant is configured. */
const LOCAL_ORGANIZER = 'kalender@lederbot.local';

function register(app: Application<TurnState>, env: BookingsEnv): void {
  const command = textCommands(app, /^mine/i);
  command('(mine\\s+samlinger|mine\\s+bookinger|my\\s+gatherings|my\\s+bookings)', async (context, lang) => {
    const aad = caller(context).aadObjectId;
    const message = aad ? await showMyGatherings(env, aad, lang) : { text: format(outcome['no-identity'], lang) };
    await context.sendActivity(toActivity(message));
  });
  for (const verb of ['cancel', 'book', 'mine'] as const) {
    app.adaptiveCards.actionExecute(BOOKING_VERBS[verb], async (context, _state, data) => answerInvoke(context, await bookingAction(env, context, verb, data)));
    app.adaptiveCards.actionSubmit(BOOKING_VERBS[verb], async (context, _state, data) => answerSubmit(context, await bookingAction(env, context, verb, data)));
  }
}

/**
 * Bookings: approved participants are booked into the cohort's gatherings (seat or waitlist), each gathering is
 * one event in the organizer's calendar (Graph or the local calendar with iCalendar feeds), and people see,
 * cancel and book optional sessions in chat. Every calendar write is a job in the event's lane.
 */
export function createBookingsCapability(ctx: AppContext): TeamsCapability {
  const calendar: CalendarPort = ctx.calendar;
  const catalog = new CatalogIndex(ctx.catalog);
  const fallbackOrganizer = ctx.config.calendar.organizer ?? (ctx.config.calendar.provider === 'local' ? LOCAL_ORGANIZER : undefined);
  const deps: BookingsDeps = {
    store: ctx.store, clock: ctx.clock, logger: ctx.logger.child({ capability: 'bookings' }), catalog, calendar,
    organizerOf: (cohortId) => catalog.cohort(cohortId)?.cohort.organizer ?? fallbackOrganizer,
    syncDelayMs: ctx.config.calendar.syncDelayMs, notifyJobs: ctx.notifyJobs, people: ctx.people,
  };
  let secret: Promise<string> | undefined;
  const env: BookingsEnv = {
    deps,
    secret: () => (secret ??= feedSecret(ctx.store, ctx.config.icsFeedSecret)),
    baseUrl: ctx.config.publicBaseUrl?.replace(/\/+$/, '') ?? `http://localhost:${ctx.config.port}`,
    cutoffHours: (cohortId) => catalog.cohort(cohortId)?.cohort.bookingCutoffHours ?? 48,
  };
  const intervalMs = ctx.config.calendar.pollMinutes * 60_000;
  return {
    name: 'bookings',
    help: [help.mine],
    register: (app) => register(app, env),
    async describeJob(job) {
      // Given-up bookings name the person and the gathering, so the coordinators' alert says whom and what.
      const p = job.payload as { cohortId?: unknown; gatheringId?: unknown; participant?: { aadObjectId?: unknown; name?: unknown } } | null;
      if (!p || typeof p.cohortId !== 'string' || !job.type.startsWith('bookings.')) return undefined;
      const found = catalog.cohort(p.cohortId);
      const gathering = typeof p.gatheringId === 'string' ? found?.cohort.gatherings.find((g) => g.id === p.gatheringId) : undefined;
      if (gathering) return { cohortId: p.cohortId, detail: gathering.title };
      const who = p.participant;
      if (who && typeof who.aadObjectId === 'string') {
        const name = await participantName(ctx.people, { aadObjectId: who.aadObjectId, name: typeof who.name === 'string' ? who.name : '' });
        return name ? { cohortId: p.cohortId, detail: name } : undefined;
      }
      return undefined;
    },
    jobHandlers: [bookParticipantJob(deps), syncEventJob(deps), publishCohortJob(deps), pollResponsesJob(deps, intervalMs)],
    httpRoutes: calendarFeedRoutes(deps, env.secret),
    async start() {
      const now = ctx.clock.now();
      const ops = publishCohortJobs(deps);
      // One chain of decline reads per organizer mailbox, started unless one is already waiting.
      const mailboxes = new Set(catalog.allCohorts().map(({ cohort }) => deps.organizerOf(cohort.id)).filter((m): m is string => m !== undefined));
      for (const mailbox of ctx.config.calendar.provider === 'graph' ? mailboxes : []) {
        const chain = await ctx.store.jobs.list({ keyPrefix: `${POLL_RESPONSES_JOB}:${mailbox}:` });
        if (chain.some((j) => j.status === 'pending' || j.status === 'running')) continue;
        ops.push({ op: 'enqueue', job: {
          type: POLL_RESPONSES_JOB, key: pollJobKey(mailbox, now.getTime()), lane: `graph-mailbox:${mailbox}`, payload: { mailbox }, runAt: now,
        } });
      }
      if (ops.length > 0) await ctx.store.commit(ops);
    },
  };
}
