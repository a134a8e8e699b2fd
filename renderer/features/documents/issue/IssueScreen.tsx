import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Paper, Stack, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { localIsoDate } from '../../../../shared/domain/agreement-term';
import type { IssuedDocument } from '../../../../shared/domain/documents';
import { useRecord } from '../../../db/queries';
import { useSetting } from '../../../db/settings';
import { useMessages } from '../../../i18n/use-messages';
import { useDocumentAssets } from '../preview/use-document-assets';
import { useOfficeCode } from '../use-office-code';
import { useTemplates } from '../use-templates';
import type { IssueChoice } from './ChooseRecipients';
import { ChooseRecipients } from './ChooseRecipients';
import { issueDocuments, TemplateProblemsError } from './issue-documents';
import { alreadyHeld, fillProblems, foreignOfficeNumber, numberScheme, previewNumbers, recipientKey } from './issue-plan';
import { IssuedPanel } from './IssuedPanel';
import { IssuePreview, ProblemList } from './IssuePreview';
import { issueMessages } from './messages';
import { findRecipients } from './recipient-candidates';
import { RecipientTable } from './RecipientTable';
import { useHeldDocuments, useKnownNumbers, useNumberOrigins, useRegistryView } from './use-registry-view';

/**
 * Issuing in batches (`/documents/issue?template=…&event=…`): choose a template and recipients,
 * page through the preview, issue (numbers and registry entries in one transaction), then export
 * or go to the event's print queue.
 */
