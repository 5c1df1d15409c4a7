import type { Text } from '../../../shared/i18n';
import type { AdmissionTrack, DegreeAnswer, NominationKind, NominationStatus } from '../domain/nomination';

/** Every text of the nominations capability, in bokmål and English. */
export const help = {
  nominate: { command: { nb: 'nominer', en: 'nominate' }, description: { nb: 'Nominer en leder til et program', en: 'Nominate a leader to a programme' } },
  apply: { command: { nb: 'søk', en: 'apply' }, description: { nb: 'Søk selv om plass (LEDPRO)', en: 'Apply for a place yourself (LEDPRO)' } },
  mine: {
    command: { nb: 'mine nominasjoner', en: 'my nominations' },
    description: { nb: 'Se, trekke eller takke nei til nominasjoner og søknader', en: 'See, withdraw or decline nominations and applications' },
  },
  pending: {
    command: { nb: 'til behandling', en: 'pending' },
    description: { nb: 'Nominasjoner som venter på avgjørelse (koordinator)', en: 'Nominations awaiting a decision (coordinator)' },
  },
  register: {
    command: { nb: 'registrer koordinatorkanal «kull-id»', en: 'register coordinator channel «cohort-id»' },
    description: { nb: 'Skrives i en kanal av en koordinator: kortene for kullet kommer hit', en: 'Typed in a channel by a coordinator: the cohort\'s cards go there' },
  },
} satisfies Record<string, { command: Text; description: Text }>;

export const kindName: Record<NominationKind, Text> = {
  nomination: { nb: 'Nominasjon', en: 'Nomination' },
  application: { nb: 'Søknad', en: 'Application' },
};

export const statusName: Record<NominationStatus, Text> = {
  pending: { nb: 'Venter på behandling', en: 'Awaiting decision' },
  waitlisted: { nb: 'På venteliste', en: 'Waitlisted' },
  approved: { nb: 'Godkjent', en: 'Approved' },
  rejected: { nb: 'Avslått', en: 'Rejected' },
  declined: { nb: 'Takket nei', en: 'Declined' },
  withdrawn: { nb: 'Trukket', en: 'Withdrawn' },
};

export const degreeName: Record<DegreeAnswer, Text> = {
  bachelor: { nb: 'Bachelorgrad (180 studiepoeng) eller tilsvarende', en: 'Bachelor\'s degree (180 credits) or equivalent' },
  experience: { nb: '2 års høyere utdanning og relevant arbeidserfaring', en: '2 years of higher education and relevant work experience' },
  none: { nb: 'Ingen av delene (kursdeltaker med kursbevis, uten studiepoeng)', en: 'Neither (course participant with a certificate, no credits)' },
};

export const trackName: Record<AdmissionTrack, Text> = {
  credits: { nb: 'Opptak med studiepoeng', en: 'Admission with credits' },
  'individual-assessment': { nb: 'Individuell vurdering', en: 'Individual assessment' },
  'course-participant': { nb: 'Kursdeltaker (kursbevis, uten studiepoeng)', en: 'Course participant (certificate, no credits)' },
  'no-requirement': { nb: 'Ingen opptakskrav', en: 'No admission requirement' },
};

