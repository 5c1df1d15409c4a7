import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { escapeCardText } from '../../../adapters/teams/card-renderer';
import { actionLang, caller } from '../../../adapters/teams/turn';
import { format, type Lang, type Text } from '../../../shared/i18n';
import type { OutboundMessage } from '../../../shared/messenger.port';
import { isActive } from '../domain/booking';
import { cutoffOf as seatCutoff } from '../domain/seat-rules';
import type { BookingsDeps } from '../ports';
import { BookingRepository } from '../store/booking.repository';
import { bookParticipant } from '../use-cases/book-participant.use-case';
import { cancelBooking } from '../use-cases/cancel-booking.use-case';
import { feedToken } from '../use-cases/calendar-feed.use-case';
import { myGatherings } from '../use-cases/my-gatherings.use-case';
import { outcome } from './bookings-messages';
import { feedPath } from './calendar-feed.routes';
import { formatInstant } from '../../../shared/oslo-time';
import { cancelConfirmCard, myGatheringsCard, type Banner } from './my-gatherings-card';

export interface BookingsEnv {
  readonly deps: BookingsDeps;
  readonly secret: () => Promise<string>;
  /** Where feeds are reachable from people's calendars; undefined hides the subscribe button. */
  readonly baseUrl: string | undefined;
  readonly cutoffHours: (cohortId: string) => number;
}

const actionData = z.object({
  cohortId: z.string().min(1).max(100),
  gatheringId: z.string().min(1).max(100),
  lang: z.enum(['nb', 'en']).optional(),
  /** Set only by the confirm view's "Ja, meld meg av": the list's button asks first. */
  confirm: z.literal(true).optional(),
}).passthrough();

/** The person's kept language first: a client stamped en-US does not turn a bokmål writer's cards English. */
const langOf = (context: TurnContext, data: unknown): Lang => actionLang(context, data);

/** The list card for the caller, with an optional banner saying what just happened. */
export async function showMyGatherings(env: BookingsEnv, aad: string, lang: Lang, banner?: Banner): Promise<OutboundMessage> {
  const views = await myGatherings(env.deps, aad);
  const feedUrl = env.baseUrl && views.length > 0 ? `${env.baseUrl}${feedPath('person', aad, feedToken(await env.secret(), 'person', aad), lang)}` : undefined;
  const cutoff = views[0] ? env.cutoffHours(views[0].cohortId) : 48;
  return myGatheringsCard({ views, lang, cutoffHours: cutoff, ...(feedUrl ? { feedUrl } : {}), ...(banner ? { banner } : {}) });
}

function say(text: Text, lang: Lang, gathering: string, style: Banner['style']): Banner {
  return { text: format(text, lang, { gathering }), style };
}

/**
 * Cancel or book from the card: the person is always the caller; the card only names the gathering. "Meld meg
 * av" first answers with a confirm view (what leaving means and the way back); only its "Ja" cancels. "Book"
 * takes an optional session, or takes back a required gathering the person left, until the cut-off.
 * "Mine" (the confirm view's "Nei") shows the list again and changes nothing.
 */
export async function bookingAction(env: BookingsEnv, context: TurnContext, verb: 'cancel' | 'book' | 'mine', raw: unknown): Promise<OutboundMessage> {
  const lang = langOf(context, raw);
  const who = caller(context);
  if (!who.aadObjectId) return showProblem(outcome['no-identity'], lang);
  const parsed = actionData.safeParse(raw);
  if (!parsed.success) return showMyGatherings(env, who.aadObjectId, lang, { text: format(outcome.unreadable, lang), style: 'attention' });
  const { cohortId, gatheringId } = parsed.data;
  const g = env.deps.catalog.gathering(cohortId, gatheringId);
  if (!g) return showMyGatherings(env, who.aadObjectId, lang, { text: format(outcome['unknown-gathering'], lang), style: 'attention' });
  const name = escapeCardText(g.title[lang]);
  if (verb === 'mine') return showMyGatherings(env, who.aadObjectId, lang, say(outcome.kept, lang, name, 'accent'));
  if (verb === 'cancel') {
    if (!parsed.data.confirm) {
      // Ask only about a gathering the caller can leave now; anything else gets the list with the reason.
      const view = (await myGatherings(env.deps, who.aadObjectId)).find((v) => v.cohortId === cohortId && v.gathering.id === gatheringId);
      if (view?.canCancel) return cancelConfirmCard(view, lang);
      const why = !view || !(view.status === 'booked' || view.status === 'waitlisted') ? outcome['not-booked'] : outcome[view.window === 'started' ? 'started' : 'closed'];
      return showMyGatherings(env, who.aadObjectId, lang, say(why, lang, name, 'attention'));
    }
    const r = await cancelBooking(env.deps, { cohortId, gatheringId, aadObjectId: who.aadObjectId, reason: 'cancelled', selfService: true });
    if (!r.ok) return showMyGatherings(env, who.aadObjectId, lang, say(outcome[r.error.code], lang, name, 'attention'));
    const cutoff = cutoffOf(g, env, cohortId);
    const banner: Banner = cutoff
      ? { text: format(outcome.cancelledBack, lang, { gathering: name, at: formatInstant(cutoff, lang) }), style: 'good' }
      : say(outcome.cancelled, lang, name, 'good');
    return showMyGatherings(env, who.aadObjectId, lang, banner);
  }
  // Optional sessions are for people admitted to the cohort, i.e. with a seat or waitlist place in it; a
  // required gathering can be taken back only by someone who left it themselves (status 'cancelled').
  const mine = await new BookingRepository(env.deps.store).ofPerson(who.aadObjectId);
  const own = mine.find((b) => b.cohortId === cohortId && b.gatheringId === gatheringId);
  if (own && isActive(own)) return showMyGatherings(env, who.aadObjectId, lang, say(outcome.already, lang, name, 'warning'));
  const admitted = g.optional ? mine.find((b) => b.cohortId === cohortId && isActive(b)) : own?.status === 'cancelled' ? own : undefined;
  if (!admitted) return showMyGatherings(env, who.aadObjectId, lang, say(outcome['not-participant'], lang, name, 'attention'));
  const r = await bookParticipant(env.deps, {
    cohortId, gatheringIds: [gatheringId], selfService: true, source: 'chat', sourceId: who.aadObjectId,
    participant: { ...admitted.participant, name: who.name || admitted.participant.name },
  });
  if (!r.ok) return showMyGatherings(env, who.aadObjectId, lang, say(outcome['unknown-gathering'], lang, name, 'attention'));
  const o = r.value[0];
  const style: Banner['style'] = o.result === 'booked' ? 'good' : o.result === 'waitlisted' || o.result === 'already' ? 'warning' : 'attention';
  return showMyGatherings(env, who.aadObjectId, lang, say(outcome[o.result], lang, name, style));
}

function cutoffOf(g: NonNullable<ReturnType<BookingsDeps['catalog']['gathering']>>, env: BookingsEnv, cohortId: string): Date | undefined {
  const cohort = env.deps.catalog.cohort(cohortId)?.cohort;
  return cohort ? seatCutoff(cohort, g) : undefined;
}

function showProblem(text: Text, lang: Lang): OutboundMessage {
  return myGatheringsCard({ views: [], lang, cutoffHours: 48, banner: { text: format(text, lang), style: 'attention' } });
}
