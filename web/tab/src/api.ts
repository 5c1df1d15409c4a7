import type { Lang } from './texts';

/** How the page proves who is asking: a Teams SSO token, or the local mode's header on loopback. */
export interface Auth {
  readonly mode: 'sso' | 'local';
  headers(): Promise<Record<string, string>>;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string };

async function problem(r: Response): Promise<{ ok: false; status: number; message: string }> {
  try {
    const body = await r.json() as { error?: { message?: string } };
    return { ok: false, status: r.status, message: body.error?.message ?? `HTTP ${r.status}` };
  } catch {
    return { ok: false, status: r.status, message: `HTTP ${r.status}` };
  }
}

export async function api<T>(auth: Auth, lang: Lang, path: string, init: { method?: string; body?: unknown } = {}): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { ...(await auth.headers()), 'Accept-Language': lang };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const r = await fetch(`/api/tab${path}`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  if (!r.ok) return problem(r);
  return { ok: true, data: await r.json() as T };
}

/** Downloads with the bearer token (a plain link cannot carry it), then saves the file through a blob link. */
export async function download(auth: Auth, lang: Lang, path: string): Promise<ApiResult<string>> {
  const r = await fetch(`/api/tab${path}`, { headers: { ...(await auth.headers()), 'Accept-Language': lang } });
  if (!r.ok) return problem(r);
  const name = /filename="([^"]+)"/.exec(r.headers.get('content-disposition') ?? '')?.[1] ?? 'export';
  const url = URL.createObjectURL(await r.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true, data: name };
}

export async function serverMode(): Promise<'sso' | 'local'> {
  const r = await fetch('/api/tab/mode');
  const body = await r.json() as { mode: 'sso' | 'local' };
  return body.mode;
}
