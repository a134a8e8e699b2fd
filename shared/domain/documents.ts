import { z } from 'zod';
import { backgroundModes, documentFonts, orientations, paperSizes, templateKinds } from './vocabulary';
import { choice, isoDate, sha256, optionalDate, optionalRecordId, optionalText, recordBase, recordId, requiredText } from './fields';

const millimetres = (max: number) => z.number({ message: 'invalid' }).min(0, 'invalid').max(max, 'invalid');

/**
 * A line of text placed on the page. `content` mixes free text with placeholders such as
 * `{recipientName}` or `{issuedOnChinese}`; the template functions in shared/documents resolve
 * them, and name any placeholder they do not know instead of printing it.
 */
export const textElementSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'invalid'),
  type: z.literal('text'),
  content: z.string().max(2000, 'too-long'),
  xMm: millimetres(1000),
  yMm: millimetres(1000),
  widthMm: millimetres(1000).refine((width) => width > 0, 'invalid'),
  font: choice(documentFonts.values).default('serif'),
  sizePt: z.number().min(4, 'invalid').max(200, 'invalid').default(16),
  bold: z.boolean().default(false),
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'invalid').default('#000000'),
  align: z.enum(['left', 'center', 'right', 'justify'], { message: 'invalid-choice' }).default('left'),
  /** Extra space between characters, in em: titles such as 聘书 are printed spaced out. */
  letterSpacingEm: z.number().min(0, 'invalid').max(5, 'invalid').default(0),
  lineHeight: z.number().min(0.8, 'invalid').max(4, 'invalid').default(1.5),
  /**
   * The lines the text may take: with widthMm, lineHeight and sizePt its box (height = maxLines ×
   * lineHeight × sizePt). A text that needs more is shrunk, down to minSizePt (shared/documents/fit-text.ts).
   */
  maxLines: z.number().int('invalid').min(1, 'invalid').max(60, 'invalid').default(1),
  /** The smallest size the text may shrink to; left out, the text keeps sizePt and never shrinks. */
  minSizePt: z.number().min(4, 'invalid').max(200, 'invalid').optional(),
  /** Turned half a turn about its box's centre: the far half of a folded table card reads from across the table. */
  rotation: z.union([z.literal(0), z.literal(180)], { message: 'invalid-choice' }).optional(),
  /**
   * The first line's indent in mm: a physical width, so the lines of a letter start at one x
   * whatever each line's size and letter spacing (two full-width spaces are not one width at
   * 21 pt spaced and at 18 pt), and a text shrunk to fit keeps its indent.
   */
  indentMm: z.number().min(0, 'invalid').max(100, 'invalid').optional(),
});

/** An image: the alliance's logo or seal, or an attachment (a signature scan, a badge). */
export const imageElementSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'invalid'),
  type: z.literal('image'),
  source: z.union([z.literal('alliance-logo'), z.literal('alliance-seal'), z.literal('alliance-signature'), sha256]),
  xMm: millimetres(1000),
  yMm: millimetres(1000),
  widthMm: millimetres(1000).refine((width) => width > 0, 'invalid'),
  heightMm: millimetres(1000).refine((height) => height > 0, 'invalid'),
  opacity: z.number().min(0, 'invalid').max(1, 'invalid').default(1),
});

/**
 * The signed QR code of an issued document (shared/verification/): a square of sizeMm, its quiet
 * zone included, holding what the document's text says, signed by the alliance's key.
 */
export const qrElementSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'invalid'),
  type: z.literal('qr'),
  xMm: millimetres(1000),
  yMm: millimetres(1000),
  sizeMm: z.number({ message: 'invalid' }).min(10, 'invalid').max(200, 'invalid'),
});

export const templateElementSchema = z.discriminatedUnion('type', [textElementSchema, imageElementSchema, qrElementSchema]);

export const documentTemplateSchema = z.object({
  ...recordBase,
  /** null: offered to every alliance. */
  allianceId: optionalRecordId,
  kind: choice(templateKinds.values),
  name: requiredText(100),
  paper: choice(paperSizes.values).default('A4'),
  orientation: choice(orientations.values).default('landscape'),
  /** Used when paper is custom: the pre-printed stock's size. */
  widthMm: z.number().min(50, 'invalid').max(1000, 'invalid').default(297),
  heightMm: z.number().min(50, 'invalid').max(1000, 'invalid').default(210),
  /** A decorative frame drawn by the template itself (cheap to render, unlike a CSS gradient). */
  frame: z.enum(['none', 'red-double', 'gold-ornate'], { message: 'invalid-choice' }).default('none'),
  background: sha256.nullable().default(null),
  backgroundMode: choice(backgroundModes.values).default('printed'),
  elements: z.array(templateElementSchema).max(100, 'too-long').default([]),
});

/**
 * The registry of what was issued (DESIGN.md §2). The texts are kept as printed, so a reprint
 * shows what the recipient holds even if the unit was renamed since.
 */
export const issuedDocumentSchema = z.object({
  ...recordBase,
  allianceId: recordId,
  templateId: recordId,
  kind: choice(templateKinds.values),
  number: requiredText(60),
  recipientType: z.enum(['unit', 'person'], { message: 'invalid-choice' }),
  recipientId: recordId,
  recipientName: requiredText(100),
  /** Element id → the text as printed. */
  printedTexts: z.record(z.string(), z.string().max(2000, 'too-long')),
  issuedOn: isoDate,
  eventId: optionalRecordId,
  /** The membership, appointment or agreement the document attests. */
  sourceId: optionalRecordId,
  /** Prints and exports counted together, before the print log (shared/domain/print-log.ts) kept them apart; no longer written. */
  printCount: z.number().int().min(0, 'invalid').default(0),
  /**
   * What its QR holds (shared/verification/qr-image.ts qrContent): the signed code, or the link to
   * the alliance's verification page carrying it; made once at issuing so every reprint carries
   * the same; null when the desk held no signing key of the alliance then.
   */
  qr: z.string().max(2000, 'too-long').nullable().default(null),
  revoked: z.boolean().default(false),
  revokedReason: optionalText(500),
  revokedOn: optionalDate,
});

export type TextElement = z.output<typeof textElementSchema>;
export type ImageElement = z.output<typeof imageElementSchema>;
export type QrElement = z.output<typeof qrElementSchema>;
export type TemplateElement = z.output<typeof templateElementSchema>;
export type DocumentTemplate = z.output<typeof documentTemplateSchema>;
export type IssuedDocument = z.output<typeof issuedDocumentSchema>;