export function IssueScreen(): ReactNode {
  const t = useMessages(issueMessages);
  const [params] = useSearchParams();
  const [choice, setChoice] = useState<IssueChoice>(() => ({
    allianceId: params.get('alliance'),
    templateId: params.get('template') ?? '',
    issuedOn: localIsoDate(),
    by: params.get('event') || !params.get('alliance') ? 'event' : 'alliance',
    eventId: params.get('event'),
    roles: [],
    unitKinds: [],
    bodies: [],
    unitIds: [],
    personIds: [],
  }));
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [page, setPage] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [issued, setIssued] = useState<IssuedDocument[]>();

  const event = useRecord('events', choice.eventId ?? undefined);
  // An event belongs to one alliance: choosing it chooses the alliance.
  const allianceId = choice.by === 'event' && event ? event.allianceId : choice.allianceId;
  const alliance = useRecord('alliances', allianceId ?? undefined);
  const templates = useTemplates();
  const offered = useMemo(() => (templates ?? []).filter((entry) => entry.template.allianceId === null || entry.template.allianceId === allianceId), [templates, allianceId]);
  const template = offered.find((entry) => entry.template.id === choice.templateId)?.template ?? offered[0]?.template;
  const view = useRegistryView();
  const known = useKnownNumbers();
  const held = useHeldDocuments(template?.id);
  const office = useOfficeCode();
  const deviceId = useSetting('deviceId');
  const origins = useNumberOrigins();
  const assets = useDocumentAssets(template, alliance);

  const change = (patch: Partial<IssueChoice>): void => {
    // Another alliance than the chosen event's: the event no longer applies.
    const eventGone = patch.allianceId !== undefined && event && event.allianceId !== patch.allianceId;
    setChoice((previous) => ({ ...previous, ...patch, ...(eventGone ? { eventId: null } : {}) }));
    setExcluded(new Set());
    setPage(0);
    setFailure(undefined);
  };

  const candidates = useMemo(() => {
    if (!template || !alliance || !view) return undefined;
    const needsEvent = choice.by === 'event' || template.kind === 'participation-certificate';
    if (needsEvent && !event) return undefined;
    return findRecipients(
      {
        kind: template.kind,
        alliance,
        issuedOn: choice.issuedOn,
        by: choice.by,
        event: needsEvent && event ? event : null,
        roles: choice.roles,
        unitKinds: choice.unitKinds,
        bodies: choice.bodies,
        unitIds: choice.unitIds,
        personIds: choice.personIds,
      },
      view,
    );
  }, [template, alliance, view, choice, event]);

  const chosen = useMemo(() => candidates?.recipients.filter((recipient) => !excluded.has(recipientKey(recipient))) ?? [], [candidates, excluded]);
  const scheme = useMemo(() => (alliance && office ? numberScheme(alliance, choice.issuedOn, office) : undefined), [alliance, choice.issuedOn, office]);
  const schemeProblem = typeof scheme === 'string' ? scheme : undefined;
  const numbers = useMemo(() => (scheme && typeof scheme !== 'string' && known ? previewNumbers(scheme, known, chosen.length) : []), [scheme, known, chosen.length]);
  const sharedCode = useMemo(() => (scheme && typeof scheme !== 'string' && origins && deviceId ? foreignOfficeNumber(scheme, origins, deviceId) : undefined), [scheme, origins, deviceId]);
  const problems = useMemo(() => (template ? fillProblems(template, chosen, numbers) : []), [template, chosen, numbers]);
  const heldByKey = useMemo(() => alreadyHeld(candidates?.recipients ?? [], held ?? []), [candidates, held]);
  const reissues = chosen.filter((recipient) => heldByKey.has(recipientKey(recipient)));

  const issue = (): void => {
    if (!template || !alliance || !scheme || typeof scheme === 'string') return;
    setConfirming(false);
    setIssuing(true);
    setFailure(undefined);
    issueDocuments({ template, allianceId: alliance.id, scheme, issuedOn: choice.issuedOn, eventId: event && event.allianceId === alliance.id ? event.id : null, recipients: chosen })
      .then(setIssued)
      .catch((error: unknown) => setFailure(error instanceof TemplateProblemsError ? t.problemsFailed : t.failed))
      .finally(() => setIssuing(false));
  };

  if (issued && template && assets) {
    return (
      <Stack spacing={3} sx={{ maxWidth: 1100 }}>
        <Typography variant="h5" component="h1">
          {t.title}
        </Typography>
        <IssuedPanel
          template={template}
          issued={issued}
          assets={assets}
          eventId={issued[0]?.eventId ?? null}
          onMore={() => {
            setIssued(undefined);
            setExcluded(new Set());
          }}
        />
      </Stack>
    );
  }

  const ready = template && alliance && /^\d{4}-\d{2}-\d{2}$/.test(choice.issuedOn) && chosen.length > 0 && problems.length === 0 && !schemeProblem && numbers.length === chosen.length && assets;

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100 }}>
      <Typography variant="h5" component="h1">
        {t.title}
      </Typography>
      <Paper variant="outlined" sx={{ p: 3 }}>
        <Stack spacing={2.5}>
          <Typography variant="h6" component="h2">
            {t.chooseHeading}
          </Typography>
          <ChooseRecipients choice={{ ...choice, allianceId, templateId: template?.id ?? '' }} onChange={change} templates={offered} kind={template?.kind} />
          {(choice.by === 'event' || template?.kind === 'participation-certificate') && !event && <Typography color="text.secondary">{t.eventNeeded}</Typography>}
          {candidates && <RecipientTable recipients={candidates.recipients} skipped={candidates.skipped} excluded={excluded} held={heldByKey} onExclude={setExcluded} />}
        </Stack>
      </Paper>
      {schemeProblem && alliance && (
        <Alert
          severity="error"
          action={
            schemeProblem === 'required' || schemeProblem === 'office-code' ? (
              <Button color="inherit" component={RouterLink} to="/settings">
                {t.openSettings}
              </Button>
            ) : (
              <Button color="inherit" component={RouterLink} to={`/alliances/${alliance.id}/edit`}>
                {t.editAlliance}
              </Button>
            )
          }
        >
          {t.numbering[schemeProblem]}
        </Alert>
      )}
      {sharedCode && office && (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" component={RouterLink} to="/settings">
              {t.openSettings}
            </Button>
          }
        >
          {t.sharedOfficeCode(office, sharedCode)}
        </Alert>
      )}
      {template && chosen.length > 0 && assets && (
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Stack spacing={2}>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
                {t.previewHeading}
              </Typography>
              {numbers.length > 0 && <Typography data-testid="numbers-will-be">{t.numbersWillBe(numbers[0] ?? '', numbers[numbers.length - 1] ?? '')}</Typography>}
            </Stack>
            <ProblemList problems={problems} />
            <IssuePreview template={template} recipients={chosen} numbers={numbers} assets={assets} page={page} onPage={setPage} />
          </Stack>
        </Paper>
      )}
      {failure && <Alert severity="error">{failure}</Alert>}
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        <Button variant="contained" size="large" disabled={!ready || issuing} onClick={() => (reissues.length > 0 ? setConfirming(true) : issue())}>
          {issuing ? t.issuing : t.issue(chosen.length)}
        </Button>
      </Stack>
      <Dialog open={confirming} onClose={() => setConfirming(false)}>
        <DialogTitle>{t.confirmHeading}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t.confirmText(reissues.length)}</DialogContentText>
          <ul>
            {reissues.slice(0, 20).map((recipient) => (
              <li key={recipientKey(recipient)}>{t.confirmList(recipient.recipientName, heldByKey.get(recipientKey(recipient))?.number ?? '')}</li>
            ))}
          </ul>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>{t.cancel}</Button>
          <Button variant="contained" color="warning" onClick={issue}>
            {t.issueAnyway}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
