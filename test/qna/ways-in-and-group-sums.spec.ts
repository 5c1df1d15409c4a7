import { qnaChat } from '../support/qna-chat';

/** Readings met in session 53's second dev round: how one gets into a programme, carried to the other programme; "is it
 * like that there too, or how …?"; and a price asked again for the whole group. Sentences are our own. */
const { chat } = qnaChat();

describe('how one gets in, then the other programme', () => {
  it('"Hvordan blir lederne på NTNU med i programmene?" → "og på LEDPRO, likt?" sets nomination beside the application', () => {
    const a = chat(['Hvordan blir lederne ved NTNU med i lederutviklingsprogrammene?', 'og på LEDPRO, likt der?']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/fakultetene som nominerer/);
    expect(a.text).toMatch(/søker opptak via studiets nettsider/);
  });

  it('in English, "how are NTNU leaders picked?" → "and for LEDPRO?" is LEDPRO\'s way in', () => {
    expect(chat(['How are leaders at NTNU picked for the leader development programmes?'], 'en').text).toMatch(/faculties nominate/);
    const a = chat(['How are leaders at NTNU picked for the leader development programmes?', 'and for LEDPRO?'], 'en');
    expect(a.text).toMatch(/LEDPRO/);
    expect(a.text).toMatch(/apply|admission/i);
  });

  it('"Er det sånn på NTNU også, eller hvordan blir man med der?" after a told application gives the way in, with no yes', () => {
    const a = chat(['Vi søkte selv på LEDPRO før fristen.', 'Er det sånn ved NTNU sine lederprogram også, eller hvordan blir man med der?']);
    expect(a.text).toMatch(/^Til NTNUs lederutviklingsprogrammer er det fakultetene som nominerer deltakere/);
  });

  it('a claim before "eller hvordan" is still answered yes or no', () => {
    const a = chat(['Er LEDPRO på Lillehammer, eller hvordan er det?']);
    expect(a.text).toMatch(/^Nei\./);
  });
});

describe('a price asked again for the whole group', () => {
  it('"Hva er deltakeravgiften?" → "og for hele gruppa? vi er fire" sums the fee for four', () => {
    const a = chat(['Hva er deltakeravgiften på LEDPRO?', 'og for hele gruppa? vi er fire avdelingsledere']);
    expect(a.text).toMatch(/Deltakeravgiften alene for 4 personer: 4 × kr 53 000 = kr 212 000/);
  });

  it('a group told beside another question gets no sum it did not ask for', () => {
    const a = chat(['Vi er tre ledere som vurderer LEDPRO. Hvem kontakter vi om praktiske ting?']);
    expect(a.text).toMatch(/Kristin Larsen/);
    expect(a.text).not.toMatch(/For 3 personer/);
  });
});

describe('being a leader asked as a condition', () => {
  it('"Må jeg være leder for å søke?" is a no: the target group names staff, union representatives and potential leaders', () => {
    const a = chat(['Må jeg være leder for å søke?']);
    expect(a.text).toMatch(/^Nei\. LEDPRO 1 og LEDPRO 2/);
    expect(a.text).toMatch(/potensielle ledere/);
  });

  it('in English, of LEDPRO', () => {
    const a = chat(['Do you need to be a manager to join LEDPRO?'], 'en');
    expect(a.text).toMatch(/^No\./);
  });
});

