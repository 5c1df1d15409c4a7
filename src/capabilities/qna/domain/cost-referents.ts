// The cost a follow-up points at with "det", "it" or "den summen", named so the reader reads it as asked.

/**
 * "er det dyrere enn semesteravgiften?" right after the hotel's price: "it" is the cost just given, set against the
 * one named (the stay or the participation fee, by the last topic).
 */
const IT_COMPARED = /^((?:(?:og|and|men|but|så|so)\s+)?(?:er|is|koster|kostar|costs?|blir|was)\s+)(det|den|it|that)(\s+(?:dyrere|dyrare|billigere|billegare|mer|meir|mindre|more expensive|cheaper|more|less)\b)/i;
const COST_OF_TOPIC: Readonly<Record<string, { nb: string; en: string }>> = {
  lodging: { nb: 'hotellet', en: 'the hotel' },
  fee: { nb: 'deltakeravgiften', en: 'the participation fee' },
};
export function costNamed(question: string, lastTopic: string | undefined): string {
  const noun = lastTopic ? COST_OF_TOPIC[lastTopic] : undefined;
  const q = question.trim();
  if (!noun || !IT_COMPARED.test(q)) return question;
  return q.replace(IT_COMPARED, (_x, before: string, it: string, after: string) => `${before}${/^(it|that)$/i.test(it) ? noun.en : noun.nb}${after}`);
}

/** "Er semesteravgiften inkludert i den summen?" right after the fee: "the sum" is the participation fee. */
const IN_THE_SUM = /\b(i|in) (den|denne|that|this|the) (summen|prisen|beløpet|sum|price|amount)\b/;
export function feeNamed(question: string, lastTopic: string | undefined): string {
  if (lastTopic !== 'fee' || !IN_THE_SUM.test(question)) return question;
  return question.replace(IN_THE_SUM, (_m, prep: string) => (prep === 'i' ? 'i deltakeravgiften' : 'in the participation fee'));
}
