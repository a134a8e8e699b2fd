import type { Download, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** 同步: the server, enrolment, the status and 立即同步, in Chinese. */
export class SyncPage {
  readonly pending: Locator;
  readonly lastSync: Locator;

  constructor(readonly page: Page) {
    this.pending = page.getByTestId('pending-changes');
    this.lastSync = page.getByTestId('last-sync');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: '同步' }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('同步');
  }

  async enrol(serverUrl: string, code: string): Promise<void> {
    await this.page.getByRole('textbox', { name: '服务器地址' }).fill(serverUrl);
    await this.page.getByRole('textbox', { name: '登记码' }).fill(code);
    await this.page.getByRole('button', { name: '登记本机' }).click();
  }

  /** 立即同步, and wait until it reports the outcome. */
  async syncNow(): Promise<void> {
    const done = this.page.getByText('同步完成。', { exact: true });
    // The message of an earlier sync must not count for this one: a click elsewhere dismisses it.
    if (await done.isVisible()) {
      await this.page.getByRole('heading', { level: 1 }).click();
      await expect(done).toBeHidden();
    }
    await this.page.getByRole('button', { name: '立即同步' }).click();
    await expect(done).toBeVisible();
    await expect(this.pending).toHaveText('没有，全部已同步');
  }

  /** 导出备份: the zip as the browser downloads it. */
  async exportBackup(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: '导出备份' }).click();
    return download;
  }

  /** 从备份文件恢复…: the file is checked first; a good one opens the confirmation. */
  async chooseBackup(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByTestId('backup-file').setInputFiles(file);
  }

  async confirmRestore(): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: '从备份恢复' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: '恢复', exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}
