import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export interface AllianceFields {
  name?: string;
  shortName?: string;
  kind?: string;
  foundedOn?: string;
  region?: string;
  guidingDepartments?: string[];
  aims?: string;
  description?: string;
  numberPrefix?: string;
}

const textLabels = { name: '联盟名称', shortName: '简称', region: '所在地区', aims: '宗旨', description: '简介', numberPrefix: '文号前缀' } as const;

/** 联盟: the list, the alliance form and an alliance's start page with its figures, in Chinese. */
export class AlliancesPage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.list = page.getByRole('table', { name: '联盟' });
    this.count = page.getByTestId('list-count');
  }

  async openList(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: '联盟' }).click();
    await expect(this.heading).toHaveText('联盟');
  }

  row(name: string): Locator {
    return this.list.getByRole('row').filter({ hasText: name });
  }

  async open(name: string): Promise<void> {
    await this.openList();
    await this.row(name).click();
    await expect(this.heading).toHaveText(name);
  }

  async fill(fields: AllianceFields): Promise<void> {
    for (const key of Object.keys(textLabels) as (keyof typeof textLabels)[]) {
      const value = fields[key];
      if (value !== undefined) await this.page.getByRole('textbox', { name: textLabels[key], exact: true }).fill(value);
    }
    if (fields.kind) {
      await this.page.getByRole('combobox', { name: '类型', exact: true }).click();
      await this.page.getByRole('option', { name: fields.kind, exact: true }).click();
    }
    if (fields.foundedOn) await this.page.getByLabel('成立日期').fill(fields.foundedOn);
    for (const department of fields.guidingDepartments ?? []) {
      const input = this.page.getByRole('combobox', { name: '指导部门' });
      await input.fill(department);
      await input.press('Enter');
    }
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存', exact: true }).click();
  }

  /** From the list: 新建联盟, fill, save; ends on the new alliance's start page. */
  async create(fields: AllianceFields & { name: string }): Promise<void> {
    await this.openList();
    await this.page.getByRole('button', { name: '新建联盟' }).click();
    await expect(this.heading).toHaveText('新建联盟');
    await this.fill(fields);
    await this.save();
    await expect(this.heading).toHaveText(fields.name);
  }

  async edit(fields: AllianceFields): Promise<void> {
    await this.page.getByRole('link', { name: '编辑' }).click();
    await expect(this.heading).toHaveText('编辑联盟信息');
    await this.fill(fields);
    await this.save();
    await expect(this.heading).not.toHaveText('编辑联盟信息');
  }

  /** A field as the start page shows it. */
  shown(field: string): Locator {
    return this.page.locator(`dd[data-field="${field}"]`);
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

  /** One card of the overview (成员单位, 专家与聘任人员, 活动, 合作协议). */
  figures(card: string): Locator {
    return this.page
      .getByRole('region', { name: '年度概况' })
      .locator('.MuiCard-root')
      .filter({ has: this.page.getByRole('heading', { name: card, exact: true }) });
  }

  /** A figure is a link named by its label and its number, e.g. “企业 1 家”. */
  figure(card: string, name: string): Locator {
    return this.figures(card).getByRole('link', { name, exact: true });
  }
}
