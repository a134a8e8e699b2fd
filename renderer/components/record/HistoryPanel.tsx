import { Card, CardContent, List, ListItem, ListItemText, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { RecordTable } from '../../../shared/domain/tables';
import { parseHlc } from '../../../shared/sync/hlc';
import { useHistory, useRecord } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { recordMessages } from './messages';

function show(value: unknown, empty: string, yes: string, no: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'boolean') return value ? yes : no;
  if (Array.isArray(value)) return value.length === 0 ? empty : value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join('、');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/**
 * Who changed what: each field's old and new value, when, on which device. `fieldLabels` gives
 * the names the record's form uses; `describeValue` may word a stored value (a kind's label, the
 * name behind an id) and returns undefined to leave it as stored.
 */
export function HistoryPanel({
  table,
  id,
  fieldLabels,
  describeValue,
}: {
  table: RecordTable;
  id: string;
  fieldLabels: Record<string, string>;
  describeValue?: (field: string, value: unknown) => string | undefined;
}): ReactNode {
  const t = useMessages(recordMessages);
  const { locale } = useLocale();
  const entries = useHistory(table, id);
  const record = useRecord(table, id);
  const createdStamp = record?._clocks.id;
  const created = createdStamp ? parseHlc(createdStamp) : undefined;
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2">
          {t.historyHeading}
        </Typography>
        {entries?.length === 0 && !created && <Typography color="text.secondary">{t.noHistory}</Typography>}
        <List dense aria-label={t.historyHeading}>
          {entries?.map((entry) => (
            <ListItem key={entry.seq ?? entry.hlc} disableGutters>
              <ListItemText
                primary={`${fieldLabels[entry.field] ?? entry.field}: ${describeValue?.(entry.field, entry.oldValue) ?? show(entry.oldValue, t.empty, t.yes, t.no)} → ${describeValue?.(entry.field, entry.newValue) ?? show(entry.newValue, t.empty, t.yes, t.no)}`}
                secondary={`${time.format(new Date(entry.at))} · ${t.device(entry.deviceId)}`}
              />
            </ListItem>
          ))}
          {created && (
            <ListItem disableGutters>
              <ListItemText primary={t.created} secondary={`${time.format(new Date(created.wallMs))} · ${t.device(created.deviceId)}`} />
            </ListItem>
          )}
        </List>
      </CardContent>
    </Card>
  );
}
