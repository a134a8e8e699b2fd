import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordSchemas } from '../../shared/domain/tables';
import { toFieldIssues } from '../db/mutate';
import { wordProblem } from './problems';

/** The longest official name of the corpus, twice over: longer than a unit's name may be. */
const longName = readFileSync(new URL('../../../shared/corpus/long-names.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .reduce((longest, name) => (name.length > longest.length ? name : longest), '')
  .repeat(2);

function issuesOf(table: 'units' | 'events', record: Record<string, unknown>) {
  const parsed = recordSchemas[table].safeParse(record);
  if (parsed.success) throw new Error('expected the record to be refused');
  return toFieldIssues(parsed.error);
}

describe('内容过长 says the limit', () => {
  it('a unit name longer than 100 characters is refused with 最多 100 字, in both languages', () => {
    const issue = issuesOf('units', { id: '0190a3e4-7b7c-7000-8000-000000000001', name: longName, kind: 'enterprise' }).find((found) => found.path === 'name');
    expect(longName.length).toBeGreaterThan(100);
    expect(issue && wordProblem('zh-CN', issue)).toBe('内容过长（最多 100 字）');
    expect(issue && wordProblem('en', issue)).toBe('Too long (at most 100 characters)');
  });

  it('a list with too many entries says how many it may hold', () => {
    const agenda = Array.from({ length: 101 }, (_, index) => ({ time: '09:00', title: `议程 ${index + 1}`, speaker: '' }));
    const issue = issuesOf('events', { id: '0190a3e4-7b7c-7000-8000-000000000002', allianceId: '0190a3e4-7b7c-7000-8000-000000000003', kind: 'seminar', title: '研讨会', startsOn: '2026-06-13', agenda }).find((found) => found.path === 'agenda');
    expect(issue && wordProblem('zh-CN', issue)).toBe('内容过长（最多 100 项）');
  });

  it('other problems keep their words', () => {
    expect(wordProblem('zh-CN', { problem: 'required' })).toBe('必填');
    expect(wordProblem('zh-CN', { problem: 'too-long' })).toBe('内容过长');
  });
});
