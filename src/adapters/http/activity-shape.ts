import { z } from 'zod';

/** The least an activity must carry for the bot to answer it; anything else is a 400 with the reason. */
export const activitySchema = z.object({
  type: z.string().min(1).max(64),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.string().url().max(2048),
  conversation: z.object({ id: z.string().min(1).max(1024) }).passthrough(),
  from: z.object({ id: z.string().min(1).max(1024) }).passthrough(),
  recipient: z.object({ id: z.string().min(1).max(1024) }).passthrough().optional(),
  text: z.string().optional(),
}).passthrough();

export type ActivityBody = z.infer<typeof activitySchema>;
export type ActivityParse = { readonly success: true; readonly data: ActivityBody } | { readonly success: false; readonly error: z.ZodError };

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
const text = (v: unknown, min: number, max: number): boolean => typeof v === 'string' && v.length >= min && v.length <= max;
const withId = (v: unknown): v is Plain => isPlain(v) && text(v.id, 1, 1024);

/** Service URLs that parsed as URLs (a deployment sees a handful; bounded so a flood of new ones cannot grow it). */
const goodUrls = new Set<string>();
function isUrl(s: string): boolean {
  if (goodUrls.has(s)) return true;
  try {
    new URL(s); // zod's url check is exactly this
  } catch {
    return false;
  }
  if (goodUrls.size >= 100) goodUrls.clear();
  goodUrls.add(s);
  return true;
}

/**
 * zod's output for a passthrough object: the shape's keys first (those present), then the others in their order,
 * never `__proto__` (ParseStatus.mergeObjectSync); nested shape objects copied the same way.
 */
function copyAs(o: Plain, shape: readonly string[], nested: readonly string[] = []): Plain {
  const out: Plain = {};
  for (const k of shape) {
    if (!(k in o)) continue;
    const v = o[k];
    out[k] = nested.includes(k) ? copyAs(v as Plain, ['id']) : v;
  }
  for (const k in o) {
    if (!shape.includes(k) && k !== '__proto__' && o[k] !== undefined) out[k] = o[k];
  }
  return out;
}

const SHAPE = ['type', 'channelId', 'serviceUrl', 'conversation', 'from', 'recipient', 'text'];
const NESTED = ['conversation', 'from', 'recipient'];

/**
 * activitySchema.safeParse, with a fast path: a body that surely passes every check of the schema (the usual
 * case) is copied the way zod copies it, without zod's machinery, which cost as much as a Q&A answer's card.
 * Any other body, including every one that fails, goes to zod, so the reasons of a 400 are zod's own.
 */
export function parseActivity(body: unknown): ActivityParse {
  if (isPlain(body) && text(body.type, 1, 64) && text(body.channelId, 1, 64)
    && typeof body.serviceUrl === 'string' && body.serviceUrl.length <= 2048 && isUrl(body.serviceUrl)
    && withId(body.conversation) && withId(body.from) && (!('recipient' in body) || withId(body.recipient))
    && (!('text' in body) || typeof body.text === 'string')) {
    return { success: true, data: copyAs(body, SHAPE, NESTED) as ActivityBody };
  }
  return activitySchema.safeParse(body);
}
