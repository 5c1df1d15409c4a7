import { qnaChat } from '../support/qna-chat';

const { ask, chat } = qnaChat();

describe('which of the documents\' leader groups the asker belongs to', () => {
  it('finds the group by the asker\'s role, also when the role is written another way ("forskergruppeleder")', () => {
    const a = ask('Jeg er forskergruppeleder på et institutt. Hvilken målgruppe hører jeg til hos NTNU?');
    expect(a.text).toMatch(/^Forskningsgruppeledere står i målgruppen nivå 4-ledere \(forskningsgruppeledere,/);
  });

  it('answers in English with the English group names, and lists every group that holds the role', () => {
    // The role is found in the bokmål listing too: the English one says "subject group leaders".
    const a = ask('I am a faggruppeleder at NTNU. Which group do I fall under in the leader overview?', 'en-US');
    expect(a.text).toMatch(/^Subject group leaders are in the target groups /);
    expect(a.text).toMatch(/Heads of Department \(/);
    expect(a.text).toMatch(/level 4 leaders \(/);
  });

  it('"how do I join a leader programme" after it is answered by who nominates', () => {
    const a = ask('Jeg er studieprogramleder. Hvilken ledergruppe er jeg i, og hvordan blir jeg med på et lederprogram?');
    expect(a.text).toMatch(/nivå 4-ledere/);
    expect(a.text).toMatch(/fakultetene som nominerer/);
  });
});

describe('applying on a condition of one\'s education', () => {
  it('"kan jeg søke om jeg ikke har bachelor?" is answered by the admission requirement, not how to apply', () => {
    const a = ask('Kan jeg søke på LEDPRO hvis jeg ikke har bachelorgrad, men lang erfaring?');
    expect(a.text).toMatch(/Opptakskravet er bachelorgrad/);
    expect(a.text).toMatch(/kursdeltaker/);
  });
});

describe('who nominates', () => {
  it('"the faculty" meets "the faculties" (English -ies plurals), and "sign myself up" asks how one gets on', () => {
    expect(ask('is it the faculty that picks people for NTNU\'s leadership programmes?', 'en-US').text).toMatch(/^Yes\. For NTNU's leader development programmes, the faculties nominate/);
    expect(ask('can I sign myself up for the NTNU innovation leader programme?', 'en-US').text).toMatch(/^No\. .*faculties nominate/);
  });
});

describe('eligibility of someone the asker tells of, and claims in other words', () => {
  it('"kan hun være med likevel?" after her lack of higher education is answered by the admission rules', () => {
    const chat = qnaChat().chat;
    const a = chat(['Jeg har en dyktig avdelingsleder uten høyere utdanning.', 'kan han bli med på LEDPRO likevel?']);
    expect(a.text).toMatch(/kursdeltaker/);
  });

  it('"mestre" a skill is being skilled at it: the claim is confirmed', () => {
    const chat = qnaChat().chat;
    expect(chat(['Jeg skal presentere NTNUs lederutvikling for kollegene mine.', 'stemmer det at de forventer at lederne skal mestre både personalledelse og det strategiske nivået?']).text).toMatch(/^Ja\./);
  });

  it('the English answers name the document\'s own word for the heads of office, so a leader who knows them as kontorsjefer recognises them', () => {
    expect(ask('Who takes part in the second pillar of the head of department programme?', 'en-US').text).toMatch(/heads of office \(kontorsjefer\)/);
  });

  it('"head of department" is a role; the pillar titled "Head of Department gatherings" is named with its gatherings', () => {
    const scene = chat(['Our new head of department wants to know about the head of department programme.'], 'en-US');
    // "… wants to know about X" asks about X: the program's overview, no "feel free to ask".
    expect(scene.kind).toBe('answer');
    expect(scene.text).toMatch(/^The Head of Department programme \(Instituttlederprogrammet\) is leader development/);
    expect(chat(['Our new head of department wants to know about the head of department programme.', 'Does it only last for the first year?'], 'en-US').text).toMatch(/^No\. .*4 years at a time/);
    expect(ask('As a head of department, what is the focus of the gatherings we have with the dean and the deanery?', 'en-US').text).toMatch(/Pillar 2, management team gathering/);
    expect(ask('What happens at the department head gatherings?', 'en-US').text).toMatch(/Pillar 1, Head of Department gatherings/);
  });
});
