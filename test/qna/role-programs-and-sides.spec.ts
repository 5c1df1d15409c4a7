import { qnaChat } from '../support/qna-chat';

/** The program of one's role, and a side named by its gathering. Sentences are our own. */
const { chat } = qnaChat();

describe('a program asked for by the role the asker told', () => {
  it('"jeg er studieprogramleder – hvilket program er for meg?" names the study programme leader programme, with no "Ja"', () => {
    const a = chat(['Jeg er studieprogramleder ved NTNU – hvilket program er for meg?']);
    expect(a.text).toMatch(/^For denne rollen har NTNU Studieprogramlederprogrammet\./);
    expect(a.text).not.toMatch(/står ikke/);
  });

  it('"I run a research group … is there a programme for someone like me?" names the research group leader programme', () => {
    const a = chat(['I run a research group in chemistry. Is there a programme for someone like me?'], 'en');
    expect(a.text).toMatch(/^Yes\. For this role NTNU has the research group leader programme \(Forskergruppelederprogrammet\)/);
  });

  it('a role one only hopes to have one day is not told ("want to lead a research group one day")', () => {
    const a = chat(['I hope to lead a research group one day. Which programme fits me?'], 'en');
    expect(a.text).not.toMatch(/research group leader programme \(/);
  });
});

describe('a side named by its gathering', () => {
  it('"en instituttledersamling sammenlignet med en LEDPRO-samling" sets pillar 1 beside LEDPRO', () => {
    const a = chat(['Hvor lang er en instituttledersamling, sammenlignet med en samling på LEDPRO?']);
    expect(a.text).toMatch(/LEDPRO 1[^]*2 dager per samling/);
    expect(a.text).toMatch(/Hovedsøyle 1[^]*2-dagers samlinger/);
  });
});
