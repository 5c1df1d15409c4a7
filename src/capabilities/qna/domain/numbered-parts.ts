import { NUMBER_WORDS, ORDINALS } from './reader-vocabulary';

/*
 * Parts and pillars named by number or ordinal in a message: "LEDPRO 1 og 2", "part 1 compare to part 2", "den andre
 * delen … første del"; "hovedsøyle 4", "the second pillar", "… four main pillars. What's the first one about?".
 */

/** The first and the second part named by their ordinals ("den første delen", "the second part"). */
const ORDINAL_PARTS = [/\b(første|fyrste|first)\s+(del|delen|parten|part)\b/, /\b(andre|second)\s+(del|delen|parten|part)\b/];

/**
 * Two parts named together, as ['', first, second] (a match's groups): "LEDPRO 1 og 2"; in a comparison also two
 * named apart ("How does LEDPRO part 1 compare to part 2?"); and the two by their ordinals. Null when not both.
 */
export function partsNamedTogether(focus: string, comparing: boolean): readonly string[] | null {
  const apart = comparing ? /\b(?:ledpro|del|part)\s*([12])\b.*?\b(?:del|part|ledpro)\s*([12])\b/.exec(focus) : null;
  const ordinals = ORDINAL_PARTS.every((re) => re.test(focus)) ? ['', '1', '2'] : null;
  return /\b(?:ledpro|del|part)\s*([12])\s*(?:og|and|&|\/|eller|or|vs\.?|versus|mot)\s*(?:del |part |ledpro )?([12])\b/.exec(focus) ?? (apart && apart[1] !== apart[2] ? apart : null) ?? ordinals;
}

/**
 * The pillar a message names by number ("hovedsøyle 4", "pillar 2") or ordinal ("den fjerde hovudsøyla"), or "the
 * first one" of the pillars told of before the question (`text`: the whole message, `focus`: its question).
 */
export function pillarNumberIn(focus: string, text: string): number | undefined {
  const toldPillars = text !== focus && /\b(pillars|s[øo]yler|s[øo]ylene|hoveds[øo]yler|hoveds[øo]ylene|hovuds[øo]yler|hovuds[øo]ylene)\b/.test(text.slice(0, text.length - focus.length));
  const pillarOrdinal = /\b(første|fyrste|andre|tredje|fjerde|first|second|third|fourth)\s+(?:hoved|hovud)?(?:s[øo]yl\w*|pillar)/.exec(focus)
    ?? (toldPillars ? /\b(første|fyrste|andre|tredje|fjerde|first|second|third|fourth)(?:\s+(?:one|en|ei|den))?\b/.exec(focus) : null);
  // "pillar four", "søyle fire": the number in words.
  const inWords = /(?:hoveds[øo]yle|s[øo]yle|pillar)\s+(?:nr\.?\s*|nummer\s*|number\s*)?(en|ein|én|to|tre|fire|one|two|three|four)\b/.exec(focus)?.[1];
  const pillarDigit = /(?:hoveds[øo]yle|s[øo]yle|pillar)\s*(?:nr\.?\s*|nummer\s*|number\s*)?(\d)\b/.exec(focus)?.[1] ?? (inWords ? String(NUMBER_WORDS[inWords]) : undefined);
  return pillarDigit !== undefined ? Number(pillarDigit) : pillarOrdinal ? ORDINALS[pillarOrdinal[1] === 'fyrste' ? 'første' : pillarOrdinal[1]] : undefined;
}
