import type { RefusalReason } from '../../../shared/sync/permissions';
import type { Catalog } from '../../i18n/use-messages';

/** Why this device may not change a record: shown beside the buttons it disables. */
export const canEditMessages: Catalog<Record<RefusalReason, string>> = {
  'zh-CN': {
    'read-only': '本机为只读：只能查看，不能修改。如需修改，请联系秘书处。',
    'not-own-unit': '本机为成员单位办公室，只能修改本单位及本单位人员的资料。',
    'field-not-allowed': '本机为成员单位办公室，这里只能修改联系人或附件。',
    'table-not-allowed': '本机为成员单位办公室，这类记录由秘书处维护，只能查看。',
  },
  en: {
    'read-only': 'This computer is read-only: it can view but not change records. Ask the secretariat to make changes.',
    'not-own-unit': 'This computer is a member office: it changes only its own unit and that unit’s people.',
    'field-not-allowed': 'This computer is a member office: here it changes only the contact person or the attachments.',
    'table-not-allowed': 'This computer is a member office: the secretariat keeps these records; they can be viewed only.',
  },
};
