// node ask.js "turn1" "turn2" ... (QLANG=en, NOW=iso)
const path = require('path');
const DIST = process.env.DIST || path.join(__dirname, '..', '..', 'dist');
const { runCase, shippedComposer } = require(path.join(DIST, 'test/support/qa-runner.js'));
const composer = shippedComposer(); const turns = process.argv.slice(2);
for (let i = 1; i <= turns.length; i++) {
  const r = runCase(composer, { id: 'x', lang: process.env.QLANG || 'nb', q: turns[i - 1], before: turns.slice(0, i - 1), now: process.env.NOW });
  console.log(`> ${turns[i - 1]}\n[${r.kind}] ${r.text}\n`);
}
