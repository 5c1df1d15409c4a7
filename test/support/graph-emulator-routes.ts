import { randomBytes } from 'node:crypto';
import type { EmulatedAttendee, EmulatedEvent } from './graph-emulator';

/** A response before it is written, either to the socket or into a $batch answer. */
export interface Reply { status: number; body?: unknown; headers?: Record<string, string> }

/** Thrown by handlers and turned into Graph's error body by the emulator (which knows the request ids). */
export class GraphError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

type Time = { dateTime: string; timeZone: string };
type Json = Record<string, unknown>;

/** Graph refuses an all-day event whose start or end is not midnight or that is not whole days long. */
function allDayValid(e: { start: Time; end: Time }): void {
  const midnight = (t: Time): boolean => /T00:00(:00(\.0+)?)?$/.test(t.dateTime);
  const days = (ms(e.end.dateTime) - ms(e.start.dateTime)) / 86_400_000;
  if (!midnight(e.start) || !midnight(e.end) || !Number.isInteger(days) || days < 1) {
    throw invalid('Your request can\'t be completed. If IsAllDay is true, the start and end times must be at midnight, and at least one day apart.');
  }
}

export const newId = (bytes: number): string => randomBytes(bytes).toString('base64url');
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is Time => isObject(v) && typeof v.dateTime === 'string' && typeof v.timeZone === 'string';
const text = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback);
const invalid = (message: string): GraphError => new GraphError(400, 'ErrorInvalidRequest', message);

/** Milliseconds of a dateTime; one without a zone is read as a wall time on the UTC axis (Graph sends zone-less times). */
export function ms(dateTime: string): number {
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)?$/i.exec(dateTime.trim());
  if (!m) return NaN;
  const fraction = m[2] ? `.${m[2].padEnd(3, '0').slice(0, 3)}` : '';
  return Date.parse(`${m[1]}${fraction}${m[3] ?? 'Z'}`);
}

// Graph speaks Windows zone names as well as IANA ones; these are the ones a Norwegian tenant meets.
const WINDOWS_ZONES: Record<string, string> = {
  'W. Europe Standard Time': 'Europe/Berlin', 'Romance Standard Time': 'Europe/Paris', 'GMT Standard Time': 'Europe/London',
  'Central Europe Standard Time': 'Europe/Budapest', 'Eastern Standard Time': 'America/New_York',
  'Pacific Standard Time': 'America/Los_Angeles', 'Coordinated Universal Time': 'UTC', UTC: 'UTC',
};

function iana(zone: string): string | undefined {
  const name = WINDOWS_ZONES[zone] ?? zone;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name;
  } catch {
    return undefined;
  }
}

function offsetMs(zone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(instant);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** Re-expresses a wall time in another zone, as Prefer: outlook.timezone does; unknown zones are left alone. */
export function convertTime(time: Time, to: string): Time {
  if (time.timeZone === to) return { ...time };
  const from = iana(time.timeZone);
  const target = iana(to);
  const wall = ms(time.dateTime);
  if (from === undefined || target === undefined || Number.isNaN(wall)) return { ...time };
  const utc = wall - offsetMs(from, wall - offsetMs(from, wall));
  return { dateTime: `${new Date(utc + offsetMs(target, utc)).toISOString().slice(0, 19)}.0000000`, timeZone: to };
}

const overlaps = (e: EmulatedEvent, zone: string, from: number, to: number): boolean =>
  ms(convertTime(e.start, zone).dateTime) < to && ms(convertTime(e.end, zone).dateTime) > from;

function attendees(value: unknown, previous: EmulatedAttendee[]): EmulatedAttendee[] {
  if (!Array.isArray(value)) throw invalid('attendees must be a collection.');
  if (value.length > 500) throw invalid('The number of attendees exceeds the maximum of 500.');
  return value.map((a: unknown): EmulatedAttendee => {
    if (!isObject(a) || !isObject(a.emailAddress) || typeof a.emailAddress.address !== 'string') throw invalid('An attendee has no emailAddress.address.');
    const address = a.emailAddress.address;
    const type = a.type === 'optional' || a.type === 'resource' ? a.type : 'required';
    const kept = previous.find((p) => p.emailAddress.address.toLowerCase() === address.toLowerCase());
    const name = typeof a.emailAddress.name === 'string' ? a.emailAddress.name : kept?.emailAddress.name;
    return { emailAddress: name === undefined ? { address } : { address, name }, type,
      status: kept ? { ...kept.status } : { response: 'none', time: '0001-01-01T00:00:00Z' } };
  });
}

/** Prefer header values Graph honours here: outlook.timezone and odata.maxpagesize. */
export function prefer(header: string | undefined): { timeZone?: string; maxPageSize?: number } {
  const zone = /outlook\.timezone\s*=\s*"([^"]+)"/i.exec(header ?? '')?.[1];
  const size = /odata\.maxpagesize\s*=\s*(\d+)/i.exec(header ?? '')?.[1];
  return { ...(zone === undefined ? {} : { timeZone: zone }), ...(size === undefined ? {} : { maxPageSize: Number(size) }) };
}

