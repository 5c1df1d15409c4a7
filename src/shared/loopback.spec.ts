import { hostOfHeader, isLoopbackAddress } from './loopback';

describe('loopback literals', () => {
  it.each(['127.0.0.1', '127.1.2.3', '127.255.255.255', '::1', '[::1]', 'localhost', 'LOCALHOST'])('accepts %s', (h) => {
    expect(isLoopbackAddress(h)).toBe(true);
  });

  it.each(['127.attacker.example', '127.0.0.1.nip.io', '127.0.0.256', '128.0.0.1', '0.0.0.0', 'localhost.', 'evil-localhost', '::', '::ffff:7f00:1', ''])('refuses %s', (h) => {
    expect(isLoopbackAddress(h)).toBe(false);
  });

  it('reads the host of Host headers', () => {
    expect(hostOfHeader('127.0.0.1:3978')).toBe('127.0.0.1');
    expect(hostOfHeader('[::1]:3978')).toBe('::1');
    expect(hostOfHeader('localhost')).toBe('localhost');
    expect(hostOfHeader('127.attacker.example:80')).toBe('127.attacker.example');
    expect(hostOfHeader('a b')).toBeUndefined();
    expect(hostOfHeader('::1:3978')).toBeUndefined();
    expect(hostOfHeader(undefined)).toBeUndefined();
  });
});
