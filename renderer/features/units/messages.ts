import type { Catalog } from '../../i18n/use-messages';

export const unitMessages: Catalog<{
  newUnit: string;
  import: string;
  columns: { name: string; kind: string; creditCode: string; region: string; roles: string };
  filters: { kind: string; alliance: string; role: string; status: string };
  fields: {
    name: string;
    shortName: string;
    kind: string;
    creditCode: string;
    region: string;
    address: string;
    contactName: string;
    contactPhone: string;
    contactEmail: string;
    website: string;
    deleted: string;
  };
  creditCodeHelp: string;
  newHeading: string;
  detailsHeading: string;
  edit: string;
  save: string;
  cancel: string;
  saved: string;
  created: string;
  roleWithStatus: (role: string, status: string) => string;
  membershipsHeading: string;
  noMemberships: string;
  addMembership: string;
  alreadyMember: (role: string) => string;
  editMembership: string;
  deleteMembership: string;
  membershipDeleted: string;
  undo: string;
  membershipFields: { alliance: string; role: string; joinedOn: string; status: string; representative: string; actions: string };
  representativeGroups: { own: string; others: string };
  peopleHeading: string;
  noPeople: string;
  addPerson: string;
  peopleColumns: { name: string; position: string; title: string; phone: string };
  agreementsHeading: string;
  noAgreements: string;
  agreementColumns: { title: string; kind: string; signedOn: string; status: string };
  eventsHeading: string;
  noEvents: string;
  eventColumns: { title: string; kind: string; startsOn: string; part: string };
  host: string;
}> = {
  'zh-CN': {
    newUnit: '新建单位',
    import: '导入',
    columns: { name: '单位名称', kind: '单位类型', creditCode: '统一社会信用代码', region: '地区', roles: '联盟角色' },
    filters: { kind: '单位类型', alliance: '联盟', role: '联盟角色', status: '成员状态' },
    fields: {
      name: '单位名称',
      shortName: '简称',
      kind: '单位类型',
      creditCode: '统一社会信用代码',
      region: '地区',
      address: '地址',
      contactName: '联系人',
      contactPhone: '联系电话',
      contactEmail: '电子邮箱',
      website: '网站',
      deleted: '已删除',
    },
    creditCodeHelp: '18 位，末位为校验码；可留空',
    newHeading: '新建单位',
    detailsHeading: '单位信息',
    edit: '编辑',
    save: '保存',
    cancel: '取消',
    saved: '已保存',
    created: '单位已创建',
    roleWithStatus: (role, status) => `${role}（${status}）`,
    membershipsHeading: '联盟角色',
    noMemberships: '尚未加入任何联盟。',
    addMembership: '添加联盟角色',
    alreadyMember: (role) => `该单位已是此联盟的${role}；如角色有变，请修改原有记录`,
    editMembership: '修改联盟角色',
    deleteMembership: '删除联盟角色',
    membershipDeleted: '已删除联盟角色',
    undo: '撤销',
    membershipFields: { alliance: '联盟', role: '角色', joinedOn: '入盟日期', status: '状态', representative: '单位代表', actions: '操作' },
    representativeGroups: { own: '本单位人员', others: '其他人员' },
    peopleHeading: '本单位人员',
    noPeople: '尚无本单位人员。',
    addPerson: '添加人员',
    peopleColumns: { name: '姓名', position: '职务', title: '职称', phone: '电话' },
    agreementsHeading: '合作协议',
    noAgreements: '尚无本单位参与签订的协议。',
    agreementColumns: { title: '协议名称', kind: '类型', signedOn: '签署日期', status: '状态' },
    eventsHeading: '活动',
    noEvents: '尚无本单位承办或参加的活动。',
    eventColumns: { title: '活动主题', kind: '类型', startsOn: '日期', part: '本单位身份' },
    host: '承办单位',
  },
  en: {
    newUnit: 'New unit',
    import: 'Import',
    columns: { name: 'Name', kind: 'Kind', creditCode: 'Unified social credit code', region: 'Region', roles: 'Roles in alliances' },
    filters: { kind: 'Kind', alliance: 'Alliance', role: 'Role', status: 'Status' },
    fields: {
      name: 'Name',
      shortName: 'Short name',
      kind: 'Kind',
      creditCode: 'Unified social credit code',
      region: 'Region',
      address: 'Address',
      contactName: 'Contact person',
      contactPhone: 'Contact phone',
      contactEmail: 'E-mail',
      website: 'Website',
      deleted: 'Deleted',
    },
    creditCodeHelp: '18 characters, the last is a check character; may be left empty',
    newHeading: 'New unit',
    detailsHeading: 'Unit details',
    edit: 'Edit',
    save: 'Save',
    cancel: 'Cancel',
    saved: 'Saved',
    created: 'Unit created',
    roleWithStatus: (role, status) => `${role} (${status})`,
    membershipsHeading: 'Roles in alliances',
    noMemberships: 'Not a member of any alliance yet.',
    addMembership: 'Add a role',
    alreadyMember: (role) => `This unit is already a ${role.toLowerCase()} of this alliance; edit that membership if its role changed`,
    editMembership: 'Change the role',
    deleteMembership: 'Delete the role',
    membershipDeleted: 'Role deleted',
    undo: 'Undo',
    membershipFields: { alliance: 'Alliance', role: 'Role', joinedOn: 'Joined on', status: 'Status', representative: 'Representative', actions: 'Actions' },
    representativeGroups: { own: 'People of this unit', others: 'Other people' },
    peopleHeading: 'People of this unit',
    noPeople: 'No people of this unit yet.',
    addPerson: 'Add a person',
    peopleColumns: { name: 'Name', position: 'Position', title: 'Professional title', phone: 'Phone' },
    agreementsHeading: 'Agreements',
    noAgreements: 'This unit is not a party to any agreement yet.',
    agreementColumns: { title: 'Title', kind: 'Kind', signedOn: 'Signed on', status: 'Status' },
    eventsHeading: 'Events',
    noEvents: 'This unit has not hosted or attended any event yet.',
    eventColumns: { title: 'Title', kind: 'Kind', startsOn: 'Date', part: 'Took part as' },
    host: 'Host unit',
  },
};