const encode = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
function decode(token: string): Json {
  try {
    const v: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (isObject(v)) return v;
  } catch { /* falls through to the same error as a well-formed but foreign token */ }
  throw new GraphError(400, 'ErrorInvalidSyncStateData', 'The sync state data is corrupted or otherwise invalid.');
}

type DeltaEntry = { id: string; removed: boolean };

/** The calendars: events per mailbox, with a global modification sequence so delta tokens can say "changed since". */
export class CalendarStore {
  readonly byId = new Map<string, EmulatedEvent>();
  private readonly seq = new Map<string, number>();
  private readonly deleted: Array<{ id: string; mailbox: string; seq: number }> = [];
  private readonly pages = new Map<string, { entries: DeltaEntry[]; size: number; mailbox: string; deltaToken: string }>();
  private counter = 0;

  private touch(e: EmulatedEvent): void {
    e.changeKey = newId(12);
    e.lastModifiedDateTime = new Date().toISOString();
    this.seq.set(e.id, ++this.counter);
  }

  render(e: EmulatedEvent, timeZone?: string): Json {
    const { mailbox, ...rest } = structuredClone(e);
    return { '@odata.etag': `W/"${e.changeKey}"`, ...rest, organizer: { emailAddress: { name: mailbox, address: mailbox } },
      ...(timeZone === undefined ? {} : { start: convertTime(e.start, timeZone), end: convertTime(e.end, timeZone) }) };
  }

  find(mailbox: string, id: string): EmulatedEvent {
    const e = this.byId.get(id);
    if (e?.mailbox !== mailbox) throw new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    return e;
  }

  create(mailbox: string, body: unknown): EmulatedEvent {
    if (!isObject(body) || typeof body.subject !== 'string' || !isTime(body.start) || !isTime(body.end)) {
      throw invalid('An event needs subject, start {dateTime, timeZone} and end {dateTime, timeZone}.');
    }
    const transactionId = typeof body.transactionId === 'string' ? body.transactionId : undefined;
    const existing = [...this.byId.values()].find((e) => transactionId !== undefined && e.mailbox === mailbox && e.transactionId === transactionId);
    if (existing) return existing;
    const now = new Date().toISOString();
    const e: EmulatedEvent = { id: newId(66), mailbox, subject: '', start: body.start, end: body.end, isOnlineMeeting: false, attendees: [],
      isCancelled: false, changeKey: '', lastModifiedDateTime: now, createdDateTime: now, onlineMeeting: null,
      ...(transactionId === undefined ? {} : { transactionId }) };
    this.apply(e, body);
    this.byId.set(e.id, e);
    this.touch(e);
    return e;
  }

