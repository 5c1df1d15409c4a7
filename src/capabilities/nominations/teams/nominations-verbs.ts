/** Action.Execute verbs of the nominations cards (Action.Submit fallbacks carry the same value in `verb`). */
export const VERBS = {
  submit: 'nominations.submit',
  approve: 'nominations.approve',
  reject: 'nominations.reject',
  waitlist: 'nominations.waitlist',
  decline: 'nominations.decline',
  withdraw: 'nominations.withdraw',
  /** The coordinator card's `refresh` action: each coordinator's own, current view. */
  refresh: 'nominations.refresh',
} as const;

export type NominationVerb = (typeof VERBS)[keyof typeof VERBS];
