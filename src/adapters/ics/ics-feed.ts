import { OSLO } from '../../shared/oslo-time';

/**
 * RFC 5545 iCalendar feed renderer for calendar subscriptions (per participant / per cohort).
 * Pure: the caller supplies `now` (DTSTAMP) so output is deterministic and testable.
 */

export type IcsPartstat = 'NEEDS-ACTION' | 'ACCEPTED' | 'DECLINED' | 'TENTATIVE';

export interface IcsEvent {
  /** Stable across renders, e.g. "ledpro-1-2024.samling-1@lederbot"; clients use it to update in place. */
  uid: string;
  /** Bump when details change so clients accept the update. */
  sequence: number;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  /** Local Europe/Oslo wall-clock 'YYYY-MM-DDTHH:mm'. */
  start: string;
  end: string;
  /** Whole days without hours: start and end are midnights (end exclusive) and are written as VALUE=DATE. */
  allDay?: boolean;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  lastModified: Date;
  organizer?: { name: string; email: string };
  attendees?: ReadonlyArray<{ name: string; email?: string; partstat: IcsPartstat }>;
}

export interface IcsFeed {
  name: string;
  description?: string;
  events: readonly IcsEvent[];
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** Control characters other than HTAB are not allowed in TEXT (RFC 5545 3.3.11); CR/LF are handled first. */
const FORBIDDEN_CTL = /[\u0000-\u0008\u000A-\u001F\u007F]/g;

/** RFC 5545 3.3.11 TEXT escaping. Newlines of any flavour become the literal "\n". */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(FORBIDDEN_CTL, '');
}

/**
 * Parameter values (RFC 5545 3.1): DQUOTE can never appear, and ":;," force quoting.
 * Newlines are flattened to spaces because parameters have no escape mechanism.
 */
function paramValue(value: string): string {
  const clean = value.replace(/\r\n|\r|\n/g, ' ').replace(FORBIDDEN_CTL, '').replace(/"/g, "'");
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** URIs are not TEXT-escaped, but stray control characters would break the line structure (header injection). */
function uriValue(value: string): string {
  return value.replace(/[\r\n]/g, '').replace(FORBIDDEN_CTL, '');
}

const utf8Length = (s: string): number => Buffer.byteLength(s, 'utf8');

/**
 * Folds one content line to ≤ 75 octets per physical line (RFC 5545 3.1). Iterating the string yields whole
 * code points, so a UTF-8 multi-byte sequence (æøå, emoji surrogate pairs) is never split across lines.
 */
export function foldLine(line: string): string {
  if (utf8Length(line) <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // Continuation lines start with a space, which counts towards their 75 octets.
  let budget = MAX_LINE_OCTETS;
  for (const ch of line) {
    const size = utf8Length(ch);
    if (octets + size > budget) {
      parts.push(current);
      current = '';
      octets = 0;
      budget = MAX_LINE_OCTETS - 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** 'YYYY-MM-DDTHH:mm' → 'YYYYMMDDTHHMMSS' after checking it is a real calendar date and time. */
function localToIcs(local: string, field: string, uid: string): string {
  const m = LOCAL_RE.exec(local);
  const [y, mo, d, h, mi] = m ? m.slice(1).map(Number) : [];
  // Round-tripping through Date.UTC rejects e.g. 2024-02-30 or 25:00 that the regex alone would accept.
  const valid = m !== null && h < 24 && mi < 60 && (() => {
    const t = new Date(Date.UTC(y, mo - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
  })();
  if (!valid) {
    throw new Error(`ICS event "${uid}": ${field} must be a local Oslo time 'YYYY-MM-DDTHH:mm', got '${local}'`);
  }
  return `${local.slice(0, 4)}${local.slice(5, 7)}${local.slice(8, 10)}T${local.slice(11, 13)}${local.slice(14, 16)}00`;
}

/** UTC form 'YYYYMMDDTHHMMSSZ' required for DTSTAMP and LAST-MODIFIED. */
function utcStamp(instant: Date, field: string): string {
  if (Number.isNaN(instant.getTime())) throw new Error(`ICS: ${field} is an invalid Date`);
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** Fixed rules rather than historical transitions: Norway has followed EU DST rules since 1980 and clients accept it. */
const VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${OSLO}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function renderEvent(event: IcsEvent, dtstamp: string): string[] {
  const start = localToIcs(event.start, 'start', event.uid);
  const end = localToIcs(event.end, 'end', event.uid);
  // Same fixed-width format, so string order is chronological order.
  if (end < start) throw new Error(`ICS event "${event.uid}": end '${event.end}' is before start '${event.start}'`);
  if (!Number.isInteger(event.sequence) || event.sequence < 0) {
    throw new Error(`ICS event "${event.uid}": sequence must be a non-negative integer, got ${String(event.sequence)}`);
  }
  if (event.allDay === true && (!start.endsWith('T000000') || !end.endsWith('T000000') || end === start)) {
    throw new Error(`ICS event "${event.uid}": an all-day event runs from midnight to a later midnight`);
  }
  // RFC 5545 3.6.1: a DATE-valued DTEND is the day after the last day (exclusive), as in the draft.
  const times = event.allDay === true
    ? [`DTSTART;VALUE=DATE:${start.slice(0, 8)}`, `DTEND;VALUE=DATE:${end.slice(0, 8)}`]
    : [`DTSTART;TZID=${OSLO}:${start}`, `DTEND;TZID=${OSLO}:${end}`];
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${dtstamp}`,
    ...times,
    `SUMMARY:${escapeText(event.summary)}`,
    `SEQUENCE:${String(event.sequence)}`,
    `STATUS:${event.status}`,
    `LAST-MODIFIED:${utcStamp(event.lastModified, `LAST-MODIFIED of "${event.uid}"`)}`,
  ];
  if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location !== undefined) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url !== undefined) lines.push(`URL:${uriValue(event.url)}`);
  if (event.organizer) {
    lines.push(`ORGANIZER;CN=${paramValue(event.organizer.name)}:mailto:${uriValue(event.organizer.email)}`);
  }
  for (const a of event.attendees ?? []) {
    // An ATTENDEE is a cal-address; without an email there is nothing valid to put after the colon.
    if (a.email === undefined || a.email.trim() === '') continue;
    lines.push(
      `ATTENDEE;CN=${paramValue(a.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=${a.partstat}:mailto:${uriValue(a.email)}`,
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/** Renders a complete VCALENDAR; every content line folded and CRLF-terminated, including the last. */
export function renderIcsFeed(feed: IcsFeed, now: Date): string {
  const dtstamp = utcStamp(now, 'now');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Lederbot//Lederbot 1.0//NB',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(feed.name)}`,
    ...(feed.description !== undefined ? [`X-WR-CALDESC:${escapeText(feed.description)}`] : []),
    `X-WR-TIMEZONE:${OSLO}`,
    ...VTIMEZONE,
    ...feed.events.flatMap((e) => renderEvent(e, dtstamp)),
    'END:VCALENDAR',
  ];
  return lines.map((l) => foldLine(l) + CRLF).join('');
}
