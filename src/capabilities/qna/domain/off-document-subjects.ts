import { letterAware } from './letter-aware';
import { stem, words } from './text-analysis';

/**
 * Subjects the two program documents do NOT cover. A leader asking about parking, allergies, refunds, grades,
 * online attendance or the teachers' names must hear "the documents don't say", not a neighbouring fact (the hotel,
 * the meals, the fee, the exam, the contacts). The Q&A matcher knows the documents' own words and the everyday
 * wording in everyday-lexicon.ts; a question whose subject is one of these words is off the documents even when
 * it also mentions something they do cover ("is there parking at the hotel?", "vegetarian dinner?").
 *
 * Lower-case single words in bokmål, nynorsk and English with common inflections and compounds. Left out on
 * purpose: anything the documents mention (hotel, Brumunddal, Mjøsa, train, airport, fee, semester fee, board and
 * lodging, literature, exam, home assignment, credits, certificate, admission, deadline, OU fund, network,
 * gatherings, webinar, mentor programme, salary negotiation, team), the words everyday-lexicon.ts already maps to
 * a concept, and words that are generic verbs, adjectives or adverbs (e.g. "opptak" is both recording and
 * admission, "bestått" also asks whether part 1 must be completed first, "lærer" also means "learns").
 * Note that "digital", "online" and the like sit close to the NTNU timeline's single webinar item.
 */

const list = (s: string): readonly string[] => s.split(/\s+/).filter(Boolean);

