import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import type { RecordTable } from '../../../shared/domain/tables';
import { db } from '../../db/database';
import { useMessages } from '../../i18n/use-messages';
import { replacementMessages } from './replacement-messages';
import { ReplacementNotice } from './ReplacementNotice';
import { useReplacements } from './use-replacements';

const shown = (value: unknown): string => (value === null || value === undefined || value === '' ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

/** The Sync screen's list of this desk's changes that other offices' later changes replaced. */
export function ReplacementsCard({ onMessage }: { onMessage: (message: string) => void }): ReactNode {
  const m = useMessages(replacementMessages);
  const replacements = useReplacements();
  // The records' names, so the list says which unit or person each one is.
  const names = useLiveQuery(async () => {
    const found = new Map<string, string>();
    for (const entry of replacements ?? []) {
      const record = (await db.recordTable(entry.table as RecordTable).get(entry.rowId)) as Record<string, unknown> | undefined;
      const name = record?.name ?? record?.title;
      found.set(`${entry.table}/${entry.rowId}`, typeof name === 'string' ? name : m.deletedRecord);
    }
    return found;
  }, [replacements, m]);
  if (!replacements || replacements.length === 0) return null;
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            {m.heading}
          </Typography>
          <Typography color="text.secondary">{m.intro}</Typography>
          <ReplacementNotice worded={(_, value) => shown(value)} recordName={(table, rowId) => names?.get(`${table}/${rowId}`)} onMessage={onMessage} />
        </Stack>
      </CardContent>
    </Card>
  );
}
