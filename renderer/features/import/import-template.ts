import type { DataValidation } from 'exceljs';
import { appointmentRoles, membershipRoles, membershipStatuses, participantRoles, unitKinds } from '../../../shared/domain/vocabulary';
import type { Locale } from '../../../shared/i18n/locale';
import type { ImportField, ImportKind } from './import-fields';
import { importFields } from './import-fields';
import type { importMessages } from './messages';

type Words = (typeof importMessages)['zh-CN'];
/** exceljs keeps a sheet's validations by range, which its type declarations leave out. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: DataValidation): void };
}
type Listed = { values: readonly string[]; label: (value: never, locale: Locale) => string };

/** The columns whose cells are chosen from a closed list, and that list. */
const listedFields: Record<ImportKind, Partial<Record<ImportField, Listed>>> = {
  units: { kind: unitKinds, role: membershipRoles, status: membershipStatuses },
  people: { committeeRole: appointmentRoles },
  participants: { role: participantRoles },
};

/** Rows of the template that offer the drop-down lists: more than any member list holds. */
const listedRows = 2000;

/** What most rows of a real list hold, for the example row. */
const exampleChoice: Record<ImportKind, Partial<Record<ImportField, string>>> = {
  units: { kind: 'higher-vocational-college', role: 'member-unit', status: 'active' },
  people: { committeeRole: 'member' },
  participants: { role: 'expert' },
};

function exampleRow(kind: ImportKind, words: Words, locale: Locale): string[] {
  const example = words.template.example[kind] as Partial<Record<ImportField, string>>;
  return importFields[kind].map((field) => {
    const listed = listedFields[kind][field];
    // The example chooses from each list what most rows of a real list hold.
    if (listed) return listed.label((exampleChoice[kind][field] ?? listed.values[0]) as never, locale);
    return example[field] ?? '';
  });
}

/**
 * A workbook to fill in and import: the header row as the import knows it, one example row,
 * and drop-down lists (data validation) of the allowed kinds, roles and statuses. The lists
 * live on a hidden sheet the validations refer to, so they hold names with commas and any length.
 */
export async function buildImportTemplate(kind: ImportKind, words: Words, locale: Locale): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '产教联盟工作台 Alliance Desk';
  const sheet = workbook.addWorksheet(words.template.sheet[kind], { views: [{ state: 'frozen', ySplit: 1 }] });
  const choices = workbook.addWorksheet(words.template.choicesSheet, { state: 'hidden' });
  const labels = words.fields[kind] as Record<ImportField, string>;
  const fields = importFields[kind];
  sheet.columns = fields.map((field) => ({ header: labels[field], width: Math.max(14, labels[field].length * 2 + 6) }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(exampleRow(kind, words, locale));

  let listColumn = 0;
  fields.forEach((field, index) => {
    const listed = listedFields[kind][field];
    if (!listed) return;
    listColumn += 1;
    const options = listed.values.map((value) => listed.label(value as never, locale));
    choices.getColumn(listColumn).values = [labels[field], ...options];
    const letter = choices.getColumn(listColumn).letter;
    const range = `'${words.template.choicesSheet}'!$${letter}$2:$${letter}$${options.length + 1}`;
    const column = sheet.getColumn(index + 1).letter;
    // One validation for the whole column range: set cell by cell, 2,000 rows take seconds to write.
    (sheet as unknown as RangeValidations).dataValidations.add(`${column}2:${column}${listedRows + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [range],
      showErrorMessage: true,
      errorTitle: labels[field],
      error: words.template.chooseFromList,
    });
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