/** Words naming subjects a participant may ask about that neither document answers. */
export const OFF_DOCUMENT_SUBJECTS: readonly string[] = [
  // Venue: parking, electric-car charging, power sockets
  ...list(`parkering parkeringen parkeringa parkere parkerer parkeringsplass parkeringsplassen parkeringsplasser
    parkeringsplassar parkeringsavgift parkeringshus parkeringsmuligheter gratisparkering garasje parking park parked carpark
    car-park garage elbil elbilen elbillader lading ladestasjon ladestasjoner lader laderen stikkontakt
    stikkontakter charger charging`),
  // Venue: wifi and passwords
  ...list(`wifi wi-fi trådløst wifi-passord wifipassord gjestenett nettilgang passord password`),
  // Venue: gym, pool, sauna, swimming
  ...list(`treningsrom treningsrommet treningssenter gym gymmet basseng bassenget svømmebasseng pool swimming bading
    badstue sauna spa`),
  // Venue: smoking, alcohol, bar
  ...list(`røyke røyking røykerom smoking smoke snus vaping alkohol alcohol vin wine øl beer bar baren pub drinks`),
  // Venue: single/double room, room sharing, check-in/out, reception, luggage
  ...list(`enkeltrom enerom enkeltromstillegg dobbeltrom singelrom romdeling romkamerat roommate roommates innsjekk
    innsjekking innsjekkingstid utsjekk utsjekking check-in checkin check-out checkout resepsjon resepsjonen
    reception garderobe bagasje luggage baggage`),
  // Meals beyond "lunch to lunch incl. dinner": breakfast, coffee, breaks
  ...list(`frokost frokosten frukost frukosten breakfast kaffe kaffen coffee kaffepause lunsjpause lunsjpausen snacks`),
  // Diet: vegetarian, vegan, allergies, gluten, lactose, halal
  ...list(`vegetar vegetarianer vegetarmat vegetarisk vegetariske vegetarian vegetarians vegan veganer vegansk veganske
    allergi allergier allergien allergisk allergy allergies allergic matallergi nøtteallergi nøtter nuts gluten
    glutenfri glutenfritt gluten-free cøliaki coeliac celiac laktose laktosefri laktoseintoleranse lactose
    lactose-free intolerance halal kosher diett dietten diet diets dietary spesialkost spesialkosten spesialmat spesialmaten
    kosthold kostholdet matbehov matpreferanser matpreferansar`),
  // Dress code and clothing
  ...list(`kleskode kleskoden klesskode dresscode dress-code antrekk klær attire clothing clothes outfit dress dresskode`),
  // Laptop, equipment, printing
  ...list(`laptop laptopen pc pc-en bærbar datamaskin computer nettbrett ipad tablet utskrift utskrifter printer printing
    projektor projector utstyr utstyret equipment`),
  // Accessibility and disability
  ...list(`rullestol rullestolen wheelchair universell accessibility accessible heis elevator dysleksi dyslexia
    funksjonsnedsettelse disability disabilities handicap`),
  // Children, childcare, partner, spouse, family, pets
  ...list(`barnepass childcare babysitter barnehage barn barna children kids child baby partner partneren ektefelle
    ektefellen spouse husband wife kone samboer samboeren kjæreste familie familien family kjæledyr hund hunden dog
    dogs pets pet`),
  // Times of day, breaks, daily timetable, free time (the documents give only dates and themes)
  ...list(`starttid starttiden starttidspunkt sluttid sluttiden sluttidspunkt klokkeslett klokka klokken oppmøtetid
    oppmøtetidspunkt frammøte pause pauser pausene breaks timeplan timeplanen timetable dagsprogram dagsplan fritid
    fritiden kveldsprogram`),
  // Teachers, lecturers, facilitators, speakers, supervisors, examiners (none named besides the contacts)
  ...list(`foreleser forelesere foreleseren forelesarar lecturer lecturers lærere lærerne lærar lærarar teacher teachers
    kursleder kurslederen kursledere facilitator facilitators fasilitator speaker speakers innleder gjesteforeleser
    veileder veilederen veiledere rettleiar coach instruktør instructor instructors professor professorer sensor
    sensoren examiner`),
  // Class/cohort size, number of places, waiting list
  ...list(`klassestørrelse gruppestørrelse kullstørrelse kull kullet cohort cohorts plasser studieplass studieplasser seats
    venteliste ventelisten ventelista waitlist waiting-list deltakerantall fullbooket`),
  // Refunds and cancellation
  ...list(`refusjon refusjonen refund refunds refunded tilbakebetaling avbestilling avbestillingen avbestille avbestilt
    avmelding avmeldingen avmeldingsfrist cancellation cancel cancelled canceled angrefrist withdrawal`),
  // Absence, attendance rules, sick leave, leave of absence
  ...list(`fravær fraværet fråvær fråværet absence absent møteplikt oppmøteplikt frammøteplikt attendance tilstedeværelse
    sykdom sjukdom syk sjuk sykemelding sykmelding sykmeldt sjukmelding sjukemelding sick illness sykefravær
    permisjon permisjonen studiepermisjon utdanningspermisjon velferdspermisjon foreldrepermisjon parental fritak`),
  // Grades, pass/fail, resit, complaints, plagiarism, extensions, exam date and length
  ...list(`karakter karakteren karakterer karakterar karakterskala grade grades grading ikke-bestått stryk
    kontinuasjonseksamen konte resit retake klage klagen klageadgang klagefrist complaint complaints appeal appeals
    plagiat plagiering plagiarism fusk cheating juks chatgpt utsettelse extension eksamensdato eksamensdatoen
    eksamensdag innleveringsfrist sidetall ordgrense wordcount word-count`),
  // Language, interpreting, online/hybrid participation, recordings
  ...list(`undervisningsspråk språk språket language languages engelsk english norsk norwegian tolk tolken tolking interpreter
    translation oversettelse online nettbasert nettundervisning nettkurs digital digitalt digitale hybrid
    fjernundervisning remote remotely zoom videomøte strømming streaming livestream recording recordings recorded
    video videoen podcast e-læring e-learning`),
  // Invoice details, instalments, VAT, tax deduction, discounts, student loans
  ...list(`fakturaadresse faktura fakturaen fakturaer fakturert fakturering invoice invoices invoiced invoicing
    delbetaling avdrag avdragsvis nedbetaling betalingsplan installment installments instalment instalments betalingsfrist mva merverdiavgift vat moms skattefradrag fradrag
    tax taxes deductible skatt skatten taxable rabatt rabatten discount discounts early-bird earlybird studentrabatt
    lånekassen studielån loan loans`),
  // Pay rise, promotion, career, job guarantee ("lønn" itself is left out: salary negotiation is a theme)
  ...list(`lønnsøkning lønnsøkningen lønnsopprykk lønnstillegg promotion promotions forfremmelse forfremmelsen opprykk
    karriere karrieren career careers jobbgaranti`),
  // Book titles, authors, compendium, learning platforms, library
  ...list(`boktitler titler titles forfatter forfattere forfatteren author authors kompendium kompendiet compendium ebok
    e-bok ebook bokliste booklist canvas moodle itslearning læringsplattform læringsplattformen lms studentkort
    bibliotek biblioteket library`),
  // Application attachments (CV, letters), visa
  ...list(`cv motivasjonsbrev søknadsbrev anbefalingsbrev arbeidsgivererklæring vedlegg attachments aldersgrense visum visa`),
  // Bus, taxi, car, ferry, tickets and their prices, travel reimbursement, mileage
  ...list(`buss bussen busser bus buses drosje drosjen taxi taxien cab uber bil bilen car cars leiebil rental ferje ferja
    ferry flybillett flybilletter flypris flypriser billett billetten billetter billettpris ticket tickets
    togbillett togbilletter rutetider rutetabell avganger reiseutgifter reisekostnader reiseregning reiserefusjon
    reisegodtgjørelse reisestøtte kilometergodtgjørelse mileage reimbursement reimbursed reimburse utlegg shuttle`),
  // Other institutions and programmes
  ...list(`bi nhh oslomet usn hvl uia uis uit uio uib nmbu handelshøyskolen mba ledpro3`),
  // Weather, opening hours, insurance, covid, vaccines, local services
  ...list(`vær været vêr vêret weather regn rain snø snow værmelding åpningstider åpningstid forsikring forsikringen
    insurance reiseforsikring yrkesskadeforsikring covid covid-19 korona corona pandemi pandemien pandemic
    smittevern vaksine vaksinen vaksinert vaccine vaccination lege restaurant restauranter restaurants`),
  // Privacy, confidentiality, alumni
  ...list(`personvern gdpr privacy taushetsplikt alumni`),
];

