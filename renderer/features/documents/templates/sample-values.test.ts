import { describe, expect, it } from 'vitest';
import { sampleValues } from './sample-values';

describe('the template editor preview', () => {
  it('names the alliance as its kind names itself, as its licences will', () => {
    expect(sampleValues({ name: '丽水职业教育集团', kind: 'vocational-education-group' }).allianceSelf).toBe('本集团');
    expect(sampleValues({ name: '浙江省智能制造产教融合共同体', kind: 'industry-education-community' }).allianceSelf).toBe('本共同体');
    expect(sampleValues({ name: '长三角职业教育联盟', kind: 'professional-alliance' }).allianceSelf).toBe('本联盟');
  });

  it('prints the alliance’s issuer where it has one, else its name', () => {
    expect(sampleValues({ name: '丽水职业教育集团', kind: 'vocational-education-group', issuerName: '丽水职业技术学院' }).issuerName).toBe('丽水职业技术学院');
    expect(sampleValues({ name: '丽水职业教育集团', kind: 'vocational-education-group' }).issuerName).toBe('丽水职业教育集团');
  });

  it('uses its own sample community for a template of no alliance', () => {
    const values = sampleValues(undefined);
    expect(values.allianceName).toBe('丽水智能制造产教融合共同体');
    expect(values.allianceSelf).toBe('本共同体');
  });
});
