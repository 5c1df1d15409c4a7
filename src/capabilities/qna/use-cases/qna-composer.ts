import type { Catalog } from '../../../catalog/catalog.schema';
import { withoutExamples } from '../../../catalog/example-cohorts';
import type { SourcePassage } from '../../../catalog/source-passages';
import { AnswerComposer } from '../domain/answer-composer';
import { CatalogRetriever } from '../domain/retrieval';

/**
 * The answerer as the app builds it from its catalog and source passages: one recipe for the main thread and for
 * each worker thread (answer-worker.entry.ts), so both answer from the same index.
 */
export const qnaComposer = (catalog: Catalog, sourcePassages: readonly SourcePassage[]): AnswerComposer =>
  new AnswerComposer(new CatalogRetriever(withoutExamples(catalog)), sourcePassages);
