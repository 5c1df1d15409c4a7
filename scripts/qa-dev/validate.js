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
  for (const g of it.must || []) numberForms(it.id, g);
  for (const r of it.must_not || []) { try { new RegExp(r, 'i'); } catch (e) { errs.push(`${it.id}: bad regex ${r}`); } }
}
// A figure of four or more digits may be written 19 050, 19050, 19.050, 19,050 or with a no-break space: a must
// group that accepts one of these forms has to accept them all.
function numberForms(id, group) {
  let res; try { res = group.map((r) => new RegExp(r, 'i')); } catch { return; }
  for (const r of group) {
    for (const tok of r.match(/\d(?:[\d.,? ]|\\.|\[[^\]]*\])*\d/g) || []) {
      const digits = tok.replace(/\\[a-z]/gi, '').replace(/\D/g, '');
      if (digits.length < 4 || (digits.length === 4 && tok === digits) || digits.length > 7) continue;
      const a = digits.slice(0, -3), b = digits.slice(-3);
      const forms = [`${a} ${b}`, `${a}${b}`, `${a}.${b}`, `${a},${b}`, `${a}\u00a0${b}`];
      const ok = forms.map((f) => res.some((x) => x.test(`kr ${f} `)));
      if (ok.some(Boolean) && !ok.every(Boolean)) errs.push(`${id}: the figure ${digits} is accepted as ${forms.filter((_, i) => ok[i]).map((f) => JSON.stringify(f)).join(', ')} but not as ${forms.filter((_, i) => !ok[i]).map((f) => JSON.stringify(f)).join(', ')}; accept every form, e.g. ${a}[\\s\u00a0.,]?${b}`);
    }
  }
}
const cls = {}; for (const it of items || []) cls[it.class] = (cls[it.class] || 0) + 1;
console.log(errs.length ? errs.join('\n') : `OK ${items.length} items`, JSON.stringify(cls));
process.exit(errs.length ? 1 : 0);
