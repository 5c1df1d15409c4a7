import { randomBytes } from 'node:crypto';
import type { HttpRoute } from '../../../adapters/teams/teams-capability';
import { renderIcsFeed } from '../../../adapters/ics/ics-feed';
import type { Lang } from '../../../shared/i18n';
import type { Store } from '../../../shared/store.port';
import type { BookingsDeps } from '../ports';
import { cohortFeed, feedTokenValid, personFeed, type FeedEntry, type FeedScope } from '../use-cases/calendar-feed.use-case';

const SECRET = 'secret';

/**
 * The feeds' signing secret: ICS_FEED_SECRET in production (same on every instance), else one made on first
 * start and kept in the store, so links survive restarts of a local run.
 */
export async function feedSecret(store: Store, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const existing = await store.get<string>(SECRET, 'ics-feed');
  if (existing) return existing.value;
  await store.commit([{ op: 'insert', kind: SECRET, key: 'ics-feed', value: randomBytes(32).toString('base64url') }]);
  return (await store.get<string>(SECRET, 'ics-feed'))?.value ?? '';
}

export const feedPath = (scope: FeedScope, id: string, token: string, lang: Lang): string =>
  `/calendar/${scope}/${encodeURIComponent(id)}/${token}.ics${lang === 'en' ? '?lang=en' : ''}`;

const notFound = { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'not found' };

/** GET /calendar/cohort/:id/:file and /calendar/person/:id/:file, where file is `<token>.ics`. */
export function calendarFeedRoutes(deps: BookingsDeps, secret: () => Promise<string>): HttpRoute[] {
  const route = (scope: FeedScope): HttpRoute => ({
    method: 'GET',
    path: `/calendar/${scope}/:id/:file`,
    async handle({ params, query }) {
      const id = params.id ?? '';
      const token = (params.file ?? '').replace(/\.ics$/, '');
      // A wrong token answers like a missing feed: the address tells nothing about who has bookings.
      if (!/^[A-Za-z0-9_-]{32}$/.test(token) || !feedTokenValid(await secret(), scope, id, token)) return notFound;
      const lang: Lang = query.lang === 'en' ? 'en' : 'nb';
      const feed = scope === 'cohort' ? cohortFeed(deps, id, lang) : await personFeed(deps, id, lang);
      if (!feed) return notFound;
      const now = deps.clock.now();
      const body = renderIcsFeed({
        name: feed.name,
        events: feed.entries.map((e: FeedEntry) => ({ ...e, sequence: e.status === 'CANCELLED' ? 1 : 0, lastModified: now })),
      }, now);
      return {
        status: 200, body,
        headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'private, max-age=300', 'Content-Disposition': 'inline; filename="lederbot.ics"' },
      };
    },
  });
  return [route('cohort'), route('person')];
}
