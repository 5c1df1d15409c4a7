import { AppInstallBlockedError, PermanentJobError, RetryLaterError } from '../../../jobs/job-errors';
import type { Logger } from '../../../shared/logger';
import type { ConversationMember, ConversationRef, Messenger, OutboundMessage } from '../../../shared/messenger.port';
import type { Json, Store } from '../../../shared/store.port';
import { isFreshBlock, isNotInstalledRefusal } from '../domain/installation';
import { INSTALL_APP_JOB, INSTALL_APP_LANE, installAppJobKey, type InstallAppPayload } from '../ports';
import type { InstallationRepository } from '../store/installation.repository';

/** How long a job waiting for an installation sleeps before it looks again. */
export const INSTALL_WAIT_MS = 3_000;

/**
 * Opens 1:1 chats with people who never opened the bot. Teams refuses a conversation with someone the app is not
 * installed for (403); then an installation job is enqueued (once per person) and the caller's job is retried
 * shortly, by which time the chat the installation made is known and is returned. A person whose tenant blocks
 * the app gets AppInstallBlockedError (the installation job told the coordinators) until the block is a day old;
 * then installing is tried again, as an administrator may have allowed the app. Everything else is passed on.
 */
export class ReachingMessenger implements Messenger {
  constructor(
    private readonly inner: Messenger,
    private readonly store: Store,
    private readonly installations: InstallationRepository,
    private readonly now: () => Date,
    private readonly wake: () => void,
    private readonly logger: Logger,
  ) {}

  send(to: ConversationRef, message: OutboundMessage): Promise<{ readonly activityId: string }> {
    return this.inner.send(to, message);
  }

  update(to: ConversationRef, activityId: string, message: OutboundMessage): Promise<void> {
    return this.inner.update(to, activityId, message);
  }

  members(of: ConversationRef): Promise<ConversationMember[]> {
    return this.inner.members(of);
  }

  async createPersonal(via: ConversationRef, user: Parameters<Messenger['createPersonal']>[1]): Promise<ConversationRef> {
    const aad = user.aadObjectId;
    if (!aad) return this.inner.createPersonal(via, user);
    const known = await this.installations.get(aad);
    if (known?.status === 'installed') {
      return {
        conversationId: known.chatId, serviceUrl: via.serviceUrl, tenantId: via.tenantId, channelId: via.channelId, botId: via.botId,
        conversationType: 'personal', userAadId: aad, ...(user.userId !== aad ? { userId: user.userId } : {}),
      };
    }
    if (isFreshBlock(known, this.now())) throw new AppInstallBlockedError('the Teams app policy blocks the app for this person');
    try {
      return await this.inner.createPersonal(via, user);
    } catch (e) {
      if (!(e instanceof PermanentJobError) || !isNotInstalledRefusal(e.code)) throw e;
      const payload: InstallAppPayload = { aadObjectId: aad, ...(user.cohortId ? { cohortId: user.cohortId } : {}), ...(user.name ? { name: user.name } : {}) };
      await this.store.commit([{ op: 'enqueue', job: {
        // After a block that is a day old, one more installation is tried per block recorded.
        type: INSTALL_APP_JOB, key: known?.status === 'blocked' ? `${installAppJobKey(aad)}:after:${known.at}` : installAppJobKey(aad), payload: payload as unknown as Json, runAt: this.now(), lane: INSTALL_APP_LANE,
      } }]);
      this.wake();
      this.logger.info('app not installed for a person: installing', { code: e.code });
      throw new RetryLaterError('waiting for the app to be installed for the person', INSTALL_WAIT_MS);
    }
  }
}
