/** Card verbs of the Q&A capability (shared by the card templates' data and the routes). */
export const QNA_VERBS = {
  /** A follow-up suggestion was clicked: answer its query as if the user had typed it. */
  ask: 'qna.ask',
} as const;
