import type { Text } from '../../../shared/i18n';

/** What the tab API says when it refuses, in the caller's language (the page shows it as it is). */
export const tabMessages = {
  unauthorized: { nb: 'Du er ikke logget inn. Åpne fanen i Teams på nytt.', en: 'You are not signed in. Open the tab in Teams again.' },
  forbidden: { nb: 'Du er ikke koordinator for dette kullet.', en: 'You are not a coordinator of this cohort.' },
  forbiddenProgram: { nb: 'Du kan bare opprette kull i programmer der du er koordinator.', en: 'You can only create cohorts in programmes you coordinate.' },
  notFound: { nb: 'Fant ikke det du ba om i dette kullet.', en: 'That was not found in this cohort.' },
  badRequest: { nb: 'Forespørselen er ugyldig: {detail}', en: 'The request is not valid: {detail}' },
  tooLarge: { nb: 'Forespørselen er for stor.', en: 'The request is too large.' },
  invalidCohort: { nb: 'Kullet er ikke gyldig: {detail}', en: 'The cohort is not valid: {detail}' },
  notEditable: { nb: 'Kull fra programdokumentene endres i katalogfilene, ikke her.', en: "Cohorts from the programme documents are changed in the catalog files, not here." },
  conflict: { nb: 'Noen andre endret dette samtidig. Last inn på nytt og prøv igjen.', en: 'Someone else changed this at the same time. Reload and try again.' },
  reasonRequired: { nb: 'Skriv en begrunnelse for avslaget.', en: 'Write a reason for the rejection.' },
  reasonTooLong: { nb: 'Begrunnelsen kan ha høyst {max} tegn.', en: 'The reason can have at most {max} characters.' },
  cohortFull: { nb: 'Kullet er fullt ({capacity} plasser). Sett nominasjonen på venteliste i stedet.', en: 'The cohort is full ({capacity} seats). Waitlist the nomination instead.' },
  busy: { nb: 'Mange endringer samtidig. Prøv igjen om et øyeblikk.', en: 'Many changes at once. Try again in a moment.' },
  decisionNotAllowed: { nb: 'Nominasjonen er allerede avgjort eller trukket, så den kan ikke endres.', en: 'The nomination is already decided or withdrawn, so it cannot be changed.' },
  unknownGathering: { nb: 'Kullet har ingen slik samling.', en: 'The cohort has no such gathering.' },
  internal: { nb: 'Noe gikk galt hos oss. Prøv igjen senere.', en: 'Something went wrong on our side. Try again later.' },
} satisfies Record<string, Text>;
