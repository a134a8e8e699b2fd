import { expect, test } from './fixtures';
import { AlliancesPage } from './pages/alliances-page';

test('an alliance makes its signing key in the main process, rotates it keeping the old one, and sets its verification address', async ({ shell }) => {
  const alliances = new AlliancesPage(shell.page);
  await alliances.openList();
  await shell.page.getByRole('button', { name: '新建联盟' }).click();
  await alliances.fill({ name: '长三角智能制造产教融合共同体', kind: '产教融合共同体', numberPrefix: 'CJLM' });
  await alliances.save();
  const panel = shell.page.getByRole('region', { name: '证书防伪签名' });
  await expect(panel).toContainText('尚无签名密钥');
  await panel.getByRole('button', { name: '生成签名密钥' }).click();
  await expect(panel.getByRole('row')).toHaveCount(2);
  await expect(panel.getByRole('row').nth(1)).toContainText('使用中');
  await expect(panel.getByRole('row').nth(1)).toContainText(/[0-9a-f]{16}/);
  await panel.getByRole('button', { name: '更换密钥' }).click();
  await expect(panel.getByRole('row')).toHaveCount(3);
  await expect(panel.getByRole('row').nth(1)).toContainText('起停用');
  await expect(panel.getByRole('row').nth(2)).toContainText('使用中');

  const address = panel.getByLabel('验证页地址');
  await address.fill('http://cjlm.example.org/verify.html');
  await expect(panel).toContainText('请填写以 https:// 开头的网址');
  await address.fill('https://cjlm.example.org/verify.html');
  await panel.getByRole('button', { name: '保存地址' }).click();
  await shell.page.reload();
  await expect(panel.getByLabel('验证页地址')).toHaveValue('https://cjlm.example.org/verify.html');
  await expect(panel.getByRole('row')).toHaveCount(3);
});
