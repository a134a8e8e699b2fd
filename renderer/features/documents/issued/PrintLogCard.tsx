import { Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { PrintLogEntry } from '../../../../shared/domain/print-log';
import { useLocale } from '../../../i18n/locale-context';
import { useMessages } from '../../../i18n/use-messages';
import { issuedMessages } from './messages';
import { usePrintLog } from './use-print-log';

/** Where an entry went: the printer and how the print was known, or the file, folder or download. */
function whereOf(entry: PrintLogEntry, t: (typeof issuedMessages)['zh-CN']['log']): string {
  if (entry.action === 'print') {
    const route = entry.route ? t.routes[entry.route] : '';
    return entry.printer ? `${entry.printer}（${route}）` : route;
  }
  if (entry.action === 'export') return entry.exportTarget ? `${t.targets[entry.exportTarget]}：${entry.exportedTo}` : entry.exportedTo;
  return t.earlierNote;
}

/** The document's print log, newest first: each print and each export on its own row. */
export function PrintLogCard({ documentId }: { documentId: string }): ReactNode {
  const t = useMessages(issuedMessages).log;
  const { locale } = useLocale();
  const entries = usePrintLog(documentId);
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {t.heading}
        </Typography>
        {entries?.length === 0 ? (
          <Typography color="text.secondary">{t.empty}</Typography>
        ) : (
          <Table size="small" aria-label={t.heading}>
            <TableHead>
              <TableRow>
                <TableCell>{t.at}</TableCell>
                <TableCell>{t.action}</TableCell>
                <TableCell>{t.where}</TableCell>
                <TableCell align="right">{t.copies}</TableCell>
                <TableCell>{t.office}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {entries?.map((entry) => (
                <TableRow key={entry.id} data-testid="print-log-row">
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{time.format(new Date(entry.at))}</TableCell>
                  <TableCell>{t.actions[entry.action]}</TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{whereOf(entry, t)}</TableCell>
                  <TableCell align="right">{entry.action === 'export' ? '' : entry.copies}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{entry.officeCode}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
