import type { Params, Text } from '../../../shared/i18n';

/** The numbers and ids an error carries (count, max, groupId) fill the placeholders of its message. */
export const errorParams = (o: object): Params => Object.fromEntries(
  Object.entries(o).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'),
);

/**
 * Command syntax as people see it. Placeholders are in «», never <…>: Teams reads <kull-id> as markup and
 * shows a bare "basisgrupper".
 */
export const syntax = {
  link: { nb: 'koble basisgruppe «kull-id» «navn»', en: 'link base group «cohort-id» «name»' },
  groups: { nb: 'basisgrupper «kull-id»', en: 'base groups «cohort-id»' },
  plan: { nb: 'sjekk inn plan «kull-id»', en: 'checkin plan «cohort-id»' },
  move: { nb: 'flytt sjekk inn «runde-id» «ÅÅÅÅ-MM-DD TT:mm»', en: 'move checkin «round-id» «YYYY-MM-DD HH:mm»' },
  skip: { nb: 'hopp over sjekk inn «runde-id»', en: 'skip checkin «round-id»' },
} satisfies Record<string, Text>;

export const help = {
  link: {
    command: syntax.link,
    description: {
      nb: 'Koble denne gruppechatten eller kanalen til et kull som basisgruppe med sjekk-inner mellom samlingene',
      en: 'Link this group chat or channel to a cohort as a base group with check-ins between gatherings',
    },
  },
  groups: {
    command: syntax.groups,
    description: {
      nb: 'Se kullets basisgrupper og koble flere gruppechatter eller kanaler på én gang (koordinator)',
      en: 'See a cohort\'s base groups and link several group chats or channels at once (coordinator)',
    },
  },
  plan: {
    command: syntax.plan,
    description: { nb: 'Se når sjekk-innene i et kull postes (koordinator)', en: 'See when a cohort\'s check-ins are posted (coordinator)' },
  },
  move: {
    command: { nb: `${syntax.move.nb} / ${syntax.skip.nb}`, en: `${syntax.move.en} / ${syntax.skip.en}` },
    description: { nb: 'Flytt eller hopp over en sjekk-inn for hele kullet (koordinator)', en: 'Move or skip a check-in for the whole cohort (coordinator)' },
  },
} satisfies Record<string, { command: Text; description: Text }>;

/** The answer to a command typed without (readable) arguments: how to write it, and the ids the person may use. */
export const usage = {
  write: { nb: 'Skriv: {command}', en: 'Type: {command}' },
  example: { nb: 'For eksempel: {example}', en: 'For example: {example}' },
  cohorts: { nb: 'Kull du kan bruke: {ids}', en: 'Cohorts you can use: {ids}' },
  noCohorts: {
    nb: 'Kommandoen er for koordinatorer, og du er ikke registrert som koordinator for noe kull. Spør en koordinator om du mener dette er feil.',
    en: 'This command is for coordinators, and you are not registered as a coordinator of any cohort. Ask a coordinator if you think this is wrong.',
  },
  noCohortsLink: {
    nb: 'Kommandoen er for koordinatorer og fasilitatorer, og du er ikke registrert som noen av delene for noe kull. Spør en koordinator om du mener dette er feil.',
    en: 'This command is for coordinators and facilitators, and you are not registered as either for any cohort. Ask a coordinator if you think this is wrong.',
  },
  rounds: { nb: 'Runde-id-ene står i oversikten du får med {plan}.', en: 'The round ids are listed by {plan}.' },
} satisfies Record<string, Text>;

export const card = {
  title: { nb: 'Refleksjon etter samling {n}', en: 'Reflection after gathering {n}' },
  progress: { nb: '{answered} av {members} har svart', en: '{answered} of {members} have answered' },
  deadline: { nb: 'Frist', en: 'Deadline' },
  answeredLabel: { nb: 'Svar', en: 'Answers' },
  textLabel: { nb: 'Ditt svar til basisgruppen', en: 'Your answer to the base group' },
  placeholder: { nb: 'Skriv et kort notat …', en: 'Write a short note …' },
  submit: { nb: 'Send svar', en: 'Send answer' },
  update: { nb: 'Oppdater svaret', en: 'Update my answer' },
  refresh: { nb: 'Vis mitt svar', en: 'Show my answer' },
  yours: { nb: 'Ditt svar', en: 'Your answer' },
  others: { nb: 'Svar fra gruppen', en: 'Answers from the group' },
  closed: { nb: 'Runden er avsluttet. Oppsummeringen er postet i gruppen.', en: 'This round is closed. The digest has been posted in the group.' },
  notOpen: { nb: 'Runden åpner {at}.', en: 'This round opens {at}.' },
  editableUntil: { nb: 'Du kan endre svaret ditt fram til fristen.', en: 'You can change your answer until the deadline.' },
  noChoice: { nb: '(ikke valgt)', en: '(not chosen)' },
} satisfies Record<string, Text>;

