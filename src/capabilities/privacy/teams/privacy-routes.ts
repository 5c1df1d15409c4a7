import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HttpRoute } from '../../../adapters/teams/teams-capability';
import { format, pick, type Lang } from '../../../shared/i18n';
import { formatInstant } from '../../../shared/oslo-time';
import type { Json } from '../../../shared/store.port';
import { checkExportToken, exportToken } from '../domain/export-link';
import type { PrivacyDeps } from '../ports';
import { exportJson, exportPersonalData, type PersonalDataExport } from '../use-cases/export-personal-data.use-case';
import { categoryLines } from './my-data-card';
import { categoryNames, texts as t } from './privacy-messages';
import { personalDataCategories } from '../../../shared/personal-data.port';

export type ExportFormat = 'json' | 'html';

export const exportPath = (secret: string, aadObjectId: string, expiresAtMs: number, kind: ExportFormat, lang: Lang): string =>
  `/privacy/export/${encodeURIComponent(aadObjectId)}/${expiresAtMs}.${exportToken(secret, aadObjectId, expiresAtMs)}.${kind}${lang === 'en' ? '?lang=en' : ''}`;

const plain = (status: number, body: string): { status: number; headers: Record<string, string>; body: string } =>
  ({ status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }, body });

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function jsonHtml(v: Json | undefined): string {
  if (v === null || v === undefined) return '–';
  if (Array.isArray(v)) return v.length === 0 ? '–' : `<ul>${v.map((x) => `<li>${jsonHtml(x)}</li>`).join('')}</ul>`;
  if (typeof v === 'object') return `<dl>${Object.entries(v).map(([k, x]) => `<dt>${esc(k)}</dt><dd>${jsonHtml(x)}</dd>`).join('')}</dl>`;
  return esc(String(v));
}

/** The readable download: a self-contained page (no scripts, no outside resources) with every record. */
function readablePage(e: PersonalDataExport, lang: Lang): string {
  const sections = personalDataCategories.map((c) => {
    const of = e.records.filter((r) => r.category === c);
    return of.length === 0 ? '' : `<h2>${esc(pick(categoryNames[c], lang))} (${of.length})</h2>${of.map((r) => `<section>${jsonHtml(r.data)}</section>`).join('')}`;
  }).join('');
  const summary = categoryLines(e.summary, lang).map((l) => `<li>${esc(l.name)}: ${esc(l.value)}</li>`).join('');
  return `<!doctype html><html lang="${lang === 'nb' ? 'nb' : 'en'}"><head><meta charset="utf-8"><title>${esc(pick(t.readableTitle, lang))}</title>`
    + '<style>body{font-family:sans-serif;max-width:50em;margin:2em auto}section{border-top:1px solid #ccc;padding:.5em 0}dt{font-weight:bold}</style></head><body>'
    + `<h1>${esc(pick(t.readableTitle, lang))}</h1><p>${esc(format(t.generated, lang, { when: formatInstant(new Date(e.generatedAt), lang) }))}</p>`
    + `<ul>${summary}</ul>${sections || `<p>${esc(pick(t.nothing, lang))}</p>`}</body></html>`;
}

/** docs/privacy.md: copied next to the compiled route by the build, or read from the repository (tests, dev). */
function privacyNotice(): string | undefined {
  for (const file of [join(__dirname, 'privacy.md'), join(__dirname, '..', '..', '..', '..', 'docs', 'privacy.md')]) {
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return undefined;
}

/**
 * GET /privacy/export/:id/:file (`<expires>.<token>.json|html`): the signed, short-lived download of one
 * person's data, made only for the person who asked in their own 1:1 chat. GET /privacy: the privacy notice.
 */
export function privacyRoutes(deps: PrivacyDeps, secret: () => Promise<string>): HttpRoute[] {
  const notice = privacyNotice();
  return [
    {
      method: 'GET',
      path: '/privacy/export/:id/:file',
      async handle({ params, query }) {
        const lang: Lang = query.lang === 'en' ? 'en' : 'nb';
        const m = /^(\d{13})\.([A-Za-z0-9_-]{32})\.(json|html)$/.exec(params.file ?? '');
        const id = params.id ?? '';
        // A wrong token answers like a missing page: the address tells nothing about whom the bot knows.
        if (!m || !id) return plain(404, 'not found');
        const check = checkExportToken(await secret(), id, Number(m[1]), m[2], deps.clock.now());
        if (check === 'invalid') return plain(404, 'not found');
        if (check === 'expired') return plain(410, pick(t.linkExpired, lang));
        const data = await exportPersonalData(deps, id);
        if (m[3] === 'json') {
          return {
            status: 200, body: JSON.stringify(exportJson(data), null, 2),
            headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Disposition': 'attachment; filename="lederbot-data.json"' },
          };
        }
        return {
          status: 200, body: readablePage(data, lang),
          headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" },
        };
      },
    },
    {
      method: 'GET',
      path: '/privacy',
      handle: () => Promise.resolve(notice
        ? { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }, body: notice }
        : plain(404, 'not found')),
    },
  ];
}
