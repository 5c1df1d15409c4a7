import { SlidingWindowLimiter, TEAMS_APP_WINDOWS, TEAMS_CONVERSATION_WINDOWS, withMargin } from '../../jobs/rate-limiter';
import type { ConversationMember, ConversationRef, Messenger, OutboundMessage } from '../../shared/messenger.port';
import type { SendBudget } from '../../shared/send-budget.port';

const APP = 'app';
/** Headroom per window for jitter between our send stamp and Teams' arrival stamp (bench:fanout: 0 ms gave 46 × 429 in 600 posts, 50 ms none). */
export const LIMIT_MARGIN_MS = 50;

/**
 * Keeps the bot inside Teams' limits before Teams has to say 429: per conversation 7/s, 8/2 s, 60/30 s and
 * 1800/h, one request at a time per conversation, and 50/s for the whole app. It measures real time (not the
 * domain clock): limits are about the wire. A 429 that still comes (other instances, other bots) is the job
 * runner's to retry with Retry-After. With several instances, `shared` (the database) keeps the windows instead,
 * so the limits hold for all instances together, not per process.
 */
export class RateLimitedMessenger implements Messenger {
  private readonly conversations: SlidingWindowLimiter;
  private readonly app: SlidingWindowLimiter;
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly inner: Messenger,
    now: () => number = () => performance.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    marginMs = LIMIT_MARGIN_MS,
    private readonly shared?: SendBudget,
  ) {
    this.conversations = new SlidingWindowLimiter(withMargin(TEAMS_CONVERSATION_WINDOWS, marginMs), now);
    this.app = new SlidingWindowLimiter(withMargin(TEAMS_APP_WINDOWS, marginMs), now);
  }

  send(to: ConversationRef, message: OutboundMessage): Promise<{ readonly activityId: string }> {
    return this.inConversation(to.conversationId, () => this.inner.send(to, message));
  }

  update(to: ConversationRef, activityId: string, message: OutboundMessage): Promise<void> {
    return this.inConversation(to.conversationId, () => this.inner.update(to, activityId, message));
  }

  /** Reading the roster counts against the same per-conversation limits as sending (Teams counts operations). */
  members(of: ConversationRef): Promise<ConversationMember[]> {
    return this.inConversation(of.conversationId, () => this.inner.members(of));
  }

  async createPersonal(via: ConversationRef, user: { readonly userId: string; readonly aadObjectId?: string }): Promise<ConversationRef> {
    await this.slot(undefined);
    return this.inner.createPersonal(via, user);
  }

  /** One request at a time per conversation ("never send several requests to the same conversation at once"). */
  private inConversation<T>(conversationId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(conversationId) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(async () => {
      await this.slot(conversationId);
      return work();
    });
    const tail = run.catch(() => undefined);
    this.queues.set(conversationId, tail);
    void tail.then(() => { if (this.queues.get(conversationId) === tail) this.queues.delete(conversationId); });
    return run;
  }

  /**
   * Waits until both the conversation's and the app's windows have room, then takes both in the same tick, so
   * a wait on one limit never spends a slot of the other.
   */
  private async slot(conversationId: string | undefined): Promise<void> {
    if (this.shared) return this.shared.take(conversationId);
    for (;;) {
      const wait = Math.max(conversationId ? this.conversations.delayFor(conversationId) : 0, this.app.delayFor(APP));
      if (wait <= 0) {
        if (conversationId) this.conversations.record(conversationId);
        this.app.record(APP);
        return;
      }
      await this.sleep(wait);
    }
  }
}
