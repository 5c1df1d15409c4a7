/**
 * The PostgreSQL schema, versioned like the SQLite one. Never edit a released migration: add the next version.
 * Times are epoch milliseconds (bigint), as in SQLite, so leases compare exactly against the injected clock.
 * Keys use the "C" collation so `ORDER BY key` and prefix ranges match JavaScript's string order.
 */
export interface PgMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const pgMigrations: readonly PgMigration[] = [
  {
    version: 1,
    name: 'entities, job outbox, shared rate windows',
    sql: `
      CREATE TABLE entities (
        kind text COLLATE "C" NOT NULL,
        key text COLLATE "C" NOT NULL,
        version integer NOT NULL,
        value jsonb NOT NULL,
        updated_at bigint NOT NULL,
        PRIMARY KEY (kind, key)
      );
      CREATE TABLE jobs (
        seq bigserial NOT NULL,
        id uuid PRIMARY KEY,
        key text COLLATE "C" NOT NULL UNIQUE,
        type text NOT NULL,
        payload jsonb NOT NULL,
        run_at bigint NOT NULL,
        lane text COLLATE "C",
        status text NOT NULL CHECK (status IN ('pending', 'running', 'done', 'dead')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        lease_owner text,
        lease_until bigint,
        created_at bigint NOT NULL,
        updated_at bigint NOT NULL
      );
      CREATE INDEX jobs_due ON jobs (run_at, seq) WHERE status IN ('pending', 'running');
      CREATE INDEX jobs_lane ON jobs (lane, run_at, seq) WHERE lane IS NOT NULL AND status IN ('pending', 'running');
      -- The database itself keeps a lane to one running job, whatever the instances do.
      CREATE UNIQUE INDEX jobs_one_running_per_lane ON jobs (lane) WHERE status = 'running' AND lane IS NOT NULL;
      -- Recent request times per rate-limit key (a conversation, the whole app), shared by every instance.
      CREATE TABLE rate_windows (
        key text COLLATE "C" PRIMARY KEY,
        stamps bigint[] NOT NULL
      );
    `,
  },
];
