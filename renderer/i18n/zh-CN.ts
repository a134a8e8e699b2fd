import type { BridgeErrorCode } from '../../shared/bridge/result';
import type { SectionId } from '../app/sections';

interface SectionText {
  title: string;
  summary: string;
  /** What the section keeps, shown until its screens arrive. */
  holds: string[];
}

export interface Messages {
  appName: string;
  appSubtitle: string;
  language: { label: string; zh: string; en: string };
  sections: Record<SectionId, SectionText>;
  sectionIntro: { holdsHeading: string; notYet: string };
  settings: {
    officeHeading: string;
    officeName: string;
    officeNameHelp: string;
    save: string;
    saved: string;
    deviceHeading: string;
    deviceId: string;
    storage: string;
    storagePersisted: string;
    storageNotPersisted: string;
    aboutHeading: string;
    version: string;
    runtime: string;
    runtimeElectron: string;
    runtimeBrowser: string;
    dataDir: string;
    platform: string;
    loading: string;
    exportDiagnostics: string;
    exportDiagnosticsHelp: string;
    savedTo: (path: string) => string;
    downloading: (fileName: string) => string;
    cancelled: string;
  };
  errors: Record<BridgeErrorCode, string> & { unexpected: string };
}

export const zhCN: Messages = {
  appName: '产教联盟工作台',
  appSubtitle: '职业教育集团与产教融合共同体秘书处',
  language: { label: '界面语言', zh: '中文', en: 'English' },
  sections: {
    alliances: {
      title: '联盟',
      summary: '本办公室服务的职业教育集团、产教融合共同体和专业联盟。',
      holds: ['联盟名称、简称、类型、成立日期、所在地区', '指导部门、宗旨与简介', '文号前缀（如 LSZZ）、标志和印章图片', '各联盟的年度概况：成员单位、专家、活动和协议数量'],
    },
    units: {
      title: '成员单位',
      summary: '院校、企业、行业协会、科研院所和评价组织，以及它们在各联盟中的角色。',
      holds: ['单位名称、类型、统一社会信用代码（含校验）、地区与地址', '在各联盟中的角色：顾问单位、牵头单位、理事单位、成员单位……', '入盟日期、状态和代表人', '从 Excel / CSV 导入，导出为 Excel'],
    },
    people: {
      title: '人员与专家',
      summary: '联系人、单位代表和专家指导委员会委员。',
      holds: ['姓名、工作单位、职务、职称、电话、电子邮箱、专长', '专家指导委员会、理事会、秘书处的聘任及任期', '每人参与的活动和签署的协议'],
    },
    events: {
      title: '活动',
      summary: '成立大会、启动仪式、研讨会、示范课、专家讲座、实训基地参观等。',
      holds: ['活动类型、主题、时间、地点、承办单位', '议程（时间、内容、发言人）与会议纪要', '出席的领导、嘉宾、专家和单位代表', '活动照片'],
    },
    agreements: {
      title: '合作协议',
      summary: '校企合作、引企入校、订单班、现代学徒制和实训基地协议。',
      holds: ['协议类型、名称、各方单位和签署人', '签署日期、签约仪式、期限和状态', '协议扫描件', '即将到期的协议提醒'],
    },
    plans: {
      title: '行动计划',
      summary: '联盟的行动计划：目标、主要任务、牵头单位和完成时限。',
      holds: ['计划名称、周期（如 2024—2026 年）和状态', '分章节编写正文', '主要任务表：牵头单位、参与单位、时限、指标', '导出为公文格式的 PDF 和 Word 文档'],
    },
    documents: {
      title: '证书与聘书',
      summary: '成员单位证书（牌匾）、专家聘书和协议证书的模板、编号、预览与打印。',
      holds: ['内置模板和可调整的模板（适配预印纸张）', '按活动、角色或手选批量签发，编号不重复', '已签发文书登记：补打、作废', '导出 PDF，按仪式程序顺序打印'],
    },
    sync: {
      title: '同步',
      summary: '与联盟其他办公室交换数据，离线期间的修改在联网后自动合并。',
      holds: ['同步服务器地址和本机登记码', '上次同步时间、待同步的修改和错误说明', '备份与恢复'],
    },
    settings: {
      title: '设置',
      summary: '本机的语言、办公室名称和应用信息。',
      holds: [],
    },
  },
  sectionIntro: { holdsHeading: '这里将保存', notYet: '此部分的功能将在后续版本中提供。' },
  settings: {
    officeHeading: '本机办公室',
    officeName: '办公室名称',
    officeNameHelp: '如：丽水市职业高级中学 产教融合共同体秘书处',
    save: '保存',
    saved: '已保存',
    deviceHeading: '本机',
    deviceId: '设备标识',
    storage: '数据存储',
    storagePersisted: '持久保存（磁盘空间不足时浏览器也不会清除）',
    storageNotPersisted: '未获持久保存许可：请定期备份',
    aboutHeading: '关于',
    version: '版本',
    runtime: '运行方式',
    runtimeElectron: '桌面应用',
    runtimeBrowser: '浏览器模式',
    dataDir: '数据文件夹',
    platform: '操作系统',
    loading: '正在读取……',
    exportDiagnostics: '导出诊断信息',
    exportDiagnosticsHelp: '将版本和本机信息保存为文件，便于技术支持排查问题。',
    savedTo: (path) => `已保存到 ${path}`,
    downloading: (fileName) => `已开始下载 ${fileName}`,
    cancelled: '已取消保存',
  },
  errors: {
    'invalid-request': '请求内容有误，未做任何更改。',
    'unknown-channel': '此版本的应用不支持该操作，请更新应用。',
    forbidden: '操作被拒绝：请通过启动时显示的地址打开工作台。',
    'disk-full': '磁盘空间不足，文件未保存。请清理磁盘后重试。',
    'not-permitted': '没有写入该位置的权限，请选择其他文件夹。',
    'io-failed': '文件无法写入，请重试或选择其他位置。',
    'printer-not-found': '本机没有这台打印机，请选择其他打印机。',
    'printer-unreachable': '无法连接打印机或打印机已暂停，请检查电源和连接。未打印任何内容。',
    'print-refused': '打印机拒绝了打印任务，未打印任何内容。请检查打印机后重试。',
    'render-failed': '文档无法生成 PDF，未保存或打印任何内容。',
    unavailable: '工作台的本地服务没有响应，请重新启动工作台。',
    internal: '发生内部错误，未做任何更改。',
    unexpected: '发生意外错误。',
  },
};
