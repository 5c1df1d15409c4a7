// JavaScript's \b counts æ, ø and å (and é) as non-letters: in /på\b/ the edge after "på" never holds before a
// space, and /\bøkt/ never matches "økt" after one. Such patterns silently miss Norwegian words; this rule finds a \b
// written next to a piece that can be one of those letters, unless the pattern is made letter-aware (passed to
// letterAware(...) itself, or kept in a const whose items a letterAware(...) call in the same file compiles).

const NORDIC = /[æøåÆØÅéÉ]/;

/** Whether a character class body can match a Norwegian letter ("neg" for a negated class: anything may follow). */
function classNordic(body) {
  if (body.startsWith('^')) return false;
  if (/\\p\{L\}/.test(body) || NORDIC.test(body)) return true;
  for (const r of body.match(/.-./gu) ?? []) {
    const [a, b] = [r.codePointAt(0), r.codePointAt(r.length - 1)];
    if (a <= 0xe5 && b >= 0xe5) return true;
  }
  return false;
}

/** The offsets in a pattern source of each \b that stands next to a piece that can be æ, ø, å or é. */
function edgesByNorwegianLetters(src) {
  let i = 0;
  const found = [];
  const firstOf = (ps) => { for (const p of ps) { if (p.skip) continue; if (p.first) return true; if (!p.optional) return false; } return false; };
  const lastOf = (ps) => { for (let k = ps.length - 1; k >= 0; k -= 1) { const p = ps[k]; if (p.skip) continue; if (p.last) return true; if (!p.optional) return false; } return false; };
  const sequence = () => {
    const alts = [[]];
    while (i < src.length && src[i] !== ')') {
      const seq = alts[alts.length - 1];
      const c = src[i];
      let p;
      if (c === '|') { alts.push([]); i += 1; continue; }
      if (c === '\\') {
        const n = src[i + 1];
        if (n === 'b') { seq.push({ edge: i, skip: true }); i += 2; continue; }
        if (n === 'p' || n === 'P') {
          const end = src.indexOf('}', i);
          const letter = n === 'p' && src.slice(i, end + 1) === '\\p{L}';
          i = end + 1;
          p = { first: letter, last: letter };
        } else if (n === 'u') { i += 6; p = {}; } else { i += 2; p = {}; }
      } else if (c === '[') {
        let end = i + 1;
        while (end < src.length && src[end] !== ']') end += src[end] === '\\' ? 2 : 1;
        const nordic = classNordic(src.slice(i + 1, end));
        p = { first: nordic, last: nordic };
        i = end + 1;
      } else if (c === '(') {
        let look = false;
        if (src[i + 1] === '?') {
          if (src[i + 2] === ':') i += 3;
          else if (src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!') i = src.indexOf('>', i) + 1;
          else { look = true; i += src[i + 2] === '<' ? 4 : 3; }
        } else i += 1;
        const inner = sequence();
        i += 1;
        if (look) p = { skip: true };
        else {
          const parts = inner.map((alt) => alt.filter((x) => !x.skip));
          p = { first: inner.some(firstOf), last: inner.some(lastOf), optional: parts.some((alt) => alt.length === 0) };
        }
      } else if (c === '^' || c === '$') { p = { skip: true }; i += 1; }
      else { p = { first: NORDIC.test(c), last: NORDIC.test(c) }; i += 1; }
      const q = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(src.slice(i));
      if (q) {
        i += q[0].length;
        if (!(q[0][0] === '+' || (q[1] !== undefined && Number(q[1]) > 0))) p.optional = true;
      }
      seq.push(p);
    }
    for (const seq of alts) {
      seq.forEach((p, k) => {
        if (p.edge === undefined) return;
        if (lastOf(seq.slice(0, k)) || firstOf(seq.slice(k + 1))) found.push(p.edge);
      });
    }
    return alts;
  };
  try { sequence(); } catch { return []; }
  return found;
}

const isLetterAwareCall = (node) => node?.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'letterAware';

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'no \\b next to æ, ø, å or é outside letterAware(...)' },
    messages: { edge: '\\b next to a Norwegian letter never holds there ("{{near}}"): wrap the pattern in letterAware(...).' },
    schema: [],
  },
  create(context) {
    const suspects = [];
    // Names whose items a letterAware call compiles: letterAware(NAME) or NAME.map(... letterAware(...) ...).
    const compiled = new Set();
    return {
      Literal(node) {
        if (!node.regex || !node.regex.pattern.includes('\\b')) return;
        const at = edgesByNorwegianLetters(node.regex.pattern);
        if (at.length > 0) suspects.push({ node, near: node.regex.pattern.slice(Math.max(0, at[0] - 20), at[0] + 22) });
      },
      // new RegExp(`…${x}…`): the written parts are checked, each ${x} read as a plain ASCII letter.
      NewExpression(node) {
        if (node.callee.type !== 'Identifier' || node.callee.name !== 'RegExp') return;
        const arg = node.arguments[0];
        const pattern = arg?.type === 'TemplateLiteral' ? arg.quasis.map((q) => q.value.cooked ?? '').join('x')
          : arg?.type === 'Literal' && typeof arg.value === 'string' ? arg.value : undefined;
        if (pattern === undefined || !pattern.includes('\\b')) return;
        const at = edgesByNorwegianLetters(pattern);
        if (at.length > 0) suspects.push({ node, near: pattern.slice(Math.max(0, at[0] - 20), at[0] + 22) });
      },
      CallExpression(node) {
        if (isLetterAwareCall(node) && node.arguments[0]?.type === 'Identifier') compiled.add(node.arguments[0].name);
        const callee = node.callee;
        if (callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.property.name === 'map'
          && context.sourceCode.getText(node.arguments[0] ?? node).includes('letterAware(')) compiled.add(callee.object.name);
      },
      'Program:exit'() {
        for (const { node, near } of suspects) {
          const ancestors = context.sourceCode.getAncestors(node);
          if (ancestors.some(isLetterAwareCall)) continue;
          const declarator = ancestors.findLast((a) => a.type === 'VariableDeclarator');
          if (declarator?.id.type === 'Identifier' && compiled.has(declarator.id.name)) continue;
          context.report({ node, messageId: 'edge', data: { near } });
        }
      },
    };
  },
};

module.exports = { rule, edgesByNorwegianLetters };
