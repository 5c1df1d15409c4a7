import { assertValidCard } from '../../../../test/support/card-validation';
import { summarize } from '../domain/data-summary';
import { eraseConfirmCard, myDataCard, noticeCard } from './my-data-card';

type Card = { body: Array<Record<string, unknown>>; actions: Array<Record<string, unknown>> };

const summary = summarize([
  { category: 'bookings', at: '2023-12-01T09:00:00.000Z', data: {} },
  { category: 'bookings', at: '2024-02-23T08:00:00.000Z', data: {} },
  { category: 'checkin-answers', at: '2024-02-23T08:00:00.000Z', data: {} },
  { category: 'profile', data: {} },
]);
const text = (card: unknown): string => JSON.stringify(card);

describe('privacy cards', () => {
  it('lists categories in order with counts and Oslo dates in Norwegian style, and three links', () => {
    const m = myDataCard({ summary, lang: 'nb', jsonUrl: 'https://x/j', readableUrl: 'https://x/h', privacyUrl: 'https://x/privacy' });
    expect(() => assertValidCard(m.card)).not.toThrow();
    const card = m.card as unknown as Card;
    const facts = (card.body.find((b) => b.type === 'FactSet')?.facts ?? []) as Array<{ title: string; value: string }>;
    expect(facts).toEqual([
      { title: 'Navn og e-post', value: '1 stk.' },
      { title: 'Påmeldinger til samlinger', value: '2 stk., 1. desember 2023 – 23. februar 2024' },
      { title: 'Svar på sjekk-inn', value: '1 stk., 23. februar 2024' },
    ]);
    expect(card.actions.map((a) => [a.type, a.url])).toEqual([['Action.OpenUrl', 'https://x/j'], ['Action.OpenUrl', 'https://x/h'], ['Action.OpenUrl', 'https://x/privacy']]);
    expect(m.text).toContain('https://x/j');
  });

  it('says in English when nothing is kept', () => {
    const m = myDataCard({ summary: [], lang: 'en', jsonUrl: 'https://x/j', readableUrl: 'https://x/h', privacyUrl: 'https://x/privacy' });
    expect(() => assertValidCard(m.card)).not.toThrow();
    expect(text(m.card)).toContain('Lederbot keeps nothing about you beyond this chat.');
    expect((m.card as unknown as Card).body.some((b) => b.type === 'FactSet')).toBe(false);
  });

  it('asks to confirm the erase with buttons that name no person, with a fallback for old clients', () => {
    const m = eraseConfirmCard({ summary, lang: 'en', privacyUrl: 'https://x/privacy?lang=en' });
    expect(() => assertValidCard(m.card)).not.toThrow();
    const card = m.card as unknown as Card;
    expect(card.actions.map((a) => [a.type, a.verb ?? a.url])).toEqual([
      ['Action.Execute', 'privacy.erase'], ['Action.Execute', 'privacy.keep'], ['Action.OpenUrl', 'https://x/privacy?lang=en'],
    ]);
    expect(card.actions[0]).toMatchObject({ data: { lang: 'en' }, fallback: { type: 'Action.Submit', data: { verb: 'privacy.erase', lang: 'en' } } });
    expect(text(card)).toContain('Erase your data?');
    expect(text(card)).toContain('It cannot be undone.');
  });

  it('renders a notice with its text escaped for Teams markdown', () => {
    const m = noticeCard('Slettet *alt* [x](y)');
    expect(() => assertValidCard(m.card)).not.toThrow();
    expect(text(m.card)).not.toContain('*alt*');
  });
});