export const form = {
  titleNomination: { nb: 'Nominer en leder', en: 'Nominate a leader' },
  titleApplication: { nb: 'Søk om plass', en: 'Apply for a place' },
  introNomination: {
    nb: 'Velg kull og person, og skriv kort hvorfor. Koordinatorene for kullet avgjør nominasjonen.',
    en: 'Choose the cohort and the person, and say briefly why. The cohort\'s coordinators decide.',
  },
  introApplication: {
    nb: 'Velg kull, svar på opptakskravene og skriv kort hvorfor du søker. Koordinatorene avgjør søknaden.',
    en: 'Choose the cohort, answer the admission questions and say briefly why you apply. The coordinators decide.',
  },
  cohort: { nb: 'Kull', en: 'Cohort' },
  cohortError: { nb: 'Velg et kull', en: 'Choose a cohort' },
  cohortDeadline: { nb: '{name} (frist {deadline})', en: '{name} (deadline {deadline})' },
  nominee: { nb: 'Hvem nominerer du?', en: 'Whom do you nominate?' },
  nomineePlaceholder: { nb: 'Søk etter navn', en: 'Search by name' },
  nomineeEmail: { nb: '… eller personens e-postadresse', en: '… or the person\'s e-mail address' },
  justificationNomination: { nb: 'Begrunnelse', en: 'Justification' },
  justificationApplication: { nb: 'Hvorfor søker du?', en: 'Why do you apply?' },
  justificationError: { nb: 'Skriv en begrunnelse', en: 'Write a justification' },
  degree: { nb: 'Utdanning (opptakskrav for {programs})', en: 'Education (admission requirement of {programs})' },
  completed: { nb: 'Gjennomførte program', en: 'Programmes completed' },
  completedChoice: { nb: 'Jeg har gjennomført {program}', en: 'I have completed {program}' },
  submitNomination: { nb: 'Send nominasjon', en: 'Send nomination' },
  submitApplication: { nb: 'Send søknad', en: 'Send application' },
  problemsNomination: { nb: 'Nominasjonen ble ikke sendt:', en: 'The nomination was not sent:' },
  problemsApplication: { nb: 'Søknaden ble ikke sendt:', en: 'The application was not sent:' },
  unreadable: {
    nb: 'Skjemaet kunne ikke leses ({fields}). Prøv igjen fra et nytt kort.',
    en: 'The form could not be read ({fields}). Please try again from a new card.',
  },
  sentNominationTitle: { nb: 'Nominasjonen er sendt', en: 'Nomination sent' },
  sentApplicationTitle: { nb: 'Søknaden er sendt', en: 'Application sent' },
  sentNomination: {
    nb: '{nominee} er nominert til {cohort}. Koordinatorene behandler nominasjonen, og du får beskjed når den er avgjort.',
    en: '{nominee} has been nominated to {cohort}. The coordinators will decide, and you will hear when they have.',
  },
  sentApplication: {
    nb: 'Du har søkt om plass på {cohort} ({track}). Du får beskjed når søknaden er behandlet.',
    en: 'You have applied for a place in {cohort} ({track}). You will hear when the application has been decided.',
  },
} satisfies Record<string, Text>;

export const problem = {
  'no-identity': { nb: 'Jeg kan ikke se hvem du er. Bruk boten fra Teams med jobbkontoen din.', en: 'I cannot tell who you are. Please use the bot from Teams with your work account.' },
  'cohort-missing': { nb: 'Velg et kull.', en: 'Choose a cohort.' },
  'cohort-unknown': { nb: 'Kullet finnes ikke.', en: 'That cohort does not exist.' },
  'not-nominator': {
    nb: 'Du kan ikke nominere til dette kullet: bare registrerte nominatorer kan nominere andre. Kontakt koordinatoren for kullet hvis du mener du skal kunne det.',
    en: 'You cannot nominate to this cohort: only registered nominators may nominate others. Contact the cohort\'s coordinator if you think you should be able to.',
  },
  'nominee-missing': { nb: 'Velg personen du nominerer, eller skriv e-postadressen.', en: 'Choose the person you nominate, or type their e-mail address.' },
  'nominee-email-invalid': { nb: 'E-postadressen ser ikke riktig ut.', en: 'The e-mail address does not look right.' },
  'nominee-unknown': {
    nb: 'Jeg finner ingen person med den e-postadressen. Velg personen i søkefeltet i stedet.',
    en: 'I cannot find anyone with that e-mail address. Please choose the person in the search field instead.',
  },
  'nominee-not-found': {
    nb: 'Jeg finner ikke personen du valgte, verken i organisasjonens katalog eller i Lederbots personliste. Velg personen på nytt i søkefeltet, eller skriv e-postadressen.',
    en: 'I cannot find the person you chose, neither in the organisation\'s directory nor in Lederbot\'s list of people. Choose the person again in the search field, or type their e-mail address.',
  },
  'nominee-is-self': { nb: 'Du kan ikke nominere deg selv. Skriv «søk» for å søke selv.', en: 'You cannot nominate yourself. Type "apply" to apply yourself.' },
  'justification-missing': { nb: 'Skriv en begrunnelse.', en: 'Write a justification.' },
  'justification-too-long': { nb: 'Begrunnelsen er for lang ({length} tegn, maks {max}).', en: 'The justification is too long ({length} characters, at most {max}).' },
  'degree-invalid': { nb: 'Velg et av svarene om utdanning.', en: 'Choose one of the answers about education.' },
  duplicate: { nb: 'Personen er allerede nominert til dette kullet (status: {status}).', en: 'This person has already been nominated to this cohort (status: {status}).' },
  'kind-not-accepted-nomination': { nb: 'Lederbot tar ikke imot nominasjoner til dette programmet, bare søknader (programdokumentet beskriver søknad, ikke nominasjon).', en: 'Lederbot does not take nominations for this programme, only applications (the programme document describes applying, not nomination).' },
  'kind-not-accepted-application': { nb: 'Lederbot tar ikke imot søknader til dette programmet, bare nominasjoner (programdokumentet beskriver nominasjon ved fakultetene; om man kan søke selv, sier det ikke).', en: 'Lederbot does not take applications for this programme, only nominations (the programme document describes nomination by the faculties; it does not say whether one can apply oneself).' },
  'deadline-passed': { nb: 'Søknadsfristen var {deadline}.', en: 'The deadline was {deadline}.' },
  'cohort-full': { nb: 'Kullet er fullt ({capacity} plasser).', en: 'The cohort is full ({capacity} places).' },
  'degree-answer-missing': { nb: 'Svar på spørsmålet om utdanning.', en: 'Answer the question about education.' },
  'degree-required': { nb: 'Programmet krever bachelorgrad eller tilsvarende.', en: 'The programme requires a bachelor\'s degree or equivalent.' },
  'prerequisite-missing': { nb: '{programs} må være gjennomført først.', en: '{programs} must be completed first.' },
} satisfies Record<string, Text>;

