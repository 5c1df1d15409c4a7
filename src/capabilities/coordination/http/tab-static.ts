import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Request, Response, Server } from 'restify';

/** The bundled page (scripts/build-tab.js writes it to dist/tab), found from src/ under ts-jest and from dist/. */
export const TAB_DIR = [join(__dirname, '..', '..', '..', '..', 'tab'), join(__dirname, '..', '..', '..', '..', 'dist', 'tab')]
  .find((d) => existsSync(join(d, 'index.html'))) ?? join(__dirname, '..', '..', '..', '..', 'tab');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8',
};

/**
 * Teams shows the tab in an iframe of its own origins only; the page loads nothing from elsewhere (it is
 * bundled), so scripts, styles and requests stay on this origin.
 */
const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "connect-src 'self'",
  "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.cloud.microsoft https://*.office.com https://*.cloud.microsoft https://*.skype.com",
].join('; ');

export function registerTabStatic(server: Server, dir: string = TAB_DIR): void {
  const serve = async (req: Request, res: Response): Promise<void> => {
    const rel = req.path() === '/tab' || req.path() === '/tab/' ? 'index.html' : decodeURIComponent(req.path().slice('/tab/'.length));
    const file = normalize(join(dir, rel));
    if (!file.startsWith(dir + sep) || !TYPES[extname(file)]) { res.writeHead(404, { 'Content-Type': 'text/plain' }); res.end('not found'); return; }
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end(rel === 'index.html' ? 'the tab is not built: run npm run build' : 'not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)], 'Content-Length': body.length, 'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff', 'Cache-Control': extname(file) === '.html' ? 'no-cache' : 'public, max-age=300',
    });
    res.end(body);
  };
  server.get('/tab', serve);
  server.get('/tab/*', serve);
}
