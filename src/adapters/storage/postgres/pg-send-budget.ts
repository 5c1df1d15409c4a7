import type { Pool, QueryResult } from 'pg';
import { TEAMS_APP_WINDOWS, TEAMS_CONVERSATION_WINDOWS, withMargin, type Window } from '../../../jobs/rate-limiter';
import type { SendBudget } from '../../../shared/send-budget.port';
import { DbClockOffset } from './db-clock-offset';

const APP_KEY = 'teams:app';
const conversationKey = (id: string): string => `teams:conversation:${id}`;
/**
 * The app's slots are also spread evenly, one per 21.5 ms (stored in whole ms, so 21–22 ms apart), instead of in
 * bursts of 50 at the start of each window: a burst makes 50 sends leave in one instant, which a loaded CPU
 * cannot do, so some left late and shared Teams' second with the next burst (bench:scale: hundreds of 429s).
 * At 21 ms, 50 slots spanned 1,029 ms, so a send held up 30 ms after its slot (botbuilder, the wire) put 51 in one
 * of Teams' sliding seconds (bench:scale: 1–2 × 429 a run); at 21.5 ms there are 50 ms to spare, for 0.91 of the
 * 50/s ceiling.
 */
const APP_PACING: Window = { limit: 1, ms: 21.5 };
/** A caller that keeps waking too late still sends after this many new slots (a 429 is then the runner's to retry). */
const MAX_RETAKES = 8;

/** Slots taken, and of them those taken again after giving a late one back, since the start (diagnostics). */
export interface SendBudgetStats { taken: number; retaken: number }

/**
 * Teams' per-app and per-conversation limits kept in PostgreSQL, so that two or three instances together stay
 * inside them. One row per key holds its recent request times; `take_send_slot` (see pg-migrations.ts) locks
 * the conversation's and the app's rows, reserves the earliest time that fits both and returns how long to
 * wait for it, in one statement. The same sliding windows, with the same headroom, as the in-process limiter.
 *
 * A send may leave at most `maxLateMs` after its slot: the headroom of each window is what keeps a late send
 * from sharing Teams' second with slots reserved after it. A caller that wakes later than that (a stalled event
 * loop, a descheduled process) hands its unused slot back and takes a new one in the same statement, so the
 * slot is not wasted and Teams never sees more than its limit.
 */
export class PgSendBudget implements SendBudget {
  private readonly appWindows: readonly Window[];
  private readonly conversationWindows: readonly Window[];
  private readonly maxLateMs: number;
  private readonly clock = new DbClockOffset();
  readonly stats: SendBudgetStats = { taken: 0, retaken: 0 };

  constructor(
    private readonly pool: Pool,
    marginMs: number,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    private readonly now: () => number = () => performance.now(),
    maxLateMs?: number,
  ) {
    this.appWindows = [...withMargin(TEAMS_APP_WINDOWS, marginMs), APP_PACING];
    this.conversationWindows = withMargin(TEAMS_CONVERSATION_WINDOWS, marginMs);
    // 15 of the 50 ms headroom for waking late, the rest for the way to Teams (botbuilder, the wire, arrival).
    // Late wakes on a loaded machine were either a few ms or far more than 25 ms (bench:scale: as many slots
    // given back at 25 ms as at 15 ms), so the stricter bound costs nothing and left no 429.
    this.maxLateMs = maxLateMs ?? Math.floor(marginMs * 0.3);
  }

  async take(conversationId: string | undefined): Promise<void> {
    const spec = [{ key: APP_KEY, windows: this.appWindows }];
    if (conversationId !== undefined) spec.push({ key: conversationKey(conversationId), windows: this.conversationWindows });
    const json = JSON.stringify(spec);
    let release: string | null = null;
    for (let retakes = 0; ; retakes += 1) {
      // Timed on a connection already held: a wait for a free connection is not time the slot was late by.
      const c = await this.pool.connect();
      let r: QueryResult<{ wait: number; slot: string }>;
      let asked: number;
      let answered: number;
      try {
        asked = this.now();
        r = await c.query<{ wait: number; slot: string }>('SELECT wait, slot FROM take_send_slot($1::jsonb, $2::bigint)', [json, release]);
        answered = this.now();
      } finally {
        c.release();
      }
      const row: { wait: number; slot: string } | undefined = r.rows[0];
      if (!row) return;
      const wait = Number(row.wait);
      const slot = Number(row.slot);
      this.stats.taken += 1;
      // The database read its clock (slot − wait) between asked and answered. Mapped through the tightest
      // round trip seen, waiting until the latest local time the slot can be is never early, and lateness
      // counted from the earliest is never underestimated; a slow round trip does not count as lateness.
      this.clock.observe(asked, answered, slot - wait);
      const local = this.clock.local(slot, answered) ?? { earliest: asked + wait, latest: answered + wait };
      const left = local.latest - this.now();
      if (left > 0) await this.sleep(left);
      if (this.now() - local.earliest <= this.maxLateMs || retakes >= MAX_RETAKES) return;
      this.stats.retaken += 1;
      release = row.slot;
    }
  }
}
