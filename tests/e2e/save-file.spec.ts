import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { SettingsPage } from './pages/settings-page';

test('files.saveAs goes from a click, through the bridge, to the bytes in a file on disk', async ({ shell }, testInfo) => {
  await shell.goTo('设置');
  const settings = new SettingsPage(shell.page);
  await settings.saveOfficeName('办公室名称', '先进制造职业教育集团秘书处', '保存');
  const deviceId = (await settings.deviceId().textContent()) ?? '';

  const download = await settings.exportDiagnostics('导出诊断信息');
  const fileName = download.suggestedFilename();
  expect(fileName).toMatch(/^alliance-desk-diagnostics-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(shell.page.getByText(`已开始下载 ${fileName}`)).toBeVisible();

  const path = testInfo.outputPath(fileName);
  await download.saveAs(path);
  const report = JSON.parse(await readFile(path, 'utf8')) as {
    app: { runtime: string; version: string };
    device: { deviceId: string; officeName: string };
  };
  expect(report.app).toMatchObject({ runtime: 'browser', version: '0.0.0-e2e' });
  expect(report.device).toMatchObject({ deviceId, officeName: '先进制造职业教育集团秘书处' });
});

test('a malformed bridge request from the page is refused with a clear error', async ({ shell }) => {
  const result = await shell.page.evaluate(async () => {
    const response = await fetch('/bridge/files.saveAs', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ suggestedName: '../../.bashrc', bytes: 'not bytes' }),
    });
    return (await response.json()) as { result: { ok: boolean; error?: { code: string } }; downloads: unknown[] };
  });
  expect(result.result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  expect(result.downloads).toEqual([]);
});
