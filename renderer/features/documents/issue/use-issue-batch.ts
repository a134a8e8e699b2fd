import { useMemo, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { localIsoDate } from '../../../../shared/domain/agreement-term';
import type { DocumentTemplate, IssuedDocument } from '../../../../shared/domain/documents';
import type { Alliance, EventRecord } from '../../../../shared/domain/records';
import type { NumberScheme, OfficeCodeProblem, PatternProblem } from '../../../../shared/documents/numbering';
import type { Recipient } from '../../../../shared/documents/recipient-values';
import type { DocumentAssets } from '../../../../shared/documents/render-html';
import { desk } from '../../../bridge/desk';
import { useRecord } from '../../../db/queries';
import { useSetting } from '../../../db/settings';
import { useMessages } from '../../../i18n/use-messages';
import { useDocumentAssets } from '../preview/use-document-assets';
import { useOfficeNumbering } from '../../../db/office-numbering';
import type { OfficeNumbering } from '../../../db/office-numbering';
import { setupNeeded } from '../office-setup/office-setup';
import { useOfficeCode } from '../use-office-code';
import type { TemplateEntry } from '../use-templates';
import { useTemplates } from '../use-templates';
import type { IssueChoice } from './ChooseRecipients';
import type { IssueBlocker, IssueProblem } from './issue-batch';
import { batchAllianceId, batchCandidates, batchName, changedChoice, chosenRecipients, chosenTemplate, composeProblems, initialChoice, issueBlockers, needsEvent, offeredTemplates } from './issue-batch';
import { fontProblems } from './font-problems';
import { allianceSigner } from './document-signer';
import { issueDocuments, TemplateProblemsError } from './issue-documents';
import { alreadyHeld, fillProblems, fitProblems, foreignOfficeNumber, numberScheme, previewNumbers, recipientKey } from './issue-plan';
import { issueMessages } from './messages';
import { useIssueFit } from './use-issue-fit';
import type { Candidates } from './recipient-candidates';
import { useHeldDocuments, useKnownNumbers, useNumberOrigins, useRegistryView } from './use-registry-view';

/** Why issuing failed: the template cannot be filled after all (records changed meanwhile), or anything else. */
export type IssueFailure = 'problems' | 'failed';

/** Everything the issue screen shows and does, for one batch. */
export interface IssueBatch {
  /** The choice as shown: the event's alliance when chosen by event, and the template on offer. */
  choice: IssueChoice;
  change: (patch: Partial<IssueChoice>) => void;
  offered: TemplateEntry[];
  template: DocumentTemplate | undefined;
  alliance: Alliance | undefined;
  event: EventRecord | undefined;
  /** The choice needs an event and none is chosen (or it is loading). */
  eventMissing: boolean;
  assets: DocumentAssets | undefined;
  candidates: Candidates | undefined;
  excluded: ReadonlySet<string>;
  setExcluded: (excluded: Set<string>) => void;
  /** By recipient key: the valid document of this template the recipient already holds. */
  held: ReadonlyMap<string, IssuedDocument>;
  chosen: Recipient[];
  numbers: string[];
  numberingProblem: PatternProblem | OfficeCodeProblem | undefined;
  office: string | undefined;
  /** A number of this office's code made on another device. */
  sharedCode: string | undefined;
  /** The set-up before this device's first number for the alliance is still to be done: the issue button opens it. */
  setupNeeded: boolean;
  /** What the set-up dialog starts from; undefined while loading. */
  numbering: OfficeNumbering | undefined;
  setupOpen: boolean;
  openSetup: () => void;
  closeSetup: () => void;
  /** Every problem that blocks issuing, from every check, page by page. */
  problems: IssueProblem[];
  /** Why issuing must wait; empty when it may go ahead. */
  blockers: IssueBlocker[];
  /** The batch is being laid out to see whether every text fits its box. */
  fitChecking: boolean;
  page: number;
  setPage: (page: number) => void;
  /** The chosen recipients who already hold one: issuing asks first. */
  reissues: Recipient[];
  confirming: boolean;
  /** The issue button: asks first when some recipients already hold one, else issues. */
  requestIssue: () => void;
  cancelConfirm: () => void;
  issue: () => void;
  issuing: boolean;
  failure: IssueFailure | undefined;
  issued: IssuedDocument[] | undefined;
  /** The issued batch's name for its files: the occasion, the documents and the date. */
  batchName: string;
  issueMore: () => void;
}

function isScheme(scheme: NumberScheme | PatternProblem | OfficeCodeProblem | undefined): scheme is NumberScheme {
  return typeof scheme === 'object';
}

/**
 * The issue screen's state: the choice, who is left out, the page shown, the confirmation, the
 * issue itself and what it gave, with everything derived from them and the records.
 */
export function useIssueBatch(): IssueBatch {
  const t = useMessages(issueMessages);
  const [params] = useSearchParams();
  const location = useLocation();
  const [choice, setChoice] = useState<IssueChoice>(() => initialChoice(params, localIsoDate(), location.state));
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [page, setPage] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const [failure, setFailure] = useState<IssueFailure>();
  const [issued, setIssued] = useState<IssuedDocument[]>();
  const [setupOpen, setSetupOpen] = useState(false);

  // null (no such record) and undefined (loading) alike: nothing to go on yet.
  const event = useRecord('events', choice.eventId ?? undefined) ?? undefined;
  const allianceId = batchAllianceId(choice, event);
  const alliance = useRecord('alliances', allianceId ?? undefined) ?? undefined;
  const templates = useTemplates();
  const offered = useMemo(() => offeredTemplates(templates, allianceId), [templates, allianceId]);
  const template = chosenTemplate(offered, choice.templateId);
  const view = useRegistryView();
  const known = useKnownNumbers();
  const heldDocuments = useHeldDocuments(template?.id);
  const office = useOfficeCode();
  const numbering = useOfficeNumbering();
  const needsSetup = alliance !== undefined && numbering !== undefined && setupNeeded(numbering, alliance.id);
  const deviceId = useSetting('deviceId');
  const origins = useNumberOrigins();
  const assets = useDocumentAssets(template, alliance);

  const candidates = useMemo(() => batchCandidates({ template, alliance, view, event, choice }), [template, alliance, view, choice, event]);
  const chosen = useMemo(() => chosenRecipients(candidates, excluded), [candidates, excluded]);
  // Nothing is numbered before the set-up: the preview shows no numbers and issuing waits for it.
  const scheme = useMemo(
    () => (alliance && template && office && !needsSetup ? numberScheme(alliance, template.kind, choice.issuedOn, office) : undefined),
    [alliance, template, choice.issuedOn, office, needsSetup],
  );
  const numberingProblem = isScheme(scheme) ? undefined : scheme;
  const numbers = useMemo(() => (isScheme(scheme) && known ? previewNumbers(scheme, known, chosen.length) : []), [scheme, known, chosen.length]);
  const sharedCode = useMemo(() => (isScheme(scheme) && origins && deviceId ? foreignOfficeNumber(scheme, origins, deviceId) : undefined), [scheme, origins, deviceId]);
  const fill = useMemo(() => (template ? fillProblems(template, chosen, numbers) : []), [template, chosen, numbers]);
  const fonts = useMemo(() => (template ? fontProblems(template, chosen, numbers) : []), [template, chosen, numbers]);
  // Laid out whole, with the fit the PDF engine runs: a text that does not fit blocks issuing.
  const fit = useIssueFit(template, chosen, numbers);
  const fitted = useMemo(() => (fit?.state === 'checked' ? fitProblems(chosen, fit.overflows) : []), [fit, chosen]);
  const problems = useMemo(() => composeProblems({ fill, fonts, fit: fitted }), [fill, fonts, fitted]);
  const held = useMemo(() => alreadyHeld(candidates?.recipients ?? [], heldDocuments ?? []), [candidates, heldDocuments]);
  const reissues = chosen.filter((recipient) => held.has(recipientKey(recipient)));
  const blockers = issueBlockers({ template, alliance, issuedOn: choice.issuedOn, recipients: chosen.length, numbers: numbers.length, numberingProblem: numberingProblem !== undefined, assets: assets !== undefined, fitPending: fit?.state === 'checking', setupNeeded: needsSetup, problems });
  // The issue goes under the event only if it is the alliance's (a stale event of another alliance is not).
  const batchEvent = event && alliance && event.allianceId === alliance.id ? event : undefined;

  const change = (patch: Partial<IssueChoice>): void => {
    setChoice((previous) => changedChoice(previous, patch, event));
    setExcluded(new Set());
    setPage(0);
    setFailure(undefined);
  };

  const issue = (): void => {
    if (!template || !alliance || !isScheme(scheme)) return;
    setConfirming(false);
    setIssuing(true);
    setFailure(undefined);
    issueDocuments({ template, allianceId: alliance.id, scheme, issuedOn: choice.issuedOn, eventId: batchEvent?.id ?? null, recipients: chosen, sign: allianceSigner(alliance, (request) => desk.verification.sign(request)) })
      .then(setIssued)
      .catch((error: unknown) => setFailure(error instanceof TemplateProblemsError ? 'problems' : 'failed'))
      .finally(() => setIssuing(false));
  };

  const name = template ? batchName({ template, event: batchEvent, alliance, issuedOn: issued?.[0]?.issuedOn ?? choice.issuedOn, nouns: t.batchDocuments }) : '';

  return {
    choice: { ...choice, allianceId, templateId: template?.id ?? '' },
    change,
    offered,
    template,
    alliance,
    event,
    eventMissing: needsEvent(choice.by, template?.kind) && !event,
    assets,
    candidates,
    excluded,
    setExcluded,
    held,
    chosen,
    numbers,
    numberingProblem,
    office: office ?? undefined,
    sharedCode,
    problems,
    blockers,
    fitChecking: fit?.state === 'checking',
    page,
    setPage,
    reissues,
    confirming,
    setupNeeded: needsSetup,
    numbering,
    setupOpen,
    openSetup: () => setSetupOpen(true),
    closeSetup: () => setSetupOpen(false),
    requestIssue: () => (needsSetup ? setSetupOpen(true) : reissues.length > 0 ? setConfirming(true) : issue()),
    cancelConfirm: () => setConfirming(false),
    issue,
    issuing,
    failure,
    issued,
    batchName: name,
    issueMore: () => {
      setIssued(undefined);
      setExcluded(new Set());
    },
  };
}
