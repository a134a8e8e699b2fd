import { Card, CardContent, List, ListItem, ListItemText, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { RecordTable } from '../../../shared/domain/tables';
import { useHistory } from '../../db/queries';
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
 * the names the record's form uses.
 */
export function HistoryPanel({ table, id, fieldLabels }: { table: RecordTable; id: string; fieldLabels: Record<string, string> }): ReactNode {
  const t = useMessages(recordMessages);
  const { locale } = useLocale();
  const entries = useHistory(table, id);
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2">
          {t.historyHeading}
        </Typography>
        {entries?.length === 0 && <Typography color="text.secondary">{t.noHistory}</Typography>}
        <List dense aria-label={t.historyHeading}>
          {entries?.map((entry) => (
            <ListItem key={entry.seq ?? entry.hlc} disableGutters>
              <ListItemText
                primary={
                  entry.field === null
                    ? t.created
                    : `${fieldLabels[entry.field] ?? entry.field}: ${show(entry.oldValue, t.empty, t.yes, t.no)} → ${show(entry.newValue, t.empty, t.yes, t.no)}`
                }
                secondary={`${time.format(new Date(entry.at))} · ${t.device(entry.deviceId)}`}
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}
