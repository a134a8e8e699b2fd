import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { searchTextOf } from '../../../shared/domain/search-text';
import type { SearchKind, Searchable } from './find-anything';
import { findAnything, matchRank, moveSelection, recordPath } from './find-anything';
import { isFindShortcut } from './find-shortcut';

interface Row extends Searchable {
  label: string;
}

const stored = (id: string, record: Record<string, unknown>, deleted = false): Row => ({
  id,
  label: String(record.name ?? record.title ?? record.number),
  _search: searchTextOf(record as never),
  deleted,
});

/** The corpus's units as the table cache keeps them: in the order of their search text. */
const corpusUnits = readFileSync(new URL('../../../../shared/corpus/units.csv', import.meta.url), 'utf8')
  .replace(/^\uFEFF/, '')
  .split('\n')
  .slice(1)
  .filter((line) => line !== '')
  .map((line, index) => {
    const [name = '', creditCode = ''] = line.split(',');
    return stored(`u${index}`, { name, creditCode });
  })
  .sort((a, b) => (a._search < b._search ? -1 : 1));

const labels = (rows: readonly Row[]): string[] => rows.map((row) => row.label);

describe('finding anything', () => {
  it('finds a long corpus unit by the pinyin initials of its name, and by a part of its name', () => {
    const name = '湖南省湘潭市博维智慧康养服务集团有限公司雨湖区产教融合实训基地';
    const [units] = findAnything([{ kind: 'units', rows: corpusUnits }], 'hnsxtsbwzhkyfwjtyxgs', 5);
    expect(units?.kind).toBe('units');
    expect(labels(units?.rows ?? [])).toEqual([name]);
    const [byPart] = findAnything([{ kind: 'units', rows: corpusUnits }], '博维智慧', 5);
    expect(labels(byPart?.rows ?? [])).toEqual([name]);
  });

  it('finds a unit by its credit code, typed in lower case', () => {
    const [units] = findAnything([{ kind: 'units', rows: corpusUnits }], '91430302maq286g32h', 5);
    expect(labels(units?.rows ?? [])).toEqual(['湖南省湘潭市博维智慧康养服务集团有限公司雨湖区产教融合实训基地']);
  });

  it('ranks a whole name before one that starts with the query before one that contains it, and counts them all', () => {
    const rows = [stored('a', { name: '智能制造研究院丽水分院' }), stored('b', { name: '丽水智能制造学院' }), stored('c', { name: '丽水' }), stored('d', { name: '丽水职高' })];
    const [units] = findAnything([{ kind: 'units', rows }], '丽水', 3);
    expect(labels(units?.rows ?? [])).toEqual(['丽水', '丽水智能制造学院', '丽水职高']);
    expect(units?.total).toBe(4);
  });

  it('finds people with rare characters and compound surnames by name and by pinyin', () => {
    const people = [stored('p1', { name: '𠮷颖敏' }), stored('p2', { name: '欧阳晓峰' }), stored('p3', { name: '上官婉' })];
    expect(labels(findAnything([{ kind: 'people', rows: people }], '𠮷', 5)[0]?.rows ?? [])).toEqual(['𠮷颖敏']);
    expect(labels(findAnything([{ kind: 'people', rows: people }], 'ouyang', 5)[0]?.rows ?? [])).toEqual(['欧阳晓峰']);
    expect(labels(findAnything([{ kind: 'people', rows: people }], 'sgw', 5)[0]?.rows ?? [])).toEqual(['上官婉']);
  });

  it('finds an issued document by its number, whole or in part, and by its recipient', () => {
    const documents = [
      stored('d1', { number: 'LSZZ-2026-KQ-Z001', recipientName: '丽水市职业高级中学' }),
      stored('d2', { number: 'LSZZ-2026-KQ-Z002', recipientName: '丽水思博特精密制造有限公司' }),
    ];
    const found = (query: string): string[] => labels(findAnything([{ kind: 'issuedDocuments', rows: documents }], query, 5)[0]?.rows ?? []);
    expect(found('LSZZ-2026-KQ-Z001')).toEqual(['LSZZ-2026-KQ-Z001']);
    expect(found('kq-z002')).toEqual(['LSZZ-2026-KQ-Z002']);
    expect(found('思博特')).toEqual(['LSZZ-2026-KQ-Z002']);
  });

  it('groups by kind in the order given, leaves out deleted records and kinds without a match', () => {
    const groups = findAnything(
      [
        { kind: 'units', rows: [stored('u', { name: '丽水职高' })] },
        { kind: 'people', rows: [stored('p', { name: '张三' })] },
        { kind: 'events', rows: [stored('e', { title: '丽水共同体成立大会' }), stored('e2', { title: '丽水旧会议' }, true)] },
        { kind: 'agreements', rows: undefined },
      ],
      'lishui',
      5,
    );
    expect(groups.map((group) => [group.kind, labels(group.rows), group.total])).toEqual([
      ['units', ['丽水职高'], 1],
      ['events', ['丽水共同体成立大会'], 1],
    ]);
  });

  it('finds nothing for an empty query, and nothing that is not there', () => {
    expect(findAnything([{ kind: 'units', rows: corpusUnits }], '   ', 5)).toEqual([]);
    expect(findAnything([{ kind: 'units', rows: corpusUnits }], '不存在的单位名称', 5)).toEqual([]);
  });

  it('tells the rank of a match against the parts of a search text', () => {
    const text = searchTextOf({ name: '丽水职高' } as never);
    expect(matchRank(text, 'lszg')).toBe(0);
    expect(matchRank(text, 'lishui')).toBe(1);
    expect(matchRank(text, 'zhigao')).toBe(2);
    expect(matchRank(text, 'tj')).toBe(-1);
  });
});

describe('the result list', () => {
  it('moves the highlight with ↑ and ↓, round at either end', () => {
    expect(moveSelection(-1, 1, 3)).toBe(0);
    expect(moveSelection(-1, -1, 3)).toBe(2);
    expect(moveSelection(2, 1, 3)).toBe(0);
    expect(moveSelection(0, -1, 3)).toBe(2);
    expect(moveSelection(0, 1, 0)).toBe(-1);
  });

  it('opens each kind at its record screen', () => {
    const paths: Record<SearchKind, string> = {
      units: '/units/x',
      people: '/people/x',
      events: '/events/x',
      agreements: '/agreements/x',
      actionPlans: '/plans/x',
      issuedDocuments: '/documents/issued/x',
    };
    for (const [kind, path] of Object.entries(paths)) expect(recordPath(kind as SearchKind, 'x')).toBe(path);
  });
});

describe('the shortcut', () => {
  const key = (key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers });
  it('is Ctrl+K, or ⌘K on macOS, with Caps Lock on or off', () => {
    expect(isFindShortcut(key('k', { ctrlKey: true }))).toBe(true);
    expect(isFindShortcut(key('k', { metaKey: true }))).toBe(true);
    expect(isFindShortcut(key('K', { ctrlKey: true }))).toBe(true);
  });
  it('is not a plain k, nor Ctrl+Shift+K or Ctrl+Alt+K', () => {
    expect(isFindShortcut(key('k'))).toBe(false);
    expect(isFindShortcut(key('K', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isFindShortcut(key('k', { ctrlKey: true, altKey: true }))).toBe(false);
  });
});
