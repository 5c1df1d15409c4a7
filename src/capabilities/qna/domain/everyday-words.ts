import { EVERYDAY_ENGLISH } from './everyday-english';
import { EVERYDAY_NORWEGIAN } from './everyday-norwegian';

/** The words the speller leaves as written, of both languages (everyday-english.ts, everyday-norwegian.ts). */
export const EVERYDAY_WORDS: ReadonlySet<string> = new Set([...EVERYDAY_ENGLISH, ...EVERYDAY_NORWEGIAN]);
