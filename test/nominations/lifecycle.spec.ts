import { user } from '../support/activities';
import {
  APPLICANT, cardOf, START, cardProblems, CHANNEL, COORD, ILP, LEADER, NOMINATOR, personalId, startHarness, verbsOf, visible,
  type Card, type Harness,
} from './nominations-harness';

/**
 * LEDPRO applications under the admission rules (before the 15 December 2023 deadline), coordinator cards
 * 1:1 when a cohort has no channel, and the lifecycle after submission: decline, withdraw, the lists.
 */
describe('applications and lifecycle (connector emulator)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
    await h.say('hjelp', COORD);
    await h.say('hjelp', NOMINATOR);
    await h.say('hjelp', APPLICANT);
    await h.say('hjelp', LEADER);
    await h.say('registrer koordinatorkanal ilp-2021-2025', COORD, { channel: true });
  });
  afterAll(() => h.stop());

  const store = () => h.bot.app.context.store;
  const lastCard = (conversationId: string): Card | undefined => cardOf(h.teams.sentTo(conversationId).at(-1) ?? {});

  it('asks an applicant the admission questions of the open LEDPRO cohorts', async () => {
    h.teams.reset();
    await h.say('søk', APPLICANT);
    const form = lastCard(personalId(APPLICANT));
    expect(cardProblems(form)).toEqual([]);
    const body = form?.body as Card[];
    expect((body.find((b) => b.id === 'cohortId')?.choices as Array<{ value: string; title: string }>)).toEqual([
      { value: 'ledpro-1-2024', title: `${h.cohortName('ledpro-1-2024')} (frist 15. desember 2023)` },
      { value: 'ledpro-2-2024', title: `${h.cohortName('ledpro-2-2024')} (frist 15. desember 2023)` },
    ]);
    expect(body.find((b) => b.id === 'degree')?.choices).toHaveLength(3);
    expect(body.find((b) => b.id === 'completed')?.choices).toEqual([{ value: 'ledpro-1', title: `Jeg har gjennomført ${h.programName('ledpro-1')}` }]);
    expect(body.some((b) => b.id === 'nominee')).toBe(false);
  });

  it('refuses LEDPRO 2 without LEDPRO 1 and an application without the education answer, keeping what was typed', async () => {
    const a = await h.invoke('nominations.submit', { kind: 'application', cohortId: 'ledpro-2-2024', justification: 'Vil lære mer' }, APPLICANT);
    const seen = visible(a.value);
    expect(seen).toContain('Søknaden ble ikke sendt:');
    expect(seen).toContain(`${h.programName('ledpro-1')} må være gjennomført først.`);
    expect(seen).toContain('Svar på spørsmålet om utdanning.');
    const justification = (a.value.body as Card[]).find((b) => b.id === 'justification');
    expect(justification?.value).toBe('Vil lære mer');
  });

  it('takes an application without a degree as a course participant, and posts the card 1:1 to coordinators when the cohort has no channel', async () => {
    h.teams.reset();
    const a = await h.invoke('nominations.submit', {
      kind: 'application', cohortId: 'ledpro-2-2024', degree: 'none', completed: 'ledpro-1', justification: 'Vil lære mer',
    }, APPLICANT);
    expect(visible(a.value)).toContain(`Du har søkt om plass på ${h.cohortName('ledpro-2-2024')} (Kursdeltaker (kursbevis, uten studiepoeng))`);
    await h.drain();
    const card = lastCard(personalId(COORD));
    expect(visible(card)).toContain('Søknad: Are Søker');
    expect(visible(card)).toContain('Kursdeltaker (kursbevis, uten studiepoeng)');
    expect(visible(card)).toContain(h.programName('ledpro-1'));
    // An applicant is not told of their own application by a second message: the form already said so.
    expect(h.teams.sentTo(personalId(APPLICANT))).toHaveLength(0);
    const id = ((card?.refresh as { action: { data: { nominationId: string } } }).action.data.nominationId);
    const w = await h.invoke('nominations.waitlist', { nominationId: id, rev: 1 }, COORD);
    expect(visible(w.value)).toContain('På venteliste av Kari Koordinator, 1. mars 2021 kl. 10:00');
    expect(verbsOf(w.value)).toEqual(['nominations.approve', 'nominations.reject']);
    await h.drain();
    expect(visible(lastCard(personalId(APPLICANT)))).toContain(`Du står på venteliste til ${h.cohortName('ledpro-2-2024')}`);
    expect(h.teams.updatesOf(h.teams.sentTo(personalId(COORD))[0].assignedId)).toHaveLength(1);
  });

  it('takes an application from an old client\'s Action.Submit and answers with a new message', async () => {
    const old = user(170, 'Gammel Klient');
    h.bot.clock.advance(60_000);
    h.teams.reset();
    await h.submitFallback({ verb: 'nominations.submit', kind: 'application', lang: 'en', cohortId: 'ledpro-1-2024', degree: 'bachelor', justification: 'x' }, old);
    const reply = h.teams.sentTo(personalId(old));
    expect(reply).toHaveLength(1);
    expect(visible(cardOf(reply[0]))).toContain(`You have applied for a place in ${h.cohortName('ledpro-1-2024', 'en')} (Admission with credits)`);
  });

  it('refuses applications after the deadline', async () => {
    h.bot.clock.set('2023-12-15T23:00:00Z');
    const a = await h.invoke('nominations.submit', { kind: 'application', cohortId: 'ledpro-1-2024', degree: 'bachelor', justification: 'x' }, user(150));
    expect(visible(a.value)).toContain('Søknadsfristen var 15. desember 2023.');
    // Nothing is open any more: the answer lists the problem rather than offering an empty form.
    expect(cardProblems(a.value)).toEqual([]);
    expect((a.value.body as Card[]).some((b) => b.id === 'cohortId')).toBe(false);
    h.teams.reset();
    await h.say('apply', user(150));
    // A card that says so, with what is known and whom to ask (test/flows/dead-ends.e2e.spec.ts).
    expect(String(h.teams.received[0].activity.summary)).toMatch(/^No cohort takes applications now\./);
    h.bot.clock.set(START);
  });

  it('lets the nominee decline from the notice, and tells the nominator and the coordinators', async () => {
    const nominated = await h.invoke('nominations.submit', { kind: 'nomination', cohortId: ILP, nominee: LEADER.aadObjectId, justification: 'God' }, NOMINATOR);
    expect(visible(nominated.value)).toContain('Nominasjonen er sendt');
    h.teams.reset();
    await h.drain();
    const notice = lastCard(personalId(LEADER));
    const decline = (notice?.actions as Card[])[0];
    expect(decline).toMatchObject({ type: 'Action.Execute', verb: 'nominations.decline', data: { rev: 1 } });
    // The coordinators waitlist it meanwhile; declining from the older notice still means what it says.
    const posted = h.teams.sentTo(CHANNEL)[0];
    await h.invoke('nominations.waitlist', { nominationId: (decline.data as { nominationId: string }).nominationId, rev: 1 }, COORD, { channel: true });
    const answer = await h.invoke('nominations.decline', decline.data as Record<string, unknown>, LEADER);
    expect(visible(answer.value)).toContain('Takket nei');
    expect(verbsOf(answer.value)).toEqual([]);
    const twice = await h.invoke('nominations.decline', decline.data as Record<string, unknown>, LEADER);
    expect(visible(twice.value)).toContain('Nominasjonen var allerede endret');
    await h.drain();
    expect(visible(lastCard(personalId(NOMINATOR)))).toContain(`Lise Leder har takket nei til nominasjonen til ${h.cohortName(ILP)}.`);
    expect(visible(cardOf(h.teams.updatesOf(posted.assignedId).at(-1) ?? {}))).toContain('Takket nei av Lise Leder');
    // Declined is not a verdict on the person: they may be nominated again.
    const again = await h.invoke('nominations.submit', { kind: 'nomination', cohortId: ILP, nominee: LEADER.aadObjectId, justification: 'Prøver igjen' }, NOMINATOR);
    expect(visible(again.value)).toContain('Nominasjonen er sendt');
  });

  it('lists a nominator\'s nominations and lets them withdraw one from the list', async () => {
    h.teams.reset();
    await h.say('mine nominasjoner', NOMINATOR);
    const list = lastCard(personalId(NOMINATOR));
    expect(cardProblems(list)).toEqual([]);
    expect(visible(list)).toContain('Mine nominasjoner og søknader');
    expect(visible(list)).toContain('Lise Leder, nominert av Dekan Dahl');
    const withdraw = (list?.body as Card[]).flatMap((b) => (b.items as Card[] | undefined) ?? [])
      .flatMap((i) => (i.actions as Card[] | undefined) ?? []).find((x) => x.verb === 'nominations.withdraw');
    expect(withdraw?.data).toMatchObject({ list: true });
    const answer = await h.invoke('nominations.withdraw', withdraw?.data as Record<string, unknown>, NOMINATOR);
    expect(visible(answer.value)).toContain(`Nominasjon · ${h.cohortName(ILP)} · Trukket`);
    await h.drain();
    expect(visible(lastCard(personalId(LEADER)))).toContain(`Nominasjonen din til ${h.cohortName(ILP)} er trukket av Dekan Dahl.`);
    const history = (await store().list('nomination-audit')).map((e) => e.value as { action: string; actor: { aadObjectId: string } });
    expect(history.filter((e) => e.action === 'withdraw')).toMatchObject([{ actor: { aadObjectId: NOMINATOR.aadObjectId } }]);
  });

  it('lists what awaits the coordinator, in English for "pending"', async () => {
    h.teams.reset();
    await h.say('pending', COORD, { locale: 'en-US' });
    const texts = h.teams.received.map((r) => (typeof r.activity.text === 'string' ? r.activity.text : ''));
    expect(texts[0]).toBe('Pending: 2');
    const cards = h.teams.received.slice(1).map((r) => cardOf(r));
    expect(cards.map((c) => (c?.body as Array<{ text?: string }>)[0].text)).toEqual(['Application: Are Søker', 'Application: Gammel Klient']);
    expect(verbsOf(cards[0])).toEqual(['nominations.approve', 'nominations.reject']);
    expect(verbsOf(cards[1])).toEqual(['nominations.approve', 'nominations.waitlist', 'nominations.reject']);
    h.teams.reset();
    await h.say('til behandling', NOMINATOR);
    expect(String(h.teams.received[0].activity.text)).toBe('Du er ikke koordinator for noe kull.');
  });

  it('refuses to register a channel for someone who is not a coordinator, and in a personal chat; lists stay personal', async () => {
    h.teams.reset();
    await h.say('register coordinator channel ledpro-1-2024', NOMINATOR, { channel: true });
    await h.say('registrer koordinatorkanal ledpro-1-2024', COORD);
    await h.say('registrer koordinatorkanal finnes-ikke', COORD, { channel: true });
    await h.say('mine nominasjoner', NOMINATOR, { channel: true });
    const texts = h.teams.received.map((r) => String(r.activity.text));
    expect(texts[0]).toContain('Only the cohort\'s coordinators can register');
    expect(texts[1]).toContain('Skriv kommandoen i koordinatorenes kanal');
    expect(texts[2]).toContain('Finner ikke kullet «finnes-ikke»');
    // Lists name people: not shown to a whole channel.
    expect(texts[3]).toBe('Bruk denne kommandoen i en personlig chat med meg.');
    expect(await store().get('coordinator-channel', 'ledpro-1-2024')).toBeUndefined();
  });
});
