import { derive } from '../../db/derive';
import { useRecords } from '../../db/queries';
import type { DocumentOutputs } from './print-status';
import { outputsByDocument, outputsOf } from './print-status';

/** The print log summed up per document (prints and exports apart), live; undefined while loading. */
export function useOutputsByDocument(): ReadonlyMap<string, DocumentOutputs> | undefined {
  const log = useRecords('printLog');
  return log && derive('print log by document', [log], () => outputsByDocument(log));
}

/** One document's prints and exports; undefined while loading. */
export function useDocumentOutputs(documentId: string | undefined): DocumentOutputs | undefined {
  const outputs = useOutputsByDocument();
  return outputs && documentId ? outputsOf(outputs, documentId) : undefined;
}
