// The catalog is data read at run time (a coordinator can point CATALOG_DIR elsewhere), not an import, so tsc
// does not emit it: copy it next to the compiled loader.
const { cpSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
for (const folder of ['data', 'sources']) {
  const from = join(root, 'src', 'catalog', folder);
  const to = join(root, 'dist', 'src', 'catalog', folder);
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true, filter: (p) => !p.includes('.spec.') });
}

// The privacy notice (docs/privacy.md) is served at /privacy; docs/ is left out of the deploy zip, so it goes
// next to the compiled route.
cpSync(join(root, 'docs', 'privacy.md'), join(root, 'dist', 'src', 'capabilities', 'privacy', 'teams', 'privacy.md'));
