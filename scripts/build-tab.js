// Bundles the coordinator tab (web/tab: React, Fluent UI v9, teams-js v2) into dist/tab, which the bot serves
// at /tab. Part of `npm run build`, offline: esbuild only reads node_modules.
const { build } = require('esbuild');
const { cpSync, mkdirSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const out = join(root, 'dist', 'tab');

async function main() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: { app: join(root, 'web', 'tab', 'src', 'main.tsx') },
    outdir: out,
    bundle: true,
    minify: true,
    sourcemap: false,
    format: 'iife',
    target: ['chrome110', 'edge110', 'safari16', 'firefox110'],
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    legalComments: 'none',
  });
  cpSync(join(root, 'web', 'tab', 'index.html'), join(out, 'index.html'));
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
