import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from './fixtures';
import { FirstRunPage } from './pages/first-run-page';

const run = promisify(execFile);

test('opens the annual report of the sample community from its page, shows its figures and exports it as a PDF', async ({ shell }, testInfo) => {
  await new FirstRunPage(shell.page).loadSampleData('欢迎使用产教联盟工作台', '加载示例数据');
  await shell.goTo('联盟');
  const page = shell.page;
  await page.getByRole('main').getByText('丽水智能制造产教融合共同体', { exact: true }).click();
  await page.getByRole('link', { name: '年度报告' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('丽水智能制造产教融合共同体2024年度工作报告');
  const members = page.getByRole('link', { name: '成员单位总数 2' });
  await expect(members).toBeVisible();
  await expect(page.getByRole('link', { name: '活动总数 7' })).toBeVisible();
  await expect(page.getByRole('img', { name: '各月活动数' })).toBeVisible();

  // A figure of its own, with its source, is kept after a reload and printed in the report.
  await page.getByRole('textbox', { name: '订单班学生数 数值' }).fill('１２０');
  await page.getByRole('textbox', { name: '订单班学生数 来源' }).fill('各成员学校教务处统计');
  await page.getByRole('textbox', { name: '订单班学生数 来源' }).locator('xpath=ancestor::div[contains(@class,"MuiStack-root")][1]').getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  await shell.reload();
  await expect(page.getByRole('textbox', { name: '订单班学生数 数值' })).toHaveValue('120');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 PDF' }).click();
  const file = testInfo.outputPath('report.pdf');
  await (await download).saveAs(file);
  const text = (await run('pdftotext', ['-layout', file, '-'])).stdout.replace(/\s+/g, '');
  expect(text).toContain('丽水智能制造产教融合共同体2024年度工作报告');
  expect(text).toContain('成员单位总数2');
  expect(text).toContain('各月活动数');
  expect(text).toContain('订单班学生数120各成员学校教务处统计');

  await members.click();
  await expect(page.getByTestId('list-count')).toHaveText('2 / 10 条');
});
