import type { Alliance } from '../../../../shared/domain/records';
import { allianceSelfNames } from '../../../../shared/domain/vocabulary';
import type { PlaceholderValues } from '../../../../shared/documents/placeholders';

type PreviewAlliance = Pick<Alliance, 'name'> & Partial<Pick<Alliance, 'kind' | 'issuerName'>>;

/** The editor's own sample, for a template that belongs to no alliance yet. */
const sampleAlliance: PreviewAlliance = { name: '丽水智能制造产教融合共同体', kind: 'industry-education-community' };

/**
 * What the editor's preview fills a template with: a plausible recipient of each kind, in Chinese
 * as printed. The alliance's own name, kind (本集团, 本共同体 …) and issuer come from the template's
 * alliance, so the preview says what its licences will say.
 */
export function sampleValues(alliance: PreviewAlliance | undefined): PlaceholderValues {
  const source = alliance ?? sampleAlliance;
  const name = source.name;
  return {
    recipientName: '丽水市职业高级中学',
    unitName: '丽水市职业高级中学',
    role: '成员单位',
    allianceName: name,
    allianceShortName: name,
    allianceSelf: allianceSelfNames[source.kind ?? 'other']['zh-CN'],
    issuerName: source.issuerName?.trim() || name,
    body: '专家指导委员会',
    position: '委员',
    title: '高级工程师',
    term: '二〇二四年六月至二〇二七年六月',
    termStart: '二〇二四年六月十三日',
    termEnd: '二〇二七年六月十二日',
    number: 'LSZZ-2024-A001',
    issuedOn: '2024年6月13日',
    issuedOnChinese: '二〇二四年六月',
    eventTitle: '成立启动仪式',
    agreementTitle: '引企入校合作协议',
    parties: '丽水市职业高级中学、丽水思博特精密制造有限公司',
    signedOn: '2024年6月13日',
    signedOnChinese: '二〇二四年六月十三日',
  };
}
