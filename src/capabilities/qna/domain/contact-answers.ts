import type { Contact, Program } from '../../../catalog/catalog.schema';
import type { Lang } from '../../../shared/i18n';
import { letterAware } from './letter-aware';

/**
 * Which contact person and which of their details a question asks for: a person named ("Kristin Larsen"), a
 * role ("prosjektlederen", "the academic lead", "praktiske spørsmål") or the person of the last answer ("e-posten?"),
 * and the phone, the e-mail or everything. The answer gives only what was asked, of only that person.
 */
/** 'both': the e-mail and the phone asked together, given as the full contact line. */
export type ContactField = 'phone' | 'email' | 'both' | 'all';

// "number 2" / "nummer 4" designates a gathering or an item, not a phone number.
// "the number of participants" counts; it asks for no phone number.
const PHONE = letterAware(/\b(telefon\w*|tlf|nummer\w*(?!\s*\d)|mobil\w*|phone|(?<!\b(?:confirm|check|verify|that|this|the same|same) )number(?!\s*\d)(?!\s+of\b)|call|ringe|ring)\b/);
const EMAIL = letterAware(/\b(e-?post\w*|epost\w*|mail\w*|e-?mail\w*|adresse\w*|address)\b/);
const CONTACT_ROLE = letterAware(/\b(prosjektle[di]\w*|project (manager|lead(er)?|coordinator)|fagansvar\w*|academic lead)\b/);
export const PRACTICAL = letterAware(/\b(prosjektle[di]\w*|project (manager|lead(er)?|coordinator)|praktisk\w*|practical|hotel\w*|hotell\w*|opphold|logistikk|logistics|rom|romm\w*|room\w*|romreservasjon\w*|reservasjon\w*|reservation\w*|booking\w*|overnatting\w*|innkvartering\w*|accommodation|bestille|bestilling\w*|book|ekstra natt|ekstranatt\w*|extra night|tilknytningsdøgn\w*)\b/);
export const ACADEMIC = letterAware(/\b(fagansvar\w*|faglig\w*|fagleg\w*|fagstoff\w*|fagopplegg\w*|faget|academic\w*|content|innhold\w*|pensum\w*|syllabus|curriculum|eksamen|exam|subject matter|taught|teaching|undervis\w*)\b/);
/** "…, not the practical stuff", "ikkje det praktiske": a kind of matter set aside is not the one asked about. */
const SET_ASIDE_CONCERN = letterAware(/\b(not|rather than|instead of|ikke|ikkje|heller enn|i stedet for|i staden for)\s+(the |det |dei |de |den |om )?(practical|praktisk\w*|academic\w*|faglig\w*|fagleg\w*)(\s+(stuff|things|matters|questions|side|ting|saker|spørsmål|sida|siden))?/g);
export const affirmed = (q: string): string => q.replace(SET_ASIDE_CONCERN, ' ');

/** "adressen til hotellet" is a street address, not an e-mail address. */
const PLACE_ADDRESS = letterAware(/\b(hotell\w*|hotel\w*|sted\w*|venue|samling\w*|gathering\w*|kurssted\w*|lokal\w*|gate\w*|street|post\w*|besøk\w*|visiting)\b/);
const isEmailAsk = (q: string): boolean => EMAIL.test(q) && !(/adress|address/.test(q) && !/e-?post|e-?mail|mail/.test(q) && PLACE_ADDRESS.test(q));

export const contactField = (q: string): ContactField => {
  const phone = PHONE.test(q);
  const email = isEmailAsk(q);
  // "e-post og telefonnummer": both details, as a contact is given in full.
  return phone && email ? 'both' : phone ? 'phone' : email ? 'email' : 'all';
};

