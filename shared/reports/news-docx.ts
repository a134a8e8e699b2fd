import { AlignmentType, Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { imageSize } from './image-size';
import type { NewsDraft } from './news-draft';

/**
 * The news draft as a .docx the office finishes in WPS or Word: a centred title, body paragraphs
 * indented two characters, each photo in its place at the text width (fonts named as Chinese
 * offices have them, as the plan's .docx does).
 */

export interface NewsPhoto {
  bytes: Uint8Array;
  mimeType: string;
}

const fonts = {
  title: { eastAsia: '黑体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
  body: { eastAsia: '宋体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
};
/** Half-points: 小二 18 pt title, 四号 14 pt body; photos 15 cm wide (at 96 px per inch). */
const size = { title: 36, body: 28, caption: 21 };
const photoWidthPx = Math.round((150 / 25.4) * 96);

function photoParagraph(number: number, photo: NewsPhoto | undefined): Paragraph[] {
  const type = photo?.mimeType === 'image/png' ? 'png' : photo?.mimeType === 'image/jpeg' ? 'jpg' : undefined;
  const dimensions = photo ? imageSize(photo.bytes) : undefined;
  const caption = new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: `图${String(number)}`, font: fonts.body, size: size.caption })] });
  if (!photo || !type || !dimensions) return [caption];
  const height = Math.round((photoWidthPx * dimensions.height) / dimensions.width);
  return [new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type, data: photo.bytes, transformation: { width: photoWidthPx, height } })] }), caption];
}

export async function newsDocx(draft: NewsDraft, photos: ReadonlyMap<string, NewsPhoto>): Promise<Uint8Array<ArrayBuffer>> {
  const children = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 300 }, children: [new TextRun({ text: draft.title, font: fonts.title, size: size.title })] }),
    ...draft.blocks.flatMap((block) =>
      block.kind === 'paragraph'
        ? [new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: size.body * 20 }, spacing: { line: 500, after: 120 }, children: [new TextRun({ text: block.text, font: fonts.body, size: size.body })] })]
        : photoParagraph(block.number, photos.get(block.sha256)),
    ),
  ];
  const file = new Document({
    creator: '产教联盟工作台 Alliance Desk',
    title: draft.title,
    styles: { default: { document: { run: { font: fonts.body, size: size.body } } } },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1588, right: 1474 } } }, children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
