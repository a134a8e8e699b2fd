import type { Catalog } from '../../i18n/use-messages';

export const peopleMessages: Catalog<{
  newPerson: string;
  import: string;
  columns: { name: string; unit: string; position: string; title: string; phone: string; appointments: string };
  filters: { alliance: string; body: string; role: string };
  fields: { name: string; unitId: string; position: string; title: string; phone: string; email: string; expertise: string; deleted: string };
  newHeading: string;
  detailsHeading: string;
  edit: string;
  save: string;
  cancel: string;
  saved: string;
  created: string;
  appointmentsHeading: string;
  noAppointments: string;
  addAppointment: string;
  editAppointment: string;
  deleteAppointment: string;
  appointmentDeleted: string;
  undo: string;
  appointmentFields: { allianceId: string; body: string; role: string; termStart: string; termEnd: string; actions: string };
  eventsHeading: string;
  noEvents: string;
  eventColumns: { title: string; kind: string; startsOn: string; role: string };
  agreementsHeading: string;
  noAgreements: string;
  agreementColumns: { title: string; kind: string; signedOn: string; status: string };
}> = {
  'zh-CN': {
    newPerson: '新建人员',
    import: '导入',
    columns: { name: '姓名', unit: '工作单位', position: '职务', title: '职称', phone: '电话', appointments: '聘任' },
    filters: { alliance: '联盟', body: '机构', role: '聘任职务' },
    fields: { name: '姓名', unitId: '工作单位', position: '职务', title: '职称', phone: '电话', email: '电子邮箱', expertise: '专长', deleted: '已删除' },
    newHeading: '新建人员',
    detailsHeading: '人员信息',
    edit: '编辑',
    save: '保存',
    cancel: '取消',
    saved: '已保存',
    created: '人员已创建',
    appointmentsHeading: '聘任',
    noAppointments: '尚无聘任。',
    addAppointment: '添加聘任',
    editAppointment: '修改聘任',
    deleteAppointment: '删除聘任',
    appointmentDeleted: '已删除聘任',
    undo: '撤销',
    appointmentFields: { allianceId: '联盟', body: '机构', role: '职务', termStart: '任期开始', termEnd: '任期结束', actions: '操作' },
    eventsHeading: '参加的活动',
    noEvents: '尚未参加活动。',
    eventColumns: { title: '活动主题', kind: '类型', startsOn: '日期', role: '身份' },
    agreementsHeading: '签署的协议',
    noAgreements: '尚未签署协议。',
    agreementColumns: { title: '协议名称', kind: '类型', signedOn: '签署日期', status: '状态' },
  },
  en: {
    newPerson: 'New person',
    import: 'Import',
    columns: { name: 'Name', unit: 'Employer', position: 'Position', title: 'Professional title', phone: 'Phone', appointments: 'Appointments' },
    filters: { alliance: 'Alliance', body: 'Body', role: 'Appointed as' },
    fields: { name: 'Name', unitId: 'Employer', position: 'Position', title: 'Professional title', phone: 'Phone', email: 'E-mail', expertise: 'Expertise', deleted: 'Deleted' },
    newHeading: 'New person',
    detailsHeading: 'Person details',
    edit: 'Edit',
    save: 'Save',
    cancel: 'Cancel',
    saved: 'Saved',
    created: 'Person created',
    appointmentsHeading: 'Appointments',
    noAppointments: 'No appointments yet.',
    addAppointment: 'Add an appointment',
    editAppointment: 'Change the appointment',
    deleteAppointment: 'Delete the appointment',
    appointmentDeleted: 'Appointment deleted',
    undo: 'Undo',
    appointmentFields: { allianceId: 'Alliance', body: 'Body', role: 'Appointed as', termStart: 'Term starts', termEnd: 'Term ends', actions: 'Actions' },
    eventsHeading: 'Events taken part in',
    noEvents: 'No events yet.',
    eventColumns: { title: 'Title', kind: 'Kind', startsOn: 'Date', role: 'Took part as' },
    agreementsHeading: 'Agreements signed',
    noAgreements: 'No agreements signed yet.',
    agreementColumns: { title: 'Title', kind: 'Kind', signedOn: 'Signed on', status: 'Status' },
  },
};
