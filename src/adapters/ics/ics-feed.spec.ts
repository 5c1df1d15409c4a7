import { escapeText, foldLine, renderIcsFeed, type IcsEvent } from './ics-feed';

const NOW = new Date('2024-01-10T08:30:00Z');

const baseEvent = (over: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: 'ledpro-1-2024.samling-1@lederbot',
  sequence: 2,
  summary: 'Samling 1',
  start: '2024-02-15T11:00',
  end: '2024-02-15T15:30',
  status: 'CONFIRMED',
  lastModified: new Date('2024-01-05T09:15:07Z'),
  ...over,
});

const render = (events: IcsEvent[], description?: string): string =>
  renderIcsFeed({ name: 'LedPro 1 – 2024', description, events }, NOW);

// --- A tiny RFC 5545 reader, independent of the renderer, for round-trip checks. ---
interface Prop { name: string; params: Record<string, string>; value: string }
interface Comp { name: string; props: Prop[]; children: Comp[] }

const unfold = (ics: string): string[] => ics.replace(/\r\n[ \t]/g, '').split('\r\n').slice(0, -1);

function parseLine(line: string): Prop {
  let i = 0;
  const read = (stop: string): string => {
    let out = '';
    let quoted = false;
    while (i < line.length && (quoted || !stop.includes(line[i]))) {
      if (line[i] === '"') quoted = !quoted;
      else out += line[i];
      i += 1;
    }
    return out;
  };
  const name = read(';:');
  const params: Record<string, string> = {};
  while (line[i] === ';') {
    i += 1;
    const key = read('=');
    i += 1;
    params[key] = read(';:');
  }
  return { name, params, value: line.slice(i + 1) };
}

function parse(ics: string): Comp {
  const root: Comp = { name: 'ROOT', props: [], children: [] };
  const stack = [root];
  for (const line of unfold(ics)) {
    const prop = parseLine(line);
    const top = stack[stack.length - 1];
    if (prop.name === 'BEGIN') {
      const child: Comp = { name: prop.value, props: [], children: [] };
      top.children.push(child);
      stack.push(child);
    } else if (prop.name === 'END') {
      expect(top.name).toBe(prop.value);
      stack.pop();
    } else top.props.push(prop);
  }
  expect(stack).toHaveLength(1);
  return root.children[0];
}

