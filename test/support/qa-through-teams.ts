import { message, user } from './activities';
import type { ConnectorEmulator, ReceivedActivity } from './connector-emulator';
import type { InProcessBot } from './in-process-bot';
import { judge, seenKind, type QaCase, type SeenKind } from './qa-cases';
import { DEFAULT_NOW } from './qa-runner';

const cardOf = (r: ReceivedActivity): Record<string, unknown> | undefined =>
  (r.activity.attachments as Array<{ contentType: string; content: Record<string, unknown> }> | undefined)
    ?.find((x) => x.contentType === 'application/vnd.microsoft.card.adaptive')?.content;

/** What a person sees of a reply: the notification summary and the card's texts. */
export function seenText(r: ReceivedActivity): string {
  const card = cardOf(r);
  const texts: string[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      // A non-breaking space (inside numbers: "53 000") looks like any space to the reader.
      if (o.type === 'TextBlock' && typeof o.text === 'string') texts.push(o.text.replace(/\u00a0/g, ' '));
      if (o.type === 'FactSet' && Array.isArray(o.facts)) for (const f of o.facts as Array<{ title: string; value: string }>) texts.push(`${f.title}: ${f.value}`);
      Object.values(o).forEach(walk);
    }
  };
  walk(card?.body);
  return texts.length > 0 ? texts.join('\n') : typeof r.activity.text === 'string' ? r.activity.text : '';
}

/** Sends a case's turns in one 1:1 chat through /api/messages and judges the last reply as a person sees it. */
export async function askThroughTeams(bot: InProcessBot, teams: ConnectorEmulator, serviceUrl: string, c: QaCase, n: number):
Promise<{ text: string; kind: SeenKind; problems: string[] }> {
  bot.clock.set(c.now ?? DEFAULT_NOW);
  const conversationId = `a:qa-${n}-${c.id}`;
  let last: ReceivedActivity | undefined;
  for (const turn of [...c.before, c.q]) {
    const before = teams.sentTo(conversationId).length;
    const activity = message(turn, { serviceUrl, from: user(7000 + (n % 500)), conversationId, locale: c.lang === 'nb' ? 'nb-NO' : 'en-US' });
    // A kept-alive socket the server has just closed fails before the request is sent (undici); send it again.
    const r = await bot.post(activity).catch(async (e: unknown) => {
      if (e instanceof TypeError && teams.sentTo(conversationId).length === before) return bot.post(activity);
      throw e;
    });
    if (r.status !== 200) throw new Error(`HTTP ${r.status} for "${turn}"`);
    await teams.waitFor(() => teams.sentTo(conversationId).length > before, 5_000, `reply to "${turn}"`);
    last = teams.sentTo(conversationId)[before];
    bot.clock.advance(60_000);
  }
  if (!last) throw new Error('no turn');
  const text = seenText(last);
  // The card names its sources under "Kilde"/"Source" (answer-card.ts); small talk and refusals have none.
  const kind = seenKind(text, /"(Kilde|Source): /.test(JSON.stringify(cardOf(last) ?? {})));
  return { text, kind, problems: judge(c, kind, text) };
}
