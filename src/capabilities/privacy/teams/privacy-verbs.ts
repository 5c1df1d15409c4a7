/** Action.Execute verbs of the privacy cards (Action.Submit fallbacks carry the same value in `verb`). */
export const PRIVACY_VERBS = {
  /** Confirms "delete my data": the person erased is always the caller, never anyone the card names. */
  erase: 'privacy.erase',
  /** Keeps everything and says so. */
  keep: 'privacy.keep',
} as const;
