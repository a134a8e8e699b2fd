import { Alert, Box, Button, Card, CardContent, IconButton, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Problem } from '../../../shared/domain/fields';
import type { EventRecord } from '../../../shared/domain/records';
import { useUnsavedGuard } from '../../components/record/use-unsaved-guard';
import { RecordValidationError, updateRecord } from '../../db/mutate';
import { problemMessages } from '../../i18n/problems';
import { useMessages } from '../../i18n/use-messages';
import type { AgendaRow } from './agenda-rows';
import { blankRow, moveRow, normalizeTime, rowProblems, toAgenda, toRows } from './agenda-rows';
import { eventMessages } from './messages';

const columns = '32px 88px 3fr 2fr 112px';

/**
 * The programme of the event, edited as a whole and saved with one button: a half-typed row is
 * never written, and the agenda is one field, so it is one change in the history.
 */
export function AgendaEditor({ event, disabled }: { event: EventRecord; disabled: boolean }): ReactNode {
  const t = useMessages(eventMessages);
  const words = useMessages(problemMessages);
  const [draft, setDraft] = useState<AgendaRow[] | null>(null);
  const [problems, setProblems] = useState<Map<string, Problem>>(new Map());
  const [failed, setFailed] = useState(false);
  // Saving or 放弃 empties the draft, so neither asks; leaving with a draft does.
  useUnsavedGuard(draft !== null);
  const rows = draft ?? toRows(event.agenda);
  const edit = (change: (rows: AgendaRow[]) => AgendaRow[]): void => setDraft(change(draft ?? toRows(event.agenda)));
  const setField = (index: number, field: 'time' | 'title' | 'speaker', value: string): void =>
    edit((current) => current.map((row, i) => (i === index ? { ...row, [field]: value } : row)));

  const save = (): void => {
    if (!draft) return;
    setFailed(false);
    updateRecord('events', event.id, { agenda: toAgenda(draft) }).then(
      () => {
        setDraft(null);
        setProblems(new Map());
      },
      (error: unknown) => {
        if (error instanceof RecordValidationError) setProblems(rowProblems(error.issues));
        else setFailed(true);
      },
    );
  };
  const discard = (): void => {
    setDraft(null);
    setProblems(new Map());
  };
  const problem = (index: number, field: string): string | undefined => {
    const found = problems.get(`${index}.${field}`);
    return found && words[found];
  };

  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {t.fields.agenda}
        </Typography>
        {rows.length === 0 && (
          <Typography color="text.secondary" sx={{ mb: 1 }}>
            {t.agenda.empty}
          </Typography>
        )}
        {rows.length > 0 && (
          <Box role="table" aria-label={t.fields.agenda}>
            <Box role="row" sx={{ display: 'grid', gridTemplateColumns: columns, gap: 1, px: 0.5, color: 'text.secondary', fontSize: 14 }}>
              <Box role="columnheader">#</Box>
              <Box role="columnheader">{t.agenda.time}</Box>
              <Box role="columnheader">{t.agenda.item}</Box>
              <Box role="columnheader">{t.agenda.speaker}</Box>
              <Box role="columnheader" />
            </Box>
            {rows.map((row, index) => (
              <Box role="row" key={row.key} sx={{ display: 'grid', gridTemplateColumns: columns, gap: 1, alignItems: 'start', py: 0.5 }}>
                <Typography role="cell" sx={{ pt: 1, px: 0.5, color: 'text.secondary' }}>
                  {index + 1}
                </Typography>
                <TextField
                  size="small"
                  value={row.time}
                  placeholder="09:30"
                  disabled={disabled}
                  onChange={(e) => setField(index, 'time', e.target.value)}
                  onBlur={() => row.time !== normalizeTime(row.time) && setField(index, 'time', normalizeTime(row.time))}
                  error={!!problem(index, 'time')}
                  helperText={problem(index, 'time')}
                  slotProps={{ htmlInput: { 'aria-label': `${t.agenda.time} ${index + 1}`, maxLength: 5, inputMode: 'numeric' } }}
                />
                <TextField
                  size="small"
                  value={row.title}
                  disabled={disabled}
                  onChange={(e) => setField(index, 'title', e.target.value)}
                  error={!!problem(index, 'title')}
                  helperText={problem(index, 'title')}
                  slotProps={{ htmlInput: { 'aria-label': `${t.agenda.item} ${index + 1}`, maxLength: 200 } }}
                />
                <TextField
                  size="small"
                  value={row.speaker}
                  disabled={disabled}
                  onChange={(e) => setField(index, 'speaker', e.target.value)}
                  error={!!problem(index, 'speaker')}
                  helperText={problem(index, 'speaker')}
                  slotProps={{ htmlInput: { 'aria-label': `${t.agenda.speaker} ${index + 1}`, maxLength: 100 } }}
                />
                <Stack role="cell" direction="row">
                  <IconButton size="small" aria-label={t.agenda.moveUp(index + 1)} disabled={disabled || index === 0} onClick={() => edit((current) => moveRow(current, index, -1))}>
                    <ArrowUpwardIcon fontSize="small" />
                  </IconButton>
                  <IconButton size="small" aria-label={t.agenda.moveDown(index + 1)} disabled={disabled || index === rows.length - 1} onClick={() => edit((current) => moveRow(current, index, 1))}>
                    <ArrowDownwardIcon fontSize="small" />
                  </IconButton>
                  <IconButton size="small" aria-label={t.agenda.remove(index + 1)} disabled={disabled} onClick={() => edit((current) => current.filter((_, i) => i !== index))}>
                    <DeleteOutlinedIcon fontSize="small" />
                  </IconButton>
                </Stack>
              </Box>
            ))}
          </Box>
        )}
        {failed && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {t.saveFailed}
          </Alert>
        )}
        {!disabled && (
          <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'center' }}>
            <Button startIcon={<AddIcon />} onClick={() => edit((current) => [...current, blankRow(current, crypto.randomUUID())])}>
              {t.agenda.add}
            </Button>
            <Box sx={{ flexGrow: 1 }} />
            {draft && (
              <>
                <Typography variant="body2" color="warning.main">
                  {t.agenda.unsaved}
                </Typography>
                <Button onClick={discard}>{t.discard}</Button>
                <Button variant="contained" onClick={save}>
                  {t.save}
                </Button>
              </>
            )}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
