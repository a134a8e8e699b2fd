import { z } from 'zod';
import type { DocumentTemplate } from '../../../../shared/domain/documents';
import type { Alliance, EventRecord } from '../../../../shared/domain/records';
import type { Recipient } from '../../../../shared/documents/recipient-values';
import { batchFileBase } from '../file-names';
import { isIssuedKind } from '../template-kinds';
import type { TemplateEntry } from '../use-templates';
import type { IssueChoice } from './ChooseRecipients';
import type { FontProblem } from './font-problems';
import type { FitProblem, RecipientProblem } from './issue-plan';
import { recipientKey } from './issue-plan';
import type { Candidates, RegistryView } from './recipient-candidates';
import { findRecipients } from './recipient-candidates';

/**
 * The batch on the issue screen as plain functions of its choice and the records: what
 * use-issue-batch.ts derives on every render, testable without React or a database.
 */

/** Units and people a list hands over in the route's state (its selection), to be issued by hand. */
const pickedSchema = z.object({ unitIds: z.array(z.string()).default([]), personIds: z.array(z.string()).default([]) });

/**
 * The choice a link opens with (`?template=…&event=…&alliance=…`): by event unless only an
 * alliance is given; by hand when a list's selection comes with it (route state, too long for a URL).
 */
export function initialChoice(params: Pick<URLSearchParams, 'get'>, today: string, state?: unknown): IssueChoice {
  const picked = pickedSchema.safeParse(state ?? {});
  const { unitIds, personIds } = picked.success ? picked.data : { unitIds: [], personIds: [] };
  const byHand = unitIds.length > 0 || personIds.length > 0;
  return {
    allianceId: params.get('alliance'),
    templateId: params.get('template') ?? '',
    issuedOn: today,
    by: byHand ? 'hand' : params.get('event') || !params.get('alliance') ? 'event' : 'alliance',
    eventId: params.get('event'),
    roles: [],
    unitKinds: [],
    bodies: [],
    unitIds,
    personIds,
  };
}

/** The choice after a change: another alliance than the chosen event's means the event no longer applies. */
export function changedChoice(previous: IssueChoice, patch: Partial<IssueChoice>, event: Pick<EventRecord, 'allianceId'> | undefined): IssueChoice {
  const eventGone = patch.allianceId !== undefined && event !== undefined && event.allianceId !== patch.allianceId;
  return { ...previous, ...patch, ...(eventGone ? { eventId: null } : {}) };
}

/** An event belongs to one alliance: choosing it by event chooses the alliance. */
export function batchAllianceId(choice: Pick<IssueChoice, 'by' | 'allianceId'>, event: Pick<EventRecord, 'allianceId'> | undefined): string | null {
  return choice.by === 'event' && event ? event.allianceId : choice.allianceId;
}

/** The built-in templates and the alliance's own, of the kinds that are issued (not an event's table cards). */
export function offeredTemplates(entries: readonly TemplateEntry[] | undefined, allianceId: string | null): TemplateEntry[] {
  return (entries ?? []).filter((entry) => (entry.template.allianceId === null || entry.template.allianceId === allianceId) && isIssuedKind(entry.template.kind));
}

/** The chosen template, or the first on offer until one is chosen. */
export function chosenTemplate(offered: readonly TemplateEntry[], templateId: string): DocumentTemplate | undefined {
  return offered.find((entry) => entry.template.id === templateId)?.template ?? offered[0]?.template;
}

/** Participation certificates attest an event, so they need one whichever way the recipients are chosen. */
export function needsEvent(by: IssueChoice['by'], kind: DocumentTemplate['kind'] | undefined): boolean {
  return by === 'event' || kind === 'participation-certificate';
}

/** Who the choice finds; undefined until the template, the alliance, the records and (where needed) the event are there. */
export function batchCandidates(input: {
  template: DocumentTemplate | undefined;
  alliance: Alliance | undefined;
  view: RegistryView | undefined;
  event: EventRecord | undefined;
  choice: IssueChoice;
}): Candidates | undefined {
  const { template, alliance, view, event, choice } = input;
  if (!template || !alliance || !view) return undefined;
  const withEvent = needsEvent(choice.by, template.kind);
  if (withEvent && !event) return undefined;
  return findRecipients(
    {
      kind: template.kind,
      alliance,
      issuedOn: choice.issuedOn,
      by: choice.by,
      event: withEvent && event ? event : null,
      roles: choice.roles,
      unitKinds: choice.unitKinds,
      bodies: choice.bodies,
      unitIds: choice.unitIds,
      personIds: choice.personIds,
    },
    view,
  );
}

/** The candidates the user has not unticked, in the table's order: the order of pages and numbers. */
export function chosenRecipients(candidates: Candidates | undefined, excluded: ReadonlySet<string>): Recipient[] {
  return candidates?.recipients.filter((recipient) => !excluded.has(recipientKey(recipient))) ?? [];
}

