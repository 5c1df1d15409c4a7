import { qaPartSuite } from '../support/qa-parts-suite';

/** The dev part of the evaluation sets (see `test/support/qa-parts-suite.ts`). */
qaPartSuite('dev');
