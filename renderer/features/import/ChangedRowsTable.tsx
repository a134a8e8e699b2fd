import { Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import type { ImportField, ImportKind } from './import-fields';
import { importMessages } from './messages';
import type { ChangedRow } from './plan-import';

/** As many as the bad rows' table shows: enough to check a file by before updating. */
const shownRows = 500;

/** Rows of the file that differ from their record in the registry, each with the fields (as the columns name them) that differ. */
export function ChangedRowsTable({ kind, rows, label }: { kind: ImportKind; rows: readonly ChangedRow[]; label: string }): ReactNode {
  const t = useMessages(importMessages);
  const { locale } = useLocale();
  const names = t.fields[kind] as Partial<Record<ImportField, string>>;
  const join = locale === 'zh-CN' ? '、' : ', ';
  return (
    <>
      <TableContainer component={Paper} variant="outlined" sx={{ maxHeight: 360 }}>
        <Table size="small" stickyHeader aria-label={label}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 72 }}>{t.preview.rowColumn}</TableCell>
              <TableCell sx={{ width: '30%' }}>{t.preview.nameColumn}</TableCell>
              <TableCell>{t.preview.changedFieldsColumn}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.slice(0, shownRows).map((row) => (
              <TableRow key={row.row} sx={{ verticalAlign: 'top' }}>
                <TableCell>{row.row}</TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{row.label}</TableCell>
                <TableCell>{row.fields.map((field) => names[field] ?? field).join(join)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {rows.length > shownRows && (
        <Typography variant="body2" color="text.secondary">
          {t.preview.moreChanged(rows.length - shownRows)}
        </Typography>
      )}
    </>
  );
}
