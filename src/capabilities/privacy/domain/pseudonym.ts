import { randomBytes } from 'node:crypto';

/**
 * What replaces an erased person in the records the program must keep. Random, so it cannot be traced back to
 * the person from anything the bot keeps (nothing links the two once the erase is committed).
 */
export const newPseudonym = (): string => `erased-${randomBytes(5).toString('hex')}`;
