import type { PDFObject } from 'pdf-lib';
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFStream } from 'pdf-lib';

const encoder = new TextEncoder();
/** pdf-lib otherwise pauses for a timer tick every hundred objects: 30 ms and more on a 500-page batch. */
const loadOptions = { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest } as const;
const inheritable = ['Resources', 'MediaBox', 'CropBox', 'Rotate'].map((key) => PDFName.of(key));
const parentKey = PDFName.of('Parent');

function bytesOf(object: PDFObject): Uint8Array {
  const bytes = new Uint8Array(object.sizeInBytes());
  object.copyBytesInto(bytes, 0);
  return bytes;
}

function indirect(number: number, body: Uint8Array): Uint8Array[] {
  return [encoder.encode(`${String(number)} 0 obj\n`), body, encoder.encode('\nendobj\n')];
}

/** The classic cross-reference table, one subsection per run of consecutive object numbers. */
function xrefTable(offsets: Map<number, number>): string {
  const numbers = [...offsets.keys()].sort((a, b) => a - b);
  let table = 'xref\n0 1\n0000000000 65535 f \n';
  for (let start = 0; start < numbers.length; ) {
    let end = start;
    while (end + 1 < numbers.length && numbers[end + 1] === (numbers[end] ?? 0) + 1) end += 1;
    table += `${String(numbers[start])} ${String(end - start + 1)}\n`;
    for (let index = start; index <= end; index += 1) table += `${String(offsets.get(numbers[index] ?? 0) ?? 0).padStart(10, '0')} 00000 n \n`;
    start = end + 1;
  }
  return table;
}

/**
 * One PDF per page of a combined PDF. Rendering once and splitting is what makes 500 separate
 * licences affordable: each printToPDF call costs a layout pass. Objects the pages share (the font
 * subsets) are serialized once and reused in every file, under their original numbers; each file
 * holds only what its page refers to, plus its own page tree and catalogue.
 */
export async function splitPdfPages(combined: Uint8Array): Promise<Uint8Array[]> {
  const source = await PDFDocument.load(combined, loadOptions);
  const { context } = source;
  const serialized = new Map<number, Uint8Array>();
  const pagesNumber = context.largestObjectNumber + 1;
  const catalogNumber = pagesNumber + 1;
  const header = encoder.encode('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n');
  const files: Uint8Array[] = [];

  for (const page of source.getPages()) {
    const leaf = page.node.clone(context);
    for (const key of inheritable) {
      const value = page.node.getInheritableAttribute(key);
      if (value && !leaf.has(key)) leaf.set(key, value);
    }
    leaf.set(parentKey, PDFRef.of(pagesNumber));
    const needed = new Set<number>();
    const visit = (object: PDFObject | undefined): void => {
      if (object instanceof PDFRef) {
        if (needed.has(object.objectNumber)) return;
        needed.add(object.objectNumber);
        visit(context.lookup(object));
      } else if (object instanceof PDFDict) {
        for (const [key, value] of object.entries()) if (key !== parentKey) visit(value);
      } else if (object instanceof PDFArray) {
        for (let index = 0; index < object.size(); index += 1) visit(object.get(index));
      } else if (object instanceof PDFStream) {
        visit(object.dict);
      }
    };
    visit(leaf);
    const pageNumber = page.ref.objectNumber;
    needed.delete(pageNumber);

    const chunks: Uint8Array[] = [header];
    const offsets = new Map<number, number>();
    let length = header.length;
    const add = (number: number, body: Uint8Array): void => {
      offsets.set(number, length);
      for (const chunk of indirect(number, body)) {
        chunks.push(chunk);
        length += chunk.length;
      }
    };
    for (const number of [...needed].sort((a, b) => a - b)) {
      let body = serialized.get(number);
      if (!body) {
        const object = context.lookup(PDFRef.of(number));
        if (!object) continue;
        body = bytesOf(object);
        serialized.set(number, body);
      }
      add(number, body);
    }
    add(pageNumber, bytesOf(leaf));
    add(pagesNumber, encoder.encode(`<< /Type /Pages /Kids [${String(pageNumber)} 0 R] /Count 1 >>`));
    add(catalogNumber, encoder.encode(`<< /Type /Catalog /Pages ${String(pagesNumber)} 0 R >>`));
    const tail = encoder.encode(`${xrefTable(offsets)}trailer\n<< /Size ${String(catalogNumber + 1)} /Root ${String(catalogNumber)} 0 R >>\nstartxref\n${String(length)}\n%%EOF\n`);
    chunks.push(tail);
    const file = new Uint8Array(length + tail.length);
    let at = 0;
    for (const chunk of chunks) {
      file.set(chunk, at);
      at += chunk.length;
    }
    files.push(file);
  }
  return files;
}

/**
 * PDFs of consecutive pages, rendered side by side by separate renderers, as one PDF in order.
 * Each part keeps its own font subsets: a few more kilobytes instead of re-subsetting the fonts.
 */
export async function mergePdfs(parts: readonly Uint8Array[]): Promise<Uint8Array> {
  const joiner = createPdfJoiner();
  for (const part of parts) await joiner.add(part);
  return joiner.save();
}

/** Joins PDFs of consecutive pages as they arrive, in the order they are added. */
export interface PdfJoiner {
  /** Appends the part's pages; the part's bytes are not kept. */
  add(part: Uint8Array): Promise<void>;
  /** The joined PDF: a single part as it came, never re-serialized. */
  save(): Promise<Uint8Array>;
}

/**
 * A batch of thousands of pages is rendered in runs; each run's PDF is copied into the joined
 * document as soon as it is its turn and dropped, so no more than the runs still waiting for their
 * turn are held besides the result.
 */
export function createPdfJoiner(): PdfJoiner {
  let only: Uint8Array | undefined;
  let merged: PDFDocument | undefined;
  const append = async (target: PDFDocument, part: Uint8Array): Promise<void> => {
    const source = await PDFDocument.load(part, loadOptions);
    const title = source.getTitle();
    if (title !== undefined && target.getTitle() === undefined) target.setTitle(title);
    for (const page of await target.copyPages(source, source.getPageIndices())) target.addPage(page);
  };
  return {
    async add(part) {
      if (!merged && !only) {
        only = part;
        return;
      }
      if (!merged) {
        merged = await PDFDocument.create({ updateMetadata: false });
        if (only) await append(merged, only);
        only = undefined;
      }
      await append(merged, part);
    },
    async save() {
      if (only) return only;
      if (!merged) throw new Error('Nothing to join: no part was added');
      return merged.save({ useObjectStreams: false, objectsPerTick: Infinity });
    },
  };
}

export async function countPdfPages(pdf: Uint8Array): Promise<number> {
  return (await PDFDocument.load(pdf, loadOptions)).getPageCount();
}

/** The first page's size in millimetres, what the printer's paper must be. */
export async function firstPageSizeMm(pdf: Uint8Array): Promise<{ widthMm: number; heightMm: number; pages: number }> {
  const document = await PDFDocument.load(pdf, loadOptions);
  const page = document.getPage(0);
  const { width, height } = page.getSize();
  return { widthMm: Math.round((width * 254) / 72) / 10, heightMm: Math.round((height * 254) / 72) / 10, pages: document.getPageCount() };
}
