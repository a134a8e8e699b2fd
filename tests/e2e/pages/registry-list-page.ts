import type { Download, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Any list of the registry (成员单位, 人员与专家 …): its filters, its count and its export, in Chinese. */
export class RegistryListPage {
  readonly heading: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.count = page.getByTestId('list-count');
  }

  async open(section: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: section }).click();
    await expect(this.heading).toHaveText(section);
  }

  /** Chooses an option of one of the list's filters; '全部' clears it. */
  async filter(label: string, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async export(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: '导出 Excel' }).click();
    return download;
  }
}
