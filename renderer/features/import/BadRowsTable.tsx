import { Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/use-messages';
import type { ImportKind } from './import-fields';
import { importMessages } from './messages';
import type { BadRow } from './row-problems';
import { useDescribeProblem } from './use-describe-problem';

/** Enough to fix a file by; a file with thousands of bad rows is better fixed column by column. */
const shownRows = 500;

/** Rows with their problems (or warnings), each in words; names are shown as text, never as markup. */
export function BadRowsTable({ kind, rows, label }: { kind: ImportKind; rows: BadRow[]; label: string }): ReactNode {
  const t = useMessages(importMessages);
  const describe = useDescribeProblem(kind);
  return (
    <>
      <TableContainer component={Paper} variant="outlined" sx={{ maxHeight: 480 }}>
        <Table size="small" stickyHeader aria-label={label}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 72 }}>{t.preview.rowColumn}</TableCell>
              <TableCell sx={{ width: '30%' }}>{t.preview.nameColumn}</TableCell>
              <TableCell>{t.preview.problemsColumn}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.slice(0, shownRows).map((row) => (
              <TableRow key={row.row} sx={{ verticalAlign: 'top' }}>
                <TableCell>{row.row}</TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{row.label}</TableCell>
                <TableCell>
                  {row.problems.map((problem, index) => (
                    <Typography key={index} variant="body2">
                      {describe(problem)}
                    </Typography>
                  ))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {rows.length > shownRows && (
        <Typography variant="body2" color="text.secondary">
          {t.preview.moreBad(rows.length - shownRows)}
        </Typography>
      )}
    </>
  );
}
