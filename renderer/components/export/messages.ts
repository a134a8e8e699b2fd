import type { Catalog } from '../../i18n/use-messages';

type UnitColumn = 'name' | 'shortName' | 'kind' | 'creditCode' | 'region' | 'address' | 'contactName' | 'contactPhone' | 'contactEmail' | 'website' | 'role' | 'joinedOn' | 'status' | 'representative' | 'roles';
type PersonColumn = 'name' | 'employer' | 'position' | 'title' | 'phone' | 'email' | 'expertise' | 'committeeRole' | 'term' | 'appointments';

/**
 * The headers of the full exports. They are the headers the import recognises, so an export
 * imported again gives back the same records (the round-trip test holds both to that).
 */
export const exportMessages: Catalog<{ units: Record<UnitColumn, string>; people: Record<PersonColumn, string>; termJoin: string }> = {
  'zh-CN': {
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
      roles: '参加的联盟',
    },
    people: {
      name: '姓名',
      employer: '工作单位',
      position: '职务',
      title: '职称',
      phone: '电话',
      email: '电子邮箱',
      expertise: '专长',
      committeeRole: '委员会职务',
      term: '聘期',
      appointments: '各联盟中的聘任',
    },
    termJoin: '至',
  },
  en: {
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
      roles: 'Alliances',
    },
    people: {
      name: 'Name',
      employer: 'Employer',
      position: 'Position',
      title: 'Professional title',
      phone: 'Phone',
      email: 'E-mail',
      expertise: 'Expertise',
      committeeRole: 'Committee post',
      term: 'Term',
      appointments: 'Appointments in the alliances',
    },
    termJoin: ' – ',
  },
};
