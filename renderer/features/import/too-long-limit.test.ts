import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordProblem } from '../../i18n/problems';
import { guessMapping } from './guess-columns';
import { emptyContext } from './import-context';
import { validateRows } from './validate-rows';

/** Two of the corpus's long official names joined: longer than the 100 characters a unit's name may have. */
const [first = '', second = ''] = readFileSync(new URL('../../../../shared/corpus/long-names.txt', import.meta.url), 'utf8').split('\n');
const tooLong = `${first}${second}`;

describe('an import preview’s 内容过长 says the limit', () => {
  it('a unit name longer than 100 characters is refused with 最多 100 字', () => {
    expect(tooLong.length).toBeGreaterThan(100);
    const rows = [{ number: 2, cells: [tooLong, '企业'].map((text) => ({ text, formula: false, merged: false })) }];
    const { bad } = validateRows('units', rows, guessMapping(['单位名称', '单位类型'], 'units'), emptyContext);
    const problem = bad[0]?.problems.find((found) => found.field === 'name');
    expect(problem?.limit).toEqual({ max: 100, of: 'characters' });
    expect(problem && problem.problem === 'too-long' && wordProblem('zh-CN', { problem: problem.problem, limit: problem.limit })).toBe('内容过长（最多 100 字）');
  });
});
