import type { Download, Locator, Page } from '@playwright/test';

/** The Settings section, in either language (the labels are passed in). */
export class SettingsPage {
  constructor(readonly page: Page) {}

  officeNameField(label: string): Locator {
    return this.page.getByRole('textbox', { name: label });
  }

  async saveOfficeName(label: string, name: string, saveLabel: string): Promise<void> {
    await this.officeNameField(label).fill(name);
    // Settings has a Save button per form (the office name, the office code of document numbers).
    await this.officeNameField(label).locator('xpath=ancestor::form').getByRole('button', { name: saveLabel }).click();
  }

  deviceId(): Locator {
    return this.page.getByText(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  }

  async exportDiagnostics(buttonLabel: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: buttonLabel }).click();
    return download;
  }
}
