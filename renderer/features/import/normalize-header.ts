/**
 * A header or a listed word as compared: full-width forms folded (（ → (), lower case, without
 * spaces, required-field stars, colons and a trailing remark in brackets — "＊单位名称（全称）："
 * and "单位名称" are the same column.
 */
export function normalizeHeader(text: string): string {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s*_:]/g, '');
  const withoutRemark = folded.replace(/\([^()]*\)$/, '');
  return withoutRemark === '' ? folded : withoutRemark;
}
