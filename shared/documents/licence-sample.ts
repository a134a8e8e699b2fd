import { builtInTemplateIds, findBuiltInTemplate } from './built-in-templates';
import { renderDocumentsHtml } from './render-html';

const cities = ['丽水', '温州', '金华', '衢州', '台州', '湖州', '嘉兴', '绍兴', '宁波', '杭州'];
const trades = ['机电', '汽车', '信息', '建筑', '旅游', '护理', '化工', '服装', '物流', '电子'];
const kinds = ['职业技术学院', '技师学院', '中等职业学校', '智能装备有限公司', '精密制造股份有限公司'];

/** `count` different member units, so every page has its own glyphs to lay out, as at a real ceremony. */
export function sampleRecipients(count: number): { name: string; number: string }[] {
  return Array.from({ length: count }, (_, index) => ({
    name: `${cities[index % 10] ?? ''}${trades[Math.floor(index / 10) % 10] ?? ''}${kinds[Math.floor(index / 100) % 5] ?? ''}`,
    number: `LSZJ-2026-KQ${String(index + 1).padStart(3, '0')}`,
  }));
}

/** `count` member-unit licences of the built-in template: the PDF benchmark's batch. No renderer warms up on it (warm-up.ts). */
export function sampleLicencesHtml(fontsBaseUrl: string, count: number): string {
  const licence = findBuiltInTemplate(builtInTemplateIds.unitLicence);
  if (!licence) throw new Error('The built-in licence template is missing');
  return renderDocumentsHtml({
    template: licence,
    pages: sampleRecipients(count).map((unit) => ({ values: { recipientName: unit.name, role: '成员单位', allianceName: '丽水职业教育集团', allianceSelf: '本集团', issuerName: '丽水职业教育集团', issuedOnChinese: '二〇二六年十一月' }, number: unit.number })),
    fontsBaseUrl,
    forPreview: false,
  }).html;
}
