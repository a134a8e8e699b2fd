import { Box, Button, Chip, Tooltip } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useListParams } from '../../../components/record-list/list-params';
import { templateKinds } from '../../../../shared/domain/vocabulary';
import type { ListColumn } from '../../../components/record-list/RecordList';
import { RecordList } from '../../../components/record-list/RecordList';
import { vocabularyOptions } from '../../../components/record/vocabulary-options';
import type { StoredRecord } from '../../../db/database';
import { useNames, useRecords } from '../../../db/queries';
import { useLocale } from '../../../i18n/locale-context';
import { useMessages } from '../../../i18n/use-messages';
import { duplicateNumbers, issuedMatches } from './issued-filters';
import { issuedMessages } from './messages';
import { useOutputsByDocument } from '../use-document-outputs';
import { outputsOf } from '../print-status';

type IssuedRow = StoredRecord<'issuedDocuments'>;

/** The registry of issued documents (`/documents/issued`): search by number or recipient, filter, open one to reprint or revoke. */
export function IssuedScreen(): ReactNode {
  const t = useMessages(issuedMessages);
  const { locale } = useLocale();
  const navigate = useNavigate();
  const rows = useRecords('issuedDocuments', { includeDeleted: true });
  const events = useNames('events');
  const alliances = useNames('alliances');
  const { get } = useListParams();
  const event = get('event');
  const duplicates = useMemo(() => duplicateNumbers(rows ?? []), [rows]);
  const outputs = useOutputsByDocument();

  const columns = useMemo<ListColumn<IssuedRow>[]>(
    () => [
      {
        id: 'number',
        header: t.fields.number,
        width: '1.6fr',
        value: (row) => row.number,
        render: (row) => (
          <Box component="span" sx={{ fontFamily: 'monospace' }}>
            {row.number}
            {duplicates.has(row.number) && (
              <Tooltip title={t.duplicate}>
                <Chip size="small" color="error" label="!" sx={{ ml: 1 }} />
              </Tooltip>
            )}
          </Box>
        ),
      },
      { id: 'recipient', header: t.fields.recipientName, width: '2.4fr', value: (row) => row.recipientName },
      { id: 'kind', header: t.fields.kind, width: '1.4fr', value: (row) => templateKinds.label(row.kind, locale) },
      { id: 'issuedOn', header: t.fields.issuedOn, width: '110px', value: (row) => row.issuedOn },
      { id: 'event', header: t.fields.eventId, width: '2fr', value: (row) => (row.eventId ? (events?.get(row.eventId) ?? '') : '') },
      // Prints and exports apart: an exported licence is not a printed one.
      { id: 'prints', header: t.columns.prints, width: '70px', value: (row) => (outputs ? outputsOf(outputs, row.id).prints : '') },
      { id: 'exports', header: t.columns.exports, width: '70px', value: (row) => (outputs ? outputsOf(outputs, row.id).exports : '') },
      {
        id: 'status',
        header: t.status,
        width: '90px',
        value: (row) => (row.revoked ? t.revokedLabel : t.valid),
        render: (row) => (row.revoked ? <Chip size="small" color="error" variant="outlined" label={t.revokedLabel} /> : t.valid),
      },
    ],
    [t, locale, events, duplicates, outputs],
  );

  const filters = useMemo(() => {
    const eventIds = new Set((rows ?? []).map((row) => row.eventId).filter((id): id is string => id !== null));
    const allianceIds = new Set((rows ?? []).map((row) => row.allianceId));
    const named = (ids: Set<string>, names: Map<string, string> | undefined) => [...ids].map((value) => ({ value, label: names?.get(value) ?? value })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
    return [
      { param: 'alliance', label: t.fields.allianceId, options: named(allianceIds, alliances) },
      { param: 'kind', label: t.fields.kind, options: vocabularyOptions(templateKinds, locale) },
      { param: 'event', label: t.fields.eventId, options: named(eventIds, events) },
      {
        param: 'status',
        label: t.status,
        options: [
          { value: 'valid', label: t.valid },
          { value: 'revoked', label: t.revokedLabel },
        ],
      },
    ];
  }, [rows, alliances, events, t, locale]);

  return (
    <RecordList
      title={t.title}
      rows={rows}
      columns={columns}
      filters={filters}
      matches={issuedMatches}
      onOpen={(row) => void navigate(`/documents/issued/${row.id}`)}
      exportName={t.title}
      actions={
        <>
          {event && <Button onClick={() => void navigate(`/documents/print-queue/${event}`)}>{t.printQueue}</Button>}
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => void navigate(event ? `/documents/issue?event=${event}` : '/documents/issue')}>
            {t.issue}
          </Button>
        </>
      }
    />
  );
}