export const card = {
  titleNomination: { nb: 'Nominasjon: {nominee}', en: 'Nomination: {nominee}' },
  titleApplication: { nb: 'Søknad: {nominee}', en: 'Application: {nominee}' },
  /** Only while the directory cannot be asked for a name that nobody else knows (it is looked up again). */
  unknownName: { nb: 'personen (katalogen svarer ikke nå)', en: 'the person (the directory is not answering now)' },
  cohort: { nb: 'Kull', en: 'Cohort' },
  nominatedBy: { nb: 'Nominert av', en: 'Nominated by' },
  submitted: { nb: 'Sendt', en: 'Submitted' },
  education: { nb: 'Utdanning', en: 'Education' },
  admission: { nb: 'Opptak', en: 'Admission' },
  prerequisites: { nb: 'Gjennomført', en: 'Completed' },
  justification: { nb: 'Begrunnelse', en: 'Justification' },
  decided: { nb: '{status} av {by}, {at}', en: '{status} by {by}, {at}' },
  reason: { nb: 'Begrunnelse: {reason}', en: 'Reason: {reason}' },
  approve: { nb: 'Godkjenn', en: 'Approve' },
  waitlist: { nb: 'Sett på venteliste', en: 'Waitlist' },
  reject: { nb: 'Avslå …', en: 'Reject …' },
  rejectConfirm: { nb: 'Bekreft avslag', en: 'Confirm rejection' },
  rejectReason: { nb: 'Begrunnelse for avslaget', en: 'Reason for the rejection' },
  rejectReasonError: { nb: 'Skriv en begrunnelse for avslaget', en: 'Write a reason for the rejection' },
  refresh: { nb: 'Oppdater', en: 'Refresh' },
  conflictApplication: {
    nb: '{nominee} er selv koordinator for kullet og kan ikke avgjøre sin egen søknad. En annen koordinator for kullet må avgjøre den.',
    en: '{nominee} is a coordinator of this cohort and cannot decide their own application. Another coordinator of the cohort must decide it.',
  },
  conflictNomination: {
    nb: '{nominee} er selv koordinator for kullet og kan ikke avgjøre en nominasjon av seg selv. En annen koordinator for kullet må avgjøre den.',
    en: '{nominee} is a coordinator of this cohort and cannot decide a nomination of themselves. Another coordinator of the cohort must decide it.',
  },
  conflictRefused: {
    nb: 'Du kan ikke avgjøre din egen søknad eller en nominasjon av deg selv. En annen koordinator for kullet må gjøre det; ingenting er endret.',
    en: 'You cannot decide your own application or a nomination of yourself. Another coordinator of the cohort must do it; nothing has changed.',
  },
  forbidden: {
    nb: 'Du har ikke tilgang til å behandle denne nominasjonen. Spør koordinatoren for kullet hvis du mener du skal ha det.',
    en: 'You are not allowed to decide this nomination. Ask the cohort\'s coordinator if you think you should be.',
  },
  stale: { nb: 'Nominasjonen var allerede endret. Slik står den nå.', en: 'The nomination had already changed. This is where it stands now.' },
  reasonRequired: { nb: 'Skriv en begrunnelse for avslaget.', en: 'Write a reason for the rejection.' },
  reasonTooLong: { nb: 'Begrunnelsen er for lang (maks {max} tegn).', en: 'The reason is too long (at most {max} characters).' },
  full: { nb: 'Kullet er fullt ({capacity} plasser). Sett nominasjonen på venteliste i stedet.', en: 'The cohort is full ({capacity} places). Waitlist the nomination instead.' },
  busy: { nb: 'Mange endringer samtidig. Prøv igjen om litt.', en: 'Many changes at once. Please try again shortly.' },
  notFound: { nb: 'Finner ikke nominasjonen.', en: 'The nomination cannot be found.' },
  unreadable: { nb: 'Kortet sendte data jeg ikke kan lese ({fields}).', en: 'The card sent data I cannot read ({fields}).' },
} satisfies Record<string, Text>;

