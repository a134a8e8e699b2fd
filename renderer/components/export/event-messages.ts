import type { Catalog } from '../../i18n/use-messages';

type EventColumn = 'alliance' | 'kind' | 'title' | 'startsOn' | 'endsOn' | 'venue' | 'host' | 'agenda' | 'minutes' | 'photos';
type AgreementColumn = 'alliance' | 'kind' | 'title' | 'parties' | 'signatories' | 'signedOn' | 'event' | 'termStart' | 'termEnd' | 'status' | 'scans';

/** The headers of the full exports of events and agreements. */
export const eventExportMessages: Catalog<{ events: Record<EventColumn, string>; agreements: Record<AgreementColumn, string> }> = {
  'zh-CN': {
    events: { alliance: '所属联盟', kind: '活动类型', title: '活动名称', startsOn: '开始日期', endsOn: '结束日期', venue: '地点', host: '承办单位', agenda: '议程', minutes: '会议纪要', photos: '照片数' },
    agreements: { alliance: '所属联盟', kind: '协议类型', title: '协议名称', parties: '签约各方', signatories: '签约人', signedOn: '签订日期', event: '签约活动', termStart: '期限开始', termEnd: '期限结束', status: '状态', scans: '扫描件数' },
  },
  en: {
    events: { alliance: 'Alliance', kind: 'Kind', title: 'Title', startsOn: 'Starts on', endsOn: 'Ends on', venue: 'Venue', host: 'Host unit', agenda: 'Programme', minutes: 'Minutes', photos: 'Photos' },
    agreements: { alliance: 'Alliance', kind: 'Kind', title: 'Title', parties: 'Parties', signatories: 'Signatories', signedOn: 'Signed on', event: 'Signed at', termStart: 'Term starts', termEnd: 'Term ends', status: 'Status', scans: 'Scans' },
  },
};
