/** Action.Execute verbs of the check-in cards (the Action.Submit fallback carries the same value in `verb`). */
export const CHECKIN_VERBS = {
  answer: 'checkins.answer',
  /** Teams asks for the viewer's own view of the card (refresh.userIds) when it is shown. */
  refresh: 'checkins.refresh',
  /** "Link" on the coordinator's base groups card. */
  import: 'checkins.import',
  /** Move and Skip (or take back) a round on the coordinator's plan card. */
  move: 'checkins.move',
  skip: 'checkins.skip',
} as const;

export type CheckinVerb = (typeof CHECKIN_VERBS)[keyof typeof CHECKIN_VERBS];