const OFF = new Set([...OFF_DOCUMENT_SUBJECTS, 'vacation', 'vacations', 'ferie', 'ferien', 'feriedager', 'feriedag', 'holiday', 'holidays']);
const OFF_PARTS = [...OFF].filter((w) => w.length >= 5);
/** Subjects the documents do not cover that leaders put in everyday words ("få avgiften tilbake", "trekke meg"). */
// "Hva står ARK for?", "what does OU stand for?": the documents spell out no abbreviation ("hvilke verdier står LEDPRO
// for?" asks its values); "which books?" they do not list.
export const OFF_PHRASES = letterAware(/\b((?<=\b(?:on|via|over|through|på|gjennom) (?:ms |microsoft )?)teams\b(?! (?:of|på|med|with) )|(?<=\b(?:zoom|skype) (?:or|eller) )teams\b|teams(?= (?:or|eller) (?:zoom|skype))|(hva|kva|hvad) står (forkortelsen |forkortinga |forkortingen )?[a-zæøå]{2,6} for|what does (the )?[a-z]{2,6} stand for|what [a-z]{2,6} stands for|reading list|pensumlist\w*|leseliste\w*|litteraturlist\w*|(hvilke|kva for|which) (bøker|bøkene|bok|books)|mandatory|obligatorisk\w*|compulsory|krav om oppmøte|oppmøtekrav\w*|oppmøteplikt\w*|møteplikt\w*|fravær\w*|(går|gå|gikk|gjekk) glipp av (en |ei |et |ein |eit )?(samling\w*|dag\w*)|miss(es|ed|ing)? (a |one |the )?(gathering|session|day)s?|miss(ing)? one|skip(ping)? (a|one) (gathering|session)|(have|need|got) to (be at|attend|go to) (every|all|each)|(må|skal) (jeg|eg|man|ein|vi|me) (være|vere) (med )?på alle|attendance|absence|absent|(cap|limit|maks\w*|max\w*|begrens\w*) (on |of |på |for )?(the )?(number of |antall )?(participants|deltakere|deltakarar|plasser|plassar|places|seats)|(how many|hvor mange|kor mange) (participants|people|deltakere|deltakarar|seats|places|plasser|plassar)|(antall|talet på) (deltakere|deltakarar|plasser|plassar)|competitive|single rooms?|enkeltrom\w*|dobbeltrom\w*|double rooms?|share (a )?rooms?|sharing (a )?rooms?|dele rom|deler rom|romkamerat\w*|roommates?|(hard|difficult) to get in(to)?|konkurranse om (plassene|plass\w*)|(vanskelig|vanskeleg) å komme inn|(many|mange) (applicants|søkere|søkjarar)|(how many|hvor mange|kor mange) (apply|søker|søkjer)|number of (participants|seats|places)|f[åa]r? (\w+ )?(\w+ )?(tilbake|attende)|(get|gets|getting|receive|receives) [^.?!]{0,25}\b(back|refunded)|trekk(e|je)? (meg|seg|oss)|trekk(er|jer) (meg|seg|oss)|melde (meg|seg) av studiet|drop out|withdraw\w*|paid leave|fri med lønn|time off|(hvem|kven|who) (er det som |som )?(holder|held|gir|gjev|gives?|holds?|runs?) (foredrag\w*|forelesning\w*|forelesing\w*|talks?|lectures?)|(hvem|kven) (underviser|foreleser)|who (teaches|lectures|are the (lecturers|speakers|teachers))|forelesere|foredragsholder\w*|lecturers|guest speakers)\b/);

