import type { Cohort, Gathering } from '../../../catalog/catalog.schema';
import { format, type Text } from '../../../shared/i18n';
import { formatWhen } from '../../../catalog/gathering-time';

/** Texts the bookings use cases put into notices and alerts (the Teams side renders its own cards). */
const t = {
  promoted: {
    nb: 'Du har fått plass på {gathering} i {cohort} ({when}). Invitasjonen kommer i Outlook.',
    en: 'A seat opened up: you are now booked into {gathering} in {cohort} ({when}). The invitation comes in Outlook.',
  },
  declined: {
    nb: '{name} har avslått invitasjonen til {gathering} i {cohort} ({when}). Plassen er frigjort.',
    en: '{name} declined the invitation to {gathering} in {cohort} ({when}). The seat has been freed.',
  },
  conflict: {
    nb: '{name} ble ikke påmeldt {gathering} i {cohort}: samlingen kolliderer med {other}, som personen allerede er påmeldt.',
    en: '{name} was not booked into {gathering} in {cohort}: it overlaps {other}, which the person is already booked into.',
  },
  noAddress: {
    nb: '{name} er påmeldt {cohort}, men har ingen e-postadresse i katalogen, så Outlook-invitasjonene kan ikke sendes. Legg inn adressen i roles.json (people).',
    en: '{name} is booked into {cohort} but has no mail address in the directory, so the Outlook invitations cannot be sent. Add the address in roles.json (people).',
  },
} satisfies Record<string, Text>;

const when = (g: Gathering, lang: 'nb' | 'en'): string => formatWhen(g, lang);

function fill(text: Text, params: (lang: 'nb' | 'en') => Record<string, string>): Text {
  return { nb: format(text, 'nb', params('nb')), en: format(text, 'en', params('en')) };
}

export const promotedNotice = (cohort: Cohort, g: Gathering): Text =>
  fill(t.promoted, (l) => ({ gathering: g.title[l], cohort: cohort.name[l], when: when(g, l) }));

export const declinedAlert = (name: string, cohort: Cohort, g: Gathering): Text =>
  fill(t.declined, (l) => ({ name, gathering: g.title[l], cohort: cohort.name[l], when: when(g, l) }));

export const conflictAlert = (name: string, cohort: Cohort, g: Gathering, other: { cohort: Cohort; gathering: Gathering }): Text =>
  fill(t.conflict, (l) => ({
    name, gathering: g.title[l], cohort: cohort.name[l], other: `${other.gathering.title[l]} (${other.cohort.name[l]})`,
  }));

export const noAddressAlert = (name: string, cohort: Cohort): Text =>
  fill(t.noAddress, (l) => ({ name, cohort: cohort.name[l] }));
