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

const latin1 = new TextDecoder('latin1');

/** A part read as Chromium writes it: classic cross-reference tables, objects at known offsets. */
interface RawPart {
  bytes: Uint8Array;
  text: string;
  /** In-use object number → byte offset, the newest section winning. */
  offsets: Map<number, number>;
  size: number;
  root: number;
  info: number | undefined;
}

/** The part's objects by offset, or undefined for a PDF written otherwise (cross-reference streams): pdf-lib joins those. */
export function readRawPart(bytes: Uint8Array): RawPart | undefined {
  const text = latin1.decode(bytes);
  const offsets = new Map<number, number>();
  const freed = new Set<number>();
  let size: number | undefined;
  let root: number | undefined;
  let info: number | undefined;
  let at: number | undefined = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024))?.[1] ?? NaN);
  for (let sections = 0; at !== undefined && Number.isFinite(at); sections += 1) {
    if (sections > 32 || !text.startsWith('xref', at)) return undefined;
    const trailerAt = text.indexOf('trailer', at);
    if (trailerAt < 0) return undefined;
    const lines = text.slice(at + 4, trailerAt).trim().split(/\r?\n|\r/);
    for (let line = 0; line < lines.length; ) {
      const [first, count] = (lines[line] ?? '').trim().split(/\s+/).map(Number);
      if (first === undefined || count === undefined || !Number.isInteger(first) || !Number.isInteger(count)) return undefined;
      for (let entry = 0; entry < count; entry += 1) {
        const [offset, , kind] = (lines[line + 1 + entry] ?? '').trim().split(/\s+/);
        const number = first + entry;
        if (offsets.has(number) || freed.has(number)) continue;
        if (kind === 'n') offsets.set(number, Number(offset));
        else freed.add(number);
      }
      line += count + 1;
    }
    const trailer = text.slice(trailerAt, text.indexOf('startxref', trailerAt));
    size ??= Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]);
    root ??= Number(/\/Root\s+(\d+)\s+0\s+R/.exec(trailer)?.[1]);
    info ??= /\/Info\s+(\d+)\s+0\s+R/.exec(trailer)?.[1] === undefined ? undefined : Number(/\/Info\s+(\d+)\s+0\s+R/.exec(trailer)?.[1]);
    const previous = /\/Prev\s+(\d+)/.exec(trailer)?.[1];
    at = previous === undefined ? undefined : Number(previous);
  }
  if (size === undefined || root === undefined || !Number.isFinite(size) || !Number.isFinite(root)) return undefined;
  return { bytes, text, offsets, size, root, info };
}

/** Where the PDF dictionary starting at `from` (at its `<<`) ends, just past its `>>`; strings skipped. */
function dictionaryEnd(text: string, from: number): number {
  let depth = 0;
  for (let index = from; index < text.length; index += 1) {
    const character = text[index];
    if (character === '(') {
      // A literal string: balanced parentheses, backslash escapes.
      let nesting = 1;
      for (index += 1; index < text.length && nesting > 0; index += 1) {
        if (text[index] === '\\') index += 1;
        else if (text[index] === '(') nesting += 1;
        else if (text[index] === ')') nesting -= 1;
      }
      index -= 1;
    } else if (character === '<' && text[index + 1] === '<') {
      depth += 1;
      index += 1;
    } else if (character === '>' && text[index + 1] === '>') {
      depth -= 1;
      index += 1;
      if (depth === 0) return index + 1;
    } else if (character === '<') {
      index = text.indexOf('>', index);
      if (index < 0) return -1;
    }
  }
  return -1;
}

/** The object's references shifted by `shift`, outside its strings. */
function renumbered(source: string, shift: number): string {
  let out = '';
  let plain = '';
  const flush = (): void => {
    out += plain.replace(/(?<![\w.+-])(\d+)(\s+)(\d+)(\s+)R(?![\w])/g, (_, number: string, gap: string, generation: string, space: string) => `${String(Number(number) + shift)}${gap}${generation}${space}R`);
    plain = '';
  };
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index] ?? '';
    if (character === '(' || (character === '<' && source[index + 1] !== '<' && source[index - 1] !== '<')) {
      flush();
      let end: number;
      if (character === '(') {
        let nesting = 1;
        for (end = index + 1; end < source.length && nesting > 0; end += 1) {
          if (source[end] === '\\') end += 1;
          else if (source[end] === '(') nesting += 1;
          else if (source[end] === ')') nesting -= 1;
        }
      } else {
        end = source.indexOf('>', index) + 1;
        if (end === 0) end = source.length;
      }
      out += source.slice(index, end);
      index = end - 1;
    } else plain += character;
  }
  flush();
  return out;
}

