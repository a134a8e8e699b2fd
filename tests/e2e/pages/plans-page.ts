import type { Download, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export interface PlanFields {
  alliance?: string;
  title?: string;
  periodFrom?: string;
  periodTo?: string;
  status?: string;
  issuer?: string;
  documentNumber?: string;
  issuedOn?: string;
}

export interface TaskFields {
  title: string;
  description?: string;
  leadUnit?: string;
  partnerUnits?: string[];
  dueOn?: string;
  indicators?: string;
}

/** 行动计划: the list, the plan form, and a plan's page with its sections and task table, in Chinese. */
export class PlansPage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly sections: Locator;
  readonly tasks: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.list = page.getByRole('table', { name: '行动计划' });
    this.sections = page.getByRole('list', { name: '正文' });
    this.tasks = page.getByRole('table', { name: '主要任务' });
  }

  async openList(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: '行动计划' }).click();
    await expect(this.heading).toHaveText('行动计划');
  }

  async fill(fields: PlanFields): Promise<void> {
    if (fields.alliance) {
      await this.page.getByRole('combobox', { name: '所属联盟' }).fill(fields.alliance);
      await this.page.getByRole('option', { name: fields.alliance }).click();
    }
    if (fields.title !== undefined) await this.page.getByRole('textbox', { name: '计划名称' }).fill(fields.title);
    if (fields.periodFrom !== undefined) await this.page.getByRole('spinbutton', { name: '起始年份' }).fill(fields.periodFrom);
    if (fields.periodTo !== undefined) await this.page.getByRole('spinbutton', { name: '截止年份' }).fill(fields.periodTo);
    if (fields.status) {
      await this.page.getByRole('combobox', { name: '状态', exact: true }).click();
      await this.page.getByRole('option', { name: fields.status, exact: true }).click();
    }
    if (fields.issuer !== undefined) await this.page.getByRole('textbox', { name: '发文机关' }).fill(fields.issuer);
    if (fields.documentNumber !== undefined) await this.page.getByRole('textbox', { name: '发文字号' }).fill(fields.documentNumber);
    if (fields.issuedOn !== undefined) await this.page.getByLabel('成文日期').fill(fields.issuedOn);
  }

  /** From the list: 新建行动计划, fill, save; ends on the new plan's page. */
  async create(fields: PlanFields & { title: string }): Promise<void> {
    await this.openList();
    await this.page.getByRole('button', { name: '新建行动计划' }).click();
    await expect(this.heading).toHaveText('新建行动计划');
    await this.fill(fields);
    await this.page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(this.heading).toHaveText(fields.title);
  }

  async addSection(heading: string, body: string): Promise<void> {
    await this.page.getByRole('button', { name: '添加部分' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: '标题' }).fill(heading);
    await dialog.getByRole('textbox', { name: '内容' }).fill(body);
    await dialog.getByRole('button', { name: '保存', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  async addTask(fields: TaskFields): Promise<void> {
    await this.page.getByRole('button', { name: '添加任务' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: '任务名称' }).fill(fields.title);
    if (fields.description !== undefined) await dialog.getByRole('textbox', { name: '具体内容' }).fill(fields.description);
    if (fields.leadUnit) {
      await dialog.getByRole('combobox', { name: '牵头单位' }).fill(fields.leadUnit);
      await this.page.getByRole('option', { name: fields.leadUnit }).click();
    }
    for (const unit of fields.partnerUnits ?? []) {
      await dialog.getByRole('combobox', { name: '参与单位' }).fill(unit);
      await this.page.getByRole('option', { name: unit }).click();
    }
    if (fields.dueOn !== undefined) await dialog.getByLabel('完成时限').fill(fields.dueOn);
    if (fields.indicators !== undefined) await dialog.getByRole('textbox', { name: '工作指标' }).fill(fields.indicators);
    await dialog.getByRole('button', { name: '保存', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** The task titles in the order of the table (deleted ones included when shown). */
  taskTitles(): Locator {
    return this.tasks.getByRole('row').locator('td:nth-child(2)');
  }

  sectionHeadings(): Locator {
    return this.sections.getByRole('heading', { level: 3 });
  }

  async move(what: string, direction: '上移' | '下移'): Promise<void> {
    await this.page.getByRole('button', { name: `${direction}：${what}`, exact: true }).click();
  }

  async remove(what: string): Promise<void> {
    await this.page.getByRole('button', { name: `删除：${what}`, exact: true }).click();
  }

  async restore(what: string): Promise<void> {
    await this.page.getByRole('button', { name: `恢复：${what}`, exact: true }).click();
  }

  async export(label: '导出 PDF' | '导出 Word'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: label }).click();
    return download;
  }
}
