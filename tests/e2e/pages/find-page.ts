import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** 查找 (Ctrl+K): the find dialog over the whole registry, in Chinese. */
export class FindPage {
  readonly dialog: Locator;
  readonly field: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
    this.field = this.dialog.getByRole('combobox', { name: '查找单位、人员、活动、协议、计划或证书编号' });
  }

  /** Opens the dialog with the shortcut, from wherever the focus is. */
  async openWithShortcut(): Promise<void> {
    await this.page.keyboard.press('Control+K');
    await expect(this.field).toBeFocused();
  }

  /** The results of one kind (单位, 人员, 证书与聘书 …). */
  group(kind: string): Locator {
    return this.dialog.getByRole('group', { name: kind, exact: true });
  }

  highlighted(): Locator {
    return this.dialog.getByRole('option', { selected: true });
  }
}