export const digestText = {
  title: { nb: 'Oppsummering: refleksjon etter samling {n}', en: 'Digest: reflection after gathering {n}' },
  counts: { nb: '{answered} av {members} svarte', en: '{answered} of {members} answered' },
  missing: { nb: 'Har ikke svart: {names}', en: 'Did not answer: {names}' },
  none: { nb: 'Ingen svarte på denne runden.', en: 'Nobody answered this round.' },
  facilitator: { nb: 'Til deg som fasilitator for {group}.', en: 'For you as facilitator of {group}.' },
} satisfies Record<string, Text>;

export const reminder = {
  text: {
    nb: 'Påminnelse: basisgruppen {group} venter på refleksjonen din etter samling {n}. Fristen er {deadline}.',
    en: 'Reminder: your base group {group} is waiting for your reflection after gathering {n}. The deadline is {deadline}.',
  },
} satisfies Record<string, Text>;

/** Banners on the answer card, by outcome (error codes of submitAnswer and the edge's own). */
export const outcome = {
  saved: { nb: 'Takk! Svaret ditt er lagret.', en: 'Thank you! Your answer is saved.' },
  'unknown-group': { nb: 'Jeg finner ikke denne basisgruppen lenger.', en: 'I cannot find this base group any more.' },
  'not-a-member': { nb: 'Bare medlemmer av basisgruppen kan svare på denne sjekk-innen.', en: 'Only members of the base group can answer this check-in.' },
  'unknown-round': { nb: 'Denne sjekk-innen finnes ikke lenger (den kan være hoppet over).', en: 'This check-in no longer exists (it may have been skipped).' },
  'round-not-posted': { nb: 'Denne sjekk-innen er ikke åpnet ennå.', en: 'This check-in has not opened yet.' },
  'round-not-open': { nb: 'Denne sjekk-innen er ikke åpnet ennå.', en: 'This check-in has not opened yet.' },
  'round-closed': { nb: 'Fristen er ute, så svaret kan ikke endres lenger.', en: 'The deadline has passed, so the answer can no longer be changed.' },
  'answer-empty': { nb: 'Skriv noe eller gjør et valg før du sender.', en: 'Write something or make a choice before sending.' },
  'answer-too-long': { nb: 'Svaret er for langt (høyst {max} tegn).', en: 'The answer is too long (at most {max} characters).' },
  'choice-unknown': { nb: 'Et av valgene finnes ikke lenger. Prøv igjen.', en: 'One of the choices no longer exists. Please try again.' },
  conflict: { nb: 'Noe ble endret samtidig. Prøv igjen.', en: 'Something changed at the same time. Please try again.' },
  unreadable: { nb: 'Jeg kunne ikke lese handlingen fra kortet.', en: 'I could not read the action from the card.' },
  'no-identity': { nb: 'Jeg vet ikke hvem du er i Microsoft 365, så jeg kan ikke lagre svaret.', en: 'I do not know who you are in Microsoft 365, so I cannot save the answer.' },
} satisfies Record<string, Text>;

