/**
 * The channels each signing key of the Bot Connector is endorsed for, from the same OpenID metadata botbuilder
 * reads (`endorsements` of each JWKS key): a key endorsed for other channels must not sign Teams activities.
 * Keys are kept for a day; an unknown key id reloads them at most once a minute.
 */
export class ChannelKeyEndorsements {
  private keys: Map<string, readonly string[]> | undefined;
  private loadedAt = 0;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly metadataUrl: string,
    private readonly fetchJson: (url: string) => Promise<unknown> = defaultFetch,
    private readonly now: () => number = Date.now,
  ) {}

  /** The key's endorsements ([] when it has none), or undefined when the key is not in the metadata. */
  async of(kid: string): Promise<readonly string[] | undefined> {
    const age = this.now() - this.loadedAt;
    if (this.loadedAt === 0 || age > 24 * 3_600_000 || (!this.keys?.has(kid) && age > 60_000)) await this.load();
    return this.keys?.get(kid);
  }

  private load(): Promise<void> {
    this.loading ??= (async () => {
      try {
        const meta = await this.fetchJson(this.metadataUrl) as { jwks_uri?: unknown };
        if (typeof meta.jwks_uri !== 'string') throw new Error('OpenID metadata has no jwks_uri');
        const jwks = await this.fetchJson(meta.jwks_uri) as { keys?: Array<{ kid?: unknown; endorsements?: unknown }> };
        const keys = new Map<string, readonly string[]>();
        for (const k of jwks.keys ?? []) {
          if (typeof k.kid !== 'string') continue;
          keys.set(k.kid, Array.isArray(k.endorsements) ? k.endorsements.filter((e): e is string => typeof e === 'string') : []);
        }
        this.keys = keys;
        this.loadedAt = this.now();
      } catch {
        // Unknown keys then fall back to botbuilder's own verification, which reports the failure.
        this.loadedAt = this.now();
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }
}

async function defaultFetch(url: string): Promise<unknown> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url} answered ${r.status}`);
  return r.json();
}
