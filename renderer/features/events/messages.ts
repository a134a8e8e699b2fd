import type { Catalog } from '../../i18n/use-messages';

export const eventMessages: Catalog<{
  title: string;
  newEvent: string;
  editEvent: string;
  edit: string;
  printQueue: string;
  save: string;
  cancel: string;
  discard: string;
  saveFailed: string;
  saved: string;
  notFound: string;
  backToList: string;
  none: string;
  fields: {
    allianceId: string;
    kind: string;
    title: string;
    startsOn: string;
    endsOn: string;
    venue: string;
    hostUnitId: string;
    agenda: string;
    minutes: string;
    photos: string;
    deleted: string;
  };
  year: string;
  yearOption: (year: string) => string;
  date: string;
  detailsHeading: string;
  agenda: {
    time: string;
    item: string;
    speaker: string;
    add: string;
    moveUp: (index: number) => string;
    moveDown: (index: number) => string;
    remove: (index: number) => string;
    empty: string;
    unsaved: string;
  };
  participants: {
    heading: string;
    person: string;
    unit: string;
    who: string;
    role: string;
    add: string;
    remove: (name: string) => string;
    removed: (name: string) => string;
    undo: string;
    empty: string;
    already: string;
    unknown: string;
  };
  minutesHelp: string;
}> = {
  'zh-CN': {
    title: '活动',
    newEvent: '登记活动',
    editEvent: '编辑活动',
    edit: '编辑',
    printQueue: '打印队列',
    save: '保存',
    cancel: '取消',
    discard: '放弃修改',
    saveFailed: '保存失败，未做任何更改。',
    saved: '已保存',
    notFound: '找不到这项活动。',
    backToList: '返回活动列表',
    none: '—',
    fields: {
      allianceId: '所属联盟',
      kind: '活动类型',
      title: '活动主题',
      startsOn: '开始日期',
      endsOn: '结束日期',
      venue: '地点',
      hostUnitId: '承办单位',
      agenda: '议程',
      minutes: '会议纪要',
      photos: '活动照片',
      deleted: '已删除',
    },
    year: '年度',
    yearOption: (year) => `${year} 年`,
    date: '日期',
    detailsHeading: '活动信息',
    agenda: {
      time: '时间',
      item: '议程内容',
      speaker: '发言人 / 主持人',
      add: '添加议程',
      moveUp: (index) => `第 ${index} 项上移`,
      moveDown: (index) => `第 ${index} 项下移`,
      remove: (index) => `删除第 ${index} 项`,
      empty: '尚未填写议程。',
      unsaved: '议程有未保存的修改',
    },
    participants: {
      heading: '出席人员与单位',
      person: '人员',
      unit: '单位',
      who: '选择',
      role: '身份',
      add: '添加',
      remove: (name) => `移除 ${name}`,
      removed: (name) => `已从名单移除 ${name}`,
      undo: '撤销',
      empty: '尚未登记出席人员或单位。',
      already: '已在名单中（同一身份）。',
      unknown: '（已删除）',
    },
    minutesHelp: '会议主要内容、形成的意见和后续工作安排',
  },
  en: {
    title: 'Events',
    newEvent: 'New event',
    editEvent: 'Edit event',
    edit: 'Edit',
    printQueue: 'Print queue',
    save: 'Save',
    cancel: 'Cancel',
    discard: 'Discard changes',
    saveFailed: 'Could not save; nothing was changed.',
    saved: 'Saved',
    notFound: 'This event does not exist.',
    backToList: 'Back to the events',
    none: '—',
    fields: {
      allianceId: 'Alliance',
      kind: 'Kind',
      title: 'Title',
      startsOn: 'Starts on',
      endsOn: 'Ends on',
      venue: 'Venue',
      hostUnitId: 'Host unit',
      agenda: 'Agenda',
      minutes: 'Minutes',
      photos: 'Photos',
      deleted: 'Deleted',
    },
    year: 'Year',
    yearOption: (year) => year,
    date: 'Date',
    detailsHeading: 'Details',
    agenda: {
      time: 'Time',
      item: 'Item',
      speaker: 'Speaker / chair',
      add: 'Add item',
      moveUp: (index) => `Move item ${index} up`,
      moveDown: (index) => `Move item ${index} down`,
      remove: (index) => `Remove item ${index}`,
      empty: 'No agenda yet.',
      unsaved: 'The agenda has unsaved changes',
    },
    participants: {
      heading: 'Participants',
      person: 'Person',
      unit: 'Unit',
      who: 'Choose',
      role: 'Role',
      add: 'Add',
      remove: (name) => `Remove ${name}`,
      removed: (name) => `${name} removed from the list`,
      undo: 'Undo',
      empty: 'No participants yet.',
      already: 'Already listed in this role.',
      unknown: '(deleted)',
    },
    minutesHelp: 'What was discussed, agreed and what follows',
  },
};
