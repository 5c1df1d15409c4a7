import type { Server } from 'node:http';
import { createServer } from 'node:https';
import { makeTestCertificate } from './test-certificate';
import type { AddressInfo } from 'node:net';

/**
 * A loopback Azure OpenAI chat-completions endpoint (`POST /openai/deployments/{d}/chat/completions`):
 * answers from a test's function of the messages, or fails as the service does (429 with Retry-After, 500,
 * or no answer at all), and records what it was sent.
 */
export type FakeMode = { kind: 'answer'; reply: (messages: Array<{ role: string; content: string }>) => string }
  | { kind: 'status'; status: 429 | 500; retryAfter?: number } | { kind: 'hang' };

export class OpenAiFake {
  readonly requests: Array<{ path: string; headers: Record<string, string | string[] | undefined>; body: { messages: Array<{ role: string; content: string }> } }> = [];
  mode: FakeMode = { kind: 'answer', reply: () => 'ok' };
  private server: Server | undefined;

  /** The certificate file to trust (NODE_EXTRA_CA_CERTS) in the process that calls this fake. */
  certFile = '';

  get endpoint(): string {
    return `https://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  async start(): Promise<void> {
    const tls = makeTestCertificate();
    this.certFile = tls.certFile;
    this.server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { messages: Array<{ role: string; content: string }> };
        this.requests.push({ path: req.url ?? '', headers: req.headers, body });
        const m = this.mode;
        if (m.kind === 'hang') return;
        if (m.kind === 'status') {
          res.writeHead(m.status, { 'Content-Type': 'application/json', ...(m.retryAfter ? { 'Retry-After': String(m.retryAfter) } : {}) });
          res.end(JSON.stringify({ error: { code: m.status === 429 ? '429' : 'InternalServerError', message: 'fake failure' } }));
          return;
        }
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({
          id: 'chatcmpl-fake', object: 'chat.completion', created: Math.floor(Date.now() / 1000), model: 'gpt-4o',
          choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: m.reply(body.messages) } }],
          usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
        }));
      });
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}