  /** Merges writable fields; attendees replace the whole list, as Graph's PATCH does. */
  apply(e: EmulatedEvent, body: unknown): void {
    if (!isObject(body)) throw invalid('The request body must be an object.');
    const next = body.attendees === undefined ? e.attendees : attendees(body.attendees, e.attendees);
    if (body.subject !== undefined) {
      if (typeof body.subject !== 'string') throw invalid('subject must be a string.');
      e.subject = body.subject;
    }
    for (const key of ['start', 'end'] as const) {
      const value = body[key];
      if (value === undefined) continue;
      if (!isTime(value)) throw invalid(`${key} must be {dateTime, timeZone}.`);
      e[key] = { dateTime: value.dateTime, timeZone: value.timeZone };
    }
    if (isObject(body.body)) e.body = { contentType: text(body.body.contentType, 'text'), content: text(body.body.content, '') };
    if (isObject(body.location)) e.location = { displayName: text(body.location.displayName, '') };
    if (typeof body.isAllDay === 'boolean') e.isAllDay = body.isAllDay;
    if (e.isAllDay === true) allDayValid(e);
    if (typeof body.isOnlineMeeting === 'boolean') e.isOnlineMeeting = body.isOnlineMeeting;
    if (typeof body.onlineMeetingProvider === 'string') e.onlineMeetingProvider = body.onlineMeetingProvider;
    e.attendees = next;
    if (e.isOnlineMeeting && e.onlineMeetingProvider === 'teamsForBusiness' && !e.onlineMeeting) {
      e.onlineMeeting = { joinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(e.id)}` };
    }
  }

  patch(e: EmulatedEvent, body: unknown): void {
    this.apply(e, body);
    this.touch(e);
  }

  cancel(e: EmulatedEvent): void {
    if (e.isCancelled) throw invalid('The meeting has already been cancelled.');
    e.isCancelled = true;
    this.touch(e);
  }

  remove(e: EmulatedEvent): void {
    this.byId.delete(e.id);
    this.seq.delete(e.id);
    this.deleted.push({ id: e.id, mailbox: e.mailbox, seq: ++this.counter });
  }

  respond(eventId: string, address: string, response: EmulatedAttendee['status']['response']): void {
    const e = this.byId.get(eventId);
    const attendee = e?.attendees.find((a) => a.emailAddress.address.toLowerCase() === address.toLowerCase());
    if (!e || !attendee) throw new Error(`No attendee ${address} on event ${eventId}`);
    attendee.status = { response, time: new Date().toISOString() };
    this.touch(e);
  }

  /** Free/busy the way getSchedule builds it: own events are busy, invitations tentative until accepted. */
  schedule(body: unknown, exists: (mailbox: string) => boolean): Json {
    if (!isObject(body) || !Array.isArray(body.schedules) || !isTime(body.startTime) || !isTime(body.endTime)) {
      throw invalid('getSchedule needs schedules, startTime and endTime.');
    }
    const { startTime, endTime } = body;
    const schedules = body.schedules.filter((s): s is string => typeof s === 'string');
    if (schedules.length === 0 || schedules.length > 20 || schedules.length !== body.schedules.length) {
      throw invalid('schedules must hold 1 to 20 addresses.');
    }
    const zone = startTime.timeZone;
    const from = ms(startTime.dateTime);
    const to = ms(convertTime(endTime, zone).dateTime);
    const interval = body.availabilityViewInterval === undefined ? 30 : Number(body.availabilityViewInterval);
    if (!(to > from)) throw invalid('endTime must be after startTime.');
    if (to - from >= 62 * 86_400_000) throw invalid('The requested time window must be shorter than 62 days.');
    if (!Number.isInteger(interval) || interval < 5 || interval > 1440) throw invalid('availabilityViewInterval must be 5 to 1440 minutes.');
    const value = schedules.map((scheduleId) => {
      const who = scheduleId.toLowerCase();
      if (!exists(who)) return { scheduleId, availabilityView: '', scheduleItems: [], error: { message: `The user '${scheduleId}' was not found.`, responseCode: 'ErrorMailRecipientNotFound' } };
      const items = [...this.byId.values()].filter((e) => !e.isCancelled && overlaps(e, zone, from, to)).flatMap((e) => {
        const invite = e.attendees.find((a) => a.emailAddress.address.toLowerCase() === who);
        const status = e.mailbox === who || invite?.status.response === 'accepted' ? 'busy'
          : invite && invite.status.response !== 'declined' ? 'tentative' : undefined;
        return status === undefined ? [] : [{ isPrivate: false, status, subject: e.subject, location: e.location?.displayName ?? '',
          start: convertTime(e.start, zone), end: convertTime(e.end, zone) }];
      });
      let view = '';
      for (let t = from; t < to; t += interval * 60_000) {
        const here = items.filter((i) => ms(i.start.dateTime) < t + interval * 60_000 && ms(i.end.dateTime) > t);
        view += here.some((i) => i.status === 'busy') ? '2' : here.length > 0 ? '1' : '0';
      }
      return { scheduleId, availabilityView: view, scheduleItems: items, workingHours: {} };
    });
    return { value };
  }

  /** calendarView/delta: a first sync lists the window, a deltaLink lists what changed since it was issued. */
  delta(mailbox: string, query: URLSearchParams, base: string, preferHeader: string | undefined): Json {
    const { timeZone, maxPageSize } = prefer(preferHeader);
    const skip = query.get('$skiptoken');
    if (skip !== null) {
      const page = this.pages.get(skip);
      if (page?.mailbox !== mailbox) throw new GraphError(400, 'ErrorInvalidSyncStateData', 'The skip token is invalid or expired.');
      this.pages.delete(skip);
      return this.page(page.entries, page.size, mailbox, page.deltaToken, base, timeZone);
    }
    const token = query.get('$deltatoken');
    let window: { m: string; s: number; e: number; q: number };
    let entries: DeltaEntry[];
    if (token !== null) {
      const t = decode(token);
      if (t.m !== mailbox || typeof t.s !== 'number' || typeof t.e !== 'number' || typeof t.q !== 'number') {
        throw new GraphError(400, 'ErrorInvalidSyncStateData', 'The sync state data is corrupted or otherwise invalid.');
      }
      window = { m: mailbox, s: t.s, e: t.e, q: t.q };
      const since = t.q;
      entries = [...this.byId.values()]
        .filter((e) => e.mailbox === mailbox && (this.seq.get(e.id) ?? 0) > since && overlaps(e, 'UTC', window.s, window.e))
        .sort((a, b) => (this.seq.get(a.id) ?? 0) - (this.seq.get(b.id) ?? 0))
        .map((e) => ({ id: e.id, removed: e.isCancelled }))
        .concat(this.deleted.filter((d) => d.mailbox === mailbox && d.seq > since).map((d) => ({ id: d.id, removed: true })));
    } else {
      const s = ms(query.get('startDateTime') ?? '');
      const e = ms(query.get('endDateTime') ?? '');
      if (Number.isNaN(s) || Number.isNaN(e)) {
        throw new GraphError(400, 'ErrorInvalidParameter', 'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.');
      }
      window = { m: mailbox, s, e, q: 0 };
      entries = [...this.byId.values()].filter((ev) => ev.mailbox === mailbox && !ev.isCancelled && overlaps(ev, 'UTC', s, e))
        .map((ev) => ({ id: ev.id, removed: false }));
    }
    window.q = this.counter;
    return this.page(entries, Math.max(1, maxPageSize ?? 50), mailbox, encode(window), base, timeZone);
  }

  private page(entries: DeltaEntry[], size: number, mailbox: string, deltaToken: string, base: string, timeZone?: string): Json {
    const here = entries.slice(0, size);
    const rest = entries.slice(size);
    const link = `${base}/v1.0/users/${encodeURIComponent(mailbox)}/calendarView/delta`;
    const value = here.map(({ id, removed }) => {
      const e = this.byId.get(id);
      return removed || !e ? { '@odata.type': '#microsoft.graph.event', id, '@removed': { reason: 'deleted' } } : this.render(e, timeZone);
    });
    let next: Json;
    if (rest.length > 0) {
      const skip = newId(24);
      this.pages.set(skip, { entries: rest, size, mailbox, deltaToken });
      next = { '@odata.nextLink': `${link}?$skiptoken=${skip}` };
    } else {
      next = { '@odata.deltaLink': `${link}?$deltatoken=${deltaToken}` };
    }
    return { '@odata.context': `${base}/v1.0/$metadata#Collection(event)`, value, ...next };
  }
}

export interface SubRequest { id: string; method: string; url: string; headers: Record<string, string>; body: unknown; dependsOn: string[] }

/** Validates a $batch body into sub-requests; a malformed batch fails as a whole, as Graph's does. */
export function parseBatch(body: unknown): SubRequest[] {
  const bad = (message: string): GraphError => new GraphError(400, 'BadRequest', message);
  if (!isObject(body) || !Array.isArray(body.requests) || body.requests.length === 0) throw bad('Invalid batch payload format.');
  if (body.requests.length > 20) throw bad('Number of batch request steps exceeds the maximum value of 20.');
  const subs = body.requests.map((r: unknown): SubRequest => {
    if (!isObject(r) || typeof r.id !== 'string' || r.id === '' || typeof r.method !== 'string' || typeof r.url !== 'string') {
      throw bad('Each batch request needs id, method and url.');
    }
    const headers = isObject(r.headers) ? Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k, String(v)])) : {};
    const dependsOn = Array.isArray(r.dependsOn) ? r.dependsOn.map(String) : [];
    return { id: r.id, method: r.method.toUpperCase(), url: r.url, headers, body: r.body, dependsOn };
  });
  const ids = new Map(subs.map((s) => [s.id, s]));
  if (ids.size !== subs.length) throw bad('Batch request ids must be unique.');
  const visit = (s: SubRequest, path: Set<string>): void => {
    if (path.has(s.id)) throw bad('Batch dependsOn forms a cycle.');
    for (const d of s.dependsOn) {
      const dep = ids.get(d);
      if (!dep) throw bad(`Batch request ${s.id} depends on unknown request ${d}.`);
      visit(dep, new Set([...path, s.id]));
    }
  };
  subs.forEach((s) => { visit(s, new Set()); });
  return subs;
}

/** Runs sub-requests: independent ones at once (so they contend for the mailbox), dependants after their dependencies. */
export async function runBatch(subs: SubRequest[], run: (sub: SubRequest) => Promise<Reply>, failedDependency: () => Reply): Promise<Reply> {
  const byId = new Map(subs.map((s) => [s.id, s]));
  const started = new Map<string, Promise<Reply>>();
  const start = (s: SubRequest): Promise<Reply> => {
    let p = started.get(s.id);
    if (!p) {
      const deps = s.dependsOn.map((d) => byId.get(d)).filter((d): d is SubRequest => d !== undefined);
      p = deps.length === 0 ? run(s) : Promise.all(deps.map(start)).then((r) => (r.some((x) => x.status >= 400) ? failedDependency() : run(s)));
      started.set(s.id, p);
    }
    return p;
  };
  const replies = await Promise.all(subs.map(start));
  const responses = replies.map((r, i) => ({ id: subs[i].id, status: r.status,
    headers: { ...(r.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...r.headers },
    ...(r.body === undefined ? {} : { body: r.body }) }));
  return { status: 200, body: { responses } };
}
