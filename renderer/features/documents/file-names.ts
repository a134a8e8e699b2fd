/**
 * Names of exported files and folders, safe on every desktop the app runs on: none of the
 * characters Windows or macOS refuse, no name Windows reserves, no trailing dot or space
 * (Windows drops them), no leading dot (hidden on macOS), and at most 240 bytes of UTF-8
 * (ext4 and APFS hold 255 a name; the rest leaves room for the ` (2)` a browser adds).
 */
const maxBytes = 240;
/** What the bridge's fileNameSchema allows, in UTF-16 units. */
const maxUnits = 200;
const encoder = new TextEncoder();
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** One part of a name: forbidden characters become `_`, runs of white space one space. */
function safePart(text: string): string {
  return text
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The name cut to fit with its extension, between whole characters: a cut inside 𠮷 (two
 * UTF-16 units) or between a character and its variation selector leaves a name no file
 * system stores as typed.
 */
function fitted(base: string, extension: string): string {
  let name = base;
  const fits = (candidate: string): boolean => candidate.length + extension.length <= maxUnits && encoder.encode(candidate + extension).length <= maxBytes;
  if (!fits(name)) {
    let kept = '';
    for (const { segment } of graphemes.segment(base)) {
      if (!fits(kept + segment)) break;
      kept += segment;
    }
    name = kept.trim();
  }
  name = name.replace(/[. ]+$/u, '_').replace(/^\./u, '_');
  // CON, PRN, AUX, NUL, COM1–9 and LPT1–9 are devices on Windows, with any extension.
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/iu.test(name)) name = `_${name}`;
  return name + extension;
}

/** `LSZZ-2026-KQ017-丽水市职业高级中学.pdf`: what a folder of exported documents sorts and reads by. */
export function documentFileName(number: string, recipientName: string): string {
  return fitted(`${safePart(number)}-${safePart(recipientName)}`, '.pdf');
}

/**
 * A batch's name, for its PDF, its zip and its folder: the occasion (the event, or the
 * alliance), the documents and the date of issue, e.g.
 * `2026年丽水产教融合共同体成立大会-成员单位证书-2026-12-03`. Kept short enough for `.zip` or `.pdf`.
 */
export function batchFileBase(parts: { occasion: string; documents: string; date: string }): string {
  const base = [parts.occasion, parts.documents, parts.date].map(safePart).filter(Boolean).join('-');
  const name = fitted(base, '.zip');
  return name.slice(0, -'.zip'.length);
}
