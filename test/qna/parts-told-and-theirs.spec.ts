import { qnaChat } from '../support/qna-chat';

/** What a follow-up sets side by side, and "the first" that is an occasion. Sentences are our own. */
const { chat } = qnaChat();

describe('"the first" with a month claimed is the first occasion, not item 1 of a list', () => {
  it('"den første var i januar 2021, ikke sant?" after the faculty training days is corrected with August 2021', () => {
    const a = chat(['Fortell om de felles opplæringsdagene fakultetsvis på NTNU', 'Den første var i januar 2021, ikke sant?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/August 2021/);
    expect(a.text).not.toMatch(/^Nei\. 1\)/);
  });
});

describe('a comparison of what was told', () => {
  it('"hva skiller dem i innhold?" after "jeg går del 1 av LEDPRO og sjefen min del 2" sets the parts side by side', () => {
    const a = chat(['Jeg går del 1 av LEDPRO, og sjefen min tar del 2', 'hva skiller dem i innhold?']);
    expect(a.text).toMatch(/LEDPRO 1[^]*hovedtemaer[^]*LEDPRO 2[^]*hovedspor/);
  });

  it('"og hvor har de sine?" sets the other program talked of beside the one named', () => {
    const a = chat(['Svogeren min går på instituttlederprogrammet ved NTNU', 'Hvor holdes samlingene på LEDPRO, og hvor har de sine?']);
    expect(a.text).toMatch(/Wood Hotel/);
    expect(a.text).toMatch(/Oppdal|Lerkendal/);
  });

  it('"Kan du setje det opp mot …? Kor lenge går kvart av dei?" answers both, with no "Ja" first', () => {
    const a = chat(['Kor lenge varer LEDPRO?', 'Kan du setje det opp mot instituttleiarprogrammet? Kor lenge varer kvart av dei?']);
    expect(a.text).not.toMatch(/^Ja\b/);
    expect(a.text).toMatch(/12 dager/);
    expect(a.text).toMatch(/4 år/);
  });
});

describe('"leiar" inside a compound is nynorsk in any message', () => {
  it('"instituttleiarprogrammet" names the Head of Department programme', () => {
    const a = chat(['Gir instituttleiarprogrammet studiepoeng?']);
    expect(a.text).toMatch(/Instituttlederprogrammet/);
  });
});

describe('"de" that points back at what was named', () => {
  it('"… instituttledersamlingen hadde noen nummererte tema i starten. Hva var de?" gives those themes', () => {
    const a = chat(['Jeg har hørt at instituttledersamlingen hadde noen nummererte tema i starten. Hva var de?']);
    expect(a.text).toMatch(/Trygge ledere/);
  });
});

describe('a program asked for by the role it is for', () => {
  it('"Er det eit eige program for forskingsgruppeleiarar?" is yes, with the programs NTNU names as examples', () => {
    const a = chat(['Er det eit eige program for forskingsgruppeleiarar?']);
    expect(a.text).toMatch(/^Ja\. Eksempler på lederutviklingsprogram ved NTNU: Forskergruppelederprogrammet/);
  });

  it('"for people in my kind of role" after the asker told they lead innovation is the innovation leader programme', () => {
    const a = chat(['I work as an innovation manager at a faculty. Does NTNU have a programme meant for people in my role?'], 'en-US');
    expect(a.text).toMatch(/^Yes\. [^]*innovation leader programme/);
    expect(a.text).not.toMatch(/Head of Department programme \(Instituttlederprogrammet\) is leader development/);
  });

  it('a thing asked of such a program ("a deposit for the Star programme") is still not in the documents', () => {
    const a = chat(['Is there a deposit for the Star programme?'], 'en-US');
    expect(a.kind).toBe('unknown');
  });
});

describe('the asker\'s own people, and "completely", are no subject', () => {
  it('"So my two staff, one in each part, will be completely separated the whole time?" is a no with how the parts run', () => {
    const a = chat(['Do LEDPRO part 1 and part 2 run at the same time?', 'So my two staff, one in each part, will be completely separated the whole time?'], 'en-US');
    expect(a.text).toMatch(/^No\. /);
    expect(a.text).toMatch(/some of the programme is joint and some is separate/);
  });
});

describe('two parts named in the question, with other programs in the story around it', () => {
  it('"Jeg gikk LEDPRO del 1 før jeg begynte på NTNU … Hva er nytt i del 2 sammenlignet med del 1?" is what part 2 adds', () => {
    const a = chat(['Jeg gikk LEDPRO del 1 i kommunen før jeg begynte på NTNU som seksjonsleder. Hva er nytt i del 2 sammenlignet med del 1?']);
    expect(a.text).toMatch(/^LEDPRO 2 bygger videre på LEDPRO 1/);
    expect(a.text).not.toMatch(/Hovedsøyle/);
  });
});

describe('a program set aside with "utover" / "other than"', () => {
  it('"Hvilke program blir nevnt som eksempler, utover instituttlederprogrammet?" lists the examples', () => {
    const a = chat(['Hvilke program blir nevnt som eksempler, utover instituttlederprogrammet?']);
    expect(a.text).toMatch(/^Eksempler på lederutviklingsprogram ved NTNU: Forskergruppelederprogrammet/);
  });
});

describe('one gathering\'s length, side by side', () => {
  it('"How many days does one NTNU head of department gathering take, compared with one LEDPRO gathering?" gives LEDPRO\'s 2 days a gathering', () => {
    const a = chat(['How many days does one NTNU head of department gathering take, compared with one LEDPRO gathering?'], 'en-US');
    // The two lengths compared first (NTNU's pillar 1 says "2-day gatherings"), then each side.
    expect(a.text).toMatch(/^Both are the same length: LEDPRO 2 days each/);
    expect(a.text).toMatch(/The gatherings of LEDPRO 1 and LEDPRO 2 last 2 days per gathering; there are 6 gatherings/);
  });

  it('"How long is a head of department gathering at NTNU?" is pillar 1\'s two days, not the timeline', () => {
    const a = chat(['How long is a head of department gathering at NTNU?'], 'en-US');
    expect(a.text).toMatch(/2-day gatherings/);
  });
});
