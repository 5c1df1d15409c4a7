import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/bot-process';
import { CardPictures, type Picture } from '../support/card-pictures';
import { chromiumAvailable, screenshotDir } from '../support/playground';
import { cardOf, LEADER, personalId, startHarness, type Harness } from '../nominations/nominations-harness';

/**
 * Q&A answers as a leader sees them in Teams: the answer card from /api/messages, drawn by the Adaptive Cards
 * renderer in headless Chromium. One picture per kind of reply (a fact with its source, an unknown with the
 * contact, a two-part question with one part unanswered, a context statement, small talk, a yes/no verdict, the
 * asker's own target group, a premise corrected beside another question, the last answer again in the language asked
 * for, a contact named for the wrong matter corrected, a wrong premise given as a reason corrected, the program of one's
 * role, costs named one by one, a programme claimed for the other document's provider), in bokmål and English.
 * `UPDATE_SCREENSHOTS=1` writes them to docs/screenshots (with the card JSON in docs/screenshots/source).
 */
const DOCS = join(ROOT, 'docs', 'screenshots');
const out = process.env.UPDATE_SCREENSHOTS === '1' ? DOCS : screenshotDir('answer-pictures');
const run = chromiumAvailable() ? describe : describe.skip;

const ASKED: ReadonlyArray<{ name: string; turns: string[]; locale: string }> = [
  { name: 'qna-fee-nb', turns: ['Hva koster LEDPRO?'], locale: 'nb-NO' },
  { name: 'qna-unknown-nb', turns: ['Er det trådløst nett på hotellet på LEDPRO-samlingene?'], locale: 'nb-NO' },
  { name: 'qna-two-parts-nb', turns: ['Når er fristen for å søke LEDPRO, og er det parkering ved hotellet?'], locale: 'nb-NO' },
  { name: 'qna-context-nb', turns: ['Jeg er enhetsleder i en kommune og vurderer LEDPRO.'], locale: 'nb-NO' },
  { name: 'qna-follow-up-en', turns: ['Where are the LEDPRO gatherings held?', 'and when is the first one?'], locale: 'en-US' },
  { name: 'qna-hello-en', turns: ['hello, who are you?'], locale: 'en-US' },
  { name: 'qna-yes-no-nb', turns: ['Må jeg ha bachelor for å begynne på LEDPRO?'], locale: 'nb-NO' },
  { name: 'qna-role-nb', turns: ['Jeg er nettopp blitt forskningsgruppeleder. Hvilken ledergruppe hører jeg til i NTNUs lederutvikling?'], locale: 'nb-NO' },
  { name: 'qna-premise-nb', turns: ['Jeg melder henne rett på del 2 av LEDPRO, del 1 blir bortkastet for henne. Hvordan søker jeg?'], locale: 'nb-NO' },
  { name: 'qna-language-en', turns: ['Hvor holdes LEDPRO-samlingene?', 'in English please'], locale: 'nb-NO' },
  { name: 'qna-contact-corrected-nb', turns: ['Det er vel Randi Bredvold jeg ringer om hotellrommet på LEDPRO? Hva er nummeret?'], locale: 'nb-NO' },
  { name: 'qna-reason-corrected-en', turns: ['Since LEDPRO meets in Lillehammer, is there a hotel close to the station there?'], locale: 'en-US' },
  { name: 'qna-role-program-nb', turns: ['Jeg er studieprogramleder ved NTNU – hvilket program er for meg?'], locale: 'nb-NO' },
  { name: 'qna-costs-named-en', turns: ['LEDPRO: what are the participant fee, the board and lodging and the extra night?'], locale: 'en-US' },
  { name: 'qna-parts-once-nb', turns: ['LEDPRO har ti samlinger, så jeg setter av 20 dager. Stemmer det?'], locale: 'nb-NO' },
  { name: 'qna-week-clash-nb', turns: ['Jeg har permisjon i uke 14. Krasjer det med LEDPRO?'], locale: 'nb-NO' },
  { name: 'qna-shared-once-nb', turns: ['Hva er opptakskravet til LEDPRO del 1?', 'sammenlignet med del 2?'], locale: 'nb-NO' },
  { name: 'qna-shared-once-en', turns: ['What happens between the LEDPRO gatherings in part 1 and part 2?'], locale: 'en-US' },
  { name: 'qna-provider-claim-nb', turns: ['Er LEDPRO et av NTNU sine program?'], locale: 'nb-NO' },
];

