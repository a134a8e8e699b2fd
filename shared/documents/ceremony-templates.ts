import type { DocumentTemplate } from '../domain/documents';
import { red, seal, text, twoCharactersMm } from './template-parts';

/**
 * The built-in templates of an event's per-person papers, one recipient per page like the
 * licences: the participation certificate (issued and numbered) and the folded table card
 * (printed from the event page, never numbered).
 */

/** 首行缩进两字 as one physical width: the body and the closing line start at the same x whatever their sizes. */
const bodyIndentMm = twoCharactersMm(22, 0.05);

const landscape = { deleted: false, allianceId: null, background: null, backgroundMode: 'printed', paper: 'A4', orientation: 'landscape', widthMm: 297, heightMm: 210 } as const;

/** Fixed ids, so issued certificates keep pointing at the built-in they were printed from. */
export const ceremonyTemplateIds = {
  participationCertificate: '0193e000-0000-7000-8000-000000000005',
  tableCard: '0193e000-0000-7000-8000-000000000006',
} as const;

/** 参会证明: a person or a unit took part in the event. A4 landscape, numbered like the licences. */
export const participationCertificate: DocumentTemplate = {
  ...landscape,
  id: ceremonyTemplateIds.participationCertificate,
  kind: 'participation-certificate',
  name: '参会证明（A4 横向）',
  frame: 'red-double',
  elements: [
    text('alliance-top', '{allianceName}', 30, 24, 237, { align: 'center', sizePt: 18, color: red, letterSpacingEm: 0.1, minSizePt: 11 }),
    text('title', '参会证明', 30, 36, 237, { align: 'center', sizePt: 40, bold: true, color: red, letterSpacingEm: 0.8, lineHeight: 1.3 }),
    text('body', '兹证明{recipientName}参加了{eventTitle}。', 42, 76, 213, { font: 'kai', sizePt: 22, lineHeight: 1.8, letterSpacingEm: 0.05, indentMm: bodyIndentMm, maxLines: 3, minSizePt: 14 }),
    text('closing', '特此证明。', 42, 124, 150, { font: 'kai', sizePt: 20, indentMm: bodyIndentMm }),
    text('issuer', '{issuerName}', 150, 148, 115, { align: 'center', sizePt: 16, lineHeight: 1.4, maxLines: 2, minSizePt: 12 }),
    text('date', '{issuedOnChinese}', 150, 164, 115, { align: 'center', sizePt: 16 }),
    seal(187, 135),
    text('number', '编号：{number}', 36, 182, 120, { sizePt: 11, color: '#444444', minSizePt: 8 }),
  ],
};

/**
 * 桌签: A4 landscape folded along its long middle into a tent. The name is printed on both halves,
 * the upper half turned half a turn, so that it reads from both sides of the table. Each name box
 * is centred in its half (the half is 105 mm; the box is one line of 96 pt, 39 mm).
 */
export const tableCard: DocumentTemplate = {
  ...landscape,
  id: ceremonyTemplateIds.tableCard,
  kind: 'table-card',
  name: '桌签（A4 横向对折）',
  frame: 'none',
  elements: [
    text('name-far', '{recipientName}', 15, 33, 267, { align: 'center', sizePt: 96, bold: true, lineHeight: 1.15, letterSpacingEm: 0.15, minSizePt: 28, rotation: 180 }),
    text('name', '{recipientName}', 15, 138, 267, { align: 'center', sizePt: 96, bold: true, lineHeight: 1.15, letterSpacingEm: 0.15, minSizePt: 28 }),
  ],
};

export const ceremonyTemplates: readonly DocumentTemplate[] = [participationCertificate, tableCard];
