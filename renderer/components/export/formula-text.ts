/**
 * OWASP's advice on CSV injection: a cell whose text starts with =, +, -, @, a tab or a carriage
 * return is run as a formula by Excel and WPS once the file is saved as CSV or the cell is edited,
 * so exports prefix such text with a single quote. Text that already starts with quotes before
 * one of those characters gets one more, so reading back (one quote removed) is exact.
 */
const formulaStart = /^'*[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** The text an export neutralised, as it was: the import reads exports back with this. */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && formulaStart.test(text) ? text.slice(1) : text;
}
