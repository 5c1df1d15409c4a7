import { createHash } from 'node:crypto';

/**
 * A post's stable marker: the same for every run of the job that makes the post, different for every other
 * post. It rides in the card (a top-level property renderers ignore), so Graph lists it with the message.
 */
export const MARKER_PROPERTY = 'lederbotPostId';

export function postMarker(jobKey: string, conversationId: string, ordinal: number): string {
  return `lb1.${createHash('sha256').update(`${jobKey}\n${conversationId}\n${ordinal}`).digest('base64url').slice(0, 27)}`;
}

/** The card with its marker. */
export function markCard<T extends object>(card: T, marker: string): T & { [MARKER_PROPERTY]: string } {
  return { ...card, [MARKER_PROPERTY]: marker };
}

/** Whether a card, as Graph gives it (its JSON text) or as an object, carries the marker. */
export function carriesMarker(content: unknown, marker: string): boolean {
  if (typeof content === 'string') {
    try {
      return carriesMarker(JSON.parse(content) as unknown, marker);
    } catch {
      return false;
    }
  }
  return typeof content === 'object' && content !== null && (content as Record<string, unknown>)[MARKER_PROPERTY] === marker;
}