export const notice = {
  title: { nb: '{kind} til {cohort}: {status}', en: '{kind} to {cohort}: {status}' },
  nominatedTitle: { nb: 'Du er nominert til {cohort}', en: 'You have been nominated to {cohort}' },
  nominated: {
    nb: '{nominator} har nominert deg til {cohort}. Koordinatorene behandler nominasjonen. Vil du ikke delta, kan du takke nei her.',
    en: '{nominator} has nominated you to {cohort}. The coordinators will decide. If you do not want to take part, you can decline here.',
  },
  decline: { nb: 'Takk nei', en: 'Decline' },
  withdraw: { nb: 'Trekk', en: 'Withdraw' },
  approvedSelf: { nb: 'Du har fått plass på {cohort}. Du blir påmeldt samlingene og får kalenderinvitasjoner.', en: 'You have a place in {cohort}. You will be booked into the gatherings and get calendar invitations.' },
  approvedOther: { nb: 'Nominasjonen av {nominee} til {cohort} er godkjent.', en: 'The nomination of {nominee} to {cohort} has been approved.' },
  rejectedSelf: { nb: 'Du fikk dessverre ikke plass på {cohort}.', en: 'Unfortunately you did not get a place in {cohort}.' },
  rejectedOther: { nb: 'Nominasjonen av {nominee} til {cohort} ble ikke godkjent.', en: 'The nomination of {nominee} to {cohort} was not approved.' },
  waitlistedSelf: { nb: 'Du står på venteliste til {cohort}. Du får beskjed hvis du får plass.', en: 'You are on the waiting list for {cohort}. You will hear if a place opens.' },
  waitlistedOther: { nb: 'Nominasjonen av {nominee} til {cohort} er satt på venteliste.', en: 'The nomination of {nominee} to {cohort} has been waitlisted.' },
  declined: { nb: '{nominee} har takket nei til nominasjonen til {cohort}.', en: '{nominee} has declined the nomination to {cohort}.' },
  withdrawn: { nb: 'Nominasjonen din til {cohort} er trukket av {nominator}.', en: 'Your nomination to {cohort} has been withdrawn by {nominator}.' },
  unreachable: {
    nb: 'Fikk ikke sendt beskjed til {person} ({role}) om {subject}: {status}. Lederbot har ingen chat med {person} ennå. Gi beskjed på annen måte{mail}, eller be {person} skrive «hjelp» til Lederbot i Teams, så kommer neste beskjed fram. Skriv «til behandling» til meg for å se nominasjonene som venter.',
    en: 'Could not tell {person} ({role}) about {subject}: {status}. Lederbot has no chat with {person} yet. Please let them know another way{mail}, or ask {person} to write "help" to Lederbot in Teams so the next notice gets through. Write "pending" to me to see the nominations awaiting a decision.',
  },
  unreachableMail: { nb: ' (e-post: {email})', en: ' (e-mail: {email})' },
  subjectNomination: { nb: 'nominasjonen av {nominee} til {cohort}', en: 'the nomination of {nominee} to {cohort}' },
  subjectApplication: { nb: 'søknaden fra {nominee} til {cohort}', en: 'the application from {nominee} to {cohort}' },
  roleNominee: { nb: 'den nominerte', en: 'the nominee' },
  roleApplicant: { nb: 'søkeren', en: 'the applicant' },
  roleNominator: { nb: 'nominatoren', en: 'the nominator' },
  participantUnreachable: {
    nb: 'Fikk ikke sendt denne beskjeden til {person}{mail}: «{notice}» Lederbot har ingen chat med {person} ennå. Gi beskjed på annen måte, eller be {person} skrive «hjelp» til Lederbot i Teams.',
    en: 'Could not send this notice to {person}{mail}: "{notice}" Lederbot has no chat with {person} yet. Please let them know another way, or ask {person} to write "help" to Lederbot in Teams.',
  },
} satisfies Record<string, Text>;

export const personalOnly = { nb: 'Bruk denne kommandoen i en personlig chat med meg.', en: 'Please use this command in a personal chat with me.' } satisfies Text;

