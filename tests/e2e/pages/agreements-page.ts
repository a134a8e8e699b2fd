import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export interface AgreementFields {
  alliance?: string;
  kind?: string;
  title?: string;
  parties?: string[];
  signatories?: string[];
  signedOn?: string;
  event?: string;
  termStart?: string;
  termEnd?: string;
  status?: string;
}

/** 合作协议: the list, the agreement form and an agreement's page, in Chinese. */
export class AgreementsPage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.list = page.getByRole('table', { name: '合作协议' });
    this.count = page.getByTestId('list-count');
  }

  async openList(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: '合作协议' }).click();
    await expect(this.heading).toHaveText('合作协议');
  }

  row(title: string): Locator {
    return this.list.getByRole('row').filter({ hasText: title });
  }

  async pick(label: string, name: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label }).fill(name);
    await this.page.getByRole('option', { name }).click();
  }

  async choose(label: string, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async fill(fields: AgreementFields): Promise<void> {
    if (fields.alliance) await this.pick('所属联盟', fields.alliance);
    if (fields.kind) await this.choose('协议类型', fields.kind);
    if (fields.title !== undefined) await this.page.getByRole('textbox', { name: '协议名称' }).fill(fields.title);
    for (const party of fields.parties ?? []) await this.pick('签约单位', party);
    for (const person of fields.signatories ?? []) await this.pick('签署人', person);
    if (fields.signedOn !== undefined) await this.page.getByLabel('签署日期').fill(fields.signedOn);
    if (fields.event) await this.pick('签约活动', fields.event);
    if (fields.termStart !== undefined) await this.page.getByLabel('期限开始').fill(fields.termStart);
    if (fields.termEnd !== undefined) await this.page.getByLabel('期限截止').fill(fields.termEnd);
    if (fields.status) await this.choose('状态', fields.status);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存', exact: true }).click();
  }

  async startNew(): Promise<void> {
    await this.openList();
    await this.page.getByRole('button', { name: '登记协议' }).click();
    await expect(this.heading).toHaveText('登记协议');
  }

  /** From the list: 登记协议, fill, save; ends on the new agreement's page. */
  async create(fields: AgreementFields & { title: string }): Promise<void> {
    await this.startNew();
    await this.fill(fields);
    await this.save();
    await expect(this.heading).toHaveText(fields.title);
  }

  async edit(fields: AgreementFields): Promise<void> {
    await this.page.getByRole('link', { name: '编辑' }).click();
    await expect(this.heading).toHaveText('编辑协议');
    await this.fill(fields);
    await this.save();
    await expect(this.heading).not.toHaveText('编辑协议');
  }

  shown(field: string): Locator {
    return this.page.locator(`dd[data-field="${field}"]`);
  }

  scans(): Locator {
    return this.page.getByRole('region', { name: '协议扫描件' });
  }

  async addScans(files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
    await this.scans().getByLabel('添加 协议扫描件').setInputFiles(files);
  }

  async delete(): Promise<void> {
    await this.page.getByRole('button', { name: '删除', exact: true }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: '删除', exact: true }).click();
    await expect(this.page.getByText('此记录已删除')).toBeVisible();
  }

  async showDeleted(): Promise<void> {
    const toggle = this.page.getByRole('switch', { name: '显示已删除' });
    await toggle.click();
    await expect(toggle).toBeChecked();
  }
}
