import type { Catalog } from '../../i18n/use-messages';
import type { ImportFileProblem } from './import-errors';
import type { ImportKind, PersonField, UnitField } from './import-fields';

const megabytes = (bytes: number): string => (bytes / 1_000_000).toFixed(1);

type ImportOnlyProblem = 'formula' | 'merged' | 'markup' | 'unknown-kind' | 'unit-not-found' | 'duplicate-credit-code' | 'duplicate-name' | 'duplicate-person' | 'same-record';

export const importMessages: Catalog<{
  title: Record<ImportKind, string>;
  steps: { choose: string; map: string; preview: string; done: string };
  fields: { units: Record<UnitField, string>; people: Record<PersonField, string> };
  choose: {
    intro: Record<ImportKind, string>;
    columns: (fields: string) => string;
    encodings: string;
    button: string;
    reading: string;
  };
  fileErrors: Record<ImportFileProblem, (fileName: string, amount: number) => string>;
  nothingImported: string;
  map: {
    sheet: (sheet: string, headerRow: number, rows: number) => string;
    column: string;
    header: string;
    samples: string;
    target: string;
    noHeader: (letter: string) => string;
    skip: string;
    nameMissing: Record<ImportKind, string>;
    kindDefault: string;
    unitMatch: string;
    back: string;
    next: string;
  };
  preview: {
    creates: string;
    matches: string;
    bad: string;
    matchRule: Record<ImportKind, string>;
    existingLabel: string;
    skip: string;
    update: string;
    updateHelp: string;
    badHeading: string;
    noBad: string;
    badHelp: string;
    rowColumn: string;
    nameColumn: string;
    problemsColumn: string;
    moreBad: (count: number) => string;
    loading: string;
    back: string;
    import: (count: number) => string;
    nothingToImport: string;
    importing: string;
    failed: (reason: string) => string;
  };
  problems: Record<ImportOnlyProblem, (value: string, otherRow: number) => string> & { kinds: (kinds: string) => string };
  result: {
    heading: string;
    created: Record<ImportKind, (count: number) => string>;
    updated: (count: number) => string;
    unchanged: (count: number) => string;
    skipped: (count: number) => string;
    bad: (count: number) => string;
    list: Record<ImportKind, string>;
    another: string;
  };
}> = {
  'zh-CN': {
    title: { units: '导入成员单位', people: '导入人员与专家' },
    steps: { choose: '选择文件', map: '对应列', preview: '预览并检查', done: '完成' },
    fields: {
      units: {
        name: '单位名称',
        shortName: '简称',
        kind: '单位类型',
        creditCode: '统一社会信用代码',
        region: '地区',
        address: '地址',
        contactName: '联系人',
        contactPhone: '联系电话',
        contactEmail: '电子邮箱',
        website: '网址',
      },
      people: { name: '姓名', unit: '工作单位', position: '职务', title: '职称', phone: '电话', email: '电子邮箱', expertise: '专长 / 研究方向' },
    },
    choose: {
      intro: {
        units: '从 Excel 工作簿（.xlsx）或 CSV 文件导入成员单位名单。第一行应为表头；导入前会先显示预览，有问题的行会逐行说明原因。',
        people: '从 Excel 工作簿（.xlsx）或 CSV 文件导入人员和专家名单。第一行应为表头；工作单位须是已登记的单位（按名称或统一社会信用代码匹配）。',
      },
      columns: (fields) => `可识别的列：${fields}。`,
      encodings: 'CSV 文件的编码可以是 UTF-8 或 GBK（Excel 直接“另存为 CSV”的格式），无需转换。',
      button: '选择文件',
      reading: '正在读取文件……',
    },
    fileErrors: {
      'unsupported-type': (name) => `无法导入“${name}”：只支持 Excel 工作簿（.xlsx）和 CSV 文件（.csv）。旧版 .xls 文件请先在 Excel 中“另存为” .xlsx。`,
      empty: (name) => `“${name}”是空文件，没有可导入的内容。`,
      'too-big': (name, size) => `“${name}”有 ${megabytes(size)} MB，超过了 50 MB 的上限。请把名单拆成几个文件分批导入。`,
      unreadable: (name) => `无法读取“${name}”：文件已损坏，或者内容与扩展名不符。请在 Excel 中打开并重新保存后再试。`,
      'no-header': (name) => `“${name}”的第一行不是表头：没有认出任何列名（如“单位名称”“姓名”“统一社会信用代码”“联系人”）。请在第一行写上列名后再导入。`,
      'no-rows': (name) => `“${name}”只有表头，没有数据行。`,
      'too-many-rows': (name, rows) => `“${name}”有 ${rows} 行，一次最多导入 50000 行。请拆分后分批导入。`,
    },
    nothingImported: '没有导入任何数据，数据库未作更改。',
    map: {
      sheet: (sheet, headerRow, rows) => `工作表“${sheet}”：表头在第 ${headerRow} 行，下面有 ${rows} 行数据。请核对每一列要导入到哪一项。`,
      column: '列',
      header: '表头',
      samples: '示例内容',
      target: '导入为',
      noHeader: (letter) => `第 ${letter} 列（无表头）`,
      skip: '不导入',
      nameMissing: { units: '请指定哪一列是“单位名称”。', people: '请指定哪一列是“姓名”。' },
      kindDefault: '没有填写单位类型的单位，记为“其他”。',
      unitMatch: '工作单位按已登记单位的完整名称或统一社会信用代码匹配。',
      back: '重新选择文件',
      next: '下一步：预览',
    },
    preview: {
      creates: '新增',
      matches: '与已有记录相同',
      bad: '有问题，不导入',
      matchRule: {
        units: '已有单位先按统一社会信用代码、再按完整的单位名称匹配。',
        people: '已有人员按姓名和工作单位匹配（同名但工作单位不同的视为不同的人）。',
      },
      existingLabel: '对已有记录',
      skip: '跳过，保持不变',
      update: '用文件中的内容更新',
      updateHelp: '只改写文件中填写了的项目，空白单元格不会清除已有信息。',
      badHeading: '有问题的行',
      noBad: '没有发现问题。',
      badHelp: '这些行不会导入。请在文件中改正后，再导入一次即可（已导入的行可选择“跳过”）。',
      rowColumn: '行号',
      nameColumn: '名称',
      problemsColumn: '问题',
      moreBad: (count) => `另有 ${count} 行有问题，未在此列出。`,
      loading: '正在读取已有记录……',
      back: '返回修改对应列',
      import: (count) => `导入 ${count} 条`,
      nothingToImport: '没有需要导入或更新的行。',
      importing: '正在导入……',
      failed: (reason) => `导入失败，数据库未作任何更改。${reason}`,
    },
    problems: {
      formula: () => '是公式。请在 Excel 中复制该列，用“选择性粘贴 → 数值”替换公式后再导入',
      merged: () => '是合并单元格。请取消合并，并在每一行分别填写',
      markup: () => '含有网页代码标记（如 <script>），不能导入',
      'unknown-kind': (value) => `“${value}”不是可选的单位类型`,
      'unit-not-found': (value) => `找不到单位“${value}”。请先登记或导入该单位（名称须完全一致），或改填其统一社会信用代码`,
      'duplicate-credit-code': (_, row) => `与第 ${row} 行的统一社会信用代码相同`,
      'duplicate-name': (_, row) => `与第 ${row} 行的单位名称相同`,
      'duplicate-person': (_, row) => `与第 ${row} 行的姓名和工作单位都相同`,
      'same-record': (value, row) => `与第 ${row} 行对应同一条已有记录“${value}”`,
      kinds: (kinds) => `（可选：${kinds}）`,
    },
    result: {
      heading: '导入完成',
      created: { units: (count) => `新增 ${count} 家单位`, people: (count) => `新增 ${count} 位人员` },
      updated: (count) => `更新 ${count} 条已有记录`,
      unchanged: (count) => `${count} 条已有记录与文件相同，无需更新`,
      skipped: (count) => `跳过 ${count} 条已有记录`,
      bad: (count) => `${count} 行有问题，未导入`,
      list: { units: '查看成员单位', people: '查看人员与专家' },
      another: '再导入一个文件',
    },
  },
  en: {
    title: { units: 'Import units', people: 'Import people' },
    steps: { choose: 'Choose a file', map: 'Match columns', preview: 'Preview and check', done: 'Done' },
    fields: {
      units: {
        name: 'Name',
        shortName: 'Short name',
        kind: 'Kind',
        creditCode: 'Unified social credit code',
        region: 'Region',
        address: 'Address',
        contactName: 'Contact',
        contactPhone: 'Contact phone',
        contactEmail: 'E-mail',
        website: 'Website',
      },
      people: { name: 'Name', unit: 'Employer', position: 'Position', title: 'Professional title', phone: 'Phone', email: 'E-mail', expertise: 'Expertise' },
    },
    choose: {
      intro: {
        units: 'Import a list of units from an Excel workbook (.xlsx) or a CSV file. The first row holds the headers; a preview comes first, with every row that has a problem and why.',
        people: 'Import a list of people and experts from an Excel workbook (.xlsx) or a CSV file. The first row holds the headers; employers must be units already in the registry (matched by name or credit code).',
      },
      columns: (fields) => `Columns recognised: ${fields}.`,
      encodings: 'CSV files may be UTF-8 or GBK (what Excel in China saves as “CSV”); no conversion needed.',
      button: 'Choose a file',
      reading: 'Reading the file…',
    },
    fileErrors: {
      'unsupported-type': (name) => `“${name}” cannot be imported: only Excel workbooks (.xlsx) and CSV files (.csv) can. Save an old .xls file as .xlsx in Excel first.`,
      empty: (name) => `“${name}” is empty: there is nothing to import.`,
      'too-big': (name, size) => `“${name}” is ${megabytes(size)} MB, over the 50 MB limit. Split the list into several files and import them one by one.`,
      unreadable: (name) => `“${name}” cannot be read: it is damaged, or its content does not match its extension. Open it in Excel, save it again and retry.`,
      'no-header': (name) => `The first row of “${name}” is not a header row: no column name was recognised (such as “Name”, “单位名称”, “Credit code”, “Contact”). Put the column names in the first row and import again.`,
      'no-rows': (name) => `“${name}” has a header row and no rows under it.`,
      'too-many-rows': (name, rows) => `“${name}” has ${rows} rows; at most 50,000 can be imported at once. Split it and import the parts one by one.`,
    },
    nothingImported: 'Nothing was imported; the database is unchanged.',
    map: {
      sheet: (sheet, headerRow, rows) => `Sheet “${sheet}”: headers in row ${headerRow}, ${rows} rows of data below. Check what each column is imported as.`,
      column: 'Column',
      header: 'Header',
      samples: 'Examples',
      target: 'Import as',
      noHeader: (letter) => `Column ${letter} (no header)`,
      skip: 'Do not import',
      nameMissing: { units: 'Choose the column that holds the unit’s name.', people: 'Choose the column that holds the person’s name.' },
      kindDefault: 'Units without a kind are recorded as “Other”.',
      unitMatch: 'Employers are matched to registered units by their full name or credit code.',
      back: 'Choose another file',
      next: 'Next: preview',
    },
    preview: {
      creates: 'New',
      matches: 'Already in the registry',
      bad: 'With problems, not imported',
      matchRule: {
        units: 'Units already in the registry are matched by credit code, then by their full name.',
        people: 'People already in the registry are matched by name and employer (the same name at another employer is another person).',
      },
      existingLabel: 'Records already in the registry',
      skip: 'Skip them, leave them as they are',
      update: 'Update them from the file',
      updateHelp: 'Only cells with a value in the file are written; blank cells do not erase anything.',
      badHeading: 'Rows with problems',
      noBad: 'No problems found.',
      badHelp: 'These rows are not imported. Correct them in the file and import it again (choosing to skip the rows already imported).',
      rowColumn: 'Row',
      nameColumn: 'Name',
      problemsColumn: 'Problems',
      moreBad: (count) => `${count} more rows with problems are not listed here.`,
      loading: 'Reading the registry…',
      back: 'Back to the columns',
      import: (count) => `Import ${count} ${count === 1 ? 'row' : 'rows'}`,
      nothingToImport: 'There is nothing to import or update.',
      importing: 'Importing…',
      failed: (reason) => `The import failed and the database is unchanged. ${reason}`,
    },
    problems: {
      formula: () => 'is a formula. Copy the column in Excel and use “Paste Special → Values” before importing',
      merged: () => 'is a merged cell. Unmerge it and fill in every row',
      markup: () => 'contains web markup (such as <script>) and cannot be imported',
      'unknown-kind': (value) => `“${value}” is not one of the kinds of unit`,
      'unit-not-found': (value) => `No unit “${value}” in the registry. Add or import the unit first (the name must match exactly), or give its credit code`,
      'duplicate-credit-code': (_, row) => `same credit code as row ${row}`,
      'duplicate-name': (_, row) => `same name as row ${row}`,
      'duplicate-person': (_, row) => `same name and employer as row ${row}`,
      'same-record': (value, row) => `matches the same existing record “${value}” as row ${row}`,
      kinds: (kinds) => ` (one of: ${kinds})`,
    },
    result: {
      heading: 'Import finished',
      created: { units: (count) => `${count} new ${count === 1 ? 'unit' : 'units'}`, people: (count) => `${count} new ${count === 1 ? 'person' : 'people'}` },
      updated: (count) => `${count} existing ${count === 1 ? 'record' : 'records'} updated`,
      unchanged: (count) => `${count} existing ${count === 1 ? 'record is' : 'records are'} the same as in the file`,
      skipped: (count) => `${count} existing ${count === 1 ? 'record' : 'records'} skipped`,
      bad: (count) => `${count} ${count === 1 ? 'row' : 'rows'} with problems not imported`,
      list: { units: 'Open the units list', people: 'Open the people list' },
      another: 'Import another file',
    },
  },
};
