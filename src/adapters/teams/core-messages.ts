import type { Text } from '../../shared/i18n';

/** Texts of the bot's own turns (welcome, help, errors) in bokmål and English. */
export const coreMessages = {
  welcomeTitle: { nb: 'Hei, jeg er Lederbot!', en: 'Hi, I am Lederbot!' },
  welcomeIntro: {
    nb: 'Jeg svarer på spørsmål om lederutviklingsprogrammene, tar imot nominasjoner og søknader, melder deg på samlinger og følger opp basisgruppen mellom samlingene.',
    en: 'I answer questions about the leadership-development programmes, take nominations and applications, book you into gatherings and follow up your base group between gatherings.',
  },
  groupIntro: {
    nb: 'I en gruppechat eller kanal svarer jeg når du nevner meg: skriv @{bot} foran spørsmålet eller kommandoen. Nominasjoner, søknader og påmeldinger gjør du i en 1:1-chat med meg.',
    en: 'In a group chat or channel I answer when you mention me: type @{bot} before your question or command. Nominations, applications and bookings happen in a 1:1 chat with me.',
  },
  groupAsk: {
    nb: 'Spør meg for eksempel «@{bot} Når er neste samling?». I en koblet basisgruppe svarer jeg om gruppens program.',
    en: 'Ask me, for example "@{bot} When is the next gathering?". In a linked base group I answer about the group\'s programme.',
  },
  helpTitle: { nb: 'Dette kan jeg hjelpe med', en: 'Here is what I can help with' },
  askAnything: {
    nb: 'Spør meg fritt, for eksempel «Hva koster LEDPRO?» eller «Når er neste samling?».',
    en: 'Ask me anything, for example "What does LEDPRO cost?" or "When is the next gathering?".',
  },
  helpCommand: { nb: 'hjelp', en: 'help' },
  helpDescription: { nb: 'Vis denne oversikten', en: 'Show this overview' },
  languageCommand: { nb: 'språk norsk', en: 'language english' },
  languageDescription: {
    nb: 'Velg språket jeg skriver til deg på (norsk eller engelsk), også i kort og varsler',
    en: 'Choose the language I write to you in (English or Norwegian), in cards and notices too',
  },
  languageNameNb: { nb: 'norsk (bokmål)', en: 'Norwegian (bokmål)' },
  languageNameEn: { nb: 'engelsk', en: 'English' },
  languageSet: {
    nb: 'Da skriver jeg til deg på norsk (bokmål), også i kort og varsler. Skriv «language english» for å bytte til engelsk.',
    en: 'I will write to you in English from now on, in cards and notices too. Type "språk norsk" to switch to Norwegian.',
  },
  languageUsage: {
    nb: 'Nå skriver jeg til deg på {current}. Skriv «språk norsk» eller «language english» for å velge.',
    en: 'I write to you in {current} now. Type "language english" or "språk norsk" to choose.',
  },
  languageNoIdentity: {
    nb: 'Jeg kan ikke huske et språkvalg her, fordi Teams ikke sendte hvem du er. Prøv i en 1:1-chat med meg.',
    en: 'I cannot keep a language choice here because Teams did not send who you are. Try it in a 1:1 chat with me.',
  },
  tooLong: {
    nb: 'Meldingen er for lang ({length} tegn). Skriv gjerne et kortere spørsmål, maks {max} tegn.',
    en: 'Your message is too long ({length} characters). Please ask a shorter question, at most {max} characters.',
  },
  invokeNotUnderstood: {
    nb: 'Lederbot forstår ikke denne handlingen. Kortet kan være utdatert: be om et nytt.',
    en: 'Lederbot does not understand this action. The card may be outdated: ask for a new one.',
  },
  invokeFailed: {
    nb: 'Beklager, handlingen kunne ikke fullføres. Prøv igjen om litt. (Feilkode {code})',
    en: 'Sorry, the action could not be completed. Please try again shortly. (Error code {code})',
  },
  turnError: {
    nb: 'Beklager, noe gikk galt hos meg. Prøv igjen om litt. (Feilkode {code})',
    en: 'Sorry, something went wrong on my side. Please try again shortly. (Error code {code})',
  },
} satisfies Record<string, Text>;
