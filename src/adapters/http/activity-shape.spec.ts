import { activitySchema, parseActivity } from './activity-shape';

const teams = (): Record<string, unknown> => ({
  text: 'Hva koster LEDPRO 1?', type: 'message', id: 'a1', timestamp: '2024-01-10T09:00:00.000Z', locale: 'nb-NO',
  channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/',
  from: { name: 'Kari', aadObjectId: 'aad-1', id: '29:1' }, recipient: { id: '28:bot', name: 'Lederbot' },
  conversation: { conversationType: 'personal', tenantId: 't1', id: 'a:1' },
  channelData: { tenant: { id: 't1' } }, entities: [{ type: 'clientInfo', locale: 'nb-NO' }],
});

/** The same answer as zod's, as JSON text (key order included), with zod's reasons when it refuses. */
const viaZod = (b: unknown): string => {
  const r = activitySchema.safeParse(b);
  return JSON.stringify(r.success ? { data: r.data } : { issues: r.error.issues });
};
const viaFastPath = (b: unknown): string => {
  const r = parseActivity(b);
  return JSON.stringify(r.success ? { data: r.data } : { issues: r.error.issues });
};

describe('parseActivity gives exactly what the activity schema gives', () => {
  const variants: Array<[string, (b: Record<string, unknown>) => unknown]> = [
    ['a Teams message', (b) => b],
    ['no recipient, no text (a card submit)', (b) => { delete b.recipient; delete b.text; return { ...b, value: { verb: 'x' } }; }],
    ['a __proto__ key', (b) => JSON.parse(JSON.stringify(b).replace('{', '{"__proto__":{"polluted":true},')) as unknown],
    ['a __proto__ key in from', (b) => JSON.parse(JSON.stringify(b).replace('"from":{', '"from":{"__proto__":{"x":1},')) as unknown],
    ['numeric keys', (b) => ({ 2: 'two', ...b, 1: 'one' })],
    ['a null recipient', (b) => ({ ...b, recipient: null })],
    ['a null text', (b) => ({ ...b, text: null })],
    ['a number text', (b) => ({ ...b, text: 5 })],
    ['an empty type', (b) => ({ ...b, type: '' })],
    ['a type of 65 characters', (b) => ({ ...b, type: 'x'.repeat(65) })],
    ['a channel id of 64 characters', (b) => ({ ...b, channelId: 'x'.repeat(64) })],
    ['a service URL that is no URL', (b) => ({ ...b, serviceUrl: 'not a url' })],
    ['a service URL over 2,048 characters', (b) => ({ ...b, serviceUrl: `https://x.example/${'a'.repeat(2040)}` })],
    ['a conversation without id', (b) => ({ ...b, conversation: { tenantId: 't' } })],
    ['an id of 1,025 characters', (b) => ({ ...b, from: { id: 'x'.repeat(1025) } })],
    ['a conversation that is an array', (b) => ({ ...b, conversation: ['a'] })],
    ['an array body', () => [teams()]],
    ['a string body', () => 'message'],
    ['null', () => null],
  ];

  it.each(variants)('%s', (_name, make) => {
    const body = make(teams());
    expect(viaFastPath(body)).toBe(viaZod(body));
  });

  it('does not run zod for a usual Teams message, and copies it as zod does', () => {
    const safeParse = jest.spyOn(activitySchema, 'safeParse');
    try {
      const body = teams();
      const r = parseActivity(body);
      expect(safeParse).not.toHaveBeenCalled();
      expect(r.success && r.data).not.toBe(body);
      expect(r.success && r.data.from).not.toBe(body.from);
      safeParse.mockRestore();
      expect(viaFastPath(body)).toBe(viaZod(body));
    } finally {
      safeParse.mockRestore();
    }
  });
});
