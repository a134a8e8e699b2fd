import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { deflateSync } from 'node:zlib';

export interface EventFields {
  alliance?: string;
  kind?: string;
  title?: string;
  startsOn?: string;
  endsOn?: string;
  venue?: string;
  host?: string;
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    let c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG of one colour, made here so every test has its own small photo. */
export function solidPng(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

/** 活动: the list, the event form and an event's page (agenda, participants, minutes, photos), in Chinese. */
export class EventsPage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.list = page.getByRole('table', { name: '活动' });
    this.count = page.getByTestId('list-count');
  }

  async openList(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: '活动' }).click();
    await expect(this.heading).toHaveText('活动');
  }

  row(title: string): Locator {
    return this.list.getByRole('row').filter({ hasText: title });
  }

  /** Types into a record picker and takes the matching record. */
  async pick(label: string, name: string, scope: Page | Locator = this.page): Promise<void> {
    await scope.getByRole('combobox', { name: label }).fill(name);
    await this.page.getByRole('option', { name }).click();
  }

  async choose(label: string, option: string, scope: Page | Locator = this.page): Promise<void> {
    await scope.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async fill(fields: EventFields): Promise<void> {
    if (fields.alliance) await this.pick('所属联盟', fields.alliance);
    if (fields.kind) await this.choose('活动类型', fields.kind);
    if (fields.title !== undefined) await this.page.getByRole('textbox', { name: '活动主题' }).fill(fields.title);
    if (fields.startsOn !== undefined) await this.page.getByLabel('开始日期').fill(fields.startsOn);
    if (fields.endsOn !== undefined) await this.page.getByLabel('结束日期').fill(fields.endsOn);
    if (fields.venue !== undefined) await this.page.getByRole('textbox', { name: '地点' }).fill(fields.venue);
    if (fields.host) await this.pick('承办单位', fields.host);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存', exact: true }).click();
  }

  /** From the list: 登记活动, fill, save; ends on the new event's page. */
  async create(fields: EventFields & { title: string }): Promise<void> {
    await this.openList();
    await this.page.getByRole('button', { name: '登记活动' }).click();
    await expect(this.heading).toHaveText('登记活动');
    await this.fill(fields);
    await this.save();
    await expect(this.heading).toHaveText(fields.title);
  }

  async edit(fields: EventFields): Promise<void> {
    await this.page.getByRole('link', { name: '编辑' }).click();
    await expect(this.heading).toHaveText('编辑活动');
    await this.fill(fields);
    await this.save();
    await expect(this.heading).not.toHaveText('编辑活动');
  }

  shown(field: string): Locator {
    return this.page.locator(`dd[data-field="${field}"]`);
  }

  card(heading: string): Locator {
    return this.page.locator('.MuiCard-root').filter({ has: this.page.getByRole('heading', { name: heading, exact: true }) });
  }

  agendaField(column: '时间' | '议程内容' | '发言人 / 主持人', row: number): Locator {
    return this.card('议程').getByRole('textbox', { name: `${column} ${row}`, exact: true });
  }

  async addAgendaItem(time: string, item: string, speaker: string): Promise<void> {
    const agenda = this.card('议程');
    const row = (await agenda.getByRole('row').count()) || 1;
    await agenda.getByRole('button', { name: '添加议程' }).click();
    await this.agendaField('时间', row).fill(time);
    await this.agendaField('议程内容', row).fill(item);
    await this.agendaField('发言人 / 主持人', row).fill(speaker);
  }

  async saveAgenda(): Promise<void> {
    const agenda = this.card('议程');
    await agenda.getByRole('button', { name: '保存', exact: true }).click();
    await expect(agenda.getByText('议程有未保存的修改')).toBeHidden();
  }

  participants(): Locator {
    return this.page.getByRole('list', { name: '出席人员与单位' });
  }

  async addParticipant(kind: '单位' | '人员', name: string, role: string): Promise<void> {
    const card = this.card('出席人员与单位');
    await card.getByRole('button', { name: kind, exact: true }).click();
    await this.pick(kind, name, card);
    await this.choose('身份', role, card);
    await card.getByRole('button', { name: '添加', exact: true }).click();
    await expect(this.participants().getByRole('listitem').filter({ hasText: name })).toBeVisible();
  }

  photos(): Locator {
    return this.page.getByRole('region', { name: '活动照片' });
  }

  async addPhotos(files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
    await this.photos().getByLabel('添加 活动照片').setInputFiles(files);
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
