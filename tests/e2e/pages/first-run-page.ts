import type { Locator, Page } from '@playwright/test';

/** The first-run offer of sample data above every section, in either language (labels passed in). */
export class FirstRunPage {
  constructor(readonly page: Page) {}

  offer(heading: string): Locator {
    return this.page.getByRole('region', { name: heading });
  }

  async loadSampleData(heading: string, buttonLabel: string): Promise<void> {
    await this.offer(heading).getByRole('button', { name: buttonLabel, exact: true }).click();
  }

  async startEmpty(heading: string, buttonLabel: string): Promise<void> {
    await this.offer(heading).getByRole('button', { name: buttonLabel, exact: true }).click();
  }

  /** The confirmation after loading, or the error of a failed load. */
  message(text: string): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }
}
