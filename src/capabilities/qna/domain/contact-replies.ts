import { keptValue } from '../../../shared/kept-value';
import type { Program } from '../../../catalog/catalog.schema';
import type { Lang } from '../../../shared/i18n';
import type { Answer } from './answer';
import { ACADEMIC, asksBothConcerns, asksForContact, contactDetail, contactField, PRACTICAL, pickContactFor } from './contact-answers';
import { verdictWord } from './verdicts';
import type { ReadQuestion } from './read-question';
import { letterAware } from './letter-aware';

type Contact = Program['contacts'][number];

/** "Kristin Larsen er prosjektleder og tar praktiske spørsmål; faglige spørsmål tar Randi Bredvold." */
function whoIsWho(mentioned: Contact, rightOne: Contact, matter: string, lang: Lang): string {
  const kind = (m: string): string => (m === 'practical' ? (lang === 'nb' ? 'praktiske' : 'practical') : lang === 'nb' ? 'faglige' : 'academic');
  const theirs = mentioned.concerns.find((x) => x !== 'general') ?? 'general';
  return lang === 'nb'
    ? `${mentioned.name} er ${mentioned.role.nb.toLowerCase()}${theirs !== 'general' ? ` og tar ${kind(theirs)} spørsmål` : ''}; ${kind(matter)} spørsmål tar ${rightOne.name}.`
    : `${mentioned.name} is the ${mentioned.role.en.toLowerCase()}${theirs !== 'general' ? ` and takes ${kind(theirs)} questions` : ''}; ${kind(matter)} questions go to ${rightOne.name}.`;
}

/** A contact's first name as a word, compiled once per catalog contact (letter-aware patterns cost to build). */
const firstNames = new Map<string, RegExp>();
function firstNamePattern(name: string): RegExp {
  return keptValue(firstNames, name, (n) => letterAware(new RegExp(`\\b${n.split(' ')[0].toLowerCase()}\\b`)));
}

/**
 * A question about whom to contact, answered with only what was asked of the right person: "So Kristin Larsen is
 * the one for academic questions?", both persons for academic and practical matters, or one person's phone or
 * e-mail (the person of the last answer when none is named). Undefined when the question asks no contact.
 */
export function contactReply(read: ReadQuestion, inScope: readonly Program[], lang: Lang, lastContact: string | undefined, reply: (text: string, programs: Program[]) => Answer): Answer | undefined {
  const { intent, form } = read;
  const topic = intent.topics[0];
  const withContacts = inScope.filter((p) => p.contacts.length > 0);
  if (withContacts.length === 0 || (topic !== 'contacts' && !asksForContact(read.focus, withContacts))) return undefined;
  // "So Kristin Larsen is the one for academic questions?": the person for that concern, and whether it is her.
  const all = withContacts.flatMap((p) => p.contacts);
  // "hun er fagansvarlig, ikke sant?" right after a contact was named: she is that contact.
  const pronounOfLast = lastContact && /^(og |and |så |so |men |but )?(hun|han|hen|ho|she|he)('s|\s+er|\s+is)\b/.test(read.focus.trim()) ? all.find((x) => x.name === lastContact) : undefined;
  const named = all.find((x) => read.focus.includes(x.name.toLowerCase())) ?? pronounOfLast;
  const forConcern = intent.concern ? all.find((x) => x.concerns.includes(intent.concern ?? 'general')) : undefined;
  if (form.yesNo && named && forConcern) {
    const ps = withContacts.filter((p) => p.contacts.includes(forConcern));
    // "Og Kristin Larsen er fagansvarlig, ikke sant?": no, and what she is, before who is.
    const said = named === forConcern || !intent.concern ? '' : ` ${whoIsWho(named, forConcern, intent.concern, lang)}`;
    const text = `${verdictWord(named === forConcern ? 'yes' : 'no', lang)}.${said} ${contactDetail(forConcern, 'all', lang)}`;
    return { ...reply(text, ps),
      contact: { name: forConcern.name, role: forConcern.role[lang], email: forConcern.email, phones: forConcern.phones } };
  }
  // "har forstått at det er Randi Bredvold jeg skal ringe om hotellet – nummeret hennes?": the person named does not
  // take that kind of question; who does is said, with the detail asked of the right one.
  // By full name, or by a first name no other contact has ("så jeg ringer Randi om overnattinga …?").
  const byFirstName = (text: string): Contact | undefined => {
    const hits = all.filter((x) => firstNamePattern(x.name).test(text));
    // Both parts of a family list the same people: one name, however many entries.
    return new Set(hits.map((x) => x.name)).size === 1 ? hits[0] : undefined;
  };
  const mentioned = all.find((x) => read.text.includes(x.name.toLowerCase())) ?? byFirstName(read.focus);
  // "Det faglige, ikke det praktiske": a matter set aside is not the one asked about.
  const asked = read.text.replace(/\b(ikke|ikkje|not)\s+(det\s+|the\s+|om\s+|about\s+|noe\s+)?(\p{L}+\s+)?(praktisk\p{L}*|practical\p{L}*|faglig\p{L}*|fagleg\p{L}*|academic\p{L}*)/gu, ' ');
  const practicalMatter = PRACTICAL.test(asked);
  const academicMatter = ACADEMIC.test(asked);
  // Both kinds of matter named: the question is not about the wrong person for one of them.
  const matter = practicalMatter === academicMatter ? undefined : practicalMatter ? 'practical' : 'academic';
  const rightOne = mentioned && matter && !mentioned.concerns.includes(matter) ? all.find((x) => x.concerns.includes(matter)) : undefined;
  if (mentioned && rightOne && matter) {
    const said = whoIsWho(mentioned, rightOne, matter, lang);
    const ps = withContacts.filter((p) => p.contacts.includes(rightOne));
    return { ...reply(`${verdictWord('no', lang)}. ${said} ${contactDetail(rightOne, contactField(read.focus), lang)}`, ps),
      contact: { name: rightOne.name, role: rightOne.role[lang], email: rightOne.email, phones: rightOne.phones } };
  }
  const academic = all.find((x) => x.concerns.includes('academic'));
  const practical = all.find((x) => x.concerns.includes('practical'));
  if (topic === 'contacts' && asksBothConcerns(read.focus) && academic && practical && academic !== practical) {
    const text = lang === 'nb' ? `Faglige spørsmål: ${contactDetail(academic, 'all', lang)} Praktiske spørsmål: ${contactDetail(practical, 'all', lang)}`
      : `Academic questions: ${contactDetail(academic, 'all', lang)} Practical questions: ${contactDetail(practical, 'all', lang)}`;
    return reply(text, withContacts);
  }
  const c = pickContactFor(read.focus, withContacts, lastContact, intent.concern, read.text);
  if (c && (contactField(read.focus) !== 'all' || (asksForContact(read.focus, withContacts) && !form.yesNo))) {
    const ps = withContacts.filter((p) => p.contacts.includes(c));
    return { ...reply(contactDetail(c, contactField(read.focus), lang), ps),
      contact: { name: c.name, role: c.role[lang], email: c.email, phones: c.phones } };
  }
  return undefined;
}
