import QRCode from 'qrcode';

/** Added around the symbol, in modules: the quiet zone a reader needs (ISO/IEC 18004: 4). */
export const quietZoneModules = 4;

/**
 * What the QR holds: with the alliance's verification address, a link to its verification page
 * carrying the code in the fragment (never sent to a server); else the bare code. In the link the
 * code's `%` and space are percent-encoded, so a phone camera takes it for one URL and the page
 * gets the code back exactly with decodeURIComponent; both stay QR alphanumeric characters.
 */
export function qrContent(code: string, verificationAddress?: string | null): string {
  const address = verificationAddress?.trim();
  if (!address) return code;
  return `${address.replace(/#.*$/, '')}#${code.replace(/%/g, '%25').replace(/ /g, '%20')}`;
}

/** The code within what a QR held: the fragment of a link (qrContent), or the text itself. */
export function codeFromQrContent(content: string): string {
  const hash = content.indexOf('#');
  if (hash < 0) return content;
  try {
    return decodeURIComponent(content.slice(hash + 1));
  } catch {
    return content.slice(hash + 1);
  }
}

export interface QrSymbol {
  /** Modules a side, without the quiet zone. */
  modules: number;
  version: number;
  /** A square SVG of the symbol and its quiet zone, dark modules as one path. */
  svg: string;
}

/**
 * The QR symbol of a text at error correction M (15 % of the code may be soiled or torn), its
 * segments chosen by the encoder (alphanumeric for the base45 code, bytes for a lowercase link).
 */
export function qrSymbol(text: string): QrSymbol {
  const symbol = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = symbol.modules.size;
  const path: string[] = [];
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      // One run of dark modules in a row as one rectangle: a tenth of the path of one per module.
      if (!symbol.modules.get(row, column)) continue;
      let end = column;
      while (end + 1 < size && symbol.modules.get(row, end + 1)) end += 1;
      path.push(`M${String(column + quietZoneModules)} ${String(row + quietZoneModules)}h${String(end - column + 1)}v1h-${String(end - column + 1)}z`);
      column = end;
    }
  }
  const side = size + 2 * quietZoneModules;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${String(side)} ${String(side)}" shape-rendering="crispEdges"><rect width="${String(side)}" height="${String(side)}" fill="#fff"/><path fill="#000" d="${path.join('')}"/></svg>`;
  return { modules: size, version: symbol.version, svg };
}

/** The symbol as an image URL for an <img> of a document page. */
export function qrDataUrl(text: string): string {
  return `data:image/svg+xml,${encodeURIComponent(qrSymbol(text).svg)}`;
}
