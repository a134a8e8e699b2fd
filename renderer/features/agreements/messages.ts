import type { Catalog } from '../../i18n/use-messages';

export const agreementMessages: Catalog<{
  title: string;
  newAgreement: string;
  editAgreement: string;
  edit: string;
  save: string;
  cancel: string;
  saveFailed: string;
  notFound: string;
  backToList: string;
  none: string;
  fields: {
    allianceId: string;
    kind: string;
    title: string;
    partyUnitIds: string;
    signatoryIds: string;
    signedOn: string;
    eventId: string;
    termStart: string;
    termEnd: string;
    status: string;
    scans: string;
    deleted: string;
  };
  partiesHelp: string;
  term: string;
  expiring: string;
  expiringOption: string;
  expiresIn: (days: number) => string;
  detailsHeading: string;
  partiesHeading: string;
  deletedRecord: string;
}> = {
  'zh-CN': {
    title: '合作协议',
    newAgreement: '登记协议',
    editAgreement: '编辑协议',
    edit: '编辑',
    save: '保存',
    cancel: '取消',
    saveFailed: '保存失败，未做任何更改。',
    notFound: '找不到这份协议。',
    backToList: '返回协议列表',
    none: '—',
    fields: {
      allianceId: '所属联盟',
      kind: '协议类型',
      title: '协议名称',
      partyUnitIds: '签约单位',
      signatoryIds: '签署人',
      signedOn: '签署日期',
      eventId: '签约活动',
      termStart: '期限开始',
      termEnd: '期限截止',
      status: '状态',
      scans: '协议扫描件',
      deleted: '已删除',
    },
    partiesHelp: '至少两个单位，如学校和企业',
    term: '协议期限',
    expiring: '到期提醒',
    expiringOption: '90 天内到期',
    expiresIn: (days) => (days === 0 ? '今天到期' : `${days} 天后到期`),
    detailsHeading: '协议信息',
    partiesHeading: '签约各方',
    deletedRecord: '（已删除）',
  },
  en: {
    title: 'Agreements',
    newAgreement: 'New agreement',
    editAgreement: 'Edit agreement',
    edit: 'Edit',
    save: 'Save',
    cancel: 'Cancel',
    saveFailed: 'Could not save; nothing was changed.',
    notFound: 'This agreement does not exist.',
    backToList: 'Back to the agreements',
    none: '—',
    fields: {
      allianceId: 'Alliance',
      kind: 'Kind',
      title: 'Title',
      partyUnitIds: 'Parties',
      signatoryIds: 'Signatories',
      signedOn: 'Signed on',
      eventId: 'Signed at (event)',
      termStart: 'Term starts',
      termEnd: 'Term ends',
      status: 'Status',
      scans: 'Scans',
      deleted: 'Deleted',
    },
    partiesHelp: 'At least two units, e.g. a school and an enterprise',
    term: 'Term',
    expiring: 'Ending soon',
    expiringOption: 'Within 90 days',
    expiresIn: (days) => (days === 0 ? 'Ends today' : `Ends in ${days} ${days === 1 ? 'day' : 'days'}`),
    detailsHeading: 'Details',
    partiesHeading: 'Parties',
    deletedRecord: '(deleted)',
  },
};