export const lists = {
  mineTitle: { nb: 'Mine nominasjoner og søknader', en: 'My nominations and applications' },
  mineEmpty: { nb: 'Du har ingen nominasjoner eller søknader.', en: 'You have no nominations or applications.' },
  pendingTitle: { nb: 'Til behandling: {count}', en: 'Pending: {count}' },
  pendingEmpty: { nb: 'Ingen nominasjoner venter på behandling.', en: 'No nominations are awaiting a decision.' },
  notCoordinator: { nb: 'Du er ikke koordinator for noe kull.', en: 'You are not a coordinator of any cohort.' },
  more: { nb: 'Viser {shown} av {total}.', en: 'Showing {shown} of {total}.' },
  item: { nb: '{kind} · {cohort} · {status}', en: '{kind} · {cohort} · {status}' },
  itemPeople: { nb: '{nominee}, nominert av {nominator}', en: '{nominee}, nominated by {nominator}' },
  done: { nb: '{status}.', en: '{status}.' },
} satisfies Record<string, Text>;

export const channel = {
  registered: {
    nb: 'Denne kanalen er nå koordinatorkanal for {cohort}. Nye nominasjoner og søknader kommer hit ({reposted} ventende lagt ut).',
    en: 'This channel is now the coordinators\' channel of {cohort}. New nominations and applications come here ({reposted} pending posted).',
  },
  notChannel: { nb: 'Skriv kommandoen i koordinatorenes kanal, ikke i en personlig chat.', en: 'Type the command in the coordinators\' channel, not in a personal chat.' },
  unknownCohort: { nb: 'Finner ikke kullet «{cohortId}». Kjente kull: {known}.', en: 'There is no cohort "{cohortId}". Known cohorts: {known}.' },
  notCoordinator: {
    nb: 'Bare koordinatorer for kullet kan registrere koordinatorkanalen, og du er ikke registrert som koordinator der.',
    en: 'Only the cohort\'s coordinators can register the coordinators\' channel, and you are not registered as a coordinator there.',
  },
  alertHeading: { nb: 'Varsel for {cohort}', en: 'Alert for {cohort}' },
  /** "registrer koordinatorkanal" typed without a cohort: its syntax (placeholders in «», which Teams shows). */
  usage: { nb: 'Skriv i koordinatorenes kanal: registrer koordinatorkanal «kull-id»', en: 'Type in the coordinators\' channel: register coordinator channel «cohort-id»' },
  usageCohorts: { nb: 'Kull du koordinerer: {ids}', en: 'Cohorts you coordinate: {ids}' },
  usageNone: {
    nb: 'Kommandoen er for koordinatorer, og du er ikke registrert som koordinator for noe kull.',
    en: 'This command is for coordinators, and you are not registered as a coordinator of any cohort.',
  },
} satisfies Record<string, Text>;

/** "søk" and "nominer" when nothing is open for the person: what is known, whom to ask, and a question to ask. */
export const closedDoor = {
  noApplications: { nb: 'Ingen kull tar imot søknader nå.', en: 'No cohort takes applications now.' },
  noNominations: { nb: 'Ingen kull tar imot nominasjoner nå.', en: 'No cohort takes nominations now.' },
  notNominator: {
    nb: 'Du er ikke registrert som nominator for noe kull som tar imot nominasjoner nå.',
    en: 'You are not registered as a nominator for any cohort that takes nominations now.',
  },
  lastCohort: {
    nb: 'Siste kull var {cohort}{deadline}, med samlinger {dates}. Nye datoer er ikke publisert.',
    en: 'The last cohort was {cohort}{deadline}, with gatherings {dates}. No new dates are published.',
  },
  deadline: { nb: ' (søknadsfrist {date})', en: ' (application deadline {date})' },
  openForNominations: {
    nb: '{cohort} tar imot nominasjoner. Nominatorer registreres av koordinatorene for kullet.',
    en: '{cohort} takes nominations. Nominators are registered by the cohort\'s coordinators.',
  },
  contact: { nb: 'Kontakt: {name}, {role} – {details}', en: 'Contact: {name}, {role} – {details}' },
  coordinators: { nb: 'Kontakt koordinatorene for kullet: {names}', en: 'Contact the cohort\'s coordinators: {names}' },
  noContact: {
    nb: 'Programdokumentet oppgir ingen kontaktperson; spør lederutviklingsenheten eller personalavdelingen din.',
    en: 'The programme document names no contact; ask your leadership-development unit or HR department.',
  },
  askTitle: { nb: 'Spør om {program}', en: 'Ask about {program}' },
  askApply: { nb: 'Hvordan søker jeg på {program}?', en: 'How do I apply for {program}?' },
  askNominate: { nb: 'Hvem er {program} for?', en: 'Who is {program} for?' },
} satisfies Record<string, Text>;
