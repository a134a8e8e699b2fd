import type { Download, FrameLocator, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** 会务材料: an event's sign-in sheet, programme, table cards and badges, opened from the event's page. */
export class CeremonyPage {
  readonly heading: Locator;
  readonly summary: Locator;
  readonly pageNumber: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.summary = page.getByTestId('ceremony-summary');
    this.pageNumber = page.getByTestId('ceremony-page');
  }

  /** On an event's page: one of the papers of the 会务材料 card. */
  async openFromEvent(paper: '签到表' | '会议议程' | '桌签' | '胸牌', eventTitle: string): Promise<void> {
    await this.page.getByRole('group', { name: '会务材料' }).getByRole('link', { name: paper, exact: true }).click();
    await expect(this.heading).toHaveText(`会务材料：${eventTitle}`);
    await expect(this.page.getByRole('tab', { name: paper, selected: true })).toBeVisible();
  }

  async choose(paper: '签到表' | '会议议程' | '桌签' | '胸牌'): Promise<void> {
    await this.page.getByRole('tab', { name: paper }).click();
    await expect(this.page.getByRole('tab', { name: paper, selected: true })).toBeVisible();
  }

  /** The page on screen, laid out from the same HTML as the PDF. */
  preview(paper: string): FrameLocator {
    return this.page.frameLocator(`iframe[title^="${paper}预览"]`);
  }

  async exportPdf(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: '导出 PDF' }).click();
    return download;
  }
}
