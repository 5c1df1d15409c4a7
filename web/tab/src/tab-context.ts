import { createContext, useContext } from 'react';
import type { Auth } from './api';
import type { Lang, TextKey } from './texts';
import { t } from './texts';

export interface TabContextValue {
  readonly auth: Auth;
  readonly lang: Lang;
  /** Bumped after a change so every view reloads what it shows. */
  readonly revision: number;
  readonly changed: () => void;
}

export const TabContext = createContext<TabContextValue | undefined>(undefined);

export function useTab(): TabContextValue & { tr: (key: TextKey, params?: Record<string, string | number>) => string } {
  const v = useContext(TabContext);
  if (!v) throw new Error('TabContext missing');
  return { ...v, tr: (key, params) => t(v.lang, key, params) };
}
