import type { TextEncoding } from './sheet';

/**
 * The text of a CSV file. Excel in China saves "CSV" as GBK, "CSV UTF-8" with a byte-order
 * mark, and "Unicode text" as UTF-16; other programs write UTF-8 without a mark. A byte-order
 * mark decides; otherwise bytes that are valid UTF-8 are UTF-8 (GBK text practically never is),
 * and anything else is read as GBK.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
  }
}
