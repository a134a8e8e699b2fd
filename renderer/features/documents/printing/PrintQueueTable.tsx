import { Button, Chip, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip } from '@mui/material';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import PrintIcon from '@mui/icons-material/Print';
import type { ReactNode } from 'react';
import type { IssuedDocument } from '../../../../shared/domain/documents';
import { templateKinds } from '../../../../shared/domain/vocabulary';
import { useErrorMessage } from '../../../errors/use-error-message';
import { useLocale } from '../../../i18n/locale-context';
import { useMessages } from '../../../i18n/use-messages';
import { printingMessages } from './messages';
import type { RowState } from './print-job';

export interface QueueRowsProps {
  rows: IssuedDocument[];
  states: ReadonlyMap<string, RowState>;
  busy: boolean;
  onMove: (id: string, step: -1 | 1) => void;
  onReprint: (document: IssuedDocument) => void;
}

function StatusChip({ document, state }: { document: IssuedDocument; state: RowState | undefined }): ReactNode {
  const t = useMessages(printingMessages).status;
  const errorMessage = useErrorMessage();
  const cancelled = useMessages(printingMessages).cancelled;
  if (state?.state === 'printing') return <Chip size="small" color="info" label={t.printing} />;
  if (state?.state === 'failed') {
    const reason = state.error === 'cancelled' ? cancelled : errorMessage(state.error);
    return (
      <Tooltip title={reason}>
        <Chip size="small" color="error" label={`${t.failed}：${reason}`} sx={{ maxWidth: 360 }} />
      </Tooltip>
    );
  }
  return document.printCount > 0 ? <Chip size="small" color="success" label={t.printed(document.printCount)} /> : <Chip size="small" variant="outlined" label={t.waiting} />;
}

/** The queue's rows: order, number, recipient, document, status, and move / reprint buttons. */
export function PrintQueueTable({ rows, states, busy, onMove, onReprint }: QueueRowsProps): ReactNode {
  const t = useMessages(printingMessages);
  const { locale } = useLocale();
  return (
    <Table size="small" data-testid="print-queue">
      <TableHead>
        <TableRow>
          <TableCell>{t.columns.order}</TableCell>
          <TableCell>{t.columns.number}</TableCell>
          <TableCell>{t.columns.recipient}</TableCell>
          <TableCell>{t.columns.document}</TableCell>
          <TableCell>{t.columns.status}</TableCell>
          <TableCell align="right">{t.columns.actions}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((document, index) => (
          <TableRow key={document.id} data-testid="print-queue-row">
            <TableCell>{index + 1}</TableCell>
            <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{document.number}</TableCell>
            <TableCell>{document.recipientName}</TableCell>
            <TableCell>{templateKinds.label(document.kind, locale)}</TableCell>
            <TableCell>
              <StatusChip document={document} state={states.get(document.id)} />
            </TableCell>
            <TableCell align="right">
              <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end' }}>
                <IconButton size="small" aria-label={`${t.moveUp} ${document.number}`} disabled={busy || index === 0} onClick={() => onMove(document.id, -1)}>
                  <ArrowUpwardIcon fontSize="small" />
                </IconButton>
                <IconButton size="small" aria-label={`${t.moveDown} ${document.number}`} disabled={busy || index === rows.length - 1} onClick={() => onMove(document.id, 1)}>
                  <ArrowDownwardIcon fontSize="small" />
                </IconButton>
                <Button size="small" startIcon={<PrintIcon />} disabled={busy} onClick={() => onReprint(document)} aria-label={`${document.printCount > 0 ? t.reprint : t.printOne} ${document.number}`}>
                  {document.printCount > 0 ? t.reprint : t.printOne}
                </Button>
              </Stack>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
