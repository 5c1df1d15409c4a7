import type { AccessToken, TokenCredential } from '@azure/identity';
import { entraPassword, POSTGRES_ENTRA_SCOPE } from './pg-pool';

/** A token service that hands out numbered tokens valid for an hour (the managed identity's endpoint in Azure). */
class TokenService implements TokenCredential {
  readonly scopes: string[] = [];
  constructor(private readonly now: () => number) {}
  getToken(scopes: string | string[]): Promise<AccessToken> {
    this.scopes.push(...(Array.isArray(scopes) ? scopes : [scopes]));
    return Promise.resolve({ token: `token-${this.scopes.length}`, expiresOnTimestamp: this.now() + 3_600_000 });
  }
}

describe('Entra password for Azure Database for PostgreSQL', () => {
  it('asks for the PostgreSQL scope once for concurrent connections, and renews five minutes before expiry', async () => {
    let now = Date.parse('2024-02-01T08:00:00Z');
    const service = new TokenService(() => now);
    const password = entraPassword(service, () => now);
    expect(await Promise.all([password(), password(), password()])).toEqual(['token-1', 'token-1', 'token-1']);
    expect(service.scopes).toEqual([POSTGRES_ENTRA_SCOPE]);
    now += 54 * 60_000;
    expect(await password()).toBe('token-1');
    now += 2 * 60_000;
    expect(await password()).toBe('token-2');
    expect(service.scopes).toHaveLength(2);
  });

  it('fails the connection when no token comes, and asks again next time', async () => {
    let fail = true;
    const password = entraPassword({
      getToken: () => (fail ? Promise.resolve(null) : Promise.resolve({ token: 't', expiresOnTimestamp: Date.now() + 3_600_000 })),
    });
    await expect(password()).rejects.toThrow('no Entra token');
    fail = false;
    expect(await password()).toBe('t');
  });
});
