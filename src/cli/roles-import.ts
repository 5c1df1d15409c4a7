import { readFile } from 'node:fs/promises';
import { openStore } from '../adapters/storage/open-store';
import { defaultCatalogDir, loadCatalog } from '../catalog/catalog-loader';
import { cohortCatalog } from '../capabilities/nominations/ports';
import { importRoles } from '../capabilities/nominations/use-cases/import-roles.use-case';
import { ConfigError, loadConfig } from '../config';
import { describeError } from '../shared/errors';
import { JsonLogger } from '../shared/logger';
import { RoleDirectory } from '../shared/roles';

/**
 * Imports coordinators, nominators and people from a roles file into the store the bot uses (PostgreSQL when DATABASE_URL/PGHOST is set, else DATA_DIR):
 *
 *   node dist/src/cli/roles-import.js path/to/roles.json
 *
 * The same format as `${DATA_DIR}/roles.json`, which the bot imports at every start (see
 * src/capabilities/nominations/use-cases/import-roles.use-case.ts). Exit code 0 on success, 1 when the file
 * has problems (each is printed; nothing is written), 2 on wrong usage.
 */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const file = argv[0];
  if (!file || argv.length > 1) {
    process.stderr.write('usage: roles-import <roles.json>\n');
    return 2;
  }
  const config = loadConfig(env);
  const logger = new JsonLogger((line) => process.stderr.write(`${line}\n`), config.logLevel);
  const catalog = loadCatalog(config.catalogDir ?? defaultCatalogDir);
  const text = await readFile(file, 'utf8');
  const { store, ready } = openStore(config, logger, () => new Date());
  try {
    await ready;
    const r = await importRoles({ store, roles: new RoleDirectory(store), catalog: cohortCatalog(catalog), logger }, text);
    if (!r.ok) {
      process.stderr.write(`roles-import: ${file} was not imported:\n${r.error.map((e) => `  - ${e}`).join('\n')}\n`);
      return 1;
    }
    process.stdout.write(`roles-import: ${r.value.cohorts} cohorts (${r.value.changed} changed), ${r.value.people} people\n`);
    return 0;
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
    const d = e instanceof ConfigError ? { code: 'config', message: e.message } : describeError(e);
    process.stderr.write(`roles-import: failed (${d.code}): ${d.message}\n`);
    process.exitCode = 1;
  });
}
