import type { FactTopic, Program } from '../../../catalog/catalog.schema';
import { letterAware } from './letter-aware';

/**
 * "What's the 1,375 for?", "hva er de 888 kronene?", "kva dekkjer 3175?", "og de 888?": a figure from an answer asked to be
 * explained. The fact that holds the figure is the answer, whatever topic the conversation was on; the figure's
 * words ("for", "dekker") name none.
 */
const EXPLAIN = letterAware(/^(?:(?:og|and|men|but|so|så|ok|okay)[,\s]+)?(?:(?:what(?:'s| is| are| does| do)?|hva (?:er|gjelder|betyr|dekker|går)|kva (?:er|gjeld|tyder|dekkjer|går)|hvad)\s+)?(?:the\s+|de\s+|dei\s+|den\s+|det\s+|those\s+|that\s+|kr\.?\s*|nok\s*)*(\d{1,3}(?:[ .,\u00a0\u202f]?\d{3})+|\d{3,})(?:\s*(?:kr|kroner|kronene|nok))?\s*(?:for|about|cover|covers|gjelder|til|for noe|for noko|egentlig|eigentleg)?\s*\??$/);

/** Digits as the catalog writes them ("kr 1 375") read as one number. */
const joined = (text: string): string => text.replace(/(\d)[ .,\u00a0\u202f](?=\d{3}(?!\d))/g, '$1');

/** The figure a message asks to be explained ("1375"), if it asks what one is for; a year is no figure of an answer. */
export function figureAsked(focus: string): string | undefined {
  const m = EXPLAIN.exec(focus.trim());
  const n = m ? joined(m[1]) : undefined;
  return n === undefined || /^20\d\d$/.test(n) ? undefined : n;
}

/** The topic of the fact among `programs` that holds `figure`. */
export function topicHolding(figure: string, programs: readonly Program[]): FactTopic | undefined {
  const holds = new RegExp(`(?<!\\d)${figure}(?!\\d)`);
  return programs.flatMap((p) => p.facts).find((f) => holds.test(joined(f.text.nb)))?.topic;
}
