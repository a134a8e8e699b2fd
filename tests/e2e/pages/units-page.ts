import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export interface UnitFields {
  name?: string;
  shortName?: string;
  kind?: string;
  creditCode?: string;
  region?: string;
  address?: string;
  contactName?: string;
  contactPhone?: string;
}

const fieldLabels: Record<Exclude<keyof UnitFields, 'kind'>, string> = {
  name: '单位名称',
  shortName: '简称',
  creditCode: '统一社会信用代码',
  region: '地区',
  address: '地址',
  contactName: '联系人',
  contactPhone: '联系电话',
};

/** 成员单位: the list, the new-unit form and a unit's page, in Chinese. */
export class UnitsPage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.list = page.getByRole('table', { name: '成员单位' });
    this.count = page.getByTestId('list-count');
  }

  async openList(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: '成员单位' }).click();
    await expect(this.heading).toHaveText('成员单位');
  }

  row(name: string): Locator {
    return this.list.getByRole('row').filter({ hasText: name });
  }

  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  async fill(fields: UnitFields): Promise<void> {
    for (const [key, value] of Object.entries(fields) as [keyof UnitFields, string | undefined][]) {
      if (value === undefined) continue;
      if (key === 'kind') await this.choose('单位类型', value);
      else await this.field(fieldLabels[key]).fill(value);
    }
  }

  /** Picks an option of a select field (the MUI menu opens on click). */
  async choose(label: string, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存', exact: true }).click();
  }

  /** From the list: 新建单位, fill, save; ends on the new unit's page. */
  async create(fields: UnitFields): Promise<void> {
    await this.openList();
    await this.page.getByRole('button', { name: '新建单位' }).click();
    await expect(this.heading).toHaveText('新建单位');
    await this.fill(fields);
    await this.save();
    await expect(this.heading).toHaveText(fields.name ?? '');
  }

  /** A field as the unit's page shows it (not editing). */
  shown(field: string): Locator {
    return this.page.locator(`dd[data-field="${field}"]`);
  }

  async edit(fields: UnitFields): Promise<void> {
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

  card(heading: string): Locator {
    return this.page.locator('.MuiCard-root').filter({ has: this.page.getByRole('heading', { name: heading, exact: true }) });
  }

  async addMembership(alliance: string, role: string, joinedOn: string): Promise<void> {
    await this.card('联盟角色').getByRole('button', { name: '添加联盟角色' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '联盟' }).fill(alliance);
    await this.page.getByRole('option', { name: alliance }).click();
    await dialog.getByRole('combobox', { name: '角色', exact: true }).click();
    await this.page.getByRole('option', { name: role, exact: true }).click();
    await dialog.getByLabel('入盟日期').fill(joinedOn);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
  }
}

/** An alliance made through the Alliances section's own form, as a secretariat would. */
export async function createAlliance(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: '联盟' }).click();
  await page.getByRole('button', { name: '新建联盟' }).click();
  await page.getByRole('textbox', { name: '联盟名称' }).fill(name);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

async function pick(page: Page, label: string, name: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).fill(name);
  await page.getByRole('option', { name }).click();
}

/** An event made through the Events section's own form. */
export async function createEvent(page: Page, event: { alliance: string; title: string; startsOn: string; host: string }): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: '活动' }).click();
  await page.getByRole('button', { name: '登记活动' }).click();
  // The list behind has a filter of the same name until the form is up.
  await expect(page.getByRole('textbox', { name: '活动主题' })).toBeVisible();
  await pick(page, '所属联盟', event.alliance);
  await page.getByRole('textbox', { name: '活动主题' }).fill(event.title);
  await page.getByLabel('开始日期').fill(event.startsOn);
  await pick(page, '承办单位', event.host);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
}

/** An agreement made through the Agreements section's own form. */
export async function createAgreement(page: Page, agreement: { alliance: string; title: string; parties: string[]; signatories: string[] }): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: '合作协议' }).click();
  await page.getByRole('button', { name: '登记协议' }).click();
  // The list behind has a filter of the same name until the form is up.
  await expect(page.getByRole('textbox', { name: '协议名称' })).toBeVisible();
  await pick(page, '所属联盟', agreement.alliance);
  await page.getByRole('textbox', { name: '协议名称' }).fill(agreement.title);
  for (const party of agreement.parties) await pick(page, '签约单位', party);
  for (const signatory of agreement.signatories) await pick(page, '签署人', signatory);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(agreement.title);
}

/** On an event's page: a unit or a person takes part, in the role the form proposes. */
export async function addParticipant(page: Page, kind: '单位' | '人员', name: string): Promise<void> {
  const card = page.locator('.MuiCard-root').filter({ has: page.getByRole('heading', { name: '出席人员与单位' }) });
  await card.getByRole('button', { name: kind, exact: true }).click();
  await pick(page, kind, name);
  await card.getByRole('button', { name: '添加', exact: true }).click();
  await expect(card.getByRole('list', { name: '出席人员与单位' })).toContainText(name);
}
