import type { Download, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** 证书与聘书: issuing in batches, the registry of issued documents, in Chinese. */
export class DocumentsPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: '证书与聘书' }).click();
    await expect(this.heading).toHaveText('证书与聘书');
  }

  async openIssue(): Promise<void> {
    await this.open();
    await this.page.getByRole('link', { name: '批量签发' }).click();
    await expect(this.heading).toHaveText('批量签发');
  }

  async openRegistry(): Promise<void> {
    await this.open();
    await this.page.getByRole('link', { name: '签发登记' }).click();
    await expect(this.heading).toHaveText('签发登记');
  }

  /** An autocomplete of records (alliance, event, units): type, then take the option. */
  async pick(label: string, name: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label }).fill(name);
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  async chooseTemplate(name: string): Promise<void> {
    await this.page.getByRole('combobox', { name: '模板', exact: true }).click();
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  async chooseBy(mode: '按活动' | '联盟全部' | '手动选择'): Promise<void> {
    await this.page.getByRole('radio', { name: mode }).check();
  }

  recipientCount(): Locator {
    return this.page.getByTestId('recipient-count');
  }

  previewFrame() {
    return this.page.frameLocator('iframe[title$="的预览"]');
  }

  /** The texts that do not fit their boxes, by page, recipient and element (the whole batch, laid out). */
  fitProblems(): Locator {
    return this.page.getByTestId('fit-problems');
  }

  /** While the whole batch is being laid out to see whether its texts fit. */
  fitChecking(): Locator {
    return this.page.getByTestId('fit-checking');
  }

  /** Leaves a recipient out of the batch (its tick in the recipient list). */
  async leaveOut(name: string): Promise<void> {
    await this.page.getByRole('checkbox', { name, exact: true }).uncheck();
  }

  issueButton(): Locator {
    return this.page.getByRole('button', { name: /^签发 \d+ 份$/ });
  }

  /** The set-up a desk asks for before its first number for an alliance. */
  setupDialog(): Locator {
    return this.page.getByRole('dialog', { name: '首次签发前的办公室设置' });
  }

  /** The issue button opens the set-up; this fills it (the proposed office code unless one is given) and saves it. */
  async setUpOffice(code?: string): Promise<void> {
    await this.issueButton().click();
    const dialog = this.setupDialog();
    await expect(dialog).toBeVisible();
    if (code !== undefined) await dialog.getByRole('textbox', { name: '本办公室代码' }).fill(code);
    await dialog.getByRole('button', { name: '保存设置' }).click();
    await expect(dialog).toBeHidden();
    // The screen knows the set-up is done once its alert is gone: only then does the button issue.
    await expect(this.page.getByText(/^本机尚未为该联盟签发过证书/)).toBeHidden();
  }

  /** Issues the batch (doing the office's set-up with the proposed code first, where the desk asks for it); returns the numbers given, first and last. */
  async issue(): Promise<string[]> {
    const issued = this.page.getByRole('heading', { name: /^已签发 \d+ 份/ });
    await this.issueButton().click();
    await expect(issued.or(this.setupDialog())).toBeVisible();
    if (await this.setupDialog().isVisible()) {
      await this.setupDialog().getByRole('button', { name: '保存设置' }).click();
      await expect(this.setupDialog()).toBeHidden();
      await expect(this.page.getByText(/^本机尚未为该联盟签发过证书/)).toBeHidden();
      await this.issueButton().click();
    }
    await expect(issued).toBeVisible();
    const range = (await this.page.getByTestId('issued-range').textContent()) ?? '';
    return range.replace(/^编号 /, '').split(' 至 ');
  }

  async download(button: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    return download;
  }

  /** Settings → 证书编号: this computer's office code in document numbers. */
  async setOfficeCode(code: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: '设置' }).click();
    await this.page.getByRole('textbox', { name: '本办公室代码' }).fill(code);
    await this.page.getByRole('textbox', { name: '本办公室代码' }).locator('xpath=ancestor::form').getByRole('button', { name: '保存' }).click();
    await expect(this.page.getByText('办公室代码已保存')).toBeVisible();
  }

  editorPreview() {
    return this.page.frameLocator('iframe[title="预览（示例数据）"]');
  }

  registryRow(text: string): Locator {
    return this.page.getByRole('table', { name: '签发登记' }).getByRole('row').filter({ hasText: text });
  }
}