/**
 * A problem that blocks issuing, on a page of the batch (1-based), of one kind. `fill`: a
 * placeholder the recipient's records cannot fill (by page, across the page's elements).
 * Each further check adds its kind here, with the template element it concerns, e.g.
 * `{ kind: 'fit'; page; name; elementId; … }` for text that does not fit its box and
 * `{ kind: 'fonts'; page; name; elementId; characters }` for characters no bundled face holds.
 */
export type IssueProblem = (RecipientProblem & { kind: 'fill' }) | (FontProblem & { kind: 'fonts' }) | (FitProblem & { kind: 'fit' });

/** The problems of one kind, for the list that shows that kind. */
export function problemsOfKind<K extends IssueProblem['kind']>(problems: readonly IssueProblem[], kind: K): Extract<IssueProblem, { kind: K }>[] {
  return problems.filter((problem): problem is Extract<IssueProblem, { kind: K }> => problem.kind === kind);
}

/**
 * Every check that blocks issuing, by name, each giving its own problems. A new check adds its
 * member here (`fit`, `fonts`) and its problems join the one list the preview shows and
 * issuing waits on.
 */
export interface ProblemSources {
  fill: readonly RecipientProblem[];
  /** Characters no bundled font holds (font-problems.ts). */
  fonts?: readonly FontProblem[];
  /** Texts that do not fit their boxes even at their smallest size, found by laying the batch out (use-issue-fit.ts). */
  fit?: readonly FitProblem[];
}

/** One list, page by page; on a page, in the order of the sources. */
export function composeProblems(sources: ProblemSources): IssueProblem[] {
  const all: IssueProblem[] = [
    ...sources.fill.map((problem): IssueProblem => ({ kind: 'fill', ...problem })),
    ...(sources.fonts ?? []).map((problem): IssueProblem => ({ kind: 'fonts', ...problem })),
    ...(sources.fit ?? []).map((problem): IssueProblem => ({ kind: 'fit', ...problem })),
  ];
  // Array.prototype.sort is stable: problems of one page keep the sources' order.
  return all.sort((a, b) => a.page - b.page);
}

/**
 * Why the batch cannot be issued yet. Issuing waits until there is none; a set-up step that
 * must come before this device's first number (`office-setup`) is one more blocker, with the
 * screen showing its step instead of the issue button's target.
 */
export type IssueBlocker =
  /** No template on offer or chosen yet. */
  | 'no-template'
  /** No alliance chosen (or the event's is still loading). */
  | 'no-alliance'
  | 'invalid-date'
  | 'no-recipients'
  /** The alliance's number pattern or this office's code is wrong: nothing can be numbered. */
  | 'numbering'
  /** The numbers the batch would get are not known yet. */
  | 'numbers-pending'
  /** The template's images are still loading. */
  | 'assets-pending'
  /** The batch is still being laid out to see whether its texts fit (use-issue-fit.ts). */
  | 'fit-pending'
  /** This device has not done its set-up for the alliance (office-setup/): nothing is numbered before it. */
  | 'office-setup'
  /** At least one IssueProblem. */
  | 'problems';

export function issueBlockers(input: {
  template: DocumentTemplate | undefined;
  alliance: Alliance | undefined;
  issuedOn: string;
  recipients: number;
  numbers: number;
  /** The scheme cannot number (see issue-plan's numberScheme). */
  numberingProblem: boolean;
  assets: boolean;
  /** Whether the batch's texts fit is not known yet. */
  fitPending?: boolean;
  /** The set-up before this device's first number is still to be done. */
  setupNeeded?: boolean;
  problems: readonly IssueProblem[];
}): IssueBlocker[] {
  const blockers: IssueBlocker[] = [];
  if (!input.template) blockers.push('no-template');
  if (!input.alliance) blockers.push('no-alliance');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.issuedOn)) blockers.push('invalid-date');
  if (input.recipients === 0) blockers.push('no-recipients');
  // Before the set-up there is no office code to number with: the set-up is what is missing.
  if (input.setupNeeded) blockers.push('office-setup');
  else if (input.numberingProblem) blockers.push('numbering');
  else if (input.numbers !== input.recipients) blockers.push('numbers-pending');
  if (!input.assets) blockers.push('assets-pending');
  if (input.fitPending) blockers.push('fit-pending');
  if (input.problems.length > 0) blockers.push('problems');
  return blockers;
}

/**
 * The name of a batch's PDF, zip and folder: its event (or the alliance, for a batch outside
 * any event), what it holds in the interface's language, and the date of issue. A kind without
 * a word of its own (custom templates) is named by the template.
 */
export function batchName(input: {
  template: Pick<DocumentTemplate, 'kind' | 'name'>;
  event: Pick<EventRecord, 'title'> | undefined;
  alliance: Pick<Alliance, 'name' | 'shortName'> | undefined;
  issuedOn: string;
  nouns: Readonly<Partial<Record<DocumentTemplate['kind'], string>>>;
}): string {
  const { template, event, alliance } = input;
  return batchFileBase({ occasion: event?.title ?? (alliance ? alliance.shortName || alliance.name : ''), documents: input.nouns[template.kind] ?? template.name, date: input.issuedOn });
}