/** Replies to the commands, by outcome (error codes of the use cases and the edge's own). */
export const command = {
  linked: { nb: 'Basisgruppen «{name}» i {cohort} er koblet med {members} medlemmer.', en: 'The base group "{name}" in {cohort} is linked with {members} members.' },
  facilitator: { nb: 'Fasilitator: {name}.', en: 'Facilitator: {name}.' },
  rounds: { nb: 'Planlagte sjekk-inner:', en: 'Planned check-ins:' },
  noRounds: { nb: 'Ingen flere sjekk-inner er planlagt i dette kullet.', en: 'No more check-ins are planned in this cohort.' },
  roundLine: { nb: '• {round}: postes {post}, frist {digest}', en: '• {round}: posted {post}, deadline {digest}' },
  remindPart: { nb: ', påminnelse {remind}', en: ', reminder {remind}' },
  skippedMark: { nb: ' (hoppet over)', en: ' (skipped)' },
  movedMark: { nb: ' (flyttet)', en: ' (moved)' },
  shiftedPart: { nb: ' (flyttet til en virkedag: {items})', en: ' (moved to a working day: {items})' },
  shiftedItem: { nb: '{what} fra {from}, {reason}', en: '{what} from {from}, {reason}' },
  workingDays: {
    nb: 'Sjekk-inner, påminnelser og oppsummeringer sendes på virkedager kl. {time}: aldri i helger, på helligdager eller i {months} (da flyttes de til neste virkedag; en oppsummering som da ville falle på første samlingsdag, kommer virkedagen før).',
    en: 'Check-ins, reminders and digests are sent on working days at {time}: never on weekends, public holidays or in {months} (they move to the next working day; a digest that would then fall on the first day of the gathering comes the working day before).',
  },
  workingDaysNoBreak: {
    nb: 'Sjekk-inner, påminnelser og oppsummeringer sendes på virkedager kl. {time}: aldri i helger eller på helligdager (da flyttes de til neste virkedag; en oppsummering som da ville falle på første samlingsdag, kommer virkedagen før).',
    en: 'Check-ins, reminders and digests are sent on working days at {time}: never on weekends or public holidays (they move to the next working day; a digest that would then fall on the first day of the gathering comes the working day before).',
  },
  preview: { nb: 'Sjekk-inner i {cohort} ({groups} basisgrupper):', en: 'Check-ins in {cohort} ({groups} base groups):' },
  moved: { nb: 'Sjekk-innen {id} er flyttet. Den postes {post}.', en: 'The check-in {id} is moved. It will be posted {post}.' },
  skipped: { nb: 'Sjekk-innen {id} er hoppet over for hele kullet.', en: 'The check-in {id} is skipped for the whole cohort.' },
  badTime: { nb: 'Skriv tiden som ÅÅÅÅ-MM-DD TT:mm, for eksempel 2024-03-01 09:00.', en: 'Write the time as YYYY-MM-DD HH:mm, for example 2024-03-01 09:00.' },
  membersFailed: { nb: 'Jeg fikk ikke hentet medlemmene i samtalen. Prøv igjen om litt.', en: 'I could not fetch the members of this conversation. Please try again shortly.' },
  'no-identity': { nb: 'Jeg vet ikke hvem du er i Microsoft 365.', en: 'I do not know who you are in Microsoft 365.' },
  'not-allowed': { nb: 'Bare koordinatorer i kullet (eller fasilitatoren) kan gjøre dette.', en: 'Only the cohort\'s coordinators (or the facilitator) can do this.' },
  'facilitator-not-named': {
    nb: 'Fasilitatoren er ikke registrert som fasilitator eller koordinator for kullet i roles.json. Be en koordinator legge personen til.',
    en: 'The facilitator is not registered as a facilitator or coordinator of the cohort in roles.json. Ask a coordinator to add them.',
  },
  'unknown-cohort': { nb: 'Jeg finner ikke kullet «{cohortId}».', en: 'I cannot find the cohort "{cohortId}".' },
  'no-checkin-plan': { nb: 'Programmet til dette kullet har ingen sjekk-inner.', en: 'This cohort\'s programme has no check-ins.' },
  'not-a-group-conversation': { nb: 'En basisgruppe må kobles i en gruppechat eller kanal, ikke i en 1:1-chat.', en: 'A base group must be linked in a group chat or channel, not in a 1:1 chat.' },
  'name-empty': { nb: 'Gi basisgruppen et navn med bokstaver eller tall.', en: 'Give the base group a name with letters or digits.' },
  'name-taken': { nb: 'Navnet er allerede brukt av en annen basisgruppe ({groupId}).', en: 'The name is already used by another base group ({groupId}).' },
  'conversation-linked-elsewhere': { nb: 'Denne samtalen er allerede koblet til et annet kull ({groupId}).', en: 'This conversation is already linked to another cohort ({groupId}).' },
  conflict: { nb: 'Noe ble endret samtidig. Prøv igjen.', en: 'Something changed at the same time. Please try again.' },
  'too-few-members': { nb: 'En basisgruppe trenger minst {min} medlemmer (fant {count}).', en: 'A base group needs at least {min} members (found {count}).' },
  'too-many-members': { nb: 'En basisgruppe kan ha høyst {max} medlemmer (fant {count}).', en: 'A base group can have at most {max} members (found {count}).' },
  'unknown-round': { nb: 'Jeg finner ikke runden «{roundId}». Skriv sjekk inn plan «kull-id» for å se rundene.', en: 'I cannot find the round "{roundId}". Type checkin plan «cohort-id» to see the rounds.' },
  'nothing-to-change': { nb: 'Ingenting å endre.', en: 'Nothing to change.' },
  'round-started': { nb: 'Runden er allerede postet og kan ikke flyttes eller hoppes over.', en: 'The round has already been posted and cannot be moved or skipped.' },
  'round-closed': { nb: 'Runden er allerede avsluttet.', en: 'The round is already closed.' },
  'post-in-past': { nb: 'Det tidspunktet har passert.', en: 'That time has passed.' },
  'post-after-digest': { nb: 'Runden må postes før fristen for oppsummeringen.', en: 'The round must be posted before the digest deadline.' },
} satisfies Record<string, Text>;

