import type { Catalog } from '../i18n/use-messages';
import type { SampleLoadResult } from '../sample-data/load-sample-data';

type Created = SampleLoadResult['created'];

export const firstRunMessages: Catalog<{
  heading: string;
  intro: string;
  load: string;
  startEmpty: string;
  loading: string;
  loaded: (created: Created) => string;
  alreadyThere: string;
  failed: (reason: string) => string;
  declineFailed: (reason: string) => string;
  close: string;
  elsewhereHeading: string;
  /** Browser mode on another address than last time: where the registry is (origin) and the port that opens it. */
  elsewhere: (origin: string, port: string) => string;
}> = {
  'zh-CN': {
    heading: '欢迎使用产教联盟工作台',
    intro:
      '数据库还是空的。可以加载示例数据：先进制造职业教育集团与丽水智能制造产教融合共同体，包括两篇报道中的成员单位、人员、专家指导委员会、活动和引企入校合作协议，以后可以随时修改或删除；也可以从空白开始。',
    load: '加载示例数据',
    startEmpty: '从空白开始',
    loading: '正在加载示例数据……',
    loaded: (created) =>
      `示例数据已加载：${created.alliances} 个联盟、${created.units} 家单位、${created.people} 位人员、${created.events} 项活动、${created.agreements} 份合作协议。`,
    alreadyThere: '示例数据的联盟已经存在，没有重复加载。',
    failed: (reason) => `示例数据未能加载，数据库没有任何改动。${reason}`,
    declineFailed: (reason) => `未能保存这个选择，请再试一次。${reason}`,
    close: '关闭',
    elsewhereHeading: '登记册在另一个地址下',
    elsewhere: (origin, port) =>
      `这个数据文件夹上次在 ${origin} 使用。浏览器按地址分别保存登记册，所以这个地址下是空的——原来的数据没有丢失。请停止浏览器模式，用 npm start -- --browser --port ${port} 重新启动，再打开它显示的地址。`,
  },
  en: {
    heading: 'Welcome to Alliance Desk',
    intro:
      'The database is empty. You can load sample data: the Advanced Manufacturing Vocational Education Group and the Lishui Intelligent Manufacturing Industry–Education Integration Community, with the member units, people, Expert Steering Committee, events and enterprise-into-school agreement from two news reports; you can change or delete them at any time. Or start with an empty registry.',
    load: 'Load sample data',
    startEmpty: 'Start empty',
    loading: 'Loading the sample data…',
    loaded: (created) =>
      `Sample data loaded: ${created.alliances} alliances, ${created.units} units, ${created.people} people, ${created.events} events, ${created.agreements} agreement${created.agreements === 1 ? '' : 's'}.`,
    alreadyThere: 'The sample alliances are already there; nothing was loaded twice.',
    failed: (reason) => `The sample data could not be loaded; the database was not changed. ${reason}`,
    declineFailed: (reason) => `Your choice could not be saved; please try again. ${reason}`,
    close: 'Close',
    elsewhereHeading: 'Your registry is at another address',
    elsewhere: (origin, port) =>
      `This data folder was last used at ${origin}. The browser keeps the registry per address, so it is empty here — nothing is lost. Stop browser mode, start it again with npm start -- --browser --port ${port} and open the address it prints.`,
  },
};
