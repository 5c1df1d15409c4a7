import { withMissingDetail } from '../../src/capabilities/qna/domain/asked-details';

describe('details a fact does not hold', () => {
  const place = 'Alle samlingene arrangeres på Wood Hotel i Brumunddal.';
  it('says first that the street address is not given, and keeps the place as the answer', () => {
    expect(withMissingDetail('hva er adressen til hotellet?', place, 'nb')).toEqual({ text: `Gateadressen er ikke oppgitt i dokumentet. ${place}`, unanswered: false });
    expect(withMissingDetail('hva er adressen til hotellet?', 'Storgata 5, 2380 Brumunddal', 'nb')).toBeUndefined();
    expect(withMissingDetail('hva er e-postadressen til prosjektlederen?', place, 'nb')).toBeUndefined();
  });
  it('leaves a time-of-day question unanswered when the gathering has days only', () => {
    const days = 'Samling 6 er 7.–8. oktober 2024 (klokkeslett er ikke kunngjort) på Wood Hotel.';
    expect(withMissingDetail('kva tid på dagen startar ho?', days, 'nb')).toEqual({ text: 'Klokkeslett er ikke oppgitt i dokumentet. Samling 6 er 7.–8. oktober 2024 på Wood Hotel.', unanswered: true });
    expect(withMissingDetail('what time does it start?', 'Gathering 6 starts at 09:30.', 'en')).toBeUndefined();
  });
  it('says the share covered, the hours a week and the grading scale are not given when the fact lacks them', () => {
    const fund = 'Offentlig ansatte kan søke OU-fondet om tilskudd. Tidligere er det gitt støtte til deltakeravgift.';
    expect(withMissingDetail('hvor stor del av avgiften dekker OU-fondet?', fund, 'nb')).toEqual({ text: `Hvor mye som dekkes, er ikke oppgitt i dokumentet. ${fund}`, unanswered: true });
    expect(withMissingDetail('for what part of it?', fund, 'en')).toBeUndefined();
    const between = 'Between gatherings the participants carry out planned follow-up in their own organisation.';
    expect(withMissingDetail('how many hours a week should I set aside for that?', between, 'en')?.text).toBe(`The document does not say how many hours it takes. ${between}`);
    const exam = 'Eksamen er en hjemmeoppgave som leveres gruppevis eller individuelt.';
    expect(withMissingDetail('får man bokstavkarakter på eksamen?', exam, 'nb')?.unanswered).toBe(true);
    expect(withMissingDetail('får man bokstavkarakter på eksamen?', 'Eksamen vurderes med bokstavkarakter A–F.', 'nb')).toBeUndefined();
  });
});
