/** Action.Execute verbs of the bookings cards (Action.Submit fallbacks carry the same value in `verb`). */
export const BOOKING_VERBS = {
  cancel: 'bookings.cancel',
  book: 'bookings.book',
  /** Shows the list again (after an action, or from a notice). */
  mine: 'bookings.mine',
} as const;

export type BookingVerb = (typeof BOOKING_VERBS)[keyof typeof BOOKING_VERBS];
