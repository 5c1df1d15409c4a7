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
      -- Takes one request slot for every key of spec ([{key, windows: [{limit, ms}]}]) at the earliest time that
      -- fits every window of each (never before a slot already taken: first come, first served) and returns the
      -- ms to wait for it. It runs inside the database so the rows stay locked for microseconds, not round trips.
      -- Rows are locked in key order, so two instances never deadlock. Time is the database's clock.
      CREATE FUNCTION take_rate_slot(spec jsonb) RETURNS double precision LANGUAGE plpgsql AS $fn$
      DECLARE
        keys text[] := ARRAY(SELECT DISTINCT e->>'key' FROM jsonb_array_elements(spec) e ORDER BY 1);
        t double precision;
        at double precision;
        k record;
        w record;
        s bigint[];
        horizon double precision;
        cap integer;
        past integer;
        n integer;
      BEGIN
        INSERT INTO rate_windows (key, stamps) SELECT x, '{}' FROM unnest(keys) x ON CONFLICT (key) DO NOTHING;
        PERFORM 1 FROM rate_windows WHERE key = ANY(keys) ORDER BY key FOR UPDATE;
        t := extract(epoch FROM clock_timestamp()) * 1000;
        at := t;
        FOR k IN SELECT e->>'key' AS key, e->'windows' AS windows FROM jsonb_array_elements(spec) e LOOP
          SELECT max((x->>'ms')::double precision), max((x->>'limit')::integer) INTO horizon, cap FROM jsonb_array_elements(k.windows) x;
          SELECT ARRAY(SELECT v FROM unnest(r.stamps) v WHERE v > t - horizon ORDER BY v) INTO s FROM rate_windows r WHERE r.key = k.key;
          past := (SELECT count(*) FROM unnest(s) v WHERE v <= t);
          IF past > cap THEN s := s[(past - cap + 1):]; END IF;
          n := coalesce(array_length(s, 1), 0);
          IF n > 0 THEN at := greatest(at, s[n]); END IF;
          FOR w IN SELECT (x->>'limit')::integer AS lim, (x->>'ms')::double precision AS ms FROM jsonb_array_elements(k.windows) x LOOP
            IF n >= w.lim THEN at := greatest(at, s[n - w.lim + 1] + w.ms); END IF;
          END LOOP;
          UPDATE rate_windows SET stamps = s WHERE key = k.key;
        END LOOP;
        at := ceil(at);
        UPDATE rate_windows r SET stamps = ARRAY(SELECT v FROM unnest(r.stamps || at::bigint) v ORDER BY v) WHERE r.key = ANY(keys);
        RETURN at - t;
      END
      $fn$;
    `,
  },
  {
    version: 2,
    name: 'send slots that can be handed back',
    sql: `
      -- As take_rate_slot, but also returns the slot (database time, ms) so that a caller that woke too late to
      -- use it can hand it back: release (a slot this caller took before) is removed from every key of spec,
      -- once, under the same row locks, before the new slot is taken. One round trip for give-back-and-retake.
      CREATE FUNCTION take_send_slot(spec jsonb, release bigint, OUT wait double precision, OUT slot bigint) LANGUAGE plpgsql AS $fn$
      DECLARE
        keys text[] := ARRAY(SELECT DISTINCT e->>'key' FROM jsonb_array_elements(spec) e ORDER BY 1);
        t double precision;
        at double precision;
        k record;
        w record;
        s bigint[];
        horizon double precision;
        cap integer;
        past integer;
        n integer;
        i integer;
      BEGIN
        INSERT INTO rate_windows (key, stamps) SELECT x, '{}' FROM unnest(keys) x ON CONFLICT (key) DO NOTHING;
        PERFORM 1 FROM rate_windows WHERE key = ANY(keys) ORDER BY key FOR UPDATE;
        IF release IS NOT NULL THEN
          FOR k IN SELECT r.key, r.stamps FROM rate_windows r WHERE r.key = ANY(keys) LOOP
            i := array_position(k.stamps, release);
            IF i IS NOT NULL THEN
              UPDATE rate_windows SET stamps = k.stamps[1:i - 1] || k.stamps[i + 1:] WHERE key = k.key;
            END IF;
          END LOOP;
        END IF;
        t := extract(epoch FROM clock_timestamp()) * 1000;
        at := t;
        FOR k IN SELECT e->>'key' AS key, e->'windows' AS windows FROM jsonb_array_elements(spec) e LOOP
          SELECT max((x->>'ms')::double precision), max((x->>'limit')::integer) INTO horizon, cap FROM jsonb_array_elements(k.windows) x;
          SELECT ARRAY(SELECT v FROM unnest(r.stamps) v WHERE v > t - horizon ORDER BY v) INTO s FROM rate_windows r WHERE r.key = k.key;
          past := (SELECT count(*) FROM unnest(s) v WHERE v <= t);
          IF past > cap THEN s := s[(past - cap + 1):]; END IF;
          n := coalesce(array_length(s, 1), 0);
          IF n > 0 THEN at := greatest(at, s[n]); END IF;
          FOR w IN SELECT (x->>'limit')::integer AS lim, (x->>'ms')::double precision AS ms FROM jsonb_array_elements(k.windows) x LOOP
            IF n >= w.lim THEN at := greatest(at, s[n - w.lim + 1] + w.ms); END IF;
          END LOOP;
          UPDATE rate_windows SET stamps = s WHERE key = k.key;
        END LOOP;
        at := ceil(at);
        UPDATE rate_windows r SET stamps = ARRAY(SELECT v FROM unnest(r.stamps || at::bigint) v ORDER BY v) WHERE r.key = ANY(keys);
        wait := at - t;
        slot := at::bigint;
      END
      $fn$;
    `,
  },
];
