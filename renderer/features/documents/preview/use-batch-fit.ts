import { useEffect, useMemo, useState } from 'react';
import type { TextOverflow } from '../../../../shared/documents/fit-text';
import { fitFrame } from './fit-frame';

/** `checking` until the whole batch has been laid out and fitted; then what does not fit, by page. */
export type BatchFit = { state: 'checking' } | { state: 'checked'; overflows: TextOverflow[] };

/** How long the batch must stay unchanged before it is laid out again (a user ticking recipients). */
const settleMs = 300;

/**
 * Lays the whole batch out in a hidden same-origin iframe and fits it with the function the PDF
 * engine runs before printing (shared/documents/fit-text.ts), so issuing can wait until every page
 * fits, not only the one on screen. `html` undefined: nothing to check.
 */
export function useBatchFit(html: string | undefined): BatchFit | undefined {
  const [result, setResult] = useState<{ html: string; overflows: TextOverflow[] }>();
  useEffect(() => {
    if (html === undefined) return;
    let frame: HTMLIFrameElement | undefined;
    let done = false;
    const timer = setTimeout(() => {
      frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-same-origin');
      frame.setAttribute('aria-hidden', 'true');
      frame.tabIndex = -1;
      // Laid out (unlike display:none) but never seen.
      frame.style.cssText = 'position:fixed;left:-20000px;top:0;width:10px;height:10px;border:0;visibility:hidden;pointer-events:none';
      const loaded = frame;
      loaded.addEventListener('load', () => {
        fitFrame(loaded)
          .then((overflows) => {
            if (!done && overflows) setResult({ html, overflows });
          })
          .catch(() => {
            // A batch that cannot be laid out here is checked again by the engine that prints it.
            if (!done) setResult({ html, overflows: [] });
          })
          .finally(() => loaded.remove());
      });
      loaded.srcdoc = html;
      document.body.append(loaded);
    }, settleMs);
    return () => {
      done = true;
      clearTimeout(timer);
      frame?.remove();
    };
  }, [html]);
  // The same object while nothing changed, so what is derived from it is not derived again.
  return useMemo(() => (html === undefined ? undefined : result?.html === html ? { state: 'checked', overflows: result.overflows } : { state: 'checking' }), [html, result]);
}
