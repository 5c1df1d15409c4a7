/** What the bot knows about its app in one person's personal scope. */
export type Installation =
  | { readonly status: 'installed'; readonly chatId: string; readonly at: string }
  | { readonly status: 'blocked'; readonly at: string };

/** Teams' answer to opening a 1:1 chat with someone the app is not installed for. */
export const isNotInstalledRefusal = (code: string): boolean => code.startsWith('teams-403');
