import { Alert, Button, FormControl, FormControlLabel, FormLabel, LinearProgress, Paper, Radio, RadioGroup, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { appointmentRoles, membershipRoles } from '../../../shared/domain/vocabulary';
import { useErrorMessage } from '../../errors/use-error-message';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { applyImport } from './apply-import';
import type { ImportProgress } from './apply-import';
import { BadRowsTable } from './BadRowsTable';
import { ChangedRowsTable } from './ChangedRowsTable';
import type { LocatedSheet } from './guess-columns';
import type { ColumnMapping, ImportKind } from './import-fields';
import type { ImportTarget } from './import-target';
import { importMessages } from './messages';
import type { ExistingChoice, PlannedLink } from './plan-import';
import { useImportPreview } from './use-import-preview';

export interface ImportSummary {
  created: number;
  updated: number;
  linked: number;
  unchanged: number;
  skipped: number;
  bad: number;
}

interface PreviewStepProps {
  kind: ImportKind;
  located: LocatedSheet;
  mapping: ColumnMapping;
  target: ImportTarget;
  onBack: () => void;
  onDone: (summary: ImportSummary) => void;
}

function Count({ label, value, testId }: { label: string; value: number; testId: string }): ReactNode {
  return (
    <Paper variant="outlined" sx={{ px: 3, py: 1.5, minWidth: 150 }}>
      <Typography variant="h4" component="p" data-testid={testId}>
        {value}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
    </Paper>
  );
}

/** How many links of each role the import makes, in the vocabulary's order: 成员单位 192、理事单位 80 … */
function roleCounts(links: readonly PlannedLink[], locale: 'zh-CN' | 'en'): string {
  const counts = new Map<string, number>();
  for (const link of links) {
    const role = link.values.role;
    if (typeof role === 'string') counts.set(role, (counts.get(role) ?? 0) + 1);
  }
  const worded: string[] = [];
  for (const role of membershipRoles.values) if (counts.has(role) && links[0]?.table === 'memberships') worded.push(`${membershipRoles.label(role, locale)} ${counts.get(role)}`);
  for (const role of appointmentRoles.values) if (counts.has(role) && links[0]?.table === 'appointments') worded.push(`${appointmentRoles.label(role, locale)} ${counts.get(role)}`);
  return worded.join(locale === 'zh-CN' ? '、' : ', ');
}

export function PreviewStep({ kind, located, mapping, target, onBack, onDone }: PreviewStepProps): ReactNode {
  const { locale } = useLocale();
  const t = useMessages(importMessages);
  const describeError = useErrorMessage();
  const [choice, setChoice] = useState<ExistingChoice>('skip');
  const [importing, setImporting] = useState(false);
  const [progress, setProgress] = useState<ImportProgress>();
  const [failure, setFailure] = useState<string>();
  const preview = useImportPreview(kind, located, mapping, target, choice);

  if (!preview) {
    return (
      <Stack spacing={1}>
        <Typography>{t.preview.loading}</Typography>
        <LinearProgress />
      </Stack>
    );
  }

  const { plan, bad, warned } = preview;
  const matches = plan.changed.length + plan.unchanged.length;
  // Rows, not writes: a new unit and its membership are one row of the file.
  const toWrite = new Set([...plan.creates, ...plan.updates, ...plan.links].map((entry) => entry.row)).size;
  const roles = roleCounts(plan.links, locale);
  const runImport = (): void => {
    setImporting(true);
    setFailure(undefined);
    setProgress(undefined);
    applyImport(plan, undefined, setProgress).then(
      (outcome) => onDone({ ...outcome, unchanged: plan.unchanged.length, skipped: plan.skipped.length, bad: bad.length }),
      (error: unknown) => {
        setImporting(false);
        setFailure(t.preview.failed(describeError(error)));
      },
    );
  };

  return (
    <Stack spacing={3}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Count label={t.preview.creates} value={plan.creates.length} testId="count-new" />
        <Count label={t.preview.changed[choice]} value={plan.changed.length} testId="count-changed" />
        <Count label={t.preview.same} value={plan.unchanged.length} testId="count-same" />
        {kind !== 'participants' && plan.allianceId && <Count label={t.preview.links[kind]} value={plan.links.length} testId="count-links" />}
        <Count label={t.preview.bad} value={bad.length} testId="count-bad" />
      </Stack>
      {roles && (
        <Typography variant="body2" data-testid="role-counts">
          {t.preview.roleCounts(roles)}
        </Typography>
      )}
      <Typography variant="body2" color="text.secondary">
        {t.preview.matchRule[kind]}
      </Typography>

      {matches > 0 && (
        <FormControl>
          <FormLabel id="existing-choice">{t.preview.existingLabel}</FormLabel>
          <RadioGroup row aria-labelledby="existing-choice" value={choice} onChange={(event) => setChoice(event.target.value === 'update' ? 'update' : 'skip')}>
            <FormControlLabel value="skip" control={<Radio />} label={t.preview.skip} disabled={importing} />
            <FormControlLabel value="update" control={<Radio />} label={t.preview.update} disabled={importing} />
          </RadioGroup>
          {choice === 'update' && (
            <Typography variant="body2" color="text.secondary">
              {t.preview.updateHelp}
            </Typography>
          )}
        </FormControl>
      )}

      {plan.changed.length > 0 && (
        <Stack spacing={1}>
          <Typography variant="h6" component="h2">
            {t.preview.changedHeading[choice]}
          </Typography>
          <ChangedRowsTable kind={kind} rows={plan.changed} label={t.preview.changedHeading[choice]} />
        </Stack>
      )}

      <Stack spacing={1}>
        <Typography variant="h6" component="h2">
          {t.preview.badHeading}
        </Typography>
        {bad.length === 0 ? (
          <Typography color="text.secondary">{t.preview.noBad}</Typography>
        ) : (
          <>
            <Typography variant="body2" color="text.secondary">
              {t.preview.badHelp}
            </Typography>
            <BadRowsTable kind={kind} rows={bad} label={t.preview.badHeading} />
          </>
        )}
      </Stack>

      {warned.length > 0 && (
        <Stack spacing={1}>
          <Typography variant="h6" component="h2">
            {t.preview.warningsHeading}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t.preview.warningsHelp}
          </Typography>
          <BadRowsTable kind={kind} rows={warned} label={t.preview.warningsHeading} />
        </Stack>
      )}

      {failure && <Alert severity="error">{failure}</Alert>}
      {importing && (
        <Stack spacing={0.5}>
          <LinearProgress aria-label={t.preview.importing} variant={progress ? 'determinate' : 'indeterminate'} value={progress ? (100 * progress.done) / Math.max(1, progress.total) : 0} />
          {progress && (
            <Typography variant="body2" color="text.secondary" data-testid="import-progress">
              {t.preview.progress(progress.done, progress.total)}
            </Typography>
          )}
        </Stack>
      )}
      {toWrite === 0 && <Typography color="text.secondary">{t.preview.nothingToImport}</Typography>}
      <Stack direction="row" spacing={2}>
        <Button onClick={onBack} disabled={importing}>
          {t.preview.back}
        </Button>
        <Button variant="contained" onClick={runImport} disabled={importing || toWrite === 0}>
          {importing ? t.preview.importing : t.preview.import(toWrite)}
        </Button>
      </Stack>
    </Stack>
  );
}
