import { describe, expect, it } from 'vitest';
import { blankRow, moveRow, normalizeTime, rowProblems, toAgenda, toRows } from './agenda-rows';
import { eventMatches, eventYears } from './event-filters';

const lishui = '0190a000-0000-7000-8000-000000000001';
const tianjin = '0190a000-0000-7000-8000-000000000002';
const launch = { allianceId: lishui, kind: 'launch-ceremony' as const, startsOn: '2026-06-13' };
const seminar = { allianceId: lishui, kind: 'seminar' as const, startsOn: '2026-06-13' };
const founding = { allianceId: tianjin, kind: 'founding-meeting' as const, startsOn: '2025-05-09' };

describe('the events list filters', () => {
  it('filters by alliance, kind and year together', () => {
    const params = new URLSearchParams({ alliance: lishui, year: '2026', kind: 'seminar' });
    expect([launch, seminar, founding].filter((row) => eventMatches(row, params))).toEqual([seminar]);
    expect([launch, seminar, founding].filter((row) => eventMatches(row, new URLSearchParams({ year: '2025' })))).toEqual([founding]);
    expect([launch, seminar, founding].filter((row) => eventMatches(row, new URLSearchParams()))).toHaveLength(3);
  });

  it('offers the years that have events, and a year from a link even if it has none', () => {
    expect(eventYears([launch, seminar, founding], '')).toEqual(['2026', '2025']);
    expect(eventYears([launch], '2024')).toEqual(['2026', '2024']);
    expect(eventYears([launch], 'abc')).toEqual(['2026']);
  });
});

describe('the agenda editor rows', () => {
  const rows = toRows(
    [
      { time: '09:00', title: '领导致辞', speaker: '李立进' },
      { time: '09:20', title: '行动计划解读', speaker: '朱美芬' },
      { time: '09:40', title: '授牌仪式', speaker: '' },
    ],
  );

  it('moves a row up or down, and not past either end', () => {
    expect(moveRow(rows, 1, -1).map((row) => row.title)).toEqual(['行动计划解读', '领导致辞', '授牌仪式']);
    expect(moveRow(rows, 1, 1).map((row) => row.title)).toEqual(['领导致辞', '授牌仪式', '行动计划解读']);
    expect(moveRow(rows, 0, -1)).toEqual(rows);
    expect(moveRow(rows, 2, 1)).toEqual(rows);
  });

  it('drops the editing keys when saving and starts a new row at the last time', () => {
    expect(toAgenda(rows)[0]).toEqual({ time: '09:00', title: '领导致辞', speaker: '李立进' });
    expect(blankRow(rows, 'x')).toEqual({ key: 'x', time: '09:40', title: '', speaker: '' });
    expect(blankRow([], 'x').time).toBe('09:00');
    expect(rows.map((row) => row.key)).toEqual(['stored-0', 'stored-1', 'stored-2']);
  });

  it('writes times as HH:MM however they were typed', () => {
    expect(['9:30', '09:30', '9：30', '9.30', ' 930 ', '1430', '14:05'].map(normalizeTime)).toEqual(['09:30', '09:30', '09:30', '09:30', '09:30', '14:30', '14:05']);
    expect(normalizeTime('上午')).toBe('上午');
    expect(normalizeTime('25:00')).toBe('25:00');
    expect(toAgenda([{ key: 'k', time: '9.30', title: '参观实训基地', speaker: '' }])[0]?.time).toBe('09:30');
  });

  it('places the data layer problems on their row and field', () => {
    const problems = rowProblems([
      { path: 'agenda.1.time', problem: 'invalid-time' },
      { path: 'agenda.2.title', problem: 'required' },
      { path: 'title', problem: 'required' },
    ]);
    expect([...problems]).toEqual([
      ['1.time', 'invalid-time'],
      ['2.title', 'required'],
    ]);
  });
});