/** The coordinator's plan card (`sjekk inn plan «kull-id»`): each round in words, with Move and Skip. */
export const plan = {
  title: { nb: 'Sjekk-inner i {cohort}', en: 'Check-ins in {cohort}' },
  groups: { nb: '{groups} basisgrupper er koblet. Endringer gjelder hele kullet.', en: '{groups} base groups are linked. Changes apply to the whole cohort.' },
  heading: { nb: 'Runde {n}: etter {gathering}', en: 'Round {n}: after {gathering}' },
  post: { nb: 'Postes', en: 'Posted' },
  remind: { nb: 'Påminnelse', en: 'Reminder' },
  digest: { nb: 'Oppsummering og svarfrist', en: 'Digest and deadline' },
  state: { nb: 'Status', en: 'State' },
  planned: { nb: 'Planlagt', en: 'Planned' },
  plannedMoved: { nb: 'Planlagt (flyttet av en koordinator)', en: 'Planned (moved by a coordinator)' },
  skipped: { nb: 'Hoppet over', en: 'Skipped' },
  open: { nb: 'Postet, åpen for svar', en: 'Posted, open for answers' },
  closed: { nb: 'Avsluttet', en: 'Closed' },
  idLine: { nb: 'Runde-id (for kommandoer): {id}', en: 'Round id (for commands): {id}' },
  move: { nb: 'Flytt …', en: 'Move …' },
  moveConfirm: { nb: 'Flytt runden', en: 'Move the round' },
  date: { nb: 'Ny dato for posting', en: 'New posting date' },
  time: { nb: 'Klokkeslett (Oslo-tid)', en: 'Time (Oslo time)' },
  skip: { nb: 'Hopp over', en: 'Skip' },
  restore: { nb: 'Ta med igjen', en: 'Take back' },
  restored: { nb: 'Runde {n} er tatt med igjen. Den postes {post}.', en: 'Round {n} is back. It will be posted {post}.' },
  moved: { nb: 'Runde {n} er flyttet. Den postes {post}.', en: 'Round {n} is moved. It will be posted {post}.' },
  skippedDone: { nb: 'Runde {n} er hoppet over for hele kullet. Du kan ta den med igjen til {digest}.', en: 'Round {n} is skipped for the whole cohort. You can take it back until {digest}.' },
  notCoordinator: { nb: 'Bare koordinatorene for kullet kan se og endre sjekk-in-planen.', en: 'Only the cohort\'s coordinators can see and change the check-in plan.' },
} satisfies Record<string, Text>;

