/**
 * Where the desk may send its token and the registry in clear text: only to this machine. Every
 * other server is reached over TLS (DESIGN.md §4), so a device token never crosses a network
 * readable. Judged on the parsed URL, whose host the WHATWG parser has already normalized
 * (`http://2130706433/` and `http://0x7f.1/` are 127.0.0.1 by then).
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host === '[::1]' || host === '::1') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** An `http:` address of another machine: refused before any connection is made. */
export function isCleartextToNetwork(url: URL): boolean {
  return url.protocol === 'http:' && !isLoopbackHost(url.hostname);
}

/**
 * Refused by the desk itself: `insecure-address` an `http:` address of another machine (refused
 * before connecting: the token would cross the network readable), `certificate-mismatch` a
 * server whose certificate is not the one its enrolment code pinned, `certificate-untrusted`
 * one that no certificate authority vouches for and no pin names.
 */
export const tlsFailureCodes = ['insecure-address', 'certificate-mismatch', 'certificate-untrusted'] as const;
export type TlsFailureCode = (typeof tlsFailureCodes)[number];
