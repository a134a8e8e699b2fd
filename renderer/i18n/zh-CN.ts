import type { BridgeErrorCode } from '../../shared/bridge/result';
import type { SectionId } from '../app/sections';

interface SectionText {
  title: string;
  summary: string;
}

export interface Messages {
  appName: string;
  appSubtitle: string;
  language: { label: string; zh: string; en: string };
  sections: Record<SectionId, SectionText>;
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
  errors: Record<BridgeErrorCode, string> & {
    unexpected: string;
    /** One text that does not fit, as a 'text-overflow' error names it (1-based page). */
    overflowAt: (page: number, elementId: string, lines: number, maxLines: number) => string;
    moreOverflows: (count: number) => string;
    overflowSeparator: string;
  };
}

export const zhCN: Messages = {
  appName: '产教联盟工作台',
  appSubtitle: '职业教育集团与产教融合共同体秘书处',
  language: { label: '界面语言', zh: '中文', en: 'English' },
  sections: {
    alliances: {
      title: '联盟',
      summary: '本办公室服务的职业教育集团、产教融合共同体和专业联盟。',
    },
    units: {
      title: '成员单位',
      summary: '院校、企业、行业协会、科研院所和评价组织，以及它们在各联盟中的角色。',
    },
    people: {
      title: '人员与专家',
      summary: '联系人、单位代表和专家指导委员会委员。',
    },
    events: {
      title: '活动',
      summary: '成立大会、启动仪式、研讨会、示范课、专家讲座、实训基地参观等。',
    },
    agreements: {
      title: '合作协议',
      summary: '校企合作、引企入校、订单班、现代学徒制和实训基地协议。',
    },
    plans: {
      title: '行动计划',
      summary: '联盟的行动计划：目标、主要任务、牵头单位和完成时限。',
    },
    documents: {
      title: '证书与聘书',
      summary: '成员单位证书（牌匾）、专家聘书和协议证书的模板、编号、预览与打印。',
    },
    sync: {
      title: '同步',
      summary: '与联盟其他办公室交换数据，离线期间的修改在联网后自动合并。',
    },
    settings: {
      title: '设置',
      summary: '本机的语言、办公室名称和应用信息。',
    },
  },
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
    'text-overflow': '有文字缩到模板允许的最小字号仍放不下，未保存或打印任何内容。请缩短文字，或在模板中放宽该元素的行数或最小字号。',
    unavailable: '工作台的本地服务没有响应，请重新启动工作台。',
    internal: '发生内部错误，未做任何更改。',
    unexpected: '发生意外错误。',
    overflowAt: (page, elementId, lines, maxLines) => `第 ${page} 页的元素 ${elementId} 需 ${lines} 行，最多 ${maxLines} 行`,
    moreOverflows: (count) => `另有 ${count} 处`,
    overflowSeparator: '；',
  },
};
