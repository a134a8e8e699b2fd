import { describe, expect, it } from 'vitest';
import { reportCharts } from './charts';
import { sampleFigures as figures } from './report-sample';

describe('the report charts', () => {
  it('are SVG strings drawn without a DOM, holding their titles, labels and values in the bundled font', () => {
    const charts = reportCharts(figures, 'zh-CN');
    expect(charts.map((c) => c.title)).toEqual(['历年成员单位数', '各月活动数', '成员单位类型', '本年到期任务进度']);
    for (const chart of charts) {
      expect(chart.svg.startsWith('<svg')).toBe(true);
      expect(chart.svg).toContain(chart.title);
      expect(chart.svg).toContain('Noto Sans SC');
    }
    expect(charts[0]?.svg).toContain('2021');
    expect(charts[1]?.svg).toContain('6月');
    expect(charts[2]?.svg).toContain('中职学校');
    expect(charts[3]?.svg).toContain('已延期');
  });
  it('are titled in English where the interface is', () => {
    expect(reportCharts(figures, 'en').map((c) => c.title)).toEqual(['Member units over the years', 'Events per month', 'Member units by kind', 'Tasks due this year by status']);
  });
});
