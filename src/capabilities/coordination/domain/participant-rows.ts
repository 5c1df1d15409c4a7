import type { Cohort, Gathering, Program } from '../../../catalog/catalog.schema';
import type { Lang, Text } from '../../../shared/i18n';
import { toOsloLocal } from '../../../shared/oslo-time';
import type { Booking, BookingStatus } from '../../bookings/domain/booking';

/**
 * The participant list of one gathering for the hotel and the faculty: one row per person with a seat, on the
 * waitlist or declined, dates in Norwegian style (dd.mm.åååå, 24-hour times) in either language.
 */
export interface ParticipantRow {
  readonly name: string;
  readonly email: string;
  readonly status: string;
  /** Order of arrival; the waitlist is promoted in this order. */
  readonly seq: number;
  readonly program: string;
  readonly cohort: string;
  readonly gathering: string;
  readonly dates: string;
  readonly place: string;
  readonly updated: string;
}

export const columns: ReadonlyArray<{ readonly key: keyof ParticipantRow; readonly title: Text }> = [
  { key: 'name', title: { nb: 'Navn', en: 'Name' } },
  { key: 'email', title: { nb: 'E-post', en: 'Email' } },
  { key: 'status', title: { nb: 'Status', en: 'Status' } },
  { key: 'seq', title: { nb: 'Nr.', en: 'No.' } },
  { key: 'program', title: { nb: 'Program', en: 'Programme' } },
  { key: 'cohort', title: { nb: 'Kull', en: 'Cohort' } },
  { key: 'gathering', title: { nb: 'Samling', en: 'Gathering' } },
  { key: 'dates', title: { nb: 'Dato', en: 'Date' } },
  { key: 'place', title: { nb: 'Sted', en: 'Place' } },
  { key: 'updated', title: { nb: 'Sist endret', en: 'Last changed' } },
];

const statusText: Record<BookingStatus, Text> = {
  booked: { nb: 'Påmeldt', en: 'Booked' },
  waitlisted: { nb: 'Venteliste', en: 'Waitlist' },
  declined: { nb: 'Avslått i kalenderen', en: 'Declined in the calendar' },
  cancelled: { nb: 'Avmeldt', en: 'Cancelled' },
};

/** "2024-02-15" → "15.02.2024". */
export const norwegianDate = (isoDate: string): string => `${isoDate.slice(8, 10)}.${isoDate.slice(5, 7)}.${isoDate.slice(0, 4)}`;

/** An instant as Oslo wall-clock time, "15.02.2024 11:00". */
export const norwegianDateTime = (instant: Date): string => {
  const local = toOsloLocal(instant);
  return `${norwegianDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
};

export function norwegianWhen(g: Gathering): string {
  if (g.start && g.end) {
    const sameDay = g.start.slice(0, 10) === g.end.slice(0, 10);
    return sameDay ? `${norwegianDate(g.start)} kl. ${g.start.slice(11, 16)}–${g.end.slice(11, 16)}`
      : `${norwegianDate(g.start)} kl. ${g.start.slice(11, 16)} – ${norwegianDate(g.end)} kl. ${g.end.slice(11, 16)}`;
  }
  if (g.firstDay && g.lastDay) return g.firstDay === g.lastDay ? norwegianDate(g.firstDay) : `${norwegianDate(g.firstDay)}–${norwegianDate(g.lastDay)}`;
  return g.period ? `${g.period.slice(5, 7)}.${g.period.slice(0, 4)}` : '';
}

const ORDER: readonly BookingStatus[] = ['booked', 'waitlisted', 'declined', 'cancelled'];

export function participantRows(program: Program, cohort: Cohort, g: Gathering, bookings: readonly Booking[], lang: Lang): ParticipantRow[] {
  const place = [g.place?.name, g.place?.address, g.place?.city].filter((x): x is string => Boolean(x)).join(', ');
  return [...bookings]
    .sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || a.seq - b.seq)
    .map((b) => ({
      name: b.participant.name, email: b.participant.email ?? '', status: statusText[b.status][lang], seq: b.seq,
      program: program.name[lang], cohort: cohort.name[lang], gathering: `${g.number}. ${g.title[lang]}`, dates: norwegianWhen(g), place,
      updated: norwegianDateTime(new Date(b.updatedAt)),
    }));
}

/**
 * CSV as Excel in Norway opens it: semicolon-separated (the comma is the decimal sign), UTF-8 with a byte order
 * mark so æøå survive, CRLF line ends, quotes where a value needs them. A value starting with = + - @ is
 * prefixed with ' so a spreadsheet never runs a name as a formula.
 */
export function toCsv(rows: readonly ParticipantRow[], lang: Lang): string {
  const cell = (v: string | number): string => {
    let s = String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [columns.map((c) => cell(c.title[lang])).join(';'), ...rows.map((r) => columns.map((c) => cell(r[c.key])).join(';'))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