describe('the stay asked as part of the price', () => {
  it('"Er hotellopphold inkludert i prisen?" is a no: the stay comes in addition to the fee', () => {
    const a = chat(['Er hotellopphold inkludert i prisen?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/Opphold under samlingene og litteratur kommer i tillegg/);
  });

  it('"Er middag med i prisen for kost og losji?" is still about the stay\'s own price: yes', () => {
    const a = chat(['Er middag med i prisen for kost og losji på LEDPRO?']);
    expect(a.text).toMatch(/^Ja\./);
    expect(a.text).toMatch(/inkludert middag/);
  });
});

describe('someone from outside NTNU asking to join its own programmes', () => {
  it('a municipality with no tie to NTNU sending its leaders is a no: the programme is for NTNU\'s own leaders', () => {
    const a = chat(['Vi er en kommune på Sørlandet uten tilknytning til NTNU. Kan vi sende lederne våre på instituttlederprogrammet?']);
    expect(a.text).toMatch(/^Nei\. Programmet er for NTNUs egne ledere\./);
  });

  it('a consultant who works for NTNU is still not one of its leaders', () => {
    const a = chat(['Jeg er innleid konsulent og har mange oppdrag for NTNU. Kan jeg melde meg på instituttlederprogrammet?']);
    expect(a.text).toMatch(/^Nei\. Programmet er for NTNUs egne ledere\./);
    expect(a.text).toMatch(/fakultetene som nominerer/);
  });

  it('a workplace named by its town asks no place', () => {
    const a = chat(['Jeg jobber i Steinkjer kommune. Kan jeg delta på Instituttlederprogrammet?']);
    expect(a.text).toMatch(/^Nei\. Programmet er for NTNUs egne ledere\./);
    expect(a.text).not.toMatch(/Oppdal/);
  });

  it('a consultant asking about LEDPRO, whose target group names consultants, is not turned away', () => {
    const a = chat(['Jeg er konsulent i et firma med oppdrag for kommuner. Kan jeg søke på LEDPRO?']);
    expect(a.text).not.toMatch(/^Nei/);
    expect(a.text).toMatch(/konsulenter/);
  });
});

describe('a person named as the one to call about a practical matter', () => {
  it('"så det er Randi Bredvold jeg ringer når jeg må bestille en ekstra natt?" is a no: Kristin Larsen takes practical things', () => {
    const a = chat(['Hvem er fagansvarlig for LEDPRO?', 'Ok, så det er Randi Bredvold jeg ringer når jeg skal bestille et tilknytningsdøgn?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/Kristin Larsen/);
    expect(a.text).not.toMatch(/kr 4 550|Samling 1/);
  });
});

describe('a fund named for public employees, asked by a private firm', () => {
  it('is a no with the fund\'s own words', () => {
    const a = chat(['We are a small private consulting company. Can we get money from the OU fund for LEDPRO?'], 'en');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/Public employees can apply to the OU fund/);
  });
});

describe('part 1 taken long ago', () => {
  it('"kan hun søke på del 2 selv om det er lenge siden?" is part 2\'s requirement, with where to read up on part 1', () => {
    const a = chat(['En av lederne våre tok LEDPRO 1 i 2018. Kan hun søke på del 2 nå, selv om det er lenge siden?']);
    expect(a.text).toMatch(/^Ja\. For å kunne begynne på LEDPRO 2 må du ha gjennomført del 1/);
    expect(a.text).toMatch(/inn\.no\/ledpro1/);
  });
});

describe('the programme of one\'s role, asked "which of NTNU\'s programmes is most relevant"', () => {
  it('a research group leader told in a clause gets Forskergruppelederprogrammet first', () => {
    const a = chat(['Utenom jobben som enhetsleder har jeg en deltidsstilling ved NTNU der jeg leder en forskergruppe. Hvilket av NTNUs programmer er mest aktuelt for meg?']);
    expect(a.text).toMatch(/^For denne rollen har NTNU Forskergruppelederprogrammet\./);
  });
});

describe('whether NTNU runs a programme it only names', () => {
  it('"Does NTNU run a mentoring programme for its leaders?" is a yes with the list that names it', () => {
    const a = chat(['Does NTNU run a mentor programme for its leaders?'], 'en');
    expect(a.text).toMatch(/^Yes\./);
    expect(a.text).toMatch(/the mentor programme/);
  });

  it('"Driver NTNU et mentorprogram?" in bokmål', () => {
    const a = chat(['Driver NTNU et mentorprogram for lederne sine?']);
    expect(a.text).toMatch(/^Ja\./);
    expect(a.text).toMatch(/Mentorprogrammet/);
  });
});
