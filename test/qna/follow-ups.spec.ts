import { qnaChat } from '../support/qna-chat';
import { numberedItems, ordinalAsked, readRepair } from '../../src/capabilities/qna/domain/follow-ups';

const { chat } = qnaChat();

describe('follow-ups that lean on the last answer', () => {
  it('reads the numbered items of an answer, and of several lists the one the question named', () => {
    expect(numberedItems('Fire hovedtemaer: 1) Organisasjon, 2) Arbeidsprosesser, 3) Motstand, 4) Egen rolle og autoritet.'))
      .toEqual(['Organisasjon', 'Arbeidsprosesser', 'Motstand', 'Egen rolle og autoritet']);
    const two = 'Virksomhetsstyring: 1) årshjul; 2) budsjett. HR og HMS: 1) rekruttering, 2) lønn, 3) medarbeidersamtalen.';
    expect(numberedItems(two, 'hva går hr og hms ut på?')).toEqual(['rekruttering', 'lønn', 'medarbeidersamtalen']);
    expect(numberedItems('Samling 1 er i februar.')).toEqual([]);
    expect(numberedItems('Oppført med punktene 1. Trygge ledere, 2. Strategiske ledere og 3. Lederrollen.')).toEqual(['Trygge ledere', 'Strategiske ledere', 'Lederrollen']);
    expect(numberedItems('Samling 1: 15. februar, samling 2: 4. april.')).toEqual([]);
    // One mark is no list, and two marks are one when they count on.
    expect(numberedItems('Kun ett punkt: 1) Organisasjon.', 'organisasjon?')).toEqual([]);
    expect(numberedItems('To punkter: 1) Organisasjon 2) Ledelse.')).toEqual(['Organisasjon', 'Ledelse']);
    // A last item ending in "-and" keeps its letters; only a trailing "og"/"and" word is left out.
    expect(numberedItems('Tema: 1) Ledelse, 2) Motstand.')).toEqual(['Ledelse', 'Motstand']);
    expect(numberedItems('Topics: 1) Leadership and 2) Demand.')).toEqual(['Leadership', 'Demand']);
  });

  it('reads an ordinal question in both languages, and nothing else', () => {
    expect(ordinalAsked('hva var det fjerde?')).toBe(4);
    expect(ordinalAsked('hva var nummer tre der?')).toBe(3);
    expect(ordinalAsked('what was the second one?')).toBe(2);
    expect(ordinalAsked('hva var det første temaet?')).toBe(1);
    expect(ordinalAsked('og den siste?')).toBeUndefined();
    expect(ordinalAsked('hva koster det?')).toBeUndefined();
  });

  it('restates the last question from a repair, replacing the phrase the repair corrects', () => {
    const asks = (q: string): boolean => /contact|kontakt/.test(q);
    expect(readRepair('sorry, i meant the practical contact person', 'what is randi\'s phone?', asks)?.question).toBe('the practical contact person');
    expect(readRepair('nei, fra flyplassen mente jeg', 'hvor lang tid tar toget fra oslo s til brumunddal?', asks)?.question)
      .toBe('hvor lang tid tar toget fra flyplassen til brumunddal?');
    expect(readRepair('nei, jeg mente del 2', 'hva er hovedtemaene i del 1?', asks)?.question).toBe('hva er hovedtemaene i del 2?');
    expect(readRepair('hva koster det?', 'hvor er det?', asks)).toBeUndefined();
  });

  it('puts a bare name of the same kind in place of the last question\'s last phrase, and drops what was not meant', () => {
    const asks = (q: string): boolean => /leder|ansvarlig|samling/.test(q);
    const kind = (a: string, b: string): boolean => /randi|leder|ansvarlig/.test(a) && /randi|leder|ansvarlig/.test(b);
    expect(readRepair('nei vent, jeg mente prosjektlederen, ikke fagansvarlig', 'hva er mobilnummeret til randi bredvold?', asks, kind)?.question)
      .toBe('hva er mobilnummeret til prosjektlederen?');
    // Not of a kind: the repair asks on its own, as before.
    expect(readRepair('nei, jeg mente samlingene', 'hva er mobilnummeret til randi bredvold?', asks, kind)?.question).toBe('samlingene');
  });
});

describe('an item of the list the question named', () => {
  it('"the third one?" after the HR and HMS topics is the third of those, not of another list in the answer', () => {
    expect(chat(["what are the HR and HMS topics in NTNU's basic leader training?", 'the third one?'], 'en-US').text).toMatch(/^3\) the employee appraisal \(medarbeidersamtalen\)/);
  });
});

describe('repairs through the answerer', () => {
  it('keeps what was asked of a person when the repair names another ("jeg mente prosjektlederen, ikke fagansvarlig")', () => {
    const a = chat(['hva er mobilnummeret til Randi Bredvold?', 'nei vent, jeg mente prosjektlederen, ikke fagansvarlig']);
    expect(a.text).toMatch(/Kristin Larsen/);
    expect(a.text).toMatch(/99 64 16 54/);
    expect(a.text).not.toMatch(/99 50 42 48/);
  });

  it('"å nei, eg meinte instituttleiarsamlinga" after a gathering\'s themes asks the themes of that gathering', () => {
    const a = chat(['kva tema var det på rektors leiarsamling med dekanane?', 'å nei, eg meinte instituttleiarsamlinga']);
    expect(a.text).toMatch(/Trygge ledere/);
    expect(a.text).not.toMatch(/beslutningsdyktig/);
  });
});
