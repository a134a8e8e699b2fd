import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import type { EChartsCoreOption } from 'echarts/core';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { taskStatuses, unitKinds } from '../domain/vocabulary';
import type { Locale } from '../i18n/locale';
import { fontStack } from '../documents/font-stack';
import type { AnnualFigures } from './annual-figures';

use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

/**
 * The report's four charts (issue 17.2) drawn by echarts' server-side SVG renderer: one SVG string
 * per chart, with no DOM, shown as is in the app, embedded in the PDF's HTML and (as PNG) in the
 * .docx, so all three show the same drawing. Text is set in the bundled Noto Sans SC family.
 */

export interface Chart {
  key: 'membership' | 'events-by-month' | 'units-by-kind' | 'tasks-by-status';
  title: string;
  svg: string;
  width: number;
  height: number;
}

const width = 560;
const height = 300;
const font = fontStack('Noto Sans SC');
const colours = ['#1f5fa8', '#c0392b', '#2e8b57', '#d68910', '#7d3c98', '#148f77', '#839192', '#a04000', '#2c3e50'];

const titles = {
  'zh-CN': { membership: '历年成员单位数', months: '各月活动数', kinds: '成员单位类型', tasks: '本年到期任务进度', month: (m: number) => `${String(m)}月` },
  en: { membership: 'Member units over the years', months: 'Events per month', kinds: 'Member units by kind', tasks: 'Tasks due this year by status', month: (m: number) => ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1] ?? '' },
} as const;

function render(title: string, option: EChartsCoreOption): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      color: colours,
      textStyle: { fontFamily: font, fontSize: 12 },
      title: { text: title, left: 'center', top: 6, textStyle: { fontFamily: font, fontSize: 15, fontWeight: 'normal' } },
      ...option,
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

let prepared = false;

/**
 * Initialises echarts (its modules, the SSR renderer, the text measuring) with one small chart, so
 * the first report drawn does not pay for it (issue 17.6: most of a cold first report). The reports
 * screen calls it in idle time when its module loads; drawing a chart without it works the same.
 */
export function prepareCharts(): void {
  if (prepared) return;
  prepared = true;
  render('成员 1', { xAxis: { type: 'category', data: ['2024'] }, yAxis: { type: 'value' }, series: [{ type: 'line', data: [1] }, { type: 'pie', data: [{ name: '企业', value: 1 }] }] });
}

/** Labels without the white outline echarts draws by default: Chromium embeds outlined text as a Type 3 font, not the bundled face. */
const label = { fontFamily: font, textBorderWidth: 0, textBorderColor: 'transparent' };
const axis = { axisLabel: { fontFamily: font }, nameTextStyle: { fontFamily: font } };
const grid = { left: 48, right: 24, top: 48, bottom: 36 };

export function reportCharts(figures: AnnualFigures, locale: Locale): Chart[] {
  const t = titles[locale];
  const chart = (key: Chart['key'], title: string, option: EChartsCoreOption): Chart => ({ key, title, svg: render(title, option), width, height });
  const pie = (data: { name: string; value: number }[]): EChartsCoreOption => ({
    legend: { orient: 'vertical', right: 12, top: 'middle', textStyle: { fontFamily: font } },
    series: [{ type: 'pie', radius: ['30%', '62%'], center: ['36%', '56%'], label: { ...label, formatter: '{c}' }, data }],
  });
  return [
    chart('membership', t.membership, {
      grid,
      xAxis: { type: 'category', data: figures.membershipByYear.map((row) => String(row.year)), ...axis },
      yAxis: { type: 'value', minInterval: 1, ...axis },
      series: [{ type: 'line', data: figures.membershipByYear.map((row) => row.count), label: { ...label, show: true }, symbolSize: 7 }],
    }),
    chart('events-by-month', t.months, {
      grid,
      xAxis: { type: 'category', data: Array.from({ length: 12 }, (_, i) => t.month(i + 1)), ...axis },
      yAxis: { type: 'value', minInterval: 1, ...axis },
      series: [{ type: 'bar', data: figures.events.byMonth, label: { ...label, show: true, position: 'top' }, barMaxWidth: 24 }],
    }),
    chart('units-by-kind', t.kinds, pie(figures.members.byKind.map((row) => ({ name: unitKinds.label(row.key, locale), value: row.count })))),
    chart('tasks-by-status', t.tasks, pie(figures.tasks.byStatus.map((row) => ({ name: taskStatuses.label(row.key, locale), value: row.count })))),
  ];
}