/** One object of a part as bytes of the joined file: its number and references shifted, its stream data as it was. */
function objectBytes(part: RawPart, number: number, shift: number, edit?: (dictionary: string) => string): Uint8Array[] | undefined {
  const offset = part.offsets.get(number);
  if (offset === undefined) return undefined;
  const header = /^\s*(\d+)\s+(\d+)\s+obj\s*/.exec(part.text.slice(offset, offset + 64));
  if (!header || Number(header[1]) !== number) throw new Error(`object ${String(number)} is not where the cross-reference table says`);
  const bodyAt = offset + header[0].length;
  if (part.text.startsWith('<<', bodyAt)) {
    const end = dictionaryEnd(part.text, bodyAt);
    if (end < 0) throw new Error(`object ${String(number)} has an unterminated dictionary`);
    const dictionary = renumbered(part.text.slice(bodyAt, end), shift);
    const edited = edit ? edit(dictionary) : dictionary;
    const afterDictionary = /^\s*stream(\r\n|\n)/.exec(part.text.slice(end, end + 16));
    if (afterDictionary) {
      const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary)?.[1];
      if (length === undefined) throw new Error(`object ${String(number)} has no direct /Length`);
      const dataAt = end + afterDictionary[0].length;
      return [encoder.encode(`${String(number + shift)} 0 obj\n${edited}\nstream\n`), part.bytes.subarray(dataAt, dataAt + Number(length)), encoder.encode('\nendstream\nendobj\n')];
    }
    return [encoder.encode(`${String(number + shift)} 0 obj\n${edited}\nendobj\n`)];
  }
  const end = part.text.indexOf('endobj', bodyAt);
  if (end < 0) throw new Error(`object ${String(number)} has no endobj`);
  return [encoder.encode(`${String(number + shift)} 0 obj\n${renumbered(part.text.slice(bodyAt, end).trimEnd(), shift)}\nendobj\n`)];
}

/**
 * Joins parts by copying their objects' bytes under new numbers, each part's page tree hung under
 * one root: what pdf-lib's load, copy and save did in seconds for 5,000 pages takes a fraction of
 * that, and stream data (the page contents, the font subsets) is never decoded. Each part's own
 * catalogue and information dictionary are left out; the joined file gets one catalogue.
 */
export function joinRawParts(parts: readonly RawPart[]): Uint8Array {
  const header = encoder.encode('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n');
  const chunks: Uint8Array[] = [header];
  const offsets = new Map<number, number>();
  let length = header.length;
  const add = (number: number, pieces: Uint8Array[]): void => {
    offsets.set(number, length);
    for (const piece of pieces) {
      chunks.push(piece);
      length += piece.length;
    }
  };
  const total = parts.reduce((sum, part) => sum + part.size, 0);
  const rootPages = total + 1;
  const catalog = total + 2;
  const kids: string[] = [];
  let count = 0;
  let displayTitle = false;
  let shift = 0;
  for (const part of parts) {
    const catalogText = objectBytes(part, part.root, 0)?.map((piece) => latin1.decode(piece)).join('') ?? '';
    const pages = Number(/\/Pages\s+(\d+)\s+0\s+R/.exec(catalogText)?.[1]);
    if (!Number.isFinite(pages)) throw new Error('a part has no page tree');
    displayTitle ||= /\/DisplayDocTitle\s+true/.test(catalogText);
    for (const number of [...part.offsets.keys()].sort((a, b) => a - b)) {
      if (number === part.root || number === part.info) continue;
      const edit =
        number === pages
          ? (dictionary: string): string => {
              count += Number(/\/Count\s+(\d+)/.exec(dictionary)?.[1] ?? 0);
              return dictionary.replace(/^<</, `<< /Parent ${String(rootPages)} 0 R`);
            }
          : undefined;
      const pieces = objectBytes(part, number, shift, edit);
      if (pieces) add(number + shift, pieces);
    }
    kids.push(`${String(pages + shift)} 0 R`);
    shift += part.size;
  }
  add(rootPages, [encoder.encode(`${String(rootPages)} 0 obj\n<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${String(count)} >>\nendobj\n`)]);
  const preferences = displayTitle ? ' /ViewerPreferences << /DisplayDocTitle true >>' : '';
  add(catalog, [encoder.encode(`${String(catalog)} 0 obj\n<< /Type /Catalog /Pages ${String(rootPages)} 0 R${preferences} >>\nendobj\n`)]);
  const tail = encoder.encode(`${xrefTable(offsets)}trailer\n<< /Size ${String(catalog + 1)} /Root ${String(catalog)} 0 R >>\nstartxref\n${String(length)}\n%%EOF\n`);
  chunks.push(tail);
  const file = new Uint8Array(length + tail.length);
  let at = 0;
  for (const chunk of chunks) {
    file.set(chunk, at);
    at += chunk.length;
  }
  return file;
}

/** The pdf-lib way, for parts not written as Chromium writes them. */
async function joinWithPdfLib(parts: readonly Uint8Array[]): Promise<Uint8Array> {
  const merged = await PDFDocument.create({ updateMetadata: false });
  for (const part of parts) {
    const source = await PDFDocument.load(part, loadOptions);
    const title = source.getTitle();
    if (title !== undefined && merged.getTitle() === undefined) merged.setTitle(title);
    for (const page of await merged.copyPages(source, source.getPageIndices())) merged.addPage(page);
  }
  return merged.save({ useObjectStreams: false, objectsPerTick: Infinity });
}

/**
 * A batch of thousands of pages is rendered in runs; each run's PDF is read for its objects as
 * soon as it is added (its text kept to copy from), and the file is written once, at the end, by
 * copying bytes: nothing is parsed into objects or serialized again.
 */
export function createPdfJoiner(): PdfJoiner {
  const parts: Uint8Array[] = [];
  return {
    add(part) {
      parts.push(part);
      return Promise.resolve();
    },
    async save() {
      if (parts.length === 1 && parts[0]) return parts[0];
      if (parts.length === 0) throw new Error('Nothing to join: no part was added');
      const raw = parts.map(readRawPart);
      if (raw.every((part): part is RawPart => part !== undefined)) {
        try {
          return joinRawParts(raw);
        } catch {
          // Written in a way this reader does not follow: pdf-lib reads any PDF.
        }
      }
      return joinWithPdfLib(parts);
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
