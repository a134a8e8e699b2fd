/**
 * What is wrong with the way a sync server's address is written, found before any connection so
 * the form can say it (发生意外错误 or "cannot reach the server" told the user nothing):
 * - `full-width`: a full-width colon, slash or full stop, as a Chinese input method types them
 *   (192.168.1.20：8787);
 * - `scheme`: the scheme's colon or slashes mistyped (http//…, https:/…, https:…);
 * - `not-a-host`: no server name or IP address where one belongs (见备注, a word of Chinese);
 * - `not-a-url`: anything else a URL parser refuses.
 */
export const addressFormatProblems = ['full-width', 'scheme', 'not-a-host', 'not-a-url'] as const;
export type AddressFormatProblem = (typeof addressFormatProblems)[number];

const fullWidth = /[\uFF01-\uFF5E\u3000\u3002]/;
const mistypedScheme = /^https?(\/\/|:\/(?!\/)|:(?!\/)|;\/\/)/i;
const ipv4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** The address as it will be parsed: without a scheme it is https. */
export function withScheme(text: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
}

export function addressFormatProblem(text: string): AddressFormatProblem | undefined {
  if (fullWidth.test(text)) return 'full-width';
  if (mistypedScheme.test(text)) return 'scheme';
  let url: URL;
  try {
    url = new URL(withScheme(text));
  } catch {
    return 'not-a-url';
  }
  const host = url.hostname;
  // A LAN name of one ASCII word (nas, syncserver) is a host; one word of Chinese is not.
  const named = host === 'localhost' || host.startsWith('[') || ipv4.test(host) || host.includes('.') || (/^[a-z0-9-]+$/.test(host) && !host.startsWith('xn--'));
  return named ? undefined : 'not-a-host';
}
