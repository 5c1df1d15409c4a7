/** A month with its year ("august 2022", "Jan 2023"). */
const MONTH_YEAR = /\b(januar|january|jan|februar|february|feb|mars|march|april|apr|mai|may|juni|june|jun|juli|july|jul|august|aug|september|sept?|oktober|october|okt|oct|november|nov|desember|december|des|dec)\.?\s+(20\d\d)\b/g;

/**
 * "… i august 2022 og januar 2023, ikke sant?" against "August 2021 … Januar 2022": a month's year claimed is the
 * fact's year of that month or wrong. `answer` is lower-cased.
 */
export const yearClaimedOff = (claim: string, answer: string): boolean => [...claim.matchAll(MONTH_YEAR)]
  .some((m) => !new RegExp(`${m[1].slice(0, 3)}\\w*\\.?\\s+${m[2]}`, 'i').test(answer) && new RegExp(`${m[1].slice(0, 3)}\\w*\\.?\\s+20\\d\\d`, 'i').test(answer));

/** An answer that lists groups after a colon ("Målgrupper for …: instituttledere, dekaner/rektorat, …"). */
const LISTED = /\b(målgrupper?\w*|target groups?|groups? of leaders|grupper)\b[^:]{0,60}:/;

/** "Så det er berre for instituttleiarar og dekanar?" against a list of four or more groups: more than those named. */
export const moreListedThanNamed = (answer: string): boolean => LISTED.test(answer) && (/:\s*[^.:]*/.exec(answer)?.[0].split(/,\s*|;\s*/).length ?? 0) >= 4;
