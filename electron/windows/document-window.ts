import type { BrowserWindowConstructorOptions } from 'electron';
import { documentWindowPreferences } from '../security/web-preferences';

/**
 * The hidden window in which documents are laid out and printed to PDF. It is never shown, runs
 * no JavaScript and has no bridge; it is opened once and kept, so a batch of licences does not
 * pay for starting a renderer.
 */
export function documentWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794,
    height: 1123,
    paintWhenInitiallyHidden: true,
    webPreferences: documentWindowPreferences(),
  };
}
