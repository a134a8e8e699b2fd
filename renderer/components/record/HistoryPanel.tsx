import { Button, Card, CardContent, List, ListItem, ListItemText, Snackbar, Typography } from '@mui/material';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { RecordTable } from '../../../shared/domain/tables';
import { parseHlc } from '../../../shared/sync/hlc';
import type { HistoryEntry } from '../../db/database';
import { useHistory, useRecord } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { recordMessages } from './messages';
import { canPutBack, putBack } from './put-back';
import { historySecondary } from './history-line';
import { useDeviceLabel } from './use-device-label';
import { ReplacementNotice } from '../../features/sync/ReplacementNotice';
import { usePageHasUnsavedChanges } from './use-unsaved-guard';

/** A button names the value it puts back; a long text is cut to its beginning. */
function shortened(text: string): string {
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

function show(value: unknown, empty: string, yes: string, no: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'boolean') return value ? yes : no;
  if (Array.isArray(value)) return value.length === 0 ? empty : value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join('、');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/**
 * Who changed what: each field's old and new value, when, on which office's device, and a button
 * that puts the earlier value back as a new change (put-back.ts). `fieldLabels` gives
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
  const deviceLabel = useDeviceLabel();
  const editing = usePageHasUnsavedChanges();
  const [message, setMessage] = useState<string>();
  const worded = (field: string, value: unknown): string => describeValue?.(field, value) ?? show(value, t.empty, t.yes, t.no);
  const label = (field: string): string => fieldLabels[field] ?? field;
  const putBackEntry = (entry: HistoryEntry): void => {
    putBack(entry).then(
      () => setMessage(t.putBackDone(label(entry.field))),
      () => setMessage(t.putBackFailed),
    );
  };
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2">
          {t.historyHeading}
        </Typography>
        <ReplacementNotice record={{ table, rowId: id }} fieldLabel={label} worded={worded} onMessage={setMessage} />
        {entries?.length === 0 && !created && <Typography color="text.secondary">{t.noHistory}</Typography>}
        <List dense aria-label={t.historyHeading}>
          {entries?.map((entry) => (
            <ListItem
              key={entry.seq ?? entry.hlc}
              disableGutters
              secondaryAction={
                record && !editing && canPutBack(entry, record) ? (
                  <Button size="small" onClick={() => putBackEntry(entry)}>
                    {t.putBack(shortened(worded(entry.field, entry.oldValue)))}
                  </Button>
                ) : undefined
              }
            >
              <ListItemText
                primary={`${label(entry.field)}: ${worded(entry.field, entry.oldValue)} → ${worded(entry.field, entry.newValue)}`}
                secondary={historySecondary(entry, time.format(new Date(entry.at)), deviceLabel(entry.deviceId), t.replacedBy)}
              />
            </ListItem>
          ))}
          {created && (
            <ListItem disableGutters>
              <ListItemText primary={t.created} secondary={`${time.format(new Date(created.wallMs))} · ${deviceLabel(created.deviceId)}`} />
            </ListItem>
          )}
        </List>
      </CardContent>
      <Snackbar open={message !== undefined} message={message} autoHideDuration={4000} onClose={() => setMessage(undefined)} />
    </Card>
  );
}
