import { DeskError } from '../../../../shared/bridge/result';
import { overflowDetail } from '../../../../shared/documents/fit-text';
import { fitFrame } from '../preview/fit-frame';

/**
 * Browser mode's system dialog: the document's HTML in a hidden frame that runs no script, printed
 * with the browser's own dialog. `print()` returns when the dialog closes; the browser does not
 * say whether the user printed or cancelled.
 */
export function printInBrowser(html: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
    frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
    frame.srcdoc = html;
    frame.onload = () => {
      const view = frame.contentWindow;
      if (!view) {
        frame.remove();
        reject(new Error('the print frame did not open'));
        return;
      }
      // Fitted as the PDF engine fits before it prints (fit-frame.ts); what does not fit is not printed.
      fitFrame(frame)
        .then((overflows = []) => {
          if (overflows.length > 0) throw new DeskError('text-overflow', `${String(overflows.length)} texts do not fit their boxes`, overflows.map(overflowDetail));
          view.print();
          resolve();
        })
        .catch(reject)
        .finally(() => frame.remove());
    };
    document.body.append(frame);
  });
}
