import { Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { importMessages } from './messages';

/** Enough to fix or check a file by; a file with thousands of such rows is better looked at column by column. */
const shownRows = 500;

interface RowsTableProps<R extends { row: number; label: string }> {
  rows: readonly R[];
  /** The table's accessible name, its heading. */
  label: string;
  detailHeader: string;
  detail: (row: R) => ReactNode;
  more: (count: number) => string;
}

/** Rows of the file by number and name, each with what the preview says about it; names are shown as text, never as markup. */
export function RowsTable<R extends { row: number; label: string }>({ rows, label, detailHeader, detail, more }: RowsTableProps<R>): ReactNode {
  const t = useMessages(importMessages);
  return (
    <>
      <TableContainer component={Paper} variant="outlined" sx={{ maxHeight: 480 }}>
        <Table size="small" stickyHeader aria-label={label}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 72 }}>{t.preview.rowColumn}</TableCell>
              <TableCell sx={{ width: '30%' }}>{t.preview.nameColumn}</TableCell>
              <TableCell>{detailHeader}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.slice(0, shownRows).map((row) => (
              <TableRow key={row.row} sx={{ verticalAlign: 'top' }}>
                <TableCell>{row.row}</TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{row.label}</TableCell>
                <TableCell>{detail(row)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {rows.length > shownRows && (
        <Typography variant="body2" color="text.secondary">
          {more(rows.length - shownRows)}
        </Typography>
      )}
    </>
  );
}
