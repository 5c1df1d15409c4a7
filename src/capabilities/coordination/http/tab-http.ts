import type { Request, Response } from 'restify';
import type { ZodType } from 'zod';
import { format, langFromLocale, type Lang, type Params, type Text } from '../../../shared/i18n';
import { tabMessages } from './tab-messages';

/** The tab's language: `?lang=` from the page (Teams' locale), else Accept-Language, else bokmål. */
export function langOf(req: Request): Lang {
  const q = new URL(req.url ?? '/', 'http://x').searchParams.get('lang');
  if (q === 'nb' || q === 'en') return q;
  const header = req.headers['accept-language'];
  return langFromLocale(typeof header === 'string' ? header.split(',')[0] : undefined);
}

export function sendJson(res: Response, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** Every refusal: a status, a code the page can act on, and a message in the caller's language. */
export function sendProblem(res: Response, lang: Lang, status: number, code: keyof typeof tabMessages, params: Params = {}, extra: Record<string, unknown> = {}): void {
  const text: Text = tabMessages[code];
  sendJson(res, status, { error: { status, code, message: format(text, lang, params), ...extra } });
}

export type BodyOutcome<T> = { ok: true; value: T } | { ok: false; status: 400 | 413; detail: string };

/** Reads a JSON body with a hard limit and parses it with the route's schema. */
export function readJson<T>(req: Request, max: number, schema: ZodType<T>): Promise<BodyOutcome<T>> {
  return new Promise((resolve) => {
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') {
      req.resume();
      resolve({ ok: false, status: 400, detail: 'content type must be application/json' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > max) { done = true; resolve({ ok: false, status: 413, detail: `over ${max} bytes` }); return; }
      chunks.push(c);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      let json: unknown;
      try {
        json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        resolve({ ok: false, status: 400, detail: 'not valid JSON' });
        return;
      }
      const parsed = schema.safeParse(json);
      if (parsed.success) resolve({ ok: true, value: parsed.data });
      else resolve({ ok: false, status: 400, detail: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ') });
    });
    req.on('error', () => { if (!done) { done = true; resolve({ ok: false, status: 400, detail: 'body could not be read' }); } });
  });
}
