import { useEffect, useState } from 'react';
import { api } from './api';
import { useTab } from './tab-context';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ok'; data: T };

/** GETs a path whenever it, the language or the tab's revision changes. */
export function useApi<T>(path: string | undefined): Loaded<T> {
  const { auth, lang, revision } = useTab();
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    if (!path) return undefined;
    let live = true;
    setLoaded((l) => (l.state === 'ok' ? l : { state: 'loading' }));
    api<T>(auth, lang, path).then((r) => {
      if (live) setLoaded(r.ok ? { state: 'ok', data: r.data } : { state: 'error', message: r.message });
    }, (e: unknown) => { if (live) setLoaded({ state: 'error', message: String(e) }); });
    return () => { live = false; };
  }, [auth, lang, path, revision]);
  return loaded;
}
