import type { Lang } from './i18n';

/**
 * An English program name that starts with "The" ("The Head of Department programme 2021-2025") written inside a
 * sentence: "Who is the Head of Department programme for?", "Ask about the mentor programme". Bokmål names and names
 * without the article are unchanged.
 */
export const inSentence = (name: string, lang: Lang): string => (lang === 'en' ? name.replace(/^The (?=\p{L})/u, 'the ') : name);
