import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The navigation shell: app bar, the sections and the language switch. */
export class ShellPage {
  readonly navigation: Locator;
  readonly officeName: Locator;
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.navigation = page.getByRole('navigation');
    this.officeName = page.getByTestId('office-name');
    this.heading = page.getByRole('heading', { level: 1 });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.navigation).toBeVisible();
  }

  async goTo(section: string): Promise<void> {
    await this.navigation.getByRole('link', { name: section }).click();
    await expect(this.heading).toHaveText(section);
  }

  async switchLanguage(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button').click();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await expect(this.navigation).toBeVisible();
  }
}