/** A subject the documents do not cover, as written or as a part of a compound ("hotellparkering"); stems are not
 * compared, since "regn" (rain) is not "regne" and "lærere" (teachers) is not "lærer" (learns). */
export function isOffDocument(word: string, known: (stemmed: string) => boolean): boolean {
  if (OFF.has(word)) return true;
  // "møteplasser" are the arenas the documents name, not places on the course.
  if (word.length < 8 || known(stem(word)) || /^(møteplass|møtestad)/.test(word)) return false;
  return OFF_PARTS.some((p) => word.startsWith(p) || word.endsWith(p));
}

/** "Kan jeg ha henne med?", "can I bring him along?": someone brought, told of in the sentence before. */
const BRING_ALONG = letterAware(/\b((ha|ta|har|tar|ta|få|bringe|bring|take|have) (henne|ham|han|hen|dem|dei|her|him|them) (med|along|with me)|(bring|take) (her|him|them)\b)/);

/** The subjects of the whole message a question brings along ("Jeg har en baby … Kan jeg ha henne med?"). */
export function broughtAlong(text: string, focus: string, known: (stemmed: string) => boolean): string[] {
  return BRING_ALONG.test(focus) ? words(text).filter((w) => isOffDocument(w, known)) : [];
}

const ABBREVIATION_ASKED = letterAware(/\bstår (?:forkortelsen |forkortinga |forkortingen )?([a-zæøå]{2,6}) for\b|\bwhat does (?:the )?([a-z]{2,6}) stand for\b|\b([a-zæøå]{2,6}) stands? for\b/);

/** The abbreviation a question asks to have spelled out ("hva står ARK for?", "what does OU stand for?"). */
export function abbreviationAsked(focus: string): string | undefined {
  const m = ABBREVIATION_ASKED.exec(focus);
  const token = m ? m[1] ?? m[2] ?? m[3] : undefined;
  return token && !/^(det|den|dei|de|it|that|this|they)$/.test(token) ? token.toUpperCase() : undefined;
}
