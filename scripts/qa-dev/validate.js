// node validate.js FILE — checks the format of a question set.
const fs = require('fs');
const f = process.argv[2]; const d = JSON.parse(fs.readFileSync(f, 'utf8'));
const items = d.questions || d.conversations; const errs = [];
if (!d.about) errs.push('missing about'); if (!Array.isArray(items)) errs.push('need questions or conversations array');
const ids = new Set();
for (const it of items || []) {
  if (ids.has(it.id)) errs.push(`duplicate id ${it.id}`); ids.add(it.id);
  if (!['nb', 'nn', 'en'].includes(it.lang)) errs.push(`${it.id}: lang`);
  if (!it.class) errs.push(`${it.id}: class`);
  if (d.conversations && !(Array.isArray(it.turns) && it.turns.length >= 2 && it.turns.length <= 3)) errs.push(`${it.id}: turns must be 2-3`);
  if (d.questions && typeof it.q !== 'string') errs.push(`${it.id}: q`);
  if (it.kind && !['unknown', 'smalltalk'].includes(it.kind)) errs.push(`${it.id}: kind`);
  if (!it.kind && !(Array.isArray(it.must) && it.must.length > 0)) errs.push(`${it.id}: an answerable item needs must`);
  for (const g of it.must || []) { if (!Array.isArray(g) || g.length === 0) errs.push(`${it.id}: must group must be a non-empty list`); for (const r of g || []) { try { new RegExp(r, 'i'); } catch (e) { errs.push(`${it.id}: bad regex ${r}`); } } }
  for (const r of it.must_not || []) { try { new RegExp(r, 'i'); } catch (e) { errs.push(`${it.id}: bad regex ${r}`); } }
}
const cls = {}; for (const it of items || []) cls[it.class] = (cls[it.class] || 0) + 1;
console.log(errs.length ? errs.join('\n') : `OK ${items.length} items`, JSON.stringify(cls));
process.exit(errs.length ? 1 : 0);
