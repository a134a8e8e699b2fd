import type { DocumentTemplate } from '../../../../shared/domain/documents';
import type { AgendaItem } from '../../../../shared/domain/records';
import { renderBadgeSheetHtml } from '../../../../shared/documents/badge-sheet-html';
import type { EventHeading } from '../../../../shared/documents/event-heading';
import { pageSizeMm } from '../../../../shared/documents/page-size';
import { renderProgrammeHtml } from '../../../../shared/documents/programme-html';
import type { DocumentAssets } from '../../../../shared/documents/render-html';
import { renderDocumentsHtml } from '../../../../shared/documents/render-html';
import { renderSignInSheetHtml } from '../../../../shared/documents/sign-in-sheet-html';
import type { CeremonyEntry } from './ceremony-rows';
import { badges, namedEntries, signInRows } from './ceremony-rows';

/** The papers an event prints from its page, besides the issued certificates. */
export const ceremonyKinds = ['sign-in-sheet', 'programme', 'table-card', 'name-badge'] as const;
export type CeremonyKind = (typeof ceremonyKinds)[number];

export function isCeremonyKind(value: string | null): value is CeremonyKind {
  return ceremonyKinds.some((kind) => kind === value);
}

export interface CeremonyData {
  heading: EventHeading;
  entries: readonly CeremonyEntry[];
  agenda: readonly AgendaItem[];
  /** The table-card template chosen (a built-in or the alliance's own copy). */
  tableCard: DocumentTemplate;
  assets: DocumentAssets;
  fontsBaseUrl: string;
}

export interface CeremonyDocument {
  html: string;
  pages: number;
  widthMm: number;
  heightMm: number;
  /** Nothing to print: no participants (badges, cards) or no agenda (programme). A sign-in sheet is never empty. */
  empty: boolean;
  /** People whose card lacks a value its template prints (a copied template printing {unitName}): nothing prints until fixed. */
  missing: { name: string; keys: string[] }[];
}

/** The document of one kind, as the preview shows it and the PDF and the printer get it. */
export function ceremonyDocument(kind: CeremonyKind, data: CeremonyData, offsetMm?: { x: number; y: number }): CeremonyDocument {
  const portrait = { widthMm: 210, heightMm: 297 };
  switch (kind) {
    case 'sign-in-sheet': {
      const { html, pages } = renderSignInSheetHtml({ heading: data.heading, rows: signInRows(data.entries), fontsBaseUrl: data.fontsBaseUrl });
      return { html, pages, ...portrait, empty: false, missing: [] };
    }
    case 'programme': {
      const { html, pages } = renderProgrammeHtml({ heading: data.heading, agenda: data.agenda, fontsBaseUrl: data.fontsBaseUrl });
      return { html, pages, ...portrait, empty: data.agenda.length === 0, missing: [] };
    }
    case 'name-badge': {
      const list = badges(data.entries);
      const { html, pages } = renderBadgeSheetHtml({ heading: data.heading, badges: list, fontsBaseUrl: data.fontsBaseUrl });
      return { html, pages, ...portrait, empty: list.length === 0, missing: [] };
    }
    case 'table-card': {
      const people = namedEntries(data.entries);
      const { html, problems } = renderDocumentsHtml({
        template: data.tableCard,
        pages: people.map((entry) => ({ values: { recipientName: entry.name, ...(entry.unit ? { unitName: entry.unit } : {}), ...(entry.position ? { title: entry.position } : {}), eventTitle: data.heading.eventTitle, allianceName: data.heading.allianceName } })),
        assets: data.assets,
        fontsBaseUrl: data.fontsBaseUrl,
        ...(offsetMm ? { offsetMm } : {}),
        forPreview: false,
      });
      const missing = people.flatMap((entry, page) => {
        const keys = problems.filter((problem) => problem.page === page).flatMap((problem) => [...problem.missing, ...problem.unknown]);
        return keys.length > 0 ? [{ name: entry.name, keys: [...new Set(keys)] }] : [];
      });
      return { html, pages: people.length, ...pageSizeMm(data.tableCard), empty: people.length === 0, missing };
    }
  }
}

/**
 * Page `index` of a document on its own, with the document's head: the preview lays out one page,
 * not a hundred badges. Pages are `section.page` elements one per line after `<body>` (user texts
 * are escaped, so none holds that markup).
 */
export function pageHtml(html: string, index: number): string {
  const start = html.indexOf('<body>') + '<body>'.length;
  const end = html.lastIndexOf('</body>');
  if (start < '<body>'.length || end < start) return html;
  const pages = html.slice(start, end).split('\n<section class="page"');
  const at = Math.max(0, Math.min(index, pages.length - 1));
  const page = pages[at] ?? '';
  return `${html.slice(0, start)}${at > 0 ? `<section class="page"${page}` : page}${html.slice(end)}`;
}

/**
 * Every text a paper of this kind prints, for the check that each character comes from the
 * bundled fonts: the heading, the participants (or the agenda), and a table card's own words.
 */
export function ceremonyTexts(kind: CeremonyKind, data: Pick<CeremonyData, 'heading' | 'entries' | 'agenda' | 'tableCard'>): string[] {
  const { heading } = data;
  const people = kind === 'sign-in-sheet' ? data.entries : namedEntries(data.entries);
  switch (kind) {
    case 'programme':
      return [heading.allianceName, heading.eventTitle, heading.dateText, heading.venue, ...data.agenda.flatMap((item) => [item.time, item.title, item.speaker])];
    case 'table-card':
      return [heading.allianceName, heading.eventTitle, ...data.tableCard.elements.flatMap((element) => (element.type === 'text' ? [element.content] : [])), ...people.flatMap((entry) => [entry.name, entry.unit, entry.position])];
    case 'sign-in-sheet':
    case 'name-badge':
      return [heading.allianceName, heading.eventTitle, heading.dateText, heading.venue, ...people.flatMap((entry) => [entry.name, entry.unit, entry.position, entry.role])];
  }
}

/** What a fitted text of a paper is, from its element id: `unit-3` is the unit of row (or badge) 3, `name-far` a card's far name. */
export function elementPart(elementId: string): { part: string; number: number | undefined } {
  const match = /^([a-z]+)(?:-(\d+))?/.exec(elementId);
  return { part: match?.[1] ?? elementId, number: match?.[2] === undefined ? undefined : Number(match[2]) };
}