const unescape = (v: string): string => v.replace(/\\([\\;,nN])/g, (_m, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
const prop = (c: Comp, name: string): Prop | undefined => c.props.find((p) => p.name === name);

describe('renderIcsFeed', () => {
  it('renders the calendar, timezone and event structure with CRLF line endings', () => {
    const ics = render([baseEvent()], 'Samlinger for kullet');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lederbot//Lederbot 1.0//NB\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(ics);
    for (const l of [
      'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:LedPro 1 – 2024', 'X-WR-CALDESC:Samlinger for kullet',
      'X-WR-TIMEZONE:Europe/Oslo', 'TZID:Europe/Oslo', 'TZNAME:CET', 'TZNAME:CEST',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'DTSTART:19701025T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'DTSTART:19700329T020000',
      'UID:ledpro-1-2024.samling-1@lederbot', 'DTSTAMP:20240110T083000Z',
      'DTSTART;TZID=Europe/Oslo:20240215T110000', 'DTEND;TZID=Europe/Oslo:20240215T153000',
      'SUMMARY:Samling 1', 'SEQUENCE:2', 'STATUS:CONFIRMED', 'LAST-MODIFIED:20240105T091507Z',
    ]) expect(lines).toContain(l);

    const cal = parse(ics);
    expect(cal.children.map((c) => c.name)).toEqual(['VTIMEZONE', 'VEVENT']);
    const tz = cal.children[0];
    const std = tz.children.find((c) => c.name === 'STANDARD');
    const dst = tz.children.find((c) => c.name === 'DAYLIGHT');
    expect(std && [prop(std, 'TZOFFSETFROM')?.value, prop(std, 'TZOFFSETTO')?.value]).toEqual(['+0200', '+0100']);
    expect(dst && [prop(dst, 'TZOFFSETFROM')?.value, prop(dst, 'TZOFFSETTO')?.value]).toEqual(['+0100', '+0200']);
    // Optional properties are absent when not given.
    for (const name of ['DESCRIPTION', 'LOCATION', 'URL', 'ORGANIZER', 'ATTENDEE']) {
      expect(prop(cal.children[1], name)).toBeUndefined();
    }
  });

  it('renders an empty feed as a valid calendar with only the timezone', () => {
    const cal = parse(render([]));
    expect(cal.children.map((c) => c.name)).toEqual(['VTIMEZONE']);
  });

  it('escapes TEXT values per RFC 5545 3.3.11', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('bell\u0007tab\tok')).toBe('belltab\tok');
    const ics = render([baseEvent({
      summary: 'Ledelse, kultur; og\\ mer',
      description: 'Linje 1\nLinje 2',
      location: 'Oslo: Rom 3, 2. etg',
    })]);
    const lines = unfold(ics);
    expect(lines).toContain('SUMMARY:Ledelse\\, kultur\\; og\\\\ mer');
    expect(lines).toContain('DESCRIPTION:Linje 1\\nLinje 2');
    expect(lines).toContain('LOCATION:Oslo: Rom 3\\, 2. etg');
  });

  it('renders organizer and attendees, quoting CN when needed and leaving out attendees without email', () => {
    const ics = render([baseEvent({
      organizer: { name: 'Hansen, Kari', email: 'kari@example.no' },
      attendees: [
        { name: 'Ola Nordmann', email: 'ola@example.no', partstat: 'ACCEPTED' },
        { name: 'Uten Epost', partstat: 'NEEDS-ACTION' },
        { name: 'Tom Epost', email: ' ', partstat: 'TENTATIVE' },
        { name: 'Per "P": Berg', email: 'per@example.no', partstat: 'DECLINED' },
      ],
    })]);
    const lines = unfold(ics);
    expect(lines).toContain('ORGANIZER;CN="Hansen, Kari":mailto:kari@example.no');
    expect(lines.filter((l) => l.startsWith('ATTENDEE'))).toEqual([
      'ATTENDEE;CN=Ola Nordmann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ola@example.no',
      'ATTENDEE;CN="Per \'P\': Berg";ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED:mailto:per@example.no',
    ]);
    expect(ics).not.toContain('Uten Epost');
  });

  it('renders cancelled events with STATUS:CANCELLED and the bumped SEQUENCE', () => {
    const lines = unfold(render([baseEvent({ status: 'CANCELLED', sequence: 3 })]));
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines).toContain('SEQUENCE:3');
  });

  it('folds at 75 octets without splitting Norwegian letters or emoji, and unfolding restores the text', () => {
    const description = `Velkommen til første samling på Lillehammer! Vi går gjennom økonomi, ærlighet og ` +
      `årsplaner 🎉🚀. ${'Blåbærsyltetøy og rømmegrøt. '.repeat(6)}Hilsen kursteamet 👋`;
    const ics = render([baseEvent({ summary: 'ø'.repeat(80), description })]);
    const bytes = Buffer.from(ics, 'utf8');
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let startAt = 0;
    const physical: string[] = [];
    for (let i = 0; i < bytes.length - 1; i += 1) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        const segment = bytes.subarray(startAt, i);
        expect(segment.length).toBeLessThanOrEqual(75);
        physical.push(decoder.decode(segment)); // throws if a multi-byte character was cut
        startAt = i + 2;
      }
    }
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    // 'SUMMARY:' is 8 octets and ø is 2: 33 of them make 74, a 34th would overflow to 76.
    const summaryAt = physical.findIndex((l) => l.startsWith('SUMMARY:'));
    expect(Buffer.byteLength(physical[summaryAt])).toBe(74);
    expect(physical[summaryAt + 1]).toBe(` ${'ø'.repeat(37)}`); // 1 + 74 octets
    expect(physical[summaryAt + 2]).toBe(` ${'ø'.repeat(10)}`);

    const event = parse(ics).children[1];
    expect(unescape(prop(event, 'SUMMARY')?.value ?? '')).toBe('ø'.repeat(80));
    expect(unescape(prop(event, 'DESCRIPTION')?.value ?? '')).toBe(description);
  });

  it('never splits a 4-octet emoji across a fold', () => {
    const line = `${'x'.repeat(73)}😀y`;
    const [first, second] = foldLine(line).split('\r\n');
    expect(Buffer.byteLength(first)).toBe(73);
    expect(second).toBe(' 😀y');
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('round-trips its own output through an unfolding parser', () => {
    const events = [
      baseEvent({
        description: 'Tema: strategi; endring, og «ledelse»\nTa med PC\\lader',
        location: 'Scandic Holmenkollen, Oslo',
        url: 'https://lederbot.example.no/samling/1?kull=ledpro-1&x=1;2',
        organizer: { name: 'Kari Hansen', email: 'kari@example.no' },
        attendees: [{ name: 'Åse Øvrebø', email: 'ase@example.no', partstat: 'TENTATIVE' }],
      }),
      baseEvent({ uid: 'ledpro-1-2024.samling-2@lederbot', summary: 'Samling 2', start: '2024-04-10T09:00',
        end: '2024-04-11T16:00', status: 'TENTATIVE', sequence: 0 }),
    ];
    const cal = parse(render(events));
    const vevents = cal.children.filter((c) => c.name === 'VEVENT');
    expect(vevents).toHaveLength(2);
    const [first, second] = vevents;
    expect(unescape(prop(first, 'DESCRIPTION')?.value ?? '')).toBe(events[0].description);
    expect(unescape(prop(first, 'LOCATION')?.value ?? '')).toBe(events[0].location);
    expect(prop(first, 'URL')?.value).toBe(events[0].url);
    expect(prop(first, 'ORGANIZER')).toEqual({ name: 'ORGANIZER', params: { CN: 'Kari Hansen' }, value: 'mailto:kari@example.no' });
    expect(prop(first, 'ATTENDEE')?.params).toEqual({ CN: 'Åse Øvrebø', ROLE: 'REQ-PARTICIPANT', PARTSTAT: 'TENTATIVE' });
    expect(prop(second, 'UID')?.value).toBe('ledpro-1-2024.samling-2@lederbot');
    expect(prop(second, 'DTSTART')).toEqual({ name: 'DTSTART', params: { TZID: 'Europe/Oslo' }, value: '20240410T090000' });
    expect(prop(second, 'DTEND')?.value).toBe('20240411T160000');
    expect(prop(second, 'STATUS')?.value).toBe('TENTATIVE');
  });

  it('rejects start/end that are not local Oslo wall-clock times', () => {
    for (const bad of ['2024-02-15 11:00', '2024-02-15T11:00Z', '2024-02-15', '2024-02-30T11:00', '2024-02-15T24:00',
      '2024-13-01T10:00', '2024-02-15T11:60']) {
      expect(() => render([baseEvent({ start: bad })])).toThrow(/start must be a local Oslo time 'YYYY-MM-DDTHH:mm'/);
    }
    expect(() => render([baseEvent({ end: '15.02.2024 12:00' })])).toThrow(/ledpro-1-2024.samling-1@lederbot.*end/);
    expect(() => render([baseEvent({ end: '2024-02-15T10:59' })])).toThrow(/end '2024-02-15T10:59' is before start/);
    expect(() => render([baseEvent({ sequence: -1 })])).toThrow(/sequence/);
    expect(() => renderIcsFeed({ name: 'x', events: [] }, new Date(NaN))).toThrow(/invalid Date/);
  });

  it('keeps control characters out of URIs so a value cannot inject extra properties', () => {
    const ics = render([baseEvent({ url: 'https://x.no/\r\nATTENDEE:mailto:evil@x.no' })]);
    expect(unfold(ics).filter((l) => l.startsWith('ATTENDEE'))).toEqual([]);
  });
});

describe('all-day events', () => {
  it('writes days without hours as VALUE=DATE with the exclusive end date', () => {
    const ics = render([baseEvent({ start: '2024-02-15T00:00', end: '2024-02-17T00:00', allDay: true })]);
    expect(ics).toContain('DTSTART;VALUE=DATE:20240215\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20240217\r\n');
    expect(ics).not.toContain('DTSTART;TZID');
  });

  it('refuses an all-day event that does not run from midnight to a later midnight', () => {
    expect(() => render([baseEvent({ start: '2024-02-15T11:00', end: '2024-02-17T00:00', allDay: true })])).toThrow(/midnight/);
    expect(() => render([baseEvent({ start: '2024-02-15T00:00', end: '2024-02-15T00:00', allDay: true })])).toThrow(/midnight/);
  });
});
