import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** 打印队列 of an event, reached from the event's page, in Chinese. */
export class PrintQueuePage {
  readonly heading: Locator;
  readonly rows: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.rows = page.getByTestId('print-queue-row');
    this.summary = page.getByTestId('print-summary');
  }

  async openFromEvent(title: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: '活动' }).click();
    await this.page.getByRole('table', { name: '活动' }).getByRole('row').filter({ hasText: title }).click();
    await expect(this.heading).toHaveText(title);
    await this.page.getByRole('link', { name: '打印队列' }).click();
    await expect(this.heading).toHaveText(`打印队列 · ${title}`);
  }

  row(number: string): Locator {
    return this.rows.filter({ hasText: number });
  }

  async recipients(): Promise<string[]> {
    return this.rows.locator('td:nth-child(3)').allTextContents();
  }

  /** Silent printing to a printer picked by its CUPS description. */
  async printSilentlyTo(description: string): Promise<void> {
    await this.page.getByRole('radio', { name: '直接发送到打印机（不弹窗）' }).check();
    await this.page.getByRole('combobox', { name: '打印机' }).click();
    await this.page.getByRole('option', { name: description }).click();
  }
}