/** "faglige og praktiske spørsmål" / "academic vs practical stuff": both contact persons. */
/** "Which of the two handles what?", "hvem av dem tar hva?": who takes which kind of question. */
const WHO_TAKES_WHAT = /\b(which|who|hvem|kven|hvilken|kva for ein)\b.*\b(of (the|them) two|of them|av (de|dei) to|av dem|av dei)\b.*\b(what|which|hva|kva)\b|\b(who|hvem|kven) (handles|does|takes|tar|gjør|gjer) (what|hva|kva)\b|\b(who|hvem|kven)\b(\s+[\p{L}']+){1,3}\s+(om|about|for|with|med)\s+(what|hva|kva)\s*[?.!]*\s*$/u;
const concernsBoth = (t: string): boolean => ACADEMIC.test(t) && PRACTICAL.test(t);
export const asksBothConcerns = (q: string): boolean => concernsBoth(affirmed(q)) || WHO_TAKES_WHAT.test(q);

/** The one kind of matter a text names, practical or academic; undefined for both or neither. */
export function concernIn(text: string): 'practical' | 'academic' | undefined {
  const t = affirmed(text);
  const academic = ACADEMIC.test(t);
  return academic === PRACTICAL.test(t) ? undefined : academic ? 'academic' : 'practical';
}

/**
 * "… a practical thing about rooms and logistics – who handles that?": a message that ends by asking whom to ask
 * is about a contact person, the matter before it tells which; the matter's own topic (the rooms) follows.
 */
export function contactAskedLast<T extends { topics: readonly string[]; concern?: 'practical' | 'academic' }>(focus: string, intent: T, readTopics: (clause: string) => readonly string[]): T {
  if (!intent.topics.includes('contacts') || intent.topics[0] === 'contacts') return intent;
  const last = focus.split(/\s[–—-]\s|[.;:!]\s/).pop() ?? focus;
  const asked = readTopics(last);
  if (last === focus || asked.length !== 1 || asked[0] !== 'contacts') return intent;
  return { ...intent, topics: ['contacts', ...intent.topics.filter((t) => t !== 'contacts')], concern: intent.concern ?? concernIn(focus) };
}

/**
 * "My director has questions about the LEDPRO curriculum." → "So I should send those to Kristin Larsen?": a person
 * named with no matter of its own is asked of the matter told before, which decides whether she is the one.
 */
export function contactForMatterTold<T extends { topics: readonly string[]; concern?: 'practical' | 'academic' }>(focus: string, intent: T, yesNo: boolean, before: string | undefined, names: readonly string[]): T {
  if (!yesNo || !before || intent.concern || concernIn(focus) || !names.some((n) => focus.includes(n.toLowerCase()))) return intent;
  const concern = concernIn(before.toLowerCase());
  return concern ? { ...intent, topics: ['contacts'], concern } : intent;
}

/** Whether the question is about a contact person at all (a detail, a role or a name of one of the programs'). */
export function asksForContact(q: string, programs: readonly Program[]): boolean {
  return contactField(q) !== 'all' || CONTACT_ROLE.test(q)
    || programs.some((p) => p.contacts.some((c) => q.includes(c.name.toLowerCase())));
}

// `message`: the whole message, whose matter ("I need the practical contact, not the academic one. What's her
// number?") beats the person of the last answer that "her" would otherwise point to.
export function pickContactFor(q: string, programs: readonly Program[], last: string | undefined, concern?: 'practical' | 'academic', message = q): Contact | undefined {
  const all = programs.flatMap((p) => p.contacts);
  const named = all.find((c) => q.includes(c.name.toLowerCase()) || q.includes(c.name.split(' ')[0].toLowerCase()));
  if (named) return named;
  const asked = affirmed(q);
  if (ACADEMIC.test(asked)) return all.find((c) => c.concerns.includes('academic'));
  if (PRACTICAL.test(asked)) return all.find((c) => c.concerns.includes('practical'));
  const told = message === q ? undefined : concernIn(message);
  if (told) return all.find((c) => c.concerns.includes(told));
  return all.find((c) => c.name === last) ?? (concern ? all.find((c) => c.concerns.includes(concern)) : undefined);
}

export function contactDetail(c: Contact, field: ContactField, lang: Lang): string {
  const who = `${c.name} (${c.role[lang].toLowerCase()})`;
  if (field === 'phone' && c.phones.length > 0) return lang === 'nb' ? `${who} har telefon ${c.phones.join(' / ')}.` : `${who} can be reached by phone at ${c.phones.join(' / ')}.`;
  if (field === 'email' && c.email) return lang === 'nb' ? `E-postadressen til ${who} er ${c.email}.` : `The e-mail address of ${who} is ${c.email}.`;
  return `${who}${c.email ? `, ${c.email}` : ''}${c.phones.length ? `, ${lang === 'nb' ? 'tlf.' : 'phone'} ${c.phones.join(' / ')}` : ''}.`;
}
