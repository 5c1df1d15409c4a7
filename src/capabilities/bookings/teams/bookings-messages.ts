import type { Text } from '../../../shared/i18n';

export const help = {
  mine: {
    command: { nb: 'mine samlinger', en: 'my gatherings' },
    description: { nb: 'Se samlingene du er påmeldt, melde deg av eller på valgfrie økter', en: 'See the gatherings you are booked into, cancel, or book optional sessions' },
  },
} satisfies Record<string, { command: Text; description: Text }>;

export const card = {
  title: { nb: 'Mine samlinger', en: 'My gatherings' },
  none: {
    nb: 'Du er ikke påmeldt noen kommende samlinger. Når en søknad eller nominasjon er godkjent, blir du påmeldt automatisk.',
    en: 'You are not booked into any upcoming gatherings. Once an application or nomination is approved, you are booked automatically.',
  },
  optional: { nb: 'Valgfri økt', en: 'Optional session' },
  cancel: { nb: 'Meld meg av …', en: 'Cancel my place …' },
  book: { nb: 'Meld meg på', en: 'Book me' },
  rebook: { nb: 'Meld meg på igjen', en: 'Book me again' },
  agenda: { nb: 'Program', en: 'Agenda' },
  deadline: { nb: 'Frist her', en: 'Deadline here' },
  deadlineValue: { nb: 'til {at}', en: 'until {at}' },
  join: { nb: 'Bli med i Teams-møtet', en: 'Join the Teams meeting' },
  subscribe: { nb: 'Abonner på samlingene i kalenderen din', en: 'Subscribe to your gatherings in your calendar' },
  cutoff: { nb: 'Påmelding og avmelding her stengte {hours} timer før start (en frist satt av koordinatorene, ikke av programdokumentet). Kontakt koordinator ved behov.', en: 'Booking and cancelling here closed {hours} hours before the start (a deadline set by the coordinators, not by the programme document). Contact the coordinator if needed.' },
  online: { nb: 'Digitalt (Teams)', en: 'Online (Teams)' },
  hybrid: { nb: 'Hybrid: {place} og Teams', en: 'Hybrid: {place} and Teams' },
} satisfies Record<string, Text>;

/** The confirm view a "Meld meg av" click turns the card into: nothing is cancelled until "Ja, meld meg av". */
export const confirm = {
  title: { nb: 'Vil du melde deg av {gathering}?', en: 'Cancel your place at {gathering}?' },
  required: {
    nb: 'Samlingen er en del av kullet ditt. Plassen din kan gå til den første på ventelisten.',
    en: 'This gathering is part of your cohort. Your seat may go to the first person on the waitlist.',
  },
  optional: { nb: 'Dette er en valgfri økt.', en: 'This is an optional session.' },
  waitlisted: { nb: 'Du står på ventelisten og går ut av den.', en: 'You are on the waitlist and will leave it.' },
  back: {
    nb: 'Ombestemmer du deg, kan du melde deg på igjen her til {at} (fristen er satt av koordinatorene), så lenge det er plass; ellers kommer du på venteliste.',
    en: 'If you change your mind, you can book again here until {at} (a deadline set by the coordinators) while there is a seat; otherwise you join the waitlist.',
  },
  backNoDate: {
    nb: 'Ombestemmer du deg, kan du melde deg på igjen her så lenge samlingen ikke har fått datoer og det er plass.',
    en: 'If you change your mind, you can book again here until the gathering gets its dates, while there is a seat.',
  },
  yes: { nb: 'Ja, meld meg av', en: 'Yes, cancel my place' },
  no: { nb: 'Nei, behold plassen', en: 'No, keep my place' },
  cohort: { nb: 'Kull', en: 'Cohort' },
} satisfies Record<string, Text>;

export const status = {
  booked: { nb: 'Påmeldt', en: 'Booked' },
  waitlisted: { nb: 'På venteliste (nr. {position})', en: 'On the waitlist (no. {position})' },
  cancelled: { nb: 'Avmeldt', en: 'Cancelled' },
  declined: { nb: 'Avslått i Outlook', en: 'Declined in Outlook' },
  'not-booked': { nb: 'Ikke påmeldt', en: 'Not booked' },
} satisfies Record<string, Text>;

export const outcome = {
  cancelled: { nb: 'Du er meldt av {gathering}.', en: 'You have cancelled your place at {gathering}.' },
  cancelledBack: { nb: 'Du er meldt av {gathering}. Du kan melde deg på igjen her til {at}.', en: 'You have cancelled your place at {gathering}. You can book again here until {at}.' },
  kept: { nb: 'Ingenting er endret: plassen din på {gathering} står.', en: 'Nothing changed: your place at {gathering} stands.' },
  booked: { nb: 'Du er påmeldt {gathering}. Invitasjonen kommer i kalenderen din.', en: 'You are booked into {gathering}. The invitation comes to your calendar.' },
  waitlisted: { nb: '{gathering} er full. Du står på ventelisten og får beskjed hvis det blir ledig plass.', en: '{gathering} is full. You are on the waitlist and will hear if a seat opens up.' },
  already: { nb: 'Du er allerede påmeldt {gathering}.', en: 'You are already booked into {gathering}.' },
  conflict: { nb: '{gathering} kolliderer med en annen samling du er påmeldt.', en: '{gathering} overlaps another gathering you are booked into.' },
  closed: { nb: 'Fristen her for å melde seg på eller av {gathering} er ute (fristen er satt av koordinatorene, ikke av programdokumentet).', en: 'The deadline here for booking or cancelling {gathering} has passed (set by the coordinators, not by the programme document).' },
  started: { nb: '{gathering} har allerede startet.', en: '{gathering} has already started.' },
  'not-booked': { nb: 'Du er ikke påmeldt {gathering}.', en: 'You are not booked into {gathering}.' },
  'unknown-gathering': { nb: 'Jeg finner ikke den samlingen. Skriv «mine samlinger» for å se listen på nytt.', en: 'I cannot find that gathering. Type "my gatherings" to see the list again.' },
  'not-participant': { nb: 'Du kan bare melde deg på valgfrie økter i kull du er tatt opp i, og på igjen til samlinger du selv har meldt deg av.', en: 'You can only book optional sessions in cohorts you have been admitted to, and book again gatherings you cancelled yourself.' },
  unreadable: { nb: 'Jeg kunne ikke lese handlingen fra kortet. Skriv «mine samlinger» for å få et nytt kort.', en: 'I could not read the action from the card. Type "my gatherings" to get a fresh card.' },
  'no-identity': { nb: 'Jeg vet ikke hvem du er i Microsoft 365, så jeg kan ikke vise påmeldingene dine.', en: 'I do not know who you are in Microsoft 365, so I cannot show bookings.' },
} satisfies Record<string, Text>;
