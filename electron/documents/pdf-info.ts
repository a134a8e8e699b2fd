import { PDFDocument } from 'pdf-lib';

/** Who made the PDF, as its Creator and Producer say: the app, not the browser engine it lays out with. */
export const deskPdfCreator = '产教联盟工作台';

const encoder = new TextEncoder();
const latin1 = new TextDecoder('latin1');

/** The document's own title: the text of its <title>, as render-html.ts, sheet-html.ts and plan-html.ts write it. */
export function documentTitle(html: string): string | undefined {
  const escaped = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  if (escaped === undefined) return undefined;
  return escaped.replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name] ?? '');
}

/** A PDF text string in UTF-16BE with its byte-order mark, hex-encoded: any character, no escaping. */
function textString(text: string): string {
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index += 1) hex += text.charCodeAt(index).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

function pdfDate(date: Date): string {
  return `(D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z)`;
}

/**
 * The PDF with a document information dictionary of its own: Title (the document's), Creator and
 * Producer 产教联盟工作台, creation time. Chromium writes its user agent (HeadlessChrome …) and Skia as
 * Creator and Producer. The dictionary is appended as an incremental update (a new object, a cross-reference
 * section and a trailer pointing back to the old one), so a 500-page batch is not serialized again; a PDF
 * whose last section is not a classic cross-reference table is rewritten by pdf-lib instead.
 */
export async function withDeskInfo(pdf: Uint8Array, title: string | undefined, now = new Date()): Promise<Uint8Array> {
  // The tail holds the last trailer and startxref; a trailer is a few hundred bytes at most.
  const tail = latin1.decode(pdf.subarray(Math.max(0, pdf.length - 4096)));
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const trailerAt = tail.lastIndexOf('trailer');
  const trailer = trailerAt === -1 ? undefined : tail.slice(trailerAt, startxref?.index);
  const size = trailer && /\/Size\s+(\d+)/.exec(trailer)?.[1];
  const root = trailer && /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  if (!startxref || !size || !root) return rewritten(pdf, title, now);
  const id = trailer ? /\/ID\s*\[[^\]]*\]/.exec(trailer)?.[0] : undefined;
  const number = Number(size);
  const info = [
    ...(title ? [`/Title ${textString(title)}`] : []),
    `/Creator ${textString(deskPdfCreator)}`,
    `/Producer ${textString(deskPdfCreator)}`,
    `/CreationDate ${pdfDate(now)}`,
    `/ModDate ${pdfDate(now)}`,
  ].join(' ');
  // The new object starts on a line of its own after %%EOF.
  const object = `\n${String(number)} 0 obj\n<< ${info} >>\nendobj\n`;
  const xrefAt = pdf.length + object.length;
  const update =
    `${object}xref\n0 1\n0000000000 65535 f \n${String(number)} 1\n${String(pdf.length + 1).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${String(number + 1)} /Root ${root} /Info ${String(number)} 0 R${id ? ` ${id}` : ''} /Prev ${startxref[1] ?? '0'} >>\nstartxref\n${String(xrefAt)}\n%%EOF\n`;
  const bytes = encoder.encode(update);
  const result = new Uint8Array(pdf.length + bytes.length);
  result.set(pdf, 0);
  result.set(bytes, pdf.length);
  return result;
}

async function rewritten(pdf: Uint8Array, title: string | undefined, now: Date): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  if (title) document.setTitle(title);
  document.setCreator(deskPdfCreator);
  document.setProducer(deskPdfCreator);
  document.setCreationDate(now);
  document.setModificationDate(now);
  return document.save({ useObjectStreams: false });
}

