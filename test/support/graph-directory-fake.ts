import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { makeTestCertificate } from './test-certificate';

/**
 * A loopback HTTPS stand-in for Graph's directory: transitive user members of groups, paged with
 * @odata.nextLink, Graph's error body, and 429 with Retry-After on demand. It records the bearer tokens it saw.
 */
export class GraphDirectoryFake {
  readonly groups = new Map<string, string[]>();
  readonly tokens: string[] = [];
  pageSize = 2;
  throttleNext = 0;
  requests = 0;
  certFile = '';
  private server: Server | undefined;

  get url(): string {
    return `https://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  async start(): Promise<void> {
    const tls = makeTestCertificate();
    this.certFile = tls.certFile;
    this.server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
      this.requests += 1;
      this.tokens.push(String(req.headers.authorization ?? ''));
      const url = new URL(req.url ?? '/', this.url);
      const error = (status: number, code: string, message: string, headers: Record<string, string> = {}): void => {
        res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
        res.end(JSON.stringify({ error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': randomUUID(), 'client-request-id': String(req.headers['client-request-id'] ?? '') } } }));
      };
      if (this.throttleNext > 0) {
        this.throttleNext -= 1;
        error(429, 'TooManyRequests', 'Too many requests', { 'Retry-After': '1' });
        return;
      }
      const m = /^\/v1\.0\/groups\/([^/]+)\/transitiveMembers\/microsoft\.graph\.user$/.exec(url.pathname);
      if (!m) { error(404, 'Request_ResourceNotFound', 'Resource not found'); return; }
      const members = this.groups.get(decodeURIComponent(m[1]));
      if (!members) { error(404, 'Request_ResourceNotFound', `Resource '${m[1]}' does not exist.`); return; }
      const skip = Number(url.searchParams.get('$skiptoken') ?? 0);
      const value = members.slice(skip, skip + this.pageSize).map((id) => ({ '@odata.type': '#microsoft.graph.user', id }));
      const next = skip + this.pageSize < members.length
        ? `${this.url}/v1.0/groups/${m[1]}/transitiveMembers/microsoft.graph.user?$select=id&$skiptoken=${skip + this.pageSize}` : undefined;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ '@odata.context': `${this.url}/v1.0/$metadata#directoryObjects`, value, ...(next ? { '@odata.nextLink': next } : {}) }));
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}
