import { X509Certificate, createPrivateKey } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { hostname, networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { isIP } from 'node:net';
import { generate } from 'selfsigned';
import { option, storageConfigFrom } from './open-storage';

/** What the server serves TLS with, and the fingerprint the enrolment codes carry. */
export interface ServerTls {
  cert: string;
  key: string;
  /** SHA-256 of the certificate, `AB:CD:…` (as `openssl x509 -fingerprint -sha256` prints it). */
  fingerprint256: string;
  /** Where the certificate came from: given by option, or made by the server in its data folder. */
  source: 'given' | 'self-signed';
  certFile: string;
}

export interface TlsConfig {
  /** The data folder: a self-signed certificate is kept in its `tls/` folder. */
  dataDir: string;
  /** A certificate and key given by the admin (PEM files), instead of the self-signed one. */
  certFile?: string;
  keyFile?: string;
}

export class TlsConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TlsConfigError';
  }
}

export const selfSignedCertName = 'server-cert.pem';
export const selfSignedKeyName = 'server-key.pem';
/** Pinned by every desk: a new certificate means enrolling every desk again, so it lasts. */
const selfSignedYears = 20;

/** The names this machine answers to, for the certificate's subjectAltName (the pin is what the desk checks). */
function machineNames(): { type: 2 | 7; value?: string; ip?: string }[] {
  const names = new Set(['localhost', hostname()]);
  const ips = new Set(['127.0.0.1', '::1']);
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) if (!address.internal) ips.add(address.address.split('%')[0] ?? address.address);
  }
  return [...[...names].filter((name) => name !== '' && isIP(name) === 0).map((value) => ({ type: 2 as const, value })), ...[...ips].map((ip) => ({ type: 7 as const, ip }))];
}

/** A self-signed certificate for this machine (ECDSA P-256, SHA-256), as PEM. */
export async function makeSelfSignedCertificate(now: Date = new Date()): Promise<{ cert: string; key: string }> {
  const notAfterDate = new Date(now);
  notAfterDate.setUTCFullYear(now.getUTCFullYear() + selfSignedYears);
  const pems = await generate([{ name: 'commonName', value: 'Alliance Desk sync server' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 60 * 60 * 1000),
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: machineNames() },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}

export function fingerprintOf(certPem: string): string {
  return new X509Certificate(certPem).fingerprint256;
}

async function readIfThere(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * The certificate and key to serve: the admin's (`--cert`/`--key`), or the self-signed pair in
 * `<data>/tls/`, made on first use and kept (the key readable by this user only). The server
 * and the admin command both call this, so the fingerprint the admin prints is the served one.
 */
export async function loadServerTls(config: TlsConfig): Promise<ServerTls> {
  if (config.certFile || config.keyFile) {
    if (!config.certFile || !config.keyFile) throw new TlsConfigError('Give both --cert and --key (PEM files), or neither for a self-signed certificate.');
    const [cert, key] = await Promise.all([readFile(config.certFile, 'utf8'), readFile(config.keyFile, 'utf8')]);
    return { ...checkedPair(cert, key, config.certFile), source: 'given', certFile: resolve(config.certFile) };
  }
  const dir = join(resolve(config.dataDir), 'tls');
  const certFile = join(dir, selfSignedCertName);
  const keyFile = join(dir, selfSignedKeyName);
  let [cert, key] = await Promise.all([readIfThere(certFile), readIfThere(keyFile)]);
  if (cert === null || key === null) {
    if (cert !== null || key !== null) throw new TlsConfigError(`${dir} holds only one of ${selfSignedCertName} and ${selfSignedKeyName}; restore the other, or remove both to make a new certificate (every desk then enrols again).`);
    ({ cert, key } = await makeSelfSignedCertificate());
    await mkdir(dir, { recursive: true, mode: 0o700 });
    // The key first and exclusively: two processes starting at once must not make two certificates.
    await writeFile(keyFile, key, { mode: 0o600, flag: 'wx' });
    await writeFile(certFile, cert, { mode: 0o644, flag: 'wx' });
  }
  return { ...checkedPair(cert, key, certFile), source: 'self-signed', certFile };
}

function checkedPair(cert: string, key: string, certFile: string): { cert: string; key: string; fingerprint256: string } {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(cert);
  } catch {
    throw new TlsConfigError(`${certFile} is not a PEM certificate.`);
  }
  let matches: boolean;
  try {
    matches = certificate.checkPrivateKey(createPrivateKey(key));
  } catch {
    throw new TlsConfigError(`The key for ${certFile} is not a PEM private key (or it is encrypted).`);
  }
  if (!matches) throw new TlsConfigError(`The key does not belong to the certificate ${certFile}.`);
  return { cert, key, fingerprint256: certificate.fingerprint256 };
}

/** `--cert`/`--key` or DESK_TLS_CERT/DESK_TLS_KEY, and the data folder, as the server and the admin command read them. */
export function tlsConfigFrom(args: string[]): TlsConfig {
  return { dataDir: storageConfigFrom(args).dataDir, certFile: option(args, 'cert', 'DESK_TLS_CERT'), keyFile: option(args, 'key', 'DESK_TLS_KEY') };
}
