/**
 * Users' language: every text a user sees exists in bokmål and English. The language of a reply is the
 * language the user wrote in, falling back to the activity's locale, falling back to bokmål.
 */
export type Lang = 'nb' | 'en';
export type Text = { readonly nb: string; readonly en: string };
export type Params = Readonly<Record<string, string | number>>;

export const pick = (text: Text, lang: Lang): string => text[lang];

/** Fills `{name}` placeholders; an unknown placeholder is left visible so a missing param is noticed in tests. */
export function format(text: Text, lang: Lang, params: Params = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** nb, nn, no and se locales read bokmål; every other locale reads English; none at all reads bokmål. */
export function langFromLocale(locale: string | undefined): Lang {
  if (!locale) return 'nb';
  const l = locale.toLowerCase();
  return /^(nb|nn|no|se)\b/.test(l) ? 'nb' : 'en';
}

const nbWords = new Set(('hva hvem hvor hvordan hvorfor hvilke hvilken hvilket når er jeg det og til på for med av '
  + 'kan skal må ikke en et ei den de meg min mitt mine du deg vi oss om hos fra neste første siste samling '
  + 'samlingen samlingene koster pris avgift hei takk ja nei også eller blir finnes trenger lenge mye mange '
  + 'noen alle etter før mellom dag dager uke kontakte heter gjelder hjelp nominer søk mine '
  // Month names spelt the Norwegian way ("Starter LEDPRO i februar?"), and everyday words of bokmål and nynorsk no
  // English sentence has ("har vel", "kva er dei").
  + 'januar februar mars mai juni juli oktober desember begynner har vel samlinger hvis dere '
  + 'kva kven kor korleis kvifor eg ikkje dei ein eit berre noko nokon').split(' '));
const enWords = new Set(('what who where when how why which is are am i the a an and to on for with of can '
  + 'shall must not do does did my me you we us about at from next first last gathering gatherings cost costs '
  + 'fee hello hi thanks yes no also or will there need long much many some all after before between day days '
  + 'week contact called apply worth held part help nominate my pending '
  // Function words no Norwegian sentence has: an English question with Norwegian nouns in it ("Can people working
  // in kommune get some økonomisk støtte?") is still English.
  + 'in this that it get be have has they them their our your if would could should any there '
  + 'january february march may june july october december').split(' '));

/**
 * The language a message asks for ("på norsk, takk", "in English please", "can you answer in Norwegian?"), which
 * wins over the language it is written in.
 */
export function requestedLanguage(text: string): Lang | undefined {
  const t = text.toLowerCase();
  // "Is the course taught in Norwegian?" asks about the course; a request says please, asks to answer, or is short.
  if (!/(please|pls|takk|kan du|could you|can you|would you|svar|answer|reply|write|skriv|oversett|translate|gjerne)/.test(t) && t.split(/\s+/).length > 4) return undefined;
  if (/(?<![\p{L}])(på|in|into|til|to)\s+(norsk|bokmål|bokmal|norwegian)(?![\p{L}])/u.test(t)) return 'nb';
  if (/(?<![\p{L}])(på|in|into|til|to)\s+(engelsk|english)(?![\p{L}])/u.test(t)) return 'en';
  return undefined;
}

/**
 * Guesses bokmål or English from the words of a message. Returns undefined when the text does not tell
 * (too short, names only), so the caller falls back to the locale.
 */
export function detectLanguage(text: string): Lang | undefined {
  let nb = 0;
  let en = 0;
  let first = true;
  for (const raw of text.split(/[^A-Za-zÆØÅæøå0-9]+/)) {
    if (!raw) continue;
    const w = raw.toLowerCase();
    // A word with æ, ø or å is Norwegian, unless it is a name inside the sentence ("I work at NTNU in Gjøvik"):
    // an English question about a Norwegian place gets an English answer.
    if (/[æøå]/.test(w)) {
      if (first || raw[0] === w[0]) nb += 2;
    } else {
      if (nbWords.has(w)) nb += 1;
      // "i" is Norwegian's "in" as often as English's "I": only the capital one ("I work …") is English.
      if (enWords.has(w) && (raw !== 'i' || first)) en += 1;
    }
    first = false;
  }
  if (nb === en) return undefined;
  return nb > en ? 'nb' : 'en';
}

/** The language of a message: the one it asks for ("in English please"), else the one it is written in. */
export const messageLanguage = (text: string): Lang | undefined => requestedLanguage(text) ?? detectLanguage(text);

export const replyLanguage = (text: string | undefined, locale: string | undefined): Lang =>
  (text ? detectLanguage(text) : undefined) ?? langFromLocale(locale);
