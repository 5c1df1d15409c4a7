import type { FactTopic } from '../../../catalog/catalog.schema';
import type { Lang } from '../../../shared/i18n';

/**
 * Greetings, thanks, "who are you", "what can you do", goodbyes, "start over" and language requests: answered
 * briefly and kindly, never with "the documents do not say", and without the conversation's program in them.
 * A message counts as small talk only when nothing in it is left over once the small-talk words are removed,
 * so "hei, hva koster LEDPRO?" is a question.
 */
export type SmallTalk = 'greeting' | 'thanks' | 'identity' | 'abilities' | 'goodbye' | 'reset' | 'language' | 'ack' | 'context';

const PATTERNS: ReadonlyArray<readonly [SmallTalk, RegExp]> = [
  ['reset', /\b(ny samtale|start (på nytt|over)|begynn på nytt|glem (det|alt)|nullstill|reset|new conversation|forget (it|that|everything))\b/g],
  ['language', /\b(snakk|svar|skriv|answer|speak|reply|write|talk)\b.{0,20}\b(engelsk|english|norsk|norwegian|bokmål)\b|\b(in english|på engelsk|på norsk|in norwegian)( please)?\b/g],
  ['identity', /\b(hvem er du|hva er du|hva heter du|er du (bare |egentlig |virkelig |kun )?(en |et |ein |eit )?([a-z-]*bot|robot|ki|ai|menneske|person|reklame[a-z]*|selger[a-z]*)( for [a-z-]+( [a-z-]+)?)?|hvem (snakker|chatter|prater) jeg med|who are you|what are you|what is your name|are you (just |only |really |actually )?(a |an )?(ad |sales |marketing |advertising )?([a-z-]*bot|robot|human|person|ai|salesperson|advert[a-z]*|ad)( for [a-z-]+( [a-z-]+)?)?|who am i (actually |really )?(chatting|talking|speaking) (with|to)( here)?|who is this)\b/g],
  ['abilities', /\b((hva|kva) er det (du|dere) kan (hjelpe (meg |oss )?med|gjøre|svare på)|what is it (that )?you can (do|help( me| us)? with)|(hva|kva) kan du( hjelpe (meg |oss |ein |en )?med| gjøre| gjere| svare på| svara på| (noe|noko|mye|mykje) om| om)?|(hva|kva) veit du( noko| noe)? om|what do you know( about)?|hva kan jeg spørre( deg)?( om)?|hvordan (fungerer|bruker jeg) du|what can you (do|help( me)? with|answer)|what can i ask( you)?|how do(es)? (you|this) work|help me)(?:\b|(?<=[æøå]))/g],
  // "du reddet budsjettmøtet mitt", "you saved my day": thanks for earlier help, in other words.
  ['thanks', /\b((du|you) (reddet|redda|berget|saved|rescued) ([a-zæøå]+ ){0,2}?(mitt|mi|min|mine|meg|dagen|my [a-z]+|me|the day)|tusen takk|mange takk|takk( skal du ha)?|thanks?( a lot| so much| you)?|thank you( very much)?|thx|thnx|thanx|tnx|ty|tyvm|tack|cheers|supert|flott|perfekt|great|awesome|nice)\b/g],
  ['goodbye', /\b(ha det( bra)?|snakkes|vi snakkes|god helg|ha en (fin|god|fortsatt fin|fortsatt god) (dag|helg|kveld)|bye|goodbye|see you|have a (nice|good|great|lovely) (day|weekend|evening|afternoon|morning|one)|ha en (fin|god) ettermiddag|enjoy (the|your) (day|weekend))\b/g],
  ['greeting', /\b(hvordan går det( med deg)?( i dag)?|hvordan har du det|korleis går det|how are you( doing)?( today)?|how'?s it going|hei( hei)?|hallo|heisann|hallois|god (morgen|dag|kveld|ettermiddag)|morn|hi|hello|hey|good (morning|afternoon|evening)|howdy)\b/g],
  ['ack', /\b(ok(ay)?|greit|skjønner|forstår|den er grei|aha|i see|got it|understood|fint)\b/g],
];

/** Words that may stand beside small talk without making it a question. */
const FILLER = new RegExp(String.raw`(?<![\p{L}])(du|deg|igjen|så|bra|fint|for|hjelp|hjelpen|hjelpa|svaret|svara|svar|det|den|var|til|stor|god|nytte|nyttig|helpful|useful|very|much|really|again|the|help|answer|answers|that|you|were|was|a|big|og|and|lederbot|bot|bare|just|please|vær så snill|takk|i dag|today|i går|igår|yesterday|sist|last time|forrige gang|forrige uke|i forrige uke|sist uke|last week|egentlig|eigentleg|actually|exactly|anyway|forresten|altså|there|der|helped|hjalp|lot|mye|mykje|masse|so|it|det hjalp)(?![\p{L}])`, 'gu');

/**
 * The asker introducing themselves beside a greeting ("Hei hei! I am new here, from Brazil. Who are you?", "Jeg
 * heter Kari og er ny her"): it asks nothing. So is a new role told ("I'm new as head of department"); a question beside it leaves words over.
 */
const INTRODUCTION = /,\s*(from|fra|frå) \p{L}+(?![\p{L}])|(?<![\p{L}])((i am|i'm|im|jeg er|eg er|og er|and am|and i'm)( (also|quite|pretty|ganske|helt|også|og))? (new|ny|nytilsett|nytilsatt|nyansatt)( (here|her|in teams|i teams|on the team|at work|på jobben|i jobben))?( (as|som) (a |an |the )?\p{L}+( (of|for|i|in|på|ved) \p{L}+)?)?|(i am|i'm|im|jeg er|eg er|i come|jeg kommer|eg kjem)( originally| opprinnelig)? (from|fra|frå) \p{L}+|(my name is|jeg heter|eg heiter|this is) \p{L}+|(and|og) (from|fra|frå) \p{L}+)(?![\p{L}])/gu;

/** Adverbs that stand inside small-talk phrases ("hva kan du egentlig hjelpe meg med?") and change nothing. */
const HEDGES = /(?<![\p{L}])(egentlig|eigentleg|actually|really|liksom|forresten)(?![\p{L}])/gu;

/** Whether any pattern of PATTERNS matches: their alternatives in one pattern (flags alike, no back-references). */
const ANY_SMALL_TALK = new RegExp(PATTERNS.map(([, re]) => `(?:${re.source})`).join('|'));

export function readSmallTalk(text: string): SmallTalk | undefined {
  let rest = text.toLowerCase().replace(HEDGES, ' ').replace(INTRODUCTION, ' ').replace(/\s+/g, ' ');
  let found: SmallTalk | undefined;
  // Most messages hold no small talk: one scan says so (a pattern that matches nothing removes nothing, so no later
  // one can match either).
  if (!ANY_SMALL_TALK.test(rest)) return undefined;
  for (const [kind, re] of PATTERNS) {
    if (rest.match(re)) {
      found ??= kind;
      rest = rest.replace(re, ' ');
    }
  }
  if (!found) return undefined;
  rest = rest.replace(FILLER, ' ').replace(/[^a-zæøå0-9]+/g, '');
  return rest.length === 0 ? found : undefined;
}

/**
 * Thanks or a goodbye followed by a pleasantry ("Takk for hjelpen, det var akkurat det jeg trengte 👍", "Thanks,
 * have a nice weekend!"): small talk when it starts so, asks nothing and is short. The caller checks that it
 * names no program and no topic.
 */
export function readPleasantry(text: string): SmallTalk | undefined {
  const t = text.toLowerCase().trim();
  // "Great, so I've got until 15 January": a figure or a date is a claim to check, not a pleasantry.
  if (t.includes('?') || /\d/.test(t) || t.split(/\s+/).length > 14) return undefined;
  for (const kind of ['thanks', 'goodbye'] as const) {
    const re = PATTERNS.find(([k]) => k === kind)?.[1];
    if (!re) continue;
    const m = new RegExp(re.source).exec(t);
    if (m && m.index <= 12) return kind;
  }
  return undefined;
}

const CAN = {
  nb: 'Jeg svarer på spørsmål om lederprogrammene (LEDPRO 1 og 2, og NTNUs lederutvikling og Instituttlederprogrammet): avgifter, datoer, sted, opptak, innhold og kontaktpersoner. Skriv «hjelp» for alt jeg kan gjøre.',
  en: 'I answer questions about the leadership programmes (LEDPRO 1 and 2, and NTNU\'s leader development and Instituttlederprogrammet): fees, dates, place, admission, content and contact persons. Type "help" for everything I can do.',
};

const REPLIES: Record<SmallTalk, { nb: string; en: string }> = {
  greeting: { nb: `Hei! ${CAN.nb}`, en: `Hello! ${CAN.en}` },
  thanks: { nb: 'Bare hyggelig! Spør gjerne om mer.', en: 'You are welcome! Feel free to ask more.' },
  identity: { nb: `Jeg er Lederbot, en assistent i Teams. ${CAN.nb}`, en: `I am Lederbot, an assistant in Teams. ${CAN.en}` },
  abilities: { nb: CAN.nb, en: CAN.en },
  goodbye: { nb: 'Ha det bra! Jeg er her når du trenger meg.', en: 'Goodbye! I am here when you need me.' },
  reset: { nb: 'Greit, vi begynner på nytt. Hva lurer du på?', en: 'Fine, let us start over. What would you like to know?' },
  language: { nb: 'Greit, jeg svarer på norsk. Spør i vei: pris, datoer, sted, opptak, innhold eller kontaktpersoner.', en: 'Sure, I will answer in English. Go ahead and ask: fees, dates, place, admission, content or contacts.' },
  ack: { nb: 'Greit! Spør gjerne om mer.', en: 'All right! Feel free to ask more.' },
  context: { nb: 'Greit! Hva lurer du på? Jeg kan svare om pris, datoer, sted, opptak, innhold og kontaktpersoner.', en: 'All right! What would you like to know? I can answer about fees, dates, place, admission, content and contacts.' },
};

/** What one may ask about a program, named in the acknowledgement when the program's documents give it. */
export const ASKABLE: ReadonlyArray<readonly [FactTopic, { nb: string; en: string }]> = [
  ['fee', { nb: 'pris', en: 'fees' }], ['dates', { nb: 'datoer', en: 'dates' }], ['place', { nb: 'sted', en: 'place' }],
  ['admission', { nb: 'opptak', en: 'admission' }], ['themes', { nb: 'innhold', en: 'content' }],
  ['target-group', { nb: 'hvem det er for', en: 'whom it is for' }], ['contacts', { nb: 'kontaktpersoner', en: 'contacts' }],
];

/**
 * "Leser brosjyren til LEDPRO nå" / "we have someone on part 1": the program the conversation turns to, acknowledged,
 * with examples of what its documents answer (`askable`: of ASKABLE, those the program has; no price for NTNU).
 */
export function contextReply(names: string, lang: Lang, askable: readonly FactTopic[]): string {
  const examples = ASKABLE.filter(([t]) => askable.includes(t)).slice(0, 5).map(([, w]) => w[lang]);
  if (examples.length === 0) return lang === 'nb' ? `Greit! Spør gjerne om ${names}.` : `All right! Feel free to ask about ${names}.`;
  const list = examples.length === 1 ? examples[0] : `${examples.slice(0, -1).join(', ')} ${lang === 'nb' ? 'eller' : 'or'} ${examples[examples.length - 1]}`;
  return lang === 'nb' ? `Greit! Spør gjerne om ${names} – for eksempel ${list}.` : `All right! Feel free to ask about ${names} – for example ${list}.`;
}

/** Asking words and requests: a message with one of them asks something, even without a question mark. */
const ASKING = /(?<![\p{L}])(hva|hvem|hvor|hvordan|hvorfor|hvilke[nt]?|når|kva|kven|kvar|korleis|kor|what|who|where|how|why|which|when|fortell|forklar|beskriv|list|vis|gi meg|si meg|send|nevn|nemn|rams opp|ramse opp|oppsummer|gjengi|tell|explain|describe|show|give me|name (?:a|one|two|three|some|the|a few)|list out|summari[sz]e|outline|lurer|wonder|vet du|do you know|trenger|need|vil vite|ønsker å vite|spør om|spurte om|wants? to know|wanted to know|would like to know|wondering|wonders|asks? (?:if|whether)|asked (?:if|whether)|help|hjelp)(?![\p{L}])/iu;

/**
 * A statement that sets the scene and asks nothing ("reading the ledpro brochure now", "vi har en leder som tok
 * LEDPRO for et par år siden"): four words or more, no question mark, no asking word. The caller checks that it
 * asks no topic and is no yes/no question.
 */
export const isContextStatement = (text: string): boolean =>
  !text.includes('?') && text.trim().split(/\s+/).length >= 4 && !ASKING.test(text) && !RESTATED.test(text) && !VERB_FIRST.test(text.trim());

/**
 * "brukes bokstavkarakterer eller bestått", "er samlingene obligatoriske", "does it give credits": a Norwegian or
 * English sentence that opens with its verb asks, with or without a question mark (a statement has its verb second).
 */
const VERB_FIRST = /^(?:er|e|har|kan|må|skal|blir|vert|vil|får|gir|gjev|koster|kostar|finnes|fins|finst|trengs|går|kommer|kjem|tar|tek|bør|gjelder|gjeld|stemmer|stemmar|holder|held|dekker|dekkjer|inkluderer|is|are|was|were|do|does|did|can|could|will|would|should|must|has|have|may)(?![\p{L}])|^\p{L}{3,}(?:es|ast)(?![\p{L}])/iu;

/** "ok, så det er et toårig program da": what the asker took from the last answer, said back to be checked. */
const RESTATED = /^\s*(?:(?:ok|okei|okay|greit|right|alright|aha|ah|så|so|altså)[,.!]?\s+){1,2}(?:det|den|dette|denne|de|dei|it|this|that|they|ledpro|programmet|studiet|kurset|the (?:programme|program|course))\s+(?:er|blir|varer|is|are|lasts|takes|tar|gir|gives|koster|costs|har|has|starter|starts)(?![\p{L}])/iu;

/** The reply to small talk, in the language of the message. */
export const smallTalkReply = (kind: SmallTalk, lang: Lang): string => REPLIES[kind][lang];
