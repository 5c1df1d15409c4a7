import type { Text } from '../../../shared/i18n';
import type { PersonalDataCategory } from '../../../shared/personal-data.port';

export const help = {
  mine: {
    command: { nb: 'mine data', en: 'my data' },
    description: { nb: 'Se og laste ned det Lederbot lagrer om deg', en: 'See and download what Lederbot keeps about you' },
  },
  erase: {
    command: { nb: 'slett mine data', en: 'delete my data' },
    description: { nb: 'Slette dataene dine (du bekrefter først)', en: 'Erase your data (you confirm first)' },
  },
} satisfies Record<string, { command: Text; description: Text }>;

export const categoryNames: Record<PersonalDataCategory, Text> = {
  profile: { nb: 'Navn og e-post', en: 'Name and e-mail' },
  conversations: { nb: 'Samtalen med Lederbot', en: 'Your chat with Lederbot' },
  nominations: { nb: 'Nominasjoner og søknader', en: 'Nominations and applications' },
  decisions: { nb: 'Beslutninger og handlinger', en: 'Decisions and actions' },
  bookings: { nb: 'Påmeldinger til samlinger', en: 'Gathering bookings' },
  'base-groups': { nb: 'Basisgrupper', en: 'Base groups' },
  'checkin-answers': { nb: 'Svar på sjekk-inn', en: 'Check-in answers' },
};

export const texts = {
  title: { nb: 'Dine data i Lederbot', en: 'Your data in Lederbot' },
  intro: {
    nb: 'Dette lagrer Lederbot om deg nå. Bare du får denne oversikten og nedlastingen.',
    en: 'This is what Lederbot keeps about you now. Only you get this overview and the download.',
  },
  nothing: { nb: 'Lederbot lagrer ingenting om deg utover denne samtalen.', en: 'Lederbot keeps nothing about you beyond this chat.' },
  count: { nb: '{count} stk.', en: '{count}' },
  span: { nb: '{count} stk., {first} – {last}', en: '{count}, {first} – {last}' },
  single: { nb: '{count} stk., {first}', en: '{count}, {first}' },
  downloadJson: { nb: 'Last ned (JSON)', en: 'Download (JSON)' },
  downloadReadable: { nb: 'Last ned (lesbar)', en: 'Download (readable)' },
  linkValid: { nb: 'Lenkene virker i 15 minutter og bare for deg. Skriv «mine data» for nye.', en: 'The links work for 15 minutes and only for you. Type "my data" for new ones.' },
  privacyNotice: { nb: 'Personvernerklæring', en: 'Privacy notice' },
  eraseTitle: { nb: 'Slette dataene dine?', en: 'Erase your data?' },
  eraseIntro: {
    nb: 'Dette sletter svarene dine på sjekk-inn, melder deg av alle samlinger (også i Outlook), fjerner deg fra basisgrupper og sletter navn, e-post og samtalen. Nominasjoner og beslutninger beholdes bare så langt programmet må, under et pseudonym og uten begrunnelser. Koordinatorene får beskjed uten navnet ditt. Det kan ikke angres.',
    en: 'This deletes your check-in answers, cancels all your bookings (in Outlook too), removes you from base groups and deletes your name, e-mail and this chat\'s record. Nominations and decisions are kept only as far as the programme must, under a pseudonym and without reasons. The coordinators are told, without your name. It cannot be undone.',
  },
  eraseConfirm: { nb: 'Ja, slett dataene mine', en: 'Yes, erase my data' },
  eraseKeep: { nb: 'Nei, behold dem', en: 'No, keep them' },
  erased: {
    nb: 'Dataene dine er slettet. Lederbot husker deg ikke lenger; skriver du igjen, lagres bare det som trengs for å svare deg.',
    en: 'Your data is erased. Lederbot no longer remembers you; if you write again, only what is needed to answer you is kept.',
  },
  erasedNothing: { nb: 'Det var ingen data om deg å slette.', en: 'There was no data about you to erase.' },
  kept: { nb: 'Greit, ingenting er slettet.', en: 'All right, nothing was erased.' },
  personalOnly: {
    nb: 'Dette viser jeg bare i en 1:1-samtale med deg. Skriv «{command}» til meg der.',
    en: 'I only show this in a 1:1 chat with you. Write "{command}" to me there.',
  },
  noIdentity: { nb: 'Jeg vet ikke hvem du er i Teams, så jeg kan ikke finne dataene dine.', en: 'I do not know who you are in Teams, so I cannot find your data.' },
  linkExpired: { nb: 'Lenken er utløpt. Skriv «mine data» til Lederbot for en ny.', en: 'The link has expired. Type "my data" to Lederbot for a new one.' },
  readableTitle: { nb: 'Dine data i Lederbot', en: 'Your data in Lederbot' },
  generated: { nb: 'Laget {when}', en: 'Made {when}' },
} satisfies Record<string, Text>;
