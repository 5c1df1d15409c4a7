import { letterAware } from './letter-aware';

/*
 * "Du tar feil, de er på Scandic på Hamar." / "Hmm, I think you got that wrong – it's 15 January, isn't it?": the
 * asker disputes the last answer and says what they believe instead. The dispute itself is no claim to check ("det
 * stemmer ikke" would read as a denial of the asker's own claim); what they believe is.
 */
const DISPUTE_NB = letterAware(/^(?:(?:nei|neida|nja|hm+|æh|altså|oi|vent)[\s,.!]+)*(?:(?:men |og )?(?:jeg|eg) (?:tror|trur|mener|meiner|trodde) (?:at )?)?(?:(?:du|dokumentet|boten|svaret) (?:tar|tek) (?:nok |vel |visst )?feil|(?:du|boten) (?:har|hev) (?:nok |vel )?(?:misforstått|rota|rotet)|(?:det|dette|det der|det du sier|det du skriv|det du skriver|svaret)(?: der| ditt)? (?:stemmer|stemmar|er|var) (?:vel |nok |da |jo )*(?:ikke|ikkje|feil)(?: helt| heilt| riktig| rett)?|(?:det|dette) (?:er|var) (?:nok |vel )?feil|feil|er du (?:helt |heilt )?sikker(?: på det)?|det tror (?:jeg|eg) ikke(?: stemmer)?|det trur eg ikkje(?: stemmer)?)(?=[\s,.!?:;–—-]|$)[\s,.!?:;–—-]*/);
const DISPUTE_EN = letterAware(/^(?:(?:no|nope|hm+|wait|well|actually|sorry)[\s,.!]+)*(?:i think |i believe |i'm pretty sure |pretty sure )?(?:you(?:'re| are) (?:wrong|mistaken)|you(?:'ve| have)? got (?:that|it|this) wrong|that(?:'s| is) (?:not right|wrong|incorrect|not correct)|that can(?:'t|not) be right|are you sure(?: about that)?|i don't think that's right|that doesn't sound right)(?=[\s,.!?:;–—-]|$)[\s,.!?:;–—-]*/);

/**
 * The claim a message puts against the last answer, with the dispute left out: "" when the message only disputes
 * (the last question is then asked again), undefined when it disputes nothing.
 */
export function disputedClaim(message: string): string | undefined {
  const t = message.trim();
  const m = DISPUTE_NB.exec(t.toLowerCase()) ?? DISPUTE_EN.exec(t.toLowerCase());
  if (!m) return undefined;
  const rest = t.slice(m[0].length).trim();
  // "Du tar feil, de er i Lillehammer." says the claim as a fact: it is checked as if asked.
  return rest && !rest.includes('?') ? rest.replace(/[.!\s]*$/, '?') : rest;
}
