/**
 * Offline Adaptive Card check with Microsoft's own adaptivecards package (no DOM needed for parsing):
 * unknown element types, bad property values, duplicate input ids and version problems come back as events.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as {
  AdaptiveCard: new () => {
    parse(json: unknown, context: unknown): void;
    validateProperties(): { validationEvents: Array<{ phase: number; event: number; message: string }> };
  };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): { message: string } };
};

export interface CardProblems {
  readonly parse: string[];
  readonly validation: string[];
}

export function validateCard(json: unknown): CardProblems {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const parse: string[] = [];
  for (let i = 0; i < context.eventCount; i += 1) parse.push(context.getEventAt(i).message);
  const validation = card.validateProperties().validationEvents.map((e) => e.message);
  return { parse, validation };
}

/** Throws with every problem listed, for `expect(() => assertValidCard(card)).not.toThrow()`. */
export function assertValidCard(json: unknown): void {
  const p = validateCard(json);
  const all = [...p.parse, ...p.validation];
  if (all.length > 0) throw new Error(`invalid Adaptive Card: ${all.join('; ')}`);
  const root = json as { type?: unknown; version?: unknown };
  if (root.type !== 'AdaptiveCard') throw new Error('root type is not AdaptiveCard');
  if (typeof root.version !== 'string') throw new Error('card has no version');
}
