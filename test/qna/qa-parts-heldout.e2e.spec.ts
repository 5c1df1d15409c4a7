import { qaPartSuite } from '../support/qa-parts-suite';

/** The held-out part of the evaluation sets, never read (see `test/support/qa-parts-suite.ts`). */
qaPartSuite('heldout');
