import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { batchFileBase, documentFileName } from './file-names';

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;
/** A lone half of a surrogate pair: what cutting 𠮷 in two leaves, and what no file system takes. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const longNames = readFileSync('/work/shared/corpus/long-names.txt', 'utf8').split('\n').filter(Boolean);
/** 100 characters and more, as issue 11 saw on a licence: two of the corpus's long names in one. */
const longest = `${longNames[0] ?? ''}${longNames[1] ?? ''}`;

describe('names of exported files', () => {
  it('names a batch after its occasion, its documents and the date', () => {
    expect(batchFileBase({ occasion: '2026年丽水产教融合共同体成立大会', documents: '成员单位证书', date: '2026-12-03' })).toBe('2026年丽水产教融合共同体成立大会-成员单位证书-2026-12-03');
    expect(batchFileBase({ occasion: 'Lishui Community launch ceremony', documents: 'Member-unit licences', date: '2026-12-03' })).toBe('Lishui Community launch ceremony-Member-unit licences-2026-12-03');
  });

  it('leaves out what Windows and macOS refuse in a name', () => {
    const name = batchFileBase({ occasion: '  “产教融合”推进会: 第2场 / 分会场 <A|B>?* \u0007 ', documents: '聘书', date: '2026-12-03' });
    expect(name).toBe('“产教融合”推进会_ 第2场 _ 分会场 _A_B___ _-聘书-2026-12-03');
    expect(name).not.toMatch(/[\\/:*?"<>|\p{Cc}]/u);
    // A name ending in a dot or a space is cut short by Windows Explorer; one starting with a dot is hidden on macOS.
    expect(documentFileName('LSZZ-2026-KQ001', '研究院.')).toBe('LSZZ-2026-KQ001-研究院_.pdf');
    expect(batchFileBase({ occasion: '...秘书处', documents: '', date: '' })).toBe('_..秘书处');
    // Device names Windows reserves, in any case, also before an extension.
    expect(batchFileBase({ occasion: 'con', documents: '', date: '' })).toBe('_con');
    expect(batchFileBase({ occasion: 'LPT1', documents: '', date: '' })).toBe('_LPT1');
    expect(batchFileBase({ occasion: 'Console', documents: '', date: '' })).toBe('Console');
  });

  it('keeps a name with long unit names within what ext4, APFS and NTFS hold, without splitting a character', () => {
    const name = documentFileName('LSZZ-2026-KQ001', longest);
    expect(utf8Bytes(name)).toBeLessThanOrEqual(240);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(name.startsWith(`LSZZ-2026-KQ001-${longest.slice(0, 40)}`)).toBe(true);
    for (const unit of longNames) expect(utf8Bytes(documentFileName('LSZZ-2026-KQ001', unit))).toBeLessThanOrEqual(240);

    const batch = batchFileBase({ occasion: longest, documents: '成员单位证书', date: '2026-12-03' });
    expect(utf8Bytes(`${batch}.zip`)).toBeLessThanOrEqual(240);
    expect(batch.startsWith(longest.slice(0, 40))).toBe(true);
  });

  it('cuts a long name between characters, never inside 𠮷 or between a character and its variation selector', () => {
    // 3 bytes a character, and 𠮷 (4 bytes, two UTF-16 units) where the cut falls.
    for (let filler = 60; filler < 200; filler += 1) {
      const person = `${'丽'.repeat(filler)}𠮷𠮷𠮷𠮷葛\u{E0100}葛\u{E0100}葛\u{E0100}`;
      const name = documentFileName('LSZZ-2026-KQ001', person);
      expect(name).not.toMatch(loneSurrogate);
      expect(name).not.toMatch(/-\u{E0100}|\u{E0100}\u{E0100}|丽\u{E0100}|𠮷\u{E0100}/u);
      expect(utf8Bytes(name)).toBeLessThanOrEqual(240);
    }
    expect(documentFileName('LSZZ-2026-KQ001', '𠮷野商事')).toBe('LSZZ-2026-KQ001-𠮷野商事.pdf');
  });
});
