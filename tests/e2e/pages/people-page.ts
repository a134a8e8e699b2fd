import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export interface PersonFields {
  name?: string;
  unit?: string;
  position?: string;
  title?: string;
  phone?: string;
  email?: string;
  expertise?: string;
}

const fieldLabels: Record<Exclude<keyof PersonFields, 'unit'>, string> = {
  name: '姓名',
  position: '职务',
  title: '职称',
  phone: '电话',
  email: '电子邮箱',
  expertise: '专长',
};

export interface AppointmentFields {
  alliance: string;
  body: string;
  role: string;
  termStart?: string;
  termEnd?: string;
}

/** 人员与专家: the list, the new-person form and a person's page, in Chinese. */
export class PeoplePage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.list = page.getByRole('table', { name: '人员与专家' });
    this.count = page.getByTestId('list-count');
  }

  async openList(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: '人员与专家' }).click();
    await expect(this.heading).toHaveText('人员与专家');
  }

  row(name: string): Locator {
    return this.list.getByRole('row').filter({ hasText: name });
  }

  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  async fill(fields: PersonFields): Promise<void> {
    for (const [key, value] of Object.entries(fields) as [keyof PersonFields, string | undefined][]) {
      if (value === undefined) continue;
      if (key === 'unit') await this.pick(this.page, '工作单位', value);
      else await this.field(fieldLabels[key]).fill(value);
    }
  }

  /** Types into a record picker and takes the matching record. */
  async pick(scope: Page | Locator, label: string, name: string): Promise<void> {
    await scope.getByRole('combobox', { name: label }).fill(name);
    await this.page.getByRole('option', { name }).click();
  }

  async save(scope: Page | Locator = this.page): Promise<void> {
    await scope.getByRole('button', { name: '保存', exact: true }).click();
  }

  /** From the list: 新建人员, fill, save; ends on the new person's page. */
  async create(fields: PersonFields): Promise<void> {
    await this.openList();
    await this.page.getByRole('button', { name: '新建人员' }).click();
    await expect(this.heading).toHaveText('新建人员');
    await this.fill(fields);
    await this.save();
    await expect(this.heading).toHaveText(fields.name ?? '');
  }

  /** A field as the person's page shows it (not editing). */
  shown(field: string): Locator {
    return this.page.locator(`dd[data-field="${field}"]`);
  }

  async edit(fields: PersonFields): Promise<void> {
    await this.page.getByRole('button', { name: '编辑' }).click();
    await this.fill(fields);
    await this.save();
    await expect(this.page.getByText('已保存', { exact: true })).toBeVisible();
  }

  async delete(): Promise<void> {
    await this.page.getByRole('button', { name: '删除', exact: true }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: '删除', exact: true }).click();
    await expect(this.page.getByText('此记录已删除')).toBeVisible();
  }

  async showDeleted(): Promise<void> {
    // The switch follows the URL, which changes just after the click.
    const toggle = this.page.getByRole('switch', { name: '显示已删除' });
    await toggle.click();
    await expect(toggle).toBeChecked();
  }

  /** Picks an option of a select field (the MUI menu opens on click). */
  async choose(scope: Page | Locator, label: string, option: string): Promise<void> {
    await scope.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  readonly appointmentDialog = (): Locator => this.page.getByRole('dialog');

  /** 添加聘任, fill the dialog and save; the dialog stays open when the data layer refuses. */
  async addAppointment(fields: AppointmentFields): Promise<void> {
    await this.page.getByRole('button', { name: '添加聘任' }).click();
    const dialog = this.appointmentDialog();
    await this.pick(dialog, '联盟', fields.alliance);
    await this.choose(dialog, '机构', fields.body);
    await this.choose(dialog, '职务', fields.role);
    if (fields.termStart) await dialog.getByLabel('任期开始').fill(fields.termStart);
    if (fields.termEnd) await dialog.getByLabel('任期结束').fill(fields.termEnd);
    await this.save(dialog);
  }

  appointments(): Locator {
    return this.page.getByRole('table', { name: '聘任' });
  }
}
