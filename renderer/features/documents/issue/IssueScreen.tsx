import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { useMessages } from '../../../i18n/use-messages';
import { ChooseRecipients } from './ChooseRecipients';
import { recipientKey } from './issue-plan';
import { IssuedPanel } from './IssuedPanel';
import { FitProblemList } from './FitProblemList';
import { FontProblemList } from './FontProblemList';
import { problemsOfKind } from './issue-batch';
import { IssuePreview, ProblemList } from './IssuePreview';
import { issueMessages } from './messages';
import { officeSetupMessages } from '../office-setup/messages';
import { OfficeSetupDialog } from '../office-setup/OfficeSetupDialog';
import { RecipientTable } from './RecipientTable';
import { useIssueBatch } from './use-issue-batch';

/**
 * Issuing in batches (`/documents/issue?template=…&event=…`): choose a template and recipients,
 * page through the preview, issue (numbers and registry entries in one transaction), then export
 * or go to the event's print queue. The batch's state lives in useIssueBatch; this only shows it.
 */
export function IssueScreen(): ReactNode {
  const t = useMessages(issueMessages);
  const setupTexts = useMessages(officeSetupMessages);
  const batch = useIssueBatch();
  const { template, alliance, assets, candidates, chosen, numbers, numberingProblem, office, sharedCode, reissues } = batch;

  if (batch.issued && template && assets) {
    return (
      <Stack spacing={3} sx={{ maxWidth: 1100 }}>
        <Typography variant="h5" component="h1">
          {t.title}
        </Typography>
        <IssuedPanel template={template} issued={batch.issued} assets={assets} eventId={batch.issued[0]?.eventId ?? null} batchName={batch.batchName} onMore={batch.issueMore} />
      </Stack>
    );
  }

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
          <ChooseRecipients choice={batch.choice} onChange={batch.change} templates={batch.offered} kind={template?.kind} />
          {batch.eventMissing && <Typography color="text.secondary">{t.eventNeeded}</Typography>}
          {candidates && <RecipientTable recipients={candidates.recipients} skipped={candidates.skipped} excluded={batch.excluded} held={batch.held} onExclude={batch.setExcluded} />}
        </Stack>
      </Paper>
      {batch.setupNeeded && (
        <Alert
          severity="info"
          action={
            <Button color="inherit" onClick={batch.openSetup}>
              {setupTexts.openSetup}
            </Button>
          }
        >
          {setupTexts.neededAlert}
        </Alert>
      )}
      {numberingProblem && alliance && (
        <Alert
          severity="error"
          action={
            numberingProblem === 'required' || numberingProblem === 'office-code' ? (
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
          {t.numbering[numberingProblem]}
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
            <ProblemList problems={problemsOfKind(batch.problems, 'fill')} />
            <FontProblemList problems={problemsOfKind(batch.problems, 'fonts')} />
            <FitProblemList template={template} problems={problemsOfKind(batch.problems, 'fit')} checking={batch.fitChecking} />
            <IssuePreview template={template} recipients={chosen} numbers={numbers} assets={assets} page={batch.page} onPage={batch.setPage} />
          </Stack>
        </Paper>
      )}
      {batch.failure && <Alert severity="error">{batch.failure === 'problems' ? t.problemsFailed : t.failed}</Alert>}
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        {/* Before the set-up the button opens it: that is the one step left before numbers are given. */}
        <Button variant="contained" size="large" disabled={batch.blockers.some((blocker) => blocker !== 'office-setup') || batch.issuing} onClick={batch.requestIssue}>
          {batch.issuing ? t.issuing : t.issue(chosen.length)}
        </Button>
      </Stack>
      {alliance && template && batch.numbering && (
        <OfficeSetupDialog
          open={batch.setupOpen}
          numbering={batch.numbering}
          alliance={alliance}
          kind={template.kind}
          issuedOn={batch.choice.issuedOn}
          onClose={batch.closeSetup}
          onDone={batch.closeSetup}
        />
      )}
      <Dialog open={batch.confirming} onClose={batch.cancelConfirm}>
        <DialogTitle>{t.confirmHeading}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t.confirmText(reissues.length)}</DialogContentText>
          <ul>
            {reissues.slice(0, 20).map((recipient) => (
              <li key={recipientKey(recipient)}>{t.confirmList(recipient.recipientName, batch.held.get(recipientKey(recipient))?.number ?? '')}</li>
            ))}
          </ul>
        </DialogContent>
        <DialogActions>
          <Button onClick={batch.cancelConfirm}>{t.cancel}</Button>
          <Button variant="contained" color="warning" onClick={batch.issue}>
            {t.issueAnyway}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
