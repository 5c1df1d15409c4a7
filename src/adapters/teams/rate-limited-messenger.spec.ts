import type { ConversationRef, Messenger, OutboundMessage } from '../../shared/messenger.port';
import { RateLimitedMessenger } from './rate-limited-messenger';

/** A messenger fake that records when each send reached it on a simulated clock. */
class RecordingMessenger implements Messenger {
  readonly sent: Array<{ conversationId: string; at: number }> = [];
  inFlight = new Map<string, number>();
  overlapped = false;
  constructor(private readonly now: () => number, private readonly sleep: (ms: number) => Promise<void>) {}
  async send(to: ConversationRef): Promise<{ activityId: string }> {
    const n = (this.inFlight.get(to.conversationId) ?? 0) + 1;
    if (n > 1) this.overlapped = true;
    this.inFlight.set(to.conversationId, n);
    this.sent.push({ conversationId: to.conversationId, at: this.now() });
    await this.sleep(5);
    this.inFlight.set(to.conversationId, n - 1);
    return { activityId: String(this.sent.length) };
  }
  update(): Promise<void> { return Promise.resolve(); }
  createPersonal(via: ConversationRef): Promise<ConversationRef> { return Promise.resolve(via); }
  members(): Promise<[]> { return Promise.resolve([]); }
}

const ref = (id: string): ConversationRef => ({ conversationId: id, serviceUrl: 'http://x', tenantId: 't', channelId: 'msteams', botId: 'b', conversationType: 'groupChat' });
const msg: OutboundMessage = { text: 'hei' };

/** A simulated clock: sleeping advances time in order of wake-up, so the test runs in milliseconds. */
function simulatedTime(): { now: () => number; sleep: (ms: number) => Promise<void> } {
  let t = 0;
  const sleepers: Array<{ at: number; wake: () => void }> = [];
  const pump = (): void => {
    setImmediate(() => {
      sleepers.sort((a, b) => a.at - b.at);
      const next = sleepers.shift();
      if (!next) return;
      t = Math.max(t, next.at);
      next.wake();
      pump();
    });
  };
  return {
    now: () => t,
    sleep: (ms) => new Promise<void>((wake) => { sleepers.push({ at: t + ms, wake }); pump(); }),
  };
}

const maxIn = (times: number[], windowMs: number): number => {
  let best = 0;
  for (const start of times) best = Math.max(best, times.filter((x) => x >= start && x < start + windowMs).length);
  return best;
};

describe('RateLimitedMessenger', () => {
  it('keeps one conversation within 7/s and 8/2 s and never sends to it twice at once', async () => {
    const time = simulatedTime();
    const inner = new RecordingMessenger(time.now, time.sleep);
    const m = new RateLimitedMessenger(inner, time.now, time.sleep);
    await Promise.all(Array.from({ length: 30 }, () => m.send(ref('c1'), msg)));
    const times = inner.sent.map((s) => s.at);
    expect(times).toHaveLength(30);
    expect(maxIn(times, 1000)).toBeLessThanOrEqual(7);
    expect(maxIn(times, 2000)).toBeLessThanOrEqual(8);
    expect(inner.overlapped).toBe(false);
  });

  it('keeps the whole app within 50/s across many conversations', async () => {
    const time = simulatedTime();
    const inner = new RecordingMessenger(time.now, time.sleep);
    const m = new RateLimitedMessenger(inner, time.now, time.sleep);
    await Promise.all(Array.from({ length: 200 }, (_, i) => m.send(ref(`c${i}`), msg)));
    expect(maxIn(inner.sent.map((s) => s.at), 1000)).toBeLessThanOrEqual(50);
    // ... and no slower than the limit: 200 sends need just over 3 s.
    expect(Math.max(...inner.sent.map((s) => s.at))).toBeLessThan(4100);
  });

  it('leaves headroom so arrivals jittered by up to 40 ms still fit 50/s at Teams', async () => {
    const time = simulatedTime();
    const inner = new RecordingMessenger(time.now, time.sleep);
    const m = new RateLimitedMessenger(inner, time.now, time.sleep);
    await Promise.all(Array.from({ length: 300 }, (_, i) => m.send(ref(`c${i}`), msg)));
    // A fixed pseudo-random delay per send (no Math.random: the test must fail the same way every time).
    const arrivals = inner.sent.map((s, i) => s.at + ((i * 7919) % 41));
    expect(maxIn(arrivals.sort((a, b) => a - b), 1000)).toBeLessThanOrEqual(50);
  });
});
