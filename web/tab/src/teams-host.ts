import { app, authentication } from '@microsoft/teams-js';

export type ThemeName = 'default' | 'dark' | 'contrast';

export interface Host {
  readonly inTeams: boolean;
  readonly locale: string | undefined;
  readonly theme: ThemeName;
  getToken(): Promise<string>;
  onTheme(handler: (theme: ThemeName) => void): void;
}

const asTheme = (t: string | undefined): ThemeName => (t === 'dark' ? 'dark' : t === 'contrast' ? 'contrast' : 'default');

/**
 * A host that hands the page a token without Teams: tests in a headless browser (and a developer's own tools)
 * set it before the page loads. The server checks such a token exactly as one from Teams.
 */
interface TokenProviderWindow { lederbotTokenProvider?: () => Promise<string> }

/** Teams (teams-js v2) when the page runs inside it: its locale and theme, and the SSO token. */
export async function connectHost(): Promise<Host> {
  const w = window as unknown as TokenProviderWindow;
  const params = new URLSearchParams(window.location.search);
  const framed = window.parent !== window;
  if (framed && !w.lederbotTokenProvider) {
    try {
      await Promise.race([app.initialize(), new Promise((_r, reject) => setTimeout(() => reject(new Error('timeout')), 8000))]);
      const ctx = await app.getContext();
      return {
        inTeams: true, locale: ctx.app.locale, theme: asTheme(ctx.app.theme),
        getToken: () => authentication.getAuthToken(),
        onTheme: (handler) => app.registerOnThemeChangeHandler((t) => handler(asTheme(t))),
      };
    } catch {
      // Not Teams after all: fall through to the plain browser.
    }
  }
  const provider = w.lederbotTokenProvider;
  return {
    inTeams: false, locale: params.get('lang') ?? navigator.language, theme: asTheme(params.get('theme') ?? undefined),
    getToken: provider ?? (() => Promise.reject(new Error('not in Teams'))),
    onTheme: () => undefined,
  };
}

export const hasTokenProvider = (): boolean => (window as unknown as TokenProviderWindow).lederbotTokenProvider !== undefined;
