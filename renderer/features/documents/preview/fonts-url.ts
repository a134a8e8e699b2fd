/**
 * Where the renderer finds the bundled fonts (fonts.css and its folders): served beside the app,
 * by the app:// protocol in the desktop app and by browser mode's server.
 */
export function documentFontsBaseUrl(): string {
  return new URL('fonts/', document.baseURI).href;
}
