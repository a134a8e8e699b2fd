import type { DocumentTemplate } from '../domain/documents';
import { ceremonyTemplates } from './ceremony-templates';
import { qr, red, seal, text, twoCharactersMm } from './template-parts';

const base = { deleted: false, allianceId: null, background: null, backgroundMode: 'printed', widthMm: 297, heightMm: 210 } as const;

/** Fixed ids, so issued documents keep pointing at the built-in they were printed from. */
export const builtInTemplateIds = {
  unitLicence: '0193e000-0000-7000-8000-000000000001',
  appointmentLetter: '0193e000-0000-7000-8000-000000000002',
  appointmentLetterPortrait: '0193e000-0000-7000-8000-000000000003',
  agreementCertificate: '0193e000-0000-7000-8000-000000000004',
} as const;

/** 成员单位证书: the role line follows the membership (成员单位, 牵头单位, 理事单位 …). A4 landscape. */
const unitLicence: DocumentTemplate = {
  ...base,
  id: builtInTemplateIds.unitLicence,
  kind: 'unit-licence',
  name: '成员单位证书（A4 横向）',
  paper: 'A4',
  orientation: 'landscape',
  frame: 'red-double',
  elements: [
    text('alliance-top', '{allianceName}', 30, 22, 237, { align: 'center', sizePt: 18, color: red, letterSpacingEm: 0.1, maxLines: 1, minSizePt: 12 }),
    text('title', '证书', 30, 33, 237, { align: 'center', sizePt: 44, bold: true, color: red, letterSpacingEm: 1.5, lineHeight: 1.3 }),
    text('recipient', '{recipientName}：', 42, 58, 213, { font: 'kai', sizePt: 22, lineHeight: 1.6, maxLines: 2, minSizePt: 15 }),
    text('body', '经{allianceName}审议通过，贵单位为{allianceSelf}', 42, 84, 213, { font: 'kai', sizePt: 20, lineHeight: 1.8, letterSpacingEm: 0.05, indentMm: twoCharactersMm(20, 0.05), maxLines: 2, minSizePt: 15 }),
    text('role', '{role}', 30, 110, 237, { align: 'center', sizePt: 40, bold: true, color: red, letterSpacingEm: 0.4, lineHeight: 1.4, maxLines: 1, minSizePt: 28 }),
    text('closing', '特发此证。', 42, 131, 150, { font: 'kai', sizePt: 20, indentMm: twoCharactersMm(20, 0.05) }),
    text('issuer', '{issuerName}', 150, 146, 115, { align: 'center', sizePt: 16, lineHeight: 1.4, maxLines: 2, minSizePt: 12 }),
    text('date', '{issuedOnChinese}', 150, 163, 115, { align: 'center', sizePt: 16 }),
    seal(187, 135),
    qr(36, 148),
    text('number', '编号：{number}', 36, 182, 120, { sizePt: 11, color: '#444444', minSizePt: 8 }),
  ],
};

/** 聘书 of the Expert Steering Committee (专家指导委员会) with its term. A4 landscape, gold frame. */
const appointmentLetter: DocumentTemplate = {
  ...base,
  id: builtInTemplateIds.appointmentLetter,
  kind: 'appointment-letter',
  name: '聘书（A4 横向）',
  paper: 'A4',
  orientation: 'landscape',
  frame: 'gold-ornate',
  elements: [
    text('title', '聘书', 30, 28, 237, { align: 'center', sizePt: 48, bold: true, color: red, letterSpacingEm: 2, lineHeight: 1.3 }),
    text('recipient', '{recipientName}：', 45, 56, 207, { font: 'kai', sizePt: 22, lineHeight: 1.6, maxLines: 1, minSizePt: 16 }),
    text('body', '兹聘请您为{allianceName}{body}{position}。', 45, 70, 207, { font: 'kai', sizePt: 21, lineHeight: 1.9, letterSpacingEm: 0.05, indentMm: twoCharactersMm(21, 0.05), maxLines: 2, minSizePt: 16 }),
    text('term', '聘期：{term}', 45, 100, 207, { font: 'kai', sizePt: 18, lineHeight: 1.6, indentMm: twoCharactersMm(21, 0.05), maxLines: 1, minSizePt: 12 }),
    text('closing', '特发此聘书。', 45, 112, 150, { font: 'kai', sizePt: 18, indentMm: twoCharactersMm(21, 0.05) }),
    text('issuer', '{issuerName}', 148, 146, 115, { align: 'center', sizePt: 16, lineHeight: 1.4, maxLines: 2, minSizePt: 12 }),
    text('date', '{issuedOnChinese}', 148, 163, 115, { align: 'center', sizePt: 16 }),
    seal(185, 131),
    qr(36, 146),
    text('number', '聘书编号：{number}', 36, 180, 130, { sizePt: 11, color: '#444444', minSizePt: 8 }),
  ],
};

