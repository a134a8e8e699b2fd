import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreNeutralised } from './formula-text';

describe('neutralising text a spreadsheet would run', () => {
  it('prefixes each character OWASP names with a quote, and leaves other text alone', () => {
    expect(['=1+1', '+86 138-1234-5678', '-3', '@SUM(A1)', '\t=1', '\r=1'].map(neutraliseFormula)).toEqual(["'=1+1", "'+86 138-1234-5678", "'-3", "'@SUM(A1)", "'\t=1", "'\r=1"]);
    expect(['丽水职业高级中学', '0578-2123456', "it's", "'quoted", ''].map(neutraliseFormula)).toEqual(['丽水职业高级中学', '0578-2123456', "it's", "'quoted", '']);
  });

  it('reads every text back exactly, quotes of its own included', () => {
    const texts = ['=HYPERLINK("http://x","y")', "'=1", "''+1", "'quoted", '-', '@', 'plain', "'"];
    expect(texts.map((text) => restoreNeutralised(neutraliseFormula(text)))).toEqual(texts);
  });
});
