import { qnaChat } from '../support/qna-chat';

const { chat } = qnaChat();

describe('a figure from an answer asked to be explained', () => {
  it('"What\'s the 1,375 for?" after the costs is the extra night, whatever the last topic was', () => {
    const a = chat(['What are the costs for LEDPRO?', "What's the 1,375 for?"], 'en-US');
    expect(a.text).toMatch(/extra night \(tilknytningsdøgn\) is NOK 1[ ,]375/);
    expect(chat(['Hva koster LEDPRO?', 'Hva er de 3175 kronene for?']).text).toMatch(/Kost og losji fra lunsj til lunsj .* kr 3 175 per samling/);
    // A bare figure after "and" asks the same.
    expect(chat(['What does the hotel cost for LEDPRO?', 'and the 888?'], 'en-US').text).toMatch(/semester fee of NOK 888 per semester/);
  });

  it('a figure no fact holds, or a year, is no figure to explain', () => {
    // The conversation's topic goes on: the fee, the gatherings.
    expect(chat(['Hva koster LEDPRO?', 'Hva er de 35 000 for?']).text).toMatch(/^LEDPRO 1 og LEDPRO 2 \(gjelder hver del\): Deltakeravgiften er kr 53 000/);
    expect(chat(['When are the LEDPRO gatherings?', "What's 2024 about?"], 'en-US').text).toMatch(/Gathering 1: 15–16 February 2024/);
  });
});

describe('claims checked against the fact', () => {
  it('"Semesteravgifta er altså 888 kroner éin gong, sant?" is no: it is per semester, two of them', () => {
    expect(chat(['Kva kostar LEDPRO?', 'Semesteravgifta er altså 888 kroner éin gong, sant?']).text).toMatch(/^Nei\. .*kr 888 per semester \(2 semestre\)/s);
  });
});
