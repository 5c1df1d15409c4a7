import { join } from 'node:path';
import type { TokenCredential } from '@azure/identity';
import type { Pool } from 'pg';
import type { Config } from '../../config';
import type { Logger } from '../../shared/logger';
import type { Store } from '../../shared/store.port';
import { createPgPool } from './postgres/pg-pool';
import { PgStore } from './postgres/pg-store';
import { SqliteStore } from './sqlite/sqlite-store';

export interface OpenedStore {
  readonly store: Store;
  /** Resolves when the schema is current (PostgreSQL migrates at start; SQLite already has). */
  readonly ready: Promise<void>;
  /** The PostgreSQL pool when the store is shared by several instances (the shared Teams budget uses it). */
  readonly pool: Pool | undefined;
}

/** PostgreSQL when DATABASE_URL or PGHOST is set (production, several instances); else SQLite under DATA_DIR. */
export function openStore(config: Config, logger: Logger, now: () => Date, credential?: TokenCredential): OpenedStore {
  if (config.database) {
    const pool = createPgPool(config.database, logger, credential);
    const store = new PgStore(pool, now);
    return { store, ready: store.ready, pool };
  }
  return { store: new SqliteStore(join(config.dataDir, 'lederbot.sqlite'), now), ready: Promise.resolve(), pool: undefined };
}
