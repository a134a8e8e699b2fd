import { builtInTemplates } from '../../shared/documents/built-in-templates';
import { fontsLink, renderDocumentsHtml } from '../../shared/documents/render-html';
import type { FontSlice } from './font-faces';
import { readFontSlices } from './font-faces';

/** Any URL: the document pages replace the fonts link with their own folder's faces (font-faces.ts). */
const anyFontsBase = 'app://desk/fonts/';

/**
 * The built-in templates with only what every document of theirs prints whatever it is issued to:
 * the frame and the fixed words (证书, 经…审议通过, 特发此证), every placeholder left empty. A lane
 * laying these out has its layout, painting and PDF code warm without ever seeing a name, so
 * no batch (and no benchmark) can find its own vocabulary already laid out.
 */
export function templateWarmUpHtml(pagesPerTemplate = 30): string[] {
  return builtInTemplates.map((template) => {
    const fixed = Object.fromEntries(template.elements.flatMap((element) => (element.type === 'text' ? [[element.id, element.content.replace(/\{[^{}]*\}/g, '')]] : [])));
    return renderDocumentsHtml({ template, pages: Array.from({ length: pagesPerTemplate }, () => ({ printedTexts: fixed })), fontsBaseUrl: anyFontsBase, forPreview: false }).html;
  });
}

/** The first code point of the slice that HTML carries as itself: not a control character or markup. */
function representative(slice: FontSlice): string | undefined {
  for (const [from, to] of slice.ranges) {
    for (let code = Math.max(from, 0x21); code <= Math.min(to, from + 256); code += 1) {
      const isControl = code >= 0x7f && code <= 0x9f;
      const isSurrogate = code >= 0xd800 && code <= 0xdfff;
      if (!isControl && !isSurrogate && !'<>&"\''.includes(String.fromCodePoint(code))) return String.fromCodePoint(code);
    }
  }
  return undefined;
}

/**
 * The slices of the characters documents commonly hold: those of the Basic Multilingual Plane,
 * where every name's, unit's and place's common ideographs are (and Extension A's). The
 * ideographs of Extensions B to F (𠮷 𡒄 𫖯 𬘭) are rare by definition and many: a batch that holds
 * one loads its slice, about 300 KB, on first use, rather than every renderer holding all ~60 all day.
 */
export function commonSlices(slices: readonly FontSlice[]): FontSlice[] {
  return slices.filter((slice) => slice.ranges.some(([from]) => from < 0x10000));
}

/**
 * One page per face of the bundled fonts holding one character of each of its common slices:
 * laid out once, it makes a renderer fetch and decode those slices, so that a later batch of
 * any vocabulary (unit names of another province, 鑫燊犇淼, compound surnames) finds its slices
 * decoded and is laid out once, with no font arriving mid-layout. It holds no word of any
 * document: each character stands for its slice only.
 */
export function fontCoverageHtml(slices: readonly FontSlice[]): string {
  const faces = new Map<string, { slice: FontSlice; text: string }>();
  for (const slice of commonSlices(slices)) {
    const key = `${slice.family}|${slice.weight}|${slice.style}`;
    const face = faces.get(key) ?? { slice, text: '' };
    face.text += representative(slice) ?? '';
    faces.set(key, face);
  }
  const pages = [...faces.values()].map(
    ({ slice, text }) => `<section style="font-family:'${slice.family}';font-weight:${slice.weight};font-style:${slice.style};font-size:12pt;height:297mm;overflow:hidden;break-after:page;word-break:break-all">${text}</section>`,
  );
  return `<!doctype html><html><head><meta charset="utf-8">${fontsLink(anyFontsBase)}<style>@page{size:210mm 297mm;margin:0}body{margin:0}</style></head><body>${pages.join('')}</body></html>`;
}

/** What every lane lays out before it takes work: the common font slices decoded, then the templates' fixed text. */
export async function warmUpDocuments(fontsDir: string): Promise<string[]> {
  return [fontCoverageHtml(await readFontSlices(fontsDir)), ...templateWarmUpHtml()];
}
