import { expect, test } from './fixtures';
import { SettingsPage } from './pages/settings-page';

const zhSections = ['联盟', '成员单位', '人员与专家', '活动', '合作协议', '行动计划', '证书与聘书', '同步', '设置'];
const enSections = ['Alliances', 'Units', 'People', 'Events', 'Agreements', 'Action plans', 'Documents', 'Sync', 'Settings'];

test('opens in Chinese with every section of the registry in the navigation', async ({ shell }) => {
  await expect(shell.page.getByRole('banner')).toContainText('产教联盟工作台');
  await expect(shell.navigation.getByRole('link')).toHaveText(zhSections);
  await expect(shell.heading).toHaveText('联盟');
  await expect(shell.page.getByRole('table', { name: '联盟' })).toBeVisible();
  await expect(shell.page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('switches language at run time, writes a setting through Dexie, and finds both after a reload', async ({ shell }) => {
  await shell.switchLanguage();
  await expect(shell.navigation.getByRole('link')).toHaveText(enSections);
  await expect(shell.page.locator('html')).toHaveAttribute('lang', 'en');

  await shell.goTo('Settings');
  const settings = new SettingsPage(shell.page);
  await settings.saveOfficeName('Office name', 'Secretariat, Lishui Intelligent Manufacturing Community', 'Save');
  await expect(shell.page.getByText('Saved', { exact: true })).toBeVisible();

  await shell.reload();
  await expect(shell.heading).toHaveText('Settings');
  await expect(shell.navigation.getByRole('link')).toHaveText(enSections);
  await expect(shell.officeName).toHaveText('Secretariat, Lishui Intelligent Manufacturing Community');
  await expect(settings.officeNameField('Office name')).toHaveValue('Secretariat, Lishui Intelligent Manufacturing Community');

  await shell.switchLanguage();
  await expect(shell.heading).toHaveText('设置');
  await shell.reload();
  await expect(shell.navigation.getByRole('link')).toHaveText(zhSections);
});

test.describe('on an English system', () => {
  test.use({ locale: 'en-US' });

  test('follows the system language until the user chooses', async ({ shell }) => {
    await expect(shell.navigation.getByRole('link')).toHaveText(enSections);
  });
});

test('refuses to open without the secret of this start', async ({ page, browserMode }) => {
  await page.goto(browserMode.origin);
  await expect(page.getByRole('heading', { name: '请使用启动时显示的地址打开产教联盟工作台' })).toBeVisible();
});