/** The same 聘书 on A4 portrait, for offices that bind letters into a red folder. */
const appointmentLetterPortrait: DocumentTemplate = {
  ...base,
  id: builtInTemplateIds.appointmentLetterPortrait,
  kind: 'appointment-letter',
  name: '聘书（A4 纵向）',
  paper: 'A4',
  orientation: 'portrait',
  frame: 'red-double',
  widthMm: 210,
  heightMm: 297,
  elements: [
    text('title', '聘书', 20, 40, 170, { align: 'center', sizePt: 48, bold: true, color: red, letterSpacingEm: 2, lineHeight: 1.3 }),
    text('recipient', '{recipientName}：', 32, 78, 146, { font: 'kai', sizePt: 21, lineHeight: 1.6, maxLines: 1, minSizePt: 15 }),
    text('body', '兹聘请您为{allianceName}{body}{position}。', 32, 94, 146, { font: 'kai', sizePt: 20, lineHeight: 2, letterSpacingEm: 0.05, indentMm: twoCharactersMm(20, 0.05), maxLines: 3, minSizePt: 15 }),
    text('term', '聘期：{term}', 32, 140, 146, { font: 'kai', sizePt: 17, lineHeight: 1.6, indentMm: twoCharactersMm(20, 0.05), maxLines: 1, minSizePt: 12 }),
    text('closing', '特发此聘书。', 32, 153, 146, { font: 'kai', sizePt: 17, indentMm: twoCharactersMm(20, 0.05) }),
    text('issuer', '{issuerName}', 78, 206, 105, { align: 'center', sizePt: 15, lineHeight: 1.4, maxLines: 2, minSizePt: 12 }),
    text('date', '{issuedOnChinese}', 78, 222, 105, { align: 'center', sizePt: 15 }),
    seal(110, 192),
    qr(26, 234),
    text('number', '聘书编号：{number}', 26, 268, 130, { sizePt: 10, color: '#444444', minSizePt: 8 }),
  ],
};

/** 合作协议签约证书: the parties of a signed cooperation agreement. A4 landscape, gold frame. */
const agreementCertificate: DocumentTemplate = {
  ...base,
  id: builtInTemplateIds.agreementCertificate,
  kind: 'agreement-certificate',
  name: '合作协议签约证书（A4 横向）',
  paper: 'A4',
  orientation: 'landscape',
  frame: 'gold-ornate',
  elements: [
    text('title', '签约证书', 30, 28, 237, { align: 'center', sizePt: 42, bold: true, color: red, letterSpacingEm: 1, lineHeight: 1.3 }),
    text('parties', '{parties}', 45, 50, 207, { font: 'kai', sizePt: 20, lineHeight: 1.6, align: 'center', maxLines: 4, minSizePt: 12 }),
    text('body', '　　于{signedOnChinese}签订《{agreementTitle}》，携手推进产教融合、人才培养与技术创新。', 45, 97, 207, {
      font: 'kai',
      sizePt: 19,
      lineHeight: 1.9,
      maxLines: 3,
      minSizePt: 14,
    }),
    text('closing', '　　特发此证。', 45, 137, 150, { font: 'kai', sizePt: 19 }),
    text('issuer', '{issuerName}', 148, 150, 115, { align: 'center', sizePt: 16, lineHeight: 1.4, maxLines: 2, minSizePt: 12 }),
    text('date', '{issuedOnChinese}', 148, 167, 115, { align: 'center', sizePt: 16 }),
    seal(185, 139),
    text('number', '编号：{number}', 36, 184, 130, { sizePt: 11, color: '#444444', minSizePt: 8 }),
  ],
};

/** Shipped with the app and offered to every alliance; they are not records, and cannot be deleted. */
export const builtInTemplates: readonly DocumentTemplate[] = [unitLicence, appointmentLetter, appointmentLetterPortrait, agreementCertificate, ...ceremonyTemplates];

export function findBuiltInTemplate(id: string): DocumentTemplate | undefined {
  return builtInTemplates.find((template) => template.id === id);
}
