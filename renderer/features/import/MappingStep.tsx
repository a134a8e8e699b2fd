import { Alert, Button, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import type { LocatedSheet } from './guess-columns';
import type { ColumnMapping, ImportField, ImportKind } from './import-fields';
import { columnLetter, importFields } from './import-fields';
import type { ImportTarget } from './import-target';
import { targetProblem } from './import-target';
import { importMessages } from './messages';
import { TargetPicker } from './TargetPicker';

const skip = 'skip';
const sampleRows = 50;

/** A few values of each column, so the user can tell what a column holds when its header says little. */
function samplesOf(located: LocatedSheet): string[][] {
  return located.headers.map((_, column) => {
    const values: string[] = [];
    for (const row of located.dataRows.slice(0, sampleRows)) {
      const text = row.cells[column]?.text.trim() ?? '';
      if (text && values.length < 3 && !values.includes(text)) values.push(text);
    }
    return values;
  });
}

interface MappingStepProps {
  kind: ImportKind;
  located: LocatedSheet;
  mapping: ColumnMapping;
  target: ImportTarget;
  onChange: (mapping: ColumnMapping) => void;
  onTargetChange: (target: ImportTarget) => void;
  onBack: () => void;
  onNext: () => void;
}

/** Which column goes into which field, and where the rows go: the alliance or the event. */
export function MappingStep({ kind, located, mapping, target, onChange, onTargetChange, onBack, onNext }: MappingStepProps): ReactNode {
  const { locale } = useLocale();
  const t = useMessages(importMessages);
  const labels = t.fields[kind] as Record<ImportField, string>;
  const samples = useMemo(() => samplesOf(located), [located]);
  const nameMapped = mapping.includes('name');
  const problem = targetProblem(kind, mapping, target);
  const hints = { units: [t.map.kindDefault, t.map.roleDefault], people: [t.map.unitMatch, t.map.committeeRule], participants: [t.map.personMatch] }[kind];

  // A field goes into one column: choosing it for a column takes it from any other.
  const choose = (column: number, value: string): void => {
    const field = value === skip ? null : (value as ImportField);
    onChange(mapping.map((current, index) => (index === column ? field : current === field ? null : current)));
  };

  return (
    <Stack spacing={2}>
      <Typography>{t.map.sheet(located.sheet.name, located.headerRow, located.dataRows.length)}</Typography>
      <TargetPicker kind={kind} target={target} problem={problem} onChange={onTargetChange} />
      <TableContainer component={Paper} variant="outlined">
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 56 }}>{t.map.column}</TableCell>
              <TableCell sx={{ width: 320 }}>{t.map.target}</TableCell>
              <TableCell>{t.map.samples}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {located.headers.map((header, column) => (
              <TableRow key={columnLetter(column)}>
                <TableCell>{columnLetter(column)}</TableCell>
                <TableCell>
                  <TextField
                    select
                    fullWidth
                    size="small"
                    label={header || t.map.noHeader(columnLetter(column))}
                    value={mapping[column] ?? skip}
                    onChange={(event) => choose(column, event.target.value)}
                  >
                    <MenuItem value={skip}>{t.map.skip}</MenuItem>
                    {importFields[kind].map((field) => (
                      <MenuItem key={field} value={field}>
                        {labels[field]}
                      </MenuItem>
                    ))}
                  </TextField>
                </TableCell>
                <TableCell sx={{ color: 'text.secondary', overflowWrap: 'anywhere' }}>{samples[column]?.join(locale === 'zh-CN' ? '；' : '; ')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {!nameMapped && <Alert severity="warning">{t.map.nameMissing[kind]}</Alert>}
      {hints.map((hint) => (
        <Typography key={hint} variant="body2" color="text.secondary">
          {hint}
        </Typography>
      ))}
      <Stack direction="row" spacing={2}>
        <Button onClick={onBack}>{t.map.back}</Button>
        <Button variant="contained" onClick={onNext} disabled={!nameMapped || problem !== null}>
          {t.map.next}
        </Button>
      </Stack>
    </Stack>
  );
}
