/**
 * Teams' limits shared by every instance of the bot: per app (50/s) and per conversation. The in-process
 * limiter only sees its own sends; with several instances on one database the budget lives there.
 */
export interface SendBudget {
  /**
   * Waits until one more request to the conversation (or, without one, to the app only) fits every window of
   * both, and takes the slot for this caller. Slots are handed out first come, first served across instances.
   */
  take(conversationId: string | undefined): Promise<void>;
}
