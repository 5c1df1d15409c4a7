import type { Cohort, Gathering } from '../../../catalog/catalog.schema';
import { format, type Text } from '../../../shared/i18n';
import type { People } from '../../../shared/person-directory';
import { formatWhen } from '../../../catalog/gathering-time';

/** Texts the bookings use cases put into notices and alerts (the Teams side renders its own cards). */
const t = {
  promoted: {
    nb: 'Du har fått plass på {gathering} i {cohort} ({when}). Invitasjonen kommer i Outlook.',
    en: 'A seat opened up: you are now booked into {gathering} in {cohort} ({when}). The invitation comes in Outlook.',
  },
  declined: {
    nb: '{name} har avslått invitasjonen til {gathering} i {cohort} ({when}), og plassen er frigjort (til den første på ventelisten, om noen venter). Du trenger ikke gjøre noe; skal {name} likevel være med, ta kontakt med personen.',
    en: '{name} declined the invitation to {gathering} in {cohort} ({when}), and the seat has been freed (for the first on the waiting list, if anyone is waiting). Nothing needs doing; if {name} should take part after all, please contact them.',
  },
  conflict: {
    nb: '{name} ble ikke påmeldt {gathering} i {cohort}: samlingen kolliderer med {other}, som personen allerede er påmeldt. Avklar med {name} hvilken samling som gjelder.',
    en: '{name} was not booked into {gathering} in {cohort}: it overlaps {other}, which the person is already booked into. Please agree with {name} which gathering applies.',
  },
  noAddress: {
    nb: '{name} er påmeldt samlingene i {cohort}, men verken organisasjonens katalog eller roles.json har e-postadressen til {name}, så Outlook-invitasjonene kan ikke sendes. Legg inn adressen for {name} under «people» i roles.json (se docs), eller inviter personen i Outlook selv.',
    en: '{name} is booked into the gatherings of {cohort}, but neither the organisation\'s directory nor roles.json has {name}\'s mail address, so the Outlook invitations cannot be sent. Add {name}\'s address under "people" in roles.json (see docs), or invite them in Outlook yourself.',
  },
  unnamed: { nb: 'En deltaker uten navn i katalogen', en: 'A participant with no name in the directory' },
} satisfies Record<string, Text>;

const when = (g: Gathering, lang: 'nb' | 'en'): string => formatWhen(g, lang);

function fill(text: Text, params: (lang: 'nb' | 'en') => Record<string, string>): Text {
  return { nb: format(text, 'nb', params('nb')), en: format(text, 'en', params('en')) };
}

/**
 * The name to put in an alert: the one the booking carries, else the one the directory, roles.json or Teams
 * knows now. Undefined only when nobody knows one.
 */
export async function participantName(people: People | undefined, p: { readonly aadObjectId: string; readonly name: string }): Promise<string | undefined> {
  if (p.name.trim()) return p.name.trim();
  return people ? (await people.profile(p.aadObjectId)).name : undefined;
}

const named = (name: string | undefined, l: 'nb' | 'en'): string => name ?? t.unnamed[l];

export const promotedNotice = (cohort: Cohort, g: Gathering): Text =>
  fill(t.promoted, (l) => ({ gathering: g.title[l], cohort: cohort.name[l], when: when(g, l) }));

export const declinedAlert = (name: string | undefined, cohort: Cohort, g: Gathering): Text =>
  fill(t.declined, (l) => ({ name: named(name, l), gathering: g.title[l], cohort: cohort.name[l], when: when(g, l) }));

export const conflictAlert = (name: string | undefined, cohort: Cohort, g: Gathering, other: { cohort: Cohort; gathering: Gathering }): Text =>
  fill(t.conflict, (l) => ({
    name: named(name, l), gathering: g.title[l], cohort: cohort.name[l], other: `${other.gathering.title[l]} (${other.cohort.name[l]})`,
  }));

export const noAddressAlert = (name: string | undefined, cohort: Cohort): Text =>
  fill(t.noAddress, (l) => ({ name: named(name, l), cohort: cohort.name[l] }));
