/**
 * Outlook runs at most 4 requests of one mailbox at a time and throttles the rest (429 MailboxConcurrency), so
 * the adapter queues its own requests per mailbox instead of provoking throttling. In-process only: several
 * instances share the mailbox, and Graph's 429s (honoured by the retries) cover the rest.
 */
export class MailboxGate {
  private readonly inFlight = new Map<string, number>();
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(private readonly limit: number) {}

  /** Runs work holding `slots` of the mailbox's places (a $batch uses one per sub-request), taken all at once. */
  async run<T>(mailbox: string, work: () => Promise<T>, slots = 1): Promise<T> {
    const key = mailbox.toLowerCase();
    const need = Math.min(Math.max(1, slots), this.limit);
    while ((this.inFlight.get(key) ?? 0) + need > this.limit) {
      await new Promise<void>((resolve) => {
        const q = this.waiting.get(key) ?? [];
        q.push(resolve);
        this.waiting.set(key, q);
      });
    }
    this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + need);
    try {
      return await work();
    } finally {
      const n = (this.inFlight.get(key) ?? need) - need;
      if (n <= 0) this.inFlight.delete(key); else this.inFlight.set(key, n);
      // Wake every waiter: each re-checks whether its number of slots fits now.
      const q = this.waiting.get(key) ?? [];
      this.waiting.delete(key);
      for (const wake of q) wake();
    }
  }
}
