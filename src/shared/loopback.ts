/**
 * Loopback addresses as literals only: `127.0.0.0/8` in dotted-quad form, `::1` and `localhost`. A name that
 * merely starts with "127." (`127.attacker.example`) is a DNS name anyone can point anywhere.
 */
export function isLoopbackAddress(host: string): boolean {
  const h = host.toLowerCase();
  if (h === 'localhost' || h === '::1' || h === '[::1]') return true;
  const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  return m !== null && m.slice(1).every((part) => Number(part) <= 255);
}

/** The host of an HTTP Host header (`host`, `host:port`, `[v6]:port`); undefined when it is not of that form. */
export function hostOfHeader(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]\s]+)(?::(\d{1,5}))?$/i.exec(header.trim());
  if (!m) return undefined;
  return m[1].startsWith('[') ? m[1].slice(1, -1) : m[1];
}
