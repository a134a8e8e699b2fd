import type { Alliance } from '../../../../shared/domain/records';
import type { DocumentClaims } from '../../../../shared/verification/document-code';
import { qrContent } from '../../../../shared/verification/qr-image';
import { currentSigningKey } from '../../../../shared/verification/signing-key-choice';
import type { DocumentSigner } from './issue-documents';

/** The bridge's verification.sign: the main process signs with the key it keeps. */
export type SignBatch = (request: { keyId: string; documents: DocumentClaims[] }) => Promise<{ codes: string[] | null }>;

/**
 * Signing for an alliance's issue: its current key in the main process, each code put in what the
 * QR holds (a link to the verification page when the alliance has set one). Undefined when the
 * alliance has no key yet: the documents are issued without a QR code.
 */
export function allianceSigner(alliance: Pick<Alliance, 'signingKeys' | 'verificationAddress'>, signBatch: SignBatch): DocumentSigner | undefined {
  const key = currentSigningKey(alliance);
  if (!key) return undefined;
  return async (documents) => {
    const { codes } = await signBatch({ keyId: key.keyId, documents });
    return codes ? codes.map((code) => qrContent(code, alliance.verificationAddress)) : null;
  };
}
