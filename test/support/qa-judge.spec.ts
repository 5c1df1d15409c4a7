import { judge, seenKind, type QaCase } from './qa-cases';

/**
 * The evaluation's judge reads a reply as a person does, from its words and whether it names a source, so the answerer
 * and the /api/messages path give the same reply the same verdict.
 */
const unknownCase: QaCase = { id: 'u', lang: 'nb', q: 'Hva er adressen til hotellet?', before: [], kind: 'unknown' };
const answerCase: QaCase = { id: 'a', lang: 'en', q: 'where is the hotel?', before: [], must: [['Wood Hotel']] };
const smalltalkCase: QaCase = { id: 's', lang: 'nb', q: 'hei', before: [], kind: 'smalltalk' };

describe('how the evaluation reads a reply', () => {
  it('a general refusal with no source beside it is an honest "not in the documents"', () => {
    const text = 'Det står ikke i programdokumentene for LEDPRO 1, så det kan jeg ikke svare sikkert på. Spør gjerne Kristin Larsen.';
    expect(seenKind(text, false)).toBe('unknown');
    expect(judge(unknownCase, seenKind(text, false), text)).toEqual([]);
    expect(judge({ ...answerCase, must: [] }, seenKind(text, false), text)).toEqual(['answered "not in the documents" to a question the catalog answers']);
  });

  it('a reply that opens with what the document leaves out and then gives sourced facts is partial: honest, and judged on its content', () => {
    const text = 'The document does not give the street address. LEDPRO 1 and LEDPRO 2: All gatherings are held at Wood Hotel in Brumunddal.';
    expect(seenKind(text, true)).toBe('partial');
    expect(judge(unknownCase, 'partial', text)).toEqual([]);
    expect(judge(answerCase, 'partial', text)).toEqual([]);
    expect(judge({ ...answerCase, must: [['Oppdal']] }, 'partial', text)).toEqual(['missing one of ["Oppdal"]']);
    expect(judge(smalltalkCase, 'partial', text)).toEqual(['refused small talk']);
  });

  it('the general refusal anywhere in a sourced reply makes it partial; a later sentence that only says what something lacks does not', () => {
    expect(seenKind('Nei. Målgruppen er ledere. Det står ikke i programdokumentene hva det koster.', true)).toBe('partial');
    expect(seenKind('Samling 6 er 7.–8. oktober 2024. Hotellet oppgir ingen parkering.', true)).toBe('answer');
  });

  it('an answer names its source; small talk has none and refuses nothing', () => {
    expect(seenKind('Deltakeravgiften er kr 53 000 per del.', true)).toBe('answer');
    expect(seenKind('Hei! Jeg svarer på spørsmål om lederprogrammene.', false)).toBe('smalltalk');
    expect(judge(unknownCase, 'answer', 'Deltakeravgiften er kr 53 000.')).toEqual(['expected an honest "not in the documents", got answer']);
    expect(judge(smalltalkCase, 'smalltalk', 'Hei!')).toEqual([]);
  });
});
