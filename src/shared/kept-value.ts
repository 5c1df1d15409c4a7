/** A map that keeps values: a Map (which may be bounded) or a WeakMap keyed by objects. */
interface KeptMap<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value `map` keeps for `key`, made by `make` and kept when absent. With `max`, a Map is cleared once it holds
 * that many: a bound for keys that are not fixed (words, texts), where a least-recently-used order would cost more
 * than making again what a clear drops. Values are never undefined (a kept false counts as kept).
 */
export function keptValue<K, V>(map: KeptMap<K, V>, key: K, make: (key: K) => V, max?: number): V {
  const kept = map.get(key);
  if (kept !== undefined) return kept;
  const made = make(key);
  if (max !== undefined && map instanceof Map && map.size >= max) map.clear();
  map.set(key, made);
  return made;
}
