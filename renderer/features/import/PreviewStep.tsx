import { Alert, Button, FormControl, FormControlLabel, FormLabel, LinearProgress, Paper, Radio, RadioGroup, Stack, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useRecords } from '../../db/queries';
import { useErrorMessage } from '../../errors/use-error-message';
import { useMessages } from '../../i18n/use-messages';
import { applyImport } from './apply-import';
import { BadRowsTable } from './BadRowsTable';
import type { LocatedSheet } from './guess-columns';
import type { ColumnMapping, ImportKind } from './import-fields';
import { importMessages } from './messages';
import type { ExistingChoice } from './plan-import';
import { planImport } from './plan-import';
import { validateRows } from './validate-rows';

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  bad: number;
}

interface PreviewStepProps {
  kind: ImportKind;
  located: LocatedSheet;
  mapping: ColumnMapping;
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

export function PreviewStep({ kind, located, mapping, onBack, onDone }: PreviewStepProps): ReactNode {
  const t = useMessages(importMessages);
  const describeError = useErrorMessage();
  // Loaded once per change of the registry and matched in memory: no read per row.
  const units = useRecords('units');
  const existing = useRecords(kind);
  const [choice, setChoice] = useState<ExistingChoice>('skip');
  const [importing, setImporting] = useState(false);
  const [failure, setFailure] = useState<string>();

  const validated = useMemo(() => (units ? validateRows(kind, located.dataRows, mapping, units) : undefined), [kind, located, mapping, units]);
  const plan = useMemo(() => (validated && existing ? planImport(kind, validated.good, existing, choice) : undefined), [kind, validated, existing, choice]);
  const bad = useMemo(() => (validated && plan ? [...validated.bad, ...plan.conflicts].sort((a, b) => a.row - b.row) : []), [validated, plan]);

  if (!plan) {
    return (
      <Stack spacing={1}>
        <Typography>{t.preview.loading}</Typography>
        <LinearProgress />
      </Stack>
    );
  }

  const matches = plan.updates.length + plan.unchanged.length + plan.skipped.length;
  const toWrite = plan.creates.length + plan.updates.length;
  const runImport = (): void => {
    setImporting(true);
    setFailure(undefined);
    applyImport(plan).then(
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
        <Count label={t.preview.matches} value={matches} testId="count-existing" />
        <Count label={t.preview.bad} value={bad.length} testId="count-bad" />
      </Stack>
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
            <BadRowsTable kind={kind} rows={bad} />
          </>
        )}
      </Stack>

      {failure && <Alert severity="error">{failure}</Alert>}
      {importing && <LinearProgress aria-label={t.preview.importing} />}
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
