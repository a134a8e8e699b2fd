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
import type { DocumentOutputs } from '../print-status';
import { isPrinted, outputsOf } from '../print-status';
import { printingMessages } from './messages';
import type { RowState } from './print-job';

export interface QueueRowsProps {
  rows: IssuedDocument[];
  outputs: ReadonlyMap<string, DocumentOutputs>;
  states: ReadonlyMap<string, RowState>;
  busy: boolean;
  onMove: (id: string, step: -1 | 1) => void;
  onReprint: (document: IssuedDocument) => void;
}

function StatusChip({ outputs, state }: { outputs: DocumentOutputs; state: RowState | undefined }): ReactNode {
  const messages = useMessages(printingMessages);
  const t = messages.status;
  const errorMessage = useErrorMessage();
  if (state?.state === 'printing') return <Chip size="small" color="info" label={t.printing} />;
  if (state?.state === 'confirming') return <Chip size="small" color="info" label={t.confirming} />;
  if (state?.state === 'failed') {
    const reason = state.error === 'cancelled' ? messages.cancelled : errorMessage(state.error);
    return (
      <Tooltip title={reason}>
        <Chip size="small" color="error" label={`${t.failed}：${reason}`} sx={{ maxWidth: 360 }} />
      </Tooltip>
    );
  }
  if (state?.state === 'not-printed' && !isPrinted(outputs)) return <Chip size="small" color="warning" variant="outlined" label={t.notPrinted} />;
  // Printed in this run: shown at once, before the log's write is read back.
  const prints = Math.max(outputs.prints, state?.state === 'printed' ? 1 : 0);
  return prints > 0 ? <Chip size="small" color="success" label={t.printed(prints)} /> : <Chip size="small" variant="outlined" label={t.waiting} />;
}

/** Exports and the old count that mixed both, beside the print status: neither is a print. */
function OutputNotes({ outputs }: { outputs: DocumentOutputs }): ReactNode {
  const t = useMessages(printingMessages).status;
  return (
    <>
      {outputs.exports > 0 && <Chip size="small" variant="outlined" label={t.exported(outputs.exports)} />}
      {outputs.earlier > 0 && (
        <Tooltip title={t.earlierHint}>
          <Chip size="small" variant="outlined" label={t.earlier(outputs.earlier)} />
        </Tooltip>
      )}
    </>
  );
}

/** The queue's rows: order, number, recipient, document, status, and move / reprint buttons. */
export function PrintQueueTable({ rows, outputs, states, busy, onMove, onReprint }: QueueRowsProps): ReactNode {
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
        {rows.map((document, index) => {
          const output = outputsOf(outputs, document.id);
          const state = states.get(document.id);
          const printed = isPrinted(output) || state?.state === 'printed';
          return (
            <TableRow key={document.id} data-testid="print-queue-row">
              <TableCell>{index + 1}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{document.number}</TableCell>
              <TableCell>{document.recipientName}</TableCell>
              <TableCell>{templateKinds.label(document.kind, locale)}</TableCell>
              <TableCell>
                <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                  <StatusChip outputs={output} state={state} />
                  <OutputNotes outputs={output} />
                </Stack>
              </TableCell>
              <TableCell align="right">
                <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end' }}>
                  <IconButton size="small" aria-label={`${t.moveUp} ${document.number}`} disabled={busy || index === 0} onClick={() => onMove(document.id, -1)}>
                    <ArrowUpwardIcon fontSize="small" />
                  </IconButton>
                  <IconButton size="small" aria-label={`${t.moveDown} ${document.number}`} disabled={busy || index === rows.length - 1} onClick={() => onMove(document.id, 1)}>
                    <ArrowDownwardIcon fontSize="small" />
                  </IconButton>
                  <Button size="small" startIcon={<PrintIcon />} disabled={busy} onClick={() => onReprint(document)} aria-label={`${printed ? t.reprint : t.printOne} ${document.number}`}>
                    {printed ? t.reprint : t.printOne}
                  </Button>
                </Stack>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
