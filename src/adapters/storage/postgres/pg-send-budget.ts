import type { Pool } from 'pg';
import { TEAMS_APP_WINDOWS, TEAMS_CONVERSATION_WINDOWS, withMargin, type Window } from '../../../jobs/rate-limiter';
import type { SendBudget } from '../../../shared/send-budget.port';

const APP_KEY = 'teams:app';
const conversationKey = (id: string): string => `teams:conversation:${id}`;

/**
 * Teams' per-app and per-conversation limits kept in PostgreSQL, so that two or three instances together stay
 * inside them. One row per key holds its recent request times; `take_rate_slot` (see pg-migrations.ts) locks
 * the conversation's and the app's rows, reserves the earliest time that fits both and returns how long to
 * wait for it, in one statement. The same sliding windows, with the same headroom, as the in-process limiter.
 */
export class PgSendBudget implements SendBudget {
  private readonly appWindows: readonly Window[];
  private readonly conversationWindows: readonly Window[];
  private readonly maxLateMs: number;

  constructor(
    private readonly pool: Pool,
    marginMs: number,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    private readonly now: () => number = () => performance.now(),
  ) {
    // A slot used later than this may share a window with slots reserved after it (a stalled event loop, a
    // descheduled process): it is given up and another taken. Most of the headroom is left for the wire.
    this.maxLateMs = Math.floor(marginMs * 0.8);
    this.appWindows = withMargin(TEAMS_APP_WINDOWS, marginMs);
    this.conversationWindows = withMargin(TEAMS_CONVERSATION_WINDOWS, marginMs);
  }

  async take(conversationId: string | undefined): Promise<void> {
    const spec = [{ key: APP_KEY, windows: this.appWindows }];
    if (conversationId !== undefined) spec.push({ key: conversationKey(conversationId), windows: this.conversationWindows });
    const json = JSON.stringify(spec);
    for (;;) {
      const c = await this.pool.connect();
      let asked: number;
      let answered: number;
      let wait: number;
      try {
        asked = this.now();
        wait = Number((await c.query<{ wait: number }>('SELECT take_rate_slot($1::jsonb) AS wait', [json])).rows[0]?.wait ?? 0);
        answered = this.now();
      } finally {
        c.release();
      }
      // The database read its clock between asked and answered: waiting from `answered` is never early.
      const left = answered + wait - this.now();
      if (left > 0) await this.sleep(left);
      // At most this late; beyond the limit the slot is given up (it stays counted) and another taken.
      if (this.now() - (asked + wait) <= this.maxLateMs) return;
    }
  }
}
