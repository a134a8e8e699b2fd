import { describe, expect, it } from 'vitest';
import { builtInTemplateIds, findBuiltInTemplate } from '../../../../shared/documents/built-in-templates';
import type { Recipient } from '../../../../shared/documents/recipient-values';
import type { DocumentTemplate } from '../../../../shared/domain/documents';
import { fontProblems } from './font-problems';
import { composeProblems, issueBlockers, problemsOfKind } from './issue-batch';
import { issueMessages } from './messages';

const licence = findBuiltInTemplate(builtInTemplateIds.unitLicence) as DocumentTemplate;

function unit(name: string): Recipient {
  return {
    recipientType: 'unit',
    recipientId: name,
    recipientName: name,
    sourceId: name,
    values: { recipientName: name, unitName: name, role: '成员单位', allianceName: '丽水职业教育集团', allianceSelf: '本集团', issuerName: '丽水职业教育集团', issuedOnChinese: '二〇二六年十二月' },
  };
}

describe('characters no bundled font holds block issuing', () => {
  // A character made in the Private Use Area (造字) and one of Extension G print in no bundled face.
  const made = '丽水\uE000精密机械有限公司';
  const extensionG = '𰀀源智能装备（丽水）有限公司';
  const recipients = [unit('𠮷野精密机械（丽水）有限公司'), unit(made), unit('赵孟𫖯书画院'), unit(extensionG)];

  it('names each such character on the page that prints it, and none of Extensions A–F', () => {
    expect(fontProblems(licence, recipients, ['A1', 'A2', 'A3', 'A4'])).toEqual([
      { page: 2, name: made, characters: ['\uE000'] },
      { page: 4, name: extensionG, characters: ['𰀀'] },
    ]);
  });

  it('joins the problem list, and issuing waits for it', () => {
    const problems = composeProblems({ fill: [{ page: 4, name: extensionG, unknown: [], missing: ['title'] }], fonts: fontProblems(licence, recipients, ['A1', 'A2', 'A3', 'A4']) });
    expect(problems.map((problem) => `${String(problem.page)} ${problem.kind}`)).toEqual(['2 fonts', '4 fill', '4 fonts']);
    expect(problemsOfKind(problems, 'fonts').map((problem) => problem.characters)).toEqual([['\uE000'], ['𰀀']]);
    const ready = { template: licence, alliance: undefined, issuedOn: '2026-12-03', recipients: 4, numbers: 4, numberingProblem: false, assets: true };
    expect(issueBlockers({ ...ready, problems: problemsOfKind(problems, 'fonts') })).toEqual(['no-alliance', 'problems']);
  });

  it('says which character, with its code point, in both languages', () => {
    expect(issueMessages['zh-CN'].fontsLine(2, made, issueMessages['zh-CN'].fontCharacter('\uE000', 'U+E000'))).toBe(`第 2 页（${made}）：「\uE000」（U+E000）`);
    expect(issueMessages.en.fontsLine(4, extensionG, issueMessages.en.fontCharacter('𰀀', 'U+30000'))).toBe(`Page 4 (${extensionG}): “𰀀” (U+30000)`);
  });
});
