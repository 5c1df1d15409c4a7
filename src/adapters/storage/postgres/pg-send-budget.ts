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

  constructor(
    private readonly pool: Pool,
    marginMs: number,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    private readonly now: () => number = () => performance.now(),
  ) {
    this.appWindows = withMargin(TEAMS_APP_WINDOWS, marginMs);
    this.conversationWindows = withMargin(TEAMS_CONVERSATION_WINDOWS, marginMs);
  }

  async take(conversationId: string | undefined): Promise<void> {
    const spec = [{ key: APP_KEY, windows: this.appWindows }];
    if (conversationId !== undefined) spec.push({ key: conversationKey(conversationId), windows: this.conversationWindows });
    const r = await this.pool.query<{ wait: number }>('SELECT take_rate_slot($1::jsonb) AS wait', [JSON.stringify(spec)]);
    const answered = this.now();
    const wait = Number(r.rows[0]?.wait ?? 0);
    // The database read its clock before answering, so waiting from the answer is never early. A process that
    // wakes late (a stalled event loop) uses the headroom of each window; giving the slot up and taking another
    // was measured to waste most of the budget on a loaded machine (bench:scale), so it is not done.
    const left = answered + wait - this.now();
    if (left > 0) await this.sleep(left);
  }
}
