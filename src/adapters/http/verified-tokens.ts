/**
 * Authorization headers that BotAuthenticator (bot-auth.ts) has just verified for a request that is still being
 * processed. botbuilder's authentication skips its own second verification only for a header held here, and only
 * while the request that was verified with it is in flight (the Bot Connector sends one token with many
 * requests, so holds are counted).
 */
export class VerifiedTokens {
  private readonly held = new Map<string, number>();

  /** Marks the header verified until the returned release is called (once, when the request is done). */
  hold(authorization: string): () => void {
    this.held.set(authorization, (this.held.get(authorization) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const n = (this.held.get(authorization) ?? 1) - 1;
      if (n <= 0) this.held.delete(authorization);
      else this.held.set(authorization, n);
    };
  }

  has(authorization: string): boolean {
    return this.held.has(authorization);
  }
}
