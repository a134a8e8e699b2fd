import { useMemo } from 'react';
import type { DocumentTemplate } from '../../../../shared/domain/documents';
import type { Recipient } from '../../../../shared/documents/recipient-values';
import { renderDocumentsHtml } from '../../../../shared/documents/render-html';
import { documentFontsBaseUrl } from '../preview/fonts-url';
import type { BatchFit } from '../preview/use-batch-fit';
import { useBatchFit } from '../preview/use-batch-fit';

/**
 * Whether every page of the batch fits (use-batch-fit.ts): the texts as they will print, without
 * the images, which take no part in where text goes. Undefined while there is no batch.
 */
export function useIssueFit(template: DocumentTemplate | undefined, recipients: readonly Recipient[], numbers: readonly string[]): BatchFit | undefined {
  const html = useMemo(
    () =>
      // Numbers may not be known yet (before the office's set-up): the names are what overflow, not them.
      template && recipients.length > 0
        ? renderDocumentsHtml({ template, pages: recipients.map((recipient, index) => ({ values: recipient.values, number: numbers[index] })), fontsBaseUrl: documentFontsBaseUrl(), forPreview: false }).html
        : undefined,
    [template, recipients, numbers],
  );
  return useBatchFit(html);
}
