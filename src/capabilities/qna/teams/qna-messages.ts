import type { Text } from '../../../shared/i18n';

export const qnaMessages = {
  source: { nb: 'Kilde', en: 'Source' },
  contact: { nb: 'Kontakt', en: 'Contact' },
  email: { nb: 'E-post', en: 'Email' },
  phone: { nb: 'Telefon', en: 'Phone' },
  empty: {
    nb: 'Skriv et spørsmål om programmene, for eksempel «Når er neste samling i LEDPRO?», eller «hjelp».',
    en: 'Type a question about the programmes, for example "When is the next LEDPRO gathering?", or "help".',
  },
  badFollowUp: {
    nb: 'Det forslaget kunne jeg ikke lese. Skriv gjerne spørsmålet selv.',
    en: 'I could not read that suggestion. Please type your question instead.',
  },
  askInGroup: { nb: '«spørsmålet ditt»', en: '«your question»' },
  askCommand: { nb: 'spør om et program', en: 'ask about a programme' },
  askDescription: {
    nb: 'avgift, datoer, sted, opptak, innhold og kontaktpersoner',
    en: 'fees, dates, place, admission, content and contact persons',
  },
  nextCommand: { nb: 'neste samling', en: 'next gathering' },
  nextDescription: { nb: 'når og hvor neste samling er', en: 'when and where the next gathering is' },
} satisfies Record<string, Text>;
