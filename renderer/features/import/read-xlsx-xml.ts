/**
 * The parts of SpreadsheetML an import reads, scanned as text: a workbook's sheets, shared
 * strings, date formats and cells. A full workbook model (exceljs) spent most of a large
 * import building objects no import looks at (styles, fonts, every cell's address); this reads
 * each cell once. Tags may carry a namespace prefix (`x:c`), as some generators write them.
 */

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return entities[name] ?? whole;
  });
}

export function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? decodeXml(match[1] ?? match[2] ?? '') : undefined;
}

/** Every element of the name (with or without a prefix): its attributes and its content. */
export function* elements(xml: string, name: string): Generator<{ attributes: string; content: string }> {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}>)`, 'g');
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) yield { attributes: match[1] ?? '', content: match[2] ?? '' };
}

/** The text of a string item (`<si>`, `<is>`): its runs joined, without the phonetic guide (`<rPh>`) of East Asian names. */
export function itemText(content: string): string {
  const withoutPhonetics = content.includes('rPh') ? content.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '') : content;
  let text = '';
  for (const run of elements(withoutPhonetics, 't')) text += decodeXml(run.content);
  return text;
}

export function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return Array.from(elements(xml, 'si'), (item) => itemText(item.content));
}

/** Built-in number formats that show a date or a time (ECMA-376 §18.8.30, with the East Asian ones). */
const builtInDateFormats = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A format code is a date's when, outside quoted text and [colour]/[$-locale] parts, it has a date or time letter. */
function isDateFormatCode(code: string): boolean {
  return /[ymdhsb]/i.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** For each cell style (the `s` of a cell), whether its number format is a date. */
export function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const customDates = new Set<number>();
  for (const format of elements(xml, 'numFmt')) {
    const id = Number(attribute(format.attributes, 'numFmtId'));
    if (isDateFormatCode(attribute(format.attributes, 'formatCode') ?? '')) customDates.add(id);
  }
  const cellXfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  return Array.from(elements(cellXfs, 'xf'), (xf) => {
    const id = Number(attribute(xf.attributes, 'numFmtId') ?? '0');
    return builtInDateFormats.has(id) || customDates.has(id);
  });
}

export interface WorkbookSheet {
  name: string;
  visible: boolean;
  /** The sheet's part in the archive, e.g. `xl/worksheets/sheet1.xml`. */
  path: string;
}

/** The workbook's sheets in tab order, with where each one's cells are. */
export function workbookSheets(workbookXml: string, relsXml: string): { sheets: WorkbookSheet[]; date1904: boolean } {
  const targets = new Map<string, string>();
  for (const rel of elements(relsXml, 'Relationship')) {
    const id = attribute(rel.attributes, 'Id');
    const target = attribute(rel.attributes, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets: WorkbookSheet[] = [];
  for (const sheet of elements(workbookXml, 'sheet')) {
    const relId = /\s[\w.-]*:?id\s*=\s*"([^"]*)"/.exec(sheet.attributes)?.[1];
    const path = relId ? targets.get(relId) : undefined;
    if (!path) continue;
    const state = attribute(sheet.attributes, 'state');
    sheets.push({ name: attribute(sheet.attributes, 'name') ?? '', visible: state !== 'hidden' && state !== 'veryHidden', path });
  }
  const workbookPr = /<(?:[\w.-]+:)?workbookPr\b([^>]*)/.exec(workbookXml)?.[1] ?? '';
  const date1904 = ['1', 'true'].includes(attribute(workbookPr, 'date1904') ?? '');
  return { sheets, date1904 };
}

/** Column letters to a 1-based index: A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

/** A serial date as Excel stores it, as the calendar day exceljs and Excel show (1900 or 1904 date system). */
export function serialDate(serial: number, date1904: boolean): string {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000)).toISOString().slice(0, 10);
}
