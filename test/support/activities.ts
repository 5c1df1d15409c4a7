import { randomUUID } from 'node:crypto';

/** Teams-shaped activities for tests and benchmarks: what the Bot Connector posts to /api/messages. */
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const BOT_ID = '28:lederbot';

export interface TestUser {
  readonly id: string;
  readonly aadObjectId: string;
  readonly name: string;
}

export const user = (n: number | string, name = `Bruker ${n}`): TestUser => ({
  id: `29:user-${n}`, aadObjectId: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`, name,
});

interface Base {
  serviceUrl: string;
  from?: TestUser;
  conversationId?: string;
  conversationType?: 'personal' | 'channel' | 'groupChat';
  locale?: string;
  tenantId?: string;
  teamId?: string;
  /** The Entra group id of the channel's team (Teams sends it in channelData.team.aadGroupId). */
  teamAadGroupId?: string;
  channelId?: string;
}

function base(o: Base): Record<string, unknown> {
  const from = o.from ?? user(1);
  const type = o.conversationType ?? 'personal';
  const tenantId = o.tenantId ?? TENANT;
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: o.locale ?? 'nb-NO',
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    recipient: { id: BOT_ID, name: 'Lederbot' },
    conversation: {
      id: o.conversationId ?? (type === 'personal' ? `a:personal-${from.aadObjectId}` : `19:${randomUUID()}@thread.tacv2`),
      conversationType: type, tenantId, isGroup: type !== 'personal',
    },
    channelData: {
      tenant: { id: tenantId },
      ...(o.teamId ? { team: { id: o.teamId, ...(o.teamAadGroupId ? { aadGroupId: o.teamAadGroupId } : {}) } } : {}),
      ...(o.channelId ? { channel: { id: o.channelId } } : {}),
    },
  };
}

export const message = (text: string, o: Base): Record<string, unknown> => ({ ...base(o), type: 'message', text, textFormat: 'plain' });

/** An Action.Execute click: `invoke` named adaptiveCard/action. */
export const execute = (verb: string, data: Record<string, unknown>, o: Base & { replyToId?: string; trigger?: 'manual' | 'automatic' }): Record<string, unknown> => ({
  ...base(o), type: 'invoke', name: 'adaptiveCard/action', replyToId: o.replyToId,
  value: { action: { type: 'Action.Execute', verb, data }, trigger: o.trigger ?? 'manual' },
});

/** An Action.Submit click from an old client: a message with value. */
export const submit = (data: Record<string, unknown>, o: Base & { replyToId?: string }): Record<string, unknown> => ({
  ...base(o), type: 'message', value: data, replyToId: o.replyToId,
});

/** The bot was added to a personal chat, team or group chat. */
export const botAdded = (o: Base): Record<string, unknown> => ({
  ...base(o), type: 'conversationUpdate', membersAdded: [{ id: BOT_ID }],
});

export const installationUpdate = (action: 'add' | 'remove', o: Base): Record<string, unknown> => ({
  ...base(o), type: 'installationUpdate', action,
});