/** The coordinator's base groups card: the cohort's groups and the chats and channels waiting to be linked. */
export const setup = {
  title: { nb: 'Basisgrupper i {cohort}', en: 'Base groups in {cohort}' },
  linkedHeading: { nb: 'Koblet ({count})', en: 'Linked ({count})' },
  noneLinked: { nb: 'Ingen basisgrupper er koblet ennå.', en: 'No base groups are linked yet.' },
  groupLine: { nb: '{name}: {members} medlemmer, fasilitator {facilitator}', en: '{name}: {members} members, facilitator {facilitator}' },
  noFacilitator: { nb: 'ikke valgt', en: 'not chosen' },
  unreachable: { nb: ' (⚠ Lederbot er fjernet fra samtalen, sjekk-inner postes ikke)', en: ' (⚠ Lederbot was removed from the conversation; check-ins are not posted)' },
  unlinkedHeading: { nb: 'Samtaler med Lederbot som ikke er koblet', en: 'Conversations with Lederbot that are not linked' },
  unlinkedHint: {
    nb: 'Gi et navn til hver samtale som skal bli en basisgruppe, velg fasilitator om du vil, og trykk «Koble». Medlemmene hentes fra samtalen; koordinatorer regnes ikke som medlemmer.',
    en: 'Name each conversation that should become a base group, choose a facilitator if you like, and press "Link". Members are read from the conversation; coordinators are not counted as members.',
  },
  noUnlinked: {
    nb: 'Ingen gruppechat eller kanal venter. Legg Lederbot til i basisgruppens chat, så dukker den opp her.',
    en: 'No group chat or channel is waiting. Add Lederbot to the base group\'s chat and it will show up here.',
  },
  more: { nb: '… og {n} til. De vises når disse er koblet.', en: '… and {n} more. They show once these are linked.' },
  groupChat: { nb: 'Gruppechat med {names}', en: 'Group chat with {names}' },
  channel: { nb: 'Kanal med {names}', en: 'Channel with {names}' },
  andMore: { nb: ' og {n} til', en: ' and {n} more' },
  membersUnknown: { nb: 'Samtale der jeg ikke fikk hentet medlemmene nå', en: 'A conversation whose members I could not fetch just now' },
  nameLabel: { nb: 'Navn på basisgruppen', en: 'Base group name' },
  namePlaceholder: { nb: 'La stå tomt for å hoppe over', en: 'Leave empty to skip' },
  facilitatorLabel: { nb: 'Fasilitator', en: 'Facilitator' },
  none: { nb: '(ingen)', en: '(none)' },
  link: { nb: 'Koble', en: 'Link' },
  imported: { nb: 'Koblet: {names}.', en: 'Linked: {names}.' },
  failed: { nb: 'Ikke koblet: {lines}', en: 'Not linked: {lines}' },
  nothingChosen: { nb: 'Skriv et navn for minst én samtale før du trykker «Koble».', en: 'Write a name for at least one conversation before pressing "Link".' },
  'unknown-conversation': { nb: 'Lederbot er ikke i den samtalen (lenger).', en: 'Lederbot is not in that conversation (any more).' },
  'duplicate-in-import': { nb: 'samme navn eller samtale to ganger', en: 'the same name or conversation twice' },
  'facilitator-not-member': { nb: 'fasilitatoren er ikke med i samtalen', en: 'the facilitator is not in the conversation' },
  'facilitator-not-named': {
    nb: 'fasilitatoren er ikke registrert som fasilitator eller koordinator for kullet i roles.json',
    en: 'the facilitator is not registered as a facilitator or coordinator of the cohort in roles.json',
  },
  'invalid-import': { nb: 'Noe i skjemaet var ugyldig (et navn kan ha høyst 80 tegn).', en: 'Something in the form was not valid (a name can have at most 80 characters).' },
  'members-failed': { nb: 'fikk ikke hentet medlemmene, prøv igjen om litt', en: 'could not fetch the members, try again shortly' },
} satisfies Record<string, Text>;

/** Parts of the plan preview naming what moved to a working day and why. */
export const shiftTexts = {
  what: {
    post: { nb: 'posting', en: 'post' },
    remind: { nb: 'påminnelse', en: 'reminder' },
    digest: { nb: 'oppsummering', en: 'digest' },
  } satisfies Record<string, Text>,
  reason: {
    weekend: { nb: 'helg', en: 'weekend' },
    holiday: { nb: 'helligdag', en: 'public holiday' },
    quiet: { nb: 'pause i {month}', en: 'break in {month}' },
  } satisfies Record<string, Text>,
};
