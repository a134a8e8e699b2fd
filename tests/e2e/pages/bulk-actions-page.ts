import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** A list's selection and the bar of actions on it, in Chinese. */
export class BulkActionsPage {
  readonly selectionCount: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.selectionCount = page.getByTestId('selection-count');
    this.notice = page.locator('.MuiSnackbarContent-message');
  }

  /** The header checkbox: every row the filter shows, rendered or not. */
  async selectAllShown(count: number): Promise<void> {
    await this.page.getByRole('checkbox', { name: `选择筛选出的全部 ${count} 条` }).click();
  }

  row(name: string): Locator {
    return this.page.getByRole('checkbox', { name: `选择 ${name}`, exact: true });
  }

  /** 加入联盟: the alliance and the role, then 确定. */
  async addToAlliance(alliance: string, role: string): Promise<void> {
    await this.page.getByRole('button', { name: '加入联盟', exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '联盟', exact: true }).fill(alliance);
    await this.page.getByRole('option', { name: alliance }).click();
    await dialog.getByRole('combobox', { name: '联盟角色', exact: true }).click();
    await this.page.getByRole('option', { name: role, exact: true }).click();
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(dialog).toBeHidden();
  }

  async undo(): Promise<void> {
    await this.page.getByRole('button', { name: '撤销', exact: true }).click();
    await expect(this.notice).toHaveText('已撤销');
  }
}
