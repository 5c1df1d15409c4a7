import { currentJob } from '../../../jobs/job-context';
import { RetryLaterError } from '../../../jobs/job-errors';
import { describeError } from '../../../shared/errors';
import type { Logger } from '../../../shared/logger';
import type { ConversationMember, ConversationRef, Messenger, OutboundMessage } from '../../../shared/messenger.port';
import { markCard, postMarker } from '../domain/post-marker';
import type { ConversationHistory, MarkerSearch } from '../ports';

/**
 * Posts a card at most once per job, even across a crash. The Bot Connector has no idempotency key, and under
 * load seconds can pass between Teams accepting a post and the job recording it; a process killed then leaves
 * a job that runs again not knowing whether its post went out. So every card a job posts carries a marker
 * derived from the job's key, the conversation and the post's place in the job; when the job has run before,
 * the conversation's recent messages are read through Graph first and a post already there is not made again
 * (its message id is returned as the activity id, which Teams and Graph share).
 *
 * Plain-text messages are not marked (Graph shows their text as HTML) and are sent as before; a conversation
 * Graph cannot read (no resource-specific consent, a channel whose team's group id is unknown) is posted to as
 * before. Without Graph settings this class is not used.
 */
export class MarkingMessenger implements Messenger {
  constructor(private readonly inner: Messenger, private readonly history: ConversationHistory, private readonly logger: Logger) {}

  async send(to: ConversationRef, message: OutboundMessage): Promise<{ readonly activityId: string }> {
    const job = currentJob();
    const card = message.card;
    if (!job || card === undefined || card === null || typeof card !== 'object' || Array.isArray(card)) return this.inner.send(to, message);
    const marker = postMarker(job.key, to.conversationId, job.nextPostOrdinal(to.conversationId));
    if (job.attempts > 1) {
      let found: MarkerSearch;
      try {
        found = await this.history.findMarker(to, marker);
      } catch (e) {
        // Posting blind could double the card: wait for Graph instead (the runner honours Retry-After).
        if (e instanceof RetryLaterError) throw e;
        this.logger.warn('recent messages could not be read; posting', describeError(e));
        found = { kind: 'unreadable' };
      }
      if (found.kind === 'found') {
        this.logger.info('post found in the conversation; not posted again', { conversationType: to.conversationType });
        return { activityId: found.messageId };
      }
      if (found.kind === 'unreadable') this.logger.info('post outcome unknown and the conversation cannot be read; posting', { conversationType: to.conversationType });
    }
    return this.inner.send(to, { ...message, card: markCard(card, marker) });
  }

  update(to: ConversationRef, activityId: string, message: OutboundMessage): Promise<void> {
    return this.inner.update(to, activityId, message);
  }

  createPersonal(via: ConversationRef, user: Parameters<Messenger['createPersonal']>[1]): Promise<ConversationRef> {
    return this.inner.createPersonal(via, user);
  }

  members(of: ConversationRef): Promise<ConversationMember[]> {
    return this.inner.members(of);
  }
}
