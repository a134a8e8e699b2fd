import type { Locator, Page } from '@playwright/test';
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
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.error = page.getByRole('alert');
    this.badRows = page.getByRole('table', { name: '有问题的行' });
    this.summary = page.getByRole('list', { name: '导入完成' });
  }

  /** From a list screen (成员单位 or 人员与专家): its 导入 button. */
  async openFrom(section: string, title: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: section }).click();
    await expect(this.heading).toHaveText(section);
    await this.page.getByRole('button', { name: '导入', exact: true }).click();
    await expect(this.heading).toHaveText(title);
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

  count(which: 'new' | 'existing' | 'bad'): Locator {
    return this.page.getByTestId(`count-${which}`);
  }

  badRow(rowNumber: number): Locator {
    return this.badRows.getByRole('row').filter({ has: this.page.getByRole('cell', { name: String(rowNumber), exact: true }) });
  }

  importButton(): Locator {
    return this.page.getByRole('button', { name: /^导入 \d+ 条$/ });
  }

  async runImport(count: number): Promise<void> {
    await this.page.getByRole('button', { name: `导入 ${count} 条`, exact: true }).click();
    await expect(this.page.getByRole('heading', { name: '导入完成' })).toBeVisible();
  }
}
