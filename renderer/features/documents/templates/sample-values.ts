import type { PlaceholderValues } from '../../../../shared/documents/placeholders';

/** What the editor's preview fills a template with: a plausible recipient of each kind, in Chinese as printed. */
export function sampleValues(allianceName: string | undefined): PlaceholderValues {
  const alliance = allianceName ?? '丽水智能制造产教融合共同体';
  return {
    recipientName: '丽水市职业高级中学',
    unitName: '丽水市职业高级中学',
    role: '成员单位',
    allianceName: alliance,
    allianceShortName: alliance,
    allianceSelf: '本共同体',
    issuerName: alliance,
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
