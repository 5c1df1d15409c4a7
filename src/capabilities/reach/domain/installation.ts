/** What the bot knows about its app in one person's personal scope. */
export type Installation =
  | { readonly status: 'installed'; readonly chatId: string; readonly at: string }
  | { readonly status: 'blocked'; readonly at: string };

/** Teams' answer to opening a 1:1 chat with someone the app is not installed for. */
export const isNotInstalledRefusal = (code: string): boolean => code.startsWith('teams-403');

/**
 * A block is asked about again after a day: an administrator may have allowed the app since the coordinators were
 * told. (Their alert is not repeated: it is one per person.)
 */
export const BLOCK_RECHECK_MS = 24 * 60 * 60_000;

export const isFreshBlock = (i: Installation | undefined, now: Date): boolean =>
  i?.status === 'blocked' && !(now.getTime() - Date.parse(i.at) >= BLOCK_RECHECK_MS);
