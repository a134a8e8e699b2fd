/**
 * Dates as offices type them in a spreadsheet: 2023-05-09, 2023/5/9, 2023年5月9日, 2023.05.09 (and
 * what the reader makes of a real Excel date cell, an ISO date). Terms of appointment name months:
 * 2024年6月至2027年6月, 2024.06-2027.06, 2024年6月—2027年6月.
 */

const pad = (value: number): string => String(value).padStart(2, '0');

function isoOf(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  // The day must exist in that month: 2023-02-30 is a typing mistake, not 2 March.
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > last ? undefined : `${year}-${pad(month)}-${pad(day)}`;
}

const fullDate = /^(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?)$/;
const monthOnly = /^(\d{4})\s*(?:[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月(?:份)?)$/;

/** The ISO date a cell names, or undefined when it names none (or a day that does not exist). */
export function parseImportDate(text: string): string | undefined {
  const match = fullDate.exec(text.normalize('NFKC').trim());
  if (!match) return undefined;
  const [, year, month1, day1, month2, day2] = match;
  return isoOf(Number(year), Number(month1 ?? month2), Number(day1 ?? day2));
}

/** A date or a month (taken as its first day): one end of a term. */
function parseTermEnd(text: string): string | undefined {
  const date = parseImportDate(text);
  if (date) return date;
  const match = monthOnly.exec(text.normalize('NFKC').trim());
  if (!match) return undefined;
  const [, year, month1, month2] = match;
  return isoOf(Number(year), Number(month1 ?? month2), 1);
}

/** Words and dashes between the start and the end of a term, most specific first. */
const separators = ['至', '到', '—', '–', '－', '～', '~', '-'];

export interface Term {
  start: string;
  end: string;
}

/**
 * A term such as 2024年6月至2027年6月: a month is taken as its first day, so the term runs from
 * 2024-06-01 to 2027-06-01 and reads back as the same two months. A dash can also sit inside a
 * date (2024-06-2027-06), so every position of a separator is tried until both halves are dates.
 */
export function parseTerm(text: string): Term | undefined {
  const folded = text.trim();
  for (const separator of separators) {
    for (let at = folded.indexOf(separator); at > 0; at = folded.indexOf(separator, at + 1)) {
      const start = parseTermEnd(folded.slice(0, at));
      const end = parseTermEnd(folded.slice(at + separator.length));
      if (start && end) return { start, end };
    }
  }
  return undefined;
}
