import type { Catalog } from '../../i18n/use-messages';

/** The event page's card of what else the event prints (its screen is under /documents/ceremony). */
export const ceremonyCardMessages: Catalog<{
  heading: string;
  hint: string;
  signInSheet: string;
  programme: string;
  tableCards: string;
  badges: string;
  certificates: string;
}> = {
  'zh-CN': {
    heading: '会务材料',
    hint: '按出席名单和议程生成签到表、会议议程、桌签和胸牌，导出 PDF 或打印；参会证明逐人编号颁发。',
    signInSheet: '签到表',
    programme: '会议议程',
    tableCards: '桌签',
    badges: '胸牌',
    certificates: '参会证明',
  },
  en: {
    heading: 'Event papers',
    hint: 'Sign-in sheet, programme, table cards and badges from the participants and the agenda, to PDF or the printer; participation certificates are issued and numbered one by one.',
    signInSheet: 'Sign-in sheet',
    programme: 'Programme',
    tableCards: 'Table cards',
    badges: 'Name badges',
    certificates: 'Participation certificates',
  },
};
