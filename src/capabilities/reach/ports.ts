/**
 * What reaching people needs from Microsoft Graph, as ports (the Graph adapters implement them): installing
 * the app in a person's personal scope and finding its 1:1 chat, and reading a conversation's recent messages.
 */

/** `installed` now, `already` installed (Graph's 409), or `blocked` by the tenant's app permission policy (403). */
export type InstallOutcome = 'installed' | 'already' | 'blocked';

export interface AppInstaller {
  install(aadObjectId: string): Promise<InstallOutcome>;
  /** The id of the 1:1 chat between the person and the bot (Bot Framework sends to it as the conversation id). */
  personalChatId(aadObjectId: string): Promise<string | undefined>;
  /** The person's display name from the directory, for a coordinator's alert; undefined when unknown. */
  displayName(aadObjectId: string): Promise<string | undefined>;
}

/** Where a conversation's messages can be read through Graph. */
export interface ConversationAddress {
  readonly conversationId: string;
  readonly conversationType: 'personal' | 'channel' | 'groupChat';
  /** The Entra group id of the channel's team (Graph names teams by it). */
  readonly teamAadGroupId?: string;
  /** The person of a 1:1 chat (Graph finds the chat of an `a:` conversation through the app's installation). */
  readonly userAadId?: string;
}

/** A recent message carrying the marker, none, or a conversation Graph cannot be asked about (no permission, unknown address). */
export type MarkerSearch =
  | { readonly kind: 'found'; readonly messageId: string }
  | { readonly kind: 'absent' }
  | { readonly kind: 'unreadable' };

export interface ConversationHistory {
  findMarker(where: ConversationAddress, marker: string): Promise<MarkerSearch>;
}

export const INSTALL_APP_JOB = 'reach.install-app';
export const installAppJobKey = (aadObjectId: string): string => `${INSTALL_APP_JOB}:${aadObjectId}`;
/** Installations go one at a time: Graph throttles Teams app installation per app and tenant. */
export const INSTALL_APP_LANE = 'reach.install-app';

export interface InstallAppPayload {
  readonly aadObjectId: string;
  /** The cohort whose coordinators hear of a blocked installation. */
  readonly cohortId?: string;
  readonly name?: string;
  [k: string]: unknown;
}
