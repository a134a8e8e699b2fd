import type { Catalog } from '../../i18n/use-messages';
import type { ImportFileProblem } from './import-errors';
import type { ImportKind, ParticipantField, PersonField, UnitField } from './import-fields';
import type { ExistingChoice } from './plan-import';
import type { RowProblemKind, RowWarningKind } from './row-problems';
import type { Problem } from '../../../shared/domain/fields';

const megabytes = (bytes: number): string => (bytes / 1_000_000).toFixed(1);

/** The row problems only an import finds (the schemas' own come from shared/domain/fields), and its warnings. */
type ImportOnlyProblem = Exclude<RowProblemKind, Problem> | RowWarningKind;

export const importMessages: Catalog<{
  title: Record<ImportKind, string>;
  steps: { choose: string; map: string; preview: string; done: string };
  kinds: { label: string } & Record<ImportKind, string>;
  fields: { units: Record<UnitField, string>; people: Record<PersonField, string>; participants: Record<ParticipantField, string> };
  choose: {
    intro: Record<ImportKind, string>;
    columns: (fields: string) => string;
    encodings: string;
    button: string;
    reading: string;
    template: string;
    templateHelp: string;
    templateSaved: (path: string) => string;
    templateDownloading: (fileName: string) => string;
  };
  template: {
    fileName: Record<ImportKind, string>;
    sheet: Record<ImportKind, string>;
    choicesSheet: string;
    example: {
      units: Record<'name' | 'creditCode' | 'region' | 'address' | 'contactName' | 'contactPhone' | 'contactEmail' | 'joinedOn', string>;
      people: Record<'name' | 'unit' | 'position' | 'title' | 'phone' | 'email' | 'expertise' | 'term', string>;
      participants: Record<'name' | 'unit', string>;
    };
    chooseFromList: string;
  };
  target: {
    alliance: string;
    noAlliance: string;
    event: string;
    help: Record<ImportKind, string>;
    allianceMissing: string;
    eventMissing: string;
    none: string;
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
    roleDefault: string;
    committeeRule: string;
    personMatch: string;
    back: string;
    next: string;
  };
  preview: {
    creates: string;
    same: string;
    changed: Record<ExistingChoice, string>;
    changedHeading: Record<ExistingChoice, string>;
    changedFieldsColumn: string;
    moreChanged: (count: number) => string;
    bad: string;
    links: Record<'units' | 'people', string>;
    roleCounts: (counts: string) => string;
    warningsHeading: string;
    warningsHelp: string;
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
    progress: (done: number, total: number) => string;
    failed: (reason: string) => string;
  };
  problems: Record<ImportOnlyProblem, (value: string, otherRow: number) => string> & { choices: (choices: string) => string };
  result: {
    heading: string;
    created: Record<ImportKind, (count: number) => string>;
    updated: (count: number) => string;
    linked: Record<'units' | 'people', (count: number) => string>;
    unchanged: (count: number) => string;
    skipped: (count: number) => string;
    bad: (count: number) => string;
    list: Record<ImportKind, string>;
    another: string;
  };
}> = {
  'zh-CN': {
    title: { units: '导入成员单位', people: '导入人员与专家', participants: '导入活动签到表' },
    steps: { choose: '选择文件', map: '对应列', preview: '预览并检查', done: '完成' },
    kinds: { label: '导入什么', units: '成员单位', people: '人员与专家', participants: '活动签到表' },
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
        role: '联盟角色',
        joinedOn: '加入日期',
        status: '状态',
        representative: '单位代表',
      },
      people: { name: '姓名', unit: '工作单位', position: '职务', title: '职称', phone: '电话', email: '电子邮箱', expertise: '专长 / 研究方向', committeeRole: '委员会职务', term: '聘期' },
      participants: { name: '姓名', unit: '单位', role: '参会身份' },
    },
    choose: {
      intro: {
        units: '从 Excel 工作簿（.xlsx）或 CSV 文件导入成员单位名单。第一行应为表头；导入前会先显示预览，有问题的行会逐行说明原因。',
        people: '从 Excel 工作簿（.xlsx）或 CSV 文件导入人员和专家名单。第一行应为表头；工作单位须是已登记的单位（按名称或统一社会信用代码匹配）。',
        participants: '从签到表（.xlsx 或 CSV）导入一次活动的参会人员。第一行应为表头；姓名按已登记的人员匹配，找不到的姓名会逐行列出。',
      },
      columns: (fields) => `可识别的列：${fields}。`,
      encodings: 'CSV 文件的编码可以是 UTF-8 或 GBK（Excel 直接“另存为 CSV”的格式），无需转换。',
      button: '选择文件',
      reading: '正在读取文件……',
      template: '下载导入模板',
      templateHelp: '模板含表头、一行示例和可选值的下拉列表，在 Excel 或 WPS 中填写后即可导入。',
      templateSaved: (path) => `模板已保存到 ${path}`,
      templateDownloading: (fileName) => `正在下载模板“${fileName}”`,
    },
    template: {
      fileName: { units: '成员单位导入模板', people: '人员与专家导入模板', participants: '活动签到表导入模板' },
      sheet: { units: '成员单位', people: '人员与专家', participants: '签到表' },
      choicesSheet: '可选值',
      example: {
        units: {
          name: '丽水职业技术学院',
          creditCode: '123311004704747123',
          region: '浙江省丽水市',
          address: '浙江省丽水市莲都区学院路357号',
          contactName: '李立进',
          contactPhone: '0578-2123456 转 8',
          contactEmail: 'lianmeng@lszjy.edu.cn',
          joinedOn: '2023-05-09',
        },
        people: {
          name: '司徒嘉怡',
          unit: '丽水职业技术学院',
          position: '副院长',
          title: '教授',
          phone: '138 1234 5678',
          email: 'situ@lszjy.edu.cn',
          expertise: '智能制造、职业教育课程开发',
          term: '2024年6月至2027年6月',
        },
        participants: { name: '司徒嘉怡', unit: '丽水职业技术学院' },
      },
      chooseFromList: '请从下拉列表中选择',
    },
    target: {
      alliance: '导入到联盟',
      noAlliance: '不加入联盟，只登记单位',
      event: '签到表所属活动',
      help: {
        units: '选择联盟后，每一行都成为该联盟的成员单位，“联盟角色”“加入日期”“状态”列写入成员资格。',
        people: '选择联盟后，填写了“委员会职务”的人员聘为该联盟专家指导委员会的相应职务，“聘期”写入聘期起止。',
        participants: '每个姓名成为所选活动的参会人员。',
      },
      allianceMissing: '已对应了联盟角色、加入日期、状态、委员会职务或聘期等列，请先选择导入到哪个联盟。',
      eventMissing: '请选择签到表所属的活动。',
      none: '还没有联盟。请先新建联盟，再导入其成员或专家。',
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
      nameMissing: { units: '请指定哪一列是“单位名称”。', people: '请指定哪一列是“姓名”。', participants: '请指定哪一列是“姓名”。' },
      kindDefault: '没有填写单位类型的单位，记为“其他”。',
      unitMatch: '工作单位按已登记单位的完整名称或统一社会信用代码匹配。',
      roleDefault: '导入到联盟时，没有填写联盟角色的单位记为“成员单位”，没有填写状态的记为“正式成员”；“正常”“在册”即正式成员，“退出”即已退出。',
      committeeRule: '委员会职务可写“专家指导委员会主任”，也可只写“主任”“副主任”“委员”；聘期可写“2024年6月至2027年6月”或“2024.06-2027.06”。',
      personMatch: '姓名按已登记的人员匹配；同名的人员请在“单位”列写明工作单位。没有填写参会身份的记为“代表”。',
      back: '重新选择文件',
      next: '下一步：预览',
    },
    preview: {
      creates: '新增',
      same: '与已有记录相同',
      changed: { update: '将更新', skip: '与已有记录不同（将跳过）' },
      changedHeading: { update: '将更新的行', skip: '与已有记录不同的行' },
      changedFieldsColumn: '不同的项目',
      moreChanged: (count) => `另有 ${count} 行，未在此列出。`,
      bad: '有问题，不导入',
      links: { units: '加入联盟或更新成员资格', people: '聘任或更新专家指导委员会职务' },
      roleCounts: (counts) => `其中：${counts}`,
      warningsHeading: '照常导入、但请核对的单元格',
      warningsHelp: '这些行会导入；下列单元格按原文保留或未导入该项，导入后可在记录中修改。',
      matchRule: {
        units: '已有单位先按统一社会信用代码、再按完整的单位名称匹配。',
        people: '已有人员按姓名和工作单位匹配（同名但工作单位不同的视为不同的人）。',
        participants: '已在该活动参会人员中的人员不会重复添加。',
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
      progress: (done, total) => `已写入 ${done} / ${total} 条`,
      failed: (reason) => `导入失败，数据库未作任何更改。${reason}`,
    },
    problems: {
      formula: () => '是公式。请在 Excel 中复制该列，用“选择性粘贴 → 数值”替换公式后再导入',
      merged: () => '是合并单元格。请取消合并，并在每一行分别填写',
      'unknown-kind': (value) => `“${value}”不是可选的单位类型`,
      'unknown-role': (value) => `“${value}”不是可选的联盟角色`,
      'unknown-status': (value) => `“${value}”不是可选的状态`,
      'unknown-committee-role': (value) => `“${value}”不是可选的委员会职务`,
      'unknown-participant-role': (value) => `“${value}”不是可选的参会身份`,
      'invalid-term': (value) => `“${value}”不是聘期，应写作“2024年6月至2027年6月”或“2024.06-2027.06”`,
      'unit-not-found': (value) => `找不到单位“${value}”。请先登记或导入该单位（名称须完全一致），或改填其统一社会信用代码`,
      'person-not-found': (value) => `找不到人员“${value}”。请先登记或导入该人员（姓名须完全一致）`,
      'person-ambiguous': (value) => `登记了不止一位“${value}”。请在“单位”列写明其工作单位`,
      'phone-kept': (value) => `“${value}”不是一个电话号码，按原文保留`,
      'email-left-out': (value) => `“${value}”不是电子邮箱地址，该项未导入`,
      'term-without-post': () => '没有填写委员会职务，聘期未导入',
      'representative-not-found': (value) => `该单位没有登记名为“${value}”的人员，单位代表未导入。请先导入人员，再导入一次本表`,
      'representative-ambiguous': (value) => `该单位登记了不止一位“${value}”，单位代表未导入，请在单位页面选择`,
      'duplicate-credit-code': (_, row) => `与第 ${row} 行的统一社会信用代码相同`,
      'duplicate-name': (_, row) => `与第 ${row} 行的单位名称相同`,
      'duplicate-person': (_, row) => `与第 ${row} 行的姓名和工作单位都相同`,
      'same-record': (value, row) => `与第 ${row} 行对应同一条已有记录“${value}”`,
      choices: (choices) => `（可选：${choices}）`,
    },
    result: {
      heading: '导入完成',
      created: { units: (count) => `新增 ${count} 家单位`, people: (count) => `新增 ${count} 位人员`, participants: (count) => `新增 ${count} 位参会人员` },
      updated: (count) => `更新 ${count} 条已有记录`,
      linked: { units: (count) => `${count} 家单位加入联盟或更新了成员资格`, people: (count) => `${count} 位专家聘任或更新了专家指导委员会职务` },
      unchanged: (count) => `${count} 条已有记录与文件相同，无需更新`,
      skipped: (count) => `跳过 ${count} 条已有记录`,
      bad: (count) => `${count} 行有问题，未导入`,
      list: { units: '查看成员单位', people: '查看人员与专家', participants: '查看活动' },
      another: '再导入一个文件',
    },
  },
  en: {
    title: { units: 'Import units', people: 'Import people', participants: 'Import a sign-in list' },
    steps: { choose: 'Choose a file', map: 'Match columns', preview: 'Preview and check', done: 'Done' },
    kinds: { label: 'What to import', units: 'Units', people: 'People', participants: 'Sign-in list' },
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
        role: 'Role in the alliance',
        joinedOn: 'Joined on',
        status: 'Status',
        representative: 'Representative',
      },
      people: {
        name: 'Name',
        unit: 'Employer',
        position: 'Position',
        title: 'Professional title',
        phone: 'Phone',
        email: 'E-mail',
        expertise: 'Expertise',
        committeeRole: 'Committee post',
        term: 'Term',
      },
      participants: { name: 'Name', unit: 'Unit', role: 'Attending as' },
    },
    choose: {
      intro: {
        units: 'Import a list of units from an Excel workbook (.xlsx) or a CSV file. The first row holds the headers; a preview comes first, with every row that has a problem and why.',
        people: 'Import a list of people and experts from an Excel workbook (.xlsx) or a CSV file. The first row holds the headers; employers must be units already in the registry (matched by name or credit code).',
        participants: 'Import the participants of an event from its sign-in list (.xlsx or CSV). The first row holds the headers; names are matched to people in the registry, and every name not found is listed.',
      },
      columns: (fields) => `Columns recognised: ${fields}.`,
      encodings: 'CSV files may be UTF-8 or GBK (what Excel in China saves as “CSV”); no conversion needed.',
      button: 'Choose a file',
      reading: 'Reading the file…',
      template: 'Download a template',
      templateHelp: 'The template has the header row, an example row and drop-down lists of the allowed values; fill it in with Excel or WPS and import it.',
      templateSaved: (path) => `Template saved to ${path}`,
      templateDownloading: (fileName) => `Downloading the template “${fileName}”`,
    },
    template: {
      fileName: { units: 'Units import template', people: 'People import template', participants: 'Sign-in list import template' },
      sheet: { units: 'Units', people: 'People', participants: 'Sign-in list' },
      choicesSheet: 'Choices',
      example: {
        units: {
          name: 'Lishui Vocational and Technical College',
          creditCode: '123311004704747123',
          region: 'Lishui, Zhejiang',
          address: '357 Xueyuan Road, Liandu District, Lishui',
          contactName: 'Li Lijin',
          contactPhone: '0578-2123456 ext 8',
          contactEmail: 'lianmeng@lszjy.edu.cn',
          joinedOn: '2023-05-09',
        },
        people: {
          name: 'Situ Jiayi',
          unit: 'Lishui Vocational and Technical College',
          position: 'Vice-president',
          title: 'Professor',
          phone: '138 1234 5678',
          email: 'situ@lszjy.edu.cn',
          expertise: 'Smart manufacturing; curriculum development',
          term: '2024-06-01至2027-06-01',
        },
        participants: { name: 'Situ Jiayi', unit: 'Lishui Vocational and Technical College' },
      },
      chooseFromList: 'Choose from the list',
    },
    target: {
      alliance: 'Import into the alliance',
      noAlliance: 'No alliance: only register the units',
      event: 'Event of the sign-in list',
      help: {
        units: 'With an alliance chosen, every row becomes a member unit of it; the role, joined-on and status columns make the membership.',
        people: 'With an alliance chosen, people with a committee post are appointed to that post on the alliance’s Expert Steering Committee, for the term given.',
        participants: 'Every name becomes a participant of the chosen event.',
      },
      allianceMissing: 'Columns for the role, joined-on date, status, committee post or term are matched: choose the alliance to import into first.',
      eventMissing: 'Choose the event of the sign-in list.',
      none: 'There is no alliance yet. Create the alliance first, then import its members or experts.',
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
      nameMissing: { units: 'Choose the column that holds the unit’s name.', people: 'Choose the column that holds the person’s name.', participants: 'Choose the column that holds the person’s name.' },
      kindDefault: 'Units without a kind are recorded as “Other”.',
      unitMatch: 'Employers are matched to registered units by their full name or credit code.',
      roleDefault: 'Imported into an alliance, a unit without a role is a member unit and one without a status is active; 正常 and 在册 mean active, 退出 withdrawn.',
      committeeRule: 'A committee post may read 专家指导委员会主任 or just 主任, 副主任, 委员; a term may read 2024年6月至2027年6月 or 2024.06-2027.06.',
      personMatch: 'Names are matched to people in the registry; for two people of one name, give the unit. Without a role, a participant attends as a representative.',
      back: 'Choose another file',
      next: 'Next: preview',
    },
    preview: {
      creates: 'New',
      same: 'Same as in the registry',
      changed: { update: 'To be updated', skip: 'Different from the registry (skipped)' },
      changedHeading: { update: 'Rows that update a record', skip: 'Rows that differ from their record' },
      changedFieldsColumn: 'Fields that differ',
      moreChanged: (count) => `${count} more rows are not listed here.`,
      bad: 'With problems, not imported',
      links: { units: 'Memberships made or updated', people: 'Committee appointments made or updated' },
      roleCounts: (counts) => `Of these: ${counts}`,
      warningsHeading: 'Cells imported that are worth a look',
      warningsHelp: 'These rows are imported; the cells below are kept as written or left out, and can be corrected in the record afterwards.',
      matchRule: {
        units: 'Units already in the registry are matched by credit code, then by their full name.',
        people: 'People already in the registry are matched by name and employer (the same name at another employer is another person).',
        participants: 'People already among the event’s participants are not added twice.',
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
      progress: (done, total) => `${done} of ${total} written`,
      failed: (reason) => `The import failed and the database is unchanged. ${reason}`,
    },
    problems: {
      formula: () => 'is a formula. Copy the column in Excel and use “Paste Special → Values” before importing',
      merged: () => 'is a merged cell. Unmerge it and fill in every row',
      'unknown-kind': (value) => `“${value}” is not one of the kinds of unit`,
      'unknown-role': (value) => `“${value}” is not one of the roles in an alliance`,
      'unknown-status': (value) => `“${value}” is not one of the statuses`,
      'unknown-committee-role': (value) => `“${value}” is not one of the committee posts`,
      'unknown-participant-role': (value) => `“${value}” is not one of the roles of a participant`,
      'invalid-term': (value) => `“${value}” is not a term; write it as 2024年6月至2027年6月 or 2024.06-2027.06`,
      'unit-not-found': (value) => `No unit “${value}” in the registry. Add or import the unit first (the name must match exactly), or give its credit code`,
      'person-not-found': (value) => `No person “${value}” in the registry. Add or import the person first (the name must match exactly)`,
      'person-ambiguous': (value) => `More than one “${value}” in the registry. Give the person’s unit in the unit column`,
      'phone-kept': (value) => `“${value}” is not one phone number; kept as written`,
      'email-left-out': (value) => `“${value}” is not an e-mail address; left out`,
      'term-without-post': () => 'no committee post is given, so the term is left out',
      'representative-not-found': (value) => `no one named “${value}” is registered at this unit, so the representative is left out. Import the people first, then this list again`,
      'representative-ambiguous': (value) => `more than one “${value}” is registered at this unit, so the representative is left out; choose one on the unit’s page`,
      'duplicate-credit-code': (_, row) => `same credit code as row ${row}`,
      'duplicate-name': (_, row) => `same name as row ${row}`,
      'duplicate-person': (_, row) => `same name and employer as row ${row}`,
      'same-record': (value, row) => `matches the same existing record “${value}” as row ${row}`,
      choices: (choices) => ` (one of: ${choices})`,
    },
    result: {
      heading: 'Import finished',
      created: {
        units: (count) => `${count} new ${count === 1 ? 'unit' : 'units'}`,
        people: (count) => `${count} new ${count === 1 ? 'person' : 'people'}`,
        participants: (count) => `${count} new ${count === 1 ? 'participant' : 'participants'}`,
      },
      updated: (count) => `${count} existing ${count === 1 ? 'record' : 'records'} updated`,
      linked: {
        units: (count) => `${count} ${count === 1 ? 'unit' : 'units'} added to the alliance or with the membership updated`,
        people: (count) => `${count} ${count === 1 ? 'expert' : 'experts'} appointed to the committee or with the post updated`,
      },
      unchanged: (count) => `${count} existing ${count === 1 ? 'record is' : 'records are'} the same as in the file`,
      skipped: (count) => `${count} existing ${count === 1 ? 'record' : 'records'} skipped`,
      bad: (count) => `${count} ${count === 1 ? 'row' : 'rows'} with problems not imported`,
      list: { units: 'Open the units list', people: 'Open the people list', participants: 'Open the event' },
      another: 'Import another file',
    },
  },
};
