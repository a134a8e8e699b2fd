import { expect, test } from './fixtures';
import { FirstRunPage } from './pages/first-run-page';

const heading = '欢迎使用产教联盟工作台';

test('offers the sample data of the seed reports on a fresh database and loads it into the registry', async ({ shell }) => {
  const firstRun = new FirstRunPage(shell.page);
  const offer = firstRun.offer(heading);
  await expect(offer).toContainText('先进制造职业教育集团');
  await expect(offer).toContainText('丽水智能制造产教融合共同体');

  await firstRun.loadSampleData(heading, '加载示例数据');
  await expect(firstRun.message('示例数据已加载')).toHaveText('示例数据已加载：2 个联盟、10 家单位、15 位人员、8 项活动、1 份合作协议。');
  await expect(offer).toBeHidden();

  await shell.goTo('成员单位');
  const units = shell.page.getByRole('table', { name: '成员单位' });
  await expect(units.getByRole('row').filter({ hasText: '丽水市职业高级中学' })).toContainText('牵头单位');
  await expect(units.getByRole('row').filter({ hasText: '丽水思博特精密制造有限公司' })).toContainText('成员单位');
  await expect(shell.page.getByTestId('list-count')).toHaveText('共 10 条');

  await shell.goTo('人员与专家');
  const people = shell.page.getByRole('table', { name: '人员与专家' });
  await expect(people.getByRole('row').filter({ hasText: '楼海斌' })).toContainText('专家指导委员会');
  await expect(people.getByRole('row').filter({ hasText: '李立进' })).toContainText('丽水市职业高级中学');
  await expect(shell.page.getByTestId('list-count')).toHaveText('共 15 条');

  await shell.reload();
  await expect(people.getByRole('row').filter({ hasText: '楼海斌' })).toBeVisible();
  await expect(offer).toBeHidden();
  await shell.goTo('联盟');
  await expect(shell.page.getByRole('main')).toContainText('丽水智能制造产教融合共同体');
  await expect(offer).toBeHidden();
});

test('starts empty when asked, and does not ask again after a reload', async ({ shell }) => {
  const firstRun = new FirstRunPage(shell.page);
  const offer = firstRun.offer(heading);
  await expect(offer).toBeVisible();

  await firstRun.startEmpty(heading, '从空白开始');
  await expect(offer).toBeHidden();
  await shell.goTo('成员单位');
  await expect(shell.page.getByTestId('list-count')).toHaveText('共 0 条');

  await shell.reload();
  await expect(shell.heading).toHaveText('成员单位');
  await expect(offer).toBeHidden();
  await shell.goTo('联盟');
  await expect(offer).toBeHidden();
});

test.describe('on an English system', () => {
  test.use({ locale: 'en-US' });

  test('offers the sample data in English', async ({ shell }) => {
    const firstRun = new FirstRunPage(shell.page);
    const offer = firstRun.offer('Welcome to Alliance Desk');
    await expect(offer).toContainText('Lishui Intelligent Manufacturing Industry–Education Integration Community');
    await firstRun.loadSampleData('Welcome to Alliance Desk', 'Load sample data');
    await expect(firstRun.message('Sample data loaded')).toHaveText('Sample data loaded: 2 alliances, 10 units, 15 people, 8 events, 1 agreement.');
    await expect(offer).toBeHidden();
  });
});
