import { catalogSchema } from '../../../catalog/catalog.schema';
import type { Booking } from '../../bookings/domain/booking';
import { norwegianWhen, participantRows, toCsv } from './participant-rows';

const program = catalogSchema.parse({ version: 1, programs: [{
  id: 'p', provider: 'X', name: { nb: 'Programmet', en: 'The programme' }, source: { title: 't', file: 'f' },
  facts: [{ id: 'f', topic: 'overview', section: { nb: 's', en: 's' }, text: { nb: 't', en: 't' }, quotes: ['q'] }],
}] }).programs[0];
const g = { id: 'g1', number: 1, title: { nb: 'Oppstart', en: 'Kick-off' }, start: '2027-02-11T10:00', end: '2027-02-12T15:00', mode: 'onsite' as const, optional: false, evidence: [], assumptions: [], place: { name: 'Hotell «Fjord»; sal 2', city: 'Hamar' } };
const cohort = { id: 'c', name: { nb: 'Kull 2027', en: 'Cohort 2027' }, year: 2027, bookingCutoffHours: 48, example: false, gatherings: [g], evidence: [], assumptions: [] };
const booking = (name: string, status: Booking['status'], seq: number, email?: string): Booking => ({
  cohortId: 'c', gatheringId: 'g1', participant: { aadObjectId: `id-${seq}`, name, ...(email ? { email } : {}) }, status, seq,
  source: 'nomination', sourceId: 'n', updatedAt: '2026-12-01T08:30:00Z',
});

describe('participant rows', () => {
  it('writes dates the Norwegian way in both languages', () => {
    expect(norwegianWhen(g)).toBe('11.02.2027 kl. 10:00 – 12.02.2027 kl. 15:00');
    expect(norwegianWhen({ ...g, start: undefined, end: undefined, firstDay: '2027-02-11', lastDay: '2027-02-12' })).toBe('11.02.2027–12.02.2027');
    const [row] = participantRows(program, cohort, g, [booking('Ola', 'booked', 1)], 'en');
    expect(row).toMatchObject({ dates: '11.02.2027 kl. 10:00 – 12.02.2027 kl. 15:00', updated: '01.12.2026 09:30', status: 'Booked' });
  });

  it('lists seats first, then the waitlist, then declines, each in arrival order', () => {
    const rows = participantRows(program, cohort, g, [booking('C', 'waitlisted', 3), booking('B', 'declined', 2), booking('A', 'booked', 4), booking('D', 'booked', 1)], 'nb');
    expect(rows.map((r) => `${r.name}:${r.status}`)).toEqual(['D:Påmeldt', 'A:Påmeldt', 'C:Venteliste', 'B:Avslått i kalenderen']);
  });

  it('makes CSV Excel opens in Norway: BOM, semicolons, quotes where needed, no formulas', () => {
    const csv = toCsv(participantRows(program, cohort, g, [booking('=HYPERLINK("x")', 'booked', 1, 'a@b.no')], 'nb'), 'nb');
    expect(csv.startsWith('\uFEFFNavn;E-post;Status;')).toBe(true);
    const line = csv.split('\r\n')[1];
    expect(line.startsWith(`"'=HYPERLINK(""x"")";a@b.no;Påmeldt;1;Programmet;Kull 2027;1. Oppstart;`)).toBe(true);
    expect(line).toContain(';"Hotell «Fjord»; sal 2, Hamar";');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
