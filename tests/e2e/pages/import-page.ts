import type { Download, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export interface ImportFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** 导入成员单位 / 导入人员与专家: choose a file, match columns, preview, import — in Chinese. */
export class ImportPage {
  readonly heading: Locator;
  readonly error: Locator;
  readonly badRows: Locator;
  readonly warnedRows: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.error = page.getByRole('alert');
    this.badRows = page.getByRole('table', { name: '有问题的行' });
    this.warnedRows = page.getByRole('table', { name: '照常导入、但请核对的单元格' });
    this.summary = page.getByRole('list', { name: '导入完成' });
  }

  /** From a list screen (成员单位 or 人员与专家): its 导入 button. */
  async openFrom(section: string, title: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: section }).click();
    await expect(this.heading).toHaveText(section);
    await this.page.getByRole('button', { name: '导入', exact: true }).click();
    await expect(this.heading).toHaveText(title);
  }

  /** The tab of what is imported: 成员单位, 人员与专家 or 活动签到表. */
  async switchTo(kind: string, title: string): Promise<void> {
    await this.page.getByRole('tab', { name: kind }).click();
    await expect(this.heading).toHaveText(title);
  }

  async downloadTemplate(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: '下载导入模板' }).click();
    return download;
  }

  /** On the mapping step: the alliance the rows become members or experts of. */
  async chooseAlliance(name: string): Promise<void> {
    await this.page.getByRole('combobox', { name: '导入到联盟' }).click();
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  /** On the mapping step: the event of a sign-in list. */
  async chooseEvent(title: string): Promise<void> {
    await this.page.getByRole('combobox', { name: '签到表所属活动' }).fill(title);
    await this.page.getByRole('option', { name: title }).click();
  }

  async choose(file: ImportFile | string): Promise<void> {
    await this.page.getByTestId('import-file').setInputFiles(file);
  }

  /** The select of the column whose header is given, showing what the column is imported as. */
  column(header: string): Locator {
    return this.page.getByRole('combobox', { name: header, exact: true });
  }

  async mapColumn(header: string, field: string): Promise<void> {
    await this.column(header).click();
    await this.page.getByRole('option', { name: field, exact: true }).click();
  }

  async toPreview(): Promise<void> {
    await this.page.getByRole('button', { name: '下一步：预览' }).click();
    await expect(this.page.getByRole('heading', { name: '有问题的行' })).toBeVisible();
  }

  count(which: 'new' | 'same' | 'changed' | 'bad' | 'links'): Locator {
    return this.page.getByTestId(`count-${which}`);
  }

  warnedRow(rowNumber: number): Locator {
    return this.warnedRows.getByRole('row').filter({ has: this.page.getByRole('cell', { name: String(rowNumber), exact: true }) });
  }

  badRow(rowNumber: number): Locator {
    return this.badRows.getByRole('row').filter({ has: this.page.getByRole('cell', { name: String(rowNumber), exact: true }) });
  }

  importButton(): Locator {
    return this.page.getByRole('button', { name: /^导入 \d+ 条$/ });
  }

  async runImport(count: number): Promise<void> {
    await this.page.getByRole('button', { name: `导入 ${count} 条`, exact: true }).click();
    // A list of hundreds is written in one transaction: longer than a click, well under the test's time.
    await expect(this.page.getByRole('heading', { name: '导入完成' })).toBeVisible({ timeout: 30_000 });
  }
}
