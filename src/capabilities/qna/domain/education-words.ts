import { letterAware } from './letter-aware';

/** Words of an education: with a question of taking part, the admission requirements answer it. */
// "upper secondary", "high school", "årsstudium": what one finished before a degree counts too.
export const EDUCATION_WORDS = /(utdanning|bachelor|fagskole|fagbrev|svennebrev|vocational|videregående|vidaregåande|h[øo]y?g?sk[uo]le|universitet|university|college|grad\b|degree|education|studiepoeng|credits|eksamen|master|secondary school|upper secondary|high school|årsstudi|tollskole)/;

/** One's education told ("ingen grad", "ett år på høyskole", "no degree", "fagbrev", "ingen fullført bachelorgrad"). */
export const EDUCATION_TOLD = letterAware(/\b((uten|utan|without) (høyere |høgare |higher |formell |formal )?(utdanning|education)|ingen grad|uten grad|utan grad|ikke (noen )?grad|(ikke|ikkje) (noen |nokon |en |ein )?(fullført |ferdig )?bachelor\w*|(not|n't) (have )?(a |any )?(completed |finished )?(bachelor\w*|degree)|(ingen|uten|utan) (fullført |fullførd |ferdig )?bachelor\w*|ingen (fullført |fullførd |ferdig )?grad|ingen (høyskole|høgskule|høgskole|høyere utdanning|høgare utdanning|utdanning)|ikke (noen |noe )?(høyere |høgare )?utdanning|hjelpepleier\w*|helsefagarbeider\w*|no (higher )?education|no (college|university)|fagbrev\w*|videregående|vidaregåande|vgs|high school|(upper )?secondary school|upper secondary|årsstudi\w*|år på (høyskole|høgskule|høgskole|universitet\w*)|års? (høyere |høgare )?utdanning|no (completed |finished )?degree|without a degree|no bachelor\w*|years? (of|at) (college|university|uni)|vocational)\b/);

/** A school or university as where one works ("head of department at another university", "ved en høgskole"). */
const WORKPLACE_SCHOOL = /\b(at|ved|på|hos|for|in|i) (an?|another|the|en|ei|et|ein|eit|annen|anna|eit anna|et annet|a different|other|vår|vårt|our|my|min|mitt) ?(universit\w*|høgskole\w*|høyskole\w*|høgskule\w*|college|university college|skole\w*|school)\b/g;

/** Whether a text tells of an education, not only of a school one works at. */
export const schoolingTold = (text: string): boolean => EDUCATION_WORDS.test(text.replace(WORKPLACE_SCHOOL, ' '));