run('pictures of Q&A answers', () => {
  let pictures: CardPictures;
  let h: Harness;
  const shots: Array<Picture & { text: string }> = [];
  beforeAll(async () => {
    pictures = await CardPictures.start();
    h = await startHarness({ now: '2023-11-01T09:00:00Z' });
  }, 60_000);
  afterAll(async () => { await h.stop(); await pictures.stop(); });

  it('answers each question with a card carrying the text the leader reads', async () => {
    for (const q of ASKED) {
      for (const turn of q.turns) {
        h.teams.reset();
        await h.say(turn, LEADER, { locale: q.locale });
      }
      const a = h.teams.sentTo(personalId(LEADER))[0];
      const card = cardOf(a);
      shots.push({ name: q.name, card, text: JSON.stringify(card ?? a.activity.text ?? '') });
    }
    const byName = new Map(shots.map((s) => [s.name, s.text]));
    expect(byName.get('qna-fee-nb')).toMatch(/53\s?000/);
    expect(byName.get('qna-unknown-nb')).toMatch(/står ikke/i);
    // The contact is named once on the card, not in the text and again below it.
    const unknownBody = JSON.stringify((shots.find((s) => s.name === 'qna-unknown-nb')?.card as { body: unknown }).body);
    expect(unknownBody.split('kristin.larsen@inn.no')).toHaveLength(2);
    // Both parts answered: the deadline, and the parking the documents do not mention.
    expect(byName.get('qna-two-parts-nb')).toMatch(/15\. desember 2023/);
    expect(byName.get('qna-two-parts-nb')).toMatch(/«Er det parkering ved hotellet\?» – det sier programdokumentene ingenting om/);
    // A leader saying they consider the program is not asking about its exam.
    expect(byName.get('qna-context-nb')).not.toMatch(/eksamen/i);
    expect(byName.get('qna-follow-up-en')).toMatch(/Gathering 1 [^"]*15–16 February 2024/);
    expect(byName.get('qna-follow-up-en')).not.toMatch(/Gathering 2/);
    expect(byName.get('qna-hello-en')).not.toMatch(/do not say|står ikke/i);
    expect(byName.get('qna-yes-no-nb')).toMatch(/"fallbackText":"Ikke nødvendigvis\. /);
    expect(byName.get('qna-role-nb')).toMatch(/Forskningsgruppeledere står i målgruppen nivå 4-ledere/);
    // A premise told beside another question is corrected first; then the question is answered.
    expect(byName.get('qna-premise-nb')).toMatch(/"fallbackText":"For å kunne begynne på LEDPRO 2 må du ha gjennomført del 1[^"]*inn\.no\/ledpro2/);
    // The last question again, in the language asked for.
    expect(byName.get('qna-language-en')).toMatch(/All gatherings are held at Wood Hotel in Brumunddal/);
    // A contact named for a matter they do not take: who does, with the number asked for.
    expect(byName.get('qna-contact-corrected-nb')).toMatch(/"fallbackText":"Nei\. Randi Bredvold er fagansvarlig og tar faglige spørsmål; praktiske spørsmål tar Kristin Larsen\. Kristin Larsen \(prosjektleder\), kristin\.larsen@inn\.no, tlf\. 61 28 82 03/);
    // The number asked for in the second question is on the card once.
    const contactBody = JSON.stringify((shots.find((s) => s.name === 'qna-contact-corrected-nb')?.card as { body: unknown }).body);
    expect(contactBody.split(/61\s28\s82\s03/)).toHaveLength(2);
    // A wrong premise given as the reason for a question is corrected first.
    expect(byName.get('qna-reason-corrected-en')).toMatch(/"fallbackText":"No, that is not right\. [^"]*Wood Hotel in Brumunddal/);
    // A program asked for by one's role: named first, with what the documents leave out of it.
    expect(byName.get('qna-role-program-nb')).toMatch(/"fallbackText":"For denne rollen har NTNU Studieprogramlederprogrammet\./);
    // Costs named one by one: each with its figure, in the order asked.
    expect(byName.get('qna-costs-named-en')).toMatch(/Participation fee NOK 53 000; board and lodging NOK 3 175 per gathering; extra night NOK 1 375 per night\./);
    expect(byName.get('qna-parts-once-nb')).toMatch(/Nei\. LEDPRO 1 og LEDPRO 2 \(gjelder hver del; for del 2 står det på siden for del 1\): Det arrangeres 6 samlinger/);
    expect(byName.get('qna-week-clash-nb')).toMatch(/Ja, i uke 14 \(1\.–7\. april\) er det samling/);
    // What the two parts share is said once, then what part 2 adds.
    const shared = byName.get('qna-shared-once-nb') ?? '';
    expect(shared).toMatch(/LEDPRO 1 og LEDPRO 2 \(likt for hver del\): Opptakskravet er bachelorgrad/);
    expect(shared).toMatch(/Tillegg for LEDPRO del 2: du må ha gjennomført LEDPRO del 1/);
    const sharedBody = JSON.stringify((shots.find((x) => x.name === 'qna-shared-once-nb')?.card as { body: unknown }).body);
    expect(sharedBody.split('vurdert individuelt')).toHaveLength(2);
    const sharedEn = JSON.stringify((shots.find((x) => x.name === 'qna-shared-once-en')?.card as { body: unknown }).body);
    expect(sharedEn.split('written notes about them')).toHaveLength(2);
    expect(sharedEn).toMatch(/In addition for LEDPRO 2: /);
    expect(shots.every((s) => s.card !== undefined)).toBe(true);
  }, 120_000);

  it('renders every answer card without a renderer problem', async () => {
    for (const s of shots) {
      const file = join(out, `${s.name}.png`);
      expect(await pictures.save({ name: s.name, card: s.card }, file)).toEqual([]);
      expect(statSync(file).size).toBeGreaterThan(5_000);
      if (out === DOCS) writeFileSync(join(DOCS, 'source', `${s.name}.json`), `${JSON.stringify(s.card, null, 1)}\n`);
    }
  }, 120_000);
});
